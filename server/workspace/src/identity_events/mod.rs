//! The in-process bus of identity events: a relay reads the outbox the identity
//! module writes (each event stored in the transaction of its change) in order, and
//! hands every event to each consumer: [`audit`] (identity administration in the
//! workspace audit log) and [`provisioning`] (a new user's docs, drive and calendar).
//!
//! Delivery is at least once; each consumer records what it applied in the outbox's
//! delivery table and skips an event it already applied, so a redelivery (a relay
//! restarted mid-pass, two replicas relaying one outbox) is applied once. An event a
//! consumer fails on is retried on the next pass; after [`MAX_ATTEMPTS`] failures it
//! is set aside (dead-lettered: logged and recorded as `dead:<consumer>`) so one bad
//! event does not stop the others.

mod audit;
mod provisioning;

use std::collections::HashMap;
use std::time::Duration;

use tokio::task::JoinHandle;
use ws_storage::{IdentityEvent, StoreResult, StoredEvent};

use crate::error::ApiResult;
use crate::state::WorkspaceState;

/// Failed deliveries of one event to one consumer before it is dead-lettered.
pub const MAX_ATTEMPTS: u32 = 5;
/// How often the server's relay looks for new events (the lag of a change to its
/// audit entry is at most this plus the delivery).
pub const RELAY_INTERVAL: Duration = Duration::from_millis(250);
/// Events read from the outbox per round trip.
const BATCH: u64 = 200;

/// A consumer: a name (its key in the delivery table) and what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Consumer {
    Audit,
    Provisioning,
}

impl Consumer {
    const ALL: [Consumer; 2] = [Consumer::Audit, Consumer::Provisioning];

    fn name(self) -> &'static str {
        match self {
            Consumer::Audit => "audit",
            Consumer::Provisioning => "provisioning",
        }
    }

    async fn apply(self, state: &WorkspaceState, event: &IdentityEvent) -> ApiResult<()> {
        match self {
            Consumer::Audit => audit::apply(state, event).await,
            Consumer::Provisioning => provisioning::apply(state, event).await,
        }
    }
}

/// The relay's position in the outbox and the failures it counts.
#[derive(Debug, Default)]
pub struct Relay {
    after_seq: i64,
    failures: HashMap<(String, &'static str), u32>,
}

impl Relay {
    /// A relay at the start of the outbox (what was applied before is skipped by the
    /// consumers' delivery records).
    pub fn new() -> Self {
        Self::default()
    }

    /// Delivers every event stored so far to every consumer; returns how many events
    /// were passed over. An event some consumer failed on (and has not yet given up
    /// on) stops the pass there, to be retried from it next time.
    pub async fn deliver_pending(&mut self, state: &WorkspaceState) -> StoreResult<usize> {
        let mut passed = 0;
        loop {
            let batch = state
                .store
                .identity_events
                .list_events(self.after_seq, BATCH)
                .await?;
            if batch.is_empty() {
                return Ok(passed);
            }
            for stored in &batch {
                if !self.deliver(state, stored).await? {
                    return Ok(passed);
                }
                self.after_seq = stored.seq;
                passed += 1;
            }
        }
    }

    /// Hands one event to each consumer that has not applied it; `false` when one
    /// failed and will be retried.
    async fn deliver(&mut self, state: &WorkspaceState, stored: &StoredEvent) -> StoreResult<bool> {
        let events = &state.store.identity_events;
        let event = &stored.event;
        let mut complete = true;
        for consumer in Consumer::ALL {
            let name = consumer.name();
            if events.was_applied(name, &event.id).await? {
                continue;
            }
            match consumer.apply(state, event).await {
                Ok(()) => {
                    events.mark_applied(name, &event.id, now_ms(state)).await?;
                    self.failures.remove(&(event.id.clone(), name));
                }
                Err(e) => {
                    let key = (event.id.clone(), name);
                    let tries = self.failures.entry(key.clone()).or_default();
                    *tries += 1;
                    if *tries >= MAX_ATTEMPTS {
                        tracing::error!(consumer = name, event_id = %event.id, event_type = %event.event_type,
                            error = %e.message, "identity event dead-lettered after {MAX_ATTEMPTS} failed deliveries");
                        let dead = format!("dead:{name}");
                        events.mark_applied(&dead, &event.id, now_ms(state)).await?;
                        events.mark_applied(name, &event.id, now_ms(state)).await?;
                        self.failures.remove(&key);
                    } else {
                        tracing::warn!(consumer = name, event_id = %event.id, error = %e.message,
                            "identity event delivery failed; retrying");
                        complete = false;
                    }
                }
            }
        }
        Ok(complete)
    }
}

fn now_ms(state: &WorkspaceState) -> i64 {
    state.now().saturating_mul(1000)
}

/// Runs a relay every `every` until the handle is aborted.
pub fn spawn(state: WorkspaceState, every: Duration) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut relay = Relay::new();
        let mut ticks = tokio::time::interval(every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(e) = relay.deliver_pending(&state).await {
                tracing::warn!(error = %e, "reading the identity outbox failed; retrying later");
            }
        }
    })
}
