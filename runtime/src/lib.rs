//! Runtime support for [error-catalog](https://docs.rs/error-catalog): the types that generated
//! catalog enums use and implement.
//!
//! Most users depend on `error-catalog` alone, which re-exports everything here. This crate is
//! `no_std`; the `std` feature (on by default) changes nothing in the API today and is kept so
//! that `std`-only additions stay non-breaking.
//!
//! - [`ErrorCatalog`]: the trait every generated enum implements.
//! - [`ErrorKind`]: one vocabulary across vendors for what went wrong.
//! - [`Disposition`]: the decision that follows: retry now or later, fail over, fix the request,
//!   drop some recipients, give up on one, verify delivery first, ignore, alert.
//! - [`principles`]: the rules every catalog entry's kind and disposition follow.
//! - [`Lang`], [`English`]: the English kept beside a vendor's own words, and its sources.
//! - [`Code`]: a wire code, string or integer.
//! - [`UnknownCode`]: the error of parsing a code a catalog does not list.
//! - [`ApiError`] (feature `alloc`, on with `std`): a failed call, with the server's message and
//!   request id.
//! - [`envelope`] (feature `json`): vendors' JSON response bodies parsed into success or
//!   [`ApiError`].
//!
//! Feature `serde` makes generated enums serialize as their wire code.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

#[cfg(feature = "alloc")]
mod api_error;
mod carrier;
mod catalog;
mod code;
mod disposition;
mod kind;
mod lang;
pub mod principles;
mod provenance;
mod unknown;

#[cfg(feature = "json")]
pub mod envelope;
#[cfg(feature = "serde")]
mod serde_support;

#[cfg(feature = "alloc")]
pub use crate::api_error::ApiError;
pub use crate::carrier::{Carrier, Reading};
pub use crate::catalog::ErrorCatalog;
pub use crate::code::Code;
pub use crate::disposition::{Disposition, UnknownDisposition};
pub use crate::kind::{ErrorKind, UnknownKind};
pub use crate::lang::{English, Lang, Text};
pub use crate::provenance::{Provenance, Wording};
pub use crate::unknown::{KEPT_TEXT_LEN, UnknownCode};

/// Helpers for the code `include_error_catalog!` generates. Not a public API.
#[doc(hidden)]
pub mod __private {
    use core::fmt;

    pub use crate::{
        Carrier, Code, Disposition, English, ErrorCatalog, ErrorKind, Lang, Provenance, Reading,
        Text, UnknownCode, Wording,
    };

    #[cfg(feature = "serde")]
    pub use serde;

    /// Serde for generated enums.
    #[cfg(feature = "serde")]
    pub mod serde_support {
        pub use crate::serde_support::{deserialize, serialize};
    }

    /// The fingerprint of a string key that a few of its bytes cannot tell apart from the
    /// catalog's other keys: its length and every byte, eight at a time (the last eight
    /// overlapping the word before when the length is no multiple of eight, so no byte is copied
    /// into a buffer), each step a multiplication and an xor-shift, so that no two keys of one
    /// length that differ only in their last eight bytes share a fingerprint. A key shorter than
    /// eight bytes is one word read without a loop: its first and last four bytes (overlapping),
    /// or for one to three bytes its first, middle and last, which together are every byte. The
    /// macro computes the same function when it builds the table: this is its one definition.
    #[inline]
    #[must_use]
    pub fn hash_bytes(bytes: &[u8]) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let step = |hash: u64, word: u64| {
            let hash = (hash ^ word).wrapping_mul(K);
            hash ^ (hash >> 32)
        };
        // The length, spread over every bit first: a short key's word fills the low bytes (or all
        // of them), where a bare length would cancel against them (`"2"` and `"12"`).
        const L: u64 = 0xC2B2_AE3D_27D4_EB4F;
        let len = bytes.len();
        let hash = (len as u64).wrapping_mul(L);
        if len < 8 {
            return step(hash, short_word(bytes));
        }
        let mut hash = hash;
        let mut at = 0;
        while at + 8 < len {
            hash = step(hash, word_at(bytes, at));
            at += 8;
        }
        step(hash, word_at(bytes, len - 8))
    }

    /// The longest key [`key_words`] reads whole.
    pub const WORDS_MAX: usize = 16;

    /// Two words that, with its length, are every byte of a key of at most [`WORDS_MAX`] bytes:
    /// its first and last eight bytes (overlapping below sixteen), or below eight the one word
    /// [`hash_bytes`] reads and zero. The generated lookup of a catalog whose short keys a few
    /// picks cannot tell apart compares these with the slot's, with no call and no loop.
    #[inline(always)]
    #[must_use]
    pub fn key_words(bytes: &[u8]) -> (u64, u64) {
        let len = bytes.len();
        if len >= 8 {
            (word_at(bytes, 0), word_at(bytes, len - 8))
        } else {
            (short_word(bytes), 0)
        }
    }

    /// The fingerprint of a key read by [`key_words`]: its length spread over every bit, and
    /// both words, the second times an odd constant so that the two do not cancel. The table's
    /// own multiplication mixes it.
    #[inline(always)]
    #[must_use]
    pub const fn words_fingerprint(len: usize, first: u64, second: u64) -> u64 {
        (len as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
            ^ first
            ^ second.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    /// The little-endian word at `at`, or zero past the end.
    #[inline(always)]
    fn word_at(bytes: &[u8], at: usize) -> u64 {
        bytes
            .get(at..at + 8)
            .and_then(|word| <[u8; 8]>::try_from(word).ok())
            .map_or(0, u64::from_le_bytes)
    }

    /// Every byte of a key shorter than eight bytes as one word: its first and last four bytes
    /// (overlapping), or for one to three bytes its first, middle and last; zero for none.
    #[inline(always)]
    fn short_word(bytes: &[u8]) -> u64 {
        let half = |at: usize| {
            bytes
                .get(at..at + 4)
                .and_then(|half| <[u8; 4]>::try_from(half).ok())
                .map_or(0, |half| u64::from(u32::from_le_bytes(half)))
        };
        let len = bytes.len();
        if len >= 4 {
            half(0) | half(len - 4) << 32
        } else if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
            u64::from(first) | u64::from(bytes[len / 2]) << 8 | u64::from(last) << 16
        } else {
            0
        }
    }

    /// The integer whose decimal form (as `i64`'s `Display` writes it: an optional `-`, no `+`,
    /// no leading zero, no blank) is exactly `text`. `FromStr` of an integer catalog whose
    /// entries are spelled only by their codes: exactly the texts a table of every code's
    /// decimal form would hold, without the table.
    #[inline]
    #[must_use]
    pub fn decimal(text: &str) -> Option<i64> {
        let bytes = text.as_bytes();
        let (negative, digits) = match bytes {
            [b'-', rest @ ..] => (true, rest),
            _ => (false, bytes),
        };
        match digits {
            [] | [b'0', _, ..] => return None,
            [b'0'] => return (!negative).then_some(0),
            _ => {}
        }
        // `i64::MIN` has 19 digits; anything longer is no `i64`, and is not read.
        if digits.len() > 19 {
            return None;
        }
        let mut value: i64 = 0;
        for &byte in digits {
            let digit = byte.wrapping_sub(b'0');
            if digit > 9 {
                return None;
            }
            let digit = i64::from(digit);
            value = value.checked_mul(10)?;
            // Negative numbers are built downwards, so that `i64::MIN` fits.
            value = if negative {
                value.checked_sub(digit)?
            } else {
                value.checked_add(digit)?
            };
        }
        Some(value)
    }

    /// `Display` of a generated enum: the wire code, and with `{:#}` its message too.
    pub fn display(f: &mut fmt::Formatter<'_>, code: Code, message: &str) -> fmt::Result {
        if f.alternate() {
            write!(f, "{code}: {message}")
        } else {
            fmt::Display::fmt(&code, f)
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use std::string::ToString as _;

    use super::__private::decimal;

    #[test]
    fn short_keys_hash_apart() {
        use super::__private::hash_bytes;
        // Every key of up to three bytes over a small alphabet, keys of four to seven bytes that
        // differ in one byte anywhere, and the decimal numbers up to 99,999 (whose short words
        // met a bare length in an earlier version: "2" and "12"): no two share a fingerprint.
        let alphabet = b"aZ0:_";
        let mut keys: std::vec::Vec<std::vec::Vec<u8>> = std::vec![std::vec::Vec::new()];
        for len in 1..=3 {
            let mut next = std::vec::Vec::new();
            for key in keys.iter().filter(|key| key.len() == len - 1) {
                for &byte in alphabet {
                    let mut longer = key.clone();
                    longer.push(byte);
                    next.push(longer);
                }
            }
            keys.extend(next);
        }
        for len in 4..=7 {
            for at in 0..len {
                for &byte in alphabet {
                    let mut key = std::vec![b'M'; len];
                    key[at] = byte;
                    keys.push(key);
                }
            }
        }
        for number in 0..100_000 {
            keys.push(std::format!("{number}").into_bytes());
            keys.push(std::format!("MK:{number:04}").into_bytes());
        }
        keys.sort();
        keys.dedup();
        let mut fingerprints: std::vec::Vec<u64> = keys.iter().map(|key| hash_bytes(key)).collect();
        fingerprints.sort_unstable();
        let count = fingerprints.len();
        fingerprints.dedup();
        assert_eq!(fingerprints.len(), count);
    }

    #[test]
    fn decimal_reads_exactly_what_i64_writes() {
        for value in [
            0,
            1,
            -1,
            9,
            10,
            30001,
            -30001,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let mut text = value.to_string();
            assert_eq!(decimal(&text), Some(value), "{text}");
            // One more digit is another number, or none.
            text.push('0');
            assert_ne!(decimal(&text), Some(value), "{text}");
        }
    }

    #[test]
    fn decimal_rejects_every_other_spelling() {
        for text in [
            "",
            "-",
            "+1",
            "01",
            "-01",
            "00",
            "-0",
            " 1",
            "1 ",
            "1_000",
            "1e3",
            "0x10",
            "١",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999",
            "12345678901234567890123",
            "1\0",
        ] {
            assert_eq!(decimal(text), None, "{text:?}");
        }
    }
}
