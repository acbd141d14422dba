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
//! Training documents: cnndm-validation 999, inshorts-news-summary 4058; 103508 sentences, 12502 positive; mean log-loss 0.2645.
//!
//! Share of the total split gain by group: position 66.9%, centrality 18.0%, entities 0.1%, topic 9.2%, form 5.8%.
//!
//! | feature | group | splits | share of gain |
//! |---|---|---|---|
//! | first | position | 6 | 2.8% |
//! | second | position | 0 | 0.0% |
//! | third | position | 0 | 0.0% |
//! | log_rank | position | 97 | 63.3% |
//! | relative_position | position | 15 | 0.7% |
//! | centroid_similarity | centrality | 68 | 15.2% |
//! | pagerank | centrality | 10 | 0.1% |
//! | centrality_rank | centrality | 22 | 1.3% |
//! | lead_similarity | centrality | 37 | 1.3% |
//! | entity_coverage | entities | 3 | 0.1% |
//! | top_entity | entities | 0 | 0.0% |
//! | entity_density | entities | 6 | 0.1% |
//! | title_overlap | topic | 51 | 4.0% |
//! | key_terms | topic | 21 | 5.1% |
//! | log_words | form | 47 | 2.1% |
//! | short | form | 0 | 0.0% |
//! | long | form | 0 | 0.0% |
//! | quote_share | form | 12 | 0.4% |
//! | starts_with_quote | form | 0 | 0.0% |
//! | question | form | 0 | 0.0% |
//! | parentheses | form | 3 | 0.1% |
//! | digit_share | form | 17 | 0.4% |
//! | dateline | form | 3 | 0.3% |
//! | byline | form | 2 | 0.0% |
//! | pronoun_start | form | 0 | 0.0% |
//! | first_person | form | 0 | 0.0% |
//! | capitalised_share | form | 30 | 2.5% |
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
    Node::split(3, 1.4978662, 10, 0), Node::split(13, 0.21111111, 4, 877), Node::split(26, 0.9590301, 2, 246), Node::leaf(434), Node::leaf(-381), Node::split(0, 0.5, 4, 1385), Node::split(3, 0.89587975, 2, 1058), Node::leaf(1433), Node::leaf(814), Node::leaf(2436), Node::split(3, 2.2499049, 2, -188), Node::leaf(97), Node::leaf(-283),
    Node::split(3, 1.7005987, 10, -3), Node::split(5, 0.31838065, 4, 585), Node::split(5, 0.21174634, 2, 224), Node::leaf(-127), Node::leaf(375), Node::split(3, 0.89587975, 4, 942), Node::split(14, 2.3502402, 2, 1247), Node::leaf(-126), Node::leaf(1319), Node::leaf(639), Node::split(3, 2.3502402, 2, -201), Node::leaf(20), Node::leaf(-281),
    Node::split(3, 1.8688347, 10, -4), Node::split(5, 0.33750135, 6, 431), Node::split(5, 0.21731222, 2, 202), Node::leaf(-104), Node::split(12, 0.34848487, 2, 315), Node::leaf(275), Node::leaf(1042), Node::split(3, 1.2424533, 2, 725), Node::leaf(908), Node::leaf(416), Node::split(3, 2.524928, 2, -212), Node::leaf(-54), Node::leaf(-286),
    Node::split(3, 2.0126758, 10, -5), Node::split(5, 0.27451462, 4, 331), Node::split(5, 0.19820254, 2, 32), Node::leaf(-175), Node::leaf(132), Node::split(12, 0.44949496, 4, 475), Node::split(3, 1.2424533, 2, 413), Node::leaf(557), Node::leaf(260), Node::leaf(1019), Node::split(5, 0.2422563, 2, -220), Node::leaf(-294), Node::leaf(-102),
    Node::split(3, 2.0126758, 10, -5), Node::split(5, 0.34351328, 6, 283), Node::split(26, 0.9590301, 4, 135), Node::split(3, 1.2424533, 2, 174), Node::leaf(337), Node::leaf(66), Node::leaf(-366), Node::split(3, 0.89587975, 2, 483), Node::leaf(660), Node::leaf(336), Node::split(5, 0.2422563, 2, -207), Node::leaf(-282), Node::leaf(-94),
    Node::split(3, 2.0126758, 10, -6), Node::split(5, 0.26658836, 4, 244), Node::split(26, 0.9590301, 2, 0), Node::leaf(42), Node::leaf(-360), Node::split(12, 0.52272725, 4, 338), Node::split(3, 1.2424533, 2, 300), Node::leaf(395), Node::leaf(192), Node::leaf(782), Node::split(3, 2.802901, 2, -195), Node::leaf(-90), Node::leaf(-279),
    Node::split(3, 2.0126758, 10, -6), Node::split(5, 0.25169495, 4, 212), Node::split(5, 0.16973151, 2, -31), Node::leaf(-242), Node::leaf(31), Node::split(12, 0.44949496, 4, 283), Node::split(7, 0.9744811, 2, 246), Node::leaf(210), Node::leaf(457), Node::leaf(610), Node::split(5, 0.24039465, 2, -183), Node::leaf(-261), Node::leaf(-75),
    Node::split(3, 2.138333, 10, -6), Node::split(13, 0.10555556, 4, 173), Node::split(22, 0.5, 2, -25), Node::leaf(25), Node::leaf(-374), Node::split(4, 0.0167603, 2, 241), Node::leaf(520), Node::split(3, 1.4978662, 2, 184), Node::leaf(260), Node::leaf(81), Node::split(3, 2.9700856, 2, -186), Node::leaf(-103), Node::leaf(-272),
    Node::split(3, 2.3502402, 10, -5), Node::split(5, 0.37068585, 6, 134), Node::split(12, 0.34848487, 4, 63), Node::split(5, 0.20109573, 2, 43), Node::leaf(-153), Node::leaf(78), Node::leaf(439), Node::split(8, 0.019147135, 2, 297), Node::leaf(422), Node::leaf(168), Node::split(5, 0.20988339, 2, -200), Node::leaf(-280), Node::leaf(-128),
    Node::split(3, 2.3502402, 10, -5), Node::split(5, 0.35712332, 4, 118), Node::split(5, 0.20109573, 2, 49), Node::leaf(-136), Node::leaf(82), Node::split(3, 0.89587975, 4, 245), Node::split(14, 2.9174054, 2, 378), Node::leaf(9), Node::leaf(434), Node::leaf(150), Node::split(5, 0.20988339, 2, -188), Node::leaf(-269), Node::leaf(-118),
    Node::split(3, 2.441401, 10, -5), Node::split(3, 1.4978662, 6, 99), Node::split(26, 0.9590301, 4, 187), Node::split(0, 0.5, 2, 217), Node::leaf(168), Node::leaf(393), Node::leaf(-366), Node::split(12, 0.2361111, 2, 6), Node::leaf(-15), Node::leaf(215), Node::split(5, 0.20988339, 2, -187), Node::leaf(-262), Node::leaf(-119),
    Node::split(3, 2.441401, 10, -5), Node::split(12, 0.41428572, 6, 88), Node::split(5, 0.2555376, 2, 64), Node::leaf(-59), Node::split(3, 1.4978662, 2, 109), Node::leaf(170), Node::leaf(39), Node::split(8, 0.09300866, 2, 362), Node::leaf(457), Node::leaf(100), Node::split(5, 0.20988339, 2, -176), Node::leaf(-250), Node::leaf(-110),
    Node::split(3, 2.524928, 10, -5), Node::split(7, 0.74611235, 6, 75), Node::split(12, 0.29285717, 4, 13), Node::split(22, 0.5, 2, -5), Node::leaf(8), Node::leaf(-320), Node::leaf(267), Node::split(0, 0.5, 2, 170), Node::leaf(124), Node::leaf(362), Node::split(3, 3.3140206, 2, -174), Node::leaf(-120), Node::leaf(-256),
    Node::split(3, 2.138333, 8, -4), Node::split(12, 0.55050504, 6, 89), Node::split(26, 0.9590301, 4, 73), Node::split(3, 1.2424533, 2, 85), Node::leaf(162), Node::leaf(24), Node::leaf(-292), Node::leaf(371), Node::split(3, 2.9700856, 4, -126), Node::split(7, 0.5366324, 2, -60), Node::leaf(-128), Node::leaf(13), Node::leaf(-209),
    Node::split(5, 0.29034108, 6, -4), Node::split(3, 2.3502402, 2, -98), Node::leaf(-11), Node::split(12, 0.34848487, 2, -169), Node::leaf(-174), Node::leaf(847), Node::split(3, 0.89587975, 6, 102), Node::split(13, 0.41428572, 2, 195), Node::leaf(68), Node::split(8, 0.050900057, 2, 295), Node::leaf(363), Node::leaf(57), Node::leaf(61),
    Node::split(5, 0.24512935, 4, -4), Node::split(3, 3.0677824, 2, -130), Node::leaf(-74), Node::leaf(-222), Node::split(3, 1.4978662, 6, 63), Node::split(14, 1.8688347, 2, 136), Node::leaf(-300), Node::split(8, 0.012281375, 2, 150), Node::leaf(215), Node::leaf(70), Node::split(14, 3.4498615, 2, 1), Node::leaf(33), Node::leaf(-117),
    Node::split(3, 2.6020033, 10, -4), Node::split(5, 0.37068585, 6, 48), Node::split(5, 0.18250194, 2, 9), Node::leaf(-152), Node::split(12, 0.34848487, 2, 26), Node::leaf(14), Node::leaf(226), Node::split(8, 0.03858172, 2, 144), Node::leaf(218), Node::leaf(50), Node::split(5, 0.19011013, 2, -144), Node::leaf(-226), Node::leaf(-94),
    Node::split(5, 0.23030186, 4, -3), Node::split(3, 3.3140206, 2, -129), Node::leaf(-84), Node::leaf(-233), Node::split(3, 1.7005987, 6, 45), Node::split(26, 0.9590301, 4, 101), Node::split(8, 0.015415139, 2, 111), Node::leaf(162), Node::leaf(48), Node::leaf(-337), Node::split(14, 3.2384863, 2, -15), Node::leaf(34), Node::leaf(-100),
    Node::split(3, 2.673554, 12, -3), Node::split(7, 0.48795006, 6, 38), Node::split(26, 0.5889895, 4, -36), Node::split(3, 1.7005987, 2, -19), Node::leaf(52), Node::leaf(-76), Node::leaf(-321), Node::split(12, 0.6125, 4, 77), Node::split(8, 0.0016500806, 2, 66), Node::leaf(109), Node::leaf(15), Node::leaf(317), Node::leaf(-133),
    Node::split(5, 0.29034108, 10, -3), Node::split(5, 0.1633152, 2, -70), Node::leaf(-210), Node::split(4, 0.21314652, 4, -41), Node::split(26, 0.7002674, 2, 36), Node::leaf(53), Node::leaf(-304), Node::split(14, 3.1132684, 2, -82), Node::leaf(-21), Node::leaf(-176), Node::split(5, 0.41922832, 2, 65), Node::leaf(39), Node::leaf(154),
    Node::split(5, 0.21731222, 6, -3), Node::split(12, 0.34848487, 4, -121), Node::split(5, 0.14765885, 2, -126), Node::leaf(-231), Node::leaf(-89), Node::leaf(1173), Node::split(12, 0.55050504, 6, 31), Node::split(3, 2.138333, 2, 21), Node::leaf(50), Node::split(14, 3.4498615, 2, -42), Node::leaf(-7), Node::leaf(-189), Node::leaf(261),
    Node::split(3, 2.802901, 12, -3), Node::split(7, 0.7581084, 8, 26), Node::split(12, 0.21111111, 4, -8), Node::split(22, 0.5, 2, -25), Node::leaf(-17), Node::leaf(-275), Node::split(13, 0.10555556, 2, 121), Node::leaf(551), Node::leaf(85), Node::split(3, 0.3465736, 2, 85), Node::leaf(212), Node::leaf(59), Node::leaf(-123),
    Node::split(5, 0.19820254, 4, -2), Node::split(12, 0.34848487, 2, -130), Node::leaf(-135), Node::leaf(1177), Node::split(3, 1.4978662, 4, 22), Node::split(26, 0.7002674, 2, 74), Node::leaf(85), Node::leaf(-323), Node::split(14, 3.2384863, 4, -16), Node::split(12, 0.21111111, 2, 24), Node::leaf(8), Node::leaf(218), Node::leaf(-89),
    Node::split(3, 2.8617926, 10, -2), Node::split(12, 0.6125, 8, 21), Node::split(7, 0.9092624, 4, 14), Node::split(21, 0.032522473, 2, -3), Node::leaf(-19), Node::leaf(73), Node::split(17, 0.32282877, 2, 95), Node::leaf(126), Node::leaf(-44), Node::leaf(262), Node::split(5, 0.19011013, 2, -114), Node::leaf(-189), Node::leaf(-60),
    Node::split(3, 3.3140206, 12, -2), Node::split(7, 0.75039685, 8, 13), Node::split(12, 0.41428572, 4, -17), Node::split(3, 1.8688347, 2, -25), Node::leaf(12), Node::leaf(-60), Node::split(13, 0.11805555, 2, 184), Node::leaf(876), Node::leaf(129), Node::split(21, 0.02570711, 2, 65), Node::leaf(40), Node::leaf(156), Node::leaf(-154),
    Node::split(5, 0.1633152, 2, -2), Node::leaf(-162), Node::split(3, 1.4978662, 6, 11), Node::split(26, 0.7002674, 4, 56), Node::split(5, 0.4787282, 2, 67), Node::leaf(52), Node::leaf(213), Node::leaf(-299), Node::split(14, 3.4498615, 4, -19), Node::split(12, 0.17424244, 2, 5), Node::leaf(-8), Node::leaf(149), Node::leaf(-128),
    Node::split(3, 3.3140206, 10, -2), Node::split(7, 0.9744811, 6, 11), Node::split(12, 0.68333334, 4, 0), Node::split(14, 3.5972185, 2, -4), Node::leaf(7), Node::leaf(-93), Node::leaf(271), Node::split(9, 0.71428573, 2, 117), Node::leaf(-32), Node::leaf(152), Node::split(5, 0.14765885, 2, -139), Node::leaf(-256), Node::leaf(-95),
    Node::split(5, 0.15798163, 2, -2), Node::leaf(-157), Node::split(5, 0.37068585, 6, 9), Node::split(12, 0.34848487, 2, -10), Node::leaf(-17), Node::split(13, 0.11805555, 2, 143), Node::leaf(757), Node::leaf(97), Node::split(8, 0.08045474, 4, 67), Node::split(14, 2.2499049, 2, 109), Node::leaf(-214), Node::leaf(125), Node::leaf(-28),
    Node::split(3, 3.3140206, 12, -1), Node::split(7, 0.48795006, 6, 10), Node::split(26, 0.7002674, 4, -33), Node::split(3, 1.8688347, 2, -24), Node::leaf(24), Node::leaf(-65), Node::leaf(-291), Node::split(8, 0.0016500806, 4, 33), Node::split(17, 0.32282877, 2, 68), Node::leaf(94), Node::leaf(-58), Node::leaf(-11), Node::leaf(-125),
    Node::split(13, 0.05, 4, -1), Node::split(12, 0.11805555, 2, -94), Node::leaf(-108), Node::leaf(513), Node::split(3, 1.2424533, 4, 12), Node::split(21, 0.021858577, 2, 61), Node::leaf(31), Node::leaf(147), Node::split(14, 3.0201273, 2, -11), Node::leaf(45), Node::split(7, 0.91682386, 2, -54), Node::leaf(-73), Node::leaf(47),
    Node::split(5, 0.14765885, 2, -1), Node::leaf(-158), Node::split(12, 0.6125, 8, 6), Node::split(21, 0.032522473, 4, 1), Node::split(14, 3.8393946, 2, -12), Node::leaf(-7), Node::leaf(-155), Node::split(26, 0.9590301, 2, 60), Node::leaf(69), Node::leaf(-378), Node::split(13, 0.3875, 2, 200), Node::leaf(501), Node::leaf(145),
    Node::split(3, 3.4175923, 12, -1), Node::split(5, 0.41922832, 8, 8), Node::split(14, 3.5972185, 4, -3), Node::split(12, 0.41428572, 2, 7), Node::leaf(1), Node::leaf(138), Node::split(3, 0.89587975, 2, -83), Node::leaf(72), Node::leaf(-138), Node::split(3, 0.89587975, 2, 80), Node::leaf(153), Node::leaf(31), Node::leaf(-122),
    Node::split(5, 0.14765885, 2, -1), Node::leaf(-144), Node::split(12, 0.6125, 8, 5), Node::split(21, 0.032522473, 4, 1), Node::split(5, 0.4787282, 2, -10), Node::leaf(-15), Node::leaf(107), Node::split(26, 0.9590301, 2, 53), Node::leaf(62), Node::leaf(-370), Node::split(8, 0.114667505, 2, 173), Node::leaf(235), Node::leaf(-77),
    Node::split(3, 4.297262, 12, -1), Node::split(7, 0.48795006, 6, 2), Node::split(3, 2.3502402, 4, -35), Node::split(17, 0.045804195, 2, -6), Node::leaf(-49), Node::leaf(88), Node::leaf(-90), Node::split(8, 0.0016500806, 4, 22), Node::split(17, 0.32282877, 2, 50), Node::leaf(74), Node::leaf(-65), Node::leaf(-15), Node::leaf(-303),
    Node::split(3, 3.4175923, 12, -1), Node::split(26, 0.7002674, 8, 6), Node::split(3, 1.2424533, 4, 10), Node::split(21, 0.021858577, 2, 46), Node::leaf(21), Node::leaf(121), Node::split(14, 3.4498615, 2, -7), Node::leaf(12), Node::leaf(-94), Node::split(20, 0.5, 2, -179), Node::leaf(17), Node::leaf(-288), Node::leaf(-106),
    Node::split(3, 4.297262, 12, -1), Node::split(5, 0.33750135, 8, 2), Node::split(12, 0.17424244, 4, -16), Node::split(14, 2.9174054, 2, -25), Node::leaf(10), Node::leaf(-53), Node::split(13, 0.10555556, 2, 98), Node::leaf(407), Node::leaf(53), Node::split(8, 0.019147135, 2, 35), Node::leaf(85), Node::leaf(-11), Node::leaf(-291),
    Node::split(13, 0.05, 6, -1), Node::split(12, 0.11805555, 4, -72), Node::split(14, 0.89587975, 2, -85), Node::leaf(-330), Node::leaf(-71), Node::leaf(410), Node::split(14, 3.8393946, 6, 9), Node::split(12, 0.55050504, 2, 13), Node::leaf(9), Node::split(13, 0.29285717, 2, 138), Node::leaf(539), Node::leaf(101), Node::leaf(-114),
    Node::split(3, 4.297262, 12, -1), Node::split(7, 0.48795006, 6, 1), Node::split(12, 0.41428572, 4, -30), Node::split(26, 0.9590301, 2, -35), Node::leaf(-29), Node::leaf(-253), Node::leaf(235), Node::split(8, 0.18566446, 4, 18), Node::split(5, 0.4787282, 2, 26), Node::leaf(19), Node::leaf(129), Node::leaf(-104), Node::leaf(-280),
    Node::split(3, 4.297262, 12, -1), Node::split(7, 0.9744811, 6, 1), Node::split(14, 3.5972185, 2, -6), Node::leaf(3), Node::split(3, 0.89587975, 2, -78), Node::leaf(76), Node::leaf(-130), Node::split(9, 0.25186568, 2, 68), Node::leaf(-96), Node::split(5, 0.25850737, 2, 92), Node::leaf(652), Node::leaf(83), Node::leaf(-270),
    Node::split(3, 2.9700856, 8, -1), Node::split(21, 0.032522473, 4, 8), Node::split(17, 0.032522473, 2, -2), Node::leaf(-20), Node::leaf(33), Node::split(26, 0.9590301, 2, 54), Node::leaf(61), Node::leaf(-373), Node::split(17, 0.4382622, 4, -59), Node::split(6, 0.9400054, 2, -21), Node::leaf(-103), Node::leaf(34), Node::leaf(-171),
    Node::split(3, 4.297262, 12, -1), Node::split(12, 0.73214287, 8, 1), Node::split(6, 1.3951225, 4, -1), Node::split(14, 3.0201273, 2, -12), Node::leaf(20), Node::leaf(-42), Node::split(17, 0.40946347, 2, 35), Node::leaf(56), Node::leaf(-58), Node::split(8, 0.23869067, 2, 199), Node::leaf(235), Node::leaf(-363), Node::leaf(-259),
    Node::split(13, 0.05, 4, -1), Node::split(12, 0.11805555, 2, -60), Node::leaf(-72), Node::leaf(350), Node::split(14, 3.8393946, 8, 7), Node::split(8, 0.0016500806, 4, 11), Node::split(26, 0.13383085, 2, 30), Node::leaf(-26), Node::leaf(63), Node::split(17, 0.045804195, 2, -13), Node::leaf(-38), Node::leaf(37), Node::leaf(-102),
    Node::split(3, 3.4175923, 10, -1), Node::split(26, 0.7002674, 6, 5), Node::split(8, 0.34655976, 4, 7), Node::split(5, 0.4787282, 2, 9), Node::leaf(4), Node::leaf(104), Node::leaf(-275), Node::split(20, 0.5, 2, -152), Node::leaf(29), Node::leaf(-264), Node::split(12, 0.41428572, 2, -80), Node::leaf(-85), Node::leaf(752),
    Node::split(12, 0.17424244, 6, -1), Node::split(3, 4.297262, 4, -8), Node::split(21, 0.032522473, 2, -7), Node::leaf(-16), Node::leaf(39), Node::leaf(-265), Node::split(13, 0.21111111, 6, 48), Node::split(8, 0.0016500806, 4, 182), Node::split(3, 1.8688347, 2, 387), Node::leaf(196), Node::leaf(766), Node::leaf(79), Node::leaf(21),
    Node::split(5, 0.14765885, 4, 0), Node::split(14, 2.9700856, 2, -97), Node::leaf(-49), Node::leaf(-275), Node::split(8, 0.18566446, 8, 3), Node::split(12, 0.57738096, 4, 7), Node::split(5, 0.35712332, 2, 4), Node::leaf(-8), Node::leaf(37), Node::split(3, 1.7005987, 2, 143), Node::leaf(86), Node::leaf(482), Node::leaf(-88),
    Node::split(3, 4.297262, 12, 0), Node::split(14, 3.8393946, 8, 1), Node::split(6, 0.8236263, 4, 4), Node::split(3, 2.3502402, 2, -26), Node::leaf(0), Node::leaf(-78), Node::split(8, 0.065393746, 2, 16), Node::leaf(30), Node::leaf(-31), Node::split(5, 0.3026122, 2, -100), Node::leaf(-237), Node::leaf(-33), Node::leaf(-231),
    Node::split(12, 0.73214287, 12, 0), Node::split(14, 3.5972185, 6, -2), Node::split(13, 0.05, 4, 4), Node::split(7, 0.66718423, 2, -46), Node::leaf(-33), Node::leaf(-293), Node::leaf(11), Node::split(3, 0.89587975, 2, -52), Node::leaf(74), Node::split(6, 1.6308439, 2, -102), Node::leaf(-127), Node::leaf(31), Node::leaf(170),
    Node::split(8, 0.34655976, 12, 0), Node::split(7, 0.75039685, 8, 1), Node::split(14, 3.1132684, 4, -12), Node::split(3, 0.3465736, 2, 16), Node::leaf(-184), Node::leaf(25), Node::split(3, 2.441401, 2, -54), Node::leaf(-22), Node::leaf(-158), Node::split(13, 0.05, 2, 23), Node::leaf(-283), Node::leaf(26), Node::leaf(-233),
    Node::split(3, 4.297262, 12, 0), Node::split(21, 0.032522473, 6, 1), Node::split(14, 2.8617926, 4, -7), Node::split(4, 0.043537498, 2, 21), Node::leaf(-154), Node::leaf(34), Node::leaf(-22), Node::split(26, 0.9590301, 4, 36), Node::split(4, 0.18199436, 2, 42), Node::leaf(102), Node::leaf(8), Node::leaf(-329), Node::leaf(-220),
    Node::split(12, 0.17424244, 8, 0), Node::split(13, 0.4722222, 4, -7), Node::split(14, 2.8617926, 2, -15), Node::leaf(11), Node::leaf(-35), Node::split(0, 0.5, 2, 37), Node::leaf(7), Node::leaf(183), Node::split(5, 0.1940993, 2, 40), Node::leaf(550), Node::split(11, 0.069366485, 2, 33), Node::leaf(99), Node::leaf(-10),
    Node::split(5, 0.14765885, 6, 0), Node::split(12, 0.11805555, 4, -84), Node::split(14, 2.9700856, 2, -98), Node::leaf(-54), Node::leaf(-281), Node::leaf(493), Node::split(8, 0.18566446, 6, 3), Node::split(12, 0.8452381, 4, 6), Node::split(5, 0.41922832, 2, 5), Node::leaf(-1), Node::leaf(52), Node::leaf(256), Node::leaf(-78),
    Node::split(13, 0.05, 8, 0), Node::split(12, 0.13392857, 6, -43), Node::split(14, 2.7403195, 4, -53), Node::split(4, 0.066719666, 2, -15), Node::leaf(-233), Node::leaf(15), Node::leaf(-136), Node::leaf(309), Node::split(14, 3.5972185, 2, 5), Node::leaf(11), Node::split(3, 0.89587975, 2, -40), Node::leaf(56), Node::leaf(-82),
    Node::split(8, 0.34655976, 12, 0), Node::split(5, 0.4787282, 4, 1), Node::split(14, 3.5972185, 2, -2), Node::leaf(3), Node::leaf(-53), Node::split(3, 0.89587975, 4, 72), Node::split(14, 3.2769666, 2, 165), Node::leaf(4), Node::leaf(248), Node::split(26, 0.2762289, 2, -3), Node::leaf(72), Node::leaf(-146), Node::leaf(-214),
    Node::split(3, 4.297262, 12, 0), Node::split(26, 0.050423726, 6, 1), Node::split(8, 0.026466267, 4, -57), Node::split(13, 0.56349206, 2, -93), Node::leaf(-107), Node::leaf(163), Node::leaf(28), Node::split(8, 0.18566446, 4, 5), Node::split(6, 1.6607684, 2, 8), Node::leaf(2), Node::leaf(60), Node::leaf(-75), Node::leaf(-206),
    Node::split(21, 0.032522473, 6, 0), Node::split(26, 0.06997144, 4, -7), Node::split(5, 0.22295642, 2, -50), Node::leaf(-141), Node::leaf(-19), Node::leaf(0), Node::split(21, 0.11200717, 6, 31), Node::split(8, 0.0016500806, 4, 48), Node::split(17, 0.6159115, 2, 93), Node::leaf(120), Node::leaf(-171), Node::leaf(-1), Node::leaf(-75),
    Node::split(12, 0.8452381, 10, 0), Node::split(3, 4.297262, 8, -1), Node::split(14, 3.8393946, 4, 0), Node::split(26, 0.6376263, 2, 2), Node::leaf(4), Node::leaf(-101), Node::split(5, 0.3026122, 2, -83), Node::leaf(-218), Node::leaf(-21), Node::leaf(-203), Node::split(8, 0.04723418, 2, 204), Node::leaf(275), Node::leaf(-67),
    Node::split(3, 2.8617926, 4, 0), Node::split(17, 0.045804195, 2, 5), Node::leaf(-5), Node::leaf(28), Node::split(14, 2.7403195, 4, -33), Node::split(6, 0.66495764, 2, 39), Node::leaf(-69), Node::leaf(76), Node::split(7, 0.68444765, 2, -76), Node::leaf(-139), Node::split(17, 0.19098279, 2, 0), Node::leaf(46), Node::leaf(-137),
    Node::split(8, 0.34655976, 12, 0), Node::split(12, 0.68333334, 6, 1), Node::split(5, 0.4787282, 2, -1), Node::leaf(-4), Node::split(3, 0.89587975, 2, 66), Node::leaf(160), Node::leaf(-2), Node::split(3, 2.0126758, 2, 116), Node::leaf(70), Node::split(5, 0.36662528, 2, 559), Node::leaf(926), Node::leaf(-60), Node::leaf(-195),
    Node::split(5, 0.08876067, 2, 0), Node::leaf(-202), Node::split(14, 3.0201273, 4, 1), Node::split(3, 0.3465736, 2, 15), Node::leaf(-177), Node::leaf(24), Node::split(4, 0.026402928, 4, -11), Node::split(12, 0.041666668, 2, 88), Node::leaf(151), Node::leaf(-7), Node::split(7, 0.91682386, 2, -24), Node::leaf(-38), Node::leaf(37),
    Node::split(21, 0.032522473, 4, 0), Node::split(12, 0.17424244, 2, -6), Node::leaf(-13), Node::leaf(33), Node::split(26, 0.9590301, 8, 28), Node::split(4, 0.18199436, 4, 33), Node::split(8, 0.0097690355, 2, 83), Node::leaf(143), Node::leaf(-3), Node::split(5, 0.2755, 2, 5), Node::leaf(-54), Node::leaf(35), Node::leaf(-312),
    Node::split(8, 0.2943448, 12, 0), Node::split(12, 0.8452381, 8, 1), Node::split(3, 3.749435, 4, 0), Node::split(14, 3.817652, 2, 2), Node::leaf(5), Node::leaf(-72), Node::split(4, 0.79169977, 2, -80), Node::leaf(-177), Node::leaf(1), Node::split(14, 3.7256207, 2, 199), Node::leaf(269), Node::leaf(-90), Node::leaf(-131),
    Node::split(13, 0.05, 8, 0), Node::split(7, 0.66718423, 6, -35), Node::split(12, 0.11805555, 4, -23), Node::split(14, 2.7403195, 2, -33), Node::leaf(0), Node::leaf(-111), Node::leaf(263), Node::leaf(-272), Node::split(14, 0.89587975, 4, 4), Node::split(7, 0.7198131, 2, 291), Node::leaf(742), Node::leaf(-264), Node::leaf(3),
    Node::split(14, 3.4498615, 2, 0), Node::leaf(6), Node::split(3, 0.89587975, 4, -25), Node::split(5, 0.45094362, 2, 59), Node::leaf(30), Node::leaf(172), Node::split(5, 0.2655659, 4, -61), Node::split(4, 0.20015898, 2, -130), Node::leaf(-14), Node::leaf(-204), Node::split(26, 0.2921748, 2, -34), Node::leaf(-14), Node::leaf(-133),
    Node::split(5, 0.11943145, 4, 0), Node::split(14, 2.6020033, 2, -103), Node::leaf(-34), Node::leaf(-260), Node::split(8, 0.18566446, 8, 1), Node::split(12, 0.6125, 4, 4), Node::split(26, 0.05926251, 2, 2), Node::leaf(-39), Node::leaf(6), Node::split(3, 1.7005987, 2, 95), Node::leaf(40), Node::leaf(411), Node::leaf(-61),
    Node::split(23, 0.5, 12, 0), Node::split(21, 0.032522473, 6, 0), Node::split(14, 3.1132684, 4, -5), Node::split(3, 0.3465736, 2, 8), Node::leaf(-135), Node::leaf(15), Node::leaf(-22), Node::split(21, 0.11200717, 4, 27), Node::split(8, 0.0016500806, 2, 42), Node::leaf(78), Node::leaf(2), Node::leaf(-66), Node::leaf(-241),
    Node::split(6, 0.8236263, 6, 0), Node::split(17, 0.045804195, 2, -20), Node::leaf(-44), Node::split(3, 2.3502402, 2, 27), Node::leaf(75), Node::leaf(-60), Node::split(8, 0.065393746, 6, 7), Node::split(26, 0.16172624, 4, 19), Node::split(12, 0.15476191, 2, -5), Node::leaf(-19), Node::leaf(95), Node::leaf(39), Node::leaf(-31),
    Node::split(5, 0.08876067, 2, 0), Node::leaf(-184), Node::split(14, 3.8393946, 8, 1), Node::split(4, 0.98346996, 4, 3), Node::split(11, 0.22263993, 2, 5), Node::leaf(2), Node::leaf(76), Node::split(26, 0.30079365, 2, -65), Node::leaf(20), Node::leaf(-239), Node::split(4, 0.90754986, 2, -65), Node::leaf(-86), Node::leaf(230),
    Node::split(3, 4.297262, 12, 0), Node::split(26, 0.6376263, 6, 1), Node::split(11, 0.40149254, 2, 2), Node::leaf(2), Node::split(5, 0.29689974, 2, 489), Node::leaf(801), Node::leaf(-1), Node::split(20, 0.5, 4, -83), Node::split(6, 0.9913995, 2, 36), Node::leaf(188), Node::leaf(-66), Node::leaf(-218), Node::leaf(-170),
    Node::split(8, 0.34655976, 12, 0), Node::split(21, 0.18301436, 8, 1), Node::split(21, 0.032522473, 4, 2), Node::split(13, 0.70714283, 2, -4), Node::leaf(-7), Node::leaf(94), Node::split(4, 0.18199436, 2, 30), Node::leaf(71), Node::leaf(7), Node::split(7, 0.07707158, 2, -137), Node::leaf(256), Node::leaf(-175), Node::leaf(-166),
    Node::split(14, 3.5972185, 4, 0), Node::split(7, 0.4074773, 2, 4), Node::leaf(-17), Node::leaf(12), Node::split(3, 0.89587975, 4, -31), Node::split(11, 0.055867665, 2, 38), Node::leaf(165), Node::leaf(-10), Node::split(6, 1.9938986, 2, -63), Node::leaf(-73), Node::split(3, 1.7005987, 2, 184), Node::leaf(-58), Node::leaf(449),
    Node::split(23, 0.5, 12, 0), Node::split(12, 0.2361111, 4, 0), Node::split(3, 1.8688347, 2, -4), Node::leaf(10), Node::leaf(-18), Node::split(13, 0.29285717, 4, 29), Node::split(8, 0.007746987, 2, 152), Node::leaf(301), Node::leaf(67), Node::split(11, 0.06711712, 2, 4), Node::leaf(65), Node::leaf(-29), Node::leaf(-222),
    Node::split(14, 3.0201273, 4, 0), Node::split(0, 0.5, 2, 12), Node::leaf(19), Node::leaf(-156), Node::split(7, 0.8637802, 6, -10), Node::split(3, 2.7403195, 2, -29), Node::leaf(-15), Node::split(4, 0.23720077, 2, -110), Node::leaf(422), Node::leaf(-120), Node::split(8, 0.025458053, 2, 33), Node::leaf(66), Node::leaf(-20),
    Node::split(5, 0.08876067, 2, 0), Node::leaf(-171), Node::split(8, 0.34655976, 8, 1), Node::split(14, 2.9174054, 4, 1), Node::split(0, 0.5, 2, 15), Node::leaf(23), Node::leaf(-163), Node::split(3, 1.7005987, 2, -7), Node::leaf(15), Node::leaf(-34), Node::split(9, 1.5, 2, -155), Node::leaf(-236), Node::leaf(59),
    Node::split(12, 0.8452381, 10, 0), Node::split(3, 4.297262, 8, -1), Node::split(14, 3.8393946, 4, 0), Node::split(6, 0.8236263, 2, 2), Node::leaf(-16), Node::leaf(8), Node::split(5, 0.3026122, 2, -60), Node::leaf(-186), Node::leaf(-6), Node::leaf(-166), Node::split(26, 0.25198412, 2, 153), Node::leaf(14), Node::leaf(304),
    Node::split(8, 0.1954307, 4, 0), Node::split(12, 0.8452381, 2, 2), Node::leaf(1), Node::leaf(182), Node::split(4, 0.12517029, 6, -54), Node::split(21, 0.05926251, 4, -151), Node::split(11, 0.18257576, 2, -189), Node::leaf(-231), Node::leaf(144), Node::leaf(228), Node::split(4, 0.8891166, 2, -18), Node::leaf(14), Node::leaf(-227),
];
