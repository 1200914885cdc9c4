//! From a catalog's TOML text to a validated [`Catalog`]: one function per rule, every problem
//! collected.
//!
//! Only a TOML syntax error stops early (nothing after it can be trusted); every other problem is
//! recorded and checking goes on, so one compile reports all of them.

use std::collections::BTreeMap;
use std::ops::Range;

use error_catalog_runtime::ErrorKind;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostics, SourceFile};
use crate::ident;
use crate::model::{Catalog, CodeType, CodeValue, Entry, Success};
use crate::suggest::{did_you_mean, quoted_list};

const HEADER_KEYS: &[&str] = &[
    "id",
    "enum",
    "vendor",
    "product",
    "source",
    "code_type",
    "description",
    "success",
    "entry",
];
const SUCCESS_KEYS: &[&str] = &["code", "message"];
const ENTRY_KEYS: &[&str] = &[
    "code",
    "variant",
    "symbol",
    "message",
    "cause",
    "solution",
    "kind",
    "retryable",
    "aliases",
    "section",
];

/// Parses and validates a catalog; `Err` holds every problem, located in `file`.
pub fn check(file: &SourceFile, user_span: proc_macro2::Span) -> syn::Result<Catalog> {
    let mut diag = Diagnostics::new(file);
    let (document, syntax_errors) = DeTable::parse_recoverable(&file.text);
    if !syntax_errors.is_empty() {
        for error in syntax_errors {
            let span = error.span().unwrap_or(0..0);
            diag.error(span, format!("invalid TOML: {}", error.message()));
        }
        return Err(diag
            .finish(user_span)
            .err()
            .unwrap_or_else(|| syn::Error::new(user_span, "invalid TOML")));
    }
    let catalog = catalog(&mut diag, &Table::new(document.get_ref(), document.span()));
    diag.finish(user_span)?;
    // `catalog` is `None` only when a problem was recorded, and then `finish` returned `Err`.
    catalog.ok_or_else(|| syn::Error::new(user_span, "invalid catalog"))
}

/// A TOML table and its span in the file.
struct Table<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
}

type Value<'t, 'i> = &'t Spanned<DeValue<'i>>;

impl<'t, 'i> Table<'t, 'i> {
    fn new(table: &'t DeTable<'i>, span: Range<usize>) -> Self {
        Table { table, span }
    }

    fn get(&self, key: &str) -> Option<Value<'t, 'i>> {
        self.table.get(key)
    }

    /// Reports every key not in `known`, suggesting the closest known key.
    fn reject_unknown_keys(&self, diag: &mut Diagnostics<'_>, what: &str, known: &[&str]) {
        for key in self.table.keys() {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                diag.error(key.span(), format!("unknown field `{name}` in {what}"))
                    .help(
                        did_you_mean(name, known.iter().copied()).unwrap_or_else(|| {
                            format!("the fields of {what} are: {}", known.join(", "))
                        }),
                    );
            }
        }
    }

    /// A required field; reports it missing.
    fn require(&self, diag: &mut Diagnostics<'_>, key: &str, what: &str) -> Option<Value<'t, 'i>> {
        let value = self.get(key);
        if value.is_none() {
            diag.error(
                self.span.start..self.span.start,
                format!("missing field `{key}` in {what}"),
            );
        }
        value
    }
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a datetime",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// A string value, or a "wrong type" problem.
fn string(diag: &mut Diagnostics<'_>, key: &str, value: Value<'_, '_>) -> Option<String> {
    match value.get_ref() {
        DeValue::String(text) => Some(text.to_string()),
        other => {
            diag.error(
                value.span(),
                format!("`{key}` must be a string, found {}", type_name(other)),
            );
            None
        }
    }
}

/// A required string: missing, wrong type and (when `non_empty`) blank are problems.
fn required_string(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    key: &str,
    what: &str,
) -> Option<(String, Range<usize>)> {
    let value = table.require(diag, key, what)?;
    let text = string(diag, key, value)?;
    if text.trim().is_empty() {
        diag.error(value.span(), format!("`{key}` must not be empty"));
        return None;
    }
    Some((text, value.span()))
}

fn optional_string(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>, key: &str) -> Option<String> {
    let value = table.get(key)?;
    let text = string(diag, key, value)?;
    if text.trim().is_empty() {
        diag.error(
            value.span(),
            format!("`{key}` must not be empty; leave it out instead"),
        );
        return None;
    }
    Some(text)
}

/// A wire code of the catalog's type (`None` when the type is unknown: only the shape is checked).
fn code_value(
    diag: &mut Diagnostics<'_>,
    key: &str,
    value: Value<'_, '_>,
    code_type: Option<CodeType>,
) -> Option<CodeValue> {
    let code = match value.get_ref() {
        DeValue::String(text) => {
            if text.is_empty() {
                diag.error(value.span(), format!("`{key}` must not be empty"));
                return None;
            }
            CodeValue::Str(text.to_string())
        }
        DeValue::Integer(integer) => {
            let Ok(number) = i64::from_str_radix(integer.as_str(), integer.radix()) else {
                diag.error(value.span(), format!("`{key}` does not fit in an i64"));
                return None;
            };
            CodeValue::Int(number)
        }
        other => {
            diag.error(
                value.span(),
                format!(
                    "`{key}` must be a string or an integer, found {}",
                    type_name(other)
                ),
            );
            return None;
        }
    };
    match (code_type, &code) {
        (Some(CodeType::String), CodeValue::Int(_)) => {
            diag.error(
                value.span(),
                format!("`{key}` must be a string: this catalog's `code_type` is \"string\""),
            )
            .help("write the code in quotes");
            None
        }
        (Some(CodeType::Integer), CodeValue::Str(_)) => {
            diag.error(
                value.span(),
                format!("`{key}` must be an integer: this catalog's `code_type` is \"integer\""),
            );
            None
        }
        _ => Some(code),
    }
}

fn catalog(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Option<Catalog> {
    doc.reject_unknown_keys(diag, "the catalog header", HEADER_KEYS);
    let id = catalog_id(diag, doc);
    let enum_name = enum_name(diag, doc);
    let vendor = required_string(diag, doc, "vendor", "the catalog header");
    let product = required_string(diag, doc, "product", "the catalog header");
    let source = required_string(diag, doc, "source", "the catalog header");
    let description = optional_string(diag, doc, "description");
    let code_type = code_type(diag, doc);
    let success = success_codes(diag, doc, code_type);
    let entries = entries(diag, doc, code_type);
    let has_symbols = entries.iter().any(|(entry, _)| entry.symbol.is_some());
    check_symbols_everywhere_or_nowhere(diag, &entries);
    check_unique(diag, &entries, &success);
    if diag.has_errors() {
        return None;
    }
    Some(Catalog {
        id: id?,
        enum_name: enum_name?,
        vendor: vendor?.0,
        product: product?.0,
        source: source?.0,
        description,
        code_type: code_type?,
        success,
        entries: entries.into_iter().map(|(entry, _)| entry).collect(),
        has_symbols,
    })
}

fn catalog_id(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Option<String> {
    let (id, span) = required_string(diag, doc, "id", "the catalog header")?;
    let snake = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !snake {
        diag.error(
            span,
            format!(
                "`id` must be snake_case (lowercase ASCII letters, digits and `_`), found {id:?}"
            ),
        );
        return None;
    }
    Some(id)
}

fn enum_name(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Option<String> {
    let (name, span) = required_string(diag, doc, "enum", "the catalog header")?;
    if let Err(why) = ident::check(&name) {
        diag.error(span, format!("`enum` is not a valid Rust type name: {why}"));
        return None;
    }
    Some(name)
}

fn code_type(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Option<CodeType> {
    let value = doc.require(diag, "code_type", "the catalog header")?;
    let text = string(diag, "code_type", value)?;
    match text.as_str() {
        "string" => Some(CodeType::String),
        "integer" => Some(CodeType::Integer),
        other => {
            diag.error(value.span(), format!("unknown `code_type` {other:?}"))
                .help("expected \"string\" or \"integer\"");
            None
        }
    }
}

/// The tables of an array of tables `key` (`[[entry]]`), reporting a value of another shape.
fn tables<'t, 'i>(
    diag: &mut Diagnostics<'_>,
    doc: &Table<'t, 'i>,
    key: &str,
) -> Vec<Table<'t, 'i>> {
    let Some(value) = doc.get(key) else {
        return Vec::new();
    };
    let DeValue::Array(items) = value.get_ref() else {
        diag.error(
            value.span(),
            format!(
                "`{key}` must be an array of tables (`[[{key}]]`), found {}",
                type_name(value.get_ref())
            ),
        );
        return Vec::new();
    };
    let mut tables = Vec::new();
    for item in &**items {
        match item.get_ref() {
            DeValue::Table(table) => tables.push(Table::new(table, item.span())),
            other => {
                diag.error(
                    item.span(),
                    format!("each `{key}` must be a table, found {}", type_name(other)),
                );
            }
        }
    }
    tables
}

fn success_codes(
    diag: &mut Diagnostics<'_>,
    doc: &Table<'_, '_>,
    code_type: Option<CodeType>,
) -> Vec<Success> {
    let mut success = Vec::new();
    for table in tables(diag, doc, "success") {
        table.reject_unknown_keys(diag, "a `[[success]]` table", SUCCESS_KEYS);
        let code = table
            .require(diag, "code", "a `[[success]]` table")
            .and_then(|value| code_value(diag, "code", value, code_type));
        let message = required_string(diag, &table, "message", "a `[[success]]` table");
        if let (Some(code), Some((message, _))) = (code, message) {
            success.push(Success { code, message });
        }
    }
    success
}

/// Where an entry's parts are in the file, for duplicate notes.
#[derive(Default)]
struct EntrySpans {
    code: Range<usize>,
    variant: Range<usize>,
    symbol: Range<usize>,
    aliases: Vec<Range<usize>>,
}

fn entries(
    diag: &mut Diagnostics<'_>,
    doc: &Table<'_, '_>,
    code_type: Option<CodeType>,
) -> Vec<(Entry, EntrySpans)> {
    let tables = tables(diag, doc, "entry");
    if tables.is_empty() && doc.get("entry").is_none() {
        diag.error(doc.span.start..doc.span.start, "the catalog has no entries")
            .help("add one `[[entry]]` table per error code");
    }
    tables
        .iter()
        .filter_map(|table| entry(diag, table, code_type))
        .collect()
}

fn entry(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    code_type: Option<CodeType>,
) -> Option<(Entry, EntrySpans)> {
    const WHAT: &str = "an `[[entry]]` table";
    table.reject_unknown_keys(diag, WHAT, ENTRY_KEYS);
    let mut spans = EntrySpans::default();
    let code = table.require(diag, "code", WHAT).and_then(|value| {
        spans.code = value.span();
        code_value(diag, "code", value, code_type)
    });
    let symbol = table.get("symbol").and_then(|value| {
        spans.symbol = value.span();
        let symbol = string(diag, "symbol", value)?;
        if symbol.is_empty() {
            diag.error(value.span(), "`symbol` must not be empty");
            return None;
        }
        Some(symbol)
    });
    let message = required_string(diag, table, "message", WHAT).map(|(text, _)| text);
    let cause = optional_string(diag, table, "cause");
    let solution = optional_string(diag, table, "solution");
    let section = optional_string(diag, table, "section");
    let kind = kind(diag, table);
    let retryable = table
        .get("retryable")
        .and_then(|value| match value.get_ref() {
            DeValue::Boolean(flag) => Some(*flag),
            other => {
                diag.error(
                    value.span(),
                    format!("`retryable` must be a boolean, found {}", type_name(other)),
                );
                None
            }
        });
    let aliases = aliases(diag, table, code_type, &mut spans);
    let variant = variant(diag, table, code.as_ref(), symbol.as_deref(), &mut spans);
    let kind = kind?;
    Some((
        Entry {
            code: code?,
            variant: variant?,
            symbol,
            message: message?,
            cause,
            solution,
            retryable: retryable.unwrap_or(kind.is_retryable()),
            kind,
            aliases,
            section,
        },
        spans,
    ))
}

fn kind(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>) -> Option<ErrorKind> {
    let value = table.require(diag, "kind", "an `[[entry]]` table")?;
    let name = string(diag, "kind", value)?;
    let kind = ErrorKind::from_name(&name);
    if kind.is_none() {
        let names: Vec<&str> = ErrorKind::ALL.iter().map(|kind| kind.as_str()).collect();
        diag.error(value.span(), format!("unknown kind {name:?}"))
            .help_opt(did_you_mean(&name, names.iter().copied()))
            .help(format!("the kinds are: {}", names.join(", ")));
    }
    kind
}

fn aliases(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    code_type: Option<CodeType>,
    spans: &mut EntrySpans,
) -> Vec<CodeValue> {
    let Some(value) = table.get("aliases") else {
        return Vec::new();
    };
    let DeValue::Array(items) = value.get_ref() else {
        diag.error(
            value.span(),
            format!(
                "`aliases` must be an array, found {}",
                type_name(value.get_ref())
            ),
        );
        return Vec::new();
    };
    let mut aliases = Vec::new();
    for item in &**items {
        // An integer catalog may also list other symbols (strings) as aliases.
        let alias = match (code_type, item.get_ref()) {
            (Some(CodeType::Integer), DeValue::String(text)) if !text.is_empty() => {
                Some(CodeValue::Str(text.to_string()))
            }
            _ => code_value(diag, "an alias", item, code_type),
        };
        if let Some(alias) = alias {
            spans.aliases.push(item.span());
            aliases.push(alias);
        }
    }
    aliases
}

fn variant(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    code: Option<&CodeValue>,
    symbol: Option<&str>,
    spans: &mut EntrySpans,
) -> Option<String> {
    if let Some(value) = table.get("variant") {
        spans.variant = value.span();
        let name = string(diag, "variant", value)?;
        if let Err(why) = ident::check(&name) {
            diag.error(
                value.span(),
                format!("`variant` {name:?} is not a valid Rust identifier: {why}"),
            );
            return None;
        }
        return Some(name);
    }
    let (from, span) = match (symbol, code?) {
        (Some(symbol), _) => (symbol.to_owned(), spans.symbol.clone()),
        (None, CodeValue::Str(code)) => (code.clone(), spans.code.clone()),
        (None, CodeValue::Int(_)) => {
            diag.error(
                spans.code.clone(),
                "an integer code without a `symbol` needs a `variant` name",
            )
            .help("add `variant = \"SomeName\"` (UpperCamelCase, saying what the error is)");
            return None;
        }
    };
    spans.variant = span.clone();
    let name = ident::derive_variant(&from);
    if let Err(why) = ident::check(&name) {
        diag.error(
            span,
            format!("cannot derive a variant name from {from:?}: {name:?} {why}"),
        )
        .help("add `variant = \"SomeName\"` to this entry");
        return None;
    }
    Some(name)
}

fn check_symbols_everywhere_or_nowhere(
    diag: &mut Diagnostics<'_>,
    entries: &[(Entry, EntrySpans)],
) {
    let Some((first, first_spans)) = entries.iter().find(|(entry, _)| entry.symbol.is_some())
    else {
        return;
    };
    for (entry, spans) in entries {
        if entry.symbol.is_none() {
            diag.error(
                spans.code.clone(),
                format!(
                    "entry {} has no `symbol`, but other entries have one",
                    entry.code.text()
                ),
            )
            .note_at(
                &format!(
                    "entry {} has symbol {:?}",
                    first.code.text(),
                    first.symbol.as_deref().unwrap_or_default()
                ),
                first_spans.symbol.start,
            )
            .help("either every entry has a `symbol` or none does");
        }
    }
}

/// Codes, aliases and symbols must each name one entry; variant names must be unique.
fn check_unique(diag: &mut Diagnostics<'_>, entries: &[(Entry, EntrySpans)], success: &[Success]) {
    let mut variants: BTreeMap<&str, (usize, &Entry)> = BTreeMap::new();
    // Every text `FromStr` accepts, with where it was first seen.
    let mut spellings: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (entry, spans) in entries {
        if let Some((first_at, first)) = variants.get(entry.variant.as_str()) {
            diag.error(
                spans.variant.clone(),
                format!(
                    "duplicate variant name `{}` (entries {} and {})",
                    entry.variant,
                    first.code.text(),
                    entry.code.text()
                ),
            )
            .note_at("first used", *first_at)
            .help("set a distinct `variant` on one of them");
        } else {
            variants.insert(&entry.variant, (spans.variant.start, entry));
        }
        let mut named = vec![(entry.code.text(), spans.code.clone(), "code")];
        if let Some(symbol) = &entry.symbol {
            named.push((symbol.clone(), spans.symbol.clone(), "symbol"));
        }
        for (alias, span) in entry.aliases.iter().zip(&spans.aliases) {
            named.push((alias.text(), span.clone(), "alias"));
        }
        for (text, span, what) in named {
            if let Some((first_at, first_what)) = spellings.get(&text) {
                diag.error(
                    span,
                    format!("duplicate {what} {text:?}: already the {first_what} of another entry"),
                )
                .note_at(&format!("first {first_what}"), *first_at);
            } else {
                spellings.insert(text, (span.start, what.to_owned()));
            }
        }
    }
    for ok in success {
        if spellings.contains_key(&ok.code.text()) {
            diag.error(
                0..0,
                format!("success code {:?} is also an error entry", ok.code.text()),
            )
            .help(format!(
                "a success code cannot be an error; the success codes are {}",
                quoted_list(
                    &success
                        .iter()
                        .map(|s| s.message.as_str())
                        .collect::<Vec<_>>()
                )
            ));
        }
    }
}
