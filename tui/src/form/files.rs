//! The forms of the Docs and Drive actions: share (grantee and role), upload (a local
//! path into the current folder), download (a local destination), a new doc (its
//! title) and a new folder (its name), each turned into its [`WriteOp`] with a message
//! naming the field that is wrong. Titles and names are checked by the server (one
//! rule, one message), not here.

use ws_client::ws_api::workspace::sharing::{Grantee, ShareRole};

use super::{Field, Form, FormKind};
use crate::files::{DownloadOp, MkdirOp, NewDocOp, ShareOp, ShareTarget, UploadOp, local_name};
use crate::msg::WriteOp;

const GRANTEE: &str = "Grantee (user, org, link)";
const WHO: &str = "User or org (id or name)";
const ROLE: &str = "Role (viewer, editor, …)";
const LOCAL: &str = "Local file";
const NAME: &str = "Name on the drive (optional)";
const DEST: &str = "Save to (file or folder)";
const TITLE: &str = "Title";
const FOLDER: &str = "Folder name";

impl Form {
    /// Share `target` (titled `name`); starts on the grantee field.
    pub fn share(target: ShareTarget, name: &str) -> Self {
        let title = format!("Share {} '{name}'", target.kind.as_str());
        let mut f = Self::new(
            FormKind::Share(target, name.to_owned()),
            title,
            vec![
                Field::new(GRANTEE, "user", true),
                Field::new(WHO, "", false),
                Field::new(ROLE, "viewer", true),
            ],
        );
        f.focus = 1;
        f
    }

    /// Upload into the folder `op` describes (its local path still empty).
    pub fn upload(op: UploadOp, place: &str) -> Self {
        Self::new(
            FormKind::Upload(op),
            format!("Upload into {place}"),
            vec![Field::new(LOCAL, "", true), Field::new(NAME, "", false)],
        )
    }

    /// Download the file `op` names; the destination defaults to the current folder.
    pub fn download(op: DownloadOp) -> Self {
        let title = format!("Download {}", op.name);
        Self::new(
            FormKind::Download(op),
            title,
            vec![Field::new(DEST, ".", true)],
        )
    }

    /// A new doc: its title.
    pub fn new_doc() -> Self {
        Self::new(
            FormKind::NewDoc,
            "Create a doc",
            vec![Field::new(TITLE, "", true)],
        )
    }

    /// A new folder in the place `op` describes (its name still empty).
    pub fn mkdir(op: MkdirOp, place: &str) -> Self {
        Self::new(
            FormKind::Mkdir(op),
            format!("New folder in {place}"),
            vec![Field::new(FOLDER, "", true)],
        )
    }

    /// The op of a share, upload, download, new-doc or new-folder form (required
    /// fields already checked).
    pub(super) fn files_op(&self) -> Result<WriteOp, String> {
        match &self.kind {
            FormKind::Share(target, name) => self.share_op(target, name),
            FormKind::Upload(op) => {
                let local = self.value(LOCAL);
                let typed = self.value("Name on the drive");
                let name = if typed.is_empty() {
                    local_name(&local).to_owned()
                } else {
                    typed
                };
                if name.is_empty() || name == "." || name == ".." {
                    return Err(format!(
                        "{LOCAL} '{local}' has no file name; type a file's path"
                    ));
                }
                Ok(WriteOp::Upload(UploadOp {
                    local,
                    name,
                    ..op.clone()
                }))
            }
            FormKind::Download(op) => Ok(WriteOp::Download(DownloadOp {
                dest: self.value("Save to"),
                ..op.clone()
            })),
            FormKind::NewDoc => Ok(WriteOp::CreateDoc(NewDocOp {
                title: self.value(TITLE),
            })),
            FormKind::Mkdir(op) => Ok(WriteOp::Mkdir(MkdirOp {
                name: self.value(FOLDER),
                ..op.clone()
            })),
            _ => Err("not a docs or drive form".into()),
        }
    }

    fn share_op(&self, target: &ShareTarget, name: &str) -> Result<WriteOp, String> {
        let kind = self.value("Grantee").to_ascii_lowercase();
        let who = self.value("User or org");
        let grantee = match kind.as_str() {
            "user" | "org" if who.is_empty() => {
                return Err(format!("{WHO} is required to share with a {kind}"));
            }
            "user" => Grantee::User { id: who },
            "org" => Grantee::Org { id: who },
            "link" => Grantee::Link { id: String::new() },
            other => {
                return Err(format!("Grantee: type user, org or link, not '{other}'"));
            }
        };
        let role_text = self.value("Role").to_ascii_lowercase();
        let role = ShareRole::parse(&role_text).ok_or_else(|| {
            format!("Role: type viewer, commenter, editor or owner, not '{role_text}'")
        })?;
        Ok(WriteOp::Share(ShareOp {
            target: target.clone(),
            name: name.to_owned(),
            grantee,
            role,
        }))
    }
}

#[cfg(test)]
mod tests {
    use ws_client::ws_api::workspace::sharing::ResourceKind;

    use super::*;
    use crate::files::DriveLoc;

    fn target() -> ShareTarget {
        ShareTarget {
            kind: ResourceKind::Doc,
            id: "d1".into(),
        }
    }

    #[test]
    fn share_form_names_the_wrong_field() {
        let mut f = Form::share(target(), "Plan");
        assert_eq!(
            f.to_op().unwrap_err(),
            "User or org (id or name) is required to share with a user"
        );
        f.fields[0].value = "group".into();
        assert!(
            f.to_op()
                .unwrap_err()
                .starts_with("Grantee: type user, org or link")
        );
        f.fields[0].value = "link".into();
        f.fields[2].value = "boss".into();
        assert!(f.to_op().unwrap_err().contains("not 'boss'"));
        f.fields[2].value = "Commenter".into();
        let op = f.to_op().unwrap();
        assert_eq!(
            op.command_line(),
            "ws share add doc:d1 --link --role commenter"
        );
    }

    #[test]
    fn upload_takes_the_name_from_the_path_and_download_defaults_to_here() {
        let op = UploadOp {
            local: String::new(),
            name: String::new(),
            parent_id: None,
            folder: String::new(),
            loc: DriveLoc::Root,
        };
        let mut f = Form::upload(op, "My Drive");
        assert_eq!(f.to_op().unwrap_err(), "Local file is required");
        f.fields[0].value = "/tmp/".into();
        assert!(f.to_op().unwrap_err().contains("has no file name"));
        f.fields[0].value = "/tmp/a b.txt".into();
        let WriteOp::Upload(up) = f.to_op().unwrap() else {
            panic!()
        };
        assert_eq!(up.name, "a b.txt");
        assert_eq!(up.command_line(), "ws drive upload '/tmp/a b.txt'");
        let d = Form::download(DownloadOp {
            item_id: "9".into(),
            name: "a.txt".into(),
            dest: String::new(),
            loc: DriveLoc::Root,
        });
        assert_eq!(d.to_op().unwrap().command_line(), "ws drive download id:9");
    }

    #[test]
    fn new_doc_and_folder_need_a_title_or_name_and_show_the_ws_command() {
        let mut f = Form::new_doc();
        assert_eq!(f.to_op().unwrap_err(), "Title is required");
        f.fields[0].value = "  Q1 plan ".into();
        let op = f.to_op().unwrap();
        assert_eq!(
            op,
            WriteOp::CreateDoc(NewDocOp {
                title: "Q1 plan".into()
            })
        );
        assert_eq!(op.command_line(), "ws docs create --title 'Q1 plan'");
        let here = MkdirOp {
            name: String::new(),
            parent_id: Some("f1".into()),
            folder: "Reports/2026".into(),
            loc: DriveLoc::Folder("f1".into()),
        };
        let mut f = Form::mkdir(here, "My Drive / Reports / 2026");
        assert_eq!(f.title, "New folder in My Drive / Reports / 2026");
        assert_eq!(f.to_op().unwrap_err(), "Folder name is required");
        f.fields[0].value = "Q 4".into();
        let WriteOp::Mkdir(m) = f.to_op().unwrap() else {
            panic!()
        };
        assert_eq!(
            (m.name.as_str(), m.parent_id.as_deref()),
            ("Q 4", Some("f1"))
        );
        assert_eq!(m.command_line(), "ws drive mkdir 'Reports/2026/Q 4'");
    }
}
