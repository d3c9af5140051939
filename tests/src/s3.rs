//! The S3 server the test script starts (`scripts/services/s3.sh`), for running the
//! drive tests on S3 blobs as well as on local files.
//!
//! `WS_TEST_S3_ENDPOINT` (e.g. `http://127.0.0.1:59000`) and `WS_TEST_S3_BUCKET` (a
//! bucket that exists; default `ws-test`) name it. With `WS_TEST_BLOBS=s3` every
//! [`TestServer`](crate::TestServer) keeps its blobs there, under a prefix of its own
//! that survives a restart on the same data directory. A test that asks for S3 while
//! `WS_TEST_REQUIRE_SERVICES=1` is set fails when no endpoint is given.

use std::path::Path;

use ws_server::config::{BlobsSection, Secret};

/// Access key the test S3 server accepts (moto takes any; s3s-fs is started with it).
pub const ACCESS_KEY: &str = "ws-test-access";
/// Its secret key.
pub const SECRET_KEY: &str = "ws-test-secret";

/// Endpoint and bucket of the test S3 server, when one is configured. Panics when
/// services are required and none is.
pub fn server() -> Option<(String, String)> {
    let endpoint = std::env::var("WS_TEST_S3_ENDPOINT")
        .ok()
        .filter(|e| !e.is_empty());
    if endpoint.is_none() && std::env::var("WS_TEST_REQUIRE_SERVICES").as_deref() == Ok("1") {
        panic!(
            "WS_TEST_REQUIRE_SERVICES=1 but WS_TEST_S3_ENDPOINT is not set: start the S3 server (scripts/services/s3.sh)"
        );
    }
    let bucket = std::env::var("WS_TEST_S3_BUCKET").unwrap_or_else(|_| "ws-test".to_owned());
    endpoint.map(|e| (e, bucket))
}

/// Whether the harness should put blobs on S3 (`WS_TEST_BLOBS=s3`).
pub fn wanted() -> bool {
    std::env::var("WS_TEST_BLOBS").as_deref() == Ok("s3")
}

/// A key prefix no other test uses: the process id, the time and `tag`.
pub fn fresh_prefix(tag: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("t{}-{nanos}-{tag}", std::process::id())
}

/// The `[blobs]` section for S3 under `prefix`.
pub fn section(endpoint: &str, bucket: &str, prefix: &str) -> BlobsSection {
    BlobsSection {
        url: Some(format!("s3://{bucket}/{prefix}")),
        endpoint: Some(endpoint.parse().expect("WS_TEST_S3_ENDPOINT is a URL")),
        region: Some("us-east-1".to_owned()),
        access_key_id: Some(ACCESS_KEY.to_owned()),
        secret_access_key: Some(Secret::new(SECRET_KEY)),
        ..BlobsSection::default()
    }
}

/// The blob store of the test server over `data_dir` (as [`TestServer`](crate::TestServer)
/// lays it out), to look at its blobs and staging directly: the S3 prefix when it
/// has one, else the data directory.
pub fn blobs_of(data_dir: &Path) -> ws_workspace::drive::blobs::BlobStore {
    let prefix_file = data_dir.parent().map(|d| d.join("s3-prefix"));
    let prefix = prefix_file.and_then(|f| std::fs::read_to_string(f).ok());
    let section = match (prefix, server()) {
        (Some(prefix), Some((endpoint, bucket))) => section(&endpoint, &bucket, &prefix),
        _ => BlobsSection {
            url: None,
            ..BlobsSection::default()
        },
    };
    section
        .open(data_dir)
        .expect("open the test server's blob store")
        .0
}

/// The S3 `[blobs]` section of the server whose temporary directory is `dir`: the
/// same prefix on every start over that directory (kept in `dir/s3-prefix`).
pub fn section_for(dir: &Path) -> Option<BlobsSection> {
    if !wanted() {
        return None;
    }
    let Some((endpoint, bucket)) = server() else {
        panic!("WS_TEST_BLOBS=s3 needs WS_TEST_S3_ENDPOINT (scripts/services/s3.sh)");
    };
    let file = dir.join("s3-prefix");
    let prefix = match std::fs::read_to_string(&file) {
        Ok(p) => p,
        Err(_) => {
            let p = fresh_prefix("server");
            std::fs::write(&file, &p).expect("write the S3 prefix file");
            p
        }
    };
    Some(section(&endpoint, &bucket, &prefix))
}
