//! `error-catalog explain <code>…`: what a code from a log or a response body is, in every
//! catalog that has it, and what a sender does about it.

use crate::load;
use error_catalog_core::model::{Catalog, CodeType, CodeValue, Entry, Success, Text};
use error_catalog_core::suggest;
use error_catalog_runtime::Lang;
use serde_json::{Value, json};
use std::fmt::Write as _;

/// How a query names what it found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Spelling {
    /// The entry's wire code.
    Code,
    /// One of its aliases.
    Alias,
    /// Its vendor symbol (`AV_ERR_TIMEOUT`).
    Symbol,
    /// The generated variant's name, or `Enum::Variant`.
    Variant,
}

impl Spelling {
    fn name(self) -> &'static str {
        match self {
            Spelling::Code => "code",
            Spelling::Alias => "alias",
            Spelling::Symbol => "symbol",
            Spelling::Variant => "variant",
        }
    }
}

/// One catalog's answer to a query.
enum Found<'c> {
    Entry(&'c Entry, Spelling),
    Success(&'c Success),
}

struct Hit<'c> {
    catalog: &'c Catalog,
    found: Found<'c>,
    /// The text of the query that named it (a token of a log line, or the whole query).
    spelled: String,
}

/// The query as a code: without the spaces, quotes and separators a copy from a log keeps.
fn trimmed(query: &str) -> &str {
    query
        .trim()
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '`' | ',' | ';'))
        .trim()
}

/// What `text` names in `catalog`, exactly as `FromStr` or `is_success_code` would read it, or
/// by its variant's name when `variants` is set.
fn find_in<'c>(catalog: &'c Catalog, text: &str, variants: bool) -> Option<Found<'c>> {
    let as_code = |code: &CodeValue| match (code, catalog.code_type) {
        (CodeValue::Int(value), CodeType::Integer) => text.parse::<i64>().ok() == Some(*value),
        (code, _) => code.text() == text,
    };
    if let Some(success) = catalog.success.iter().find(|s| as_code(&s.code)) {
        return Some(Found::Success(success));
    }
    let variant = text
        .strip_prefix(catalog.enum_name.as_str())
        .and_then(|rest| rest.strip_prefix("::"))
        .unwrap_or(text);
    catalog.entries.iter().find_map(|entry| {
        if as_code(&entry.code) {
            Some(Found::Entry(entry, Spelling::Code))
        } else if entry.aliases.iter().any(|alias| alias.text() == text) {
            Some(Found::Entry(entry, Spelling::Alias))
        } else if entry.symbol.as_deref() == Some(text) {
            Some(Found::Entry(entry, Spelling::Symbol))
        } else if variants && entry.variant == variant {
            Some(Found::Entry(entry, Spelling::Variant))
        } else {
            None
        }
    })
}

fn find_all<'c>(catalogs: &'c [Catalog], text: &str, variants: bool) -> Vec<Hit<'c>> {
    catalogs
        .iter()
        .filter_map(|catalog| {
            find_in(catalog, text, variants).map(|found| Hit {
                catalog,
                found,
                spelled: text.to_owned(),
            })
        })
        .collect()
}

/// A word of a pasted text, and whether it is a key (`"Code":`, `err=`).
struct Word<'t> {
    text: &'t str,
    key: bool,
}

/// The words of a log line or a response body: split at spaces, quotes, brackets and the
/// separators of keys and values; a word right before `:` or `=` is a key.
fn words(line: &str) -> Vec<Word<'_>> {
    let separator = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '`' | '=' | ',' | ';' | '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>'
            )
    };
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find(|c: char| !separator(c)) {
        rest = &rest[start..];
        let end = rest.find(separator).unwrap_or(rest.len());
        let (word, after) = rest.split_at(end);
        let after_quotes = after.trim_start_matches(['"', '\'', '`', ' ']);
        // `code:` in `code: 1005`, `"Code"` before `:` in a JSON body, `<Code>` in XML.
        let key = word.ends_with(':')
            || after_quotes.starts_with([':', '='])
            || (after.starts_with('>') && line[..line.len() - rest.len()].ends_with('<'));
        let text = word.trim_matches(|c: char| matches!(c, ':' | '.' | '|'));
        if !text.is_empty() {
            out.push(Word { text, key });
        }
        rest = after;
    }
    out
}

/// The codes a pasted log line or response body holds: its words that some catalog knows as a
/// code, alias or symbol. Keys are not codes; a number or a log level (`1005`, `ERROR`) counts
/// only after a key that names a code (`"code": 1005`, `err=1005`, not `http_status_code`), so
/// that the timestamps, counts, HTTP statuses and levels of a log line are not read as codes.
fn codes_in<'c>(catalogs: &'c [Catalog], line: &str) -> Vec<Hit<'c>> {
    let words = words(line);
    let mut hits: Vec<Hit<'c>> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if word.key {
            continue;
        }
        let after_code_key = index > 0 && words[index - 1].key && {
            // Not an HTTP status (`http_status_code`, `statusCode`): the vendor's code is
            // beside it.
            let key = words[index - 1].text.to_ascii_lowercase();
            let http = key.contains("http") || key.replace('_', "") == "statuscode";
            !http
                && (key.ends_with("code")
                    || [
                        "err", "error", "errno", "ret", "status", "stat", "result", "reason",
                    ]
                    .contains(&key.as_str()))
        };
        let needs_key = |candidate: &str| {
            let numeric = candidate
                .trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit());
            let level = [
                "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL", "error", "warn",
                "info", "debug",
            ]
            .contains(&candidate);
            numeric || level
        };
        // `err:MK:0001`: a key and a code in one word; the code is after the key's `:`.
        let mut candidate = word.text;
        loop {
            if (needs_key(candidate) && !after_code_key)
                || hits.iter().any(|hit| hit.spelled == candidate)
            {
                break;
            }
            let found = find_all(catalogs, candidate, false);
            if !found.is_empty() {
                hits.extend(found);
                break;
            }
            match candidate.split_once(':') {
                Some((_, rest)) if !rest.is_empty() => candidate = rest,
                _ => break,
            }
        }
    }
    hits
}

/// The query as the answer names it: quoted, and cut after 80 characters.
fn shown_query(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((at, _)) => format!("{:?}…", &text[..at]),
        None => format!("{text:?}"),
    }
}

/// Codes close to `text` in every catalog, as (code, catalog); none for an empty query.
fn suggestions(catalogs: &[Catalog], text: &str) -> Vec<(String, String)> {
    if text.is_empty() {
        return Vec::new();
    }
    let mut candidates: Vec<(String, &str)> = Vec::new();
    for catalog in catalogs {
        for entry in &catalog.entries {
            for spelling in entry.spellings() {
                candidates.push((spelling, catalog.id.as_str()));
            }
        }
    }
    let close = suggest::closest(
        text,
        candidates.iter().map(|(spelling, _)| spelling.as_str()),
    );
    let mut out: Vec<(String, String)> = Vec::new();
    for spelling in close {
        for (candidate, catalog) in &candidates {
            let pair = (candidate.clone(), (*catalog).to_owned());
            if candidate == spelling && !out.contains(&pair) {
                out.push(pair);
            }
        }
    }
    out
}

/// What the catalogs say about one query.
pub struct Answer<'c> {
    query: String,
    /// The query as a code: trimmed of what a copy from a log keeps around it.
    text: String,
    hits: Vec<Hit<'c>>,
    /// Whether the hits are codes found in the query's words (a log line, a body).
    from_line: bool,
    /// When nothing is found: close codes, as (code, catalog).
    close: Vec<(String, String)>,
}

impl Answer<'_> {
    /// Whether some catalog knows the query (or a code in it).
    pub fn found(&self) -> bool {
        !self.hits.is_empty()
    }
}

/// The answer of `catalogs` to `query`: the code (symbol, alias, variant) it is, else the codes
/// its words are, else the codes close to it.
pub fn answer<'c>(catalogs: &'c [Catalog], query: &str) -> Answer<'c> {
    let text = trimmed(query);
    let mut hits = find_all(catalogs, text, true);
    let from_line = hits.is_empty();
    if from_line {
        hits = codes_in(catalogs, query);
    }
    let close = if hits.is_empty() {
        suggestions(catalogs, text)
    } else {
        Vec::new()
    };
    Answer {
        query: query.to_owned(),
        text: text.to_owned(),
        hits,
        from_line,
        close,
    }
}

/// The answers as JSON: one object per query (`query`, `found`, `did_you_mean`).
pub fn json(answers: &[Answer<'_>]) -> String {
    let reports: Vec<Value> = answers
        .iter()
        .map(|answer| {
            json!({
                "query": answer.query,
                "found": answer.hits.iter().map(hit_json).collect::<Vec<_>>(),
                "did_you_mean": answer
                    .close
                    .iter()
                    .map(|(code, catalog)| json!({ "code": code, "catalog": catalog }))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&Value::Array(reports)).unwrap_or_default();
    out.push('\n');
    out
}

/// The answers for a reader, one block per catalog an answer is in, a blank line between.
pub fn text(answers: &[Answer<'_>]) -> String {
    let mut out = String::new();
    for answer in answers {
        if !out.is_empty() {
            out.push('\n');
        }
        if answer.hits.is_empty() {
            let _ = writeln!(
                out,
                "{}: no built-in or given catalog has this code",
                shown_query(&answer.text)
            );
            // One suggestion per code, with every catalog that has it.
            let mut grouped: Vec<(&str, Vec<&str>)> = Vec::new();
            for (code, catalog) in &answer.close {
                match grouped.iter_mut().find(|(c, _)| c == code) {
                    Some((_, catalogs)) => catalogs.push(catalog),
                    None => grouped.push((code, vec![catalog])),
                }
            }
            let shown: Vec<String> = grouped
                .iter()
                .map(|(code, catalogs)| format!("{code:?} ({})", catalogs.join(", ")))
                .collect();
            match shown.as_slice() {
                [] => {}
                [one] => {
                    let _ = writeln!(out, "  = help: did you mean {one}?");
                }
                several => {
                    let _ = writeln!(out, "  = help: did you mean one of {}?", several.join(", "));
                }
            }
            continue;
        }
        if answer.from_line {
            let mut codes: Vec<&str> = answer.hits.iter().map(|hit| hit.spelled.as_str()).collect();
            codes.dedup();
            let _ = writeln!(out, "found in the text: {}\n", codes.join(", "));
        }
        for (index, hit) in answer.hits.iter().enumerate() {
            if index > 0 {
                out.push('\n');
            }
            write_hit(&mut out, hit);
        }
    }
    out
}

/// Runs `explain`: prints the answer for each query; `Ok(false)` when one is found nowhere.
pub fn run(
    queries: &[String],
    files: &[String],
    overlays: &[String],
    only: &[String],
    as_json: bool,
) -> Result<bool, String> {
    let mut catalogs = load::all(files, overlays)?;
    if !only.is_empty() {
        for id in only {
            if !catalogs.iter().any(|catalog| &catalog.id == id) {
                return Err(load::no_catalog(&format!("`--in {id}`"), id, &catalogs));
            }
        }
        catalogs.retain(|catalog| only.contains(&catalog.id));
    }
    let answers: Vec<Answer<'_>> = queries
        .iter()
        .map(|query| answer(&catalogs, query))
        .collect();
    print!(
        "{}",
        if as_json {
            json(&answers)
        } else {
            text(&answers)
        }
    );
    Ok(answers.iter().all(Answer::found))
}

/// The code as the catalog writes it, with the symbol of an integer code.
fn code_label(entry: &Entry) -> String {
    match &entry.symbol {
        Some(symbol) => format!("{} ({symbol})", entry.code.text()),
        None => entry.code.text(),
    }
}

/// `(the vendor's, doc_en)` or `(translation, translation)`: where an English text comes from.
fn english_source(catalog: &Catalog, text: &Text) -> String {
    let translation = catalog
        .provenance
        .iter()
        .any(|source| source.id == text.from && source.translation);
    match (translation, text.from.is_empty()) {
        (true, _) if text.from == "translation" => "our translation".to_owned(),
        (true, _) => format!("our translation, {}", text.from),
        (false, true) => "the vendor's".to_owned(),
        (false, false) => format!("the vendor's, {}", text.from),
    }
}

/// One line per language: the vendor's text, then the English beside it.
fn write_texts(
    out: &mut String,
    label: &str,
    catalog: &Catalog,
    vendor: &str,
    english: Option<&Text>,
) {
    let language = catalog.language.tag();
    let _ = writeln!(
        out,
        "  {label:<12} [{language}] {}",
        indented(vendor, TEXT_COLUMN)
    );
    if let Some(english) = english {
        let _ = writeln!(
            out,
            "  {:<12} [{}] {}  ({})",
            "",
            Lang::En.tag(),
            indented(&english.text, TEXT_COLUMN),
            english_source(catalog, english)
        );
    }
}

/// Where a text starts on its line: after `  <label:12> [zh] `.
const TEXT_COLUMN: usize = 20;

/// `text` with its further lines (a receipt's one line per carrier) starting at `column`, under
/// its first.
fn indented(text: &str, column: usize) -> String {
    text.replace('\n', &format!("\n{}", " ".repeat(column)))
}

/// One line of an answer: `  <label, 12 wide> <value>`.
fn field(out: &mut String, label: &str, value: impl std::fmt::Display) {
    let _ = writeln!(out, "  {label:<12} {value}");
}

fn write_hit(out: &mut String, hit: &Hit<'_>) {
    let catalog = hit.catalog;
    let entry = match hit.found {
        Found::Success(success) => {
            let _ = writeln!(
                out,
                "{} in {} ({}, {}): a success code, not an error\n  {:<12} {}",
                success.code.text(),
                catalog.id,
                catalog.vendor,
                catalog.product,
                "message",
                indented(&success.message, 15)
            );
            return;
        }
        Found::Entry(entry, _) => entry,
    };
    let _ = writeln!(
        out,
        "{} in {} ({}, {})",
        code_label(entry),
        catalog.id,
        catalog.vendor,
        catalog.product
    );
    if let Found::Entry(_, spelling) = hit.found
        && spelling != Spelling::Code
    {
        field(
            out,
            "found as",
            format_args!("{:?} is its {}", hit.spelled, spelling.name()),
        );
    }
    field(
        out,
        "variant",
        format_args!("{}::{}", catalog.enum_name, entry.variant),
    );
    let english = entry.english.as_ref();
    write_texts(
        out,
        "message",
        catalog,
        &entry.message,
        english.map(|en| &en.message),
    );
    if let Some(cause) = &entry.cause {
        write_texts(
            out,
            "cause",
            catalog,
            cause,
            english.and_then(|en| en.cause.as_ref()),
        );
    }
    if let Some(solution) = &entry.solution {
        write_texts(
            out,
            "solution",
            catalog,
            solution,
            english.and_then(|en| en.solution.as_ref()),
        );
    }
    let retry = if entry.retryable {
        "retryable"
    } else {
        "not retryable"
    };
    field(out, "kind", format_args!("{} ({retry})", entry.kind));
    let action = entry.disposition.action();
    field(
        out,
        "disposition",
        format_args!("{}: {action}", entry.disposition),
    );
    for reading in &entry.readings {
        let carrier = catalog.carrier_name(&reading.carrier);
        let message = indented(&reading.message, 17);
        let decision = format_args!("{}, {}", reading.kind, reading.disposition);
        field(
            out,
            "carrier",
            format_args!("{} ({carrier}): {message} — {decision}", reading.carrier),
        );
        if let Some(english) = &reading.english {
            let text = indented(&english.text, 22);
            let source = english_source(catalog, english);
            field(out, "", format_args!("  [en] {text}  ({source})"));
        }
    }
    if let Some(section) = &entry.section {
        field(out, "section", section);
    }
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(CodeValue::text).collect();
        field(out, "aliases", aliases.join(", "));
    }
    for wording in &entry.wordings {
        let message = indented(&wording.message, 17);
        field(
            out,
            "also worded",
            format_args!("{}: {message}", wording.from),
        );
    }
    if let (Some(counterpart), Some(other)) = (&entry.counterpart, &catalog.counterpart) {
        field(
            out,
            "counterpart",
            format_args!("{} in {other}", counterpart.text()),
        );
    }
    for source in sources(catalog, entry) {
        field(out, "source", source);
    }
    if let Some(overlay) = &entry.added_by {
        field(out, "overlay", format_args!("added by {overlay}"));
    }
    for amendment in &entry.amended_by {
        let fields = amendment.fields.join(", ");
        field(
            out,
            "overlay",
            format_args!("{} amends {fields}", amendment.overlay),
        );
    }
}

/// The entry's sources, then those of its English that are not among them: `id: title <url>`.
fn sources(catalog: &Catalog, entry: &Entry) -> Vec<String> {
    let mut ids: Vec<&str> = entry.from.iter().map(String::as_str).collect();
    if let Some(english) = &entry.english {
        for text in [
            Some(&english.message),
            english.cause.as_ref(),
            english.solution.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            if !text.from.is_empty() && !ids.contains(&text.from.as_str()) {
                ids.push(&text.from);
            }
        }
    }
    ids.iter()
        .map(|id| match catalog.provenance.iter().find(|p| p.id == *id) {
            Some(source) => {
                let version = source
                    .version
                    .as_deref()
                    .map(|version| format!(" at {version}"))
                    .unwrap_or_default();
                format!("{id}: {} <{}>{version}", source.title, source.url)
            }
            None => (*id).to_owned(),
        })
        .chain(
            catalog
                .provenance
                .is_empty()
                .then(|| catalog.source.clone()),
        )
        .collect()
}

fn text_json(text: Option<&Text>, catalog: &Catalog) -> Value {
    text.map_or(Value::Null, |text| {
        json!({
            "text": text.text,
            "from": text.from,
            "translation": catalog.provenance.iter().any(|p| p.id == text.from && p.translation),
        })
    })
}

fn code_json(code: &CodeValue) -> Value {
    match code {
        CodeValue::Str(code) => json!(code),
        CodeValue::Int(code) => json!(code),
    }
}

fn hit_json(hit: &Hit<'_>) -> Value {
    let catalog = hit.catalog;
    let mut value = json!({
        "catalog": catalog.id,
        "enum": catalog.enum_name,
        "vendor": catalog.vendor,
        "product": catalog.product,
        "language": catalog.language.tag(),
        "spelled": hit.spelled,
    });
    let fields = match hit.found {
        Found::Success(success) => json!({
            "success": true,
            "code": code_json(&success.code),
            "message": success.message,
        }),
        Found::Entry(entry, spelling) => {
            let english = entry.english.as_ref();
            json!({
                "success": false,
                "found_as": spelling.name(),
                "code": code_json(&entry.code),
                "symbol": entry.symbol,
                "variant": entry.variant,
                "message": entry.message,
                "cause": entry.cause,
                "solution": entry.solution,
                "english": english.map(|en| json!({
                    "message": text_json(Some(&en.message), catalog),
                    "cause": text_json(en.cause.as_ref(), catalog),
                    "solution": text_json(en.solution.as_ref(), catalog),
                })),
                "kind": entry.kind.as_str(),
                "retryable": entry.retryable,
                "disposition": entry.disposition.as_str(),
                "action": entry.disposition.action(),
                "section": entry.section,
                "aliases": entry.aliases.iter().map(code_json).collect::<Vec<_>>(),
                "readings": entry.readings.iter().map(|reading| json!({
                    "carrier": reading.carrier,
                    "message": reading.message,
                    "english": text_json(reading.english.as_ref(), catalog),
                    "kind": reading.kind.as_str(),
                    "retryable": reading.retryable,
                    "disposition": reading.disposition.as_str(),
                    "action": reading.disposition.action(),
                })).collect::<Vec<_>>(),
                "sources": sources(catalog, entry),
                "added_by": entry.added_by,
                "amended_by": entry.amended_by.iter().map(|a| json!({
                    "overlay": a.overlay,
                    "fields": a.fields,
                })).collect::<Vec<_>>(),
            })
        }
    };
    if let (Value::Object(value), Value::Object(fields)) = (&mut value, fields) {
        value.extend(fields);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::words;

    fn split(line: &str) -> Vec<(&str, bool)> {
        words(line).iter().map(|w| (w.text, w.key)).collect()
    }

    #[test]
    fn words_and_keys_of_a_log_line_and_a_body() {
        assert_eq!(
            split(r#"{"Code":"isv.X","n":3}"#),
            [("Code", true), ("isv.X", false), ("n", true), ("3", false)]
        );
        assert_eq!(
            split("code=1005 err: MK:0001 at 10:00:01."),
            [
                ("code", true),
                ("1005", false),
                ("err", true),
                ("MK:0001", false),
                ("at", false),
                ("10:00:01", false)
            ]
        );
        assert_eq!(
            split("<Code>21211</Code>"),
            [("Code", true), ("21211", false), ("/Code", true)]
        );
        // Any text: words are slices of it, at character boundaries.
        assert_eq!(
            split("中国移动：停机 🙂 ：「x」"),
            [("中国移动：停机", false), ("🙂", false), ("：「x」", false)]
        );
        assert!(split("").is_empty());
        assert!(split(" \"'`=,;()[]{}<> ").is_empty());
    }
}
