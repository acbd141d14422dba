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
//! Training documents: cnndm-validation 999, inshorts-news-summary 4058; 103628 sentences, 12507 positive; mean log-loss 0.2708.
//!
//! | feature | weight (per standard deviation) |
//! |---|---|
//! | first | +0.037 |
//! | second | +0.057 |
//! | third | +0.068 |
//! | log_rank | -0.881 |
//! | relative_position | -0.015 |
//! | centroid_similarity | +0.313 |
//! | pagerank | +0.034 |
//! | centrality_rank | +0.113 |
//! | lead_similarity | -0.127 |
//! | entity_coverage | +0.076 |
//! | top_entity | +0.001 |
//! | entity_density | -0.198 |
//! | title_overlap | +0.151 |
//! | key_terms | +0.085 |
//! | log_words | +0.705 |
//! | short | +0.008 |
//! | long | -0.012 |
//! | quote_share | +0.045 |
//! | starts_with_quote | -0.030 |
//! | question | +0.009 |
//! | parentheses | +0.000 |
//! | digit_share | -0.002 |
//! | dateline | -0.117 |
//! | byline | -0.048 |
//! | pronoun_start | -0.002 |
//! | first_person | +0.009 |
//! | capitalised_share | +0.029 |
//! | fourth | +0.042 |
//! | log_words_squared | -0.808 |
//! | weak_lead | -0.071 |
//! | attribution | +0.015 |

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
    0.044154424,
    0.044154424,
    0.04411797,
    2.4884577,
    0.5,
    0.25065792,
    1.0,
    0.5220772,
    0.025833381,
    0.69681865,
    0.30389705,
    0.08763455,
    0.03769002,
    0.2080547,
    2.8897762,
    0.11274835,
    0.050227843,
    0.2460095,
    0.25582007,
    0.026400788,
    0.07248733,
    0.014353083,
    0.021216871,
    0.0020196128,
    0.18953009,
    0.17269513,
    0.20982271,
    0.04397215,
    8.752055,
    0.032605447,
    0.083584264,
];
/// Feature standard deviations (1 where a feature is constant).
pub(super) const SCALE: [f32; 31] = [
    0.20543809,
    0.20543809,
    0.20535718,
    1.0849608,
    0.30212033,
    0.09403178,
    0.4124082,
    0.288729,
    0.057166554,
    0.745691,
    0.45993873,
    0.13668834,
    0.11638207,
    0.1841555,
    0.6334417,
    0.31628492,
    0.21841477,
    0.39494687,
    0.43632117,
    0.160324,
    0.2592931,
    0.04405385,
    0.14410661,
    0.0448947,
    0.39192912,
    0.37798348,
    0.18251038,
    0.20503317,
    3.3363976,
    0.1776016,
    0.27676332,
];
/// Weights of the standardised features.
pub(super) const WEIGHT: [f32; 31] = [
    0.03651633,
    0.057248812,
    0.068125844,
    -0.88100785,
    -0.014627535,
    0.31336504,
    0.034048874,
    0.11256109,
    -0.12683438,
    0.07638932,
    0.0007763683,
    -0.19759342,
    0.15066293,
    0.08450799,
    0.70465016,
    0.008453536,
    -0.01157542,
    0.045328017,
    -0.0297462,
    0.008868752,
    8.761994e-5,
    -0.0019913309,
    -0.11674558,
    -0.04829761,
    -0.0017347309,
    0.008597725,
    0.029041262,
    0.0422783,
    -0.8077583,
    -0.07144391,
    0.014595162,
];
