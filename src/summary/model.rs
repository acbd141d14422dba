//! Sentence-scoring weights, written by `train-summary fit` (do not edit by hand).
//!
//! A logistic regression over standardised sentence features: a sentence's score is
//! `sum_j WEIGHT[j] * (x[j] - MEAN[j]) / SCALE[j]` (the intercept is dropped: it does
//! not change the ranking). Labels: greedy ROUGE-1/2 oracle sentences (at most 3) against
//! the reference summaries of training articles that are not in any dev or test slice.
//!
//! Reproduce:
//! ```text
//! xz -dc ../shared/data/summ/train-cnndm-val1k.jsonl.xz ../shared/data/summ/train-inshorts.jsonl.xz \
//!   | cargo run --release --bin train-summary -- fit --inshorts-weight 1 --out src/summary/model.rs
//! ```
//!
//! Training documents: cnndm-validation 999, inshorts-news-summary 4058; 105937 sentences, 12693 positive; mean log-loss 0.2904.
//!
//! | feature | weight (per standard deviation) |
//! |---|---|
//! | first | +0.005 |
//! | second | -0.005 |
//! | third | +0.018 |
//! | log_rank | -1.063 |
//! | relative_position | +0.025 |
//! | centroid_similarity | +0.249 |
//! | pagerank | +0.046 |
//! | centrality_rank | +0.078 |
//! | lead_similarity | -0.084 |
//! | entity_coverage | +0.023 |
//! | top_entity | +0.004 |
//! | entity_density | -0.037 |
//! | title_overlap | +0.168 |
//! | key_terms | +0.100 |
//! | log_words | -0.130 |
//! | short | -0.084 |
//! | long | -0.045 |
//! | quote_share | +0.056 |
//! | starts_with_quote | -0.087 |
//! | question | -0.036 |
//! | parentheses | +0.003 |
//! | digit_share | +0.017 |
//! | dateline | -0.038 |
//! | byline | -0.027 |
//! | pronoun_start | +0.015 |
//! | first_person | +0.058 |
//! | capitalised_share | +0.001 |

/// Feature names, in the order of `features::FEATURES`.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) const NAMES: [&str; 27] = [
    "first",
    "second",
    "third",
    "log_rank",
    "relative_position",
    "centroid_similarity",
    "pagerank",
    "centrality_rank",
    "lead_similarity",
    "entity_coverage",
    "top_entity",
    "entity_density",
    "title_overlap",
    "key_terms",
    "log_words",
    "short",
    "long",
    "quote_share",
    "starts_with_quote",
    "question",
    "parentheses",
    "digit_share",
    "dateline",
    "byline",
    "pronoun_start",
    "first_person",
    "capitalised_share",
];
/// Feature means over the training sentences.
pub(super) const MEAN: [f32; 27] = [
    0.04773592,
    0.04773592,
    0.04768872,
    2.4385917,
    0.5,
    0.26189914,
    0.9999998,
    0.52386796,
    0.039311983,
    0.7740639,
    0.26610154,
    0.09593295,
    0.04895203,
    0.21923135,
    2.877493,
    0.11868375,
    0.05053947,
    0.14099465,
    0.110367484,
    0.046999633,
    0.0758564,
    0.01873391,
    0.018076781,
    0.0025014868,
    0.16591936,
    0.1637105,
    0.20071688,
];
/// Feature standard deviations (1 where a feature is constant).
pub(super) const SCALE: [f32; 27] = [
    0.21320695,
    0.21320695,
    0.2131068,
    1.1157135,
    0.30328837,
    0.10488529,
    0.41708001,
    0.28874323,
    0.060428154,
    0.7997065,
    0.441918,
    0.09380966,
    0.12984216,
    0.1912572,
    0.63682514,
    0.323416,
    0.21905532,
    0.3050615,
    0.31334725,
    0.21163805,
    0.2647682,
    0.066293664,
    0.13322917,
    0.04995227,
    0.37200823,
    0.37001267,
    0.16158308,
];
/// Weights of the standardised features.
pub(super) const WEIGHT: [f32; 27] = [
    0.005296469,
    -0.0049104523,
    0.017961374,
    -1.0627228,
    0.025435204,
    0.24882513,
    0.046128225,
    0.07788702,
    -0.0843362,
    0.023286738,
    0.0038766258,
    -0.03659525,
    0.16788861,
    0.100000076,
    -0.12952751,
    -0.084484465,
    -0.044963643,
    0.05581926,
    -0.08694052,
    -0.036121726,
    0.0027262268,
    0.017350681,
    -0.037757523,
    -0.026641374,
    0.0145885255,
    0.058061067,
    0.0008463557,
];
