//! The compact model: hashed feature keys with quantised per-tag weights.
//!
//! File layout (little endian):
//! `b"NER1"`, tag count (u8), transition weights (tags × tags, i16, row = previous
//! tag), start weights (tags, i16), feature count (u32), the sorted keys as
//! varint deltas, then the i8 weights tag-major (all features' weights for tag 0,
//! then tag 1, ...) — that order groups similar bytes, which gzip likes.
//! All weights share one scale, so scores stay integers.

use super::TAGS;

/// Magic bytes of the model file.
const MAGIC: &[u8; 4] = b"NER1";

/// A loaded model: an open-addressing table from key to weight row.
pub struct Model {
    /// `trans[prev * TAGS + tag]`.
    pub trans: [i32; TAGS * TAGS],
    /// Score of starting a sentence with each tag.
    pub start: [i32; TAGS],
    slots: Vec<(u32, u32)>,
    mask: usize,
    /// Feature-major weights: row r is `weights[r * TAGS..][..TAGS]`.
    weights: Vec<i8>,
}

const EMPTY: u32 = u32::MAX;

impl Model {
    /// A model that knows no features (tags everything O).
    pub fn empty() -> Self {
        Model {
            trans: [0; TAGS * TAGS],
            start: [0; TAGS],
            slots: vec![(0, EMPTY)],
            mask: 0,
            weights: Vec::new(),
        }
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.weights.len() / TAGS
    }

    /// Reads a model file; `None` when the bytes are not a model.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC || r.u8()? as usize != TAGS {
            return None;
        }
        let mut trans = [0i32; TAGS * TAGS];
        for t in &mut trans {
            *t = r.i16()? as i32;
        }
        let mut start = [0i32; TAGS];
        for t in &mut start {
            *t = r.i16()? as i32;
        }
        let n = r.u32()? as usize;
        if n > bytes.len() {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.wrapping_add(r.varint()?);
            keys.push(key);
        }
        let columns = r.take(n * TAGS)?;
        let mut weights = vec![0i8; n * TAGS];
        for tag in 0..TAGS {
            for (f, &w) in columns[tag * n..(tag + 1) * n].iter().enumerate() {
                weights[f * TAGS + tag] = w as i8;
            }
        }
        let size = (n * 2).next_power_of_two().max(2);
        let mut slots = vec![(0u32, EMPTY); size];
        let mask = size - 1;
        for (row, &k) in keys.iter().enumerate() {
            let mut s = k as usize & mask;
            while slots[s].1 != EMPTY {
                s = (s + 1) & mask;
            }
            slots[s] = (k, row as u32);
        }
        Some(Model {
            trans,
            start,
            slots,
            mask,
            weights,
        })
    }

    /// The weight row of a feature key, if the model knows it.
    #[inline]
    pub fn row(&self, key: u32) -> Option<&[i8]> {
        let mut s = key as usize & self.mask;
        loop {
            let (k, row) = self.slots[s];
            if row == EMPTY {
                return None;
            }
            if k == key {
                let r = row as usize * TAGS;
                return Some(&self.weights[r..r + TAGS]);
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the weights of `keys` into `scores`.
    #[inline]
    pub fn score(&self, keys: &[u32], scores: &mut [i32; TAGS]) {
        for &k in keys {
            if let Some(row) = self.row(k) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
    }
}

/// Serialises a model: `features` are (key, weights) pairs with distinct keys.
pub fn encode(
    trans: &[i16; TAGS * TAGS],
    start: &[i16; TAGS],
    features: &mut [(u32, [i8; TAGS])],
) -> Vec<u8> {
    features.sort_unstable_by_key(|f| f.0);
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(TAGS as u8);
    for &t in trans.iter().chain(start) {
        out.extend_from_slice(&t.to_le_bytes());
    }
    out.extend_from_slice(&(features.len() as u32).to_le_bytes());
    let mut prev = 0u32;
    for &(k, _) in features.iter() {
        let mut d = k - prev;
        prev = k;
        loop {
            let b = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                out.push(b);
                break;
            }
            out.push(b | 0x80);
        }
    }
    for tag in 0..TAGS {
        out.extend(features.iter().map(|f| f.1[tag] as u8));
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn i16(&mut self) -> Option<i16> {
        let b = self.take(2)?;
        Some(i16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Option<u32> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn varint(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u32).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}
