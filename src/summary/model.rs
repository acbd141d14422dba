//! The sentence-scoring model, written by `train-summary fit` (do not edit by hand).
//!
//! Gradient-boosted regression trees over the sentence features, fitted to the log-loss:
//! 75 trees of at most 7 leaves and 4 levels, learning rate 0.1, at least 20 rows per
//! leaf, L2 penalty 1 (975 nodes, 7950 bytes of constants). A sentence's score is the sum
//! over trees of its leaf's value minus the tree's root value: log-odds against the
//! average training sentence (the common bias, -2.150 with the root values, is dropped:
//! it does not change the ranking). Each split on a sentence's path adds its change of
//! value to its feature's group, so the contributions sum to the score (`scorer.rs`).
//!
//! Labels: greedy ROUGE-1/2 oracle sentences (at most 3) against the reference summaries
//! of training articles that are not in any dev or test slice.
//!
//! Reproduce:
//! ```text
//! xz -dc ../shared/data/summ/train-cnndm-val1k.jsonl.xz ../shared/data/summ/train-inshorts.jsonl.xz \
//!   | cargo run --release --bin train-summary -- fit --inshorts-weight 0.5 --model trees --trees 75 --leaves 7 --depth 4 --learning-rate 0.1 --min-rows 20 --min-hessian 0.001 --l2 1 --out src/summary/model.rs
//! cargo fmt
//! ```
//!
//! Training documents: cnndm-validation 999, inshorts-news-summary 4058; 103506 sentences, 12502 positive; mean log-loss 0.2646.
//!
//! Share of the total split gain by group: position 66.8%, centrality 18.0%, entities 0.2%, topic 9.2%, form 5.8%.
//!
//! | feature | group | splits | share of gain |
//! |---|---|---|---|
//! | first | position | 5 | 2.8% |
//! | second | position | 1 | 0.5% |
//! | third | position | 0 | 0.0% |
//! | log_rank | position | 89 | 62.8% |
//! | relative_position | position | 15 | 0.8% |
//! | centroid_similarity | centrality | 68 | 15.2% |
//! | pagerank | centrality | 12 | 0.2% |
//! | centrality_rank | centrality | 21 | 1.3% |
//! | lead_similarity | centrality | 38 | 1.3% |
//! | entity_coverage | entities | 3 | 0.0% |
//! | top_entity | entities | 0 | 0.0% |
//! | entity_density | entities | 8 | 0.1% |
//! | title_overlap | topic | 51 | 4.1% |
//! | key_terms | topic | 22 | 5.2% |
//! | log_words | form | 49 | 2.1% |
//! | short | form | 0 | 0.0% |
//! | long | form | 1 | 0.0% |
//! | quote_share | form | 12 | 0.4% |
//! | starts_with_quote | form | 0 | 0.0% |
//! | question | form | 0 | 0.0% |
//! | parentheses | form | 2 | 0.0% |
//! | digit_share | form | 18 | 0.4% |
//! | dateline | form | 3 | 0.3% |
//! | byline | form | 2 | 0.0% |
//! | pronoun_start | form | 0 | 0.0% |
//! | first_person | form | 1 | 0.0% |
//! | capitalised_share | form | 29 | 2.5% |
//! | fourth | position | 0 | 0.0% |
//! | log_words_squared | form | 0 | 0.0% |
//! | weak_lead | form | 0 | 0.0% |
//! | attribution | form | 0 | 0.0% |

use super::scorer::{Model, Node};

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
pub(super) const MODEL: Model<'static> = Model::Trees {
    roots: &ROOTS,
    nodes: &NODES,
};
/// Index in `NODES` of each tree's root.
const ROOTS: [u16; 75] = [
    0, 13, 26, 39, 52, 65, 78, 91, 104, 117, 130, 143, 156, 169, 182, 195, 208, 221, 234, 247, 260,
    273, 286, 299, 312, 325, 338, 351, 364, 377, 390, 403, 416, 429, 442, 455, 468, 481, 494, 507,
    520, 533, 546, 559, 572, 585, 598, 611, 624, 637, 650, 663, 676, 689, 702, 715, 728, 741, 754,
    767, 780, 793, 806, 819, 832, 845, 858, 871, 884, 897, 910, 923, 936, 949, 962,
];
/// The trees, each in preorder: `split(feature, threshold, right child's distance, value)`,
/// `leaf(value)`; values in steps of `VALUE_STEP`.
#[rustfmt::skip]
const NODES: [Node; 975] = [
    Node::split(3, 1.4978662, 10, 0), Node::split(13, 0.21111111, 4, 877), Node::split(26, 0.9590301, 2, 246), Node::leaf(434), Node::leaf(-381), Node::split(0, 0.5, 4, 1385), Node::split(1, 0.5, 2, 1058), Node::leaf(814), Node::leaf(1433), Node::leaf(2436), Node::split(3, 2.2499049, 2, -188), Node::leaf(97), Node::leaf(-283),
    Node::split(3, 1.7005987, 10, -3), Node::split(5, 0.3183835, 4, 585), Node::split(5, 0.2117457, 2, 224), Node::leaf(-129), Node::leaf(375), Node::split(3, 0.89587975, 4, 942), Node::split(14, 2.3502402, 2, 1247), Node::leaf(-126), Node::leaf(1319), Node::leaf(638), Node::split(3, 2.3502402, 2, -201), Node::leaf(20), Node::leaf(-281),
    Node::split(3, 1.8688347, 10, -4), Node::split(5, 0.33750135, 6, 431), Node::split(5, 0.217311, 2, 202), Node::leaf(-104), Node::split(12, 0.34848487, 2, 315), Node::leaf(275), Node::leaf(1042), Node::split(3, 1.2424533, 2, 725), Node::leaf(908), Node::leaf(415), Node::split(3, 2.524928, 2, -212), Node::leaf(-54), Node::leaf(-286),
    Node::split(3, 2.0126758, 10, -5), Node::split(5, 0.27451795, 4, 331), Node::split(5, 0.19820254, 2, 32), Node::leaf(-175), Node::leaf(132), Node::split(12, 0.44949496, 4, 475), Node::split(3, 1.2424533, 2, 413), Node::leaf(557), Node::leaf(260), Node::leaf(1020), Node::split(5, 0.24225515, 2, -219), Node::leaf(-294), Node::leaf(-102),
    Node::split(3, 2.0126758, 10, -5), Node::split(5, 0.34351328, 6, 283), Node::split(26, 0.9590301, 4, 135), Node::split(3, 1.2424533, 2, 174), Node::leaf(337), Node::leaf(66), Node::leaf(-366), Node::split(3, 0.89587975, 2, 483), Node::leaf(660), Node::leaf(336), Node::split(5, 0.24225515, 2, -207), Node::leaf(-282), Node::leaf(-93),
    Node::split(3, 2.0126758, 10, -6), Node::split(5, 0.26658726, 4, 244), Node::split(26, 0.9590301, 2, 0), Node::leaf(42), Node::leaf(-360), Node::split(12, 0.52272725, 4, 338), Node::split(3, 1.2424533, 2, 299), Node::leaf(395), Node::leaf(192), Node::leaf(782), Node::split(3, 2.802901, 2, -195), Node::leaf(-90), Node::leaf(-279),
    Node::split(3, 2.0126758, 10, -6), Node::split(5, 0.2516939, 4, 212), Node::split(5, 0.16973105, 2, -31), Node::leaf(-242), Node::leaf(31), Node::split(12, 0.44949496, 4, 282), Node::split(7, 0.9744811, 2, 246), Node::leaf(210), Node::leaf(457), Node::leaf(611), Node::split(5, 0.24039039, 2, -183), Node::leaf(-261), Node::leaf(-75),
    Node::split(3, 2.138333, 10, -6), Node::split(13, 0.10555556, 4, 173), Node::split(22, 0.5, 2, -25), Node::leaf(25), Node::leaf(-374), Node::split(4, 0.0167603, 2, 240), Node::leaf(520), Node::split(3, 1.4978662, 2, 183), Node::leaf(260), Node::leaf(80), Node::split(3, 2.9700856, 2, -186), Node::leaf(-103), Node::leaf(-272),
    Node::split(3, 2.3502402, 10, -5), Node::split(5, 0.3706916, 6, 134), Node::split(12, 0.34848487, 4, 63), Node::split(5, 0.20109573, 2, 43), Node::leaf(-153), Node::leaf(78), Node::leaf(438), Node::split(8, 0.019147135, 2, 297), Node::leaf(422), Node::leaf(169), Node::split(5, 0.2098832, 2, -200), Node::leaf(-280), Node::leaf(-128),
    Node::split(3, 2.3502402, 10, -5), Node::split(5, 0.3571409, 4, 118), Node::split(5, 0.20109573, 2, 49), Node::leaf(-136), Node::leaf(82), Node::split(3, 0.89587975, 4, 245), Node::split(14, 2.9174054, 2, 378), Node::leaf(11), Node::leaf(434), Node::leaf(151), Node::split(5, 0.2098832, 2, -188), Node::leaf(-269), Node::leaf(-118),
    Node::split(3, 2.441401, 10, -5), Node::split(3, 1.4978662, 6, 99), Node::split(26, 0.9590301, 4, 187), Node::split(0, 0.5, 2, 217), Node::leaf(168), Node::leaf(393), Node::leaf(-366), Node::split(12, 0.2361111, 2, 6), Node::leaf(-15), Node::leaf(214), Node::split(5, 0.2098832, 2, -187), Node::leaf(-262), Node::leaf(-119),
    Node::split(3, 2.441401, 10, -5), Node::split(12, 0.41428572, 6, 88), Node::split(5, 0.2555375, 2, 64), Node::leaf(-59), Node::split(3, 1.4978662, 2, 109), Node::leaf(170), Node::leaf(39), Node::split(8, 0.09300178, 2, 363), Node::leaf(457), Node::leaf(102), Node::split(5, 0.2098832, 2, -176), Node::leaf(-250), Node::leaf(-110),
    Node::split(3, 2.524928, 10, -5), Node::split(7, 0.74611235, 6, 75), Node::split(12, 0.29285717, 4, 13), Node::split(22, 0.5, 2, -5), Node::leaf(8), Node::leaf(-320), Node::leaf(266), Node::split(0, 0.5, 2, 170), Node::leaf(124), Node::leaf(363), Node::split(3, 3.3140206, 2, -174), Node::leaf(-120), Node::leaf(-256),
    Node::split(3, 2.138333, 8, -4), Node::split(12, 0.55050504, 6, 89), Node::split(26, 0.9590301, 4, 73), Node::split(3, 1.2424533, 2, 85), Node::leaf(162), Node::leaf(24), Node::leaf(-292), Node::leaf(371), Node::split(3, 2.9700856, 4, -126), Node::split(7, 0.5366324, 2, -60), Node::leaf(-128), Node::leaf(13), Node::leaf(-209),
    Node::split(5, 0.29034314, 6, -4), Node::split(3, 2.3502402, 2, -98), Node::leaf(-11), Node::split(12, 0.34848487, 2, -169), Node::leaf(-174), Node::leaf(847), Node::split(3, 0.89587975, 6, 102), Node::split(13, 0.41428572, 2, 195), Node::leaf(68), Node::split(8, 0.050900057, 2, 295), Node::leaf(362), Node::leaf(57), Node::leaf(61),
    Node::split(5, 0.24512869, 4, -4), Node::split(3, 3.0677824, 2, -130), Node::leaf(-74), Node::leaf(-222), Node::split(3, 1.4978662, 6, 63), Node::split(14, 1.8688347, 2, 136), Node::leaf(-300), Node::split(8, 0.01227794, 2, 150), Node::leaf(215), Node::leaf(70), Node::split(14, 3.4498615, 2, 1), Node::leaf(33), Node::leaf(-117),
    Node::split(3, 2.6020033, 10, -4), Node::split(5, 0.3706916, 6, 48), Node::split(5, 0.18250194, 2, 9), Node::leaf(-152), Node::split(12, 0.34848487, 2, 26), Node::leaf(14), Node::leaf(225), Node::split(8, 0.03858141, 2, 144), Node::leaf(218), Node::leaf(51), Node::split(5, 0.19010481, 2, -144), Node::leaf(-226), Node::leaf(-94),
    Node::split(5, 0.23030186, 4, -3), Node::split(3, 3.3140206, 2, -129), Node::leaf(-84), Node::leaf(-233), Node::split(3, 1.7005987, 6, 45), Node::split(26, 0.9590301, 4, 101), Node::split(8, 0.015409991, 2, 111), Node::leaf(162), Node::leaf(48), Node::leaf(-338), Node::split(14, 3.2384863, 2, -15), Node::leaf(34), Node::leaf(-100),
    Node::split(3, 2.673554, 12, -3), Node::split(7, 0.48795006, 6, 38), Node::split(26, 0.5889895, 4, -36), Node::split(3, 1.7005987, 2, -19), Node::leaf(52), Node::leaf(-76), Node::leaf(-321), Node::split(12, 0.6125, 4, 77), Node::split(8, 0.0016500806, 2, 66), Node::leaf(109), Node::leaf(16), Node::leaf(317), Node::leaf(-133),
    Node::split(5, 0.29034314, 10, -3), Node::split(5, 0.1633152, 2, -70), Node::leaf(-210), Node::split(4, 0.21314652, 4, -41), Node::split(26, 0.7002674, 2, 36), Node::leaf(53), Node::leaf(-303), Node::split(14, 3.1132684, 2, -82), Node::leaf(-21), Node::leaf(-176), Node::split(5, 0.41922832, 2, 65), Node::leaf(39), Node::leaf(154),
    Node::split(5, 0.217311, 6, -3), Node::split(12, 0.34848487, 4, -121), Node::split(5, 0.14765885, 2, -126), Node::leaf(-231), Node::leaf(-89), Node::leaf(1173), Node::split(12, 0.55050504, 6, 31), Node::split(3, 2.138333, 2, 21), Node::leaf(50), Node::split(14, 3.4498615, 2, -42), Node::leaf(-7), Node::leaf(-189), Node::leaf(261),
    Node::split(3, 2.802901, 12, -3), Node::split(7, 0.7581084, 8, 26), Node::split(12, 0.21111111, 4, -8), Node::split(22, 0.5, 2, -25), Node::leaf(-17), Node::leaf(-275), Node::split(13, 0.10555556, 2, 121), Node::leaf(551), Node::leaf(84), Node::split(0, 0.5, 2, 85), Node::leaf(59), Node::leaf(212), Node::leaf(-123),
    Node::split(5, 0.19820254, 4, -2), Node::split(12, 0.34848487, 2, -130), Node::leaf(-135), Node::leaf(1177), Node::split(3, 1.4978662, 4, 22), Node::split(26, 0.7002674, 2, 74), Node::leaf(85), Node::leaf(-323), Node::split(14, 3.2384863, 4, -16), Node::split(12, 0.21111111, 2, 24), Node::leaf(8), Node::leaf(217), Node::leaf(-89),
    Node::split(3, 2.8617926, 10, -2), Node::split(12, 0.6125, 8, 21), Node::split(7, 0.9092624, 4, 14), Node::split(21, 0.032522473, 2, -3), Node::leaf(-19), Node::leaf(73), Node::split(17, 0.32282877, 2, 95), Node::leaf(126), Node::leaf(-44), Node::leaf(262), Node::split(5, 0.19010481, 2, -114), Node::leaf(-189), Node::leaf(-60),
    Node::split(3, 3.3140206, 12, -2), Node::split(7, 0.75039685, 8, 13), Node::split(12, 0.41428572, 4, -17), Node::split(3, 1.8688347, 2, -25), Node::leaf(12), Node::leaf(-60), Node::split(13, 0.11805555, 2, 185), Node::leaf(877), Node::leaf(130), Node::split(21, 0.02570711, 2, 65), Node::leaf(40), Node::leaf(156), Node::leaf(-154),
    Node::split(5, 0.1633152, 2, -2), Node::leaf(-162), Node::split(3, 1.4978662, 6, 11), Node::split(26, 0.7002674, 4, 56), Node::split(5, 0.4787348, 2, 67), Node::leaf(52), Node::leaf(212), Node::leaf(-299), Node::split(14, 3.4498615, 4, -19), Node::split(12, 0.17424244, 2, 5), Node::leaf(-8), Node::leaf(148), Node::leaf(-128),
    Node::split(3, 3.3140206, 10, -2), Node::split(7, 0.9744811, 6, 11), Node::split(12, 0.68333334, 4, 0), Node::split(14, 3.5972185, 2, -4), Node::leaf(7), Node::leaf(-93), Node::leaf(271), Node::split(8, 0.065393746, 2, 117), Node::leaf(158), Node::leaf(5), Node::split(5, 0.14765885, 2, -139), Node::leaf(-256), Node::leaf(-95),
    Node::split(5, 0.15797938, 2, -2), Node::leaf(-156), Node::split(5, 0.3706916, 6, 9), Node::split(12, 0.41428572, 4, -11), Node::split(14, 3.5972185, 2, -17), Node::leaf(-6), Node::leaf(-117), Node::leaf(163), Node::split(8, 0.08045174, 4, 67), Node::split(14, 2.2499049, 2, 108), Node::leaf(-211), Node::leaf(124), Node::leaf(-25),
    Node::split(3, 3.3140206, 12, -1), Node::split(7, 0.48795006, 6, 10), Node::split(26, 0.7002674, 4, -33), Node::split(3, 1.8688347, 2, -24), Node::leaf(24), Node::leaf(-65), Node::leaf(-291), Node::split(8, 0.0016500806, 4, 33), Node::split(17, 0.32282877, 2, 67), Node::leaf(94), Node::leaf(-58), Node::leaf(-10), Node::leaf(-125),
    Node::split(13, 0.05, 4, -1), Node::split(12, 0.11805555, 2, -94), Node::leaf(-109), Node::leaf(524), Node::split(3, 1.2424533, 4, 12), Node::split(21, 0.021858577, 2, 61), Node::leaf(31), Node::leaf(147), Node::split(14, 3.0201273, 2, -11), Node::leaf(44), Node::split(7, 0.91682386, 2, -54), Node::leaf(-72), Node::leaf(49),
    Node::split(5, 0.14765885, 2, -1), Node::leaf(-158), Node::split(12, 0.6125, 8, 6), Node::split(21, 0.032522473, 4, 1), Node::split(5, 0.41922832, 2, -11), Node::leaf(-21), Node::leaf(63), Node::split(26, 0.9590301, 2, 59), Node::leaf(69), Node::leaf(-378), Node::split(13, 0.3875, 2, 200), Node::leaf(508), Node::leaf(143),
    Node::split(3, 3.4175923, 12, -1), Node::split(12, 0.55050504, 6, 8), Node::split(26, 0.7002674, 4, 2), Node::split(21, 0.032522473, 2, 6), Node::leaf(-7), Node::leaf(66), Node::leaf(-180), Node::split(13, 0.29285717, 2, 148), Node::leaf(604), Node::split(8, 0.09300178, 2, 110), Node::leaf(180), Node::leaf(-75), Node::leaf(-122),
    Node::split(5, 0.14765885, 4, -1), Node::split(12, 0.11805555, 2, -143), Node::leaf(-156), Node::leaf(445), Node::split(12, 0.6125, 6, 5), Node::split(14, 3.8393946, 4, 1), Node::split(3, 1.8688347, 2, 6), Node::leaf(29), Node::leaf(-20), Node::leaf(-138), Node::split(8, 0.19545808, 2, 169), Node::leaf(206), Node::leaf(-201),
    Node::split(3, 4.297262, 12, -1), Node::split(7, 0.48795006, 6, 2), Node::split(12, 0.41428572, 4, -35), Node::split(26, 0.9590301, 2, -41), Node::leaf(-34), Node::leaf(-269), Node::leaf(262), Node::split(8, 0.0016500806, 4, 22), Node::split(17, 0.32282877, 2, 49), Node::leaf(74), Node::leaf(-66), Node::leaf(-15), Node::leaf(-303),
    Node::split(3, 3.4175923, 10, -1), Node::split(5, 0.4787348, 6, 6), Node::split(14, 3.8393946, 4, 1), Node::split(12, 0.34848487, 2, 5), Node::leaf(-1), Node::leaf(97), Node::leaf(-137), Node::split(3, 0.89587975, 2, 118), Node::leaf(228), Node::leaf(24), Node::split(3, 4.297262, 2, -106), Node::leaf(-77), Node::leaf(-293),
    Node::split(13, 0.05, 4, -1), Node::split(12, 0.11805555, 2, -71), Node::leaf(-84), Node::leaf(430), Node::split(7, 0.9744811, 8, 9), Node::split(14, 3.0201273, 4, 0), Node::split(0, 0.5, 2, 37), Node::leaf(44), Node::leaf(-147), Node::split(4, 0.026402928, 2, -24), Node::leaf(118), Node::leaf(-40), Node::leaf(77),
    Node::split(3, 4.297262, 12, -1), Node::split(5, 0.33750135, 8, 1), Node::split(12, 0.17424244, 4, -15), Node::split(14, 2.8617926, 2, -24), Node::leaf(14), Node::leaf(-50), Node::split(13, 0.10555556, 2, 93), Node::leaf(406), Node::leaf(47), Node::split(8, 0.019147135, 2, 33), Node::leaf(81), Node::leaf(-11), Node::leaf(-283),
    Node::split(3, 2.9700856, 8, -1), Node::split(26, 0.7002674, 6, 9), Node::split(21, 0.032522473, 4, 12), Node::split(17, 0.032522473, 2, 0), Node::leaf(-19), Node::leaf(36), Node::leaf(64), Node::leaf(-161), Node::split(17, 0.4382622, 4, -63), Node::split(6, 0.9400054, 2, -25), Node::leaf(-109), Node::leaf(32), Node::leaf(-173),
    Node::split(3, 4.297262, 12, -1), Node::split(7, 0.48795006, 8, 1), Node::split(3, 2.3502402, 4, -29), Node::split(17, 0.045804195, 2, -3), Node::leaf(-45), Node::leaf(88), Node::split(14, 2.7403195, 2, -78), Node::leaf(5), Node::leaf(-147), Node::split(8, 0.18566446, 2, 17), Node::leaf(24), Node::leaf(-101), Node::leaf(-272),
    Node::split(3, 4.297262, 12, -1), Node::split(12, 0.73214287, 8, 1), Node::split(14, 3.5972185, 4, -1), Node::split(13, 0.05, 2, 7), Node::leaf(-51), Node::leaf(15), Node::split(3, 0.89587975, 2, -61), Node::leaf(93), Node::leaf(-120), Node::split(8, 0.23869067, 2, 200), Node::leaf(234), Node::leaf(-344), Node::leaf(-262),
    Node::split(5, 0.14765885, 2, -1), Node::leaf(-105), Node::split(5, 0.4787348, 8, 3), Node::split(14, 3.5972185, 4, -1), Node::split(12, 0.41428572, 2, 7), Node::leaf(3), Node::leaf(95), Node::split(3, 0.89587975, 2, -65), Node::leaf(46), Node::leaf(-108), Node::split(3, 0.89587975, 2, 95), Node::leaf(194), Node::leaf(13),
    Node::split(3, 4.297262, 12, -1), Node::split(7, 0.75039685, 8, 1), Node::split(14, 3.1132684, 4, -14), Node::split(3, 0.3465736, 2, 15), Node::leaf(-187), Node::leaf(25), Node::split(3, 2.441401, 2, -56), Node::leaf(-24), Node::leaf(-160), Node::split(8, 0.18566446, 2, 26), Node::leaf(36), Node::leaf(-103), Node::leaf(-249),
    Node::split(3, 3.4175923, 10, -1), Node::split(8, 0.34655976, 8, 4), Node::split(5, 0.4787348, 4, 6), Node::split(14, 3.8393946, 2, 1), Node::leaf(5), Node::leaf(-117), Node::split(3, 0.89587975, 2, 99), Node::leaf(181), Node::leaf(28), Node::leaf(-265), Node::split(12, 0.3875, 2, -77), Node::leaf(-82), Node::leaf(697),
    Node::split(21, 0.032522473, 6, -1), Node::split(12, 0.17424244, 2, -9), Node::leaf(-17), Node::split(13, 0.10555556, 2, 43), Node::leaf(349), Node::leaf(25), Node::split(26, 0.9590301, 6, 40), Node::split(4, 0.18199436, 4, 47), Node::split(8, 0.0097690355, 2, 113), Node::leaf(182), Node::leaf(14), Node::leaf(10), Node::leaf(-346),
    Node::split(13, 0.05, 8, 0), Node::split(12, 0.11805555, 6, -52), Node::split(14, 0.89587975, 2, -63), Node::leaf(-315), Node::split(14, 2.7403195, 2, -50), Node::leaf(-4), Node::leaf(-144), Node::leaf(338), Node::split(8, 0.0016500806, 4, 6), Node::split(26, 0.13383085, 2, 22), Node::leaf(-32), Node::leaf(56), Node::leaf(-15),
    Node::split(3, 4.297262, 12, 0), Node::split(12, 0.73214287, 8, 1), Node::split(14, 3.8393946, 4, -1), Node::split(7, 0.9092624, 2, 2), Node::leaf(-6), Node::leaf(42), Node::split(5, 0.30261603, 2, -99), Node::leaf(-241), Node::leaf(-27), Node::split(8, 0.23869067, 2, 169), Node::leaf(200), Node::leaf(-320), Node::leaf(-235),
    Node::split(3, 4.297262, 12, 0), Node::split(21, 0.032522473, 6, 1), Node::split(14, 2.8617926, 4, -7), Node::split(4, 0.043537498, 2, 19), Node::leaf(-153), Node::leaf(33), Node::leaf(-22), Node::split(26, 0.9590301, 4, 38), Node::split(4, 0.18199436, 2, 44), Node::leaf(100), Node::leaf(12), Node::leaf(-337), Node::leaf(-224),
    Node::split(8, 0.34655976, 12, 0), Node::split(5, 0.4787348, 8, 1), Node::split(14, 3.4498615, 4, -3), Node::split(12, 0.7638889, 2, 6), Node::leaf(5), Node::leaf(299), Node::split(3, 0.89587975, 2, -40), Node::leaf(55), Node::leaf(-77), Node::split(26, 0.27823317, 2, 84), Node::leaf(135), Node::leaf(-15), Node::leaf(-234),
    Node::split(5, 0.14765885, 4, 0), Node::split(14, 2.9700856, 2, -87), Node::leaf(-40), Node::leaf(-265), Node::split(8, 0.18566446, 8, 3), Node::split(5, 0.41922832, 4, 7), Node::split(14, 3.1132684, 2, 0), Node::leaf(19), Node::leaf(-21), Node::split(14, 1.4978662, 2, 56), Node::leaf(-368), Node::leaf(62), Node::leaf(-79),
    Node::split(13, 0.05, 8, 0), Node::split(12, 0.13392857, 6, -46), Node::split(7, 0.66718423, 4, -56), Node::split(4, 0.032825366, 2, -43), Node::leaf(-244), Node::leaf(-28), Node::leaf(-295), Node::leaf(324), Node::split(21, 0.032522473, 2, 5), Node::leaf(-2), Node::split(8, 0.0016500806, 2, 39), Node::leaf(83), Node::leaf(-6),
    Node::split(6, 0.8236639, 8, 0), Node::split(3, 2.9174054, 6, -26), Node::split(17, 0.045804195, 2, -10), Node::leaf(-42), Node::split(8, 0.028309146, 2, 51), Node::leaf(11), Node::leaf(144), Node::leaf(-116), Node::split(8, 0.065393746, 4, 9), Node::split(26, 0.050423726, 2, 23), Node::leaf(-76), Node::leaf(29), Node::leaf(-33),
    Node::split(3, 4.297262, 12, 0), Node::split(14, 3.8393946, 8, 1), Node::split(12, 0.44949496, 4, 3), Node::split(6, 0.8236639, 2, 0), Node::leaf(-26), Node::leaf(10), Node::split(13, 0.29285717, 2, 79), Node::leaf(429), Node::leaf(42), Node::split(5, 0.30261603, 2, -85), Node::leaf(-215), Node::leaf(-23), Node::leaf(-209),
    Node::split(8, 0.34655976, 12, 0), Node::split(6, 1.3950976, 8, 1), Node::split(14, 3.0201273, 4, -7), Node::split(3, 0.3465736, 2, 17), Node::leaf(-183), Node::leaf(25), Node::split(3, 2.7403195, 2, -31), Node::leaf(-14), Node::leaf(-131), Node::split(17, 0.40946347, 2, 28), Node::leaf(45), Node::leaf(-53), Node::leaf(-212),
    Node::split(12, 0.8452381, 8, 0), Node::split(3, 4.297262, 6, -1), Node::split(8, 0.34655976, 4, 0), Node::split(5, 0.4787348, 2, 1), Node::leaf(-2), Node::leaf(69), Node::leaf(-204), Node::leaf(-206), Node::split(5, 0.3359561, 2, 211), Node::leaf(549), Node::split(16, 0.5, 2, 141), Node::leaf(227), Node::leaf(-201),
    Node::split(13, 0.05, 8, 0), Node::split(7, 0.66718423, 6, -40), Node::split(12, 0.11805555, 4, -27), Node::split(14, 2.7403195, 2, -37), Node::leaf(-2), Node::leaf(-116), Node::leaf(273), Node::leaf(-283), Node::split(14, 0.89587975, 4, 5), Node::split(4, 0.25034058, 2, 294), Node::leaf(-133), Node::leaf(953), Node::leaf(4),
    Node::split(8, 0.18566446, 12, 0), Node::split(5, 0.33750135, 8, 3), Node::split(12, 0.17424244, 4, -9), Node::split(14, 2.7403195, 2, -16), Node::leaf(19), Node::leaf(-33), Node::split(13, 0.21111111, 2, 80), Node::leaf(205), Node::leaf(4), Node::split(11, 0.33666667, 2, 26), Node::leaf(28), Node::leaf(-278), Node::leaf(-68),
    Node::split(21, 0.032522473, 6, 0), Node::split(26, 0.06711712, 4, -7), Node::split(5, 0.22295316, 2, -48), Node::leaf(-135), Node::leaf(-19), Node::leaf(0), Node::split(21, 0.11200717, 6, 29), Node::split(8, 0.0016500806, 4, 47), Node::split(17, 0.6159115, 2, 85), Node::leaf(112), Node::leaf(-175), Node::leaf(5), Node::leaf(-78),
    Node::split(12, 0.8452381, 12, 0), Node::split(14, 3.5972185, 4, -1), Node::split(3, 4.297262, 2, 4), Node::leaf(5), Node::leaf(-207), Node::split(3, 0.89587975, 4, -40), Node::split(11, 0.055867665, 2, 60), Node::leaf(190), Node::leaf(10), Node::split(6, 1.6308439, 2, -82), Node::leaf(-109), Node::leaf(58), Node::leaf(193),
    Node::split(5, 0.08876067, 2, 0), Node::leaf(-199), Node::split(8, 0.18566446, 8, 1), Node::split(6, 1.6606351, 4, 3), Node::split(12, 0.8452381, 2, -2), Node::leaf(-3), Node::leaf(294), Node::split(9, 0.7343137, 2, 45), Node::leaf(-90), Node::leaf(81), Node::split(11, 0.0335206, 2, -62), Node::leaf(88), Node::leaf(-91),
    Node::split(26, 0.6376263, 10, 0), Node::split(11, 0.40149254, 8, 2), Node::split(21, 0.032522473, 4, 1), Node::split(14, 2.8617926, 2, -6), Node::leaf(15), Node::leaf(-17), Node::split(4, 0.18199436, 2, 31), Node::leaf(79), Node::leaf(5), Node::leaf(505), Node::split(20, 0.5, 2, -93), Node::leaf(42), Node::leaf(-236),
    Node::split(21, 0.18301436, 12, 0), Node::split(21, 0.032522473, 6, 1), Node::split(13, 0.70714283, 4, -5), Node::split(14, 3.1132684, 2, -8), Node::leaf(7), Node::leaf(-26), Node::leaf(95), Node::split(8, 0.04162199, 4, 30), Node::split(5, 0.2636374, 2, 53), Node::leaf(-13), Node::leaf(91), Node::leaf(-15), Node::leaf(-148),
    Node::split(5, 0.11943145, 2, 0), Node::leaf(-105), Node::split(14, 3.8393946, 8, 1), Node::split(4, 0.98346996, 4, 4), Node::split(26, 0.05926251, 2, 6), Node::leaf(-42), Node::leaf(11), Node::split(26, 0.30079365, 2, -66), Node::leaf(19), Node::leaf(-239), Node::split(4, 0.90754986, 2, -71), Node::leaf(-91), Node::leaf(216),
    Node::split(3, 3.4175923, 6, 0), Node::split(8, 0.34655976, 4, 3), Node::split(26, 0.7002674, 2, 4), Node::leaf(5), Node::leaf(-105), Node::leaf(-190), Node::split(12, 0.21111111, 4, -49), Node::split(6, 0.8190906, 2, -57), Node::leaf(-148), Node::leaf(-20), Node::split(8, 0.0016500806, 2, 389), Node::leaf(972), Node::leaf(80),
    Node::split(23, 0.5, 12, 0), Node::split(12, 0.17424244, 4, 0), Node::split(13, 0.4722222, 2, -4), Node::leaf(-12), Node::leaf(33), Node::split(11, 0.069366485, 4, 30), Node::split(13, 0.11805555, 2, 104), Node::leaf(369), Node::leaf(80), Node::split(5, 0.19307044, 2, -17), Node::leaf(510), Node::leaf(-23), Node::leaf(-237),
    Node::split(14, 3.5972185, 2, 0), Node::leaf(4), Node::split(3, 0.89587975, 4, -34), Node::split(9, 2.75, 2, 51), Node::leaf(88), Node::leaf(-114), Node::split(6, 1.6308439, 4, -72), Node::split(3, 2.3502402, 2, -96), Node::leaf(-59), Node::leaf(-197), Node::split(4, 0.41678017, 2, 49), Node::leaf(-53), Node::leaf(266),
    Node::split(5, 0.08876067, 2, 0), Node::leaf(-181), Node::split(8, 0.18566446, 8, 1), Node::split(6, 0.8236639, 4, 3), Node::split(17, 0.045804195, 2, -18), Node::leaf(-42), Node::leaf(27), Node::split(26, 0.16172624, 2, 11), Node::leaf(-8), Node::leaf(26), Node::split(11, 0.031498015, 2, -54), Node::leaf(81), Node::leaf(-80),
    Node::split(21, 0.11803406, 12, 0), Node::split(21, 0.032522473, 6, 2), Node::split(13, 0.70714283, 4, -5), Node::split(14, 3.1132684, 2, -7), Node::leaf(7), Node::leaf(-24), Node::leaf(83), Node::split(8, 0.0016500806, 4, 34), Node::split(17, 0.34834957, 2, 65), Node::leaf(92), Node::leaf(-149), Node::leaf(-1), Node::leaf(-74),
    Node::split(3, 4.297262, 12, 0), Node::split(14, 3.8393946, 4, 1), Node::split(12, 0.44949496, 2, 3), Node::leaf(0), Node::leaf(58), Node::split(5, 0.30261603, 4, -67), Node::split(25, 0.5, 2, -185), Node::leaf(-271), Node::leaf(78), Node::split(7, 0.3573424, 2, -16), Node::leaf(396), Node::leaf(-38), Node::leaf(-167),
    Node::split(13, 0.05, 8, 0), Node::split(7, 0.66718423, 6, -32), Node::split(4, 0.032825366, 2, -19), Node::leaf(-204), Node::split(14, 2.7403195, 2, -7), Node::leaf(28), Node::leaf(-84), Node::leaf(-271), Node::split(14, 0.89587975, 4, 4), Node::split(7, 0.7275604, 2, 282), Node::leaf(700), Node::leaf(-287), Node::leaf(3),
    Node::split(23, 0.5, 10, 0), Node::split(12, 0.8452381, 6, 0), Node::split(8, 0.34655976, 4, 0), Node::split(5, 0.4787348, 2, 0), Node::leaf(-2), Node::leaf(56), Node::leaf(-166), Node::split(26, 0.25198412, 2, 162), Node::leaf(25), Node::leaf(313), Node::split(17, 0.13397437, 2, -222), Node::leaf(-328), Node::leaf(113),
    Node::split(21, 0.18301436, 12, 0), Node::split(21, 0.032522473, 8, 1), Node::split(26, 0.06711712, 4, -4), Node::split(5, 0.21822384, 2, -37), Node::leaf(-122), Node::leaf(-12), Node::split(4, 0.98346996, 2, 1), Node::leaf(4), Node::leaf(-89), Node::split(7, 0.11782974, 2, 24), Node::leaf(-130), Node::leaf(29), Node::leaf(-128),
    Node::split(14, 3.5972185, 2, 0), Node::leaf(4), Node::split(3, 0.89587975, 6, -30), Node::split(14, 3.7012258, 2, 44), Node::leaf(130), Node::split(12, 0.44949496, 2, -18), Node::leaf(32), Node::leaf(-216), Node::split(6, 1.9938986, 2, -64), Node::leaf(-74), Node::split(11, 0.13079116, 2, 178), Node::leaf(313), Node::leaf(-241),
    Node::split(5, 0.08876067, 2, 0), Node::leaf(-168), Node::split(8, 0.18566446, 6, 1), Node::split(12, 0.8452381, 4, 3), Node::split(6, 0.8236639, 2, 2), Node::leaf(-16), Node::leaf(9), Node::leaf(182), Node::split(4, 0.8891166, 4, -49), Node::split(5, 0.15209907, 2, -30), Node::leaf(781), Node::leaf(-36), Node::leaf(-233),
    Node::split(3, 4.297262, 10, 0), Node::split(14, 3.4498615, 2, 1), Node::leaf(6), Node::split(3, 0.89587975, 4, -20), Node::split(5, 0.4509127, 2, 55), Node::leaf(28), Node::leaf(164), Node::split(3, 2.673554, 2, -53), Node::leaf(-35), Node::leaf(-143), Node::split(14, 3.979638, 2, -155), Node::leaf(-187), Node::leaf(508),
    Node::split(26, 0.6376263, 4, 0), Node::split(11, 0.40149254, 2, 1), Node::leaf(1), Node::leaf(429), Node::split(20, 0.5, 8, -73), Node::split(14, 2.0126758, 4, 51), Node::split(6, 0.99141634, 2, 147), Node::leaf(435), Node::leaf(-33), Node::split(9, 1.5555556, 2, -112), Node::leaf(-248), Node::leaf(171), Node::leaf(-215),
];
