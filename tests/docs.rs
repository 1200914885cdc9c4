//! The documentation's numbers are the catalogs' numbers: the kind table in README.md is
//! generated from the catalogs and checked here.
//!
//! Regenerate it with `UPDATE_DOCS=1 cargo test --test docs`.

use std::fmt::Write as _;

use error_catalog::{ErrorCatalog, ErrorKind};

mod common;
use common::*;

const START: &str = "<!-- kind-table -->\n";
const END: &str = "<!-- /kind-table -->";

/// One column of the table: per kind, then retryable, then all entries.
fn column<E: ErrorCatalog>(columns: &mut Vec<(&'static str, Vec<usize>)>) {
    let mut counts: Vec<usize> = ErrorKind::ALL
        .iter()
        .map(|kind| E::ENTRIES.iter().filter(|e| e.kind() == *kind).count())
        .collect();
    counts.push(E::ENTRIES.iter().filter(|e| e.is_retryable()).count());
    counts.push(E::ENTRIES.len());
    columns.push((E::ID, counts));
}

fn kind_table() -> String {
    let mut columns = Vec::new();
    each_catalog!(column, &mut columns);
    let mut table = String::from("| kind |");
    for (id, _) in &columns {
        let _ = write!(table, " `{id}` |");
    }
    table.push_str("\n|---|");
    table.push_str(&"---:|".repeat(columns.len()));
    let mut labels: Vec<String> = ErrorKind::ALL
        .iter()
        .map(|kind| format!("`{}`", kind.as_str()))
        .collect();
    labels.push("retryable".into());
    labels.push("**entries**".into());
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(table, "\n| {label} |");
        for (_, counts) in &columns {
            let _ = write!(table, " {} |", counts[i]);
        }
    }
    table.push('\n');
    table
}

#[test]
fn readme_kind_table_matches_the_catalogs() {
    let path = format!("{}/README.md", env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(START).expect("table start marker") + START.len();
    let end = readme.find(END).expect("table end marker");
    let generated = kind_table();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(
            &path,
            format!("{}{generated}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    assert!(
        readme[start..end] == generated,
        "README.md's kind table is out of date: run `UPDATE_DOCS=1 cargo test --test docs`\n{generated}"
    );
}
