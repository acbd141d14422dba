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
            "--out" => out = value()?.into(),
            "--verbose" => verbose = true,
            "--no-extra" => no_extra = true,
            "-h" | "--help" => {
                println!("usage: train-ner TRAIN.txt [DEV.txt] [--extra FILE]... [--epochs N] [--no-extra] [--step S] [--min-weight W] [--out PATH] [--verbose]");
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
    let sentences: usize = docs.iter().map(|d| d.sents.len()).sum();
    eprintln!(
        "training on {} documents, {sentences} sentences; {settings:?}",
        docs.len()
    );
    let trained = train::train(&docs, &settings, |epoch, t| {
        if verbose {
            let model = Model::from_bytes(&t.to_bytes(settings.step, settings.min_weight))
                .expect("own format");
            eprintln!(
                "epoch {epoch:2}: dev {}",
                train::evaluate(&model, &dev).report()
            );
        }
    });
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
