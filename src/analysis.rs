//! The public result type and the pipeline that fills it.

use crate::entities::{self, Label};
use crate::keyphrases::{self, Keyphrase};
use crate::options::{Form, OptionError, Options};
use crate::summary;
use crate::text::{self, BlockKind};
use serde::Serialize;

/// Largest input accepted, in UTF-8 bytes (about 300,000 words of English).
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// Why an analysis could not be made.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An option is out of range.
    Option(OptionError),
    /// The input is longer than [`MAX_INPUT_BYTES`].
    TooLong {
        /// The input's length in bytes.
        bytes: usize,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Option(e) => e.fmt(f),
            Error::TooLong { bytes } => write!(
                f,
                "the text is too long: {bytes} bytes, the limit is {MAX_INPUT_BYTES} bytes"
            ),
        }
    }
}

impl std::error::Error for Error {}

impl From<OptionError> for Error {
    fn from(e: OptionError) -> Self {
        Error::Option(e)
    }
}

/// One named part of a sentence's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// What the part measures ("position", "centrality", ...).
    pub feature: &'static str,
    /// How much it adds to the score.
    pub value: f32,
}

/// A sentence of the input.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sentence {
    /// Position among all sentences.
    pub index: usize,
    /// Start offset into the input (bytes in Rust; converted at the boundary).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The sentence as shown: whitespace normalised, no space before a word's comma or
    /// full stop (`text::display_text`).
    pub text: String,
    /// Index of its paragraph (block).
    pub paragraph: usize,
    /// Prose, heading or boilerplate.
    pub kind: BlockKind,
    /// Summary-worthiness; `None` for sentences that may not be summarised.
    pub score: Option<f32>,
    /// Whether it is in the summary.
    pub selected: bool,
    /// What the score is made of.
    pub contributions: Vec<Contribution>,
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Start offset into the input.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The mention's text.
    pub text: String,
    /// Entity type.
    pub label: Label,
    /// Index into [`Analysis::entities`].
    pub entity: usize,
}

/// An entity: all mentions of one person, place, amount, ... under one name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Index in [`Analysis::entities`].
    pub id: usize,
    /// The fullest name among its mentions.
    pub canonical: String,
    /// Entity type.
    pub label: Label,
    /// Number of mentions.
    pub count: usize,
    /// Indices into [`Analysis::mentions`].
    pub mentions: Vec<usize>,
}

/// The summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Indices of the selected sentences, in article order.
    pub sentences: Vec<usize>,
    /// The selected sentences joined by `\n` (key points, headline) or a space (tldr).
    pub text: String,
    /// The form asked for.
    pub form: Form,
    /// Words in the summary.
    pub words: usize,
}

/// Counts a reader sees.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Characters (Unicode scalar values) in the input.
    pub characters: usize,
    /// Words in the input.
    pub words: usize,
    /// Sentences, all kinds.
    pub sentences: usize,
    /// Paragraphs (blocks).
    pub paragraphs: usize,
    /// Reading time of the article at 230 words per minute, in seconds.
    pub reading_seconds: u32,
    /// Reading time of the summary, in seconds.
    pub summary_reading_seconds: u32,
}

/// Everything the widget shows about one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The article text with whitespace normalised and boilerplate lines removed;
    /// paragraphs separated by blank lines.
    pub cleaned_text: String,
    /// Every sentence of the input, in order.
    pub sentences: Vec<Sentence>,
    /// The summary.
    pub summary: Summary,
    /// Entity mentions, in document order.
    pub mentions: Vec<Mention>,
    /// Entities (grouped mentions), most mentioned first.
    pub entities: Vec<Entity>,
    /// Keyphrases, best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Counts.
    pub stats: Stats,
}

const WORDS_PER_MINUTE: usize = 230;
const KEYPHRASES: usize = 8;

/// An article split into blocks, sentences and tokens, with its entity mentions: what the
/// summariser and the rest of [`analyze`] read. The summary trainer starts from it too, so
/// the sentences it fits on are the ones `analyze` scores.
pub struct Parsed<'a> {
    /// The input.
    pub text: &'a str,
    /// Paragraphs and other blocks.
    pub blocks: Vec<text::Block>,
    /// Sentences, all kinds.
    pub spans: Vec<text::SentenceSpan>,
    /// Each sentence's own kind (a dateline or byline inside a prose block is boilerplate).
    pub kinds: Vec<BlockKind>,
    /// Tokens of each sentence.
    pub tokens: Vec<Vec<text::Token>>,
    /// Entity mentions, labels made consistent within each entity.
    pub found: Vec<entities::Span>,
    /// The entities the mentions group into.
    pub groups: Vec<entities::EntityGroup>,
    /// Each mention's entity (index into `groups`).
    pub group_of: Vec<usize>,
    /// `found` zipped with `group_of`, as the summariser reads them.
    pub tagged: Vec<(entities::Span, usize)>,
}

impl<'a> Parsed<'a> {
    /// Segments, tokenises and recognises the entities of `input`.
    pub fn new(input: &'a str) -> Parsed<'a> {
        let blocks = text::blocks(input);
        let spans = text::sentences(input, &blocks);
        let kinds: Vec<BlockKind> = spans.iter().map(|s| s.kind).collect();
        let tokens: Vec<Vec<text::Token>> = spans
            .iter()
            .map(|s| text::tokens(input, s.start, s.end))
            .collect();
        let found = entities::recognize(input, &spans, &tokens);
        let (groups, group_of) = entities::merge(input, &found);
        // Mentions the recognizer labelled against their entity's clear majority follow it.
        let labels = entities::consistent_labels(&found, &groups, &group_of);
        let found: Vec<entities::Span> = found
            .iter()
            .zip(labels)
            .map(|(s, label)| entities::Span { label, ..*s })
            .collect();
        let tagged = found
            .iter()
            .copied()
            .zip(group_of.iter().copied())
            .collect();
        Parsed {
            text: input,
            blocks,
            spans,
            kinds,
            tokens,
            found,
            groups,
            group_of,
            tagged,
        }
    }

    /// The summariser's view of the article, with an optional title and focus term.
    pub fn document<'s>(
        &'s self,
        title: Option<&'s str>,
        focus: Option<&'s str>,
    ) -> summary::Document<'s> {
        summary::Document {
            text: self.text,
            sentences: &self.spans,
            kinds: &self.kinds,
            tokens: &self.tokens,
            entities: &self.tagged,
            title,
            focus,
        }
    }
}

/// Analyses one article. Never panics; fails only on bad options or oversize input.
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    options.validate()?;
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLong { bytes: input.len() });
    }

    let parsed = Parsed::new(input);
    let (blocks, spans, kinds) = (&parsed.blocks, &parsed.spans, &parsed.kinds);
    let (found, groups, group_of) = (&parsed.found, &parsed.groups, &parsed.group_of);
    let doc = parsed.document(options.title.as_deref(), options.focus.as_deref());
    let (scores, chosen) = summary::summarise(&doc, options.length, options.form);
    let keyphrases = keyphrases::extract(input, spans, kinds, &parsed.tokens, KEYPHRASES);

    let mut sentences: Vec<Sentence> = spans
        .iter()
        .zip(&scores)
        .enumerate()
        .map(|(index, (s, sc))| Sentence {
            index,
            start: s.start,
            end: s.end,
            text: text::display_text(&input[s.start..s.end]),
            paragraph: s.block,
            kind: kinds[index],
            score: sc.score.is_finite().then_some(sc.score),
            selected: false,
            contributions: sc
                .contributions
                .iter()
                .map(|&(feature, value)| Contribution { feature, value })
                .collect(),
        })
        .collect();
    for &i in &chosen {
        sentences[i].selected = true;
    }

    let joiner = if options.form == Form::Tldr {
        " "
    } else {
        "\n"
    };
    let summary_text = chosen
        .iter()
        .map(|&i| sentences[i].text.as_str())
        .collect::<Vec<_>>()
        .join(joiner);
    let summary_words = summary_text.split_whitespace().count();

    // Entities, most mentioned first; mentions point at their entity's new index.
    let mention_counts: Vec<f32> = groups.iter().map(|g| g.mentions.len() as f32).collect();
    let order = crate::rank::best_first(&mention_counts);
    let mut new_id = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    let mentions: Vec<Mention> = found
        .iter()
        .zip(group_of)
        .map(|(s, &g)| Mention {
            start: s.start,
            end: s.end,
            text: text::normalize_whitespace(&input[s.start..s.end]),
            label: s.label,
            entity: new_id[g],
        })
        .collect();
    let entities: Vec<Entity> = order
        .iter()
        .enumerate()
        .map(|(id, &old)| Entity {
            id,
            canonical: groups[old].canonical.clone(),
            label: groups[old].label,
            count: groups[old].mentions.len(),
            mentions: groups[old].mentions.clone(),
        })
        .collect();

    let cleaned_text = blocks
        .iter()
        .filter(|b| b.kind != BlockKind::Boilerplate)
        .map(|b| text::normalize_whitespace(&input[b.start..b.end]))
        .collect::<Vec<_>>()
        .join("\n\n");
    let words = cleaned_text.split_whitespace().count();
    let seconds = |w: usize| (w * 60).div_ceil(WORDS_PER_MINUTE) as u32;

    Ok(Analysis {
        cleaned_text,
        stats: Stats {
            characters: input.chars().count(),
            words,
            sentences: sentences.len(),
            paragraphs: blocks.len(),
            reading_seconds: seconds(words),
            summary_reading_seconds: seconds(summary_words),
        },
        sentences,
        summary: Summary {
            sentences: chosen,
            text: summary_text,
            form: options.form,
            words: summary_words,
        },
        mentions,
        entities,
        keyphrases,
    })
}
