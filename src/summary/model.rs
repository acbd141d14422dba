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
//!   | cargo run --release --bin train-summary -- fit --inshorts-weight 0.5 --out src/summary/model.rs
//! ```
//!
//! Training documents: cnndm-validation 999, inshorts-news-summary 4058; 103524 sentences, 12503 positive; mean log-loss 0.2708.
//!
//! | feature | weight (per standard deviation) |
//! |---|---|
//! | first | +0.037 |
//! | second | +0.057 |
//! | third | +0.068 |
//! | log_rank | -0.882 |
//! | relative_position | -0.014 |
//! | centroid_similarity | +0.313 |
//! | pagerank | +0.034 |
//! | centrality_rank | +0.112 |
//! | lead_similarity | -0.127 |
//! | entity_coverage | +0.082 |
//! | top_entity | +0.004 |
//! | entity_density | -0.206 |
//! | title_overlap | +0.151 |
//! | key_terms | +0.083 |
//! | log_words | +0.688 |
//! | short | +0.006 |
//! | long | -0.012 |
//! | quote_share | +0.045 |
//! | starts_with_quote | -0.030 |
//! | question | +0.008 |
//! | parentheses | +0.000 |
//! | digit_share | -0.002 |
//! | dateline | -0.115 |
//! | byline | -0.052 |
//! | pronoun_start | -0.002 |
//! | first_person | +0.008 |
//! | capitalised_share | +0.029 |
//! | fourth | +0.042 |
//! | log_words_squared | -0.797 |
//! | weak_lead | -0.071 |
//! | attribution | +0.014 |

/// Feature names, in the order of `features::FEATURES`.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) const NAMES: [&str; 31] = [
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
    "fourth",
    "log_words_squared",
    "weak_lead",
    "attribution",
];
/// Feature means over the training sentences.
pub(super) const MEAN: [f32; 31] = [
    0.044191476,
    0.044191476,
    0.04415499,
    2.4876873,
    0.5,
    0.25074545,
    1.0,
    0.52209574,
    0.025827345,
    0.6992797,
    0.30455342,
    0.08808903,
    0.037713602,
    0.20820375,
    2.8905497,
    0.11260216,
    0.05040134,
    0.24601994,
    0.25586691,
    0.026422942,
    0.07254816,
    0.014346541,
    0.021227378,
    0.0020213076,
    0.18949212,
    0.17279626,
    0.20979853,
    0.04400905,
    8.75668,
    0.032640103,
    0.083588734,
];
/// Feature standard deviations (1 where a feature is constant).
pub(super) const SCALE: [f32; 31] = [
    0.20552029,
    0.20552029,
    0.20543936,
    1.0848932,
    0.3021321,
    0.094047956,
    0.41234663,
    0.288729,
    0.057143707,
    0.74665725,
    0.460218,
    0.13708767,
    0.11644321,
    0.18422244,
    0.63356346,
    0.31610587,
    0.21877168,
    0.39492813,
    0.43634737,
    0.16038944,
    0.2593934,
    0.04401079,
    0.14414153,
    0.044913493,
    0.39189905,
    0.37807104,
    0.1825146,
    0.20511521,
    3.337462,
    0.17769279,
    0.27677006,
];
/// Weights of the standardised features.
pub(super) const WEIGHT: [f32; 31] = [
    0.036554687,
    0.057140537,
    0.06770695,
    -0.8824893,
    -0.01372259,
    0.31255123,
    0.034334008,
    0.1118673,
    -0.12692988,
    0.082089454,
    0.004247734,
    -0.20596696,
    0.15057734,
    0.08261554,
    0.6877934,
    0.005503822,
    -0.011574452,
    0.045454413,
    -0.029805435,
    0.008343889,
    0.00028854696,
    -0.0020703478,
    -0.11482014,
    -0.0518907,
    -0.0020009389,
    0.008312233,
    0.028845698,
    0.042229865,
    -0.7972917,
    -0.07065304,
    0.0137512935,
];
