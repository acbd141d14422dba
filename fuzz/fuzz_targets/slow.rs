//! Hunts superlinear time: inputs built from repeated fragments, long runs without
//! spaces or punctuation, and deep nesting (brackets and quotes in text; elements on
//! the HTML path), up to a few hundred kilobytes. Each must finish within a budget
//! linear in its size (generous: the machine may be shared and the build is
//! instrumented), so a quadratic stage fails here long before users notice it.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use arbitrary::Arbitrary;
use article_summary::{extract, Options};
use libfuzzer_sys::fuzz_target;
use std::time::{Duration, Instant};

/// Largest input built (bytes); under `MAX_INPUT_BYTES`, big enough that quadratic
/// work shows (300 KB squared is 10^11).
const MAX_BUILT: usize = 300_000;

/// Fixed cost plus cost per byte allowed. Linear analysis runs at several MB/s even
/// instrumented; the budget is ~50x that.
const BUDGET_FIXED: Duration = Duration::from_millis(300);
const BUDGET_PER_BYTE: Duration = Duration::from_micros(10);

#[derive(Arbitrary, Debug)]
enum Shape {
    /// `head`, then `body` repeated, then `tail`.
    Repeated { head: String, body: String, tail: String },
    /// One character, repeated (a run with no spaces or punctuation when it is a letter).
    Run { c: char },
    /// `open` repeated, `middle`, `close` repeated: nesting.
    Nested { open: String, middle: String, close: String },
}

#[derive(Arbitrary, Debug)]
struct Input {
    shape: Shape,
    repeats: u16,
    /// The built text is an HTML page for article finding, then analysed.
    html: bool,
}

fn build(input: &Input) -> String {
    let n = usize::from(input.repeats);
    let mut s = String::new();
    let push_n = |s: &mut String, part: &str, n: usize| {
        if !part.is_empty() {
            let n = n.min((MAX_BUILT - s.len().min(MAX_BUILT)) / part.len());
            s.push_str(&part.repeat(n));
        }
    };
    match &input.shape {
        Shape::Repeated { head, body, tail } => {
            s.push_str(head);
            push_n(&mut s, body, n * 16);
            s.push_str(tail);
        }
        Shape::Run { c } => push_n(&mut s, c.encode_utf8(&mut [0; 4]), n * 8),
        Shape::Nested {
            open,
            middle,
            close,
        } => {
            let half = MAX_BUILT / 2;
            let depth = n.min(half / open.len().max(1)).min(half / close.len().max(1));
            s.push_str(&open.repeat(depth));
            s.push_str(middle);
            s.push_str(&close.repeat(depth));
        }
    }
    s
}

fuzz_target!(|input: Input| {
    let text = build(&input);
    if text.len() > MAX_BUILT + 4096 {
        return;
    }
    let budget = BUDGET_FIXED + BUDGET_PER_BYTE * text.len() as u32;
    let started = Instant::now();
    if input.html {
        let article = extract::extract(&extract::parse_html(&text));
        invariants::analyze_checked(&article.text(), &Options::default());
    } else {
        invariants::analyze_checked(&text, &Options::default());
    }
    let took = started.elapsed();
    assert!(
        took <= budget,
        "{} bytes took {took:?}, over the linear budget {budget:?}",
        text.len()
    );
});
