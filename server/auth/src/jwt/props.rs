//! Property tests of JWT checks: arbitrary strings never panic the token reader,
//! and tokens with generated headers and claims, signed with a real RSA key, are
//! accepted exactly when every check holds (key, algorithm, type, issuer, audience,
//! lifetime, subject, not an ID token); a token whose bytes changed after signing
//! is never accepted.

use std::time::{Duration, SystemTime};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::{Map, Value, json};

use super::validate;
use crate::clock::Clock;
use crate::config::{AuthConfig, Secret};
use crate::error::Reason;
use crate::keys::StaticKeys;
use crate::token::{self, TokenKind};

const ISSUER: &str = "http://idp";
const AUDIENCE: &str = "p1";
const NOW: i64 = 1_800_000_000;
const LEEWAY: i64 = 60;

struct Fixed;

impl Clock for Fixed {
    fn now(&self) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(NOW as u64)
    }
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A fresh RSA key: its signer and the key set that publishes it as `k1`.
fn signing_key() -> (EncodingKey, StaticKeys) {
    let key = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
    let der = key.to_pkcs1_der().unwrap();
    let signer = EncodingKey::from_rsa_der(der.as_bytes());
    let set = serde_json::from_value(json!({"keys": [{
        "kty": "RSA", "kid": "k1", "use": "sig",
        "n": b64(&key.n().to_bytes_be()), "e": b64(&key.e().to_bytes_be()),
    }]}))
    .unwrap();
    (signer, StaticKeys::from_jwks(&set))
}

/// A field that is valid nine times in ten (so whole tokens are often valid and a
/// refusal usually has one cause); otherwise absent or one of `invalid`.
fn mostly(valid: Vec<Value>, invalid: Vec<Value>) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        9 => prop::sample::select(valid).prop_map(Some),
        1 => prop::option::of(prop::sample::select(invalid)),
    ]
}

fn header() -> impl Strategy<Value = Map<String, Value>> {
    let alg = mostly(
        vec![json!("RS256")],
        vec![
            json!("RS384"),
            json!("PS256"),
            json!("rs256"),
            json!("none"),
            json!("HS256"),
            json!("ES256"),
            json!(1),
        ],
    );
    let kid = mostly(vec![json!("k1")], vec![json!("k2"), json!(7), json!("")]);
    let typ = prop_oneof![
        Just(None),
        mostly(
            vec![json!("JWT"), json!("at+jwt"), json!("application/at+JWT")],
            vec![json!("id_token+jwt"), json!(""), json!(3)],
        ),
    ];
    let crit = prop::option::weighted(0.05, Just(json!(["exp"])));
    (alg, kid, typ, crit).prop_map(|(alg, kid, typ, crit)| {
        let mut h = Map::new();
        for (name, v) in [("alg", alg), ("kid", kid), ("typ", typ), ("crit", crit)] {
            if let Some(v) = v {
                h.insert(name.into(), v);
            }
        }
        h
    })
}

/// A NumericDate mostly in `valid` seconds from now, else outside it or not a number.
fn instant(
    valid: std::ops::Range<i64>,
    invalid: std::ops::Range<i64>,
) -> impl Strategy<Value = Option<Value>> {
    let odd = prop::sample::select(vec![
        json!("soon"),
        json!(1.5e300),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(null),
    ]);
    prop_oneof![
        9 => valid.prop_map(|d| Some(json!(NOW + d))),
        1 => invalid.prop_map(|d| Some(json!(NOW + d))),
        1 => prop::option::of(odd),
    ]
}

fn claims() -> impl Strategy<Value = Map<String, Value>> {
    let iss = mostly(
        vec![json!(ISSUER)],
        vec![json!("http://evil"), json!(1), json!("")],
    );
    let aud = mostly(
        vec![json!(AUDIENCE), json!([AUDIENCE, "x"])],
        vec![json!(["x"]), json!("p2"), json!([])],
    );
    let sub = mostly(vec![json!("u1")], vec![json!(""), json!(5)]);
    let id_only = prop::option::weighted(
        0.05,
        prop::sample::select(vec!["nonce", "at_hash", "c_hash"]),
    );
    let extra =
        prop::collection::btree_map("[a-z_]{1,8}", any::<i32>().prop_map(Value::from), 0..3);
    (
        iss,
        aud,
        sub,
        // exp, nbf, iat: each side of now plus or minus the leeway.
        instant(-LEEWAY..1000, -1000..-LEEWAY),
        instant(-1000..LEEWAY, LEEWAY + 1..1000),
        instant(-1000..LEEWAY, LEEWAY + 1..1000),
        id_only,
        extra,
    )
        .prop_map(|(iss, aud, sub, exp, nbf, iat, id_only, extra)| {
            let mut c: Map<String, Value> = extra.into_iter().collect();
            for name in super::ID_TOKEN_CLAIMS {
                c.remove(name);
            }
            for (name, v) in [
                ("iss", iss),
                ("aud", aud),
                ("sub", sub),
                ("exp", exp),
                ("nbf", nbf),
                ("iat", iat),
            ] {
                match v {
                    Some(v) => c.insert(name.into(), v),
                    None => c.remove(name),
                };
            }
            if let Some(name) = id_only {
                c.insert(name.into(), json!("x"));
            }
            c
        })
}

/// Whether a token with this header and these claims (and a good signature) should
/// be accepted, written from the checks' specification rather than the code.
fn should_accept(h: &Map<String, Value>, c: &Map<String, Value>) -> bool {
    let typ_ok = match h.get("typ") {
        None => true,
        Some(t) => t.as_str().is_some_and(|t| {
            ["jwt", "at+jwt", "application/at+jwt"].contains(&t.to_ascii_lowercase().as_str())
        }),
    };
    let aud_ok = match c.get("aud") {
        Some(Value::String(a)) => a == AUDIENCE,
        Some(Value::Array(a)) => a.contains(&json!(AUDIENCE)),
        _ => false,
    };
    let not_future = |name: &str| {
        c.get(name)
            .and_then(Value::as_i64)
            .is_none_or(|t| t <= NOW + LEEWAY)
    };
    let exp_ok = c
        .get("exp")
        .and_then(Value::as_i64)
        .is_some_and(|e| NOW <= e.saturating_add(LEEWAY));
    h.get("alg") == Some(&json!("RS256"))
        && h.get("kid") == Some(&json!("k1"))
        && !h.contains_key("crit")
        && typ_ok
        && c.get("iss") == Some(&json!(ISSUER))
        && aud_ok
        && exp_ok
        && not_future("nbf")
        && not_future("iat")
        && c.get("sub")
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
        && !super::ID_TOKEN_CLAIMS.iter().any(|n| c.contains_key(*n))
}

fn signed(
    signer: &EncodingKey,
    h: &Map<String, Value>,
    c: &Map<String, Value>,
) -> (String, String) {
    let input = format!(
        "{}.{}",
        b64(&serde_json::to_vec(h).unwrap()),
        b64(&serde_json::to_vec(c).unwrap())
    );
    let sig = jsonwebtoken::crypto::sign(input.as_bytes(), signer, Algorithm::RS256).unwrap();
    (input, sig)
}

#[test]
fn generated_tokens_are_accepted_exactly_when_every_check_holds() {
    let (signer, keys) = signing_key();
    let config = AuthConfig::new(ISSUER, AUDIENCE, "c", Secret::new("s"));
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    // A runner outside `proptest!` has no source file to keep failing cases beside.
    let config_cases = Config {
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config_cases);
    let strategy = (header(), claims(), any::<bool>());
    let accepted = std::sync::atomic::AtomicU32::new(0);
    runner
        .run(&strategy, |(h, c, tamper)| {
            let (input, sig) = signed(&signer, &h, &c);
            let jwt = if tamper {
                // The same header and signature over other claims.
                let mut other = c.clone();
                other.insert("sub".into(), json!("admin"));
                let (forged, _) = signed(&signer, &h, &other);
                format!("{forged}.{sig}")
            } else {
                format!("{input}.{sig}")
            };
            let got = rt.block_on(validate(&jwt, &config, &keys, &Fixed));
            let wanted = should_accept(&h, &c) && !tamper;
            prop_assert_eq!(
                got.is_ok(),
                wanted,
                "{:?} {:?} tamper={}: {:?}",
                h,
                c,
                tamper,
                got.err()
            );
            accepted.fetch_add(u32::from(wanted), std::sync::atomic::Ordering::Relaxed);
            Ok(())
        })
        .unwrap();
    // The generators must reach the accepting side too, or the test proves only refusals.
    assert!(accepted.into_inner() > 0, "no generated token was valid");
}

proptest! {
    #[test]
    fn any_string_is_classified_or_refused_without_panicking(s in "\\PC{0,64}|[A-Za-z0-9._~+/=-]{0,64}") {
        match token::classify(&s) {
            Ok(TokenKind::Jwt) => {
                prop_assert_eq!(s.split('.').count(), 3);
                if let Err(e) = token::header(&s) {
                    prop_assert!([Reason::MalformedToken, Reason::UnsupportedAlgorithm].contains(&e.reason));
                }
            }
            Ok(TokenKind::Opaque) => prop_assert!(!s.contains('.')),
            Err(e) => prop_assert_eq!(e.reason, Reason::MalformedToken),
        }
    }

    #[test]
    fn none_and_hmac_are_refused_in_any_spelling(
        alg in "[nN][oO][nN][eE]|[hH][sS](256|384|512|[0-9]{0,4})",
        rest in prop::collection::btree_map("[a-z]{1,5}", any::<i32>(), 0..4),
    ) {
        let mut h: Map<String, Value> = rest.into_iter().map(|(k, v)| (k, json!(v))).collect();
        h.insert("alg".into(), json!(alg));
        let jwt = format!("{}.e30.sig", b64(&serde_json::to_vec(&h).unwrap()));
        prop_assert_eq!(token::header(&jwt).unwrap_err().reason, Reason::UnsupportedAlgorithm);
    }
}
