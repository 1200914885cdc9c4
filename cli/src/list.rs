//! `error-catalog list [<catalog>]`: the catalogs with their counts, or one catalog's entries, as
//! an aligned table, TSV or JSON.

use crate::load;
use error_catalog_core::model::{Catalog, CodeValue};
use serde_json::{Value, json};

/// How `list` prints.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Columns aligned for a terminal.
    Text,
    /// Tab-separated, with a header line; tabs and line breaks in texts become spaces.
    Tsv,
    /// A JSON array of objects.
    Json,
}

/// A cell as text: a string as it is, another value as JSON writes it.
fn cell_text(cell: &Value) -> String {
    match cell {
        Value::String(text) => text.replace(['\t', '\n', '\r'], " "),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Rows of cells under a header, printed in `format`.
fn table(header: &[&str], rows: &[Vec<Value>], format: Format) -> String {
    let mut out = String::new();
    match format {
        Format::Json => {
            let objects: Vec<Value> = rows
                .iter()
                .map(|row| {
                    Value::Object(
                        header
                            .iter()
                            .zip(row)
                            .map(|(key, cell)| ((*key).to_owned(), cell.clone()))
                            .collect(),
                    )
                })
                .collect();
            out = serde_json::to_string_pretty(&objects).unwrap_or_default();
            out.push('\n');
        }
        Format::Tsv => {
            out.push_str(&header.join("\t"));
            out.push('\n');
            for row in rows {
                let cells: Vec<String> = row.iter().map(cell_text).collect();
                out.push_str(&cells.join("\t"));
                out.push('\n');
            }
        }
        Format::Text => {
            // Every column but the last is padded to its widest cell, as a terminal shows it
            // (a Chinese character takes two columns); texts stay on one line.
            let cells: Vec<Vec<String>> =
                core::iter::once(header.iter().map(|h| (*h).to_owned()).collect())
                    .chain(rows.iter().map(|row| row.iter().map(cell_text).collect()))
                    .collect();
            let mut widths = vec![0; header.len()];
            for row in &cells {
                for (width, cell) in widths.iter_mut().zip(row) {
                    *width = (*width).max(width_of(cell));
                }
            }
            for row in &cells {
                let mut line = String::new();
                for (index, cell) in row.iter().enumerate() {
                    line.push_str(cell);
                    if index + 1 < row.len() {
                        line.push_str(&" ".repeat(widths[index] - width_of(cell) + 2));
                    }
                }
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    out
}

fn width_of(text: &str) -> usize {
    error_catalog_core::diag::width(text)
}

fn catalogs_table(catalogs: &[Catalog], format: Format) -> String {
    let rows: Vec<Vec<Value>> = catalogs
        .iter()
        .map(|catalog| {
            let readings: usize = catalog.entries.iter().map(|e| e.readings.len()).sum();
            let english = catalog
                .entries
                .iter()
                .filter(|e| e.english.is_some())
                .count();
            vec![
                json!(catalog.id),
                json!(catalog.enum_name),
                json!(catalog.language.tag()),
                json!(catalog.code_type.name()),
                json!(catalog.entries.len()),
                json!(catalog.success.len()),
                json!(readings),
                json!(english),
                json!(catalog.vendor),
                json!(catalog.product),
            ]
        })
        .collect();
    table(
        &[
            "catalog", "enum", "language", "codes", "entries", "success", "readings", "english",
            "vendor", "product",
        ],
        &rows,
        format,
    )
}

fn entries_table(catalog: &Catalog, format: Format) -> String {
    let rows: Vec<Vec<Value>> = catalog
        .entries
        .iter()
        .map(|entry| {
            vec![
                match &entry.code {
                    CodeValue::Str(code) => json!(code),
                    CodeValue::Int(code) => json!(code),
                },
                json!(entry.symbol),
                json!(entry.variant),
                json!(entry.kind.as_str()),
                json!(entry.retryable),
                json!(entry.disposition.as_str()),
                json!(
                    entry
                        .aliases
                        .iter()
                        .map(CodeValue::text)
                        .collect::<Vec<_>>()
                        .join(" ")
                ),
                json!(entry.message),
                json!(entry.english.as_ref().map(|en| &en.message.text)),
            ]
        })
        .collect();
    table(
        &[
            "code",
            "symbol",
            "variant",
            "kind",
            "retryable",
            "disposition",
            "aliases",
            "message",
            "english",
        ],
        &rows,
        format,
    )
}

/// Runs `list`: every catalog (the built-ins and `--catalog` files, with `--overlay`s), or the
/// entries of the one named.
pub fn run(
    catalog: Option<&str>,
    files: &[String],
    overlays: &[String],
    format: Format,
) -> Result<(), String> {
    let out = match catalog {
        None => catalogs_table(&load::all(files, overlays)?, format),
        Some(spec) => {
            // A file named here is read like `--catalog`; an id names a built-in or a file given.
            let is_file = spec.contains('/') || spec.ends_with(".toml");
            let mut files = files.to_vec();
            if is_file {
                files.push(spec.to_owned());
            }
            let catalogs = load::all(&files, overlays)?;
            let id = if is_file {
                let file = load::source(spec).map_err(|m| load::error_block(&m))?;
                load::checked(&file, &[])
                    .map_err(|failure| failure.render())?
                    .id
            } else {
                spec.to_owned()
            };
            let Some(found) = catalogs.iter().find(|c| c.id == id) else {
                return Err(load::no_catalog("`list`", &id, &catalogs));
            };
            entries_table(found, format)
        }
    };
    print!("{out}");
    Ok(())
}
