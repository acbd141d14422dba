#![cfg(not(target_arch = "wasm32"))]
//! Entity patterns against a hand-annotated set, and mention merging.

use article_summary::entities::{merge, recognize_patterns, Label, Span};
use article_summary::text::{self, SentenceSpan};

fn label(name: &str) -> Label {
    match name {
        "DATE" => Label::Date,
        "TIME" => Label::Time,
        "MONEY" => Label::Money,
        "PERCENT" => Label::Percent,
        "NUMBER" => Label::Number,
        "PER" => Label::Per,
        "ORG" => Label::Org,
        "LOC" => Label::Loc,
        "MISC" => Label::Misc,
        other => panic!("unknown label {other}"),
    }
}

/// Strips `[LABEL text]` markup: the plain text and the marked spans (byte offsets).
fn parse(line: &str) -> (String, Vec<(usize, usize, Label)>) {
    let mut plain = String::new();
    let mut spans = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        plain.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find(']').expect("unclosed [");
        let (name, body) = after[..close].split_once(' ').expect("[LABEL text]");
        let start = plain.len();
        plain.push_str(body);
        spans.push((start, plain.len(), label(name)));
        rest = &after[close + 1..];
    }
    plain.push_str(rest);
    (plain, spans)
}

/// Pattern spans of one line, tokenized as one sentence (so segmentation does not matter).
fn patterns(text: &str) -> Vec<(usize, usize, Label)> {
    let toks = text::tokens(text, 0, text.len());
    let sent = SentenceSpan {
        start: 0,
        end: text.len(),
        block: 0,
    };
    recognize_patterns(text, &[sent], &[toks])
        .into_iter()
        .map(|s| (s.start, s.end, s.label))
        .collect()
}

#[test]
fn patterns_match_the_annotated_set_exactly() {
    let data = include_str!("data/patterns.txt");
    let (mut gold_n, mut found_n, mut correct) = (0, 0, 0);
    let mut errors = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (plain, gold) = parse(line);
        let found = patterns(&plain);
        gold_n += gold.len();
        found_n += found.len();
        correct += found.iter().filter(|f| gold.contains(f)).count();
        let show = |v: &[(usize, usize, Label)]| {
            v.iter()
                .map(|&(s, e, l)| format!("[{} {}]", l.as_str(), &plain[s..e]))
                .collect::<Vec<_>>()
                .join(" ")
        };
        if found != gold {
            errors.push(format!(
                "{plain}\n  want {}\n  got  {}",
                show(&gold),
                show(&found)
            ));
        }
    }
    let precision = correct as f64 / found_n.max(1) as f64;
    let recall = correct as f64 / gold_n.max(1) as f64;
    println!(
        "patterns: {gold_n} gold, {found_n} found, precision {precision:.3}, recall {recall:.3}"
    );
    assert!(gold_n > 50, "the annotated set is missing");
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
