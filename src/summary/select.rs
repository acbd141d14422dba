//! Selection: best sentences first, no near-duplicates, within the length budget.

use super::features::{abridges, target_sentences};
use super::terms::content_terms;
use super::vectors::Vectors;
use super::Document;
use crate::options::{Form, Length};
use crate::text::{display_text, TokenKind};
// Membership only. FxHash like the rest of the analysis code, so the .wasm carries no
// SipHash.
use rustc_hash::{FxHashSet as HashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// A sentence whose cosine similarity (TF-ISF, stemmed content words) to an already chosen
/// one is above this says the same thing again and is skipped.
const REDUNDANT: f32 = 0.5;

/// Sentences shorter than this (in words) are chosen only when nothing longer is left:
/// fragments like "Watch the video." or "He declined." make poor summary lines.
const MIN_WORDS: usize = 4;

/// Picks the summary sentences; returns their indices in article order.
///
/// Only prose sentences are candidates. `Headline` is the single best sentence;
/// otherwise the length is a number of sentences, a word budget (at least one sentence
/// is always given) or a ratio of the prose sentences (`max(1, round(r × n))`).
/// `scores` has one score per sentence (only the prose sentences' are read); `vectors`
/// are the sentences' term vectors, built once for scoring and selection.
pub(super) fn select(
    doc: &Document,
    scores: &[f32],
    length: Length,
    form: Form,
    vectors: &Vectors,
) -> Vec<usize> {
    let n = vectors.prose.len();
    if n == 0 {
        return Vec::new();
    }
    let (max_sentences, max_words) = match (form, length) {
        (Form::Headline, _) => (1, usize::MAX),
        (_, Length::Sentences(k)) => (k as usize, usize::MAX),
        (_, Length::Words(w)) => (usize::MAX, w as usize),
        (_, Length::Ratio(r)) => (((n as f32 * r).round() as usize).max(1), usize::MAX),
    };
    // An abridgement keeps more than a third of the article: its sentences share names and
    // phrases ("Prime Minister Tony Blair") without repeating each other, so only the
    // cosine test below applies to it, not trigram blocking.
    let abridging = abridges(target_sentences(doc, length, n), n);
    let prose_scores: Vec<f32> = vectors.prose.iter().map(|&i| scores[i]).collect();
    let order = crate::rank::best_first(&prose_scores);
    let words = |p: usize| {
        doc.tokens[vectors.prose[p]]
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .count()
    };
    // The word budget counts words as the summary reports them (`Summary::words`), so
    // that figure never exceeds the budget: a lone dash is a word there, not a token.
    let reported_words = |p: usize| {
        let s = &doc.sentences[vectors.prose[p]];
        display_text(&doc.text[s.start..s.end])
            .split_whitespace()
            .count()
    };

    let mut chosen = Chosen::new(vectors.df.len());
    let mut used_words = 0;
    let mut chosen_trigrams: HashSet<u64> = HashSet::default();
    // First pass: full sentences only; second pass lets fragments fill what is left.
    for pass in 0..2 {
        for &p in &order {
            if chosen.slots.len() >= max_sentences
                || (!chosen.slots.is_empty() && used_words + MIN_WORDS > max_words)
            {
                break;
            }
            if chosen.slots.contains(&p) || (pass == 0 && words(p) < MIN_WORDS) {
                continue;
            }
            let w = reported_words(p);
            if (!chosen.slots.is_empty() && used_words + w > max_words)
                || chosen.max_similarity(&vectors.vecs[p]) > REDUNDANT
            {
                continue;
            }
            let grams = trigrams(doc, vectors.prose[p]);
            if !abridging && grams.iter().any(|g| chosen_trigrams.contains(g)) {
                continue;
            }
            used_words += w;
            chosen.add(p, &vectors.vecs[p]);
            chosen_trigrams.extend(grams);
        }
    }
    let mut picked: Vec<usize> = chosen.slots.iter().map(|&p| vectors.prose[p]).collect();
    picked.sort_unstable();
    picked
}

/// Hashes of the sentence's runs of three consecutive content terms. Two sentences that
/// share one say the same thing in the same words ("will feel like winning a trophy"),
/// even when one of them is much longer, which cosine similarity misses; this is the
/// trigram blocking of extractive news summarizers, on content words only so that
/// "one of the" never blocks.
fn trigrams(doc: &Document, i: usize) -> Vec<u64> {
    let terms = content_terms(doc.text, &doc.tokens[i]);
    terms
        .windows(3)
        .map(|w| {
            let mut h = FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// The chosen sentences, with an inverted index so a candidate is compared only with
/// the chosen sentences it shares a term with.
struct Chosen {
    slots: Vec<usize>,
    postings: Vec<Vec<(u32, f32)>>,
    scratch: Vec<f32>,
}

impl Chosen {
    fn new(terms: usize) -> Chosen {
        Chosen {
            slots: Vec::new(),
            postings: vec![Vec::new(); terms],
            scratch: Vec::new(),
        }
    }

    fn add(&mut self, p: usize, vec: &[(u32, f32)]) {
        let slot = self.slots.len() as u32;
        self.slots.push(p);
        self.scratch.push(0.0);
        for &(id, w) in vec {
            self.postings[id as usize].push((slot, w));
        }
    }

    fn max_similarity(&mut self, vec: &[(u32, f32)]) -> f32 {
        for &(id, w) in vec {
            for &(slot, wc) in &self.postings[id as usize] {
                self.scratch[slot as usize] += w * wc;
            }
        }
        let best = self.scratch.iter().copied().fold(0.0, f32::max);
        self.scratch.iter_mut().for_each(|s| *s = 0.0);
        best
    }
}
