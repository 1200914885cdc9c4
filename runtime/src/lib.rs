//! Runtime support for [error-catalog](https://docs.rs/error-catalog): the types that generated
//! catalog enums use and implement.
//!
//! Most users depend on `error-catalog` alone, which re-exports everything here. This crate is
//! `no_std`; the `std` feature (on by default) changes nothing in the API today and is kept so
//! that `std`-only additions stay non-breaking.
//!
//! - [`ErrorCatalog`]: the trait every generated enum implements.
//! - [`ErrorKind`]: one vocabulary across vendors for what went wrong.
//! - [`Disposition`]: the decision that follows: retry, fail over, fix the request, give up, alert.
//! - [`Code`]: a wire code, string or integer.
//! - [`UnknownCode`]: the error of parsing a code a catalog does not list.
//! - [`ApiError`] (feature `alloc`, on with `std`): a failed call, with the server's message and
//!   request id.
//! - [`envelope`] (feature `json`): vendors' JSON response bodies parsed into success or
//!   [`ApiError`].
//!
//! Feature `serde` makes generated enums serialize as their wire code.
#![no_std]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;

#[cfg(feature = "alloc")]
mod api_error;
mod catalog;
mod code;
mod disposition;
mod kind;
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
pub use crate::disposition::Disposition;
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
    /// catalog's other keys: its length and every byte, eight at a time, each step a
    /// multiplication and an xor-shift (so that no two keys of one length that differ only in
    /// their last eight bytes share a fingerprint). The macro computes the same function when it
    /// builds the table: this is its one definition.
    #[inline]
    #[must_use]
    pub fn hash_bytes(bytes: &[u8]) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let step = |hash: u64, word: [u8; 8]| {
            let hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul(K);
            hash ^ (hash >> 32)
        };
        let mut hash = bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            hash = step(hash, word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            hash = step(hash, word);
        }
        hash
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
