//! Cleaning: split the input into blocks (paragraphs or lines) and classify each.
//!
//! A block is a run of non-blank lines that belong together: lines separated by a
//! blank line (or a line holding only spaces, NBSP or zero-width characters) are
//! always different blocks; adjacent lines are joined when one visibly continues
//! the other (hard-wrapped text), and otherwise kept apart, because text pasted
//! from web pages puts every paragraph, heading and button on its own line.

use super::segment::SPEECH_VERBS;
use serde::Serialize;

/// What a block of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    /// Article prose: the only kind whose sentences may be summarised.
    Prose,
    /// A title or subheading: shown, never summarised.
    Heading,
    /// Not article text: banners, buttons, navigation, share lines, bylines, captions.
    Boilerplate,
}

/// A paragraph (or a lone line) of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// Byte offset of the first non-space character.
    pub start: usize,
    /// Byte offset just past the last non-space character.
    pub end: usize,
    /// What the block is.
    pub kind: BlockKind,
}

/// True for whitespace we treat as a space, including NBSP and zero-width spaces.
/// ZWJ and ZWNJ are not spaces: they join emoji sequences and shape Persian words.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r');
    }
    c.is_whitespace() || is_invisible(c)
}

/// Characters that render as nothing: zero-width space, word joiner, BOM, soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// One non-blank line of the input, trimmed.
struct Line {
    start: usize,
    end: usize,
    chars: usize,
    /// A blank line (or a paragraph separator) comes before it.
    after_gap: bool,
}

/// Splits the input into blocks and classifies each.
pub fn blocks(input: &str) -> Vec<Block> {
    let lines = lines(input);
    let mut out = Vec::new();
    let mut group_start = 0;
    for i in 1..=lines.len() {
        if i == lines.len() || lines[i].after_gap {
            join_group(input, &lines[group_start..i], &mut out);
            group_start = i;
        }
    }
    out
}

fn lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut gap = true;
    let mut chars = input.char_indices().peekable();
    loop {
        let next = chars.next();
        let (i, c) = next.unwrap_or((input.len(), '\n'));
        if is_line_break(c) {
            let text = &input[line_start..i];
            let trimmed = text.trim_start_matches(is_space);
            let lead = text.len() - trimmed.len();
            let trimmed = trimmed.trim_end_matches(is_space);
            if trimmed.is_empty() {
                gap = true;
            } else {
                out.push(Line {
                    start: line_start + lead,
                    end: line_start + lead + trimmed.len(),
                    chars: trimmed.chars().count(),
                    after_gap: gap,
                });
                gap = false;
            }
            let mut width = c.len_utf8();
            // CRLF is one line break, not a line and an empty line.
            if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                chars.next();
                width += 1;
            }
            if c == '\u{2029}' {
                gap = true;
            }
            line_start = i + width;
        }
        if next.is_none() {
            break;
        }
    }
    out
}

/// Joins the lines of one group (no blank line between them) into blocks.
fn join_group(input: &str, group: &[Line], out: &mut Vec<Block>) {
    if group.is_empty() {
        return;
    }
    let widest = group.iter().map(|l| l.chars).max().unwrap_or(0);
    // Hard-wrapped text: several lines, all about as wide as the widest, which is a
    // typical wrap width. A short line before the last one ends a paragraph.
    let full = |l: &Line| l.chars * 100 >= widest * 55;
    // One sentence per line, a list or a table is not wrapped prose: there some
    // lines stop mid-sentence and some lines go on with a lower-case word.
    let inner = &group[..group.len() - 1];
    let open_ended = inner
        .iter()
        .filter(|l| !ends_sentence(&input[l.start..l.end]))
        .count();
    let lower_starts = group[1..]
        .iter()
        .filter(|l| input[l.start..l.end].starts_with(char::is_lowercase))
        .count();
    let wrapped = group.len() >= 3
        && (30..=120).contains(&widest)
        && inner.iter().filter(|l| full(l)).count() * 3 >= inner.len() * 2
        && open_ended * 3 >= inner.len()
        && lower_starts * 4 >= inner.len();

    // Page furniture never joins a paragraph; checked once per line.
    let furniture: Vec<bool> = group
        .iter()
        .map(|l| is_boilerplate(&input[l.start..l.end]))
        .collect();
    let mut first = 0;
    for (i, line) in group.iter().enumerate() {
        let end_here = match group.get(i + 1) {
            None => true,
            Some(next) => {
                furniture[i]
                    || furniture[i + 1]
                    || !continues(
                        &input[line.start..line.end],
                        &input[next.start..next.end],
                        wrapped && full(line),
                    )
            }
        };
        if end_here {
            let start = group[first].start;
            let text = &input[start..line.end];
            let is_furniture = if first == i {
                furniture[i]
            } else {
                is_boilerplate(text)
            };
            let kind = classify(text, is_furniture);
            out.push(Block {
                start,
                end: line.end,
                kind,
            });
            first = i + 1;
        }
    }
}

/// Whether line `b` continues the paragraph of line `a` (neither is furniture).
fn continues(a: &str, b: &str, a_is_full_width: bool) -> bool {
    if a_is_full_width {
        return true;
    }
    if ends_sentence(a) {
        return false;
    }
    let b_first = b.chars().next().unwrap_or(' ');
    let a_last = a.chars().next_back().unwrap_or(' ');
    b_first.is_lowercase() || matches!(a_last, ',' | ';' | '-' | '\u{2013}' | '\u{2014}' | '&')
}

/// Closing quotes and brackets that may follow the end of a sentence.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{BB}' | '\u{203A}' | '*'
    )
}

/// Whether the text ends with sentence-final punctuation (before closing quotes).
fn ends_sentence(s: &str) -> bool {
    let core = s.trim_end_matches(|c: char| is_closer(c) || is_space(c));
    core.ends_with([
        '.', '!', '?', '\u{2026}', '\u{3002}', '\u{FF01}', '\u{FF1F}', '\u{061F}', '\u{06D4}',
        '\u{0964}',
    ])
}

fn classify(text: &str, is_furniture: bool) -> BlockKind {
    if is_furniture {
        return BlockKind::Boilerplate;
    }
    let words = count_words(text, 21);
    // A heading has no final punctuation at all: it ends in a letter or digit,
    // possibly inside quotes or brackets (a citation mark "[12]" aside).
    let mut end = text;
    if let Some(open) = end.strip_suffix(']').and_then(|t| t.rfind('[')) {
        if end.len() - open <= 8 {
            end = &end[..open];
        }
    }
    // So may a permalink mark after a space ("Using standalone mode #", "Install \u{B6}").
    if let Some(t) = end.strip_suffix(['#', '\u{B6}', '\u{1F517}']) {
        if t.ends_with(is_space) {
            end = t;
        }
    }
    let last = end
        .trim_end_matches(|c: char| is_closer(c) || is_space(c))
        .chars()
        .next_back();
    let unpunctuated = last.is_some_and(char::is_alphanumeric);
    // A list item ("- Better access to advice") is content, whatever its end.
    let mut cs = text.chars();
    let bulleted = matches!(
        cs.next(),
        Some('-' | '*' | '\u{2022}' | '\u{2013}' | '\u{25AA}' | '\u{25CF}')
    ) && cs.next().is_some_and(is_space);
    if !unpunctuated || bulleted || words > 20 {
        BlockKind::Prose
    } else if words <= 1 {
        // "Politics", "Reuters", "Share": labels, not headings.
        BlockKind::Boilerplate
    } else {
        BlockKind::Heading
    }
}

/// Counts whitespace-separated words, stopping at `cap`. Chinese and Japanese
/// are written without spaces: there every two characters count as a word.
fn count_words(s: &str, cap: usize) -> usize {
    let mut words = 0;
    let mut cjk = 0;
    let mut in_word = false;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b < 0x80 {
            // ASCII: no need to decode.
            let space = matches!(b, b' ' | b'\t'..=b'\r');
            if !space && !in_word {
                words += 1;
                if words >= cap {
                    break;
                }
            }
            in_word = !space;
            continue;
        }
        if b & 0xC0 == 0x80 {
            continue; // inside a multi-byte char
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        if is_space(c) {
            in_word = false;
            continue;
        }
        if is_cjk(c) {
            cjk += 1;
            if cjk % 2 == 1 {
                words += 1;
            }
            in_word = false;
        } else if !in_word {
            words += 1;
            in_word = true;
        }
        if words >= cap {
            break;
        }
    }
    words
}

/// Han ideographs, kana and full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Collapses every run of whitespace (NBSP included) to one space and drops
/// zero-width characters and soft hyphens.
pub fn normalize_whitespace(s: &str) -> String {
    // Most sentences and names are already normal (ASCII, single spaces, no space at
    // either end): copy them as they are instead of char by char.
    let b = s.as_bytes();
    let normal_ascii = s.is_ascii()
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b
            .iter()
            .any(|&c| matches!(c, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'))
        && !b.windows(2).any(|w| w == b"  ");
    if normal_ascii {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// A sentence as the reader is shown it: whitespace normalised (see
/// [`normalize_whitespace`]), and text that was split into tokens and joined again with
/// spaces ("Sterling , 80 , said", "release Mark Frerichs . .") has no space before a
/// comma or full stop that ends a word, and no full stop repeated at the end. Offsets
/// still point at the text as written; only the shown text is tidied.
pub fn display_text(s: &str) -> String {
    let t = normalize_whitespace(s);
    if !super::has(&t, " ,") && !super::has(&t, " .") {
        return t;
    }
    // The end first: a word followed by spaced full stops ("Frerichs . .", "said .")
    // ends in one. Three or more are an ellipsis, kept as written.
    let body = t.trim_end_matches([' ', '.']);
    let tail = &t[body.len()..];
    let dots = tail.matches('.').count();
    let (body, end) = if tail.contains(' ') && (1..=2).contains(&dots) && ends_word(body) {
        (body, ".")
    } else {
        (t.as_str(), "")
    };
    // Inside: " , " and " . " after a word (and before a space, a closing quote or
    // bracket) lose the space, unless the full stop starts a spaced ellipsis (". . .").
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next = chars.get(i + 1).copied();
            let spaced_after = chars
                .get(i + 2)
                .is_none_or(|c| matches!(c, ' ' | '"' | ')' | '\u{201D}'));
            let ellipsis = next == Some('.') && chars.get(i + 3) == Some(&'.');
            if matches!(next, Some(',' | '.')) && spaced_after && !ellipsis && ends_word(&out) {
                continue;
            }
        }
        out.push(c);
    }
    out.push_str(end);
    out
}

/// Whether `s` ends with a word: a letter or digit, or a closing quote or bracket.
fn ends_word(s: &str) -> bool {
    s.chars().next_back().is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}')
    })
}

// ---------------------------------------------------------------------------
// Boilerplate cues. These are general web-page furniture, not tied to any site.

/// Whole lines that are page furniture (compared lower-cased, trimmed of symbols).
const BANNERS: &[&str] = &[
    "accept",
    "accept cookies",
    "ad",
    "advertisement",
    "advertising",
    "back to top",
    "back to top button",
    "breaking",
    "breaking news",
    "close",
    "comments",
    "continue reading",
    "copy link",
    "developing",
    "developing story",
    "email",
    "exclusive",
    "follow",
    "follow us",
    "home",
    "just in",
    "leave a comment",
    "link copied",
    "listen to this article",
    "live",
    "live updates",
    "load more",
    "loading",
    "menu",
    "more",
    "more from",
    "more stories",
    "most popular",
    "most read",
    "newsletter",
    "next",
    "paid content",
    "previous",
    "print",
    "privacy policy",
    "promoted",
    "read more",
    "read next",
    "recommended",
    "register",
    "related",
    "related articles",
    "related content",
    "related links",
    "related news",
    "related posts",
    "related stories",
    "search",
    "see more",
    "share",
    "share this",
    "share this article",
    "share this story",
    "show more",
    "sign in",
    "log in",
    "skip to content",
    "skip to main content",
    "sponsored",
    "sponsored content",
    "story highlights",
    "subscribe",
    "terms of use",
    "top stories",
    "trending",
    "trending now",
    "tweet",
    "up next",
    "update",
    "updated",
    "video",
    "view comments",
    "watch",
    "you may also like",
];

/// Furniture that holds no article text at all, so nothing in it is an entity either: a
/// banner ("Breaking News", "Comments (12)"), a share bar, a menu ("Home | World |
/// Sport | Tech"), a gallery counter ("Image 1 of 5") or a line of script.
pub(crate) fn is_pure_furniture(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    pure_furniture(text, start, &lowercase_prefix(start, 48))
}

/// [`is_pure_furniture`], given `start` (the text from its first letter or digit) and
/// `head` (its lower-cased opening), which [`is_boilerplate`] has already worked out.
fn pure_furniture(text: &str, start: &str, head: &str) -> bool {
    if start.len() <= 48 {
        let core = head.trim_end_matches(|c: char| !c.is_alphanumeric());
        if BANNERS.contains(&banner_core(core)) || is_share_bar(core) || is_counter(core) {
            return true;
        }
    }
    if is_story_link(head, text) {
        return true;
    }
    // This runs on every sentence and line: one pass over the bytes finds whether a
    // menu's bars or bullets or a script's braces are there at all (0xA2 and 0xB7 end
    // the UTF-8 of "\u{2022}" and "\u{B7}").
    let marks = text.len() <= 400 && text.bytes().any(|b| matches!(b, b'|' | b'{' | 0xA2 | 0xB7));
    marks && (is_menu(text) || is_code(text))
}

/// A link to another story ("Read also: Storm season arrives early", "READ | ...",
/// "Related posts: ..."): its words are that story's, not this one's.
fn is_story_link(head: &str, text: &str) -> bool {
    // Every opening below starts with one of these letters.
    if !head.starts_with(['a', 'r', 's']) {
        return false;
    }
    let linked = LINK_PREFIXES
        .iter()
        .any(|p| head.starts_with(p) && !starts_with_letter(&head[p.len()..]))
        || head
            .strip_prefix("read")
            .is_some_and(|r| r.trim_start().starts_with([':', '|']));
    linked && count_words(text, 41) <= 40
}

/// Openings of a link to another story (lower case; a word boundary must follow).
const LINK_PREFIXES: &[&str] = &[
    "also read",
    "read also",
    "read more",
    "read next",
    "related articles",
    "related links",
    "related news",
    "related posts",
    "related stories",
    "see also",
];

/// "image 1 of 5", "photo 3 of 12" (lower-cased): a gallery's position.
fn is_counter(lower: &str) -> bool {
    let mut w = lower.split_whitespace();
    let number = |s: Option<&str>| s.is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
    w.next()
        .is_some_and(|label| ["image", "photo", "picture", "slide"].contains(&label))
        && number(w.next())
        && w.next() == Some("of")
        && number(w.next())
        && w.next().is_none()
}

/// Four or more short items between bars or bullets, and no sentence: a site's menu.
fn is_menu(text: &str) -> bool {
    // Text without bars is one item, never four: `pure_furniture` has already looked for
    // them in its byte pass.
    let bars = |c: char| matches!(c, '|' | '\u{2022}' | '\u{B7}');
    if text.len() > 240 || ends_sentence(text) {
        return false;
    }
    let mut items = 0;
    for item in text.split(bars) {
        let words = count_words(item, 5);
        if words == 0 || words > 3 {
            return false;
        }
        items += 1;
    }
    items >= 4
}

/// A line of script or style that leaked into the text ("(function(){var s=...})();"):
/// braces and semicolons, which prose hardly ever has together.
fn is_code(text: &str) -> bool {
    // A line, or a sentence: a whole paragraph with a style sheet inside it still holds
    // prose around it (its sentences are asked one by one).
    if text.len() > 400 {
        return false;
    }
    let (mut open, mut close, mut semi) = (0, 0, 0);
    for b in text.bytes() {
        match b {
            b'{' => open += 1,
            b'}' => close += 1,
            b';' => semi += 1,
            _ => {}
        }
    }
    open > 0 && close > 0 && semi > 0 && open + close + semi >= 4
}

/// A banner without the count some sites print after it ("comments (12" of "Comments (12)").
fn banner_core(head: &str) -> &str {
    match head.strip_suffix(|c: char| c.is_ascii_digit()) {
        Some(_) => {
            let t = head.trim_end_matches(|c: char| c.is_ascii_digit());
            t.strip_suffix('(').map_or(head, str::trim_end)
        }
        None => head,
    }
}

/// Words a share bar is made of ("Facebook Twitter WhatsApp Email Copy link").
const SHARE_WORDS: &[&str] = &[
    "copy",
    "email",
    "facebook",
    "flipboard",
    "link",
    "linkedin",
    "mail",
    "messenger",
    "pinterest",
    "print",
    "reddit",
    "share",
    "telegram",
    "threads",
    "tumblr",
    "twitter",
    "whatsapp",
    "x",
];

/// A short line of two or more share targets and nothing else (lower-cased).
fn is_share_bar(lower: &str) -> bool {
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut n = 0;
    words.all(|w| {
        n += 1;
        SHARE_WORDS.contains(&w)
    }) && n >= 2
}

/// Line openings that mark furniture whatever follows (a word boundary must follow).
const PREFIXES: &[&str] = &[
    "additional reporting",
    "advertisement",
    "all rights reserved",
    "also read",
    "back to top",
    "click here",
    "click to",
    "continue reading",
    "download the",
    "follow him on",
    "follow her on",
    "follow them on",
    "editing by",
    "follow us",
    "image caption",
    "image copyright",
    "image source",
    "join us on",
    "last updated",
    "leave a comment",
    "most read",
    "photo by",
    "photo credit",
    "photograph by",
    "picture by",
    "posted by",
    "powered by",
    "read more",
    "read also",
    "related articles",
    "related stories",
    "reporting by",
    "scroll down for",
    "scroll to continue",
    "see also",
    "share on",
    "share this",
    "share via",
    "sign up",
    "skip to",
    "subscribe to",
    "tap here",
    "we use cookies",
    "writing by",
];

/// Single words that mark furniture when a colon or bar follows ("Photo: Reuters").
pub(crate) const LABELS: &[&str] = &[
    "credit",
    "credits",
    "image",
    "images",
    "listen",
    "more",
    "photo",
    "photos",
    "picture",
    "pictures",
    "posted",
    "published",
    "read",
    "related",
    "source",
    "sources",
    "tags",
    "topics",
    "updated",
    "video",
    "watch",
];

/// Phrases that mark a short line as a credit or caption wherever they occur.
const CONTAINS: &[&str] = &[
    "all rights reserved",
    "trust principles",
    "getty images",
    "ap photo",
    "afp photo",
    "afp via getty",
    "image copyright",
    "image caption",
    "photo credit",
    "min read",
    "minute read",
    "click here",
];

/// Words inside a closing parenthesis that make a line a photo caption.
const CAPTION_CREDITS: &[&str] = &[
    "ap", "afp", "epa", "file", "getty", "photo", "image", "reuters", "pa", "credit",
];

/// Words a date-and-time line is made of, besides numbers.
const DATE_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "am",
    "pm",
    "a.m",
    "p.m",
    "est",
    "edt",
    "et",
    "pt",
    "pst",
    "pdt",
    "ct",
    "cst",
    "cdt",
    "gmt",
    "bst",
    "utc",
    "cet",
    "cest",
    "ist",
    "updated",
    "published",
    "posted",
    "last",
    "at",
    "on",
    "of",
    "the",
    "ago",
    "hour",
    "hours",
    "minute",
    "minutes",
    "min",
    "mins",
    "day",
    "days",
    "yesterday",
    "today",
    "read",
    "th",
    "st",
    "nd",
    "rd",
];

/// Whether a line (or a sentence) is page furniture rather than article text.
pub(crate) fn is_boilerplate(text: &str) -> bool {
    if !has_text_outside_tags(text) {
        return true;
    }
    let start = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    if text[..text.len() - start.len()].contains('\u{a9}') {
        return true;
    }
    if is_caption_run(text) {
        return true;
    }
    // An entry of a reference list as Wikipedia prints it, its back-links first:
    // "^ a b \"Fashion in New Zealand\". Retrieved 2 May 2013."
    if text.trim_start_matches(is_space).starts_with("^ ") {
        return true;
    }
    // Most cues sit at the start: lower-case only the opening.
    let head = lowercase_prefix(start, 48);
    if pure_furniture(text, start, &head) {
        return true;
    }
    // Page furniture is short; a long line opening with "Sign up" is prose.
    // Counted only once a cue matched: this runs on every sentence.
    let short = || count_words(text, 41) <= 40;
    let prefixed = PREFIXES
        .iter()
        .any(|p| head.starts_with(p) && !starts_with_letter(&head[p.len()..]));
    let labelled = LABELS.iter().any(|p| {
        head.starts_with(p)
            && head[p.len()..]
                .trim_start()
                .starts_with([':', '|', '/', '\u{2022}'])
    });
    let copyright = head.starts_with("copyright")
        && head[9..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '\u{a9}' || c == '(');
    if prefixed || labelled || copyright || is_byline(text) {
        return short();
    }
    let first_word = head
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let dated =
        first_word.starts_with(|c: char| c.is_ascii_digit()) || DATE_WORDS.contains(&first_word);
    if dated && short() && is_date_line(&text.to_lowercase()) {
        return true;
    }
    // "CNN's Jane Doe and Ali Khan contributed to this report."
    if super::has(text, "contributed")
        && [
            "contributed to this report",
            "contributed to this story",
            "contributed reporting",
        ]
        .iter()
        .any(|p| super::has(text, p))
    {
        return short();
    }
    // Credits anywhere in a line that is not a full sentence, or a short one.
    let credit_sized = if ends_sentence(text) {
        count_words(text, 13) <= 12
    } else {
        short()
    };
    if credit_sized && {
        let lower = text.to_lowercase();
        CONTAINS.iter().any(|p| super::has(&lower, p))
    } {
        return true;
    }
    text.trim_end_matches(|c: char| is_space(c) || c == '.')
        .ends_with(')')
        && short()
        && is_caption(&text.to_lowercase())
}

/// The lower-cased first `max` bytes (or a little fewer, at a char boundary) of `s`.
fn lowercase_prefix(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(max + 4);
    for (i, c) in s.char_indices() {
        if i >= max {
            break;
        }
        super::push_lowercase(&mut out, c);
    }
    out
}

fn starts_with_letter(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

/// True when some letter or digit lies outside HTML-like tags.
/// Linear: a `<` with no `>` after it is text, and once no `>` is left, every `<` is.
fn has_text_outside_tags(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut closers_left = true;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c == '<'
            && closers_left
            && bytes
                .get(i + 1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!')
        {
            match s[i..].find('>') {
                Some(j) => {
                    i += j + 1;
                    continue;
                }
                None => closers_left = false,
            }
        }
        if c.is_alphanumeric() {
            return true;
        }
        i += c.len_utf8();
    }
    false
}

/// "By John Smith", "By Jane Doe and Ali Khan, CNN", "By . Daily Mail Reporter . PUBLISHED: ...".
fn is_byline(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("BY "))
    else {
        return false;
    };
    let mut names = 0;
    for w in rest.split(is_space).filter(|w| !w.is_empty()) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() || first.is_ascii_digit() {
            names += 1;
        } else if !matches!(
            w,
            "and" | "in" | "for" | "of" | "the" | "at" | "de" | "da" | "van" | "von" | "al" | "bin"
        ) {
            return false;
        }
    }
    (1..=20).contains(&names)
}

/// A line made only of dates, times and words like "Updated" or "min read".
fn is_date_line(lower: &str) -> bool {
    let mut dated = false;
    for w in lower.split(|c: char| is_space(c) || matches!(c, ',' | '|' | '/' | '(' | ')')) {
        let w = w.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '\u{2013}' | '\u{2014}'));
        if w.is_empty() {
            continue;
        }
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            // "12:00", "2014", "1st", "9am"
            if !w
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '.' | '-'))
            {
                return false;
            }
            dated = true;
        } else if DATE_WORDS.contains(&w) {
            dated |= !matches!(w, "at" | "on" | "of" | "the" | "last" | "read");
        } else {
            return false;
        }
    }
    dated
}

/// Texts longer than this (in words) are never a caption run (a whole article pasted as
/// one line may open with a label).
const CAPTION_RUN_WORDS: usize = 120;

/// Longest caption label, in words ("Smile for the camera", "Big Brother is watching").
const LABEL_WORDS: usize = 5;

/// Photo captions that lost their line breaks and full stops, as text copied from a news
/// page holds them: "Injured: Chris Copeland and his wife, pictured, were stabbed ...
/// Cuffed: Pero Antic was arrested ...". The run opens with a label and a colon, and either
/// the label is short (one or two words) and the text points at a photo ("pictured",
/// "(left)"), or another label follows, glued to a word with no closing punctuation. Fact
/// boxes ("Departure: Barcelona ... Destination: ...") read the same way; neither is a
/// sentence for a summary.
fn is_caption_run(text: &str) -> bool {
    let Some((label, rest)) = text.split_once(": ") else {
        return false;
    };
    if !is_label(label, LABEL_WORDS) || count_words(text, CAPTION_RUN_WORDS + 1) > CAPTION_RUN_WORDS
    {
        return false;
    }
    // The label passed the check above; only its length in words is left to ask.
    if label.split(' ').count() <= 2 {
        let lower = rest.to_lowercase();
        if PHOTO_POINTERS.iter().any(|m| super::has(&lower, m)) {
            return true;
        }
    }
    let mut from = 0;
    while let Some(i) = rest[from..].find(": ") {
        if ends_with_glued_label(&rest[..from + i]) {
            return true;
        }
        from += i + 2;
    }
    false
}

/// Whether `head` ends with a label of up to [`LABEL_WORDS`] words that follows a word
/// without closing punctuation ("... bongo-playing skills Smile for the camera").
fn ends_with_glued_label(head: &str) -> bool {
    let mut start = head.len();
    for _ in 0..LABEL_WORDS {
        let Some(space) = head[..start].rfind(' ') else {
            return false;
        };
        let before = head[..space].rsplit(' ').next().unwrap_or("");
        if !before.is_empty()
            && !before.ends_with(SENTENCE_PUNCT)
            && is_label(&head[space + 1..], LABEL_WORDS)
        {
            return true;
        }
        start = space;
    }
    false
}

/// What a caption says to point at its photo.
const PHOTO_POINTERS: [&str; 12] = [
    "pictured",
    "(left",
    "(right",
    "(centre",
    "(center",
    "(above",
    "(below",
    "(inset",
    "(far left",
    "(far right",
    "(second left",
    "(second right",
];

/// Marks after which a word ends a clause (so a label after it is not glued on).
const SENTENCE_PUNCT: [char; 7] = ['.', ',', ';', '?', '!', '"', '\''];

/// A caption label of at most `max_words` words: a capitalised first word ("Injured",
/// "CLAIM", "Close-up", "Bloody scene", "Smile for the camera"), words of letters only,
/// and no speech verb ("Police said" introduces a quotation).
fn is_label(label: &str, max_words: usize) -> bool {
    for (i, w) in label.split(' ').enumerate() {
        let letters = !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if i >= max_words
            || !letters
            || (i == 0 && !w.starts_with(char::is_uppercase))
            || SPEECH_VERBS.contains(&w)
            || MORE_SPEECH_VERBS.contains(&w)
        {
            return false;
        }
    }
    (3..=40).contains(&label.len())
}

/// Verbs that, besides the splitter's attribution verbs ([`SPEECH_VERBS`]), make
/// "Name verb:" a speaker introducing a quotation, not a caption label.
const MORE_SPEECH_VERBS: [&str; 18] = [
    "writes",
    "continued",
    "tweeted",
    "posted",
    "replied",
    "asked",
    "warned",
    "stated",
    "declared",
    "concluded",
    "commented",
    "noted",
    "reported",
    "announced",
    "recalled",
    "responded",
    "confirmed",
    "urged",
];

/// A line ending in a credit in brackets: "... (Getty Images)", "(AP Photo/Jane Doe)".
fn is_caption(lower: &str) -> bool {
    let t = lower.trim_end_matches(|c: char| is_space(c) || c == '.');
    let Some(inner) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let credit = &inner[open + 1..];
    credit.len() <= 60
        && credit
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CAPTION_CREDITS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<(String, BlockKind)> {
        blocks(input)
            .iter()
            .map(|b| (input[b.start..b.end].to_string(), b.kind))
            .collect()
    }

    #[test]
    fn crlf_is_one_break_and_blank_lines_separate() {
        let k = kinds("First line here.\r\n\r\n\r\nSecond line here.\r\n");
        assert_eq!(k.len(), 2);
        assert_eq!(k[0].0, "First line here.");
        assert_eq!(k[1].0, "Second line here.");
    }

    #[test]
    fn nbsp_only_line_is_blank() {
        let k = kinds("One sentence here.\n\u{a0}\u{200B} \nAnother one here.");
        assert_eq!(k.len(), 2);
    }

    #[test]
    fn hard_wrapped_paragraph_is_one_block() {
        let text = "The delegation will meet senior representatives in Doha on\n\
                    Saturday and Sunday, two senior administration officials told\n\
                    reporters. It is the first such meeting since the withdrawal\n\
                    of forces.\n\nA second paragraph follows here.";
        let k = kinds(text);
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(k[0].1, BlockKind::Prose);
    }

    #[test]
    fn lowercase_continuation_joins_short_lines() {
        let k = kinds("The minister said that the talks\nwould resume next week.");
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].1, BlockKind::Prose);
    }

    #[test]
    fn heading_then_prose_on_next_line_stay_apart() {
        let k = kinds(
            "Talks resume in Doha\nThe talks resumed on Monday after a long pause in the region.",
        );
        assert_eq!(k.len(), 2);
        assert_eq!(k[0].1, BlockKind::Heading);
        assert_eq!(k[1].1, BlockKind::Prose);
    }

    #[test]
    fn cues() {
        for line in [
            "Breaking News",
            "ADVERTISEMENT",
            "Back to top button",
            "Share this article",
            "Share on Facebook",
            "Read more: Why the talks failed",
            "Click here to subscribe",
            "Sign up for our newsletter",
            "Related: Ten things to know",
            "By John Smith",
            "By Jane Doe and Ali Khan, CNN",
            "By . Daily Mail Reporter . PUBLISHED: . 12:00 EST, 1 May 2014 . | . UPDATED: . 13:37 EST, 1 May 2014 .",
            "Updated 10:43 AM ET, Sat April 4, 2015",
            "12 October 2021",
            "5 min read",
            "Photo: Reuters",
            "Protesters gather outside the embassy (Getty Images)",
            "Image copyright Getty Images",
            "\u{a9} 2021 Example Media. All rights reserved.",
            "Copyright 2021 The Associated Press",
            "CNN's Jane Doe and Ali Khan contributed to this report.",
            "Follow her on Twitter @janedoe",
            "<div class=\"share\"><a href=\"#\"></a></div>",
            "* * *",
            "^ a b \"Fashion in New Zealand\". Retrieved 2 May 2013.",
            "READ: Why the talks failed",
            "(Read | Ten things to know about the vote)",
            "Listen to this article",
            "Facebook Twitter WhatsApp Email Copy link",
            "Share: Facebook | X | LinkedIn",
            "Trending Now",
            "Comments (12)",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Home | World | Politics | Business | Tech | Sport",
            "News \u{2022} Sport \u{2022} Weather \u{2022} Culture",
            "Image 1 of 5",
            "(function(){var s=document.createElement('script');document.head.appendChild(s);})();",
            "Posted by Admin at 10:42 AM | 3 comments",
            "Related Posts:",
            "Also read: Storm season arrives early this year",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn prose_is_not_boilerplate() {
        for line in [
            "By the time police arrived, the crowd had gone.",
            "Photos of the meeting were released on Monday by the ministry.",
            "Share prices fell sharply after the announcement.",
            "The video showed the boat drifting in the Atlantic.",
            "<p>The minister resigned on Friday.</p>",
            "Live Nation said the tour would go ahead.",
            "May 2021 was the wettest month on record in the city.",
            "^Hi^ is how the chat app writes a wave.",
            "Read the full report on the ministry's website.",
            "Facebook shares fell sharply on Monday.",
            "Twitter and Facebook",
            "Comments (12) were removed by the moderators on Friday.",
            "The vote was close: 52 | 48, the clerk announced.",
            "He wrote {sic} twice; the editor left it.",
            "Image 1 of 5 shows the flooded square.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
        // A paragraph with a style sheet pasted into it is still prose as a whole (its
        // sentences are judged one by one).
        let mixed = format!(
            "{} .box {{width:auto; float:left;}} .pic {{margin:0;}}",
            "The council met on Monday and agreed the budget after a long debate. ".repeat(8)
        );
        assert!(!is_boilerplate(&mixed));
        assert!(is_boilerplate(
            ".box {width:auto; float:left;} .pic {margin:0;}"
        ));
    }

    #[test]
    fn glued_photo_captions_are_furniture() {
        for run in [
            // A label, then a pointer at the photo.
            "Injured: The player and his wife, pictured, were both stabbed after an argument \
             outside a club early on Wednesday",
            "CLAIM: The MP is being investigated over claims he handed out cake, pictured above",
            "Warning: Forecasters (left) said the storm would reach the coast on Friday.",
            // A label, then another glued to the word before it.
            "Diorama: The model was commissioned from an artist in the 1960s Close-up: The \
             piece shows the battle in great detail",
            "Celebrity customers: The candidate was spotted at a restaurant in Ohio Another \
             candidate: Footage shows a rival in a queue",
            "Departure: Barcelona, at 10:01 a.m. (26 minutes late) Destination: Dusseldorf",
            "Getting into the groove: A fan has become a celebrity for her air bongo skills \
             Smile for the camera: The tradition goes back years",
        ] {
            assert!(is_boilerplate(run), "{run}");
        }
    }

    #[test]
    fn labels_and_quotations_in_prose_stay() {
        for line in [
            // A speaker, not a label.
            "He said: 'The couple were pictured together last week.'",
            "Police said: 'A man (left) was arrested at the scene.'",
            // A label without a photo or a second label.
            "Update: The minister resigned on Friday after weeks of pressure.",
            // A long opening points at a photo only in a quotation.
            "Speaking to the BBC: 'I was pictured with him once, years ago.'",
            // The second label follows a finished clause.
            "Warning: the storm will hit the coast on Friday. Forecasters: expect delays",
            // Times are no labels.
            "Departure was at 10:01 a.m. and the plane landed at 11:39 a.m.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
        // A whole article pasted as one line may open with a label; it is never one run.
        let article = format!(
            "Exclusive: The star, pictured, told us about the film. {}",
            "The shoot took months and the crew moved between three countries. ".repeat(12)
        );
        assert!(!is_boilerplate(&article));
    }

    fn kind_of(line: &str) -> BlockKind {
        classify(line, is_boilerplate(line))
    }

    #[test]
    fn headings_are_short_unpunctuated_lines() {
        assert_eq!(
            kind_of("pressure on women\u{2019}s rights"),
            BlockKind::Heading
        );
        assert_eq!(
            kind_of("Officials say US delegation will meet Taliban in first high-level talks since recall"),
            BlockKind::Heading
        );
        assert_eq!(
            kind_of("The talks ended without agreement."),
            BlockKind::Prose
        );
        assert_eq!(kind_of("Politics"), BlockKind::Boilerplate);
        assert_eq!(kind_of("Future improvements"), BlockKind::Heading);
        // With a permalink mark after it, as blogs and manuals print headings.
        assert_eq!(kind_of("Using standalone mode #"), BlockKind::Heading);
        assert_eq!(kind_of("Installing the tools \u{B6}"), BlockKind::Heading);
        assert_eq!(
            kind_of("\u{2022} Better access to advice by telephone"),
            BlockKind::Prose
        );
    }

    #[test]
    fn normalize_keeps_emoji_joiners() {
        assert_eq!(normalize_whitespace("a\u{a0}\u{200B} b\n\nc"), "a b c");
        assert_eq!(
            normalize_whitespace("\u{1F468}\u{200D}\u{1F469}"),
            "\u{1F468}\u{200D}\u{1F469}"
        );
        assert_eq!(normalize_whitespace("Af\u{ad}ghan"), "Afghan");
    }

    #[test]
    fn unclosed_angle_brackets_stay_linear_and_text() {
        let s = "<a".repeat(100_000);
        assert!(!is_boilerplate(&s));
        assert!(has_text_outside_tags("x < y"));
        assert!(!has_text_outside_tags("<br/>"));
    }
}
