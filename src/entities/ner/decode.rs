//! Viterbi decoding over BIO tags with first-order transitions.

use super::{allowed, TAGS};
use std::ops::Add;

/// The best tag sequence for the emission scores of one sentence.
///
/// `trans[prev * TAGS + tag]` scores a transition; `start[tag]` the first tag.
/// Transitions BIO forbids (O → I-X, B-X → I-Y) are never taken.
pub fn viterbi<T>(emissions: &[[T; TAGS]], trans: &[T; TAGS * TAGS], start: &[T; TAGS]) -> Vec<u8>
where
    T: Copy + PartialOrd + Add<Output = T>,
{
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; TAGS]; n];
    // Scores of the best path ending in each tag; None for an impossible tag.
    let mut best: [Option<T>; TAGS] = [None; TAGS];
    for tag in 0..TAGS {
        if allowed(0, tag as u8) {
            best[tag] = Some(start[tag] + emissions[0][tag]);
        }
    }
    for i in 1..n {
        let mut next: [Option<T>; TAGS] = [None; TAGS];
        for tag in 0..TAGS {
            let mut top: Option<(T, u8)> = None;
            for prev in 0..TAGS {
                let Some(p) = best[prev] else { continue };
                if !allowed(prev as u8, tag as u8) {
                    continue;
                }
                let s = p + trans[prev * TAGS + tag];
                if top.is_none_or(|(b, _)| s > b) {
                    top = Some((s, prev as u8));
                }
            }
            if let Some((s, prev)) = top {
                next[tag] = Some(s + emissions[i][tag]);
                back[i][tag] = prev;
            }
        }
        best = next;
    }
    let mut tag = 0u8;
    let mut top: Option<T> = None;
    for (t, s) in best.iter().enumerate() {
        if let Some(s) = *s {
            if top.is_none_or(|b| s > b) {
                top = Some(s);
                tag = t as u8;
            }
        }
    }
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = tag;
        tag = back[i][tag as usize];
    }
    out
}
