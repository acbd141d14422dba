//! Patterns for DATE, TIME, MONEY, PERCENT and NUMBER.
//!
//! Hand-written rules over the tokens of each sentence. At every token the matchers
//! below are tried and the longest match wins (ties: MONEY, PERCENT, TIME, DATE,
//! NUMBER); a match may then grow over a range or a coordination ("1996 to 2001",
//! "Saturday and Sunday"). Each matcher looks a bounded number of tokens ahead, so the
//! scan is linear in the number of tokens.
//!
//! Decisions (see `tests/data/patterns.txt` for the annotated cases):
//! - a leading preposition is never part of a span ("on Saturday" → "Saturday"), but
//!   approximators are ("more than 124,000") and so is "the" in "the 1990s" and
//!   "the past two years";
//! - hyphenated adjectives are not entities ("two-decade-long", "10-day");
//! - vague quantities ("dozens", "thousands", "several") and ordinals are not numbers;
//!   a bare "one" is not either ("one of them", "no one"), "one million" is;
//! - a four-digit year counts as a DATE after a time preposition ("in 1996") or when no
//!   word follows it; otherwise it is a NUMBER ("2000 people").
//!
//! Works with either tokenization of abbreviations ("p.m." as one token, or "p.m" + ".")
//! and of hyphenated words (one token, or word + "-" + word).

use super::{Label, Span};
use crate::text::{SentenceSpan, Token, TokenKind};

/// Pattern entities found in the document, sorted by start.
pub fn recognize_patterns(
    input: &str,
    sentences: &[SentenceSpan],
    tokens: &[Vec<Token>],
) -> Vec<Span> {
    let _ = sentences;
    let mut out = Vec::new();
    for toks in tokens {
        scan(input, toks, &mut out);
    }
    Span::sort(&mut out);
    out
}

/// A token as the matchers see it: text, lower-cased text, and whether it touches
/// its neighbours (no space between).
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    lower: std::borrow::Cow<'a, str>,
    /// `spelled(lower)` and `magnitude(lower)`, asked many times per word by the
    /// matchers at each position: worked out once.
    spelled: bool,
    magnitude: bool,
    kind: TokenKind,
    glued_before: bool,
    glued_after: bool,
    /// Where a quantity starting here ends ([`quantity_at`]): every matcher asks, at
    /// every position, so it is worked out once per word.
    quantity: Option<usize>,
}

fn words<'a>(input: &'a str, toks: &[Token]) -> Vec<Word<'a>> {
    let mut out: Vec<Word<'a>> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let mut end = t.end;
        let text = &input[t.start..t.end];
        // "p.m" + "." and "Aug" + "." become one word, whatever the tokenizer did.
        if t.kind == TokenKind::Word
            && i + 1 < toks.len()
            && toks[i + 1].start == t.end
            && &input[toks[i + 1].start..toks[i + 1].end] == "."
            && !text.ends_with('.')
            && (text.contains('.') || is_abbreviation(&text.to_lowercase()))
        {
            end = toks[i + 1].end;
            i += 1;
        }
        // "1950" + "'s" (or "'" + "s") is one decade.
        let mut kind = t.kind;
        let at = |k: usize| {
            toks.get(k)
                .filter(|x| x.start == toks[k - 1].end)
                .map(|x| &input[x.start..x.end])
        };
        if t.kind == TokenKind::Number && matches!(text.len(), 2 | 4) && text.ends_with('0') {
            if matches!(at(i + 1), Some("'s" | "’s")) {
                end = toks[i + 1].end;
                kind = TokenKind::Word;
                i += 1;
            } else if matches!(at(i + 1), Some("'" | "’")) && at(i + 2) == Some("s") {
                end = toks[i + 2].end;
                kind = TokenKind::Word;
                i += 2;
            }
        }
        let text = &input[t.start..end];
        // "today's" splits into "today" + "'s", as the CoNLL-style tokenizer does.
        let clitic = ["'s", "’s"].iter().find(|c| {
            text.len() > c.len()
                && text.ends_with(*c)
                && text[..text.len() - c.len()]
                    .chars()
                    .any(char::is_alphabetic)
        });
        let split = clitic.map_or(end, |c| end - c.len());
        for (a, b) in [(t.start, split), (split, end)] {
            if a < b {
                let text = &input[a..b];
                let lower = crate::text::lowercase(text);
                out.push(Word {
                    start: a,
                    end: b,
                    text,
                    spelled: spelled(&lower),
                    magnitude: magnitude(&lower),
                    lower,
                    kind,
                    glued_before: false,
                    glued_after: false,
                    quantity: None,
                });
            }
        }
        i += 1;
    }
    for k in 1..out.len() {
        if out[k].start == out[k - 1].end {
            out[k].glued_before = true;
            out[k - 1].glued_after = true;
        }
    }
    let ends: Vec<Option<usize>> = (0..out.len()).map(|i| quantity_at(&out, i)).collect();
    for (word, end) in out.iter_mut().zip(ends) {
        word.quantity = end;
    }
    out
}

fn is_abbreviation(lower: &str) -> bool {
    month_abbrev(lower).is_some() || weekday_abbrev(lower) || matches!(lower, "a" | "p" | "rs")
}

/// One match: tokens `from..to` with a label.
#[derive(Clone, Copy)]
struct Match {
    from: usize,
    to: usize,
    label: Label,
    /// A length of time ("two years"): approximators may precede it.
    duration: bool,
}

fn scan(input: &str, toks: &[Token], out: &mut Vec<Span>) {
    let w = words(input, toks);
    let mut i = 0;
    while i < w.len() {
        let Some(mut m) = best_match(&w, i) else {
            i += 1;
            continue;
        };
        while let Some(next) = extend(&w, m) {
            m = next;
        }
        out.push(Span {
            start: w[m.from].start,
            end: w[m.to - 1].end,
            label: m.label,
        });
        i = m.to.max(i + 1);
    }
}

fn priority(l: Label) -> u8 {
    match l {
        Label::Money => 5,
        Label::Percent => 4,
        Label::Time => 3,
        Label::Date => 2,
        _ => 1,
    }
}

fn better(a: Option<Match>, b: Option<Match>) -> Option<Match> {
    match (a, b) {
        (Some(x), Some(y)) => {
            if (y.to, priority(y.label)) > (x.to, priority(x.label)) {
                Some(y)
            } else {
                Some(x)
            }
        }
        (x, None) => x,
        (None, y) => y,
    }
}

fn best_match(w: &[Word], i: usize) -> Option<Match> {
    let mut best = core(w, i);
    let approx = approximator(w, i);
    if approx > 0 {
        if let Some(m) = core(w, i + approx) {
            let quantity = matches!(m.label, Label::Number | Label::Money | Label::Percent);
            // "over two weeks": with a length of time, "over" is a preposition.
            let preposition = matches!(w[i].lower.as_ref(), "over" | "under");
            if quantity || (m.duration && !preposition) {
                best = better(best, Some(Match { from: i, ..m }));
            }
        }
    }
    if w[i].lower == "the" {
        best = better(best, the_date(w, i + 1).map(|to| date(i, to)));
    }
    best
}

fn date(from: usize, to: usize) -> Match {
    Match {
        from,
        to,
        label: Label::Date,
        duration: false,
    }
}

/// The longest match starting exactly at `i`.
fn core(w: &[Word], i: usize) -> Option<Match> {
    if i >= w.len() {
        return None;
    }
    let mut best = None;
    best = better(best, money(w, i));
    best = better(best, percent(w, i));
    best = better(best, time(w, i));
    best = better(best, date_at(w, i));
    best = better(best, number(w, i));
    best
}

/// Grows a match over "to", "and", "-" ... when the same kind of entity follows.
fn extend(w: &[Word], m: Match) -> Option<Match> {
    let c = w.get(m.to)?;
    let ok = match c.lower.as_ref() {
        "to" | "-" | "–" | "—" => true,
        "through" | "until" | "till" => matches!(m.label, Label::Date | Label::Time),
        "and" => matches!(m.label, Label::Date | Label::Time),
        "or" => true,
        _ => false,
    };
    if !ok {
        return None;
    }
    let next = core(w, m.to + 1)?;
    let label = if next.label == m.label {
        m.label
    } else if m.label == Label::Number && matches!(next.label, Label::Money | Label::Percent) {
        // "5 to 10 percent", "2 or 3 million dollars"
        next.label
    } else {
        return None;
    };
    // "or" only joins quantities ("two or three"), not "Sunday or Monday's vote" noise.
    if c.lower == "or" && label == Label::Date && next.duration != m.duration {
        return None;
    }
    Some(Match {
        from: m.from,
        to: next.to,
        label,
        duration: m.duration,
    })
}

// ---------------------------------------------------------------------------
// Quantities

/// Number of tokens of an approximator at `i` ("more than", "about", "nearly").
fn approximator(w: &[Word], i: usize) -> usize {
    let at = |k: usize| w.get(i + k).map(|x| x.lower.as_ref()).unwrap_or("");
    match (at(0), at(1), at(2)) {
        ("more" | "less" | "fewer", "than", _) => 2,
        ("at", "least" | "most", _) => 2,
        ("up", "to", _) => 2,
        ("close", "to", _) => 2,
        ("upwards", "of", _) => 2,
        ("as", "many" | "much" | "few", "as") => 3,
        ("an", "estimated", _) => 2,
        ("just", "over" | "under", _) => 2,
        (
            "about" | "around" | "nearly" | "almost" | "some" | "roughly" | "approximately"
            | "over" | "under" | "just",
            _,
            _,
        ) => 1,
        _ => 0,
    }
}

fn is_numeric(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_digit()
        && b[b.len() - 1].is_ascii_digit()
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
}

/// Splits "3bn" into ("3", "bn"); `None` when it does not start with a number.
fn numeric_prefix(s: &str) -> Option<(&str, &str)> {
    // Asked of every word: most do not start with a digit.
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let cut = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let num = &s[..cut];
    let num = num.trim_end_matches(['.', ',']);
    if is_numeric(num) {
        Some((num, &s[num.len()..]))
    } else {
        None
    }
}

fn small_number(lower: &str) -> Option<u32> {
    Some(match lower {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// A spelled number word, including hyphenated compounds ("twenty-five").
fn spelled(lower: &str) -> bool {
    small_number(lower).is_some()
        || lower.split_once('-').is_some_and(|(a, b)| {
            !b.contains('-')
                && small_number(a).is_some_and(|v| v >= 20 && v % 10 == 0)
                && small_number(b).is_some_and(|v| (1..10).contains(&v))
        })
}

fn magnitude(lower: &str) -> bool {
    matches!(
        lower,
        "hundred"
            | "thousand"
            | "million"
            | "billion"
            | "trillion"
            | "bn"
            | "mn"
            | "tn"
            | "crore"
            | "lakh"
            | "dozen"
    )
}

fn glued_magnitude(suffix: &str) -> bool {
    matches!(
        suffix.to_lowercase().as_str(),
        "m" | "bn" | "b" | "mn" | "k" | "tn" | "million" | "billion" | "trillion"
    )
}

/// True when the token is glued to a word before it ("COVID-19", "F-16", "G7").
fn attached_to_word(w: &[Word], i: usize) -> bool {
    if !w[i].glued_before || i == 0 {
        return false;
    }
    let p = &w[i - 1];
    p.kind == TokenKind::Word
        || (matches!(p.text, "-" | "/")
            && p.glued_before
            && i >= 2
            && w[i - 2].kind == TokenKind::Word)
}

/// True when a hyphen and a word follow, glued: an adjective ("10-day", "two-decade").
fn starts_compound(w: &[Word], last: usize) -> bool {
    w[last].glued_after
        && w.get(last + 1)
            .is_some_and(|h| h.text == "-" && h.glued_after)
        && w.get(last + 2).is_some_and(|x| x.kind == TokenKind::Word)
}

/// A quantity at `i`: "124,000", "1.5 billion", "3bn", "two", "twenty-five",
/// "three million", "a million". Returns the end (exclusive).
fn quantity(w: &[Word], i: usize) -> Option<usize> {
    w.get(i)?.quantity
}

/// [`quantity`], worked out from the words (their glue flags set).
fn quantity_at(w: &[Word], i: usize) -> Option<usize> {
    let t = w.get(i)?;
    let mut j;
    if t.kind == TokenKind::Number && is_numeric(t.text) {
        if attached_to_word(w, i) {
            return None;
        }
        j = i + 1;
    } else if let Some((_, suffix)) = numeric_prefix(t.text).filter(|_| t.kind == TokenKind::Word) {
        // "3bn", "5m": the magnitude is glued on.
        if !glued_magnitude(suffix) || attached_to_word(w, i) {
            return None;
        }
        return Some(i + 1);
    } else if t.spelled && !t.lower.contains('-') {
        if attached_to_word(w, i) {
            return None;
        }
        j = i + 1;
        // "twenty" "-" "five" as three tokens.
        if t.glued_after
            && w.get(i + 1).is_some_and(|h| h.text == "-" && h.glued_after)
            && w.get(i + 2)
                .is_some_and(|u| spelled(&format!("{}-{}", t.lower, u.lower)))
        {
            j = i + 3;
        } else if t.lower == "one" && !w.get(j).is_some_and(|x| x.magnitude) {
            return None;
        }
    } else if t.spelled
        || (matches!(t.lower.as_ref(), "a" | "an") && w.get(i + 1).is_some_and(|x| x.magnitude))
    {
        // "twenty-five" as one token; "a million"
        j = i + 1;
    } else {
        return None;
    }
    let mut k = 0;
    while k < 2 && w.get(j).is_some_and(|x| x.magnitude) {
        j += 1;
        k += 1;
    }
    if starts_compound(w, j - 1) {
        return None;
    }
    Some(j)
}

fn number(w: &[Word], i: usize) -> Option<Match> {
    // "200m" alone is as likely metres as millions: only money takes it.
    if numeric_prefix(&w[i].lower).is_some_and(|(_, suffix)| matches!(suffix, "m" | "b" | "k")) {
        return None;
    }
    let to = quantity(w, i)?;
    Some(Match {
        from: i,
        to,
        label: Label::Number,
        duration: false,
    })
}

fn is_currency_symbol(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₩' | '₽' | '₺' | '₦'))
}

fn currency_code(s: &str) -> bool {
    matches!(
        s,
        "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "CHF"
            | "CNY"
            | "RMB"
            | "INR"
            | "AUD"
            | "CAD"
            | "HKD"
            | "Rs"
            | "Rs."
            | "NZD"
            | "SGD"
    )
}

fn currency_word(lower: &str) -> bool {
    matches!(
        lower,
        "dollar"
            | "dollars"
            | "euro"
            | "euros"
            | "pound"
            | "pounds"
            | "sterling"
            | "yen"
            | "yuan"
            | "renminbi"
            | "rupee"
            | "rupees"
            | "franc"
            | "francs"
            | "peso"
            | "pesos"
            | "cent"
            | "cents"
            | "pence"
            | "ruble"
            | "rubles"
            | "rouble"
            | "roubles"
            | "dinar"
            | "dinars"
            | "riyal"
            | "riyals"
            | "shekel"
            | "shekels"
            | "lira"
            | "naira"
            | "rand"
            | "baht"
            | "ringgit"
    )
}

fn money(w: &[Word], i: usize) -> Option<Match> {
    let m = |to| Match {
        from: i,
        to,
        label: Label::Money,
        duration: false,
    };
    let t = &w[i];
    // "$5", "US$5", "US" "$" "5", "€3bn", "USD 5"
    let mut s = i;
    if t.kind == TokenKind::Word
        && t.text.len() <= 3
        && t.text.chars().all(|c| c.is_ascii_uppercase())
        && t.glued_after
        && w.get(i + 1).is_some_and(|x| is_currency_symbol(x.text))
    {
        s = i + 1;
    }
    let sym = &w[s];
    let prefixed = is_currency_symbol(sym.text)
        || (sym.text.ends_with('$') && sym.text.len() <= 4)
        || currency_code(sym.text);
    if prefixed {
        if let Some(to) = quantity(w, s + 1) {
            return Some(m(to));
        }
        return None;
    }
    // "5 million euros", "20 US dollars", "5 USD"
    let q = quantity(w, i)?;
    let next = w.get(q)?;
    if currency_word(&next.lower) || currency_code(next.text) {
        return Some(m(q + 1));
    }
    // "20 US dollars", "1bn CFA francs", "5 Hong Kong dollars"
    let mut k = q;
    while k < q + 2
        && w.get(k)
            .is_some_and(|x| x.kind == TokenKind::Word && capitalised(x.text))
    {
        k += 1;
        if w.get(k)
            .is_some_and(|x| currency_word(&x.lower) && x.text == x.lower)
        {
            return Some(m(k + 1));
        }
    }
    None
}

fn percent(w: &[Word], i: usize) -> Option<Match> {
    let m = |to| Match {
        from: i,
        to,
        label: Label::Percent,
        duration: false,
    };
    let t = &w[i];
    // "75pc", "7.5%" as one token
    if let Some((_, suffix)) = numeric_prefix(t.text) {
        if matches!(suffix, "%" | "pc") && !attached_to_word(w, i) {
            return Some(m(i + 1));
        }
    }
    let q = quantity(w, i)?;
    let at = |k: usize| w.get(q + k).map(|x| x.lower.as_ref()).unwrap_or("");
    match (at(0), at(1)) {
        ("%" | "percent" | "pc", _) => Some(m(q + 1)),
        ("per", "cent") => Some(m(q + 2)),
        ("percentage", "point" | "points") => Some(m(q + 2)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Times

fn am_pm(lower: &str) -> bool {
    matches!(lower, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m")
}

fn time_zone(text: &str) -> bool {
    matches!(
        text,
        "GMT"
            | "UTC"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "IST"
            | "JST"
            | "AEST"
            | "AEDT"
            | "ET"
            | "PT"
            | "HKT"
    )
}

fn part_of_day(lower: &str) -> bool {
    matches!(lower, "morning" | "afternoon" | "evening" | "night")
}

/// An hour, optionally with minutes and am/pm: "10:45", "3.30 p.m.", "3pm", "noon".
fn clock(w: &[Word], i: usize) -> Option<usize> {
    let t = &w[i];
    if matches!(t.lower.as_ref(), "noon" | "midnight" | "midday") {
        return Some(i + 1);
    }
    // "3pm", "10am", "3.30pm" glued in one token
    if let Some((num, suffix)) = numeric_prefix(&t.lower) {
        if am_pm(suffix) && valid_clock(num, '.') {
            return Some(i + 1);
        }
    }
    if t.kind != TokenKind::Number || attached_to_word(w, i) {
        return None;
    }
    // "0830 GMT": a wire-service time needs its zone. ASCII digits only: a number
    // token may be four bytes of one non-ASCII digit, which must not be cut in two.
    if t.text.len() == 4
        && t.text.bytes().all(|b| b.is_ascii_digit())
        && valid_clock(&format!("{}:{}", &t.text[..2], &t.text[2..]), ':')
        && w.get(i + 1).is_some_and(|z| time_zone(z.text))
    {
        return Some(i + 1);
    }
    let mut j = i + 1;
    let mut minutes = false;
    if t.text.contains(':') {
        minutes = valid_clock(t.text, ':');
        if !minutes {
            return None;
        }
    } else if t.glued_after
        && w.get(i + 1).is_some_and(|c| c.text == ":" && c.glued_after)
        && w.get(i + 2).is_some_and(|m| m.kind == TokenKind::Number)
    {
        if !valid_clock(&format!("{}:{}", t.text, w[i + 2].text), ':') {
            return None;
        }
        minutes = true;
        j = i + 3;
    } else if !valid_clock(t.text, '.') {
        return None;
    }
    if w.get(j).is_some_and(|x| am_pm(&x.lower)) {
        j += 1;
    } else if !minutes {
        return None;
    }
    Some(j)
}

/// "10:45" or "3.30" (with `sep`) or "3": hour ≤ 24, two-digit minutes < 60.
fn valid_clock(s: &str, sep: char) -> bool {
    let (h, m) = match s.split_once(sep) {
        Some((h, m)) => (h, Some(m)),
        None => (s, None),
    };
    let hour_ok = (1..=2).contains(&h.len())
        && h.bytes().all(|b| b.is_ascii_digit())
        && h.parse::<u32>().is_ok_and(|v| v <= 24);
    let min_ok = m.is_none_or(|m| {
        m.len() == 2
            && m.bytes().all(|b| b.is_ascii_digit())
            && m.parse::<u32>().is_ok_and(|v| v < 60)
    });
    hour_ok && min_ok
}

fn time(w: &[Word], i: usize) -> Option<Match> {
    let m = |to| Match {
        from: i,
        to,
        label: Label::Time,
        duration: false,
    };
    let t = &w[i];
    if t.lower == "tonight" {
        return Some(m(i + 1));
    }
    // "this morning", "last night", "Saturday evening"
    let day_word = matches!(
        t.lower.as_ref(),
        "this" | "last" | "yesterday" | "tomorrow" | "early" | "late"
    ) || weekday(w, i);
    if day_word && w.get(i + 1).is_some_and(|x| part_of_day(&x.lower)) {
        return Some(m(i + 2));
    }
    // "two hours", "30 minutes"
    if let Some(q) = quantity(w, i) {
        if w.get(q)
            .is_some_and(|x| matches!(x.lower.as_ref(), "hour" | "hours" | "minute" | "minutes"))
            && unit_fits(w, i, q)
        {
            return Some(Match {
                duration: true,
                ..m(q + 1)
            });
        }
    }
    let mut j = clock(w, i)?;
    if w.get(j).is_some_and(|x| time_zone(x.text)) {
        j += 1;
    }
    Some(m(j))
}

// ---------------------------------------------------------------------------
// Dates

fn month_full(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// "aug." → Some(true) (needs the period), "sept" → Some(false).
fn month_abbrev(lower: &str) -> Option<bool> {
    let (stem, dotted) = match lower.strip_suffix('.') {
        Some(s) => (s, true),
        None => (lower, false),
    };
    matches!(
        stem,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
    .then_some(dotted)
}

fn weekday_full(lower: &str) -> bool {
    matches!(
        lower,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

fn weekday_abbrev(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
    )
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn weekday(w: &[Word], i: usize) -> bool {
    let t = &w[i];
    capitalised(t.text)
        && (weekday_full(&t.lower) || (weekday_abbrev(&t.lower) && t.lower.ends_with('.')))
}

/// Month name at `i`, capitalised; abbreviations need a period or a following day.
fn month(w: &[Word], i: usize) -> bool {
    let t = &w[i];
    if !capitalised(t.text) {
        return false;
    }
    month_full(&t.lower)
        || match month_abbrev(&t.lower) {
            Some(dotted) => {
                dotted
                    || w.get(i + 1)
                        .is_some_and(|x| day_number(x).is_some() || year_number(x).is_some())
                    || short_year(w, i + 1).is_some()
            }
            None => false,
        }
}

fn season(lower: &str) -> bool {
    matches!(lower, "spring" | "summer" | "autumn" | "fall" | "winter")
}

fn unit(lower: &str) -> bool {
    matches!(
        lower,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "weekend"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "quarter"
    )
}

/// A day of the month: "31", "31st".
fn day_number(t: &Word) -> Option<u32> {
    let (num, suffix) = numeric_prefix(&t.lower)?;
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || num.len() > 2 {
        return None;
    }
    num.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(t: &Word) -> Option<u32> {
    (t.kind == TokenKind::Number && t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.text.parse().ok())
        .flatten()
}

/// A year written with two digits after an apostrophe ("'90", "’03"): where it ends.
fn short_year(w: &[Word], i: usize) -> Option<usize> {
    let (mark, digits) = (w.get(i)?, w.get(i + 1)?);
    let two_digits = digits.text.len() == 2 && digits.text.bytes().all(|b| b.is_ascii_digit());
    let glued_word_after = w
        .get(i + 2)
        .is_some_and(|x| x.glued_before && x.kind == TokenKind::Word);
    (matches!(mark.text, "'" | "\u{2019}")
        && digits.kind == TokenKind::Number
        && digits.glued_before
        && two_digits
        && !glued_word_after)
        .then_some(i + 2)
}

/// "1990s", "1990's", "90s".
fn decade(t: &Word) -> bool {
    let s = t.lower.trim_end_matches('s').trim_end_matches(['\'', '’']);
    (s.len() == 4 || s.len() == 2)
        && s.ends_with('0')
        && s.bytes().all(|b| b.is_ascii_digit())
        && t.lower.ends_with('s')
}

/// Words after which a bare four-digit number is a year.
fn year_cue(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "by"
            | "from"
            | "until"
            | "till"
            | "before"
            | "after"
            | "during"
            | "through"
            | "to"
            | "between"
            | "early"
            | "late"
            | "mid"
            | "around"
            | "circa"
            | "fiscal"
            | "spring"
            | "summer"
            | "autumn"
            | "winter"
            | "and"
    )
}

fn year(w: &[Word], i: usize) -> Option<usize> {
    let y = year_number(&w[i])?;
    if !(1800..=2099).contains(&y) || attached_to_word(w, i) || starts_compound(w, i) {
        return None;
    }
    let cue = i > 0 && year_cue(&w[i - 1].lower);
    let no_word_after = w.get(i + 1).is_none_or(|x| x.kind != TokenKind::Word)
        || w[i + 1].lower == "'s"
        || w[i + 1].lower == "’s";
    // A recent year before a word is still a year ("the 2022 season", "1962 classic
    // film"), unless the word is what is counted ("2000 people", "1500 metres").
    let counted = w.get(i + 1).is_some_and(|x| {
        x.kind == TokenKind::Word
            && x.text == x.lower
            && (x.lower.ends_with('s')
                || matches!(
                    x.lower.as_ref(),
                    "people" | "men" | "women" | "children" | "staff" | "police" | "more"
                ))
    });
    let recent = (1900..=2030).contains(&y) && !counted;
    (cue || no_word_after || recent).then_some(i + 1)
}

/// "2021-08-31", "31/08/2021", "8/31/21" as one token or glued tokens.
fn numeric_date(w: &[Word], i: usize) -> Option<usize> {
    if w[i].kind != TokenKind::Number || attached_to_word(w, i) {
        return None;
    }
    let mut j = i;
    let mut text = String::new();
    while j < w.len() && j < i + 5 && (j == i || w[j].glued_before) {
        let x = &w[j];
        if !(x.kind == TokenKind::Number || matches!(x.text, "-" | "/")) {
            break;
        }
        text.push_str(x.text);
        j += 1;
    }
    let parts: Vec<&str> = text.split(['-', '/']).collect();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !all_digits {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(0);
    let ok = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (1..=12).contains(&n(m)) && (1..=31).contains(&n(d)),
        [a, b, y] if text.contains('/') && (y.len() == 4 || y.len() == 2) => {
            (1..=31).contains(&n(a)) && (1..=31).contains(&n(b)) && (n(a) <= 12 || n(b) <= 12)
        }
        // "1996-2001", "2019-20": a span of years
        [a, b] if a.len() == 4 && text.contains('-') && (b.len() == 4 || b.len() == 2) => {
            (1800..=2099).contains(&n(a))
        }
        _ => false,
    };
    (ok && !starts_compound(w, j - 1)).then_some(j)
}

/// Month-based dates: "August", "August 31", "Aug. 31, 2021", "August 2021", "31 August".
fn calendar(w: &[Word], i: usize) -> Option<usize> {
    if month(w, i) {
        let mut j = i + 1;
        if let Some(d) = w.get(j) {
            if day_number(d).is_some() && !starts_compound(w, j) {
                j += 1;
                let comma = w.get(j).is_some_and(|c| c.text == ",");
                if comma && w.get(j + 1).and_then(year_number).is_some() {
                    j += 2;
                } else if let Some(end) = short_year(w, j + comma as usize) {
                    j = end; // "Feb 24, '90"
                } else if w.get(j).and_then(year_number).is_some() {
                    j += 1;
                }
                return Some(j);
            }
            if year_number(d).is_some() {
                return Some(j + 1);
            }
            if let Some(end) = short_year(w, j) {
                return Some(end); // "Sep '03"
            }
        }
        // A lone month: "May" and "March" are also verbs, so they need a cue.
        let lower = w[i].lower.as_ref();
        if matches!(lower, "may" | "march") {
            let cue = i > 0
                && matches!(
                    w[i - 1].lower.as_ref(),
                    "in" | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "of"
                        | "through"
                );
            if !cue {
                return None;
            }
        }
        // "June Carter" is a name.
        if w.get(j)
            .is_some_and(|x| x.kind == TokenKind::Word && capitalised(x.text))
        {
            return None;
        }
        return Some(j);
    }
    // "31 August [2021]"
    if day_number(&w[i]).is_some()
        && w[i].kind == TokenKind::Number
        && i + 1 < w.len()
        && month(w, i + 1)
    {
        let mut j = i + 2;
        if w.get(j).and_then(year_number).is_some() {
            j += 1;
        } else if let Some(end) = short_year(w, j) {
            j = end;
        }
        return Some(j);
    }
    // "summer 2020", "summer of 2003"
    if season(&w[i].lower) {
        if w.get(i + 1).and_then(year_number).is_some() {
            return Some(i + 2);
        }
        if w.get(i + 1).is_some_and(|x| x.lower == "of")
            && w.get(i + 2).and_then(year_number).is_some()
        {
            return Some(i + 3);
        }
    }
    None
}

/// A date that may follow "the": "1990s", "past two years", "21st century".
fn the_date(w: &[Word], i: usize) -> Option<usize> {
    let t = w.get(i)?;
    if decade(t) {
        return Some(i + 1);
    }
    // "the late 1950s"
    if matches!(t.lower.as_ref(), "early" | "late" | "mid") && w.get(i + 1).is_some_and(decade) {
        return Some(i + 2);
    }
    // "the summer of 2003"
    if season(&t.lower) {
        return calendar(w, i);
    }
    if matches!(
        t.lower.as_ref(),
        "past" | "last" | "next" | "coming" | "previous" | "following"
    ) {
        let mut j = i + 1;
        if let Some(q) = quantity(w, j).or_else(|| few(w, j)) {
            j = q;
        }
        if w.get(j).is_some_and(|x| unit(&x.lower)) {
            return Some(j + 1);
        }
    }
    // "the weekend"
    if t.lower == "weekend" {
        return Some(i + 1);
    }
    // "21st century"
    if let Some((_, suffix)) = numeric_prefix(&t.lower) {
        if matches!(suffix, "st" | "nd" | "rd" | "th")
            && w.get(i + 1)
                .is_some_and(|x| matches!(x.lower.as_ref(), "century" | "centuries"))
        {
            return Some(i + 2);
        }
    }
    None
}

fn date_at(w: &[Word], i: usize) -> Option<Match> {
    let t = &w[i];
    let lower = t.lower.as_ref();
    if matches!(lower, "yesterday" | "today" | "tomorrow") {
        // "BBC Radio 4's Today programme" is a title.
        if capitalised(t.text) && i > 0 && w[i - 1].kind == TokenKind::Word {
            return None;
        }
        return Some(date(i, i + 1));
    }
    if weekday(w, i) {
        // "Thursday, August 31"
        let k = if w.get(i + 1).is_some_and(|c| c.text == ",") {
            i + 2
        } else {
            i + 1
        };
        if k < w.len() && month(w, k) {
            if let Some(j) = calendar(w, k).filter(|&j| j > k + 1) {
                return Some(date(i, j));
            }
        }
        return Some(date(i, i + 1));
    }
    // "mid-August", "mid-2020" as one token
    if let Some(rest) = lower.strip_prefix("mid-") {
        if month_full(rest)
            || (rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()))
            || rest.ends_with('s')
        {
            return Some(date(i, i + 1));
        }
    }
    // "early August", "late 2020", "earlier this week", "later this month"
    if matches!(lower, "early" | "late" | "mid" | "earlier" | "later") {
        let k = if lower == "mid" && w.get(i + 1).is_some_and(|h| h.text == "-") {
            i + 2
        } else {
            i + 1
        };
        if k < w.len() {
            if let Some(inner) = date_at(w, k) {
                let relative = matches!(w[k].lower.as_ref(), "this" | "last" | "next");
                let absolute = month(w, k) || year_number(&w[k]).is_some() || decade(&w[k]);
                let ok = if matches!(lower, "earlier" | "later") {
                    relative
                } else {
                    relative || absolute
                };
                if ok && !inner.duration {
                    return Some(date(i, inner.to));
                }
            }
        }
        return None;
    }
    // "last month", "next week", "this year", "last Thursday", "next March"
    if matches!(lower, "last" | "next" | "this" | "past" | "coming") {
        let n = w.get(i + 1)?;
        if unit(&n.lower) && !n.lower.ends_with('s')
            || season(&n.lower)
            || weekday(w, i + 1)
            || month(w, i + 1)
        {
            return Some(date(i, i + 2));
        }
        if lower != "this" {
            // "past two years", "next 10 days", "last few weeks"
            if let Some(q) = quantity(w, i + 1).or_else(|| few(w, i + 1)) {
                if w.get(q).is_some_and(|x| unit(&x.lower)) {
                    return Some(date(i, q + 1));
                }
            }
        }
        return None;
    }
    // "recent years", "recent weeks"
    if lower == "recent"
        && w.get(i + 1)
            .is_some_and(|x| unit(&x.lower) && x.lower.ends_with('s'))
    {
        return Some(date(i, i + 2));
    }
    // "a few days ago", "several weeks ago"
    if let Some(q) = few(w, i) {
        let ago = w
            .get(q)
            .is_some_and(|x| unit(&x.lower) && x.lower.ends_with('s'))
            && w.get(q + 1).is_some_and(|x| x.lower == "ago");
        if ago {
            return Some(date(i, q + 2));
        }
    }
    if let Some(j) = calendar(w, i) {
        return Some(date(i, j));
    }
    if let Some(j) = numeric_date(w, i) {
        if j > i + 1 || t.text.contains(['-', '/']) {
            return Some(date(i, j));
        }
    }
    if decade(t) && !attached_to_word(w, i) {
        return Some(date(i, i + 1));
    }
    if let Some(j) = year(w, i) {
        return Some(date(i, j));
    }
    // "in '03", "since ’97": a cue, as a quoted number can follow a word too.
    if let Some(j) = short_year(w, i).filter(|_| i > 0 && year_cue(&w[i - 1].lower)) {
        return Some(date(i, j));
    }
    duration(w, i)
}

/// A vague count that still makes a span of time: "few", "a few", "several".
fn few(w: &[Word], i: usize) -> Option<usize> {
    match (
        w.get(i)?.lower.as_ref(),
        w.get(i + 1).map(|x| x.lower.as_ref()),
    ) {
        ("a", Some("few")) => Some(i + 2),
        ("few" | "several", _) => Some(i + 1),
        _ => None,
    }
}

/// A unit word at `u` after a quantity at `i`: lower case, and plural unless the
/// quantity is one or an age follows ("an eight day event" is an adjective;
/// "a 12 year old" is an age).
fn unit_fits(w: &[Word], i: usize, u: usize) -> bool {
    let x = &w[u];
    if x.text != x.lower {
        return false;
    }
    let one = u == i + 1 && matches!(w[i].lower.as_ref(), "a" | "an" | "one" | "1");
    x.lower.ends_with('s') || one || w.get(u + 1).is_some_and(|n| n.lower == "old")
}

/// "two years", "10 days ago", "a decade" (after "in", "for", ...), "a year earlier".
fn duration(w: &[Word], i: usize) -> Option<Match> {
    let t = &w[i];
    let article = matches!(t.lower.as_ref(), "a" | "an");
    let q = if article { i + 1 } else { quantity(w, i)? };
    let u = w.get(q)?;
    if !unit(&u.lower) || u.lower == "quarter" || !unit_fits(w, i, q) {
        return None;
    }
    let mut j = q + 1;
    let tail = w
        .get(j)
        .is_some_and(|x| matches!(x.lower.as_ref(), "ago" | "earlier" | "later" | "old"));
    if tail {
        j += 1;
    }
    if article {
        let cue = i > 0
            && matches!(
                w[i - 1].lower.as_ref(),
                "in" | "for" | "over" | "within" | "than" | "nearly" | "almost" | "about" | "after"
            );
        if u.lower.ends_with('s') || !(cue || tail) {
            return None;
        }
    }
    Some(Match {
        from: i,
        to: j,
        label: Label::Date,
        duration: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, Label)> {
        let toks = crate::text::tokens(text, 0, text.len());
        // The patterns read tokens only; the sentence list is not needed here.
        recognize_patterns(text, &[], &[toks])
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.label))
            .collect()
    }

    fn one(text: &str, want: &str, label: Label) {
        let got = find(text);
        assert!(
            got.iter().any(|(t, l)| t == want && *l == label),
            "{text:?}: wanted {want:?} {label:?}, got {got:?}"
        );
    }

    #[test]
    fn dates() {
        for (text, date) in [
            (
                "They meet on Saturday and Sunday in Doha.",
                "Saturday and Sunday",
            ),
            ("He left on Aug. 31, 2021, after talks.", "Aug. 31, 2021"),
            ("It ended on 31 August.", "31 August"),
            ("They ruled from 1996 to 2001.", "1996 to 2001"),
            ("It was announced last month.", "last month"),
            ("Prices rose in the 1990s.", "the 1990s"),
            ("Prices rose over the past two years.", "the past two years"),
            ("He spoke earlier this week.", "earlier this week"),
            ("They have not been there in a decade.", "a decade"),
            // Two-digit years after an apostrophe, in dates and after a cue word.
            ("First match: Kingston, Feb 24, '90.", "Feb 24, '90"),
            ("Born 3 May \u{2019}45 in Leeds.", "3 May \u{2019}45"),
            ("The shop opened in Sep '03.", "Sep '03"),
            ("It opened in Sept 2016.", "Sept 2016"),
            ("Prices fell in '09 and rose again.", "'09"),
        ] {
            one(text, date, Label::Date);
        }
    }

    #[test]
    fn a_quoted_number_is_no_short_year() {
        let got = find("She called it '99 problems' in the quiz.");
        assert!(!got.iter().any(|(_, l)| *l == Label::Date), "{got:?}");
    }

    #[test]
    fn times() {
        one(
            "The talks began at 3.30 p.m. local time.",
            "3.30 p.m.",
            Label::Time,
        );
        one(
            "The vote closes at 12:00 EST tomorrow.",
            "12:00 EST",
            Label::Time,
        );
        one("They met at noon.", "noon", Label::Time);
        one("He arrived this morning.", "this morning", Label::Time);
    }

    #[test]
    fn amounts() {
        one(
            "The deal is worth $1.5 billion.",
            "$1.5 billion",
            Label::Money,
        );
        one("It costs US$5 a day.", "US$5", Label::Money);
        one("Tickets cost £20 each.", "£20", Label::Money);
        one(
            "Fines of 5 million euros were paid.",
            "5 million euros",
            Label::Money,
        );
        one("The bank lost €3bn last year.", "€3bn", Label::Money);
        one("It financed 75% of spending.", "75%", Label::Percent);
        one("Turnout was 7.5 per cent.", "7.5 per cent", Label::Percent);
        one(
            "It evacuated more than 124,000 civilians.",
            "more than 124,000",
            Label::Number,
        );
        one("Two senior officials told Reuters.", "Two", Label::Number);
        one(
            "Some three million people voted.",
            "Some three million",
            Label::Number,
        );
    }

    #[test]
    fn not_entities() {
        for text in [
            "The two-decade-long war ended.",
            "He was one of them and no one came.",
            "Dozens of people and thousands of others left.",
            "The COVID-19 pandemic and the F-16 jets.",
            "It was the first meeting.",
            "You may go and march on.",
        ] {
            assert_eq!(find(text), vec![], "{text:?}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for text in [
            "", "$", "%", "1:", ":30", "mid-", "the", "31", "Aug.", "٣٤ ٪", "12:99 pm",
        ] {
            let _ = find(text);
        }
    }
}
