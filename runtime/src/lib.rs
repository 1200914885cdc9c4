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
pub use crate::provenance::{Provenance, Wording};
pub use crate::unknown::{KEPT_TEXT_LEN, UnknownCode};

/// Helpers for the code `include_error_catalog!` generates. Not a public API.
#[doc(hidden)]
pub mod __private {
    use core::fmt;

    pub use crate::{
        Carrier, Code, Disposition, ErrorCatalog, ErrorKind, Provenance, Reading, UnknownCode,
        Wording,
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
    /// length that differ only in their last eight bytes share a fingerprint. The macro computes
    /// the same function when it builds the table: this is its one definition.
    #[inline]
    #[must_use]
    pub fn hash_bytes(bytes: &[u8]) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let step = |hash: u64, word: u64| {
            let hash = (hash ^ word).wrapping_mul(K);
            hash ^ (hash >> 32)
        };
        let word = |at: usize| {
            bytes
                .get(at..at + 8)
                .and_then(|word| <[u8; 8]>::try_from(word).ok())
                .map_or(0, u64::from_le_bytes)
        };
        let len = bytes.len();
        let hash = len as u64;
        if len < 8 {
            let short = bytes
                .iter()
                .enumerate()
                .fold(0, |word, (at, &byte)| word | u64::from(byte) << (8 * at));
            return step(hash, short);
        }
        let mut hash = hash;
        let mut at = 0;
        while at + 8 < len {
            hash = step(hash, word(at));
            at += 8;
        }
        step(hash, word(len - 8))
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
