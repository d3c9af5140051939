//! Key bindings: every [`Action`] with its default keys, and a `keymap.toml` that
//! rebinds or unbinds them (`action = ["key", …]`, `[]` unbinds). The file lives in the
//! XDG config dir (`~/.config/ws/keymap.toml`); `config/keymap.example.toml` shows it.
//! `Ctrl-C` always quits and cannot be rebound, so a broken keymap cannot trap anyone.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

/// Where an action applies (the `?` help lists the current view's scopes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere.
    Global,
    /// In every list view.
    List,
    /// In the Users view.
    Users,
    /// Creating in the Users, Projects, Grants, Authorizations, Docs and Drive views.
    Create,
    // calendar/audit
    /// In the Calendar view.
    Calendar,
    // docs/drive
    /// In the Drive view.
    Drive,
    /// In the Docs and Drive views.
    Files,
    /// While the transfers panel is open.
    Transfers,
}

macro_rules! actions {
    ($($variant:ident = $name:literal, $scope:ident, [$($key:literal),*], $doc:literal;)*) => {
        /// Something a key can do.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action { $(#[doc = $doc] $variant,)* }

        impl Action {
            /// Every action, in help order.
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];
            /// The name used in `keymap.toml` and the `:` palette.
            pub fn name(self) -> &'static str { match self { $(Action::$variant => $name,)* } }
            /// What it does (help text).
            pub fn describe(self) -> &'static str { match self { $(Action::$variant => $doc,)* } }
            /// Where it applies.
            pub fn scope(self) -> Scope { match self { $(Action::$variant => Scope::$scope,)* } }
            fn default_keys(self) -> &'static [&'static str] { match self { $(Action::$variant => &[$($key),*],)* } }
        }
    };
}

actions! {
    Quit = "quit", Global, ["q"], "Quit the dashboard";
    Help = "help", Global, ["?"], "Show the keys of this view";
    Palette = "palette", Global, [":"], "Open the command palette";
    Filter = "filter", List, ["/"], "Filter rows (start with ! to invert)";
    NextTab = "next-tab", Global, ["tab", "right"], "Next view";
    PrevTab = "prev-tab", Global, ["backtab", "left"], "Previous view";
    TabOverview = "overview", Global, ["1"], "Go to Overview";
    TabUsers = "users", Global, ["2"], "Go to Users";
    TabOrgs = "orgs", Global, ["3"], "Go to Organizations";
    TabProjects = "projects", Global, ["4"], "Go to Projects & roles";
    TabGrants = "grants", Global, ["5"], "Go to Project grants";
    TabAuthz = "authz", Global, ["6"], "Go to Authorizations";
    TabDocs = "docs", Global, ["7"], "Go to Docs";
    TabDrive = "drive", Global, ["8"], "Go to Drive";
    TabCalendar = "calendar", Global, ["9"], "Go to Calendar";
    TabAudit = "audit", Global, ["0"], "Go to Audit";
    Refresh = "refresh", Global, ["r"], "Reload now";
    Pause = "pause", Global, ["p"], "Pause or resume live refresh and the audit tail";
    Up = "up", List, ["k", "up"], "Previous row";
    Down = "down", List, ["j", "down"], "Next row";
    PageUp = "page-up", List, ["pgup", "ctrl-b"], "One page up";
    PageDown = "page-down", List, ["pgdn", "ctrl-f"], "One page down";
    Home = "home", List, ["home", "g"], "First row";
    End = "end", List, ["end", "G"], "Last row";
    Details = "details", List, ["enter"], "Show details of the selected row";
    Back = "back", Global, ["esc"], "Back: close, or clear the filter";
    Create = "create", Create, ["c"], "Create (user, grant, authorization, doc, folder)";
    AssignRole = "assign-role", Create, ["a"], "Give the selected user (or a user) roles on a project";
    Deactivate = "deactivate", Users, ["d"], "Deactivate the selected user";
    Reactivate = "reactivate", Users, ["e"], "Reactivate the selected user";
    Lock = "lock", Users, ["L"], "Lock the selected user";
    Unlock = "unlock", Users, ["U"], "Unlock the selected user";
    ResetPassword = "reset-password", Users, ["P"], "Set a new password for the selected user";
    // calendar/audit
    CalendarMode = "week-agenda", Calendar, ["w"], "Switch between the week and the agenda";
    PrevWeek = "prev-week", Calendar, ["["], "Previous week";
    NextWeek = "next-week", Calendar, ["]"], "Next week";
    ThisWeek = "this-week", Calendar, ["."], "Back to this week";
    NextCalendar = "next-calendar", Calendar, [">"], "Show the next calendar (all, then each own or shared one)";
    PrevCalendar = "prev-calendar", Calendar, ["<"], "Show the previous calendar";
    Accept = "accept", Calendar, ["A"], "Accept the selected invitation";
    Decline = "decline", Calendar, ["X"], "Decline the selected invitation";
    Tentative = "tentative", Calendar, ["M"], "Answer maybe (tentative) to the selected invitation";
    // docs/drive
    Share = "share", Files, ["s"], "Share the selected doc, folder or file";
    Upload = "upload", Drive, ["u"], "Upload a local file into this folder";
    Download = "download", Drive, ["D"], "Download the selected file";
    Info = "info", Drive, ["i"], "Show details of the selected file or folder";
    ParentFolder = "parent-folder", Drive, ["backspace"], "Go up to the parent folder (esc too)";
    SharedWithMe = "shared-with-me", Drive, ["m"], "Switch between My Drive and Shared with me";
    Transfers = "transfers", Global, ["t"], "Show or hide the transfers panel";
    CancelTransfer = "cancel-transfer", Transfers, ["x"], "Cancel the selected transfer";
    TransferUp = "transfer-up", Transfers, ["K"], "Select the previous transfer";
    TransferDown = "transfer-down", Transfers, ["J"], "Select the next transfer";
}

impl Action {
    /// The action a palette or keymap name stands for.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

/// A key with modifiers, normalised so `P` and `shift-p` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    code: KeyCode,
    mods: KeyModifiers,
}

impl Key {
    /// The normalised form of a terminal key event.
    pub fn from_event(e: &KeyEvent) -> Key {
        let mut mods =
            e.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match e.code {
            // Terminals report Shift-Tab as BackTab, letters come upper-cased already.
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c)
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            c => c,
        };
        Key { code, mods }
    }

    /// Parses `j`, `G`, `ctrl-f`, `alt-x`, `enter`, `esc`, `tab`, `backtab`, `pgup`, `f5`, `space`, ….
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut upper = false;
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("shift-") {
                // Shifted letters arrive as upper-case characters, Shift-Tab as BackTab.
                upper = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" if upper => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgup" => KeyCode::PageUp,
            "pgdn" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "backspace" => KeyCode::Backspace,
            "delete" => KeyCode::Delete,
            f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            c if c.chars().count() == 1 => {
                let ch = c.chars().next().unwrap_or(' ');
                KeyCode::Char(if upper { ch.to_ascii_uppercase() } else { ch })
            }
            _ => {
                return Err(format!(
                    "unknown key '{text}' (examples: j, G, ctrl-f, enter, pgdn, f5)"
                ));
            }
        };
        Ok(Key { code, mods })
    }

    /// How help shows the key (`ctrl-f`, `G`, `pgdn`).
    pub fn label(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("alt-");
        }
        match self.code {
            KeyCode::Char(' ') => s.push_str("space"),
            KeyCode::Char(c) => s.push(c),
            KeyCode::Enter => s.push_str("enter"),
            KeyCode::Esc => s.push_str("esc"),
            KeyCode::Tab => s.push_str("tab"),
            KeyCode::BackTab => s.push_str("shift-tab"),
            KeyCode::Up => s.push('↑'),
            KeyCode::Down => s.push('↓'),
            KeyCode::Left => s.push('←'),
            KeyCode::Right => s.push('→'),
            KeyCode::PageUp => s.push_str("pgup"),
            KeyCode::PageDown => s.push_str("pgdn"),
            KeyCode::Home => s.push_str("home"),
            KeyCode::End => s.push_str("end"),
            KeyCode::F(n) => s.push_str(&format!("f{n}")),
            other => s.push_str(&format!("{other:?}").to_lowercase()),
        }
        s
    }
}

/// What can be wrong with a keymap file.
#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    /// The file could not be read.
    #[error("cannot read keymap {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a valid keymap.
    #[error("invalid keymap {path}: {reason}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the action or key.
        reason: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
}

/// Action ↔ keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap {
    bindings: BTreeMap<Action, Vec<Key>>,
}

impl Default for KeyMap {
    fn default() -> Self {
        let bindings = Action::ALL
            .iter()
            .map(|&a| {
                let keys = a
                    .default_keys()
                    .iter()
                    .filter_map(|k| Key::parse(k).ok())
                    .collect();
                (a, keys)
            })
            .collect();
        Self { bindings }
    }
}

impl KeyMap {
    /// `ws/keymap.toml` in the user's config dir (`$XDG_CONFIG_HOME`, else `~/.config`).
    pub fn default_path() -> Option<PathBuf> {
        dirs::config_dir().map(|d| d.join("ws").join("keymap.toml"))
    }

    /// The defaults with the file's changes; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<KeyMap, KeymapError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text).map_err(|reason| KeymapError::Invalid {
                path: path.to_owned(),
                reason,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(KeyMap::default()),
            Err(source) => Err(KeymapError::Read {
                path: path.to_owned(),
                source,
            }),
        }
    }

    /// The defaults with a keymap text applied: each listed action gets exactly the
    /// listed keys (`[]` unbinds it), and a key taken over is removed from other actions.
    pub fn parse(text: &str) -> Result<KeyMap, String> {
        let file: File = toml::from_str(text).map_err(|e| e.message().to_owned())?;
        let mut map = KeyMap::default();
        for (name, keys) in &file.keys {
            let action = Action::from_name(name).ok_or_else(|| {
                let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                format!(
                    "unknown action '{name}' in [keys]; actions: {}",
                    names.join(", ")
                )
            })?;
            let keys = keys
                .iter()
                .map(|k| Key::parse(k).map_err(|e| format!("{name}: {e}")))
                .collect::<Result<Vec<_>, _>>()?;
            for (other, bound) in map.bindings.iter_mut() {
                if *other != action {
                    bound.retain(|k| !keys.contains(k));
                }
            }
            map.bindings.insert(action, keys);
        }
        Ok(map)
    }

    /// The action a key is bound to.
    pub fn action(&self, key: &Key) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(_, keys)| keys.contains(key))
            .map(|(a, _)| *a)
    }

    /// The keys of an action (empty when unbound).
    pub fn keys(&self, action: Action) -> &[Key] {
        self.bindings.get(&action).map_or(&[], Vec::as_slice)
    }

    /// The keys of an action for display, e.g. `j, ↓` (or `unbound`).
    pub fn label(&self, action: Action) -> String {
        let keys = self.keys(action);
        if keys.is_empty() {
            return "unbound".into();
        }
        keys.iter().map(Key::label).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> Key {
        Key::from_event(&KeyEvent::new(code, mods))
    }

    #[test]
    fn defaults_bind_vim_and_arrow_keys() {
        let m = KeyMap::default();
        assert_eq!(
            m.action(&key(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            m.action(&key(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            m.action(&key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::End)
        );
        assert_eq!(
            m.action(&key(KeyCode::Char('f'), KeyModifiers::CONTROL)),
            Some(Action::PageDown)
        );
        assert_eq!(
            m.action(&key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevTab)
        );
    }

    #[test]
    fn every_default_key_parses_and_no_key_is_bound_twice() {
        let m = KeyMap::default();
        let mut seen = std::collections::HashSet::new();
        for &a in Action::ALL {
            assert_eq!(m.keys(a).len(), a.default_keys().len(), "{a:?}");
            for k in m.keys(a) {
                assert!(seen.insert(*k), "{k:?} bound twice");
            }
        }
    }

    #[test]
    fn a_keymap_rebinds_unbinds_and_steals_keys() {
        let m = KeyMap::parse("[keys]\nlock = []\nquit = [\"x\", \"ctrl-q\"]\ndown = [\"k\"]\n")
            .unwrap();
        assert_eq!(m.label(Action::Lock), "unbound");
        assert_eq!(
            m.action(&key(KeyCode::Char('L'), KeyModifiers::SHIFT)),
            None
        );
        assert_eq!(
            m.action(&key(KeyCode::Char('q'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(m.action(&key(KeyCode::Char('q'), KeyModifiers::NONE)), None);
        assert_eq!(
            m.action(&key(KeyCode::Char('k'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(m.label(Action::Up), "↑", "k moved from up to down");
    }

    #[test]
    fn bad_keymaps_name_the_problem() {
        let e = KeyMap::parse("[keys]\nfly = [\"f\"]").unwrap_err();
        assert!(
            e.contains("unknown action 'fly'") && e.contains("lock"),
            "{e}"
        );
        let e = KeyMap::parse("[keys]\nquit = [\"hyper-q\"]").unwrap_err();
        assert!(e.contains("quit: unknown key 'hyper-q'"), "{e}");
        assert!(KeyMap::parse("[bindings]\n").is_err());
    }

    #[test]
    fn the_example_keymap_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/keymap.example.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        let m = KeyMap::parse(&text).unwrap();
        assert_ne!(m, KeyMap::default(), "the example changes something");
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            KeyMap::load(&dir.path().join("none.toml")).unwrap(),
            KeyMap::default()
        );
    }
}
