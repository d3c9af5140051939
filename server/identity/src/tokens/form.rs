//! Form bodies of the OAuth endpoints (`application/x-www-form-urlencoded`): a
//! repeated parameter is an error (RFC 6749 §3.1), an empty one counts as absent,
//! and every failure is an OAuth `invalid_request`, never axum's plain-text 4xx.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::http::{HeaderMap, header};

use crate::OAuthError;

/// Largest form body accepted; OAuth requests are a few hundred bytes.
const MAX_FORM: usize = 64 * 1024;

/// The parameters of a form body.
#[derive(Debug, Default)]
pub(crate) struct Form(HashMap<String, String>);

impl Form {
    /// Parses a form body, checking its content type.
    pub(crate) fn parse(headers: &HeaderMap, body: &Bytes) -> Result<Self, OAuthError> {
        let ct = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let mime = ct.split(';').next().unwrap_or("").trim();
        if !mime.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
            return Err(OAuthError::invalid_request(
                "send the parameters as an application/x-www-form-urlencoded body",
            ));
        }
        if body.len() > MAX_FORM {
            return Err(OAuthError::invalid_request("the form body is too large"));
        }
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
            .map_err(|_| OAuthError::invalid_request("the form body is not valid URL encoding"))?;
        let mut map = HashMap::with_capacity(pairs.len());
        for (k, v) in pairs {
            if v.is_empty() {
                continue;
            }
            if map.contains_key(&k) {
                return Err(OAuthError::invalid_request(format!(
                    "parameter '{k}' is repeated"
                )));
            }
            map.insert(k, v);
        }
        Ok(Self(map))
    }

    /// A parameter, `None` when absent or empty.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// A required parameter.
    pub(crate) fn require(&self, key: &str) -> Result<&str, OAuthError> {
        self.get(key).ok_or_else(|| {
            OAuthError::invalid_request(format!("missing required parameter '{key}'"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(ct: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, ct.parse().unwrap());
        h
    }

    #[test]
    fn parse_rules() {
        let f = Form::parse(
            &headers("application/x-www-form-urlencoded; charset=UTF-8"),
            &Bytes::from("a=1&b=&c=x%20y"),
        )
        .unwrap();
        assert_eq!(f.get("a"), Some("1"));
        assert_eq!(f.get("b"), None);
        assert_eq!(f.get("c"), Some("x y"));
        assert_eq!(f.require("b").unwrap_err().code, "invalid_request");
        let dup = Form::parse(
            &headers("application/x-www-form-urlencoded"),
            &Bytes::from("a=1&a=2"),
        )
        .unwrap_err();
        assert!(dup.description.contains("'a' is repeated"));
        assert_eq!(
            Form::parse(&headers("application/json"), &Bytes::from("{}"))
                .unwrap_err()
                .code,
            "invalid_request"
        );
    }
}
