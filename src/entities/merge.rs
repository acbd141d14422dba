//! Mention merging: each entity gets one canonical name and all its mentions.
//!
//! Names (PER/ORG/LOC/MISC) are first grouped by a folded key (case, whitespace, a
//! leading "the", a trailing possessive, courtesy titles and the dots of "U.S." do not
//! count), whatever label each mention got. Groups are then joined when
//! - the article defines an acronym: "the United Nations (UN)";
//! - an all-capital name equals the initials of exactly one multi-word name that is not
//!   a person ("US" ↔ "United States");
//! - a person's shorter form fits exactly one longer person name: a surname
//!   ("Frerichs" → "Mark Frerichs") or first and last name ("Hillary Clinton" →
//!   "Hillary Rodham Clinton"); when two people share it, it stays on its own;
//! - a multi-word organisation or place name ends exactly one longer one
//!   ("State Department" → "US State Department").
//!
//! The entity's label is the majority label of its mentions, its canonical name the
//! fullest form. Amounts, dates and numbers merge by their normalised text.
//! Work is hash lookups over a bounded number of words per name: linear in mentions.

use super::{Label, Span};
// Look-ups only; nothing depends on their iteration order. FxHash like the rest of the
// analysis code, so the .wasm carries no SipHash.
use rustc_hash::FxHashMap as HashMap;

/// One entity: the mentions (indices into the span list) that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityGroup {
    /// The fullest name among the mentions.
    pub canonical: String,
    /// The entity type: the majority label of its mentions.
    pub label: Label,
    /// Indices of the member spans, in document order.
    pub mentions: Vec<usize>,
}

/// Longest name (in words) whose shorter forms and initials are indexed.
const MAX_WORDS: usize = 8;

const NAME_LABELS: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

/// Mentions sharing one folded key.
struct Base {
    key: String,
    /// The fullest surface form seen (cleaned).
    display: String,
    words: Vec<String>,
    counts: [usize; 4],
    mentions: Vec<usize>,
}

impl Base {
    /// The label most of its mentions have, if more than half do.
    fn label(&self) -> Option<Label> {
        let total: usize = self.counts.iter().sum();
        let k = (0..4).max_by_key(|&k| self.counts[k])?;
        (self.counts[k] * 2 > total).then_some(NAME_LABELS[k])
    }
}

/// The most frequent label; ties go to `first` (the first mention's label) when it is
/// among the tied, else to the earlier label in PER, ORG, LOC, MISC order.
fn majority(counts: &[usize; 4], first: Label) -> Label {
    let top = counts.iter().copied().max().unwrap_or(0);
    if counts[label_index(first)] == top {
        return first;
    }
    let k = (0..4).find(|&k| counts[k] == top).unwrap_or(3);
    NAME_LABELS[k]
}

fn label_index(l: Label) -> usize {
    NAME_LABELS.iter().position(|&x| x == l).unwrap_or(3)
}

/// Groups spans into entities. Returns the groups and, for each span, its group index.
pub fn merge(input: &str, spans: &[Span]) -> (Vec<EntityGroup>, Vec<usize>) {
    let mut bases: Vec<Base> = Vec::new();
    let mut base_of_key: HashMap<String, usize> = HashMap::default();
    // Amounts, dates and numbers: (label, key) -> group, built directly.
    let mut amount_groups: Vec<EntityGroup> = Vec::new();
    let mut amount_of_key: HashMap<(Label, String), usize> = HashMap::default();
    // Per span: Ok(base) for names, Err(amount group) otherwise.
    let mut slot: Vec<Result<usize, usize>> = Vec::with_capacity(spans.len());

    for (i, s) in spans.iter().enumerate() {
        let raw = input.get(s.start..s.end).unwrap_or("");
        let text = crate::text::normalize_whitespace(raw);
        if !s.label.is_name() {
            let display = strip_the(&text).to_string();
            let key = (s.label, display.to_lowercase());
            let g = *amount_of_key.entry(key).or_insert_with(|| {
                amount_groups.push(EntityGroup {
                    canonical: display,
                    label: s.label,
                    mentions: Vec::new(),
                });
                amount_groups.len() - 1
            });
            amount_groups[g].mentions.push(i);
            slot.push(Err(g));
            continue;
        }
        let display = clean_name(&text, s.label);
        let key = fold(strip_the(&display));
        let b = *base_of_key.entry(key.clone()).or_insert_with(|| {
            bases.push(Base {
                key,
                display: display.clone(),
                words: Vec::new(),
                counts: [0; 4],
                mentions: Vec::new(),
            });
            bases.len() - 1
        });
        let base = &mut bases[b];
        base.counts[label_index(s.label)] += 1;
        base.mentions.push(i);
        if fuller(&display, &base.display) {
            base.display = display;
        }
        slot.push(Ok(b));
    }
    for b in &mut bases {
        b.words = b.key.split(' ').map(str::to_string).collect();
    }

    let mut uf = UnionFind::new(bases.len());
    join_defined_acronyms(input, spans, &slot, &base_of_key, &mut uf);
    join_initials(&bases, &mut uf);
    join_person_short_forms(&bases, &mut uf);
    join_name_suffixes(&bases, &mut uf);

    // Entities in order of first mention; names and amounts interleaved.
    let mut groups: Vec<EntityGroup> = Vec::new();
    // By base index, like `group_of_amount`: the group of each union-find root.
    let mut group_of_root: Vec<Option<usize>> = vec![None; bases.len()];
    let mut group_of_amount: Vec<Option<usize>> = vec![None; amount_groups.len()];
    let mut of_span = Vec::with_capacity(spans.len());
    for (i, sl) in slot.iter().enumerate() {
        let g = match *sl {
            Ok(b) => {
                let root = uf.find(b);
                *group_of_root[root].get_or_insert_with(|| {
                    groups.push(EntityGroup {
                        canonical: String::new(),
                        label: Label::Misc,
                        mentions: Vec::new(),
                    });
                    groups.len() - 1
                })
            }
            Err(a) => *group_of_amount[a].get_or_insert_with(|| {
                groups.push(EntityGroup {
                    canonical: amount_groups[a].canonical.clone(),
                    label: amount_groups[a].label,
                    mentions: Vec::new(),
                });
                groups.len() - 1
            }),
        };
        groups[g].mentions.push(i);
        of_span.push(g);
    }

    // Label and canonical name of each name entity.
    // By root: the base with the fullest display.
    let mut best: Vec<Option<usize>> = vec![None; bases.len()];
    for (b, base) in bases.iter().enumerate() {
        let e = best[uf.find(b)].get_or_insert(b);
        if fuller(&base.display, &bases[*e].display) {
            *e = b;
        }
    }
    for (&g, &best) in group_of_root.iter().zip(&best) {
        let (Some(g), Some(best)) = (g, best) else {
            continue;
        };
        let counts = label_counts(spans, &groups[g].mentions);
        groups[g].label = majority(&counts, spans[groups[g].mentions[0]].label);
        groups[g].canonical = bases[best].display.clone();
    }
    (groups, of_span)
}

fn label_counts(spans: &[Span], mentions: &[usize]) -> [usize; 4] {
    let mut counts = [0; 4];
    for &i in mentions {
        counts[label_index(spans[i].label)] += 1;
    }
    counts
}

/// Each mention's label after merging: a name mention takes its entity's label when
/// the entity clearly disagrees with it (more than half of the mentions, and at least
/// twice as many as the mention's own label). A place read as an organisation or the
/// reverse keeps its label: "Washington" the city and the government, "Scotland" the
/// country and the team, are told apart by context, which the recognizer sees.
pub fn consistent_labels(spans: &[Span], groups: &[EntityGroup], group_of: &[usize]) -> Vec<Label> {
    let counts: Vec<[usize; 4]> = groups
        .iter()
        .map(|g| label_counts(spans, &g.mentions))
        .collect();
    spans
        .iter()
        .zip(group_of)
        .map(|(s, &g)| {
            let target = groups[g].label;
            if !s.label.is_name() || !target.is_name() || target == s.label {
                return s.label;
            }
            let c = &counts[g];
            let total: usize = c.iter().sum();
            let (want, own) = (c[label_index(target)], c[label_index(s.label)]);
            let metonymy = matches!(
                (s.label, target),
                (Label::Loc, Label::Org) | (Label::Org, Label::Loc)
            );
            if want * 2 > total && want >= 2 * own && !metonymy {
                target
            } else {
                s.label
            }
        })
        .collect()
}

/// True when `a` is a fuller name than `b`: more words, then more characters.
/// A leading "The" does not make a name fuller: "The Taliban" and "Taliban" list as
/// "Taliban", while a name only ever seen as "The Hague" keeps it.
fn fuller(a: &str, b: &str) -> bool {
    let size = |s: &str| {
        let core = strip_the(s);
        (
            core.split(' ').count(),
            core.chars().count(),
            core.len() == s.len(),
        )
    };
    size(a) > size(b)
}

fn strip_the(text: &str) -> &str {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(text)
}

/// Words that title a person rather than name them.
fn is_title(lower: &str) -> bool {
    matches!(
        lower,
        "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "senator"
            | "sen"
            | "rep"
            | "representative"
            | "gov"
            | "governor"
            | "mayor"
            | "ambassador"
            | "envoy"
            | "special"
            | "deputy"
            | "chief"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "director"
            | "chairman"
            | "chairwoman"
            | "judge"
            | "justice"
            | "gen"
            | "general"
            | "col"
            | "colonel"
            | "lt"
            | "capt"
            | "captain"
            | "sgt"
            | "coach"
            | "manager"
            | "prof"
            | "professor"
            | "rev"
            | "pope"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "sheikh"
            | "chancellor"
            | "officer"
            | "dj"
            | "actor"
            | "actress"
            | "singer"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
    )
}

/// The name as it should be listed: no leading "the", courtesy title, possessive or
/// trailing punctuation.
fn clean_name(text: &str, label: Label) -> String {
    // Lower-case "the" is never part of a name; "The" may be ("The Hague").
    let mut s = text.strip_prefix("the ").unwrap_or(text);
    if label == Label::Per {
        // "Mr Blair", "President Joe Biden", "Deputy Special Representative Tom West":
        // leading titles go while a name of two words remains (or a courtesy title
        // goes whatever remains: "Mr Blair" is "Blair").
        while let Some((first, rest)) = s.split_once(' ') {
            let word = first.trim_end_matches('.').to_lowercase();
            let courtesy = matches!(word.as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "mx");
            let title = courtesy || is_title(&word);
            if !title || rest.is_empty() || (!courtesy && !rest.contains(' ')) {
                break;
            }
            s = rest;
        }
    }
    loop {
        let before = s;
        for suffix in ["'s", "’s", "'", "’"] {
            if let Some(rest) = s.strip_suffix(suffix).filter(|r| !r.is_empty()) {
                s = rest;
            }
        }
        s = s.trim_end_matches([',', ';', ':', '!', '?', '"', '“', '”', ')', '(']);
        s = s.trim_start_matches(['"', '“', '”', '(', '\'', '‘']);
        // "Frerichs." loses its full stop; "U.S." and "Inc." keep theirs.
        if let Some(rest) = s.strip_suffix('.') {
            let last = rest.rsplit(' ').next().unwrap_or(rest);
            if last.chars().count() > 4 && !last.contains('.') {
                s = rest;
            }
        }
        s = s.trim_end();
        if s == before {
            break;
        }
    }
    if s.is_empty() {
        text.to_string()
    } else {
        s.to_string()
    }
}

/// "U.S." → "US"; other words unchanged.
fn undot(word: &str) -> std::borrow::Cow<'_, str> {
    let b = word.as_bytes();
    let dotted = word.contains('.')
        && word.split('.').all(|part| {
            part.is_empty() || (part.len() == 1 && part.bytes().all(|c| c.is_ascii_alphabetic()))
        })
        && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2;
    if dotted {
        word.replace('.', "").into()
    } else {
        word.into()
    }
}

/// The folded key: lower case, single spaces, curly apostrophes straightened, acronym
/// dots dropped.
fn fold(display: &str) -> String {
    display
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| undot(w).replace('’', "'").to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for "UN", "U.S.", "USAID": two to eight letters, all capitals.
fn acronym(display: &str) -> Option<String> {
    let letters: String = undot(display).into_owned();
    let ok = (2..=8).contains(&letters.chars().count())
        && letters
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && letters.chars().filter(|c| c.is_uppercase()).count() >= 2;
    ok.then_some(letters)
}

/// "the United Nations (UN)": the name right before a bracketed acronym.
fn join_defined_acronyms(
    input: &str,
    spans: &[Span],
    slot: &[Result<usize, usize>],
    base_of_key: &HashMap<String, usize>,
    uf: &mut UnionFind,
) {
    for (i, s) in spans.iter().enumerate() {
        let Ok(b) = slot[i] else { continue };
        let after = input.get(s.end..).unwrap_or("");
        let after = &after[..floor_boundary(after, 24)];
        let Some(inner) = after.trim_start().strip_prefix('(') else {
            continue;
        };
        let Some((acr, _)) = inner.split_once(')') else {
            continue;
        };
        let acr = acr.trim();
        let name = strip_the(input.get(s.start..s.end).unwrap_or("")).to_lowercase();
        let letters = match acronym(acr) {
            Some(letters) => letters.to_lowercase(),
            // "Defra", "Nasa": mixed case, so its letters must spell through the name.
            None if is_short_form_of(acr, &name) => acr.to_lowercase(),
            None => continue,
        };
        if name.chars().next() != letters.chars().next() {
            continue;
        }
        if let Some(&a) = base_of_key.get(&letters) {
            uf.union(b, a);
        }
    }
}

/// "Defra" for "Department for Environment, Food and Rural Affairs": one capitalised
/// word of at most ten letters whose letters occur in order in the (lower-case) name.
fn is_short_form_of(acr: &str, name: &str) -> bool {
    let n = acr.chars().count();
    if !(2..=10).contains(&n)
        || !acr.chars().next().is_some_and(char::is_uppercase)
        || !acr.chars().all(char::is_alphanumeric)
        || name.split(' ').count() < 2
    {
        return false;
    }
    let mut rest = name.chars();
    acr.to_lowercase()
        .chars()
        .all(|c| rest.by_ref().any(|x| x == c))
}

/// Largest char boundary ≤ `max` in `s`.
fn floor_boundary(s: &str, max: usize) -> usize {
    let mut k = max.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

fn is_function_word(w: &str) -> bool {
    matches!(w, "of" | "the" | "and" | "for" | "in" | "on" | "de" | "&")
}

/// Bases by a text key (initials, last name, first and last name, name suffix), in base
/// order: the one map type of the joins below, so the .wasm carries one copy of the map
/// code for the four of them.
type Index = HashMap<String, Vec<usize>>;

/// "US" joins "United States" when exactly one multi-word non-person name has those
/// initials.
fn join_initials(bases: &[Base], uf: &mut UnionFind) {
    let mut by_initials = Index::default();
    for (b, base) in bases.iter().enumerate() {
        if base.label() == Some(Label::Per) || base.words.len() < 2 || base.words.len() > MAX_WORDS
        {
            continue;
        }
        let all: String = base.words.iter().filter_map(|w| w.chars().next()).collect();
        let content: String = base
            .words
            .iter()
            .filter(|w| !is_function_word(w))
            .filter_map(|w| w.chars().next())
            .collect();
        by_initials.entry(all.clone()).or_default().push(b);
        if content != all {
            by_initials.entry(content).or_default().push(b);
        }
    }
    for (b, base) in bases.iter().enumerate() {
        if base.label() == Some(Label::Per) || base.words.len() != 1 {
            continue;
        }
        let Some(letters) = acronym(&base.display) else {
            continue;
        };
        if let Some(cands) = by_initials.get(&letters.to_lowercase()) {
            if let Some(target) = unique_root(cands, uf) {
                uf.union(b, target);
            }
        }
    }
}

/// The one root the candidates share, if they share one.
fn unique_root(cands: &[usize], uf: &mut UnionFind) -> Option<usize> {
    let mut root = None;
    for &c in cands {
        let r = uf.find(c);
        match root {
            None => root = Some(r),
            Some(x) if x != r => return None,
            _ => {}
        }
    }
    root
}

/// "Frerichs" → "Mark Frerichs"; "Hillary Clinton" → "Hillary Rodham Clinton".
fn join_person_short_forms(bases: &[Base], uf: &mut UnionFind) {
    let people: Vec<usize> = (0..bases.len())
        .filter(|&b| bases[b].label() == Some(Label::Per) && bases[b].words.len() <= MAX_WORDS)
        .collect();
    // Words have no spaces, so "first last" stands for the pair.
    let first_last = |w: &[String]| format!("{} {}", w[0], w[w.len() - 1]);
    let mut by_last = Index::default();
    let mut by_first_last = Index::default();
    for &b in &people {
        let w = &bases[b].words;
        if w.len() >= 2 {
            by_last.entry(w[w.len() - 1].clone()).or_default().push(b);
            by_first_last.entry(first_last(w)).or_default().push(b);
        }
    }
    // Longer short forms first, so a surname sees the middle forms already joined;
    // equal lengths in `people` order.
    let lengths: Vec<f32> = people
        .iter()
        .map(|&b| bases[b].words.len() as f32)
        .collect();
    for b in crate::rank::best_first(&lengths)
        .into_iter()
        .map(|p| people[p])
    {
        let w = &bases[b].words;
        let cands: Vec<usize> = if w.len() == 1 {
            by_last.get(&w[0]).cloned().unwrap_or_default()
        } else {
            by_first_last
                .get(&first_last(w))
                .map(|v| {
                    v.iter()
                        .copied()
                        .filter(|&c| bases[c].words.len() > w.len())
                        .collect()
                })
                .unwrap_or_default()
        };
        if let Some(target) = unique_root(&cands, uf) {
            uf.union(b, target);
        }
    }
}

/// "State Department" → "US State Department": a multi-word non-person name that ends
/// exactly one longer name of the same label.
fn join_name_suffixes(bases: &[Base], uf: &mut UnionFind) {
    // By suffix alone; the label is matched on look-up.
    let mut by_suffix = Index::default();
    for (b, base) in bases.iter().enumerate() {
        let n = base.words.len();
        if matches!(base.label(), None | Some(Label::Per)) || !(3..=MAX_WORDS).contains(&n) {
            continue;
        }
        for k in 1..n - 1 {
            by_suffix
                .entry(base.words[k..].join(" "))
                .or_default()
                .push(b);
        }
    }
    for (b, base) in bases.iter().enumerate() {
        let Some(label) = base.label().filter(|&l| l != Label::Per) else {
            continue;
        };
        if base.words.len() < 2 {
            continue;
        }
        if let Some(cands) = by_suffix.get(&base.key) {
            let same_label: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|&c| bases[c].label() == Some(label))
                .collect();
            if let Some(target) = unique_root(&same_label, uf) {
                uf.union(b, target);
            }
        }
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra] = rb;
        }
    }
}
