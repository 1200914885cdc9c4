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

use error_catalog_core::{Catalog, Diagnostic, Options, SourceFile};
use proc_macro::TokenStream;
use proc_macro2::Span;
use syn::LitStr;

/// `include_error_catalog!`, called by the facade's wrapper of that name with its `$crate`
/// first: `include! { [$crate] "tencent_sms" }`. Documented there.
#[doc(hidden)]
#[proc_macro]
pub fn include(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as args::IncludeArgs);
    include_catalog(&args)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Every built-in catalog that passed its check when this crate was built, by id, in core's
/// compact encoding (see `build.rs`).
const CHECKED: &[(&str, &str)] = ::core::include!(concat!(env!("OUT_DIR"), "/checked.rs"));

/// The built-in catalog `id` as checked at build time, if it passed.
fn checked(id: &str) -> Option<Catalog> {
    let (_, text) = CHECKED.iter().find(|(name, _)| *name == id)?;
    error_catalog_core::compiled::decode(text)
}

/// The catalog an include starts from, before its overlays.
enum Base {
    /// A built-in catalog as checked at build time.
    Checked(Box<Catalog>),
    /// Any other catalog's text (a user's file, a built-in that did not pass), to check now.
    Text(SourceFile),
}

fn include_catalog(args: &args::IncludeArgs) -> syn::Result<proc_macro2::TokenStream> {
    let mut tracked = Vec::new();
    let base = match &args.catalog {
        args::Catalog::Builtin(id) => match checked(&id.value()) {
            Some(catalog) => Base::Checked(Box::new(catalog)),
            None => Base::Text(
                error_catalog_core::builtin::builtin(&id.value())
                    .map_err(|message| error(id, message))?,
            ),
        },
        args::Catalog::Path(path) => {
            tracked.push(path.value());
            Base::Text(user_file(path, "catalog")?)
        }
    };
    let mut overlays = Vec::with_capacity(args.overlays.len());
    let mut unreadable: Option<syn::Error> = None;
    for overlay in &args.overlays {
        match user_file(overlay, "overlay") {
            Ok(file) => overlays.push(file),
            Err(problem) => match &mut unreadable {
                Some(all) => all.combine(problem),
                None => unreadable = Some(problem),
            },
        }
        tracked.push(overlay.value());
    }
    if let Some(problems) = unreadable {
        return Err(problems);
    }
    let literal = args.catalog.literal();
    let options = Options {
        krate: args.krate.clone(),
        tracked,
        salt: salt(literal),
        non_exhaustive: args.non_exhaustive,
        parse: rustc_parse,
    };
    let included = match base {
        Base::Checked(catalog) => error_catalog_core::overlay::apply_all(*catalog, &overlays)
            .map(|catalog| error_catalog_core::expand(&catalog, &options)),
        Base::Text(file) => error_catalog_core::include(&file, &overlays, &options),
    };
    included.map_err(|problems| {
        // Each problem on the literal naming its file: an overlay's, else the catalog's.
        to_error(&problems, |problem| {
            args.overlays
                .iter()
                .find(|overlay| overlay.value() == problem.path)
                .unwrap_or(literal)
                .span()
        })
    })
}

/// Generated source text as tokens, read by rustc's lexer ([`Options::parse`]): proc-macro2's
/// `FromStr` would first lex it again in its own unoptimized lexer, to validate it. Core's text
/// is valid by construction, which its tests and fuzz targets check with proc-macro2's lexer.
fn rustc_parse(text: &str) -> Option<proc_macro2::TokenStream> {
    text.parse::<TokenStream>().ok().map(Into::into)
}

/// Where the include is written, as a number (core's hash of the file, line and column of the
/// catalog's literal): the same on every build of the same source, different for two includes.
///
/// rust-analyzer's expansion server knows no file and answers one line and column for every
/// span; there, the span's own description (its position in rust-analyzer's tree) tells two
/// includes apart instead.
fn salt(literal: &LitStr) -> u64 {
    let span = literal.span().unwrap();
    let file = span.file();
    let place = if file.is_empty() {
        format!("{span:?}")
    } else {
        format!("{file}:{}:{}", span.line(), span.column())
    };
    error_catalog_core::expand::salt(&place)
}

/// A user's catalog or overlay (`what`): its path relative to the calling crate's
/// `CARGO_MANIFEST_DIR`, or absolute.
fn user_file(path: &LitStr, what: &str) -> syn::Result<SourceFile> {
    let written = path.value();
    if written.is_empty() {
        return Err(error(path, format!("the {what} path is empty")));
    }
    let resolved = if Path::new(&written).is_absolute() {
        Path::new(&written).to_path_buf()
    } else {
        let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
            return Err(error(
                path,
                format!(
                    "CARGO_MANIFEST_DIR is not set: a {what} path is resolved against the calling crate's directory, so build with cargo"
                ),
            ));
        };
        Path::new(&manifest_dir).join(&written)
    };
    match std::fs::read_to_string(&resolved) {
        Ok(text) => Ok(SourceFile::new(written, text)),
        Err(io) => {
            let relative_note = if Path::new(&written).is_absolute() {
                String::new()
            } else {
                format!(
                    "\n  = note: a relative {what} path is resolved against the directory of the crate's Cargo.toml (CARGO_MANIFEST_DIR)"
                )
            };
            Err(error(
                path,
                format!("cannot read {what} {written:?}: {io}{relative_note}"),
            ))
        }
    }
}

fn error(literal: &LitStr, message: impl std::fmt::Display) -> syn::Error {
    syn::Error::new(literal.span(), message)
}

/// Every problem as one error, each on the literal `span_of` gives for it, in order.
fn to_error(problems: &[Diagnostic], span_of: impl Fn(&Diagnostic) -> Span) -> syn::Error {
    let mut problems = problems
        .iter()
        .map(|problem| syn::Error::new(span_of(problem), problem));
    let mut error = problems
        .next()
        .unwrap_or_else(|| syn::Error::new(Span::call_site(), "invalid catalog"));
    for problem in problems {
        error.combine(problem);
    }
    error
}

/// `code!`, called by the facade's wrapper of that name with its `$crate` first:
/// `code! { [$crate] TencentSmsError, "LimitExceeded.DailyLimit" }`. Documented there.
///
/// It calls the enum's helper macro (named like the enum), handing it the resolver's path.
#[doc(hidden)]
#[proc_macro]
pub fn code(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as args::CodeArgs);
    let krate = &args.krate;
    let path = &args.path;
    let code = &args.code;
    quote::quote! { #path! { { #krate::__private::resolve_code } { #path } #code } }.into()
}

/// Implementation detail of `code!`, called by the helper macro every catalog enum comes with.
#[doc(hidden)]
#[proc_macro]
pub fn resolve_code(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as resolve::ResolveInput);
    resolve::resolve(&input).into()
}
