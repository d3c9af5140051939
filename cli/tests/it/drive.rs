//! `ws drive` of the real binary against the real server, signed in as demo user
//! alice: a 1 GiB upload killed midway and resumed (the server confirms no byte was
//! sent twice), downloaded back with the same sha256; folders with skip-if-identical,
//! stdin and stdout, move, trash and restore.

use crate::util;

use std::process::Stdio;

use serde_json::Value;
use util::KillOnDrop;
use util::drive::{
    assert_received_once, file_sha, resumed_and_sent, signed_in, wait_for_upload, write_big,
};
use ws_tests::TestServer;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_1gib_upload_resumes_and_downloads_with_the_same_sha256() {
    let server = TestServer::start_demo().await;
    let (sb, api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("big.bin");
    write_big(&src, 1024);
    let size = std::fs::metadata(&src).unwrap().len();
    let want = file_sha(&src);

    let src_arg = src.to_str().unwrap().to_owned();
    let mut first = sb.cmd(&["drive", "upload", &src_arg, "--chunk-size", "8388608"]);
    first.stdout(Stdio::null()).stderr(Stdio::null());
    let mut first = KillOnDrop(first.spawn().unwrap());
    let (sid, _) = wait_for_upload(&api, 1).await;
    first.0.kill().unwrap();
    first.0.wait().unwrap();
    // The server may still be landing the bytes of the chunk in flight, so this is a
    // lower bound of where the second run resumes.
    let kept = api.get(&format!("/drive/uploads/{sid}")).await.body["committed"]
        .as_u64()
        .unwrap();
    assert!(kept > 0 && kept < size, "killed midway: {kept} of {size}");
    let listed = api.get("/drive/files").await;
    assert!(
        listed.body["items"].as_array().unwrap().is_empty(),
        "nothing visible yet: {listed:?}"
    );

    let sb2 = sb;
    let (second, sb) = tokio::task::spawn_blocking(move || {
        let run = sb2.run_within(&["drive", "upload", &src_arg, "-o", "json"], "", 900);
        (run, sb2)
    })
    .await
    .unwrap();
    second.expect(0);
    let (resumed_at, sent) = resumed_and_sent(&second.stderr());
    assert!(
        resumed_at >= kept && resumed_at + sent == size,
        "resumed at {resumed_at} (server kept {kept}), sent {sent} of {size}"
    );
    assert_eq!(second.json()[0]["sha256"], want);
    assert_received_once(&api, &sid, size).await;

    let out = work.path().join("copy.bin");
    std::fs::remove_file(&src).unwrap();
    let out_arg = out.to_str().unwrap().to_owned();
    let run = tokio::task::spawn_blocking(move || {
        sb.run_within(&["drive", "download", "big.bin", &out_arg], "", 900)
    })
    .await
    .unwrap();
    run.expect(0);
    assert!(run.stderr().contains("sha256 verified"), "{}", run.stderr());
    assert_eq!(file_sha(&out), want);
    assert!(!work.path().join("copy.bin.part").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_leftover_part_file_is_continued_discarded_or_refused() {
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let src = work.path().join("four.bin");
    write_big(&src, 4);
    let bytes = std::fs::read(&src).unwrap();
    let want = file_sha(&src);
    let (src_arg, out) = (
        src.to_str().unwrap().to_owned(),
        work.path().join("out.bin"),
    );
    let (out_arg, part) = (
        out.to_str().unwrap().to_owned(),
        work.path().join("out.bin.part"),
    );
    tokio::task::spawn_blocking(move || {
        sb.run(&["drive", "upload", &src_arg], "").expect(0);
        let download = || sb.run(&["drive", "download", "four.bin", &out_arg], "");
        // The right first MiB: continued from there, and the whole file verified.
        std::fs::write(&part, &bytes[..1 << 20]).unwrap();
        download().expect(0);
        assert_eq!(file_sha(&out), want);
        assert!(!part.exists());
        // Longer than the file: cannot be a prefix, so it is replaced.
        std::fs::remove_file(&out).unwrap();
        std::fs::write(&part, vec![7u8; bytes.len() + 1]).unwrap();
        download().expect(0);
        assert_eq!(file_sha(&out), want);
        // A wrong first MiB is kept (it looks like a prefix), so the digest fails:
        // nothing lands under the name, the bad leftover is gone, and a re-run works.
        std::fs::remove_file(&out).unwrap();
        std::fs::write(&part, vec![7u8; 1 << 20]).unwrap();
        let run = download();
        assert_ne!(run.code(), 0);
        assert!(run.stderr().contains("do not match"), "{}", run.stderr());
        assert!(!out.exists() && !part.exists());
        download().expect(0);
        assert_eq!(file_sha(&out), want);
    })
    .await
    .unwrap();
}

/// The paths `ws drive tree FOLDER` lists, in its order.
fn tree_paths(sb: &util::Sandbox, folder: &str) -> Vec<String> {
    let tree = sb.run(&["drive", "tree", folder, "-o", "json"], "");
    tree.expect(0);
    serde_json::from_str::<Value>(&tree.stdout())
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["path"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn folders_stdin_stdout_move_trash_and_restore() {
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let local = work.path().join("photos");
    std::fs::create_dir_all(local.join("2024")).unwrap();
    std::fs::write(local.join("a.txt"), "alpha").unwrap();
    std::fs::write(local.join("2024/b.txt"), "beta").unwrap();
    let local_arg = local.to_str().unwrap().to_owned();
    let back = work.path().join("back");
    std::fs::create_dir_all(&back).unwrap();
    let back_arg = back.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || {
        let up = sb.run(
            &[
                "drive",
                "upload",
                "-r",
                &local_arg,
                "--parallel",
                "2",
                "-o",
                "json",
            ],
            "",
        );
        up.expect(0);
        let items: Value = serde_json::from_str(&up.stdout()).unwrap();
        assert_eq!(items.as_array().unwrap().len(), 2);
        assert!(
            items
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["status"] == "uploaded")
        );
        // Re-running skips what is already there with the same sha256.
        let again = sb.run(&["drive", "upload", "-r", &local_arg, "-o", "json"], "");
        again.expect(0);
        let items: Value = serde_json::from_str(&again.stdout()).unwrap();
        assert!(
            items
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["status"] == "unchanged"),
            "{items}"
        );

        let paths = tree_paths(&sb, "photos");
        assert_eq!(paths, ["2024", "2024/b.txt", "a.txt"]);

        let down = sb.run(&["drive", "download", "-r", "photos", &back_arg], "");
        down.expect(0);
        assert_eq!(
            std::fs::read_to_string(back.join("photos/2024/b.txt")).unwrap(),
            "beta"
        );

        sb.run(
            &["drive", "upload", "-", "--name", "note.txt"],
            "from stdin\n",
        )
        .expect(0);
        let cat = sb.run(&["drive", "download", "note.txt", "-"], "");
        cat.expect(0);
        assert_eq!(cat.stdout(), "from stdin\n");
        assert!(
            sb.run(&["drive", "upload", "-"], "x").code() == 2,
            "stdin needs --name"
        );

        sb.run(&["drive", "mkdir", "-p", "archive/old"], "")
            .expect(0);
        // `id:ID/NAME` starts at a folder by id (how the dashboard names shared folders).
        let info = sb.run(&["drive", "info", "archive", "-o", "json"], "");
        info.expect(0);
        let archive: Value = serde_json::from_str(&info.stdout()).unwrap();
        let by_id = format!("id:{}/by-id", archive["id"].as_str().unwrap());
        sb.run(&["drive", "mkdir", &by_id], "").expect(0);
        let ls = sb.run(&["drive", "ls", "archive", "-o", "json"], "");
        assert!(ls.stdout().contains("\"by-id\""), "{}", ls.stdout());
        sb.run(&["drive", "mv", "note.txt", "archive/old/renamed.txt"], "")
            .expect(0);
        sb.run(&["drive", "cp", "archive/old/renamed.txt", "archive"], "")
            .expect(0);
        // A folder copy needs -r, then repeats the whole tree; a second one is a conflict.
        let no_r = sb.run(&["drive", "cp", "photos", "archive"], "");
        assert_eq!(no_r.code(), 2, "{}", no_r.stderr());
        assert!(no_r.stderr().contains("--recursive"), "{}", no_r.stderr());
        sb.run(&["drive", "cp", "-r", "photos", "archive"], "")
            .expect(0);
        let paths = tree_paths(&sb, "archive/photos");
        assert_eq!(paths, ["2024", "2024/b.txt", "a.txt"]);
        let cat = sb.run(&["drive", "download", "archive/photos/2024/b.txt", "-"], "");
        assert_eq!(cat.stdout(), "beta");
        let again = sb.run(&["drive", "cp", "-r", "photos", "archive"], "");
        assert_eq!(again.code(), 6, "{}", again.stderr());
        assert!(
            again.stderr().contains("'photos' already exists"),
            "{}",
            again.stderr()
        );
        sb.run(&["drive", "rm", "archive/old/renamed.txt"], "")
            .expect(0);
        let trash = sb.run(&["drive", "ls", "--trash", "-o", "json"], "");
        assert_eq!(
            serde_json::from_str::<Value>(&trash.stdout()).unwrap()[0]["name"],
            "renamed.txt"
        );
        sb.run(&["drive", "restore", "renamed.txt"], "").expect(0);
        let ls = sb.run(&["drive", "ls", "archive/old", "-o", "json"], "");
        assert_eq!(
            serde_json::from_str::<Value>(&ls.stdout()).unwrap()[0]["name"],
            "renamed.txt"
        );
        let missing = sb.run(&["drive", "info", "no/such/file"], "");
        assert_eq!(missing.code(), 5, "{}", missing.stderr());
        // The server's name rule, named by field: an error (1), not a usage mistake.
        let bad = sb.run(&["drive", "mkdir", "bad\u{7}name"], "");
        assert_eq!(bad.code(), 1, "{}", bad.stderr());
        assert!(
            bad.stderr()
                .contains("name: must not contain control characters"),
            "{}",
            bad.stderr()
        );
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_files_upload_and_a_folder_upload_goes_on_past_a_conflict() {
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let local = work.path().join("proj");
    std::fs::create_dir_all(local.join("sub")).unwrap();
    std::fs::write(local.join("empty.dat"), "").unwrap();
    std::fs::write(local.join("a.txt"), "one").unwrap();
    std::fs::write(local.join("sub/b.txt"), "bee").unwrap();
    std::fs::write(work.path().join("outside.txt"), "outside").unwrap();
    std::os::unix::fs::symlink(work.path().join("outside.txt"), local.join("link.txt")).unwrap();
    let lone = work.path().join("lone.dat");
    std::fs::write(&lone, "").unwrap();
    let (local_arg, lone_arg) = (
        local.to_str().unwrap().to_owned(),
        lone.to_str().unwrap().to_owned(),
    );
    tokio::task::spawn_blocking(move || {
        // An empty file alone, then read back empty.
        sb.run(&["drive", "upload", &lone_arg], "").expect(0);
        let cat = sb.run(&["drive", "download", "lone.dat", "-"], "");
        cat.expect(0);
        assert_eq!(cat.stdout(), "");

        let up = sb.run(&["drive", "upload", "-r", &local_arg, "-o", "json"], "");
        up.expect(0);
        let err = up.stderr();
        assert!(err.contains("skipped link.txt (a symbolic link"), "{err}");
        assert!(
            err.contains("3 uploaded, 0 unchanged, 0 failed, 1 skipped"),
            "{err}"
        );
        assert_eq!(
            tree_paths(&sb, "proj"),
            ["a.txt", "empty.dat", "sub", "sub/b.txt"]
        );

        // One changed file is a conflict; the others are still checked and said so.
        std::fs::write(local.join("a.txt"), "two").unwrap();
        std::fs::write(local.join("c.txt"), "new").unwrap();
        let again = sb.run(&["drive", "upload", "-r", &local_arg, "-o", "json"], "");
        again.expect(3);
        let err = again.stderr();
        assert!(
            err.contains("failed a.txt:") && err.contains("already exists"),
            "{err}"
        );
        assert!(err.contains("uploaded c.txt"), "{err}");
        assert!(
            err.contains("1 uploaded, 2 unchanged, 1 failed, 1 skipped"),
            "{err}"
        );
        let rows: Value = serde_json::from_str(&again.stdout()).unwrap();
        let status: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["path"].as_str().unwrap(), r["status"].as_str().unwrap()))
            .collect();
        assert_eq!(
            status,
            [
                ("a.txt", "failed"),
                ("c.txt", "uploaded"),
                ("empty.dat", "unchanged"),
                ("sub/b.txt", "unchanged")
            ]
        );

        // --update replaces the changed file; --follow-links uploads the link's target.
        let update = sb.run(
            &[
                "drive",
                "upload",
                "-r",
                &local_arg,
                "--update",
                "--follow-links",
            ],
            "",
        );
        update.expect(0);
        assert!(
            update
                .stderr()
                .contains("2 uploaded, 3 unchanged, 0 failed"),
            "{}",
            update.stderr()
        );
        let cat = sb.run(&["drive", "download", "proj/a.txt", "-"], "");
        assert_eq!(cat.stdout(), "two");
        let cat = sb.run(&["drive", "download", "proj/link.txt", "-"], "");
        assert_eq!(cat.stdout(), "outside");
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_link_followed_fails_alone_and_the_folder_upload_goes_on() {
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let local = work.path().join("pics");
    std::fs::create_dir_all(&local).unwrap();
    std::fs::write(local.join("a.txt"), "one").unwrap();
    std::fs::write(local.join("z.txt"), "zed").unwrap();
    std::os::unix::fs::symlink(work.path().join("gone.txt"), local.join("m.txt")).unwrap();
    let local_arg = local.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || {
        let up = sb.run(
            &[
                "drive",
                "upload",
                "-r",
                &local_arg,
                "--follow-links",
                "-o",
                "json",
            ],
            "",
        );
        up.expect(3);
        let err = up.stderr();
        assert!(
            err.contains("failed m.txt: a symbolic link to") && err.contains("does not exist"),
            "{err}"
        );
        assert!(err.contains("2 uploaded, 0 unchanged, 1 failed"), "{err}");
        assert_eq!(tree_paths(&sb, "pics"), ["a.txt", "z.txt"]);
        let rows: Value = serde_json::from_str(&up.stdout()).unwrap();
        let status: Vec<_> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["path"].as_str().unwrap(), r["status"].as_str().unwrap()))
            .collect();
        assert_eq!(
            status,
            [
                ("a.txt", "uploaded"),
                ("m.txt", "failed"),
                ("z.txt", "uploaded")
            ]
        );
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_to_a_pipe_closed_early_exits_0() {
    use std::io::Read;
    let server = TestServer::start_demo().await;
    let (sb, _api) = signed_in(&server, "alice").await;
    let work = tempfile::tempdir().unwrap();
    let big = work.path().join("big.bin");
    write_big(&big, 8);
    let big = big.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || {
        sb.run(&["drive", "upload", &big], "").expect(0);
        // What `ws drive download big.bin - | head -c 10` does: read 10 bytes, close.
        let mut child = sb
            .cmd(&["drive", "download", "big.bin", "-"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut head = [0u8; 10];
        out.read_exact(&mut head).unwrap();
        drop(out);
        let done = util::Run(util::wait_bounded(child));
        done.expect(0);
        assert!(!done.stderr().contains("Broken pipe"), "{}", done.stderr());
    })
    .await
    .unwrap();
}
