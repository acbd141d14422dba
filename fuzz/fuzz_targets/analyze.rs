//! Arbitrary bytes (as text, or as an HTML page for the `--html` path) with arbitrary
//! options: `analyze` must not panic and its result must keep every promise in
//! tests/support/invariants.rs (spans inside the text on character boundaries and
//! saying what the text says, sentences in order without overlap, summary length).
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use arbitrary::Arbitrary;
use article_summary::{extract, Form, Length, Options};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum LengthIn {
    Sentences(u32),
    Words(u32),
    Ratio(f32),
}

#[derive(Arbitrary, Debug)]
struct Input {
    length: LengthIn,
    form: u8,
    title: Option<String>,
    focus: Option<String>,
    /// Feed the bytes through article finding first, as `--html` and the element do.
    html: bool,
    bytes: Vec<u8>,
}

fuzz_target!(|input: Input| {
    let options = Options {
        length: match input.length {
            LengthIn::Sentences(n) => Length::Sentences(n),
            LengthIn::Words(n) => Length::Words(n),
            LengthIn::Ratio(r) => Length::Ratio(r),
        },
        form: match input.form % 3 {
            0 => Form::KeyPoints,
            1 => Form::Tldr,
            _ => Form::Headline,
        },
        title: input.title,
        focus: input.focus,
    };
    let text = String::from_utf8_lossy(&input.bytes);
    if input.html {
        let article = extract::extract(&extract::parse_html(&text));
        for p in &article.paragraphs {
            assert!(!p.is_empty(), "empty paragraph from the page");
        }
        invariants::analyze_checked(&article.text(), &options);
    } else {
        invariants::analyze_checked(&text, &options);
    }
});
