//! From a validated [`Catalog`] to the tokens of the generated enum. Cannot fail; the output
//! depends only on the catalog and the options (catalog order, no maps, no paths of this
//! machine).
//!
//! The per-entry data is a table of `Column`s: each column is declared once, with its name,
//! type, rustdoc and one value per entry, and becomes a `const` array and a `const fn` accessor.

use proc_macro2::{Group, Ident, Literal, TokenStream, TokenTree};
use quote::{format_ident, quote};

use std::fmt::Write as _;

use crate::docs::{doc_attribute, enum_doc, push_doc_attribute, variant_doc};
use crate::lookup;
use crate::model::{Catalog, CodeType, CodeValue, Entry};
use crate::source;

/// How the generated code is embedded in the user's crate.
#[derive(Clone, Debug)]
pub struct Options {
    /// The path the generated code reaches the `error-catalog` facade through (`::error_catalog`,
    /// or `$crate` forwarded by a wrapper macro); it must have `__private` and `__impl_serde!`.
    pub krate: TokenStream,
    /// The paths of the user's files (a catalog, overlays) as written (relative to
    /// `CARGO_MANIFEST_DIR`, or absolute), read again with `include_bytes!` so that cargo
    /// rebuilds the crate when one changes.
    pub tracked: Vec<String>,
    /// Tells this include's `code!` helper from any other of the crate: `#[macro_export]` puts
    /// every helper at the crate root, so two enums of one name in two modules need two names.
    /// The macro derives it from where the include is written (file, line, column), never from
    /// expansion order.
    pub salt: u64,
    /// `#[non_exhaustive]` on the enum, for a library that re-exports it: its users' `match`es
    /// need a `_` arm, so a new vendor code is not a breaking change for them.
    pub non_exhaustive: bool,
    /// How the generated source text becomes tokens: [`source::parse`] (proc-macro2's lexer) by
    /// default; the macro passes rustc's.
    pub parse: source::Parse,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            krate: quote! { ::error_catalog },
            tracked: Vec::new(),
            salt: 0,
            non_exhaustive: false,
            parse: source::parse,
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
    "CARRIERS",
    "readings",
    "reading",
    "disposition_on",
    "LANGUAGE",
    "english",
    "message_in",
    "cause_in",
    "solution_in",
];

/// Everything `include_error_catalog!` emits for `catalog`.
#[must_use]
pub fn expand(catalog: &Catalog, options: &Options) -> TokenStream {
    let enum_name = format_ident!("{}", catalog.enum_name);
    let enum_doc = doc_attribute(options.parse, &enum_doc(catalog));
    let variants = {
        let mut text = String::with_capacity(catalog.entries.len() * 256);
        for entry in &catalog.entries {
            push_doc_attribute(&mut text, &variant_doc(catalog, entry));
            text.push_str(&entry.variant);
            text.push(',');
        }
        source::tokens(options.parse, &text)
    };
    let inherent = inherent_impl(catalog, &enum_name, options);
    let traits = trait_impls(catalog, &enum_name, options);
    let code_macro = code_macro(catalog, &enum_name, options);
    let tracking = options.tracked.iter().map(|path| tracking(path));
    let non_exhaustive = options.non_exhaustive.then(|| quote! { #[non_exhaustive] });
    // The enum and its impls in a module of its own, re-exported by one `use`: a second include
    // of the same enum name in one module is then one error (the name imported twice) instead
    // of one per item. The helper stays outside, where its hidden re-export leaves no trace in
    // the user's documentation.
    // Snake case (the catalog's id), and never the helper's name (which ends in the salt):
    // `pub use helper as Enum` would import the module too.
    let module = format_ident!("__error_catalog_{}_{:016x}_items", catalog.id, options.salt);
    let items = quote! {
        #enum_doc
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
        )]
        #non_exhaustive
        pub enum #enum_name {
            #variants
        }
        #inherent
        #traits
        #(#tracking)*
    };
    quote! {
        #[doc(hidden)]
        mod #module {
            #items
        }
        pub use #module::#enum_name;
        #code_macro
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

/// One per-entry accessor: `pub const fn name(self) -> ty`, reading its own `const` table.
///
/// The table is declared inside the accessor, after `uses` that give the paths its values name
/// short local names: a catalog of thousands of entries is millions of tokens otherwise, and
/// building and reading them is most of the expansion's time. Its values are literals and
/// non-generic paths only: a generic constructor (`Some(…)`, `None`, `&[]`) per entry gives
/// rustc one inference variable per entry, and its type check grows with their square.
struct Column {
    name: &'static str,
    ty: TokenStream,
    doc: &'static str,
    uses: TokenStream,
    /// The table's element type (a constant's references are `'static` without saying so).
    element: TokenStream,
    /// The table's elements, one per entry, written as text ([`crate::source`]).
    values: TokenStream,
    /// The accessor's body from `__value`, the entry's element; `None` returns it as it is.
    read: Option<TokenStream>,
}

/// The elements of a column's table: `value` writes each entry's as source text.
fn values(
    catalog: &Catalog,
    parse: source::Parse,
    value: impl Fn(&mut String, &Entry),
) -> TokenStream {
    let mut text = String::with_capacity(catalog.entries.len() * 16);
    source::push_list(&mut text, &catalog.entries, value);
    source::tokens(parse, &text)
}

impl Column {
    /// A column whose table holds the accessor's values themselves.
    fn plain(
        name: &'static str,
        ty: TokenStream,
        doc: &'static str,
        uses: TokenStream,
        values: TokenStream,
    ) -> Self {
        Column {
            name,
            element: without_static(ty.clone()),
            ty,
            doc,
            uses,
            values,
            read: None,
        }
    }

    /// A column of optional texts: the table holds `""` for none (`check` rejects empty texts),
    /// so that it is a table of literals.
    fn optional_text(
        name: &'static str,
        doc: &'static str,
        catalog: &Catalog,
        parse: source::Parse,
        text: fn(&Entry) -> Option<&String>,
    ) -> Self {
        Column {
            name,
            ty: quote! { ::core::option::Option<&'static ::core::primitive::str> },
            doc,
            uses: TokenStream::new(),
            element: quote! { &::core::primitive::str },
            values: values(catalog, parse, |out, entry| {
                source::push_str(out, text(entry).map_or("", String::as_str));
            }),
            read: Some(quote! {
                if __value.is_empty() {
                    ::core::option::Option::None
                } else {
                    ::core::option::Option::Some(__value)
                }
            }),
        }
    }
}

/// Appends a code as a literal: a string, or an unsuffixed integer.
fn push_code(out: &mut String, code: &CodeValue) {
    match code {
        CodeValue::Str(text) => source::push_str(out, text),
        CodeValue::Int(number) => {
            let _ = write!(out, "{number}");
        }
    }
}

/// The names [`push_text`] writes with: `__T` (the runtime's `Text`) when some text is written,
/// and `__S`, its option, always.
fn text_names(any: bool, krate: &TokenStream) -> TokenStream {
    let text = any.then(|| quote! { use #krate::__private::Text as __T; });
    quote! {
        type __S = ::core::option::Option<#krate::__private::Text>;
        #text
    }
}

/// An `Option<Text>` as source text, in the names of [`text_names`].
fn push_text(out: &mut String, text: Option<&crate::model::Text>) {
    let Some(text) = text else {
        out.push_str("__S::None");
        return;
    };
    out.push_str("__S::Some(");
    push_bare_text(out, text);
    out.push(')');
}

/// A `Text` as source text, in the names of [`text_names`].
fn push_bare_text(out: &mut String, text: &crate::model::Text) {
    out.push_str("__T { text: ");
    source::push_str(out, &text.text);
    out.push_str(", from: ");
    source::push_str(out, &text.from);
    out.push_str(" }");
}

/// The columns of the catalog, in the order of the generated accessors.
fn columns(catalog: &Catalog, options: &Options) -> Vec<Column> {
    let krate = &options.krate;
    let str_ty = quote! { &'static ::core::primitive::str };
    let code_ty = match catalog.code_type {
        CodeType::String => str_ty.clone(),
        CodeType::Integer => quote! { ::core::primitive::i64 },
    };
    // One empty slice for every entry with none, as a constant of the slice's type.
    let empty =
        |ty: TokenStream, any_empty: bool| any_empty.then(|| quote! { const __EMPTY: #ty = &[]; });
    let sources_ty = quote! { &'static [&'static ::core::primitive::str] };
    let wordings_ty = quote! { &'static [#krate::__private::Wording] };
    let linked = catalog
        .entries
        .iter()
        .any(|entry| entry.counterpart.is_some());
    let mut columns = vec![
        Column::plain(
            "code",
            code_ty,
            "The wire code, exactly as the vendor sends it.",
            TokenStream::new(),
            values(catalog, options.parse, |out, entry| {
                push_code(out, &entry.code);
            }),
        ),
        Column::plain(
            "message",
            str_ty.clone(),
            "The vendor's message for this error.",
            TokenStream::new(),
            values(catalog, options.parse, |out, entry| {
                source::push_str(out, &entry.message);
            }),
        ),
        Column::optional_text(
            "cause",
            "The vendor's explanation of why the error happens, when it gives one apart from the message.",
            catalog,
            options.parse,
            |entry| entry.cause.as_ref(),
        ),
        Column::optional_text(
            "solution",
            "What the vendor says to do about it, when it says anything.",
            catalog,
            options.parse,
            |entry| entry.solution.as_ref(),
        ),
        Column::optional_text(
            "section",
            "The section of the vendor's page the code is listed under, if the catalog says.",
            catalog,
            options.parse,
            |entry| entry.section.as_ref(),
        ),
        Column::plain(
            "kind",
            quote! { #krate::__private::ErrorKind },
            "What went wrong, in the vocabulary shared by every vendor.",
            quote! { use #krate::__private::ErrorKind as __K; },
            values(catalog, options.parse, |out, entry| {
                let _ = write!(out, "__K::{:?}", entry.kind);
            }),
        ),
        Column::plain(
            "is_retryable",
            quote! { ::core::primitive::bool },
            "Whether retrying the same request later may succeed (the kind's default unless the catalog overrides it for this entry).",
            TokenStream::new(),
            values(catalog, options.parse, |out, entry| {
                let _ = write!(out, "{}", entry.retryable);
            }),
        ),
        Column::plain(
            "disposition",
            quote! { #krate::__private::Disposition },
            "What a sender does about this error: retry now or later, fail over to another vendor, fix the request, drop some recipients, give up on the recipient, verify delivery first, ignore it, or alert an operator.",
            quote! { use #krate::__private::Disposition as __D; },
            values(catalog, options.parse, |out, entry| {
                let _ = write!(out, "__D::{:?}", entry.disposition);
            }),
        ),
        Column::plain(
            "sources",
            sources_ty.clone(),
            "The ids of the [`Self::SOURCES`] that list this code; the texts come from the first.",
            empty(
                without_static(sources_ty),
                catalog.entries.iter().any(|entry| entry.from.is_empty()),
            )
            .unwrap_or_default(),
            values(catalog, options.parse, |out, entry| {
                if entry.from.is_empty() {
                    out.push_str("__EMPTY");
                } else {
                    out.push_str("&[");
                    source::push_list(out, &entry.from, |out, id| source::push_str(out, id));
                    out.push(']');
                }
            }),
        ),
        Column::plain(
            "wordings",
            wordings_ty.clone(),
            "Other sources' wording of this code, where it differs from [`Self::message`].",
            {
                let any = catalog
                    .entries
                    .iter()
                    .any(|entry| !entry.wordings.is_empty());
                let name = any.then(|| quote! { use #krate::__private::Wording as __W; });
                let empty = empty(
                    without_static(wordings_ty),
                    catalog
                        .entries
                        .iter()
                        .any(|entry| entry.wordings.is_empty()),
                );
                quote! { #name #empty }
            },
            values(catalog, options.parse, |out, entry| {
                if entry.wordings.is_empty() {
                    out.push_str("__EMPTY");
                    return;
                }
                out.push_str("&[");
                source::push_list(out, &entry.wordings, |out, wording| {
                    out.push_str("__W { from: ");
                    source::push_str(out, &wording.from);
                    out.push_str(", message: ");
                    source::push_str(out, &wording.message);
                    out.push_str(" }");
                });
                out.push(']');
            }),
        ),
        Column::plain(
            "english",
            quote! { ::core::option::Option<#krate::__private::English> },
            "The English of the entry's texts, beside the vendor's, with the source of each (the vendor's own English, or a source marked `translation`); `None` when the catalog has none for it.",
            {
                let any = catalog.entries.iter().any(|entry| entry.english.is_some());
                let english = any.then(|| quote! { use #krate::__private::English as __E; });
                let text = text_names(any, krate);
                quote! {
                    type __O = ::core::option::Option<#krate::__private::English>;
                    #english
                    #text
                }
            },
            values(catalog, options.parse, |out, entry| {
                let Some(english) = &entry.english else {
                    out.push_str("__O::None");
                    return;
                };
                out.push_str("__O::Some(__E { message: ");
                push_bare_text(out, &english.message);
                out.push_str(", cause: ");
                push_text(out, english.cause.as_ref());
                out.push_str(", solution: ");
                push_text(out, english.solution.as_ref());
                out.push_str(" })");
            }),
        ),
        Column::plain(
            "counterpart",
            quote! { ::core::option::Option<#krate::__private::Code> },
            "The equivalent code in the [`Self::COUNTERPART_CATALOG`], if the catalog links one.",
            {
                // `__O::Some`, not `Some`: the option's type named, so that no entry infers it.
                let code = linked.then(|| quote! { use #krate::__private::Code as __C; });
                quote! { type __O = ::core::option::Option<#krate::__private::Code>; #code }
            },
            values(catalog, options.parse, |out, entry| {
                match &entry.counterpart {
                    Some(code @ CodeValue::Str(_)) => {
                        out.push_str("__O::Some(__C::Str(");
                        push_code(out, code);
                        out.push_str("))");
                    }
                    Some(code @ CodeValue::Int(_)) => {
                        out.push_str("__O::Some(__C::Int(");
                        push_code(out, code);
                        out.push_str("))");
                    }
                    None => out.push_str("__O::None"),
                }
            }),
        ),
    ];
    if catalog.has_symbols {
        columns.push(Column::plain(
            "name",
            str_ty,
            "The vendor's symbolic name of this code (`AV_ERR_TIMEOUT` for 1005).",
            TokenStream::new(),
            values(catalog, options.parse, |out, entry| {
                source::push_str(out, entry.symbol.as_deref().unwrap_or_default());
            }),
        ));
    }
    if !catalog.carriers.is_empty() {
        columns.push(Column::plain(
            "readings",
            quote! { &'static [#krate::__private::Reading] },
            "What the code means per carrier ([`Self::CARRIERS`]), one reading per carrier at most, in catalog order; empty when it means the same from every carrier.",
            {
                let empty = catalog
                    .entries
                    .iter()
                    .any(|entry| entry.readings.is_empty())
                    .then(|| quote! { const __EMPTY: &[#krate::__private::Reading] = &[]; });
                let text = text_names(catalog.entries.iter().any(|entry| {
                    entry.readings.iter().any(|reading| reading.english.is_some())
                }), krate);
                quote! {
                    use #krate::__private::Reading as __R;
                    use #krate::__private::ErrorKind as __K;
                    use #krate::__private::Disposition as __D;
                    #text
                    #empty
                }
            },
            values(catalog, options.parse, |out, entry| {
                if entry.readings.is_empty() {
                    out.push_str("__EMPTY");
                    return;
                }
                out.push_str("&[");
                source::push_list(out, &entry.readings, |out, reading| {
                    out.push_str("__R { carrier: ");
                    source::push_str(out, &reading.carrier);
                    out.push_str(", message: ");
                    source::push_str(out, &reading.message);
                    let _ = write!(
                        out,
                        ", kind: __K::{:?}, retryable: {}, disposition: __D::{:?}, english: ",
                        reading.kind, reading.retryable, reading.disposition
                    );
                    push_text(out, reading.english.as_ref());
                    out.push_str(" }");
                });
                out.push(']');
            }),
        ));
    }
    columns
}

/// `CARRIERS`, and `readings()` when the catalog has no carriers (else it is a column), and
/// the lookups by carrier.
fn carrier_items(catalog: &Catalog, options: &Options) -> TokenStream {
    let krate = &options.krate;
    let carriers = catalog.carriers.iter().map(|carrier| {
        let (id, name) = (&carrier.id, &carrier.name);
        quote! { #krate::__private::Carrier { id: #id, name: #name } }
    });
    let readings = catalog.carriers.is_empty().then(|| {
        quote! {
            /// What the code means per carrier: always empty, this catalog's codes mean the same
            /// from every carrier.
            #[must_use]
            pub const fn readings(self) -> &'static [#krate::__private::Reading] {
                &[]
            }
        }
    });
    quote! {
        /// The carriers whose readings of a code [`Self::readings`] gives (a delivery-receipt
        /// catalog's networks); empty for most catalogs.
        pub const CARRIERS: &'static [#krate::__private::Carrier] = &[#(#carriers),*];

        #readings

        /// What the code means when `carrier` reports it: `carrier` is a [`Self::CARRIERS`] id
        /// (`"china_mobile"`) or name (`"中国移动"`); `None` when that carrier has no reading of
        /// its own (or is not one of the catalog's), and the entry's own texts and decision apply.
        #[must_use]
        pub fn reading(
            self,
            carrier: &::core::primitive::str,
        ) -> ::core::option::Option<&'static #krate::__private::Reading> {
            // Loops, not iterator adapters: the user's crate may have no prelude.
            let __carriers = Self::CARRIERS;
            let __readings = self.readings();
            let mut __at = 0;
            while __at < __carriers.len() {
                let __known = &__carriers[__at];
                if __known.id == carrier || __known.name == carrier {
                    let mut __next = 0;
                    while __next < __readings.len() {
                        if __readings[__next].carrier == __known.id {
                            return ::core::option::Option::Some(&__readings[__next]);
                        }
                        __next += 1;
                    }
                    return ::core::option::Option::None;
                }
                __at += 1;
            }
            ::core::option::Option::None
        }

        /// What a sender does when `carrier` (an id or name of [`Self::CARRIERS`]) reports this
        /// code: its reading's disposition, else [`Self::disposition`].
        #[must_use]
        pub fn disposition_on(
            self,
            carrier: &::core::primitive::str,
        ) -> #krate::__private::Disposition {
            match self.reading(carrier) {
                ::core::option::Option::Some(reading) => reading.disposition,
                ::core::option::Option::None => self.disposition(),
            }
        }
    }
}

/// The accessor of every column, each with its table.
fn column_items(columns: &[Column], count: usize) -> TokenStream {
    let items = columns.iter().map(|column| {
        let name = format_ident!("{}", column.name);
        let (ty, uses, element, values, read) = (
            &column.ty,
            &column.uses,
            &column.element,
            &column.values,
            &column.read,
        );
        let doc = format!(" {}", column.doc);
        let index = quote! { __TABLE[self as ::core::primitive::usize] };
        let body = match read {
            Some(read) => quote! { let __value = #index; #read },
            None => index,
        };
        quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn #name(self) -> #ty {
                #uses
                const __TABLE: &[#element; #count] = &[#values];
                #body
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

fn inherent_impl(catalog: &Catalog, enum_name: &Ident, options: &Options) -> TokenStream {
    let krate = &options.krate;
    let count = catalog.entries.len();
    let all = {
        let mut text = String::with_capacity(catalog.entries.len() * 32);
        source::push_list(&mut text, &catalog.entries, |out, entry| {
            let _ = write!(out, "{}::{}", catalog.enum_name, entry.variant);
        });
        source::tokens(options.parse, &text)
    };
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
        let translation = source.translation;
        let version = opt_str(source.version.as_ref());
        quote! {
            #krate::__private::Provenance { id: #id, title: #title, url: #url, version: #version, secondary: #secondary, translation: #translation }
        }
    });
    let counterpart_catalog = opt_str(catalog.counterpart.as_ref());
    let language = format_ident!("{}", format!("{:?}", catalog.language));
    let columns = column_items(&columns(catalog, options), count);
    let carriers = carrier_items(catalog, options);
    let from_wire = lookup::from_wire_tokens(catalog, options);
    let from_text = lookup::from_text_tokens(catalog, options);
    let is_success = lookup::is_success_tokens(catalog);
    let from_code_doc = format!(
        " The entry whose wire code is `code` ({code_doc_example}), or an alias of it; `None` for any other value, success codes included."
    );
    quote! {
        impl #enum_name {
            /// Every entry of the catalog, in catalog order.
            // `Enum::Variant`, not `Self::Variant`: rustc resolves the latter by a scan of the
            // variants, quadratic over the array.
            pub const ALL: &'static [Self] = &[#all];

            /// The catalog's success codes: values the vendor sends on success, which are not
            /// variants of this enum.
            pub const SUCCESS_CODES: &'static [#code_ty] = &[#(#success_codes),*];

            /// Where the catalog's entries come from (vendor pages, SDK code lists); empty when
            /// the catalog does not say.
            pub const SOURCES: &'static [#krate::__private::Provenance] = &[#(#provenance),*];

            /// The id of the catalog whose codes [`Self::counterpart`] returns, if any.
            pub const COUNTERPART_CATALOG: ::core::option::Option<&'static ::core::primitive::str> = #counterpart_catalog;

            /// The language of the vendor's texts ([`Self::message`], [`Self::cause`],
            /// [`Self::solution`]).
            pub const LANGUAGE: #krate::__private::Lang = #krate::__private::Lang::#language;

            /// The message in `lang`: its English ([`Self::english`]) for English where the
            /// catalog has it, else the vendor's own ([`Self::message`]).
            #[must_use]
            pub fn message_in(self, lang: #krate::__private::Lang) -> &'static ::core::primitive::str {
                <Self as #krate::__private::ErrorCatalog>::message_in(self, lang)
            }

            /// The cause in `lang`, or the vendor's own ([`Self::cause`]); `None` when the
            /// entry has none.
            #[must_use]
            pub fn cause_in(self, lang: #krate::__private::Lang) -> ::core::option::Option<&'static ::core::primitive::str> {
                <Self as #krate::__private::ErrorCatalog>::cause_in(self, lang)
            }

            /// The solution in `lang`, or the vendor's own ([`Self::solution`]); `None` when the
            /// entry has none.
            #[must_use]
            pub fn solution_in(self, lang: #krate::__private::Lang) -> ::core::option::Option<&'static ::core::primitive::str> {
                <Self as #krate::__private::ErrorCatalog>::solution_in(self, lang)
            }

            #columns

            #carriers
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

fn trait_impls(catalog: &Catalog, enum_name: &Ident, options: &Options) -> TokenStream {
    let krate = &options.krate;
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
    let count = catalog.entries.len();
    let names = {
        let mut text = String::with_capacity(catalog.entries.len() * 24);
        source::push_list(&mut text, &catalog.entries, |out, entry| {
            source::push_str(out, &entry.variant);
        });
        source::tokens(options.parse, &text)
    };
    quote! {
        // `Debug` by a table of the variants' names: the derived `match` of one arm per variant
        // costs rustc's borrow checker quadratic time (20,000 entries: 10 s of a 19 s check).
        #[automatically_derived]
        impl ::core::fmt::Debug for #enum_name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                const __NAMES: &[&::core::primitive::str; #count] = &[#names];
                f.write_str(__NAMES[*self as ::core::primitive::usize])
            }
        }

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
            const LANGUAGE: #krate::__private::Lang = #enum_name::LANGUAGE;

            fn code(self) -> #krate::__private::Code {
                #krate::__private::Code::#code_variant(#enum_name::code(self))
            }
            fn message(self) -> &'static ::core::primitive::str {
                #enum_name::message(self)
            }
            fn cause(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #enum_name::cause(self)
            }
            fn solution(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #enum_name::solution(self)
            }
            fn english(self) -> ::core::option::Option<#krate::__private::English> {
                #enum_name::english(self)
            }
            fn kind(self) -> #krate::__private::ErrorKind {
                #enum_name::kind(self)
            }
            fn is_retryable(self) -> ::core::primitive::bool {
                #enum_name::is_retryable(self)
            }
            fn disposition(self) -> #krate::__private::Disposition {
                #enum_name::disposition(self)
            }
            fn sources(self) -> &'static [&'static ::core::primitive::str] {
                #enum_name::sources(self)
            }
            fn disposition_on(self, carrier: &::core::primitive::str) -> #krate::__private::Disposition {
                #enum_name::disposition_on(self, carrier)
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

/// The [`Options::salt`] of an include written at `place` (its file, line and column, as the
/// macro reads them): the runtime's `hash_bytes` of that text.
#[must_use]
pub fn salt(place: &str) -> u64 {
    error_catalog_runtime::__private::hash_bytes(place.as_bytes())
}

/// The name of the helper behind `code!(Enum, …)`: the enum's name and the include's salt.
#[must_use]
pub fn helper_name(enum_name: &str, salt: u64) -> String {
    format!("__error_catalog_{enum_name}_{salt:016x}")
}

/// The helper behind `code!(Enum, …)`: a macro named like the enum (macros live in their own
/// namespace, so importing the enum imports it too, in this crate and in every crate that can
/// name the enum). `code!` calls it with the path of its resolver (`resolve_code!`, reached
/// through the facade's `$crate`, so the helper itself names no crate) and it hands the
/// resolver the catalog's spellings.
///
/// `#[macro_export]` is what lets other crates call it; it also puts it at this crate's root,
/// hence the salted name, and the `pub use` gives it the enum's name and path.
fn code_macro(catalog: &Catalog, enum_name: &Ident, options: &Options) -> TokenStream {
    let helper = format_ident!("{}", helper_name(&catalog.enum_name, options.salt));
    let id = &catalog.id;
    let code_type = catalog.code_type.name();
    let pairs = {
        let mut text = String::new();
        for entry in &catalog.entries {
            for spelling in entry.spellings() {
                source::push_str(&mut text, &spelling);
                let _ = write!(text, " => {},", entry.variant);
            }
        }
        source::tokens(options.parse, &text)
    };
    let success = catalog.success.iter().map(|ok| {
        let text = ok.code.text();
        quote! { #text, }
    });
    let dollar = proc_macro2::Punct::new('$', proc_macro2::Spacing::Alone);
    quote! {
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #helper {
            ({ #dollar (#dollar resolver:tt)* } { #dollar (#dollar path:tt)* } #dollar (#dollar code:tt)*) => {
                #dollar (#dollar resolver)* ! {
                    catalog = #id,
                    code_type = #code_type,
                    spellings = { #pairs },
                    success = { #(#success)* },
                    path = { #dollar (#dollar path)* },
                    code = { #dollar (#dollar code)* }
                }
            };
        }
        #[doc(hidden)]
        pub use #helper as #enum_name;
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
            ..Options::default()
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
