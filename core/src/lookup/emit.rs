//! A [`Lookup`] as tokens: the body of `from_code`, of the text lookup behind `FromStr`, and of
//! the success-code tests.
//!
//! Keys and entries are two arrays (no padding between a key and its entry); string keys are
//! spans of one byte string (no pointer, so no relocation, per slot). An unused slot holds a
//! key that hashes to another slot, so it never compares equal to an input that reaches it.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::perfect::{Pick, Reader, Table, rotation};
use super::{Keys, Lookup, Plan, int_fingerprint, plan, text_is_wire, text_keys, wire_keys};
use crate::model::{Catalog, CodeValue};

/// Body of `from_code(code)`: the entry whose wire code or wire alias is `code`.
#[must_use]
pub fn from_wire_tokens(catalog: &Catalog, krate: &TokenStream) -> TokenStream {
    emit(catalog, &plan(wire_keys(catalog)), &quote! { code }, krate)
}

/// Body of the text lookup behind `FromStr`: the entry one of whose spellings (code, decimal
/// integer code, symbol, alias) is exactly `text`.
#[must_use]
pub fn from_text_tokens(catalog: &Catalog, krate: &TokenStream) -> TokenStream {
    if text_is_wire(catalog) {
        return quote! { Self::from_code(text) };
    }
    emit(catalog, &plan(text_keys(catalog)), &quote! { text }, krate)
}

/// Body of `is_success_code(code)`.
#[must_use]
pub fn is_success_tokens(catalog: &Catalog) -> TokenStream {
    if catalog.success.is_empty() {
        return quote! { { let _ = code; false } };
    }
    let patterns = catalog.success.iter().map(|ok| match &ok.code {
        CodeValue::Str(text) => Literal::string(text),
        CodeValue::Int(number) => Literal::i64_unsuffixed(*number),
    });
    quote! { ::core::matches!(code, #(#patterns)|*) }
}

/// Body of `is_success_text(text)`: the success codes as text (decimal for integers), exactly.
#[must_use]
pub fn is_success_text_tokens(catalog: &Catalog) -> TokenStream {
    if catalog.success.is_empty() {
        return quote! { { let _ = text; false } };
    }
    let patterns = catalog
        .success
        .iter()
        .map(|ok| Literal::string(&ok.code.text()));
    quote! { ::core::matches!(text, #(#patterns)|*) }
}

/// The tokens of `lookup` reading `input`.
fn emit(
    catalog: &Catalog,
    lookup: &Lookup,
    input: &TokenStream,
    krate: &TokenStream,
) -> TokenStream {
    let enum_name = format_ident!("{}", catalog.enum_name);
    let variant = |entry: usize| format_ident!("{}", catalog.entries[entry].variant);
    match (&lookup.plan, &lookup.keys) {
        (Plan::Dense { min, slots }, Keys::Int(keys)) => {
            dense(&enum_name, input, *min, slots, |key| variant(keys[key].1))
        }
        (Plan::Hash { table, .. }, Keys::Int(keys)) => {
            let filler = lookup.filler(catalog);
            int_table(&enum_name, input, table, keys, filler, variant)
        }
        (
            Plan::Hash {
                table,
                reader: Some(reader),
            },
            Keys::Str(keys),
        ) => {
            let filler = lookup.filler(catalog);
            str_table(
                &enum_name, input, reader, table, keys, filler, variant, krate,
            )
        }
        (_, Keys::Int(keys)) => {
            let keys = keys
                .iter()
                .map(|(key, entry)| (Literal::i64_unsuffixed(*key), *entry));
            match_lookup(&enum_name, input, keys, variant)
        }
        (_, Keys::Str(keys)) => {
            let keys = keys
                .iter()
                .map(|(key, entry)| (Literal::string(key), *entry));
            match_lookup(&enum_name, input, keys, variant)
        }
    }
}

fn some(enum_name: &Ident, variant: &Ident) -> TokenStream {
    quote! { ::core::option::Option::Some(#enum_name::#variant) }
}

/// A `match` with one arm per entry (its keys joined with `|`), in catalog order.
fn match_lookup(
    enum_name: &Ident,
    input: &TokenStream,
    keys: impl Iterator<Item = (Literal, usize)>,
    variant: impl Fn(usize) -> Ident,
) -> TokenStream {
    // Keys come entry by entry, so an entry's keys are neighbours.
    let mut arms: Vec<(usize, Vec<Literal>)> = Vec::new();
    for (key, entry) in keys {
        match arms.last_mut() {
            Some((last, patterns)) if *last == entry => patterns.push(key),
            _ => arms.push((entry, vec![key])),
        }
    }
    let arms = arms.into_iter().map(|(entry, patterns)| {
        let found = some(enum_name, &variant(entry));
        quote! { #(#patterns)|* => #found, }
    });
    quote! {
        match #input {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// One subtraction, one comparison, one load, and no key to compare.
fn dense(
    enum_name: &Ident,
    input: &TokenStream,
    min: i64,
    slots: &[Option<usize>],
    variant: impl Fn(usize) -> Ident,
) -> TokenStream {
    let none = quote! { ::core::option::Option::None };
    let entries = slots.iter().map(|slot| match slot {
        Some(key) => some(enum_name, &variant(*key)),
        None => none.clone(),
    });
    let size = slots.len();
    let start = Literal::u64_suffixed(int_fingerprint(min));
    let span = Literal::u64_suffixed(size as u64);
    quote! {
        static __TABLE: [::core::option::Option<#enum_name>; #size] = [#(#entries),*];
        let __index = ::core::primitive::u64::wrapping_sub(
            ::core::primitive::u64::from_ne_bytes(::core::primitive::i64::to_ne_bytes(#input)),
            #start,
        );
        if __index < #span {
            __TABLE[__index as ::core::primitive::usize]
        } else {
            ::core::option::Option::None
        }
    }
}

/// `from_code` of an integer catalog through a perfect hash of the code's bits.
fn int_table(
    enum_name: &Ident,
    input: &TokenStream,
    table: &Table,
    keys: &[(i64, usize)],
    filler: usize,
    variant: impl Fn(usize) -> Ident,
) -> TokenStream {
    let slotted = || table.slots.iter().map(|slot| keys[slot.unwrap_or(filler)]);
    let slot_keys = slotted().map(|(key, _)| Literal::i64_unsuffixed(key));
    let slot_entries = slotted().map(|(_, entry)| {
        let variant = variant(entry);
        quote! { #enum_name::#variant }
    });
    let size = table.slots.len();
    let statics = displacement_static(table);
    let multiplier = Literal::u64_suffixed(table.multiplier);
    let slot = slot_tokens(table);
    quote! {
        static __KEYS: [::core::primitive::i64; #size] = [#(#slot_keys),*];
        static __ENTRIES: [#enum_name; #size] = [#(#slot_entries),*];
        #statics
        let __hash = ::core::primitive::u64::wrapping_mul(
            ::core::primitive::u64::from_ne_bytes(::core::primitive::i64::to_ne_bytes(#input)),
            #multiplier,
        );
        #slot
        if __KEYS[__slot] == #input {
            ::core::option::Option::Some(__ENTRIES[__slot])
        } else {
            ::core::option::Option::None
        }
    }
}

/// A lookup by text through a perfect hash of the text's fingerprint.
#[allow(clippy::too_many_arguments)]
fn str_table(
    enum_name: &Ident,
    input: &TokenStream,
    reader: &Reader,
    table: &Table,
    keys: &[(String, usize)],
    filler: usize,
    variant: impl Fn(usize) -> Ident,
    krate: &TokenStream,
) -> TokenStream {
    // The keys' text, each key once, with each key's span of it: one constant instead of a
    // `&str` per slot, which in a position-independent binary costs 16 bytes and a 24-byte
    // relocation.
    let mut text: Vec<u8> = Vec::new();
    let spans: Vec<(usize, usize)> = keys
        .iter()
        .map(|(key, _)| {
            let start = text.len();
            text.extend_from_slice(key.as_bytes());
            (start, text.len())
        })
        .collect();
    let narrow = u16::try_from(text.len()).is_ok();
    let (offset_ty, offset): (TokenStream, fn(usize) -> Literal) = if narrow {
        (quote! { ::core::primitive::u16 }, |at| {
            Literal::u16_unsuffixed(u16::try_from(at).unwrap_or(u16::MAX))
        })
    } else {
        (quote! { ::core::primitive::u32 }, |at| {
            Literal::u32_unsuffixed(u32::try_from(at).unwrap_or(u32::MAX))
        })
    };
    let slot_spans = table.slots.iter().map(|slot| {
        let (start, end) = spans[slot.unwrap_or(filler)];
        let (start, end) = (offset(start), offset(end));
        quote! { (#start, #end) }
    });
    let slot_entries = table.slots.iter().map(|slot| {
        let variant = variant(keys[slot.unwrap_or(filler)].1);
        quote! { #enum_name::#variant }
    });
    // Each slot's tag, so that most misses are told from the slot's key without reading its
    // span or its text. No input that reaches an unused slot is a key, so its tag is any byte.
    let slot_tags = table.slots.iter().map(|slot| {
        let tag = slot.map_or(0, |key| {
            table.tag(reader.fingerprint(keys[key].0.as_bytes()))
        });
        Literal::u8_unsuffixed(tag)
    });
    let tag_shift = Literal::u32_unsuffixed(table.tag_shift());
    let text = Literal::byte_string(&text);
    let usize_ty = quote! { ::core::primitive::usize };
    // `usize: From<u16>` holds everywhere; from `u32` only a cast says it, on 32- and 64-bit
    // targets alike.
    let (start, end) = if narrow {
        (
            widen(&quote! { __start }, &offset_ty, &usize_ty),
            widen(&quote! { __end }, &offset_ty, &usize_ty),
        )
    } else {
        (
            quote! { (__start as #usize_ty) },
            quote! { (__end as #usize_ty) },
        )
    };
    let size = table.slots.len();
    let statics = displacement_static(table);
    let hash = hash_tokens(reader, table.multiplier, krate);
    let slot = slot_tokens(table);
    let (min, max) = reader.lengths();
    let (min, max) = (
        Literal::usize_unsuffixed(min),
        Literal::usize_unsuffixed(max),
    );
    quote! {
        const __TEXT: &[::core::primitive::u8] = #text;
        static __SPANS: [(#offset_ty, #offset_ty); #size] = [#(#slot_spans),*];
        static __ENTRIES: [#enum_name; #size] = [#(#slot_entries),*];
        static __TAGS: [::core::primitive::u8; #size] = [#(#slot_tags),*];
        #statics
        let __bytes = ::core::primitive::str::as_bytes(#input);
        let __len = __bytes.len();
        if (#min..=#max).contains(&__len) {
            #hash
            #slot
            if __TAGS[__slot] == (__hash >> #tag_shift) as ::core::primitive::u8 && {
                let (__start, __end) = __SPANS[__slot];
                __TEXT.get(#start..#end) == ::core::option::Option::Some(__bytes)
            } {
                ::core::option::Option::Some(__ENTRIES[__slot])
            } else {
                ::core::option::Option::None
            }
        } else {
            ::core::option::Option::None
        }
    }
}

/// `<to as From<from>>::from(expr)`, spelled so that it needs no trait in scope.
fn widen(expr: &TokenStream, from: &TokenStream, to: &TokenStream) -> TokenStream {
    quote! { <#to as ::core::convert::From<#from>>::from(#expr) }
}

/// `let __hash = …;`, the fingerprint ([`Reader::fingerprint`]) times `multiplier`, from
/// `__bytes` and `__len`, already checked to be at least the shortest key's length, so a byte
/// every key has is read without a length test.
///
/// The multiplication is spread over the fingerprint's terms (the length and the shifted bytes,
/// then each spread pick's value): `(base + v * k) * m` is `base * m + v * (k * m)`, with `k * m`
/// computed here, so that no multiplication waits for another.
fn hash_tokens(reader: &Reader, multiplier: u64, krate: &TokenStream) -> TokenStream {
    let u64_ty = quote! { ::core::primitive::u64 };
    let times = Literal::u64_suffixed(multiplier);
    let (min_len, picks) = match reader {
        Reader::Hash { .. } => {
            return quote! {
                let __hash = #u64_ty::wrapping_mul(
                    #krate::__private::hash_bytes(__bytes),
                    #times,
                );
            };
        }
        Reader::Picks { min_len, picks, .. } => (*min_len, picks),
    };
    let spread_parts = picks.iter().enumerate().filter_map(|(at, pick)| {
        let spread = super::perfect::spread(at, *pick)?;
        let spread = Literal::u64_suffixed(spread.wrapping_mul(multiplier));
        let value = pick_value(*pick, min_len, &u64_ty);
        Some(quote! {
            let __hash = #u64_ty::wrapping_add(__hash, #u64_ty::wrapping_mul(#value, #spread));
        })
    });
    let parts = picks.iter().enumerate().take(7).filter_map(|(at, pick)| {
        // Words are spread; a byte rotated by at most 56 bits is a byte shifted.
        if super::perfect::spread(at, *pick).is_some() {
            return None;
        }
        let rotation = Literal::u32_unsuffixed(rotation(at));
        let value = pick_value(*pick, min_len, &u64_ty);
        Some(quote! { ^ (#value << #rotation) })
    });
    let parts: Vec<TokenStream> = parts.collect();
    // Parentheses only around an XOR: alone, `rustc` calls them unnecessary (`unused_parens`).
    let base = if parts.is_empty() {
        quote! { __len as #u64_ty }
    } else {
        quote! { (__len as #u64_ty) #(#parts)* }
    };
    quote! {
        let __hash = #u64_ty::wrapping_mul(#base, #times);
        #(#spread_parts)*
    }
}

/// A pick's value as a `u64` expression (a byte read with a length test where some key is too
/// short for it, or a little-endian word).
fn pick_value(pick: Pick, min_len: usize, u64_ty: &TokenStream) -> TokenStream {
    let offset = Literal::usize_unsuffixed(pick.offset());
    match pick {
        Pick::FrontWord | Pick::BackWord => {
            // Every key, so every input of an allowed length, has eight bytes; rustc merges the
            // eight reads into one load.
            let indexes = (0..8usize).map(|i| {
                if pick == Pick::FrontWord {
                    let i = Literal::usize_unsuffixed(i);
                    quote! { __bytes[#i] }
                } else {
                    let back = Literal::usize_unsuffixed(8 - i);
                    quote! { __bytes[__len - #back] }
                }
            });
            quote! { #u64_ty::from_le_bytes([#(#indexes),*]) }
        }
        Pick::Front(_) | Pick::Back(_) => {
            let read = if let Pick::Front(_) = pick {
                quote! { __bytes[#offset] }
            } else {
                let back = Literal::usize_unsuffixed(pick.offset() + 1);
                quote! { __bytes[__len - #back] }
            };
            let byte = if pick.offset() < min_len {
                read
            } else {
                quote! { if __len > #offset { #read } else { 0 } }
            };
            widen(&byte, &quote! { ::core::primitive::u8 }, u64_ty)
        }
    }
}

/// The type of a displacement, below the table's size.
fn displacement_type(slot_bits: u32) -> TokenStream {
    match slot_bits {
        0..=8 => quote! { ::core::primitive::u8 },
        9..=16 => quote! { ::core::primitive::u16 },
        _ => quote! { ::core::primitive::u32 },
    }
}

/// `static __DISPLACE: [uN; buckets] = […];` when the table has a displacement.
fn displacement_static(table: &Table) -> Option<TokenStream> {
    let displacement = table.displacement.as_ref()?;
    let ty = displacement_type(table.slot_bits);
    let count = displacement.values.len();
    let values = displacement
        .values
        .iter()
        .map(|&value| Literal::usize_unsuffixed(value));
    Some(quote! {
        static __DISPLACE: [#ty; #count] = [#(#values),*];
    })
}

/// `let __slot: usize = …;` from `__hash`, the fingerprint times the table's multiplier.
fn slot_tokens(table: &Table) -> TokenStream {
    let usize_ty = quote! { ::core::primitive::usize };
    match &table.displacement {
        None => {
            let shift = Literal::u32_unsuffixed(64 - table.slot_bits);
            quote! { let __slot = (__hash >> #shift) as #usize_ty; }
        }
        Some(displacement) => {
            let bucket_shift = Literal::u32_unsuffixed(64 - displacement.bucket_bits);
            let middle_shift =
                Literal::u32_unsuffixed(64 - displacement.bucket_bits - table.slot_bits);
            let mask = Literal::usize_unsuffixed(table.slots.len() - 1);
            let ty = displacement_type(table.slot_bits);
            let displacement = quote! { __DISPLACE[(__hash >> #bucket_shift) as #usize_ty] };
            let value = if table.slot_bits <= 16 {
                widen(&displacement, &ty, &usize_ty)
            } else {
                quote! { (#displacement as #usize_ty) }
            };
            quote! {
                let __slot = (((__hash >> #middle_shift) as #usize_ty) ^ #value) & #mask;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin;

    fn catalog(id: &str) -> Catalog {
        crate::check::check(&builtin::builtin(id).unwrap()).unwrap()
    }

    #[test]
    fn generated_lookups_use_the_table_not_a_match() {
        let krate = quote! { ::error_catalog };
        for id in builtin::ids() {
            let catalog = catalog(id);
            let wire = from_wire_tokens(&catalog, &krate).to_string();
            let text = from_text_tokens(&catalog, &krate).to_string();
            for body in [&wire, &text] {
                assert!(!body.contains("match code"), "{id}: {body}");
                assert!(!body.contains("match text"), "{id}: {body}");
            }
            assert!(
                wire.contains("__TABLE") || wire.contains("__KEYS") || wire.contains("__SPANS"),
                "{id}"
            );
        }
        let text = from_text_tokens(&catalog("aliyun_sms"), &krate).to_string();
        assert_eq!(text, quote! { Self::from_code(text) }.to_string());
    }

    #[test]
    fn a_long_first_variant_is_not_repeated_in_unused_slots() {
        let mut catalog = catalog("tencent_sms");
        let long = "X".repeat(10_000);
        catalog.entries[0].variant.clone_from(&long);
        let tokens = from_wire_tokens(&catalog, &quote! { ::error_catalog }).to_string();
        assert_eq!(tokens.matches(&long).count(), 1);
    }
}
