//! Hunts superlinear time: inputs built from repeated fragments, long runs without
//! spaces or punctuation, and deep nesting (brackets and quotes in text; elements on
//! the HTML path), up to a few hundred kilobytes. Each is analysed at full size and at
//! a quarter of the repeats: linear work takes about 4 times as long at full size,
//! quadratic work 16 times; more than 10 times (once the full run takes long enough to
//! time) fails. Comparing two runs of one build on one machine, rather than holding a
//! fixed budget, keeps the check fair to the instrumented build and a shared machine.
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

/// Full-size runs quicker than this are not judged: timer noise dominates.
const JUDGED_FROM: Duration = Duration::from_millis(250);

/// Nor are inputs whose quarter is smaller than this: per-sentence work that grows
/// faster than linear up to a cap (a window of tokens) shows as a high ratio between
/// 2 and 7 KB ("</div" then "v>" repeated: 2.0 ms, 15.7 ms natively) and is linear
/// from there on (60 ms at 27 KB); what matters is the growth at sizes that take time.
const MIN_QUARTER_BYTES: usize = 16 * 1024;

/// Most the full-size run may take, in multiples of the quarter-size run (linear: 4).
const MAX_RATIO: u32 = 10;

#[derive(Arbitrary, Debug)]
enum Shape {
    /// `head`, then `body` repeated, then `tail`.
    Repeated {
        head: String,
        body: String,
        tail: String,
    },
    /// One character, repeated (a run with no spaces or punctuation when it is a letter).
    Run { c: char },
    /// `open` repeated, `middle`, `close` repeated: nesting.
    Nested {
        open: String,
        middle: String,
        close: String,
    },
}

#[derive(Arbitrary, Debug)]
struct Input {
    shape: Shape,
    repeats: u16,
    /// The built text is an HTML page for article finding, then analysed.
    html: bool,
}

/// The text for `input`, with its repeat counts (after capping the size at
/// [`MAX_BUILT`]) divided by `divisor`.
fn build(input: &Input, divisor: usize) -> String {
    let n = usize::from(input.repeats);
    // How many copies of `part` fit in `room` bytes, at most `want`, then divided.
    let copies =
        |part: &str, want: usize, room: usize| want.min(room / part.len().max(1)) / divisor;
    match &input.shape {
        Shape::Repeated { head, body, tail } => {
            let k = copies(body, n * 16, MAX_BUILT);
            [head.as_str(), &body.repeat(k), tail].concat()
        }
        Shape::Run { c } => c
            .to_string()
            .repeat(copies(&c.to_string(), n * 8, MAX_BUILT)),
        Shape::Nested {
            open,
            middle,
            close,
        } => {
            let depth = copies(open, n, MAX_BUILT / 2).min(copies(close, n, MAX_BUILT / 2));
            [open.repeat(depth), middle.clone(), close.repeat(depth)].concat()
        }
    }
}

/// Analyses `text` (as a page when `html`), checking every invariant; returns the time.
fn timed(text: &str, html: bool) -> Duration {
    let started = Instant::now();
    if html {
        let article = extract::extract(&extract::parse_html(text));
        invariants::analyze_checked(&article.text(), &Options::default());
    } else {
        invariants::analyze_checked(text, &Options::default());
    }
    started.elapsed()
}

fuzz_target!(|input: Input| {
    let full = build(&input, 1);
    if full.len() > MAX_BUILT + 4096 {
        return;
    }
    let mut took = timed(&full, input.html);
    if took < JUDGED_FROM {
        return;
    }
    let quarter = build(&input, 4);
    if quarter.len() < MIN_QUARTER_BYTES {
        return;
    }
    // Each size is timed again before a verdict, keeping the quicker run: a burst of
    // load on a shared machine must not decide it.
    let base = timed(&quarter, input.html).min(timed(&quarter, input.html));
    if took > base * MAX_RATIO {
        took = took.min(timed(&full, input.html));
    }
    assert!(
        took <= base * MAX_RATIO + JUDGED_FROM / 5,
        "superlinear: {} bytes took {took:?}, {} bytes took {base:?}: {input:?}",
        full.len(),
        quarter.len()
    );
});
