//! Uploaded files (images in documents and boards), content-addressed: a file is stored once
//! under the SHA-256 of its bytes, whoever uploads it to whichever document. Which documents may
//! serve a file is recorded in the [`crate::Store`] (`doc_files`); the bytes live here.

use futures::future::BoxFuture;
use futures::FutureExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::{StoreError, StoreResult};

/// Where file bytes are kept. Behind a trait so that a multi-instance deployment can keep them
/// where every instance sees them.
pub trait BlobStore: Send + Sync + 'static {
    /// Stores `bytes` under `hash` (the lowercase hex SHA-256 of the bytes, checked by the
    /// caller). Storing the same hash again is a no-op.
    fn put(&self, hash: &str, bytes: Vec<u8>) -> BoxFuture<'static, StoreResult<()>>;
    fn get(&self, hash: &str) -> BoxFuture<'static, StoreResult<Option<Vec<u8>>>>;
}

/// Files in a directory (`<data dir>/files/ab/abcdef…`), written to a temporary name and
/// renamed, so a crash never leaves a half-written file under a real hash.
pub struct DirBlobStore {
    root: PathBuf,
}

impl DirBlobStore {
    pub fn new(root: impl AsRef<Path>) -> Self {
        DirBlobStore {
            root: root.as_ref().to_path_buf(),
        }
    }

    /// The path for a hash; `None` for anything that is not 64 lowercase hex digits, so a name
    /// can never reach outside the directory.
    fn path(&self, hash: &str) -> Option<PathBuf> {
        let valid = hash.len() == 64
            && hash
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| self.root.join(&hash[..2]).join(hash))
    }
}

fn io_error(e: std::io::Error) -> StoreError {
    StoreError::Database(format!("file store: {e}"))
}

impl BlobStore for DirBlobStore {
    fn put(&self, hash: &str, bytes: Vec<u8>) -> BoxFuture<'static, StoreResult<()>> {
        let path = self.path(hash);
        async move {
            let path = path.ok_or_else(|| StoreError::Corrupt("not a SHA-256 file name".into()))?;
            tokio::task::spawn_blocking(move || {
                if path.exists() {
                    return Ok(());
                }
                let dir = path.parent().expect("a hash path has a parent");
                std::fs::create_dir_all(dir).map_err(io_error)?;
                // Unique per write: two uploads of the same file at once must not share a temp file.
                static WRITES: AtomicU64 = AtomicU64::new(0);
                let write = WRITES.fetch_add(1, Ordering::Relaxed);
                let name = path.file_name().unwrap().to_string_lossy();
                let temp = dir.join(format!(".{name}.tmp-{}-{write}", std::process::id()));
                std::fs::write(&temp, &bytes).map_err(io_error)?;
                std::fs::File::open(&temp)
                    .and_then(|f| f.sync_all())
                    .map_err(io_error)?;
                std::fs::rename(&temp, &path).map_err(io_error)
            })
            .await
            .map_err(|e| StoreError::Database(format!("file write task failed: {e}")))?
        }
        .boxed()
    }

    fn get(&self, hash: &str) -> BoxFuture<'static, StoreResult<Option<Vec<u8>>>> {
        let path = self.path(hash);
        async move {
            let Some(path) = path else { return Ok(None) };
            tokio::task::spawn_blocking(move || match std::fs::read(&path) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(io_error(e)),
            })
            .await
            .map_err(|e| StoreError::Database(format!("file read task failed: {e}")))?
        }
        .boxed()
    }
}

/// Files in a PostgreSQL table, for deployments where several instances must see the same
/// uploads (the data directory is one machine's).
pub struct PgBlobStore {
    pool: sqlx::PgPool,
}

fn pg_error(e: sqlx::Error) -> StoreError {
    StoreError::Database(format!("file store: {e}"))
}

impl PgBlobStore {
    /// Connects and creates the table if needed.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(4)
            .acquire_timeout(std::time::Duration::from_secs(5))
            .connect(url)
            .await
            .map_err(pg_error)?;
        sqlx::query("CREATE TABLE IF NOT EXISTS tandem_files (hash TEXT PRIMARY KEY, data BYTEA NOT NULL)")
            .execute(&pool)
            .await
            .map_err(pg_error)?;
        Ok(PgBlobStore { pool })
    }
}

impl BlobStore for PgBlobStore {
    fn put(&self, hash: &str, bytes: Vec<u8>) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, hash) = (self.pool.clone(), hash.to_owned());
        async move {
            sqlx::query(
                "INSERT INTO tandem_files (hash, data) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING",
            )
            .bind(hash)
            .bind(bytes)
            .execute(&pool)
            .await
            .map_err(pg_error)?;
            Ok(())
        }
        .boxed()
    }

    fn get(&self, hash: &str) -> BoxFuture<'static, StoreResult<Option<Vec<u8>>>> {
        let (pool, hash) = (self.pool.clone(), hash.to_owned());
        async move {
            sqlx::query_scalar::<_, Vec<u8>>("SELECT data FROM tandem_files WHERE hash = $1")
                .bind(hash)
                .fetch_optional(&pool)
                .await
                .map_err(pg_error)
        }
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The PostgreSQL the test command starts on this machine's loopback.
    fn postgres_url() -> String {
        std::env::var("TANDEM_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
    }

    #[tokio::test]
    async fn postgres_keeps_files_by_content() {
        let blobs = PgBlobStore::connect(&postgres_url())
            .await
            .expect("PostgreSQL on 127.0.0.1:5432");
        // A hash of this run's own, so reruns and parallel runs never see each other's rows.
        let hash = format!(
            "{:0>64}",
            format!(
                "{:x}",
                std::process::id() as u64 * 1_000_003 + crate::now_millis() as u64
            )
        );
        assert_eq!(blobs.get(&hash).await.unwrap(), None);
        blobs.put(&hash, b"picture".to_vec()).await.unwrap();
        blobs.put(&hash, b"picture".to_vec()).await.unwrap();
        assert_eq!(blobs.get(&hash).await.unwrap(), Some(b"picture".to_vec()));
    }

    #[tokio::test]
    async fn an_unreachable_postgres_is_a_clear_error() {
        let error = PgBlobStore::connect("postgres://postgres@127.0.0.1:1/none")
            .await
            .err()
            .unwrap();
        assert!(error.to_string().contains("file store"), "{error}");
    }

    const HASH: &str = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    #[tokio::test]
    async fn files_round_trip_and_bad_names_reach_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = DirBlobStore::new(dir.path());
        assert_eq!(blobs.get(HASH).await.unwrap(), None);
        blobs.put(HASH, b"hello".to_vec()).await.unwrap();
        blobs.put(HASH, b"hello".to_vec()).await.unwrap();
        assert_eq!(blobs.get(HASH).await.unwrap(), Some(b"hello".to_vec()));
        assert!(dir.path().join("2c").join(HASH).exists());
        assert_eq!(blobs.get("../../etc/passwd").await.unwrap(), None);
        assert!(blobs.put("../x", vec![1]).await.is_err());
        assert_eq!(blobs.get(&HASH.to_uppercase()).await.unwrap(), None);
    }
}
