//! From a catalog's TOML text to a validated [`Catalog`]: one function per rule, every problem
//! collected.
//!
//! Only a TOML syntax error stops early (nothing after it can be trusted); every other problem is
//! recorded and checking goes on, so one compile reports all of them.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use error_catalog_runtime::{Disposition, ErrorKind, Lang};
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::ident;
use crate::model::{
    Carrier, Catalog, CodeType, CodeValue, English, Entry, Provenance, Reading, Success, Text,
    Wording,
};
use crate::schema;
use crate::suggest::did_you_mean;
use crate::toml_walk::{Table, Value, array, boolean, string, type_name};

/// Parses and validates a catalog; `Err` holds every problem, in file order.
///
/// # Errors
///
/// Every problem of the file: TOML syntax errors alone when there are any, else every broken
/// rule of the schema.
pub fn check(file: &SourceFile) -> Result<Catalog, Vec<Diagnostic>> {
    let mut diag = Diagnostics::new(file);
    let Some(document) = parse(&mut diag) else {
        return Err(diag.finish());
    };
    let doc = Table::new(document.get_ref(), document.span(), &schema::HEADER);
    match catalog(&mut diag, &doc) {
        Some(catalog) if !diag.has_errors() => Ok(catalog),
        _ => Err(diag.finish()),
    }
}

/// The spanned TOML document of the diagnostics' file, or `None` with every syntax error
/// reported (nothing after a syntax error can be trusted).
pub(crate) fn parse<'i>(diag: &mut Diagnostics<'i>) -> Option<toml::Spanned<DeTable<'i>>> {
    let (document, syntax_errors) = DeTable::parse_recoverable(&diag.file().text);
    if syntax_errors.is_empty() {
        return Some(document);
    }
    let count = syntax_errors.len();
    // The first ones in the file, which the parser does not report in file order.
    let mut syntax_errors = syntax_errors;
    syntax_errors.sort_by_key(|error| error.span().map_or(0, |span| span.start));
    for error in syntax_errors.iter().take(MAX_SYNTAX_ERRORS) {
        let span = error.span().unwrap_or(0..0);
        diag.error(span, format!("invalid TOML: {}", error.message()));
    }
    if let Some(next) = syntax_errors.get(MAX_SYNTAX_ERRORS) {
        let span = next.span().unwrap_or(0..0);
        diag.error(
            span,
            format!(
                "and {} more TOML syntax errors from here on",
                count - MAX_SYNTAX_ERRORS
            ),
        )
        .help("fix the first ones: the rest often follow from them");
    }
    None
}

/// How many TOML syntax errors are reported one by one: past the first, the parser's recovery
/// often finds one at every few characters (a 400 KB overlay of broken strings gave 290,000).
pub const MAX_SYNTAX_ERRORS: usize = 50;

/// A required string: missing, wrong type and (when `non_empty`) blank are problems.
fn required_string(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    key: &str,
) -> Option<(String, Range<usize>)> {
    let value = table.require(diag, key)?;
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
pub(crate) fn code_value(
    diag: &mut Diagnostics<'_>,
    what: &str,
    value: Value<'_, '_>,
    code_type: Option<CodeType>,
) -> Option<CodeValue> {
    let code = match value.get_ref() {
        DeValue::String(text) => {
            if text.is_empty() {
                diag.error(value.span(), format!("{what} must not be empty"));
                return None;
            }
            CodeValue::Str(text.to_string())
        }
        DeValue::Integer(integer) => {
            let Ok(number) = i64::from_str_radix(integer.as_str(), integer.radix()) else {
                diag.error(value.span(), format!("{what} does not fit in an i64"));
                return None;
            };
            CodeValue::Int(number)
        }
        other => {
            diag.error(
                value.span(),
                format!(
                    "{what} must be a string or an integer, found {}",
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
                format!("{what} must be a string: this catalog's `code_type` is \"string\""),
            )
            .help("write the code in quotes");
            None
        }
        (Some(CodeType::Integer), CodeValue::Str(_)) => {
            diag.error(
                value.span(),
                format!("{what} must be an integer: this catalog's `code_type` is \"integer\""),
            );
            None
        }
        _ => Some(code),
    }
}

fn catalog(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Option<Catalog> {
    doc.reject_unknown_keys(diag);
    let id = catalog_id(diag, doc);
    let enum_name = enum_name(diag, doc);
    let vendor = required_string(diag, doc, "vendor");
    let product = required_string(diag, doc, "product");
    let source = required_string(diag, doc, "source");
    let description = optional_string(diag, doc, "description");
    let code_type = code_type(diag, doc);
    let language = language(diag, doc);
    let provenance = provenance(diag, doc);
    let counterpart = optional_string(diag, doc, "counterpart");
    let carriers = carriers(diag, doc);
    let context = EntryContext {
        code_type,
        sources: Sources::of(&provenance),
        has_counterpart: counterpart.is_some(),
        carriers: carriers.iter().map(|carrier| carrier.id.as_str()).collect(),
        english_allowed: language != Lang::En,
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
        overlays: Vec::new(),
        carriers,
        language,
    })
}

/// `language`: `zh` when absent.
fn language(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Lang {
    let Some(value) = doc.get("language") else {
        return Lang::Zh;
    };
    let Some(tag) = string(diag, "language", value) else {
        return Lang::Zh;
    };
    Lang::from_tag(&tag).unwrap_or_else(|| {
        let tags: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
        diag.error(value.span(), format!("unknown `language` {tag:?}"))
            .help_opt(did_you_mean(&tag, tags.iter().copied()))
            .help(format!("the languages are: {}", tags.join(", ")));
        Lang::Zh
    })
}

/// What checking an entry needs to know of the header.
pub(crate) struct EntryContext<'a> {
    pub(crate) code_type: Option<CodeType>,
    /// The ids of the catalog's `[[provenance]]`, in order and as a set.
    pub(crate) sources: Sources<'a>,
    pub(crate) has_counterpart: bool,
    /// The ids of the catalog's `[[carrier]]`, in order.
    pub(crate) carriers: Vec<&'a str>,
    /// Whether entries may carry English (the catalog's `language` is not English).
    pub(crate) english_allowed: bool,
}

/// The provenance ids entries may name.
pub(crate) struct Sources<'a> {
    pub(crate) ids: Vec<&'a str>,
    pub(crate) set: BTreeSet<&'a str>,
}

impl<'a> Sources<'a> {
    /// The ids of `provenance`.
    pub(crate) fn of(provenance: &'a [Provenance]) -> Self {
        Sources {
            ids: provenance.iter().map(|source| source.id.as_str()).collect(),
            set: provenance.iter().map(|source| source.id.as_str()).collect(),
        }
    }
}

/// The `[[provenance]]` tables: where the catalog's entries come from.
fn provenance(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Vec<Provenance> {
    let mut sources: Vec<Provenance> = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for table in doc.tables(diag, "provenance", &schema::PROVENANCE) {
        table.reject_unknown_keys(diag);
        let id = required_string(diag, &table, "id");
        let title = required_string(diag, &table, "title");
        let url = required_string(diag, &table, "url");
        let version = optional_string(diag, &table, "version");
        let secondary = table
            .get("secondary")
            .and_then(|value| boolean(diag, "secondary", value));
        let translation = table
            .get("translation")
            .and_then(|value| boolean(diag, "translation", value));
        let (Some((id, id_span)), Some((title, _)), Some((url, _))) = (id, title, url) else {
            continue;
        };
        if let Some(first) = first_at.get(&id) {
            diag.error(id_span, format!("duplicate provenance id {id:?}"))
                .note_at("first defined", *first);
            continue;
        }
        first_at.insert(id.clone(), id_span.start);
        sources.push(Provenance {
            id,
            title,
            url,
            version,
            secondary: secondary.unwrap_or(false),
            translation: translation.unwrap_or(false),
        });
    }
    sources
}

/// A provenance id an entry names (`from = "…"`), checked against the catalog's.
fn source_id(
    diag: &mut Diagnostics<'_>,
    value: Value<'_, '_>,
    sources: &Sources<'_>,
) -> Option<String> {
    let id = string(diag, "from", value)?;
    if sources.set.contains(id.as_str()) {
        return Some(id);
    }
    if sources.ids.is_empty() {
        diag.error(
            value.span(),
            format!("provenance {id:?} is not defined: the catalog has no `[[provenance]]`"),
        )
        .help("add a `[[provenance]]` table with this `id`, `title` and `url`");
    } else {
        diag.error(value.span(), format!("unknown provenance {id:?}"))
            .help_opt(did_you_mean(&id, sources.ids.iter().copied()))
            .help(format!(
                "the catalog's provenance ids are: {}",
                sources.ids.join(", ")
            ));
    }
    None
}

/// `from = ["doc", "sdk"]`: required when the catalog has provenance.
fn from(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>, sources: &Sources<'_>) -> Vec<String> {
    let Some(value) = table.get("from") else {
        if !sources.ids.is_empty() {
            diag.error(
                table.span.start..table.span.start,
                "missing field `from` in an `[[entry]]` table of a catalog with `[[provenance]]`",
            )
            .help("add `from = [\"<provenance id>\"]`");
        }
        return Vec::new();
    };
    let Some(items) = array(diag, "from", value, "[\"doc\"]") else {
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

/// The `[[carrier]]` tables: each id snake case, ids and names unique.
fn carriers(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Vec<Carrier> {
    let mut carriers: Vec<Carrier> = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for table in doc.tables(diag, "carrier", &schema::CARRIER) {
        table.reject_unknown_keys(diag);
        let id = required_string(diag, &table, "id");
        let name = required_string(diag, &table, "name");
        let (Some((id, id_span)), Some((name, name_span))) = (id, name) else {
            continue;
        };
        if !is_snake_case(&id) {
            diag.error(
                id_span.clone(),
                format!("carrier id {id:?} is not snake_case"),
            )
            .help("use lowercase ASCII letters, digits and `_`, starting with a letter (`china_mobile`)");
            continue;
        }
        let mut duplicate = false;
        for (what, key, span) in [("id", &id, &id_span), ("name", &name, &name_span)] {
            // Ids and names share one namespace: callers may give either.
            if let Some(first) = first_at.get(key.as_str()) {
                diag.error(span.clone(), format!("duplicate carrier {what} {key:?}"))
                    .note_at("first used here", *first);
                duplicate = true;
            }
        }
        if duplicate {
            continue;
        }
        first_at.insert(id.clone(), id_span.start);
        if name != id {
            first_at.insert(name.clone(), name_span.start);
        }
        carriers.push(Carrier { id, name });
    }
    carriers
}

/// `[[entry.carrier]]`: what the code means per carrier, one reading per carrier.
fn readings(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    context: &EntryContext<'_>,
) -> Vec<Reading> {
    let carriers = &context.carriers;
    let mut readings = Vec::new();
    let mut first_at: BTreeMap<String, usize> = BTreeMap::new();
    for reading in table.tables(diag, "carrier", &schema::READING) {
        reading.reject_unknown_keys(diag);
        let carrier = reading.require(diag, "id").and_then(|value| {
            let id = string(diag, "id", value)?;
            if carriers.contains(&id.as_str()) {
                if let Some(first) = first_at.get(&id) {
                    diag.error(
                        value.span(),
                        format!("this entry already has a reading for carrier {id:?}"),
                    )
                    .note_at("the first reading", *first)
                    .help("one `[[entry.carrier]]` per carrier: put both texts in one `message`");
                    return None;
                }
                first_at.insert(id.clone(), value.span().start);
                return Some(id);
            }
            if carriers.is_empty() {
                diag.error(
                    value.span(),
                    format!("carrier {id:?} is not declared: the catalog has no `[[carrier]]`"),
                )
                .help("add a `[[carrier]]` table with this `id` and the carrier's `name`");
            } else {
                diag.error(value.span(), format!("unknown carrier {id:?}"))
                    .help_opt(did_you_mean(&id, carriers.iter().copied()))
                    .help(format!(
                        "the catalog's carriers are: {}",
                        carriers.join(", ")
                    ));
            }
            None
        });
        let message = required_string(diag, &reading, "message");
        let kind = kind(diag, &reading, true);
        let retryable = reading
            .get("retryable")
            .and_then(|value| boolean(diag, "retryable", value));
        let disposition = disposition(diag, &reading);
        let english = english_texts(diag, &reading, context, &schema::READING_ENGLISH)
            .map(|(english, _)| english.message);
        if let (Some(carrier), Some((message, _)), Some(kind)) = (carrier, message, kind) {
            let retryable_value = retryable.unwrap_or(kind.is_retryable());
            readings.push(Reading {
                carrier,
                message,
                kind,
                retryable: retryable_value,
                retryable_set: retryable.is_some(),
                disposition: disposition.unwrap_or(Disposition::of(kind, retryable_value)),
                disposition_set: disposition.is_some(),
                english,
            });
        }
    }
    readings
}

/// `[[entry.wording]]`: another source's wording of the same code.
fn wordings(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    sources: &Sources<'_>,
) -> Vec<Wording> {
    let mut wordings = Vec::new();
    for wording in table.tables(diag, "wording", &schema::WORDING) {
        wording.reject_unknown_keys(diag);
        let from = wording
            .require(diag, "from")
            .and_then(|value| source_id(diag, value, sources));
        let message = required_string(diag, &wording, "message");
        if let (Some(from), Some((message, _))) = (from, message) {
            wordings.push(Wording { from, message });
        }
    }
    wordings
}

/// A provenance id of English (`from`, `cause_from`, `solution_from`): `from` is required when the
/// catalog has provenance; empty when absent.
fn english_source(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    key: &str,
    sources: &Sources<'_>,
) -> Option<String> {
    let Some(value) = table.get(key) else {
        if key == "from" && !sources.ids.is_empty() {
            diag.error(
                table.span.start..table.span.start,
                format!(
                    "missing field `from` in {} of a catalog with `[[provenance]]`",
                    table.what()
                ),
            )
            .help(
                "add `from = \"<provenance id>\"`: the vendor's English, or a `[[provenance]]` with `translation = true`",
            );
            return None;
        }
        return Some(String::new());
    };
    source_id(diag, value, sources)
}

/// `en` of an entry (`[entry.en]`) or of a reading: the English beside the vendor's texts, and
/// where it is. `fields` are the texts the table may have besides `message` (`cause`,
/// `solution`), each with its own `…_from`.
fn english_texts(
    diag: &mut Diagnostics<'_>,
    owner: &Table<'_, '_>,
    context: &EntryContext<'_>,
    schema: &'static schema::TableSchema,
) -> Option<(English, Range<usize>)> {
    let table = owner.table(diag, "en", schema)?;
    table.reject_unknown_keys(diag);
    let span = table.span.clone();
    if !context.english_allowed {
        diag.error(
            span.start..span.start,
            "this catalog's `language` is \"en\": its texts are English already",
        )
        .help("remove `en`, or set the header's `language` to the language of the vendor's texts");
        // What the table holds cannot be right or wrong: there is to be no table.
        return None;
    }
    let message = required_string(diag, &table, "message");
    let from = english_source(diag, &table, "from", &context.sources);
    let text = |diag: &mut Diagnostics<'_>, key: &str, from_key: &str| {
        if schema.key(key).is_none() {
            return (None, None);
        }
        let text = optional_string(diag, &table, key);
        let source = table.get(from_key).map(|value| {
            if text.is_none() && table.get(key).is_none() {
                diag.error(
                    value.span(),
                    format!("`{from_key}` without `{key}`: it names the source of `{key}`"),
                );
            }
            source_id(diag, value, &context.sources)
        });
        (text, source)
    };
    let (cause, cause_from) = text(diag, "cause", "cause_from");
    let (solution, solution_from) = text(diag, "solution", "solution_from");
    // An unknown source is reported already; the texts are still fitted to the entry's, so that
    // every problem of the table is reported at once.
    let (message, _) = message?;
    let from = from.unwrap_or_default();
    let sourced = |text: Option<String>, source: Option<Option<String>>| -> Option<Text> {
        let from = match source {
            Some(source) => source.unwrap_or_default(),
            None => from.clone(),
        };
        Some(Text { text: text?, from })
    };
    let english = English {
        message: Text {
            text: message,
            from: from.clone(),
        },
        cause: sourced(cause, cause_from),
        solution: sourced(solution, solution_from),
    };
    Some((english, span))
}

/// English beside an entry's texts has exactly the texts the entry has: a cause's English only
/// beside a cause, and beside every cause one (the same for solutions).
pub(crate) fn check_english_fits(
    diag: &mut Diagnostics<'_>,
    english: &English,
    span: &Range<usize>,
    has_cause: bool,
    has_solution: bool,
) {
    for (what, vendor, english) in [
        ("cause", has_cause, english.cause.is_some()),
        ("solution", has_solution, english.solution.is_some()),
    ] {
        match (vendor, english) {
            (true, false) => {
                diag.error(
                    span.start..span.start,
                    format!("the entry has a `{what}`, and its English (`en`) has none"),
                )
                .help(format!(
                    "add `{what} = \"…\"` to `en`: English is kept for every text of the entry"
                ));
            }
            (false, true) => {
                diag.error(
                    span.start..span.start,
                    format!("`en` has a `{what}`, and the entry has none"),
                )
                .help(format!(
                    "English is kept beside the vendor's texts: remove `{what}` from `en`, or give the entry its `{what}`"
                ));
            }
            _ => {}
        }
    }
}

/// Lowercase ASCII letters, digits and `_`, starting with a letter.
fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn catalog_id(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) -> Option<String> {
    let (id, span) = required_string(diag, doc, "id")?;
    if !is_snake_case(&id) {
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
    let (name, span) = required_string(diag, doc, "enum")?;
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
    let value = doc.require(diag, "code_type")?;
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

fn success_codes(
    diag: &mut Diagnostics<'_>,
    doc: &Table<'_, '_>,
    code_type: Option<CodeType>,
) -> Vec<(Success, Range<usize>)> {
    let mut success = Vec::new();
    for table in doc.tables(diag, "success", &schema::SUCCESS) {
        table.reject_unknown_keys(diag);
        let code = table
            .require(diag, "code")
            .and_then(|value| Some((code_value(diag, "`code`", value, code_type)?, value.span())));
        let message = required_string(diag, &table, "message");
        if let (Some((code, span)), Some((message, _))) = (code, message) {
            success.push((Success { code, message }, span));
        }
    }
    success
}

/// What names an entry (code, variant, symbol, aliases) and where each is in the file: kept even
/// when another field of the entry is wrong, so duplicates are still reported.
#[derive(Default)]
pub(crate) struct Keys {
    pub(crate) code: Option<CodeValue>,
    pub(crate) code_span: Range<usize>,
    pub(crate) variant: Option<String>,
    pub(crate) variant_span: Range<usize>,
    pub(crate) symbol: Option<String>,
    pub(crate) symbol_span: Range<usize>,
    /// Whether the variant name was derived from the symbol.
    pub(crate) variant_from_symbol: bool,
    pub(crate) aliases: Vec<(CodeValue, Range<usize>)>,
}

fn entries(
    diag: &mut Diagnostics<'_>,
    doc: &Table<'_, '_>,
    context: &EntryContext<'_>,
) -> Vec<(Option<Entry>, Keys)> {
    let tables = doc.tables(diag, "entry", &schema::ENTRY);
    let listed = doc
        .get("entry")
        .is_some_and(|value| !matches!(value.get_ref(), DeValue::Array(items) if items.is_empty()));
    if tables.is_empty() && !listed {
        let at = doc
            .get("entry")
            .map_or(doc.span.start..doc.span.start, toml::Spanned::span);
        diag.error(at, "the catalog has no entries")
            .help("add one `[[entry]]` table per error code");
    }
    tables
        .iter()
        .map(|table| entry(diag, table, context))
        .collect()
}

/// How an `[[entry]]` table is read: in a catalog, where it must be complete, or in an overlay,
/// where every field but `code` is optional until it is known whether the entry amends or adds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Catalog,
    Overlay,
}

/// The fields of an `[[entry]]` table other than those that name it (which are in [`Keys`]),
/// each checked on its own: `None` where absent or wrong.
pub(crate) struct Fields {
    pub(crate) message: Option<String>,
    pub(crate) cause: Option<String>,
    pub(crate) solution: Option<String>,
    pub(crate) section: Option<String>,
    pub(crate) kind: Option<ErrorKind>,
    pub(crate) retryable: Option<bool>,
    pub(crate) disposition: Option<Disposition>,
    /// `None` when the table has no `from`.
    pub(crate) from: Option<Vec<String>>,
    pub(crate) wordings: Vec<Wording>,
    pub(crate) counterpart: Option<CodeValue>,
    pub(crate) readings: Vec<Reading>,
    /// `[entry.en]`, with where it is.
    pub(crate) english: Option<(English, Range<usize>)>,
}

/// The table's `code`, checked against the catalog's type.
pub(crate) fn entry_code(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    keys: &mut Keys,
    code_type: Option<CodeType>,
) {
    keys.code = table.require(diag, "code").and_then(|value| {
        keys.code_span = value.span();
        code_value(diag, "`code`", value, code_type)
    });
}

/// Every field of an entry but its code; in [`Mode::Catalog`], a missing required field is a
/// problem and the variant name is derived.
pub(crate) fn fields(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    context: &EntryContext<'_>,
    keys: &mut Keys,
    mode: Mode,
) -> Fields {
    let complete = mode == Mode::Catalog;
    keys.symbol = table.get("symbol").and_then(|value| {
        keys.symbol_span = value.span();
        let symbol = string(diag, "symbol", value)?;
        if symbol.is_empty() {
            diag.error(value.span(), "`symbol` must not be empty");
            return None;
        }
        Some(symbol)
    });
    let message = if complete {
        required_string(diag, table, "message").map(|(text, _)| text)
    } else {
        optional_string(diag, table, "message")
    };
    let cause = optional_string(diag, table, "cause");
    let solution = optional_string(diag, table, "solution");
    let section = optional_string(diag, table, "section");
    let kind = kind(diag, table, complete);
    let retryable = table
        .get("retryable")
        .and_then(|value| boolean(diag, "retryable", value));
    let disposition = disposition(diag, table);
    keys.aliases = aliases(diag, table, context.code_type);
    if complete {
        keys.variant = variant(diag, table, keys);
    }
    let from = if complete {
        Some(from(diag, table, &context.sources))
    } else {
        table
            .get("from")
            .map(|_| from(diag, table, &context.sources))
    };
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
        code_value(diag, "`counterpart`", value, None)
    });
    let readings = readings(diag, table, context);
    let english = english_texts(diag, table, context, &schema::ENGLISH);
    if let (true, Some((english, span))) = (complete, &english) {
        check_english_fits(diag, english, span, cause.is_some(), solution.is_some());
    }
    Fields {
        message,
        cause,
        solution,
        section,
        kind,
        retryable,
        disposition,
        from,
        wordings,
        counterpart,
        readings,
        english,
    }
}

/// A whole entry from its keys and fields: `None` when something it needs is missing or wrong
/// (already reported).
pub(crate) fn build_entry(keys: &Keys, fields: Fields) -> Option<Entry> {
    let kind = fields.kind?;
    let retryable = fields.retryable.unwrap_or(kind.is_retryable());
    Some(Entry {
        code: keys.code.clone()?,
        variant: keys.variant.clone()?,
        symbol: keys.symbol.clone(),
        message: fields.message?,
        cause: fields.cause,
        solution: fields.solution,
        kind,
        retryable,
        retryable_set: fields.retryable.is_some(),
        disposition: fields
            .disposition
            .unwrap_or(Disposition::of(kind, retryable)),
        disposition_set: fields.disposition.is_some(),
        aliases: keys
            .aliases
            .iter()
            .map(|(alias, _)| alias.clone())
            .collect(),
        section: fields.section,
        from: fields.from.unwrap_or_default(),
        wordings: fields.wordings,
        counterpart: fields.counterpart,
        added_by: None,
        amended_by: Vec::new(),
        readings: fields.readings,
        english: fields.english.map(|(english, _)| english),
    })
}

fn entry(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    context: &EntryContext<'_>,
) -> (Option<Entry>, Keys) {
    table.reject_unknown_keys(diag);
    let mut keys = Keys::default();
    entry_code(diag, table, &mut keys, context.code_type);
    let fields = fields(diag, table, context, &mut keys, Mode::Catalog);
    (build_entry(&keys, fields), keys)
}

/// The names of every kind, as catalogs write them.
fn kind_names() -> Vec<&'static str> {
    ErrorKind::ALL.iter().map(|kind| kind.as_str()).collect()
}

fn kind(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>, required: bool) -> Option<ErrorKind> {
    let Some(value) = table.get("kind") else {
        if required {
            diag.error(
                table.span.start..table.span.start,
                format!("missing field `kind` in {}", table.what()),
            )
            .help(format!(
                "add `kind = \"…\"`; the kinds are: {}",
                kind_names().join(", ")
            ));
        }
        return None;
    };
    one_of(diag, value, "kind", ErrorKind::ALL, ErrorKind::as_str)
}

fn disposition(diag: &mut Diagnostics<'_>, table: &Table<'_, '_>) -> Option<Disposition> {
    let value = table.get("disposition")?;
    one_of(
        diag,
        value,
        "disposition",
        Disposition::ALL,
        Disposition::as_str,
    )
}

/// The value of `all` whose name (`name`) is the string `value`; an unknown one is reported
/// with the closest names and the list of them.
fn one_of<T: Copy>(
    diag: &mut Diagnostics<'_>,
    value: Value<'_, '_>,
    key: &str,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Option<T> {
    let text = string(diag, key, value)?;
    let found = all.iter().copied().find(|item| name(*item) == text);
    if found.is_none() {
        let names: Vec<&str> = all.iter().map(|item| name(*item)).collect();
        diag.error(value.span(), format!("unknown {key} {text:?}"))
            .help_opt(did_you_mean(&text, names.iter().copied()))
            .help(format!("the {key}s are: {}", names.join(", ")));
    }
    found
}

fn aliases(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    code_type: Option<CodeType>,
) -> Vec<(CodeValue, Range<usize>)> {
    let Some(value) = table.get("aliases") else {
        return Vec::new();
    };
    let Some(items) = array(diag, "aliases", value, "[\"Other.Spelling\"]") else {
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
pub(crate) fn variant(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    keys: &mut Keys,
) -> Option<String> {
    if let Some(value) = table.get("variant") {
        keys.variant_span = value.span();
        let name = string(diag, "variant", value)?;
        if let Err(why) = ident::check_variant(&name) {
            diag.error(
                value.span(),
                format!("`variant` {name:?} cannot name a variant: it {why}"),
            )
            .help("use an UpperCamelCase name of ASCII letters and digits");
            return None;
        }
        return Some(name);
    }
    let (from, span) = match (&keys.symbol, keys.code.as_ref()?) {
        (Some(symbol), _) => {
            keys.variant_from_symbol = true;
            (symbol.clone(), keys.symbol_span.clone())
        }
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
    if let Err(why) = ident::check_variant(&name) {
        diag.error(
            span,
            if name.is_empty() {
                format!(
                    "cannot derive a variant name from {}: it has no ASCII letter or digit",
                    shorten_quoted(&from)
                )
            } else {
                format!(
                    "cannot derive a variant name from {}: `{}` {why}",
                    shorten_quoted(&from),
                    shorten(&name)
                )
            },
        )
        .help("add `variant = \"SomeName\"` to this entry");
        return None;
    }
    Some(name)
}

/// A name shown in a message: whole up to 80 characters, else its start and its length.
pub(crate) fn shorten(text: &str) -> String {
    match start_of_long(text) {
        Some(start) => format!("{start}… ({} bytes)", text.len()),
        None => text.to_owned(),
    }
}

/// A value shown quoted in a message: whole up to 80 characters, else its start and its length.
pub(crate) fn shorten_quoted(text: &str) -> String {
    match start_of_long(text) {
        Some(start) => format!("{start:?}… ({} bytes)", text.len()),
        None => format!("{text:?}"),
    }
}

/// The first 60 characters of a text longer than 80, `None` for a shorter one.
fn start_of_long(text: &str) -> Option<String> {
    (text.chars().count() > 80).then(|| text.chars().take(60).collect())
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
            let first_entry = first.code.as_ref().map_or_else(
                || "an entry".to_owned(),
                |code| format!("entry {}", shorten(&code.text())),
            );
            diag.error(
                keys.code_span.clone(),
                format!(
                    "entry {} has no `symbol`, but other entries have one",
                    code.text()
                ),
            )
            .note_at(
                &format!(
                    "{first_entry} has symbol {}",
                    shorten_quoted(first.symbol.as_deref().unwrap_or_default())
                ),
                first.symbol_span.start,
            )
            .help("either every entry has a `symbol` or none does");
        }
    }
}

/// Codes, aliases and symbols must each name one entry, and no success code; success codes and
/// variant names must be unique. The error goes on the second occurrence, with a note on the
/// first.
fn check_unique(
    diag: &mut Diagnostics<'_>,
    entries: &[(Option<Entry>, Keys)],
    success: &[(Success, Range<usize>)],
) {
    /// Where a spelling was first seen, as what, and in which entry (`None`: a success code).
    struct Seen<'a> {
        at: usize,
        what: &'a str,
        entry: Option<usize>,
    }
    let mut variants: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    // Every text `FromStr` accepts, with where and as what it was first seen.
    let mut spellings: BTreeMap<String, Seen<'_>> = BTreeMap::new();
    for (ok, span) in success {
        let text = ok.code.text();
        if let Some(first) = spellings.get(&text) {
            diag.error(
                span.clone(),
                format!("duplicate success code {}", shorten_quoted(&text)),
            )
            .note_at("the success code", first.at);
        } else {
            spellings.insert(
                text,
                Seen {
                    at: span.start,
                    what: "success code",
                    entry: None,
                },
            );
        }
    }
    for (index, (_, keys)) in entries.iter().enumerate() {
        let code = keys.code.as_ref().map(CodeValue::text).unwrap_or_default();
        // A duplicate code or symbol is reported below; the variant derived from it collides
        // too, and saying so again would only repeat it.
        let code_repeats = keys.code.is_some() && spellings.contains_key(&code);
        let symbol_repeats = keys
            .variant_from_symbol
            .then_some(keys.symbol.as_ref())
            .flatten()
            .is_some_and(|symbol| spellings.contains_key(symbol));
        if let Some(variant) = keys
            .variant
            .as_ref()
            .filter(|_| !code_repeats && !symbol_repeats)
        {
            if let Some((first_at, first_code)) = variants.get(variant.as_str()) {
                diag.error(
                    keys.variant_span.clone(),
                    format!(
                        "duplicate variant name `{}` (entries {} and {})",
                        shorten(variant),
                        shorten(first_code),
                        shorten(&code)
                    ),
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
            if let Some(first) = spellings.get(&text) {
                let shown = shorten_quoted(&text);
                let message = match first.entry {
                    None => {
                        format!("{what} {shown} is also a success code, which cannot be an error")
                    }
                    Some(entry) if entry == index => {
                        format!(
                            "duplicate {what} {shown}: already the {} of this entry",
                            first.what
                        )
                    }
                    Some(_) => format!(
                        "duplicate {what} {shown}: already the {} of another entry",
                        first.what
                    ),
                };
                diag.error(span, message)
                    .note_at(&format!("the {}", first.what), first.at);
            } else {
                spellings.insert(
                    text,
                    Seen {
                        at: span.start,
                        what,
                        entry: Some(index),
                    },
                );
            }
        }
    }
}
