//! Per-row outcomes of a bulk run, the report file (`--report FILE`: JSON lines, or
//! CSV when the name ends in `.csv`; columns row, key, action, id, error) and the
//! summary line.

use std::fmt;
use std::path::Path;

use anyhow::{Context, Result};
use serde_json::{Value, json};
use ws_client::OutputFormat;

use crate::output::{self, Shape};

/// What happened (or, in a dry run, would happen) to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// Created.
    Create,
    /// Existed and was changed (or completed).
    Update,
    /// Existed and already matched.
    Unchanged,
    /// Existed, differed, and was left alone (`--on-exists skip`).
    Skip,
    /// Removed (`ws apply --prune`).
    Delete,
    /// Could not be done; `error` says why.
    Failed,
}

impl Action {
    /// The report word.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Unchanged => "unchanged",
            Action::Skip => "skip",
            Action::Delete => "delete",
            Action::Failed => "failed",
        }
    }

    /// Whether this action writes to the server.
    pub fn writes(self) -> bool {
        matches!(self, Action::Create | Action::Update | Action::Delete)
    }
}

/// The report columns.
pub const COLUMNS: &[&str] = &["row", "key", "action", "id", "error"];

/// One report line.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Row number in the input (1-based; items of `ws apply` are numbered in file order).
    pub row: usize,
    /// What the row is about (`alice`, `org:acme`, …).
    pub key: String,
    /// The action.
    pub action: Action,
    /// The object's id, when known.
    pub id: String,
    /// Why it failed (or what was changed, for updates), never a secret.
    pub error: String,
}

impl Outcome {
    /// A failed row.
    pub fn failed(row: usize, key: impl Into<String>, error: impl fmt::Display) -> Self {
        Outcome {
            row,
            key: key.into(),
            action: Action::Failed,
            id: String::new(),
            error: error.to_string(),
        }
    }

    /// As a JSON record with the report columns.
    pub fn to_json(&self) -> Value {
        json!({"row": self.row, "key": self.key, "action": self.action.as_str(),
               "id": self.id, "error": self.error})
    }
}

/// Counts per action.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Created.
    pub create: usize,
    /// Updated.
    pub update: usize,
    /// Unchanged.
    pub unchanged: usize,
    /// Skipped.
    pub skip: usize,
    /// Deleted.
    pub delete: usize,
    /// Failed.
    pub failed: usize,
}

impl Tally {
    /// Counts the outcomes.
    pub fn of(outcomes: &[Outcome]) -> Tally {
        let mut t = Tally::default();
        for o in outcomes {
            *match o.action {
                Action::Create => &mut t.create,
                Action::Update => &mut t.update,
                Action::Unchanged => &mut t.unchanged,
                Action::Skip => &mut t.skip,
                Action::Delete => &mut t.delete,
                Action::Failed => &mut t.failed,
            } += 1;
        }
        t
    }

    /// The summary line, e.g. `10000 rows: 10000 unchanged — nothing to do`.
    pub fn summary(&self, what: &str, dry_run: bool) -> String {
        let total =
            self.create + self.update + self.unchanged + self.skip + self.delete + self.failed;
        let parts: Vec<String> = [
            (self.create, if dry_run { "to create" } else { "created" }),
            (self.update, if dry_run { "to update" } else { "updated" }),
            (self.delete, if dry_run { "to delete" } else { "deleted" }),
            (self.unchanged, "unchanged"),
            (self.skip, "skipped"),
            (self.failed, "failed"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, w)| format!("{n} {w}"))
        .collect();
        let mut line = format!("{total} {what}: {}", parts.join(", "));
        if total > 0 && self.create + self.update + self.delete + self.failed == 0 {
            line.push_str(" — nothing to change");
        }
        if dry_run {
            line.push_str(" (dry run: nothing was written)");
        }
        line
    }
}

/// Writes the report file: CSV when the name ends in `.csv`, else JSON lines.
pub fn write_file(path: &Path, outcomes: &[Outcome]) -> Result<()> {
    let rows: Vec<Value> = outcomes.iter().map(Outcome::to_json).collect();
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let format = if csv {
        OutputFormat::Csv
    } else {
        OutputFormat::Jsonl
    };
    let text = output::render(format, Shape::List(&rows), None, COLUMNS, 80)?;
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_says_nothing_to_change_and_dry_run() {
        let o = |a| Outcome {
            row: 1,
            key: "k".into(),
            action: a,
            id: String::new(),
            error: String::new(),
        };
        let t = Tally::of(&[o(Action::Unchanged), o(Action::Unchanged)]);
        assert_eq!(
            t.summary("rows", false),
            "2 rows: 2 unchanged — nothing to change"
        );
        let t = Tally::of(&[o(Action::Create), o(Action::Failed)]);
        assert_eq!(
            t.summary("rows", true),
            "2 rows: 1 to create, 1 failed (dry run: nothing was written)"
        );
    }
}
