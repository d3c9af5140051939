//! Side-by-side layout of overlapping timed events, the usual calendar way: events
//! that overlap (directly or through a chain of others) form a cluster, each event
//! of a cluster gets the leftmost lane free at its start, and every event of the
//! cluster is drawn `1 / lanes` of the column wide. Pure: spans in, placements out.

/// Where one event goes within its day column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// Its lane, 0 = leftmost.
    pub lane: usize,
    /// How many lanes its cluster needs.
    pub lanes: usize,
    /// Its cluster (0, 1, … in order of start).
    pub cluster: usize,
}

/// Places half-open spans `[start, end)` (minutes, grid lines, …; an empty span
/// counts as one unit long, since it is still drawn). A span that starts where
/// another ends does not overlap it and may share its lane. The answer is in the
/// order of `spans`.
pub fn assign(spans: &[(u32, u32)]) -> Vec<Placement> {
    let span = |i: usize| {
        let (s, e) = spans[i];
        (s, e.max(s.saturating_add(1)))
    };
    // By start; at equal starts the longer first, so it takes the left lane.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| {
        let (s, e) = span(i);
        (s, std::cmp::Reverse(e), i)
    });
    let mut out = vec![
        Placement {
            lane: 0,
            lanes: 1,
            cluster: 0,
        };
        spans.len()
    ];
    let mut cluster = 0;
    let mut members: Vec<usize> = Vec::new();
    // The end of the last event in each lane of the open cluster, and the cluster's end.
    let mut lane_ends: Vec<u32> = Vec::new();
    let mut cluster_end = 0;
    for i in order {
        let (start, end) = span(i);
        if !members.is_empty() && start >= cluster_end {
            close(&mut out, &mut members, lane_ends.len());
            lane_ends.clear();
            cluster += 1;
        }
        let lane = match lane_ends.iter().position(|&e| e <= start) {
            Some(free) => {
                lane_ends[free] = end;
                free
            }
            None => {
                lane_ends.push(end);
                lane_ends.len() - 1
            }
        };
        cluster_end = if members.is_empty() {
            end
        } else {
            cluster_end.max(end)
        };
        out[i].lane = lane;
        out[i].cluster = cluster;
        members.push(i);
    }
    close(&mut out, &mut members, lane_ends.len());
    out
}

fn close(out: &mut [Placement], members: &mut Vec<usize>, lanes: usize) {
    for &m in members.iter() {
        out[m].lanes = lanes;
    }
    members.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lanes(spans: &[(u32, u32)]) -> Vec<(usize, usize)> {
        assign(spans).iter().map(|p| (p.lane, p.lanes)).collect()
    }

    #[test]
    fn touching_events_share_a_lane() {
        // 09:00–10:00 and 10:00–11:00.
        let p = assign(&[(540, 600), (600, 660)]);
        assert_eq!((p[0].lane, p[0].lanes), (0, 1));
        assert_eq!((p[1].lane, p[1].lanes), (0, 1));
        assert_ne!(p[0].cluster, p[1].cluster, "touching is not overlapping");
    }

    #[test]
    fn three_mutually_overlapping_events_get_three_lanes() {
        assert_eq!(
            lanes(&[(540, 660), (570, 630), (600, 720)]),
            vec![(0, 3), (1, 3), (2, 3)]
        );
    }

    #[test]
    fn a_long_event_beside_two_short_ones_needs_two_lanes() {
        // The short ones come first in the input; the long one still takes lane 0
        // and both short ones share lane 1.
        assert_eq!(
            lanes(&[(540, 600), (600, 660), (540, 720)]),
            vec![(1, 2), (1, 2), (0, 2)]
        );
    }

    #[test]
    fn clusters_are_independent_and_chains_join_them() {
        // A–B overlap, B–C overlap, A and C do not: one cluster of two lanes (C reuses
        // A's lane). D later is alone and full width.
        let p = assign(&[(0, 10), (5, 15), (10, 20), (30, 40)]);
        let got: Vec<_> = p.iter().map(|p| (p.lane, p.lanes, p.cluster)).collect();
        assert_eq!(got, vec![(0, 2, 0), (1, 2, 0), (0, 2, 0), (0, 1, 1)]);
    }

    #[test]
    fn empty_spans_count_as_one_unit_and_no_events_is_fine() {
        assert_eq!(lanes(&[(5, 5), (5, 5)]), vec![(0, 2), (1, 2)]);
        assert!(assign(&[]).is_empty());
    }
}
