//! Viterbi decoding over BIO tags with first-order transitions.

use super::{allowed, TAGS};
use std::ops::Add;

/// For each tag, the tags that may precede it (in increasing order) and how many
/// there are: BIO lets an I- tag follow only its own B- or I- tag. Walking these lists
/// instead of testing every pair halves the work of the inner loop.
const PREVS: ([[u8; TAGS]; TAGS], [usize; TAGS]) = {
    let mut lists = [[0u8; TAGS]; TAGS];
    let mut counts = [0usize; TAGS];
    let mut tag = 0;
    while tag < TAGS {
        let mut prev = 0;
        while prev < TAGS {
            if allowed(prev as u8, tag as u8) {
                lists[tag][counts[tag]] = prev as u8;
                counts[tag] += 1;
            }
            prev += 1;
        }
        tag += 1;
    }
    (lists, counts)
};

/// The best tag sequence for the emission scores of one sentence.
///
/// `trans[prev * TAGS + tag]` scores a transition; `start[tag]` the first tag.
/// Transitions BIO forbids (O → I-X, B-X → I-Y) are never taken. Among equal scores the
/// lowest previous tag wins.
pub fn viterbi<T>(emissions: &[[T; TAGS]], trans: &[T; TAGS * TAGS], start: &[T; TAGS]) -> Vec<u8>
where
    T: Copy + PartialOrd + Add<Output = T>,
{
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; TAGS]; n];
    // Only the first position has impossible tags (a sentence cannot open with I-):
    // from the second on, every tag has a possible predecessor (its B- tag at least).
    let mut first: [Option<T>; TAGS] = [None; TAGS];
    for (tag, f) in first.iter_mut().enumerate() {
        if allowed(0, tag as u8) {
            *f = Some(start[tag] + emissions[0][tag]);
        }
    }
    let top = |scores: &[Option<T>; TAGS]| -> u8 {
        let mut tag = 0u8;
        let mut top: Option<T> = None;
        for (t, s) in scores.iter().enumerate() {
            if let Some(s) = *s {
                if top.is_none_or(|b| s > b) {
                    top = Some(s);
                    tag = t as u8;
                }
            }
        }
        tag
    };
    if n == 1 {
        return vec![top(&first)];
    }
    // Position 1: the predecessors may be impossible.
    let mut best = [emissions[1][0]; TAGS];
    for tag in 0..TAGS {
        let mut pick: Option<(T, u8)> = None;
        for &prev in &PREVS.0[tag][..PREVS.1[tag]] {
            let Some(p) = first[prev as usize] else {
                continue;
            };
            let s = p + trans[prev as usize * TAGS + tag];
            if pick.is_none_or(|(b, _)| s > b) {
                pick = Some((s, prev));
            }
        }
        // Every tag has B- among its predecessors, and B- may open a sentence.
        let (s, prev) = pick.expect("a possible predecessor");
        best[tag] = s + emissions[1][tag];
        back[1][tag] = prev;
    }
    for i in 2..n {
        let mut next = best;
        for tag in 0..TAGS {
            let prevs = &PREVS.0[tag][..PREVS.1[tag]];
            let mut arg = prevs[0];
            let mut top = best[arg as usize] + trans[arg as usize * TAGS + tag];
            for &prev in &prevs[1..] {
                let s = best[prev as usize] + trans[prev as usize * TAGS + tag];
                if s > top {
                    top = s;
                    arg = prev;
                }
            }
            next[tag] = top + emissions[i][tag];
            back[i][tag] = arg;
        }
        best = next;
    }
    let mut tag = top(&best.map(Some));
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = tag;
        tag = back[i][tag as usize];
    }
    out
}

/// The emission of a token that can only be O: every path passes it as O.
const ONLY_O: [i32; TAGS] = {
    let mut e = [i32::MIN / 4; TAGS];
    e[0] = 0;
    e
};

/// The best tag sequence for a sentence whose non-`candidate` tokens are O (the tagger
/// does not score them; their emissions are not read). Every path passes those tokens
/// as O, so the best path splits there and only the runs of candidates are decoded. A
/// run starts as the sentence starts (`start`) or as after an O (the O row of `trans`),
/// and is decoded with an O after it, which scores the transition out of the run.
pub fn viterbi_runs(
    emissions: &[[i32; TAGS]],
    candidate: &[bool],
    trans: &[i32; TAGS * TAGS],
    start: &[i32; TAGS],
) -> Vec<u8> {
    let mut tags = vec![0u8; emissions.len()];
    let after_o: &[i32; TAGS] = trans[..TAGS].try_into().expect("TAGS wide");
    let mut run: Vec<[i32; TAGS]> = Vec::new();
    let mut i = 0;
    while i < emissions.len() {
        if !candidate[i] {
            i += 1;
            continue;
        }
        let first = i;
        while i < emissions.len() && candidate[i] {
            i += 1;
        }
        run.clear();
        run.extend_from_slice(&emissions[first..i]);
        if i < emissions.len() {
            run.push(ONLY_O);
        }
        let from = if first == 0 { start } else { after_o };
        let decoded = viterbi(&run, trans, from);
        tags[first..i].copy_from_slice(&decoded[..i - first]);
    }
    tags
}
