//! Parsing and validation of the parameters shared by the authorization and device
//! endpoints: raw form/query pairs (a repeated parameter is an error, RFC 6749 §3.1),
//! scopes, `prompt`, PKCE and user codes. Pure functions, no storage.

use std::collections::HashMap;

/// Parameters of a form or query string, each at most once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(HashMap<String, String>);

impl Params {
    /// Parses `application/x-www-form-urlencoded` text; a parameter given twice is an
    /// error naming it. Empty values count as absent (RFC 6749 §3.1).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut map = HashMap::new();
        for (k, v) in url::form_urlencoded::parse(raw.as_bytes()) {
            if v.is_empty() {
                continue;
            }
            if map.insert(k.to_string(), v.into_owned()).is_some() {
                return Err(format!("parameter `{k}` must not be repeated"));
            }
        }
        Ok(Self(map))
    }

    /// The value of `name`, if present and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// The value of `name`, owned.
    pub fn owned(&self, name: &str) -> Option<String> {
        self.0.get(name).cloned()
    }
}

/// Deserialises a form body (`application/x-www-form-urlencoded`); the error says
/// what is malformed (a repeated field, for instance).
pub fn form<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, String> {
    serde_urlencoded::from_str(body).map_err(|e| format!("The form is malformed: {e}."))
}

/// Scopes this provider understands; anything else must be a ZITADEL reserved scope.
const KNOWN_SCOPES: &[&str] = &[
    "openid",
    "profile",
    "email",
    "phone",
    "address",
    "offline_access",
];

/// Parses a `scope` parameter: space-separated, RFC 6749 §3.3 characters, must
/// include `openid`, and each scope is standard or a `urn:zitadel:iam:` one.
/// Duplicates are dropped, order kept. The error is the `error_description`.
pub fn parse_scopes(scope: Option<&str>) -> Result<Vec<String>, String> {
    let Some(scope) = scope else {
        return Err("parameter `scope` is required and must include `openid`".into());
    };
    let mut out: Vec<String> = Vec::new();
    for s in scope.split(' ').filter(|s| !s.is_empty()) {
        if !s
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
        {
            return Err(format!(
                "scope `{s}` contains characters not allowed in a scope"
            ));
        }
        if !KNOWN_SCOPES.contains(&s) && !s.starts_with("urn:zitadel:iam:") {
            return Err(format!(
                "scope `{s}` is not supported; use openid, profile, email, phone, address, \
                 offline_access or a urn:zitadel:iam: scope"
            ));
        }
        if !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    }
    if !out.iter().any(|s| s == "openid") {
        return Err("scope must include `openid`".into());
    }
    Ok(out)
}

/// The `prompt` values of OpenID Connect Core §3.1.2.1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Prompt {
    /// `none`: never show a page; fail with `login_required` without a session.
    pub none: bool,
    /// `login`: re-authenticate even with a session.
    pub login: bool,
}

/// Parses `prompt`; `consent` and `select_account` are accepted (one account per
/// browser, first-party apps need no consent screen), unknown values refused.
pub fn parse_prompt(prompt: Option<&str>) -> Result<Prompt, String> {
    let mut p = Prompt::default();
    let mut count = 0;
    for v in prompt.unwrap_or("").split(' ').filter(|s| !s.is_empty()) {
        count += 1;
        match v {
            "none" => p.none = true,
            "login" => p.login = true,
            "consent" | "select_account" => {}
            other => {
                return Err(format!(
                    "prompt `{other}` is not supported; use none, login, consent or select_account"
                ));
            }
        }
    }
    if p.none && count > 1 {
        return Err("prompt `none` must not be combined with other values".into());
    }
    Ok(p)
}

/// Parses `max_age` (seconds, a non-negative integer).
pub fn parse_max_age(max_age: Option<&str>) -> Result<Option<i64>, String> {
    max_age
        .map(|v| {
            v.parse::<u32>()
                .map(i64::from)
                .map_err(|_| format!("max_age `{v}` must be a non-negative number of seconds"))
        })
        .transpose()
}

/// A PKCE challenge to store with the code (always `S256`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pkce {
    /// The `code_challenge` (base64url SHA-256 of the verifier).
    pub challenge: String,
}

/// Validates PKCE (RFC 7636): `S256` only; required for public clients.
pub fn parse_pkce(
    challenge: Option<&str>,
    method: Option<&str>,
    public_client: bool,
) -> Result<Option<Pkce>, String> {
    match (challenge, method) {
        (None, Some(_)) => Err("code_challenge_method was sent without code_challenge".into()),
        (None, None) if public_client => Err(
            "this client has no secret, so PKCE is required: send code_challenge with \
             code_challenge_method=S256"
                .into(),
        ),
        (None, None) => Ok(None),
        (Some(_), None) => Err(
            "code_challenge_method is required and must be S256 (plain defaults are refused)"
                .into(),
        ),
        (Some(_), Some(m)) if m != "S256" => Err(format!(
            "code_challenge_method `{m}` is not supported; only S256 is accepted"
        )),
        (Some(c), Some(_)) => {
            // S256 yields 32 bytes, i.e. 43 base64url characters without padding.
            let ok = c.len() == 43
                && c.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if ok {
                Ok(Some(Pkce {
                    challenge: c.to_owned(),
                }))
            } else {
                Err(
                    "code_challenge must be the 43-character base64url SHA-256 of the verifier"
                        .into(),
                )
            }
        }
    }
}

/// The user-code alphabet of ZITADEL and RFC 8628 §6.1: consonants only, so no words
/// and no look-alike characters.
pub const USER_CODE_ALPHABET: &[u8; 20] = b"BCDFGHJKLMNPQRSTVWXZ";

/// A random user code of 8 characters, stored without its dash.
pub fn new_user_code() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..8)
        .map(|_| char::from(USER_CODE_ALPHABET[rng.gen_range(0..USER_CODE_ALPHABET.len())]))
        .collect()
}

/// `BCDFGHJK` shown as `BCDF-GHJK`.
pub fn display_user_code(code: &str) -> String {
    if code.len() == 8 && code.is_ascii() {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_owned()
    }
}

/// What a person typed, normalised for lookup: case-insensitive, dashes and spaces
/// ignored. `None` when it cannot be a user code.
pub fn normalize_user_code(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\t'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == 8 && code.bytes().all(|b| USER_CODE_ALPHABET.contains(&b))).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_parameters_are_refused() {
        assert!(Params::parse("a=1&b=2").is_ok());
        let e = Params::parse("state=1&state=2").unwrap_err();
        assert!(e.contains("`state`"));
        let p = Params::parse("a=&b=x%20y").unwrap();
        assert_eq!(p.get("a"), None);
        assert_eq!(p.get("b"), Some("x y"));
    }

    #[test]
    fn scopes() {
        assert_eq!(
            parse_scopes(Some(
                "openid  email openid urn:zitadel:iam:org:project:id:1:aud"
            ))
            .unwrap(),
            vec!["openid", "email", "urn:zitadel:iam:org:project:id:1:aud"]
        );
        assert!(parse_scopes(None).unwrap_err().contains("required"));
        assert!(parse_scopes(Some("email")).unwrap_err().contains("openid"));
        assert!(
            parse_scopes(Some("openid bogus"))
                .unwrap_err()
                .contains("`bogus`")
        );
        assert!(parse_scopes(Some("openid a\"b")).is_err());
    }

    #[test]
    fn prompts() {
        assert_eq!(parse_prompt(None).unwrap(), Prompt::default());
        assert!(parse_prompt(Some("none")).unwrap().none);
        assert!(parse_prompt(Some("login consent")).unwrap().login);
        assert!(parse_prompt(Some("select_account")).is_ok());
        assert!(parse_prompt(Some("none login")).is_err());
        assert!(
            parse_prompt(Some("create"))
                .unwrap_err()
                .contains("`create`")
        );
    }

    #[test]
    fn max_age() {
        assert_eq!(parse_max_age(Some("0")).unwrap(), Some(0));
        assert_eq!(parse_max_age(None).unwrap(), None);
        assert!(parse_max_age(Some("-1")).is_err());
        assert!(parse_max_age(Some("soon")).is_err());
    }

    #[test]
    fn pkce_rules() {
        let c = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assert_eq!(
            parse_pkce(Some(c), Some("S256"), true)
                .unwrap()
                .unwrap()
                .challenge,
            c
        );
        assert!(
            parse_pkce(Some(c), Some("plain"), true)
                .unwrap_err()
                .contains("plain")
        );
        assert!(parse_pkce(Some(c), None, true).is_err());
        assert!(
            parse_pkce(None, None, true)
                .unwrap_err()
                .contains("PKCE is required")
        );
        assert_eq!(parse_pkce(None, None, false).unwrap(), None);
        assert!(parse_pkce(None, Some("S256"), false).is_err());
        assert!(parse_pkce(Some("short"), Some("S256"), false).is_err());
    }

    #[test]
    fn user_codes() {
        let c = new_user_code();
        assert_eq!(c.len(), 8);
        assert!(c.bytes().all(|b| USER_CODE_ALPHABET.contains(&b)));
        assert_eq!(display_user_code("BCDFGHJK"), "BCDF-GHJK");
        assert_eq!(
            normalize_user_code(" bcdf-ghjk ").as_deref(),
            Some("BCDFGHJK")
        );
        assert_eq!(
            normalize_user_code("BCDF-GHJA"),
            None,
            "vowels are not in the alphabet"
        );
        assert_eq!(normalize_user_code("BCDF"), None);
    }
}
