//! [`AccountStore`] on PostgreSQL. Emails compare case-insensitively, through `lower(email)`
//! (the SQLite store's `COLLATE NOCASE`).

use super::{doc_from, PgStore};
use crate::accounts::*;
use crate::{now_millis, StoreError, StoreResult};
use futures::future::BoxFuture;
use futures::FutureExt;
use sqlx::postgres::PgRow;
use sqlx::{Executor, Postgres, Row};

const USER_COLUMNS: &str =
    "u.id, u.email, u.name, u.is_admin, u.disabled_at IS NOT NULL, u.created_at, u.max_docs, u.max_doc_bytes";

/// A user from the [`USER_COLUMNS`] of `row`, starting at column `at`.
fn user_from(row: &PgRow, at: usize) -> Result<User, sqlx::Error> {
    Ok(User {
        id: row.try_get(at)?,
        email: row.try_get(at + 1)?,
        name: row.try_get(at + 2)?,
        is_admin: row.try_get(at + 3)?,
        disabled: row.try_get(at + 4)?,
        created_at: row.try_get(at + 5)?,
        max_docs: row.try_get(at + 6)?,
        max_doc_bytes: row.try_get(at + 7)?,
    })
}

/// How many documents user `u` owns; follows [`USER_COLUMNS`] in [`usage_from`].
const DOC_COUNT: &str = "(SELECT COUNT(*) FROM documents d WHERE d.owner_id = u.id)";

fn usage_from(row: &PgRow) -> Result<UserWithUsage, sqlx::Error> {
    Ok(UserWithUsage {
        user: user_from(row, 0)?,
        doc_count: row.try_get(8)?,
    })
}

async fn select_user<'e>(
    conn: impl Executor<'e, Database = Postgres>,
    id: &str,
) -> StoreResult<Option<User>> {
    let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|row| user_from(&row, 0)).transpose()?)
}

/// Columns of a document as seen by user `$1` (NULL for anonymous visitors); the document's
/// come first, in the order of [`super::DOC_COLUMNS`].
const ACCESS_COLUMNS: &str = "d.id, d.kind, d.title, d.created_at, d.updated_at, d.deleted_at, d.owner_id,
     o.name, o.email, m.role, d.link_access, d.link_requires_login, v.visited_at";
const ACCESS_JOINS: &str = "FROM documents d
     LEFT JOIN users o ON o.id = d.owner_id
     LEFT JOIN doc_members m ON m.doc_id = d.id AND m.user_id = $1
     LEFT JOIN doc_visits v ON v.doc_id = d.id AND v.user_id = $1";

fn access_from(row: &PgRow) -> StoreResult<DocAccess> {
    let meta = doc_from(row, 0)?;
    let owner_name: Option<String> = row.try_get(7)?;
    let owner_email: Option<String> = row.try_get(8)?;
    let owner = match (&meta.owner_id, owner_name.zip(owner_email)) {
        (Some(id), Some((name, email))) => Some(UserBrief {
            id: id.clone(),
            name,
            email,
        }),
        _ => None,
    };
    let role: Option<String> = row.try_get(9)?;
    let link: Option<String> = row.try_get(10)?;
    Ok(DocAccess {
        meta,
        owner,
        member_role: role.map(|r| r.parse()).transpose()?,
        link_access: link.map(|l| l.parse()).transpose()?,
        link_requires_login: row.try_get(11)?,
        last_opened_at: row.try_get(12)?,
    })
}

async fn ensure_doc<'e>(conn: impl Executor<'e, Database = Postgres>, doc_id: &str) -> StoreResult<()> {
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)")
        .bind(doc_id)
        .fetch_one(conn)
        .await?;
    if exists {
        Ok(())
    } else {
        Err(StoreError::NotFound)
    }
}

fn token_from(row: &PgRow) -> Result<ApiToken, sqlx::Error> {
    Ok(ApiToken {
        id: row.try_get(0)?,
        user_id: row.try_get(1)?,
        name: row.try_get(2)?,
        created_at: row.try_get(3)?,
        last_used_at: row.try_get(4)?,
    })
}

impl AccountStore for PgStore {
    fn create_user(&self, user: NewUser) -> BoxFuture<'static, StoreResult<User>> {
        let pool = self.pool.clone();
        async move {
            let now = now_millis();
            let mut tx = pool.begin().await?;
            // Two sign-ups at once must not both find the table empty and both become admin;
            // readers are not blocked.
            sqlx::query("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
                .execute(&mut *tx)
                .await?;
            let first: bool = sqlx::query_scalar("SELECT NOT EXISTS (SELECT 1 FROM users)")
                .fetch_one(&mut *tx)
                .await?;
            let inserted = sqlx::query(
                "INSERT INTO users (id, email, name, password_hash, is_admin, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT ((lower(email))) DO NOTHING",
            )
            .bind(&user.id)
            .bind(&user.email)
            .bind(&user.name)
            .bind(&user.password_hash)
            .bind(user.is_admin || first)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                return Err(StoreError::AlreadyExists);
            }
            if first {
                sqlx::query("UPDATE documents SET owner_id = $1 WHERE owner_id IS NULL")
                    .bind(&user.id)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "INSERT INTO doc_members (doc_id, user_id, role, added_at)
                 SELECT i.doc_id, $1, i.role, $3 FROM doc_invites i JOIN documents d ON d.id = i.doc_id
                 WHERE lower(i.email) = lower($2) AND (d.owner_id IS NULL OR d.owner_id <> $1)
                 ON CONFLICT DO NOTHING",
            )
            .bind(&user.id)
            .bind(&user.email)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            sqlx::query("DELETE FROM doc_invites WHERE lower(email) = lower($1)")
                .bind(&user.email)
                .execute(&mut *tx)
                .await?;
            let created = select_user(&mut *tx, &user.id).await?.ok_or(StoreError::NotFound)?;
            tx.commit().await?;
            Ok(created)
        }
        .boxed()
    }

    fn user_by_id(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<User>>> {
        let (pool, id) = (self.pool.clone(), id.to_owned());
        async move { select_user(&pool, &id).await }.boxed()
    }

    fn user_login(&self, email: &str) -> BoxFuture<'static, StoreResult<Option<(User, String)>>> {
        let (pool, email) = (self.pool.clone(), email.to_owned());
        async move {
            let row = sqlx::query(&format!(
                "SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE lower(u.email) = lower($1)"
            ))
            .bind(email)
            .fetch_optional(&pool)
            .await?;
            Ok(row
                .map(|row| Ok::<_, sqlx::Error>((user_from(&row, 0)?, row.try_get(8)?)))
                .transpose()?)
        }
        .boxed()
    }

    fn list_users(&self) -> BoxFuture<'static, StoreResult<Vec<UserWithUsage>>> {
        let pool = self.pool.clone();
        async move {
            let rows = sqlx::query(&format!(
                "SELECT {USER_COLUMNS}, {DOC_COUNT} FROM users u ORDER BY u.created_at, u.id"
            ))
            .fetch_all(&pool)
            .await?;
            Ok(rows.iter().map(usage_from).collect::<Result<_, _>>()?)
        }
        .boxed()
    }

    fn user_with_usage(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<UserWithUsage>>> {
        let (pool, id) = (self.pool.clone(), id.to_owned());
        async move {
            let row = sqlx::query(&format!(
                "SELECT {USER_COLUMNS}, {DOC_COUNT} FROM users u WHERE u.id = $1"
            ))
            .bind(id)
            .fetch_optional(&pool)
            .await?;
            Ok(row.as_ref().map(usage_from).transpose()?)
        }
        .boxed()
    }

    fn update_user(&self, id: &str, changes: UserChanges) -> BoxFuture<'static, StoreResult<User>> {
        let (pool, id) = (self.pool.clone(), id.to_owned());
        async move {
            let mut tx = pool.begin().await?;
            if select_user(&mut *tx, &id).await?.is_none() {
                return Err(StoreError::NotFound);
            }
            if let Some(hash) = &changes.password_hash {
                sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(&id)
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(disabled) = changes.disabled {
                sqlx::query(
                    "UPDATE users SET disabled_at = CASE WHEN $2 THEN COALESCE(disabled_at, $3) END WHERE id = $1",
                )
                .bind(&id)
                .bind(disabled)
                .bind(now_millis())
                .execute(&mut *tx)
                .await?;
            }
            if let Some(is_admin) = changes.is_admin {
                sqlx::query("UPDATE users SET is_admin = $2 WHERE id = $1")
                    .bind(&id)
                    .bind(is_admin)
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(max_docs) = changes.max_docs {
                sqlx::query("UPDATE users SET max_docs = $2 WHERE id = $1")
                    .bind(&id)
                    .bind(max_docs)
                    .execute(&mut *tx)
                    .await?;
            }
            if let Some(max_doc_bytes) = changes.max_doc_bytes {
                sqlx::query("UPDATE users SET max_doc_bytes = $2 WHERE id = $1")
                    .bind(&id)
                    .bind(max_doc_bytes)
                    .execute(&mut *tx)
                    .await?;
            }
            let updated = select_user(&mut *tx, &id).await?.ok_or(StoreError::NotFound)?;
            tx.commit().await?;
            Ok(updated)
        }
        .boxed()
    }

    fn delete_user(&self, id: &str) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, id) = (self.pool.clone(), id.to_owned());
        async move {
            let mut tx = pool.begin().await?;
            // Documents that survive (none should: the caller deletes them first) lose their owner.
            sqlx::query("UPDATE documents SET owner_id = NULL WHERE owner_id = $1")
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            let deleted = sqlx::query("DELETE FROM users WHERE id = $1")
                .bind(&id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if deleted == 0 {
                return Err(StoreError::NotFound);
            }
            tx.commit().await?;
            Ok(())
        }
        .boxed()
    }

    fn totals(&self) -> BoxFuture<'static, StoreResult<Totals>> {
        let pool = self.pool.clone();
        async move {
            let (users, documents): (i64, i64) =
                sqlx::query_as("SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM documents)")
                    .fetch_one(&pool)
                    .await?;
            Ok(Totals { users, documents })
        }
        .boxed()
    }

    fn create_session(
        &self,
        token_hash: Vec<u8>,
        user_id: &str,
        expires_at: i64,
    ) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, user_id) = (self.pool.clone(), user_id.to_owned());
        async move {
            let now = now_millis();
            let mut tx = pool.begin().await?;
            // Expired sessions are swept whenever a new one starts.
            sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                .bind(now)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(token_hash)
            .bind(user_id)
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(())
        }
        .boxed()
    }

    fn session_user(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<Option<User>>> {
        let pool = self.pool.clone();
        async move {
            let row = sqlx::query(&format!(
                "SELECT {USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.token_hash = $1 AND s.expires_at > $2"
            ))
            .bind(token_hash)
            .bind(now_millis())
            .fetch_optional(&pool)
            .await?;
            Ok(row.map(|row| user_from(&row, 0)).transpose()?)
        }
        .boxed()
    }

    fn delete_session(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<()>> {
        let pool = self.pool.clone();
        async move {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(&pool)
                .await?;
            Ok(())
        }
        .boxed()
    }

    fn delete_user_sessions(
        &self,
        user_id: &str,
        keep: Option<Vec<u8>>,
    ) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, user_id) = (self.pool.clone(), user_id.to_owned());
        async move {
            sqlx::query(
                "DELETE FROM sessions WHERE user_id = $1 AND ($2::bytea IS NULL OR token_hash <> $2)",
            )
            .bind(user_id)
            .bind(keep)
            .execute(&pool)
            .await?;
            Ok(())
        }
        .boxed()
    }

    fn create_token(&self, token: ApiToken, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<()>> {
        let pool = self.pool.clone();
        async move {
            sqlx::query(
                "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(token.id)
            .bind(token.user_id)
            .bind(token.name)
            .bind(token_hash)
            .bind(token.created_at)
            .execute(&pool)
            .await?;
            Ok(())
        }
        .boxed()
    }

    fn list_tokens(&self, user_id: &str) -> BoxFuture<'static, StoreResult<Vec<ApiToken>>> {
        let (pool, user_id) = (self.pool.clone(), user_id.to_owned());
        async move {
            let rows = sqlx::query(
                "SELECT id, user_id, name, created_at, last_used_at FROM api_tokens WHERE user_id = $1
                 ORDER BY created_at DESC, id",
            )
            .bind(user_id)
            .fetch_all(&pool)
            .await?;
            Ok(rows.iter().map(token_from).collect::<Result<_, _>>()?)
        }
        .boxed()
    }

    fn delete_token(&self, user_id: &str, id: &str) -> BoxFuture<'static, StoreResult<bool>> {
        let (pool, user_id, id) = (self.pool.clone(), user_id.to_owned(), id.to_owned());
        async move {
            let deleted = sqlx::query("DELETE FROM api_tokens WHERE id = $1 AND user_id = $2")
                .bind(id)
                .bind(user_id)
                .execute(&pool)
                .await?
                .rows_affected();
            Ok(deleted > 0)
        }
        .boxed()
    }

    fn token_user(&self, token_hash: Vec<u8>) -> BoxFuture<'static, StoreResult<Option<(ApiToken, User)>>> {
        let pool = self.pool.clone();
        async move {
            let mut tx = pool.begin().await?;
            let row = sqlx::query(&format!(
                "SELECT t.id, t.user_id, t.name, t.created_at, t.last_used_at, {USER_COLUMNS}
                 FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1"
            ))
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?;
            let found = row
                .map(|row| Ok::<_, sqlx::Error>((token_from(&row)?, user_from(&row, 5)?)))
                .transpose()?;
            if let Some((token, _)) = &found {
                sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                    .bind(&token.id)
                    .bind(now_millis())
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(found)
        }
        .boxed()
    }

    fn doc_access(
        &self,
        doc_id: &str,
        user_id: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<Option<DocAccess>>> {
        let (pool, doc_id, user_id) = (self.pool.clone(), doc_id.to_owned(), user_id.map(str::to_owned));
        async move {
            let row = sqlx::query(&format!("SELECT {ACCESS_COLUMNS} {ACCESS_JOINS} WHERE d.id = $2"))
                .bind(user_id)
                .bind(doc_id)
                .fetch_optional(&pool)
                .await?;
            row.as_ref().map(access_from).transpose()
        }
        .boxed()
    }

    fn list_user_docs(
        &self,
        user_id: &str,
        listing: DocListing,
        query: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<Vec<DocAccess>>> {
        let (pool, user_id) = (self.pool.clone(), user_id.to_owned());
        let pattern = query.map(|q| {
            let escaped = q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            format!("%{escaped}%")
        });
        let (condition, order) = match listing {
            DocListing::Mine => ("d.owner_id = $1 AND d.deleted_at IS NULL", "d.updated_at DESC"),
            DocListing::Shared => (
                "m.role IS NOT NULL AND d.owner_id IS DISTINCT FROM $1 AND d.deleted_at IS NULL",
                "d.updated_at DESC",
            ),
            DocListing::Recent => (
                "v.visited_at IS NOT NULL AND d.deleted_at IS NULL
                 AND (d.owner_id = $1 OR m.role IS NOT NULL OR d.link_access IS NOT NULL)",
                "v.visited_at DESC",
            ),
            DocListing::Trash => (
                "d.owner_id = $1 AND d.deleted_at IS NOT NULL",
                "d.deleted_at DESC",
            ),
        };
        // `LIMIT NULL` is no limit.
        let limit = (listing == DocListing::Recent).then_some(50_i64);
        async move {
            let rows = sqlx::query(&format!(
                "SELECT {ACCESS_COLUMNS} {ACCESS_JOINS}
                 WHERE {condition} AND ($2::text IS NULL OR d.title ILIKE $2 ESCAPE '\\')
                 ORDER BY {order}, d.id LIMIT $3"
            ))
            .bind(user_id)
            .bind(pattern)
            .bind(limit)
            .fetch_all(&pool)
            .await?;
            rows.iter().map(access_from).collect()
        }
        .boxed()
    }

    fn owned_doc_ids(&self, user_id: &str) -> BoxFuture<'static, StoreResult<Vec<String>>> {
        let (pool, user_id) = (self.pool.clone(), user_id.to_owned());
        async move {
            Ok(
                sqlx::query_scalar("SELECT id FROM documents WHERE owner_id = $1 ORDER BY id")
                    .bind(user_id)
                    .fetch_all(&pool)
                    .await?,
            )
        }
        .boxed()
    }

    fn record_visit(&self, user_id: &str, doc_id: &str) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, user_id, doc_id) = (self.pool.clone(), user_id.to_owned(), doc_id.to_owned());
        async move {
            sqlx::query(
                "INSERT INTO doc_visits (user_id, doc_id, visited_at) SELECT $1, id, $3 FROM documents WHERE id = $2
                 ON CONFLICT (user_id, doc_id) DO UPDATE SET visited_at = excluded.visited_at",
            )
            .bind(user_id)
            .bind(doc_id)
            .bind(now_millis())
            .execute(&pool)
            .await?;
            Ok(())
        }
        .boxed()
    }

    fn members(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<Member>>> {
        let (pool, doc_id) = (self.pool.clone(), doc_id.to_owned());
        async move {
            let rows: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT u.id, u.name, u.email, m.role FROM doc_members m JOIN users u ON u.id = m.user_id
                 WHERE m.doc_id = $1 ORDER BY m.added_at, u.id",
            )
            .bind(doc_id)
            .fetch_all(&pool)
            .await?;
            rows.into_iter()
                .map(|(id, name, email, role)| {
                    Ok(Member {
                        user: UserBrief { id, name, email },
                        role: role.parse()?,
                    })
                })
                .collect()
        }
        .boxed()
    }

    fn set_member(&self, doc_id: &str, user_id: &str, role: Role) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, doc_id, user_id) = (self.pool.clone(), doc_id.to_owned(), user_id.to_owned());
        async move {
            let mut tx = pool.begin().await?;
            ensure_doc(&mut *tx, &doc_id).await?;
            if select_user(&mut *tx, &user_id).await?.is_none() {
                return Err(StoreError::NotFound);
            }
            sqlx::query(
                "INSERT INTO doc_members (doc_id, user_id, role, added_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (doc_id, user_id) DO UPDATE SET role = excluded.role",
            )
            .bind(doc_id)
            .bind(user_id)
            .bind(role.as_str())
            .bind(now_millis())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(())
        }
        .boxed()
    }

    fn remove_member(&self, doc_id: &str, user_id: &str) -> BoxFuture<'static, StoreResult<bool>> {
        let (pool, doc_id, user_id) = (self.pool.clone(), doc_id.to_owned(), user_id.to_owned());
        async move {
            let removed = sqlx::query("DELETE FROM doc_members WHERE doc_id = $1 AND user_id = $2")
                .bind(doc_id)
                .bind(user_id)
                .execute(&pool)
                .await?
                .rows_affected();
            Ok(removed > 0)
        }
        .boxed()
    }

    fn invites(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<Invite>>> {
        let (pool, doc_id) = (self.pool.clone(), doc_id.to_owned());
        async move {
            let rows: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT email, role, created_at FROM doc_invites WHERE doc_id = $1 ORDER BY created_at, email",
            )
            .bind(doc_id)
            .fetch_all(&pool)
            .await?;
            rows.into_iter()
                .map(|(email, role, created_at)| {
                    Ok(Invite {
                        email,
                        role: role.parse()?,
                        created_at,
                    })
                })
                .collect()
        }
        .boxed()
    }

    fn set_invite(&self, doc_id: &str, email: &str, role: Role) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, doc_id, email) = (self.pool.clone(), doc_id.to_owned(), email.to_owned());
        async move {
            let mut tx = pool.begin().await?;
            ensure_doc(&mut *tx, &doc_id).await?;
            sqlx::query(
                "INSERT INTO doc_invites (doc_id, email, role, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (doc_id, (lower(email))) DO UPDATE SET role = excluded.role",
            )
            .bind(doc_id)
            .bind(email)
            .bind(role.as_str())
            .bind(now_millis())
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(())
        }
        .boxed()
    }

    fn remove_invite(&self, doc_id: &str, email: &str) -> BoxFuture<'static, StoreResult<bool>> {
        let (pool, doc_id, email) = (self.pool.clone(), doc_id.to_owned(), email.to_owned());
        async move {
            let removed =
                sqlx::query("DELETE FROM doc_invites WHERE doc_id = $1 AND lower(email) = lower($2)")
                    .bind(doc_id)
                    .bind(email)
                    .execute(&pool)
                    .await?
                    .rows_affected();
            Ok(removed > 0)
        }
        .boxed()
    }

    fn set_link(
        &self,
        doc_id: &str,
        access: Option<LinkAccess>,
        requires_login: bool,
    ) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, doc_id) = (self.pool.clone(), doc_id.to_owned());
        async move {
            let changed =
                sqlx::query("UPDATE documents SET link_access = $2, link_requires_login = $3 WHERE id = $1")
                    .bind(doc_id)
                    .bind(access.map(LinkAccess::as_str))
                    .bind(requires_login)
                    .execute(&pool)
                    .await?
                    .rows_affected();
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            Ok(())
        }
        .boxed()
    }

    fn transfer_owner(&self, doc_id: &str, new_owner: &str) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, doc_id, new_owner) = (self.pool.clone(), doc_id.to_owned(), new_owner.to_owned());
        async move {
            let mut tx = pool.begin().await?;
            if select_user(&mut *tx, &new_owner).await?.is_none() {
                return Err(StoreError::NotFound);
            }
            let previous: Option<Option<String>> =
                sqlx::query_scalar("SELECT owner_id FROM documents WHERE id = $1 FOR UPDATE")
                    .bind(&doc_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(previous) = previous else {
                return Err(StoreError::NotFound);
            };
            let now = now_millis();
            sqlx::query("UPDATE documents SET owner_id = $2 WHERE id = $1")
                .bind(&doc_id)
                .bind(&new_owner)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM doc_members WHERE doc_id = $1 AND user_id = $2")
                .bind(&doc_id)
                .bind(&new_owner)
                .execute(&mut *tx)
                .await?;
            if let Some(previous) = previous.filter(|p| *p != new_owner) {
                sqlx::query(
                    "INSERT INTO doc_members (doc_id, user_id, role, added_at) VALUES ($1, $2, 'editor', $3)
                     ON CONFLICT (doc_id, user_id) DO UPDATE SET role = 'editor'",
                )
                .bind(&doc_id)
                .bind(previous)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(())
        }
        .boxed()
    }
}
