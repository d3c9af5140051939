//! Resolution of one invocation's settings: defaults < file < `WS_*` env < flags.
//! The environment is a snapshot passed in ([`Env`]), never read from globals here.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Serialize;
use url::Url;

use super::{ConfigFile, OutputFormat, ProfileSettings, TokenStoreKind};
use crate::error::Error;
use crate::tokens::Secret;

/// The issuer used when nothing configures one: the embedded server's default address.
pub const DEFAULT_ISSUER: &str = "http://127.0.0.1:8080";
/// The profile used when nothing names one.
pub const DEFAULT_PROFILE: &str = "default";

/// Scopes requested at login when the profile sets none; the project audience scope
/// is appended by [`Profile::login_scopes`].
pub fn default_scopes() -> Vec<String> {
    [
        "openid",
        "profile",
        "email",
        "offline_access",
        "urn:zitadel:iam:org:project:id:zitadel:aud",
    ]
    .map(str::to_owned)
    .to_vec()
}

/// A snapshot of environment variables.
#[derive(Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values may be secrets (WS_TOKEN, WS_CLIENT_SECRET): print names only.
        f.debug_list().entries(self.vars.keys()).finish()
    }
}

impl Env {
    /// Snapshot of the process environment (call once, in `main`).
    pub fn from_process() -> Self {
        Self {
            vars: std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .collect(),
        }
    }

    /// An environment made of the given pairs (tests, embedding).
    pub fn from_pairs<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Self {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// A variable's value; empty values count as unset.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.vars
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// Whether the variable is set to a non-empty value.
    pub fn is_set(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// `$WS_CONFIG`, else `$XDG_CONFIG_HOME/ws/config.toml`, else the platform config dir.
    pub fn config_path(&self) -> PathBuf {
        if let Some(p) = self.get("WS_CONFIG") {
            return PathBuf::from(p);
        }
        self.xdg_dir("XDG_CONFIG_HOME", dirs::config_dir)
            .join("ws")
            .join("config.toml")
    }

    /// `$XDG_DATA_HOME/ws`, else the platform data dir + `ws` (holds the credentials file).
    pub fn data_dir(&self) -> PathBuf {
        self.xdg_dir("XDG_DATA_HOME", dirs::data_dir).join("ws")
    }

    fn xdg_dir(&self, var: &str, fallback: fn() -> Option<PathBuf>) -> PathBuf {
        match self.get(var).map(PathBuf::from) {
            Some(p) if p.is_absolute() => p,
            _ => fallback().unwrap_or_else(|| PathBuf::from(".")),
        }
    }
}

/// Values given as command-line flags (the highest precedence).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--profile`.
    pub profile: Option<String>,
    /// `--config`.
    pub config: Option<PathBuf>,
    /// `--issuer`.
    pub issuer: Option<Url>,
    /// `--api-url`.
    pub api_url: Option<Url>,
    /// `--client-id`.
    pub client_id: Option<String>,
    /// `--org`.
    pub default_org: Option<String>,
    /// `--output`.
    pub output: Option<OutputFormat>,
    /// `--token-store`.
    pub token_store: Option<TokenStoreKind>,
}

/// Where a resolved value came from (`ws profile show` prints it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "from", content = "name")]
pub enum Source {
    /// Built-in default.
    Default,
    /// The config file.
    File,
    /// An environment variable.
    Env(&'static str),
    /// A command-line flag.
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::File => f.write_str("file"),
            Source::Env(v) => write!(f, "env {v}"),
            Source::Flag(v) => write!(f, "flag {v}"),
        }
    }
}

/// The settings in force for one invocation.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Profile name.
    pub name: String,
    /// Whether `[profile.NAME]` exists in the file.
    pub in_file: bool,
    /// The config file consulted.
    pub config_path: PathBuf,
    /// Directory for the credentials file fallback.
    pub data_dir: PathBuf,
    /// OIDC issuer.
    pub issuer: Url,
    /// Workspace API base URL.
    pub api_url: Url,
    /// Native app client id.
    pub client_id: Option<String>,
    /// Workspace project id (adds its audience scope).
    pub project_id: Option<String>,
    /// Default organization id.
    pub default_org: Option<String>,
    /// Output format.
    pub output: OutputFormat,
    /// Scopes for interactive logins (without the project audience scope).
    pub scopes: Vec<String>,
    /// Token store choice.
    pub token_store: TokenStoreKind,
    /// `WS_TOKEN`: a bearer token that wins over every stored credential.
    pub env_token: Option<Secret>,
    /// Where each value came from, by key.
    pub sources: BTreeMap<&'static str, Source>,
}

impl Profile {
    /// Resolves settings from the file at `env.config_path()` (or `--config`), env and flags.
    pub fn resolve(env: &Env, flags: &Overrides) -> Result<Self, Error> {
        let config_path = flags.config.clone().unwrap_or_else(|| env.config_path());
        let file = ConfigFile::load(&config_path)?;
        Self::resolve_with(env, flags, &file, config_path)
    }

    /// Resolves against an already loaded file.
    pub fn resolve_with(
        env: &Env,
        flags: &Overrides,
        file: &ConfigFile,
        config_path: PathBuf,
    ) -> Result<Self, Error> {
        let (name, settings) = select_profile(env, flags, file)?;
        let mut r = Resolver {
            env,
            sources: BTreeMap::new(),
        };
        let issuer = r.url(
            "issuer",
            settings.issuer,
            "WS_ISSUER",
            flags.issuer.clone(),
            "--issuer",
        )?;
        let issuer = issuer.unwrap_or_else(|| Url::parse(DEFAULT_ISSUER).expect("valid default"));
        let api_url = r.url(
            "api_url",
            settings.api_url,
            "WS_API_URL",
            flags.api_url.clone(),
            "--api-url",
        )?;
        let api_url = api_url.unwrap_or_else(|| issuer.clone());
        let client_id = r.string(
            "client_id",
            settings.client_id,
            "WS_CLIENT_ID",
            flags.client_id.clone(),
            "--client-id",
        );
        let project_id = r.string("project_id", settings.project_id, "WS_PROJECT_ID", None, "");
        let default_org = r.string(
            "default_org",
            settings.default_org,
            "WS_ORG",
            flags.default_org.clone(),
            "--org",
        );
        let output = r.parsed(
            "output",
            settings.output,
            "WS_OUTPUT",
            flags.output,
            "--output",
            OutputFormat::parse,
            OutputFormat::NAMES,
        )?;
        let token_store = r.parsed(
            "token_store",
            settings.token_store,
            "WS_TOKEN_STORE",
            flags.token_store,
            "--token-store",
            TokenStoreKind::parse,
            TokenStoreKind::NAMES,
        )?;
        let env_scopes = env
            .get("WS_SCOPES")
            .map(|s| s.split_whitespace().map(str::to_owned).collect());
        let scopes = r
            .pick("scopes", settings.scopes, "WS_SCOPES", env_scopes, None, "")
            .unwrap_or_else(default_scopes);
        Ok(Profile {
            in_file: file.profile.contains_key(&name),
            name,
            config_path,
            data_dir: env.data_dir(),
            issuer,
            api_url,
            client_id,
            project_id,
            default_org,
            output: output.unwrap_or_default(),
            scopes,
            token_store: token_store.unwrap_or_default(),
            env_token: env
                .get("WS_TOKEN")
                .map(|t| Secret::new(t.trim().to_owned())),
            sources: r.sources,
        })
    }

    /// The scopes to request at an interactive login: the profile's scopes plus the
    /// workspace project's audience scope when a project id is known.
    pub fn login_scopes(&self) -> Vec<String> {
        let mut scopes = self.scopes.clone();
        if let Some(project) = &self.project_id {
            let aud = format!("urn:zitadel:iam:org:project:id:{project}:aud");
            if !scopes.contains(&aud) {
                scopes.push(aud);
            }
        }
        scopes
    }

    /// The client id, or an error saying how to set one.
    pub fn require_client_id(&self) -> Result<&str, Error> {
        self.client_id.as_deref().ok_or_else(|| Error::MissingSetting {
            profile: self.name.clone(),
            key: "client_id",
            hint: format!(
                "set it with `ws profile set {} client_id=ID` or WS_CLIENT_ID (the id of the native OIDC app for ws)",
                self.name
            ),
        })
    }

    /// The source of a key's value.
    pub fn source(&self, key: &str) -> Source {
        self.sources.get(key).cloned().unwrap_or(Source::Default)
    }
}

/// The profile name (flag > `WS_PROFILE` > `default_profile` > "default") and its
/// settings; a name given explicitly must exist in the file.
fn select_profile(
    env: &Env,
    flags: &Overrides,
    file: &ConfigFile,
) -> Result<(String, ProfileSettings), Error> {
    let (name, explicit) = match (&flags.profile, env.get("WS_PROFILE"), &file.default_profile) {
        (Some(p), _, _) => (p.clone(), true),
        (None, Some(p), _) => (p.to_owned(), true),
        (None, None, Some(p)) => (p.clone(), true),
        (None, None, None) => (DEFAULT_PROFILE.to_owned(), false),
    };
    match file.profile.get(&name) {
        Some(s) => Ok((name, s.clone())),
        None if explicit => {
            let known: Vec<_> = file.profile.keys().cloned().collect();
            let known = if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            };
            Err(Error::UnknownProfile { name, known })
        }
        None => Ok((name, ProfileSettings::default())),
    }
}

struct Resolver<'a> {
    env: &'a Env,
    sources: BTreeMap<&'static str, Source>,
}

impl Resolver<'_> {
    /// Picks the highest-precedence value and records its source.
    fn pick<T>(
        &mut self,
        key: &'static str,
        file: Option<T>,
        var: &'static str,
        env: Option<T>,
        flag: Option<T>,
        flag_name: &'static str,
    ) -> Option<T> {
        let (value, source) = if let Some(v) = flag {
            (v, Source::Flag(flag_name))
        } else if let Some(v) = env {
            (v, Source::Env(var))
        } else if let Some(v) = file {
            (v, Source::File)
        } else {
            return None;
        };
        self.sources.insert(key, source);
        Some(value)
    }

    fn string(
        &mut self,
        key: &'static str,
        file: Option<String>,
        var: &'static str,
        flag: Option<String>,
        flag_name: &'static str,
    ) -> Option<String> {
        let env = self.env.get(var).map(str::to_owned);
        self.pick(key, file, var, env, flag, flag_name)
    }

    fn url(
        &mut self,
        key: &'static str,
        file: Option<Url>,
        var: &'static str,
        flag: Option<Url>,
        flag_name: &'static str,
    ) -> Result<Option<Url>, Error> {
        let env = match self.env.get(var) {
            Some(v) => Some(Url::parse(v).map_err(|_| {
                invalid(
                    key,
                    v,
                    var,
                    "an absolute URL such as https://acme.zitadel.cloud",
                )
            })?),
            None => None,
        };
        Ok(self.pick(key, file, var, env, flag, flag_name))
    }

    #[allow(clippy::too_many_arguments)]
    fn parsed<T>(
        &mut self,
        key: &'static str,
        file: Option<T>,
        var: &'static str,
        flag: Option<T>,
        flag_name: &'static str,
        parse: fn(&str) -> Option<T>,
        names: &str,
    ) -> Result<Option<T>, Error> {
        let env = match self.env.get(var) {
            Some(v) => {
                Some(parse(v).ok_or_else(|| invalid(key, v, var, &format!("one of {names}")))?)
            }
            None => None,
        };
        Ok(self.pick(key, file, var, env, flag, flag_name))
    }
}

fn invalid(key: &str, value: &str, source: &str, expected: &str) -> Error {
    Error::InvalidSetting {
        key: key.to_owned(),
        value: value.to_owned(),
        source_name: source.to_owned(),
        expected: expected.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn file(text: &str) -> ConfigFile {
        ConfigFile::parse(Path::new("/c.toml"), text).unwrap()
    }

    const FILE: &str = "default_profile = \"dev\"\n[profile.dev]\nissuer = \"http://file:1\"\noutput = \"yaml\"\nclient_id = \"file-client\"\nproject_id = \"42\"\n[profile.prod]\nissuer = \"https://prod\"\n";

    fn resolve(env: &[(&str, &str)], flags: Overrides, text: &str) -> Result<Profile, Error> {
        Profile::resolve_with(
            &Env::from_pairs(env.iter().copied()),
            &flags,
            &file(text),
            "/c.toml".into(),
        )
    }

    #[test]
    fn defaults_without_file() {
        let p = resolve(&[], Overrides::default(), "").unwrap();
        assert_eq!(p.name, "default");
        assert_eq!(p.issuer.as_str(), "http://127.0.0.1:8080/");
        assert_eq!(p.api_url, p.issuer);
        assert_eq!(p.output, OutputFormat::Table);
        assert_eq!(p.token_store, TokenStoreKind::Auto);
        assert_eq!(p.scopes, default_scopes());
        assert_eq!(p.source("issuer"), Source::Default);
    }

    #[test]
    fn file_then_env_then_flags() {
        let p = resolve(&[], Overrides::default(), FILE).unwrap();
        assert_eq!(
            (p.name.as_str(), p.output, p.source("output")),
            ("dev", OutputFormat::Yaml, Source::File)
        );
        let p = resolve(&[("WS_OUTPUT", "json")], Overrides::default(), FILE).unwrap();
        assert_eq!(
            (p.output, p.source("output")),
            (OutputFormat::Json, Source::Env("WS_OUTPUT"))
        );
        let flags = Overrides {
            output: Some(OutputFormat::Csv),
            ..Default::default()
        };
        let p = resolve(&[("WS_OUTPUT", "json")], flags, FILE).unwrap();
        assert_eq!(
            (p.output, p.source("output")),
            (OutputFormat::Csv, Source::Flag("--output"))
        );
        assert_eq!(p.client_id.as_deref(), Some("file-client"));
        assert_eq!(p.api_url.as_str(), "http://file:1/");
    }

    #[test]
    fn profile_selection_flag_beats_env_beats_default_profile() {
        let p = resolve(&[("WS_PROFILE", "prod")], Overrides::default(), FILE).unwrap();
        assert_eq!(p.name, "prod");
        let flags = Overrides {
            profile: Some("dev".into()),
            ..Default::default()
        };
        let p = resolve(&[("WS_PROFILE", "prod")], flags, FILE).unwrap();
        assert_eq!(p.name, "dev");
    }

    #[test]
    fn unknown_profile_lists_known_ones() {
        let err = resolve(&[("WS_PROFILE", "nope")], Overrides::default(), FILE).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
        let text = err.to_string();
        assert!(
            text.contains("unknown profile 'nope' (known: dev, prod)"),
            "{text}"
        );
    }

    #[test]
    fn bad_env_values_name_the_variable() {
        let err = resolve(&[("WS_TOKEN_STORE", "vault")], Overrides::default(), "")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("WS_TOKEN_STORE") && err.contains("auto, keyring, keyutils, file"),
            "{err}"
        );
        let err = resolve(&[("WS_ISSUER", "nope")], Overrides::default(), "")
            .unwrap_err()
            .to_string();
        assert!(err.contains("WS_ISSUER"), "{err}");
    }

    #[test]
    fn login_scopes_add_project_audience_once() {
        let p = resolve(&[], Overrides::default(), FILE).unwrap();
        let scopes = p.login_scopes();
        assert_eq!(
            scopes.last().unwrap(),
            "urn:zitadel:iam:org:project:id:42:aud"
        );
        assert!(scopes.contains(&"offline_access".to_owned()));
        let p = resolve(&[("WS_SCOPES", "openid email")], Overrides::default(), FILE).unwrap();
        assert_eq!(
            p.login_scopes(),
            ["openid", "email", "urn:zitadel:iam:org:project:id:42:aud"]
        );
    }

    #[test]
    fn env_token_is_redacted_in_debug() {
        let p = resolve(&[("WS_TOKEN", "very-secret")], Overrides::default(), "").unwrap();
        assert_eq!(p.env_token.as_ref().unwrap().expose(), "very-secret");
        assert!(!format!("{p:?}").contains("very-secret"));
    }
}
