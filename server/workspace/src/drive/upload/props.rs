//! Property tests of `Content-Range` on upload chunks: any header value is either a
//! range that continues the session inside its size, or a 400/409 naming
//! `Content-Range`; an exact continuation is always taken.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use proptest::prelude::*;
use ws_storage::DriveUploadRecord;

use super::chunk_range;

fn session(size: i64, committed: i64) -> DriveUploadRecord {
    DriveUploadRecord {
        id: "s".into(),
        org_id: "o".into(),
        user_id: "u".into(),
        parent_id: "p".into(),
        name: "n".into(),
        size,
        committed,
        received: committed,
        overwrite: false,
        created_at: 0,
        expires_at: 1,
    }
}

fn with_content_range(value: &str) -> Option<HeaderMap> {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_RANGE, HeaderValue::from_str(value).ok()?);
    Some(headers)
}

/// A session: a size and how much of it is already committed (below the size).
fn sessions() -> impl Strategy<Value = (i64, i64)> {
    (1i64..i64::MAX / 2).prop_flat_map(|size| (Just(size), 0..size))
}

fn content_range_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "bytes [0-9]{0,20}-[0-9]{0,20}/([0-9]{0,20}|\\*)",
        "(bytes|BYTES)? ?[-0-9*/ ]{0,30}",
        "\\PC{0,40}",
    ]
}

proptest! {
    #[test]
    fn any_content_range_is_taken_within_the_session_or_refused_by_name(
        value in content_range_value(),
        (size, committed) in sessions(),
    ) {
        let Some(headers) = with_content_range(&value) else { return Ok(()) };
        match chunk_range(&headers, &session(size, committed)) {
            Ok((first, last)) => {
                prop_assert_eq!(first, committed as u64, "{}", value);
                prop_assert!(first <= last && last < size as u64, "{value:?}: {first}-{last}");
            }
            Err(e) => {
                prop_assert!(
                    [StatusCode::BAD_REQUEST, StatusCode::CONFLICT].contains(&e.status),
                    "{value:?}: {e:?}"
                );
                prop_assert!(e.message.contains("Content-Range"), "{value:?}: {}", e.message);
            }
        }
    }

    #[test]
    fn an_exact_continuation_is_taken((size, committed) in sessions(), len in any::<i64>()) {
        let last = committed + len.rem_euclid(size - committed);
        let headers = with_content_range(&format!("bytes {committed}-{last}/{size}")).unwrap();
        let got = chunk_range(&headers, &session(size, committed)).unwrap();
        prop_assert_eq!(got, (committed as u64, last as u64));
    }
}
