//! What the caller may ask for, with defaults and validation.

use serde::{Deserialize, Serialize};

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "unit", content = "value")]
pub enum Length {
    /// A number of sentences.
    Sentences(u32),
    /// A word budget: as many top sentences as fit (at least one).
    Words(u32),
    /// A fraction of the article's prose sentences, in (0, 1].
    Ratio(f32),
}

/// The shape of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// Bullets, one sentence each.
    KeyPoints,
    /// One paragraph.
    Tldr,
    /// The single most central sentence (ignores the length).
    Headline,
}

/// Options for [`crate::analyze`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// Summary length; default 3 sentences.
    pub length: Length,
    /// Summary form; default key points.
    pub form: Form,
    /// The article's title, when the caller knows it: it steers selection.
    pub title: Option<String>,
    /// A focus term or phrase: sentences about it are preferred.
    pub focus: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            length: Length::Sentences(3),
            form: Form::KeyPoints,
            title: None,
            focus: None,
        }
    }
}

/// A bad option: names the option and says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name as the JS API spells it (e.g. `"sentences"`).
    pub option: &'static str,
    /// What is wrong, for a person.
    pub message: String,
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid option `{}`: {}", self.option, self.message)
    }
}

impl std::error::Error for OptionError {}

/// Longest title or focus string accepted, in bytes.
const MAX_HINT_BYTES: usize = 1000;

impl Options {
    /// Checks every option; the error names the first bad one.
    pub fn validate(&self) -> Result<(), OptionError> {
        match self.length {
            Length::Sentences(n) if n == 0 || n > 1000 => {
                return Err(OptionError {
                    option: "sentences",
                    message: format!("must be an integer from 1 to 1000, got {n}"),
                })
            }
            Length::Words(n) if n == 0 || n > 100_000 => {
                return Err(OptionError {
                    option: "words",
                    message: format!("must be an integer from 1 to 100000, got {n}"),
                })
            }
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                return Err(OptionError {
                    option: "ratio",
                    message: format!("must be a number in (0, 1], got {r}"),
                })
            }
            _ => {}
        }
        for (option, value) in [("title", &self.title), ("focus", &self.focus)] {
            if value.as_ref().is_some_and(|v| v.len() > MAX_HINT_BYTES) {
                return Err(OptionError {
                    option,
                    message: format!("must be at most {MAX_HINT_BYTES} bytes long"),
                });
            }
        }
        Ok(())
    }
}
