//! [`AccountStore`] on SQLite.

use super::SqliteStore;
use crate::accounts::*;
use crate::{now_millis, DocMeta, StoreError, StoreResult};
use futures::future::BoxFuture;
use rusqlite::{params, Connection, OptionalExtension, Row};

const USER_COLUMNS: &str =
    "u.id, u.email, u.name, u.is_admin, u.disabled_at IS NOT NULL, u.created_at, u.max_docs, u.max_doc_bytes";

fn row_to_user(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: row.get(0)?,
        email: row.get(1)?,
        name: row.get(2)?,
        is_admin: row.get(3)?,
        disabled: row.get(4)?,
        created_at: row.get(5)?,
        max_docs: row.get(6)?,
        max_doc_bytes: row.get(7)?,
    })
}

/// How many documents user `u` owns; follows [`USER_COLUMNS`] in [`row_to_usage`].
const DOC_COUNT: &str = "(SELECT COUNT(*) FROM documents d WHERE d.owner_id = u.id)";

fn row_to_usage(row: &Row<'_>) -> rusqlite::Result<UserWithUsage> {
    Ok(UserWithUsage {
        user: row_to_user(row)?,
        doc_count: row.get(8)?,
    })
}

fn select_user(conn: &Connection, id: &str) -> StoreResult<Option<User>> {
    Ok(conn
        .query_row(
            &format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = ?1"),
            [id],
            row_to_user,
        )
        .optional()?)
}

/// Columns of a document as seen by user `?1` (may be NULL for anonymous visitors).
const ACCESS_COLUMNS: &str = "d.id, d.kind, d.title, d.created_at, d.updated_at, d.deleted_at, d.owner_id,
     o.name, o.email, m.role, d.link_access, d.link_requires_login, v.visited_at";
const ACCESS_JOINS: &str = "FROM documents d
     LEFT JOIN users o ON o.id = d.owner_id
     LEFT JOIN doc_members m ON m.doc_id = d.id AND m.user_id = ?1
     LEFT JOIN doc_visits v ON v.doc_id = d.id AND v.user_id = ?1";

type AccessRow = (
    DocMeta,
    String,
    Option<(String, String)>,
    Option<String>,
    Option<String>,
    bool,
    Option<i64>,
);

fn row_to_access(row: &Row<'_>) -> rusqlite::Result<AccessRow> {
    let owner_id: Option<String> = row.get(6)?;
    let owner_name: Option<String> = row.get(7)?;
    let owner_email: Option<String> = row.get(8)?;
    Ok((
        DocMeta {
            id: row.get(0)?,
            kind: crate::DocKind::Doc,
            title: row.get(2)?,
            created_at: row.get(3)?,
            updated_at: row.get(4)?,
            deleted_at: row.get(5)?,
            owner_id,
        },
        row.get(1)?,
        owner_name.zip(owner_email),
        row.get(9)?,
        row.get(10)?,
        row.get(11)?,
        row.get(12)?,
    ))
}

fn finish_access(
    (mut meta, kind, owner, role, link, requires_login, visited): AccessRow,
) -> StoreResult<DocAccess> {
    meta.kind = kind.parse()?;
    let owner = match (&meta.owner_id, owner) {
        (Some(id), Some((name, email))) => Some(UserBrief {
            id: id.clone(),
            name,
            email,
        }),
        _ => None,
    };
    Ok(DocAccess {
        meta,
        owner,
        member_role: role.map(|r| r.parse()).transpose()?,
        link_access: link.map(|l| l.parse()).transpose()?,
        link_requires_login: requires_login,
        last_opened_at: visited,
    })
}

fn ensure_doc(conn: &Connection, doc_id: &str) -> StoreResult<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1)",
        [doc_id],
        |row| row.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

impl AccountStore for SqliteStore {
    fn create_user(&self, user: NewUser) -> BoxFuture<'static, StoreResult<User>> {
        self.write(move |tx| {
            let now = now_millis();
            let first: bool = tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM users)", [], |row| row.get(0))?;
            let inserted = tx.execute(
                "INSERT INTO users (id, email, name, password_hash, is_admin, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (email) DO NOTHING",
                params![user.id, user.email, user.name, user.password_hash, user.is_admin || first, now],
            )?;
            if inserted == 0 {
                return Err(StoreError::AlreadyExists);
            }
            if first {
                tx.execute("UPDATE documents SET owner_id = ?1 WHERE owner_id IS NULL", [&user.id])?;
            }
            tx.execute(
                "INSERT INTO doc_members (doc_id, user_id, role, added_at)
                 SELECT i.doc_id, ?1, i.role, ?3 FROM doc_invites i JOIN documents d ON d.id = i.doc_id
                 WHERE i.email = ?2 AND (d.owner_id IS NULL OR d.owner_id <> ?1)
                 ON CONFLICT DO NOTHING",
                params![user.id, user.email, now],
            )?;
            tx.execute("DELETE FROM doc_invites WHERE email = ?1", [&user.email])?;
            select_user(tx, &user.id)?.ok_or(StoreError::NotFound)
        })
    }

    fn user_by_id(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<User>>> {
        let id = id.to_owned();
        self.read(move |conn| select_user(conn, &id))
    }

    fn user_login(&self, email: &str) -> BoxFuture<'static, StoreResult<Option<(User, String)>>> {
        let email = email.to_owned();
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    &format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.email = ?1"),
                    [&email],
                    |row| Ok((row_to_user(row)?, row.get(8)?)),
                )
                .optional()?)
        })
    }

    fn list_users(&self) -> BoxFuture<'static, StoreResult<Vec<UserWithUsage>>> {
        self.read(|conn| {
            let mut stmt = conn.prepare(&format!(
                "SELECT {USER_COLUMNS}, {DOC_COUNT} FROM users u ORDER BY u.created_at, u.id"
            ))?;
            let rows = stmt.query_map([], row_to_usage)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    fn user_with_usage(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<UserWithUsage>>> {
        let id = id.to_owned();
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    &format!("SELECT {USER_COLUMNS}, {DOC_COUNT} FROM users u WHERE u.id = ?1"),
                    [&id],
                    row_to_usage,
                )
                .optional()?)
        })
    }

    fn update_user(&self, id: &str, changes: UserChanges) -> BoxFuture<'static, StoreResult<User>> {
        let id = id.to_owned();
        self.write(move |tx| {
            if select_user(tx, &id)?.is_none() {
                return Err(StoreError::NotFound);
            }
            if let Some(hash) = &changes.password_hash {
                tx.execute("UPDATE users SET password_hash = ?2 WHERE id = ?1", params![id, hash])?;
            }
            if let Some(disabled) = changes.disabled {
                tx.execute(
                    "UPDATE users SET disabled_at = CASE WHEN ?2 THEN COALESCE(disabled_at, ?3) END WHERE id = ?1",
                    params![id, disabled, now_millis()],
                )?;
            }
            if let Some(is_admin) = changes.is_admin {
                tx.execute("UPDATE users SET is_admin = ?2 WHERE id = ?1", params![id, is_admin])?;
            }
            if let Some(max_docs) = changes.max_docs {
                tx.execute("UPDATE users SET max_docs = ?2 WHERE id = ?1", params![id, max_docs])?;
            }
            if let Some(max_doc_bytes) = changes.max_doc_bytes {
                tx.execute("UPDATE users SET max_doc_bytes = ?2 WHERE id = ?1", params![id, max_doc_bytes])?;
            }
            select_user(tx, &id)?.ok_or(StoreError::NotFound)
        })
    }

    fn delete_user(&self, id: &str) -> BoxFuture<'static, StoreResult<()>> {
        let id = id.to_owned();
        self.write(move |tx| {
            // Documents that survive (none should: the caller deletes them first) lose their owner.
            tx.execute("UPDATE documents SET owner_id = NULL WHERE owner_id = ?1", [&id])?;
            match tx.execute("DELETE FROM users WHERE id = ?1", [&id])? {
                0 => Err(StoreError::NotFound),
                _ => Ok(()),
            }
        })
    }

    fn totals(&self) -> BoxFuture<'static, StoreResult<Totals>> {
        self.read(|conn| {
            Ok(conn.query_row(
                "SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM documents)",
                [],
                |row| {
                    Ok(Totals {
                        users: row.get(0)?,
                        documents: row.get(1)?,
                    })
                },
            )?)
        })
    }

    fn create_session(
        &self,
        token_hash: Vec<u8>,
        user_id: &str,
        expires_at: i64,
    ) -> BoxFuture<'static, StoreResult<()>> {
        let user_id = user_id.to_owned();
        self.write(move |tx| {
            let now = now_millis();
            // Expired sessions are swept whenever a new one starts.
            tx.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])?;
            tx.execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![token_hash, user_id, now, expires_at],
            )?;
            Ok(())
        })
    }

    fn session_user(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<Option<User>>> {
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    &format!(
                        "SELECT {USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
                         WHERE s.token_hash = ?1 AND s.expires_at > ?2"
                    ),
                    params![token_hash, now_millis()],
                    row_to_user,
                )
                .optional()?)
        })
    }

    fn delete_session(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<()>> {
        self.write(move |tx| {
            tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            Ok(())
        })
    }

    fn delete_user_sessions(
        &self,
        user_id: &str,
        keep: Option<Vec<u8>>,
    ) -> BoxFuture<'static, StoreResult<()>> {
        let user_id = user_id.to_owned();
        self.write(move |tx| {
            tx.execute(
                "DELETE FROM sessions WHERE user_id = ?1 AND (?2 IS NULL OR token_hash <> ?2)",
                params![user_id, keep],
            )?;
            Ok(())
        })
    }

    fn create_token(&self, token: ApiToken, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<()>> {
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![token.id, token.user_id, token.name, token_hash, token.created_at],
            )?;
            Ok(())
        })
    }

    fn list_tokens(&self, user_id: &str) -> BoxFuture<'static, StoreResult<Vec<ApiToken>>> {
        let user_id = user_id.to_owned();
        self.read(move |conn| {
            let mut stmt = conn.prepare(
                "SELECT id, user_id, name, created_at, last_used_at FROM api_tokens WHERE user_id = ?1
                 ORDER BY created_at DESC, id",
            )?;
            let rows = stmt.query_map([user_id], row_to_token)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    fn delete_token(&self, user_id: &str, id: &str) -> BoxFuture<'static, StoreResult<bool>> {
        let (user_id, id) = (user_id.to_owned(), id.to_owned());
        self.write(move |tx| {
            Ok(tx.execute(
                "DELETE FROM api_tokens WHERE id = ?1 AND user_id = ?2",
                params![id, user_id],
            )? > 0)
        })
    }

    fn token_user(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<Option<(ApiToken, User)>>> {
        self.write(move |tx| {
            let found = tx
                .query_row(
                    &format!(
                        "SELECT t.id, t.user_id, t.name, t.created_at, t.last_used_at, {USER_COLUMNS}
                         FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?1"
                    ),
                    [&token_hash],
                    |row| {
                        let token = row_to_token(row)?;
                        let user = User {
                            id: row.get(5)?,
                            email: row.get(6)?,
                            name: row.get(7)?,
                            is_admin: row.get(8)?,
                            disabled: row.get(9)?,
                            created_at: row.get(10)?,
                            max_docs: row.get(11)?,
                            max_doc_bytes: row.get(12)?,
                        };
                        Ok((token, user))
                    },
                )
                .optional()?;
            if let Some((token, _)) = &found {
                tx.execute(
                    "UPDATE api_tokens SET last_used_at = ?2 WHERE id = ?1",
                    params![token.id, now_millis()],
                )?;
            }
            Ok(found)
        })
    }

    fn doc_access(
        &self,
        doc_id: &str,
        user_id: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<Option<DocAccess>>> {
        let (doc_id, user_id) = (doc_id.to_owned(), user_id.map(str::to_owned));
        self.read(move |conn| {
            conn.query_row(
                &format!("SELECT {ACCESS_COLUMNS} {ACCESS_JOINS} WHERE d.id = ?2"),
                params![user_id, doc_id],
                row_to_access,
            )
            .optional()?
            .map(finish_access)
            .transpose()
        })
    }

    fn list_user_docs(
        &self,
        user_id: &str,
        listing: DocListing,
        query: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<Vec<DocAccess>>> {
        let user_id = user_id.to_owned();
        let pattern = query.map(|q| {
            let escaped = q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            format!("%{escaped}%")
        });
        self.read(move |conn| {
            let (condition, order) = match listing {
                DocListing::Mine => ("d.owner_id = ?1 AND d.deleted_at IS NULL", "d.updated_at DESC"),
                DocListing::Shared => (
                    "m.role IS NOT NULL AND d.owner_id IS NOT ?1 AND d.deleted_at IS NULL",
                    "d.updated_at DESC",
                ),
                DocListing::Recent => (
                    "v.visited_at IS NOT NULL AND d.deleted_at IS NULL
                     AND (d.owner_id = ?1 OR m.role IS NOT NULL OR d.link_access IS NOT NULL)",
                    "v.visited_at DESC",
                ),
                DocListing::Trash => (
                    "d.owner_id = ?1 AND d.deleted_at IS NOT NULL",
                    "d.deleted_at DESC",
                ),
            };
            let limit = if listing == DocListing::Recent { 50 } else { -1 };
            let mut stmt = conn.prepare(&format!(
                "SELECT {ACCESS_COLUMNS} {ACCESS_JOINS}
                 WHERE {condition} AND (?2 IS NULL OR d.title LIKE ?2 ESCAPE '\\')
                 ORDER BY {order}, d.id LIMIT ?3"
            ))?;
            let rows = stmt.query_map(params![user_id, pattern, limit], row_to_access)?;
            rows.map(|row| finish_access(row?)).collect()
        })
    }

    fn owned_doc_ids(&self, user_id: &str) -> BoxFuture<'static, StoreResult<Vec<String>>> {
        let user_id = user_id.to_owned();
        self.read(move |conn| {
            let mut stmt = conn.prepare("SELECT id FROM documents WHERE owner_id = ?1 ORDER BY id")?;
            let rows = stmt.query_map([user_id], |row| row.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    fn record_visit(&self, user_id: &str, doc_id: &str) -> BoxFuture<'static, StoreResult<()>> {
        let (user_id, doc_id) = (user_id.to_owned(), doc_id.to_owned());
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO doc_visits (user_id, doc_id, visited_at) SELECT ?1, id, ?3 FROM documents WHERE id = ?2
                 ON CONFLICT (user_id, doc_id) DO UPDATE SET visited_at = excluded.visited_at",
                params![user_id, doc_id, now_millis()],
            )?;
            Ok(())
        })
    }

    fn members(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<Member>>> {
        let doc_id = doc_id.to_owned();
        self.read(move |conn| {
            let mut stmt = conn.prepare(
                "SELECT u.id, u.name, u.email, m.role FROM doc_members m JOIN users u ON u.id = m.user_id
                 WHERE m.doc_id = ?1 ORDER BY m.added_at, u.id",
            )?;
            let rows = stmt.query_map([doc_id], |row| {
                Ok((
                    UserBrief {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        email: row.get(2)?,
                    },
                    row.get::<_, String>(3)?,
                ))
            })?;
            rows.map(|row| {
                let (user, role) = row?;
                Ok(Member {
                    user,
                    role: role.parse()?,
                })
            })
            .collect()
        })
    }

    fn set_member(&self, doc_id: &str, user_id: &str, role: Role) -> BoxFuture<'static, StoreResult<()>> {
        let (doc_id, user_id) = (doc_id.to_owned(), user_id.to_owned());
        self.write(move |tx| {
            ensure_doc(tx, &doc_id)?;
            if select_user(tx, &user_id)?.is_none() {
                return Err(StoreError::NotFound);
            }
            tx.execute(
                "INSERT INTO doc_members (doc_id, user_id, role, added_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (doc_id, user_id) DO UPDATE SET role = excluded.role",
                params![doc_id, user_id, role.as_str(), now_millis()],
            )?;
            Ok(())
        })
    }

    fn remove_member(&self, doc_id: &str, user_id: &str) -> BoxFuture<'static, StoreResult<bool>> {
        let (doc_id, user_id) = (doc_id.to_owned(), user_id.to_owned());
        self.write(move |tx| {
            Ok(tx.execute(
                "DELETE FROM doc_members WHERE doc_id = ?1 AND user_id = ?2",
                params![doc_id, user_id],
            )? > 0)
        })
    }

    fn invites(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<Invite>>> {
        let doc_id = doc_id.to_owned();
        self.read(move |conn| {
            let mut stmt = conn
                .prepare("SELECT email, role, created_at FROM doc_invites WHERE doc_id = ?1 ORDER BY created_at, email")?;
            let rows = stmt.query_map([doc_id], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get(2)?))
            })?;
            rows.map(|row| {
                let (email, role, created_at) = row?;
                Ok(Invite {
                    email,
                    role: role.parse()?,
                    created_at,
                })
            })
            .collect()
        })
    }

    fn set_invite(&self, doc_id: &str, email: &str, role: Role) -> BoxFuture<'static, StoreResult<()>> {
        let (doc_id, email) = (doc_id.to_owned(), email.to_owned());
        self.write(move |tx| {
            ensure_doc(tx, &doc_id)?;
            tx.execute(
                "INSERT INTO doc_invites (doc_id, email, role, created_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (doc_id, email) DO UPDATE SET role = excluded.role",
                params![doc_id, email, role.as_str(), now_millis()],
            )?;
            Ok(())
        })
    }

    fn remove_invite(&self, doc_id: &str, email: &str) -> BoxFuture<'static, StoreResult<bool>> {
        let (doc_id, email) = (doc_id.to_owned(), email.to_owned());
        self.write(move |tx| {
            Ok(tx.execute(
                "DELETE FROM doc_invites WHERE doc_id = ?1 AND email = ?2",
                params![doc_id, email],
            )? > 0)
        })
    }

    fn set_link(
        &self,
        doc_id: &str,
        access: Option<LinkAccess>,
        requires_login: bool,
    ) -> BoxFuture<'static, StoreResult<()>> {
        let doc_id = doc_id.to_owned();
        self.write(move |tx| {
            let changed = tx.execute(
                "UPDATE documents SET link_access = ?2, link_requires_login = ?3 WHERE id = ?1",
                params![doc_id, access.map(LinkAccess::as_str), requires_login],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        })
    }

    fn transfer_owner(&self, doc_id: &str, new_owner: &str) -> BoxFuture<'static, StoreResult<()>> {
        let (doc_id, new_owner) = (doc_id.to_owned(), new_owner.to_owned());
        self.write(move |tx| {
            if select_user(tx, &new_owner)?.is_none() {
                return Err(StoreError::NotFound);
            }
            let previous: Option<Option<String>> = tx
                .query_row("SELECT owner_id FROM documents WHERE id = ?1", [&doc_id], |row| {
                    row.get(0)
                })
                .optional()?;
            let Some(previous) = previous else {
                return Err(StoreError::NotFound);
            };
            let now = now_millis();
            tx.execute(
                "UPDATE documents SET owner_id = ?2 WHERE id = ?1",
                params![doc_id, new_owner],
            )?;
            tx.execute(
                "DELETE FROM doc_members WHERE doc_id = ?1 AND user_id = ?2",
                params![doc_id, new_owner],
            )?;
            if let Some(previous) = previous.filter(|p| *p != new_owner) {
                tx.execute(
                    "INSERT INTO doc_members (doc_id, user_id, role, added_at) VALUES (?1, ?2, 'editor', ?3)
                     ON CONFLICT (doc_id, user_id) DO UPDATE SET role = 'editor'",
                    params![doc_id, previous, now],
                )?;
            }
            Ok(())
        })
    }
}

fn row_to_token(row: &Row<'_>) -> rusqlite::Result<ApiToken> {
    Ok(ApiToken {
        id: row.get(0)?,
        user_id: row.get(1)?,
        name: row.get(2)?,
        created_at: row.get(3)?,
        last_used_at: row.get(4)?,
    })
}
