//! Training (native only): an averaged structured perceptron, then quantisation.
//!
//! Deterministic: documents are read in file order, features are numbered in order of
//! first appearance, the sentence order of each epoch comes from a seeded generator,
//! and the model file is written sorted by key. Same inputs, same bytes.

use super::model::{encode, short_key, Model};
use super::{entity_spans, features, tag_document, tag_id, viterbi, TAGS};
use crate::entities::Label;
use std::collections::HashMap;

/// A document with gold tags: sentences of tokens.
#[derive(Debug, Default, Clone)]
pub struct Doc {
    /// Tokens of each sentence.
    pub sents: Vec<Vec<String>>,
    /// Tag ids of each sentence's tokens.
    pub tags: Vec<Vec<u8>>,
}

/// Reads a CoNLL-style file: the token in the first column, the tag in the last;
/// `-DOCSTART-` lines start documents. With `doc_per_sentence`, every sentence is its
/// own document (WNUT-17 posts). IOB1 tags are converted to BIO; WNUT-17 types are
/// mapped to CoNLL ones (person→PER, location→LOC, corporation/group→ORG,
/// product/creative-work→MISC).
pub fn read_conll(text: &str, doc_per_sentence: bool) -> Vec<Doc> {
    let mut docs = vec![Doc::default()];
    let mut sent: Vec<String> = Vec::new();
    let mut tags: Vec<u8> = Vec::new();
    let mut prev_type: Option<Label> = None;
    let flush = |docs: &mut Vec<Doc>, sent: &mut Vec<String>, tags: &mut Vec<u8>| {
        if !sent.is_empty() {
            let d = docs.last_mut().expect("at least one doc");
            d.sents.push(std::mem::take(sent));
            d.tags.push(std::mem::take(tags));
            if doc_per_sentence {
                docs.push(Doc::default());
            }
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split([' ', '\t']).filter(|c| !c.is_empty()).collect();
        if cols.is_empty() {
            flush(&mut docs, &mut sent, &mut tags);
            prev_type = None;
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush(&mut docs, &mut sent, &mut tags);
            if !docs.last().is_some_and(|d| d.sents.is_empty()) {
                docs.push(Doc::default());
            }
            continue;
        }
        let raw = cols[cols.len() - 1];
        let (bio, ty) = raw.split_once('-').unwrap_or(("O", ""));
        let label = match ty {
            "PER" | "person" => Some(Label::Per),
            "ORG" | "corporation" | "group" => Some(Label::Org),
            "LOC" | "location" => Some(Label::Loc),
            "MISC" | "product" | "creative-work" => Some(Label::Misc),
            _ => None,
        };
        let tag = match label {
            None => 0,
            Some(l) => {
                let begin = bio == "B" || prev_type != Some(l);
                let name = format!("{}-{}", if begin { "B" } else { "I" }, l.as_str());
                tag_id(&name).unwrap_or(0)
            }
        };
        prev_type = label;
        sent.push(cols[0].to_string());
        tags.push(tag);
    }
    flush(&mut docs, &mut sent, &mut tags);
    docs.retain(|d| !d.sents.is_empty());
    docs
}

/// Exact-match counts per label: (true positives, predicted, gold).
#[derive(Debug, Default, Clone)]
pub struct Scores {
    counts: HashMap<Label, (usize, usize, usize)>,
}

impl Scores {
    /// Adds one sentence.
    pub fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g = entity_spans(gold);
        let p = entity_spans(pred);
        for s in &g {
            self.counts.entry(s.2).or_default().2 += 1;
        }
        for s in &p {
            let c = self.counts.entry(s.2).or_default();
            c.1 += 1;
            if g.contains(s) {
                c.0 += 1;
            }
        }
    }

    /// Micro F1 (percent) over the given labels.
    pub fn f1(&self, labels: &[Label]) -> f64 {
        let (mut tp, mut pred, mut gold) = (0, 0, 0);
        for l in labels {
            let c = self.counts.get(l).copied().unwrap_or_default();
            tp += c.0;
            pred += c.1;
            gold += c.2;
        }
        let p = tp as f64 / pred.max(1) as f64;
        let r = tp as f64 / gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            200.0 * p * r / (p + r)
        }
    }

    /// A one-line report: F1 per label, PER/ORG/LOC micro, and micro with MISC.
    pub fn report(&self) -> String {
        use Label::*;
        format!(
            "PER {:.2}  ORG {:.2}  LOC {:.2}  MISC {:.2}  | PER/ORG/LOC {:.2}  all {:.2}",
            self.f1(&[Per]),
            self.f1(&[Org]),
            self.f1(&[Loc]),
            self.f1(&[Misc]),
            self.f1(&[Per, Org, Loc]),
            self.f1(&[Per, Org, Loc, Misc])
        )
    }
}

/// Scores a model on documents with gold tags.
pub fn evaluate(model: &Model, docs: &[Doc]) -> Scores {
    let mut scores = Scores::default();
    for d in docs {
        let pred = tag_document(model, &d.sents);
        for (g, p) in d.tags.iter().zip(&pred) {
            scores.add(g, p);
        }
    }
    scores
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Quantisation step: a weight w is stored as round(w / step), clamped to i8.
    pub step: f32,
    /// Quantised weights smaller than this (in absolute value) are dropped, and so are
    /// features left with no weight: the size/accuracy knob.
    pub min_weight: i8,
    /// More lower-case words for the lexicon.
    pub lexicon_words: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            epochs: 13,
            seed: 0x5eed,
            step: 0.5,
            min_weight: 3,
            lexicon_words: Vec::new(),
        }
    }
}

struct Sample {
    feats: Vec<u32>,
    ends: Vec<u32>,
    gold: Vec<u8>,
}

/// Lower-case words written at least `min` times in `texts` (ASCII words: a letter,
/// then letters, apostrophes, hyphens), sorted: the extra lexicon for [`Settings`].
pub fn common_words<'a>(texts: impl IntoIterator<Item = &'a str>, min: u32) -> Vec<String> {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for text in texts {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] == b'\'' || b[i] == b'-') {
                i += 1;
            }
            let w = &text[start..i];
            if !w.bytes().any(|c| c.is_ascii_uppercase()) {
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    let mut out: Vec<String> = counts
        .into_iter()
        .filter(|&(_, n)| n >= min)
        .map(|(w, _)| w.to_string())
        .collect();
    out.sort_unstable();
    out
}

/// Lower-case words seen at least twice in the training text, plus `extra`.
fn build_lexicon(docs: &[Doc], extra: &[String]) -> features::Lexicon {
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for w in extra {
        if let Some(k) = features::word_key(w) {
            *counts.entry(k).or_default() += 2;
        }
    }
    for w in docs.iter().flat_map(|d| d.sents.iter().flatten()) {
        if features::is_lower_word(w) {
            if let Some(k) = features::word_key(w) {
                *counts.entry(k).or_default() += 1;
            }
        }
    }
    let mut keys: Vec<u32> = counts
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable();
    features::Lexicon::from_keys(keys)
}

/// The averaged weights, before quantisation.
pub struct Trained {
    lexicon: Vec<u32>,
    keys: Vec<u32>,
    weights: Vec<f32>,
    trans: [f32; TAGS * TAGS],
    start: [f32; TAGS],
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Trains the perceptron; `progress` is called after each epoch with the epoch number
/// and the averaged weights so far.
pub fn train(
    docs: &[Doc],
    settings: &Settings,
    mut progress: impl FnMut(usize, &Trained),
) -> Trained {
    let lexicon = build_lexicon(docs, &settings.lexicon_words);
    let mut index: HashMap<u32, u32> = HashMap::new();
    let mut keys: Vec<u32> = Vec::new();
    let mut samples = Vec::new();
    for d in docs {
        let f = features::document(&d.sents, &lexicon);
        let mut t = 0;
        for gold in &d.tags {
            let mut feats = Vec::new();
            let mut ends = Vec::with_capacity(gold.len());
            for _ in 0..gold.len() {
                for &k in f.token(t) {
                    let id = *index.entry(k).or_insert_with(|| {
                        keys.push(k);
                        keys.len() as u32 - 1
                    });
                    feats.push(id);
                }
                ends.push(feats.len() as u32);
                t += 1;
            }
            samples.push(Sample {
                feats,
                ends,
                gold: gold.clone(),
            });
        }
    }
    let n = keys.len();
    let mut w = vec![0f32; n * TAGS];
    let mut u = vec![0f32; n * TAGS];
    let (mut tw, mut tu) = ([0f32; TAGS * TAGS], [0f32; TAGS * TAGS]);
    let (mut sw, mut su) = ([0f32; TAGS], [0f32; TAGS]);
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = settings.seed | 1;
    let mut emissions: Vec<[f32; TAGS]> = Vec::new();
    let average = |w: &[f32], u: &[f32], c: f32| -> Vec<f32> {
        w.iter().zip(u).map(|(w, u)| w - u / c).collect()
    };
    for epoch in 1..=settings.epochs {
        for i in (1..order.len()).rev() {
            let j = (xorshift(&mut rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &si in &order {
            let s = &samples[si];
            emissions.clear();
            let mut from = 0usize;
            for &end in &s.ends {
                let mut e = [0f32; TAGS];
                for &f in &s.feats[from..end as usize] {
                    let row = &w[f as usize * TAGS..][..TAGS];
                    for (x, y) in e.iter_mut().zip(row) {
                        *x += y;
                    }
                }
                emissions.push(e);
                from = end as usize;
            }
            let pred = viterbi(&emissions, &tw, &sw);
            if pred != s.gold {
                let mut from = 0usize;
                for (i, &end) in s.ends.iter().enumerate() {
                    let (g, p) = (s.gold[i] as usize, pred[i] as usize);
                    if g != p {
                        for &f in &s.feats[from..end as usize] {
                            let r = f as usize * TAGS;
                            w[r + g] += 1.0;
                            u[r + g] += c;
                            w[r + p] -= 1.0;
                            u[r + p] -= c;
                        }
                    }
                    let (gp, pp) = if i == 0 {
                        (None, None)
                    } else {
                        (Some(s.gold[i - 1] as usize), Some(pred[i - 1] as usize))
                    };
                    if (gp, g) != (pp, p) {
                        match gp {
                            None => {
                                sw[g] += 1.0;
                                su[g] += c;
                            }
                            Some(gp) => {
                                tw[gp * TAGS + g] += 1.0;
                                tu[gp * TAGS + g] += c;
                            }
                        }
                        match pp {
                            None => {
                                sw[p] -= 1.0;
                                su[p] -= c;
                            }
                            Some(pp) => {
                                tw[pp * TAGS + p] -= 1.0;
                                tu[pp * TAGS + p] -= c;
                            }
                        }
                    }
                    from = end as usize;
                }
            }
            c += 1.0;
        }
        let snapshot = Trained {
            lexicon: lexicon.to_vec(),
            keys: keys.clone(),
            weights: average(&w, &u, c),
            trans: average(&tw, &tu, c).try_into().expect("TAGS*TAGS"),
            start: average(&sw, &su, c).try_into().expect("TAGS"),
        };
        progress(epoch, &snapshot);
        if epoch == settings.epochs {
            return snapshot;
        }
    }
    Trained {
        lexicon: lexicon.to_vec(),
        keys,
        weights: w,
        trans: tw,
        start: sw,
    }
}

impl Trained {
    /// Adds another run's weights (same data, so the same feature numbering).
    pub fn add(&mut self, other: &Trained) {
        assert_eq!(self.keys, other.keys, "runs over the same data");
        for (a, b) in self.weights.iter_mut().zip(&other.weights) {
            *a += b;
        }
        for (a, b) in self.trans.iter_mut().zip(&other.trans) {
            *a += b;
        }
        for (a, b) in self.start.iter_mut().zip(&other.start) {
            *a += b;
        }
    }

    /// Divides every weight by `n` (the mean of `n` added runs).
    pub fn scale(&mut self, n: f32) {
        self.weights.iter_mut().for_each(|x| *x /= n);
        self.trans.iter_mut().for_each(|x| *x /= n);
        self.start.iter_mut().for_each(|x| *x /= n);
    }

    /// Quantises into the model file format, dropping features whose weights all round
    /// to zero.
    pub fn to_bytes(&self, step: f32, min_weight: i8) -> Vec<u8> {
        let q = |x: f32| (x / step).round().clamp(-127.0, 127.0) as i8;
        let q16 = |x: f32| (x / step).round().clamp(-32767.0, 32767.0) as i16;
        let mut feats: Vec<(u32, [i8; TAGS])> = Vec::new();
        let mut seen: HashMap<u32, usize> = HashMap::new();
        for (f, &full) in self.keys.iter().enumerate() {
            let k = short_key(full);
            let row = &self.weights[f * TAGS..][..TAGS];
            let mut qs = [0i8; TAGS];
            for (d, &x) in qs.iter_mut().zip(row) {
                let v = q(x);
                *d = if v.unsigned_abs() < min_weight.unsigned_abs() {
                    0
                } else {
                    v
                };
            }
            if qs.iter().all(|&x| x == 0) {
                continue;
            }
            // Two hashes may share a short key: the first keeps it.
            if let std::collections::hash_map::Entry::Vacant(e) = seen.entry(k) {
                e.insert(feats.len());
                feats.push((k, qs));
            }
        }
        let mut trans = [0i16; TAGS * TAGS];
        for (d, &x) in trans.iter_mut().zip(&self.trans) {
            *d = q16(x);
        }
        let mut start = [0i16; TAGS];
        for (d, &x) in start.iter_mut().zip(&self.start) {
            *d = q16(x);
        }
        encode(&trans, &start, &mut feats, &self.lexicon)
    }
}
