//! Procedural macros of [error-catalog](https://docs.rs/error-catalog). Use them through the
//! `error-catalog` crate, which documents them and re-exports them.
//!
//! A thin shim over `error-catalog-core`: this crate parses the arguments, reads the user's file,
//! hands the text to core, and turns core's diagnostics into compile errors on the user's
//! literal. It is the only crate that touches `proc_macro`.

#![warn(clippy::pedantic)]

mod args;
mod resolve;

use std::path::Path;

use error_catalog_core::{Diagnostic, Options, SourceFile};
use proc_macro::TokenStream;
use proc_macro2::Span;
use syn::LitStr;

/// Defines an enum from a built-in catalog (`include_error_catalog!("tencent_sms")`) or from a
/// catalog file of your own (`include_error_catalog!(path = "errors/acme.toml")`).
///
/// See the `error-catalog` crate documentation.
#[proc_macro]
pub fn include_error_catalog(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as args::IncludeArgs);
    include(&args)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

fn include(args: &args::IncludeArgs) -> syn::Result<proc_macro2::TokenStream> {
    let (file, tracked, literal) = match args {
        args::IncludeArgs::Builtin(id) => {
            let file = error_catalog_core::builtin::builtin(&id.value())
                .map_err(|message| error(id, message))?;
            (file, None, id)
        }
        args::IncludeArgs::Path(path) => (user_file(path)?, Some(path.value()), path),
    };
    let options = Options {
        krate: quote::quote! { ::error_catalog },
        tracked,
    };
    error_catalog_core::include(&file, &options)
        .map_err(|problems| to_error(literal.span(), &problems))
}

/// A user's catalog: its path relative to the calling crate's `CARGO_MANIFEST_DIR`, or absolute.
fn user_file(path: &LitStr) -> syn::Result<SourceFile> {
    let written = path.value();
    if written.is_empty() {
        return Err(error(path, "the catalog path is empty"));
    }
    let resolved = if Path::new(&written).is_absolute() {
        Path::new(&written).to_path_buf()
    } else {
        let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
            return Err(error(
                path,
                "CARGO_MANIFEST_DIR is not set: user catalogs are resolved against the calling crate's directory, so build with cargo",
            ));
        };
        Path::new(&manifest_dir).join(&written)
    };
    match std::fs::read_to_string(&resolved) {
        Ok(text) => Ok(SourceFile::new(written, text)),
        Err(io) => {
            let relative_note = if Path::new(&written).is_absolute() {
                ""
            } else {
                "\n  = note: a relative catalog path is resolved against the directory of the crate's Cargo.toml (CARGO_MANIFEST_DIR)"
            };
            Err(error(
                path,
                format!("cannot read catalog {written:?}: {io}{relative_note}"),
            ))
        }
    }
}

fn error(literal: &LitStr, message: impl std::fmt::Display) -> syn::Error {
    syn::Error::new(literal.span(), message)
}

/// Every problem as one error on the user's literal, in file order.
fn to_error(span: Span, problems: &[Diagnostic]) -> syn::Error {
    let mut problems = problems
        .iter()
        .map(|problem| syn::Error::new(span, problem));
    let mut error = problems
        .next()
        .unwrap_or_else(|| syn::Error::new(span, "invalid catalog"));
    for problem in problems {
        error.combine(problem);
    }
    error
}

/// The variant of a catalog enum for a code, checked at compile time:
/// `code!(TencentSmsError, "LimitExceeded.DailyLimit")`.
///
/// See the `error-catalog` crate documentation.
#[proc_macro]
pub fn code(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as args::CodeArgs);
    let path = &args.path;
    let code = &args.code;
    quote::quote! { #path! { { #path } #code } }.into()
}

/// Implementation detail of `code!`, called by the helper macro every catalog enum comes with.
#[doc(hidden)]
#[proc_macro]
pub fn resolve_code(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as resolve::ResolveInput);
    resolve::resolve(input).into()
}
