//! Free/busy: the busy intervals of a set of occurrences, clipped to a window, sorted
//! and merged, so that nothing but time ranges leaves the server.

use chrono::{DateTime, Utc};

use super::recur::Window;

/// Clips each `[start, end)` to `window`, drops empty ones, and merges overlapping or
/// touching intervals; the result is sorted and disjoint.
pub fn merge(
    intervals: impl IntoIterator<Item = (DateTime<Utc>, DateTime<Utc>)>,
    window: Window,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let mut clipped: Vec<_> = intervals
        .into_iter()
        .map(|(s, e)| (s.max(window.from), e.min(window.to)))
        .filter(|(s, e)| s < e)
        .collect();
    clipped.sort();
    let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::with_capacity(clipped.len());
    for (s, e) in clipped {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, h, m, 0).unwrap()
    }

    #[test]
    fn overlapping_and_touching_intervals_merge_and_are_clipped() {
        let window = Window {
            from: at(8, 0),
            to: at(18, 0),
        };
        let got = merge(
            [
                (at(13, 0), at(14, 0)),
                (at(9, 0), at(10, 0)),
                (at(9, 30), at(11, 0)),
                (at(11, 0), at(11, 30)),
                (at(7, 0), at(8, 30)),
                (at(17, 0), at(20, 0)),
                (at(20, 0), at(21, 0)),
                (at(12, 0), at(12, 0)),
            ],
            window,
        );
        assert_eq!(
            got,
            vec![
                (at(8, 0), at(8, 30)),
                (at(9, 0), at(11, 30)),
                (at(13, 0), at(14, 0)),
                (at(17, 0), at(18, 0)),
            ]
        );
    }

    #[test]
    fn contained_intervals_do_not_shrink_the_outer_one() {
        let window = Window {
            from: at(0, 0),
            to: at(23, 0),
        };
        let got = merge([(at(9, 0), at(17, 0)), (at(10, 0), at(11, 0))], window);
        assert_eq!(got, vec![(at(9, 0), at(17, 0))]);
    }
}
