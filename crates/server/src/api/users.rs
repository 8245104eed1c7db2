//! How accounts appear in JSON.

use serde::Serialize;
use tandem_store::accounts::{User, UserBrief, UserWithUsage};
use utoipa::ToSchema;

/// An account as its owner (or an administrator) sees it. Times are milliseconds since the epoch.
#[derive(Serialize, ToSchema)]
pub struct UserView {
    id: String,
    email: String,
    name: String,
    is_admin: bool,
    created_at: i64,
    /// Most documents the user may own; `null` is unlimited.
    max_docs: Option<i64>,
    /// Largest size of one of the user's documents, in bytes; `null` is unlimited.
    max_doc_bytes: Option<i64>,
}

impl From<User> for UserView {
    fn from(user: User) -> Self {
        UserView {
            id: user.id,
            email: user.email,
            name: user.name,
            is_admin: user.is_admin,
            created_at: user.created_at,
            max_docs: user.max_docs,
            max_doc_bytes: user.max_doc_bytes,
        }
    }
}

/// An account in the administrator's list.
#[derive(Serialize, ToSchema)]
pub struct AdminUserView {
    #[serde(flatten)]
    user: UserView,
    disabled: bool,
    doc_count: i64,
}

impl From<UserWithUsage> for AdminUserView {
    fn from(usage: UserWithUsage) -> Self {
        AdminUserView {
            disabled: usage.user.disabled,
            user: usage.user.into(),
            doc_count: usage.doc_count,
        }
    }
}

/// Who someone is, as shown to the people they share with.
#[derive(Clone, Serialize, ToSchema)]
pub struct PersonView {
    id: String,
    name: String,
    email: String,
}

impl From<UserBrief> for PersonView {
    fn from(user: UserBrief) -> Self {
        PersonView {
            id: user.id,
            name: user.name,
            email: user.email,
        }
    }
}

impl From<User> for PersonView {
    fn from(user: User) -> Self {
        PersonView {
            id: user.id,
            name: user.name,
            email: user.email,
        }
    }
}
