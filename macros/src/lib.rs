//! Procedural macros of [error-catalog](https://docs.rs/error-catalog). Use them through the
//! `error-catalog` crate, which documents them and re-exports them.
//!
//! This file is the only one that touches `proc_macro`: it parses the arguments, runs the
//! pipeline `source → check → expand`, and turns any problem into a compile error.

#![warn(clippy::pedantic)]
// A generated impl is one `quote!` block, which reads best whole.
#![allow(clippy::too_many_lines)]

mod args;
mod check;
mod diag;
mod expand;
mod ident;
mod lookup;
mod model;
mod resolve;
mod source;
mod suggest;

use proc_macro::TokenStream;

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
    let (loaded, literal) = match args {
        args::IncludeArgs::Builtin(id) => (source::builtin(id)?, id),
        args::IncludeArgs::Path(path) => (source::user_file(path)?, path),
    };
    let catalog = check::check(&loaded.file, literal.span())?;
    Ok(expand::expand(&catalog, loaded.tracked.as_deref()))
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

#[cfg(test)]
mod tests {
    use proc_macro2::Span;

    use crate::{check, expand, source};

    #[test]
    fn built_in_catalogs_expand_deterministically() {
        for (id, _) in source::BUILTIN {
            let literal = syn::LitStr::new(id, Span::call_site());
            let loaded = source::builtin(&literal).unwrap();
            let first = check::check(&loaded.file, Span::call_site())
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            let second = check::check(&loaded.file, Span::call_site()).unwrap();
            let tokens = expand::expand(&first, None).to_string();
            assert_eq!(tokens, expand::expand(&second, None).to_string(), "{id}");
            assert!(
                !tokens.contains(env!("CARGO_MANIFEST_DIR")),
                "{id}: machine path in output"
            );
            assert!(tokens.contains(&format!("pub enum {}", first.enum_name)));
        }
    }
}
