//! The two kinds of sentence scorer `model.rs` can hold, and how each splits a score into
//! per-feature contributions.
//!
//! `train-summary fit` writes one of them (`--model linear|trees`); the summary trainer's
//! cross-validation scores held-out articles through this same code, so what it measures
//! is what ships.

use super::features::FEATURE_COUNT;

/// A fitted sentence scorer over the features of `features::FEATURES`.
#[derive(Debug, Clone, Copy)]
pub enum Model<'a> {
    /// A logistic regression over standardised features: feature `j` contributes
    /// `weight[j] * (x[j] - mean[j]) / scale[j]`.
    Linear {
        /// Feature means over the training sentences.
        mean: &'a [f32; FEATURE_COUNT],
        /// Feature standard deviations (1 where a feature is constant).
        scale: &'a [f32; FEATURE_COUNT],
        /// Weights of the standardised features.
        weight: &'a [f32; FEATURE_COUNT],
    },
    /// Gradient-boosted regression trees: the score is the sum of the trees' leaf values.
    Trees {
        /// Index in `nodes` of each tree's root.
        roots: &'a [u16],
        /// The nodes of all trees, each tree in preorder (see [`Node`]).
        nodes: &'a [Node],
    },
}

/// The `feature` of a leaf.
pub const LEAF: u8 = u8::MAX;

/// Node values are stored in steps of this size (a signed 16-bit count): exact to
/// 0.00012, ample for scores that only rank sentences, and it keeps a node to 8 bytes.
pub const VALUE_STEP: f32 = 1.0 / 4096.0;

/// One node of a regression tree, 8 bytes. A tree is stored in preorder: a split's left
/// child (`x[feature] <= threshold`) is the node right after it, its right child is
/// `right` nodes after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node {
    /// Rows with `x[feature] <= threshold` go left (unused for a leaf).
    pub threshold: f32,
    /// What the tree predicts for the rows that reach this node (for a split: what it
    /// would predict if the tree stopped there), in units of [`VALUE_STEP`].
    pub steps: i16,
    /// The feature split on, [`LEAF`] for a leaf.
    pub feature: u8,
    /// How far after this node its right child is (0 for a leaf).
    pub right: u8,
}

impl Node {
    /// A split node.
    pub const fn split(feature: u8, threshold: f32, right: u8, steps: i16) -> Node {
        Node {
            threshold,
            steps,
            feature,
            right,
        }
    }

    /// A leaf.
    pub const fn leaf(steps: i16) -> Node {
        Node {
            threshold: 0.0,
            steps,
            feature: LEAF,
            right: 0,
        }
    }

    /// The node's value.
    #[inline]
    pub fn value(&self) -> f32 {
        self.steps as f32 * VALUE_STEP
    }

    /// The whole steps nearest `value` (saturating at the ends of the range).
    pub fn steps_of(value: f64) -> i16 {
        (value / VALUE_STEP as f64).round() as i16
    }
}

impl Model<'_> {
    /// Calls `add(j, c)` with contribution `c` of feature `j` to the score of `x`, zero
    /// standing for the average training sentence (several calls may name the same
    /// feature; their sum is the feature's contribution).
    ///
    /// Trees are attributed along the path `x` takes (Saabas): each split's change of
    /// node value goes to its feature, so a tree's contributions add up to its leaf
    /// value minus its root value. The root values, like the linear intercept, are the
    /// same for every sentence and left out: they do not change the ranking.
    pub fn contributions(&self, x: &[f32; FEATURE_COUNT], mut add: impl FnMut(usize, f32)) {
        match *self {
            Model::Linear {
                mean,
                scale,
                weight,
            } => {
                for j in 0..FEATURE_COUNT {
                    add(j, weight[j] * (x[j] - mean[j]) / scale[j]);
                }
            }
            Model::Trees { roots, nodes } => {
                for &root in roots {
                    let mut at = root as usize;
                    while nodes[at].feature != LEAF {
                        let node = nodes[at];
                        let j = node.feature as usize;
                        let next = if x[j] <= node.threshold {
                            at + 1
                        } else {
                            at + node.right as usize
                        };
                        add(j, nodes[next].value() - node.value());
                        at = next;
                    }
                }
            }
        }
    }

    /// The score of `x`: the sum of its contributions.
    pub fn score(&self, x: &[f32; FEATURE_COUNT]) -> f32 {
        let mut total = 0.0;
        self.contributions(x, |_, c| total += c);
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `value` in steps, for the hand-built trees.
    const fn v(value: f32) -> i16 {
        (value / VALUE_STEP) as i16
    }

    /// Two hand-built trees: x0 <= 0.5 ? (x1 <= 2 ? 1 : 3) : -1, and x1 <= 0 ? 0.5 : -0.5.
    const NODES: [Node; 8] = [
        Node::split(0, 0.5, 4, v(0.25)),
        Node::split(1, 2.0, 2, v(1.5)),
        Node::leaf(v(1.0)),
        Node::leaf(v(3.0)),
        Node::leaf(v(-1.0)),
        Node::split(1, 0.0, 2, v(0.125)),
        Node::leaf(v(0.5)),
        Node::leaf(v(-0.5)),
    ];
    const TREES: Model = Model::Trees {
        roots: &[0, 5],
        nodes: &NODES,
    };

    #[test]
    fn tree_contributions_follow_the_path_and_sum_to_leaf_minus_root() {
        let mut x = [0.0f32; FEATURE_COUNT];
        x[1] = 3.0;
        let mut by_feature = [0.0f32; FEATURE_COUNT];
        TREES.contributions(&x, |j, c| by_feature[j] += c);
        // Tree 1: left (1.5 - 0.25) then right (3 - 1.5); tree 2: right (-0.5 - 0.125).
        assert!((by_feature[0] - 1.25).abs() < 1e-6);
        assert!((by_feature[1] - (1.5 - 0.625)).abs() < 1e-6);
        assert!((TREES.score(&x) - ((3.0 - 0.25) + (-0.5 - 0.125))).abs() < 1e-6);
        x[0] = 1.0;
        x[1] = -1.0;
        assert!((TREES.score(&x) - ((-1.0 - 0.25) + (0.5 - 0.125))).abs() < 1e-6);
    }

    #[test]
    fn linear_contributions_are_weighted_standard_scores() {
        let mean = [1.0f32; FEATURE_COUNT];
        let scale = [2.0f32; FEATURE_COUNT];
        let mut weight = [0.0f32; FEATURE_COUNT];
        weight[3] = 0.5;
        let model = Model::Linear {
            mean: &mean,
            scale: &scale,
            weight: &weight,
        };
        let mut x = [1.0f32; FEATURE_COUNT];
        x[3] = 5.0;
        assert!((model.score(&x) - 1.0).abs() < 1e-6);
    }
}
