//! What every analysis must satisfy, whatever the text and the options: shared by the
//! property tests (tests/robustness.rs), the bad-input suite (tests/bad_input.rs) and
//! the fuzz targets (fuzz/fuzz_targets/*.rs include this file by path).
//!
//! Each check panics with a message naming the broken promise, so proptest shrinks to
//! it and libFuzzer saves the input.

use article_summary::text::{display_text, normalize_whitespace};
use article_summary::{analyze, Analysis, BlockKind, Error, Form, Length, Options};

/// Runs `analyze` and checks the result (or that the error is one the caller earned).
/// Returns the analysis when there is one.
pub fn analyze_checked(text: &str, options: &Options) -> Option<Analysis> {
    match analyze(text, options) {
        Ok(a) => {
            check(text, options, &a);
            Some(a)
        }
        Err(Error::TooLong { bytes }) => {
            assert_eq!(bytes, text.len(), "TooLong reports the input's length");
            assert!(
                text.len() > article_summary::MAX_INPUT_BYTES,
                "TooLong for {} bytes, under the limit",
                text.len()
            );
            None
        }
        Err(Error::Option(e)) => {
            assert!(
                options.validate().is_err(),
                "option error {e} for options that validate"
            );
            None
        }
    }
}

/// Checks `a`, the analysis of `text` with `options`.
pub fn check(text: &str, options: &Options, a: &Analysis) {
    // `shown` is how the span's text is shown: sentences tidied (`display_text`), names
    // as written (whitespace aside).
    let span = |what: &str, start: usize, end: usize, said: &str, shown: fn(&str) -> String| {
        assert!(
            start < end && end <= text.len(),
            "{what} {start}..{end} is empty or outside the text ({} bytes)",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what} {start}..{end} splits a character"
        );
        assert_eq!(
            shown(&text[start..end]),
            said,
            "{what} {start}..{end} does not say what the text there says"
        );
    };

    // Sentences: in order, not overlapping, each slicing out its own text.
    let mut prev_end = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        assert_eq!(s.index, i, "sentence index");
        span("sentence", s.start, s.end, &s.text, display_text);
        assert!(
            s.start >= prev_end,
            "sentence {i} starts at {} before the previous one ends at {prev_end}",
            s.start
        );
        prev_end = s.end;
        if i > 0 {
            assert!(
                s.paragraph >= a.sentences[i - 1].paragraph,
                "paragraphs out of order"
            );
        }
        assert!(s.paragraph < a.stats.paragraphs.max(1), "paragraph index");
        if let Some(score) = s.score {
            assert!(score.is_finite(), "sentence {i} score {score}");
        }
        assert!(
            s.contributions.iter().all(|c| c.value.is_finite()),
            "sentence {i} has a non-finite contribution"
        );
        assert_eq!(
            s.selected,
            a.summary.sentences.binary_search(&i).is_ok(),
            "sentence {i}: `selected` disagrees with the summary"
        );
    }

    // Mentions: in document order, not overlapping, each pointing at an entity that
    // lists it. (A name may run across a sentence break the segmenter made too early,
    // "G. McGrath", so mentions are not confined to one sentence.)
    let mut prev_end = 0;
    for (i, m) in a.mentions.iter().enumerate() {
        span("mention", m.start, m.end, &m.text, normalize_whitespace);
        assert!(
            m.start >= prev_end,
            "mention {i} at {} overlaps the previous one (ends {prev_end})",
            m.start
        );
        prev_end = m.end;
        assert!(
            m.entity < a.entities.len(),
            "mention {i} points at entity {}",
            m.entity
        );
    }
    // Each mention is listed exactly once, by the entity it points at (linear: the
    // checker must not be what the slow fuzz target finds quadratic).
    let mut listed = vec![false; a.mentions.len()];
    for (id, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, id, "entity id");
        assert_eq!(e.count, e.mentions.len(), "entity {id} count");
        assert!(!e.mentions.is_empty(), "entity {id} has no mentions");
        for &m in &e.mentions {
            assert!(
                a.mentions.get(m).is_some_and(|m| m.entity == id),
                "entity {id} lists mention {m}, which is not its own"
            );
            assert!(!listed[m], "mention {m} listed twice");
            listed[m] = true;
        }
        if id > 0 {
            assert!(
                a.entities[id - 1].count >= e.count,
                "entities not most-mentioned first"
            );
        }
    }
    assert!(listed.iter().all(|&l| l), "a mention no entity lists");

    for k in &a.keyphrases {
        assert!(
            !k.text.is_empty() && k.score.is_finite() && k.count > 0,
            "keyphrase {k:?}"
        );
    }
    assert!(a.keyphrases.len() <= 8, "at most 8 keyphrases");

    check_summary(options, a);
    assert_nothing_lost("text", text, a);

    assert_eq!(a.stats.characters, text.chars().count(), "character count");
    assert_eq!(a.stats.sentences, a.sentences.len(), "sentence count");
    assert_eq!(
        a.stats.words,
        a.cleaned_text.split_whitespace().count(),
        "word count"
    );
}

/// The summary: prose sentences in article order, joined into its text, within the
/// length asked for, and never empty when there is prose to summarise.
fn check_summary(options: &Options, a: &Analysis) {
    let chosen = &a.summary.sentences;
    assert!(
        chosen.windows(2).all(|w| w[0] < w[1]),
        "summary sentences not in article order: {chosen:?}"
    );
    for &i in chosen {
        let s = a
            .sentences
            .get(i)
            .unwrap_or_else(|| panic!("summary index {i} out of range"));
        assert_eq!(
            s.kind,
            BlockKind::Prose,
            "summary sentence {i} is not prose"
        );
    }
    let joiner = if options.form == Form::Tldr {
        " "
    } else {
        "\n"
    };
    let joined: Vec<&str> = chosen
        .iter()
        .map(|&i| a.sentences[i].text.as_str())
        .collect();
    assert_eq!(a.summary.text, joined.join(joiner), "summary text");
    assert_eq!(
        a.summary.words,
        a.summary.text.split_whitespace().count(),
        "summary word count"
    );
    assert_eq!(a.summary.form, options.form, "summary form");

    let prose = a
        .sentences
        .iter()
        .filter(|s| s.kind == BlockKind::Prose)
        .count();
    assert_eq!(
        chosen.is_empty(),
        prose == 0,
        "{} summary sentences from {prose} prose sentences",
        chosen.len()
    );
    let n = chosen.len();
    match (options.form, options.length) {
        (Form::Headline, _) => assert!(n <= 1, "a headline is one sentence, got {n}"),
        (_, Length::Sentences(k)) => {
            assert!(n <= k as usize, "{n} sentences for `sentences: {k}`")
        }
        (_, Length::Words(w)) => assert!(
            n <= 1 || a.summary.words <= w as usize,
            "{} words in {n} sentences for `words: {w}`",
            a.summary.words
        ),
        (_, Length::Ratio(r)) => {
            let most = ((prose as f32 * r).round() as usize).max(1);
            assert!(n <= most, "{n} sentences for `ratio: {r}` of {prose}");
        }
    }
}

/// Nothing is lost: every visible character of the input lies in some sentence, except
/// HTML-like tags around sentences (pasted page source: `<` and a letter, `/` or `!`,
/// on to a `>`), which sentences leave out.
pub fn assert_nothing_lost(name: &str, text: &str, a: &Analysis) {
    let blank =
        |c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}');
    let mut from = 0;
    for (start, end) in a
        .sentences
        .iter()
        .map(|s| (s.start, s.end))
        .chain([(text.len(), text.len())])
    {
        let mut gap = text[from.min(start)..start].trim_start_matches(blank);
        while let Some(tag) = gap.strip_prefix('<') {
            let chunk = &tag[..tag.find('<').unwrap_or(tag.len())];
            let opens_tag =
                tag.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
            if !opens_tag || !chunk.trim_end_matches(blank).ends_with('>') {
                break;
            }
            gap = tag[chunk.len()..].trim_start_matches(blank);
        }
        assert!(
            gap.is_empty(),
            "{name}: {:?} at byte {} is in no sentence",
            gap.chars().take(40).collect::<String>(),
            start - gap.len()
        );
        from = end;
    }
}
