//! Selection: best sentences first, no near-duplicates, within the length budget.

use super::features::Scored;
use super::Document;
use crate::options::{Form, Length};
use crate::text::BlockKind;

/// Picks the summary sentences; returns their indices in article order.
pub fn select(doc: &Document, scores: &[Scored], length: Length, form: Form) -> Vec<usize> {
    let prose: Vec<usize> = (0..scores.len())
        .filter(|&i| doc.kinds[i] == BlockKind::Prose)
        .collect();
    let mut order = prose.clone();
    order.sort_by(|&a, &b| scores[b].score.total_cmp(&scores[a].score).then(a.cmp(&b)));
    let words = |i: usize| {
        let s = &doc.sentences[i];
        doc.text[s.start..s.end].split_whitespace().count()
    };
    let (max_sentences, max_words) = match (form, length) {
        (Form::Headline, _) => (1, usize::MAX),
        (_, Length::Sentences(n)) => (n as usize, usize::MAX),
        (_, Length::Words(w)) => (usize::MAX, w as usize),
        (_, Length::Ratio(r)) => (
            ((prose.len() as f32 * r).round() as usize).max(1),
            usize::MAX,
        ),
    };
    let mut chosen = Vec::new();
    let mut used_words = 0;
    for i in order {
        if chosen.len() >= max_sentences {
            break;
        }
        let w = words(i);
        if !chosen.is_empty() && used_words + w > max_words {
            continue;
        }
        used_words += w;
        chosen.push(i);
    }
    chosen.sort_unstable();
    chosen
}
