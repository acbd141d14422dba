//! Trains the name recognizer and writes `models/ner.bin`.
//!
//! ```text
//! cargo run --release --bin train-ner -- TRAIN.txt [DEV.txt] [--extra FILE]... [--epochs N]
//!     [--step S] [--out PATH]
//! ```
//! DEV defaults to the `dev.txt` beside TRAIN. `--extra` adds a training file whose
//! sentences are separate documents; without any `--extra`, the WNUT-17 training file
//! is used when it lies at `../wnut17/wnut17train.conll` from TRAIN's folder (it lifts
//! WikiGold without hurting CoNLL); `--no-extra` turns that off.
//! The lexicon of common lower-case words also counts the words of unlabelled news
//! (`--lexicon-corpus FILE`, JSONL with "article" or "text", `.xz` read through
//! `xz -dc`); by default `../../summ/train-inshorts.jsonl.xz` and
//! `../../summ/train-cnndm-val1k.jsonl.xz` from TRAIN's folder, when present.
//! `--no-lexicon-corpus` leaves them out.
//! The same inputs give the same bytes.

use article_summary::entities::ner::train::{self, Settings};
use article_summary::entities::ner::Model;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-ner: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut extra: Vec<PathBuf> = Vec::new();
    let mut settings = Settings::default();
    let mut out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models/ner.bin");
    let mut verbose = false;
    let mut no_extra = false;
    // Mean of three runs with different shuffles: steadier than one run (a single
    // run's WikiGold F1 moves about a point with any small change).
    let mut runs: u64 = 3;
    let mut corpora: Vec<PathBuf> = Vec::new();
    let mut no_corpus = false;
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--extra" => extra.push(value()?.into()),
            "--epochs" => {
                settings.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?
            }
            "--step" => settings.step = value()?.parse().map_err(|e| format!("--step: {e}"))?,
            "--min-weight" => {
                settings.min_weight = value()?.parse().map_err(|e| format!("--min-weight: {e}"))?
            }
            "--lexicon-corpus" => corpora.push(value()?.into()),
            "--no-lexicon-corpus" => no_corpus = true,
            "--out" => out = value()?.into(),
            "--verbose" => verbose = true,
            "--no-extra" => no_extra = true,
            "--runs" => runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "-h" | "--help" => {
                println!("usage: train-ner TRAIN.txt [DEV.txt] [--extra FILE]... [--epochs N] [--runs N] [--no-extra] [--lexicon-corpus FILE]... [--no-lexicon-corpus] [--step S] [--min-weight W] [--out PATH] [--verbose]");
                return Ok(());
            }
            _ => paths.push(a.into()),
        }
    }
    let train_path = paths.first().ok_or("no training file given")?.clone();
    let dev_path = paths
        .get(1)
        .cloned()
        .unwrap_or_else(|| train_path.with_file_name("dev.txt"));
    let read =
        |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    if extra.is_empty() && !no_extra {
        let wnut = train_path
            .parent()
            .map(|d| d.join("../wnut17/wnut17train.conll"))
            .filter(|p| p.exists());
        extra.extend(wnut);
    }
    for p in &extra {
        eprintln!("extra training file: {}", p.display());
    }
    let mut docs = train::read_conll(&read(&train_path)?, false);
    for p in &extra {
        docs.extend(train::read_conll(&read(p)?, true));
    }
    let dev = train::read_conll(&read(&dev_path)?, false);
    if corpora.is_empty() && !no_corpus {
        for name in ["train-inshorts.jsonl.xz", "train-cnndm-val1k.jsonl.xz"] {
            let p = train_path.parent().map(|d| d.join("../../summ").join(name));
            corpora.extend(p.filter(|p| p.exists()));
        }
    }
    let mut articles = Vec::new();
    for p in &corpora {
        eprintln!("lexicon corpus: {}", p.display());
        articles.extend(read_articles(p)?);
    }
    settings.lexicon_words = train::common_words(articles.iter().map(String::as_str), 3);
    let sentences: usize = docs.iter().map(|d| d.sents.len()).sum();
    eprintln!(
        "training on {} documents, {sentences} sentences; lexicon: {} corpus words; \
         {} epochs, seed {}, step {}, min weight {}",
        docs.len(),
        settings.lexicon_words.len(),
        settings.epochs,
        settings.seed,
        settings.step,
        settings.min_weight
    );
    let mut trained = train::train(&docs, &settings, |epoch, t| {
        if verbose {
            let model = Model::from_bytes(&t.to_bytes(settings.step, settings.min_weight))
                .expect("own format");
            eprintln!(
                "epoch {epoch:2}: dev {}",
                train::evaluate(&model, &dev).report()
            );
        }
    });
    for r in 1..runs.max(1) {
        let mut s = settings.clone();
        s.seed = settings.seed.wrapping_add(r * 7919);
        trained.add(&train::train(&docs, &s, |_, _| {}));
    }
    trained.scale(runs.max(1) as f32);
    let bytes = trained.to_bytes(settings.step, settings.min_weight);
    let model = Model::from_bytes(&bytes).ok_or("the written model does not read back")?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "wrote {} ({} bytes, {} features)",
        out.display(),
        bytes.len(),
        model.features()
    );
    println!(
        "dev {}: {}",
        dev_path.display(),
        train::evaluate(&model, &dev).report()
    );
    Ok(())
}

/// The "article" (or "text") strings of a JSONL file, decompressed with `xz -dc`
/// when the name ends in `.xz`.
fn read_articles(path: &PathBuf) -> Result<Vec<String>, String> {
    let body = if path.extension().is_some_and(|e| e == "xz") {
        let out = std::process::Command::new("xz")
            .arg("-dc")
            .arg(path)
            .output()
            .map_err(|e| format!("xz -dc {}: {e}", path.display()))?;
        if !out.status.success() {
            return Err(format!("xz -dc {} failed", path.display()));
        }
        String::from_utf8(out.stdout).map_err(|e| format!("{}: {e}", path.display()))?
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?
    };
    let mut out = Vec::new();
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(t) = v
            .get("article")
            .or_else(|| v.get("text"))
            .and_then(|t| t.as_str())
        {
            out.push(t.to_string());
        }
    }
    Ok(out)
}
