//! From a validated [`Catalog`] to the tokens of the generated enum. Cannot fail; the output
//! depends only on the catalog and the options (catalog order, no maps, no paths of this
//! machine).
//!
//! The per-entry data is a table of [`Column`]s: each column is declared once, with its name,
//! type, rustdoc and one value per entry, and becomes a `const` array and a `const fn` accessor.

use proc_macro2::{Group, Ident, Literal, TokenStream, TokenTree};
use quote::{format_ident, quote};

use crate::docs::{doc_attribute, enum_doc, variant_doc};
use crate::lookup;
use crate::model::{Catalog, CodeType, CodeValue};

/// How the generated code is embedded in the user's crate.
#[derive(Clone, Debug)]
pub struct Options {
    /// The path the generated code reaches the `error-catalog` facade through (`::error_catalog`,
    /// or `$crate` forwarded by a wrapper macro); it must have `__private` and `__impl_serde!`.
    pub krate: TokenStream,
    /// A user catalog's path as written (relative to `CARGO_MANIFEST_DIR`, or absolute), read
    /// again with `include_bytes!` so that cargo rebuilds the crate when the file changes.
    pub tracked: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            krate: quote! { ::error_catalog },
            tracked: None,
        }
    }
}

/// The associated items every generated enum has: a variant of the same name would be
/// ambiguous with them (`ident::check_variant` rejects it). A test keeps this list equal to the
/// items [`expand`] emits.
pub const ASSOCIATED_ITEMS: &[&str] = &[
    "ALL",
    "SUCCESS_CODES",
    "SOURCES",
    "COUNTERPART_CATALOG",
    "code",
    "message",
    "cause",
    "solution",
    "section",
    "kind",
    "is_retryable",
    "sources",
    "wordings",
    "counterpart",
    "name",
    "disposition",
    "from_code",
    "is_success_code",
];

/// Everything `include_error_catalog!` emits for `catalog`.
#[must_use]
pub fn expand(catalog: &Catalog, options: &Options) -> TokenStream {
    let krate = &options.krate;
    let enum_name = format_ident!("{}", catalog.enum_name);
    let enum_doc = doc_attribute(&enum_doc(catalog));
    let variants = catalog.entries.iter().map(|entry| {
        let variant = format_ident!("{}", entry.variant);
        let doc = doc_attribute(&variant_doc(catalog, entry));
        quote! { #doc #variant, }
    });
    let inherent = inherent_impl(catalog, &enum_name, krate);
    let traits = trait_impls(catalog, &enum_name, krate);
    let code_macro = code_macro(catalog, &enum_name, krate);
    let tracking = options.tracked.as_deref().map(tracking);
    quote! {
        #enum_doc
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::fmt::Debug,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
        pub enum #enum_name {
            #(#variants)*
        }
        #inherent
        #traits
        #code_macro
        #tracking
    }
}

/// `include_bytes!` of the user's catalog, so cargo rebuilds the crate when it changes: a
/// relative path joined to `CARGO_MANIFEST_DIR` at the user's compile, an absolute one as is.
fn tracking(path: &str) -> TokenStream {
    let file = if std::path::Path::new(path).is_absolute() {
        let path = Literal::string(path);
        quote! { #path }
    } else {
        let path = Literal::string(&format!("/{path}"));
        quote! { ::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #path) }
    };
    quote! {
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#file);
    }
}

fn opt_str(text: Option<&String>) -> TokenStream {
    if let Some(text) = text {
        quote! { ::core::option::Option::Some(#text) }
    } else {
        quote! { ::core::option::Option::None }
    }
}

fn code_literal(code: &CodeValue) -> Literal {
    match code {
        CodeValue::Str(text) => Literal::string(text),
        CodeValue::Int(number) => Literal::i64_unsuffixed(*number),
    }
}

/// One per-entry accessor: `const __NAME: &[ty; N] = &[…]` and `pub const fn name(self) -> ty`.
///
/// The table is declared inside the accessor, after `uses` that give the paths its values name
/// short local names (`__S("…")` for `Some("…")`): a catalog of thousands of entries is millions
/// of tokens otherwise, and building and reading them is most of the expansion's time.
struct Column {
    name: &'static str,
    ty: TokenStream,
    doc: &'static str,
    uses: TokenStream,
    values: Vec<TokenStream>,
}

/// The columns of the catalog, in the order of the generated accessors.
fn columns(catalog: &Catalog, krate: &TokenStream) -> Vec<Column> {
    let str_ty = quote! { &'static ::core::primitive::str };
    let opt_str_ty = quote! { ::core::option::Option<&'static ::core::primitive::str> };
    // Only the names a table uses: an unused `use` warns where the expansion is read as code.
    let option_uses = |none: bool, some: bool| {
        let none = none.then(|| quote! { use ::core::option::Option::None as __N; });
        let some = some.then(|| quote! { use ::core::option::Option::Some as __S; });
        quote! { #none #some }
    };
    let option = |column: fn(&crate::model::Entry) -> Option<&String>| {
        option_uses(
            catalog.entries.iter().any(|entry| column(entry).is_none()),
            catalog.entries.iter().any(|entry| column(entry).is_some()),
        )
    };
    let opt =
        |text: Option<&String>| text.map_or_else(|| quote! { __N }, |text| quote! { __S(#text) });
    let each = |value: &dyn Fn(&crate::model::Entry) -> TokenStream| -> Vec<TokenStream> {
        catalog.entries.iter().map(value).collect()
    };
    let code_ty = match catalog.code_type {
        CodeType::String => str_ty.clone(),
        CodeType::Integer => quote! { ::core::primitive::i64 },
    };
    let mut columns = vec![
        Column {
            name: "code",
            ty: code_ty,
            doc: "The wire code, exactly as the vendor sends it.",
            uses: TokenStream::new(),
            values: each(&|entry| {
                let code = code_literal(&entry.code);
                quote! { #code }
            }),
        },
        Column {
            name: "message",
            ty: str_ty.clone(),
            doc: "The vendor's message for this error.",
            uses: TokenStream::new(),
            values: each(&|entry| {
                let message = &entry.message;
                quote! { #message }
            }),
        },
        Column {
            name: "cause",
            ty: opt_str_ty.clone(),
            doc: "The vendor's explanation of why the error happens, when it gives one apart from the message.",
            uses: option(|entry| entry.cause.as_ref()),
            values: each(&|entry| opt(entry.cause.as_ref())),
        },
        Column {
            name: "solution",
            ty: opt_str_ty.clone(),
            doc: "What the vendor says to do about it, when it says anything.",
            uses: option(|entry| entry.solution.as_ref()),
            values: each(&|entry| opt(entry.solution.as_ref())),
        },
        Column {
            name: "section",
            ty: opt_str_ty,
            doc: "The section of the vendor's page the code is listed under, if the catalog says.",
            uses: option(|entry| entry.section.as_ref()),
            values: each(&|entry| opt(entry.section.as_ref())),
        },
        Column {
            name: "kind",
            ty: quote! { #krate::__private::ErrorKind },
            doc: "What went wrong, in the vocabulary shared by every vendor.",
            uses: quote! { use #krate::__private::ErrorKind as __K; },
            values: each(&|entry| {
                let kind = format_ident!("{}", format!("{:?}", entry.kind));
                quote! { __K::#kind }
            }),
        },
        Column {
            name: "is_retryable",
            ty: quote! { ::core::primitive::bool },
            doc: "Whether retrying the same request later may succeed (the kind's default unless the catalog overrides it for this entry).",
            uses: TokenStream::new(),
            values: each(&|entry| {
                let retryable = entry.retryable;
                quote! { #retryable }
            }),
        },
        Column {
            name: "sources",
            ty: quote! { &'static [&'static ::core::primitive::str] },
            doc: "The ids of the [`Self::SOURCES`] that list this code; the texts come from the first.",
            uses: TokenStream::new(),
            values: each(&|entry| {
                let ids = &entry.from;
                quote! { &[#(#ids),*] }
            }),
        },
        Column {
            name: "wordings",
            ty: quote! { &'static [#krate::__private::Wording] },
            doc: "Other sources' wording of this code, where it differs from [`Self::message`].",
            uses: if catalog
                .entries
                .iter()
                .any(|entry| !entry.wordings.is_empty())
            {
                quote! { use #krate::__private::Wording as __W; }
            } else {
                TokenStream::new()
            },
            values: each(&|entry| {
                let wordings = entry.wordings.iter().map(|wording| {
                    let (from, message) = (&wording.from, &wording.message);
                    quote! { __W { from: #from, message: #message } }
                });
                quote! { &[#(#wordings),*] }
            }),
        },
        Column {
            name: "counterpart",
            ty: quote! { ::core::option::Option<#krate::__private::Code> },
            doc: "The equivalent code in the [`Self::COUNTERPART_CATALOG`], if the catalog links one.",
            uses: {
                let linked = catalog
                    .entries
                    .iter()
                    .any(|entry| entry.counterpart.is_some());
                let option = option_uses(
                    catalog
                        .entries
                        .iter()
                        .any(|entry| entry.counterpart.is_none()),
                    linked,
                );
                let code = linked.then(|| quote! { use #krate::__private::Code as __C; });
                quote! { #option #code }
            },
            values: each(&|entry| match &entry.counterpart {
                Some(CodeValue::Str(code)) => quote! { __S(__C::Str(#code)) },
                Some(CodeValue::Int(code)) => {
                    let code = Literal::i64_unsuffixed(*code);
                    quote! { __S(__C::Int(#code)) }
                }
                None => quote! { __N },
            }),
        },
    ];
    if catalog.has_symbols {
        columns.push(Column {
            name: "name",
            ty: str_ty,
            doc: "The vendor's symbolic name of this code (`AV_ERR_TIMEOUT` for 1005).",
            uses: TokenStream::new(),
            values: each(&|entry| {
                let name = entry.symbol.as_deref().unwrap_or_default();
                quote! { #name }
            }),
        });
    }
    columns
}

/// The accessor of every column, each with its table.
fn column_items(columns: &[Column], count: usize) -> TokenStream {
    let items = columns.iter().map(|column| {
        let name = format_ident!("{}", column.name);
        let (ty, uses, values) = (&column.ty, &column.uses, &column.values);
        let doc = format!(" {}", column.doc);
        // A constant's references are `'static` without saying so (clippy says so otherwise).
        let element = without_static(ty.clone());
        quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn #name(self) -> #ty {
                #uses
                const __TABLE: &[#element; #count] = &[#(#values),*];
                __TABLE[self as ::core::primitive::usize]
            }
        }
    });
    quote! { #(#items)* }
}

/// `tokens` without their `'static` lifetimes.
fn without_static(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(quote) if quote.as_char() == '\'' => {
                if matches!(tokens.peek(), Some(TokenTree::Ident(name)) if name == "static") {
                    tokens.next();
                } else {
                    out.push(TokenTree::Punct(quote));
                }
            }
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), without_static(group.stream()));
                inner.set_span(group.span());
                out.push(TokenTree::Group(inner));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

fn inherent_impl(catalog: &Catalog, enum_name: &Ident, krate: &TokenStream) -> TokenStream {
    let count = catalog.entries.len();
    let variants = catalog
        .entries
        .iter()
        .map(|entry| format_ident!("{}", entry.variant));
    let (code_ty, code_arg, code_doc_example) = match catalog.code_type {
        CodeType::String => (
            quote! { &'static ::core::primitive::str },
            quote! { code: &::core::primitive::str },
            "a string code",
        ),
        CodeType::Integer => (
            quote! { ::core::primitive::i64 },
            quote! { code: ::core::primitive::i64 },
            "an integer code",
        ),
    };
    let success_codes = catalog.success.iter().map(|ok| code_literal(&ok.code));
    let provenance = catalog.provenance.iter().map(|source| {
        let (id, title, url, secondary) = (&source.id, &source.title, &source.url, source.secondary);
        let version = opt_str(source.version.as_ref());
        quote! {
            #krate::__private::Provenance { id: #id, title: #title, url: #url, version: #version, secondary: #secondary }
        }
    });
    let counterpart_catalog = opt_str(catalog.counterpart.as_ref());
    let columns = column_items(&columns(catalog, krate), count);
    let from_wire = lookup::from_wire_tokens(catalog, krate);
    let from_text = lookup::from_text_tokens(catalog, krate);
    let is_success = lookup::is_success_tokens(catalog);
    let from_code_doc = format!(
        " The entry whose wire code is `code` ({code_doc_example}), or an alias of it; `None` for any other value, success codes included."
    );
    quote! {
        impl #enum_name {
            /// Every entry of the catalog, in catalog order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// The catalog's success codes: values the vendor sends on success, which are not
            /// variants of this enum.
            pub const SUCCESS_CODES: &'static [#code_ty] = &[#(#success_codes),*];

            /// Where the catalog's entries come from (vendor pages, SDK code lists); empty when
            /// the catalog does not say.
            pub const SOURCES: &'static [#krate::__private::Provenance] = &[#(#provenance),*];

            /// The id of the catalog whose codes [`Self::counterpart`] returns, if any.
            pub const COUNTERPART_CATALOG: ::core::option::Option<&'static ::core::primitive::str> = #counterpart_catalog;

            #columns

            /// What a sender does about this error: retry, fail over to another vendor, fix the
            /// request, give up on the recipient, or alert an operator.
            #[must_use]
            pub const fn disposition(self) -> #krate::__private::Disposition {
                #krate::__private::Disposition::of(self.kind(), self.is_retryable())
            }

            #[doc = #from_code_doc]
            #[must_use]
            pub fn from_code(#code_arg) -> ::core::option::Option<Self> {
                #from_wire
            }

            /// Whether `code` is one of the catalog's success codes ([`Self::SUCCESS_CODES`]).
            #[must_use]
            pub fn is_success_code(#code_arg) -> ::core::primitive::bool {
                #is_success
            }

            fn __from_text(text: &::core::primitive::str) -> ::core::option::Option<Self> {
                #from_text
            }
        }
    }
}

fn trait_impls(catalog: &Catalog, enum_name: &Ident, krate: &TokenStream) -> TokenStream {
    let id = &catalog.id;
    let vendor = &catalog.vendor;
    let product = &catalog.product;
    let source = &catalog.source;
    let success_text = lookup::is_success_text_tokens(catalog);
    let unknown = quote! { #krate::__private::UnknownCode };
    let (code_variant, try_from) = match catalog.code_type {
        CodeType::String => (quote! { Str }, None),
        CodeType::Integer => (
            quote! { Int },
            Some(quote! {
                #[automatically_derived]
                impl ::core::convert::TryFrom<::core::primitive::i64> for #enum_name {
                    type Error = #unknown;

                    fn try_from(code: ::core::primitive::i64) -> ::core::result::Result<Self, #unknown> {
                        match Self::from_code(code) {
                            ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                            ::core::option::Option::None => ::core::result::Result::Err(
                                #unknown::from_int(#id, code),
                            ),
                        }
                    }
                }
            }),
        ),
    };
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #enum_name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #krate::__private::display(
                    f,
                    #krate::__private::Code::#code_variant(self.code()),
                    self.message(),
                )
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #enum_name {
            type Err = #unknown;

            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #unknown> {
                match Self::__from_text(text) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        #unknown::new(#id, text),
                    ),
                }
            }
        }

        #try_from

        #krate::__impl_serde!(#enum_name);

        #[automatically_derived]
        impl ::core::error::Error for #enum_name {}

        #[automatically_derived]
        impl #krate::__private::ErrorCatalog for #enum_name {
            const ID: &'static ::core::primitive::str = #id;
            const VENDOR: &'static ::core::primitive::str = #vendor;
            const PRODUCT: &'static ::core::primitive::str = #product;
            const SOURCE: &'static ::core::primitive::str = #source;
            const ENTRIES: &'static [Self] = #enum_name::ALL;
            const SOURCES: &'static [#krate::__private::Provenance] = #enum_name::SOURCES;

            fn code(self) -> #krate::__private::Code {
                #krate::__private::Code::#code_variant(#enum_name::code(self))
            }
            fn message(self) -> &'static ::core::primitive::str {
                #enum_name::message(self)
            }
            fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #enum_name::solution(self)
            }
            fn kind(self) -> #krate::__private::ErrorKind {
                #enum_name::kind(self)
            }
            fn is_retryable(self) -> ::core::primitive::bool {
                #enum_name::is_retryable(self)
            }
            fn sources(self) -> &'static [&'static ::core::primitive::str] {
                #enum_name::sources(self)
            }
            fn from_wire(code: #krate::__private::Code) -> ::core::option::Option<Self> {
                match code {
                    #krate::__private::Code::#code_variant(code) => #enum_name::from_code(code),
                    _ => ::core::option::Option::None,
                }
            }
            fn is_success_code(code: #krate::__private::Code) -> ::core::primitive::bool {
                match code {
                    #krate::__private::Code::#code_variant(code) => #enum_name::is_success_code(code),
                    _ => false,
                }
            }
            fn is_success_text(text: &::core::primitive::str) -> ::core::primitive::bool {
                #success_text
            }
        }
    }
}

/// The helper behind `code!(Enum, …)`: a macro named like the enum (macros live in their own
/// namespace, so importing the enum imports it too) that hands the catalog's spellings to
/// `resolve_code!`.
fn code_macro(catalog: &Catalog, enum_name: &Ident, krate: &TokenStream) -> TokenStream {
    let helper = format_ident!("__error_catalog_{}", enum_name);
    let id = &catalog.id;
    let code_type = catalog.code_type.name();
    let pairs = catalog.entries.iter().flat_map(|entry| {
        let variant = format_ident!("{}", entry.variant);
        entry
            .spellings()
            .into_iter()
            .map(move |spelling| quote! { #spelling => #variant, })
    });
    let dollar = proc_macro2::Punct::new('$', proc_macro2::Spacing::Alone);
    quote! {
        #[doc(hidden)]
        macro_rules! #helper {
            ({ #dollar (#dollar path:tt)* } #dollar (#dollar code:tt)*) => {
                #krate::__private::resolve_code! {
                    catalog = #id,
                    code_type = #code_type,
                    spellings = { #(#pairs)* },
                    path = { #dollar (#dollar path)* },
                    code = { #dollar (#dollar code)* }
                }
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        pub(crate) use #helper as #enum_name;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin;

    fn catalog(id: &str) -> Catalog {
        crate::check::check(&builtin::builtin(id).unwrap()).unwrap()
    }

    /// The names after `pub const fn`, `pub fn` and `pub const` in the first `impl` block.
    fn public_items(tokens: &str) -> Vec<String> {
        let start = tokens.find("impl ").unwrap();
        let end = start + tokens[start..].find("impl ::").unwrap();
        let words: Vec<&str> = tokens[start..end].split_whitespace().collect();
        let mut names = Vec::new();
        for at in 0..words.len().saturating_sub(2) {
            match (words[at], words[at + 1], words[at + 2]) {
                ("pub", "const", "fn") => names.push(words[at + 3].to_owned()),
                ("pub", "fn" | "const", name) => names.push(name.to_owned()),
                _ => {}
            }
        }
        names
    }

    #[test]
    fn the_associated_items_are_the_reserved_names() {
        // tencent_gme has symbols, so `name()` too.
        let tokens = expand(&catalog("tencent_gme"), &Options::default()).to_string();
        let mut emitted = public_items(&tokens);
        emitted.sort();
        let mut reserved: Vec<String> = ASSOCIATED_ITEMS.iter().map(|&s| s.to_owned()).collect();
        reserved.sort();
        assert_eq!(emitted, reserved);
    }

    #[test]
    fn built_in_catalogs_expand_deterministically_without_machine_paths() {
        for id in builtin::ids() {
            let first = expand(&catalog(id), &Options::default()).to_string();
            let again = expand(&catalog(id), &Options::default()).to_string();
            assert_eq!(first, again, "{id}");
            assert!(!first.contains(env!("CARGO_MANIFEST_DIR")), "{id}");
            assert!(first.contains(&format!("pub enum {}", catalog(id).enum_name)));
        }
    }

    #[test]
    fn the_crate_path_is_the_one_given() {
        let options = Options {
            krate: quote! { crate::vendored },
            tracked: None,
        };
        let tokens = expand(&catalog("tencent_sms"), &options).to_string();
        assert!(!tokens.contains(":: error_catalog ::"), "{tokens}");
        assert!(tokens.contains("crate :: vendored :: __private :: UnknownCode"));
    }

    #[test]
    fn generated_code_never_names_self_err_or_self_error() {
        let tokens = expand(&catalog("tencent_gme"), &Options::default()).to_string();
        assert!(!tokens.contains("Self :: Err"));
        assert!(!tokens.contains("Self :: Error"));
        assert!(
            !tokens.contains("Self :: ALL"),
            "a variant may not be named ALL, but be safe"
        );
    }

    #[test]
    fn a_huge_code_appears_a_bounded_number_of_times() {
        use std::fmt::Write as _;

        // One 100 kB code among 1,000 short ones: its variant is named a few times (the enum,
        // `ALL`, `code!`'s table, one lookup slot), not once per unused slot of the tables.
        let huge = "A".repeat(100_000);
        let mut text = String::from(
            "id = \"big\"\nenum = \"BigError\"\nvendor = \"v\"\nproduct = \"p\"\nsource = \"s\"\ncode_type = \"string\"\n",
        );
        for i in 0..1000 {
            let code = if i == 0 {
                huge.clone()
            } else {
                format!("Code.N{i}")
            };
            let _ = write!(
                text,
                "[[entry]]\ncode = \"{code}\"\nmessage = \"m\"\nkind = \"internal\"\n"
            );
        }
        let catalog = crate::check(&crate::SourceFile::new("big.toml", text)).unwrap();
        let tokens = expand(&catalog, &Options::default()).to_string();
        let variant = format!("A{}", "a".repeat(99_999));
        assert!(
            tokens.matches(&variant).count() <= 6,
            "{}",
            tokens.matches(&variant).count()
        );
        assert!(tokens.len() < 2_000_000, "{} bytes of tokens", tokens.len());
    }

    #[test]
    fn constants_do_not_spell_static() {
        let ty = quote! { ::core::option::Option<&'static [&'static str]> };
        assert_eq!(
            without_static(ty).to_string(),
            quote! { ::core::option::Option<&[&str]> }.to_string()
        );
    }

    #[test]
    fn tracking_joins_relative_paths_and_keeps_absolute_ones() {
        let relative = tracking("errors/x.toml").to_string();
        assert!(relative.contains("CARGO_MANIFEST_DIR"), "{relative}");
        assert!(relative.contains("\"/errors/x.toml\""), "{relative}");
        let absolute = tracking("/srv/errors/x.toml").to_string();
        assert!(!absolute.contains("CARGO_MANIFEST_DIR"), "{absolute}");
        assert!(absolute.contains("\"/srv/errors/x.toml\""), "{absolute}");
    }
}
