//! Native speed of `analyze` and of each stage, on real articles at four sizes.
//!
//! `cargo bench --bench analyze` (or `make bench`). The inputs are built at run time from
//! the dev slices in `../shared/data/summ/` (`SHARED` overrides the directory), exactly as
//! the browser bench builds them: the article closest to 300 and to 800 words, and
//! articles concatenated (blank line between) up to 5,000 and 100,000 words.
//!
//! Stages, each timed on the previous stages' output:
//! - `clean`: paragraphs, boilerplate lines, headings (`text::blocks`);
//! - `segment`: sentences and their tokens (`text::sentences` + `text::tokens`);
//! - `entities`: names and patterns, merged into entities (`recognize`, `merge`,
//!   `consistent_labels`);
//! - `summary`: sentence scoring and selection (`summary::summarise`);
//! - `keyphrases`;
//! - `analyze`: the whole public call, result types included.
//!
//! After criterion's own report it prints a table of medians and the time per 1,000 words
//! (the scaling curve), read back from criterion's estimates.

use article_summary::entities::{self, Span};
use article_summary::text::{self, BlockKind, SentenceSpan, Token};
use article_summary::{analyze, keyphrases, summary, Length, Options};
use criterion::{BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

const SLICES: [&str; 3] = [
    "dev-cnndm-frank.jsonl",
    "dev-cnndm-summeval.jsonl",
    "dev-bbc-news-summary.jsonl",
];
const STAGES: [&str; 6] = [
    "clean",
    "segment",
    "entities",
    "summary",
    "keyphrases",
    "analyze",
];

fn words(t: &str) -> usize {
    t.split_whitespace().count()
}

/// The four inputs (name, text), or none when the data is absent.
fn inputs() -> Vec<(&'static str, String)> {
    let shared = std::env::var("SHARED").unwrap_or_else(|_| "../shared".into());
    let mut articles = Vec::new();
    for slice in SLICES {
        let Ok(body) = std::fs::read_to_string(format!("{shared}/data/summ/{slice}")) else {
            continue;
        };
        for line in body.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                if let Some(a) = v["article"].as_str() {
                    articles.push(a.to_string());
                }
            }
        }
    }
    if articles.is_empty() {
        eprintln!("analyze bench: no articles under {shared}/data/summ, nothing to time");
        return Vec::new();
    }
    let closest = |target: usize| {
        // The first article at the smallest distance, as the browser bench picks it.
        let mut best = &articles[0];
        for a in &articles {
            if words(a).abs_diff(target) < words(best).abs_diff(target) {
                best = a;
            }
        }
        best.clone()
    };
    let concatenated = |target: usize| {
        let mut parts = Vec::new();
        let mut n = 0;
        let mut i = 0;
        while n < target {
            let a = &articles[i % articles.len()];
            parts.push(a.as_str());
            n += words(a);
            i += 1;
        }
        parts.join("\n\n")
    };
    vec![
        ("short", closest(300)),
        ("typical", closest(800)),
        ("long", concatenated(5_000)),
        ("huge", concatenated(100_000)),
    ]
}

/// Everything the later stages need, computed once per input.
struct Prepared<'a> {
    text: &'a str,
    blocks: Vec<text::Block>,
    spans: Vec<SentenceSpan>,
    kinds: Vec<BlockKind>,
    tokens: Vec<Vec<Token>>,
    tagged: Vec<(Span, usize)>,
}

fn segment(input: &str, blocks: &[text::Block]) -> (Vec<SentenceSpan>, Vec<Vec<Token>>) {
    let spans = text::sentences(input, blocks);
    let tokens = spans
        .iter()
        .map(|s| text::tokens(input, s.start, s.end))
        .collect();
    (spans, tokens)
}

fn recognize(input: &str, spans: &[SentenceSpan], tokens: &[Vec<Token>]) -> Vec<(Span, usize)> {
    let found = entities::recognize(input, spans, tokens);
    let (groups, group_of) = entities::merge(input, &found);
    let labels = entities::consistent_labels(&found, &groups, &group_of);
    found
        .iter()
        .zip(labels)
        .map(|(s, label)| Span { label, ..*s })
        .zip(group_of)
        .collect()
}

fn prepare(input: &str) -> Prepared<'_> {
    let blocks = text::blocks(input);
    let (spans, tokens) = segment(input, &blocks);
    let kinds = spans.iter().map(|s| s.kind).collect();
    let tagged = recognize(input, &spans, &tokens);
    Prepared {
        text: input,
        blocks,
        spans,
        kinds,
        tokens,
        tagged,
    }
}

fn summarise(p: &Prepared, options: &Options) -> (Vec<summary::Scored>, Vec<usize>) {
    let doc = summary::Document {
        text: p.text,
        sentences: &p.spans,
        kinds: &p.kinds,
        tokens: &p.tokens,
        entities: &p.tagged,
        title: None,
        focus: None,
    };
    summary::summarise(&doc, options.length, options.form)
}

fn bench(c: &mut Criterion, inputs: &[(&'static str, String)]) {
    let options = Options {
        length: Length::Sentences(3),
        ..Options::default()
    };
    for (name, input) in inputs {
        let p = prepare(input);
        let mut group = c.benchmark_group(*name);
        group.throughput(Throughput::Elements(words(input) as u64));
        if *name == "huge" {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(6));
        } else {
            group
                .sample_size(30)
                .measurement_time(Duration::from_secs(3));
        }
        group.warm_up_time(Duration::from_millis(500));
        group.bench_function("clean", |b| b.iter(|| text::blocks(black_box(input))));
        group.bench_function("segment", |b| {
            b.iter(|| segment(black_box(input), &p.blocks))
        });
        group.bench_function("entities", |b| {
            b.iter(|| recognize(black_box(input), &p.spans, &p.tokens))
        });
        group.bench_function("summary", |b| b.iter(|| summarise(black_box(&p), &options)));
        group.bench_function("keyphrases", |b| {
            b.iter(|| keyphrases::extract(black_box(input), &p.spans, &p.kinds, &p.tokens, 8))
        });
        group.bench_function(BenchmarkId::from_parameter("analyze"), |b| {
            b.iter(|| analyze(black_box(input), &options))
        });
        group.finish();
    }
}

/// Criterion's median estimate (ns) of one benchmark, from its last run on disk.
fn median_ns(group: &str, stage: &str) -> Option<f64> {
    let dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let path = format!("{dir}/criterion/{group}/{stage}/new/estimates.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64()
}

fn table(inputs: &[(&'static str, String)]) {
    let ms = |ns: Option<f64>| match ns {
        Some(ns) => format!("{:>10.3}", ns / 1e6),
        None => format!("{:>10}", "-"),
    };
    println!("\nMedian time per call, native (ms)");
    print!("{:<12}", "stage");
    for (name, input) in inputs {
        print!("{:>18}", format!("{name} ({}w)", words(input)));
    }
    println!();
    for stage in STAGES {
        print!("{stage:<12}");
        for (name, _) in inputs {
            print!("{:>18}", ms(median_ns(name, stage)));
        }
        println!();
    }
    println!("\nTime per 1,000 words, analyze (ms), and relative to typical:");
    let per_k = |name: &str, input: &str| {
        median_ns(name, "analyze").map(|ns| ns / 1e6 / words(input) as f64 * 1000.0)
    };
    let typical = inputs
        .iter()
        .find(|(n, _)| *n == "typical")
        .and_then(|(n, i)| per_k(n, i));
    for (name, input) in inputs {
        if let Some(k) = per_k(name, input) {
            let rel = typical.map_or(String::new(), |t| format!("  x{:.2}", k / t));
            println!("  {name:<8} {:>6} words {k:>8.3}{rel}", words(input));
        }
    }
}

fn main() {
    let inputs = inputs();
    if inputs.is_empty() {
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c, &inputs);
    c.final_summary();
    table(&inputs);
}
