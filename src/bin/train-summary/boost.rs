//! Gradient boosting of small regression trees for the weighted binary log-loss. Training
//! only: the summarizer just walks the trees (`summary::Model::Trees`).
//!
//! Each round fits one tree to the gradient and hessian of the loss at the current
//! scores (Newton boosting): splits are searched over at most [`MAX_BINS`] quantile bins
//! per feature, the tree grows best-first (the leaf whose split gains most is split
//! next) up to `leaves` leaves and `depth` levels, every leaf keeps at least `min_rows`
//! rows and `min_hessian` hessian, and a node's value is its Newton step `-G / (H + l2)`
//! times the learning rate.

use article_summary::summary::{Model, Node, FEATURE_COUNT};

/// Bins per feature: a bin index fits in a byte.
const MAX_BINS: usize = 256;

/// How the trees are grown.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// Boosting rounds (one tree each).
    pub trees: usize,
    /// Most leaves per tree.
    pub leaves: usize,
    /// Most levels of splits per tree.
    pub depth: usize,
    /// Shrinkage of every tree's values.
    pub learning_rate: f64,
    /// Fewest training rows in a leaf.
    pub min_rows: usize,
    /// Least summed hessian (row weight times p(1 - p)) in a leaf.
    pub min_hessian: f64,
    /// L2 penalty on leaf values.
    pub l2: f64,
}

/// A fitted ensemble, in the layout of `summary::Model::Trees`.
pub struct Ensemble {
    /// Index in `nodes` of each tree's root.
    pub roots: Vec<u16>,
    /// All trees' nodes, each tree in preorder.
    pub nodes: Vec<Node>,
    /// Summed split gain (decrease of the second-order loss) per feature.
    pub gain: [f64; FEATURE_COUNT],
    /// The score every row starts from: the log-odds of the weighted positive rate.
    pub bias: f64,
    /// Mean weighted log-loss on the training rows.
    pub loss: f64,
}

impl Ensemble {
    /// The scorer the summarizer would use.
    pub fn model(&self) -> Model<'_> {
        Model::Trees {
            roots: &self.roots,
            nodes: &self.nodes,
        }
    }

    /// The log-odds the ensemble gives `x`: the bias plus every tree's leaf value.
    #[cfg(test)]
    pub fn margin(&self, x: &[f32; FEATURE_COUNT]) -> f64 {
        let roots: f64 = self
            .roots
            .iter()
            .map(|&r| self.nodes[r as usize].value() as f64)
            .sum();
        self.bias + roots + self.model().score(x) as f64
    }
}

/// Fits `params.trees` trees to rows `x` with labels `y` (0 or 1) and weights `w`.
pub fn fit(x: &[[f32; FEATURE_COUNT]], y: &[f32], w: &[f32], params: &Params) -> Ensemble {
    let bins = Bins::new(x);
    let total: f64 = w.iter().map(|&v| v as f64).sum();
    let positive: f64 = y.iter().zip(w).map(|(&y, &w)| (y * w) as f64).sum();
    let rate = (positive / total).clamp(1e-6, 1.0 - 1e-6);
    let bias = (rate / (1.0 - rate)).ln();
    let mut margin = vec![bias; x.len()];
    let (mut g, mut h) = (vec![0.0f64; x.len()], vec![0.0f64; x.len()]);
    let mut ensemble = Ensemble {
        roots: Vec::with_capacity(params.trees),
        nodes: Vec::new(),
        gain: [0.0; FEATURE_COUNT],
        bias,
        loss: 0.0,
    };
    for _ in 0..params.trees {
        for i in 0..x.len() {
            let p = sigmoid(margin[i]);
            let (yi, wi) = (y[i] as f64, w[i] as f64);
            g[i] = wi * (p - yi);
            h[i] = wi * p * (1.0 - p);
        }
        let tree = Tree::grow(&bins, &g, &h, params);
        for (node, rows) in &tree.leaves {
            // The value as an f32, as when the trees were chosen. The stored steps round it
            // by at most 1/8192; the held-out summaries are the same either way (models/
            // summary.md), and rounding here instead only reshuffles later splits.
            let value = tree.nodes[*node].value as f32 as f64;
            for &r in rows {
                margin[r as usize] += value;
            }
        }
        for node in &tree.nodes {
            if let Some((feature, _)) = node.split {
                ensemble.gain[feature] += node.gain;
            }
        }
        ensemble.roots.push(ensemble.nodes.len() as u16);
        tree.flatten(0, &bins, &mut ensemble.nodes);
        assert!(
            ensemble.nodes.len() <= u16::MAX as usize,
            "too many tree nodes for u16 indices"
        );
    }
    let mut loss = 0.0;
    for i in 0..x.len() {
        let p = sigmoid(margin[i]).clamp(1e-12, 1.0 - 1e-12);
        let yi = y[i] as f64;
        loss -= w[i] as f64 * (yi * p.ln() + (1.0 - yi) * (1.0 - p).ln());
    }
    ensemble.loss = loss / total;
    ensemble
}

fn sigmoid(t: f64) -> f64 {
    1.0 / (1.0 + (-t).exp())
}

/// Every feature cut into bins: `edges[j]` are the split thresholds tried for feature
/// `j`, increasing; a value's bin is the number of edges below it, so bin `<= b` is
/// exactly `value <= edges[j][b]`, the test the summarizer makes.
struct Bins {
    edges: Vec<Vec<f32>>,
    /// `codes[j][i]`: the bin of row `i`'s feature `j`.
    codes: Vec<Vec<u8>>,
}

impl Bins {
    fn new(x: &[[f32; FEATURE_COUNT]]) -> Bins {
        let mut edges = Vec::with_capacity(FEATURE_COUNT);
        let mut codes = Vec::with_capacity(FEATURE_COUNT);
        for j in 0..FEATURE_COUNT {
            let column: Vec<f32> = x.iter().map(|r| r[j]).collect();
            let e = edges_of(&column);
            codes.push(
                column
                    .iter()
                    .map(|&v| e.partition_point(|&t| t < v) as u8)
                    .collect(),
            );
            edges.push(e);
        }
        Bins { edges, codes }
    }
}

/// Split thresholds for one feature: between every two neighbouring distinct values when
/// there are few, else after each of `MAX_BINS - 1` quantiles. A threshold lies between
/// a value and the next distinct one, so rows never sit on it.
fn edges_of(column: &[f32]) -> Vec<f32> {
    let mut sorted = column.to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut distinct = sorted.clone();
    distinct.dedup();
    let lows: Vec<f32> = if distinct.len() <= MAX_BINS {
        distinct.clone()
    } else {
        let mut q: Vec<f32> = (1..MAX_BINS)
            .map(|k| sorted[k * sorted.len() / MAX_BINS])
            .collect();
        q.dedup();
        q
    };
    lows.into_iter()
        .filter_map(|lo| {
            let next = distinct.partition_point(|&d| d <= lo);
            let hi = *distinct.get(next)?;
            let mid = lo + (hi - lo) / 2.0;
            Some(if mid < hi { mid } else { lo })
        })
        .collect()
}

/// A tree while it grows.
struct Tree {
    nodes: Vec<Grown>,
    /// The leaves: node index and the rows that reach it.
    leaves: Vec<(usize, Vec<u32>)>,
}

struct Grown {
    /// Feature and bin of the split (rows in bins `<= bin` go left); `None` for a leaf.
    split: Option<(usize, u8)>,
    children: (usize, usize),
    value: f64,
    gain: f64,
}

/// The best split of a leaf: feature, bin, gain.
type Split = (usize, u8, f64);

/// A leaf that may still be split.
struct Open {
    node: usize,
    rows: Vec<u32>,
    depth: usize,
    split: Option<Split>,
}

impl Tree {
    fn grow(bins: &Bins, g: &[f64], h: &[f64], params: &Params) -> Tree {
        let rows: Vec<u32> = (0..g.len() as u32).collect();
        let mut tree = Tree {
            nodes: Vec::new(),
            leaves: Vec::new(),
        };
        let root = tree.add(&rows, g, h, params);
        let mut open = vec![Open::new(root, rows, 0, bins, g, h, params)];
        let mut leaves = 1;
        while leaves < params.leaves {
            let best = (0..open.len())
                .filter(|&i| open[i].split.is_some())
                .max_by(|&a, &b| {
                    let gain = |i: usize| open[i].split.map_or(0.0, |s| s.2);
                    // On equal gains the first leaf wins.
                    gain(a).total_cmp(&gain(b)).then(b.cmp(&a))
                });
            let Some(best) = best else { break };
            let leaf = open.swap_remove(best);
            let Some((feature, bin, gain)) = leaf.split else {
                break;
            };
            let (left, right): (Vec<u32>, Vec<u32>) = leaf
                .rows
                .iter()
                .partition(|&&r| bins.codes[feature][r as usize] <= bin);
            let l = tree.add(&left, g, h, params);
            let r = tree.add(&right, g, h, params);
            let node = &mut tree.nodes[leaf.node];
            node.split = Some((feature, bin));
            node.children = (l, r);
            node.gain = gain;
            let depth = leaf.depth + 1;
            open.push(Open::new(l, left, depth, bins, g, h, params));
            open.push(Open::new(r, right, depth, bins, g, h, params));
            leaves += 1;
        }
        tree.leaves = open.into_iter().map(|o| (o.node, o.rows)).collect();
        tree
    }

    /// Adds a leaf for `rows`, valued by its Newton step.
    fn add(&mut self, rows: &[u32], g: &[f64], h: &[f64], params: &Params) -> usize {
        let (gs, hs) = sums(rows, g, h);
        self.nodes.push(Grown {
            split: None,
            children: (0, 0),
            value: -params.learning_rate * gs / (hs + params.l2),
            gain: 0.0,
        });
        self.nodes.len() - 1
    }

    /// Appends the subtree at `at` to `out` in preorder.
    /// Values are rounded to the stored steps, so the model trained and measured is the
    /// one that ships.
    fn flatten(&self, at: usize, bins: &Bins, out: &mut Vec<Node>) {
        let node = &self.nodes[at];
        let steps = Node::steps_of(node.value);
        match node.split {
            None => out.push(Node::leaf(steps)),
            Some((feature, bin)) => {
                let here = out.len();
                let threshold = bins.edges[feature][bin as usize];
                out.push(Node::split(feature as u8, threshold, 0, steps));
                self.flatten(node.children.0, bins, out);
                out[here].right =
                    u8::try_from(out.len() - here).expect("a tree of under 256 nodes");
                self.flatten(node.children.1, bins, out);
            }
        }
    }
}

impl Open {
    fn new(
        node: usize,
        rows: Vec<u32>,
        depth: usize,
        bins: &Bins,
        g: &[f64],
        h: &[f64],
        params: &Params,
    ) -> Open {
        let split = (depth < params.depth)
            .then(|| best_split(bins, &rows, g, h, params))
            .flatten();
        Open {
            node,
            rows,
            depth,
            split,
        }
    }
}

fn sums(rows: &[u32], g: &[f64], h: &[f64]) -> (f64, f64) {
    rows.iter().fold((0.0, 0.0), |(a, b), &r| {
        (a + g[r as usize], b + h[r as usize])
    })
}

/// The split of `rows` that lowers the second-order loss most, if any does while
/// leaving both sides `min_rows` rows and `min_hessian` hessian.
fn best_split(bins: &Bins, rows: &[u32], g: &[f64], h: &[f64], params: &Params) -> Option<Split> {
    let (gs, hs) = sums(rows, g, h);
    let n = rows.len();
    let l2 = params.l2;
    let parent = gs * gs / (hs + l2);
    let mut best: Option<Split> = None;
    let mut hist = vec![(0.0f64, 0.0f64, 0usize); MAX_BINS];
    for (feature, codes) in bins.codes.iter().enumerate() {
        let cuts = bins.edges[feature].len();
        if cuts == 0 {
            continue;
        }
        hist.iter_mut().for_each(|b| *b = (0.0, 0.0, 0));
        for &r in rows {
            let b = &mut hist[codes[r as usize] as usize];
            b.0 += g[r as usize];
            b.1 += h[r as usize];
            b.2 += 1;
        }
        let (mut gl, mut hl, mut nl) = (0.0, 0.0, 0);
        for (bin, &(bg, bh, bn)) in hist.iter().enumerate().take(cuts) {
            gl += bg;
            hl += bh;
            nl += bn;
            let (gr, hr) = (gs - gl, hs - hl);
            if nl < params.min_rows || hl < params.min_hessian {
                continue;
            }
            if n - nl < params.min_rows || hr < params.min_hessian {
                break;
            }
            let gain = gl * gl / (hl + l2) + gr * gr / (hr + l2) - parent;
            if gain > best.map_or(1e-9, |b| b.2) {
                best = Some((feature, bin as u8, gain));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use article_summary::summary::LEAF;

    /// Deterministic uniform numbers in [0, 1).
    fn uniform(seed: &mut u64) -> f32 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 40) as f32 / (1u64 << 24) as f32
    }

    fn rows(n: usize, seed: u64) -> Vec<[f32; FEATURE_COUNT]> {
        let mut seed = seed;
        (0..n)
            .map(|_| std::array::from_fn(|_| uniform(&mut seed)))
            .collect()
    }

    const SMALL: Params = Params {
        trees: 60,
        leaves: 4,
        depth: 2,
        learning_rate: 0.3,
        min_rows: 5,
        min_hessian: 1e-3,
        l2: 1.0,
    };

    #[test]
    fn learns_xor_of_two_thresholds() {
        // Neither feature alone says anything: only a tree that splits on both can.
        let label = |x: &[f32; FEATURE_COUNT]| ((x[4] > 0.5) != (x[9] > 0.3)) as u8 as f32;
        let train = rows(3000, 1);
        let y: Vec<f32> = train.iter().map(label).collect();
        let w = vec![1.0; train.len()];
        let model = fit(&train, &y, &w, &SMALL);
        let test = rows(1000, 2);
        let right = test
            .iter()
            .filter(|x| (model.margin(x) > 0.0) == (label(x) > 0.5))
            .count();
        assert!(right > 960, "{right} of 1000 right");
        assert!(model.loss < 0.2, "loss {}", model.loss);
        // Nearly all gain comes from the two features that decide the label.
        let total: f64 = model.gain.iter().sum();
        assert!((model.gain[4] + model.gain[9]) / total > 0.9);
    }

    #[test]
    fn a_stump_finds_the_threshold_and_the_newton_values() {
        // Feature 7 on a grid of 20 values: every gap between them is a candidate split,
        // so the best one separates the labels exactly.
        let mut train = rows(4000, 3);
        for x in &mut train {
            x[7] = (x[7] * 20.0).floor() / 20.0;
        }
        let y: Vec<f32> = train.iter().map(|x| (x[7] > 0.7) as u8 as f32).collect();
        // Weights count: rows above the threshold weigh twice as much.
        let w: Vec<f32> = y.iter().map(|&y| 1.0 + y).collect();
        let params = Params {
            trees: 1,
            leaves: 2,
            learning_rate: 0.5,
            l2: 0.0,
            ..SMALL
        };
        let model = fit(&train, &y, &w, &params);
        assert_eq!(model.nodes.len(), 3);
        let root = model.nodes[0];
        assert_eq!(root.feature, 7);
        assert!(
            root.threshold > 0.7 && root.threshold < 0.75,
            "{}",
            root.threshold
        );
        assert_eq!(root.right, 2);
        // At the start every row has p = the weighted positive rate; a pure leaf's
        // Newton step is -(p - y) / (p (1 - p)), shrunk by the learning rate.
        let p = 1.0 / (1.0 + (-model.bias).exp());
        let left = model.nodes[1].value() as f64;
        let right = model.nodes[2].value() as f64;
        assert!((left - 0.5 * (-p / (p * (1.0 - p)))).abs() < 1e-3, "{left}");
        assert!(
            (right - 0.5 * ((1.0 - p) / (p * (1.0 - p)))).abs() < 1e-3,
            "{right}"
        );
        // The root predicts what a single leaf would: nothing, at the base rate.
        assert!(root.value().abs() < 1e-3);
    }

    /// The leaf `x` reaches from `root`, and the number of splits on the way.
    fn leaf_of(nodes: &[Node], root: usize, x: &[f32; FEATURE_COUNT]) -> (usize, usize) {
        let (mut at, mut splits) = (root, 0);
        while nodes[at].feature != LEAF {
            let n = nodes[at];
            at = if x[n.feature as usize] <= n.threshold {
                at + 1
            } else {
                at + n.right as usize
            };
            splits += 1;
        }
        (at, splits)
    }

    #[test]
    fn limits_hold() {
        let train = rows(500, 4);
        let y: Vec<f32> = train
            .iter()
            .map(|x| (x[0] + x[1] > 1.0) as u8 as f32)
            .collect();
        let w = vec![1.0; train.len()];
        let params = Params {
            trees: 5,
            leaves: 7,
            depth: 3,
            min_rows: 40,
            ..SMALL
        };
        let model = fit(&train, &y, &w, &params);
        for (t, &root) in model.roots.iter().enumerate() {
            let end = model
                .roots
                .get(t + 1)
                .map_or(model.nodes.len(), |&r| r as usize);
            let tree = &model.nodes[root as usize..end];
            let leaves = tree.iter().filter(|n| n.feature == LEAF).count();
            assert!(leaves <= 7 && tree.len() == 2 * leaves - 1);
            // Depth 3 at most; every leaf keeps min_rows training rows.
            let mut reached = vec![0usize; end - root as usize];
            for x in &train {
                let (leaf, splits) = leaf_of(&model.nodes, root as usize, x);
                assert!(splits <= 3);
                reached[leaf - root as usize] += 1;
            }
            for (i, n) in tree.iter().enumerate() {
                if n.feature == LEAF {
                    assert!(reached[i] >= 40, "leaf {i} of tree {t}: {}", reached[i]);
                }
            }
        }
    }
}
