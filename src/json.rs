//! The analysis as compact JSON, written by hand for the wasm boundary.
//!
//! The browser gets the whole result as one JSON string and one `JSON.parse` (faster
//! than building the object property by property across the boundary). Writing it
//! here instead of through `serde_json` keeps serde_json's serializer and its error
//! machinery out of the `.wasm`; floats go through `zmij`, the same shortest
//! round-trip writer serde_json uses, so the output is byte for byte
//! `serde_json::to_string(&analysis)` (a test checks it on real articles).

use crate::analysis::{Analysis, Contribution, Entity, Mention, Sentence, Stats, Summary};
use crate::keyphrases::Keyphrase;
use crate::options::Form;
use crate::text::BlockKind;

impl Analysis {
    /// The analysis as compact JSON: the same text `serde_json::to_string` gives for
    /// the `Serialize` derive (field names in camelCase, non-finite floats as `null`).
    pub fn to_json(&self) -> String {
        let mut w = Writer(String::with_capacity(
            self.cleaned_text.len() * 3 + 256 * self.sentences.len() + 1024,
        ));
        w.open('{', "cleanedText");
        w.string(&self.cleaned_text);
        w.key("sentences");
        w.list(&self.sentences, Writer::sentence);
        w.key("summary");
        w.summary(&self.summary);
        w.key("mentions");
        w.list(&self.mentions, Writer::mention);
        w.key("entities");
        w.list(&self.entities, Writer::entity);
        w.key("keyphrases");
        w.list(&self.keyphrases, Writer::keyphrase);
        w.key("stats");
        w.stats(&self.stats);
        w.0.push('}');
        w.0
    }
}

struct Writer(String);

impl Writer {
    /// `{"first":` (or `[`-less: only objects open with a key).
    fn open(&mut self, brace: char, first: &str) {
        self.0.push(brace);
        self.0.push('"');
        self.0.push_str(first);
        self.0.push_str("\":");
    }

    /// `,"name":` — names are ASCII identifiers, no escaping needed.
    fn key(&mut self, name: &str) {
        self.0.push_str(",\"");
        self.0.push_str(name);
        self.0.push_str("\":");
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.0.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            item(self, x);
        }
        self.0.push(']');
    }

    fn uint(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n as u64;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            self.0.push(d as char);
        }
    }

    fn uints(&mut self, ns: &[usize]) {
        self.list(ns, |w, &n| w.uint(n));
    }

    fn float(&mut self, x: f32) {
        if x.is_finite() {
            self.0.push_str(zmij::Buffer::new().format_finite(x));
        } else {
            self.0.push_str("null");
        }
    }

    fn bool(&mut self, b: bool) {
        self.0.push_str(if b { "true" } else { "false" });
    }

    /// A JSON string: `"` and `\` escaped, control characters as serde_json writes
    /// them (`\n`, `\t`, ... or `\u00XX`), everything else as is.
    fn string(&mut self, s: &str) {
        self.0.push('"');
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.0.push_str(&s[run..i]);
            run = i + 1;
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.push_str("\\u00");
                self.0.push(HEX[usize::from(b >> 4)] as char);
                self.0.push(HEX[usize::from(b & 15)] as char);
            } else {
                self.0.push_str(escape);
            }
        }
        self.0.push_str(&s[run..]);
        self.0.push('"');
    }

    fn sentence(&mut self, s: &Sentence) {
        self.open('{', "index");
        self.uint(s.index);
        self.key("start");
        self.uint(s.start);
        self.key("end");
        self.uint(s.end);
        self.key("text");
        self.string(&s.text);
        self.key("paragraph");
        self.uint(s.paragraph);
        self.key("kind");
        self.string(match s.kind {
            BlockKind::Prose => "prose",
            BlockKind::Heading => "heading",
            BlockKind::Boilerplate => "boilerplate",
        });
        self.key("score");
        match s.score {
            Some(x) => self.float(x),
            None => self.0.push_str("null"),
        }
        self.key("selected");
        self.bool(s.selected);
        self.key("contributions");
        self.list(&s.contributions, |w, c: &Contribution| {
            w.open('{', "feature");
            w.string(c.feature);
            w.key("value");
            w.float(c.value);
            w.0.push('}');
        });
        self.0.push('}');
    }

    fn summary(&mut self, s: &Summary) {
        self.open('{', "sentences");
        self.uints(&s.sentences);
        self.key("text");
        self.string(&s.text);
        self.key("form");
        self.string(match s.form {
            Form::KeyPoints => "key-points",
            Form::Tldr => "tldr",
            Form::Headline => "headline",
        });
        self.key("words");
        self.uint(s.words);
        self.0.push('}');
    }

    fn mention(&mut self, m: &Mention) {
        self.open('{', "start");
        self.uint(m.start);
        self.key("end");
        self.uint(m.end);
        self.key("text");
        self.string(&m.text);
        self.key("label");
        self.string(m.label.as_str());
        self.key("entity");
        self.uint(m.entity);
        self.0.push('}');
    }

    fn entity(&mut self, e: &Entity) {
        self.open('{', "id");
        self.uint(e.id);
        self.key("canonical");
        self.string(&e.canonical);
        self.key("label");
        self.string(e.label.as_str());
        self.key("count");
        self.uint(e.count);
        self.key("mentions");
        self.uints(&e.mentions);
        self.0.push('}');
    }

    fn keyphrase(&mut self, k: &Keyphrase) {
        self.open('{', "text");
        self.string(&k.text);
        self.key("score");
        self.float(k.score);
        self.key("count");
        self.uint(k.count as usize);
        self.0.push('}');
    }

    fn stats(&mut self, s: &Stats) {
        self.open('{', "characters");
        self.uint(s.characters);
        self.key("words");
        self.uint(s.words);
        self.key("sentences");
        self.uint(s.sentences);
        self.key("paragraphs");
        self.uint(s.paragraphs);
        self.key("readingSeconds");
        self.uint(s.reading_seconds as usize);
        self.key("summaryReadingSeconds");
        self.uint(s.summary_reading_seconds as usize);
        self.0.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Length, Options};

    fn same_as_serde(text: &str, options: &Options) {
        let a = analyze(text, options).unwrap();
        assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap(), "{text:?}");
    }

    #[test]
    fn matches_serde_json_on_articles_and_odd_text() {
        let seed = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/seed/000_168b8b6aed8b292c.txt"
        ));
        let article = "Storm Lands on the Coast\n\nBy Jane Doe, Staff Writer\n\n\
            Officials in Lisbon said on Tuesday, March 3, 2020, that the storm had caused \
            damage worth $4.5 million. Maria Santos, the mayor, asked residents to stay home.\n\n\
            \"We are ready,\" Santos told reporters at 10:30 a.m. About 12% of homes lost power, \
            and the European Union promised help within 48 hours.\n\n\
            The Portuguese Red Cross opened 15 shelters. Santos said the city would recover.";
        for text in [Some(article), seed.as_deref().ok()].into_iter().flatten() {
            for form in [Form::KeyPoints, Form::Tldr, Form::Headline] {
                let options = Options {
                    form,
                    length: Length::Ratio(0.5),
                    ..Options::default()
                };
                same_as_serde(text, &options);
            }
        }
        for text in [
            "",
            "   \n\n ",
            "He said \"no\" \\ then \u{1}\u{8}\u{c}\u{1f}\u{7f} left.\tTabs\r\nand\rreturns.",
            "Émile Zola wrote 3 books in 1890. Prices rose 4.5% to $1.2 billion on Monday.",
            "😀 emoji 🇫🇷 flags and combining e\u{301} marks. Another sentence here.",
        ] {
            same_as_serde(text, &Options::default());
        }
    }

    #[test]
    fn floats_are_shortest_and_non_finite_is_null() {
        let mut w = Writer(String::new());
        for x in [
            0.1f32,
            -0.0,
            1.0,
            1e-7,
            3.4028235e38,
            f32::NAN,
            f32::INFINITY,
        ] {
            w.float(x);
            w.0.push(' ');
        }
        let serde: Vec<String> = [0.1f32, -0.0, 1.0, 1e-7, 3.4028235e38]
            .iter()
            .map(|x| serde_json::to_string(x).unwrap())
            .collect();
        assert_eq!(w.0, format!("{} null null ", serde.join(" ")));
    }

    #[test]
    fn integers_cover_the_range() {
        let mut w = Writer(String::new());
        w.uints(&[0, 7, 10, 4_294_967_295, usize::MAX]);
        assert_eq!(w.0, format!("[0,7,10,4294967295,{}]", usize::MAX));
    }
}
