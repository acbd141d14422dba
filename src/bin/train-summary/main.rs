//! Fits the sentence-scoring model and runs the summarizer over JSONL for evaluation.
//!
//! ```text
//! # fit: writes the model as Rust constants (src/summary/model.rs): boosted trees by
//! # default (what ships), --model linear for the logistic regression
//! xz -dc ../shared/data/summ/train-cnndm-val1k.jsonl.xz ../shared/data/summ/train-inshorts.jsonl.xz \
//!   | cargo run --release --bin train-summary -- fit --out src/summary/model.rs
//!
//! # summarize: {"id", "article"|"text", "title"?} lines in, {"id", "summary"} lines out
//! cargo run --release --bin train-summary -- summarize --sentences 3 < dev.jsonl > out.jsonl
//! cargo run --release --bin train-summary -- summarize --ratio 0.4 --lead < dev.jsonl > lead.jsonl
//! ```
//!
//! Labels come from a greedy ROUGE oracle: for each training article, the sentences
//! (as our segmenter splits them) that together best match the reference summary
//! (mean of ROUGE-1 and ROUGE-2 F1, at most 3 sentences) are positives, the other
//! prose sentences negatives. The model (`--model`) is either gradient-boosted
//! regression trees (the default; see `boost.rs`; `--trees`, `--leaves`, `--depth`,
//! `--learning-rate`, `--min-rows`, `--min-hessian`, `--l2` set how they grow) or a
//! logistic regression on standardised features, fitted by Newton's method with a small
//! L2 penalty.
//!
//! `--cv` prints two-fold cross-validation: ROUGE-1/2 of lead-3 and of the model over
//! the training rows, and of lead-3 and the model's summaries as `analyze` makes them
//! (its sentences, features and selection). `--sentence-kinds` builds the training rows
//! from the sentences `analyze` scores: without it a sentence takes its paragraph's kind,
//! as when the shipped model was fitted (see `rows_of`). `--cv-out DIR` also writes the
//! held-out summaries of ours and of lead-3, for `../shared/tools/rouge_eval.py` to score
//! on the training articles (`scripts/eval-summary-cv.sh`). The folds are every other
//! article; `--cv-seed N` (N > 0) splits the articles by a hash of their index and N
//! instead, so a comparison can be repeated over several splits.

// The small dense linear algebra below reads clearer with explicit indices.
#![allow(clippy::needless_range_loop)]

mod boost;

use article_summary::summary::{self, Model, FEATURES, FEATURE_COUNT};
use article_summary::{text, Form, Length, Options, Parsed};
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("fit") => fit(&args[1..]),
        Some("summarize") => summarize(&args[1..]),
        _ => Err("usage: train-summary fit [--out FILE] [--inshorts-weight W] [--cv] [--cv-out DIR] [--cv-seed N] [--sentence-kinds] \
                  [--model trees [--trees N] [--leaves N] [--depth N] \
                  [--learning-rate R] [--min-rows N] [--min-hessian H] [--l2 L] | --model linear [--pairwise]] < train.jsonl\n       \
                  train-summary summarize [--sentences N | --ratio R] [--lead] [--title] < in.jsonl"
            .to_string()),
    };
    if let Err(e) = result {
        eprintln!("train-summary: {e}");
        std::process::exit(2);
    }
}

fn flag_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn parse<T: std::str::FromStr>(args: &[String], name: &str) -> Result<Option<T>, String> {
    flag_value(args, name)
        .map(|v| v.parse().map_err(|_| format!("bad value for {name}: {v}")))
        .transpose()
}

/// The article text of a JSONL record.
fn article_of(v: &Value) -> Option<&str> {
    v.get("article")
        .or_else(|| v.get("text"))
        .and_then(Value::as_str)
}

fn summarize(args: &[String]) -> Result<(), String> {
    let sentences: Option<u32> = parse(args, "--sentences")?;
    let ratio: Option<f32> = parse(args, "--ratio")?;
    let lead = args.iter().any(|a| a == "--lead");
    let use_title = args.iter().any(|a| a == "--title");
    let length = match (sentences, ratio) {
        (_, Some(r)) => Length::Ratio(r),
        (Some(n), None) => Length::Sentences(n),
        (None, None) => Length::Sentences(3),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let article = article_of(&v).ok_or("record without article/text")?;
        let options = Options {
            length,
            form: Form::KeyPoints,
            title: use_title
                .then(|| v.get("title").and_then(Value::as_str).map(str::to_string))
                .flatten(),
            focus: None,
        };
        let analysis = article_summary::analyze(article, &options).map_err(|e| e.to_string())?;
        let summary = if lead {
            let prose: Vec<&str> = analysis
                .sentences
                .iter()
                .filter(|s| s.kind == article_summary::BlockKind::Prose)
                .map(|s| s.text.as_str())
                .collect();
            let k = match length {
                Length::Ratio(r) => ((prose.len() as f32 * r).round() as usize).max(1),
                Length::Sentences(n) => n as usize,
                Length::Words(_) => 3,
            };
            prose[..k.min(prose.len())].join("\n")
        } else {
            analysis.summary.text
        };
        let record = serde_json::json!({"id": v.get("id"), "summary": summary});
        writeln!(out, "{record}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// One training row: features, label, weight.
struct Row {
    x: [f32; FEATURE_COUNT],
    y: f32,
    w: f32,
}

/// Lower-cased alphanumeric words, stemmed: the token stream ROUGE compares.
fn rouge_tokens(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(summary::stem)
        .collect()
}

fn ngram_counts(tokens: &[&String], n: usize) -> HashMap<Vec<String>, u32> {
    let mut m = HashMap::new();
    for w in tokens.windows(n) {
        *m.entry(w.iter().map(|s| s.to_string()).collect())
            .or_default() += 1;
    }
    m
}

fn f1(candidate: &HashMap<Vec<String>, u32>, reference: &HashMap<Vec<String>, u32>) -> f64 {
    let overlap: u32 = candidate
        .iter()
        .map(|(g, &c)| c.min(*reference.get(g).unwrap_or(&0)))
        .sum();
    let c: u32 = candidate.values().sum();
    let r: u32 = reference.values().sum();
    if overlap == 0 || c == 0 || r == 0 {
        return 0.0;
    }
    let (p, rc) = (overlap as f64 / c as f64, overlap as f64 / r as f64);
    2.0 * p * rc / (p + rc)
}

/// Greedy oracle: indices (into `sentences`) that together maximise ROUGE-1/2 F1.
fn oracle(sentences: &[Vec<String>], reference: &str, max: usize) -> Vec<usize> {
    let reference = rouge_tokens(reference);
    let reference: Vec<&String> = reference.iter().collect();
    let (r1, r2) = (ngram_counts(&reference, 1), ngram_counts(&reference, 2));
    let mut chosen: Vec<usize> = Vec::new();
    let mut best = 0.0;
    while chosen.len() < max {
        let mut step: Option<(usize, f64)> = None;
        for i in 0..sentences.len() {
            if chosen.contains(&i) {
                continue;
            }
            let mut ids = chosen.clone();
            ids.push(i);
            ids.sort_unstable();
            let tokens: Vec<&String> = ids.iter().flat_map(|&j| &sentences[j]).collect();
            let score =
                (f1(&ngram_counts(&tokens, 1), &r1) + f1(&ngram_counts(&tokens, 2), &r2)) / 2.0;
            if score > step.map_or(best, |s| s.1) {
                step = Some((i, score));
            }
        }
        match step {
            Some((i, s)) => {
                chosen.push(i);
                best = s;
            }
            None => break,
        }
    }
    chosen
}

/// A training article: its prose sentences' rows and ROUGE tokens, and the reference.
struct TrainDoc {
    /// The record's `id`, for `--cv-out`.
    id: Value,
    rows: Vec<Row>,
    words: Vec<Vec<String>>,
    reference: String,
    cnndm: bool,
    /// The article and the title it was given, for cross-validation's summaries.
    article: String,
    title: Option<String>,
}

/// Feature rows of one article, labelled by the oracle.
fn rows_of(
    id: Value,
    article: &str,
    title: Option<&str>,
    reference: &str,
    weight: f32,
    cnndm: bool,
    sentence_kinds: bool,
) -> TrainDoc {
    // The same sentences and entities as `analyze`. By default each sentence takes its
    // paragraph's kind, as when the shipped model was fitted, so a dateline or byline
    // split off a prose paragraph is a training row (and the lead's ranks shift) although
    // `analyze` never scores it; `--sentence-kinds` gives the rows `analyze` scores.
    let parsed = Parsed::new(article);
    let spans = &parsed.spans;
    let paragraph_kinds: Vec<_> = spans.iter().map(|s| parsed.blocks[s.block].kind).collect();
    let mut doc = parsed.document(title, None);
    if !sentence_kinds {
        doc.kinds = &paragraph_kinds;
    }
    let feats: Vec<([f32; FEATURE_COUNT], usize)> = summary::features(&doc)
        .into_iter()
        .enumerate()
        .filter_map(|(i, f)| f.map(|f| (f, i)))
        .collect();
    let words: Vec<Vec<String>> = feats
        .iter()
        .map(|&(_, i)| rouge_tokens(&article[spans[i].start..spans[i].end]))
        .collect();
    let positives = oracle(&words, reference, 3);
    let rows = feats
        .iter()
        .enumerate()
        .map(|(p, &(x, _))| Row {
            x,
            y: positives.contains(&p) as u8 as f32,
            w: weight,
        })
        .collect();
    TrainDoc {
        id,
        rows,
        words,
        reference: reference.to_string(),
        cnndm,
        article: article.to_string(),
        title: title.map(str::to_string),
    }
}

/// ROUGE-1 and ROUGE-2 F1 of the chosen sentences of `parsed` (indices into its
/// sentences) against the reference.
fn rouge_of(doc: &TrainDoc, parsed: &Parsed, chosen: &[usize]) -> (f64, f64) {
    let words: Vec<Vec<String>> = chosen
        .iter()
        .map(|&i| rouge_tokens(&parsed.text[parsed.spans[i].start..parsed.spans[i].end]))
        .collect();
    rouge_words(&doc.reference, &words)
}

/// ROUGE-1 and ROUGE-2 F1 of the chosen sentences against the reference.
fn rouge12(doc: &TrainDoc, chosen: &[usize]) -> (f64, f64) {
    let words: Vec<Vec<String>> = chosen.iter().map(|&j| doc.words[j].clone()).collect();
    rouge_words(&doc.reference, &words)
}

/// ROUGE-1 and ROUGE-2 F1 of sentences (as ROUGE tokens) against a reference.
fn rouge_words(reference: &str, sentences: &[Vec<String>]) -> (f64, f64) {
    let reference = rouge_tokens(reference);
    let reference: Vec<&String> = reference.iter().collect();
    let tokens: Vec<&String> = sentences.iter().flatten().collect();
    (
        f1(&ngram_counts(&tokens, 1), &ngram_counts(&reference, 1)),
        f1(&ngram_counts(&tokens, 2), &ngram_counts(&reference, 2)),
    )
}

/// Two-fold cross-validation (every other article held out, or a hash split for `seed` >
/// 0; both sources): mean ROUGE-1/2 F1 on the held-out articles, per source. `rows:`
/// lead-3 and the model's three best of the training rows; `analyze:` lead-3 and the
/// model's 3-sentence summaries as `analyze` makes them (its sentences and features,
/// selection without near-duplicates and with fragments last), with the position
/// contributions multiplied by each of a few factors.
///
/// With `out`, also writes the held-out summaries there as `rouge_eval.py` reads them
/// (`{"id", "summary"}`, one sentence per line): `cv-SOURCE.lead.jsonl` and
/// `cv-SOURCE.ours.jsonl` (position ×1), SOURCE being `cnndm` or `other`, so the
/// official scorer can compare the two on a thousand articles rather than a dev slice.
fn cross_validate(
    docs: &[TrainDoc],
    kind: &Kind,
    seed: u64,
    out: Option<&std::path::Path>,
) -> Result<(), String> {
    // Position contribution multipliers tried: above 1 trusts the lead more.
    const BETAS: [f32; 3] = [1.0, 1.5, 2.0];
    // [source][system][r1/r2]; systems: rows lead-3, rows top 3, analyze lead-3, then
    // analyze with each of BETAS.
    let mut sums = [[[0.0f64; 2]; 3 + BETAS.len()]; 2];
    let mut counts = [0usize; 2];
    // [source][lead, ours]: the held-out summaries, for `out`.
    let mut written: [[Vec<String>; 2]; 2] = Default::default();
    // Seed 0: every other article (the split all the documented figures used).
    let fold_of = |i: usize| -> usize {
        if seed == 0 {
            i % 2
        } else {
            let h = (i as u64 ^ seed).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            (h >> 40) as usize % 2
        }
    };
    for fold in 0..2 {
        let part: Vec<&TrainDoc> = (0..docs.len())
            .filter(|&i| fold_of(i) != fold)
            .map(|i| &docs[i])
            .collect();
        let fitted = train_model(&part, kind);
        let model = fitted.model();
        let score = |x: &[f32; FEATURE_COUNT], beta: f32| -> f32 {
            let mut total = 0.0;
            model.contributions(x, |j, c| {
                total += if FEATURES[j].1 == "position" {
                    beta * c
                } else {
                    c
                }
            });
            total
        };
        for i in (0..docs.len()).filter(|&i| fold_of(i) == fold) {
            let d = &docs[i];
            let src = d.cnndm as usize;
            let lead: Vec<usize> = (0..d.rows.len().min(3)).collect();
            let mut order: Vec<usize> = (0..d.rows.len()).collect();
            order.sort_by(|&a, &b| score(&d.rows[b].x, 1.0).total_cmp(&score(&d.rows[a].x, 1.0)));
            order.truncate(3);
            let mut results: Vec<(f64, f64)> = vec![rouge12(d, &lead), rouge12(d, &order)];
            // Held out as `analyze` sees it: its sentences, kinds and features.
            let parsed = Parsed::new(&d.article);
            let doc = parsed.document(d.title.as_deref(), None);
            let features = summary::features(&doc);
            let prose: Vec<usize> = (0..features.len())
                .filter(|&i| features[i].is_some())
                .collect();
            let lead3 = &prose[..prose.len().min(3)];
            results.push(rouge_of(d, &parsed, lead3));
            for beta in BETAS {
                let scores: Vec<f32> = features
                    .iter()
                    .map(|f| f.map_or(f32::NEG_INFINITY, |x| score(&x, beta)))
                    .collect();
                let chosen =
                    summary::select_scored(&doc, &scores, Length::Sentences(3), Form::KeyPoints);
                results.push(rouge_of(d, &parsed, &chosen));
                if beta == 1.0 && out.is_some() {
                    for (system, sentences) in [lead3, &chosen[..]].into_iter().enumerate() {
                        let text: Vec<String> = sentences
                            .iter()
                            .map(|&i| {
                                let s = &parsed.spans[i];
                                text::display_text(&d.article[s.start..s.end])
                            })
                            .collect();
                        let record = serde_json::json!({"id": d.id, "summary": text.join("\n")});
                        written[src][system].push(record.to_string());
                    }
                }
            }
            for (k, (r1, r2)) in results.into_iter().enumerate() {
                sums[src][k][0] += r1;
                sums[src][k][1] += r2;
            }
            counts[src] += 1;
        }
    }
    for (src, name) in [(1, "cnndm"), (0, "other")] {
        let c = counts[src].max(1) as f64 / 100.0;
        let s = &sums[src];
        let fig = |k: usize| format!("R1 {:.2} R2 {:.2}", s[k][0] / c, s[k][1] / c);
        let mut line = format!(
            "cv {name} ({} articles): rows: lead-3 {} | top3 {} || analyze: lead-3 {}",
            counts[src],
            fig(0),
            fig(1),
            fig(2)
        );
        for (b, beta) in BETAS.iter().enumerate() {
            line += &format!(" | x{beta} {}", fig(b + 3));
        }
        eprintln!("{line}");
    }
    if let Some(dir) = out {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        for (src, name) in [(1, "cnndm"), (0, "other")] {
            for (system, what) in [(0, "lead"), (1, "ours")] {
                let path = dir.join(format!("cv-{name}.{what}.jsonl"));
                let mut lines = written[src][system].join("\n");
                lines.push('\n');
                std::fs::write(&path, lines).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    Ok(())
}

fn fit(args: &[String]) -> Result<(), String> {
    let out_path = flag_value(args, "--out");
    let inshorts_weight: f32 = parse(args, "--inshorts-weight")?.unwrap_or(0.5);
    let kind = Kind::from_args(args)?;
    let sentence_kinds = args.iter().any(|a| a == "--sentence-kinds");
    let mut train: Vec<TrainDoc> = Vec::new();
    let mut docs: HashMap<String, usize> = HashMap::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let (Some(article), Some(reference)) =
            (article_of(&v), v.get("reference").and_then(Value::as_str))
        else {
            continue;
        };
        let source = v.get("source").and_then(Value::as_str).unwrap_or("?");
        let cnndm = source.starts_with("cnndm");
        let weight = if cnndm { 1.0 } else { inshorts_weight };
        // Titles only on every other article: most readers give none, and a model that
        // always had one would lean on it instead of learning centrality.
        let title = v
            .get("title")
            .and_then(Value::as_str)
            .filter(|_| train.len() % 2 == 1);
        train.push(rows_of(
            v.get("id").cloned().unwrap_or(Value::Null),
            article,
            title,
            reference,
            weight,
            cnndm,
            sentence_kinds,
        ));
        *docs.entry(source.to_string()).or_default() += 1;
    }
    let cv_out = flag_value(args, "--cv-out");
    if args.iter().any(|a| a == "--cv") || cv_out.is_some() {
        let seed = parse(args, "--cv-seed")?.unwrap_or(0);
        cross_validate(&train, &kind, seed, cv_out.map(std::path::Path::new))?;
    }
    let all: Vec<&TrainDoc> = train.iter().collect();
    let rows = all.iter().map(|d| d.rows.len()).sum::<usize>();
    if rows == 0 {
        return Err("no training rows on stdin".into());
    }
    let fitted = train_model(&all, &kind);
    let positives = all
        .iter()
        .flat_map(|d| &d.rows)
        .filter(|r| r.y > 0.5)
        .count();
    let mut docs: Vec<_> = docs.into_iter().collect();
    docs.sort();
    let source = model_source(
        &fitted,
        &kind,
        &Stats {
            docs,
            rows,
            positives,
            inshorts_weight,
        },
    );
    match out_path {
        Some(p) => std::fs::write(p, source).map_err(|e| e.to_string())?,
        None => print!("{source}"),
    }
    eprintln!(
        "rows {rows} positives {positives} log-loss {:.4}",
        fitted.loss()
    );
    Ok(())
}

/// Which model `fit` fits.
enum Kind {
    /// Logistic regression: pointwise (each sentence labelled) or pairwise (each oracle
    /// sentence against each other sentence of its article, which learns only what ranks
    /// sentences within an article).
    Linear { pairwise: bool },
    /// Gradient-boosted regression trees, pointwise.
    Trees(boost::Params),
}

/// The trees `--model trees` grows unless told otherwise.
const TREES: boost::Params = boost::Params {
    trees: 75,
    leaves: 7,
    depth: 4,
    learning_rate: 0.1,
    min_rows: 20,
    min_hessian: 1e-3,
    l2: 1.0,
};

impl Kind {
    fn from_args(args: &[String]) -> Result<Kind, String> {
        let pairwise = args.iter().any(|a| a == "--pairwise");
        match flag_value(args, "--model").unwrap_or("trees") {
            "linear" => Ok(Kind::Linear { pairwise }),
            "trees" if pairwise => Err("--pairwise fits only the linear model".into()),
            "trees" => Ok(Kind::Trees(boost::Params {
                trees: parse(args, "--trees")?.unwrap_or(TREES.trees),
                leaves: parse(args, "--leaves")?.unwrap_or(TREES.leaves),
                depth: parse(args, "--depth")?.unwrap_or(TREES.depth),
                learning_rate: parse(args, "--learning-rate")?.unwrap_or(TREES.learning_rate),
                min_rows: parse(args, "--min-rows")?.unwrap_or(TREES.min_rows),
                min_hessian: parse(args, "--min-hessian")?.unwrap_or(TREES.min_hessian),
                l2: parse(args, "--l2")?.unwrap_or(TREES.l2),
            })),
            other => Err(format!("unknown model {other:?} (linear or trees)")),
        }
    }

    /// The `fit` flags that choose this model.
    fn flags(&self) -> String {
        match self {
            Kind::Linear { pairwise } => {
                format!(
                    "--model linear{}",
                    if *pairwise { " --pairwise" } else { "" }
                )
            }
            Kind::Trees(p) => format!(
                "--model trees --trees {} --leaves {} --depth {} --learning-rate {} --min-rows {} \
                 --min-hessian {} --l2 {}",
                p.trees, p.leaves, p.depth, p.learning_rate, p.min_rows, p.min_hessian, p.l2
            ),
        }
    }
}

/// A fitted model.
enum Fitted {
    Linear {
        mean: [f32; FEATURE_COUNT],
        scale: [f32; FEATURE_COUNT],
        weight: [f32; FEATURE_COUNT],
        loss: f64,
    },
    Trees(boost::Ensemble),
}

impl Fitted {
    /// The scorer the summarizer would use.
    fn model(&self) -> Model<'_> {
        match self {
            Fitted::Linear {
                mean,
                scale,
                weight,
                ..
            } => Model::Linear {
                mean,
                scale,
                weight,
            },
            Fitted::Trees(ensemble) => ensemble.model(),
        }
    }

    /// Mean log-loss on the training rows (of the pairs, for a pairwise model).
    fn loss(&self) -> f64 {
        match self {
            Fitted::Linear { loss, .. } => *loss,
            Fitted::Trees(ensemble) => ensemble.loss,
        }
    }
}

fn train_model(docs: &[&TrainDoc], kind: &Kind) -> Fitted {
    let rows: Vec<&Row> = docs.iter().flat_map(|d| &d.rows).collect();
    let pairwise = match kind {
        Kind::Trees(params) => {
            let x: Vec<[f32; FEATURE_COUNT]> = rows.iter().map(|r| r.x).collect();
            let y: Vec<f32> = rows.iter().map(|r| r.y).collect();
            let w: Vec<f32> = rows.iter().map(|r| r.w).collect();
            return Fitted::Trees(boost::fit(&x, &y, &w, params));
        }
        Kind::Linear { pairwise } => *pairwise,
    };
    let rows: Vec<Row> = rows
        .iter()
        .map(|r| Row {
            x: r.x,
            y: r.y,
            w: r.w,
        })
        .collect();
    let (mean, scale) = standardise(&rows);
    let (w, loss) = if pairwise {
        logistic_regression(&pairs(docs, &mean), &mean, &scale, 1e-3)
    } else {
        logistic_regression(&rows, &mean, &scale, 1.0)
    };
    Fitted::Linear {
        mean: mean.map(|v| v as f32),
        scale: scale.map(|v| v as f32),
        weight: std::array::from_fn(|j| w[j] as f32),
        loss,
    }
}

/// The pairwise training rows: each oracle sentence against each other sentence of its
/// article, both ways round.
fn pairs(docs: &[&TrainDoc], mean: &[f64; FEATURE_COUNT]) -> Vec<Row> {
    let mut pairs: Vec<Row> = Vec::new();
    for d in docs {
        let pos: Vec<&Row> = d.rows.iter().filter(|r| r.y > 0.5).collect();
        let neg: Vec<&Row> = d.rows.iter().filter(|r| r.y <= 0.5).collect();
        let weight = d.rows.first().map_or(0.0, |r| r.w) / (pos.len() * neg.len()).max(1) as f32;
        for p in &pos {
            for n in &neg {
                // Shifted by the mean so that standardising gives (p - n) / scale.
                let diff =
                    |a: &Row, b: &Row| std::array::from_fn(|j| a.x[j] - b.x[j] + mean[j] as f32);
                pairs.push(Row {
                    x: diff(p, n),
                    y: 1.0,
                    w: weight,
                });
                pairs.push(Row {
                    x: diff(n, p),
                    y: 0.0,
                    w: weight,
                });
            }
        }
    }
    pairs
}

fn standardise(rows: &[Row]) -> ([f64; FEATURE_COUNT], [f64; FEATURE_COUNT]) {
    let total: f64 = rows.iter().map(|r| r.w as f64).sum();
    let mut mean = [0.0f64; FEATURE_COUNT];
    for r in rows {
        for j in 0..FEATURE_COUNT {
            mean[j] += r.w as f64 * r.x[j] as f64 / total;
        }
    }
    let mut var = [0.0f64; FEATURE_COUNT];
    for r in rows {
        for j in 0..FEATURE_COUNT {
            var[j] += r.w as f64 * (r.x[j] as f64 - mean[j]).powi(2) / total;
        }
    }
    let scale = var.map(|v| if v.sqrt() < 1e-3 { 1.0 } else { v.sqrt() });
    (mean, scale)
}

/// Weighted L2-penalised logistic regression by Newton's method. Returns the weights of
/// the standardised features (the intercept is last) and the mean log-loss.
fn logistic_regression(
    rows: &[Row],
    mean: &[f64; FEATURE_COUNT],
    scale: &[f64; FEATURE_COUNT],
    l2: f64,
) -> (Vec<f64>, f64) {
    let d = FEATURE_COUNT + 1;
    let z = |r: &Row| -> Vec<f64> {
        let mut v: Vec<f64> = (0..FEATURE_COUNT)
            .map(|j| (r.x[j] as f64 - mean[j]) / scale[j])
            .collect();
        v.push(1.0);
        v
    };
    let zs: Vec<Vec<f64>> = rows.iter().map(z).collect();
    let mut w = vec![0.0f64; d];
    let mut loss = 0.0;
    for _ in 0..25 {
        let mut grad = vec![0.0f64; d];
        let mut hess = vec![vec![0.0f64; d]; d];
        loss = 0.0;
        let mut total = 0.0;
        for (r, x) in rows.iter().zip(&zs) {
            let t: f64 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-t).exp());
            let (y, rw) = (r.y as f64, r.w as f64);
            loss -= rw * (y * p.max(1e-12).ln() + (1.0 - y) * (1.0 - p).max(1e-12).ln());
            total += rw;
            for a in 0..d {
                grad[a] += rw * (p - y) * x[a];
                let h = rw * p * (1.0 - p) * x[a];
                for b in a..d {
                    hess[a][b] += h * x[b];
                }
            }
        }
        for a in 0..d {
            for b in 0..a {
                hess[a][b] = hess[b][a];
            }
            if a < FEATURE_COUNT {
                grad[a] += l2 * w[a];
                hess[a][a] += l2;
            }
        }
        let step = solve(hess, grad);
        let size: f64 = step.iter().map(|s| s.abs()).fold(0.0, f64::max);
        w.iter_mut().zip(&step).for_each(|(wi, s)| *wi -= s);
        loss /= total;
        if size < 1e-6 {
            break;
        }
    }
    (w, loss)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let p = a[col][col];
        if p.abs() < 1e-12 {
            continue;
        }
        for row in col + 1..n {
            let f = a[row][col] / p;
            for k in col..n {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-12 {
            0.0
        } else {
            (b[row] - s) / a[row][row]
        };
    }
    x
}

/// What the model was fitted on, for the generated file's header.
struct Stats {
    /// Training documents per source.
    docs: Vec<(String, usize)>,
    rows: usize,
    positives: usize,
    inshorts_weight: f32,
}

/// The Rust source of `src/summary/model.rs` for a fitted model.
fn model_source(fitted: &Fitted, kind: &Kind, stats: &Stats) -> String {
    let list = |v: &mut dyn Iterator<Item = String>| v.collect::<Vec<_>>().join(", ");
    let mut s = String::new();
    s.push_str("//! The sentence-scoring model, written by `train-summary fit` (do not edit by hand).\n//!\n");
    match (fitted, kind) {
        (Fitted::Trees(e), Kind::Trees(p)) => {
            s.push_str(&format!(
                "//! Gradient-boosted regression trees over the sentence features, fitted to the log-loss:\n\
                 //! {} trees of at most {} leaves and {} levels, learning rate {}, at least {} rows per\n\
                 //! leaf, L2 penalty {} ({} nodes, {} bytes of constants). A sentence's score is the sum\n\
                 //! over trees of its leaf's value minus the tree's root value: log-odds against the\n\
                 //! average training sentence (the common bias, {:.3} with the root values, is dropped:\n\
                 //! it does not change the ranking). Each split on a sentence's path adds its change of\n\
                 //! value to its feature's group, so the contributions sum to the score (`scorer.rs`).\n",
                e.roots.len(),
                p.leaves,
                p.depth,
                p.learning_rate,
                p.min_rows,
                p.l2,
                e.nodes.len(),
                e.roots.len() * std::mem::size_of::<u16>()
                    + e.nodes.len() * std::mem::size_of::<summary::Node>(),
                e.bias
                    + e.roots
                        .iter()
                        .map(|&r| e.nodes[r as usize].value() as f64)
                        .sum::<f64>()
            ));
        }
        _ => s.push_str(
            "//! A logistic regression over standardised sentence features: a sentence's score is\n\
             //! `sum_j WEIGHT[j] * (x[j] - MEAN[j]) / SCALE[j]` (the intercept is dropped: it does\n\
             //! not change the ranking).\n",
        ),
    }
    s.push_str("//!\n//! Labels: greedy ROUGE-1/2 oracle sentences (at most 3) against the reference summaries\n");
    s.push_str("//! of training articles that are not in any dev or test slice.\n//!\n");
    s.push_str("//! Reproduce:\n//! ```text\n//! xz -dc ../shared/data/summ/train-cnndm-val1k.jsonl.xz ../shared/data/summ/train-inshorts.jsonl.xz \\\n");
    s.push_str(&format!(
        "//!   | cargo run --release --bin train-summary -- fit --inshorts-weight {} {} --out src/summary/model.rs\n//! cargo fmt\n//! ```\n//!\n",
        stats.inshorts_weight,
        kind.flags()
    ));
    let docs_text = stats
        .docs
        .iter()
        .map(|(src, n)| format!("{src} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    s.push_str(&format!(
        "//! Training documents: {docs_text}; {} sentences, {} positive; mean log-loss {:.4}.\n//!\n",
        stats.rows,
        stats.positives,
        fitted.loss()
    ));
    let names = list(&mut FEATURES.iter().map(|(n, _)| format!("{n:?}")));
    let floats = |v: &[f32]| list(&mut v.iter().map(|v| format!("{v:?}")));
    match fitted {
        Fitted::Linear {
            mean,
            scale,
            weight,
            ..
        } => {
            s.push_str("//! | feature | weight (per standard deviation) |\n//! |---|---|\n");
            for (j, (name, _)) in FEATURES.iter().enumerate() {
                s.push_str(&format!("//! | {name} | {:+.3} |\n", weight[j]));
            }
            s.push_str("\nuse super::scorer::Model;\n\n");
            s.push_str(&format!("/// Feature names, in the order of `features::FEATURES`.\n#[cfg(test)]\npub(super) const NAMES: [&str; {FEATURE_COUNT}] = [{names}];\n"));
            s.push_str("/// The scorer.\npub(super) const MODEL: Model<'static> = Model::Linear {\n    mean: &MEAN,\n    scale: &SCALE,\n    weight: &WEIGHT,\n};\n");
            for (name, doc, values) in [
                ("MEAN", "Feature means over the training sentences.", mean),
                (
                    "SCALE",
                    "Feature standard deviations (1 where a feature is constant).",
                    scale,
                ),
                ("WEIGHT", "Weights of the standardised features.", weight),
            ] {
                s.push_str(&format!(
                    "/// {doc}\nconst {name}: [f32; {FEATURE_COUNT}] = [{}];\n",
                    floats(values)
                ));
            }
        }
        Fitted::Trees(e) => {
            let total: f64 = e.gain.iter().sum::<f64>().max(f64::MIN_POSITIVE);
            let mut splits = [0usize; FEATURE_COUNT];
            for n in e.nodes.iter().filter(|n| n.feature != summary::LEAF) {
                splits[n.feature as usize] += 1;
            }
            let mut groups: Vec<(&str, f64)> = Vec::new();
            for (j, &(_, group)) in FEATURES.iter().enumerate() {
                match groups.iter_mut().find(|g| g.0 == group) {
                    Some(g) => g.1 += e.gain[j],
                    None => groups.push((group, e.gain[j])),
                }
            }
            s.push_str(&format!(
                "//! Share of the total split gain by group: {}.\n//!\n",
                list(
                    &mut groups
                        .iter()
                        .map(|(g, v)| format!("{g} {:.1}%", 100.0 * v / total))
                )
            ));
            s.push_str("//! | feature | group | splits | share of gain |\n//! |---|---|---|---|\n");
            for (j, (name, group)) in FEATURES.iter().enumerate() {
                s.push_str(&format!(
                    "//! | {name} | {group} | {} | {:.1}% |\n",
                    splits[j],
                    100.0 * e.gain[j] / total
                ));
            }
            s.push_str("\nuse super::scorer::{Model, Node};\n\n");
            s.push_str(&format!("/// Feature names, in the order of `features::FEATURES`.\n#[cfg(test)]\npub(super) const NAMES: [&str; {FEATURE_COUNT}] = [{names}];\n"));
            s.push_str("/// The scorer.\npub(super) const MODEL: Model<'static> = Model::Trees {\n    roots: &ROOTS,\n    nodes: &NODES,\n};\n");
            s.push_str(&format!(
                "/// Index in `NODES` of each tree's root.\nconst ROOTS: [u16; {}] = [{}];\n",
                e.roots.len(),
                list(&mut e.roots.iter().map(u16::to_string))
            ));
            let node = |n: &summary::Node| {
                if n.feature == summary::LEAF {
                    format!("Node::leaf({})", n.steps)
                } else {
                    format!(
                        "Node::split({}, {:?}, {}, {})",
                        n.feature, n.threshold, n.right, n.steps
                    )
                }
            };
            // One tree per line (rustfmt would give every node its own).
            let mut trees = String::new();
            for (t, &root) in e.roots.iter().enumerate() {
                let end = e.roots.get(t + 1).map_or(e.nodes.len(), |&r| r as usize);
                let line = list(&mut e.nodes[root as usize..end].iter().map(node));
                trees += &format!("    {line},\n");
            }
            s.push_str(&format!(
                "/// The trees, each in preorder: `split(feature, threshold, right child's distance, value)`,\n\
                 /// `leaf(value)`; values in steps of `VALUE_STEP`.\n#[rustfmt::skip]\nconst NODES: [Node; {}] = [\n{trees}];\n",
                e.nodes.len()
            ));
        }
    }
    s
}
