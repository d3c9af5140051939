//! The committed completion scripts and man pages must match the clap tree, and the
//! example config must parse. Regenerate with
//! `cargo run -p ws-cli --bin ws -- generate-assets .` from the repository root.

use crate::util;

use std::collections::BTreeMap;
use std::path::Path;

fn read_tree(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn completions_and_man_pages_are_fresh() {
    let tmp = tempfile::tempdir().unwrap();
    ws_cli::cmd::generate::generate(tmp.path()).unwrap();
    for sub in ["completions", "man"] {
        let fresh = read_tree(&tmp.path().join(sub));
        let committed = read_tree(&util::repo_root().join(sub));
        assert_eq!(
            fresh.keys().collect::<Vec<_>>(),
            committed.keys().collect::<Vec<_>>(),
            "{sub}/ is stale: run `cargo run -p ws-cli --bin ws -- generate-assets .`"
        );
        for (name, text) in &fresh {
            assert!(
                committed[name] == *text,
                "{sub}/{name} is stale: run `cargo run -p ws-cli --bin ws -- generate-assets .`"
            );
        }
    }
}

#[test]
fn every_subcommand_has_a_man_page() {
    fn names(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        let name = if prefix.is_empty() {
            cmd.get_name().to_owned()
        } else {
            format!("{prefix}-{}", cmd.get_name())
        };
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            names(sub, &name, out);
        }
        out.push(name);
    }
    let mut all = Vec::new();
    names(&ws_cli::cli::command(), "", &mut all);
    for n in all {
        assert!(
            util::repo_root()
                .join("man")
                .join(format!("{n}.1"))
                .exists(),
            "man/{n}.1 missing"
        );
    }
}

#[test]
fn example_config_parses_and_resolves() {
    let path = util::repo_root().join("config/ws.example.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let file = ws_client::config::ConfigFile::parse(&path, &text).unwrap();
    assert!(
        file.profile.len() >= 2,
        "the example shows several profiles"
    );
    for name in file.profile.keys() {
        let o = ws_client::Overrides {
            profile: Some(name.clone()),
            ..Default::default()
        };
        ws_client::Profile::resolve_with(&ws_client::Env::default(), &o, &file, path.clone())
            .unwrap();
    }
}
