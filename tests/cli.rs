#![cfg(not(target_arch = "wasm32"))]
//! The command-line front as a batch user drives it.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-summary"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // The CLI may exit (on a bad option) before reading its input: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

const ARTICLE: &str = "Officials in Paris said on Monday that the plan would cost €2 billion. \
The mayor, Anne Hidalgo, welcomed the plan. Critics said the money was better spent on schools. \
The council votes in March. Hidalgo said she expected 75% support.";

#[test]
fn batch_keeps_going_past_bad_lines_and_fails_at_the_end() {
    let good = serde_json::json!({"id": "a", "text": ARTICLE}).to_string();
    let article_field = serde_json::json!({"id": 7, "article": ARTICLE}).to_string();
    let input = format!("{good}\nnot json\n{{\"id\": \"no-text\"}}\n{article_field}\n");
    let (stdout, stderr, code) = run(&["batch", "--sentences", "2"], &input);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "both good lines produce output");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[0]["summary"].as_str().unwrap().lines().count(), 2);
    assert!(
        stderr.contains("line 2"),
        "the malformed line is named: {stderr}"
    );
    assert!(
        stderr.contains("no-text"),
        "the line without text is named by id: {stderr}"
    );
    assert_eq!(code, 1);
}

#[test]
fn batch_offsets_are_code_points() {
    // Astral characters before the entities make byte, UTF-16 and code-point offsets differ.
    let text = format!("😀😀 {ARTICLE}");
    let input = serde_json::json!({"id": "x", "text": text}).to_string();
    let (stdout, _, code) = run(&["batch"], &input);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let entities = v["entities"].as_array().unwrap();
    assert!(!entities.is_empty());
    for e in entities {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let slice: String = chars[s..t].iter().collect();
        assert_eq!(slice, e["text"].as_str().unwrap());
    }
}

#[test]
fn readable_and_json_modes_read_stdin() {
    let (stdout, _, code) = run(&[], ARTICLE);
    assert_eq!(code, 0);
    assert!(stdout.contains("Summary"));
    let (json, _, code) = run(&["--json", "--sentences", "1"], ARTICLE);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"]["sentences"].as_array().unwrap().len(), 1);
}

#[test]
fn bad_options_are_refused_with_their_name() {
    let (_, stderr, code) = run(&["--ratio", "1.5"], ARTICLE);
    assert_ne!(code, 0);
    assert!(stderr.contains("ratio"), "{stderr}");
    let (_, stderr, code) = run(&["--sentences", "3", "--words", "50"], ARTICLE);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("--words") || stderr.contains("only one"),
        "{stderr}"
    );
}

#[test]
fn the_readable_forms_print_bullets_or_one_paragraph() {
    let (points, _, code) = run(&["--sentences", "2"], ARTICLE);
    assert_eq!(code, 0);
    assert_eq!(points.lines().filter(|l| l.starts_with("  • ")).count(), 2);
    let (tldr, _, code) = run(&["--sentences", "2", "--form", "tldr"], ARTICLE);
    assert_eq!(code, 0);
    assert!(!tldr.contains('•'), "a tl;dr has no bullets: {tldr}");
    let paragraph = tldr.lines().find(|l| l.starts_with("  ")).unwrap();
    let sentences = paragraph.matches(". ").count() + 1;
    assert_eq!(sentences, 2, "both sentences on one line: {tldr}");
}

/// `article-summary --json FILE | head -1`: the reader leaves before the output is
/// written (it is larger than a pipe holds), which must end quietly, not in a panic.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-summary"))
        .arg("--json")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    drop(child.stdout.take());
    let _ = child
        .stdin
        .take()
        .unwrap()
        .write_all(ARTICLE.repeat(300).as_bytes());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}
