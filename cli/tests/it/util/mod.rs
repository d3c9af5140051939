//! Helpers to run the real `ws` binary in an isolated environment: a cleared
//! environment, temporary XDG config/data dirs and HOME, no D-Bus unless asked for.

#![allow(dead_code, unreachable_pub, clippy::new_without_default)]

pub mod drive;
pub mod fleet;
pub mod restart;
pub mod server_process;
pub mod tmux;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// An isolated home for `ws`.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub env: Vec<(String, String)>,
}

impl Sandbox {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().to_owned();
        let env = vec![
            ("HOME".into(), p.join("home").display().to_string()),
            (
                "XDG_CONFIG_HOME".into(),
                p.join("config").display().to_string(),
            ),
            ("XDG_DATA_HOME".into(), p.join("data").display().to_string()),
            // No session bus: zbus falls back to $XDG_RUNTIME_DIR/bus, which does not exist.
            (
                "XDG_RUNTIME_DIR".into(),
                p.join("run").display().to_string(),
            ),
            ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
        ];
        Self { dir, env }
    }

    pub fn set(&mut self, k: &str, v: &str) -> &mut Self {
        self.env.retain(|(key, _)| key != k);
        self.env.push((k.into(), v.into()));
        self
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("config/ws/config.toml")
    }

    pub fn credentials(&self, profile: &str) -> PathBuf {
        self.dir
            .path()
            .join(format!("data/ws/credentials/{profile}.json"))
    }

    pub fn write_config(&self, text: &str) {
        std::fs::create_dir_all(self.config_path().parent().unwrap()).unwrap();
        std::fs::write(self.config_path(), text).unwrap();
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        // WS_TEST_BIN runs a given build instead (several worktrees sharing one target
        // directory overwrite target/debug/ws with their own builds).
        let bin =
            std::env::var_os("WS_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_ws").into());
        let mut c = Command::new(bin);
        c.env_clear()
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .args(args)
            .stdin(Stdio::null());
        c
    }

    /// Runs `ws` with stdin content; returns its output.
    pub fn run(&self, args: &[&str], stdin: &str) -> Run {
        let mut c = self.cmd(args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
        drop(input);
        Run(wait_bounded(child))
    }

    /// Like [`Sandbox::run`] with a longer liveness bound, for bulk runs over thousands
    /// of rows on a loaded machine (still not a speed assertion).
    pub fn run_within(&self, args: &[&str], stdin: &str, secs: u64) -> Run {
        let mut c = self.cmd(args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
        drop(input);
        Run(wait_within(child, secs))
    }
}

/// Waits for a child, killing it after two minutes so a hang fails instead of
/// blocking the suite (a liveness bound, not a speed assertion).
pub fn wait_bounded(child: std::process::Child) -> Output {
    wait_within(child, 120)
}

/// Waits for a child, killing it after `secs` seconds. Its stdout and stderr are
/// drained by threads meanwhile, so a child writing more than a pipe buffer (a report
/// of 10,000 rows) cannot block on a full pipe.
pub fn wait_within(mut child: std::process::Child, secs: u64) -> Output {
    finish_within(&mut child, secs)
}

/// [`wait_within`] for a child the caller keeps (in a [`KillOnDrop`], say).
pub fn finish_within(child: &mut std::process::Child, secs: u64) -> Output {
    use std::io::Read;
    fn drain<R: Read + Send + 'static>(r: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            buf
        })
    }
    let (out, err) = (drain(child.stdout.take()), drain(child.stderr.take()));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "ws did not finish within {secs} s; stderr: {}",
                String::from_utf8_lossy(&err.join().unwrap())
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

/// Kills the child when dropped, so a failing assertion leaves no process running.
pub struct KillOnDrop(pub std::process::Child);

impl KillOnDrop {
    /// Sends the child a signal by name (`STOP`, `CONT`, `TERM`).
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([format!("-{name}"), self.0.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill -{name} failed");
    }

    /// Waits for the child to exit by itself (at most `secs` seconds).
    pub fn finish_within(&mut self, secs: u64) -> Run {
        Run(finish_within(&mut self.0, secs))
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A finished run.
pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    /// Asserts the exit code, showing both streams when it differs.
    pub fn expect(&self, code: i32) -> &Self {
        assert_eq!(
            self.code(),
            code,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout())
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout()))
    }
}

/// No escape sequences and no panic/backtrace text.
pub fn assert_clean(text: &str) {
    assert!(
        !text.contains('\x1b'),
        "ANSI escape in piped output: {text:?}"
    );
    assert!(
        !text.contains("panicked")
            && !text.contains("stack backtrace")
            && !text.contains("RUST_BACKTRACE"),
        "{text}"
    );
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// A sandbox whose default profile comes from the test server's `bootstrap.json`, signed in
/// with the bootstrap admin PAT (`WS_TOKEN`) and storing nothing outside its temp dirs.
pub fn admin_sandbox(server: &ws_tests::TestServer) -> Sandbox {
    let mut sb = Sandbox::new();
    let boot = server.data_dir.join("bootstrap.json");
    sb.run(
        &[
            "profile",
            "set",
            "local",
            "--bootstrap",
            boot.to_str().unwrap(),
            "--default",
            "token_store=file",
        ],
        "",
    )
    .expect(0);
    sb.set("WS_TOKEN", &server.admin_pat);
    sb
}
