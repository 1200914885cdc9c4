//! The arguments of the macros, parsed with their spans kept for diagnostics.

use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

/// `include_error_catalog!("tencent_sms")` or `include_error_catalog!(path = "errors/acme.toml")`.
pub enum IncludeArgs {
    /// A built-in catalog by id.
    Builtin(LitStr),
    /// A user catalog, relative to the calling crate's `CARGO_MANIFEST_DIR`.
    Path(LitStr),
}

const INCLUDE_SHAPES: &str = "expected `include_error_catalog!(\"<built-in id>\")` or `include_error_catalog!(path = \"<file relative to Cargo.toml>\")`";

impl Parse for IncludeArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(format!("missing argument: {INCLUDE_SHAPES}")));
        }
        let args = if input.peek(LitStr) {
            IncludeArgs::Builtin(input.parse()?)
        } else if input.peek(Ident) && input.peek2(Token![=]) {
            let key: Ident = input.parse()?;
            if key != "path" {
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown argument `{key}`: {INCLUDE_SHAPES}"),
                ));
            }
            input.parse::<Token![=]>()?;
            if !input.peek(LitStr) {
                return Err(input.error(format!("`path` takes a string literal: {INCLUDE_SHAPES}")));
            }
            IncludeArgs::Path(input.parse()?)
        } else {
            return Err(input.error(INCLUDE_SHAPES));
        };
        // Accept one trailing comma, reject anything else.
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
        }
        if !input.is_empty() {
            return Err(input.error(format!(
                "unexpected tokens after the catalog: {INCLUDE_SHAPES}"
            )));
        }
        Ok(args)
    }
}

/// `code!(path::to::Enum, "Code")` or `code!(Enum, 1005)`: the enum's path and the code tokens,
/// kept as written (they are checked against the catalog by the enum's helper macro).
pub struct CodeArgs {
    pub path: syn::Path,
    pub code: proc_macro2::TokenStream,
}

pub const CODE_SHAPES: &str = "expected `code!(EnumName, \"Code\")`, `code!(EnumName, 1005)` or `code!(path::to::EnumName, \"SYMBOL\")`";

impl Parse for CodeArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(input.error(format!("missing arguments: {CODE_SHAPES}")));
        }
        let path: syn::Path = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                format!("expected the path of a catalog enum: {CODE_SHAPES}"),
            )
        })?;
        if !input.peek(Token![,]) {
            return Err(input.error(format!(
                "expected `,` and a code after the enum: {CODE_SHAPES}"
            )));
        }
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            return Err(input.error(format!("missing the code after the enum: {CODE_SHAPES}")));
        }
        let code = input.parse()?;
        Ok(CodeArgs { path, code })
    }
}
