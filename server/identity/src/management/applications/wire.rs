//! The ApplicationService enums on the wire and in storage. Several of them (grant
//! type, app type, auth method, token type) have a meaningful zero value, so they
//! are read with [`Table::parse`] (absent = number 0) rather than
//! `protojson::enum_in`, which treats 0 as "unspecified".

use serde_json::Value;
use ws_storage::{AccessTokenType, AppType, AuthMethod};

use crate::management::zerr::{ZError, ZResult};

/// One enum: `(wire name, stored value)` by number.
pub(crate) struct Table<T: 'static> {
    pub(crate) field: &'static str,
    pub(crate) entries: &'static [(&'static str, Option<T>)],
}

impl<T: Copy + PartialEq> Table<T> {
    /// The stored value a request names (by name or number); `None` (absent) is
    /// number 0. A name without a stored value (`*_UNSPECIFIED`) is refused.
    pub(crate) fn parse(&self, value: Option<&Value>) -> ZResult<T> {
        let index = match value {
            None | Some(Value::Null) => Some(0),
            Some(Value::String(s)) => self.entries.iter().position(|(n, _)| n == s),
            Some(Value::Number(n)) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
            Some(_) => None,
        };
        index
            .and_then(|i| self.entries.get(i))
            .and_then(|(_, v)| *v)
            .ok_or_else(|| self.unknown())
    }

    fn unknown(&self) -> ZError {
        let names: Vec<&str> = self
            .entries
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(n, _)| *n)
            .collect();
        ZError::invalid(
            "APP-ENUM1",
            format!(
                "invalid field {}: unknown value (one of {})",
                self.field,
                names.join(", ")
            ),
        )
    }

    /// The index of a stored value, and its name.
    pub(crate) fn out(&self, value: T) -> (usize, &'static str) {
        self.entries
            .iter()
            .enumerate()
            .find(|(_, (_, v))| *v == Some(value))
            .map(|(i, (n, _))| (i, *n))
            .unwrap_or((0, self.entries[0].0))
    }
}

/// A singular enum field's output: protojson leaves the zero value out.
pub(crate) fn enum_out(out: &(usize, &'static str)) -> &'static str {
    if out.0 == 0 { "" } else { out.1 }
}

/// A repeated enum field's output: every element is written, zero included.
pub(crate) fn names_out(table: &Table<&'static str>, stored: &[String]) -> Vec<String> {
    stored
        .iter()
        .filter_map(|s| table.entries.iter().find(|(_, v)| *v == Some(s.as_str())))
        .map(|(n, _)| (*n).to_owned())
        .collect()
}

/// A repeated enum field of a request, as stored names, in order, without repeats.
pub(crate) fn parse_list(table: &Table<&'static str>, values: &[Value]) -> ZResult<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        let name = table.parse(Some(v))?.to_owned();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    Ok(out)
}

/// `OIDCGrantType` → OAuth grant type names.
pub(crate) const OIDC_GRANT_TYPES: Table<&str> = Table {
    field: "grantTypes",
    entries: &[
        (
            "OIDC_GRANT_TYPE_AUTHORIZATION_CODE",
            Some("authorization_code"),
        ),
        ("OIDC_GRANT_TYPE_IMPLICIT", Some("implicit")),
        ("OIDC_GRANT_TYPE_REFRESH_TOKEN", Some("refresh_token")),
        (
            "OIDC_GRANT_TYPE_DEVICE_CODE",
            Some("urn:ietf:params:oauth:grant-type:device_code"),
        ),
        (
            "OIDC_GRANT_TYPE_TOKEN_EXCHANGE",
            Some("urn:ietf:params:oauth:grant-type:token-exchange"),
        ),
    ],
};

/// `OIDCResponseType` → OAuth response type names.
pub(crate) const OIDC_RESPONSE_TYPES: Table<&str> = Table {
    field: "responseTypes",
    entries: &[
        ("OIDC_RESPONSE_TYPE_UNSPECIFIED", None),
        ("OIDC_RESPONSE_TYPE_CODE", Some("code")),
        ("OIDC_RESPONSE_TYPE_ID_TOKEN", Some("id_token")),
        ("OIDC_RESPONSE_TYPE_ID_TOKEN_TOKEN", Some("id_token token")),
    ],
};

/// `OIDCApplicationType`.
pub(crate) const OIDC_APP_TYPES: Table<AppType> = Table {
    field: "applicationType",
    entries: &[
        ("OIDC_APP_TYPE_WEB", Some(AppType::Web)),
        ("OIDC_APP_TYPE_USER_AGENT", Some(AppType::UserAgent)),
        ("OIDC_APP_TYPE_NATIVE", Some(AppType::Native)),
    ],
};

/// `OIDCAuthMethodType`.
pub(crate) const OIDC_AUTH_METHODS: Table<AuthMethod> = Table {
    field: "authMethodType",
    entries: &[
        ("OIDC_AUTH_METHOD_TYPE_BASIC", Some(AuthMethod::Basic)),
        ("OIDC_AUTH_METHOD_TYPE_POST", Some(AuthMethod::Post)),
        ("OIDC_AUTH_METHOD_TYPE_NONE", Some(AuthMethod::None)),
        (
            "OIDC_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT",
            Some(AuthMethod::PrivateKeyJwt),
        ),
    ],
};

/// `APIAuthMethodType`.
pub(crate) const API_AUTH_METHODS: Table<AuthMethod> = Table {
    field: "authMethodType",
    entries: &[
        ("API_AUTH_METHOD_TYPE_BASIC", Some(AuthMethod::Basic)),
        (
            "API_AUTH_METHOD_TYPE_PRIVATE_KEY_JWT",
            Some(AuthMethod::PrivateKeyJwt),
        ),
    ],
};

/// `OIDCTokenType`.
pub(crate) const OIDC_TOKEN_TYPES: Table<AccessTokenType> = Table {
    field: "accessTokenType",
    entries: &[
        ("OIDC_TOKEN_TYPE_BEARER", Some(AccessTokenType::Bearer)),
        ("OIDC_TOKEN_TYPE_JWT", Some(AccessTokenType::Jwt)),
    ],
};

/// `ApplicationType` of the list filter.
pub(crate) const APPLICATION_TYPES: [&str; 4] = [
    "APPLICATION_TYPE_UNSPECIFIED",
    "APPLICATION_TYPE_OIDC",
    "APPLICATION_TYPE_API",
    "APPLICATION_TYPE_SAML",
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn zero_values_are_real_values_and_unknown_names_are_refused() {
        assert_eq!(OIDC_APP_TYPES.parse(None).unwrap(), AppType::Web);
        assert_eq!(
            OIDC_APP_TYPES
                .parse(Some(&json!("OIDC_APP_TYPE_NATIVE")))
                .unwrap(),
            AppType::Native
        );
        assert_eq!(
            OIDC_AUTH_METHODS.parse(Some(&json!(2))).unwrap(),
            AuthMethod::None
        );
        let e = OIDC_RESPONSE_TYPES.parse(Some(&json!(0))).unwrap_err();
        assert!(e.message.contains("responseTypes"), "{}", e.message);
        assert!(OIDC_GRANT_TYPES.parse(Some(&json!("IMPLICIT"))).is_err());
        assert!(OIDC_GRANT_TYPES.parse(Some(&json!(9))).is_err());
    }

    #[test]
    fn lists_keep_order_drop_repeats_and_round_trip() {
        let stored = parse_list(
            &OIDC_GRANT_TYPES,
            &[json!("OIDC_GRANT_TYPE_REFRESH_TOKEN"), json!(0), json!(2)],
        )
        .unwrap();
        assert_eq!(stored, ["refresh_token", "authorization_code"]);
        assert_eq!(
            names_out(&OIDC_GRANT_TYPES, &stored),
            [
                "OIDC_GRANT_TYPE_REFRESH_TOKEN",
                "OIDC_GRANT_TYPE_AUTHORIZATION_CODE"
            ]
        );
        assert_eq!(enum_out(&OIDC_TOKEN_TYPES.out(AccessTokenType::Bearer)), "");
        assert_eq!(
            enum_out(&OIDC_TOKEN_TYPES.out(AccessTokenType::Jwt)),
            "OIDC_TOKEN_TYPE_JWT"
        );
    }
}
