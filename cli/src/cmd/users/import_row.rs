//! One user row of `ws users import`, checked: which fields are accepted (and their
//! aliases), metadata as `metadata.<key>` columns or a `metadata` object (in CSV a JSON
//! object text), and role authorizations as `roles` = `project:role;project:role` (or
//! a list of such strings). Unknown columns are an error so a typo never goes unnoticed.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// Accepted columns (besides `metadata.<key>`).
pub const KNOWN: &[&str] = &[
    "username",
    "email",
    "given_name",
    "family_name",
    "org",
    "password",
    "hashed_password",
    "metadata",
    "roles",
    "state",
];

/// A valid row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    /// Username (unique within its organization).
    pub username: String,
    /// Email address.
    pub email: String,
    /// Given name.
    pub given: String,
    /// Family name.
    pub family: String,
    /// Organization name or id; none = `--org`.
    pub org: Option<String>,
    /// Initial password (set only when the user is created).
    pub password: Option<String>,
    /// Initial password as an argon2 PHC or bcrypt hash.
    pub hashed_password: Option<String>,
    /// Metadata to hold.
    pub metadata: BTreeMap<String, String>,
    /// Roles per project (name or id) to hold.
    pub roles: BTreeMap<String, Vec<String>>,
    /// The state to hold (`active`, `inactive`, `locked`, as exported); none = leave.
    pub state: Option<&'static str>,
}

/// The states a row may ask for, as `ws users export` writes them.
pub const STATES: &[&str] = &["active", "inactive", "locked"];

/// `active`, `USER_STATE_ACTIVE`, `Active`… as one of [`STATES`].
fn state_of(text: &str) -> Result<&'static str, String> {
    let short = text.trim().to_ascii_lowercase();
    let short = short.trim_start_matches("user_state_");
    STATES
        .iter()
        .find(|s| **s == short)
        .copied()
        .ok_or_else(|| format!("invalid state '{text}' (one of: {})", STATES.join(", ")))
}

/// Column aliases (camelCase as the API spells them, and common spreadsheet names).
fn canonical(key: &str) -> &str {
    match key {
        "givenName" | "first_name" | "firstName" => "given_name",
        "familyName" | "last_name" | "lastName" => "family_name",
        "organization" | "organizationId" | "org_id" => "org",
        "hashedPassword" => "hashed_password",
        "userName" | "user_name" => "username",
        other => other,
    }
}

/// The columns among `keys` that no row could use, each with the closest known
/// name when one is near (`'emial' (did you mean 'email'?)`), in input order.
pub fn unknown_columns<'a>(keys: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut unknown: Vec<String> = Vec::new();
    for key in keys {
        let name = canonical(key.trim());
        if KNOWN.contains(&name) || name.starts_with("metadata.") {
            continue;
        }
        let closest = KNOWN
            .iter()
            .map(|k| (strsim::jaro_winkler(name, k), *k))
            .filter(|(score, _)| *score >= 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        let text = match closest {
            Some((_, k)) => format!("'{name}' (did you mean '{k}'?)"),
            None => format!("'{name}'"),
        };
        if !unknown.contains(&text) {
            unknown.push(text);
        }
    }
    unknown
}

/// The user a row is about as typed, even when the row is invalid: its username,
/// else its email (under any accepted spelling of the column), else empty.
pub fn key_of(v: &Value) -> String {
    let Value::Object(map) = v else {
        return String::new();
    };
    let field = |want: &str| {
        map.iter()
            .filter(|(k, _)| canonical(k.trim()) == want)
            .find_map(|(_, v)| text_of(v))
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    field("username")
        .or_else(|| field("email"))
        .unwrap_or_default()
}

/// Checks one input object.
pub fn parse(v: &Value) -> Result<UserRow, String> {
    let Value::Object(map) = v else {
        return Err("expected an object".into());
    };
    let mut fields: BTreeMap<&str, String> = BTreeMap::new();
    let mut metadata = BTreeMap::new();
    let mut roles_value = None;
    for (k, val) in map {
        let key = canonical(k.trim());
        if let Some(mk) = key.strip_prefix("metadata.") {
            if let Some(text) = text_of(val).filter(|t| !t.is_empty()) {
                metadata.insert(mk.to_owned(), text);
            }
            continue;
        }
        match key {
            "metadata" => metadata.extend(metadata_object(val)?),
            "roles" => roles_value = Some(val),
            k if KNOWN.contains(&k) => {
                if let Some(t) = text_of(val) {
                    fields.insert(k, t);
                }
            }
            other => {
                return Err(format!(
                    "unknown column '{other}' (known: {}, metadata.<key>)",
                    KNOWN.join(", ")
                ));
            }
        }
    }
    let mut take = |k: &str| {
        fields
            .remove(k)
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    let need = |v: Option<String>, what: &str| v.ok_or_else(|| format!("missing {what}"));
    let row = UserRow {
        username: need(take("username"), "username")?,
        email: need(take("email"), "email")?,
        given: need(take("given_name"), "given_name")?,
        family: need(take("family_name"), "family_name")?,
        org: take("org"),
        password: take("password"),
        hashed_password: take("hashed_password"),
        metadata,
        roles: roles_value.map(roles).transpose()?.unwrap_or_default(),
        state: take("state").as_deref().map(state_of).transpose()?,
    };
    if !row.email.contains('@') {
        return Err(format!("invalid email '{}'", row.email));
    }
    if row.password.is_some() && row.hashed_password.is_some() {
        return Err("give either password or hashed_password, not both".into());
    }
    Ok(row)
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// A `metadata` object, or (from CSV) its JSON text; values become text.
fn metadata_object(v: &Value) -> Result<BTreeMap<String, String>, String> {
    let obj: Map<String, Value> = match v {
        Value::Null => return Ok(BTreeMap::new()),
        Value::String(s) if s.trim().is_empty() => return Ok(BTreeMap::new()),
        Value::String(s) => serde_json::from_str(s)
            .map_err(|e| format!("metadata: expected a JSON object ({e})"))?,
        Value::Object(m) => m.clone(),
        _ => return Err("metadata: expected an object".into()),
    };
    Ok(obj
        .into_iter()
        .filter_map(|(k, v)| text_of(&v).map(|t| (k, t)))
        .collect())
}

/// `project:role;project:role` (or a list of `project:role`) → roles per project.
fn roles(v: &Value) -> Result<BTreeMap<String, Vec<String>>, String> {
    let items: Vec<String> = match v {
        Value::Null => Vec::new(),
        Value::String(s) => s.split(';').map(str::to_owned).collect(),
        Value::Array(a) => a.iter().filter_map(text_of).collect(),
        _ => return Err("roles: expected 'project:role;…' or a list".into()),
    };
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let Some((project, role)) = item.rsplit_once(':') else {
            return Err(format!("roles: '{item}' is not project:role"));
        };
        let (project, role) = (project.trim(), role.trim());
        if project.is_empty() || role.is_empty() {
            return Err(format!("roles: '{item}' is not project:role"));
        }
        let keys = out.entry(project.to_owned()).or_default();
        if !keys.iter().any(|k| k == role) {
            keys.push(role.to_owned());
        }
    }
    for keys in out.values_mut() {
        keys.sort();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_style_row_with_metadata_and_roles() {
        let r = parse(
            &json!({"username": "erin", "email": "e@x.io", "given_name": "E",
            "family_name": "F", "metadata.team": "ops", "metadata": "{\"cost\": 42}",
            "roles": "workspace:viewer; workspace:editor;hr:admin", "state": "active"}),
        )
        .unwrap();
        assert_eq!(r.metadata["team"], "ops");
        assert_eq!(r.metadata["cost"], "42");
        assert_eq!(r.roles["workspace"], ["editor", "viewer"]);
        assert_eq!(r.roles["hr"], ["admin"]);
    }

    #[test]
    fn precise_errors() {
        let base = json!({"username": "a", "email": "a@x", "given_name": "A", "family_name": "B"});
        let with = |k: &str, v: Value| {
            let mut b = base.clone();
            b[k] = v;
            parse(&b).unwrap_err()
        };
        assert_eq!(with("email", json!("")), "missing email");
        assert!(with("emial", json!("x")).starts_with("unknown column 'emial'"));
        assert!(with("state", json!("frozen")).starts_with("invalid state 'frozen'"));
        assert_eq!(key_of(&json!({"userName": " zed ", "email": "z@x"})), "zed");
        assert_eq!(key_of(&json!({"username": "", "email": "z@x"})), "z@x");
        assert_eq!(key_of(&json!(["not an object"])), "");
        assert_eq!(
            unknown_columns(["emial", "username", "metadata.team", "famly_name", "zzz"]),
            [
                "'emial' (did you mean 'email'?)",
                "'famly_name' (did you mean 'family_name'?)",
                "'zzz'"
            ]
        );
        assert!(with("roles", json!("workspace")).contains("not project:role"));
        assert!(with("metadata", json!("{oops")).starts_with("metadata:"));
        let mut both = base.clone();
        both["password"] = json!("Secret-pass-1!");
        both["hashed_password"] = json!("$2b$10$abc");
        assert!(parse(&both).unwrap_err().contains("not both"));
    }
}
