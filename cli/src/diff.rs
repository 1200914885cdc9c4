//! `error-catalog diff <old> <new>`: what changed between two versions of a catalog, and the
//! version bump each change needs under the release policy (README, *Versions*).

use crate::load::{self, Failure};
use error_catalog_core::SourceFile;
use error_catalog_core::model::{Catalog, CodeValue, English, Entry, Text};
use serde_json::{Value, json};
use std::fmt::Write as _;

/// What a change means for the version of the crate that ships the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Texts, sections, provenance: the same codes and decisions.
    Patch,
    /// A new catalog: new items only.
    NewCatalog,
    /// Kinds and dispositions: nothing stops compiling, but a sender acts differently.
    Decision,
    /// The enum's variants (or how code names them) change: an exhaustive `match` or a `code!`
    /// stops compiling.
    Breaking,
}

impl Bump {
    /// The release it needs, before 1.0 and from 1.0 (the README's table).
    pub fn release(self) -> &'static str {
        match self {
            Bump::Patch => "a patch release (before and from 1.0)",
            Bump::NewCatalog => "a patch release before 1.0, a minor release from 1.0",
            Bump::Decision => {
                "a minor release before 1.0 (0.x → 0.(x+1)), a minor release from 1.0; list each decision under *Decisions* in CHANGELOG.md with its reason"
            }
            Bump::Breaking => {
                "a minor release before 1.0 (0.x → 0.(x+1)), a major release from 1.0: exhaustive matches over the enum change"
            }
        }
    }

    fn name(self) -> &'static str {
        match self {
            Bump::Patch => "patch",
            Bump::NewCatalog => "new_catalog",
            Bump::Decision => "decision",
            Bump::Breaking => "breaking",
        }
    }
}

/// One change between the two versions.
struct Change {
    /// What it is about: `added`, `removed`, `renamed`, `variant`, `decision`, `text`, …
    what: &'static str,
    /// The code it is about, as the new version writes it (the old one's for a removal).
    code: String,
    /// What changed, for a reader.
    detail: String,
    bump: Bump,
}

/// The two versions of one catalog, compared.
fn compare(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |what, code: String, detail: String, bump| {
        changes.push(Change {
            what,
            code,
            detail,
            bump,
        });
    };
    let header = [
        ("id", old.id.clone(), new.id.clone(), Bump::Breaking),
        (
            "enum",
            old.enum_name.clone(),
            new.enum_name.clone(),
            Bump::Breaking,
        ),
        (
            "code_type",
            old.code_type.name().to_owned(),
            new.code_type.name().to_owned(),
            Bump::Breaking,
        ),
        (
            "language",
            old.language.tag().to_owned(),
            new.language.tag().to_owned(),
            Bump::Patch,
        ),
        (
            "vendor",
            old.vendor.clone(),
            new.vendor.clone(),
            Bump::Patch,
        ),
        (
            "product",
            old.product.clone(),
            new.product.clone(),
            Bump::Patch,
        ),
        (
            "source",
            old.source.clone(),
            new.source.clone(),
            Bump::Patch,
        ),
    ];
    for (key, before, after, bump) in header {
        if before != after {
            push(
                "header",
                String::new(),
                format!("{key}: {before:?} → {after:?}"),
                bump,
            );
        }
    }
    let old_sources: Vec<String> = old.provenance.iter().map(provenance_line).collect();
    let new_sources: Vec<String> = new.provenance.iter().map(provenance_line).collect();
    for source in old_sources.iter().filter(|s| !new_sources.contains(s)) {
        push(
            "provenance",
            String::new(),
            format!("- {source}"),
            Bump::Patch,
        );
    }
    for source in new_sources.iter().filter(|s| !old_sources.contains(s)) {
        push(
            "provenance",
            String::new(),
            format!("+ {source}"),
            Bump::Patch,
        );
    }
    for success in &old.success {
        if !new.success.iter().any(|s| s.code == success.code) {
            push(
                "success",
                success.code.text(),
                "no longer a success code".to_owned(),
                Bump::Decision,
            );
        }
    }
    for success in &new.success {
        if !old.success.iter().any(|s| s.code == success.code) {
            push(
                "success",
                success.code.text(),
                "now a success code".to_owned(),
                Bump::Decision,
            );
        }
    }

    let by_code = |catalog: &'_ Catalog, code: &CodeValue| -> Option<usize> {
        catalog.entries.iter().position(|entry| &entry.code == code)
    };
    // Old entries whose code the new version does not have, and the other way round.
    let gone: Vec<&Entry> = old
        .entries
        .iter()
        .filter(|entry| by_code(new, &entry.code).is_none())
        .collect();
    let fresh: Vec<&Entry> = new
        .entries
        .iter()
        .filter(|entry| by_code(old, &entry.code).is_none())
        .collect();
    // A code renamed: the same symbol or variant under another code, or the old code kept as
    // an alias of the new one (or the new code an alias of the old one).
    let mut renamed_new = Vec::new();
    for before in &gone {
        let after = fresh.iter().find(|after| {
            !renamed_new.contains(&after.code)
                && ((before.symbol.is_some() && before.symbol == after.symbol)
                    || before.variant == after.variant
                    || after.aliases.contains(&before.code)
                    || before.aliases.contains(&after.code))
        });
        match after {
            Some(after) => {
                renamed_new.push(after.code.clone());
                push(
                    "renamed",
                    after.code.text(),
                    format!(
                        "{} → {} (variant {} → {})",
                        label(before),
                        label(after),
                        before.variant,
                        after.variant
                    ),
                    Bump::Breaking,
                );
                // What else changed with the code; the rename line says the variant, and the
                // old code kept as an alias is how it was renamed.
                let kept = format!("aliases added: {}", before.code.text());
                let code = after.code.text();
                entry_changes(before, after, &mut |what, detail, bump| {
                    if what != "variant" && detail != kept {
                        push(what, code.clone(), detail, bump);
                    }
                });
            }
            None => push(
                "removed",
                before.code.text(),
                format!("{}: {}", label(before), before.message),
                Bump::Breaking,
            ),
        }
    }
    for after in fresh
        .iter()
        .filter(|after| !renamed_new.contains(&after.code))
    {
        push(
            "added",
            after.code.text(),
            format!(
                "{}: {} ({}, {})",
                label(after),
                after.message,
                after.kind,
                after.disposition
            ),
            Bump::Breaking,
        );
    }
    for after in &new.entries {
        let Some(before) = by_code(old, &after.code).map(|index| &old.entries[index]) else {
            continue;
        };
        let code = after.code.text();
        entry_changes(before, after, &mut |what, detail, bump| {
            push(what, code.clone(), detail, bump);
        });
    }
    changes
}

/// How the two versions of one code differ.
fn entry_changes(before: &Entry, after: &Entry, push: &mut dyn FnMut(&'static str, String, Bump)) {
    if before.variant != after.variant {
        push(
            "variant",
            format!("variant {} → {}", before.variant, after.variant),
            Bump::Breaking,
        );
    }
    if before.symbol != after.symbol {
        push(
            "symbol",
            format!("symbol {:?} → {:?}", before.symbol, after.symbol),
            Bump::Breaking,
        );
    }
    // Aliases one version has and the other does not.
    let missing = |from: &Entry, to: &Entry| -> Vec<String> {
        from.aliases
            .iter()
            .filter(|alias| !to.aliases.contains(alias))
            .map(CodeValue::text)
            .collect()
    };
    let removed = missing(before, after);
    if !removed.is_empty() {
        push(
            "aliases",
            format!(
                "aliases removed: {} (`code!` and `FromStr` no longer know them)",
                removed.join(", ")
            ),
            Bump::Breaking,
        );
    }
    let added = missing(after, before);
    if !added.is_empty() {
        push(
            "aliases",
            format!("aliases added: {}", added.join(", ")),
            Bump::Patch,
        );
    }
    // The decision, on one line: what a sender did and does now.
    let mut decision = Vec::new();
    if before.kind != after.kind {
        decision.push(format!("kind {} → {}", before.kind, after.kind));
    }
    if before.retryable != after.retryable {
        decision.push(format!(
            "retryable {} → {}",
            before.retryable, after.retryable
        ));
    }
    if before.disposition != after.disposition {
        decision.push(format!(
            "disposition {} → {}",
            before.disposition, after.disposition
        ));
    }
    if !decision.is_empty() {
        push("decision", decision.join(", "), Bump::Decision);
    }
    for reading in &after.readings {
        match before
            .readings
            .iter()
            .find(|r| r.carrier == reading.carrier)
        {
            Some(old) if old.kind != reading.kind || old.disposition != reading.disposition => {
                push(
                    "reading",
                    format!(
                        "{}: {} {} → {} {}",
                        reading.carrier,
                        old.kind,
                        old.disposition,
                        reading.kind,
                        reading.disposition
                    ),
                    Bump::Decision,
                )
            }
            Some(old) if old.message != reading.message || old.english != reading.english => push(
                "text",
                format!(
                    "{}'s reading: {:?} → {:?}",
                    reading.carrier, old.message, reading.message
                ),
                Bump::Patch,
            ),
            Some(_) => {}
            None => push(
                "reading",
                format!(
                    "{} now reads it: {} ({}, {})",
                    reading.carrier, reading.message, reading.kind, reading.disposition
                ),
                Bump::Decision,
            ),
        }
    }
    for reading in &before.readings {
        if !after.readings.iter().any(|r| r.carrier == reading.carrier) {
            push(
                "reading",
                format!("{}'s own reading removed", reading.carrier),
                Bump::Decision,
            );
        }
    }
    let texts = [
        ("message", Some(&before.message), Some(&after.message)),
        ("cause", before.cause.as_ref(), after.cause.as_ref()),
        (
            "solution",
            before.solution.as_ref(),
            after.solution.as_ref(),
        ),
        ("section", before.section.as_ref(), after.section.as_ref()),
    ];
    for (field, old, new) in texts {
        if old != new {
            push(
                "text",
                format!("{field}: {} → {}", shown(old), shown(new)),
                Bump::Patch,
            );
        }
    }
    let english = |english: Option<&English>, field: &str| -> Option<Text> {
        let english = english?;
        match field {
            "message" => Some(english.message.clone()),
            "cause" => english.cause.clone(),
            _ => english.solution.clone(),
        }
    };
    for field in ["message", "cause", "solution"] {
        let old = english(before.english.as_ref(), field);
        let new = english(after.english.as_ref(), field);
        if old != new {
            let show = |text: &Option<Text>| {
                text.as_ref()
                    .map_or("none".to_owned(), |t| format!("{:?} ({})", t.text, t.from))
            };
            push(
                "english",
                format!("English {field}: {} → {}", show(&old), show(&new)),
                Bump::Patch,
            );
        }
    }
    if before.from != after.from {
        push(
            "provenance",
            format!(
                "from [{}] → [{}]",
                before.from.join(", "),
                after.from.join(", ")
            ),
            Bump::Patch,
        );
    }
    let wordings = |entry: &Entry| -> Vec<String> {
        entry
            .wordings
            .iter()
            .map(|w| format!("{}: {}", w.from, w.message))
            .collect()
    };
    if wordings(before) != wordings(after) {
        push("text", "other wordings changed".to_owned(), Bump::Patch);
    }
    if before.counterpart != after.counterpart {
        push(
            "counterpart",
            format!(
                "counterpart {} → {}",
                before
                    .counterpart
                    .as_ref()
                    .map_or("none".to_owned(), CodeValue::text),
                after
                    .counterpart
                    .as_ref()
                    .map_or("none".to_owned(), CodeValue::text)
            ),
            Bump::Patch,
        );
    }
}

fn shown(text: Option<&String>) -> String {
    text.map_or("none".to_owned(), |text| format!("{text:?}"))
}

fn label(entry: &Entry) -> String {
    match &entry.symbol {
        Some(symbol) => format!("{} ({symbol})", entry.code.text()),
        None => entry.code.text(),
    }
}

fn provenance_line(source: &error_catalog_core::model::Provenance) -> String {
    let version = source.version.as_deref().unwrap_or("-");
    format!("{}: {} <{}> {version}", source.id, source.title, source.url)
}

/// `rev:path` from git, shown as `path@rev`; `None` when the file does not exist at `rev`.
fn at_revision(revision: &str, path: &str) -> Result<Option<SourceFile>, String> {
    // `rev:./path` is relative to the current directory, as the path on the command line is.
    let relative = if path.starts_with('/') || path.starts_with("./") {
        path.to_owned()
    } else {
        format!("./{path}")
    };
    let output = std::process::Command::new("git")
        .args(["show", &format!("{revision}:{relative}")])
        .output()
        .map_err(|error| format!("cannot run git: {error}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success()
        && (stderr.contains("does not exist") || stderr.contains("exists on disk, but not in"))
    {
        return Ok(None);
    }
    if !output.status.success() {
        return Err(format!(
            "cannot read {path:?} at {revision}: {}",
            stderr.trim()
        ));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| format!("{path:?} at {revision} is not UTF-8"))?;
    Ok(Some(SourceFile::new(format!("{path}@{revision}"), text)))
}

/// Runs `diff` between two files, or between two revisions (`A..B`, `A..` for the working tree)
/// of one file. `Ok(bump)`: the largest change.
pub fn run(files: &[String], git: Option<&str>, json: bool) -> Result<Option<Bump>, String> {
    let (old, new) = match (git, files) {
        (Some(range), [path]) => {
            let (from, to) = range.split_once("..").ok_or_else(|| {
                load::error_block(&format!(
                    "`--git {range}`: expected `<rev>..<rev>`\n  = help: `--git HEAD~1..HEAD`, or `--git v0.1.0..` for the working tree"
                ))
            })?;
            let old = at_revision(from, path).map_err(|m| load::error_block(&m))?;
            let new = if to.is_empty() {
                load::read("catalog", path).map_err(|m| load::error_block(&m))?
            } else {
                at_revision(to, path)
                    .map_err(|m| load::error_block(&m))?
                    .ok_or_else(|| {
                        load::error_block(&format!(
                            "{path:?} does not exist at {to}: nothing to compare"
                        ))
                    })?
            };
            (old, new)
        }
        (Some(_), _) => {
            return Err(load::error_block(
                "`--git <rev>..<rev>` compares one catalog file at two revisions: give one file",
            ));
        }
        (None, [old, new]) => (
            Some(load::source(old).map_err(|m| load::error_block(&m))?),
            load::source(new).map_err(|m| load::error_block(&m))?,
        ),
        (None, _) => {
            return Err(load::error_block(
                "`diff` compares two catalogs: `error-catalog diff <old> <new>`, or `error-catalog diff --git <rev>..<rev> <file>`",
            ));
        }
    };
    let checked =
        |file: &SourceFile| load::checked(file, &[]).map_err(|failure: Failure| failure.render());
    let new_catalog = checked(&new);
    let old_catalog = old.as_ref().map(checked).transpose();
    let (old_catalog, new_catalog) = match (old_catalog, new_catalog) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            let problems: Vec<String> = [old.err(), new.err()].into_iter().flatten().collect();
            return Err(problems.join("\n\n"));
        }
    };
    let old_path = old
        .as_ref()
        .map_or("(none)".to_owned(), |file| file.display_path.clone());
    let Some(old_catalog) = old_catalog else {
        // The file is new at the later revision: a new catalog.
        let changes = [Change {
            what: "catalog",
            code: String::new(),
            detail: format!("a new catalog, {} entries", new_catalog.entries.len()),
            bump: Bump::NewCatalog,
        }];
        print!(
            "{}",
            report(
                &old_path,
                &new.display_path,
                None,
                &new_catalog,
                &changes,
                json
            )
        );
        return Ok(Some(Bump::NewCatalog));
    };
    let changes = compare(&old_catalog, &new_catalog);
    print!(
        "{}",
        report(
            &old_path,
            &new.display_path,
            Some(&old_catalog),
            &new_catalog,
            &changes,
            json
        )
    );
    Ok(changes.iter().map(|change| change.bump).max())
}

/// The changes for a reader (grouped, with the release they need) or as JSON.
fn report(
    old_path: &str,
    new_path: &str,
    old_catalog: Option<&Catalog>,
    new_catalog: &Catalog,
    changes: &[Change],
    json: bool,
) -> String {
    let bump = changes.iter().map(|change| change.bump).max();
    let mut out = String::new();
    if json {
        let value = json!({
            "old": old_path,
            "new": new_path,
            "catalog": new_catalog.id,
            "bump": bump.map(Bump::name),
            "release": bump.map(Bump::release),
            "changes": changes.iter().map(|change| json!({
                "what": change.what,
                "code": change.code,
                "detail": change.detail,
                "bump": change.bump.name(),
            })).collect::<Vec<Value>>(),
        });
        out = serde_json::to_string_pretty(&value).unwrap_or_default();
        out.push('\n');
        return out;
    }
    let _ = writeln!(
        out,
        "{old_path} → {new_path} ({}: {} → {} entries)",
        new_catalog.id,
        old_catalog.map_or(0, |old| old.entries.len()),
        new_catalog.entries.len()
    );
    let groups: [(&str, &[&str]); 7] = [
        ("new catalog", &["catalog"]),
        ("codes added", &["added"]),
        ("codes removed", &["removed"]),
        (
            "codes renamed or respelled",
            &["renamed", "variant", "symbol", "aliases"],
        ),
        ("decisions changed", &["decision", "reading", "success"]),
        ("texts changed", &["text", "english"]),
        (
            "catalog and provenance",
            &["header", "provenance", "counterpart"],
        ),
    ];
    for (title, whats) in groups {
        let group: Vec<&Change> = changes.iter().filter(|c| whats.contains(&c.what)).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title} ({}):", group.len());
        for change in group {
            if change.code.is_empty() || ["added", "removed", "renamed"].contains(&change.what) {
                let _ = writeln!(out, "  {}", change.detail);
            } else {
                let _ = writeln!(out, "  {}: {}", change.code, change.detail);
            }
        }
    }
    match bump {
        None => {
            let _ = writeln!(out, "\nno changes: no release needed");
        }
        Some(bump) => {
            let _ = writeln!(out, "\nrelease: {}", bump.release());
        }
    }
    out
}
