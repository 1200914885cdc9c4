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
    success: Vec<LitStr>,
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
        let success = syn::parse::Parser::parse2(
            |input: ParseStream<'_>| {
                let mut codes = Vec::new();
                while !input.is_empty() {
                    codes.push(input.parse::<LitStr>()?);
                    input.parse::<Token![,]>()?;
                }
                Ok(codes)
            },
            group(input, "success")?,
        )?;
        let path = syn::parse2(group(input, "path")?)?;
        let code = group(input, "code")?;
        Ok(ResolveInput {
            catalog,
            code_type,
            spellings,
            success,
            path,
            code,
        })
    }
}

/// The user's code as text, with the span of its literal, or an error saying which literal is
/// expected. Errors cover the whole code as written (`-1005` with its sign).
fn code_text(code: &TokenStream, catalog: &str, integer: bool) -> syn::Result<(String, Span)> {
    let expected = if integer {
        format!("{catalog} codes are integers: write `1005`, or the code's symbol as a string")
    } else {
        format!("{catalog} codes are strings: write the code in quotes")
    };
    let whole = |message: String| syn::Error::new_spanned(code, message);
    if code.clone().into_iter().any(
        |token| matches!(&token, proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '|'),
    ) {
        return Err(whole(format!(
            "one code per `code!`: write `code!(Enum, \"A\") | code!(Enum, \"B\")` to match several\n  = note: {CODE_SHAPES}"
        )));
    }
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
        whole(format!(
            "expected a code literal; {expected}\n  = note: {error}"
        ))
    })?;
    match &lit {
        Lit::Str(text) if !negative => {
            let value = text.value();
            if integer && value.trim().parse::<i64>().is_ok() {
                return Err(whole(format!(
                    "{catalog} codes are integers: write `{}` without quotes (a string names a code by its symbol)",
                    value.trim()
                )));
            }
            Ok((value, text.span()))
        }
        Lit::Int(number) if integer => {
            // The magnitude first, so that `-9223372036854775808` (i64::MIN) is in range.
            let out_of_range = || whole("integer code out of range for i64".to_owned());
            let magnitude: i128 = number.base10_parse().map_err(|_| out_of_range())?;
            let value = i64::try_from(if negative { -magnitude } else { magnitude })
                .map_err(|_| out_of_range())?;
            Ok((value.to_string(), number.span()))
        }
        Lit::Int(_) => Err(whole(format!(
            "expected a string literal, found an integer; {expected}"
        ))),
        _ => Err(whole(format!(
            "expected {} literal; {expected}",
            if integer {
                "an integer or a string"
            } else {
                "a string"
            }
        ))),
    }
}

pub fn resolve(input: &ResolveInput) -> TokenStream {
    let catalog = input.catalog.value();
    let integer = input.code_type.value() == "integer";
    let (text, span) = match code_text(&input.code, &catalog, integer) {
        Ok(found) => found,
        Err(error) => return error.to_compile_error(),
    };
    let whole = |message: String| syn::Error::new_spanned(&input.code, message).to_compile_error();
    if let Some((_, variant)) = input
        .spellings
        .iter()
        .find(|(spelling, _)| spelling.value() == text)
    {
        let path = &input.path;
        let variant = Ident::new(&variant.to_string(), span);
        return quote! { #path::#variant };
    }
    if input.success.iter().any(|ok| ok.value() == text) {
        let enum_name = enum_name(&input.path);
        return whole(format!(
            "{} is {catalog}'s success code, not an error: no variant stands for it\n  = help: test a received code with `{enum_name}::is_success_code`",
            show(&text, integer)
        ));
    }
    let known: Vec<String> = input
        .spellings
        .iter()
        .map(|(spelling, _)| spelling.value())
        .collect();
    let mut message = format!("unknown {catalog} code {}", show(&text, integer));
    if let Some(hint) = did_you_mean_shown(&text, known.iter().map(String::as_str), |spelling| {
        show(spelling, integer)
    }) {
        message = format!("{message}; {hint}");
    } else {
        let enum_name = enum_name(&input.path);
        message = format!(
            "{message}\n  = help: the codes are the variants of `{enum_name}`: see its documentation, or list `{enum_name}::ALL`"
        );
    }
    whole(message)
}

/// A code as the user would write it: an integer bare, a string quoted.
fn show(spelling: &str, integer: bool) -> String {
    if integer && spelling.parse::<i64>().is_ok() {
        spelling.to_owned()
    } else {
        format!("{spelling:?}")
    }
}

/// The enum's name, the last segment of its path.
fn enum_name(path: &syn::Path) -> String {
    path.segments
        .last()
        .map(|segment| segment.ident.to_string())
        .unwrap_or_default()
}
