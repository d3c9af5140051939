//! Profiles and settings: the `config.toml` file model ([`file`]), its edits, and the
//! resolution of one invocation's settings with precedence
//! defaults < file < `WS_*` env < flags ([`resolve`]).

pub mod file;
pub mod resolve;

pub use file::{ConfigFile, ProfileSettings};
pub use resolve::{Env, Overrides, Profile, Source, default_scopes};

use serde::{Deserialize, Serialize};

/// How command output is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// Aligned table fitted to the terminal (default).
    #[default]
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// YAML.
    Yaml,
    /// CSV with a header row.
    Csv,
}

impl OutputFormat {
    /// Every accepted name, for messages.
    pub const NAMES: &'static str = "table, json, jsonl, yaml, csv";

    /// Parses a name as written in config, env or flags.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "table" => Self::Table,
            "json" => Self::Json,
            "jsonl" => Self::Jsonl,
            "yaml" => Self::Yaml,
            "csv" => Self::Csv,
            _ => return None,
        })
    }

    /// The name as written in config.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Table => "table",
            Self::Json => "json",
            Self::Jsonl => "jsonl",
            Self::Yaml => "yaml",
            Self::Csv => "csv",
        }
    }
}

/// Which token store to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TokenStoreKind {
    /// The OS keyring when a probe proves it works, else the file.
    #[default]
    Auto,
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// The Linux kernel keyring (lost at reboot).
    Keyutils,
    /// A 0600 file in a 0700 directory.
    File,
}

impl TokenStoreKind {
    /// Every accepted name, for messages.
    pub const NAMES: &'static str = "auto, keyring, keyutils, file";

    /// Parses a name as written in config, env or flags.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "auto" => Self::Auto,
            "keyring" => Self::Keyring,
            "keyutils" => Self::Keyutils,
            "file" => Self::File,
            _ => return None,
        })
    }

    /// The name as written in config.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Keyring => "keyring",
            Self::Keyutils => "keyutils",
            Self::File => "file",
        }
    }
}
