//! Sentence segmentation: UAX#29 sentence bounds plus a news-aware repair layer.
//!
//! UAX#29 breaks after every full stop followed by a capital, so it splits
//! "Mr. Smith", "U.S. President", "Mark J. Frerichs" and "7:30 p.m. Monday", and it
//! breaks after "?" or "!" even when lower-case attribution follows ("'Why?' he
//! asked."). The repair layer looks only at the word before each break and the word
//! after it, so the whole pass stays linear in the text.
//!
//! It also splits off what opens a news paragraph without being a sentence:
//! datelines ("(CNN)", "Boston (CNN) --", "WASHINGTON (AP) -") and Daily Mail
//! style bylines ("By . Author . PUBLISHED: . 12:00 EST, 1 May 2014 . | ..."),
//! which become sentences of kind [`BlockKind::Boilerplate`].

use super::clean::{is_boilerplate, is_closer, is_space, Block, BlockKind, LABELS};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// One sentence: a byte span of the input inside one block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last non-space character.
    pub end: usize,
    /// Index of the block (paragraph) it belongs to.
    pub block: usize,
    /// The block's kind, or [`BlockKind::Boilerplate`] for a byline, dateline,
    /// caption or button text inside a prose block.
    pub kind: BlockKind,
}

/// Splits every block into sentences.
pub fn sentences(input: &str, blocks: &[Block]) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        let text = &input[b.start..b.end];
        let mut push = |s: usize, e: usize, kind: BlockKind| {
            if let Some((s, e)) = trim(text, s, e) {
                out.push(SentenceSpan {
                    start: b.start + s,
                    end: b.start + e,
                    block: bi,
                    kind,
                });
            }
        };
        let prose = b.kind == BlockKind::Prose;
        let mut pos = 0;
        if prose {
            // A byline may be followed by a dateline; neither repeats more often.
            for _ in 0..2 {
                let Some(n) = leading_header(&text[pos..]) else {
                    break;
                };
                push(pos, pos + n, BlockKind::Boilerplate);
                pos += n;
            }
        }
        for (s, e) in split(&text[pos..]) {
            let (mut s, e) = (s + pos, e + pos);
            // Banners, photo credits and captions glued to the front of a sentence.
            let glued = |t: &str| {
                leading_banner(t)
                    .or_else(|| leading_credit(t))
                    .or_else(|| leading_caption(t))
            };
            while let Some(n) = prose.then(|| glued(&text[s..e])).flatten() {
                push(s, s + n, BlockKind::Boilerplate);
                s += n;
                s += text[s..e].len() - text[s..e].trim_start_matches(is_space).len();
            }
            let kind = if prose && is_boilerplate(&text[s..e]) {
                BlockKind::Boilerplate
            } else {
                b.kind
            };
            push(s, e, kind);
        }
    }
    out
}

/// The span `text[s..e]` without surrounding spaces, if anything is left.
/// Pasted page source leaves tags around sentences ("<p>The minister resigned.</p>"):
/// they are not part of the sentence. Each step drops at least one byte, so
/// this is linear in what it drops.
fn trim(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let (mut s, mut e) = (s, e);
    loop {
        let t = &text[s..e];
        let rest = t.trim_start_matches(is_space);
        s += t.len() - rest.len();
        e = s + rest.trim_end_matches(is_space).len();
        let t = &text[s..e];
        if let Some(n) = leading_tag(t) {
            s += n;
        } else if let Some(n) = trailing_tag(t) {
            e -= n;
        } else {
            break;
        }
    }
    (e > s).then_some((s, e))
}

/// Longest tag we strip; longer "<...>" runs are left as text.
const MAX_TAG: usize = 300;

/// Length of an HTML-like tag opening `t` ("<p>", "</div>", "<!-- x -->").
fn leading_tag(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if b.first() != Some(&b'<')
        || !b
            .get(1)
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'/' || c == b'!')
    {
        return None;
    }
    let close = b.iter().take(MAX_TAG).position(|&c| c == b'>')?;
    (!b[1..close].contains(&b'<')).then_some(close + 1)
}

/// Length of an HTML-like tag closing `t`.
fn trailing_tag(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if b.last() != Some(&b'>') {
        return None;
    }
    let from = b.len().saturating_sub(MAX_TAG);
    let open = from + b[from..].iter().rposition(|&c| c == b'<')?;
    let first = *b.get(open + 1)?;
    (first.is_ascii_alphabetic() || first == b'/' || first == b'!').then_some(b.len() - open)
}

fn has_alnum(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// Sentence spans of one stretch of text, relative to it.
fn split(text: &str) -> Vec<(usize, usize)> {
    let mut m = Merger {
        text,
        out: Vec::new(),
        last_has_alnum: false,
        marker: None,
    };
    let mut from = 0;
    for end in breaks(text).into_iter().chain(std::iter::once(text.len())) {
        let base = from;
        for glue in glued_ends(&text[base..end]) {
            m.feed(from, base + glue);
            from = base + glue;
        }
        m.feed(from, end);
        from = end;
    }
    // A number closing the text ("... page 41.") ends the last sentence.
    if let Some(start) = m.marker {
        let end = trim(text, start, text.len()).map_or(text.len(), |(_, e)| e);
        match m.out.last_mut() {
            Some(last) => last.1 = end,
            None => m.out.push((start, end)),
        }
    }
    m.out
}

/// Where `text` may break into sentences (not its end), in order: the UAX#29 breaks,
/// moved to after the footnote markers that follow a stop ([`citation_runs`]).
fn breaks(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = uax_breaks(text).collect();
    // Most text has no "[" at all: one fast scan and nothing else.
    if !text.as_bytes().contains(&b'[') {
        return out;
    }
    let runs = citation_runs(text);
    if runs.is_empty() {
        return out;
    }
    // Both lists are in order: walk them together.
    let mut run = runs.iter().peekable();
    out.retain(|&b| {
        while run.next_if(|&&(_, e)| e <= b).is_some() {}
        run.peek().is_none_or(|&&(s, _)| b < s)
    });
    out.extend(runs.iter().map(|&(_, e)| e).filter(|&e| e < text.len()));
    out.sort_unstable();
    out.dedup();
    out
}

/// Footnote markers right after a sentence's stop, as Wikipedia and papers print them
/// ("a community.[1] The", "in 1998.[citation needed] Members", "it.[a][2]: 207 Its"):
/// for each run of them, the offset of its first "[" and the offset just past it.
///
/// UAX#29 breaks inside such a run ("community.[" | "1] The") or not at all ("[a] Its"),
/// so the run is kept with the sentence before it and the break moves to its end. A
/// marker is short and opens with a digit or a lower-case letter; a bracket that opens
/// with a capital after a stop is an editor's insertion that starts the next sentence
/// ("'Is it fair?[He] said ...'"), not a marker.
fn citation_runs(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = b[from..].iter().position(|&c| c == b'[').map(|k| from + k) {
        from = i + 1;
        if !after_stop(&text[..i]) {
            continue;
        }
        let mut end = i;
        while let Some(len) = marker_len(&text[end..]) {
            end += len;
        }
        let then_space = text[end..].chars().next().is_none_or(is_space);
        if end > i && then_space {
            out.push((i, end));
            from = end;
        }
    }
    out
}

/// Where the footnote markers that end `s` start, if it ends with some. Looks only at
/// the last few hundred bytes, so that asking after every piece stays linear.
fn trailing_citations(s: &str) -> Option<usize> {
    if !s.ends_with(|c: char| c == ']' || c.is_ascii_digit()) {
        return None;
    }
    let mut from = s.len().saturating_sub(256);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let &(start, end) = citation_runs(&s[from..]).last()?;
    (from + end == s.len()).then_some(from + start)
}

/// Whether `s` ends with a sentence's stop, maybe behind closing quotes or brackets.
fn after_stop(s: &str) -> bool {
    s.trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', '\u{3002}', '\u{FF01}', '\u{FF1F}'])
}

/// Length of the footnote marker opening `t` ("[1]", "[a]", "[citation needed]", and a
/// page number after one: "[1]: 207").
fn marker_len(t: &str) -> Option<usize> {
    let inner = t.strip_prefix('[')?;
    // Only the next 41 bytes: a "[" with no "]" soon after costs no more than that.
    let close = inner.bytes().take(41).position(|c| c == b']')?;
    let body = &inner[..close];
    let marker = (1..=40).contains(&body.len())
        && !body.contains(['[', '\n'])
        && body.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase());
    if !marker {
        return None;
    }
    // A page number may follow: "[1]: 207", "[2]:12\u{2013}14".
    let len = close + 2;
    let Some(page) = t[len..].strip_prefix(':') else {
        return Some(len);
    };
    let page = page.strip_prefix(' ').unwrap_or(page);
    if !page.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(len);
    }
    let digits = page
        .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '\u{2013}'))
        .unwrap_or(page.len());
    Some(t.len() - page.len() + digits)
}

/// UAX#29 sentence breaks inside `text` (not its end), in order.
///
/// Running UAX#29 over every character costs more than all the rest of the
/// segmentation, yet it can only break after a terminal (".", "!", "?", or a
/// non-Latin stop) or a line break. So it runs on small windows around those:
/// from the start of the word before the terminal to the first letter after it,
/// which holds all the context its rules look at. Overlapping windows merge, so
/// the pass stays linear.
fn uax_breaks(text: &str) -> impl Iterator<Item = usize> + '_ {
    uax_windows(text).into_iter().flat_map(move |(ws, we)| {
        text[ws..we]
            .split_sentence_bound_indices()
            .map(move |(off, seg)| ws + off + seg.len())
            .filter(move |&end| end < we)
    })
}

/// Characters after which UAX#29 may break a sentence. Letters, digits and
/// common Latin punctuation never do; other non-ASCII symbols are checked.
fn may_end_sentence(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '.' | '!' | '?' | '\n' | '\r');
    }
    if matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') {
        return true; // line and paragraph separators
    }
    !(c.is_alphanumeric()
        || is_space(c)
        || ('\u{2010}'..='\u{201F}').contains(&c)
        || matches!(
            c,
            '\u{a3}' | '\u{a9}' | '\u{ae}' | '\u{b0}' | '\u{b7}' | '\u{20ac}'
        ))
}

/// How far past a stop (in bytes) the windowed UAX#29 pass looks for the letter that
/// decides whether the stop ends a sentence.
const UAX_LOOKAHEAD: usize = 256;

/// A letter that can open the next sentence (a UAX#29 Upper, Lower or OLetter).
/// Many combining marks (Gurung Khema U+1611E, Devanagari vowel signs, Myanmar tone
/// marks) are alphabetic too, but UAX#29 attaches them to the stop before them (rule
/// SB5), so a window that ended at one would miss the break after it.
fn starts_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if !c.is_alphabetic() {
        return false;
    }
    // Ask the segmenter's own tables: "? " breaks before a letter, but a mark joins
    // the stop and the break moves on to the "0".
    let mut buf = [b'?', b' ', 0, 0, 0, 0, 0];
    let n = c.encode_utf8(&mut buf[2..6]).len();
    buf[2 + n] = b'0';
    let probe = std::str::from_utf8(&buf[..3 + n]).unwrap_or("");
    probe.split_sentence_bounds().next().map(str::len) == Some(2)
}

fn uax_windows(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(rel) = text[i..].find(may_end_sentence) {
        let at = i + rel;
        let floor = out.last().map_or(0, |w| w.1);
        // Back to the start of the word (rule SB7 looks at the letter before a stop).
        let mut ws = at;
        for (j, c) in text[..at].char_indices().rev() {
            if j < floor || is_space(c) || at - j > 64 {
                break;
            }
            ws = j;
        }
        // Forward past the first letter after the stop (rule SB8 looks that far), but
        // no further than UAX_LOOKAHEAD bytes: unicode-segmentation re-scans that
        // look-ahead from every position in it, so a stop followed by a long run of
        // spaces or digits ("1." and 200,000 spaces) took quadratic time. A letter that
        // far from the stop no longer decides whether the stop ends a sentence.
        let we = text[at..]
            .char_indices()
            .find(|&(j, c)| starts_letter(c) || j > UAX_LOOKAHEAD)
            .map_or(text.len(), |(j, c)| at + j + c.len_utf8());
        match out.last_mut() {
            Some(last) if ws <= last.1 => last.1 = last.1.max(we),
            _ => out.push((ws, we)),
        }
        i = we.max(at + 1);
        while !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// Collects UAX#29 pieces into sentences, undoing the breaks that are not.
struct Merger<'a> {
    text: &'a str,
    out: Vec<(usize, usize)>,
    /// Whether the last span holds a letter or digit (kept so no span is rescanned).
    last_has_alnum: bool,
    /// Start of a list marker ("2.") waiting for the item it numbers.
    marker: Option<usize>,
}

impl Merger<'_> {
    fn feed(&mut self, from: usize, to: usize) {
        let text = self.text;
        let Some((s, e)) = trim(text, from, to) else {
            return;
        };
        let next = &text[s..e];
        if self.marker.is_none() && is_list_marker(next) {
            self.marker = Some(s);
            return;
        }
        let s = self.marker.take().unwrap_or(s);
        let next_alnum = has_alnum(next);
        if let Some(last) = self.out.last_mut() {
            // Stray punctuation (". .", "...") never stands alone.
            if !self.last_has_alnum || !next_alnum || joins(&text[last.0..last.1], next) {
                last.1 = e;
                self.last_has_alnum |= next_alnum;
                return;
            }
        }
        self.out.push((s, e));
        self.last_has_alnum = next_alnum;
    }
}

/// Offsets just after the full stops in `seg` where two sentences are glued
/// without a space ("ended.The next"), which UAX#29 keeps together. Only a
/// lower-case letter or digit before and a capitalised word after count, and
/// not after an abbreviation or inside a web address.
fn glued_ends(seg: &str) -> impl Iterator<Item = usize> + '_ {
    let b = seg.as_bytes();
    (1..b.len().saturating_sub(2)).filter_map(move |i| {
        let glued = b[i] == b'.'
            && (b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit())
            && b[i + 1].is_ascii_uppercase()
            && b[i + 2].is_ascii_lowercase();
        if !glued {
            return None;
        }
        let word = last_word(&seg[..i]).unwrap_or("");
        let web = word.contains(['/', '@', '.']) || word.starts_with("www");
        (!web && abbreviation(word).is_none()).then_some(i + 1)
    })
}

/// "2." or "3)" alone: the number of the list item that follows.
fn is_list_marker(s: &str) -> bool {
    let digits = s.trim_end_matches(['.', ')']);
    digits.len() < s.len()
        && (1..=3).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a UAX#29 break between `prev` and `next` is not a sentence end.
fn joins(prev: &str, next: &str) -> bool {
    // A sentence that ends in footnote markers ended at the stop before them.
    let (prev, marked) = match trailing_citations(prev) {
        Some(start) => (&prev[..start], true),
        None => (prev, false),
    };
    let core = prev.trim_end_matches(is_closer);
    let closed = marked || core.len() != prev.len();
    let Some(last) = core.chars().next_back() else {
        return true;
    };
    let next_first = next.chars().next().unwrap_or(' ');
    match last {
        // "'Why?' he asked." -- lower case after a question is attribution; a
        // hashtag or handle after one is part of the same post ("Was the referee
        // asleep? #VAR,' he wrote.").
        '?' | '!' => next_first.is_lowercase() || matches!(next_first, '#' | '@'),
        '.' => {
            if next_first.is_lowercase() {
                return true;
            }
            let before = &core[..core.len() - 1];
            if closed || before.ends_with('.') {
                // A quote or bracket closed after the stop, or an ellipsis.
                return false;
            }
            let Some(word) = last_word(before) else {
                return false;
            };
            let next_core = next.trim_start_matches(is_opener);
            let digit = next_core.starts_with(|c: char| c.is_ascii_digit());
            abbreviation_continues(word, first_word(next_core), digit)
        }
        // UAX#29 breaks at every line break, but a block's lines were joined
        // because they continue each other (hard-wrapped text).
        c => {
            c.is_alphanumeric()
                || matches!(
                    c,
                    ',' | ';' | ':' | '-' | '\u{2013}' | '\u{2014}' | '/' | '&' | '%'
                )
        }
    }
}

/// Opening quotes and brackets before a word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '\u{201C}' | '\u{2018}' | '\u{AB}' | '\u{2039}'
    )
}

/// The word just before the end of `s` (at most 32 bytes back), without openers.
fn last_word(s: &str) -> Option<&str> {
    let mut start = s.len();
    for (i, c) in s.char_indices().rev() {
        if is_space(c) {
            break;
        }
        if s.len() - i > 32 {
            return None;
        }
        start = i;
    }
    let w = s[start..].trim_start_matches(is_opener);
    (!w.is_empty()).then_some(w)
}

/// The leading run of letters of `s`, after openers.
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(is_opener);
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// Kinds of abbreviation, by what may follow them inside a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Titles and name parts: "Mr.", "Gen.", "St.", "Inc.": a name usually follows.
    Title,
    /// Never ends a sentence: "vs.", "e.g.", "i.e.".
    Always,
    /// Before a number: "No. 1", "Vol. 3".
    Numbered,
    /// Month before a day: "Jan. 5".
    Month,
    /// "a.m." / "p.m.": a day or time zone may follow.
    Time,
    /// Initials and dotted acronyms: "J.", "J.K.", "U.S.", "D.C.".
    Initials,
}

const TITLES: &[&str] = &[
    "adm", "amb", "assn", "atty", "ave", "blvd", "brig", "bros", "capt", "cdr", "cmdr", "co",
    "col", "corp", "cpl", "cpt", "dept", "det", "dr", "fr", "ft", "gen", "gov", "hon", "inc",
    "insp", "jr", "llc", "ltd", "lt", "maj", "messrs", "mme", "mr", "mrs", "ms", "mt", "plc",
    "pres", "prof", "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st", "supt", "univ",
    // US states in AP style ("Tampa, Fla."), capitalised so "ill." or "mass." never match.
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "kan", "ky", "la", "mass",
    "md", "mich", "minn", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
    "wash", "wis", "wyo",
];
const ALWAYS: &[&str] = &["vs", "v", "e.g", "i.e", "cf", "viz", "approx"];
const NUMBERED: &[&str] = &[
    "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "sec", "op", "pt", "c", "ca", "b", "d",
];
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Capitalised words that commonly open a sentence: after an ambiguous
/// abbreviation ("in the U.S. The ..."), they mean the sentence did end.
const STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "And",
    "Another",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Even",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "More",
    "Most",
    "My",
    "No",
    "Not",
    "Now",
    "On",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "To",
    "Today",
    "Under",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
];

/// Words after "a.m."/"p.m." that keep the sentence going ("3 p.m. Monday").
const TIME_FOLLOWERS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "mt",
    "mst",
    "pt",
    "pst",
    "pdt",
    "gmt",
    "bst",
    "utc",
    "cet",
    "local",
    "eastern",
    "central",
    "pacific",
    "mountain",
];

/// Month names and their abbreviations, lower case (also the entity model's month cue).
pub(crate) const MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Classifies `word` (without its final period) as an abbreviation, if it is one.
pub(crate) fn abbreviation(word: &str) -> Option<Abbrev> {
    if word.is_empty() || word.len() > 8 {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let l = lower.as_str();
    if l == "a.m" || l == "p.m" {
        Some(Abbrev::Time)
    } else if ALWAYS.contains(&l) {
        Some(Abbrev::Always)
    } else if NUMBERED.contains(&l) && !(l.len() == 1 && word != l) {
        // "p. 115", "c. 1240"; but "P." is an initial.
        Some(Abbrev::Numbered)
    } else if !word.starts_with(char::is_uppercase) {
        // Titles and months are capitalised; "ill." or "mass." end sentences.
        is_initials(word).then_some(Abbrev::Initials)
    } else if TITLES.contains(&l) {
        Some(Abbrev::Title)
    } else if MONTHS.contains(&l) {
        Some(Abbrev::Month)
    } else if is_initials(word) {
        Some(Abbrev::Initials)
    } else {
        None
    }
}

/// "J", "J.K", "U.S", "D.C": single letters joined by periods; a lone letter must
/// be a capital.
fn is_initials(word: &str) -> bool {
    let mut pieces = 0;
    for piece in word.split('.') {
        let mut cs = piece.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => pieces += 1,
            _ => return false,
        }
    }
    pieces > 1 || word.starts_with(char::is_uppercase)
}

/// Whether `word.` continues into `next` (its first word; `next_is_digit` when
/// it opens with a number instead).
fn abbreviation_continues(word: &str, next: &str, next_is_digit: bool) -> bool {
    let Some(class) = abbreviation(word) else {
        return false;
    };
    match class {
        Abbrev::Always => true,
        Abbrev::Numbered | Abbrev::Month => next_is_digit,
        Abbrev::Time => {
            let next = next.to_lowercase();
            TIME_FOLLOWERS.contains(&next.as_str()) || MONTH_NAMES.contains(&next.as_str())
        }
        Abbrev::Title | Abbrev::Initials => {
            next.starts_with(char::is_uppercase) && !STARTERS.contains(&next)
        }
    }
}

/// Length of a dateline or byline that opens `t`, up to where the sentence starts.
fn leading_header(t: &str) -> Option<usize> {
    spaced_byline(t).or_else(|| dateline(t))
}

/// "By . Jane Doe . PUBLISHED: . 12:00 EST, 1 May 2014 . | . UPDATED: . ... . "
/// The pieces are separated by spaced periods; a piece that reads like a
/// sentence ends the header.
fn spaced_byline(t: &str) -> Option<usize> {
    let rest = t.strip_prefix("By")?;
    if !rest.starts_with(is_space) {
        return None;
    }
    let window = &t[..floor_boundary(t, 600)];
    let mut pos = 0;
    let mut end = None;
    let mut pieces = 0;
    while let Some(rel) = window[pos..].find(" .") {
        let piece = &window[pos..pos + rel];
        let words = piece.split(is_space).filter(|w| !w.is_empty()).count();
        if words > 10 || piece.contains(". ") {
            break;
        }
        pieces += 1;
        pos += rel + 2;
        end = Some(pos);
    }
    end.filter(|_| pieces >= 2)
}

/// News agencies that appear in datelines: "Boston (CNN)", "LONDON (Reuters) -".
const AGENCIES: &[&str] = &[
    "aap",
    "afp",
    "ani",
    "ap",
    "bbc",
    "bloomberg",
    "cnbc",
    "cnn",
    "cnn business",
    "cnnmoney",
    "dpa",
    "ew.com",
    "ians",
    "npr",
    "pti",
    "reuters",
    "tass",
    "upi",
    "xinhua",
];

/// Dash-like separators after a dateline.
const DASHES: &[&str] = &["--", "\u{2014}", "\u{2013}", "-"];

/// "(CNN)", "Rome (CNN) --", "WASHINGTON (AP) -", "LONDON -- ": a place and an
/// agency, or an upper-case place and a dash, before the first sentence.
fn dateline(t: &str) -> Option<usize> {
    let head = &t[..floor_boundary(t, 80)];
    let (place_end, after) = match head.find('(') {
        Some(open) => {
            let close = open + head[open..].find(')')?;
            let agency = &head[open + 1..close];
            let after = skip_dash(t, close + 1);
            let known = AGENCIES.contains(&agency.to_ascii_lowercase().as_str());
            if !(known || after.1) || !agency.starts_with(char::is_uppercase) {
                return None;
            }
            (open, after.0)
        }
        None => {
            let dash = DASHES
                .iter()
                .filter_map(|d| head.find(&format!(" {d} ")))
                .min()?;
            let first = head.split(is_space).next().unwrap_or("");
            let first = first.trim_end_matches(',');
            let letters = first.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 3 || first.chars().any(char::is_lowercase) {
                return None;
            }
            let (after, _) = skip_dash(t, dash);
            (dash, after)
        }
    };
    let place = &t[..place_end];
    let place_ok = place.len() <= 50
        && place.split(is_space).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ',' | '.' | '\'' | '-'))
        });
    let next = t[after..].chars().next()?;
    (place_ok && (next.is_uppercase() || next.is_ascii_digit() || is_opener(next))).then_some(after)
}

/// Skips spaces, one dash and spaces from `i`; says whether a dash was there.
fn skip_dash(t: &str, i: usize) -> (usize, bool) {
    let spaces = |j: usize| j + (t[j..].len() - t[j..].trim_start_matches(is_space).len());
    let j = spaces(i);
    match DASHES.iter().find(|d| t[j..].starts_with(**d)) {
        Some(d) => (spaces(j + d.len()), true),
        None => (j, false),
    }
}

/// The largest char boundary at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    (0..=i).rev().find(|&j| s.is_char_boundary(j)).unwrap_or(0)
}

/// Banner phrases that web copies glue to the next sentence without punctuation
/// ("Scroll down for video Jordan was ..."); split off when a capital follows.
const GLUED_BANNERS: &[&str] = &[
    "advertisement",
    "back to top",
    "breaking news",
    "continue reading",
    "scroll down for video",
    "scroll down for videos",
    "share this article",
    "share this story",
    "skip to main content",
    "story highlights",
];

fn leading_banner(s: &str) -> Option<usize> {
    GLUED_BANNERS.iter().find_map(|p| {
        let head = s.get(..p.len())?;
        if !head.eq_ignore_ascii_case(p) {
            return None;
        }
        let rest = &s[p.len()..];
        let trimmed = rest.trim_start_matches(|c: char| is_space(c) || c == ':');
        let starts_sentence = trimmed.starts_with(|c: char| c.is_uppercase() || is_opener(c));
        (trimmed.len() < rest.len() && starts_sentence).then_some(p.len())
    })
}

/// "(Photo: AFP)", "(IANS)" opening a sentence: a credit left by a caption.
fn leading_credit(s: &str) -> Option<usize> {
    if !s.starts_with('(') {
        return None;
    }
    let close = s[..floor_boundary(s, 80)].find(')')?;
    let inner = s[1..close].trim().to_ascii_lowercase();
    let label = inner
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let labelled = LABELS.contains(&label) && inner[label.len()..].trim_start().starts_with(':');
    let rest = s[close + 1..].trim_start_matches(is_space);
    let sentence_follows = rest.starts_with(|c: char| c.is_uppercase() || is_opener(c));
    ((labelled || AGENCIES.contains(&inner.as_str())) && sentence_follows).then_some(close + 1)
}

/// Words that open a clause and are capitalised only at a sentence start.
const CLAUSE_STARTS: [&str; 22] = [
    "The", "A", "An", "He", "She", "It", "They", "His", "Her", "Their", "This", "These", "Those",
    "We", "In", "On", "At", "And", "But", "After", "When", "While",
];

/// Words after which a capitalised "The"/"On" is a name's ("at The Oval", "show On the
/// Record"), not a new clause.
const BEFORE_NAMES: [&str; 16] = [
    "at", "of", "in", "on", "for", "to", "from", "by", "with", "the", "a", "an", "and", "or",
    "show", "called",
];

/// A photo caption that lost its line break and has no final period, glued to the front
/// of the next sentence: "Van der Wiel says he is happy in the summer The full back had a
/// spat ..." — a lower-case word, one space, then a clause opener, or an attributed
/// quotation ("... winning a trophy 'For me, it's like another cup,' he told ...").
/// Returns the caption's length. The caption must have at least four words and the rest
/// at least three.
fn leading_caption(s: &str) -> Option<usize> {
    let mut words = 0;
    let mut prev: &str = "";
    let mut iter = s.split(' ').peekable();
    let mut at = 0;
    while let Some(w) = iter.next() {
        let next_at = at + w.len() + 1;
        if words >= 4 && !prev.is_empty() {
            let glued = prev.chars().all(char::is_lowercase) && !BEFORE_NAMES.contains(&prev);
            let opens = || {
                if CLAUSE_STARTS.contains(&w) {
                    opens_clause(&s[at..])
                } else {
                    // "His motto is 'Nation before self,' he says": the quote completes
                    // the clause.
                    !COPULAS.contains(&prev) && attributed_quote(&s[at..])
                }
            };
            if glued && opens() {
                return Some(at);
            }
        }
        if w.contains(|c: char| is_space(c) && c != '\u{a0}') {
            // A line break or tab inside: not a simple run of words (a no-break space,
            // common in text copied from web pages, is).
            return None;
        }
        if !w.is_empty() {
            words += 1;
            prev = w;
        }
        at = next_at;
        if iter.peek().is_none() || at > 400 {
            return None;
        }
    }
    None
}

/// Verbs that attribute a quotation: "'...,' he said", "'...', Smith told Reuters".
pub(super) const SPEECH_VERBS: [&str; 12] = [
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "admitted",
    "insisted",
    "revealed",
    "claimed",
    "wrote",
];

/// Forms of "be": a quotation after one completes the sentence before it.
const COPULAS: [&str; 7] = ["is", "was", "are", "were", "be", "been", "being"];

/// True when `rest` opens a quotation of a whole clause with its attribution right
/// after it: "'For me, it's like another cup,' he told ...", "'We must be careful',
/// Smith told ...". A caption without its full stop often runs into such a quote; a
/// quoted title or nickname ("the film 'Gone With the Wind' won") has no comma before
/// its closing mark and no speaker after it, so it is not split.
fn attributed_quote(rest: &str) -> bool {
    let Some(open) = rest.chars().next() else {
        return false;
    };
    let single = match open {
        '\'' | '\u{2018}' => true,
        '"' | '\u{201C}' => false,
        _ => return false,
    };
    let inner = &rest[open.len_utf8()..];
    if !inner.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // The closing mark: for single quotes, one not followed by a letter ("it's" is no close).
    let window = &inner[..floor_boundary(inner, 300)];
    let close = window.char_indices().find(|&(i, c)| {
        if single {
            matches!(c, '\'' | '\u{2019}')
                && !window[i + c.len_utf8()..].starts_with(char::is_alphabetic)
        } else {
            matches!(c, '"' | '\u{201D}')
        }
    });
    let Some((close, mark)) = close else {
        return false;
    };
    let quoted = &inner[..close];
    let after = &inner[close + mark.len_utf8()..];
    let comma = quoted.ends_with(',') || after.starts_with(',');
    let mut quoted_words = quoted.split(is_space).filter(|w| !w.is_empty());
    // A sentence, not a title in capitals ("Fifty Shades of Grey," told ...).
    let sentence = quoted_words
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    if !comma || !sentence || quoted_words.count() < 2 {
        return false;
    }
    // The speaker: a pronoun or up to three capitalised words, then a speech verb;
    // or "said" and a capitalised name ("said Smith"; not "told Reuters", whose
    // object is the listener).
    let mut words = after
        .trim_start_matches(',')
        .split(is_space)
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let Some(first) = words.next() else {
        return false;
    };
    if matches!(first, "said" | "says" | "added" | "adds") {
        return words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    }
    if matches!(first, "he" | "she" | "they" | "we" | "I") {
        return words.next().is_some_and(|w| SPEECH_VERBS.contains(&w));
    }
    if !first.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    for w in words.take(3) {
        if SPEECH_VERBS.contains(&w) {
            return true;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
    }
    false
}

/// True when `rest` (starting at a clause opener) reads as a new clause, not a title:
/// "The full back had", "He told", "The Nordic tourists kept" — but not "The Aviator
/// and Finding Neverland", "A Way Of Life", "The Ticket programme.".
fn opens_clause(rest: &str) -> bool {
    let mut words = rest.split(' ').skip(1);
    let (Some(w1), Some(w2)) = (words.next(), words.next()) else {
        return false;
    };
    let lower_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase());
    let starts_lower = w1.starts_with(|c: char| c.is_lowercase());
    let capital = w1.starts_with(|c: char| c.is_uppercase()) && w1.chars().all(char::is_alphabetic);
    // "An 86-year-old nun was", "The 25-year-old striker": a number, then lower case.
    let number = w1.starts_with(|c: char| c.is_ascii_digit());
    starts_lower || ((capital || number) && lower_word(w2) && !BEFORE_NAMES.contains(&w2))
}

// Native only: proptest is a native-only dev-dependency (it does not build for wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split_str(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    /// The windowed UAX#29 pass must find exactly the breaks of the full pass.
    fn assert_same_breaks(text: &str) {
        let full: Vec<usize> = text
            .split_sentence_bound_indices()
            .map(|(off, seg)| off + seg.len())
            .filter(|&e| e < text.len())
            .collect();
        let windowed: Vec<usize> = uax_breaks(text).collect();
        assert_eq!(full, windowed, "{text:?}");
    }

    #[test]
    fn footnote_markers_stay_with_the_sentence_they_follow() {
        assert_eq!(
            split_str(
                "Mozilla is a community.[1] The community grew.[2][3] It began in 1998.\
                 [citation needed] Netscape made it.[a] Its logo is a dragon.[4]"
            ),
            [
                "Mozilla is a community.[1]",
                "The community grew.[2][3]",
                "It began in 1998.[citation needed]",
                "Netscape made it.[a]",
                "Its logo is a dragon.[4]",
            ]
        );
        // A page number after the marker; a stop in CJK text.
        assert_eq!(
            split_str("Films with time loops.[1]: 207 The list names them."),
            ["Films with time loops.[1]: 207", "The list names them."]
        );
        assert_eq!(
            split_str("\u{6771}\u{4EAC}\u{3002}[1] \u{5927}\u{962A}\u{3002}"),
            ["\u{6771}\u{4EAC}\u{3002}[1]", "\u{5927}\u{962A}\u{3002}"]
        );
        // After an abbreviation the sentence still goes on when lower case follows.
        assert_eq!(
            split_str("Officials in the U.S.[3] officials said so."),
            ["Officials in the U.S.[3] officials said so."]
        );
        // Not markers: a bracket inside a sentence, one after a space, and a capitalised
        // insertion, which opens the next sentence ("[He] said").
        assert_eq!(
            split_str("It rose [1] in May. Then [a] fell."),
            ["It rose [1] in May.", "Then [a] fell."]
        );
        assert_eq!(citation_runs("Is it fair?[He] said."), []);
        assert_eq!(citation_runs("Done. [x] Next."), []);
        assert_eq!(
            citation_runs("A long note.[this is far too long to be a footnote marker] B"),
            []
        );
    }

    #[test]
    fn windowed_uax_matches_full_uax() {
        for t in [
            "",
            "Mr. Smith went. He said \"no.\" 'Why?' he asked! Then... U.S. Army. 3.5 is e.g. fine.",
            "a.\n\nb\r\nc. (d.) \u{201C}e.\u{201D} F. 1. 2.",
            "\u{4e2d}\u{6587}\u{3002}\u{7b2c}\u{4e8c}\u{3002} \u{645}\u{631}\u{62d}\u{628}\u{627}\u{061F} next",
            ". . . . . ? ! ?! \u{2026} \u{1F600}. \u{1F600} A",
            "end.The e\u{301}. Next  \t. \u{a0}Another.) [x] 'y' \u{2019}z.",
            "a\u{85}TV y\u{2028}b\u{2029}C",
            // Combining marks after a stop belong to it; the letter after them decides.
            "\u{3002}\u{1611e}A",
            "\u{3002}\u{93e}\u{93e}B c. \u{301}d",
            "? \u{aa7b}0",
        ] {
            assert_same_breaks(t);
        }
    }

    #[test]
    fn windowed_uax_matches_full_uax_on_shared_texts() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/");
        for file in [
            "summ/dev-cnndm-frank.jsonl",
            "summ/dev-cnndm-summeval.jsonl",
            "summ/dev-bbc-news-summary.jsonl",
            "pages/readability-ground-truth.json",
        ] {
            // Absent data: nothing to compare.
            if let Ok(text) = std::fs::read_to_string(format!("{dir}{file}")) {
                assert_same_breaks(&text);
            }
        }
    }

    proptest! {
        #[test]
        fn windowed_uax_matches_full_uax_on_random_text(
            parts in prop::collection::vec(
                prop_oneof![
                    Just(". ".to_string()),
                    Just("? ".to_string()),
                    Just("\u{201D}".to_string()),
                    Just("\n".to_string()),
                    Just("\u{3002}".to_string()),
                    "[A-Za-z0-9 ]{1,6}",
                    Just("\u{301}".to_string()),
                    Just("\u{93e}".to_string()),
                    Just("\u{aa7b}".to_string()),
                    any::<char>().prop_map(|c| c.to_string()),
                ],
                0..40,
            )
        ) {
            assert_same_breaks(&parts.concat());
        }
    }

    /// A stop followed by a long run without letters ("1." and 100,000 spaces) must not
    /// hand unicode-segmentation one huge window: it re-scans the look-ahead from every
    /// position, which made such a paste take minutes (found by the `slow` fuzz target).
    #[test]
    fn a_long_run_after_a_stop_does_not_make_a_huge_uax_window() {
        for filler in [" ", "7 ", "\u{a0}"] {
            let text = format!("1.{}a '0$", filler.repeat(100_000 / filler.len()));
            for (ws, we) in uax_windows(&text) {
                assert!(we - ws <= 2 * UAX_LOOKAHEAD, "window of {} bytes", we - ws);
            }
        }
    }

    #[test]
    fn abbreviation_classes() {
        assert_eq!(abbreviation("Mr"), Some(Abbrev::Title));
        assert_eq!(abbreviation("U.S"), Some(Abbrev::Initials));
        assert_eq!(abbreviation("J"), Some(Abbrev::Initials));
        assert_eq!(abbreviation("P"), Some(Abbrev::Initials));
        assert_eq!(abbreviation("p"), Some(Abbrev::Numbered));
        assert_eq!(abbreviation("Fla"), Some(Abbrev::Title));
        assert_eq!(abbreviation("ill"), None);
        assert_eq!(abbreviation("p.m"), Some(Abbrev::Time));
        assert_eq!(abbreviation("e.g"), Some(Abbrev::Always));
        assert_eq!(abbreviation("x"), None);
        assert_eq!(abbreviation("Frerichs"), None);
    }

    #[test]
    fn ambiguous_abbreviation_before_a_sentence_opener_ends_it() {
        assert_eq!(
            split_str("He flew to the U.S. The trip was long."),
            ["He flew to the U.S.", "The trip was long."]
        );
        assert_eq!(split_str("U.S. President Joe Biden spoke.").len(), 1);
    }

    #[test]
    fn dateline_forms() {
        assert_eq!(dateline("(CNN)The last time"), Some(5));
        assert_eq!(dateline("Boston (CNN)Guilty across"), Some(12));
        assert_eq!(dateline("Rome (CNN) Italy is"), Some(11));
        assert_eq!(dateline("WASHINGTON (Reuters) - The U.S."), Some(23));
        assert_eq!(dateline("LONDON -- Britain said"), Some(10));
        assert_eq!(
            dateline("The United Nations (UN) Secretary-General said"),
            None
        );
        assert_eq!(dateline("Apple (AAPL) shares rose"), None);
        assert_eq!(dateline("A US delegation - the first"), None);
    }
}
