//! The resource of a `ws share` verb, as typed: `drive:PATH`, `doc:ID|TITLE`,
//! `calendar:ID|NAME` (or `--file`, `--doc`, `--calendar`), resolved to the kind and
//! id the sharing API takes.

use anyhow::Result;
use clap::Args;
use ws_api::workspace::drive::ItemKind;
use ws_client::workspace::WorkspaceApi;
use ws_client::workspace::drive::Drive;
use ws_client::ws_api::workspace::sharing::ResourceKind;

use crate::cmd::drive::shared as drive_paths;
use crate::exit;

/// Which resource (exactly one of the positional form and the flags).
#[derive(Debug, Args)]
#[group(id = "which", required = true, multiple = false)]
pub struct Target {
    /// The resource: drive:PATH, doc:ID|TITLE or calendar:ID|NAME
    #[arg(value_name = "RESOURCE")]
    resource: Option<String>,
    /// A doc, by id or exact title
    #[arg(long, value_name = "ID|TITLE")]
    doc: Option<String>,
    /// A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID
    #[arg(long, value_name = "PATH", visible_alias = "folder")]
    file: Option<String>,
    /// A calendar, by id or name
    #[arg(long, value_name = "ID|NAME")]
    calendar: Option<String>,
}

/// A resource as typed, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// A drive path from My Drive, or `id:ID`.
    Drive(String),
    /// A doc id or exact title.
    Doc(String),
    /// A calendar id or name.
    Calendar(String),
}

/// A resolved resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Its kind.
    pub kind: ResourceKind,
    /// Its id.
    pub id: String,
}

impl Target {
    /// What the flags or the positional name.
    pub fn named(&self) -> Result<Named> {
        match (&self.resource, &self.doc, &self.file, &self.calendar) {
            (Some(r), ..) => parse(r),
            (_, Some(d), ..) => Ok(Named::Doc(d.clone())),
            (_, _, Some(f), _) => Ok(Named::Drive(f.clone())),
            (.., Some(c)) => Ok(Named::Calendar(c.clone())),
            _ => Err(exit::usage(
                "name a resource: drive:PATH, doc:ID|TITLE or calendar:ID|NAME",
            )),
        }
    }
}

/// Reads `drive:PATH`, `doc:X` or `calendar:X` (`cal:X`).
pub fn parse(text: &str) -> Result<Named> {
    let (prefix, rest) = text.split_once(':').unwrap_or(("", text));
    let value = || {
        if rest.is_empty() {
            Err(exit::usage(format!(
                "'{text}' names no resource after '{prefix}:'"
            )))
        } else {
            Ok(rest.to_owned())
        }
    };
    match prefix {
        "drive" => Ok(Named::Drive(value()?)),
        "doc" => Ok(Named::Doc(value()?)),
        "calendar" | "cal" => Ok(Named::Calendar(value()?)),
        _ => Err(exit::usage(format!(
            "'{text}' is not a resource; write drive:/path/in/my-drive, doc:ID|TITLE or \
             calendar:ID|NAME (or use --file, --doc, --calendar)"
        ))),
    }
}

/// Resolves a named resource through the API: drive paths from My Drive (or `id:`),
/// docs by id or exact title, calendars by id or name.
pub async fn resolve(api: &WorkspaceApi<'_>, named: &Named) -> Result<Resolved> {
    Ok(match named {
        Named::Drive(path) => {
            let drive = Drive::new(api.session())?;
            let item = drive_paths::resolve(&drive, path).await?;
            if item.parent_id.is_none() && !path.starts_with(drive_paths::ID_PREFIX) {
                return Err(exit::usage(
                    "My Drive itself cannot be shared; name a file or folder in it",
                ));
            }
            let kind = match item.kind {
                ItemKind::Folder => ResourceKind::Folder,
                ItemKind::File => ResourceKind::File,
            };
            Resolved { kind, id: item.id }
        }
        Named::Doc(which) => Resolved {
            kind: ResourceKind::Doc,
            id: api.find_doc(which).await?.id,
        },
        Named::Calendar(which) => Resolved {
            kind: ResourceKind::Calendar,
            id: api.find_calendar(which).await?.id,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_name_the_kind_and_keep_colons_in_the_rest() {
        assert_eq!(
            parse("drive:/Reports/q3.pdf").unwrap(),
            Named::Drive("/Reports/q3.pdf".into())
        );
        assert_eq!(
            parse("drive:id:2839").unwrap(),
            Named::Drive("id:2839".into())
        );
        assert_eq!(
            parse("doc:Plan: Q3").unwrap(),
            Named::Doc("Plan: Q3".into())
        );
        assert_eq!(parse("cal:Team").unwrap(), Named::Calendar("Team".into()));
    }

    #[test]
    fn unknown_or_empty_forms_are_usage_errors() {
        for bad in ["2839472398", "file:12", "doc:", "/Reports/q3.pdf"] {
            let e = parse(bad).unwrap_err();
            assert_eq!(exit::code_for(&e), exit::USAGE, "{bad}");
        }
    }
}
