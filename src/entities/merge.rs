//! Mention merging: each entity gets one canonical name and all its mentions.

use super::{Label, Span};

/// One entity: the mentions (indices into the span list) that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityGroup {
    /// The fullest name among the mentions.
    pub canonical: String,
    /// The entity type.
    pub label: Label,
    /// Indices of the member spans, in document order.
    pub mentions: Vec<usize>,
}

/// Groups spans into entities. Returns the groups and, for each span, its group index.
pub fn merge(input: &str, spans: &[Span]) -> (Vec<EntityGroup>, Vec<usize>) {
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut of_span = Vec::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        let text = crate::text::normalize_whitespace(&input[s.start..s.end]);
        let found = groups
            .iter()
            .position(|g| g.label == s.label && g.canonical == text);
        let gi = match found {
            Some(gi) => gi,
            None => {
                groups.push(EntityGroup {
                    canonical: text,
                    label: s.label,
                    mentions: Vec::new(),
                });
                groups.len() - 1
            }
        };
        groups[gi].mentions.push(i);
        of_span.push(gi);
    }
    (groups, of_span)
}
