//! The sentence-scoring model, written by `train-summary fit` (do not edit by hand).
//!
//! A logistic regression over standardised sentence features: a sentence's score is
//! `sum_j WEIGHT[j] * (x[j] - MEAN[j]) / SCALE[j]` (the intercept is dropped: it does
//! not change the ranking).
//!
//! Labels: greedy ROUGE-1/2 oracle sentences (at most 3) against the reference summaries
//! of training articles that are not in any dev or test slice.
//!
//! Reproduce:
//! ```text
//! xz -dc ../shared/data/summ/train-cnndm-val1k.jsonl.xz ../shared/data/summ/train-inshorts.jsonl.xz \
//!   | cargo run --release --bin train-summary -- fit --inshorts-weight 0.5 --model linear --out src/summary/model.rs
//! cargo fmt
//! ```
//!
//! Training documents: cnndm-validation 999, inshorts-news-summary 4058; 103629 sentences, 12507 positive; mean log-loss 0.2710.
//!
//! | feature | weight (per standard deviation) |
//! |---|---|
//! | first | +0.037 |
//! | second | +0.060 |
//! | third | +0.071 |
//! | log_rank | -0.873 |
//! | relative_position | -0.021 |
//! | centroid_similarity | +0.327 |
//! | pagerank | +0.037 |
//! | centrality_rank | +0.103 |
//! | lead_similarity | -0.130 |
//! | entity_coverage | +0.031 |
//! | top_entity | +0.009 |
//! | entity_density | -0.020 |
//! | title_overlap | +0.152 |
//! | key_terms | +0.088 |
//! | log_words | +0.902 |
//! | short | +0.042 |
//! | long | -0.002 |
//! | quote_share | +0.049 |
//! | starts_with_quote | -0.027 |
//! | question | +0.017 |
//! | parentheses | -0.001 |
//! | digit_share | +0.015 |
//! | dateline | -0.163 |
//! | byline | -0.046 |
//! | pronoun_start | +0.003 |
//! | first_person | +0.015 |
//! | capitalised_share | -0.038 |
//! | fourth | +0.042 |
//! | log_words_squared | -0.967 |
//! | weak_lead | -0.083 |
//! | attribution | +0.013 |

use super::scorer::Model;

/// Feature names, in the order of `features::FEATURES`.
#[cfg(test)]
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
/// The scorer.
pub(super) const MODEL: Model<'static> = Model::Linear {
    mean: &MEAN,
    scale: &SCALE,
    weight: &WEIGHT,
};
/// Feature means over the training sentences.
const MEAN: [f32; 31] = [
    0.0441541,
    0.0441541,
    0.04411765,
    2.4884562,
    0.5,
    0.2506576,
    1.0,
    0.522077,
    0.025833929,
    0.69278026,
    0.3032168,
    0.07625074,
    0.03768975,
    0.20805319,
    2.8897712,
    0.11274753,
    0.05022748,
    0.24600895,
    0.2558255,
    0.026400594,
    0.0724868,
    0.014352979,
    0.021216717,
    0.0020195981,
    0.18952872,
    0.17269386,
    0.20982425,
    0.04397183,
    8.752021,
    0.03260521,
    0.08358365,
];
/// Feature standard deviations (1 where a feature is constant).
const SCALE: [f32; 31] = [
    0.20543738,
    0.20543738,
    0.20535646,
    1.084957,
    0.3021202,
    0.09403017,
    0.4124096,
    0.28872898,
    0.057167,
    0.7473407,
    0.45964807,
    0.09571164,
    0.11638169,
    0.18415569,
    0.6334376,
    0.31628394,
    0.21841401,
    0.39494658,
    0.4363242,
    0.16032344,
    0.25929224,
    0.044053707,
    0.1441061,
    0.044894535,
    0.39192802,
    0.3779824,
    0.18251282,
    0.20503245,
    3.3363724,
    0.17760098,
    0.2767624,
];
/// Weights of the standardised features.
const WEIGHT: [f32; 31] = [
    0.03681209,
    0.059890803,
    0.071243264,
    -0.8730956,
    -0.021286538,
    0.32720998,
    0.036933545,
    0.10256509,
    -0.1298419,
    0.03065148,
    0.008757683,
    -0.020155836,
    0.15242817,
    0.08795502,
    0.9019745,
    0.041976772,
    -0.0024729623,
    0.04895748,
    -0.027338158,
    0.01721857,
    -0.00081997697,
    0.014507121,
    -0.16289465,
    -0.04619637,
    0.0028353583,
    0.01484773,
    -0.038383376,
    0.042156946,
    -0.96702504,
    -0.08304113,
    0.012850398,
];
