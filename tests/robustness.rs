#![cfg(not(target_arch = "wasm32"))]
//! Property tests over `analyze`: for any text and any options, no panic, every span
//! inside the text on character boundaries and saying what the text says there,
//! sentences in order without overlap, the summary within the length asked for
//! (tests/support/invariants.rs). The fuzz targets (fuzz/) check the same invariants
//! on inputs libFuzzer finds; these run on every `cargo test`.

#[path = "support/invariants.rs"]
mod invariants;

use article_summary::{Form, Length, Options};
use invariants::analyze_checked;
use proptest::prelude::*;

/// Pieces that exercise every stage: sentence ends and abbreviations, quotes, names,
/// dates and amounts, paragraph breaks, scripts without spaces, right-to-left text,
/// emoji sequences, combining and invisible marks, control characters and HTML.
const PIECES: &[&str] = &[
    "the",
    "said",
    "on",
    "Monday",
    "in",
    "Paris",
    "Ann",
    "Lee",
    "Mr.",
    "Dr.",
    "U.S.",
    "e.g.",
    "Acme",
    "Corp.",
    "United",
    "Nations",
    "(UN)",
    "$3.5",
    "million",
    "12%",
    "per",
    "cent",
    "3.30",
    "p.m.",
    "August",
    "31,",
    "2021",
    "1990s",
    ".",
    ". ",
    "!",
    "?",
    "...",
    "\u{2026}",
    ",",
    ";",
    ":",
    "-",
    "\u{2014}",
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "\u{2019}s",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "東京で会議が開かれた。",
    "中文",
    "\u{3002}",
    "قال الرئيس",
    "\u{061F}",
    "שלום",
    "\u{200f}",
    "ภาษาไทย",
    "👩\u{200d}👩\u{200d}👧",
    "👍🏽",
    "🇧🇷",
    "e\u{301}",
    "\u{301}",
    "\u{fffd}",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "Share this",
    "Advertisement",
    "By",
    "Reuters",
    "- ",
    "* ",
    "1.",
    "http://example.com/a.b",
    "a@b.co",
    "O'Neil",
    "McDonald's",
    "Jr.",
    "WASHINGTON",
    "—",
    "BREAKING",
    "NEWS",
    "|",
];

/// Text glued from [`PIECES`], with or without spaces between them.
fn pieced() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), any::<bool>()), 0..120).prop_map(|parts| {
        let mut s = String::new();
        for (piece, space) in parts {
            s.push_str(piece);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Any text: random code points, pieced text, or pieced text repeated (the shape that
/// trips redundancy and merging code).
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => pieced(),
        1 => any::<String>(),
        1 => "[a-zA-Z .,!?\n\u{e9}\u{301}\u{1F600}]{0,300}",
        1 => (pieced(), 2..30usize).prop_map(|(s, n)| s.repeat(n)),
    ]
}

/// Any options, valid or not (invalid ones must give an option error, not a panic).
fn any_options() -> impl Strategy<Value = Options> {
    let length = prop_oneof![
        (0u32..12).prop_map(Length::Sentences),
        (0u32..200).prop_map(Length::Words),
        (-0.5f32..1.5).prop_map(Length::Ratio),
        any::<u32>().prop_map(Length::Sentences),
        any::<u32>().prop_map(Length::Words),
        any::<f32>().prop_map(Length::Ratio),
    ];
    let form = prop::sample::select(vec![Form::KeyPoints, Form::Tldr, Form::Headline]);
    let hint = prop::option::of(prop_oneof![pieced(), any::<String>()]);
    (length, form, hint.clone(), hint).prop_map(|(length, form, title, focus)| Options {
        length,
        form,
        title,
        focus,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_text_with_any_options_keeps_every_promise(text in any_text(), options in any_options()) {
        analyze_checked(&text, &options);
    }

    #[test]
    fn every_valid_length_is_respected(
        text in pieced(),
        k in 1u32..8,
        words in 1u32..80,
        ratio in 0.01f32..=1.0,
        form in prop::sample::select(vec![Form::KeyPoints, Form::Tldr, Form::Headline]),
    ) {
        for length in [Length::Sentences(k), Length::Words(words), Length::Ratio(ratio)] {
            let options = Options { length, form, ..Options::default() };
            prop_assert!(analyze_checked(&text, &options).is_some(), "valid options refused");
        }
    }
}

// Regressions the properties found (also replayed from robustness.proptest-regressions).

/// A number token of one four-byte digit (U+1E140, Nyiakeng Puachue Hmong) was cut at
/// byte 2 by the "0830 GMT" clock pattern: a panic.
#[test]
fn a_four_byte_digit_is_not_cut_in_two() {
    for text in [
        "\u{1E140}:",
        "At \u{1E140} GMT the talks began.",
        "\u{1D7D8}\u{1D7D9} EST",
    ] {
        analyze_checked(text, &Options::default()).unwrap();
    }
}

/// The word budget counted tokens, the summary counts whitespace-separated words: a
/// lone "." or dash is a word to the reader, so a summary could exceed its budget.
#[test]
fn the_word_budget_counts_words_as_the_summary_reports_them() {
    let text =
        "The council met on Tuesday - and - the mayor spoke - at length - about the river . \
                The budget was approved by nine votes to two , after a long debate . \
                Residents said the park would be built - at last - next spring .";
    for budget in 1..40 {
        let options = Options {
            length: Length::Words(budget),
            ..Options::default()
        };
        let a = analyze_checked(text, &options).unwrap();
        assert!(
            a.summary.sentences.len() <= 1 || a.summary.words <= budget as usize,
            "{} words for a budget of {budget}",
            a.summary.words
        );
    }
}
