//! The one place the lookup strategy of `from_code` and `FromStr` is chosen.
//!
//! Today every catalog gets a `match` on the code: rustc lowers a `match` on integers to a jump
//! table or a binary decision tree, and a `match` on `&str` to a length-then-bytes comparison,
//! with no allocation and no hashing of the whole input.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::{Catalog, CodeValue};

/// Tokens of a pattern matching a wire code.
fn pattern(code: &CodeValue) -> Literal {
    match code {
        CodeValue::Str(text) => Literal::string(text),
        CodeValue::Int(number) => Literal::i64_unsuffixed(*number),
    }
}

/// Body of `from_code(code)`: the entry whose wire code or wire alias is `code`.
pub fn from_wire(catalog: &Catalog, code: &TokenStream) -> TokenStream {
    let arms = catalog.entries.iter().map(|entry| {
        let variant = format_ident!("{}", entry.variant);
        let patterns = entry.wire_codes().map(pattern);
        quote! { #(#patterns)|* => ::core::option::Option::Some(Self::#variant), }
    });
    quote! {
        match #code {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// Body of the text lookup behind `FromStr`: the entry one of whose spellings (code, decimal
/// integer code, symbol, alias) is exactly `text`.
pub fn from_text(catalog: &Catalog, text: &TokenStream) -> TokenStream {
    let arms = catalog.entries.iter().map(|entry| {
        let variant = format_ident!("{}", entry.variant);
        let patterns = entry
            .spellings()
            .into_iter()
            .map(|spelling| Literal::string(&spelling));
        quote! { #(#patterns)|* => ::core::option::Option::Some(Self::#variant), }
    });
    quote! {
        match #text {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// Body of `is_success_code(code)`.
pub fn is_success(catalog: &Catalog, code: &TokenStream) -> TokenStream {
    if catalog.success.is_empty() {
        return quote! { { let _ = #code; false } };
    }
    let patterns = catalog.success.iter().map(|ok| pattern(&ok.code));
    quote! { ::core::matches!(#code, #(#patterns)|*) }
}
