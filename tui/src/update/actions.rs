//! What each [`Action`] does in the normal (no overlay) state, and how write results
//! come back: the status line, the form, and a reload of what changed.

use super::{on_table, refresh};
use crate::form::Form;
use crate::keymap::Action;
use crate::model::{Model, Overlay, Tab};
use crate::msg::{Effect, Resource, StateChange, WriteOp};

/// Performs an action (from a key, the palette or the details pane).
pub fn act(model: &mut Model, action: Action) -> Vec<Effect> {
    // docs/drive
    if let Some(effects) = super::files::act(model, action) {
        return effects;
    }
    let page = model.page();
    match action {
        Action::Quit => model.quit = true,
        Action::Help => model.overlay = Some(Overlay::Help(String::new(), 0)),
        Action::Palette => model.overlay = Some(Overlay::Palette(String::new(), 0)),
        Action::Filter if model.tab.is_list() => {
            let current = on_table!(model, t => t.filter().to_owned()).unwrap_or_default();
            model.overlay = Some(Overlay::Filter(current));
        }
        Action::NextTab | Action::PrevTab => {
            let n = Tab::ALL.len();
            let step = if action == Action::NextTab { 1 } else { n - 1 };
            return switch(model, Tab::ALL[(model.tab.index() + step) % n]);
        }
        Action::Refresh => {
            model.info("Refreshing…");
            model.since_refresh = 0;
            let mut effects = refresh(model, &super::resources(model));
            effects.extend(super::workspace(model)); // calendar/audit
            return effects;
        }
        Action::Pause => {
            model.paused = !model.paused;
            model.info(if model.paused {
                "Live refresh paused"
            } else {
                "Live refresh resumed"
            });
            if !model.paused {
                super::audit::resume(model); // calendar/audit
            }
        }
        Action::Up => {
            on_table!(model, t => t.move_by(-1, page));
        }
        Action::Down => {
            on_table!(model, t => t.move_by(1, page));
        }
        Action::PageUp => {
            on_table!(model, t => t.move_by(-(page as isize), page));
        }
        Action::PageDown => {
            on_table!(model, t => t.move_by(page as isize, page));
        }
        Action::Home => {
            on_table!(model, t => t.home());
        }
        Action::End => {
            on_table!(model, t => t.end(page));
        }
        Action::Details => return details(model),
        Action::Back => back(model),
        // calendar/audit
        Action::CalendarMode
        | Action::PrevWeek
        | Action::NextWeek
        | Action::ThisWeek
        | Action::NextCalendar
        | Action::PrevCalendar
        | Action::Accept
        | Action::Decline
        | Action::Tentative => return super::calendar::act(model, action),
        a => {
            if let Some(tab) = tab_of(a) {
                return switch(model, tab);
            }
            return write_action(model, a);
        }
    }
    Vec::new()
}

fn tab_of(a: Action) -> Option<Tab> {
    Some(match a {
        Action::TabOverview => Tab::Overview,
        Action::TabUsers => Tab::Users,
        Action::TabOrgs => Tab::Orgs,
        Action::TabProjects => Tab::Projects,
        Action::TabGrants => Tab::Grants,
        Action::TabAuthz => Tab::Authz,
        Action::TabDocs => Tab::Docs,
        Action::TabDrive => Tab::Drive,
        Action::TabCalendar => Tab::Calendar,
        Action::TabAudit => Tab::Audit,
        _ => return None,
    })
}

/// Goes to a view, loading what it shows if that never arrived.
pub(crate) fn switch(model: &mut Model, tab: Tab) -> Vec<Effect> {
    model.tab = tab;
    model.overlay = None;
    let missing: Vec<Resource> = super::resources(model)
        .into_iter()
        .filter(|r| match r {
            Resource::Users => !model.users.loaded,
            Resource::Orgs => !model.orgs.loaded,
            Resource::Projects => !model.projects.loaded,
            Resource::Grants => !model.grants.loaded,
            Resource::Authz => !model.authz.loaded,
            Resource::Me => model.me.is_none(),
            Resource::Health => model.health.is_none(),
            Resource::Roles(_) => false,
            // docs/drive
            r @ (Resource::Docs | Resource::Doc(_) | Resource::Drive(_) | Resource::Shares(_)) => {
                super::files::missing(model, r)
            }
        })
        .collect();
    let mut effects = refresh(model, &missing);
    effects.extend(super::workspace(model)); // calendar/audit
    effects
}

fn details(model: &mut Model) -> Vec<Effect> {
    let has_row = on_table!(model, t => !t.is_empty()).unwrap_or(false);
    if !has_row {
        return Vec::new();
    }
    model.overlay = Some(Overlay::Details);
    if model.tab == Tab::Calendar {
        return super::calendar::event_details(model); // calendar/audit
    }
    if model.tab == Tab::Projects
        && let Some(p) = model.projects.selected_row()
    {
        let res = Resource::Roles(p.id.clone());
        if model.roles.as_ref().is_none_or(|(id, _)| *id != p.id) {
            model.roles = None;
        }
        return refresh(model, &[res]);
    }
    Vec::new()
}

fn back(model: &mut Model) {
    let cleared = on_table!(model, t => {
        let had = !t.filter().is_empty();
        t.set_filter("");
        had
    });
    if cleared == Some(true) {
        model.info("Filter cleared");
    }
}

/// Opens the form of a write action, unless read-only or nothing fits.
fn write_action(model: &mut Model, a: Action) -> Vec<Effect> {
    if model.settings.readonly {
        model.error(format!(
            "{} is disabled: the dashboard was started with --readonly",
            a.name()
        ));
        return Vec::new();
    }
    let user = model
        .users
        .selected_row()
        .map(|u| (u.id.clone(), u.username.clone()));
    let on_users = model.tab == Tab::Users;
    let change = match a {
        Action::Deactivate => Some(StateChange::Deactivate),
        Action::Reactivate => Some(StateChange::Reactivate),
        Action::Lock => Some(StateChange::Lock),
        Action::Unlock => Some(StateChange::Unlock),
        _ => None,
    };
    let form = if change.is_some() || a == Action::ResetPassword {
        let Some((id, name)) = user.filter(|_| on_users) else {
            model.error(format!(
                "{}: select a user in the Users view first",
                a.name()
            ));
            return Vec::new();
        };
        match change {
            Some(c) => Form::user_state(&id, &name, c),
            None => Form::set_password(&id, &name),
        }
    } else if a == Action::Create {
        match model.tab {
            Tab::Grants => Form::create_grant(""),
            Tab::Projects => Form::create_grant(&selected_project(model)),
            Tab::Authz => Form::authorize("", ""),
            _ => Form::create_user(&default_org(model)),
        }
    } else if a == Action::AssignRole {
        let user = user.filter(|_| on_users).map(|u| u.1).unwrap_or_default();
        let project = if model.tab == Tab::Projects {
            selected_project(model)
        } else {
            String::new()
        };
        Form::authorize(&user, &project)
    } else {
        return Vec::new();
    };
    model.overlay = Some(Overlay::Form(form));
    Vec::new()
}

fn selected_project(model: &Model) -> String {
    model
        .projects
        .selected_row()
        .map(|p| p.name.clone())
        .unwrap_or_default()
}

/// The organization new users go to: the profile's, else the signed-in user's.
fn default_org(model: &Model) -> String {
    model
        .settings
        .default_org
        .clone()
        .or_else(|| {
            model
                .me
                .as_ref()
                .map(|m| m.org_name.clone())
                .filter(|n| !n.is_empty())
        })
        .unwrap_or_default()
}

/// A write finished: report it, close its form, reload what it changed.
pub(super) fn on_wrote(
    model: &mut Model,
    op: WriteOp,
    result: Result<String, String>,
) -> Vec<Effect> {
    match result {
        Ok(done) => {
            if matches!(model.overlay, Some(Overlay::Form(ref f)) if f.busy) {
                model.overlay = None;
            }
            model.info(format!("{done} — same as: {}", op.command_line()));
            refresh(model, &[op.affects()])
        }
        Err(e) => {
            if let Some(Overlay::Form(f)) = &mut model.overlay
                && f.busy
            {
                f.busy = false;
                f.error = Some(e.clone());
            }
            model.error(format!("failed: {e}"));
            Vec::new()
        }
    }
}
