//! The compact model: hashed feature keys with quantised per-tag weights.
//!
//! File layout (little endian):
//! `b"NER5"`, tag count (u8), transition weights (tags × tags, i16, row = previous
//! tag), start weights (tags, i16), feature count (u32), a Rice parameter (u8), the
//! sorted keys (cut to [`KEY_BITS`] bits) as Rice-coded deltas, then the i8 weights —
//! per feature, which tags have a non-zero weight (a mask) and those weights, both
//! Huffman-coded (two canonical code tables, then one bit stream) — and last the
//! lexicon of common lower-case words, keys coded like the feature keys.
//! Most weights are zero and the rest cluster near the pruning threshold, so the
//! Huffman code takes 104 KB where the plain bytes gzipped took 140 KB.
//! All weights share one scale, so scores stay integers.

use super::features::Lexicon;
use super::TAGS;

/// Magic bytes of the model file.
const MAGIC: &[u8; 4] = b"NER5";

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
        let rows = read_weights(&mut r, n)?;
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
            slots[s].weights = rows[row];
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
    let rows: Vec<[i8; TAGS]> = features.iter().map(|f| f.1).collect();
    write_weights(&mut out, &rows);
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

/// The mask of a weight row: bit t set when tag t's weight is not zero.
fn mask_of(row: &[i8; TAGS]) -> u16 {
    (0..TAGS)
        .filter(|&t| row[t] != 0)
        .fold(0, |m, t| m | 1 << t)
}

/// Writes the weight rows: the mask code table, the value code table, then per row its
/// mask's code followed by the codes of its non-zero weights in tag order.
fn write_weights(out: &mut Vec<u8>, rows: &[[i8; TAGS]]) {
    let masks: Vec<u16> = rows.iter().map(mask_of).collect();
    let values: Vec<u16> = rows
        .iter()
        .flat_map(|r| r.iter().filter(|&&w| w != 0).map(|&w| w as u8 as u16))
        .collect();
    let mask_code = Huffman::fit(&masks);
    let value_code = Huffman::fit(&values);
    mask_code.write_table(out);
    value_code.write_table(out);
    let mut bits = BitWriter::default();
    for row in rows {
        mask_code.put(&mut bits, mask_of(row));
        for &w in row.iter().filter(|&&w| w != 0) {
            value_code.put(&mut bits, w as u8 as u16);
        }
    }
    out.extend(bits.finish());
}

fn read_weights(r: &mut Reader, n: usize) -> Option<Vec<[i8; TAGS]>> {
    let mask_code = Huffman::read_table(r)?;
    let value_code = Huffman::read_table(r)?;
    let mut bits = BitReader {
        bytes: r.bytes,
        at: r.at * 8,
    };
    let mut rows = Vec::with_capacity(n);
    for _ in 0..n {
        let mask = mask_code.get(&mut bits)?;
        if mask >> TAGS != 0 {
            return None;
        }
        let mut row = [0i8; TAGS];
        for (t, w) in row.iter_mut().enumerate() {
            if mask & 1 << t != 0 {
                *w = u8::try_from(value_code.get(&mut bits)?).ok()? as i8;
            }
        }
        rows.push(row);
    }
    r.at = bits.at.div_ceil(8);
    Some(rows)
}

/// Longest code the reader accepts; a longer one means a corrupt file.
const MAX_CODE_BITS: usize = 32;

/// A canonical Huffman code over u16 symbols: the symbols sorted by (code length,
/// symbol) and how many codes there are of each length — all a decoder needs, and all
/// the file stores (a symbol and its length per entry).
struct Huffman {
    /// Symbols in canonical order.
    symbols: Vec<u16>,
    /// `counts[l]`: number of codes of length l.
    counts: [u32; MAX_CODE_BITS + 1],
    /// The encoder's table: symbol -> (code, length). Empty when read from a file.
    codes: std::collections::BTreeMap<u16, (u32, u8)>,
    /// The decoder's fast path: for each FAST_BITS-bit prefix whose code is at most
    /// that long, (symbol, code length); length 0 sends the decoder the slow way.
    fast: Vec<(u16, u8)>,
}

/// Bits the decoder's look-up table covers (most codes here are shorter).
const FAST_BITS: u32 = 10;

impl Huffman {
    /// The optimal code for the symbols' frequencies (ties broken by symbol, so the
    /// same input always gives the same bytes).
    fn fit(stream: &[u16]) -> Huffman {
        use std::cmp::Reverse;
        use std::collections::{BTreeMap, BinaryHeap};
        let mut freq: BTreeMap<u16, u64> = BTreeMap::new();
        for &s in stream {
            *freq.entry(s).or_default() += 1;
        }
        // Nodes: leaves first, then merged nodes; parent links give each leaf's depth.
        let mut parent: Vec<usize> = vec![usize::MAX; freq.len()];
        let mut heap: BinaryHeap<Reverse<(u64, usize)>> = freq
            .values()
            .enumerate()
            .map(|(i, &f)| Reverse((f, i)))
            .collect();
        while heap.len() > 1 {
            let Reverse((fa, a)) = heap.pop().expect("two or more");
            let Reverse((fb, b)) = heap.pop().expect("two or more");
            let node = parent.len();
            parent.push(usize::MAX);
            parent[a] = node;
            parent[b] = node;
            heap.push(Reverse((fa + fb, node)));
        }
        let mut by_length: Vec<(u8, u16)> = freq
            .keys()
            .enumerate()
            .map(|(i, &sym)| {
                let (mut depth, mut at) = (0u8, i);
                while parent[at] != usize::MAX {
                    at = parent[at];
                    depth += 1;
                }
                (depth.max(1), sym)
            })
            .collect();
        by_length.sort_unstable();
        let mut code = Huffman {
            symbols: by_length.iter().map(|&(_, s)| s).collect(),
            counts: [0; MAX_CODE_BITS + 1],
            codes: BTreeMap::new(),
            fast: Vec::new(),
        };
        let (mut next, mut prev_len) = (0u32, 0u8);
        for &(len, sym) in &by_length {
            assert!((len as usize) <= MAX_CODE_BITS, "Huffman code too long");
            code.counts[len as usize] += 1;
            next <<= len - prev_len;
            prev_len = len;
            code.codes.insert(sym, (next, len));
            next += 1;
        }
        code
    }

    fn write_table(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.symbols.len() as u16).to_le_bytes());
        for &sym in &self.symbols {
            out.extend_from_slice(&sym.to_le_bytes());
            out.push(self.codes[&sym].1);
        }
    }

    fn read_table(r: &mut Reader) -> Option<Huffman> {
        let n = r.u16()? as usize;
        let mut symbols = Vec::with_capacity(n);
        let mut counts = [0u32; MAX_CODE_BITS + 1];
        let mut prev_len = 1;
        for _ in 0..n {
            let sym = r.u16()?;
            let len = r.u8()? as usize;
            // Canonical order: lengths never decrease.
            if !(prev_len..=MAX_CODE_BITS).contains(&len) {
                return None;
            }
            prev_len = len;
            counts[len] += 1;
            symbols.push(sym);
        }
        let mut code = Huffman {
            symbols,
            counts,
            codes: Default::default(),
            fast: vec![(0, 0); 1 << FAST_BITS],
        };
        // Canonical codes of each length are consecutive: fill every table entry that
        // starts with a short code.
        let (mut next, mut index) = (0u32, 0usize);
        for len in 1..=FAST_BITS as usize {
            for _ in 0..code.counts[len] {
                let sym = code.symbols[index];
                let shift = FAST_BITS - len as u32;
                let lo = (next << shift) as usize;
                // A bad table can overflow the code space: no fast path for it.
                if let Some(slots) = code.fast.get_mut(lo..lo + (1 << shift)) {
                    slots.fill((sym, len as u8));
                }
                next += 1;
                index += 1;
            }
            next <<= 1;
        }
        Some(code)
    }

    fn put(&self, bits: &mut BitWriter, sym: u16) {
        let (code, len) = self.codes[&sym];
        for b in (0..len).rev() {
            bits.push((code >> b) & 1 == 1);
        }
    }

    /// Decodes one symbol, reading one bit per code length: the codes of each length
    /// are consecutive integers, starting at `first`.
    fn get(&self, bits: &mut BitReader) -> Option<u16> {
        let (sym, len) = self.fast[bits.peek(FAST_BITS) as usize];
        if len > 0 && bits.at + len as usize <= bits.bytes.len() * 8 {
            bits.at += len as usize;
            return Some(sym);
        }
        let (mut code, mut first, mut index) = (0u64, 0u64, 0usize);
        for len in 1..=MAX_CODE_BITS {
            code |= bits.bit()? as u64;
            let count = self.counts[len] as u64;
            if code < first + count {
                return self.symbols.get(index + (code - first) as usize).copied();
            }
            index += count as usize;
            first = (first + count) << 1;
            code <<= 1;
        }
        None
    }
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
    fn u16(&mut self) -> Option<u16> {
        let b = self.take(2)?;
        Some(u16::from_le_bytes([b[0], b[1]]))
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
    /// The next `n` (at most 24) bits without consuming them, zeros past the end.
    fn peek(&self, n: u32) -> u32 {
        let byte = self.at / 8;
        let mut window = 0u32;
        for i in 0..4 {
            window = (window << 8) | *self.bytes.get(byte + i).unwrap_or(&0) as u32;
        }
        (window << (self.at % 8)) >> (32 - n)
    }
    fn bits(&mut self, n: u32) -> Option<u32> {
        let mut v = 0;
        for _ in 0..n {
            v = (v << 1) | self.bit()? as u32;
        }
        Some(v)
    }
}
