//! What hangs off an organization besides users and projects: metadata and domains,
//! and the text match that list filters push down to the database.

use serde::Serialize;

use super::text_enum;

/// One metadata entry of an organization: a key and raw bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgMetadata {
    /// The organization.
    pub org_id: String,
    /// The key, unique per organization.
    pub key: String,
    /// The value as stored (the API base64-encodes it).
    pub value: Vec<u8>,
    /// When the key was first set.
    pub created_at: i64,
    /// When its value last changed.
    pub changed_at: i64,
}

text_enum! {
    /// How a domain was proven to belong to its organization.
    DomainValidation {
        /// Not validated by a challenge (the primary domain, or a domain added while
        /// the instance does not require validation).
        Unspecified = "unspecified",
        /// An HTTP challenge file.
        Http = "http",
        /// A DNS TXT record.
        Dns = "dns",
    }
}

/// A domain of an organization. Every domain belongs to one organization only; the
/// primary domain is among them, kept in step with [`super::Org::primary_domain`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgDomain {
    /// The organization.
    pub org_id: String,
    /// The domain name, unique in the instance (case-insensitively).
    pub domain: String,
    /// Whether it is the organization's primary domain.
    pub is_primary: bool,
    /// Whether it is verified.
    pub is_verified: bool,
    /// How it was verified.
    pub validation: DomainValidation,
    /// When it was added.
    pub created_at: i64,
}

text_enum! {
    /// How a [`TextMatch`] compares.
    TextOp {
        /// The whole text.
        Equals = "equals",
        /// A prefix.
        StartsWith = "starts_with",
        /// A part.
        Contains = "contains",
        /// A suffix.
        EndsWith = "ends_with",
    }
}

/// A text comparison a list filter pushes down to the database (ZITADEL's
/// `TEXT_QUERY_METHOD_*`). Ignoring case folds ASCII letters only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextMatch {
    /// How to compare.
    pub op: TextOp,
    /// Whether upper and lower case count as the same.
    pub ignore_case: bool,
    /// The text compared with.
    pub value: String,
}

text_enum! {
    /// Which of an organization's own policies a [`OrgPolicy`] is.
    PolicyKind {
        /// Sign-in rules: forced MFA, allowed second factors.
        Login = "login",
        /// What a new password must contain.
        PasswordComplexity = "password_complexity",
        /// How many failed checks lock an account.
        Lockout = "lockout",
    }
}

/// An organization's own policy of one kind (ZITADEL's custom org policy); an org
/// without one follows the instance default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgPolicy {
    /// The organization.
    pub org_id: String,
    /// Which policy.
    pub kind: PolicyKind,
    /// Its fields, a JSON object the identity layer validates and reads.
    pub settings: String,
    /// When it was last set.
    pub changed_at: i64,
}
