//! Generated code written as Rust source text, then read into tokens in one step.
//!
//! Most of an expansion is per-entry data: a literal, a variant's path, a rustdoc string per
//! entry and column. Built token by token, each token is an allocation here and, inside rustc, a
//! call across the proc-macro bridge, all of it in code that cargo builds unoptimized; that was
//! most of a large catalog's expansion time. Written as text and parsed by [`tokens`], it is one
//! copy, and rustc's own (optimized) lexer reads it in one call.
//!
//! Only what has a fixed spelling goes into the text: literals (escaped by the standard library's
//! `Debug`, which writes valid Rust literals for every string), identifiers `check` validated,
//! integers and punctuation. Never the crate path: `$crate` has no spelling, so paths through it
//! stay tokens, and the text names them by the short local names the tokens around it declare.
//! Tokens read from text have the call site's span, as `quote!`'s do.

use std::fmt::Write as _;

use proc_macro2::TokenStream;

/// How source text becomes tokens ([`Options::parse`](crate::Options::parse)): `None` when it
/// does not lex.
pub type Parse = fn(&str) -> Option<TokenStream>;

/// proc-macro2's lexer: what tests, tools and fuzzing read the text with, and what checks that
/// the text is valid. The macro passes rustc's own instead: proc-macro2 inside a macro lexes a
/// text twice, once in its own (unoptimized) lexer to validate it, then in rustc's.
pub fn parse(text: &str) -> Option<TokenStream> {
    text.parse().ok()
}

/// The tokens of `text`, generated Rust source, read by `parse`.
///
/// The text is this crate's own output, so it always parses; should it not, the tokens are a
/// `compile_error!` saying so rather than a panic in the user's build.
pub fn tokens(parse: Parse, text: &str) -> TokenStream {
    parse(text).unwrap_or_else(|| {
        let message = "error-catalog generated code that does not parse: please report this";
        quote::quote! { ::core::compile_error!(#message); }
    })
}

/// Appends `text` as a Rust string literal.
pub fn push_str(out: &mut String, text: &str) {
    // `Debug` of a `str` is a valid literal of the same text: quotes, backslashes, control and
    // non-printable characters escaped, everything else as is.
    let _ = write!(out, "{text:?}");
}

/// Appends `bytes` as a Rust byte-string literal.
pub fn push_bytes(out: &mut String, bytes: &[u8]) {
    let _ = write!(out, "b\"{}\"", bytes.escape_ascii());
}

/// Appends `values` as the elements of an array literal: each written by `write`, with a comma
/// after each.
pub fn push_list<T>(
    out: &mut String,
    values: impl IntoIterator<Item = T>,
    write: impl Fn(&mut String, T),
) {
    for value in values {
        write(out, value);
        out.push(',');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_read_back_as_the_same_text() {
        for text in [
            "plain",
            "quote \" backslash \\ newline \n tab \t cr \r nul \0",
            "短信签名未审核",
            "bidi \u{202e} zero width \u{200b} combining \u{301}",
            "'single' #hash {braces} r#\"raw\"#",
            "",
        ] {
            let mut out = String::new();
            push_str(&mut out, text);
            let literal: proc_macro2::Literal = out.parse().unwrap();
            let back = literal.to_string();
            assert_eq!(back, out);
            // The literal's value, through a parser that unescapes it.
            let expr: syn::LitStr = syn::parse_str(&out).unwrap();
            assert_eq!(expr.value(), text);
        }
    }

    #[test]
    fn byte_strings_read_back_as_the_same_bytes() {
        let bytes = "a\"b\\c\n短信".as_bytes();
        let mut out = String::new();
        push_bytes(&mut out, bytes);
        let literal: syn::LitByteStr = syn::parse_str(&out).unwrap();
        assert_eq!(literal.value(), bytes);
    }

    #[test]
    fn text_that_does_not_parse_is_a_compile_error() {
        let tokens = tokens(parse, "fn (").to_string();
        assert!(tokens.contains("compile_error"), "{tokens}");
    }
}
