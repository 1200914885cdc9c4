//! The internals of [error-catalog](https://docs.rs/error-catalog)'s macros, as an ordinary
//! library: catalog text → validated model or every diagnostic → lookup plans → tokens.
//!
//! **No semver promise**: this crate's API is whatever `error-catalog-macros`, the benchmarks,
//! the fuzz targets and the command-line tool need, and changes with them. Depend on
//! `error-catalog`.
//!
//! The pipeline, one stage per module:
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | built-in catalogs | [`builtin`] | id → [`SourceFile`] |
//! | TOML access | [`toml_walk`] | spanned document → typed values, wrong types reported |
//! | schema | [`schema`] | every catalog key, declared once |
//! | rules | [`check`](mod@check) | [`SourceFile`] → [`Catalog`] or every [`Diagnostic`] |
//! | built-ins, checked at build time | [`compiled`] | [`Catalog`] ↔ compact text |
//! | overlays | [`overlay`] | [`Catalog`] + overlay files → amended [`Catalog`] or every [`Diagnostic`] |
//! | naming | [`ident`] | code or symbol → variant name |
//! | lookups | [`lookup`] | keys → [`lookup::Plan`] → tokens |
//! | rustdoc | [`docs`] | entry → its documentation |
//! | source text → tokens | [`source`] | generated Rust source text, lexed once |
//! | generated code | [`expand`](mod@expand) | [`Catalog`] → tokens; cannot fail |
//!
//! Nothing here touches `proc_macro`, reads a file, or panics on any input: the fuzz targets in
//! `fuzz/` feed [`check()`] and [`expand()`] arbitrary text.

#![warn(clippy::pedantic, missing_docs)]
// Generated impls are `quote!` blocks, which read best whole.
#![allow(clippy::too_many_lines)]
// Internals for this project's own crates: every caller uses what it asks for, and the errors of
// each function are what its documentation says it returns.
#![allow(clippy::must_use_candidate, clippy::missing_errors_doc)]

pub mod builtin;
pub mod check;
pub mod compiled;
pub mod diag;
pub mod docs;
pub mod expand;
pub mod ident;
pub mod lookup;
pub mod model;
pub mod overlay;
pub mod schema;
pub mod source;
pub mod suggest;
pub mod toml_walk;

pub use check::check;
pub use diag::{Diagnostic, Note, NoteKind, SourceFile};
pub use expand::{Options, expand};
pub use model::Catalog;
pub use overlay::check_with_overlays;

/// Checks `file`, applies `overlays` to it in order, and expands it: the tokens of the
/// generated enum, or every problem.
///
/// # Errors
///
/// Every problem of the catalog, or of the overlays, each in its file's order.
pub fn include(
    file: &SourceFile,
    overlays: &[SourceFile],
    options: &Options,
) -> Result<proc_macro2::TokenStream, Vec<Diagnostic>> {
    check_with_overlays(file, overlays).map(|catalog| expand(&catalog, options))
}
