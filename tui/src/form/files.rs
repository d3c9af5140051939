//! The forms of the Docs and Drive actions: share (grantee and role), upload (a local
//! path into the current folder) and download (a local destination), each turned into
//! its [`WriteOp`] with a message naming the field that is wrong.

use ws_client::ws_api::workspace::sharing::{Grantee, ShareRole};

use super::{Field, Form, FormKind};
use crate::files::{DownloadOp, ShareOp, ShareTarget, UploadOp, local_name};
use crate::msg::WriteOp;

const GRANTEE: &str = "Grantee (user, org, link)";
const WHO: &str = "User or org (id or name)";
const ROLE: &str = "Role (viewer, editor, …)";
const LOCAL: &str = "Local file";
const NAME: &str = "Name on the drive (optional)";
const DEST: &str = "Save to (file or folder)";

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

    /// The op of a share, upload or download form (required fields already checked).
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
}
