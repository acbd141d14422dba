//! TF-ISF term vectors of the prose sentences and a bounded similarity graph over them.

use super::terms::content_terms;
use super::Document;
use crate::text::BlockKind;
// Term ids in first-seen order; the map is only looked up.
use rustc_hash::FxHashMap as HashMap;

/// Terms in more sentences than this add no graph edges: their inverse sentence
/// frequency is low anyway, and skipping them bounds the pair count on huge inputs.
const MAX_POSTINGS: usize = 300;
/// Strongest edges kept per sentence.
const MAX_NEIGHBOURS: usize = 40;
/// Similarities at or below this are not edges.
const MIN_EDGE: f32 = 0.02;
const PAGERANK_ITERATIONS: usize = 30;

/// Unit-length, sparse TF-ISF vectors of the prose sentences.
pub struct Vectors {
    /// Indices (into the document's sentences) of the prose sentences, in order.
    pub prose: Vec<usize>,
    /// For each prose sentence: (term id, weight), sorted by term id, L2-normalised.
    pub vecs: Vec<Vec<(u32, f32)>>,
    /// Term id of each distinct term.
    pub ids: HashMap<String, u32>,
    /// Number of prose sentences containing each term.
    pub df: Vec<u32>,
    /// Occurrences of each term in the prose.
    pub tf: Vec<u32>,
}

impl Vectors {
    /// Builds the vectors for the prose sentences of `doc`.
    pub fn build(doc: &Document) -> Vectors {
        let prose: Vec<usize> = (0..doc.sentences.len())
            .filter(|&i| doc.kinds[i] == BlockKind::Prose)
            .collect();
        let mut ids: HashMap<String, u32> = HashMap::default();
        let mut df: Vec<u32> = Vec::new();
        let mut tf: Vec<u32> = Vec::new();
        let mut counts: Vec<Vec<(u32, f32)>> = Vec::with_capacity(prose.len());
        for &i in &prose {
            let mut bag: Vec<u32> = content_terms(doc.text, &doc.tokens[i])
                .into_iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    let id = *ids.entry(t).or_insert(next);
                    if id as usize == df.len() {
                        df.push(0);
                        tf.push(0);
                    }
                    tf[id as usize] += 1;
                    id
                })
                .collect();
            bag.sort_unstable();
            let mut row: Vec<(u32, f32)> = Vec::new();
            for id in bag {
                match row.last_mut() {
                    Some((last, c)) if *last == id => *c += 1.0,
                    _ => {
                        df[id as usize] += 1;
                        row.push((id, 1.0));
                    }
                }
            }
            counts.push(row);
        }
        let n = prose.len().max(1) as f32;
        let vecs = counts
            .into_iter()
            .map(|row| {
                let mut v: Vec<(u32, f32)> = row
                    .into_iter()
                    .map(|(id, c)| (id, (1.0 + c.ln()) * (1.0 + n / df[id as usize] as f32).ln()))
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                v
            })
            .collect();
        Vectors {
            prose,
            vecs,
            ids,
            df,
            tf,
        }
    }

    /// Cosine similarity of prose sentences `a` and `b` (positions in `prose`).
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vecs[a], &self.vecs[b])
    }

    /// Sum of every term's weights over all prose sentences (the unnormalised centroid).
    fn column_sums(&self) -> Vec<f32> {
        let mut column = vec![0.0f32; self.df.len()];
        for v in &self.vecs {
            for &(id, w) in v {
                column[id as usize] += w;
            }
        }
        column
    }

    /// Cosine similarity of each prose sentence to the whole prose (its centroid).
    /// Linear in the input; proportional to the sentence's weighted degree in the
    /// similarity graph, plus a constant.
    pub fn centroid_similarity(&self) -> Vec<f32> {
        let centroid = self.column_sums();
        let norm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt();
        if norm == 0.0 {
            return vec![0.0; self.vecs.len()];
        }
        self.vecs
            .iter()
            .map(|v| {
                v.iter()
                    .map(|&(id, w)| w * centroid[id as usize])
                    .sum::<f32>()
                    / norm
            })
            .collect()
    }

    /// PageRank over the sentence-similarity graph (LexRank/TextRank), scaled so the
    /// mean is 1.
    ///
    /// Edges come from an inverted index; terms in more than [`MAX_POSTINGS`] sentences
    /// are skipped and each sentence keeps its [`MAX_NEIGHBOURS`] strongest edges, so a
    /// 100,000-word input stays near-linear.
    pub fn pagerank(&self) -> Vec<f32> {
        let n = self.vecs.len();
        if n == 0 {
            return Vec::new();
        }
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); self.df.len()];
        for (s, v) in self.vecs.iter().enumerate() {
            for &(id, w) in v {
                if (self.df[id as usize] as usize) <= MAX_POSTINGS {
                    postings[id as usize].push((s as u32, w));
                }
            }
        }
        let mut scratch = vec![0.0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut edges: Vec<Vec<(u32, f32)>> = Vec::with_capacity(n);
        for (a, v) in self.vecs.iter().enumerate() {
            for &(id, w) in v {
                for &(b, wb) in postings.get(id as usize).into_iter().flatten() {
                    if b as usize != a {
                        if scratch[b as usize] == 0.0 {
                            touched.push(b);
                        }
                        scratch[b as usize] += w * wb;
                    }
                }
            }
            let mut row: Vec<(u32, f32)> = touched
                .drain(..)
                .map(|b| (b, std::mem::take(&mut scratch[b as usize])))
                .filter(|&(_, sim)| sim > MIN_EDGE)
                .collect();
            if row.len() > MAX_NEIGHBOURS {
                row.select_nth_unstable_by(MAX_NEIGHBOURS, |x, y| y.1.total_cmp(&x.1));
                row.truncate(MAX_NEIGHBOURS);
            }
            edges.push(row);
        }
        let out_weight: Vec<f32> = edges
            .iter()
            .map(|row| row.iter().map(|e| e.1).sum())
            .collect();
        let damping = 0.85;
        let mut rank = vec![1.0f32; n];
        for _ in 0..PAGERANK_ITERATIONS {
            let mut next = vec![1.0 - damping; n];
            for (a, row) in edges.iter().enumerate() {
                if out_weight[a] > 0.0 {
                    let share = damping * rank[a] / out_weight[a];
                    for &(b, sim) in row {
                        next[b as usize] += share * sim;
                    }
                } else {
                    next[a] += damping * rank[a];
                }
            }
            rank = next;
        }
        let mean = rank.iter().sum::<f32>() / n as f32;
        rank.iter().map(|r| r / mean.max(f32::EPSILON)).collect()
    }
}

/// Dot product of two sparse vectors sorted by term id.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}
