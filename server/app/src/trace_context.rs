//! W3C Trace Context (`traceparent: 00-<trace id>-<parent id>-<flags>`): the trace id a
//! request belongs to, so the server's log lines join the caller's trace. A request
//! without a valid header starts a trace of its own.

use axum::http::HeaderMap;

/// The header's name.
pub const TRACEPARENT: &str = "traceparent";

/// The trace id (32 lowercase hex digits) of a `traceparent` value, if it is valid:
/// four dash-separated fields of 2, 32, 16 and 2 hex digits, version not `ff`, ids not
/// all zeros. Later versions may append fields; the first four keep their meaning.
pub fn trace_id_of(value: &str) -> Option<&str> {
    let mut fields = value.split('-');
    let (version, trace, parent, flags) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let hex = |s: &str, len: usize| {
        s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    };
    let valid = hex(version, 2)
        && version != "ff"
        && (version != "00" || fields.next().is_none())
        && hex(trace, 32)
        && hex(parent, 16)
        && hex(flags, 2)
        && trace.bytes().any(|b| b != b'0')
        && parent.bytes().any(|b| b != b'0');
    valid.then_some(trace)
}

/// The trace id of a request: the caller's, or a fresh random one.
pub fn trace_id(headers: &HeaderMap) -> String {
    headers
        .get(TRACEPARENT)
        .and_then(|v| v.to_str().ok())
        .and_then(trace_id_of)
        .map_or_else(|| uuid::Uuid::new_v4().simple().to_string(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_trace_id_of_valid_headers_only() {
        let id = "4bf92f3577b34da6a3ce929d0e0e4736";
        assert_eq!(
            trace_id_of(&format!("00-{id}-00f067aa0ba902b7-01")),
            Some(id)
        );
        for bad in [
            format!("00-{}-00f067aa0ba902b7-01", "0".repeat(32)),
            format!("00-{id}-0000000000000000-01"),
            format!("ff-{id}-00f067aa0ba902b7-01"),
            format!("00-{}-00f067aa0ba902b7-01", id.to_uppercase()),
            format!("00-{id}-00f067aa0ba902b7-01-extra"),
            format!("00-{id}-00f067aa0ba902b7"),
            "garbage".to_owned(),
        ] {
            assert_eq!(trace_id_of(&bad), None, "{bad}");
        }
        // A future version may carry more fields.
        assert_eq!(
            trace_id_of(&format!("01-{id}-00f067aa0ba902b7-01-more")),
            Some(id)
        );
        let fresh = trace_id(&HeaderMap::new());
        assert!(trace_id_of(&format!("00-{fresh}-00f067aa0ba902b7-01")).is_some());
    }
}
