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
use crate::model::{Catalog, CodeType, CodeValue, Entry, Provenance, Success, Wording};
use crate::suggest::did_you_mean;

const HEADER_KEYS: &[&str] = &[
    "id",
    "enum",
    "vendor",
    "product",
    "source",
    "code_type",
    "description",
    "provenance",
    "counterpart",
    "success",
    "entry",
];
const PROVENANCE_KEYS: &[&str] = &["id", "title", "url", "version", "secondary"];
const WORDING_KEYS: &[&str] = &["from", "message"];
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
    "from",
    "wording",
    "counterpart",
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
            )
            .help(example(key));
        }
        value
    }
}

/// What to write for a missing field.
fn example(key: &str) -> String {
    let value = match key {
        "id" => "\"my_catalog\"",
        "enum" => "\"MyCatalogError\"",
        "code_type" => "\"string\"` or `code_type = \"integer\"",
        "source" | "url" => "\"https://…\"",
        "from" => "[\"<provenance id>\"]",
        "code" => "\"Vendor.Code\"` (or an integer, as the catalog's `code_type` says",
        _ => "\"…\"",
    };
    let mut example = format!("add `{key} = {value}`");
    if key == "code" {
        example.push(')');
    }
    if key == "kind" {
        let names: Vec<&str> = ErrorKind::ALL.iter().map(|kind| kind.as_str()).collect();
        example = format!("{example}; the kinds are: {}", names.join(", "));
    }
    example
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

/// An array value, or a "wrong type" problem showing `example`.
fn array<'t, 'i>(
    diag: &mut Diagnostics<'_>,
    key: &str,
    value: Value<'t, 'i>,
    example: &str,
) -> Option<&'t toml::de::DeArray<'i>> {
    if let DeValue::Array(items) = value.get_ref() {
        return Some(items);
    }
    diag.error(
        value.span(),
        format!(
            "`{key}` must be an array, found {}",
            type_name(value.get_ref())
        ),
    )
    .help(format!("write `{example}`"));
    None
}

/// A boolean value, or a "wrong type" problem.
fn boolean(diag: &mut Diagnostics<'_>, key: &str, value: Value<'_, '_>) -> Option<bool> {
    if let DeValue::Boolean(flag) = value.get_ref() {
        return Some(*flag);
    }
    diag.error(
        value.span(),
        format!(
            "`{key}` must be a boolean, found {}",
            type_name(value.get_ref())
        ),
    )
    .help(format!("write `{key} = true` or `{key} = false`"));
    None
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
    let provenance = provenance(diag, doc);
    let counterpart = optional_string(diag, doc, "counterpart");
    let context = EntryContext {
        code_type,
        sources: provenance.iter().map(|source| source.id.as_str()).collect(),
        has_counterpart: counterpart.is_some(),
    };
    let success = success_codes(diag, doc, code_type);
    let entries = entries(diag, doc, &context);
    let has_symbols = entries.iter().any(|(_, keys)| keys.symbol.is_some());
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
        success: success.into_iter().map(|(ok, _)| ok).collect(),
        entries: entries.into_iter().filter_map(|(entry, _)| entry).collect(),
        has_symbols,
        provenance,
        counterpart,
    })
}

/// What checking an entry needs to know of the header.
struct EntryContext<'a> {
    code_type: Option<CodeType>,
    /// The ids of the catalog's `[[provenance]]`.
    sources: Vec<&'a str>,
    has_counterpart: bool,
}

/// The `[[provenance]]` tables: where the catalog's entries come from.
fn provenance(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Vec<Provenance> {
    const WHAT: &str = "a `[[provenance]]` table";
    let mut sources: Vec<(Provenance, usize)> = Vec::new();
    for table in tables(diag, doc, "provenance") {
        table.reject_unknown_keys(diag, WHAT, PROVENANCE_KEYS);
        let id = required_string(diag, &table, "id", WHAT);
        let title = required_string(diag, &table, "title", WHAT);
        let url = required_string(diag, &table, "url", WHAT);
        let version = optional_string(diag, &table, "version");
        let secondary = table
            .get("secondary")
            .and_then(|value| boolean(diag, "secondary", value));
        let (Some((id, id_span)), Some((title, _)), Some((url, _))) = (id, title, url) else {
            continue;
        };
        if let Some((_, first)) = sources.iter().find(|(source, _)| source.id == id) {
            diag.error(id_span, format!("duplicate provenance id {id:?}"))
                .note_at("first defined", *first);
            continue;
        }
        sources.push((
            Provenance {
                id,
                title,
                url,
                version,
                secondary: secondary.unwrap_or(false),
            },
            id_span.start,
        ));
    }
    sources.into_iter().map(|(source, _)| source).collect()
}

/// A provenance id an entry names (`from = "…"`), checked against the catalog's.
fn source_id(
    diag: &mut Diagnostics<'_>,
    value: &Spanned<DeValue<'_>>,
    sources: &[&str],
) -> Option<String> {
    let id = string(diag, "from", value)?;
    if sources.contains(&id.as_str()) {
        return Some(id);
    }
    if sources.is_empty() {
        diag.error(
            value.span(),
            format!("provenance {id:?} is not defined: the catalog has no `[[provenance]]`"),
        )
        .help("add a `[[provenance]]` table with this `id`, `title` and `url`");
    } else {
        diag.error(value.span(), format!("unknown provenance {id:?}"))
            .help_opt(did_you_mean(&id, sources.iter().copied()))
            .help(format!(
                "the catalog's provenance ids are: {}",
                sources.join(", ")
            ));
    }
    None
}

/// `from = ["doc", "sdk"]`: required when the catalog has provenance.
fn from(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>, sources: &[&str]) -> Vec<String> {
    let Some(value) = table.get("from") else {
        if !sources.is_empty() {
            table.require(
                diag,
                "from",
                "an `[[entry]]` table of a catalog with `[[provenance]]`",
            );
        }
        return Vec::new();
    };
    let Some(items) = array(diag, "from", value, "from = [\"doc\"]") else {
        return Vec::new();
    };
    if items.is_empty() {
        diag.error(value.span(), "`from` must name at least one provenance");
    }
    items
        .iter()
        .filter_map(|item| source_id(diag, item, sources))
        .collect()
}

/// `[[entry.wording]]`: another source's wording of the same code.
fn wordings(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>, sources: &[&str]) -> Vec<Wording> {
    const WHAT: &str = "an `[[entry.wording]]` table";
    let mut wordings = Vec::new();
    for wording in tables(diag, table, "wording") {
        wording.reject_unknown_keys(diag, WHAT, WORDING_KEYS);
        let from = wording
            .require(diag, "from", WHAT)
            .and_then(|value| source_id(diag, value, sources));
        let message = required_string(diag, &wording, "message", WHAT);
        if let (Some(from), Some((message, _))) = (from, message) {
            wordings.push(Wording { from, message });
        }
    }
    wordings
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
        diag.error(
            span,
            format!("`enum` {name:?} is not a valid Rust type name: it {why}"),
        );
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
) -> Vec<(Success, Range<usize>)> {
    let mut success = Vec::new();
    for table in tables(diag, doc, "success") {
        table.reject_unknown_keys(diag, "a `[[success]]` table", SUCCESS_KEYS);
        let code = table
            .require(diag, "code", "a `[[success]]` table")
            .and_then(|value| Some((code_value(diag, "code", value, code_type)?, value.span())));
        let message = required_string(diag, &table, "message", "a `[[success]]` table");
        if let (Some((code, span)), Some((message, _))) = (code, message) {
            success.push((Success { code, message }, span));
        }
    }
    success
}

/// What names an entry (code, variant, symbol, aliases) and where each is in the file: kept even
/// when another field of the entry is wrong, so duplicates are still reported.
#[derive(Default)]
struct Keys {
    code: Option<CodeValue>,
    code_span: Range<usize>,
    variant: Option<String>,
    variant_span: Range<usize>,
    symbol: Option<String>,
    symbol_span: Range<usize>,
    aliases: Vec<(CodeValue, Range<usize>)>,
}

fn entries(
    diag: &mut Diagnostics<'_>,
    doc: &Table<'_, '_>,
    context: &EntryContext<'_>,
) -> Vec<(Option<Entry>, Keys)> {
    let tables = tables(diag, doc, "entry");
    if tables.is_empty() && doc.get("entry").is_none() {
        diag.error(doc.span.start..doc.span.start, "the catalog has no entries")
            .help("add one `[[entry]]` table per error code");
    }
    tables
        .iter()
        .map(|table| entry(diag, table, context))
        .collect()
}

fn entry(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    context: &EntryContext<'_>,
) -> (Option<Entry>, Keys) {
    const WHAT: &str = "an `[[entry]]` table";
    let code_type = context.code_type;
    table.reject_unknown_keys(diag, WHAT, ENTRY_KEYS);
    let mut keys = Keys::default();
    keys.code = table.require(diag, "code", WHAT).and_then(|value| {
        keys.code_span = value.span();
        code_value(diag, "code", value, code_type)
    });
    keys.symbol = table.get("symbol").and_then(|value| {
        keys.symbol_span = value.span();
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
        .and_then(|value| boolean(diag, "retryable", value));
    keys.aliases = aliases(diag, table, code_type);
    keys.variant = variant(diag, table, &mut keys);
    let from = from(diag, table, &context.sources);
    let wordings = wordings(diag, table, &context.sources);
    let counterpart = table.get("counterpart").and_then(|value| {
        if !context.has_counterpart {
            diag.error(
                value.span(),
                "`counterpart` needs the catalog's `counterpart` (the id of the other catalog)",
            )
            .help("add `counterpart = \"other_catalog_id\"` to the header");
        }
        // The other catalog's codes may be of either type.
        code_value(diag, "counterpart", value, None)
    });
    let entry = (|| {
        let kind = kind?;
        Some(Entry {
            code: keys.code.clone()?,
            variant: keys.variant.clone()?,
            symbol: keys.symbol.clone(),
            message: message?,
            cause,
            solution,
            retryable: retryable.unwrap_or(kind.is_retryable()),
            kind,
            aliases: keys
                .aliases
                .iter()
                .map(|(alias, _)| alias.clone())
                .collect(),
            section,
            from,
            wordings,
            counterpart,
        })
    })();
    (entry, keys)
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
) -> Vec<(CodeValue, Range<usize>)> {
    let Some(value) = table.get("aliases") else {
        return Vec::new();
    };
    let Some(items) = array(diag, "aliases", value, "aliases = [\"Other.Spelling\"]") else {
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
            aliases.push((alias, item.span()));
        }
    }
    aliases
}

/// The entry's variant name, explicit or derived from its symbol or string code.
fn variant(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>, keys: &mut Keys) -> Option<String> {
    if let Some(value) = table.get("variant") {
        keys.variant_span = value.span();
        let name = string(diag, "variant", value)?;
        if let Err(why) = ident::check(&name) {
            diag.error(
                value.span(),
                format!("`variant` {name:?} is not a valid Rust identifier: it {why}"),
            )
            .help("use an UpperCamelCase name of ASCII letters and digits");
            return None;
        }
        return Some(name);
    }
    let (from, span) = match (&keys.symbol, keys.code.as_ref()?) {
        (Some(symbol), _) => (symbol.clone(), keys.symbol_span.clone()),
        (None, CodeValue::Str(code)) => (code.clone(), keys.code_span.clone()),
        (None, CodeValue::Int(_)) => {
            diag.error(
                keys.code_span.clone(),
                "an integer code without a `symbol` needs a `variant` name",
            )
            .help("add `variant = \"SomeName\"` (UpperCamelCase, saying what the error is)");
            return None;
        }
    };
    keys.variant_span = span.clone();
    let name = ident::derive_variant(&from);
    if let Err(why) = ident::check(&name) {
        diag.error(
            span,
            format!("cannot derive a variant name from {from:?}: `{name}` {why}"),
        )
        .help("add `variant = \"SomeName\"` to this entry");
        return None;
    }
    Some(name)
}

fn check_symbols_everywhere_or_nowhere(
    diag: &mut Diagnostics<'_>,
    entries: &[(Option<Entry>, Keys)],
) {
    let Some(first) = entries
        .iter()
        .map(|(_, keys)| keys)
        .find(|keys| keys.symbol.is_some())
    else {
        return;
    };
    for (_, keys) in entries {
        if let (None, Some(code)) = (&keys.symbol, &keys.code) {
            let first_code = first.code.as_ref().map(CodeValue::text).unwrap_or_default();
            diag.error(
                keys.code_span.clone(),
                format!(
                    "entry {} has no `symbol`, but other entries have one",
                    code.text()
                ),
            )
            .note_at(
                &format!(
                    "entry {first_code} has symbol {:?}",
                    first.symbol.as_deref().unwrap_or_default()
                ),
                first.symbol_span.start,
            )
            .help("either every entry has a `symbol` or none does");
        }
    }
}

/// Codes, aliases and symbols must each name one entry, and no success code; variant names must
/// be unique. The error goes on the second occurrence, with a note on the first.
fn check_unique(
    diag: &mut Diagnostics<'_>,
    entries: &[(Option<Entry>, Keys)],
    success: &[(Success, Range<usize>)],
) {
    let mut variants: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    // Every text `FromStr` accepts, with where and as what it was first seen.
    let mut spellings: BTreeMap<String, (usize, &str)> = BTreeMap::new();
    for (ok, span) in success {
        spellings.insert(ok.code.text(), (span.start, "success code"));
    }
    for (_, keys) in entries {
        let code = keys.code.as_ref().map(CodeValue::text).unwrap_or_default();
        // A duplicate code is reported below; the variant derived from it collides too, and
        // saying so again would only repeat it.
        let code_repeats = keys.code.is_some() && spellings.contains_key(&code);
        if let Some(variant) = keys.variant.as_ref().filter(|_| !code_repeats) {
            if let Some((first_at, first_code)) = variants.get(variant.as_str()) {
                diag.error(
                    keys.variant_span.clone(),
                    format!("duplicate variant name `{variant}` (entries {first_code} and {code})"),
                )
                .note_at("first used", *first_at)
                .help("set a distinct `variant` on one of them");
            } else {
                variants.insert(variant, (keys.variant_span.start, code.clone()));
            }
        }
        let mut named = Vec::new();
        if let Some(code) = &keys.code {
            named.push((code.text(), keys.code_span.clone(), "code"));
        }
        if let Some(symbol) = &keys.symbol {
            named.push((symbol.clone(), keys.symbol_span.clone(), "symbol"));
        }
        for (alias, span) in &keys.aliases {
            named.push((alias.text(), span.clone(), "alias"));
        }
        for (text, span, what) in named {
            if let Some((first_at, first_what)) = spellings.get(&text) {
                let message = if *first_what == "success code" {
                    format!("{what} {text:?} is also a success code, which cannot be an error")
                } else {
                    format!("duplicate {what} {text:?}: already the {first_what} of another entry")
                };
                diag.error(span, message)
                    .note_at(&format!("the {first_what}"), *first_at);
            } else {
                spellings.insert(text, (span.start, what));
            }
        }
    }
}
