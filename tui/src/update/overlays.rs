//! Keys while an overlay is open: the filter line, help (filterable), the palette,
//! details, and forms. `Esc` always goes back one step.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{act, close, on_table};
use crate::keymap::{Action, Key};
use crate::model::{Model, Overlay};
use crate::msg::Effect;

/// Routes a key to the open overlay.
pub(super) fn on_key(model: &mut Model, key: KeyEvent) -> Vec<Effect> {
    match model.overlay.take() {
        Some(Overlay::Filter(prev)) => filter_key(model, key, prev),
        Some(Overlay::Help(text, scroll)) => {
            model.overlay = match key.code {
                KeyCode::Down | KeyCode::PageDown => Some(Overlay::Help(text, scroll + 1)),
                KeyCode::Up | KeyCode::PageUp => {
                    Some(Overlay::Help(text, scroll.saturating_sub(1)))
                }
                _ => edit(key, text).map(|t| Overlay::Help(t, 0)),
            };
            Vec::new()
        }
        Some(Overlay::Palette(input, sel)) => palette_key(model, key, input, sel),
        Some(Overlay::Details) => details_key(model, key),
        Some(Overlay::Form(form)) => form_key(model, key, form),
        None => Vec::new(),
    }
}

/// Line editing: `Some(new text)`, or `None` when `Esc` closes.
fn edit(key: KeyEvent, mut text: String) -> Option<String> {
    match key.code {
        KeyCode::Esc => return None,
        KeyCode::Backspace => {
            text.pop();
        }
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => text.push(c),
        _ => {}
    }
    Some(text)
}

fn filter_key(model: &mut Model, key: KeyEvent, prev: String) -> Vec<Effect> {
    let current = on_table!(model, t => t.filter().to_owned()).unwrap_or_default();
    match key.code {
        KeyCode::Enter => {}
        KeyCode::Esc => {
            on_table!(model, t => t.set_filter(&prev));
        }
        _ => {
            let next = edit(key, current).unwrap_or_default();
            on_table!(model, t => t.set_filter(&next));
            model.overlay = Some(Overlay::Filter(prev));
        }
    }
    Vec::new()
}

fn palette_key(model: &mut Model, key: KeyEvent, input: String, sel: usize) -> Vec<Effect> {
    let found = crate::palette::matches(&input);
    match key.code {
        KeyCode::Enter => match found.get(sel) {
            Some(&a) => return act(model, a),
            None => model.error(format!("no command matches '{input}'")),
        },
        KeyCode::Tab => {
            let completed = found.get(sel).map_or(input, |a| a.name().to_owned());
            model.overlay = Some(Overlay::Palette(completed, 0));
        }
        KeyCode::Down => {
            let last = found.len().saturating_sub(1);
            model.overlay = Some(Overlay::Palette(input, (sel + 1).min(last)));
        }
        KeyCode::Up => model.overlay = Some(Overlay::Palette(input, sel.saturating_sub(1))),
        _ => {
            if let Some(text) = edit(key, input) {
                model.overlay = Some(Overlay::Palette(text, 0));
            }
        }
    }
    Vec::new()
}

/// In details, movement follows the list and write actions act on the shown row.
fn details_key(model: &mut Model, key: KeyEvent) -> Vec<Effect> {
    model.overlay = Some(Overlay::Details);
    let action = model.settings.keymap.action(&Key::from_event(&key));
    match action {
        Some(Action::Back | Action::Details) => close(model),
        Some(
            Action::Up
            | Action::Down
            | Action::Home
            | Action::End
            | Action::PageUp
            | Action::PageDown,
        ) => {
            let effects = act(model, action.unwrap_or(Action::Up));
            // The roles pane follows the selected project (calendar/audit: and the
            // event pane the selected occurrence).
            if matches!(
                model.tab,
                crate::model::Tab::Projects | crate::model::Tab::Calendar
            ) {
                return act(model, Action::Details);
            }
            // docs/drive: so do a doc's text and an item's shares.
            if let Some(effects) = super::files::follow(model) {
                return effects;
            }
            return effects;
        }
        Some(
            a @ (Action::Quit
            | Action::Help
            | Action::Deactivate
            | Action::Reactivate
            | Action::Lock
            | Action::Unlock
            | Action::ResetPassword
            | Action::AssignRole
            | Action::Refresh
            | Action::Pause
            // calendar/audit
            | Action::Accept
            | Action::Decline
            | Action::Tentative
            // docs/drive
            | Action::Share
            | Action::Download
            | Action::Transfers),
        ) => return act(model, a),
        _ => {}
    }
    Vec::new()
}

fn form_key(model: &mut Model, key: KeyEvent, mut form: crate::form::Form) -> Vec<Effect> {
    match key.code {
        KeyCode::Esc => {
            close(model);
            return Vec::new();
        }
        KeyCode::Tab | KeyCode::Down => form.focus_by(1),
        KeyCode::BackTab | KeyCode::Up => form.focus_by(-1),
        KeyCode::Backspace => form.backspace(),
        KeyCode::Enter if !form.on_last() => form.focus_by(1),
        KeyCode::Enter if form.busy => {}
        KeyCode::Enter => {
            // docs/drive: a download writes nothing on the server.
            let writes = form.to_op().map_or(true, |op| op.writes());
            if model.settings.readonly && writes {
                form.error = Some("read-only: writes are disabled".into());
            } else {
                match form.to_op().map(|op| super::files::submit(model, op)) {
                    Ok(Ok(effects)) => return effects,
                    Ok(Err(op)) => {
                        form.busy = true;
                        form.error = None;
                        model.overlay = Some(Overlay::Form(form));
                        return vec![Effect::Write(*op)];
                    }
                    Err(e) => form.error = Some(e),
                }
            }
        }
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => form.type_char(c),
        _ => {}
    }
    model.overlay = Some(Overlay::Form(form));
    Vec::new()
}
