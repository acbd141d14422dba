//! Types from the words around a name: "al Qaeda or other extremists", "Norway and other
//! countries". In "NAME and/or other NOUNS" (a Hearst pattern) the plural noun names the
//! class the name belongs to, which is stronger evidence than the name's own features
//! when the model has never seen the name.

use super::{Label, Span};
use crate::offsets::floor_boundary;

/// Plural class nouns and the label of their members.
const CLASSES: [(&str, Label); 44] = [
    ("groups", Label::Org),
    ("organisations", Label::Org),
    ("organizations", Label::Org),
    ("companies", Label::Org),
    ("firms", Label::Org),
    ("banks", Label::Org),
    ("lenders", Label::Org),
    ("agencies", Label::Org),
    ("parties", Label::Org),
    ("extremists", Label::Org),
    ("militants", Label::Org),
    ("insurgents", Label::Org),
    ("networks", Label::Org),
    ("clubs", Label::Org),
    ("teams", Label::Org),
    ("newspapers", Label::Org),
    ("broadcasters", Label::Org),
    ("airlines", Label::Org),
    ("universities", Label::Org),
    ("charities", Label::Org),
    ("unions", Label::Org),
    ("institutions", Label::Org),
    ("retailers", Label::Org),
    ("carmakers", Label::Org),
    ("countries", Label::Loc),
    ("nations", Label::Loc),
    ("states", Label::Loc),
    ("cities", Label::Loc),
    ("towns", Label::Loc),
    ("regions", Label::Loc),
    ("provinces", Label::Loc),
    ("territories", Label::Loc),
    ("capitals", Label::Loc),
    ("islands", Label::Loc),
    ("villages", Label::Loc),
    ("officials", Label::Per),
    ("leaders", Label::Per),
    ("ministers", Label::Per),
    ("players", Label::Per),
    ("executives", Label::Per),
    ("lawmakers", Label::Per),
    ("politicians", Label::Per),
    ("celebrities", Label::Per),
    ("stars", Label::Per),
];

/// Relabels names followed by "and/or other [adjective] NOUNS" with the class's label.
pub fn relabel_by_class(input: &str, names: &mut [Span]) {
    for n in names.iter_mut() {
        if let Some(label) = class_after(&input[n.end..]) {
            n.label = label;
        }
    }
}

/// The class label of "(,) and/or other [word] NOUNS" opening `rest`.
fn class_after(rest: &str) -> Option<Label> {
    let head = &rest[..floor_boundary(rest, 60)];
    let mut words = head
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    if !matches!(words.next(), Some("and" | "or")) || words.next() != Some("other") {
        return None;
    }
    // The class noun, or one adjective before it ("other militant groups").
    words.take(2).find_map(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        CLASSES
            .iter()
            .find(|(noun, _)| *noun == w)
            .map(|&(_, label)| label)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_noun_gives_the_label() {
        assert_eq!(class_after(" or other extremists again"), Some(Label::Org));
        assert_eq!(class_after(", and other militant groups"), Some(Label::Org));
        assert_eq!(
            class_after(" and other European countries"),
            Some(Label::Loc)
        );
        assert_eq!(class_after(" and other senior officials"), Some(Label::Per));
        assert_eq!(class_after(" and other things"), None);
        assert_eq!(class_after(" and the other groups"), None);
        assert_eq!(class_after(" said other groups"), None);
    }
}
