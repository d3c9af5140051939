//! Property tests of `Range` handling: any header value gets a well-formed answer
//! (the whole file, one range inside the file, or a 416 naming the size), and a
//! satisfiable range never reaches past the end.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use proptest::prelude::*;

use super::wanted_range;

fn with_range(value: &str) -> Option<HeaderMap> {
    let mut headers = HeaderMap::new();
    headers.insert(header::RANGE, HeaderValue::from_str(value).ok()?);
    Some(headers)
}

/// Header values near the grammar (digits, dashes, commas, units) and anything else.
fn range_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "(bytes|BYTES|items| bytes)?=?[-0-9, ]{0,24}",
        "bytes=[0-9]{0,22}-[0-9]{0,22}(,[0-9]{0,3}-[0-9]{0,3}){0,3}",
        "\\PC{0,40}",
    ]
}

fn sizes() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..4096, any::<u64>()]
}

proptest! {
    #[test]
    fn any_range_header_gets_a_well_formed_answer(value in range_value(), size in sizes()) {
        let Some(headers) = with_range(&value) else { return Ok(()) };
        match wanted_range(&headers, size) {
            Ok(None) => {}
            Ok(Some((first, last))) => {
                prop_assert!(first <= last && last < size, "{value:?} on {size}: {first}-{last}");
            }
            Err(e) => {
                prop_assert_eq!(e.status, StatusCode::RANGE_NOT_SATISFIABLE);
                let wanted = format!("bytes */{size}");
                prop_assert!(
                    e.headers.iter().any(|(n, v)| *n == header::CONTENT_RANGE && *v == wanted),
                    "{value:?}: {:?}", e.headers
                );
            }
        }
    }

    #[test]
    fn a_satisfiable_range_is_served_within_the_size(
        size in 1u64..u64::MAX / 2,
        start_frac in 0.0f64..1.0,
        len in any::<u64>(),
    ) {
        let first = ((size as f64 * start_frac) as u64).min(size - 1);
        let last = first.saturating_add(len % (size * 2));
        let expect = (first, last.min(size - 1));
        let headers = with_range(&format!("bytes={first}-{last}")).unwrap();
        prop_assert_eq!(wanted_range(&headers, size).unwrap(), Some(expect));
        let open = with_range(&format!("bytes={first}-")).unwrap();
        prop_assert_eq!(wanted_range(&open, size).unwrap(), Some((first, size - 1)));
    }

    #[test]
    fn a_suffix_selects_the_tail_or_the_whole_file(size in 1u64..u64::MAX / 2, n in 1u64..u64::MAX) {
        let headers = with_range(&format!("bytes=-{n}")).unwrap();
        let expect = (size - n.min(size), size - 1);
        prop_assert_eq!(wanted_range(&headers, size).unwrap(), Some(expect));
    }

    #[test]
    fn a_range_starting_past_the_end_is_416(size in 0u64..u64::MAX / 2, past in 0u64..1 << 20) {
        let first = size + past;
        let headers = with_range(&format!("bytes={first}-{}", first + 1)).unwrap();
        prop_assert_eq!(wanted_range(&headers, size).unwrap_err().status, StatusCode::RANGE_NOT_SATISFIABLE);
    }
}
