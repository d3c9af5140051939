//! The `ws dashboard` terminal UI (ratatui + crossterm). Depends on `ws-client`, never
//! on `ws-cli`; logs nothing to the terminal it draws on.
//!
//! Elm architecture (STYLE.md §3 item 13): [`model::Model`] is the whole state,
//! [`update::update`] a pure `(Model, Msg) → Vec<Effect>`, [`view::draw`] a pure function
//! of the model (one file per view under `view/`), and [`driver`] the only part that
//! touches the terminal and the network (through [`effects`], in background tasks).
//!
//! Map: [`data`] (rows), [`table`] (filter, selection, scroll window), [`keymap`]
//! (actions, `keymap.toml`), [`form`] (write dialogs), [`palette`] (fuzzy commands),
//! [`msg`] (messages, effects, the equivalent `ws` command of each write).
//! Calendar and audit: [`calendar`] and [`audit`] (their state, messages, effects),
//! [`live`] (their network work, including the audit follow task).

pub mod audit;
pub mod calendar;
pub mod data;
pub mod driver;
pub mod effects;
pub mod files;
pub mod form;
pub mod keymap;
pub mod live;
pub mod model;
pub mod msg;
pub mod palette;
pub mod table;
pub mod update;
pub mod view;

pub use driver::{Error, run};
pub use model::{Model, Settings};
