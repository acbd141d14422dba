//! The compact model: hashed feature keys with quantised per-tag weights.
//!
//! File layout (little endian):
//! `b"NER1"`, tag count (u8), transition weights (tags × tags, i16, row = previous
//! tag), start weights (tags, i16), feature count (u32), a Rice parameter (u8), the
//! sorted keys (cut to [`KEY_BITS`] bits) as Rice-coded deltas, then the i8 weights tag-major (all features' weights for tag 0,
//! then tag 1, ...) — that order groups similar bytes, which gzip likes — and last
//! the lexicon of common lower-case words, keys coded the same way.
//! All weights share one scale, so scores stay integers.

use super::features::Lexicon;
use super::TAGS;

/// Magic bytes of the model file.
const MAGIC: &[u8; 4] = b"NER4";

/// Bits of a feature hash the model keeps. With ~67,000 features in 2^24 slots an
/// unknown feature hits a stored one about once in 250 look-ups, which costs nothing
/// measurable (CoNLL dev 91.72 at 24 bits and at 28, WikiGold 65.62 vs 65.65; at 22
/// bits WikiGold falls to 65.20), and the keys code in ~10 bits instead of ~14.
pub const KEY_BITS: u32 = 24;

/// The stored form of a feature hash.
#[inline]
pub fn short_key(key: u32) -> u32 {
    key >> (32 - KEY_BITS)
}

/// One slot of the look-up table: a key and its weights side by side, so a look-up
/// touches one cache line (the table is megabytes; tagging is bound by its misses).
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    weights: [i8; TAGS],
}

const EMPTY_SLOT: Slot = Slot {
    key: EMPTY,
    weights: [0; TAGS],
};

/// A loaded model: an open-addressing table from key to weight row.
pub struct Model {
    /// Words common in lower case (see [`Lexicon`]).
    pub lexicon: Lexicon,
    /// `trans[prev * TAGS + tag]`.
    pub trans: [i32; TAGS * TAGS],
    /// Score of starting a sentence with each tag.
    pub start: [i32; TAGS],
    slots: Vec<Slot>,
    mask: usize,
    features: usize,
}

/// No stored key is this (keys have [`KEY_BITS`] bits).
const EMPTY: u32 = u32::MAX;

impl Model {
    /// A model that knows no features (tags everything O).
    pub fn empty() -> Self {
        Model {
            lexicon: Lexicon::default(),
            trans: [0; TAGS * TAGS],
            start: [0; TAGS],
            slots: vec![EMPTY_SLOT],
            mask: 0,
            features: 0,
        }
    }

    /// Number of features with weights.
    pub fn features(&self) -> usize {
        self.features
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
        let keys = read_keys(&mut r)?;
        let n = keys.len();
        let columns = r.take(n * TAGS)?;
        // At most two thirds full: probes stay short, the table stays small.
        let size = (n + n / 2).next_power_of_two().max(2);
        let mut slots = vec![EMPTY_SLOT; size];
        let mask = size - 1;
        for (row, &k) in keys.iter().enumerate() {
            let mut s = k as usize & mask;
            while slots[s].key != EMPTY {
                s = (s + 1) & mask;
            }
            slots[s].key = k;
            for tag in 0..TAGS {
                slots[s].weights[tag] = columns[tag * n + row] as i8;
            }
        }
        let lexicon = Lexicon::from_keys(read_keys(&mut r)?);
        if r.at != bytes.len() {
            return None;
        }
        Some(Model {
            lexicon,
            trans,
            start,
            slots,
            mask,
            features: n,
        })
    }

    /// The weight row of a feature key, if the model knows it.
    #[inline]
    pub fn row(&self, key: u32) -> Option<&[i8]> {
        let key = short_key(key);
        let mut s = key as usize & self.mask;
        loop {
            let slot = &self.slots[s];
            if slot.key == key {
                return Some(&slot.weights);
            }
            if slot.key == EMPTY {
                return None;
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

/// Serialises a model: `features` are (short key, weights) pairs with distinct keys.
pub fn encode(
    trans: &[i16; TAGS * TAGS],
    start: &[i16; TAGS],
    features: &mut [(u32, [i8; TAGS])],
    lexicon: &[u32],
) -> Vec<u8> {
    features.sort_unstable_by_key(|f| f.0);
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(TAGS as u8);
    for &t in trans.iter().chain(start) {
        out.extend_from_slice(&t.to_le_bytes());
    }
    let keys: Vec<u32> = features.iter().map(|f| f.0).collect();
    write_keys(&mut out, &keys);
    for tag in 0..TAGS {
        out.extend(features.iter().map(|f| f.1[tag] as u8));
    }
    let mut words = lexicon.to_vec();
    words.sort_unstable();
    words.dedup();
    write_keys(&mut out, &words);
    out
}

/// Writes sorted distinct keys (feature keys below 2^KEY_BITS, lexicon keys below 2^28):
/// count (u32), Rice parameter (u8), Rice-coded gaps.
fn write_keys(out: &mut Vec<u8>, keys: &[u32]) {
    out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
    // The Rice parameter closest to log2 of the mean gap codes the gaps near entropy.
    let span = keys.last().map_or(1, |&k| k as u64 + 1);
    let mean_gap = (span / keys.len().max(1) as u64).max(1);
    let k = (63 - mean_gap.leading_zeros()).min(31);
    out.push(k as u8);
    let mut bits = BitWriter::default();
    let mut prev = 0u32;
    for &key in keys {
        let d = key - prev;
        prev = key;
        for _ in 0..(d >> k) {
            bits.push(true);
        }
        bits.push(false);
        for b in (0..k).rev() {
            bits.push((d >> b) & 1 == 1);
        }
    }
    out.extend(bits.finish());
}

fn read_keys(r: &mut Reader) -> Option<Vec<u32>> {
    let n = r.u32()? as usize;
    if n > r.bytes.len() * 8 {
        return None;
    }
    let k = r.u8()? as u32;
    if k >= 32 {
        return None;
    }
    let mut bits = BitReader {
        bytes: r.bytes,
        at: r.at * 8,
    };
    let mut keys = Vec::with_capacity(n);
    let mut key = 0u32;
    for _ in 0..n {
        let mut q = 0u32;
        while bits.bit()? {
            q += 1;
            // No gap of a u32 key needs more: a longer run is a corrupt file.
            if u64::from(q) >= 1u64 << (32 - k) {
                return None;
            }
        }
        let d = (q << k) | bits.bits(k)?;
        key = key.checked_add(d)?;
        keys.push(key);
    }
    r.at = bits.at.div_ceil(8);
    Some(keys)
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
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn push(&mut self, bit: bool) {
        if self.used.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if bit {
            *self.bytes.last_mut().expect("pushed above") |= 0x80 >> (self.used % 8);
        }
        self.used += 1;
    }
    fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    /// Position in bits.
    at: usize,
}

impl BitReader<'_> {
    fn bit(&mut self) -> Option<bool> {
        let byte = *self.bytes.get(self.at / 8)?;
        let b = byte & (0x80 >> (self.at % 8)) != 0;
        self.at += 1;
        Some(b)
    }
    fn bits(&mut self, n: u32) -> Option<u32> {
        let mut v = 0;
        for _ in 0..n {
            v = (v << 1) | self.bit()? as u32;
        }
        Some(v)
    }
}
