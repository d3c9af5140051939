//! [`OidcRepo`](crate::repo::OidcRepo) by delegation: each backend keeps one file per
//! flow (`sessions`, `codes`, `device`, `refresh`, with the same function names), and
//! this macro writes the trait impl that calls them, once for every backend.

/// Implements `OidcRepo` for `$db` by calling the flow modules of the module where it
/// is invoked (the impl sits in a child module that imports its parent's items).
macro_rules! oidc_repo_by_flow {
    ($db:ty) => {
        mod by_flow {
            use async_trait::async_trait;

            use super::*;
            use $crate::model::{
                AuthCode, ConsumeCodeOutcome, DeviceCode, NewRefreshToken, RefreshToken,
                RotateOutcome, Session,
            };
            use $crate::repo::{OidcRepo, StoreResult};

            #[async_trait]
            impl OidcRepo for $db {
                async fn create_session(&self, session: &Session) -> StoreResult<()> {
                    sessions::create(self, session).await
                }
                async fn get_session(&self, id: &str) -> StoreResult<Option<Session>> {
                    sessions::get(self, id).await
                }
                async fn delete_session(&self, id: &str) -> StoreResult<()> {
                    sessions::delete(self, id).await
                }
                async fn delete_sessions_for_user(&self, user_id: &str) -> StoreResult<u64> {
                    sessions::delete_for_user(self, user_id).await
                }
                async fn insert_auth_code(&self, code: &AuthCode) -> StoreResult<()> {
                    codes::insert(self, code).await
                }
                async fn consume_auth_code(
                    &self,
                    code_digest: &str,
                    now: i64,
                ) -> StoreResult<ConsumeCodeOutcome> {
                    codes::consume(self, code_digest, now).await
                }
                async fn find_pending_auth_code(
                    &self,
                    code_digest: &str,
                    now: i64,
                ) -> StoreResult<Option<AuthCode>> {
                    codes::find_pending(self, code_digest, now).await
                }
                async fn insert_device_code(&self, code: &DeviceCode) -> StoreResult<()> {
                    device::insert(self, code).await
                }
                async fn poll_device_code(
                    &self,
                    digest: &str,
                    now: i64,
                ) -> StoreResult<Option<DeviceCode>> {
                    device::poll(self, digest, now).await
                }
                async fn find_pending_by_user_code(
                    &self,
                    user_code: &str,
                    now: i64,
                ) -> StoreResult<Option<DeviceCode>> {
                    device::find_pending(self, user_code, now).await
                }
                async fn approve_device_code(
                    &self,
                    user_code: &str,
                    user_id: &str,
                    auth_time: i64,
                    amr: &[String],
                    now: i64,
                ) -> StoreResult<()> {
                    device::approve(self, user_code, user_id, auth_time, amr, now).await
                }
                async fn deny_device_code(&self, user_code: &str, now: i64) -> StoreResult<()> {
                    device::deny(self, user_code, now).await
                }
                async fn consume_device_code(&self, digest: &str) -> StoreResult<bool> {
                    device::consume(self, digest).await
                }
                async fn insert_refresh_token(&self, token: &RefreshToken) -> StoreResult<()> {
                    refresh::insert(self, token).await
                }
                async fn find_refresh_token(
                    &self,
                    digest: &str,
                ) -> StoreResult<Option<RefreshToken>> {
                    refresh::find(self, digest).await
                }
                async fn rotate_refresh_token(
                    &self,
                    old_digest: &str,
                    client_id: &str,
                    new: &NewRefreshToken,
                    now: i64,
                ) -> StoreResult<RotateOutcome> {
                    refresh::rotate(self, old_digest, client_id, new, now).await
                }
                async fn revoke_refresh_family(&self, family_id: &str) -> StoreResult<u64> {
                    refresh::revoke_family(self, family_id).await
                }
                async fn revoke_refresh_token_by_digest(&self, digest: &str) -> StoreResult<bool> {
                    refresh::revoke_by_digest(self, digest).await
                }
                async fn revoke_refresh_tokens_for_user(&self, user_id: &str) -> StoreResult<u64> {
                    refresh::revoke_for_user(self, user_id).await
                }
                async fn revoke_access_token(&self, jti: &str, expires_at: i64) -> StoreResult<()> {
                    sessions::revoke_access_token(self, jti, expires_at).await
                }
                async fn is_access_token_revoked(&self, jti: &str) -> StoreResult<bool> {
                    sessions::is_access_token_revoked(self, jti).await
                }
                async fn purge_expired(&self, now: i64) -> StoreResult<u64> {
                    sessions::purge_expired(self, now).await
                }
            }
        }
    };
}

pub(crate) use oidc_repo_by_flow;
