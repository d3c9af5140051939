//! [`Ctx`]: everything a command may touch — injected IO streams, the environment
//! snapshot, global flags, the lazily resolved profile and session. Commands never
//! use `std::io::stdout()` or `std::env` directly, so tests run them on buffers.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use anyhow::Result;
use ws_client::{Env, OutputFormat, Overrides, Profile, Session};

use crate::output::Style;

/// The process's streams and what is known about them.
pub struct Io {
    out: Mutex<Box<dyn Write + Send>>,
    err: Mutex<Box<dyn Write + Send>>,
    input: Mutex<Box<dyn Read + Send>>,
    /// Whether stdout is a terminal.
    pub out_tty: bool,
    /// Whether stderr is a terminal.
    pub err_tty: bool,
    /// Whether stdin is a terminal.
    pub in_tty: bool,
    /// Terminal width in columns, when stdout is a terminal.
    pub width: Option<u16>,
}

impl Io {
    /// IO over the given streams.
    pub fn new(
        out: Box<dyn Write + Send>,
        err: Box<dyn Write + Send>,
        input: Box<dyn Read + Send>,
    ) -> Self {
        Self {
            out: Mutex::new(out),
            err: Mutex::new(err),
            input: Mutex::new(input),
            out_tty: false,
            err_tty: false,
            in_tty: false,
            width: None,
        }
    }

    /// The real stdio of this process.
    pub fn process() -> Self {
        use std::io::IsTerminal;
        let mut io = Self::new(
            Box::new(std::io::stdout()),
            Box::new(std::io::stderr()),
            Box::new(std::io::stdin()),
        );
        io.out_tty = std::io::stdout().is_terminal();
        io.err_tty = std::io::stderr().is_terminal();
        io.in_tty = std::io::stdin().is_terminal();
        io.width = terminal_size::terminal_size_of(std::io::stdout())
            .map(|(w, _)| w.0)
            .filter(|_| io.out_tty);
        io
    }

    /// Writes text to stdout (`true`) or stderr, outside any command.
    pub fn write_raw(&self, stdout: bool, text: &str) -> std::io::Result<()> {
        let mut w = if stdout {
            self.out.lock()
        } else {
            self.err.lock()
        }
        .expect("stream lock");
        w.write_all(text.as_bytes())?;
        w.flush()
    }

    /// In-memory IO for tests: stdin content, and handles to read stdout and stderr.
    pub fn test(stdin: &str) -> (Self, Buffer, Buffer) {
        let (out, err) = (Buffer::default(), Buffer::default());
        let io = Self::new(
            Box::new(out.clone()),
            Box::new(err.clone()),
            Box::new(std::io::Cursor::new(stdin.as_bytes().to_vec())),
        );
        (io, out, err)
    }
}

/// A shared in-memory writer (test stdout/stderr).
#[derive(Clone, Default)]
pub struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Buffer {
    /// Everything written so far, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("buffer lock")).into_owned()
    }
}

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("buffer lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The context every command runs with.
pub struct Ctx {
    /// Streams.
    pub io: Io,
    /// Environment snapshot.
    pub env: Env,
    /// Settings given as global flags.
    pub overrides: Overrides,
    /// `--fields`, split.
    pub fields: Option<Vec<String>>,
    profile: OnceLock<Profile>,
    session: OnceLock<Session>,
}

impl Ctx {
    /// A context; the profile is resolved on first use.
    pub fn new(io: Io, env: Env, overrides: Overrides, fields: Option<Vec<String>>) -> Self {
        Self {
            io,
            env,
            overrides,
            fields,
            profile: OnceLock::new(),
            session: OnceLock::new(),
        }
    }

    /// Stdout (data only).
    pub fn out(&self) -> MutexGuard<'_, Box<dyn Write + Send>> {
        self.io.out.lock().expect("stdout lock")
    }

    /// Stderr (diagnostics, progress, prompts).
    pub fn err(&self) -> MutexGuard<'_, Box<dyn Write + Send>> {
        self.io.err.lock().expect("stderr lock")
    }

    /// Reads all of stdin.
    pub fn read_stdin(&self) -> Result<String> {
        let mut s = String::new();
        self.io
            .input
            .lock()
            .expect("stdin lock")
            .read_to_string(&mut s)?;
        Ok(s)
    }

    /// Reads all of stdin as bytes (bulk input may hold invalid UTF-8 in some rows).
    pub fn read_stdin_bytes(&self) -> Result<Vec<u8>> {
        let mut b = Vec::new();
        self.io
            .input
            .lock()
            .expect("stdin lock")
            .read_to_end(&mut b)?;
        Ok(b)
    }

    /// One line of stdin (an answer to a prompt), read a byte at a time so nothing
    /// after it is consumed.
    pub fn read_line(&self) -> Result<String> {
        let mut input = self.io.input.lock().expect("stdin lock");
        let mut line = Vec::new();
        let mut byte = [0u8; 1];
        while input.read(&mut byte)? == 1 && byte[0] != b'\n' {
            line.push(byte[0]);
        }
        Ok(String::from_utf8_lossy(&line).into_owned())
    }

    /// Takes stdin for streaming (later reads see an empty stream).
    pub fn take_stdin(&self) -> Box<dyn Read + Send> {
        let mut input = self.io.input.lock().expect("stdin lock");
        std::mem::replace(&mut *input, Box::new(std::io::empty()))
    }

    /// Writes one diagnostic line on stderr (errors writing stderr are ignored).
    pub fn say(&self, msg: impl std::fmt::Display) {
        let _ = writeln!(self.err(), "{msg}");
    }

    /// A `ws: warning: …` line on stderr.
    pub fn warn(&self, msg: impl std::fmt::Display) {
        let style = self.err_style();
        self.say(format_args!("ws: {}: {msg}", style.yellow("warning")));
    }

    /// The resolved profile (config file < env < flags).
    pub fn profile(&self) -> Result<&Profile> {
        if let Some(p) = self.profile.get() {
            return Ok(p);
        }
        let p = Profile::resolve(&self.env, &self.overrides)?;
        Ok(self.profile.get_or_init(|| p))
    }

    /// The session of the resolved profile.
    pub fn session(&self) -> Result<&Session> {
        if let Some(s) = self.session.get() {
            return Ok(s);
        }
        let s = Session::new(self.profile()?.clone())?;
        Ok(self.session.get_or_init(|| s))
    }

    /// Prints and clears the session's notices (store fallbacks) on stderr.
    pub fn flush_notices(&self) {
        if let Some(s) = self.session.get() {
            for n in s.take_notices() {
                self.warn(n);
            }
        }
    }

    /// The output format: `--output`, else the profile's, else table.
    pub fn format(&self) -> OutputFormat {
        self.overrides
            .output
            .or_else(|| self.profile().ok().map(|p| p.output))
            .unwrap_or_default()
    }

    /// Colour decision for stdout: `NO_COLOR` off, `CLICOLOR_FORCE` on, else a terminal.
    pub fn out_style(&self) -> Style {
        Style::new(self.colour(self.io.out_tty))
    }

    /// Colour decision for stderr.
    pub fn err_style(&self) -> Style {
        Style::new(self.colour(self.io.err_tty))
    }

    fn colour(&self, tty: bool) -> bool {
        if self.env.is_set("NO_COLOR") {
            return false;
        }
        if self.env.get("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
            return true;
        }
        tty && self.env.get("TERM") != Some("dumb")
    }
}
