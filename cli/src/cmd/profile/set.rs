//! `ws profile set NAME [KEY=VALUE]... [--unset KEY] [--bootstrap FILE] [--default]`.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::Value;
use ws_client::config::file::{ConfigEditor, PROFILE_KEYS};

use crate::ctx::Ctx;
use crate::exit;

/// Create a profile or change its settings.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Keys: issuer, api_url, client_id, project_id, default_org, output, scopes (space-separated), token_store.\n\nExamples:\n  ws profile set dev issuer=http://127.0.0.1:8080 client_id=312945881735331843\n  ws profile set dev --bootstrap /var/lib/ws/bootstrap.json --default\n  ws profile set prod output=json --unset default_org"
)]
pub struct Cmd {
    /// Profile name (created when missing)
    pub name: String,
    /// Settings as KEY=VALUE
    #[arg(value_name = "KEY=VALUE")]
    pub settings: Vec<String>,
    /// Remove a key
    #[arg(long, value_name = "KEY")]
    pub unset: Vec<String>,
    /// Take issuer, client_id and project_id from a ws-server bootstrap.json
    #[arg(long, value_name = "FILE")]
    pub bootstrap: Option<PathBuf>,
    /// Also make this the default profile
    #[arg(long)]
    pub default: bool,
}

impl Cmd {
    /// Applies the edits, validating each value, and saves the file atomically.
    pub fn run(self, ctx: &Ctx) -> Result<i32> {
        let path = super::config_path(ctx);
        let mut ed = ConfigEditor::open(&path)?;
        ed.ensure_profile(&self.name);
        if let Some(file) = &self.bootstrap {
            for (key, value) in bootstrap_settings(file)? {
                ed.set(&self.name, key, &value)?;
            }
        }
        for kv in &self.settings {
            let (key, value) = kv.split_once('=').ok_or_else(|| {
                exit::usage(format!(
                    "expected KEY=VALUE, got '{kv}' (keys: {})",
                    PROFILE_KEYS.join(", ")
                ))
            })?;
            ed.set(&self.name, key.trim(), value.trim())?;
        }
        for key in &self.unset {
            if !ed.unset(&self.name, key)? {
                ctx.warn(format_args!(
                    "'{key}' was not set in profile '{}'",
                    self.name
                ));
            }
        }
        if self.default {
            ed.set_default(&self.name);
        }
        ed.save()?;
        ctx.say(format_args!(
            "Saved profile '{}' in {}",
            self.name,
            path.display()
        ));
        Ok(exit::OK)
    }
}

/// issuer, client_id and project_id from a bootstrap file, found by their usual names.
fn bootstrap_settings(path: &std::path::Path) -> Result<Vec<(&'static str, String)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let doc: Value =
        serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    let wanted: [(&'static str, &[&str]); 3] = [
        ("issuer", &["issuer"]),
        (
            "client_id",
            &[
                "ws_client_id",
                "cli_client_id",
                "native_client_id",
                "wsClientId",
                "cliClientId",
                "client_id",
                "clientId",
            ],
        ),
        (
            "project_id",
            &[
                "workspace_project_id",
                "project_id",
                "projectId",
                "workspaceProjectId",
            ],
        ),
    ];
    let found: Vec<_> = wanted
        .iter()
        .filter_map(|(key, names)| names.iter().find_map(|n| find(&doc, n)).map(|v| (*key, v)))
        .collect();
    if found.is_empty() {
        return Err(exit::usage(format!(
            "{} has none of issuer, client id, project id",
            path.display()
        )));
    }
    Ok(found)
}

/// The first string value under `name`, searching nested objects breadth-first.
fn find(doc: &Value, name: &str) -> Option<String> {
    let mut queue = vec![doc];
    while let Some(v) = queue.pop() {
        if let Value::Object(m) = v {
            if let Some(Value::String(s)) = m.get(name) {
                return Some(s.clone());
            }
            queue.splice(0..0, m.values());
        }
    }
    None
}
