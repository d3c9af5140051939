//! The `config.toml` file: its serde model, loading with errors that name the file,
//! line and key, and comment-preserving edits (`ws profile set|use|delete`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use url::Url;

use super::{OutputFormat, TokenStoreKind};
use crate::error::Error;

/// The whole file: a default profile name and the profiles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when neither `--profile` nor `WS_PROFILE` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// `[profile.NAME]` tables.
    #[serde(default)]
    pub profile: BTreeMap<String, ProfileSettings>,
}

/// One `[profile.NAME]` table; every key optional (defaults fill the rest).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSettings {
    /// OIDC issuer (ZITADEL instance URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Url>,
    /// Workspace API base URL; defaults to the issuer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<Url>,
    /// Client id of the native OIDC app used for interactive logins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Id of the workspace project; adds its audience scope to logins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// Organization id used when a command needs one and none is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_org: Option<String>,
    /// Default output format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<OutputFormat>,
    /// Scopes requested at login (replace the defaults).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Token store choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_store: Option<TokenStoreKind>,
}

/// The keys a profile accepts, for `ws profile set` and messages.
pub const PROFILE_KEYS: &[&str] = &[
    "issuer",
    "api_url",
    "client_id",
    "project_id",
    "default_org",
    "output",
    "scopes",
    "token_store",
];

impl ConfigFile {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Self, Error> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(Error::Config {
                path: path.to_owned(),
                line: None,
                key: None,
                message: format!("cannot read: {e}"),
            }),
        }
    }

    /// Parses file text; errors carry the line and dotted key at fault.
    pub fn parse(path: &Path, text: &str) -> Result<Self, Error> {
        let fail = |line, key, message| Error::Config {
            path: path.to_owned(),
            line,
            key,
            message,
        };
        let de = toml::Deserializer::parse(text)
            .map_err(|e| fail(line_of(text, e.span()), None, first_line(e.message())))?;
        serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let key = (path != ".").then_some(path);
            let inner = e.into_inner();
            fail(
                line_of(text, inner.span()),
                key,
                first_line(inner.message()),
            )
        })
    }
}

fn line_of(text: &str, span: Option<std::ops::Range<usize>>) -> Option<usize> {
    let start = span?.start.min(text.len());
    Some(text[..start].matches('\n').count() + 1)
}

fn first_line(msg: &str) -> String {
    msg.lines().next().unwrap_or(msg).trim().to_owned()
}

/// Comment-preserving editor for the config file.
pub struct ConfigEditor {
    path: PathBuf,
    doc: toml_edit::DocumentMut,
}

impl ConfigEditor {
    /// Opens (or starts) the file at `path`; the current content must be valid.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
        };
        ConfigFile::parse(path, &text)?;
        let doc = text
            .parse::<toml_edit::DocumentMut>()
            .map_err(|e| Error::Config {
                path: path.to_owned(),
                line: None,
                key: None,
                message: e.to_string(),
            })?;
        Ok(Self {
            path: path.to_owned(),
            doc,
        })
    }

    /// Sets `key = value` in `[profile.NAME]`, validating the value first.
    pub fn set(&mut self, profile: &str, key: &str, value: &str) -> Result<(), Error> {
        let item = profile_value(key, value)?;
        let table = self.profile_table(profile);
        table[key] = item;
        self.check()
    }

    /// Removes one key of a profile; returns whether it existed.
    pub fn unset(&mut self, profile: &str, key: &str) -> Result<bool, Error> {
        let removed = self
            .doc
            .get_mut("profile")
            .and_then(|p| p.get_mut(profile))
            .and_then(|t| t.as_table_like_mut())
            .and_then(|t| t.remove(key))
            .is_some();
        self.check()?;
        Ok(removed)
    }

    /// Ensures `[profile.NAME]` exists.
    pub fn ensure_profile(&mut self, profile: &str) {
        self.profile_table(profile);
    }

    /// Sets the top-level `default_profile`.
    pub fn set_default(&mut self, profile: &str) {
        self.doc["default_profile"] = toml_edit::value(profile);
    }

    /// Deletes `[profile.NAME]` (and `default_profile` if it named it); returns whether it existed.
    pub fn delete(&mut self, profile: &str) -> bool {
        let removed = self
            .doc
            .get_mut("profile")
            .and_then(|p| p.as_table_like_mut())
            .and_then(|t| t.remove(profile))
            .is_some();
        if self.doc.get("default_profile").and_then(|v| v.as_str()) == Some(profile) {
            self.doc.remove("default_profile");
        }
        removed
    }

    fn profile_table(&mut self, profile: &str) -> &mut toml_edit::Table {
        let profiles = self.doc.entry("profile").or_insert_with(|| {
            let mut t = toml_edit::Table::new();
            t.set_implicit(true);
            toml_edit::Item::Table(t)
        });
        let profiles = profiles
            .as_table_mut()
            .expect("`profile` was validated as a table");
        profiles
            .entry(profile)
            .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
            .as_table_mut()
            .expect("profiles were validated as tables")
    }

    /// Re-validates the edited document with the same rules as loading.
    fn check(&self) -> Result<(), Error> {
        ConfigFile::parse(&self.path, &self.doc.to_string()).map(|_| ())
    }

    /// Writes the file atomically (temp file in the same dir, fsync, rename).
    pub fn save(&self) -> Result<(), Error> {
        crate::fsutil::write_atomic(&self.path, self.doc.to_string().as_bytes(), None)
    }
}

/// Turns `ws profile set` input into a typed TOML value, rejecting bad values early.
fn profile_value(key: &str, value: &str) -> Result<toml_edit::Item, Error> {
    let invalid = |expected: &str| Error::InvalidSetting {
        key: key.to_owned(),
        value: value.to_owned(),
        source_name: "ws profile set".to_owned(),
        expected: expected.to_owned(),
    };
    match key {
        "issuer" | "api_url" => {
            Url::parse(value)
                .map_err(|_| invalid("an absolute URL such as https://acme.zitadel.cloud"))?;
        }
        "output" => {
            OutputFormat::parse(value).ok_or_else(|| invalid(OutputFormat::NAMES))?;
        }
        "token_store" => {
            TokenStoreKind::parse(value).ok_or_else(|| invalid(TokenStoreKind::NAMES))?;
        }
        "scopes" => {
            let mut arr = toml_edit::Array::new();
            value.split_whitespace().for_each(|s| arr.push(s));
            return Ok(toml_edit::value(arr));
        }
        "client_id" | "project_id" | "default_org" => {}
        _ => {
            return Err(invalid(&format!(
                "a known key: {}",
                PROFILE_KEYS.join(", ")
            )));
        }
    }
    Ok(toml_edit::value(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<ConfigFile, Error> {
        ConfigFile::parse(Path::new("/cfg/config.toml"), text)
    }

    #[test]
    fn parses_profiles() {
        let cfg = parse(
            "default_profile = \"dev\"\n[profile.dev]\nissuer = \"http://127.0.0.1:8080\"\nscopes = [\"openid\"]\noutput = \"json\"\n",
        )
        .unwrap();
        assert_eq!(cfg.default_profile.as_deref(), Some("dev"));
        let dev = &cfg.profile["dev"];
        assert_eq!(
            dev.issuer.as_ref().unwrap().as_str(),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(dev.output, Some(OutputFormat::Json));
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        let err =
            parse("[profile.dev]\nissuer = \"http://x\"\nisuer = \"http://y\"\n").unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("config file /cfg/config.toml, line 3"),
            "{text}"
        );
        assert!(text.contains("unknown field `isuer`"), "{text}");
        assert!(text.contains("key `profile.dev"), "{text}");
    }

    #[test]
    fn wrong_type_names_line_and_key() {
        let err = parse("[profile.dev]\n\nscopes = \"openid\"\n").unwrap_err();
        let Error::Config { line, key, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(*line, Some(3));
        assert_eq!(key.as_deref(), Some("profile.dev.scopes"));
    }

    #[test]
    fn bad_enum_and_bad_url_are_rejected_with_key() {
        let err = parse("[profile.a]\noutput = \"xml\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("profile.a.output"),
            "{err}"
        );
        assert!(err.contains("unknown variant `xml`"), "{err}");
        let err = parse("[profile.a]\nissuer = \"not a url\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("profile.a.issuer"),
            "{err}"
        );
    }

    #[test]
    fn syntax_error_names_line() {
        let err = parse("[profile.a]\nissuer = \n").unwrap_err();
        let Error::Config { line, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(*line, Some(2));
    }

    #[test]
    fn editor_keeps_comments_and_validates() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "# my settings\n[profile.dev]\nissuer = \"http://a\" # local\n",
        )
        .unwrap();
        let mut ed = ConfigEditor::open(&path).unwrap();
        ed.set("dev", "output", "json").unwrap();
        ed.set("prod", "scopes", "openid email").unwrap();
        ed.set_default("prod");
        assert!(ed.set("dev", "output", "xml").is_err());
        assert!(ed.set("dev", "colour", "x").is_err());
        ed.save().unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("# my settings") && text.contains("# local"),
            "{text}"
        );
        let cfg = ConfigFile::load(&path).unwrap();
        assert_eq!(cfg.profile["dev"].output, Some(OutputFormat::Json));
        assert_eq!(
            cfg.profile["prod"].scopes.as_deref(),
            Some(&["openid".to_owned(), "email".to_owned()][..])
        );
        assert_eq!(cfg.default_profile.as_deref(), Some("prod"));
        let mut ed = ConfigEditor::open(&path).unwrap();
        assert!(ed.delete("prod"));
        ed.save().unwrap();
        let cfg = ConfigFile::load(&path).unwrap();
        assert!(cfg.default_profile.is_none() && !cfg.profile.contains_key("prod"));
    }
}
