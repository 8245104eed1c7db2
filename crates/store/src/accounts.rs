//! Accounts and access control: users, sessions, API tokens, document members, pending
//! invites, link sharing and recently opened documents.
//!
//! The store only keeps these records; deciding what a role may do is the server's job.
//! Secrets never reach the store in clear: sessions and API tokens are stored as hashes of
//! random tokens, passwords as Argon2id PHC strings.

use crate::{DocMeta, StoreResult};
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A member's role in one document, weakest first (so roles compare with `>=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Viewer,
    Editor,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Owner => "owner",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = crate::StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "viewer" => Role::Viewer,
            "editor" => Role::Editor,
            "owner" => Role::Owner,
            other => return Err(crate::StoreError::Corrupt(format!("unknown role {other:?}"))),
        })
    }
}

/// What "anyone with the link" may do with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkAccess {
    View,
    Edit,
}

impl LinkAccess {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkAccess::View => "view",
            LinkAccess::Edit => "edit",
        }
    }

    pub fn role(self) -> Role {
        match self {
            LinkAccess::View => Role::Viewer,
            LinkAccess::Edit => Role::Editor,
        }
    }
}

impl FromStr for LinkAccess {
    type Err = crate::StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "view" => LinkAccess::View,
            "edit" => LinkAccess::Edit,
            other => {
                return Err(crate::StoreError::Corrupt(format!(
                    "unknown link access {other:?}"
                )))
            }
        })
    }
}

/// An account. `password_hash` is only filled where a caller needs to verify a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: String,
    pub email: String,
    pub name: String,
    pub is_admin: bool,
    pub disabled: bool,
    pub created_at: i64,
    /// Per-user quotas; `None` is unlimited.
    pub max_docs: Option<i64>,
    pub max_doc_bytes: Option<i64>,
}

/// Who a user is, as shown to others.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserBrief {
    pub id: String,
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub id: String,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    /// The first account is always an admin; this makes any account one.
    pub is_admin: bool,
}

/// What an admin (or the user) changes on an account; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UserChanges {
    pub password_hash: Option<String>,
    pub disabled: Option<bool>,
    pub is_admin: Option<bool>,
    pub max_docs: Option<Option<i64>>,
    pub max_doc_bytes: Option<Option<i64>>,
}

#[derive(Debug, Clone)]
pub struct UserWithUsage {
    pub user: User,
    pub doc_count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A document with what one caller needs to decide and show their access.
#[derive(Debug, Clone)]
pub struct DocAccess {
    pub meta: DocMeta,
    pub owner: Option<UserBrief>,
    /// The caller's membership role, if any (the owner has none: ownership is implied).
    pub member_role: Option<Role>,
    pub link_access: Option<LinkAccess>,
    pub link_requires_login: bool,
    /// When the caller last opened the document.
    pub last_opened_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub user: UserBrief,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub email: String,
    pub role: Role,
    pub created_at: i64,
}

/// Which of a user's documents [`AccountStore::list_user_docs`] returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocListing {
    /// Owned and not in the trash.
    Mine,
    /// Not owned, but shared with the user as a member.
    Shared,
    /// Opened by the user, most recent first.
    Recent,
    /// Owned and in the trash.
    Trash,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub users: i64,
    pub documents: i64,
}

/// Storage of accounts and ACLs. `StoreError::AlreadyExists` reports a taken email;
/// `StoreError::NotFound` a missing user or document.
pub trait AccountStore: Send + Sync + 'static {
    /// Creates the account. In the same transaction: the first account becomes an admin and
    /// takes ownership of documents that have no owner (made before accounts existed), and
    /// invites sent to the email become memberships.
    fn create_user(&self, user: NewUser) -> BoxFuture<'static, StoreResult<User>>;
    fn user_by_id(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<User>>>;
    /// The account and its password hash, for logging in.
    fn user_login(&self, email: &str) -> BoxFuture<'static, StoreResult<Option<(User, String)>>>;
    fn list_users(&self) -> BoxFuture<'static, StoreResult<Vec<UserWithUsage>>>;
    /// One account with its usage; `None` if there is no such account.
    fn user_with_usage(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<UserWithUsage>>>;
    fn update_user(&self, id: &str, changes: UserChanges) -> BoxFuture<'static, StoreResult<User>>;
    /// Deletes the account with its sessions, tokens and memberships. Its documents must be
    /// deleted first (see [`crate::Store::delete_doc`]).
    fn delete_user(&self, id: &str) -> BoxFuture<'static, StoreResult<()>>;
    fn totals(&self) -> BoxFuture<'static, StoreResult<Totals>>;

    fn create_session(
        &self,
        token_hash: Vec<u8>,
        user_id: &str,
        expires_at: i64,
    ) -> BoxFuture<'static, StoreResult<()>>;
    /// The user of an unexpired session.
    fn session_user(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<Option<User>>>;
    fn delete_session(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<()>>;
    /// Ends every session of the user except `keep`.
    fn delete_user_sessions(
        &self,
        user_id: &str,
        keep: Option<Vec<u8>>,
    ) -> BoxFuture<'static, StoreResult<()>>;

    fn create_token(&self, token: ApiToken, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<()>>;
    fn list_tokens(&self, user_id: &str) -> BoxFuture<'static, StoreResult<Vec<ApiToken>>>;
    /// `false` if the user has no such token.
    fn delete_token(&self, user_id: &str, id: &str) -> BoxFuture<'static, StoreResult<bool>>;
    /// The token and its user, recording the use.
    fn token_user(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<Option<(ApiToken, User)>>>;

    /// A document as the user (or an anonymous visitor, `None`) sees it.
    fn doc_access(
        &self,
        doc_id: &str,
        user_id: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<Option<DocAccess>>>;
    /// Documents of a user; `query` filters titles (case-insensitive substring).
    fn list_user_docs(
        &self,
        user_id: &str,
        listing: DocListing,
        query: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<Vec<DocAccess>>>;
    /// Documents the user owns, trashed or not (for quotas and account deletion).
    fn owned_doc_ids(&self, user_id: &str) -> BoxFuture<'static, StoreResult<Vec<String>>>;
    fn record_visit(&self, user_id: &str, doc_id: &str) -> BoxFuture<'static, StoreResult<()>>;

    fn members(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<Member>>>;
    fn set_member(&self, doc_id: &str, user_id: &str, role: Role) -> BoxFuture<'static, StoreResult<()>>;
    /// `false` if the user was not a member.
    fn remove_member(&self, doc_id: &str, user_id: &str) -> BoxFuture<'static, StoreResult<bool>>;
    fn invites(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<Invite>>>;
    fn set_invite(&self, doc_id: &str, email: &str, role: Role) -> BoxFuture<'static, StoreResult<()>>;
    fn remove_invite(&self, doc_id: &str, email: &str) -> BoxFuture<'static, StoreResult<bool>>;
    fn set_link(
        &self,
        doc_id: &str,
        access: Option<LinkAccess>,
        requires_login: bool,
    ) -> BoxFuture<'static, StoreResult<()>>;
    /// Makes `new_owner` the owner; the previous owner stays on as an editor.
    fn transfer_owner(&self, doc_id: &str, new_owner: &str) -> BoxFuture<'static, StoreResult<()>>;
}
