//! `error-catalog lint <catalog>…`: the macro's diagnostics without a build, the same text, every
//! problem of every file at once.

use crate::load::{self, Failure, Overlays};
use error_catalog_core::{Diagnostic, NoteKind};
use serde_json::{Value, json};

/// Lints each catalog (a path or a built-in id) with `overlays` applied in order, as
/// `include_error_catalog!(…, overlay = …)` would; prints what the compile would. `Ok(false)`
/// when there are problems.
pub fn run(catalogs: &[String], overlays: &[String], json: bool) -> bool {
    let mut clean = true;
    let mut count = 0;
    let mut reports = Vec::new();
    let mut blocks = Vec::new();
    let mut overlays = Overlays::parse(overlays);
    for spec in catalogs {
        let result = load::source(spec)
            .map_err(Failure::Unreadable)
            .and_then(|file| {
                // `<id>=<file>` amends only the catalog `id`; that needs the catalog's id first.
                let id = if overlays.any_named() {
                    Some(load::checked(&file, &[])?.id)
                } else {
                    None
                };
                load::checked(&file, &overlays.amending(id.as_deref(), true))
            });
        let (entries, failure) = match result {
            Ok(catalog) => (Some(catalog.entries.len()), None),
            Err(failure) => (None, Some(failure)),
        };
        clean &= failure.is_none();
        count += match &failure {
            None => 0,
            Some(Failure::Unreadable(_)) => 1,
            Some(Failure::Problems(problems)) => problems.len(),
        };
        if json {
            let problems: Vec<Value> = match &failure {
                None => Vec::new(),
                Some(Failure::Unreadable(message)) => vec![message_json(spec, message)],
                Some(Failure::Problems(problems)) => problems.iter().map(problem_json).collect(),
            };
            reports.push(json!({
                "catalog": spec,
                "ok": failure.is_none(),
                "entries": entries,
                "problems": problems,
            }));
        } else if let Some(failure) = failure {
            blocks.push(failure.render());
        }
    }
    for (target, path) in overlays.unused() {
        let message = format!(
            "`--overlay {target}={path}` amends no catalog linted here: none has the id {target:?}"
        );
        clean = false;
        count += 1;
        if json {
            reports.push(json!({
                "catalog": null,
                "ok": false,
                "entries": null,
                "problems": [message_json(path, &message)],
            }));
        } else {
            blocks.push(load::error_block(&message));
        }
    }
    if json {
        let all = json!({ "ok": clean, "catalogs": reports });
        println!("{}", serde_json::to_string_pretty(&all).unwrap_or_default());
    } else if clean {
        let noun = if catalogs.len() == 1 {
            "catalog"
        } else {
            "catalogs"
        };
        println!("{} {noun}: no problems", catalogs.len());
    } else {
        println!("{}\n", blocks.join("\n\n"));
        let noun = if count == 1 { "problem" } else { "problems" };
        println!("error: {count} {noun}");
    }
    clean
}

/// A problem that is about no place in a file (an unreadable file, an overlay amending
/// nothing), in the shape of [`problem_json`].
fn message_json(path: &str, message: &str) -> Value {
    json!({
        "path": path,
        "line": null,
        "column": null,
        "message": message,
        "notes": [],
        "rendered": load::error_block(message),
    })
}

/// A problem for editors and CI: where (1-based line and column, and where it ends), what, the
/// notes, and the text a build prints.
fn problem_json(problem: &Diagnostic) -> Value {
    json!({
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "span": { "start": problem.span.start, "end": problem.span.end },
        "message": problem.message,
        "notes": problem.notes.iter().map(|note| json!({
            "kind": match note.kind { NoteKind::Note => "note", NoteKind::Help => "help" },
            "text": note.text,
        })).collect::<Vec<_>>(),
        "rendered": load::error_block(&problem.to_string()),
    })
}
