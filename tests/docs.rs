//! The documentation's numbers are the catalogs' numbers: the disposition and kind tables in
//! README.md are generated from the catalogs and checked here.
//!
//! Regenerate them with `UPDATE_DOCS=1 cargo test --test docs`.

use std::fmt::Write as _;

use error_catalog::{Disposition, ErrorCatalog, ErrorKind};

mod common;
use common::*;

/// One column of a table: a catalog's id and its count per row.
type Column = (&'static str, Vec<usize>);

/// Per kind, then retryable, then all entries.
fn kind_column<E: ErrorCatalog>(columns: &mut Vec<Column>) {
    let mut counts: Vec<usize> = ErrorKind::ALL
        .iter()
        .map(|kind| E::ENTRIES.iter().filter(|e| e.kind() == *kind).count())
        .collect();
    counts.push(E::ENTRIES.iter().filter(|e| e.is_retryable()).count());
    counts.push(E::ENTRIES.len());
    columns.push((E::ID, counts));
}

/// Per disposition, then all entries.
fn disposition_column<E: ErrorCatalog>(columns: &mut Vec<Column>) {
    let mut counts: Vec<usize> = Disposition::ALL
        .iter()
        .map(|d| E::ENTRIES.iter().filter(|e| e.disposition() == *d).count())
        .collect();
    counts.push(E::ENTRIES.len());
    columns.push((E::ID, counts));
}

/// A Markdown table: `corner` over the row labels, one column per catalog.
fn table(corner: &str, labels: &[String], columns: &[Column]) -> String {
    let mut table = format!("| {corner} |");
    for (id, _) in columns {
        let _ = write!(table, " `{id}` |");
    }
    table.push_str("\n|---|");
    table.push_str(&"---:|".repeat(columns.len()));
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(table, "\n| {label} |");
        for (_, counts) in columns {
            let _ = write!(table, " {} |", counts[i]);
        }
    }
    table.push('\n');
    table
}

fn kind_table() -> String {
    let mut columns = Vec::new();
    each_catalog!(kind_column, &mut columns);
    let mut labels: Vec<String> = ErrorKind::ALL
        .iter()
        .map(|kind| format!("`{}`", kind.as_str()))
        .collect();
    labels.push("retryable".into());
    labels.push("**entries**".into());
    table("kind", &labels, &columns)
}

fn disposition_table() -> String {
    let mut columns = Vec::new();
    each_catalog!(disposition_column, &mut columns);
    let mut labels: Vec<String> = Disposition::ALL
        .iter()
        .map(|d| format!("`{}`", d.as_str()))
        .collect();
    labels.push("**entries**".into());
    table("disposition", &labels, &columns)
}

/// Checks (or, with `UPDATE_DOCS`, rewrites) the text between `<!-- name -->` and
/// `<!-- /name -->` in README.md.
fn check_readme_section(name: &str, generated: &str) {
    let path = format!("{}/README.md", env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(&path).unwrap();
    let start_marker = format!("<!-- {name} -->\n");
    let end_marker = format!("<!-- /{name} -->");
    let start = readme.find(&start_marker).expect("table start marker") + start_marker.len();
    let end = readme.find(&end_marker).expect("table end marker");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(
            &path,
            format!("{}{generated}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    assert!(
        readme[start..end] == *generated,
        "README.md's {name} is out of date: run `UPDATE_DOCS=1 cargo test --test docs`\n{generated}"
    );
}

/// One test for both tables: with `UPDATE_DOCS`, two tests in parallel would each write
/// README.md over the other's edit.
#[test]
fn readme_tables_match_the_catalogs() {
    check_readme_section("disposition-table", &disposition_table());
    check_readme_section("kind-table", &kind_table());
}
