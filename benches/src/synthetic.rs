//! Synthetic catalogs of any size, in each shape a vendor table takes, for measuring expansion
//! time and lookups beyond the built-in catalogs' sizes. Shared by `build.rs` (the 10,000-entry
//! lookup benchmark) and `src/bin/expansion_time.rs`.

use std::fmt::Write as _;

/// The shape of a catalog's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// String codes (`FailedOperation.Reason42`), variants derived.
    Str,
    /// Sparse integer codes with explicit variants.
    Int,
    /// Sparse integer codes with symbols (`VENDOR_ERR_42_FAILED`) and one alias each.
    IntSymbols,
    /// Integer codes `1..=n`.
    Dense,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Shape; 4] = [Shape::Str, Shape::Int, Shape::IntSymbols, Shape::Dense];

    /// Its name on the command line.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Shape::Str => "string",
            Shape::Int => "integer",
            Shape::IntSymbols => "symbols",
            Shape::Dense => "dense",
        }
    }

    /// The shape called `name`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.name() == name)
    }
}

const PREFIXES: [&str; 8] = [
    "FailedOperation",
    "InvalidParameterValue",
    "LimitExceeded",
    "UnauthorizedOperation",
    "isv",
    "ResourceNotFound",
    "InternalError",
    "AV_ERR",
];

const KINDS: [&str; 6] = [
    "invalid_request",
    "rate_limited",
    "not_found",
    "internal",
    "content_rejected",
    "quota_exhausted",
];

/// A valid catalog of `entries` entries of `shape`, with enum `enum_name`.
#[must_use]
pub fn catalog(shape: Shape, entries: usize, enum_name: &str) -> String {
    let code_type = if shape == Shape::Str {
        "string"
    } else {
        "integer"
    };
    let mut out = format!(
        "id = \"synthetic\"\nenum = \"{enum_name}\"\nvendor = \"Synthetic\"\nproduct = \"{entries} {} codes\"\nsource = \"https://example.com/errors\"\ncode_type = \"{code_type}\"\n",
        shape.name()
    );
    for i in 0..entries {
        out.push_str("\n[[entry]]\n");
        let _ = match shape {
            Shape::Str => writeln!(out, "code = \"{}.Reason{i}\"", PREFIXES[i % PREFIXES.len()]),
            Shape::Int => writeln!(out, "code = {}\nvariant = \"Error{i}\"", 100_000 + i * 37),
            Shape::IntSymbols => writeln!(
                out,
                "code = {}\nsymbol = \"VENDOR_ERR_{i}_FAILED\"\naliases = [\"VENDOR_ERROR_{i}\"]",
                100_000 + i * 37
            ),
            Shape::Dense => writeln!(out, "code = {}\nvariant = \"Error{i}\"", i + 1),
        };
        let _ = writeln!(
            out,
            "message = \"操作失败 {i}: the operation failed\"\nkind = \"{}\"",
            KINDS[i % KINDS.len()]
        );
    }
    out
}
