//! Extractive news summaries and named entities, computed locally.
//!
//! The data flows one way:
//!
//! ```text
//! input ─► text::blocks (clean) ─► text::sentences ─► text::tokens
//!                                        │
//!             ┌──────────────────────────┼───────────────────────────┐
//!             ▼                          ▼                           ▼
//!    entities::recognize/merge    keyphrases::extract       summary::summarise
//!             └──────────────────────────┴───────────────────────────┘
//!                                        ▼
//!                                    Analysis
//! ```
//!
//! Every stage is a plain function over plain data, tested natively. All offsets in
//! the core are UTF-8 byte offsets into the caller's input; [`offsets`] converts them
//! once, at the boundary (UTF-16 code units for JavaScript, code points for the CLI).
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod entities;
pub mod extract;
pub mod keyphrases;
pub mod offsets;
mod options;
pub mod summary;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

mod analysis;
mod json;
mod rank;

pub use analysis::{
    analyze, Analysis, Contribution, Entity, Error, Mention, Parsed, Sentence, Stats, Summary,
    MAX_INPUT_BYTES,
};
pub use entities::Label;
pub use keyphrases::Keyphrase;
pub use options::{Form, Length, OptionError, Options};
pub use text::BlockKind;
