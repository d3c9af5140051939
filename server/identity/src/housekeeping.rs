//! Periodic clean-up of the provider's short-lived records: expired sessions,
//! authorization and device codes, refresh tokens and access-token revocations.
//!
//! Without it those tables only grow: every login, device flow and refresh leaves
//! rows whose expiry has passed. Nothing reads an expired row (each lookup checks
//! `expires_at`), so purging changes no answer; it only bounds the database.

use std::time::Duration;

use tokio::task::JoinHandle;

use crate::IdentityState;

/// How often [`spawn`] purges. Expired rows are harmless until purged, so this only
/// bounds how many accumulate; ten minutes keeps the work per run small.
pub const PURGE_INTERVAL: Duration = Duration::from_secs(600);

/// Deletes every record that expired before the state's current time; returns how
/// many rows went.
pub async fn purge_once(state: &IdentityState) -> Result<u64, ws_storage::StorageError> {
    let now = state.clock.now();
    let purged = state.store.oidc.purge_expired(now).await?
        + state
            .store
            .second_factors
            .purge_expired_login_challenges(now)
            .await?;
    if purged > 0 {
        tracing::debug!(
            purged,
            "purged expired sessions, codes, tokens and sign-in challenges"
        );
    }
    Ok(purged)
}

/// Runs [`purge_once`] every `every` (first run after one interval) until the task
/// is aborted. A failed run is logged and retried at the next tick.
pub fn spawn(state: IdentityState, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        // The first tick completes at once; start-up has nothing expired worth a query.
        ticks.tick().await;
        loop {
            ticks.tick().await;
            if let Err(e) = purge_once(&state).await {
                tracing::warn!(error = %e, "purging expired records failed; retrying later");
            }
        }
    })
}
