//! The perfect-hash search: which bytes of a string key make its fingerprint ([`Reader`]), and
//! where each fingerprint goes ([`Table`]). Values only; `emit` turns them into tokens.
//!
//! Both searches take expected linear time (n log n at worst, from sorting), so that a catalog of
//! tens of thousands of entries expands in seconds in a debug build:
//!
//! - [`Reader::search`] refines groups of keys that share the fingerprint so far, and scores each
//!   candidate byte on the keys still sharing one only;
//! - [`Table::search`] is hash and displace with the largest buckets placed first (as CHD and
//!   `PTHash` do), each placement trying displacements within a work budget, so a bad multiplier
//!   costs a bounded amount before the next is tried.

use error_catalog_runtime::__private::{WORDS_MAX, hash_bytes, key_words, words_fingerprint};

/// At most this many picks make a string's fingerprint. The first seven and the length fill a
/// `u64`; later ones are combined (XOR) over the first seven's places.
pub const MAX_PICKS: usize = 16;

/// Bytes at most this far from either end of a key are candidates for a pick.
const PICK_REACH: usize = 32;

/// Up to this many keys, picks are searched; beyond, keys are hashed whole: the search's cost
/// grows with the keys times the picks a large set needs, and a lookup in a large table is
/// dominated by its cache misses, not by reading a key's bytes.
const PICKS_UP_TO: usize = 16_384;

/// The most picks that read a byte some keys lack (each a length test and a branch) before the
/// hash of every byte is cheaper: a short-key table as varied as carrier status codes (`1`,
/// `MK:0001`, `UNDELIV_601`) needs nine picks, seven of them tested, which cost more than
/// hashing the two words of a key.
const MAX_TESTED_PICKS: usize = 4;

/// From this many keys on, a string's fingerprint reads both its first and its last eight bytes
/// whenever every key has eight: a near miss of one of many keys is then rejected by the slot's
/// tag (10,000 keys: misses 0.70× a `FxHashMap` lookup, were 0.82×). Smaller catalogs keep the
/// fewest picks, which is faster on hits (`tencent_sms` hits 0.68× against 0.75×).
const BOTH_WORDS_FROM: usize = 1024;

/// The most keys longer than [`WORDS_MAX`] bytes a [`Reader::Words`] table leaves to a `match`.
pub const MAX_LONG_KEYS: usize = 16;

/// Multipliers tried for each table shape before trying the next shape.
const TRIES: usize = 256;

/// A multiplier sequence that depends on nothing but this constant (splitmix64).
const SEED: u64 = 0x243F_6A88_85A3_08D3;

/// A part of a string key that goes into its fingerprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The byte at this offset from the start (0 when the string is shorter).
    Front(usize),
    /// The byte at this offset from the end, 0 being the last (0 when the string is shorter).
    Back(usize),
    /// The first eight bytes, little-endian (only when every key has eight).
    FrontWord,
    /// The last eight bytes, little-endian (only when every key has eight).
    BackWord,
}

impl Pick {
    /// The pick's value for `key`.
    #[must_use]
    pub fn value(self, key: &[u8]) -> u64 {
        let word = |bytes: Option<&[u8]>| {
            bytes
                .and_then(|bytes| <[u8; 8]>::try_from(bytes).ok())
                .map_or(0, u64::from_le_bytes)
        };
        match self {
            Pick::Front(at) => u64::from(key.get(at).copied().unwrap_or(0)),
            Pick::Back(at) => u64::from(
                key.len()
                    .checked_sub(at + 1)
                    .and_then(|index| key.get(index))
                    .copied()
                    .unwrap_or(0),
            ),
            Pick::FrontWord => word(key.get(..8)),
            Pick::BackWord => word(key.len().checked_sub(8).and_then(|at| key.get(at..))),
        }
    }

    /// The byte offset from the pick's end of the key (0 for words).
    #[must_use]
    pub fn offset(self) -> usize {
        match self {
            Pick::Front(at) | Pick::Back(at) => at,
            Pick::FrontWord | Pick::BackWord => 0,
        }
    }
}

/// Where the pick at index `at` starts in the fingerprint: bytes 1 to 7 (byte 0 is the
/// length's), the eighth pick and later over the first seven's places again.
#[must_use]
pub fn rotation(at: usize) -> u32 {
    // `at % 7` is below 7.
    8 * (u32::try_from(at % 7).unwrap_or(0) + 1)
}

/// The multiplier of the pick at index `at`, for a pick that has no byte of the fingerprint of
/// its own: a word (eight bytes cannot sit beside the length), or a byte from the eighth pick on.
/// Its value times an odd constant is added, so that it changes every bit above its lowest
/// instead of cancelling the length or an earlier pick's byte. `None` for a byte among the first
/// seven, which is shifted to its own byte ([`rotation`]).
#[must_use]
pub fn spread(at: usize, pick: Pick) -> Option<u64> {
    let later = match pick {
        // Words number after the bytes, so no word shares a byte's multiplier.
        Pick::FrontWord | Pick::BackWord => at + MAX_PICKS,
        Pick::Front(_) | Pick::Back(_) => at.checked_sub(7)?,
    };
    let later = u64::try_from(later).ok()?;
    let mut z = later.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    Some((z ^ (z >> 31)) | 1)
}

/// How a string key becomes the fingerprint the table hashes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reader {
    /// Its length XOR up to seven byte picks, each shifted to its own byte of a `u64`, plus
    /// later byte picks and the word picks (the first or last eight bytes) each times its own
    /// odd constant ([`spread`]).
    Picks {
        /// The shortest key's length: shorter inputs are rejected before any read.
        min_len: usize,
        /// The longest key's length.
        max_len: usize,
        /// The picks, in order.
        picks: Vec<Pick>,
    },
    /// Keys of up to [`WORDS_MAX`] bytes as the runtime's `key_words` reads them, two words that
    /// are every byte: for keys a few picks do not tell apart, where each slot then holds its
    /// key's words and length, so that an input is compared with them in registers. Each of the
    /// at most [`MAX_LONG_KEYS`] longer keys is an arm of a `match`, and not in the table.
    Words {
        /// The shortest key's length.
        min_len: usize,
        /// The longest key's length.
        max_len: usize,
    },
    /// Every byte, hashed by the runtime's `hash_bytes`: for keys a few bytes do not tell apart.
    Hash {
        /// The shortest key's length.
        min_len: usize,
        /// The longest key's length.
        max_len: usize,
    },
}

impl Reader {
    /// The fingerprint of `key`, as the generated code computes it.
    #[must_use]
    pub fn fingerprint(&self, key: &[u8]) -> u64 {
        match self {
            Reader::Picks { picks, .. } => {
                // The shifted bytes first, then the spread picks added, in the generated code's
                // order: XOR and addition do not commute.
                let shifted = picks.iter().enumerate().fold(
                    key.len() as u64,
                    |print, (at, pick)| match spread(at, *pick) {
                        Some(_) => print,
                        None => print ^ (pick.value(key) << rotation(at)),
                    },
                );
                picks.iter().enumerate().fold(shifted, |print, (at, pick)| {
                    spread(at, *pick).map_or(print, |multiplier| {
                        print.wrapping_add(pick.value(key).wrapping_mul(multiplier))
                    })
                })
            }
            Reader::Words { .. } => {
                let (first, second) = key_words(key);
                words_fingerprint(key.len(), first, second)
            }
            Reader::Hash { .. } => hash_bytes(key),
        }
    }

    /// Whether `key` is found through the table (else through the `match` of long keys).
    #[must_use]
    pub fn in_table(&self, key: &[u8]) -> bool {
        !matches!(self, Reader::Words { .. }) || key.len() <= WORDS_MAX
    }

    /// The keys' shortest and longest lengths.
    #[must_use]
    pub fn lengths(&self) -> (usize, usize) {
        match self {
            Reader::Picks {
                min_len, max_len, ..
            }
            | Reader::Words { min_len, max_len }
            | Reader::Hash { min_len, max_len } => (*min_len, *max_len),
        }
    }

    /// The reader that gives each of `keys` (distinct) its own fingerprint: for up to 16,384 keys,
    /// picks if at most [`MAX_PICKS`] bytes near the ends tell them apart; else, when at most
    /// [`MAX_LONG_KEYS`] keys are longer than [`WORDS_MAX`] bytes, the words of the others; else
    /// the hash of every byte. `None` for no keys, or when even the hash is not distinct.
    #[must_use]
    pub fn search(keys: &[&[u8]]) -> Option<Reader> {
        let min_len = keys.iter().map(|key| key.len()).min()?;
        let max_len = keys.iter().map(|key| key.len()).max()?;
        if keys.len() <= PICKS_UP_TO {
            // Words first; when a word's bits and the length happen to cancel, bytes alone.
            for words in [true, false] {
                let Some(picks) = choose_picks(keys, min_len, max_len, words) else {
                    continue;
                };
                let tested = picks.iter().filter(|pick| pick.offset() >= min_len).count();
                if tested > MAX_TESTED_PICKS {
                    continue;
                }
                let reader = Reader::Picks {
                    min_len,
                    max_len,
                    picks,
                };
                if reader.is_perfect(keys) {
                    return Some(reader);
                }
            }
        }
        let long = keys.iter().filter(|key| key.len() > WORDS_MAX).count();
        if long <= MAX_LONG_KEYS {
            let reader = Reader::Words { min_len, max_len };
            if reader.is_perfect(keys) {
                return Some(reader);
            }
        }
        let reader = Reader::Hash { min_len, max_len };
        reader.is_perfect(keys).then_some(reader)
    }

    /// Whether every key in the table has its own fingerprint.
    fn is_perfect(&self, keys: &[&[u8]]) -> bool {
        let mut fingerprints: Vec<u64> = keys
            .iter()
            .filter(|key| self.in_table(key))
            .map(|key| self.fingerprint(key))
            .collect();
        fingerprints.sort_unstable();
        fingerprints.windows(2).all(|pair| pair[0] != pair[1])
    }
}

/// Greedily adds the pick that tells the most keys apart (preferring bytes every key has, then
/// words, then offsets near the ends) until the length and the picks tell every key apart; `None`
/// if [`MAX_PICKS`] picks do not.
///
/// Keys are kept in groups that agree on the length and every pick so far; a candidate is scored
/// by how many groups it makes, counted on the keys of groups of two or more only.
fn choose_picks(keys: &[&[u8]], min_len: usize, max_len: usize, words: bool) -> Option<Vec<Pick>> {
    let mut candidates = Vec::new();
    if words && min_len >= 8 {
        candidates.extend([Pick::BackWord, Pick::FrontWord]);
    }
    for offset in 0..max_len.min(PICK_REACH) {
        candidates.extend([Pick::Front(offset), Pick::Back(offset)]);
    }
    // (group, key index), sorted by group: the keys sharing a fingerprint so far.
    let mut members: Vec<(usize, usize)> = (0..keys.len()).map(|k| (keys[k].len(), k)).collect();
    let mut picks = Vec::new();
    if words && min_len >= 8 && keys.len() >= BOTH_WORDS_FROM {
        // Both words from the start, though fewer picks might do: an input that differs from a
        // key at either end (another version's code, another letter case) then gets another
        // fingerprint, and the slot's tag rejects it without reading the key's text.
        for pick in [Pick::BackWord, Pick::FrontWord] {
            members = split_groups(&members, keys, pick);
            picks.push(pick);
        }
    }
    let mut scratch = Scratch {
        seen: [0; 256],
        round: 0,
        values: Vec::new(),
    };
    loop {
        members.sort_unstable();
        members = renumber_shared(&members);
        if members.is_empty() {
            return Some(picks);
        }
        if picks.len() == MAX_PICKS {
            return None;
        }
        let mut best: Option<((usize, bool), Pick)> = None;
        for &pick in &candidates {
            if picks.contains(&pick) {
                continue;
            }
            let score = (
                groups_after(&members, keys, pick, &mut scratch),
                pick.offset() < min_len,
            );
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, pick));
            }
        }
        let (_, pick) = best?;
        picks.push(pick);
        members = split_groups(&members, keys, pick);
    }
}

/// Each group of `members` split by `pick`'s value: the new group is (old group, value).
fn split_groups(members: &[(usize, usize)], keys: &[&[u8]], pick: Pick) -> Vec<(usize, usize)> {
    let mut split: Vec<(usize, u64, usize)> = members
        .iter()
        .map(|&(group, key)| (group, pick.value(keys[key]), key))
        .collect();
    split.sort_unstable();
    let mut next = Vec::with_capacity(split.len());
    let mut group = 0;
    for (at, &(old, value, key)) in split.iter().enumerate() {
        if at > 0 && (split[at - 1].0, split[at - 1].1) != (old, value) {
            group += 1;
        }
        next.push((group, key));
    }
    next
}

/// The members (sorted by group) of groups of two or more, renumbered from 0.
fn renumber_shared(members: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut shared = Vec::new();
    let mut start = 0;
    let mut group = 0;
    while start < members.len() {
        let end = start
            + members[start..]
                .iter()
                .take_while(|(g, _)| *g == members[start].0)
                .count();
        if end - start > 1 {
            shared.extend(members[start..end].iter().map(|&(_, key)| (group, key)));
            group += 1;
        }
        start = end;
    }
    shared
}

/// How many groups `members` (sorted by group) fall into once `pick` is added: for a byte, one
/// pass marking the values seen in each group; for a word, a sort.
fn groups_after(
    members: &[(usize, usize)],
    keys: &[&[u8]],
    pick: Pick,
    scratch: &mut Scratch,
) -> usize {
    if let Pick::Front(_) | Pick::Back(_) = pick {
        let mut count = 0;
        let mut group = usize::MAX;
        for &(member_group, key) in members {
            if member_group != group {
                group = member_group;
                scratch.round = scratch.round.wrapping_add(1);
                if scratch.round == 0 {
                    scratch.seen = [0; 256];
                    scratch.round = 1;
                }
            }
            // A byte value, below 256.
            let value = usize::try_from(pick.value(keys[key])).unwrap_or(0) & 0xFF;
            if scratch.seen[value] != scratch.round {
                scratch.seen[value] = scratch.round;
                count += 1;
            }
        }
        return count;
    }
    let values = &mut scratch.values;
    values.clear();
    values.extend(
        members
            .iter()
            .map(|&(group, key)| (group, pick.value(keys[key]))),
    );
    values.sort_unstable();
    values.windows(2).filter(|pair| pair[0] != pair[1]).count() + usize::from(!values.is_empty())
}

/// Reused buffers of [`groups_after`].
struct Scratch {
    /// The round in which each byte value was last seen.
    seen: [u32; 256],
    round: u32,
    values: Vec<(usize, u64)>,
}

/// Where each fingerprint goes: `slot = (fingerprint * multiplier) >> (64 - slot_bits)`, or
/// with a displacement, `slot = (middle bits ^ displacement[top bits]) & (size - 1)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The odd multiplier (or power of two) of the fingerprint.
    pub multiplier: u64,
    /// The table has `2^slot_bits` slots.
    pub slot_bits: u32,
    /// The second level, if the table has one.
    pub displacement: Option<Displacement>,
    /// The key in each slot, by index in the search's input.
    pub slots: Vec<Option<usize>>,
}

/// The second level of a table: one displacement per bucket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Displacement {
    /// There are `2^bucket_bits` buckets, chosen by the hash's top bits.
    pub bucket_bits: u32,
    /// Each bucket's displacement, below the table's size.
    pub values: Vec<usize>,
}

impl Table {
    /// The first table that gives every fingerprint (all distinct) its own slot, trying in
    /// order: for up to 256 keys, one level in the smallest power of two that holds them, then in
    /// twice that, then in four times that while it is at most 256 slots; then hash and
    /// displace, in the smallest power of two and then in twice that. `None` for no keys, or
    /// when nothing was found.
    #[must_use]
    pub fn search(fingerprints: &[u64]) -> Option<Table> {
        let keys = fingerprints.len();
        if keys == 0 {
            return None;
        }
        let base = keys.next_power_of_two().trailing_zeros().max(1);
        if base > 31 {
            return None;
        }
        let mut stamps = Stamps::new(1 << (base + 2));
        if keys <= 256 {
            for slot_bits in (base..=base + 2).filter(|&bits| bits <= base + 1 || bits <= 8) {
                // n random keys miss each other in m slots with probability about e^(-n²/2m):
                // past e^-16, try only the multipliers that exploit structure, not luck.
                let hopeless = keys * keys > 32 << slot_bits;
                let tries = if hopeless { 8 } else { TRIES * 4 };
                for multiplier in multipliers(slot_bits).take(tries) {
                    if let Some(table) =
                        Table::one_level(fingerprints, multiplier, slot_bits, &mut stamps)
                    {
                        return Some(table);
                    }
                }
            }
        }
        // Fuller than 7/8 and the last placements get slow: start from twice the size.
        let first = if keys * 8 > 7 << base { base + 1 } else { base };
        for slot_bits in [first, first + 1] {
            for bucket_bits in [slot_bits - 1, slot_bits] {
                for multiplier in multipliers(slot_bits).take(TRIES) {
                    if let Some(table) =
                        Table::displaced(fingerprints, multiplier, slot_bits, bucket_bits.max(1))
                    {
                        return Some(table);
                    }
                }
            }
        }
        None
    }

    fn one_level(
        fingerprints: &[u64],
        multiplier: u64,
        slot_bits: u32,
        stamps: &mut Stamps,
    ) -> Option<Table> {
        stamps.next_round();
        for &fingerprint in fingerprints {
            if !stamps.claim(one_level_slot(fingerprint, multiplier, slot_bits)) {
                return None;
            }
        }
        let mut slots = vec![None; 1 << slot_bits];
        for (index, &fingerprint) in fingerprints.iter().enumerate() {
            slots[one_level_slot(fingerprint, multiplier, slot_bits)] = Some(index);
        }
        Some(Table {
            multiplier,
            slot_bits,
            displacement: None,
            slots,
        })
    }

    fn displaced(
        fingerprints: &[u64],
        multiplier: u64,
        slot_bits: u32,
        bucket_bits: u32,
    ) -> Option<Table> {
        let size = 1usize << slot_bits;
        let mask = size - 1;
        // (bucket, middle, key), grouped by bucket.
        let mut hashed: Vec<(usize, usize, usize)> = fingerprints
            .iter()
            .enumerate()
            .map(|(index, &fingerprint)| {
                let (bucket, middle) = split(fingerprint, multiplier, slot_bits, bucket_bits);
                (bucket, middle, index)
            })
            .collect();
        hashed.sort_unstable();
        // Two keys of one bucket with the same middle bits can never part.
        if hashed
            .windows(2)
            .any(|pair| (pair[0].0, pair[0].1) == (pair[1].0, pair[1].1))
        {
            return None;
        }
        let mut buckets: Vec<&[(usize, usize, usize)]> =
            hashed.chunk_by(|a, b| a.0 == b.0).collect();
        // Largest buckets first, while the table is empty; ties in bucket order.
        buckets.sort_by_key(|bucket| core::cmp::Reverse(bucket.len()));
        let mut slots: Vec<Option<usize>> = vec![None; size];
        let mut values = vec![0; 1 << bucket_bits];
        // Every placement tries displacements in order; past this many tries in all, the
        // multiplier is given up for the next.
        let mut budget = 64 * size + 4096;
        for bucket in buckets {
            let mut value = 0;
            loop {
                if value == size || budget == 0 {
                    return None;
                }
                budget -= 1;
                if bucket
                    .iter()
                    .all(|&(_, middle, _)| slots[(middle ^ value) & mask].is_none())
                {
                    break;
                }
                value += 1;
            }
            for &(_, middle, index) in bucket {
                slots[(middle ^ value) & mask] = Some(index);
            }
            values[bucket[0].0] = value;
        }
        Some(Table {
            multiplier,
            slot_bits,
            displacement: Some(Displacement {
                bucket_bits,
                values,
            }),
            slots,
        })
    }

    /// How far the generated code shifts a fingerprint's hash for its tag: the eight bits just
    /// below those that choose the bucket and the slot, so that a tag tells apart most inputs
    /// that reach one slot (the low byte when the table uses more than 56 bits).
    #[must_use]
    pub fn tag_shift(&self) -> u32 {
        let used = self.slot_bits + self.displacement.as_ref().map_or(0, |d| d.bucket_bits);
        64u32.saturating_sub(used + 8)
    }

    /// The tag of a fingerprint, as the generated code computes it: a byte of its hash that the
    /// slot does not depend on. A string table keeps each slot's key's tag beside it and compares
    /// it before the key's text, so that most inputs that reach a slot but are not its key are
    /// rejected without reading the text.
    #[must_use]
    pub fn tag(&self, fingerprint: u64) -> u8 {
        (fingerprint.wrapping_mul(self.multiplier) >> self.tag_shift()).to_le_bytes()[0]
    }

    /// The slot of a fingerprint, as the generated code computes it.
    #[must_use]
    pub fn slot(&self, fingerprint: u64) -> usize {
        match &self.displacement {
            None => one_level_slot(fingerprint, self.multiplier, self.slot_bits),
            Some(displacement) => {
                let (bucket, middle) = split(
                    fingerprint,
                    self.multiplier,
                    self.slot_bits,
                    displacement.bucket_bits,
                );
                (middle ^ displacement.values[bucket]) & (self.slots.len() - 1)
            }
        }
    }
}

/// Slots claimed in the current round, without clearing the table between rounds.
struct Stamps {
    round: u32,
    stamps: Vec<u32>,
}

impl Stamps {
    fn new(size: usize) -> Self {
        Stamps {
            round: 0,
            stamps: vec![0; size],
        }
    }

    fn next_round(&mut self) {
        self.round += 1;
    }

    /// Claims `slot`; `false` if it was claimed already this round.
    fn claim(&mut self, slot: usize) -> bool {
        let free = self.stamps[slot] != self.round;
        self.stamps[slot] = self.round;
        free
    }
}

fn one_level_slot(fingerprint: u64, multiplier: u64, slot_bits: u32) -> usize {
    // The shift leaves `slot_bits` (at most 33) bits.
    usize::try_from(fingerprint.wrapping_mul(multiplier) >> (64 - slot_bits)).unwrap_or(0)
}

/// `(bucket, middle)` of a fingerprint: the top `bucket_bits` of the hash, and the `slot_bits`
/// below them.
fn split(fingerprint: u64, multiplier: u64, slot_bits: u32, bucket_bits: u32) -> (usize, usize) {
    let hash = fingerprint.wrapping_mul(multiplier);
    let bucket = hash >> (64 - bucket_bits);
    let middle = (hash >> (64 - bucket_bits - slot_bits)) & ((1 << slot_bits) - 1);
    // Both have at most 33 bits (`Table::search` keeps tables below 2^33 slots).
    (
        usize::try_from(bucket).unwrap_or(0),
        usize::try_from(middle).unwrap_or(0),
    )
}

/// The multipliers tried for a table of `2^slot_bits` slots: first `2^(64 - slot_bits)`, which
/// makes the slot the low bits of the fingerprint (a dense range of integer codes needs nothing
/// more), then odd numbers from splitmix64.
fn multipliers(slot_bits: u32) -> impl Iterator<Item = u64> {
    let mut state = SEED;
    core::iter::once(1u64 << (64 - slot_bits)).chain(core::iter::from_fn(move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Some((z ^ (z >> 31)) | 1)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fingerprint in its own slot, and the slot names its key.
    fn assert_perfect(table: &Table, fingerprints: &[u64]) {
        for (index, &fingerprint) in fingerprints.iter().enumerate() {
            assert_eq!(table.slots[table.slot(fingerprint)], Some(index));
        }
        let used = table.slots.iter().filter(|slot| slot.is_some()).count();
        assert_eq!(used, fingerprints.len());
        assert!(table.slots.len().is_power_of_two());
        if let Some(displacement) = &table.displacement {
            assert!(displacement.values.iter().all(|&v| v < table.slots.len()));
        }
    }

    fn bits(key: i64) -> u64 {
        u64::from_ne_bytes(key.to_ne_bytes())
    }

    #[test]
    fn a_dense_range_of_integers_is_indexed_by_its_low_bits() {
        let fingerprints: Vec<u64> = (1..=31).map(bits).collect();
        let table = Table::search(&fingerprints).expect("a perfect table");
        assert_perfect(&table, &fingerprints);
        assert_eq!(table.multiplier, 1 << 59);
        assert_eq!(table.slots.len(), 32);
        assert!(table.displacement.is_none());
    }

    #[test]
    fn extreme_integers_hash_like_any_other() {
        let keys = [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX];
        let fingerprints: Vec<u64> = keys.into_iter().map(bits).collect();
        let table = Table::search(&fingerprints).expect("a perfect table");
        assert_perfect(&table, &fingerprints);
    }

    #[test]
    fn a_single_key_gets_a_table_of_two() {
        let table = Table::search(&[42]).expect("a perfect table");
        assert_perfect(&table, &[42]);
        assert_eq!(table.slots.len(), 2);
        assert!(Table::search(&[]).is_none());
    }

    #[test]
    fn large_random_key_sets_get_hash_and_displace() {
        for count in [1000usize, 10_000, 50_000] {
            let fingerprints: Vec<u64> = (1..=count as u64)
                .map(|i| {
                    let x = i.wrapping_mul(0xD6E8_FEB8_6659_FD93);
                    x ^ (x >> 32)
                })
                .collect();
            let table = Table::search(&fingerprints).expect("a perfect table");
            assert_perfect(&table, &fingerprints);
            assert!(table.displacement.is_some());
            assert!(table.slots.len() <= 2 * count.next_power_of_two());
        }
    }

    #[test]
    fn consecutive_and_strided_integers_get_tables() {
        for stride in [1i64, 2, 3, 10, 1000, 1 << 20] {
            let fingerprints: Vec<u64> = (0..20_000).map(|i| bits(i * stride - 7)).collect();
            let table = Table::search(&fingerprints).expect("a perfect table");
            assert_perfect(&table, &fingerprints);
        }
    }

    #[test]
    fn picks_read_missing_bytes_as_zero() {
        assert_eq!(Pick::Front(0).value(b""), 0);
        assert_eq!(Pick::Front(2).value(b"abc"), u64::from(b'c'));
        assert_eq!(Pick::Front(3).value(b"abc"), 0);
        assert_eq!(Pick::Back(0).value(b"abc"), u64::from(b'c'));
        assert_eq!(Pick::Back(2).value(b"abc"), u64::from(b'a'));
        assert_eq!(Pick::Back(3).value(b"abc"), 0);
        assert_eq!(
            Pick::FrontWord.value(b"abcdefghi"),
            u64::from_le_bytes(*b"abcdefgh")
        );
        assert_eq!(
            Pick::BackWord.value(b"abcdefghi"),
            u64::from_le_bytes(*b"bcdefghi")
        );
        assert_eq!(Pick::BackWord.value(b"abc"), 0);
        let reader = Reader::Picks {
            min_len: 1,
            max_len: 3,
            picks: vec![Pick::Front(0), Pick::Back(0)],
        };
        assert_eq!(
            reader.fingerprint(b"ab"),
            2 | u64::from(b'a') << 8 | u64::from(b'b') << 16
        );
    }

    fn picks(keys: &[&[u8]]) -> Vec<Pick> {
        match Reader::search(keys).expect("a reader") {
            Reader::Picks { picks, .. } => picks,
            Reader::Words { .. } | Reader::Hash { .. } => panic!("picks expected"),
        }
    }

    /// The reader of `keys`, after checking that it and a table give each key its own slot.
    fn perfect_reader(keys: &[String]) -> Reader {
        let bytes: Vec<&[u8]> = keys.iter().map(String::as_bytes).collect();
        let reader = Reader::search(&bytes).expect("a reader");
        let fingerprints: Vec<u64> = bytes.iter().map(|key| reader.fingerprint(key)).collect();
        assert_perfect(
            &Table::search(&fingerprints).expect("a table"),
            &fingerprints,
        );
        reader
    }

    #[test]
    fn picks_prefer_bytes_every_key_has() {
        // Offsets 0 and 1 from the end tell these apart; so would offset 5 from the start, which
        // the shortest key lacks.
        let keys: [&[u8]; 3] = [b"ab.x", b"ab.y", b"abcdez"];
        assert_eq!(picks(&keys), vec![Pick::Back(0)]);
        // Same length, differing in the middle only.
        let keys: [&[u8]; 2] = [b"abcXefg", b"abcYefg"];
        assert_eq!(picks(&keys), [Pick::Front(3)]);
    }

    #[test]
    fn keys_that_differ_only_far_from_the_ends_are_hashed_whole() {
        let keys: Vec<String> = (0..300)
            .map(|i| format!("{}{i:03}{}", "x".repeat(40), "y".repeat(40)))
            .collect();
        assert_eq!(
            perfect_reader(&keys),
            Reader::Hash {
                min_len: 83,
                max_len: 83
            }
        );
    }

    #[test]
    fn an_empty_key_is_a_key() {
        let keys: [&[u8]; 3] = [b"", b"a", b"ab"];
        let reader = Reader::search(&keys).expect("a reader");
        assert_eq!(reader.lengths(), (0, 2));
        assert_eq!(picks(&keys), [], "the length alone tells them apart");
    }

    #[test]
    fn many_string_keys_get_picks_and_a_table() {
        let keys: Vec<String> = (0..4000)
            .map(|i| format!("FailedOperation.Code{i}"))
            .collect();
        let reader = perfect_reader(&keys);
        assert!(matches!(reader, Reader::Picks { .. }), "{reader:?}");
    }

    #[test]
    fn larger_key_sets_are_hashed_whole_without_collisions() {
        // Structured keys, alike but for a few digits in two different words: a weak hash
        // collides on these.
        let keys: Vec<String> = (0..50_000)
            .flat_map(|i| {
                [
                    format!("VENDOR_ERR_{i}_FAILED"),
                    format!("VENDOR_ERROR_{i}"),
                    (100_000 + i * 37).to_string(),
                ]
            })
            .collect();
        assert_eq!(
            perfect_reader(&keys),
            Reader::Hash {
                min_len: 6,
                max_len: 23
            }
        );
    }
}
