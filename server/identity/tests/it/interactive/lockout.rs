//! The lockout policy (a maximum of wrong passwords that locks the user until an
//! administrator unlocks it) and the throttle per (account, client address), both
//! through the real sign-in form.

use axum::http::StatusCode;
use serde_json::json;
use ws_identity::interactive::login::{ACCOUNT_UNAVAILABLE, INVALID_CREDENTIALS};
use ws_storage::UserState;

use super::fixture::*;

const UNLOCK: &str = "/zitadel.user.v2.UserService/UnlockUser";

/// A browser at `addr` with the sign-in form open.
async fn browser(f: &Fixture, addr: &str) -> (Client, Resp) {
    let mut c = f.client();
    c.peer = Some(addr.parse().unwrap());
    let page = c.get(&authorize_url(&[])).await;
    (c, page)
}

async fn alice_state(f: &Fixture) -> UserState {
    let user = f.state.store.users.get_user(&f.alice_id).await.unwrap();
    user.unwrap().state
}

#[tokio::test]
async fn max_wrong_passwords_lock_until_an_administrator_unlocks() {
    let f = Fixture::with_config(|c| c.max_password_attempts = 3).await;
    let addrs = ["198.51.100.1:1", "198.51.100.2:1", "198.51.100.3:1"];
    // Two failures, then the right password: the count starts again.
    for addr in &addrs[..2] {
        let (mut c, page) = browser(&f, addr).await;
        let r = sign_in(&mut c, &page, "alice", "guess").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let (mut c, page) = browser(&f, addrs[0]).await;
    assert_eq!(
        sign_in(&mut c, &page, "alice", PASSWORD).await.status,
        StatusCode::FOUND
    );
    for addr in &addrs[..2] {
        let (mut c, page) = browser(&f, addr).await;
        sign_in(&mut c, &page, "ALICE@acme.example", "guess").await;
    }
    assert_eq!(
        alice_state(&f).await,
        UserState::Active,
        "reset by the success"
    );

    // The third wrong password in a row locks, whatever address each came from.
    let (mut c, page) = browser(&f, addrs[2]).await;
    let r = sign_in(&mut c, &page, "alice", "guess").await;
    assert!(
        r.body.contains(INVALID_CREDENTIALS),
        "locking says nothing new"
    );
    assert_eq!(alice_state(&f).await, UserState::Locked);
    let (mut c, page) = browser(&f, "203.0.113.9:1").await;
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains(ACCOUNT_UNAVAILABLE));

    let admin = f.admin_token().await;
    let unlocked = f
        .connect(&admin, UNLOCK, json!({"userId": f.alice_id}))
        .await;
    assert_eq!(unlocked, StatusCode::OK);
    let r = sign_in(&mut c, &page, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
    // The unlock started the count afresh: two failures do not lock again.
    for addr in &addrs[..2] {
        let (mut c, page) = browser(&f, addr).await;
        sign_in(&mut c, &page, "alice", "guess").await;
    }
    assert_eq!(alice_state(&f).await, UserState::Active);
}

#[tokio::test]
async fn no_lockout_when_the_policy_is_off() {
    let f = Fixture::new().await;
    for i in 0..30 {
        let (mut c, page) = browser(&f, &format!("198.51.100.{i}:1")).await;
        let r = sign_in(&mut c, &page, "alice", "guess").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(alice_state(&f).await, UserState::Active);
}

#[tokio::test]
async fn throttle_is_per_account_and_address() {
    let f = Fixture::new().await;
    let (mut noisy, page) = browser(&f, "198.51.100.7:40000").await;
    for _ in 0..10 {
        let r = sign_in(&mut noisy, &page, "alice", "guess").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let r = sign_in(&mut noisy, &page, "alice", PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "this address waits"
    );

    // The right password from another address is never refused.
    let (mut other, page2) = browser(&f, "198.51.100.8:40000").await;
    let r = sign_in(&mut other, &page2, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);

    // Another user behind the throttled address is not refused either (ivan's
    // right password reaches the account check instead of a 429).
    let r = sign_in(&mut noisy, &page, "ivan", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains(ACCOUNT_UNAVAILABLE));
}

#[tokio::test]
async fn the_address_resolved_by_the_server_is_the_one_throttled() {
    // Behind a trusted reverse proxy every connection comes from the proxy; the
    // server puts the forwarded client address in the request, and the throttle
    // must key on that one, not on the proxy's.
    let f = Fixture::new().await;
    let (mut attacker, page) = browser(&f, "10.0.0.1:1").await;
    attacker.client_ip = Some("198.51.100.66".into());
    for _ in 0..10 {
        sign_in(&mut attacker, &page, "alice", "guess").await;
    }
    let (mut user, page2) = browser(&f, "10.0.0.1:2").await;
    user.client_ip = Some("198.51.100.67".into());
    let r = sign_in(&mut user, &page2, "alice", PASSWORD).await;
    assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
}
