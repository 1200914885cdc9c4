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

    pub use crate::{Code, Disposition, ErrorCatalog, ErrorKind, Provenance, UnknownCode, Wording};

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

    /// `Display` of a generated enum: the wire code, and with `{:#}` its message too.
    pub fn display(f: &mut fmt::Formatter<'_>, code: Code, message: &str) -> fmt::Result {
        if f.alternate() {
            write!(f, "{code}: {message}")
        } else {
            fmt::Display::fmt(&code, f)
        }
    }
}
