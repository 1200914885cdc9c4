//! Shared pieces of the lookup benchmarks (`benches/lookup.rs`): the inputs of each mix, built
//! from a fixed seed so every run looks up the same codes in the same order, and the report
//! that turns divan's medians into a table of ratios.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hash::Hash;

pub mod report;
pub mod synthetic;

/// How many inputs a benchmark cycles through (a power of two, so the next index is a mask).
pub const INPUTS: usize = 1024;

/// The inputs of one benchmark.
pub type Inputs<K> = Box<[K; INPUTS]>;

/// What the looked-up codes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mix {
    /// Every known code (wire codes and aliases), shuffled; each pass in a new order.
    Hits,
    /// Codes the catalog does not have: near misses of known codes (one byte changed, one
    /// added or removed, case changed, a neighbouring number) and a few unrelated ones.
    Misses,
    /// 90% from ten common codes (the most common ten times as often as the tenth), 10%
    /// unknown, shuffled.
    Realistic,
}

/// A deterministic generator (xorshift64*): no `rand` dependency, same inputs on every run.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value but zero).
    #[must_use]
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `bound` (not zero).
    pub fn below(&mut self, bound: usize) -> usize {
        // `bound` is small here, so the modulo bias is negligible.
        usize::try_from(self.next_u64() % u64::try_from(bound).unwrap_or(u64::MAX)).unwrap_or(0)
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for at in (1..items.len()).rev() {
            items.swap(at, self.below(at + 1));
        }
    }
}

/// A key type of a catalog: `&'static str` or `i64`.
pub trait Key: Copy + Eq + Hash + 'static {
    /// Codes close to `known` that are not in it.
    fn near_misses(known: &[Self], rng: &mut Rng) -> Vec<Self>;
    /// The text `FromStr` gets for this code.
    fn text(self) -> &'static str;
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

impl Key for &'static str {
    fn near_misses(known: &[Self], rng: &mut Rng) -> Vec<Self> {
        let mut misses = Vec::new();
        for &code in known {
            let mut changed = code.as_bytes().to_vec();
            let at = rng.below(changed.len().max(1));
            if let Some(byte) = changed.get_mut(at) {
                *byte = if *byte == b'Z' { b'Y' } else { b'Z' };
            }
            misses.push(String::from_utf8(changed).unwrap_or_default());
            misses.push(format!("{code}X"));
            // Without its last character (not byte: codes are not all ASCII, `CU开头的`).
            let mut shorter = code.chars();
            shorter.next_back();
            misses.push(shorter.as_str().to_owned());
            misses.push(code.to_lowercase());
            if let Some((prefix, _)) = code.split_once('.') {
                misses.push(format!("{prefix}.NoSuchCode"));
            }
        }
        misses.extend(["", "OK ", "Unknown", "错误", "InternalError.Unknown"].map(str::to_owned));
        misses.into_iter().map(leak).collect()
    }

    fn text(self) -> &'static str {
        self
    }
}

impl Key for i64 {
    fn near_misses(known: &[Self], rng: &mut Rng) -> Vec<Self> {
        let mut misses: Vec<i64> = known
            .iter()
            .flat_map(|&code| [code - 1, code + 1, code + 100, code * 10, -code])
            .collect();
        misses.extend([0, -1, 404, 99_999, i64::MIN, i64::MAX]);
        misses.extend((0..64).map(|_| i64::try_from(rng.next_u64() >> 48).unwrap_or(0)));
        misses
    }

    fn text(self) -> &'static str {
        leak(self.to_string())
    }
}

/// The inputs of `mix` for a catalog whose keys are `known`, `common` being its ten most common
/// codes, most common first.
///
/// # Panics
///
/// If a common code is not known: the benchmark's list is wrong.
#[must_use]
pub fn inputs<K: Key>(mix: Mix, known: &[K], common: &[K]) -> Inputs<K> {
    for code in common {
        assert!(
            known.contains(code),
            "a common code that is not in the catalog"
        );
    }
    let mut rng = Rng::new(match mix {
        Mix::Hits => 0x5EED_0001,
        Mix::Misses => 0x5EED_0002,
        Mix::Realistic => 0x5EED_0003,
    });
    let known_set: HashSet<K> = known.iter().copied().collect();
    let mut misses: Vec<K> = K::near_misses(known, &mut rng)
        .into_iter()
        .filter(|code| !known_set.contains(code))
        .collect();
    misses.dedup();
    let mut out: Vec<K> = Vec::with_capacity(INPUTS);
    match mix {
        Mix::Hits => {
            while out.len() < INPUTS {
                let mut pass = known.to_vec();
                rng.shuffle(&mut pass);
                out.extend(pass);
            }
        }
        Mix::Misses => {
            rng.shuffle(&mut misses);
            while out.len() < INPUTS {
                out.extend(&misses);
            }
        }
        Mix::Realistic => {
            // Zipf-like weights 10, 5, 3, …: the first code ten times as common as the tenth.
            let weights: Vec<usize> = (1..=common.len()).map(|rank| 2520 / rank).collect();
            let total: usize = weights.iter().sum();
            for at in 0..INPUTS {
                if at % 10 == 9 {
                    out.push(misses[rng.below(misses.len())]);
                    continue;
                }
                let mut pick = rng.below(total);
                for (code, weight) in common.iter().zip(&weights) {
                    if pick < *weight {
                        out.push(*code);
                        break;
                    }
                    pick -= weight;
                }
            }
            rng.shuffle(&mut out);
        }
    }
    out.truncate(INPUTS);
    out.into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| unreachable!("exactly INPUTS inputs"))
}

/// The text of every input, for `FromStr`.
#[must_use]
pub fn texts<K: Key>(inputs: &[K; INPUTS]) -> Inputs<&'static str> {
    Box::new(inputs.map(K::text))
}

/// A `fmt::Write` into a fixed buffer, so benchmarking `Display` does not measure allocation.
pub struct StackWriter {
    buf: [u8; 256],
    len: usize,
}

impl StackWriter {
    /// An empty writer.
    #[must_use]
    pub fn new() -> StackWriter {
        StackWriter {
            buf: [0; 256],
            len: 0,
        }
    }

    /// Writes `value` with `Display` from the start of the buffer; the written length.
    pub fn display(&mut self, value: &impl std::fmt::Display) -> usize {
        self.len = 0;
        let _ = write!(self, "{value}");
        self.len
    }

    /// What was written.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Default for StackWriter {
    fn default() -> Self {
        StackWriter::new()
    }
}

impl std::fmt::Write for StackWriter {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let end = self.len + text.len();
        let Some(room) = self.buf.get_mut(self.len..end) else {
            return Err(std::fmt::Error);
        };
        room.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 4] = ["isv.A", "isv.B", "LimitExceeded", "OK"];

    #[test]
    fn every_mix_has_exactly_the_promised_codes() {
        let hits = inputs(Mix::Hits, &KNOWN, &KNOWN[..2]);
        assert!(hits.iter().all(|code| KNOWN.contains(code)));
        for code in KNOWN {
            assert!(hits.contains(&code));
        }
        let misses = inputs(Mix::Misses, &KNOWN, &KNOWN[..2]);
        assert!(misses.iter().all(|code| !KNOWN.contains(code)));
        let realistic = inputs(Mix::Realistic, &KNOWN, &KNOWN[..2]);
        let known = realistic.iter().filter(|c| KNOWN.contains(c)).count();
        assert_eq!(known, INPUTS - INPUTS / 10);
        assert!(realistic.iter().all(|c| !KNOWN[2..].contains(c)));
    }

    #[test]
    fn inputs_do_not_change_between_runs() {
        let known = [1001_i64, 1002, 3001];
        for mix in [Mix::Hits, Mix::Misses, Mix::Realistic] {
            assert_eq!(
                inputs(mix, &known, &known[..1]),
                inputs(mix, &known, &known[..1])
            );
        }
        let misses = inputs(Mix::Misses, &known, &known[..1]);
        assert!(misses.iter().all(|code| !known.contains(code)));
        assert!(misses.contains(&i64::MIN));
    }

    #[test]
    fn stack_writer_writes_display() {
        let mut writer = StackWriter::new();
        assert_eq!(writer.display(&1005), 4);
        assert_eq!(writer.as_bytes(), b"1005");
        assert_eq!(writer.display(&"isv.A"), 5);
        assert_eq!(writer.as_bytes(), b"isv.A");
    }
}
