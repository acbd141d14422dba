//! Feature extraction: every feature of a token is a 32-bit hash of (template, value).
//!
//! Nothing here allocates per feature: token properties are hashed once per token
//! (FNV-1a over normalised bytes) and each feature is a cheap mix of a template id with
//! those hashes. The same code runs when training and when tagging, so the two agree.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a, fed byte by byte.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(FNV_OFFSET)
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ b as u64).wrapping_mul(FNV_PRIME);
    }
    fn char(&mut self, c: char) {
        // ASCII is its own single UTF-8 byte (most text): no encoding step.
        if c.is_ascii() {
            self.byte(c as u8);
            return;
        }
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }
}

/// splitmix64's finaliser: spreads the bits of a combined key.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The feature key of `value` under `template`.
fn key(template: u8, value: u64) -> u32 {
    (mix(value ^ (template as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) >> 32) as u32
}

fn pair(a: u64, b: u64) -> u64 {
    mix(a.wrapping_mul(31).wrapping_add(b.rotate_left(17)))
}

/// Typographic variants mapped to the ASCII forms the Reuters training text uses.
fn normalise(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        _ => c,
    }
}

const INIT_CAP: u16 = 1;
const ALL_CAPS: u16 = 2;
const HAS_DIGIT: u16 = 4;
const HAS_ALPHA: u16 = 8;
const LOWER_START: u16 = 16;
const HAS_PERIOD: u16 = 32;
const HAS_HYPHEN: u16 = 64;
const NO_ALNUM: u16 = 128;
const COMMON: u16 = 256;
const HAS_UPPER: u16 = 512;

/// Generic cue-word classes (no specific names: only words that mark a kind of name).
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Cue {
    None = 0,
    Org = 1,
    Title = 2,
    Place = 3,
    Month = 4,
    Day = 5,
}

/// Words that end or mark an organisation's name.
const ORG_CUES: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "ltd",
    "co",
    "company",
    "group",
    "bank",
    "university",
    "college",
    "institute",
    "ministry",
    "department",
    "agency",
    "association",
    "council",
    "committee",
    "party",
    "union",
    "federation",
    "club",
    "fc",
    "airlines",
    "airways",
    "motors",
    "holdings",
    "plc",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "commission",
    "board",
    "court",
    "police",
    "army",
    "navy",
    "school",
    "foundation",
    "organization",
    "organisation",
    "fund",
    "exchange",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "church",
    "league",
    "authority",
    "trust",
    "systems",
    "society",
    "movement",
    "front",
    "office",
    "bureau",
    "service",
    "industries",
    "international",
    "news",
    "press",
    "times",
    "post",
    "network",
    "securities",
    "bancorp",
    "financial",
    "partners",
    "institution",
    "centre",
    "center",
    "team",
];

/// Titles and roles before a person's name.
const TITLE_CUES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "president",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "director",
    "chief",
    "king",
    "queen",
    "prince",
    "princess",
    "general",
    "gen",
    "col",
    "colonel",
    "lt",
    "sgt",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "judge",
    "pope",
    "coach",
    "captain",
    "manager",
    "ambassador",
    "envoy",
    "representative",
    "deputy",
    "leader",
    "premier",
    "chancellor",
    "mayor",
    "officer",
    "analyst",
    "economist",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "actor",
    "actress",
    "singer",
    "writer",
    "author",
    "st",
    "jr",
    "sr",
];

/// Words that mark a place's name.
const PLACE_CUES: &[&str] = &[
    "river",
    "mountain",
    "mountains",
    "mount",
    "mt",
    "lake",
    "sea",
    "ocean",
    "island",
    "islands",
    "city",
    "county",
    "province",
    "republic",
    "kingdom",
    "valley",
    "bay",
    "street",
    "avenue",
    "road",
    "airport",
    "region",
    "port",
    "gulf",
    "strait",
    "desert",
    "coast",
    "village",
    "town",
    "district",
    "state",
    "capital",
    "border",
];

/// Weekday names.
const DAY_CUES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn cue(lower: &str) -> Cue {
    // Asked of every token: one hash look-up instead of a chain of string comparisons.
    static CUES: std::sync::OnceLock<rustc_hash::FxHashMap<&str, Cue>> = std::sync::OnceLock::new();
    let w = lower.strip_suffix('.').unwrap_or(lower);
    let cues = CUES.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for (words, cue) in [
            (ORG_CUES, Cue::Org),
            (TITLE_CUES, Cue::Title),
            (PLACE_CUES, Cue::Place),
            (crate::text::MONTH_NAMES, Cue::Month),
            (DAY_CUES, Cue::Day),
        ] {
            for &word in words {
                // The first list a word is in wins, as in a `match`.
                m.entry(word).or_insert(cue);
            }
        }
        m
    });
    cues.get(w).copied().unwrap_or(Cue::None)
}

/// What one token looks like, hashed once.
#[derive(Clone, Copy)]
struct Info {
    word: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefix: [u64; 4],
    suffix: [u64; 4],
    /// How many of the prefixes/suffixes exist (the token's length in chars, capped).
    affixes: u8,
    flags: u16,
    cue: Cue,
}

const NONE_INFO: Info = Info {
    word: 0x5eed_0001,
    lower: 0x5eed_0001,
    shape: 0x5eed_0001,
    short_shape: 0x5eed_0001,
    prefix: [0; 4],
    suffix: [0; 4],
    affixes: 0,
    flags: 0,
    cue: Cue::None,
};

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_ascii() {
        c
    } else {
        'o'
    }
}

/// Hashes one token; `lower` is a scratch buffer reused between tokens.
fn info(word: &str, lower: &mut String) -> Info {
    lower.clear();
    let mut w = Fnv::new();
    let mut shape = Fnv::new();
    let mut short = Fnv::new();
    let (mut prev, mut run) = ('\0', 0);
    let mut short_prev = '\0';
    let mut flags = 0u16;
    let (mut upper, mut letters) = (0usize, 0usize);
    for (i, c) in word.chars().map(normalise).enumerate() {
        w.char(c);
        crate::text::push_lowercase(lower, c);
        let s = shape_class(c);
        // Runs longer than four collapse: "Xxxxx" and "Xxxxxxxx" look alike.
        if s == prev {
            run += 1;
        } else {
            prev = s;
            run = 1;
        }
        if run <= 4 {
            shape.char(s);
        }
        if s != short_prev {
            short.char(s);
            short_prev = s;
        }
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
                flags |= HAS_UPPER;
                if i == 0 {
                    flags |= INIT_CAP;
                }
            } else if i == 0 {
                flags |= LOWER_START;
            }
        } else if c.is_numeric() {
            flags |= HAS_DIGIT;
        } else if c == '.' {
            flags |= HAS_PERIOD;
        } else if c == '-' {
            flags |= HAS_HYPHEN;
        }
    }
    if letters > 0 {
        flags |= HAS_ALPHA;
        if upper == letters {
            flags |= ALL_CAPS;
        }
    } else if flags & HAS_DIGIT == 0 {
        flags |= NO_ALNUM;
    }
    let mut prefix = [0u64; 4];
    let mut suffix = [0u64; 4];
    let mut p = Fnv::new();
    let mut n = 0u8;
    for (k, c) in lower.chars().take(4).enumerate() {
        p.char(c);
        prefix[k] = p.0;
        n += 1;
    }
    let mut s = Fnv::new();
    // Suffixes hash right to left; they only need to be distinct, not readable.
    for (k, c) in lower.chars().rev().take(4).enumerate() {
        s.char(c);
        suffix[k] = s.0;
    }
    let mut l = Fnv::new();
    for &b in lower.as_bytes() {
        l.byte(b);
    }
    Info {
        word: w.0,
        lower: l.0,
        shape: shape.0,
        short_shape: short.0,
        prefix,
        suffix,
        affixes: n,
        flags,
        cue: cue(lower),
    }
}

/// Identity hasher for keys that are already hashes.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type DocMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// Words seen in lower case in the training text ("records", "hall", "green"): a
/// capitalised name made of such words is more often a place, a band or a firm than
/// a person. Keys are 28-bit hashes of the lower-case form.
#[derive(Default)]
pub struct Lexicon {
    // FxHash, not the pass-through hasher: the keys are only 28 bits wide, and the
    // table reads its tag bits from the top of the 64-bit hash.
    keys: rustc_hash::FxHashSet<u32>,
}

impl Lexicon {
    /// A lexicon of the given word keys.
    pub fn from_keys(keys: Vec<u32>) -> Self {
        Lexicon {
            keys: keys.into_iter().collect(),
        }
    }

    /// The keys, in no particular order.
    pub fn to_vec(&self) -> Vec<u32> {
        self.keys.iter().copied().collect()
    }

    fn contains(&self, lower: u64) -> bool {
        self.keys.contains(&word_key_of(lower))
    }

    /// True when the word, lower-cased, is a common word ("transport", "world").
    pub fn is_common(&self, word: &str) -> bool {
        word_key(word).is_some_and(|k| self.keys.contains(&k))
    }
}

fn word_key_of(lower: u64) -> u32 {
    (mix(lower ^ 0x1e71_c0de) >> 36) as u32
}

/// The lexicon key of a word (its lower-case form), for building a lexicon.
pub fn word_key(word: &str) -> Option<u32> {
    let mut lower = String::new();
    let i = info(word, &mut lower);
    (i.flags & HAS_ALPHA != 0).then(|| word_key_of(i.lower))
}

/// True for a word written all in lower case (a candidate for the lexicon).
pub fn is_lower_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_uppercase)
}

/// How a word form is written across the document.
#[derive(Default, Clone, Copy)]
struct Usage {
    lower: u16,
    cap_mid: u16,
}

/// Features of a whole document: for each token, a run of keys in `keys`.
#[derive(Default)]
pub struct DocFeatures {
    /// All feature keys, token after token.
    pub keys: Vec<u32>,
    /// `keys[ends[t-1]..ends[t]]` are token t's keys (tokens counted across sentences).
    pub ends: Vec<u32>,
}

impl DocFeatures {
    /// The keys of token `t` (counted across the document).
    pub fn token(&self, t: usize) -> &[u32] {
        let start = if t == 0 { 0 } else { self.ends[t - 1] as usize };
        &self.keys[start..self.ends[t] as usize]
    }
}

/// True when the sentence reads like an ALL-CAPS headline or dateline.
fn is_headline(infos: &[Info]) -> bool {
    let alpha = infos.iter().filter(|i| i.flags & HAS_ALPHA != 0).count();
    let caps = infos
        .iter()
        .filter(|i| i.flags & (HAS_ALPHA | ALL_CAPS) == HAS_ALPHA | ALL_CAPS)
        .count();
    alpha > 0 && caps * 2 > alpha
}

/// Computes the features of every token of a document (sentences of token strings).
pub fn document<S: AsRef<str>>(doc: &[Vec<S>], lexicon: &Lexicon) -> DocFeatures {
    let ctx = Context::new(doc, lexicon);
    let total: usize = doc.iter().map(Vec::len).sum();
    let mut out = DocFeatures {
        keys: Vec::with_capacity(total * 48),
        ends: Vec::with_capacity(total),
    };
    for (s, sent) in ctx.infos.iter().enumerate() {
        let runs = cap_runs(sent, ctx.headline[s]);
        for i in 0..sent.len() {
            form_features(&sent[i], &mut out.keys);
            context_features(sent, i, ctx.headline[s], &ctx.usage, &runs, &mut out.keys);
            out.ends.push(out.keys.len() as u32);
        }
    }
    out
}

/// The features of a document split for tagging: a word form's own features are the
/// same wherever it occurs, so they are listed once per distinct form (news repeats its
/// words: half the tokens of an article, most of a book-length paste); only the
/// features of a token in its context are listed per token.
#[derive(Default)]
pub struct TaggingFeatures {
    /// Per token, the keys of its context features (as in [`DocFeatures`]).
    pub context: DocFeatures,
    /// Per token, the index of its word form in `forms`.
    pub form_of: Vec<u32>,
    /// Per distinct word form, the keys of its own features.
    pub forms: DocFeatures,
    /// Per token, whether it may be part of a name (see [`may_be_named`]); the others
    /// have no context keys and are tagged O without scoring.
    pub candidate: Vec<bool>,
}

/// Whether a token, or a neighbour, has a capital letter or a digit: names in news are
/// written so, and the lower-case words inside them ("Bank of England", "Leonardo da
/// Vinci") stand next to a capitalised one. Most of an article's words are lower case
/// between lower-case words; the model tags them O, so they are not scored at all.
fn may_be_named(sent: &[Info], i: usize) -> bool {
    let marked = |x: &Info| x.flags & (HAS_UPPER | HAS_DIGIT) != 0;
    marked(&sent[i]) || (i > 0 && marked(&sent[i - 1])) || sent.get(i + 1).is_some_and(marked)
}

/// [`document`], split for tagging (the same keys per token, in two parts).
pub fn document_for_tagging<S: AsRef<str>>(doc: &[Vec<S>], lexicon: &Lexicon) -> TaggingFeatures {
    let ctx = Context::new(doc, lexicon);
    let total: usize = doc.iter().map(Vec::len).sum();
    let mut out = TaggingFeatures {
        context: DocFeatures {
            keys: Vec::with_capacity(total * 32),
            ends: Vec::with_capacity(total),
        },
        form_of: Vec::new(),
        forms: DocFeatures::default(),
        candidate: Vec::with_capacity(total),
    };
    // Each form's own features, listed when the form first occurs (forms are numbered
    // in order of first occurrence).
    let mut t = 0;
    for (s, sent) in ctx.infos.iter().enumerate() {
        let runs = cap_runs(sent, ctx.headline[s]);
        for i in 0..sent.len() {
            let id = ctx.form_of[t];
            if id as usize == out.forms.ends.len() {
                form_features(&sent[i], &mut out.forms.keys);
                out.forms.ends.push(out.forms.keys.len() as u32);
            }
            t += 1;
            let candidate = may_be_named(sent, i);
            out.candidate.push(candidate);
            if candidate {
                context_features(
                    sent,
                    i,
                    ctx.headline[s],
                    &ctx.usage,
                    &runs,
                    &mut out.context.keys,
                );
            }
            out.context.ends.push(out.context.keys.len() as u32);
        }
    }
    out.form_of = ctx.form_of;
    out
}

/// What the features of a document's tokens are computed from.
struct Context {
    infos: Vec<Vec<Info>>,
    headline: Vec<bool>,
    usage: DocMap<Usage>,
    /// Per token (in document order), the index of its word form, numbered in order of
    /// first occurrence.
    form_of: Vec<u32>,
}

impl Context {
    fn new<S: AsRef<str>>(doc: &[Vec<S>], lexicon: &Lexicon) -> Context {
        // A word form looks the same wherever it occurs: hash it once (news repeats most
        // of its words), then copy.
        let total: usize = doc.iter().map(Vec::len).sum();
        let mut lower = String::new();
        let mut ids: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
        let mut forms: Vec<Info> = Vec::new();
        let mut form_of = Vec::with_capacity(total);
        let infos: Vec<Vec<Info>> = doc
            .iter()
            .map(|s| {
                s.iter()
                    .map(|w| {
                        let next = forms.len() as u32;
                        let id = *ids.entry(w.as_ref()).or_insert_with(|| {
                            let mut i = info(w.as_ref(), &mut lower);
                            if i.flags & HAS_ALPHA != 0 && lexicon.contains(i.lower) {
                                i.flags |= COMMON;
                            }
                            forms.push(i);
                            next
                        });
                        form_of.push(id);
                        forms[id as usize]
                    })
                    .collect()
            })
            .collect();
        let headline: Vec<bool> = infos.iter().map(|s| is_headline(s)).collect();

        let mut usage: DocMap<Usage> = DocMap::default();
        for (s, sent) in infos.iter().enumerate() {
            for (i, t) in sent.iter().enumerate() {
                let u = usage.entry(t.lower).or_default();
                if t.flags & LOWER_START != 0 {
                    u.lower = u.lower.saturating_add(1);
                } else if is_cap_mid(t, i, headline[s]) {
                    u.cap_mid = u.cap_mid.saturating_add(1);
                }
            }
        }
        Context {
            infos,
            headline,
            usage,
            form_of,
        }
    }
}

fn is_cap_mid(t: &Info, i: usize, headline: bool) -> bool {
    i > 0 && !headline && t.flags & (INIT_CAP | ALL_CAPS) == INIT_CAP
}

/// For each token, the (first, last) index of the capitalised run it is in, if any.
fn cap_runs(sent: &[Info], headline: bool) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None; sent.len()];
    if headline {
        return out;
    }
    let mut i = 0;
    while i < sent.len() {
        if sent[i].flags & INIT_CAP != 0 {
            let start = i;
            while i < sent.len() && sent[i].flags & INIT_CAP != 0 {
                i += 1;
            }
            for o in &mut out[start..i] {
                *o = Some((start, i - 1));
            }
        } else {
            i += 1;
        }
    }
    out
}

// Template ids: each feature family hashes under its own id.
const T_BIAS: u8 = 1;
const T_WORD: u8 = 2;
const T_LOWER: u8 = 3;
const T_LOWER_M1: u8 = 4;
const T_LOWER_P1: u8 = 5;
const T_LOWER_M2: u8 = 6;
const T_LOWER_P2: u8 = 7;
const T_BI_M1: u8 = 8;
const T_BI_P1: u8 = 9;
const T_SHAPE: u8 = 10;
const T_SHORT: u8 = 11;
const T_SHORT_M1: u8 = 12;
const T_SHORT_P1: u8 = 13;
const T_SHORT_TRI: u8 = 14;
const T_PREFIX: u8 = 15; // .. 18
const T_SUFFIX: u8 = 19; // .. 22
const T_FIRST: u8 = 23;
const T_HEADLINE: u8 = 24;
const T_DOC: u8 = 25;
const T_CUE: u8 = 26;
const T_CUE_M1: u8 = 27;
const T_CUE_P1: u8 = 28;
const T_CUE_P2: u8 = 29;
const T_RUN_POS: u8 = 30;
const T_RUN_LAST: u8 = 31;
const T_RUN_FIRST: u8 = 32;
const T_LOWER_M1_SHAPE: u8 = 33;
const T_LOWER_P1_SHAPE: u8 = 34;
const T_WORD_M1: u8 = 35;
const T_WORD_P1: u8 = 36;
const T_HEAD_LOWER: u8 = 37;
const T_COMMON: u8 = 41;
const T_RUN_COMMON: u8 = 42;
const T_RUN_BEFORE: u8 = 38;
const T_RUN_AFTER: u8 = 39;
const T_RUN_CUE: u8 = 40;

/// The features of a word form alone: the same wherever it occurs.
fn form_features(t: &Info, keys: &mut Vec<u32>) {
    let mut push = |template: u8, value: u64| keys.push(key(template, value));
    push(T_BIAS, 0);
    push(T_WORD, t.word);
    push(T_LOWER, t.lower);
    push(T_SHAPE, t.shape);
    push(T_SHORT, t.short_shape);
    for k in 0..t.affixes as usize {
        push(T_PREFIX + k as u8, t.prefix[k]);
        push(T_SUFFIX + k as u8, t.suffix[k]);
    }
    push(T_CUE, (t.cue as u64) << 8 | t.short_shape & 0xff);
}

/// The features of token `i` in its sentence and document (beside [`form_features`]).
fn context_features(
    sent: &[Info],
    i: usize,
    headline: bool,
    usage: &DocMap<Usage>,
    runs: &[Option<(usize, usize)>],
    keys: &mut Vec<u32>,
) {
    let at = |j: isize| -> &Info {
        let k = i as isize + j;
        if k < 0 || k as usize >= sent.len() {
            &NONE_INFO
        } else {
            &sent[k as usize]
        }
    };
    let t = &sent[i];
    let (m2, m1, p1, p2) = (at(-2), at(-1), at(1), at(2));
    let mut push = |template: u8, value: u64| keys.push(key(template, value));

    push(T_LOWER_M1, m1.lower);
    push(T_LOWER_P1, p1.lower);
    push(T_LOWER_M2, m2.lower);
    push(T_LOWER_P2, p2.lower);
    push(T_WORD_M1, m1.word);
    push(T_WORD_P1, p1.word);
    push(T_BI_M1, pair(m1.lower, t.lower));
    push(T_BI_P1, pair(t.lower, p1.lower));
    push(T_SHORT_M1, pair(m1.short_shape, t.short_shape));
    push(T_SHORT_P1, pair(t.short_shape, p1.short_shape));
    push(
        T_SHORT_TRI,
        pair(pair(m1.short_shape, t.short_shape), p1.short_shape),
    );
    if i == 0 {
        push(T_FIRST, t.short_shape);
    }
    if headline {
        push(T_HEADLINE, t.short_shape);
        push(T_HEAD_LOWER, t.lower);
    }

    // Capitalisation against the rest of the document: a capitalised word that is
    // written in lower case elsewhere is probably not a name; one capitalised in mid
    // sentence elsewhere probably is (decides sentence starts and headlines).
    if t.flags & HAS_ALPHA != 0 {
        let u = usage.get(&t.lower).copied().unwrap_or_default();
        let own_lower = t.flags & LOWER_START != 0;
        let own_cap_mid = !own_lower && is_cap_mid(t, i, headline);
        let lower_elsewhere = u.lower > own_lower as u16;
        let cap_elsewhere = u.cap_mid > own_cap_mid as u16;
        let class: u64 = if own_lower {
            0
        } else if headline {
            1
        } else if i == 0 {
            2
        } else if t.flags & ALL_CAPS != 0 {
            3
        } else {
            4
        };
        push(
            T_DOC,
            class * 4 + lower_elsewhere as u64 * 2 + cap_elsewhere as u64,
        );
    }

    let common = |x: &Info| (x.flags & COMMON != 0) as u64;
    let caps = |x: &Info| (x.flags & (INIT_CAP | ALL_CAPS)) as u64;
    push(
        T_COMMON,
        common(t) | caps(t) << 1 | common(m1) << 4 | common(p1) << 5 | ((i == 0) as u64) << 6,
    );
    push(T_CUE_M1, m1.cue as u64);
    push(T_CUE_P1, p1.cue as u64);
    push(T_CUE_P2, p2.cue as u64);
    push(T_LOWER_M1_SHAPE, pair(m1.lower, t.short_shape));
    push(T_LOWER_P1_SHAPE, pair(p1.lower, t.short_shape));

    if let Some((first, last)) = runs[i] {
        if last > first {
            let pos = if i == first {
                0
            } else if i == last {
                1
            } else {
                2
            };
            push(T_RUN_POS, pos + 3 * (last - first).min(4) as u64);
            if i != last {
                push(T_RUN_LAST, pair(sent[last].lower, pos));
            }
            if i != first {
                push(T_RUN_FIRST, sent[first].lower);
            }
            // The words around a multi-word name type all of it ("the ... Rink").
            let before = if first == 0 {
                &NONE_INFO
            } else {
                &sent[first - 1]
            };
            let after = sent.get(last + 1).unwrap_or(&NONE_INFO);
            push(T_RUN_BEFORE, pair(before.lower, pos));
            push(T_RUN_AFTER, pair(after.lower, pos));
            push(T_RUN_CUE, (sent[last].cue as u64) << 4 | pos);
            // Which words of the name are ordinary words: "Virgin Records", "Carnegie Hall".
            let mut pattern = 0u64;
            for x in &sent[first..=last.min(first + 5)] {
                pattern = pattern << 1 | common(x);
            }
            push(
                T_RUN_COMMON,
                (pattern << 8) | ((last - first).min(5) as u64 * 3 + pos),
            );
        }
    }
}
