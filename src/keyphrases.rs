//! Keyphrases: the few multi-word phrases that best say what the article is about.
//!
//! Candidates are runs of up to four content words inside a sentence (no stop word,
//! number or punctuation inside; "high-level" counts as one word). A candidate scores
//! the sum, over the distinct prose sentences it occurs in, of a position weight
//! (earlier is better), times a length factor that prefers phrases over single words;
//! a phrase ending in a generic news word ("officials", "people") counts half. Plural
//! and case variants are one candidate. Single words qualify only as repeated names
//! (capitalised, three or more sentences). A lower-case word before a name
//! ("younger Jordan", "former club Southampton") describes the name and is no phrase.
//! Selection is greedy, best first, skipping a phrase contained in a chosen one or
//! containing a chosen multi-word one; a full name replaces its chosen single word
//! ("Alec Stewart" for "Stewart"), and other phrases around a chosen single name are
//! skipped ("Townsend hit").
//! Headings add a small bonus to phrases that also occur in prose; boilerplate is ignored.

use crate::text::{BlockKind, SentenceSpan, Token, TokenKind};
use serde::Serialize;
// Keyed by hashes and looked up; every output order is fixed by sorting, not by the map.
use rustc_hash::FxHashMap as HashMap;

/// A phrase and how strongly it characterises the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyphrase {
    /// The phrase in its most frequent surface form (whitespace normalised).
    pub text: String,
    /// Relative weight; higher is more central.
    pub score: f32,
    /// How many times it occurs.
    pub count: u32,
}

const MAX_WORDS: usize = 4;

/// Single names allowed in the output, at most.
const MAX_SINGLE: usize = 2;

/// Candidates tracked at most: bounds memory on huge inputs (later phrases are
/// weighed less anyway).
const MAX_CANDIDATES: usize = 100_000;

/// Lower-case words that belong to names ("al Qaeda", "van Gaal", "bin Laden").
const NAME_PARTICLES: [&str; 19] = [
    "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn",
    "la", "le", "ter", "van", "von",
];

/// A content word: byte span, folded form and its hash.
struct Word {
    start: usize,
    end: usize,
    key: String,
    hash: u64,
    capitalised: bool,
    /// A lower-case word that belongs to names ("al", "van"): see [`NAME_PARTICLES`].
    particle: bool,
}

/// What is counted per candidate in the first pass: small, no strings.
struct Candidate {
    words: u8,
    count: u32,
    /// Sum of position weights over distinct prose sentences.
    weight: f32,
    last_sentence: usize,
    heading: bool,
    capitalised: u32,
    first_seen: u32,
    /// Some occurrence is a whole run, not a piece of a longer one.
    whole_run: bool,
    /// The last word is lower case (verbs and participles are).
    last_lower: bool,
    /// The first word is lower case and not a name particle ("al", "van"): with a
    /// capitalised last word, a description in front of a name ("younger Jordan",
    /// "former club Southampton"), not a phrase of its own.
    first_lower: bool,
    /// Facts about the last word, taken when the candidate is first seen.
    last: LastWord,
    /// The words before and after its occurrences, when always the same: a fragment of
    /// a longer phrase ("senior administration" of "senior administration officials").
    before: Neighbour,
    after: Neighbour,
}

#[derive(Clone, Copy)]
struct LastWord {
    generic: bool,
    /// Ends in "-ed" ("pleaded"), five letters or more.
    past: bool,
    /// Ends in "-ing", five letters or more.
    gerund: bool,
    short: bool,
}

impl LastWord {
    fn of(key: &str) -> Self {
        let long = key.chars().count() >= 5;
        LastWord {
            generic: generic_head(key),
            past: long && key.ends_with("ed") && !key.ends_with("eed"),
            gerund: long && key.ends_with("ing"),
            short: key.chars().count() < 3,
        }
    }
}

/// The word next to a candidate's occurrences: unseen, always the same one, or varied.
#[derive(Clone, Copy, PartialEq)]
enum Neighbour {
    Unseen,
    Same(u64),
    Varied,
}

impl Neighbour {
    fn see(&mut self, word: Option<u64>) {
        *self = match (*self, word) {
            (_, None) | (Neighbour::Varied, _) => Neighbour::Varied,
            (Neighbour::Unseen, Some(w)) => Neighbour::Same(w),
            (Neighbour::Same(v), Some(w)) if v == w => Neighbour::Same(v),
            _ => Neighbour::Varied,
        };
    }

    fn fixed(&self) -> bool {
        matches!(self, Neighbour::Same(_))
    }
}

/// FNV-1a: a stable 64-bit hash, so candidates are counted without building strings.
fn hash_str(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn hash_words(words: &[Word]) -> u64 {
    words.iter().fold(0x8422_2325_cbf2_9ce4, |h, w| {
        (h.rotate_left(17) ^ w.hash).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    })
}

/// The prose and heading sentences: index, whether prose, position weight, tokens.
fn sentence_runs<'a>(
    kinds: &'a [BlockKind],
    tokens: &'a [Vec<Token>],
) -> impl Iterator<Item = (usize, bool, f32, &'a [Token])> + 'a {
    let prose = kinds
        .iter()
        .filter(|&&k| k == BlockKind::Prose)
        .count()
        .max(1);
    let mut prose_index = 0;
    tokens.iter().enumerate().filter_map(move |(si, toks)| {
        let kind = kinds.get(si).copied().unwrap_or(BlockKind::Boilerplate);
        if kind == BlockKind::Boilerplate {
            return None;
        }
        let is_prose = kind == BlockKind::Prose;
        // Earlier sentences weigh up to twice as much as the last ones.
        let weight = 1.0 + (1.0 - prose_index as f32 / prose as f32);
        if is_prose {
            prose_index += 1;
        }
        Some((si, is_prose, weight, toks.as_slice()))
    })
}

/// One sentence's runs of content words, with what the first pass weighs them by.
struct SentenceRuns {
    index: usize,
    is_prose: bool,
    weight: f32,
    /// Where the sentence's first word starts.
    first: usize,
    runs: Vec<Vec<Word>>,
}

/// The top keyphrases of the document, best first (at most `limit`).
pub fn extract(
    input: &str,
    sentences: &[SentenceSpan],
    kinds: &[BlockKind],
    tokens: &[Vec<Token>],
    limit: usize,
) -> Vec<Keyphrase> {
    let _ = sentences;
    // The runs of every sentence, found once for both passes.
    let sentence_runs: Vec<SentenceRuns> = sentence_runs(kinds, tokens)
        .map(|(si, is_prose, weight, toks)| SentenceRuns {
            index: si,
            is_prose,
            weight,
            first: first_start(toks),
            runs: runs(input, toks),
        })
        .collect();
    // First pass: count every n-gram of every run, by hash.
    let mut cands: HashMap<u64, Candidate> = HashMap::default();
    let mut seen: u32 = 0;
    for s in &sentence_runs {
        let (si, is_prose, weight, first) = (s.index, s.is_prose, s.weight, s.first);
        for run in &s.runs {
            for a in 0..run.len() {
                for b in a + 1..=(a + MAX_WORDS).min(run.len()) {
                    let h = hash_words(&run[a..b]);
                    seen = seen.saturating_add(1);
                    let full = cands.len() >= MAX_CANDIDATES;
                    let c = match cands.entry(h) {
                        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                        std::collections::hash_map::Entry::Vacant(_) if full => continue,
                        std::collections::hash_map::Entry::Vacant(e) => e.insert(Candidate {
                            words: (b - a) as u8,
                            count: 0,
                            weight: 0.0,
                            last_sentence: usize::MAX,
                            heading: false,
                            capitalised: 0,
                            first_seen: seen,
                            whole_run: false,
                            last_lower: false,
                            first_lower: false,
                            last: LastWord::of(&run[b - 1].key),
                            before: Neighbour::Unseen,
                            after: Neighbour::Unseen,
                        }),
                    };
                    if !is_prose {
                        c.heading = true;
                        continue;
                    }
                    c.count += 1;
                    c.whole_run |= a == 0 && b == run.len();
                    c.last_lower = !run[b - 1].capitalised;
                    c.first_lower = !run[a].capitalised && !run[a].particle;
                    c.before.see(a.checked_sub(1).map(|k| run[k].hash));
                    c.after.see(run.get(b).map(|w| w.hash));
                    // Sentence-initial capitals say nothing about names.
                    if b - a == 1 && run[a].capitalised && run[a].start != first {
                        c.capitalised += 1;
                    }
                    if c.last_sentence != si {
                        c.weight += weight;
                        c.last_sentence = si;
                    }
                }
            }
        }
    }

    let mut scored: Vec<(f32, u32, u64, Candidate)> = cands
        .into_iter()
        .filter(|(_, c)| c.count > 0 && !c.before.fixed() && !c.after.fixed())
        .filter_map(|(h, c)| {
            if c.words == 1 && (c.capitalised < 3 || c.last.short) {
                return None;
            }
            let length = match c.words {
                1 => 0.5,
                2 => 1.0,
                _ => 1.1,
            };
            let generic = if c.last.generic { 0.5 } else { 1.0 };
            let heading = if c.heading { 1.25 } else { 1.0 };
            // A description in front of a name ("younger Jordan").
            if c.words > 1 && c.first_lower && !c.last_lower {
                return None;
            }
            // A phrase ending in a lower-case "-ed" word ends in a verb ("Columbus
            // pleaded", "film followed"); "-ing" often does ("Hardy holding").
            let verb_end = c.words > 1 && c.last_lower;
            if verb_end && c.last.past {
                return None;
            }
            let ing = if verb_end && c.last.gerund { 0.6 } else { 1.0 };
            let score = c.weight * length * generic * heading * ing;
            Some((score, c.first_seen, h, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

    // Repeated phrases first; single occurrences only if nothing repeats.
    let repeated = scored.iter().any(|s| s.3.count >= 2 && s.3.words >= 2);
    scored.retain(|(_, _, _, c)| {
        // Without repeats, only whole short runs ("Oreo cookies"), not every piece.
        !(c.count < 2 && (repeated || !c.whole_run || c.words == 1 || c.words > 3))
    });
    // Only the best few can be chosen, however many overlap: name just those.
    scored.truncate(limit * 8 + 16);
    let names = surfaces(input, &sentence_runs, &scored);

    let mut chosen: Vec<(Vec<String>, Keyphrase)> = Vec::new();
    let mut singles = 0;
    for (score, _, h, c) in scored {
        if chosen.len() >= limit {
            break;
        }
        if c.words == 1 && singles >= MAX_SINGLE {
            continue;
        }
        let Some((key, forms)) = names.get(&h) else {
            continue;
        };
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        let overlaps = chosen.iter().any(|(other, _)| {
            contains(other, &words) || (other.len() > 1 && contains(&words, other))
        });
        if overlaps {
            continue;
        }
        let text = forms
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(s, _)| s.clone())
            .unwrap_or_else(|| key.clone());
        let phrase = Keyphrase {
            text,
            score,
            count: c.count,
        };
        // A phrase holding a chosen single name: the full name ("Alec Stewart" after
        // "Stewart") takes the single's place and weight (it names the same person, and
        // the list stays best first); anything else around it ("Townsend hit", "England
        // come calling") says no more than the name and is skipped.
        if let Some(single) = chosen
            .iter()
            .position(|(other, _)| other.len() == 1 && contains(&words, other))
        {
            if is_name(&phrase.text) {
                // It takes the first held single's place; the others it holds go
                // ("Alec" and "Stewart").
                let held = |other: &[String]| other.len() == 1 && contains(&words, other);
                singles -= chosen.iter().filter(|(other, _)| held(other)).count();
                let score = phrase.score.max(chosen[single].1.score);
                chosen[single] = (words.clone(), Keyphrase { score, ..phrase });
                chosen.retain(|(other, _)| !held(other));
            }
            continue;
        }
        if c.words == 1 {
            singles += 1;
        }
        chosen.push((words, phrase));
    }
    chosen.into_iter().map(|(_, k)| k).collect()
}

/// Second pass: the key and surface forms (with counts) of the shortlisted candidates.
#[allow(clippy::type_complexity)]
fn surfaces(
    input: &str,
    sentence_runs: &[SentenceRuns],
    shortlist: &[(f32, u32, u64, Candidate)],
) -> HashMap<u64, (String, HashMap<String, u32>)> {
    let mut out: HashMap<u64, (String, HashMap<String, u32>)> = shortlist
        .iter()
        .map(|s| (s.2, (String::new(), HashMap::default())))
        .collect();
    for s in sentence_runs {
        if !s.is_prose {
            continue;
        }
        for run in &s.runs {
            for a in 0..run.len() {
                for b in a + 1..=(a + MAX_WORDS).min(run.len()) {
                    let Some((key, forms)) = out.get_mut(&hash_words(&run[a..b])) else {
                        continue;
                    };
                    if key.is_empty() {
                        *key = run[a..b]
                            .iter()
                            .map(|w| w.key.as_str())
                            .collect::<Vec<_>>()
                            .join(" ");
                    }
                    let surface =
                        crate::text::normalize_whitespace(&input[run[a].start..run[b - 1].end]);
                    *forms.entry(surface).or_insert(0) += 1;
                }
            }
        }
    }
    out
}

fn first_start(toks: &[Token]) -> usize {
    toks.iter()
        .find(|t| t.kind == TokenKind::Word)
        .map_or(usize::MAX, |t| t.start)
}

/// Every word capitalised (name particles aside): "Alec Stewart", "Manchester City".
fn is_name(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
    })
}

/// True when `needle` occurs as a contiguous run of words in `hay`.
fn contains(hay: &[String], needle: &[String]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Runs of content words in one sentence.
fn runs(input: &str, toks: &[Token]) -> Vec<Vec<Word>> {
    let mut out = Vec::new();
    let mut run: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.kind == TokenKind::Punct {
            flush(&mut run, &mut out);
            i += 1;
            continue;
        }
        // Glue "high" "-" "level" into one word when the tokenizer split it.
        let mut end = t.end;
        let mut j = i + 1;
        while j + 1 < toks.len()
            && toks[j].start == end
            && &input[toks[j].start..toks[j].end] == "-"
            && toks[j + 1].start == toks[j].end
            && toks[j + 1].kind != TokenKind::Punct
        {
            end = toks[j + 1].end;
            j += 2;
        }
        // "U.S" + "." is "U.S." when the tokenizer split the final period off.
        if input[t.start..end].contains('.')
            && toks
                .get(j)
                .is_some_and(|d| d.start == end && &input[d.start..d.end] == ".")
        {
            end += 1;
            j += 1;
        }
        let surface = &input[t.start..end];
        // Numbers and "45-year-old" end a phrase.
        if surface.starts_with(|c: char| c.is_ascii_digit()) {
            flush(&mut run, &mut out);
            i = j;
            continue;
        }
        // A possessive ends the phrase after its word ("Taliban's own actions").
        let (core, possessive) = match surface
            .strip_suffix("'s")
            .or_else(|| surface.strip_suffix("’s"))
        {
            Some(c) if !c.is_empty() => (c, true),
            _ => (surface, false),
        };
        let capitalised = core.chars().next().is_some_and(char::is_uppercase);
        let lower = crate::text::lowercase(core);
        let stop = contraction(core)
            || core.chars().count() < 2
            || (is_stop_lower(core, &lower) && !name_part(core));
        if stop {
            flush(&mut run, &mut out);
        } else {
            let key = fold_lower(lower);
            run.push(Word {
                start: t.start,
                end: t.start + core.len(),
                hash: hash_str(&key),
                particle: NAME_PARTICLES.contains(&key.as_str()),
                key,
                capitalised,
            });
            if possessive {
                flush(&mut run, &mut out);
            }
        }
        i = j;
    }
    flush(&mut run, &mut out);
    out
}

/// "isn't", "I'm", "we'd", "'s" — but not "O'Toole".
fn contraction(word: &str) -> bool {
    if !word.contains(['\'', '’']) {
        return false;
    }
    let word = word.replace('’', "'");
    match word.rsplit_once('\'') {
        Some((_, tail)) => matches!(tail, "t" | "m" | "d" | "ll" | "re" | "ve" | "s" | ""),
        None => false,
    }
}

/// A capitalised "New" starts a name ("New York", "New Delhi") more often than not.
fn name_part(word: &str) -> bool {
    word == "New"
}

fn flush(run: &mut Vec<Word>, out: &mut Vec<Vec<Word>>) {
    if !run.is_empty() {
        out.push(std::mem::take(run));
    }
}

/// Lower case, with a plain plural "s" dropped so "officials" and "official" meet.
#[cfg(test)]
fn fold(word: &str) -> String {
    fold_lower(crate::text::lowercase(word))
}

/// [`fold`] of a word already in lower case.
fn fold_lower(lower: std::borrow::Cow<str>) -> String {
    let n = lower.chars().count();
    if n > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
    {
        lower[..lower.len() - 1].to_string()
    } else {
        lower.into_owned()
    }
}

/// Stop words end phrases (`lower` is `word` in lower case). All-capital words ("US",
/// "IT") are never stop words.
fn is_stop_lower(word: &str, lower: &str) -> bool {
    if word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '.') {
        return false;
    }
    if !word.chars().any(char::is_alphabetic) {
        return true;
    }
    let lower = if lower.contains('’') {
        std::borrow::Cow::Owned(lower.replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(lower)
    };
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
        .contains(lower.as_ref())
}

/// Heads that make a phrase about the reporting, not the story.
fn generic_head(key: &str) -> bool {
    matches!(
        key,
        "official"
            | "people"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "statement"
            | "report"
            | "source"
            | "thing"
            | "way"
            | "lot"
            | "number"
            | "time"
            | "year"
            | "day"
            | "week"
            | "month"
            | "matter"
            | "basis"
    )
}

/// Sorted, for binary search: function words, auxiliaries, reporting verbs, vague
/// adverbs and quantifiers, number words, weekdays and months.
const STOP_WORDS: &[&str] = &[
    "a",
    "able",
    "about",
    "above",
    "according",
    "accused",
    "across",
    "actually",
    "added",
    "admitted",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "announced",
    "another",
    "any",
    "anyone",
    "anything",
    "appeared",
    "april",
    "are",
    "argued",
    "around",
    "arrived",
    "as",
    "ask",
    "asked",
    "at",
    "august",
    "away",
    "back",
    "be",
    "became",
    "because",
    "become",
    "becomes",
    "becoming",
    "been",
    "before",
    "began",
    "behind",
    "being",
    "believe",
    "believed",
    "believes",
    "below",
    "between",
    "both",
    "but",
    "by",
    "called",
    "came",
    "can",
    "cannot",
    "claimed",
    "comes",
    "confirmed",
    "continued",
    "continues",
    "could",
    "december",
    "decided",
    "described",
    "did",
    "died",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "due",
    "during",
    "each",
    "eight",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "explained",
    "far",
    "february",
    "felt",
    "few",
    "find",
    "finds",
    "five",
    "for",
    "found",
    "four",
    "friday",
    "from",
    "further",
    "gave",
    "get",
    "gets",
    "getting",
    "give",
    "given",
    "gives",
    "go",
    "goes",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "held",
    "helped",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "hold",
    "holding",
    "how",
    "however",
    "i",
    "if",
    "in",
    "include",
    "included",
    "includes",
    "including",
    "insisted",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "january",
    "july",
    "june",
    "just",
    "keep",
    "kept",
    "knew",
    "know",
    "known",
    "last",
    "later",
    "least",
    "leave",
    "led",
    "less",
    "let",
    "like",
    "likely",
    "look",
    "looked",
    "looks",
    "lost",
    "made",
    "make",
    "makes",
    "making",
    "many",
    "march",
    "may",
    "maybe",
    "me",
    "means",
    "meet",
    "met",
    "might",
    "monday",
    "more",
    "most",
    "mostly",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "need",
    "needs",
    "never",
    "new",
    "next",
    "nine",
    "no",
    "none",
    "nor",
    "not",
    "noted",
    "november",
    "now",
    "october",
    "of",
    "off",
    "offered",
    "often",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "perhaps",
    "pleaded",
    "probably",
    "provided",
    "put",
    "puts",
    "quite",
    "rather",
    "really",
    "reported",
    "revealed",
    "said",
    "same",
    "saturday",
    "saw",
    "say",
    "saying",
    "says",
    "see",
    "seem",
    "seemed",
    "seems",
    "seen",
    "september",
    "set",
    "seven",
    "several",
    "she",
    "should",
    "showed",
    "since",
    "six",
    "so",
    "some",
    "someone",
    "something",
    "sometimes",
    "soon",
    "spoke",
    "started",
    "stated",
    "still",
    "such",
    "suggested",
    "sunday",
    "take",
    "taken",
    "taking",
    "tell",
    "tells",
    "ten",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "though",
    "thought",
    "three",
    "through",
    "thursday",
    "thus",
    "to",
    "today",
    "together",
    "told",
    "tomorrow",
    "too",
    "took",
    "toward",
    "towards",
    "tried",
    "tries",
    "trying",
    "tuesday",
    "turned",
    "two",
    "unable",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "use",
    "used",
    "very",
    "via",
    "want",
    "wanted",
    "wants",
    "warned",
    "was",
    "we",
    "wednesday",
    "well",
    "went",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "won",
    "would",
    "wrote",
    "yesterday",
    "yet",
    "you",
    "your",
    "yours",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    fn phrases(input: &str) -> Vec<String> {
        let blocks = crate::text::blocks(input);
        let sents = crate::text::sentences(input, &blocks);
        let kinds: Vec<BlockKind> = sents.iter().map(|s| s.kind).collect();
        let toks: Vec<Vec<Token>> = sents
            .iter()
            .map(|s| crate::text::tokens(input, s.start, s.end))
            .collect();
        extract(input, &sents, &kinds, &toks, 8)
            .into_iter()
            .map(|k| k.text)
            .collect()
    }

    #[test]
    fn repeated_phrases_win_and_fragments_do_not_show() {
        let text = "The water shortage worsened in the north of the country this week.\n\n\
                    Farmers said the water shortages had ruined crops and the wells ran dry.\n\n\
                    Senior aid officials said the water shortage could last for months.\n\n\
                    Senior aid officials said relief convoys were on the way.";
        let got = phrases(text);
        assert_eq!(
            got.first().map(String::as_str),
            Some("water shortage"),
            "{got:?}"
        );
        // "senior aid" never occurs without "officials": only the whole phrase may show.
        assert!(!got.iter().any(|p| p == "Senior aid"), "{got:?}");
    }

    #[test]
    fn verbs_and_possessives_end_phrases() {
        let text = "The Harbour Board's new plan angered fishermen in the port.\n\n\
                    Fishermen protested as the Harbour Board's plan was debated.\n\n\
                    The port fishermen protested again on the quay.";
        let got = phrases(text);
        assert!(got.iter().any(|p| p == "Harbour Board"), "{got:?}");
        assert!(!got.iter().any(|p| p.ends_with("protested")), "{got:?}");
        assert!(!got.iter().any(|p| p.contains("Board's")), "{got:?}");
    }

    #[test]
    fn a_full_name_replaces_its_surname_and_descriptions_of_it_do_not_show() {
        // "Okafor" alone is the most frequent name, so it is chosen first; "Grace Okafor"
        // then takes its place, and "young Okafor", "Okafor said" and "former coach
        // Okafor" add nothing a reader needs.
        let text = "Grace Okafor won the regional chess final in Lagos on Sunday.\n\n\
                    Okafor said the final was the hardest game of her career.\n\n\
                    The young Okafor beat three former champions, said former coach Okafor \
                    Bello.\n\n\
                    Grace Okafor will now play at the national chess final in Abuja.\n\n\
                    Okafor has trained at the Lagos chess club since she was nine.";
        let got = phrases(text);
        assert!(got.iter().any(|p| p == "Grace Okafor"), "{got:?}");
        assert!(!got.iter().any(|p| p == "Okafor"), "{got:?}");
        assert!(
            !got.iter()
                .any(|p| p.starts_with("young") || p.starts_with("former")),
            "{got:?}"
        );
        // Name particles are part of names, not descriptions of them.
        let text = "The group al Shabaab claimed the attack in the capital.\n\n\
                    Officials said al Shabaab had planned the attack for weeks.\n\n\
                    Al Shabaab fighters withdrew from the town on Monday.";
        let got = phrases(text);
        assert!(
            got.iter().any(|p| p.eq_ignore_ascii_case("al Shabaab")),
            "{got:?}"
        );
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(phrases("").is_empty());
        let _ = phrases("🙂 🙂 🙂\n\n東京 東京 東京 — «» ' ' 's 's n't");
    }

    #[test]
    fn plural_and_case_fold_together() {
        assert_eq!(fold("Officials"), fold("official"));
        assert_eq!(fold("crisis"), "crisis");
        assert_eq!(fold("US"), "us");
    }
}
