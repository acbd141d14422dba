//! Rankings: the positions of a list, best first.

/// The positions `0..keys.len()`, highest key first; equal keys keep position order.
///
/// Every "best first" ordering of the crate (sentences by score and by centrality,
/// entities by mentions, person names by length) goes through this one function, so
/// the .wasm carries one copy of the sort instead of one per call site (a stable sort
/// is ~4 KB of code, and each comparison closure makes its own copy). Counts are given
/// as `f32`, exact up to 2^24 (an input has at most 2 MiB).
pub(crate) fn best_first(keys: &[f32]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[b].total_cmp(&keys[a]).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_first_and_ties_in_position_order() {
        assert_eq!(
            best_first(&[1.0, 3.0, 2.0, 3.0, -0.0, 0.0]),
            [1, 3, 2, 0, 5, 4]
        );
        assert!(best_first(&[]).is_empty());
    }
}
