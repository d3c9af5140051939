//! A `ws dashboard` in a real terminal for end-to-end tests: tmux runs the real binary
//! on a socket of its own; keys go in with `send-keys`, the screen comes back with
//! `capture-pane`, and every wait polls the screen with a bounded timeout.
//!
//! Rule: never send a key right after `Escape` without waiting for the screen to
//! change first (an Escape and a letter read together parse as Alt+letter).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use super::Sandbox;

/// A tmux server of its own (socket in a temp dir) with one session running `ws dashboard`.
pub struct Tmux {
    socket: PathBuf,
    _dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts `ws dashboard ARGS` in a `w`×`h` terminal with the sandbox's environment.
    pub fn start(sb: &Sandbox, args: &str, size: (u16, u16)) -> Tmux {
        Self::start_ws(sb, &format!("dashboard {args}"), size)
    }

    /// Starts `ws ARGS` (shell words) in a `w`×`h` terminal with the sandbox's
    /// environment; `EXIT=code` is printed when it ends.
    pub fn start_ws(sb: &Sandbox, args: &str, (w, h): (u16, u16)) -> Tmux {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("run.sh");
        let mut text = String::from("#!/bin/sh\n");
        for (k, v) in &sb.env {
            text.push_str(&format!("export {k}='{}'\n", v.replace('\'', r"'\''")));
        }
        text.push_str("export TERM=xterm-256color\n");
        text.push_str(&format!(
            "{} {args}\necho \"EXIT=$?\"\nsleep 600\n",
            env!("CARGO_BIN_EXE_ws")
        ));
        std::fs::write(&script, text).unwrap();
        let t = Tmux {
            socket: dir.path().join("sock"),
            _dir: dir,
        };
        let cmd = format!("sh {}", script.display());
        t.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
            &cmd,
        ]);
        t
    }

    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux is installed (scripts/test.sh installs it)");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// Sends tmux key names (`Enter`, `Escape`, `j`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Types text literally.
    pub fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Polls the screen until `ok` holds; fails with the last screen after 60 s.
    pub fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn wait_for(&self, text: &str) -> String {
        self.wait(&format!("'{text}'"), |s| s.contains(text))
    }

    /// Whether the pane is on the alternate screen.
    pub fn alternate(&self) -> bool {
        self.run(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim()
            == "1"
    }

    /// Quits with `q` and checks the terminal came back (exit 0, alternate screen left).
    pub fn quit(&self) {
        self.keys(&["q"]);
        let s = self.wait_for("EXIT=");
        assert!(s.contains("EXIT=0"), "{s}");
        assert!(!self.alternate(), "still on the alternate screen");
        assert!(
            !s.contains("Signed in as"),
            "the dashboard is still drawn:\n{s}"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

/// The first screen line containing `word`.
pub fn row_with<'a>(screen: &'a str, word: &str) -> Option<&'a str> {
    screen.lines().find(|l| l.contains(word))
}
