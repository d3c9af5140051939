//! OIDC flow state (sessions, authorization codes, device authorizations, refresh
//! tokens) read back from a row of either backend.

use super::columns::Columns;
use super::from_json;
use crate::StorageError;
use crate::model::{AuthCode, DeviceCode, DeviceStatus, RefreshToken, Session};
use crate::repo::StoreResult;

pub(crate) fn session_from_row(row: &impl Columns) -> StoreResult<Session> {
    Ok(Session {
        id: row.text("id")?,
        user_id: row.text("user_id")?,
        auth_time: row.int("auth_time")?,
        amr: from_json(&row.text("amr")?)?,
        expires_at: row.int("expires_at")?,
    })
}

pub(crate) fn code_from_row(row: &impl Columns) -> StoreResult<AuthCode> {
    Ok(AuthCode {
        code_digest: row.text("code_digest")?,
        client_id: row.text("client_id")?,
        user_id: row.text("user_id")?,
        session_id: row.opt_text("session_id")?,
        redirect_uri: row.text("redirect_uri")?,
        scopes: from_json(&row.text("scopes")?)?,
        nonce: row.opt_text("nonce")?,
        code_challenge: row.opt_text("code_challenge")?,
        code_challenge_method: row.opt_text("code_challenge_method")?,
        auth_time: row.int("auth_time")?,
        amr: from_json(&row.text("amr")?)?,
        expires_at: row.int("expires_at")?,
    })
}

/// A device authorization; `poll_column` names the column read into `last_poll_at`
/// (`prev_poll_at` when the row comes back from recording a poll).
pub(crate) fn device_from_row(row: &impl Columns, poll_column: &str) -> StoreResult<DeviceCode> {
    let status = match row.text("status")?.as_str() {
        "pending" => DeviceStatus::Pending,
        "approved" => DeviceStatus::Approved {
            user_id: row.opt_text("user_id")?.unwrap_or_default(),
            auth_time: row.opt_int("auth_time")?.unwrap_or_default(),
            // Rows approved before the column existed name no methods.
            amr: match row.opt_text("amr")? {
                Some(text) => from_json(&text)?,
                None => Vec::new(),
            },
        },
        "denied" => DeviceStatus::Denied,
        "consumed" => DeviceStatus::Consumed,
        other => {
            return Err(StorageError::Corrupt(format!(
                "device code status '{other}'"
            )));
        }
    };
    Ok(DeviceCode {
        device_code_digest: row.text("device_code_digest")?,
        user_code: row.text("user_code")?,
        client_id: row.text("client_id")?,
        scopes: from_json(&row.text("scopes")?)?,
        expires_at: row.int("expires_at")?,
        interval_secs: row.int("interval_secs")?,
        last_poll_at: row.opt_int(poll_column)?,
        status,
    })
}

/// The stored status name of a device authorization, with the approving user, time
/// and methods (`amr` as JSON) when approved.
pub(crate) fn device_status_columns(
    status: &DeviceStatus,
) -> (&'static str, Option<&str>, Option<i64>, Option<String>) {
    match status {
        DeviceStatus::Pending => ("pending", None, None, None),
        DeviceStatus::Approved {
            user_id,
            auth_time,
            amr,
        } => (
            "approved",
            Some(user_id.as_str()),
            Some(*auth_time),
            Some(super::to_json(amr)),
        ),
        DeviceStatus::Denied => ("denied", None, None, None),
        DeviceStatus::Consumed => ("consumed", None, None, None),
    }
}

pub(crate) fn token_from_row(row: &impl Columns) -> StoreResult<RefreshToken> {
    Ok(RefreshToken {
        id: row.text("id")?,
        token_digest: row.text("token_digest")?,
        family_id: row.text("family_id")?,
        client_id: row.text("client_id")?,
        user_id: row.text("user_id")?,
        scopes: from_json(&row.text("scopes")?)?,
        auth_time: row.int("auth_time")?,
        amr: from_json(&row.text("amr")?)?,
        expires_at: row.int("expires_at")?,
        rotated_at: row.opt_int("rotated_at")?,
        revoked: row.flag("revoked")?,
        created_at: row.int("created_at")?,
    })
}

/// The `Conflict` message of a refresh token whose id or digest is taken.
pub(crate) fn token_conflict() -> String {
    "refresh token id or digest already exists".to_owned()
}
