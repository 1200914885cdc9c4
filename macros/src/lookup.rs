//! The one place the lookup strategy of `from_code` and `FromStr` is chosen.
//!
//! Integer codes that fill at least half of their range (`1..=31`) index a table of `Option`s
//! directly: a subtraction, a comparison and a load. Every other lookup gets a perfect hash
//! searched here, at expansion time, when one exists:
//!
//! - a *fingerprint* of the input: an integer code's own bits; for a string, its length and a
//!   few bytes at fixed offsets from its start or its end, chosen so that no two keys share a
//!   fingerprint (the length is checked against the keys' shortest and longest first, so a huge
//!   or empty input costs one comparison);
//! - one multiplication of the fingerprint by a searched constant, whose top bits are the slot
//!   (`(x * M) >> s`), or for larger key sets a bucket whose small displacement is combined (XOR)
//!   with the slot (hash and displace);
//! - one comparison of the input with the key stored in that slot.
//!
//! Keys and entries are two arrays (no padding between a key and its one-byte entry); string
//! keys are spans of one byte string (no pointer, so no relocation, per slot). The table has no
//! empty sentinel: an unused slot holds the first key, which hashes to another
//! slot, so it never compares equal to an input that reaches the unused slot. The search is
//! deterministic (a fixed sequence of multipliers, catalog order), so the same catalog always
//! expands to the same tokens. When no parameters are found (keys sixteen bytes do not tell apart, or
//! a pathological key set), the lookup is a plain `match`, which rustc lowers to a jump table
//! or a comparison tree; it is exact too, only slower on large catalogs. The benchmarks in
//! `benches/` compare each strategy with `HashMap`, `FxHashMap`, `phf` and `match`
//! (docs/PERFORMANCE.md).

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Catalog, CodeType, CodeValue};

/// At most this many bytes of a string key go into its fingerprint. The first seven and the
/// length fill a `u64`; later ones are combined (XOR) over the first seven's places (still checked to
/// tell every key apart).
const MAX_PICKS: usize = 16;

/// The largest range of integer codes indexed directly (an `Option` of the enum, one byte for
/// up to 255 entries, per code in the range).
const DENSE_MAX: usize = 4096;

/// Multipliers tried for each table shape before trying the next shape.
const TRIES: usize = 4096;

/// A multiplier sequence that does not depend on anything but this constant (splitmix64).
const SEED: u64 = 0x243F_6A88_85A3_08D3;

/// Body of `from_code(code)`: the entry whose wire code or wire alias is `code`.
pub fn from_wire(catalog: &Catalog, code: &TokenStream) -> TokenStream {
    let enum_name = format_ident!("{}", catalog.enum_name);
    let keys: Vec<(&CodeValue, Ident)> = catalog
        .entries
        .iter()
        .flat_map(|entry| {
            let variant = format_ident!("{}", entry.variant);
            entry.wire_codes().map(move |code| (code, variant.clone()))
        })
        .collect();
    match catalog.code_type {
        CodeType::Integer => {
            let ints: Vec<(i64, Ident)> = keys
                .iter()
                .filter_map(|(code, variant)| match code {
                    CodeValue::Int(number) => Some((*number, variant.clone())),
                    CodeValue::Str(_) => None,
                })
                .collect();
            int_lookup(&enum_name, code, &ints)
        }
        CodeType::String => {
            let strs: Vec<(String, Ident)> = keys
                .iter()
                .map(|(code, variant)| (code.text(), variant.clone()))
                .collect();
            str_lookup(&enum_name, code, &strs)
        }
    }
}

/// Body of the text lookup behind `FromStr`: the entry one of whose spellings (code, decimal
/// integer code, symbol, alias) is exactly `text`.
pub fn from_text(catalog: &Catalog, text: &TokenStream) -> TokenStream {
    let enum_name = format_ident!("{}", catalog.enum_name);
    let spellings: Vec<(String, Ident)> = catalog
        .entries
        .iter()
        .flat_map(|entry| {
            let variant = format_ident!("{}", entry.variant);
            entry
                .spellings()
                .into_iter()
                .map(move |spelling| (spelling, variant.clone()))
        })
        .collect();
    // A string catalog without symbols spells every entry exactly as its wire codes: one table
    // serves both lookups.
    let same_as_wire = catalog.code_type == CodeType::String
        && catalog.entries.iter().all(|entry| {
            let wire: Vec<String> = entry.wire_codes().map(CodeValue::text).collect();
            wire == entry.spellings()
        });
    if same_as_wire {
        return quote! { Self::from_code(#text) };
    }
    str_lookup(&enum_name, text, &spellings)
}

/// Body of `is_success_code(code)`.
pub fn is_success(catalog: &Catalog, code: &TokenStream) -> TokenStream {
    if catalog.success.is_empty() {
        return quote! { { let _ = #code; false } };
    }
    let patterns = catalog.success.iter().map(|ok| pattern(&ok.code));
    quote! { ::core::matches!(#code, #(#patterns)|*) }
}

/// Body of `is_success_text(text)`: the success codes as text (decimal for integers), exactly.
pub fn is_success_text(catalog: &Catalog, text: &TokenStream) -> TokenStream {
    if catalog.success.is_empty() {
        return quote! { { let _ = #text; false } };
    }
    let patterns = catalog
        .success
        .iter()
        .map(|ok| Literal::string(&ok.code.text()));
    quote! { ::core::matches!(#text, #(#patterns)|*) }
}

/// Tokens of a pattern matching a wire code.
fn pattern(code: &CodeValue) -> Literal {
    match code {
        CodeValue::Str(text) => Literal::string(text),
        CodeValue::Int(number) => Literal::i64_unsuffixed(*number),
    }
}

fn some(enum_name: &Ident, variant: &Ident) -> TokenStream {
    quote! { ::core::option::Option::Some(#enum_name::#variant) }
}

/// The fallback: a `match` with one arm per entry, in catalog order.
fn match_lookup(enum_name: &Ident, input: &TokenStream, keys: &[(Literal, Ident)]) -> TokenStream {
    // One arm per variant, its keys joined with `|`, in order of first appearance.
    let mut arms: Vec<(&Ident, Vec<&Literal>)> = Vec::new();
    for (key, variant) in keys {
        match arms.iter_mut().find(|(seen, _)| *seen == variant) {
            Some((_, patterns)) => patterns.push(key),
            None => arms.push((variant, vec![key])),
        }
    }
    let arms = arms.into_iter().map(|(variant, patterns)| {
        let found = some(enum_name, variant);
        quote! { #(#patterns)|* => #found, }
    });
    quote! {
        match #input {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// `from_code` of an integer catalog.
fn int_lookup(enum_name: &Ident, input: &TokenStream, keys: &[(i64, Ident)]) -> TokenStream {
    if let Some(dense) = dense_lookup(enum_name, input, keys) {
        return dense;
    }
    let fingerprints: Vec<u64> = keys.iter().map(|(key, _)| int_fingerprint(*key)).collect();
    let Some(table) = Table::search(&fingerprints) else {
        let literals: Vec<(Literal, Ident)> = keys
            .iter()
            .map(|(key, variant)| (Literal::i64_unsuffixed(*key), variant.clone()))
            .collect();
        return match_lookup(enum_name, input, &literals);
    };
    let slotted = || table.slots.iter().map(|slot| &keys[slot.unwrap_or(0)]);
    let slot_keys = slotted().map(|(key, _)| Literal::i64_unsuffixed(*key));
    let slot_entries = slotted().map(|(_, variant)| quote! { #enum_name::#variant });
    let size = table.slots.len();
    let statics = table.displacement_static();
    let slot = table.slot_tokens();
    quote! {
        static __KEYS: [::core::primitive::i64; #size] = [#(#slot_keys),*];
        static __ENTRIES: [#enum_name; #size] = [#(#slot_entries),*];
        #statics
        let __fingerprint = ::core::primitive::u64::from_ne_bytes(
            ::core::primitive::i64::to_ne_bytes(#input),
        );
        #slot
        if __KEYS[__slot] == #input {
            ::core::option::Option::Some(__ENTRIES[__slot])
        } else {
            ::core::option::Option::None
        }
    }
}

/// Codes that fill at least half of their range (`1..=31`) index a table of `Option`s directly:
/// one subtraction, one comparison, one load, and no key to compare.
fn dense_lookup(
    enum_name: &Ident,
    input: &TokenStream,
    keys: &[(i64, Ident)],
) -> Option<TokenStream> {
    let min = keys.iter().map(|(key, _)| *key).min()?;
    let max = keys.iter().map(|(key, _)| *key).max()?;
    let span = usize::try_from(i128::from(max) - i128::from(min) + 1).ok()?;
    if span > 2 * keys.len() || span > DENSE_MAX {
        return None;
    }
    let mut table: Vec<Option<&Ident>> = vec![None; span];
    for (key, variant) in keys {
        let at = usize::try_from(i128::from(*key) - i128::from(min)).ok()?;
        // An alias never shares a code with another entry (check.rs), so the first one wins.
        table[at].get_or_insert(variant);
    }
    let none = quote! { ::core::option::Option::None };
    let entries = table
        .iter()
        .map(|slot| slot.map_or_else(|| none.clone(), |variant| some(enum_name, variant)));
    let start = Literal::u64_suffixed(int_fingerprint(min));
    let span_literal = Literal::u64_suffixed(u64::try_from(span).ok()?);
    Some(quote! {
        static __TABLE: [::core::option::Option<#enum_name>; #span] = [#(#entries),*];
        let __index = ::core::primitive::u64::wrapping_sub(
            ::core::primitive::u64::from_ne_bytes(::core::primitive::i64::to_ne_bytes(#input)),
            #start,
        );
        if __index < #span_literal {
            __TABLE[__index as ::core::primitive::usize]
        } else {
            ::core::option::Option::None
        }
    })
}

/// A lookup by text: `from_code` of a string catalog, or the text lookup behind `FromStr`.
fn str_lookup(enum_name: &Ident, input: &TokenStream, keys: &[(String, Ident)]) -> TokenStream {
    let bytes: Vec<&[u8]> = keys.iter().map(|(key, _)| key.as_bytes()).collect();
    let found = Reader::search(&bytes).and_then(|reader| {
        let fingerprints: Vec<u64> = bytes.iter().map(|key| reader.fingerprint(key)).collect();
        Table::search(&fingerprints).map(|table| (reader, table))
    });
    let Some((reader, table)) = found else {
        let literals: Vec<(Literal, Ident)> = keys
            .iter()
            .map(|(key, variant)| (Literal::string(key), variant.clone()))
            .collect();
        return match_lookup(enum_name, input, &literals);
    };
    // The keys' text, each key once (or inside another), with each slot's span of it: one
    // constant instead of a `&str` per slot, which in a position-independent binary costs 16
    // bytes and a 24-byte relocation.
    let mut text: Vec<u8> = Vec::new();
    let spans: Vec<(usize, usize)> = bytes
        .iter()
        .map(|key| {
            let start = find(&text, key).unwrap_or_else(|| {
                text.extend_from_slice(key);
                text.len() - key.len()
            });
            (start, start + key.len())
        })
        .collect();
    let wide = u16::try_from(text.len()).is_err();
    let offset = |at: usize| {
        if wide {
            Literal::u32_unsuffixed(u32::try_from(at).unwrap_or(u32::MAX))
        } else {
            Literal::u16_unsuffixed(u16::try_from(at).unwrap_or(u16::MAX))
        }
    };
    let (offset_ty, widen_offset) = if wide {
        (
            quote! { ::core::primitive::u32 },
            quote! { as ::core::primitive::usize },
        )
    } else {
        (quote! { ::core::primitive::u16 }, TokenStream::new())
    };
    let slot_spans = table.slots.iter().map(|slot| {
        let (start, end) = spans[slot.unwrap_or(0)];
        let (start, end) = (offset(start), offset(end));
        quote! { (#start, #end) }
    });
    let slot_entries = table.slots.iter().map(|slot| {
        let variant = &keys[slot.unwrap_or(0)].1;
        quote! { #enum_name::#variant }
    });
    let text = Literal::byte_string(&text);
    let usize_ty = quote! { ::core::primitive::usize };
    let (start, end) = if wide {
        (
            quote! { __start #widen_offset },
            quote! { __end #widen_offset },
        )
    } else {
        (
            widen_from(&quote! { __start }, &offset_ty, &usize_ty),
            widen_from(&quote! { __end }, &offset_ty, &usize_ty),
        )
    };
    let size = table.slots.len();
    let statics = table.displacement_static();
    let fingerprint = reader.fingerprint_tokens();
    let slot = table.slot_tokens();
    let min = Literal::usize_unsuffixed(reader.min_len);
    let max = Literal::usize_unsuffixed(reader.max_len);
    quote! {
        const __TEXT: &[::core::primitive::u8] = #text;
        static __SPANS: [(#offset_ty, #offset_ty); #size] = [#(#slot_spans),*];
        static __ENTRIES: [#enum_name; #size] = [#(#slot_entries),*];
        #statics
        let __bytes = ::core::primitive::str::as_bytes(#input);
        let __len = __bytes.len();
        if (#min..=#max).contains(&__len) {
            #fingerprint
            #slot
            let (__start, __end) = __SPANS[__slot];
            if __TEXT.get(#start..#end) == ::core::option::Option::Some(__bytes) {
                ::core::option::Option::Some(__ENTRIES[__slot])
            } else {
                ::core::option::Option::None
            }
        } else {
            ::core::option::Option::None
        }
    }
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// The fingerprint of an integer key: its two's-complement bits.
fn int_fingerprint(key: i64) -> u64 {
    u64::from_ne_bytes(key.to_ne_bytes())
}

/// How many different values `values` holds (it is sorted on the way).
fn count_distinct(values: &mut [u64]) -> usize {
    values.sort_unstable();
    values.windows(2).filter(|pair| pair[0] != pair[1]).count() + usize::from(!values.is_empty())
}

/// Where the pick at index `at` starts in the fingerprint: bytes 1 to 7 (byte 0 is the
/// length's), the eighth pick and later over the first seven's places again.
fn rotation(at: usize) -> u32 {
    8 * (u32::try_from(at % 7).unwrap_or(0) + 1)
}

/// `<to as From<u8>>::from(expr)`, spelled so that it needs no trait in scope.
fn widen(expr: &TokenStream, to: &TokenStream) -> TokenStream {
    widen_from(expr, &quote! { ::core::primitive::u8 }, to)
}

/// `<to as From<from>>::from(expr)`, spelled so that it needs no trait in scope.
fn widen_from(expr: &TokenStream, from: &TokenStream, to: &TokenStream) -> TokenStream {
    quote! { <#to as ::core::convert::From<#from>>::from(#expr) }
}

/// A part of a string key that goes into its fingerprint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pick {
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
    fn value(self, key: &[u8]) -> u64 {
        let word = |bytes: Option<&[u8]>| {
            bytes
                .and_then(|bytes| <[u8; 8]>::try_from(bytes).ok())
                .map_or(0, u64::from_le_bytes)
        };
        match self {
            Pick::Front(at) => u64::from(key.get(at).copied().unwrap_or(0)),
            Pick::Back(at) => {
                u64::from(key.len().checked_sub(at + 1).map_or(0, |index| key[index]))
            }
            Pick::FrontWord => word(key.get(..8)),
            Pick::BackWord => word(key.len().checked_sub(8).and_then(|at| key.get(at..))),
        }
    }

    fn offset(self) -> usize {
        match self {
            Pick::Front(at) | Pick::Back(at) => at,
            Pick::FrontWord | Pick::BackWord => 0,
        }
    }
}

/// How a string becomes a fingerprint: its length XOR up to sixteen picks (a byte, or the first
/// or last eight bytes), each rotated to start at its own byte of a `u64`.
#[derive(Debug, PartialEq, Eq)]
struct Reader {
    min_len: usize,
    max_len: usize,
    picks: Vec<Pick>,
}

impl Reader {
    fn fingerprint(&self, key: &[u8]) -> u64 {
        let mut fingerprint = key.len() as u64;
        for (at, pick) in self.picks.iter().enumerate() {
            fingerprint ^= pick.value(key).rotate_left(rotation(at));
        }
        fingerprint
    }

    /// Greedily adds the pick that tells the most keys apart (preferring bytes every key has,
    /// then offsets near the ends) until every key has its own fingerprint; `None` if sixteen
    /// picks do not suffice.
    fn search(keys: &[&[u8]]) -> Option<Reader> {
        let min_len = keys.iter().map(|key| key.len()).min()?;
        let max_len = keys.iter().map(|key| key.len()).max()?;
        let mut reader = Reader {
            min_len,
            max_len,
            picks: Vec::new(),
        };
        let mut distinct = reader.distinct(keys);
        while distinct < keys.len() {
            if reader.picks.len() == MAX_PICKS {
                return None;
            }
            let mut best: Option<(usize, bool, Pick)> = None;
            let words = if min_len >= 8 {
                vec![Pick::BackWord, Pick::FrontWord]
            } else {
                Vec::new()
            };
            let bytes = (0..max_len).flat_map(|offset| [Pick::Front(offset), Pick::Back(offset)]);
            // The fingerprints so far, to which each candidate adds its part.
            let current: Vec<u64> = keys.iter().map(|key| reader.fingerprint(key)).collect();
            let rotate = rotation(reader.picks.len());
            let mut candidate = Vec::with_capacity(keys.len());
            for pick in words.into_iter().chain(bytes) {
                if reader.picks.contains(&pick) {
                    continue;
                }
                candidate.clear();
                candidate.extend(
                    keys.iter()
                        .zip(&current)
                        .map(|(key, now)| now ^ pick.value(key).rotate_left(rotate)),
                );
                let score = (count_distinct(&mut candidate), pick.offset() < min_len);
                if best.is_none_or(|(count, always, _)| score > (count, always)) {
                    best = Some((score.0, score.1, pick));
                }
            }
            let (count, _, pick) = best?;
            reader.picks.push(pick);
            distinct = count;
        }
        Some(reader)
    }

    fn distinct(&self, keys: &[&[u8]]) -> usize {
        let mut fingerprints: Vec<u64> = keys.iter().map(|key| self.fingerprint(key)).collect();
        count_distinct(&mut fingerprints)
    }

    /// `let __fingerprint = …;` from `__bytes` and `__len`, already checked to be at least
    /// `min_len`, so a byte every key has is read without a length test.
    fn fingerprint_tokens(&self) -> TokenStream {
        let u64_ty = quote! { ::core::primitive::u64 };
        let parts = self.picks.iter().enumerate().map(|(at, pick)| {
            let rotation = Literal::u32_unsuffixed(rotation(at));
            let offset = Literal::usize_unsuffixed(pick.offset());
            let read = match pick {
                Pick::Front(_) => quote! { __bytes[#offset] },
                Pick::Back(_) => {
                    let back = Literal::usize_unsuffixed(pick.offset() + 1);
                    quote! { __bytes[__len - #back] }
                }
                Pick::FrontWord | Pick::BackWord => {
                    // Every key, so every input of an allowed length, has eight bytes; rustc
                    // merges the eight reads into one load.
                    let indexes = (0..8usize).map(|i| {
                        if *pick == Pick::FrontWord {
                            let i = Literal::usize_unsuffixed(i);
                            quote! { __bytes[#i] }
                        } else {
                            let back = Literal::usize_unsuffixed(8 - i);
                            quote! { __bytes[__len - #back] }
                        }
                    });
                    let word = quote! { #u64_ty::from_le_bytes([#(#indexes),*]) };
                    return quote! { ^ #u64_ty::rotate_left(#word, #rotation) };
                }
            };
            let byte = if pick.offset() < self.min_len {
                read
            } else {
                quote! { if __len > #offset { #read } else { 0 } }
            };
            let byte = widen(&byte, &u64_ty);
            // A byte rotated by at most 56 bits is a byte shifted.
            quote! { ^ (#byte << #rotation) }
        });
        quote! {
            let __fingerprint = (__len as #u64_ty) #(#parts)*;
        }
    }
}

/// Where each key's fingerprint goes: `slot = (fingerprint * multiplier) >> (64 - slot_bits)`,
/// or with a displacement, `slot = (middle bits ^ displacement[top bits]) & (size - 1)`.
#[derive(Debug, PartialEq, Eq)]
struct Table {
    multiplier: u64,
    slot_bits: u32,
    displacement: Option<Displacement>,
    /// The key in each slot, by index in the search's input.
    slots: Vec<Option<usize>>,
}

#[derive(Debug, PartialEq, Eq)]
struct Displacement {
    bucket_bits: u32,
    values: Vec<usize>,
}

impl Table {
    /// The first table that gives every fingerprint (all distinct) its own slot, trying in
    /// order: one level in the smallest power of two that holds the keys, then in twice that,
    /// then in four times that if it is at most 256 slots; then hash and displace, with as many buckets as half the slots, then as many as slots.
    /// `None` for no keys or when nothing was found.
    fn search(fingerprints: &[u64]) -> Option<Table> {
        if fingerprints.is_empty() {
            return None;
        }
        // Beyond 2^15 keys (a table of up to 2^16 slots, u16 displacements), `match`.
        let base = fingerprints
            .len()
            .next_power_of_two()
            .trailing_zeros()
            .max(1);
        if base > 15 {
            return None;
        }
        // One level saves a dependent load; up to four times the keys' power of two while the
        // table stays small (256 slots).
        let one_level = (base..=base + 2).filter(|&bits| bits <= base + 1 || bits <= 8);
        for slot_bits in one_level {
            // n random keys miss each other in m slots with probability about e^(-n²/2m): past
            // e^-16, try only the multipliers that exploit structure (the first), not luck.
            let keys = fingerprints.len();
            let hopeless = keys * keys > 32 << slot_bits;
            let tries = if hopeless { 64 } else { TRIES };
            for multiplier in multipliers(slot_bits).take(tries) {
                if let Some(table) = Table::one_level(fingerprints, multiplier, slot_bits) {
                    return Some(table);
                }
            }
        }
        for slot_bits in [base, base + 1] {
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

    fn one_level(fingerprints: &[u64], multiplier: u64, slot_bits: u32) -> Option<Table> {
        let mut slots = vec![None; 1 << slot_bits];
        for (index, &fingerprint) in fingerprints.iter().enumerate() {
            let slot =
                usize::try_from(fingerprint.wrapping_mul(multiplier) >> (64 - slot_bits)).ok()?;
            if slots[slot].replace(index).is_some() {
                return None;
            }
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
        let mut buckets: Vec<Vec<(usize, usize)>> = vec![Vec::new(); 1 << bucket_bits];
        for (index, &fingerprint) in fingerprints.iter().enumerate() {
            let (bucket, middle) = split(fingerprint, multiplier, slot_bits, bucket_bits);
            if buckets[bucket].iter().any(|&(_, seen)| seen == middle) {
                return None;
            }
            buckets[bucket].push((index, middle));
        }
        // Largest buckets first, while the table is empty; ties in bucket order.
        let mut order: Vec<usize> = (0..buckets.len()).collect();
        order.sort_by_key(|&bucket| core::cmp::Reverse(buckets[bucket].len()));
        let mut slots = vec![None; size];
        let mut values = vec![0; buckets.len()];
        for bucket in order {
            let keys = &buckets[bucket];
            if keys.is_empty() {
                break;
            }
            let value = (0..size).find(|&value| {
                keys.iter()
                    .all(|&(_, middle)| slots[(middle ^ value) & (size - 1)].is_none())
            })?;
            for &(index, middle) in keys {
                slots[(middle ^ value) & (size - 1)] = Some(index);
            }
            values[bucket] = value;
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

    /// The slot of a fingerprint, as the generated code computes it.
    #[cfg(test)]
    fn slot(&self, fingerprint: u64) -> usize {
        match &self.displacement {
            None => {
                usize::try_from(fingerprint.wrapping_mul(self.multiplier) >> (64 - self.slot_bits))
                    .unwrap_or(usize::MAX)
            }
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

    /// `static __DISPLACE: [uN; buckets] = […];` when the table has a displacement.
    fn displacement_static(&self) -> Option<TokenStream> {
        let displacement = self.displacement.as_ref()?;
        let ty = displacement_type(self.slot_bits);
        let count = displacement.values.len();
        let values = displacement
            .values
            .iter()
            .map(|&value| Literal::usize_unsuffixed(value));
        Some(quote! {
            static __DISPLACE: [#ty; #count] = [#(#values),*];
        })
    }

    /// `let __slot: usize = …;` from `__fingerprint`.
    fn slot_tokens(&self) -> TokenStream {
        let multiplier = Literal::u64_suffixed(self.multiplier);
        let usize_ty = quote! { ::core::primitive::usize };
        let hash = quote! { ::core::primitive::u64::wrapping_mul(__fingerprint, #multiplier) };
        match &self.displacement {
            None => {
                let shift = Literal::u32_unsuffixed(64 - self.slot_bits);
                quote! { let __slot = (#hash >> #shift) as #usize_ty; }
            }
            Some(displacement) => {
                let bucket_shift = Literal::u32_unsuffixed(64 - displacement.bucket_bits);
                let middle_shift =
                    Literal::u32_unsuffixed(64 - displacement.bucket_bits - self.slot_bits);
                let mask = Literal::usize_unsuffixed(self.slots.len() - 1);
                let ty = displacement_type(self.slot_bits);
                let value = quote! {
                    <#usize_ty as ::core::convert::From<#ty>>::from(
                        __DISPLACE[(__hash >> #bucket_shift) as #usize_ty],
                    )
                };
                quote! {
                    let __hash = #hash;
                    let __slot = (((__hash >> #middle_shift) as #usize_ty) ^ #value) & #mask;
                }
            }
        }
    }
}

/// The type of a displacement, below the table's size: `u8` up to 256 slots, else `u16`.
fn displacement_type(slot_bits: u32) -> TokenStream {
    if slot_bits <= 8 {
        quote! { ::core::primitive::u8 }
    } else {
        quote! { ::core::primitive::u16 }
    }
}

/// `(bucket, middle)` of a fingerprint: the top `bucket_bits` of the hash, and the
/// `slot_bits` below them.
fn split(fingerprint: u64, multiplier: u64, slot_bits: u32, bucket_bits: u32) -> (usize, usize) {
    let hash = fingerprint.wrapping_mul(multiplier);
    let bucket = hash >> (64 - bucket_bits);
    let middle = (hash >> (64 - bucket_bits - slot_bits)) & ((1 << slot_bits) - 1);
    // Both are below 2^16 (see `Table::search`), so they fit in a usize.
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
    use crate::diag::SourceFile;

    fn builtin(id: &str) -> Catalog {
        let (_, text) = crate::source::BUILTIN
            .iter()
            .find(|(name, _)| *name == id)
            .expect("built-in catalog");
        let file = SourceFile {
            display_path: format!("catalogs/{id}.toml"),
            text: (*text).to_owned(),
        };
        crate::check::check(&file, proc_macro2::Span::call_site())
            .unwrap_or_else(|error| panic!("{id}: {error}"))
    }

    fn wire_keys(catalog: &Catalog) -> Vec<CodeValue> {
        catalog
            .entries
            .iter()
            .flat_map(|entry| entry.wire_codes().cloned())
            .collect()
    }

    fn spellings(catalog: &Catalog) -> Vec<String> {
        catalog
            .entries
            .iter()
            .flat_map(crate::model::Entry::spellings)
            .collect()
    }

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

    fn str_table(keys: &[String]) -> (Reader, Table) {
        let bytes: Vec<&[u8]> = keys.iter().map(String::as_bytes).collect();
        let reader = Reader::search(&bytes).expect("picks tell the keys apart");
        let fingerprints: Vec<u64> = bytes.iter().map(|key| reader.fingerprint(key)).collect();
        let table = Table::search(&fingerprints).expect("a perfect table");
        assert_perfect(&table, &fingerprints);
        (reader, table)
    }

    fn describe(reader: Option<&Reader>, table: &Table, keys: usize) -> String {
        let shape = match &table.displacement {
            None => format!("one level, {} slots", table.slots.len()),
            Some(d) => format!(
                "hash and displace, {} slots, {} buckets",
                table.slots.len(),
                d.values.len()
            ),
        };
        let picks = reader.map_or(String::new(), |r| {
            format!(
                ", length {}..={} and bytes {:?}",
                r.min_len, r.max_len, r.picks
            )
        });
        format!(
            "{keys} keys: {shape}, multiplier {:#x}{picks}",
            table.multiplier
        )
    }

    /// Every built-in catalog id.
    fn builtins() -> impl Iterator<Item = &'static str> {
        crate::source::BUILTIN.iter().map(|(id, _)| *id)
    }

    /// Run with `--nocapture` to see the strategy of each built-in lookup.
    #[test]
    fn every_builtin_lookup_gets_a_perfect_hash() {
        for id in builtins() {
            let catalog = builtin(id);
            let wire = wire_keys(&catalog);
            let from_code = match catalog.code_type {
                CodeType::Integer => {
                    let fingerprints: Vec<u64> = wire
                        .iter()
                        .map(|code| match code {
                            CodeValue::Int(number) => int_fingerprint(*number),
                            CodeValue::Str(_) => unreachable!("integer catalog"),
                        })
                        .collect();
                    let table = Table::search(&fingerprints).expect("a perfect table");
                    assert_perfect(&table, &fingerprints);
                    let ints: Vec<(i64, Ident)> = wire
                        .iter()
                        .map(|code| match code {
                            CodeValue::Int(number) => (*number, format_ident!("V")),
                            CodeValue::Str(_) => unreachable!("integer catalog"),
                        })
                        .collect();
                    if dense_lookup(&format_ident!("E"), &quote! { code }, &ints).is_some() {
                        format!("{} keys: a dense table of `Option`s", wire.len())
                    } else {
                        describe(None, &table, wire.len())
                    }
                }
                CodeType::String => {
                    let keys: Vec<String> = wire.iter().map(CodeValue::text).collect();
                    let (reader, table) = str_table(&keys);
                    describe(Some(&reader), &table, keys.len())
                }
            };
            let texts = spellings(&catalog);
            let (reader, table) = str_table(&texts);
            let from_text = describe(Some(&reader), &table, texts.len());
            println!("{id}\n  from_code: {from_code}\n  from_text: {from_text}");
        }
    }

    #[test]
    fn generated_lookups_use_the_table_not_a_match() {
        for id in builtins() {
            let catalog = builtin(id);
            let wire = from_wire(&catalog, &quote! { code }).to_string();
            let text = from_text(&catalog, &quote! { text }).to_string();
            for body in [&wire, &text] {
                assert!(!body.contains("match code"), "{id}: {body}");
                assert!(!body.contains("match text"), "{id}: {body}");
            }
            assert!(
                wire.contains("__TABLE") || wire.contains("__KEYS") || wire.contains("__SPANS"),
                "{id}"
            );
        }
        // A string catalog without symbols shares one table between both lookups.
        let text = from_text(&builtin("aliyun_sms"), &quote! { text }).to_string();
        assert_eq!(text, quote! { Self::from_code(text) }.to_string());
    }

    #[test]
    fn the_search_is_deterministic() {
        for id in builtins() {
            let catalog = builtin(id);
            let first = (
                from_wire(&catalog, &quote! { code }).to_string(),
                from_text(&catalog, &quote! { text }).to_string(),
            );
            let again = (
                from_wire(&catalog, &quote! { code }).to_string(),
                from_text(&catalog, &quote! { text }).to_string(),
            );
            assert_eq!(first, again, "{id}");
        }
    }

    #[test]
    fn dense_codes_index_a_table_sparse_codes_hash() {
        let enum_name = format_ident!("E");
        let keys = |codes: &[i64]| -> Vec<(i64, Ident)> {
            codes
                .iter()
                .map(|&code| (code, format_ident!("V{}", code.unsigned_abs())))
                .collect()
        };
        let dense = int_lookup(&enum_name, &quote! { code }, &keys(&[1, 2, 3, 5, 6])).to_string();
        assert!(
            dense.contains("[:: core :: option :: Option < E > ; 6usize]"),
            "{dense}"
        );
        assert!(dense.contains("wrapping_sub"), "{dense}");
        let extremes = keys(&[i64::MIN, i64::MIN + 1, i64::MAX]);
        let sparse = int_lookup(&enum_name, &quote! { code }, &extremes).to_string();
        assert!(sparse.contains("wrapping_mul"), "{sparse}");
        let low = int_lookup(&enum_name, &quote! { code }, &extremes[..2]).to_string();
        assert!(
            low.contains("9223372036854775808u64"),
            "i64::MIN's bits: {low}"
        );
        let receipt = from_wire(&builtin("tencent_vms_receipt"), &quote! { code }).to_string();
        assert!(receipt.contains("wrapping_sub"), "{receipt}");
    }

    #[test]
    fn a_dense_range_of_integers_is_indexed_by_its_low_bits() {
        let fingerprints: Vec<u64> = (1..=31).map(int_fingerprint).collect();
        let table = Table::search(&fingerprints).expect("a perfect table");
        assert_perfect(&table, &fingerprints);
        assert_eq!(table.multiplier, 1 << 59);
        assert_eq!(table.slots.len(), 32);
        assert!(table.displacement.is_none());
    }

    #[test]
    fn extreme_integers_hash_like_any_other() {
        let keys = [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX];
        let fingerprints: Vec<u64> = keys.into_iter().map(int_fingerprint).collect();
        let table = Table::search(&fingerprints).expect("a perfect table");
        assert_perfect(&table, &fingerprints);
    }

    #[test]
    fn a_single_key_gets_a_table_of_two() {
        let table = Table::search(&[int_fingerprint(42)]).expect("a perfect table");
        assert_perfect(&table, &[int_fingerprint(42)]);
        assert_eq!(table.slots.len(), 2);
        assert!(Table::search(&[]).is_none());
    }

    #[test]
    fn large_random_key_sets_get_hash_and_displace() {
        let fingerprints: Vec<u64> = (1..=1000u64)
            .map(|i| {
                let x = i.wrapping_mul(0xD6E8_FEB8_6659_FD93);
                x ^ (x >> 32)
            })
            .collect();
        let table = Table::search(&fingerprints).expect("a perfect table");
        assert_perfect(&table, &fingerprints);
        assert!(table.displacement.is_some());
        assert!(table.slots.len() <= 2048);
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
        let reader = Reader {
            min_len: 1,
            max_len: 3,
            picks: vec![Pick::Front(0), Pick::Back(0)],
        };
        assert_eq!(
            reader.fingerprint(b"ab"),
            2 | u64::from(b'a') << 8 | u64::from(b'b') << 16
        );
    }

    #[test]
    fn picks_prefer_bytes_every_key_has() {
        // Offsets 0 and 1 from the end tell these apart; so would offset 5 from the start, which
        // the shortest key lacks.
        let keys: [&[u8]; 3] = [b"ab.x", b"ab.y", b"abcdez"];
        let reader = Reader::search(&keys).expect("picks");
        assert_eq!(reader.picks, vec![Pick::Back(0)]);
        assert_eq!((reader.min_len, reader.max_len), (4, 6));
        // Same length, differing in the middle only.
        let keys: [&[u8]; 2] = [b"abcXefg", b"abcYefg"];
        assert_eq!(
            Reader::search(&keys).expect("picks").picks,
            [Pick::Front(3)]
        );
    }

    #[test]
    fn keys_no_table_holds_fall_back_to_match() {
        // Beyond 2^15 keys no table is searched.
        let enum_name = format_ident!("E");
        let variant = format_ident!("A");
        let ints: Vec<(i64, Ident)> = (0..40_000).map(|i| (i * 1000, variant.clone())).collect();
        let body = int_lookup(&enum_name, &quote! { code }, &ints).to_string();
        assert!(body.starts_with("match code"), "{}", &body[..100]);
        let strs: Vec<(String, Ident)> = (0..40_000)
            .map(|i| (format!("k{i}"), variant.clone()))
            .collect();
        let body = str_lookup(&enum_name, &quote! { text }, &strs).to_string();
        assert!(body.starts_with("match text"), "{}", &body[..100]);
    }

    #[test]
    fn keys_the_picks_cannot_tell_apart_have_no_reader() {
        // 256 words of eight `a`/`b` between sixteen fixed bytes, which the words cover: every
        // middle byte matters, and an eighth is XORed over the first one's place.
        let keys: Vec<String> = (0..256u32)
            .map(|bits| {
                let middle: String = (0..8)
                    .map(|at| if bits >> at & 1 == 1 { 'b' } else { 'a' })
                    .collect();
                format!("xxxxxxxx{middle}xxxxxxxx")
            })
            .collect();
        let bytes: Vec<&[u8]> = keys.iter().map(String::as_bytes).collect();
        if let Some(reader) = Reader::search(&bytes) {
            // If some combination of picks does tell them apart, it must truly do so.
            assert_eq!(reader.distinct(&bytes), keys.len());
        }
    }

    #[test]
    fn an_empty_key_is_a_key() {
        let keys = [String::new(), "a".to_owned(), "ab".to_owned()];
        let (reader, _) = str_table(&keys);
        assert_eq!(reader.min_len, 0);
        assert!(reader.picks.is_empty(), "the length alone tells them apart");
    }

    /// Run with `cargo test -p error-catalog-macros --lib -- --ignored --nocapture
    /// expansion_time` (a user's debug build runs the macro unoptimized, like this) to time
    /// `check` + `expand` of each built-in catalog, and the lookups' share of it, outside rustc.
    #[test]
    #[ignore = "timing, not a check"]
    fn expansion_time() {
        for id in builtins() {
            let runs = 20;
            let start = std::time::Instant::now();
            for _ in 0..runs {
                let catalog = builtin(id);
                drop(crate::expand::expand(&catalog, None));
            }
            let each = start.elapsed() / runs;
            let catalog = builtin(id);
            let start = std::time::Instant::now();
            for _ in 0..runs {
                drop(from_wire(&catalog, &quote! { code }));
                drop(from_text(&catalog, &quote! { text }));
            }
            let lookups = start.elapsed() / runs;
            println!("{id}: {each:.2?} per check + expand, of which lookups {lookups:.2?}");
        }
    }
}
