//! Who may do what with a document. One function decides a caller's role; REST handlers and
//! the sync socket both go through [`authorize`], and every ACL change goes through
//! [`apply_to_live_connections`] so open sockets follow it at once.

use crate::api::valid_doc_id;
use crate::auth::{principal_user, Caller};
use crate::error::ApiError;
use crate::AppState;
use std::collections::HashMap;
use std::sync::Arc;
use tandem_collab::PeerAccess;
use tandem_store::accounts::{DocAccess, LinkAccess, Role};

/// The role a caller has in a document, if any. Owners own; members have their role; anyone
/// else gets what the link grants (only when signed in, if the link says so). A document in the
/// trash is visible to its owner only.
pub fn effective_role(user_id: Option<&str>, access: &DocAccess) -> Option<Role> {
    let owns = user_id.is_some() && access.meta.owner_id.as_deref() == user_id;
    if owns {
        return Some(Role::Owner);
    }
    if access.meta.deleted_at.is_some() {
        return None;
    }
    let from_link = access
        .link_access
        .filter(|_| user_id.is_some() || !access.link_requires_login)
        .map(LinkAccess::role);
    access.member_role.max(from_link)
}

/// The most bytes the document may grow to: its owner's quota, which every writer to it (the
/// sync socket, REST writes) is held to.
pub async fn owner_quota(state: &AppState, access: &DocAccess) -> Result<Option<usize>, ApiError> {
    let Some(owner) = &access.meta.owner_id else {
        return Ok(None);
    };
    let owner = state.accounts.user_by_id(owner).await?;
    Ok(owner
        .and_then(|owner| owner.max_doc_bytes)
        .map(|bytes| bytes.max(0) as usize))
}

/// Loads the document as `caller` sees it and checks that their role is at least `need`.
/// Someone with no access learns nothing about whether the document exists: anonymous callers
/// are asked to sign in, signed-in ones are told it is not found.
pub async fn authorize(
    state: &AppState,
    caller: &Caller,
    doc_id: &str,
    need: Role,
) -> Result<(DocAccess, Role), ApiError> {
    let no_access = || match caller.user() {
        None => ApiError::Unauthorized("sign in to open this document"),
        Some(_) => ApiError::NotFound("document not found"),
    };
    if !valid_doc_id(doc_id) {
        return Err(no_access());
    }
    let user_id = caller.user().map(|user| user.id.as_str());
    let Some(access) = state.accounts.doc_access(doc_id, user_id).await? else {
        return Err(no_access());
    };
    let Some(role) = effective_role(user_id, &access) else {
        return Err(no_access());
    };
    if role < need {
        return Err(ApiError::Forbidden(format!(
            "this needs {} access; you are a {role}",
            need.as_str()
        )));
    }
    Ok((access, role))
}

/// A change of who may do what. Applied to this instance's sockets at once and announced to
/// the other instances (`--redis-url`), which apply it to theirs.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum AccessChange {
    /// The document's ACL changed (members, link, trash): every socket on it is decided again.
    Document { doc: String },
    /// Credentials were revoked: their sockets are closed, in every document.
    Revoked(Revoked),
}

/// Which credentials a revocation closes, by the principal a socket was opened with
/// (`<user>/s:<session tag>` or `<user>/t:<token id>`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Revoked {
    /// Every credential of an account (disabled or deleted).
    Account { user: String },
    /// An account's sign-in sessions, except one (signing out everywhere else).
    Sessions { user: String, except: Option<String> },
    /// One credential (a deleted API token).
    Principal { principal: String },
}

impl Revoked {
    fn matches(&self, principal: &str) -> bool {
        match self {
            Revoked::Account { user } => principal_user(principal) == user,
            Revoked::Sessions { user, except } => {
                principal
                    .strip_prefix(user.as_str())
                    .is_some_and(|rest| rest.starts_with("/s:"))
                    && Some(principal) != except.as_deref()
            }
            Revoked::Principal { principal: revoked } => principal == revoked,
        }
    }
}

/// Re-reads the document's ACL and applies it to every socket open on it, on every instance:
/// members removed are disconnected, viewers stop being able to write, editors start being able
/// to.
pub async fn apply_to_live_connections(state: &AppState, doc_id: &str) -> Result<(), ApiError> {
    apply_here(state, doc_id).await?;
    announce(
        state,
        AccessChange::Document {
            doc: doc_id.to_owned(),
        },
    );
    Ok(())
}

/// Closes every socket opened with a credential that `revoked` names, in every document, on
/// every instance.
pub fn close_connections(state: &AppState, revoked: Revoked) {
    close_here(state, revoked.clone());
    announce(state, AccessChange::Revoked(revoked));
}

fn announce(state: &AppState, change: AccessChange) {
    if let (Some(relay), Ok(payload)) = (&state.relay, serde_json::to_vec(&change)) {
        relay.announce(payload.into());
    }
}

/// Applies the changes other instances announce, for as long as the relay runs. When
/// announcements may have been missed, every open document's sockets are decided again.
/// Revocations cannot be replayed that way; a revoked credential is refused at its next
/// request and its sockets by the keepalive's re-check at reconnection.
pub async fn follow_announcements(
    state: AppState,
    mut announcements: tokio::sync::mpsc::UnboundedReceiver<tandem_relay::Announcement>,
) {
    use tandem_relay::Announcement;
    while let Some(announcement) = announcements.recv().await {
        match announcement {
            Announcement::Message(payload) => match serde_json::from_slice::<AccessChange>(&payload) {
                Ok(AccessChange::Document { doc }) => {
                    if let Err(error) = apply_here(&state, &doc).await {
                        tracing::warn!(%doc, %error, "an announced access change could not be applied");
                    }
                }
                Ok(AccessChange::Revoked(revoked)) => close_here(&state, revoked),
                Err(error) => tracing::warn!(%error, "ignored an announcement that is not an access change"),
            },
            Announcement::Missed => {
                for doc in state.rooms.loaded_ids() {
                    if let Err(error) = apply_here(&state, &doc).await {
                        tracing::warn!(%doc, %error, "access could not be checked again");
                    }
                }
            }
        }
    }
}

async fn apply_here(state: &AppState, doc_id: &str) -> Result<(), ApiError> {
    let access = state.accounts.doc_access(doc_id, None).await?;
    let members: HashMap<String, Role> = state
        .accounts
        .members(doc_id)
        .await?
        .into_iter()
        .map(|member| (member.user.id, member.role))
        .collect();
    state.rooms.reauthorize(
        Some(doc_id),
        Arc::new(move |principal: Option<&str>| {
            let Some(access) = &access else {
                return PeerAccess::Revoked;
            };
            let user = principal.map(principal_user);
            let mut access = access.clone();
            access.member_role = user.and_then(|id| members.get(id).copied());
            match effective_role(user, &access) {
                None => PeerAccess::Revoked,
                Some(Role::Viewer) => PeerAccess::View,
                Some(_) if access.meta.deleted_at.is_some() => PeerAccess::Revoked,
                Some(_) => PeerAccess::Edit,
            }
        }),
    );
    Ok(())
}

fn close_here(state: &AppState, revoked: Revoked) {
    state.rooms.reauthorize(
        None,
        Arc::new(move |principal: Option<&str>| match principal {
            Some(principal) if revoked.matches(principal) => PeerAccess::Revoked,
            _ => PeerAccess::Keep,
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_store::{DocKind, DocMeta};

    fn doc(
        owner: &str,
        member_role: Option<Role>,
        link: Option<LinkAccess>,
        requires_login: bool,
    ) -> DocAccess {
        DocAccess {
            meta: DocMeta {
                id: "d".into(),
                kind: DocKind::Doc,
                title: "t".into(),
                created_at: 0,
                updated_at: 0,
                deleted_at: None,
                owner_id: Some(owner.into()),
            },
            owner: None,
            member_role,
            link_access: link,
            link_requires_login: requires_login,
            last_opened_at: None,
        }
    }

    #[test]
    fn roles_come_from_ownership_membership_and_the_link() {
        let private = doc("o", None, None, false);
        assert_eq!(effective_role(Some("o"), &private), Some(Role::Owner));
        assert_eq!(effective_role(Some("x"), &private), None);
        assert_eq!(effective_role(None, &private), None);
        let viewer_with_edit_link = doc("o", Some(Role::Viewer), Some(LinkAccess::Edit), false);
        assert_eq!(
            effective_role(Some("v"), &viewer_with_edit_link),
            Some(Role::Editor)
        );
        let signed_in_link = doc("o", None, Some(LinkAccess::View), true);
        assert_eq!(effective_role(None, &signed_in_link), None);
        assert_eq!(effective_role(Some("x"), &signed_in_link), Some(Role::Viewer));
        let mut trashed = doc("o", Some(Role::Editor), Some(LinkAccess::Edit), false);
        trashed.meta.deleted_at = Some(1);
        assert_eq!(effective_role(Some("e"), &trashed), None);
        assert_eq!(effective_role(Some("o"), &trashed), Some(Role::Owner));
    }

    #[test]
    fn revocations_match_the_credentials_they_name() {
        let all = Revoked::Account { user: "u1".into() };
        assert!(all.matches("u1/s:abc") && all.matches("u1/t:tok") && all.matches("u1"));
        assert!(!all.matches("u10/s:abc"));
        let sessions = Revoked::Sessions {
            user: "u1".into(),
            except: Some("u1/s:keep".into()),
        };
        assert!(sessions.matches("u1/s:other"));
        assert!(!sessions.matches("u1/s:keep"));
        assert!(!sessions.matches("u1/t:tok"));
        assert!(!sessions.matches("u10/s:other"));
        let token = Revoked::Principal {
            principal: "u1/t:tok".into(),
        };
        assert!(token.matches("u1/t:tok") && !token.matches("u1/t:tok2"));
    }
}
