//! The pure state machine: [`update`] applies one [`Msg`] to the [`Model`] and returns
//! the [`Effect`]s (loads, writes) for the driver to run. Nothing here does IO or reads
//! a clock, so every behaviour is unit-tested by feeding messages.

mod actions;
// docs/drive
mod files;
mod overlays;
// calendar/audit
mod audit;
mod calendar;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind};

use crate::keymap::Key;
use crate::model::{Model, Tab};
use crate::msg::{Data, Effect, Msg, Resource};

pub use actions::act;

/// Runs a table operation on the current list view's table (no-op elsewhere).
macro_rules! on_table {
    ($m:expr, $t:ident => $body:expr) => {
        match $m.tab {
            $crate::model::Tab::Users => {
                let $t = &mut $m.users;
                Some($body)
            }
            $crate::model::Tab::Orgs => {
                let $t = &mut $m.orgs;
                Some($body)
            }
            $crate::model::Tab::Projects => {
                let $t = &mut $m.projects;
                Some($body)
            }
            $crate::model::Tab::Grants => {
                let $t = &mut $m.grants;
                Some($body)
            }
            $crate::model::Tab::Authz => {
                let $t = &mut $m.authz;
                Some($body)
            }
            // calendar/audit
            $crate::model::Tab::Calendar => {
                let $t = &mut $m.cal.table;
                Some($body)
            }
            $crate::model::Tab::Audit => {
                let $t = &mut $m.audit.table;
                Some($body)
            }
            // docs/drive
            $crate::model::Tab::Docs => {
                let $t = &mut $m.files.docs;
                Some($body)
            }
            $crate::model::Tab::Drive => {
                let $t = &mut $m.files.drive.table;
                Some($body)
            }
            _ => None,
        }
    };
}
pub(crate) use on_table;

/// The effects to run when the dashboard starts: everything the Overview shows.
pub fn init(model: &mut Model) -> Vec<Effect> {
    let mut effects = refresh(model, &Tab::Overview.resources());
    effects.extend(workspace(model)); // calendar/audit
    effects
}

// calendar/audit
/// The workspace loads of the current view: calendars and the week on Calendar;
/// counts and calendars on the Overview; the audit follow task (started once) on
/// Overview and Audit.
pub(crate) fn workspace(model: &mut Model) -> Vec<Effect> {
    let mut effects = Vec::new();
    match model.tab {
        Tab::Overview => {
            effects.extend(audit::follow(model));
            effects.extend(audit::count(model));
            effects.extend(calendar::load_calendars(model));
        }
        Tab::Calendar => effects.extend(calendar::reload(model)),
        Tab::Audit => effects.extend(audit::follow(model)),
        _ => {}
    }
    effects
}

/// Applies a message; returns what the driver must do next.
pub fn update(model: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => on_key(model, key),
        Msg::Mouse(m) => on_mouse(model, m),
        Msg::Resize(w, h) => {
            model.size = (w, h);
            let page = model.page();
            on_table!(model, t => t.scroll_into_view(page));
            Vec::new()
        }
        Msg::Tick => on_tick(model),
        Msg::Loaded(data) => {
            on_loaded(model, data);
            Vec::new()
        }
        Msg::Failed(res, err) => {
            on_failed(model, res, err);
            Vec::new()
        }
        Msg::Wrote(op, result) => actions::on_wrote(model, op, result),
        // calendar/audit
        Msg::Cal(m) => calendar::on_msg(model, m),
        Msg::Audit(m) => audit::on_msg(model, m),
        Msg::Counts(c) => {
            audit::on_counts(model, c);
            Vec::new()
        }
        // docs/drive
        Msg::Files(m) => files::on_msg(model, m),
    }
}

/// What the current view shows and a refresh reloads: [`Tab::resources`] plus what
/// depends on the view's state (the Drive's current folder).
pub fn resources(model: &Model) -> Vec<Resource> {
    let mut r = model.tab.resources();
    r.extend(files::extra_resources(model));
    r
}

/// Starts loads of `resources` that are not already in flight.
pub fn refresh(model: &mut Model, resources: &[Resource]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for r in resources {
        if model.inflight.insert(r.clone()) {
            set_loading(model, r, true);
            effects.push(Effect::Load(r.clone()));
        }
    }
    effects
}

fn set_loading(model: &mut Model, res: &Resource, on: bool) {
    match res {
        Resource::Users => model.users.loading = on,
        Resource::Orgs => model.orgs.loading = on,
        Resource::Projects => model.projects.loading = on,
        Resource::Grants => model.grants.loading = on,
        Resource::Authz => model.authz.loading = on,
        Resource::Me | Resource::Health | Resource::Roles(_) => {}
        // docs/drive
        Resource::Docs | Resource::Doc(_) | Resource::Drive(_) | Resource::Shares(_) => {
            files::set_loading(model, res, on);
        }
    }
}

/// A short name for status messages.
pub fn label(res: &Resource) -> &'static str {
    match res {
        Resource::Me => "identity",
        Resource::Health => "server health",
        Resource::Users => "users",
        Resource::Orgs => "organizations",
        Resource::Projects => "projects",
        Resource::Roles(_) => "roles",
        Resource::Grants => "project grants",
        Resource::Authz => "authorizations",
        // docs/drive
        Resource::Docs => "docs",
        Resource::Doc(_) => "the doc",
        Resource::Drive(_) => "drive items",
        Resource::Shares(_) => "shares",
    }
}

fn on_tick(model: &mut Model) -> Vec<Effect> {
    model.since_refresh += 1;
    if model.paused || model.since_refresh < model.settings.refresh_secs.max(1) {
        return Vec::new();
    }
    model.since_refresh = 0;
    let mut effects = refresh(model, &resources(model));
    effects.extend(workspace(model)); // calendar/audit
    effects
}

fn on_loaded(model: &mut Model, data: Data) {
    let res = data.resource();
    model.inflight.remove(&res);
    if model.offline.take().is_some() {
        model.info(format!(
            "Connected again: {} loaded",
            label(&data.resource())
        ));
    }
    match data {
        Data::Me(me) => model.me = Some(me),
        Data::Health(h) => model.health = Some(h),
        Data::Users(rows) => model.users.set_rows(rows),
        Data::Orgs(rows) => model.orgs.set_rows(rows),
        Data::Projects(rows) => model.projects.set_rows(rows),
        Data::Roles(pid, rows) => model.roles = Some((pid, rows)),
        Data::Grants(rows) => model.grants.set_rows(rows),
        Data::Authz(rows) => model.authz.set_rows(rows),
        // docs/drive
        d @ (Data::Docs(_) | Data::Doc(_) | Data::Drive(..) | Data::Shares(..)) => {
            files::on_loaded(model, d);
        }
    }
    // docs/drive
    files::after_loaded(model, &res);
    let page = model.page();
    on_table!(model, t => t.scroll_into_view(page));
}

fn on_failed(model: &mut Model, res: Resource, err: String) {
    model.inflight.remove(&res);
    set_loading(model, &res, false);
    let msg = format!("cannot load {}: {err}", label(&res));
    match res {
        Resource::Users => model.users.error = Some(err.clone()),
        Resource::Orgs => model.orgs.error = Some(err.clone()),
        Resource::Projects => model.projects.error = Some(err.clone()),
        Resource::Grants => model.grants.error = Some(err.clone()),
        Resource::Authz => model.authz.error = Some(err.clone()),
        Resource::Health => model.health = None,
        Resource::Me | Resource::Roles(_) => {}
        // docs/drive
        Resource::Docs | Resource::Doc(_) | Resource::Drive(_) | Resource::Shares(_) => {
            files::on_failed(model, &res, &err);
        }
    }
    model.offline = Some(err);
    model.error(msg);
}

fn on_key(model: &mut Model, key: KeyEvent) -> Vec<Effect> {
    if key.kind == KeyEventKind::Release {
        return Vec::new();
    }
    // Ctrl-C always quits, whatever the keymap or overlay says.
    if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
        model.quit = true;
        return Vec::new();
    }
    if model.overlay.is_some() {
        return overlays::on_key(model, key);
    }
    let action = model.settings.keymap.action(&Key::from_event(&key));
    if model.too_small() {
        // Only quitting makes sense until the terminal is big enough again.
        if action == Some(crate::keymap::Action::Quit) {
            model.quit = true;
        }
        return Vec::new();
    }
    match action {
        Some(a) => act(model, a),
        None => Vec::new(),
    }
}

fn on_mouse(model: &mut Model, m: MouseEvent) -> Vec<Effect> {
    if model.overlay.is_some() || model.too_small() {
        return Vec::new();
    }
    let page = model.page();
    match m.kind {
        MouseEventKind::ScrollDown => {
            on_table!(model, t => t.move_by(3, page));
        }
        MouseEventKind::ScrollUp => {
            on_table!(model, t => t.move_by(-3, page));
        }
        MouseEventKind::Down(_) if m.row == 0 => {
            if let Some(tab) = crate::view::tab_at(model, m.column) {
                return actions::switch(model, tab);
            }
        }
        // Data rows start below the tab bar, the table border and its header.
        MouseEventKind::Down(_) if m.row >= 3 => {
            let row = usize::from(m.row - 3);
            on_table!(model, t => { let pos = t.offset() + row; if pos < t.len() { t.select(pos, page) } });
        }
        _ => {}
    }
    Vec::new()
}

/// Closes the overlay.
pub(crate) fn close(model: &mut Model) {
    model.overlay = None;
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_calaudit; // calendar/audit

/// The current list view's filter text (the status line shows it while typing).
pub fn current_filter(model: &Model) -> String {
    match model.tab {
        Tab::Users => model.users.filter().to_owned(),
        Tab::Orgs => model.orgs.filter().to_owned(),
        Tab::Projects => model.projects.filter().to_owned(),
        Tab::Grants => model.grants.filter().to_owned(),
        Tab::Authz => model.authz.filter().to_owned(),
        // calendar/audit
        Tab::Calendar => model.cal.table.filter().to_owned(),
        Tab::Audit => model.audit.table.filter().to_owned(),
        // docs/drive
        Tab::Docs => model.files.docs.filter().to_owned(),
        Tab::Drive => model.files.drive.table.filter().to_owned(),
        _ => String::new(),
    }
}
