//! Uploaded images: stored by content, typed from their bytes, size-limited, and readable only
//! through a document that holds them.

mod common;

use common::{args, create_owned_doc, get_as, signup, temp_dir, tiny_png, upload_file, InProcess};

#[tokio::test]
async fn an_uploaded_image_is_served_to_the_documents_readers_only() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let other = signup(base, "other@example.com").await;
    let doc = create_owned_doc(base, &owner).await;
    let (status, file) = upload_file(base, &owner, &doc, tiny_png()).await;
    assert_eq!(status, 201);
    assert_eq!(file["mime"], "image/png");
    let url = format!("{base}{}", file["url"].as_str().unwrap());
    let response = get_as(&url, "", &owner.token).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(response.bytes().await.unwrap().to_vec(), tiny_png());
    // Stored once by content, under the data directory.
    let hash = file["hash"].as_str().unwrap();
    assert!(path.join("files").join(&hash[..2]).join(hash).exists());

    // The same bytes in someone else's document do not open this one's file to them, nor does
    // knowing the hash give access through a document that never had it.
    let theirs = create_owned_doc(base, &other).await;
    let through_theirs = format!("{base}/api/docs/{theirs}/files/{hash}");
    let response = get_as(&through_theirs, "", &other.token).await;
    assert_eq!(response.status(), 404);
    let response = get_as(&url, "", &other.token).await;
    assert_eq!(response.status(), 404);
    server.shutdown().await;
}

#[tokio::test]
async fn anything_but_an_image_or_a_file_too_large_is_refused() {
    let (_dir, path) = temp_dir();
    let mut settings = args(&path);
    settings.max_upload_bytes = 1000;
    let server = InProcess::start(settings).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let doc = create_owned_doc(base, &owner).await;
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    let (status, body) = upload_file(base, &owner, &doc, svg).await;
    assert_eq!(status, 415);
    assert_eq!(body["error"]["code"], "unsupported_type");
    let (status, _) = upload_file(base, &owner, &doc, b"just text".to_vec()).await;
    assert_eq!(status, 415);
    let mut big = tiny_png();
    big.resize(5000, 0);
    let (status, body) = upload_file(base, &owner, &doc, big).await;
    assert_eq!(status, 413);
    assert_eq!(body["error"]["code"], "too_large");
    assert!(!path.join("files").exists() || std::fs::read_dir(path.join("files")).unwrap().next().is_none());
    server.shutdown().await;
}

#[tokio::test]
async fn with_a_files_url_uploads_live_in_postgres_not_on_this_machine() {
    use tandem_store::blobs::{BlobStore, PgBlobStore};
    let url = std::env::var("TANDEM_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
    let (_dir, path) = temp_dir();
    let mut settings = args(&path);
    settings.files_url = Some(url.clone().into());
    let server = InProcess::start(settings).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let doc = create_owned_doc(base, &owner).await;
    // Bytes of this run's own (a PNG header then a unique tail), so the row is new.
    let mut image = tiny_png();
    image.extend_from_slice(format!("{}-{}", std::process::id(), tandem_store::now_millis()).as_bytes());
    let (status, file) = upload_file(base, &owner, &doc, image.clone()).await;
    assert_eq!(status, 201);
    let hash = file["hash"].as_str().unwrap();
    assert!(
        !path.join("files").exists(),
        "nothing written to the data directory"
    );
    let shared = PgBlobStore::connect(&url).await.unwrap();
    assert_eq!(shared.get(hash).await.unwrap(), Some(image.clone()));
    let response = get_as(base, file["url"].as_str().unwrap(), &owner.token).await;
    assert_eq!(response.bytes().await.unwrap().to_vec(), image);
    server.shutdown().await;
}
