//! Strict checking of a TOML configuration file, for `validate-config` and for `serve`:
//! unknown keys are errors, and every error names the key and its line and column.

use std::path::{Path, PathBuf};

use crate::config::ServerConfig;

/// A configuration file that could not be read or does not fit the schema.
#[derive(Debug, thiserror::Error)]
pub enum ConfigFileError {
    /// The file could not be read.
    #[error("cannot read config file {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The IO error.
        source: std::io::Error,
    },
    /// The file is not valid TOML, or a key is unknown or has a wrong value.
    #[error("{}:{line}:{column}: {}{message}", path.display(), key_prefix(key.as_deref()))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// Dotted key path, when the error concerns a key (`identity.access_token_ttl`).
        key: Option<String>,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

fn key_prefix(key: Option<&str>) -> String {
    key.map(|k| format!("key `{k}`: ")).unwrap_or_default()
}

/// Reads `path` and checks it; returns the text and the parsed configuration.
pub fn read_and_check(path: &Path) -> Result<(String, ServerConfig), ConfigFileError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigFileError::Read {
        path: path.to_owned(),
        source,
    })?;
    let config = check_str(&text, path)?;
    Ok((text, config))
}

/// Checks TOML `text` (from `origin`, used in messages) against the schema.
pub fn check_str(text: &str, origin: &Path) -> Result<ServerConfig, ConfigFileError> {
    let invalid = |key: Option<String>, span: Option<std::ops::Range<usize>>, message: String| {
        let (line, column) = line_col(text, span.map_or(0, |s| s.start));
        ConfigFileError::Invalid {
            path: origin.to_owned(),
            key,
            line,
            column,
            message,
        }
    };
    let de = toml::de::Deserializer::parse(text)
        .map_err(|e| invalid(None, e.span(), e.message().to_owned()))?;
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let key = (path != ".").then_some(path);
        invalid(key, inner.span(), inner.message().to_owned())
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> ConfigFileError {
        check_str(text, Path::new("ws-server.toml")).unwrap_err()
    }

    #[test]
    fn wrong_value_names_key_line_and_column() {
        let e = check("[server]\ndemo = false\n\n[identity]\naccess_token_ttl = \"soon\"\n");
        let ConfigFileError::Invalid {
            key,
            line,
            column,
            message,
            ..
        } = &e
        else {
            panic!("{e:?}")
        };
        assert_eq!(key.as_deref(), Some("identity.access_token_ttl"));
        assert_eq!((*line, *column), (5, 20));
        assert!(message.contains("invalid duration"), "{message}");
        assert!(
            e.to_string()
                .starts_with("ws-server.toml:5:20: key `identity.access_token_ttl`")
        );
    }

    #[test]
    fn unknown_key_is_refused_with_its_line() {
        let e = check("[server]\nlisten = \"127.0.0.1:1\"\nlistn = \"x\"\n");
        let ConfigFileError::Invalid { line, message, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(*line, 3);
        assert!(message.contains("unknown field `listn`"), "{message}");
        assert!(e.to_string().contains("server"), "{e}");
    }

    #[test]
    fn syntax_error_has_a_position() {
        let e = check("[server\n");
        let ConfigFileError::Invalid { key, line, .. } = &e else {
            panic!("{e:?}")
        };
        assert!(key.is_none());
        assert_eq!(*line, 1);
    }

    #[test]
    fn bad_socket_address() {
        let e = check("[server]\nlisten = \"localhost\"\n").to_string();
        assert!(e.contains("key `server.listen`"), "{e}");
        assert!(e.contains(":2:"), "{e}");
    }
}
