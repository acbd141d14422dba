//! Command-line front for batch runs and evaluation.
//!
//! ```text
//! article-summary [OPTIONS] [FILE]          readable summary and entity list (stdin without FILE)
//! article-summary --json [OPTIONS] [FILE]   the full analysis as JSON (code-point offsets)
//! article-summary batch [OPTIONS] < in.jsonl > out.jsonl
//! article-summary extract [FILE.html]        the article body found in a saved page
//! ```
//! `--html` makes FILE a saved web page: its article is found, then summarised.
//! Options: --sentences N | --words N | --ratio R, --form key-points|tldr|headline,
//! --title TEXT, --focus TEXT.

use article_summary::extract;
use article_summary::offsets::{self, Unit};
use article_summary::{analyze, Analysis, Form, Length, Options};
use serde_json::{json, Value};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: article-summary [--json] [OPTIONS] [FILE]
       article-summary batch [OPTIONS] < in.jsonl > out.jsonl
       article-summary extract [FILE.html]

Summarises a news article and lists its named entities. Reads FILE, or stdin.

options:
  --sentences N       summary length in sentences (default 3)
  --words N           summary length as a word budget
  --ratio R           summary length as a fraction of the article's sentences (0 < R <= 1)
  --form F            key-points (default), tldr or headline
  --title TEXT        the article's title (steers selection)
  --focus TEXT        a focus term (steers selection)
  --json              print the whole analysis as JSON (offsets in code points)
  --html              FILE is a web page: summarise the article found in it
                      (offsets are then into the extracted text)
  -h, --help          this text

batch: one JSON object per input line, {\"id\", \"text\"} (or \"article\"); a line may
override the length with \"sentences\", \"words\" or \"ratio\", and give a \"title\".
Each output line is {\"id\", \"summary\", \"sentences\", \"entities\", \"keyphrases\"},
offsets in Unicode code points. A bad line is reported on stderr and the exit status
is 1 at the end; the other lines are still processed.

extract: prints the article body found in a saved web page as plain text (no title,
paragraphs separated by blank lines).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("article-summary: {message}");
            ExitCode::from(2)
        }
    }
}

/// What the command line asked for.
struct Command {
    mode: Mode,
    options: Options,
    file: Option<String>,
    /// The input is a web page: summarise the article found in it.
    html: bool,
}

enum Mode {
    Readable,
    Json,
    Batch,
    Extract,
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let command = parse_args(args)?;
    match command.mode {
        Mode::Batch => Ok(batch(&command.options)),
        Mode::Extract => {
            let page = read_input(command.file.as_deref())?;
            emit(&page_article(&page)?.text())?;
            Ok(ExitCode::SUCCESS)
        }
        Mode::Readable | Mode::Json => {
            let mut text = read_input(command.file.as_deref())?;
            let mut options = command.options.clone();
            if command.html {
                let article = page_article(&text)?;
                text = article.text();
                options.title = options.title.or(article.title);
            }
            let mut analysis = analyze(&text, &options).map_err(|e| e.to_string())?;
            offsets::convert(&mut analysis, &text, Unit::CodePoint);
            let out = if matches!(command.mode, Mode::Json) {
                serde_json::to_string_pretty(&analysis).map_err(|e| e.to_string())?
            } else {
                readable(&analysis)
            };
            emit(&out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints `text` and a newline. A reader that stops early (`| head`) is not an error:
/// the rest is simply not wanted, where `println!` would panic on the closed pipe.
fn emit(text: &str) -> Result<(), String> {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

/// The article found in a web page.
#[cfg(not(target_arch = "wasm32"))]
fn page_article(html: &str) -> Result<extract::Article, String> {
    Ok(extract::extract(&extract::parse_html(html)))
}

/// The HTML parser is native-only, so the wasm build of the CLI cannot read pages.
#[cfg(target_arch = "wasm32")]
fn page_article(_html: &str) -> Result<extract::Article, String> {
    Err("reading HTML pages needs the native build".into())
}

fn parse_args(args: Vec<String>) -> Result<Command, String> {
    let mut command = Command {
        mode: Mode::Readable,
        options: Options::default(),
        file: None,
        html: false,
    };
    let mut it = args.into_iter().peekable();
    match it.peek().map(String::as_str) {
        Some("batch") => command.mode = Mode::Batch,
        Some("extract") => command.mode = Mode::Extract,
        _ => {}
    }
    if !matches!(command.mode, Mode::Readable) {
        it.next();
    }
    let mut length_given = false;
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                let code = if emit(USAGE).is_ok() { 0 } else { 2 };
                std::process::exit(code);
            }
            "--json" => command.mode = Mode::Json,
            "--html" => command.html = true,
            "--sentences" | "--words" | "--ratio" => {
                if length_given {
                    return Err("give only one of --sentences, --words, --ratio".into());
                }
                length_given = true;
                let v = value(&arg)?;
                command.options.length = parse_length(&arg[2..], &v)?;
            }
            "--form" => command.options.form = parse_form(&value("--form")?)?,
            "--title" => command.options.title = Some(value("--title")?),
            "--focus" => command.options.focus = Some(value("--focus")?),
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option {s}\n\n{USAGE}"))
            }
            _ if command.file.is_none() && !matches!(command.mode, Mode::Batch) => {
                command.file = Some(arg)
            }
            _ => return Err(format!("unexpected argument {arg}\n\n{USAGE}")),
        }
    }
    command.options.validate().map_err(|e| e.to_string())?;
    Ok(command)
}

fn parse_length(unit: &str, v: &str) -> Result<Length, String> {
    let bad = || format!("--{unit} needs a number, got {v:?}");
    Ok(match unit {
        "sentences" => Length::Sentences(v.parse().map_err(|_| bad())?),
        "words" => Length::Words(v.parse().map_err(|_| bad())?),
        _ => Length::Ratio(v.parse().map_err(|_| bad())?),
    })
}

fn parse_form(v: &str) -> Result<Form, String> {
    match v {
        "key-points" => Ok(Form::KeyPoints),
        "tldr" => Ok(Form::Tldr),
        "headline" => Ok(Form::Headline),
        _ => Err(format!(
            "--form must be key-points, tldr or headline, got {v:?}"
        )),
    }
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    let bytes = match file {
        None | Some("-") => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("reading stdin: {e}"))?;
            buf
        }
        Some(path) => std::fs::read(path).map_err(|e| format!("reading {path}: {e}"))?,
    };
    // Pasted text may carry stray invalid bytes: replace them rather than refuse.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn label_name(label: article_summary::Label) -> &'static str {
    use article_summary::Label::*;
    match label {
        Per => "people",
        Org => "organizations",
        Loc => "places",
        Misc => "other names",
        Date | Time => "dates and times",
        Money => "money",
        Percent | Number => "numbers",
    }
}

fn readable(a: &Analysis) -> String {
    let mut out = String::new();
    let minutes = |s: u32| (s as f32 / 60.0).max(0.1);
    out.push_str(&format!(
        "Summary ({} of {} sentences, {} words; article {} words, {:.1} min read)\n\n",
        a.summary.sentences.len(),
        a.stats.sentences,
        a.summary.words,
        a.stats.words,
        minutes(a.stats.reading_seconds),
    ));
    match a.summary.form {
        // A tl;dr reads as one paragraph; key points and a headline as lines.
        Form::Tldr => out.push_str(&format!("  {}\n", a.summary.text)),
        _ => {
            for &i in &a.summary.sentences {
                out.push_str(&format!("  • {}\n", a.sentences[i].text));
            }
        }
    }
    if !a.entities.is_empty() {
        out.push_str("\nEntities\n");
        let mut labels: Vec<_> = a.entities.iter().map(|e| label_name(e.label)).collect();
        labels.dedup();
        let mut seen = Vec::new();
        for name in labels {
            if seen.contains(&name) {
                continue;
            }
            seen.push(name);
            let items: Vec<String> = a
                .entities
                .iter()
                .filter(|e| label_name(e.label) == name)
                .map(|e| {
                    if e.count > 1 {
                        format!("{} ×{}", e.canonical, e.count)
                    } else {
                        e.canonical.clone()
                    }
                })
                .collect();
            out.push_str(&format!("  {name}: {}\n", items.join(", ")));
        }
    }
    if !a.keyphrases.is_empty() {
        let phrases: Vec<&str> = a.keyphrases.iter().map(|k| k.text.as_str()).collect();
        out.push_str(&format!("\nKeyphrases: {}\n", phrases.join("; ")));
    }
    out
}

/// One JSONL line in, one out; bad lines are reported and skipped.
fn batch(defaults: &Options) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line_no = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("line {line_no}: cannot read: {e}");
                failures += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match batch_line(&line, defaults) {
            Ok(v) => {
                if writeln!(out, "{v}").is_err() {
                    eprintln!("article-summary: cannot write output");
                    return ExitCode::from(2);
                }
            }
            Err((id, message)) => {
                let who = id.map_or(format!("line {line_no}"), |id| {
                    format!("line {line_no} (id {id})")
                });
                eprintln!("{who}: {message}");
                failures += 1;
            }
        }
    }
    let _ = out.flush();
    if failures > 0 {
        eprintln!("article-summary: {failures} line(s) failed");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn batch_line(line: &str, defaults: &Options) -> Result<Value, (Option<String>, String)> {
    let v: Value = serde_json::from_str(line).map_err(|e| (None, format!("not JSON: {e}")))?;
    let id = match v.get("id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let fail = |m: String| (id.clone(), m);
    let text = v
        .get("text")
        .or_else(|| v.get("article"))
        .and_then(Value::as_str)
        .ok_or_else(|| fail("no \"text\" (or \"article\") string".into()))?;

    let mut options = defaults.clone();
    for unit in ["sentences", "words", "ratio"] {
        if let Some(x) = v.get(unit) {
            let s = match x {
                Value::Number(n) => n.to_string(),
                _ => return Err(fail(format!("\"{unit}\" must be a number"))),
            };
            options.length = parse_length(unit, &s).map_err(&fail)?;
        }
    }
    if let Some(t) = v.get("title").and_then(Value::as_str) {
        options.title = Some(t.to_string());
    }
    let mut a = analyze(text, &options).map_err(|e| fail(e.to_string()))?;
    offsets::convert(&mut a, text, Unit::CodePoint);

    let sentences: Vec<Value> = a
        .sentences
        .iter()
        .map(|s| {
            json!({"start": s.start, "end": s.end, "text": s.text, "score": s.score,
                   "selected": s.selected, "kind": s.kind})
        })
        .collect();
    let entities: Vec<Value> = a
        .mentions
        .iter()
        .map(|m| {
            json!({"start": m.start, "end": m.end, "label": m.label, "text": m.text,
                   "canonical": a.entities[m.entity].canonical})
        })
        .collect();
    let keyphrases: Vec<&str> = a.keyphrases.iter().map(|k| k.text.as_str()).collect();
    Ok(json!({
        "id": v.get("id").cloned().unwrap_or(Value::Null),
        "summary": a.summary.text,
        "sentences": sentences,
        "entities": entities,
        "keyphrases": keyphrases,
    }))
}
