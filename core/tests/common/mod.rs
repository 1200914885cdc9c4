//! What the table tests of the checker and of overlays share: one expected diagnostic.

// Each test crate uses what it needs.
#![allow(dead_code)]

use error_catalog_core::{Diagnostic, NoteKind};

/// One expected diagnostic: where, what, and its notes as `help: …` / `note: …`.
#[derive(Debug, PartialEq, Eq)]
pub struct Expected {
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub notes: Vec<String>,
}

/// A diagnostic expected at `line:column`, with no notes so far.
pub fn at(line: usize, column: usize, message: impl Into<String>) -> Expected {
    Expected {
        line,
        column,
        message: message.into(),
        notes: Vec::new(),
    }
}

impl Expected {
    pub fn help(mut self, text: impl AsRef<str>) -> Self {
        self.notes.push(format!("help: {}", text.as_ref()));
        self
    }

    pub fn note(mut self, text: impl AsRef<str>) -> Self {
        self.notes.push(format!("note: {}", text.as_ref()));
        self
    }

    pub fn seen(problem: &Diagnostic) -> Self {
        Expected {
            line: problem.line,
            column: problem.column,
            message: problem.message.clone(),
            notes: problem
                .notes
                .iter()
                .map(|note| match note.kind {
                    NoteKind::Help => format!("help: {}", note.text),
                    NoteKind::Note => format!("note: {}", note.text),
                })
                .collect(),
        }
    }
}

/// Fails with every row that differs (each already rendered), out of `count`.
pub fn assert_no_differences(differing: &[String], count: usize) {
    assert!(
        differing.is_empty(),
        "{} of {count} rows differ:\n\n{}",
        differing.len(),
        differing.join("\n\n")
    );
}
