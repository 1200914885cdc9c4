//! A [`Lookup`] as tokens: the body of `from_code`, of the text lookup behind `FromStr`, and of
//! the success-code tests.
//!
//! Keys and entries are two arrays (no padding between a key and its entry); string keys are
//! spans of one byte string (no pointer, so no relocation, per slot), or for [`Reader::Words`]
//! their words and lengths. An unused slot holds a key that hashes to another slot, or a length
//! no input that reaches the table has, so it never compares equal to an input that reaches it.

use std::fmt::Write as _;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use error_catalog_runtime::__private::{WORDS_MAX, key_words};

use super::perfect::{Pick, Reader, Table, rotation};
use super::{
    Keys, Lookup, Plan, int_fingerprint, plan, text_is_decimal, text_is_wire, text_keys, wire_keys,
};
use crate::expand::Options;
use crate::model::{Catalog, CodeValue};
use crate::source::{self, Parse};

/// Body of `from_code(code)`: the entry whose wire code or wire alias is `code`.
#[must_use]
pub fn from_wire_tokens(catalog: &Catalog, options: &Options) -> TokenStream {
    emit(
        catalog,
        &plan(wire_keys(catalog)),
        &quote! { code },
        options,
    )
}

/// Body of the text lookup behind `FromStr`: the entry one of whose spellings (code, decimal
/// integer code, symbol, alias) is exactly `text`.
#[must_use]
pub fn from_text_tokens(catalog: &Catalog, options: &Options) -> TokenStream {
    if text_is_wire(catalog) {
        return quote! { Self::from_code(text) };
    }
    if text_is_decimal(catalog) {
        let krate = &options.krate;
        return quote! {
            match #krate::__private::decimal(text) {
                ::core::option::Option::Some(code) => Self::from_code(code),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        };
    }
    emit(
        catalog,
        &plan(text_keys(catalog)),
        &quote! { text },
        options,
    )
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
fn emit(catalog: &Catalog, lookup: &Lookup, input: &TokenStream, options: &Options) -> TokenStream {
    let parse = options.parse;
    let enum_name = format_ident!("{}", catalog.enum_name);
    // `Enum::Variant` of entry `entry`, as source text: in a `match`, whose arms run.
    let variant = |out: &mut String, entry: usize| {
        let _ = write!(
            out,
            "{}::{}",
            catalog.enum_name, catalog.entries[entry].variant
        );
    };
    // The entry in a table, which is a `static`'s initializer, evaluated at compile time: the
    // entry's index into `ALL` (named `__A` by the table's code), a few bytes instead of the
    // variant's path. A large catalog's tables are most of its lookups' text.
    let element = |out: &mut String, entry: usize| {
        let _ = write!(out, "__A[{entry}]");
    };
    match (&lookup.plan, &lookup.keys) {
        (Plan::Dense { min, slots }, Keys::Int(keys)) => {
            dense(&enum_name, input, *min, slots, parse, |out, key| {
                element(out, keys[key].1);
            })
        }
        (Plan::Hash { table, .. }, Keys::Int(keys)) => {
            let filler = lookup.filler(catalog);
            int_table(&enum_name, input, table, keys, filler, parse, element)
        }
        (
            Plan::Hash {
                table,
                reader: Some(reader),
            },
            Keys::Str(keys),
        ) => {
            let filler = lookup.filler(catalog);
            if let Reader::Words { min_len, .. } = reader {
                words_table(
                    &enum_name, input, *min_len, table, keys, filler, element, options,
                )
            } else {
                str_table(
                    &enum_name, input, reader, table, keys, filler, element, options,
                )
            }
        }
        (_, Keys::Int(keys)) => match_lookup(
            input,
            keys,
            parse,
            |out, key| {
                let _ = write!(out, "{key}");
            },
            variant,
        ),
        (_, Keys::Str(keys)) => match_lookup(
            input,
            keys,
            parse,
            |out, key| {
                source::push_str(out, key);
            },
            variant,
        ),
    }
}

/// A `match` with one arm per entry (its keys joined with `|`), in catalog order.
fn match_lookup<K>(
    input: &TokenStream,
    keys: &[(K, usize)],
    parse: Parse,
    key: impl Fn(&mut String, &K),
    variant: impl Fn(&mut String, usize),
) -> TokenStream {
    // Keys come entry by entry, so an entry's keys are neighbours.
    let mut arms = String::with_capacity(keys.len() * 48);
    for (at, (value, entry)) in keys.iter().enumerate() {
        if at > 0 {
            arms.push_str(if keys[at - 1].1 == *entry {
                " | "
            } else {
                "), "
            });
        }
        key(&mut arms, value);
        if keys.get(at + 1).is_none_or(|next| next.1 != *entry) {
            arms.push_str(" => ::core::option::Option::Some(");
            variant(&mut arms, *entry);
        }
    }
    if !keys.is_empty() {
        arms.push_str("),");
    }
    let arms = source::tokens(parse, &arms);
    quote! {
        match #input {
            #arms
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
    parse: Parse,
    variant: impl Fn(&mut String, usize),
) -> TokenStream {
    let mut entries = String::with_capacity(slots.len() * 48);
    source::push_list(&mut entries, slots, |out, slot| match slot {
        Some(key) => {
            out.push_str("::core::option::Option::Some(");
            variant(out, *key);
            out.push(')');
        }
        None => out.push_str("::core::option::Option::None"),
    });
    let entries = source::tokens(parse, &entries);
    let size = slots.len();
    let start = Literal::u64_suffixed(int_fingerprint(min));
    let span = Literal::u64_suffixed(size as u64);
    quote! {
        const __A: &[#enum_name] = #enum_name::ALL;
        static __TABLE: [::core::option::Option<#enum_name>; #size] = [#entries];
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

/// The table's slots as the elements of an array literal, each written by `write` from its
/// key (`filler` for an unused slot) and whether it is used.
fn slot_list(
    parse: Parse,
    table: &Table,
    filler: usize,
    width: usize,
    write: impl Fn(&mut String, usize, bool),
) -> TokenStream {
    let mut text = String::with_capacity(table.slots.len() * width);
    source::push_list(&mut text, &table.slots, |out, slot| {
        write(out, slot.unwrap_or(filler), slot.is_some());
    });
    source::tokens(parse, &text)
}

/// `from_code` of an integer catalog through a perfect hash of the code's bits.
fn int_table(
    enum_name: &Ident,
    input: &TokenStream,
    table: &Table,
    keys: &[(i64, usize)],
    filler: usize,
    parse: Parse,
    variant: impl Fn(&mut String, usize),
) -> TokenStream {
    let slot_keys = slot_list(parse, table, filler, 8, |out, key, _| {
        let _ = write!(out, "{}", keys[key].0);
    });
    let slot_entries = slot_list(parse, table, filler, 32, |out, key, _| {
        variant(out, keys[key].1);
    });
    let size = table.slots.len();
    let statics = displacement_static(parse, table);
    let multiplier = Literal::u64_suffixed(table.multiplier);
    let slot = slot_tokens(table);
    quote! {
        const __A: &[#enum_name] = #enum_name::ALL;
        static __KEYS: [::core::primitive::i64; #size] = [#slot_keys];
        static __ENTRIES: [#enum_name; #size] = [#slot_entries];
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
    variant: impl Fn(&mut String, usize),
    options: &Options,
) -> TokenStream {
    let parse = options.parse;
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
    // Offsets fit the narrower type when the whole text does.
    let narrow = u16::try_from(text.len()).is_ok();
    let offset_ty = if narrow {
        quote! { ::core::primitive::u16 }
    } else {
        quote! { ::core::primitive::u32 }
    };
    let slot_spans = slot_list(parse, table, filler, 12, |out, key, _| {
        let (start, end) = spans[key];
        let _ = write!(out, "({start}, {end})");
    });
    let slot_entries = slot_list(parse, table, filler, 32, |out, key, _| {
        variant(out, keys[key].1);
    });
    // Each slot's tag, so that most misses are told from the slot's key without reading its
    // span or its text. No input that reaches an unused slot is a key, so its tag is any byte.
    let slot_tags = slot_list(parse, table, filler, 4, |out, key, used| {
        let tag = if used {
            table.tag(reader.fingerprint(keys[key].0.as_bytes()))
        } else {
            0
        };
        let _ = write!(out, "{tag}");
    });
    let tag_shift = Literal::u32_unsuffixed(table.tag_shift());
    let text = {
        let mut literal = String::with_capacity(text.len() + 16);
        source::push_bytes(&mut literal, &text);
        source::tokens(parse, &literal)
    };
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
    let statics = displacement_static(parse, table);
    let hash = hash_tokens(reader, table.multiplier, &options.krate);
    let slot = slot_tokens(table);
    let (min, max) = reader.lengths();
    let (min, max) = (
        Literal::usize_unsuffixed(min),
        Literal::usize_unsuffixed(max),
    );
    quote! {
        const __TEXT: &[::core::primitive::u8] = #text;
        static __SPANS: [(#offset_ty, #offset_ty); #size] = [#slot_spans];
        const __A: &[#enum_name] = #enum_name::ALL;
        static __ENTRIES: [#enum_name; #size] = [#slot_entries];
        static __TAGS: [::core::primitive::u8; #size] = [#slot_tags];
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

/// A lookup by text through a perfect hash of the text's words ([`Reader::Words`]): each slot
/// holds its key's length and words, which an input's are compared with (no text, no call), and
/// the keys too long for words are the arms of a `match` before the table.
#[allow(clippy::too_many_arguments)]
fn words_table(
    enum_name: &Ident,
    input: &TokenStream,
    min_len: usize,
    table: &Table,
    keys: &[(String, usize)],
    filler: usize,
    variant: impl Fn(&mut String, usize),
    options: &Options,
) -> TokenStream {
    let parse = options.parse;
    let krate = &options.krate;
    let u64_ty = quote! { ::core::primitive::u64 };
    let slot_words = slot_list(parse, table, filler, 40, |out, key, used| {
        let (first, second) = if used {
            key_words(keys[key].0.as_bytes())
        } else {
            (0, 0)
        };
        let _ = write!(out, "({first:#x}, {second:#x})");
    });
    // An unused slot's length is one no input that reaches the table has.
    let slot_lens = slot_list(parse, table, filler, 4, |out, key, used| {
        let len = if used {
            keys[key].0.len()
        } else {
            usize::from(u8::MAX)
        };
        let _ = write!(out, "{len}");
    });
    let slot_entries = slot_list(parse, table, filler, 32, |out, key, _| {
        variant(out, keys[key].1);
    });
    let mut long = String::new();
    for (key, entry) in keys.iter().filter(|(key, _)| key.len() > WORDS_MAX) {
        source::push_bytes(&mut long, key.as_bytes());
        long.push_str(" => ::core::option::Option::Some(");
        variant(&mut long, *entry);
        long.push_str("),");
    }
    let long = source::tokens(parse, &long);
    let size = table.slots.len();
    let statics = displacement_static(parse, table);
    let times = Literal::u64_suffixed(table.multiplier);
    let slot = slot_tokens(table);
    let len = widen(
        &quote! { __LENS[__slot] },
        &quote! { ::core::primitive::u8 },
        &quote! { ::core::primitive::usize },
    );
    let (min, max) = (
        Literal::usize_unsuffixed(min_len),
        Literal::usize_unsuffixed(WORDS_MAX),
    );
    quote! {
        const __A: &[#enum_name] = #enum_name::ALL;
        static __WORDS: [(#u64_ty, #u64_ty); #size] = [#slot_words];
        static __LENS: [::core::primitive::u8; #size] = [#slot_lens];
        static __ENTRIES: [#enum_name; #size] = [#slot_entries];
        #statics
        let __bytes = ::core::primitive::str::as_bytes(#input);
        let __len = __bytes.len();
        if (#min..=#max).contains(&__len) {
            let __words = #krate::__private::key_words(__bytes);
            let __hash = #u64_ty::wrapping_mul(
                #krate::__private::words_fingerprint(__len, __words.0, __words.1),
                #times,
            );
            #slot
            if #len == __len && __WORDS[__slot] == __words {
                ::core::option::Option::Some(__ENTRIES[__slot])
            } else {
                ::core::option::Option::None
            }
        } else {
            match __bytes {
                #long
                _ => ::core::option::Option::None,
            }
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
        // `words_table` reads words itself.
        Reader::Hash { .. } | Reader::Words { .. } => {
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
fn displacement_static(parse: Parse, table: &Table) -> Option<TokenStream> {
    let displacement = table.displacement.as_ref()?;
    let ty = displacement_type(table.slot_bits);
    let count = displacement.values.len();
    let mut values = String::with_capacity(count * 6);
    source::push_list(&mut values, &displacement.values, |out, value| {
        let _ = write!(out, "{value}");
    });
    let values = source::tokens(parse, &values);
    Some(quote! {
        static __DISPLACE: [#ty; #count] = [#values];
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
        let options = Options::default();
        for id in builtin::ids() {
            let catalog = catalog(id);
            let wire = from_wire_tokens(&catalog, &options).to_string();
            let text = from_text_tokens(&catalog, &options).to_string();
            for body in [&wire, &text] {
                assert!(!body.contains("match code"), "{id}: {body}");
                assert!(!body.contains("match text"), "{id}: {body}");
            }
            assert!(
                ["__TABLE", "__KEYS", "__SPANS", "__WORDS"]
                    .iter()
                    .any(|table| wire.contains(table)),
                "{id}"
            );
        }
        let text = from_text_tokens(&catalog("aliyun_sms"), &options).to_string();
        assert_eq!(text, quote! { Self::from_code(text) }.to_string());
    }

    #[test]
    fn a_long_first_variant_is_not_repeated_in_the_table() {
        // Entry 0 also fills every unused slot; its tables name it by its index into `ALL`.
        let mut catalog = catalog("tencent_sms");
        let long = "X".repeat(10_000);
        catalog.entries[0].variant.clone_from(&long);
        let tokens = from_wire_tokens(&catalog, &Options::default()).to_string();
        assert!(tokens.matches(&long).count() <= 1, "{}", tokens.len());
        assert!(tokens.contains("__A [0]"));
    }
}
