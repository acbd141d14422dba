//! The statistical name recognizer: an averaged-perceptron sequence model over hashed
//! features, decoded with Viterbi over BIO tags.
//!
//! The model file (`models/ner.bin`) is built by `cargo run --release --bin train-ner`
//! and compiled into the library, so the browser never fetches it.

mod decode;
pub mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

pub use decode::viterbi;
pub use model::Model;

use super::Label;
use std::sync::OnceLock;

/// Number of tags: O, then B- and I- for PER, ORG, LOC, MISC.
pub const TAGS: usize = 9;

/// The tag names, in tag-id order.
pub const TAG_NAMES: [&str; TAGS] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

/// The tag id of a name such as "B-ORG"; IOB1 "I-" tags are accepted as written.
pub fn tag_id(name: &str) -> Option<u8> {
    TAG_NAMES.iter().position(|&n| n == name).map(|i| i as u8)
}

/// The label of a non-O tag.
pub fn tag_label(tag: u8) -> Option<Label> {
    match tag {
        1 | 2 => Some(Label::Per),
        3 | 4 => Some(Label::Org),
        5 | 6 => Some(Label::Loc),
        7 | 8 => Some(Label::Misc),
        _ => None,
    }
}

/// True for B- tags.
pub fn is_begin(tag: u8) -> bool {
    tag % 2 == 1
}

/// Whether `tag` may follow `prev` in BIO: an I- tag continues its own type only.
pub fn allowed(prev: u8, tag: u8) -> bool {
    tag == 0 || is_begin(tag) || (prev != 0 && prev.div_ceil(2) == tag.div_ceil(2))
}

static MODEL_BYTES: &[u8] = include_bytes!("../../../models/ner.bin");

/// The model compiled into the library (an empty model if the file is missing or bad).
pub fn builtin() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).unwrap_or_else(Model::empty))
}

/// Tags a document given as sentences of token strings.
pub fn tag_document<S: AsRef<str>>(model: &Model, doc: &[Vec<S>]) -> Vec<Vec<u8>> {
    let feats = features::document(doc);
    let mut out = Vec::with_capacity(doc.len());
    let mut t = 0;
    let mut emissions: Vec<[i32; TAGS]> = Vec::new();
    for sent in doc {
        emissions.clear();
        for _ in 0..sent.len() {
            let mut scores = [0i32; TAGS];
            model.score(feats.token(t), &mut scores);
            emissions.push(scores);
            t += 1;
        }
        out.push(viterbi(&emissions, &model.trans, &model.start));
    }
    out
}

/// Entity spans (first token, end token, label) of a tag sequence.
pub fn entity_spans(tags: &[u8]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let label = tag_label(t);
        if let Some((s, l)) = open {
            if is_begin(t) || label != Some(l) {
                out.push((s, i, l));
                open = None;
            }
        }
        if open.is_none() {
            if let Some(l) = label {
                open = Some((i, l));
            }
        }
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}
