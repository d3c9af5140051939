//! [`Form`]: the dialogs of the write actions — fields to type into, an optional
//! type-to-confirm field for destructive actions, validation with a message naming the
//! field, and the [`WriteOp`] (and so the equivalent `ws` command) the input makes.

use crate::msg::{StateChange, WriteOp};

// docs/drive
mod files;

/// One input line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Label.
    pub label: &'static str,
    /// Typed text.
    pub value: String,
    /// Shown as `•` (passwords).
    pub secret: bool,
    /// Must not be empty.
    pub required: bool,
}

impl Field {
    fn new(label: &'static str, value: &str, required: bool) -> Self {
        Self {
            label,
            value: value.to_owned(),
            secret: false,
            required,
        }
    }
}

/// What a form makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    /// Org, username, email, given/family name, optional password.
    CreateUser,
    /// A state change of one user.
    UserState {
        /// User id.
        id: String,
        /// Username.
        username: String,
        /// The change.
        change: StateChange,
    },
    /// A new password for one user.
    SetPassword {
        /// User id.
        id: String,
        /// Username.
        username: String,
    },
    /// User, project, roles.
    Authorize,
    /// Project, organization, roles.
    CreateGrant,
    // docs/drive
    /// Grantee type, grantee, role.
    Share(crate::files::ShareTarget, String),
    /// A local path, into a drive folder.
    Upload(crate::files::UploadOp),
    /// A local destination for a drive file.
    Download(crate::files::DownloadOp),
    /// A title for a new doc.
    NewDoc,
    /// A name for a new folder in a drive folder.
    Mkdir(crate::files::MkdirOp),
}

/// A dialog being filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// What it makes.
    pub kind: FormKind,
    /// Title.
    pub title: String,
    /// Inputs.
    pub fields: Vec<Field>,
    /// Focused field.
    pub focus: usize,
    /// For destructive actions: what must be typed into the last field.
    pub confirm: Option<String>,
    /// The last validation or server error.
    pub error: Option<String>,
    /// Submitted and waiting for the server.
    pub busy: bool,
}

fn roles(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Form {
    fn new(kind: FormKind, title: impl Into<String>, fields: Vec<Field>) -> Self {
        Self {
            kind,
            title: title.into(),
            fields,
            focus: 0,
            confirm: None,
            error: None,
            busy: false,
        }
    }

    /// A new human user in `org` (pre-filled, editable).
    pub fn create_user(org: &str) -> Self {
        let mut password = Field::new("Initial password (optional)", "", false);
        password.secret = true;
        Self::new(
            FormKind::CreateUser,
            "Create user",
            vec![
                Field::new("Organization", org, true),
                Field::new("Username", "", true),
                Field::new("Email", "", true),
                Field::new("Given name", "", true),
                Field::new("Family name", "", true),
                password,
            ],
        )
    }

    /// A state change; destructive ones ask for the username to be typed.
    pub fn user_state(id: &str, username: &str, change: StateChange) -> Self {
        let kind = FormKind::UserState {
            id: id.into(),
            username: username.into(),
            change,
        };
        let title = format!("{} user {username}", capitalise(change.verb()));
        let mut form = Self::new(kind, title, Vec::new());
        if change.destructive() {
            form.require_confirm(username);
        }
        form
    }

    /// A new password for a user (destructive: the old one stops working).
    pub fn set_password(id: &str, username: &str) -> Self {
        let mut pw = Field::new("New password", "", true);
        pw.secret = true;
        let kind = FormKind::SetPassword {
            id: id.into(),
            username: username.into(),
        };
        let mut form = Self::new(
            kind,
            format!("Reset password of {username}"),
            vec![pw, Field::new("Change at next sign-in (y/n)", "y", true)],
        );
        form.require_confirm(username);
        form
    }

    /// Roles for a user on a project (either may be pre-filled).
    pub fn authorize(user: &str, project: &str) -> Self {
        let mut f = Self::new(
            FormKind::Authorize,
            "Assign roles (create an authorization)",
            vec![
                Field::new("User", user, true),
                Field::new("Project", project, true),
                Field::new("Roles (comma-separated)", "", true),
            ],
        );
        f.focus = f
            .fields
            .iter()
            .position(|x| x.value.is_empty())
            .unwrap_or(0);
        f
    }

    /// A project grant to another organization.
    pub fn create_grant(project: &str) -> Self {
        let mut f = Self::new(
            FormKind::CreateGrant,
            "Grant a project to an organization",
            vec![
                Field::new("Project", project, true),
                Field::new("Organization", "", true),
                Field::new("Roles (comma-separated)", "", true),
            ],
        );
        f.focus = f
            .fields
            .iter()
            .position(|x| x.value.is_empty())
            .unwrap_or(0);
        f
    }

    fn require_confirm(&mut self, word: &str) {
        self.fields
            .push(Field::new("Type the username to confirm", "", true));
        self.confirm = Some(word.to_owned());
    }

    /// Types a character into the focused field.
    pub fn type_char(&mut self, c: char) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value.push(c);
            self.error = None;
        }
    }

    /// Deletes the last character of the focused field.
    pub fn backspace(&mut self) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.value.pop();
        }
    }

    /// Moves the focus by `delta` fields (wrapping).
    pub fn focus_by(&mut self, delta: isize) {
        let n = self.fields.len().max(1) as isize;
        self.focus = (self.focus as isize + delta).rem_euclid(n) as usize;
    }

    /// Whether the focus is on the last field (Enter submits there).
    pub fn on_last(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    fn value(&self, label_start: &str) -> String {
        self.fields
            .iter()
            .find(|f| f.label.starts_with(label_start))
            .map(|f| f.value.trim().to_owned())
            .unwrap_or_default()
    }

    /// The write the input describes, or a message naming what is missing or wrong.
    pub fn to_op(&self) -> Result<WriteOp, String> {
        if let Some(f) = self
            .fields
            .iter()
            .find(|f| f.required && f.value.trim().is_empty())
        {
            return Err(format!("{} is required", f.label));
        }
        if let Some(word) = &self.confirm
            && self.fields.last().map(|f| f.value.as_str()) != Some(word.as_str())
        {
            return Err(format!("type '{word}' exactly to confirm"));
        }
        Ok(match &self.kind {
            FormKind::CreateUser => {
                let email = self.value("Email");
                if !email.contains('@') {
                    return Err(format!("Email '{email}' is not an email address"));
                }
                let pw = self
                    .fields
                    .iter()
                    .find(|f| f.secret)
                    .map(|f| f.value.clone());
                WriteOp::CreateUser {
                    org: self.value("Organization"),
                    username: self.value("Username"),
                    email,
                    given_name: self.value("Given name"),
                    family_name: self.value("Family name"),
                    password: pw.filter(|p| !p.is_empty()),
                }
            }
            FormKind::UserState {
                id,
                username,
                change,
            } => WriteOp::UserState {
                id: id.clone(),
                username: username.clone(),
                change: *change,
            },
            FormKind::SetPassword { id, username } => {
                let change = self.value("Change");
                let change_required = match change.to_ascii_lowercase().as_str() {
                    "y" | "yes" => true,
                    "n" | "no" => false,
                    _ => {
                        return Err(format!(
                            "Change at next sign-in: answer y or n, not '{change}'"
                        ));
                    }
                };
                WriteOp::SetPassword {
                    id: id.clone(),
                    username: username.clone(),
                    password: self.value("New password"),
                    change_required,
                }
            }
            FormKind::Authorize => WriteOp::Authorize {
                user: self.value("User"),
                project: self.value("Project"),
                roles: roles(&self.value("Roles")),
            },
            FormKind::CreateGrant => WriteOp::CreateGrant {
                project: self.value("Project"),
                org: self.value("Organization"),
                roles: roles(&self.value("Roles")),
            },
            // docs/drive
            FormKind::Share(..)
            | FormKind::Upload(_)
            | FormKind::Download(_)
            | FormKind::NewDoc
            | FormKind::Mkdir(_) => {
                return self.files_op();
            }
        })
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(form: &mut Form, values: &[&str]) {
        for (i, v) in values.iter().enumerate() {
            form.fields[i].value = (*v).to_owned();
        }
    }

    #[test]
    fn create_user_validates_each_field_by_name() {
        let mut f = Form::create_user("acme");
        assert_eq!(f.to_op().unwrap_err(), "Username is required");
        fill(&mut f, &["acme", "erin", "not-an-email", "Erin", "Ely"]);
        assert!(f.to_op().unwrap_err().contains("not an email address"));
        fill(&mut f, &["acme", "erin", "erin@example.com", "Erin", "Ely"]);
        let WriteOp::CreateUser {
            password, username, ..
        } = f.to_op().unwrap()
        else {
            panic!()
        };
        assert_eq!((username.as_str(), password), ("erin", None));
    }

    #[test]
    fn destructive_forms_need_the_exact_username() {
        let mut f = Form::user_state("1", "alice", StateChange::Lock);
        assert!(f.to_op().unwrap_err().contains("required"));
        f.fields[0].value = "alic".into();
        assert_eq!(f.to_op().unwrap_err(), "type 'alice' exactly to confirm");
        f.fields[0].value = "alice".into();
        assert!(matches!(
            f.to_op(),
            Ok(WriteOp::UserState {
                change: StateChange::Lock,
                ..
            })
        ));
        let unlock = Form::user_state("1", "alice", StateChange::Unlock);
        assert!(
            unlock.fields.is_empty() && unlock.to_op().is_ok(),
            "unlocking needs no typing"
        );
    }

    #[test]
    fn password_form_parses_the_flag_and_keeps_the_secret_out_of_errors() {
        let mut f = Form::set_password("1", "bob");
        fill(&mut f, &["pa55word!", "maybe", "bob"]);
        let e = f.to_op().unwrap_err();
        assert!(
            e.contains("answer y or n") && !e.contains("pa55word"),
            "{e}"
        );
        f.fields[1].value = "n".into();
        assert!(matches!(
            f.to_op(),
            Ok(WriteOp::SetPassword {
                change_required: false,
                ..
            })
        ));
    }
}
