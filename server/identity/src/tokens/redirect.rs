//! Redirect URI matching: exact, except that a registered loopback IP redirect
//! (`http://127.0.0.1/...`, `http://[::1]/...`) matches any port (RFC 8252 §7.3),
//! because a native app binds whatever port is free at login time.

use url::{Host, Url};

/// Whether `presented` is acceptable for the `registered` redirect URI.
pub fn redirect_uri_matches(registered: &str, presented: &str) -> bool {
    if registered == presented {
        return true;
    }
    let (Ok(r), Ok(p)) = (Url::parse(registered), Url::parse(presented)) else {
        return false;
    };
    let loopback = |u: &Url| match u.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        _ => false,
    };
    r.scheme() == "http"
        && p.scheme() == "http"
        && loopback(&r)
        && r.host() == p.host()
        && r.path() == p.path()
        && r.query() == p.query()
        && r.fragment().is_none()
        && p.fragment().is_none()
        && r.username().is_empty()
        && p.username().is_empty()
        && p.password().is_none()
}

/// Whether `presented` matches any of the `registered` redirect URIs.
pub fn redirect_uri_allowed(registered: &[String], presented: &str) -> bool {
    registered.iter().any(|r| redirect_uri_matches(r, presented))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_any_port_others_exact() {
        assert!(redirect_uri_matches("http://127.0.0.1/callback", "http://127.0.0.1:53123/callback"));
        assert!(redirect_uri_matches("http://127.0.0.1:8000/callback", "http://127.0.0.1:1/callback"));
        assert!(redirect_uri_matches("http://[::1]/cb", "http://[::1]:4000/cb"));
        assert!(!redirect_uri_matches("http://127.0.0.1/callback", "http://127.0.0.1:5/other"));
        assert!(!redirect_uri_matches("http://127.0.0.1/cb", "http://127.0.0.2:5/cb"));
        assert!(!redirect_uri_matches("http://127.0.0.1/cb", "http://[::1]:5/cb"));
        assert!(!redirect_uri_matches("https://app.example/cb", "https://app.example:444/cb"));
        assert!(!redirect_uri_matches("http://localhost/cb", "http://localhost:9/cb"));
        assert!(redirect_uri_matches("https://app.example/cb", "https://app.example/cb"));
        assert!(!redirect_uri_matches("http://127.0.0.1/cb", "http://127.0.0.1:5/cb?x=1"));
        assert!(!redirect_uri_matches("http://127.0.0.1/cb", "http://evil@127.0.0.1:5/cb"));
        assert!(redirect_uri_allowed(&["x".into(), "http://127.0.0.1/cb".into()], "http://127.0.0.1:7/cb"));
    }
}
