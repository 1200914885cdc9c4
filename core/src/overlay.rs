//! Overlays: a user's file of `[[entry]]` tables applied to a checked catalog. A table whose
//! `code` is in the catalog amends that entry with the fields it sets; one with a new code, a
//! `message` and a `kind` adds an entry. Every problem is reported in the overlay's file.

use std::collections::BTreeMap;

use toml::de::DeValue;

use crate::check::{self, EntryContext, Fields, Keys, Mode, Sources, shorten, shorten_quoted};
use crate::diag::{Diagnostic, Diagnostics, SourceFile};
use crate::model::{Amendment, Catalog, CodeType, CodeValue, Entry};
use crate::schema;
use crate::suggest::did_you_mean_shown;
use crate::toml_walk::Table;

/// Checks `file` and applies `overlays` to it, in order: the amended catalog, or every problem
/// of the catalog and of each overlay.
///
/// A catalog with problems is not amended, and only its own problems are reported: what an
/// overlay means depends on the catalog's codes.
///
/// # Errors
///
/// Every problem: the catalog's, or those of every overlay, each in its overlay's file order.
pub fn check_with_overlays(
    file: &SourceFile,
    overlays: &[SourceFile],
) -> Result<Catalog, Vec<Diagnostic>> {
    apply_all(check::check(file)?, overlays)
}

/// Applies `overlays` to a checked `catalog`, in order: the amended catalog, or every problem of
/// every overlay.
///
/// # Errors
///
/// Every problem of the overlays, each in its overlay's file order.
pub fn apply_all(
    mut catalog: Catalog,
    overlays: &[SourceFile],
) -> Result<Catalog, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    for overlay in overlays {
        problems.extend(apply(&mut catalog, overlay));
    }
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// Where a spelling `FromStr` accepts is used: which entry (`None`: a success code), as what.
struct Spelling {
    entry: Option<usize>,
    what: &'static str,
}

impl Spelling {
    /// "the alias of entry `X`", "a success code", "the code of this entry".
    fn describe(&self, entries: &[Entry], this: Option<usize>) -> String {
        match self.entry {
            None => "a success code of the catalog, which cannot be an error".to_owned(),
            Some(index) if Some(index) == this => {
                format!("already the {} of this entry", self.what)
            }
            Some(index) => format!(
                "already the {} of entry {}",
                self.what,
                show(&entries[index].code)
            ),
        }
    }
}

/// What the overlay is checked against, kept up to date as it adds entries and aliases.
struct Known {
    /// Entry codes (as text) → entry index.
    codes: BTreeMap<String, usize>,
    /// Every spelling of every entry, and the success codes.
    spellings: BTreeMap<String, Spelling>,
    /// Variant names → the code of their entry, as messages show it.
    variants: BTreeMap<String, String>,
}

impl Known {
    fn of(catalog: &Catalog) -> Self {
        let mut known = Known {
            codes: BTreeMap::new(),
            spellings: BTreeMap::new(),
            variants: BTreeMap::new(),
        };
        for ok in &catalog.success {
            known.spellings.insert(
                ok.code.text(),
                Spelling {
                    entry: None,
                    what: "success code",
                },
            );
        }
        for (index, entry) in catalog.entries.iter().enumerate() {
            known.insert(index, entry);
        }
        known
    }

    fn insert(&mut self, index: usize, entry: &Entry) {
        let code = entry.code.text();
        self.codes.insert(code.clone(), index);
        self.variants
            .insert(entry.variant.clone(), show(&entry.code));
        let mut add = |text: String, what| {
            self.spellings.entry(text).or_insert(Spelling {
                entry: Some(index),
                what,
            });
        };
        add(code, "code");
        if let Some(symbol) = &entry.symbol {
            add(symbol.clone(), "symbol");
        }
        for alias in &entry.aliases {
            add(alias.text(), "alias");
        }
    }
}

/// Applies one overlay to `catalog`; its problems, in file order.
pub fn apply(catalog: &mut Catalog, file: &SourceFile) -> Vec<Diagnostic> {
    let mut diag = Diagnostics::new(file);
    let Some(document) = check::parse(&mut diag) else {
        return diag.finish();
    };
    let doc = Table::new(document.get_ref(), document.span(), &schema::OVERLAY);
    reject_header(&mut diag, &doc);
    let tables = doc.tables(&mut diag, "entry", &schema::ENTRY);
    if tables.is_empty() {
        let at = doc
            .get("entry")
            .map_or(doc.span.start..doc.span.start, toml::Spanned::span);
        diag.error(at, "the overlay has no entries")
            .help("add one `[[entry]]` table per code to amend or add");
    }
    let mut known = Known::of(catalog);
    let provenance = core::mem::take(&mut catalog.provenance);
    let carriers = core::mem::take(&mut catalog.carriers);
    let context = EntryContext {
        code_type: Some(catalog.code_type),
        sources: Sources::of(&provenance),
        has_counterpart: catalog.counterpart.is_some(),
        carriers: carriers.iter().map(|carrier| carrier.id.as_str()).collect(),
        english_allowed: catalog.language != error_catalog_runtime::Lang::En,
    };
    // Codes of this overlay → where they are in it.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for table in &tables {
        overlay_entry(&mut diag, table, &context, catalog, &mut known, &mut seen);
    }
    drop(context);
    catalog.provenance = provenance;
    catalog.carriers = carriers;
    if !catalog.overlays.contains(&file.display_path) {
        catalog.overlays.push(file.display_path.clone());
    }
    diag.finish()
}

/// Top-level keys other than `entry`: a catalog header is named as such.
fn reject_header(diag: &mut Diagnostics<'_>, doc: &Table<'_, '_>) {
    for (key, span) in doc.keys() {
        if key == "entry" {
            continue;
        }
        if schema::HEADER.key(key).is_some() {
            diag.error(
                span,
                format!("`{key}` is a catalog header field; an overlay has no header"),
            )
            .help(
                "an overlay holds only `[[entry]]` tables, applied to the catalog it is given with",
            );
        } else {
            diag.error(span, format!("unknown field `{key}` in an overlay"))
                .help("an overlay holds only `[[entry]]` tables");
        }
    }
}

fn overlay_entry(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    context: &EntryContext<'_>,
    catalog: &mut Catalog,
    known: &mut Known,
    seen: &mut BTreeMap<String, usize>,
) {
    let problems_before = diag.count();
    table.reject_unknown_keys(diag);
    let mut keys = Keys::default();
    if !code_named_by_spelling(diag, table, catalog, known) {
        check::entry_code(diag, table, &mut keys, context.code_type);
    }
    let fields = check::fields(diag, table, context, &mut keys, Mode::Overlay);
    let Some(code) = keys.code.clone() else {
        return;
    };
    let text = code.text();
    if let Some(first) = seen.get(&text) {
        diag.error(
            keys.code_span.clone(),
            format!("{} is already in this overlay", show(&code)),
        )
        .note_at("first", *first)
        .help("set every field of an entry in one `[[entry]]` table");
        return;
    }
    seen.insert(text.clone(), keys.code_span.start);
    if let Some(&index) = known.codes.get(&text) {
        amend(diag, table, &keys, fields, catalog, known, index);
        return;
    }
    if let Some(spelling) = known.spellings.get(&text) {
        let described = spelling.describe(&catalog.entries, None);
        let report = diag.error(
            keys.code_span.clone(),
            format!("{} is {described}", show(&code)),
        );
        if let Some(index) = spelling.entry {
            report.help(format!(
                "an overlay names an entry by its code: `code = {}`",
                code_toml(&catalog.entries[index].code)
            ));
        }
        return;
    }
    if table.get("message").is_none() || table.get("kind").is_none() {
        // Integer codes are suggested unquoted, as the catalog writes them.
        let codes: Vec<String> = catalog.entries.iter().map(|e| e.code.text()).collect();
        let integers = matches!(code, CodeValue::Int(_));
        let suggestion = did_you_mean_shown(&text, codes.iter().map(String::as_str), |code| {
            if integers {
                code.to_owned()
            } else {
                format!("{code:?}")
            }
        });
        diag.error(
            keys.code_span.clone(),
            format!(
                "catalog `{}` has no entry {} to amend",
                catalog.id,
                show(&code)
            ),
        )
        .help_opt(suggestion)
        .help("an entry that adds a new code needs a `message` and a `kind`");
        return;
    }
    add(diag, table, keys, fields, catalog, known, problems_before);
}

/// A string `code` in an integer catalog that is an entry's symbol or alias: reported with the
/// entry's code to write instead. Whether it was.
fn code_named_by_spelling(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    catalog: &Catalog,
    known: &Known,
) -> bool {
    let Some(value) = table.get("code") else {
        return false;
    };
    let DeValue::String(text) = value.get_ref() else {
        return false;
    };
    if catalog.code_type != CodeType::Integer {
        return false;
    }
    let Some(index) = known
        .spellings
        .get(&**text)
        .and_then(|spelling| spelling.entry)
    else {
        return false;
    };
    let entry = &catalog.entries[index];
    let what = known.spellings[&**text].what;
    let report = if what == "code" {
        diag.error(
            value.span(),
            "`code` must be an integer: this catalog's `code_type` is \"integer\"",
        )
    } else {
        diag.error(
            value.span(),
            format!(
                "`code` must be an integer: {} is the {what} of entry {}",
                shorten_quoted(text),
                show(&entry.code)
            ),
        )
    };
    report.help(format!(
        "an overlay names an entry by its code: `code = {}`",
        code_toml(&entry.code)
    ));
    true
}

/// A code as messages show it: a string quoted (and shortened), an integer as it is.
fn show(code: &CodeValue) -> String {
    match code {
        CodeValue::Str(text) => shorten_quoted(text),
        CodeValue::Int(number) => number.to_string(),
    }
}

/// A code as TOML writes it.
fn code_toml(code: &CodeValue) -> String {
    match code {
        CodeValue::Str(text) => format!("{text:?}"),
        CodeValue::Int(number) => number.to_string(),
    }
}

/// Aliases the table adds, each checked against every spelling already used.
fn new_aliases(
    diag: &mut Diagnostics<'_>,
    keys: &Keys,
    known: &mut Known,
    entries: &[Entry],
    index: usize,
) -> Vec<CodeValue> {
    let mut added = Vec::new();
    for (alias, span) in &keys.aliases {
        let text = alias.text();
        if let Some(spelling) = known.spellings.get(&text) {
            let described = spelling.describe(entries, Some(index));
            diag.error(
                span.clone(),
                format!("duplicate alias {}: {described}", show(alias)),
            );
            continue;
        }
        known.spellings.insert(
            text,
            Spelling {
                entry: Some(index),
                what: "alias",
            },
        );
        added.push(alias.clone());
    }
    added
}

fn amend(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    keys: &Keys,
    fields: Fields,
    catalog: &mut Catalog,
    known: &mut Known,
    index: usize,
) {
    for (key, why) in [
        (
            "variant",
            "the variant's name is the catalog's, and code matches on it",
        ),
        ("symbol", "it is the vendor's name for the code"),
    ] {
        if let Some(value) = table.get(key) {
            diag.error(
                value.span(),
                format!("`{key}` cannot be amended: {why}"),
            )
            .help(format!(
                "remove `{key}`: an overlay changes what an entry says and decides, not its name"
            ));
        }
    }
    let aliases = new_aliases(diag, keys, known, &catalog.entries, index);
    let entry = &mut catalog.entries[index];
    let mut set = Vec::new();
    if let Some(message) = fields.message {
        entry.message = message;
        set.push("message");
    }
    replace("cause", fields.cause, &mut entry.cause, &mut set);
    replace("solution", fields.solution, &mut entry.solution, &mut set);
    if let Some(kind) = fields.kind {
        entry.kind = kind;
        set.push("kind");
    }
    if let Some(retryable) = fields.retryable {
        entry.retryable = retryable;
        entry.retryable_set = true;
        set.push("retryable");
    }
    if let Some(disposition) = fields.disposition {
        entry.disposition = disposition;
        entry.disposition_set = true;
        set.push("disposition");
    }
    if !aliases.is_empty() {
        entry.aliases.extend(aliases);
        set.push("aliases");
    }
    replace("section", fields.section, &mut entry.section, &mut set);
    if let Some(from) = fields.from.filter(|from| !from.is_empty()) {
        entry.from = from;
        set.push("from");
    }
    if !fields.wordings.is_empty() {
        entry.wordings.extend(fields.wordings);
        set.push("wording");
    }
    if fields.counterpart.is_some() {
        entry.counterpart = fields.counterpart;
        set.push("counterpart");
    }
    if !fields.readings.is_empty() {
        // A reading is whole: it replaces the entry's reading for its carrier, or adds one.
        for reading in fields.readings {
            match entry
                .readings
                .iter_mut()
                .find(|old| old.carrier == reading.carrier)
            {
                Some(old) => *old = reading,
                None => entry.readings.push(reading),
            }
        }
        set.push("carrier");
    }
    if let Some((english, at)) = fields.english {
        check::check_english_fits(
            diag,
            &english,
            &at,
            entry.cause.is_some(),
            entry.solution.is_some(),
        );
        entry.english = Some(english);
        set.push("en");
    } else if ["message", "cause", "solution"]
        .iter()
        .any(|text| set.contains(text))
    {
        // The catalog's English translated the texts this overlay replaces: without an `en` of
        // its own the entry has none, and `message_in(Lang::En)` gives the overlay's text.
        entry.english = None;
    }
    entry.rederive();
    if table.keys().all(|(key, _)| key == "code") {
        diag.error(
            keys.code_span.clone(),
            format!(
                "this `[[entry]]` amends {} but sets nothing",
                show(&entry.code)
            ),
        )
        .help("set the fields to change: `kind`, `retryable`, `disposition`, `message`, `solution`, …");
    }
    if !set.is_empty() {
        entry.amended_by.push(Amendment {
            overlay: diag_path(diag),
            fields: set,
        });
    }
}

/// An optional text the overlay sets, noted in `set`.
fn replace(
    name: &'static str,
    value: Option<String>,
    field: &mut Option<String>,
    set: &mut Vec<&'static str>,
) {
    if value.is_some() {
        *field = value;
        set.push(name);
    }
}

/// The overlay's path as written, for the entries it changes.
fn diag_path(diag: &Diagnostics<'_>) -> String {
    diag.file().display_path.clone()
}

fn add(
    diag: &mut Diagnostics<'_>,
    table: &Table<'_, '_>,
    mut keys: Keys,
    fields: Fields,
    catalog: &mut Catalog,
    known: &mut Known,
    problems_before: usize,
) {
    keys.variant = check::variant(diag, table, &mut keys);
    match (&keys.symbol, catalog.has_symbols) {
        (None, true) => {
            diag.error(
                keys.code_span.clone(),
                format!(
                    "the entries of catalog `{}` have a `symbol`; an added entry needs one too",
                    catalog.id
                ),
            )
            .help("add `symbol = \"VENDOR_ERR_NAME\"`");
        }
        (Some(_), false) => {
            diag.error(
                keys.symbol_span.clone(),
                format!("the entries of catalog `{}` have no `symbol`", catalog.id),
            )
            .help("remove `symbol`, or name the variant with `variant = \"…\"`");
        }
        _ => {}
    }
    let mut symbol_repeats = false;
    if let Some(symbol) = &keys.symbol
        && let Some(spelling) = known.spellings.get(symbol)
    {
        let described = spelling.describe(&catalog.entries, None);
        diag.error(
            keys.symbol_span.clone(),
            format!("duplicate symbol {}: {described}", shorten_quoted(symbol)),
        );
        symbol_repeats = true;
    }
    // A variant derived from a repeated symbol repeats too; saying so again would only repeat it.
    if let Some(variant) = &keys.variant
        && !(symbol_repeats && keys.variant_from_symbol)
        && let Some(code) = known.variants.get(variant)
    {
        diag.error(
            keys.variant_span.clone(),
            format!(
                "duplicate variant name `{}`: already the name of entry {code}",
                shorten(variant),
            ),
        )
        .help("set a distinct `variant` on this entry");
    }
    let index = catalog.entries.len();
    let aliases = new_aliases(diag, &keys, known, &catalog.entries, index);
    if diag.count() > problems_before {
        return;
    }
    keys.aliases.retain(|(alias, _)| aliases.contains(alias));
    if let Some((english, span)) = &fields.english {
        check::check_english_fits(
            diag,
            english,
            span,
            fields.cause.is_some(),
            fields.solution.is_some(),
        );
    }
    let Some(mut entry) = check::build_entry(&keys, fields) else {
        return;
    };
    entry.added_by = Some(diag_path(diag));
    known.insert(index, &entry);
    catalog.entries.push(entry);
}
