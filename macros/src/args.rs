//! The arguments of the macros, parsed with their spans kept for diagnostics.

use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token};

/// The facade's `$crate`, which its wrapper macros put first, in brackets: the path every
/// generated item reaches the runtime through, whatever the user named the dependency.
fn krate(input: ParseStream<'_>) -> syn::Result<proc_macro2::TokenStream> {
    if !input.peek(syn::token::Bracket) {
        return Err(input.error(
            "call this macro through the `error-catalog` crate (`error_catalog::include_error_catalog!`, `error_catalog::code!`), which passes it its own path",
        ));
    }
    let content;
    syn::bracketed!(content in input);
    content.parse()
}

/// Which catalog: `"tencent_sms"` or `path = "errors/acme.toml"`.
pub enum Catalog {
    /// A built-in catalog by id.
    Builtin(LitStr),
    /// A user catalog, relative to the calling crate's `CARGO_MANIFEST_DIR`.
    Path(LitStr),
}

impl Catalog {
    /// The literal naming the catalog, where every catalog error is reported.
    pub fn literal(&self) -> &LitStr {
        match self {
            Catalog::Builtin(literal) | Catalog::Path(literal) => literal,
        }
    }
}

/// `include_error_catalog!("tencent_sms")`, `include_error_catalog!(path = "errors/acme.toml")`,
/// each optionally followed by `, overlay = "…"` (any number) and `, non_exhaustive`.
pub struct IncludeArgs {
    /// The facade's path.
    pub krate: proc_macro2::TokenStream,
    /// The catalog.
    pub catalog: Catalog,
    /// The overlay files, in order, relative to the calling crate's `CARGO_MANIFEST_DIR`.
    pub overlays: Vec<LitStr>,
    /// `#[non_exhaustive]` on the enum.
    pub non_exhaustive: bool,
}

const INCLUDE_SHAPES: &str = "expected `include_error_catalog!(\"<built-in id>\")` or `include_error_catalog!(path = \"<file relative to Cargo.toml>\")`, optionally followed by `, overlay = \"<file>\"` (any number, applied in order) and `, non_exhaustive`";

impl Parse for IncludeArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let krate = krate(input)?;
        if input.is_empty() {
            return Err(input.error(format!("missing argument: {INCLUDE_SHAPES}")));
        }
        let catalog = if input.peek(LitStr) {
            Catalog::Builtin(input.parse()?)
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
            Catalog::Path(input.parse()?)
        } else {
            return Err(input.error(INCLUDE_SHAPES));
        };
        let mut non_exhaustive = false;
        let mut overlays: Vec<LitStr> = Vec::new();
        // Options after commas, and one trailing comma.
        while input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            if !input.peek(Ident) {
                return Err(input.error(format!(
                    "unexpected tokens after the catalog: {INCLUDE_SHAPES}"
                )));
            }
            let option: Ident = input.parse()?;
            if option == "overlay" {
                if !input.peek(Token![=]) {
                    return Err(syn::Error::new(
                        option.span(),
                        "`overlay` takes a file: `overlay = \"errors/tencent_sms.toml\"`",
                    ));
                }
                input.parse::<Token![=]>()?;
                if !input.peek(LitStr) {
                    return Err(input.error(
                        "`overlay` takes a string literal: `overlay = \"errors/tencent_sms.toml\"`",
                    ));
                }
                let overlay: LitStr = input.parse()?;
                if overlays
                    .iter()
                    .any(|other| other.value() == overlay.value())
                {
                    return Err(syn::Error::new(
                        overlay.span(),
                        format!("overlay {:?} is given twice", overlay.value()),
                    ));
                }
                if non_exhaustive {
                    return Err(syn::Error::new(
                        option.span(),
                        "write the overlays before `non_exhaustive`",
                    ));
                }
                overlays.push(overlay);
                continue;
            }
            if option != "non_exhaustive" {
                return Err(syn::Error::new(
                    option.span(),
                    format!("unknown option `{option}`: {INCLUDE_SHAPES}"),
                ));
            }
            if non_exhaustive {
                return Err(syn::Error::new(
                    option.span(),
                    "`non_exhaustive` is given twice",
                ));
            }
            non_exhaustive = true;
        }
        if !input.is_empty() {
            return Err(input.error(format!(
                "unexpected tokens after the catalog: {INCLUDE_SHAPES}"
            )));
        }
        Ok(IncludeArgs {
            krate,
            catalog,
            overlays,
            non_exhaustive,
        })
    }
}

/// `code!(path::to::Enum, "Code")` or `code!(Enum, 1005)`: the enum's path and the code tokens,
/// kept as written (they are checked against the catalog by the enum's helper macro).
pub struct CodeArgs {
    /// The facade's path, through which the enum's helper reaches `resolve_code!`.
    pub krate: proc_macro2::TokenStream,
    pub path: syn::Path,
    pub code: proc_macro2::TokenStream,
}

pub const CODE_SHAPES: &str = "expected `code!(EnumName, \"Code\")`, `code!(EnumName, 1005)` or `code!(path::to::EnumName, \"SYMBOL\")`";

impl Parse for CodeArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let krate = krate(input)?;
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
        Ok(CodeArgs { krate, path, code })
    }
}
