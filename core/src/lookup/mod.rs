//! The one place the lookup strategy of `from_code` and `FromStr` is chosen: [`plan`] turns a
//! catalog's keys into a [`Plan`], a value tests can inspect; `perfect` searches the perfect
//! hash; `emit` turns a plan into tokens.
//!
//! - Integer codes that fill at least half of their range (`1..=31`) index a table of `Option`s
//!   directly: a subtraction, a comparison and a load ([`Plan::Dense`]).
//! - Every other lookup gets a perfect hash ([`Plan::Hash`]): a *fingerprint* of the input (an
//!   integer code's own bits; for a string, its length and a few bytes at fixed offsets from its
//!   start or end, or where a few bytes cannot tell the keys apart, its two words when nearly
//!   every key is at most sixteen bytes, else a hash of every byte), one
//!   multiplication whose top bits are the slot, or for larger key sets a bucket whose
//!   displacement is combined (XOR) with the slot; then one comparison of the input with the key
//!   stored in that slot.
//! - When no table is found, a plain `match` ([`Plan::Match`]), exact too, only slower.
//!
//! The search is deterministic (a fixed sequence of multipliers, catalog order), so the same
//! catalog always expands to the same tokens, and takes expected linear time. The benchmarks in
//! `benches/` compare each strategy with `HashMap`, `FxHashMap`, `phf` and `match`
//! (docs/PERFORMANCE.md).

mod emit;
pub mod perfect;

pub use emit::{from_text_tokens, from_wire_tokens, is_success_text_tokens, is_success_tokens};

use crate::model::{Catalog, CodeType, CodeValue};
use perfect::{Reader, Table};

/// The largest range of integer codes indexed directly (an `Option` of the enum per code in the
/// range).
pub const DENSE_MAX: usize = 1 << 16;

/// What a lookup finds: each key with the index of its entry in the catalog, in catalog order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keys {
    /// Integer wire codes.
    Int(Vec<(i64, usize)>),
    /// Texts: string wire codes, or every spelling `FromStr` accepts.
    Str(Vec<(String, usize)>),
}

impl Keys {
    /// How many keys there are.
    #[must_use]
    pub fn len(&self) -> usize {
        match self {
            Keys::Int(keys) => keys.len(),
            Keys::Str(keys) => keys.len(),
        }
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry of each key, in order.
    fn entries(&self) -> Vec<usize> {
        match self {
            Keys::Int(keys) => keys.iter().map(|(_, entry)| *entry).collect(),
            Keys::Str(keys) => keys.iter().map(|(_, entry)| *entry).collect(),
        }
    }
}

/// How a lookup finds its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Integer keys `min..min + slots.len()`, each slot holding the index of its key, if any.
    Dense {
        /// The smallest key.
        min: i64,
        /// One slot per integer of the range: the index (in [`Keys`]) of the key there.
        slots: Vec<Option<usize>>,
    },
    /// A perfect hash of the fingerprint.
    Hash {
        /// How a string key becomes its fingerprint; `None` for integers (their own bits).
        reader: Option<Reader>,
        /// Where each fingerprint goes.
        table: Table,
    },
    /// A `match` on the input.
    Match,
}

/// A lookup: its keys and how it finds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookup {
    /// The keys, with their entries.
    pub keys: Keys,
    /// How they are found.
    pub plan: Plan,
}

impl Lookup {
    /// The key an unused slot holds: any key will do, since an input equal to it hashes to the
    /// key's own slot, so this one, the entry with the shortest variant name, keeps the generated
    /// tables small.
    fn filler(&self, catalog: &Catalog) -> usize {
        let entries = self.keys.entries();
        (0..entries.len())
            .min_by_key(|&key| (catalog.entries[entries[key]].variant.len(), key))
            .unwrap_or(0)
    }
}

/// The keys of `from_code`: every entry's wire code and its aliases of the catalog's code type.
#[must_use]
pub fn wire_keys(catalog: &Catalog) -> Keys {
    let pairs = catalog
        .entries
        .iter()
        .enumerate()
        .flat_map(|(index, entry)| entry.wire_codes().map(move |code| (code, index)));
    match catalog.code_type {
        CodeType::Integer => Keys::Int(
            pairs
                .filter_map(|(code, index)| match code {
                    CodeValue::Int(number) => Some((*number, index)),
                    CodeValue::Str(_) => None,
                })
                .collect(),
        ),
        CodeType::String => Keys::Str(pairs.map(|(code, index)| (code.text(), index)).collect()),
    }
}

/// The keys of `FromStr`: every spelling of every entry (code, decimal integer code, symbol,
/// aliases).
#[must_use]
pub fn text_keys(catalog: &Catalog) -> Keys {
    Keys::Str(
        catalog
            .entries
            .iter()
            .enumerate()
            .flat_map(|(index, entry)| {
                entry
                    .spellings()
                    .into_iter()
                    .map(move |spelling| (spelling, index))
            })
            .collect(),
    )
}

/// Whether `FromStr` finds exactly what `from_code` finds (a string catalog whose entries are
/// spelled only by their wire codes), so one table serves both.
#[must_use]
pub fn text_is_wire(catalog: &Catalog) -> bool {
    catalog.code_type == CodeType::String && spelled_by_codes_only(catalog)
}

/// Whether `FromStr` accepts exactly the decimal forms of what `from_code` finds (an integer
/// catalog whose entries are spelled only by their integer codes and aliases), so that it can
/// read the number and ask `from_code`, with no table of texts.
#[must_use]
pub fn text_is_decimal(catalog: &Catalog) -> bool {
    catalog.code_type == CodeType::Integer && spelled_by_codes_only(catalog)
}

/// Whether no entry has a symbol or an alias of the other code type than the catalog's.
fn spelled_by_codes_only(catalog: &Catalog) -> bool {
    catalog.entries.iter().all(|entry| {
        entry.symbol.is_none()
            && entry.aliases.iter().all(|alias| {
                matches!(
                    (alias, catalog.code_type),
                    (CodeValue::Str(_), CodeType::String) | (CodeValue::Int(_), CodeType::Integer)
                )
            })
    })
}

/// The plan for `keys` (distinct, as `check` guarantees).
#[must_use]
pub fn plan(keys: Keys) -> Lookup {
    let plan = match &keys {
        Keys::Int(ints) => dense(ints).unwrap_or_else(|| {
            let fingerprints: Vec<u64> =
                ints.iter().map(|(key, _)| int_fingerprint(*key)).collect();
            Table::search(&fingerprints).map_or(Plan::Match, |table| Plan::Hash {
                reader: None,
                table,
            })
        }),
        Keys::Str(strs) => {
            let bytes: Vec<&[u8]> = strs.iter().map(|(key, _)| key.as_bytes()).collect();
            Reader::search(&bytes)
                .and_then(|reader| {
                    // The keys in the table, by their index among all keys.
                    let tabled: Vec<usize> = (0..bytes.len())
                        .filter(|&key| reader.in_table(bytes[key]))
                        .collect();
                    let fingerprints: Vec<u64> = tabled
                        .iter()
                        .map(|&key| reader.fingerprint(bytes[key]))
                        .collect();
                    let mut table = Table::search(&fingerprints)?;
                    for slot in table.slots.iter_mut().flatten() {
                        *slot = tabled[*slot];
                    }
                    Some(Plan::Hash {
                        reader: Some(reader),
                        table,
                    })
                })
                .unwrap_or(Plan::Match)
        }
    };
    Lookup { keys, plan }
}

/// The fingerprint of an integer key: its two's-complement bits.
#[must_use]
pub fn int_fingerprint(key: i64) -> u64 {
    u64::from_ne_bytes(key.to_ne_bytes())
}

/// A dense table when the keys fill at least half of their range and the range is at most
/// [`DENSE_MAX`].
fn dense(keys: &[(i64, usize)]) -> Option<Plan> {
    let min = keys.iter().map(|(key, _)| *key).min()?;
    let max = keys.iter().map(|(key, _)| *key).max()?;
    let span = usize::try_from(i128::from(max) - i128::from(min) + 1).ok()?;
    if span > 2 * keys.len() || span > DENSE_MAX {
        return None;
    }
    let mut slots = vec![None; span];
    for (index, (key, _)) in keys.iter().enumerate() {
        let at = usize::try_from(i128::from(*key) - i128::from(min)).ok()?;
        // Keys are distinct (check.rs), so no slot is taken twice.
        slots[at].get_or_insert(index);
    }
    Some(Plan::Dense { min, slots })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin;

    fn catalog(id: &str) -> Catalog {
        crate::check::check(&builtin::builtin(id).unwrap()).unwrap()
    }

    fn describe(lookup: &Lookup) -> String {
        match &lookup.plan {
            Plan::Dense { slots, .. } => format!("dense, {} slots", slots.len()),
            Plan::Match => "match".to_owned(),
            Plan::Hash { reader, table } => {
                let shape = match &table.displacement {
                    None => format!("one level, {} slots", table.slots.len()),
                    Some(d) => format!(
                        "hash and displace, {} slots, {} buckets",
                        table.slots.len(),
                        d.values.len()
                    ),
                };
                format!("{shape}, {reader:?}")
            }
        }
    }

    /// Run with `--nocapture` to see the plan of each built-in lookup.
    #[test]
    fn every_builtin_lookup_gets_a_table() {
        for id in builtin::ids() {
            let catalog = catalog(id);
            let wire = plan(wire_keys(&catalog));
            assert!(!matches!(wire.plan, Plan::Match), "{id}");
            println!(
                "{id} from_code ({} keys): {}",
                wire.keys.len(),
                describe(&wire)
            );
            if !text_is_wire(&catalog) {
                let text = plan(text_keys(&catalog));
                assert!(matches!(text.plan, Plan::Hash { .. }), "{id}");
                println!(
                    "{id} from_text ({} keys): {}",
                    text.keys.len(),
                    describe(&text)
                );
            }
        }
    }

    #[test]
    fn the_plans_of_small_builtins_are_one_level() {
        let vms = plan(wire_keys(&catalog("tencent_vms")));
        let Plan::Hash { table, reader } = &vms.plan else {
            panic!("{vms:?}")
        };
        assert!(reader.is_none());
        assert!(table.displacement.is_none());
        let receipt = plan(wire_keys(&catalog("tencent_vms_receipt")));
        assert!(matches!(receipt.plan, Plan::Dense { .. }), "{receipt:?}");
    }

    #[test]
    fn dense_codes_index_a_table_sparse_codes_hash() {
        let keys = |codes: &[i64]| Keys::Int(codes.iter().map(|&code| (code, 0)).collect());
        let dense = plan(keys(&[1, 2, 3, 5, 6]));
        assert_eq!(
            dense.plan,
            Plan::Dense {
                min: 1,
                slots: vec![Some(0), Some(1), Some(2), None, Some(3), Some(4)]
            }
        );
        let extremes = plan(keys(&[i64::MIN, i64::MIN + 1, i64::MAX]));
        assert!(matches!(extremes.plan, Plan::Hash { reader: None, .. }));
        let low = plan(keys(&[i64::MIN, i64::MIN + 1]));
        assert!(matches!(low.plan, Plan::Dense { min: i64::MIN, .. }));
        let wide = plan(Keys::Int((0..40_000).map(|i| (i * 3, 0)).collect()));
        assert!(
            matches!(wide.plan, Plan::Hash { .. }),
            "three apart is sparse"
        );
        let dense = plan(Keys::Int((0..20_000).map(|i| (i * 2, 0)).collect()));
        assert!(
            matches!(dense.plan, Plan::Dense { .. }),
            "two apart is dense"
        );
    }

    #[test]
    fn the_fillers_are_the_shortest_variant() {
        let sms = catalog("tencent_sms");
        let lookup = plan(wire_keys(&sms));
        let entries = lookup.keys.entries();
        let shortest = sms.entries.iter().map(|e| e.variant.len()).min().unwrap();
        assert_eq!(
            sms.entries[entries[lookup.filler(&sms)]].variant.len(),
            shortest
        );
    }

    #[test]
    fn text_and_wire_share_a_table_only_without_symbols_or_integer_aliases() {
        assert!(text_is_wire(&catalog("aliyun_sms")));
        assert!(text_is_wire(&catalog("tencent_sms")));
        assert!(!text_is_wire(&catalog("tencent_gme")));
        assert!(!text_is_wire(&catalog("tencent_vms")));
    }
}
