//! Name-recognition throughput: tokens per second through `recognize_names`, natively.
//!
//! `cargo bench --bench ner` — reads the CoNLL-2003 and WikiGold dev texts from
//! ../shared (skips when absent), segments and tokenizes them once, then times the
//! recognizer alone (features, model look-ups, Viterbi, document consistency).

use article_summary::entities::recognize_names;
use article_summary::text::{self, SentenceSpan, Token};
use std::time::Instant;

struct Doc {
    text: String,
    sentences: Vec<SentenceSpan>,
    tokens: Vec<Vec<Token>>,
}

fn load(path: &str) -> Vec<Doc> {
    let Ok(body) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    body.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .map(|text| {
            let blocks = text::blocks(&text);
            let sentences = text::sentences(&text, &blocks);
            let tokens = sentences
                .iter()
                .map(|s| text::tokens(&text, s.start, s.end))
                .collect();
            Doc {
                text,
                sentences,
                tokens,
            }
        })
        .collect()
}

fn main() {
    let shared = std::env::var("SHARED").unwrap_or_else(|_| "../shared".into());
    for set in ["conll2003", "wikigold"] {
        let docs = load(&format!("{shared}/data/ner/{set}/dev.jsonl"));
        if docs.is_empty() {
            println!("ner/{set}: data not found under {shared}, skipped");
            continue;
        }
        let tokens: usize = docs
            .iter()
            .map(|d| d.tokens.iter().map(Vec::len).sum::<usize>())
            .sum();
        // Warm up (the model table is built on first use), then time whole passes.
        let mut found = 0;
        for d in &docs {
            found += recognize_names(&d.text, &d.sentences, &d.tokens).len();
        }
        let mut best = f64::INFINITY;
        for _ in 0..5 {
            let t = Instant::now();
            for d in &docs {
                std::hint::black_box(recognize_names(&d.text, &d.sentences, &d.tokens));
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "ner/{set}: {tokens} tokens, {found} names, best of 5: {:.1} ms = {:.0} tokens/s",
            best * 1e3,
            tokens as f64 / best
        );
    }
}
