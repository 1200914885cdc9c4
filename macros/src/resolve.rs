//! `code!`'s second half: given a catalog's spellings (handed over by the enum's helper macro)
//! and the user's code literal, the variant path, or an error on the literal.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, Lit, LitStr, Token, braced};

use crate::args::CODE_SHAPES;
use error_catalog_core::suggest::did_you_mean_shown;

/// What the helper macro passes: see `expand::code_macro`.
pub struct ResolveInput {
    catalog: LitStr,
    code_type: LitStr,
    spellings: Vec<(LitStr, Ident)>,
    path: syn::Path,
    code: TokenStream,
}

fn field<T: Parse>(input: ParseStream<'_>, name: &str) -> syn::Result<T> {
    let key: Ident = input.parse()?;
    if key != name {
        return Err(syn::Error::new(key.span(), format!("expected `{name}`")));
    }
    input.parse::<Token![=]>()?;
    let value = input.parse()?;
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
    }
    Ok(value)
}

fn group(input: ParseStream<'_>, name: &str) -> syn::Result<TokenStream> {
    let key: Ident = input.parse()?;
    if key != name {
        return Err(syn::Error::new(key.span(), format!("expected `{name}`")));
    }
    input.parse::<Token![=]>()?;
    let content;
    braced!(content in input);
    let tokens = content.parse()?;
    if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
    }
    Ok(tokens)
}

impl Parse for ResolveInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let catalog = field(input, "catalog")?;
        let code_type = field(input, "code_type")?;
        let spellings_tokens = group(input, "spellings")?;
        let spellings = syn::parse::Parser::parse2(
            |input: ParseStream<'_>| {
                let mut pairs = Vec::new();
                while !input.is_empty() {
                    let spelling: LitStr = input.parse()?;
                    input.parse::<Token![=>]>()?;
                    let variant: Ident = input.parse()?;
                    input.parse::<Token![,]>()?;
                    pairs.push((spelling, variant));
                }
                Ok(pairs)
            },
            spellings_tokens,
        )?;
        let path = syn::parse2(group(input, "path")?)?;
        let code = group(input, "code")?;
        Ok(ResolveInput {
            catalog,
            code_type,
            spellings,
            path,
            code,
        })
    }
}

/// The user's code as text, or an error saying which literal is expected.
fn code_text(code: TokenStream, catalog: &str, integer: bool) -> syn::Result<(String, Span)> {
    let expected = if integer {
        format!("{catalog} codes are integers: write `1005`, or the code's symbol as a string")
    } else {
        format!("{catalog} codes are strings: write the code in quotes")
    };
    let lit: syn::Result<(bool, Lit)> = syn::parse::Parser::parse2(
        |input: ParseStream<'_>| {
            let negative = input.peek(Token![-]);
            if negative {
                input.parse::<Token![-]>()?;
            }
            let lit: Lit = input.parse()?;
            if !input.is_empty() {
                return Err(input.error(format!("unexpected tokens after the code: {CODE_SHAPES}")));
            }
            Ok((negative, lit))
        },
        code.clone(),
    );
    let (negative, lit) = lit.map_err(|error| {
        let span = code
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |token| token.span());
        syn::Error::new(
            span,
            format!("expected a code literal; {expected}\n  = note: {error}"),
        )
    })?;
    match &lit {
        Lit::Str(text) if !negative => Ok((text.value(), text.span())),
        Lit::Int(number) if integer => {
            // The magnitude first, so that `-9223372036854775808` (i64::MIN) is in range.
            let magnitude: i128 = number
                .base10_parse()
                .map_err(|_| syn::Error::new(number.span(), "integer code out of range for i64"))?;
            let value = i64::try_from(if negative { -magnitude } else { magnitude })
                .map_err(|_| syn::Error::new(number.span(), "integer code out of range for i64"))?;
            Ok((value.to_string(), number.span()))
        }
        Lit::Int(number) => Err(syn::Error::new(
            number.span(),
            format!("expected a string literal, found an integer; {expected}"),
        )),
        other => Err(syn::Error::new(
            other.span(),
            format!(
                "expected {} literal; {expected}",
                if integer {
                    "an integer or a string"
                } else {
                    "a string"
                }
            ),
        )),
    }
}

pub fn resolve(input: ResolveInput) -> TokenStream {
    let catalog = input.catalog.value();
    let integer = input.code_type.value() == "integer";
    let (text, span) = match code_text(input.code, &catalog, integer) {
        Ok(found) => found,
        Err(error) => return error.to_compile_error(),
    };
    if let Some((_, variant)) = input
        .spellings
        .iter()
        .find(|(spelling, _)| spelling.value() == text)
    {
        let path = &input.path;
        let variant = Ident::new(&variant.to_string(), span);
        return quote! { #path::#variant };
    }
    let known: Vec<String> = input
        .spellings
        .iter()
        .map(|(spelling, _)| spelling.value())
        .collect();
    let show = |spelling: &str| {
        if integer && spelling.parse::<i64>().is_ok() {
            spelling.to_owned()
        } else {
            format!("{spelling:?}")
        }
    };
    let mut message = format!("unknown {catalog} code {}", show(&text));
    if let Some(hint) = did_you_mean_shown(&text, known.iter().map(String::as_str), show) {
        message = format!("{message}; {hint}");
    } else {
        let enum_name = input
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string())
            .unwrap_or_default();
        message = format!(
            "{message}\n  = help: the codes are the variants of `{enum_name}`: see its documentation, or list `{enum_name}::ALL`"
        );
    }
    syn::Error::new(span, message).to_compile_error()
}
