//! The behaviour every store must have, run against each backend: SQLite on a file in a
//! temporary directory, and PostgreSQL (`TANDEM_TEST_POSTGRES_URL`, by default the one on
//! 127.0.0.1:5432) in a schema of the test's own, dropped when the test ends, so tests run in
//! parallel and reruns never see old rows. What only PostgreSQL has (concurrent migrations,
//! losing the database) is tested at the end.

mod support {
    pub mod tcp_proxy;
}

use futures::future::join_all;
use sqlx::{Connection, Executor, PgConnection};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tandem_store::accounts::*;
use tandem_store::postgres::PgStore;
use tandem_store::sqlite::SqliteStore;
use tandem_store::{
    now_millis, BatchObserver, BatchStats, DocKind, FileMeta, Store, StoreError, StoredContent,
    AUTOMATIC_VERSIONS_KEPT,
};

/// A store with both halves of the storage interface, as the server uses it.
trait Backend: Store + AccountStore {}
impl<T: Store + AccountStore> Backend for T {}

#[derive(Clone, Copy)]
enum Kind {
    Sqlite,
    Postgres,
}

/// Where a test's database lives, for as long as the test runs.
enum Place {
    Sqlite(tempfile::TempDir),
    Postgres(Schema),
}

impl Place {
    async fn open(&self, on_batch: Option<BatchObserver>) -> Arc<dyn Backend> {
        match self {
            Place::Sqlite(dir) => {
                Arc::new(SqliteStore::open(dir.path().join("tandem.db"), on_batch).unwrap())
            }
            Place::Postgres(schema) => Arc::new(
                PgStore::connect(&schema.url, on_batch)
                    .await
                    .expect("PostgreSQL at TANDEM_TEST_POSTGRES_URL"),
            ),
        }
    }
}

struct Fixture {
    // Dropped before `place`, so the database is no longer in use when it is removed.
    store: Arc<dyn Backend>,
    place: Place,
}

impl Fixture {
    async fn new(kind: Kind) -> Fixture {
        Fixture::observed(kind, None).await
    }

    async fn observed(kind: Kind, on_batch: Option<BatchObserver>) -> Fixture {
        let place = match kind {
            Kind::Sqlite => Place::Sqlite(tempfile::tempdir().unwrap()),
            Kind::Postgres => Place::Postgres(Schema::create().await),
        };
        let store = place.open(on_batch).await;
        Fixture { store, place }
    }

    /// Closes the store and opens the same database again.
    async fn reopen(&mut self) {
        self.store.close().await;
        self.store = self.place.open(None).await;
    }
}

fn postgres_url() -> String {
    std::env::var("TANDEM_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A PostgreSQL schema of one test's own; `url` connects with it as the search path.
struct Schema {
    name: String,
    url: String,
}

impl Schema {
    async fn create() -> Schema {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let base = postgres_url();
        let name = format!(
            "tandem_test_{}_{}_{}",
            std::process::id(),
            now_millis(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let mut conn = PgConnection::connect(&base)
            .await
            .expect("PostgreSQL at TANDEM_TEST_POSTGRES_URL");
        conn.execute(format!("CREATE SCHEMA {name}").as_str())
            .await
            .unwrap();
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options[search_path]={name}");
        Schema { name, url }
    }
}

impl Drop for Schema {
    /// Runs when the test passed and when it panicked, on a thread and runtime of its own
    /// because the test's runtime is the one being unwound.
    fn drop(&mut self) {
        let (base, name) = (postgres_url(), self.name.clone());
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                if let Ok(mut conn) = PgConnection::connect(&base).await {
                    let _ = conn.execute(format!("DROP SCHEMA {name} CASCADE").as_str()).await;
                }
            })
        })
        .join();
    }
}

/// Runs each test once per backend, as `sqlite::<test>` and `postgres::<test>`.
macro_rules! suite {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $test() {
                    super::$test(super::Kind::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $test() {
                    super::$test(super::Kind::Postgres).await
                }
            )*
        }
    };
}

suite!(
    documents_are_created_listed_renamed_and_trashed,
    deleting_a_document_removes_its_history_after_queued_writes,
    appended_updates_load_in_order_and_survive_reopening,
    concurrent_appends_are_group_committed,
    appends_from_many_tasks_stay_in_call_order,
    compaction_replaces_the_log_prefix_with_a_snapshot,
    files_belong_to_their_document_and_go_with_it,
    versions_are_listed_newest_first_and_load_their_state,
    old_automatic_versions_are_dropped_named_ones_kept,
    deleting_a_document_deletes_its_versions,
    the_first_account_is_admin_and_adopts_documents_without_owner,
    a_users_usage_counts_the_documents_they_own,
    invites_become_memberships_when_the_invitee_signs_up,
    invites_and_members_are_replaced_and_removed,
    listings_search_titles_and_follow_trash_visits_and_transfers,
    sessions_and_tokens_resolve_to_their_user_until_revoked,
    deleting_a_user_removes_their_sessions_tokens_and_memberships,
);

async fn documents_are_created_listed_renamed_and_trashed(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    let created = store
        .create_doc("a1", DocKind::Code, "Notes", None)
        .await
        .unwrap();
    assert_eq!((created.kind, created.title.as_str()), (DocKind::Code, "Notes"));
    assert_eq!(created.created_at, created.updated_at);
    assert!(matches!(
        store.create_doc("a1", DocKind::Doc, "again", None).await,
        Err(StoreError::AlreadyExists)
    ));
    assert_eq!(store.rename_doc("a1", "Plans").await.unwrap().title, "Plans");
    assert!(matches!(
        store.rename_doc("nope", "x").await,
        Err(StoreError::NotFound)
    ));
    let trashed = store.set_trashed("a1", true).await.unwrap();
    assert!(trashed.deleted_at.is_some());
    assert!(matches!(
        store.set_trashed("nope", true).await,
        Err(StoreError::NotFound)
    ));
    store.set_trashed("a1", false).await.unwrap();
    let fetched = store.get_doc("a1").await.unwrap().unwrap();
    assert_eq!((fetched.title.as_str(), fetched.deleted_at), ("Plans", None));
    assert_eq!(store.get_doc("b2").await.unwrap(), None);
    for kind in [DocKind::Doc, DocKind::Sheet, DocKind::Board, DocKind::Sim] {
        let id = format!("k-{kind}");
        store.create_doc(&id, kind, "t", Some("owner")).await.unwrap();
        let fetched = store.get_doc(&id).await.unwrap().unwrap();
        assert_eq!((fetched.kind, fetched.owner_id.as_deref()), (kind, Some("owner")));
    }
}

async fn deleting_a_document_removes_its_history_after_queued_writes(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_doc("d", DocKind::Doc, "Gone", None).await.unwrap();
    store.append_update("d", vec![0]).await.unwrap();
    let content = store.load_content("d").await.unwrap();
    store
        .compact("d", b"snap".to_vec(), content.last_seq)
        .await
        .unwrap();
    let write = store.append_update("d", vec![1]);
    store.delete_doc("d").await.unwrap();
    write.await.unwrap();
    assert_eq!(store.get_doc("d").await.unwrap(), None);
    assert_eq!(store.load_content("d").await.unwrap(), StoredContent::default());
    assert!(matches!(store.delete_doc("d").await, Err(StoreError::NotFound)));
}

async fn appended_updates_load_in_order_and_survive_reopening(kind: Kind) {
    let mut f = Fixture::new(kind).await;
    let before = f.store.create_doc("d", DocKind::Doc, "D", None).await.unwrap();
    let writes: Vec<_> = (0..100u8).map(|i| f.store.append_update("d", vec![i])).collect();
    for result in join_all(writes).await {
        result.unwrap();
    }
    f.store.append_update("other", vec![9]).await.unwrap();
    assert!(f.store.get_doc("d").await.unwrap().unwrap().updated_at >= before.updated_at);
    f.store.close().await;
    assert!(matches!(
        f.store.append_update("d", vec![1]).await,
        Err(StoreError::Closed)
    ));
    f.reopen().await;
    let content = f.store.load_content("d").await.unwrap();
    assert_eq!(content.snapshot, None);
    assert_eq!(content.updates, (0..100u8).map(|i| vec![i]).collect::<Vec<_>>());
    assert_eq!(
        f.store.load_content("other").await.unwrap().updates,
        vec![vec![9]]
    );
}

async fn concurrent_appends_are_group_committed(kind: Kind) {
    let batches = Arc::new(Mutex::new(Vec::new()));
    let seen = batches.clone();
    let observer: BatchObserver =
        Arc::new(move |stats: BatchStats| seen.lock().unwrap().push(stats.operations));
    let f = Fixture::observed(kind, Some(observer)).await;
    let writes: Vec<_> = (0..2000u32)
        .map(|i| f.store.append_update("d", i.to_le_bytes().to_vec()))
        .collect();
    for result in join_all(writes).await {
        result.unwrap();
    }
    let batches = batches.lock().unwrap();
    assert_eq!(batches.iter().sum::<usize>(), 2000);
    assert!(batches.len() < 2000, "every append had its own transaction");
}

async fn appends_from_many_tasks_stay_in_call_order(kind: Kind) {
    let f = Fixture::new(kind).await;
    // The order of the calls, recorded under the lock the calls are made under.
    let called = Arc::new(Mutex::new(Vec::new()));
    let tasks: Vec<_> = (0..16u32)
        .map(|task| {
            let (store, called) = (f.store.clone(), called.clone());
            tokio::spawn(async move {
                let mut writes = Vec::new();
                for i in 0..50u32 {
                    let update = (task * 1000 + i).to_le_bytes().to_vec();
                    {
                        let mut order = called.lock().unwrap();
                        order.push(update.clone());
                        writes.push(store.append_update("d", update));
                    }
                    if i % 5 == 0 {
                        tokio::task::yield_now().await;
                    }
                }
                for result in join_all(writes).await {
                    result.unwrap();
                }
            })
        })
        .collect();
    for task in join_all(tasks).await {
        task.unwrap();
    }
    let content = f.store.load_content("d").await.unwrap();
    assert_eq!(content.updates.len(), 800);
    assert_eq!(content.updates, *called.lock().unwrap());
}

async fn compaction_replaces_the_log_prefix_with_a_snapshot(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    for i in 0..10u8 {
        store.append_update("d", vec![i]).await.unwrap();
    }
    let before = store.load_content("d").await.unwrap();
    assert_eq!(before.updates.len(), 10);
    store
        .compact("d", b"snapshot".to_vec(), before.last_seq - 3)
        .await
        .unwrap();
    let after = store.load_content("d").await.unwrap();
    assert_eq!(after.snapshot.as_deref(), Some(&b"snapshot"[..]));
    assert_eq!(after.updates, vec![vec![7], vec![8], vec![9]]);
    assert_eq!(after.last_seq, before.last_seq);
    // An older snapshot never replaces a newer one.
    store.compact("d", b"stale".to_vec(), 1).await.unwrap();
    assert_eq!(
        store.load_content("d").await.unwrap().snapshot.as_deref(),
        Some(&b"snapshot"[..])
    );
    // Updates after a full compaction come after the snapshot.
    store.compact("d", b"all".to_vec(), after.last_seq).await.unwrap();
    store.append_update("d", vec![10]).await.unwrap();
    let last = store.load_content("d").await.unwrap();
    assert_eq!(last.snapshot.as_deref(), Some(&b"all"[..]));
    assert_eq!(last.updates, vec![vec![10]]);
    assert!(last.last_seq > after.last_seq);
}

async fn files_belong_to_their_document_and_go_with_it(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_doc("d", DocKind::Doc, "D", None).await.unwrap();
    store.create_doc("e", DocKind::Doc, "E", None).await.unwrap();
    let file = FileMeta {
        hash: "ab".repeat(32),
        mime: "image/png".into(),
        size: 42,
        uploaded_by: Some("someone".into()),
        created_at: 7,
    };
    store.add_file("d", file.clone()).await.unwrap();
    store.add_file("d", file.clone()).await.unwrap();
    assert_eq!(store.file("d", &file.hash).await.unwrap(), Some(file.clone()));
    assert_eq!(store.file("e", &file.hash).await.unwrap(), None);
    store.delete_doc("d").await.unwrap();
    assert_eq!(store.file("d", &file.hash).await.unwrap(), None);
}

async fn versions_are_listed_newest_first_and_load_their_state(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_doc("d", DocKind::Doc, "D", None).await.unwrap();
    let first = store
        .save_version("d", Some("Draft"), &["alice".into()], vec![1, 2, 3])
        .await
        .unwrap();
    let second = store
        .save_version("d", None, &["alice".into(), "bob".into()], vec![4])
        .await
        .unwrap();
    let listed = store.list_versions("d").await.unwrap();
    assert_eq!(listed, vec![second.clone(), first.clone()]);
    assert_eq!(listed[0].authors, ["alice", "bob"]);
    assert_eq!(
        store.load_version("d", &first.id).await.unwrap(),
        Some(vec![1, 2, 3])
    );
    // Another document's version, or nonsense, is no version of this one.
    store.create_doc("e", DocKind::Doc, "E", None).await.unwrap();
    assert_eq!(store.load_version("e", &first.id).await.unwrap(), None);
    assert_eq!(store.load_version("d", "x'; DROP").await.unwrap(), None);
}

async fn old_automatic_versions_are_dropped_named_ones_kept(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_doc("d", DocKind::Doc, "D", None).await.unwrap();
    store
        .save_version("d", Some("Keep me"), &[], vec![0])
        .await
        .unwrap();
    for i in 0..AUTOMATIC_VERSIONS_KEPT + 5 {
        store.save_version("d", None, &[], vec![i as u8]).await.unwrap();
    }
    let listed = store.list_versions("d").await.unwrap();
    assert_eq!(listed.len(), AUTOMATIC_VERSIONS_KEPT + 1);
    assert!(listed.iter().any(|v| v.name.as_deref() == Some("Keep me")));
    assert_eq!(listed[0].name, None);
    // The newest automatic versions are the ones kept.
    let newest = store.load_version("d", &listed[0].id).await.unwrap();
    assert_eq!(newest, Some(vec![(AUTOMATIC_VERSIONS_KEPT + 4) as u8]));
    let oldest_automatic = listed.iter().rev().find(|v| v.name.is_none()).unwrap();
    let oldest = store.load_version("d", &oldest_automatic.id).await.unwrap();
    assert_eq!(oldest, Some(vec![5]));
}

async fn deleting_a_document_deletes_its_versions(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_doc("d", DocKind::Doc, "D", None).await.unwrap();
    let version = store.save_version("d", None, &[], vec![9]).await.unwrap();
    store.delete_doc("d").await.unwrap();
    assert_eq!(store.load_version("d", &version.id).await.unwrap(), None);
    assert!(store.list_versions("d").await.unwrap().is_empty());
}

fn new_user(id: &str, email: &str) -> NewUser {
    NewUser {
        id: id.into(),
        email: email.into(),
        name: id.to_uppercase(),
        password_hash: format!("hash-of-{id}"),
        is_admin: false,
    }
}

async fn the_first_account_is_admin_and_adopts_documents_without_owner(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store
        .create_doc("old", DocKind::Doc, "Before accounts", None)
        .await
        .unwrap();
    let first = store.create_user(new_user("a", "A@example.com")).await.unwrap();
    let second = store.create_user(new_user("b", "b@example.com")).await.unwrap();
    assert!(first.is_admin && !second.is_admin);
    assert_eq!(
        store.get_doc("old").await.unwrap().unwrap().owner_id.as_deref(),
        Some("a")
    );
    assert!(matches!(
        store.create_user(new_user("c", "a@EXAMPLE.com")).await,
        Err(StoreError::AlreadyExists)
    ));
    let (found, hash) = store.user_login("a@example.com").await.unwrap().unwrap();
    assert_eq!((found.id.as_str(), hash.as_str()), ("a", "hash-of-a"));
    assert_eq!(found.email, "A@example.com", "the email is kept as typed");
    assert!(store.user_login("nobody@example.com").await.unwrap().is_none());
    assert_eq!(store.user_by_id("b").await.unwrap(), Some(second));
    assert_eq!(store.user_by_id("nobody").await.unwrap(), None);
    let admin = NewUser {
        is_admin: true,
        ..new_user("c", "c@example.com")
    };
    assert!(store.create_user(admin).await.unwrap().is_admin);
}

async fn a_users_usage_counts_the_documents_they_own(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_user(new_user("a", "a@example.com")).await.unwrap();
    store.create_user(new_user("b", "b@example.com")).await.unwrap();
    for id in ["d2", "d1"] {
        store.create_doc(id, DocKind::Doc, "t", Some("a")).await.unwrap();
    }
    let usage = store.user_with_usage("a").await.unwrap().unwrap();
    assert_eq!((usage.user.email.as_str(), usage.doc_count), ("a@example.com", 2));
    assert_eq!(store.user_with_usage("b").await.unwrap().unwrap().doc_count, 0);
    assert!(store.user_with_usage("nobody").await.unwrap().is_none());
    let listed: Vec<(String, i64)> = store
        .list_users()
        .await
        .unwrap()
        .into_iter()
        .map(|usage| (usage.user.id, usage.doc_count))
        .collect();
    assert_eq!(listed, [("a".to_owned(), 2), ("b".to_owned(), 0)]);
    assert_eq!(store.owned_doc_ids("a").await.unwrap(), ["d1", "d2"]);
    assert!(store.owned_doc_ids("b").await.unwrap().is_empty());
    let totals = store.totals().await.unwrap();
    assert_eq!((totals.users, totals.documents), (2, 2));
}

async fn invites_become_memberships_when_the_invitee_signs_up(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store
        .create_user(new_user("owner", "owner@example.com"))
        .await
        .unwrap();
    store
        .create_doc("d", DocKind::Doc, "Plans", Some("owner"))
        .await
        .unwrap();
    store
        .set_invite("d", "new@example.com", Role::Viewer)
        .await
        .unwrap();
    assert_eq!(store.invites("d").await.unwrap().len(), 1);
    store
        .create_user(new_user("new", "New@Example.com"))
        .await
        .unwrap();
    assert!(store.invites("d").await.unwrap().is_empty());
    let access = store.doc_access("d", Some("new")).await.unwrap().unwrap();
    assert_eq!(access.member_role, Some(Role::Viewer));
    let shared = store
        .list_user_docs("new", DocListing::Shared, None)
        .await
        .unwrap();
    assert_eq!(shared.len(), 1);
    assert!(store
        .list_user_docs("new", DocListing::Mine, None)
        .await
        .unwrap()
        .is_empty());
}

async fn invites_and_members_are_replaced_and_removed(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_user(new_user("a", "a@example.com")).await.unwrap();
    store.create_user(new_user("b", "b@example.com")).await.unwrap();
    store.create_doc("d", DocKind::Doc, "D", Some("a")).await.unwrap();

    store
        .set_invite("d", "x@example.com", Role::Viewer)
        .await
        .unwrap();
    store
        .set_invite("d", "X@Example.com", Role::Editor)
        .await
        .unwrap();
    let invites = store.invites("d").await.unwrap();
    assert_eq!(invites.len(), 1, "one invite per email, whatever its case");
    assert_eq!(
        (invites[0].email.as_str(), invites[0].role),
        ("x@example.com", Role::Editor)
    );
    assert!(matches!(
        store.set_invite("nope", "x@example.com", Role::Viewer).await,
        Err(StoreError::NotFound)
    ));
    assert!(store.remove_invite("d", "X@EXAMPLE.COM").await.unwrap());
    assert!(!store.remove_invite("d", "x@example.com").await.unwrap());

    store.set_member("d", "b", Role::Viewer).await.unwrap();
    store.set_member("d", "b", Role::Editor).await.unwrap();
    let members = store.members("d").await.unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(
        (members[0].user.email.as_str(), members[0].role),
        ("b@example.com", Role::Editor)
    );
    assert!(matches!(
        store.set_member("d", "nobody", Role::Viewer).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.set_member("nope", "b", Role::Viewer).await,
        Err(StoreError::NotFound)
    ));
    assert!(store.remove_member("d", "b").await.unwrap());
    assert!(!store.remove_member("d", "b").await.unwrap());
    assert!(store.members("d").await.unwrap().is_empty());

    store.set_link("d", Some(LinkAccess::Edit), true).await.unwrap();
    let anonymous = store.doc_access("d", None).await.unwrap().unwrap();
    assert_eq!(anonymous.link_access, Some(LinkAccess::Edit));
    assert!(anonymous.link_requires_login);
    assert_eq!((anonymous.member_role, anonymous.last_opened_at), (None, None));
    store.set_link("d", None, false).await.unwrap();
    let closed = store.doc_access("d", None).await.unwrap().unwrap();
    assert_eq!((closed.link_access, closed.link_requires_login), (None, false));
    assert!(matches!(
        store.set_link("nope", None, false).await,
        Err(StoreError::NotFound)
    ));
    assert!(store.doc_access("nope", Some("a")).await.unwrap().is_none());
}

async fn listings_search_titles_and_follow_trash_visits_and_transfers(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_user(new_user("a", "a@example.com")).await.unwrap();
    store.create_user(new_user("b", "b@example.com")).await.unwrap();
    store
        .create_doc("d1", DocKind::Doc, "Budget 100%", Some("a"))
        .await
        .unwrap();
    store
        .create_doc("d2", DocKind::Code, "Roadmap_v2", Some("a"))
        .await
        .unwrap();
    let mine = |q: Option<&'static str>| store.list_user_docs("a", DocListing::Mine, q);
    assert_eq!(mine(None).await.unwrap().len(), 2);
    assert_eq!(mine(Some("budget")).await.unwrap()[0].meta.id, "d1");
    assert!(mine(Some("0%x")).await.unwrap().is_empty(), "% is literal");
    assert!(mine(Some("oa_m")).await.unwrap().is_empty(), "_ is literal");
    assert_eq!(mine(Some("P_V")).await.unwrap()[0].meta.id, "d2");
    store.set_trashed("d1", true).await.unwrap();
    let trash = store.list_user_docs("a", DocListing::Trash, None).await.unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(mine(None).await.unwrap().len(), 1);
    store.record_visit("b", "d2").await.unwrap();
    store.record_visit("b", "nope").await.unwrap();
    assert!(
        store
            .list_user_docs("b", DocListing::Recent, None)
            .await
            .unwrap()
            .is_empty(),
        "a visit without access is not listed"
    );
    store.set_link("d2", Some(LinkAccess::View), false).await.unwrap();
    let recent = store.list_user_docs("b", DocListing::Recent, None).await.unwrap();
    assert_eq!(recent.len(), 1);
    assert!(recent[0].last_opened_at.is_some());
    store.transfer_owner("d2", "b").await.unwrap();
    let access = store.doc_access("d2", Some("a")).await.unwrap().unwrap();
    assert_eq!(access.meta.owner_id.as_deref(), Some("b"));
    assert_eq!(access.member_role, Some(Role::Editor));
    assert_eq!(access.owner.unwrap().email, "b@example.com");
    assert_eq!(access.link_access, Some(LinkAccess::View));
    let shared = store.list_user_docs("a", DocListing::Shared, None).await.unwrap();
    assert_eq!(shared.len(), 1);
    assert!(matches!(
        store.transfer_owner("d2", "nobody").await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.transfer_owner("nope", "a").await,
        Err(StoreError::NotFound)
    ));
}

async fn sessions_and_tokens_resolve_to_their_user_until_revoked(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_user(new_user("a", "a@example.com")).await.unwrap();
    let future = now_millis() + 60_000;
    store.create_session(vec![1; 32], "a", future).await.unwrap();
    store.create_session(vec![2; 32], "a", future).await.unwrap();
    store.create_session(vec![4; 32], "a", future).await.unwrap();
    store
        .create_session(vec![3; 32], "a", now_millis() - 1)
        .await
        .unwrap();
    assert_eq!(store.session_user(vec![1; 32]).await.unwrap().unwrap().id, "a");
    assert!(
        store.session_user(vec![3; 32]).await.unwrap().is_none(),
        "expired"
    );
    store.delete_session(vec![4; 32]).await.unwrap();
    assert!(store.session_user(vec![4; 32]).await.unwrap().is_none());
    store.delete_user_sessions("a", Some(vec![2; 32])).await.unwrap();
    assert!(store.session_user(vec![1; 32]).await.unwrap().is_none());
    assert!(store.session_user(vec![2; 32]).await.unwrap().is_some());
    store.delete_user_sessions("a", None).await.unwrap();
    assert!(store.session_user(vec![2; 32]).await.unwrap().is_none());

    let token = ApiToken {
        id: "t1".into(),
        user_id: "a".into(),
        name: "ci".into(),
        created_at: now_millis(),
        last_used_at: None,
    };
    store.create_token(token.clone(), vec![9; 32]).await.unwrap();
    assert_eq!(store.list_tokens("a").await.unwrap(), [token]);
    let (used, user) = store.token_user(vec![9; 32]).await.unwrap().unwrap();
    assert_eq!((used.id.as_str(), user.id.as_str()), ("t1", "a"));
    assert!(store.list_tokens("a").await.unwrap()[0].last_used_at.is_some());
    assert!(!store.delete_token("someone-else", "t1").await.unwrap());
    assert!(store.delete_token("a", "t1").await.unwrap());
    assert!(store.token_user(vec![9; 32]).await.unwrap().is_none());
}

async fn deleting_a_user_removes_their_sessions_tokens_and_memberships(kind: Kind) {
    let f = Fixture::new(kind).await;
    let store = &f.store;
    store.create_user(new_user("a", "a@example.com")).await.unwrap();
    store.create_user(new_user("b", "b@example.com")).await.unwrap();
    store
        .create_doc("d", DocKind::Doc, "Shared", Some("a"))
        .await
        .unwrap();
    store.set_member("d", "b", Role::Editor).await.unwrap();
    store
        .create_session(vec![1; 32], "b", now_millis() + 60_000)
        .await
        .unwrap();
    let changes = UserChanges {
        disabled: Some(true),
        max_docs: Some(Some(3)),
        max_doc_bytes: Some(Some(1000)),
        is_admin: Some(true),
        password_hash: Some("new-hash".into()),
    };
    let updated = store.update_user("b", changes).await.unwrap();
    assert!(updated.disabled && updated.is_admin);
    assert_eq!((updated.max_docs, updated.max_doc_bytes), (Some(3), Some(1000)));
    assert_eq!(
        store.user_login("b@example.com").await.unwrap().unwrap().1,
        "new-hash"
    );
    let enabled = UserChanges {
        disabled: Some(false),
        max_docs: Some(None),
        ..UserChanges::default()
    };
    let updated = store.update_user("b", enabled).await.unwrap();
    assert!(!updated.disabled && updated.max_docs.is_none());
    assert!(matches!(
        store.update_user("nobody", UserChanges::default()).await,
        Err(StoreError::NotFound)
    ));
    store.delete_user("b").await.unwrap();
    assert!(store.members("d").await.unwrap().is_empty());
    assert!(store.session_user(vec![1; 32]).await.unwrap().is_none());
    assert_eq!(store.totals().await.unwrap().users, 1);
    assert!(matches!(store.delete_user("b").await, Err(StoreError::NotFound)));
}

mod postgres_only {
    use super::*;
    use support::tcp_proxy::TcpProxy;

    /// `tandem migrate-store`: a populated SQLite install copied into PostgreSQL reads back the
    /// same through the PostgreSQL store, and new writes continue the copied sequences.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_sqlite_install_migrates_to_postgres_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tandem.db");
        let sqlite = SqliteStore::open(&path, None).unwrap();
        for (id, email) in [("ada", "ada@example.com"), ("bob", "Bob@Example.com")] {
            sqlite
                .create_user(NewUser {
                    id: id.into(),
                    email: email.into(),
                    name: id.into(),
                    password_hash: format!("$argon2id$hash-of-{id}"),
                    is_admin: false,
                })
                .await
                .unwrap();
        }
        sqlite.create_session(vec![7; 32], "ada", i64::MAX).await.unwrap();
        let token = ApiToken {
            id: "tok1".into(),
            user_id: "bob".into(),
            name: "ci".into(),
            created_at: 5,
            last_used_at: None,
        };
        sqlite.create_token(token, vec![9; 32]).await.unwrap();
        for n in 0..30 {
            let id = format!("doc{n:02}");
            sqlite
                .create_doc(&id, DocKind::Code, &format!("Doc {n}"), Some("ada"))
                .await
                .unwrap();
            for update in 0..(n % 7) {
                sqlite
                    .append_update(&id, vec![n as u8, update as u8, 0xff])
                    .await
                    .unwrap();
            }
        }
        let logged = sqlite.load_content("doc06").await.unwrap();
        sqlite
            .compact("doc06", vec![1, 2, 3], logged.last_seq - 2)
            .await
            .unwrap();
        sqlite.append_update("doc06", vec![42]).await.unwrap();
        sqlite.set_member("doc01", "bob", Role::Editor).await.unwrap();
        sqlite
            .set_invite("doc01", "carol@example.com", Role::Viewer)
            .await
            .unwrap();
        sqlite
            .set_link("doc02", Some(LinkAccess::Edit), true)
            .await
            .unwrap();
        sqlite.record_visit("bob", "doc01").await.unwrap();
        sqlite.set_trashed("doc03", true).await.unwrap();
        sqlite
            .save_version("doc01", Some("Draft"), &["ada".into(), "bob".into()], vec![5, 5])
            .await
            .unwrap();
        let file = FileMeta {
            hash: "ab".repeat(32),
            mime: "image/png".into(),
            size: 68,
            uploaded_by: Some("ada".into()),
            created_at: 9,
        };
        sqlite.add_file("doc01", file.clone()).await.unwrap();
        sqlite.close().await;

        let schema = Schema::create().await;
        let mut seen = Vec::new();
        let report = tandem_store::migrate::sqlite_to_postgres(&path, &schema.url, |progress| {
            seen.push((progress.table.to_owned(), progress.copied, progress.total));
        })
        .await
        .unwrap();
        for (table, source, target) in &report.tables {
            assert_eq!(source, target, "{table}");
        }
        let rows = |table: &str| report.tables.iter().find(|(t, ..)| *t == table).unwrap().1;
        assert_eq!(rows("documents"), 30);
        assert_eq!(rows("users"), 2);
        assert_eq!(rows("doc_updates"), (0..30).map(|n| n % 7).sum::<u64>() - 4 + 1);
        assert_eq!(report.documents_verified, 30);
        assert!(seen.contains(&("doc_updates".into(), rows("doc_updates"), rows("doc_updates"))));

        let postgres = PgStore::connect(&schema.url, None).await.unwrap();
        let (user, hash) = postgres.user_login("bob@example.com").await.unwrap().unwrap();
        assert_eq!(
            (user.id.as_str(), hash.as_str()),
            ("bob", "$argon2id$hash-of-bob")
        );
        assert_eq!(
            postgres.session_user(vec![7; 32]).await.unwrap().unwrap().id,
            "ada"
        );
        assert_eq!(
            postgres.token_user(vec![9; 32]).await.unwrap().unwrap().0.name,
            "ci"
        );
        let members = postgres.members("doc01").await.unwrap();
        assert_eq!(members.len(), 1);
        assert_eq!(
            (members[0].user.id.as_str(), members[0].role),
            ("bob", Role::Editor)
        );
        assert_eq!(postgres.invites("doc01").await.unwrap().len(), 1);
        let linked = postgres.doc_access("doc02", None).await.unwrap().unwrap();
        assert_eq!(
            (linked.link_access, linked.link_requires_login),
            (Some(LinkAccess::Edit), true)
        );
        assert!(postgres
            .get_doc("doc03")
            .await
            .unwrap()
            .unwrap()
            .deleted_at
            .is_some());
        let versions = postgres.list_versions("doc01").await.unwrap();
        assert_eq!(versions[0].name.as_deref(), Some("Draft"));
        assert_eq!(versions[0].authors, ["ada", "bob"]);
        assert_eq!(postgres.file("doc01", &file.hash).await.unwrap(), Some(file));
        let compacted = postgres.load_content("doc06").await.unwrap();
        assert_eq!(compacted.snapshot, Some(vec![1, 2, 3]));
        assert_eq!(compacted.updates, [vec![6, 4, 0xff], vec![6, 5, 0xff], vec![42]]);
        // Sequences go on from the copied ones: a new update lands after the old log.
        postgres.append_update("doc06", vec![43]).await.unwrap();
        let appended = postgres.load_content("doc06").await.unwrap();
        assert_eq!(appended.updates.last(), Some(&vec![43]));
        assert!(appended.last_seq > compacted.last_seq);

        let again = tandem_store::migrate::sqlite_to_postgres(&path, &schema.url, |_| {}).await;
        assert!(again.unwrap_err().to_string().contains("already holds"));
        postgres.close().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn instances_starting_at_once_migrate_the_schema_once() {
        let schema = Schema::create().await;
        let stores = join_all((0..4).map(|_| PgStore::connect(&schema.url, None))).await;
        let stores: Vec<PgStore> = stores.into_iter().map(Result::unwrap).collect();
        stores[0].create_doc("d", DocKind::Doc, "D", None).await.unwrap();
        assert!(stores[3].get_doc("d").await.unwrap().is_some());
        let mut conn = PgConnection::connect(&schema.url).await.unwrap();
        let applied: Vec<i32> = sqlx::query_scalar("SELECT version FROM tandem_schema ORDER BY version")
            .fetch_all(&mut conn)
            .await
            .unwrap();
        assert_eq!(applied, [1]);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_schema_newer_than_this_build_is_refused() {
        let schema = Schema::create().await;
        drop(PgStore::connect(&schema.url, None).await.unwrap());
        let mut conn = PgConnection::connect(&schema.url).await.unwrap();
        conn.execute("INSERT INTO tandem_schema (version, applied_at) VALUES (1000, 0)")
            .await
            .unwrap();
        let error = PgStore::connect(&schema.url, None).await.err().unwrap();
        assert!(error.to_string().contains("newer"), "{error}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn updates_written_while_the_database_is_away_are_stored_once_it_is_back() {
        let schema = Schema::create().await;
        let proxy = TcpProxy::start(&schema.url).await;
        let store = PgStore::connect(&proxy.url, None).await.unwrap();
        store.create_doc("d", DocKind::Doc, "D", None).await.unwrap();
        store.append_update("d", vec![1]).await.unwrap();

        proxy.cut();
        let mut pending = store.append_update("d", vec![2]);
        assert!(
            store.ping().await.is_err(),
            "ping answers while the database is away"
        );
        assert!(
            tokio::time::timeout(std::time::Duration::from_millis(500), &mut pending)
                .await
                .is_err(),
            "an update was acknowledged while the database was away"
        );
        let queued = store.append_update("d", vec![3]);

        proxy.restore();
        tokio::time::timeout(std::time::Duration::from_secs(30), pending)
            .await
            .expect("stored once the database is back")
            .unwrap();
        queued.await.unwrap();
        store.ping().await.unwrap();
        let content = store.load_content("d").await.unwrap();
        assert_eq!(content.updates, [vec![1], vec![2], vec![3]]);
        store.close().await;
    }
}
