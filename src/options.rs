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

/// `x` as `format!("{x}")` writes it (shortest round-trip digits, never an exponent;
/// an exact tie between two shortest forms may round the other way), through `zmij`'s
/// writer: the `.wasm` then needs none of core's float formatting.
pub(crate) fn display(x: f32) -> String {
    let mut buffer = zmij::Buffer::new();
    let finite = x.is_finite().then(|| buffer.format_finite(x.abs()));
    plain(finite, x.is_nan(), x.is_sign_negative())
}

/// [`display`] for an `f64` (the JS API's numbers).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn display_f64(x: f64) -> String {
    let mut buffer = zmij::Buffer::new();
    let finite = x.is_finite().then(|| buffer.format_finite(x.abs()));
    plain(finite, x.is_nan(), x.is_sign_negative())
}

/// Rewrites zmij's form of a magnitude ("d.ddd", "ddd.d", "0.000ddd", "d.ddde+NN",
/// "de-NN") without an exponent, as `Display` writes floats.
fn plain(written: Option<&str>, nan: bool, negative: bool) -> String {
    let sign = if negative { "-" } else { "" };
    let Some(written) = written else {
        return if nan {
            "NaN".into()
        } else {
            format!("{sign}inf")
        };
    };
    let (mantissa, exp) = match written.split_once('e') {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (written, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // The value is 0.DIGITS times ten to the `point`.
    let all = format!("{int}{frac}");
    let digits = all.trim_start_matches('0');
    let point = int.len() as i32 + exp - (all.len() - digits.len()) as i32;
    let digits = digits.trim_end_matches('0');
    let zeros = |n: i32| "0".repeat(n.max(0) as usize);
    if digits.is_empty() {
        format!("{sign}0")
    } else if point <= 0 {
        format!("{sign}0.{}{digits}", zeros(-point))
    } else if point as usize >= digits.len() {
        format!("{sign}{digits}{}", zeros(point - digits.len() as i32))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{sign}{a}.{b}")
    }
}

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
                    message: format!("must be a number in (0, 1], got {}", display(r)),
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

#[cfg(test)]
mod tests {
    use super::{display, display_f64};

    #[test]
    fn display_writes_floats_as_format_does() {
        let specials = [
            0.0f32,
            -0.0,
            1.0,
            -2.0,
            0.1,
            1.5,
            1e-7,
            1e20,
            123456.79,
            f32::MIN_POSITIVE,
            f32::from_bits(1),
            f32::MAX,
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
        ];
        // And a sweep over the bit patterns: every exponent, many mantissas, both signs.
        let sweep = (0..u32::MAX / 7919).map(|i| f32::from_bits(i.wrapping_mul(7919)));
        for x in specials.into_iter().chain(sweep) {
            let (ours, core) = (display(x), format!("{x}"));
            // Where two shortest forms are equally near (175.078125 as 175.07812 or
            // 175.07813) the writers may round the tie apart: same length, same value.
            let tie = ours.len() == core.len() && ours.parse::<f32>() == core.parse::<f32>();
            assert!(
                ours == core || tie,
                "bits {:#x}: {ours} vs {core}",
                x.to_bits()
            );
        }
    }

    #[test]
    fn display_f64_writes_floats_as_format_does() {
        let specials = [
            0.0f64,
            -0.0,
            2.5,
            -7.0,
            0.1,
            1e21,
            1e-7,
            4294967296.5,
            f64::MAX,
        ];
        let sweep = (0..200_000u64).map(|i| f64::from_bits(i.wrapping_mul(0x0000_5DEE_CE66_D1CE)));
        for x in specials
            .into_iter()
            .chain(sweep)
            .chain([f64::NAN, f64::NEG_INFINITY])
        {
            let (ours, core) = (display_f64(x), format!("{x}"));
            let tie = ours.len() == core.len() && ours.parse::<f64>() == core.parse::<f64>();
            assert!(
                ours == core || tie,
                "bits {:#x}: {ours} vs {core}",
                x.to_bits()
            );
        }
    }
}
