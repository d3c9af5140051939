//! The event loop: draws the model, then waits (`tokio::select!`) for a terminal event,
//! a result from a background task, a one-second tick or a termination signal; feeds it
//! to `update`, and spawns each returned effect as a task. The terminal is restored by a
//! drop guard on every exit path, and by `ratatui::init`'s panic hook on a panic.

use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event, EventStream};
use futures::StreamExt;
use tokio::sync::mpsc;
use ws_client::Session;

use crate::model::{Model, Settings};
use crate::msg::{Effect, Msg};
use crate::{effects, update, view};

/// Why the dashboard stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading from or drawing to the terminal failed.
    #[error("terminal error: {0}")]
    Terminal(#[from] std::io::Error),
}

/// Restores the terminal (raw mode off, alternate screen left, mouse released) on drop.
struct Restore {
    mouse: bool,
}

impl Drop for Restore {
    fn drop(&mut self) {
        if self.mouse {
            let _ = crossterm::execute!(std::io::stdout(), DisableMouseCapture);
        }
        ratatui::restore();
    }
}

/// Runs the dashboard on the current terminal until the user quits.
pub async fn run(session: Session, settings: Settings, mouse: bool) -> Result<(), Error> {
    let mut terminal = ratatui::init();
    let _restore = Restore { mouse };
    if mouse {
        crossterm::execute!(std::io::stdout(), EnableMouseCapture)?;
    }
    let size = terminal.size()?;
    let mut model = Model::new(settings, (size.width, size.height));
    let session = Arc::new(session);
    let (tx, mut rx) = mpsc::unbounded_channel::<Msg>();
    // docs/drive: running transfers, so a cancel can stop them.
    let mut jobs = effects::files::Jobs::default();
    let mut spawn = |effects: Vec<Effect>| {
        for effect in effects {
            if let Effect::Files(f) = effect {
                jobs.start(&session, &tx, f);
                continue;
            }
            let (session, tx) = (session.clone(), tx.clone());
            // calendar/audit: the audit tail answers many times, for the whole session.
            if effect == Effect::FollowAudit {
                tokio::spawn(crate::live::follow(session, tx));
                continue;
            }
            tokio::spawn(async move {
                let _ = tx.send(effects::run(&session, effect).await);
            });
        }
    };
    spawn(update::init(&mut model));
    let mut events = EventStream::new();
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut stop = std::pin::pin!(terminated());
    while !model.quit {
        terminal.draw(|f| view::draw(f, &model))?;
        let msg = tokio::select! {
            ev = events.next() => match ev {
                Some(Ok(Event::Key(k))) => Msg::Key(k),
                Some(Ok(Event::Mouse(m))) if mouse => Msg::Mouse(m),
                Some(Ok(Event::Resize(w, h))) => Msg::Resize(w, h),
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Err(e.into()),
                None => break,
            },
            Some(msg) = rx.recv() => msg,
            _ = tick.tick() => Msg::Tick,
            () = &mut stop => break,
        };
        spawn(update::update(&mut model, msg));
    }
    Ok(())
}

/// Resolves on SIGINT, SIGTERM or SIGHUP (Ctrl-C itself arrives as a key in raw mode).
async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
            _ = hup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
