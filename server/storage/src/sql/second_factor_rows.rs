//! Second factors and login challenges read back from a row of either backend.

use super::columns::Columns;
use super::from_json;
use crate::model::{LoginChallenge, RecoveryCode, TotpFactor};
use crate::repo::StoreResult;

pub(crate) fn totp_from_row(row: &impl Columns) -> StoreResult<TotpFactor> {
    Ok(TotpFactor {
        user_id: row.text("user_id")?,
        secret_sealed: row.text("secret_sealed")?,
        verified_at: row.opt_int("verified_at")?,
        last_step: row.int("last_step")?,
        failures: row.int("failures")?,
        created_at: row.int("created_at")?,
    })
}

pub(crate) fn recovery_code_from_row(row: &impl Columns) -> StoreResult<RecoveryCode> {
    Ok(RecoveryCode {
        user_id: row.text("user_id")?,
        position: row.int("position")?,
        code_hash: row.text("code_hash")?,
        used_at: row.opt_int("used_at")?,
    })
}

pub(crate) fn challenge_from_row(row: &impl Columns) -> StoreResult<LoginChallenge> {
    Ok(LoginChallenge {
        id: row.text("id")?,
        user_id: row.text("user_id")?,
        amr: from_json(&row.text("amr")?)?,
        expires_at: row.int("expires_at")?,
    })
}
