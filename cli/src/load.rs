//! Catalogs as the macro sees them: a built-in id or a file, with overlays applied in order, and
//! the problems of each, rendered as the compiler shows them.

use error_catalog_core::{Catalog, Diagnostic, SourceFile, builtin, check_with_overlays};

/// A catalog named on the command line: a built-in id (`tencent_sms`) or a path.
///
/// An argument is a path when it names a file, or has a `/` or ends in `.toml`; otherwise it is
/// a built-in id, so `error-catalog lint tencent_smss` suggests `tencent_sms`.
pub fn source(spec: &str) -> Result<SourceFile, String> {
    let is_path =
        spec.contains('/') || spec.ends_with(".toml") || std::path::Path::new(spec).is_file();
    if is_path {
        read("catalog", spec)
    } else {
        builtin::builtin(spec)
    }
}

/// The file at `path`, shown as `path` in messages, or why it cannot be read.
pub fn read(what: &str, path: &str) -> Result<SourceFile, String> {
    std::fs::read_to_string(path)
        .map(|text| SourceFile::new(path, text))
        .map_err(|error| format!("cannot read {what} {path:?}: {error}"))
}

/// `--overlay [<catalog id>=]<file>`: the catalog it amends, if named, and the file.
pub struct OverlaySpec {
    /// The id of the catalog it amends, when the argument names one.
    pub target: Option<String>,
    /// The overlay file.
    pub path: String,
}

impl OverlaySpec {
    /// `tencent_sms=errors/tencent_sms.toml` or `errors/tencent_sms.toml`.
    pub fn parse(spec: &str) -> OverlaySpec {
        match spec.split_once('=') {
            Some((target, path))
                if !target.is_empty()
                    && target
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') =>
            {
                OverlaySpec {
                    target: Some(target.to_owned()),
                    path: path.to_owned(),
                }
            }
            _ => OverlaySpec {
                target: None,
                path: spec.to_owned(),
            },
        }
    }
}

/// The `--overlay` arguments of one command, and which of them have amended a catalog: an
/// overlay that amends none is a mistake the command reports.
pub struct Overlays {
    specs: Vec<OverlaySpec>,
    used: Vec<bool>,
}

impl Overlays {
    /// The arguments, in order.
    pub fn parse(args: &[String]) -> Overlays {
        Overlays {
            specs: args.iter().map(|arg| OverlaySpec::parse(arg)).collect(),
            used: vec![false; args.len()],
        }
    }

    /// Whether an overlay names its catalog: then the catalog's id decides what amends it.
    pub fn any_named(&self) -> bool {
        self.specs.iter().any(|spec| spec.target.is_some())
    }

    /// How many name no catalog.
    pub fn bare(&self) -> usize {
        self.specs
            .iter()
            .filter(|spec| spec.target.is_none())
            .count()
    }

    /// The files that amend the catalog `id`, in order: those naming it, and, when `bare`, those
    /// naming none. Each is then used.
    pub fn amending(&mut self, id: Option<&str>, bare: bool) -> Vec<&str> {
        self.specs
            .iter()
            .zip(self.used.iter_mut())
            .filter(|(spec, _)| match &spec.target {
                Some(target) => Some(target.as_str()) == id,
                None => bare,
            })
            .map(|(spec, used)| {
                *used = true;
                spec.path.as_str()
            })
            .collect()
    }

    /// The overlays that amended no catalog, as (the catalog id they name, their file).
    pub fn unused(&self) -> impl Iterator<Item = (&str, &str)> {
        self.specs
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !**used)
            .map(|(spec, _)| {
                (
                    spec.target.as_deref().unwrap_or_default(),
                    spec.path.as_str(),
                )
            })
    }
}

/// A catalog checked with its overlays: the model, or every problem of the catalog and the
/// overlays (or why a file could not be read).
pub fn checked(file: &SourceFile, overlays: &[&str]) -> Result<Catalog, Failure> {
    let overlays = overlays
        .iter()
        .map(|path| read("overlay", path))
        .collect::<Result<Vec<_>, _>>()
        .map_err(Failure::Unreadable)?;
    check_with_overlays(file, &overlays).map_err(Failure::Problems)
}

/// Why a catalog is not available.
pub enum Failure {
    /// A file could not be read, or a built-in id is unknown: the message.
    Unreadable(String),
    /// The catalog or an overlay breaks rules of the schema: every problem.
    Problems(Vec<Diagnostic>),
}

impl Failure {
    /// The failure as the compiler shows it: one `error: …` block per problem.
    pub fn render(&self) -> String {
        match self {
            Failure::Unreadable(message) => error_block(message),
            Failure::Problems(problems) => problems
                .iter()
                .map(|problem| error_block(&problem.to_string()))
                .collect::<Vec<_>>()
                .join("\n\n"),
        }
    }
}

/// `error: <message>`, with each further line indented as rustc indents the lines of a macro's
/// error message (under the text after `error: `), so that the output reads as a build's.
pub fn error_block(message: &str) -> String {
    format!("error: {}", message.replace('\n', "\n       "))
}

/// `<what>: no catalog "<id>"`, with the closest ids and the list of all, rendered.
pub fn no_catalog(what: &str, id: &str, catalogs: &[Catalog]) -> String {
    let ids: Vec<&str> = catalogs.iter().map(|c| c.id.as_str()).collect();
    let hint = error_catalog_core::suggest::did_you_mean(id, ids.iter().copied())
        .map(|hint| format!("; {hint}"))
        .unwrap_or_default();
    error_block(&format!(
        "{what}: no catalog {id:?}{hint}\n  = note: the catalogs are {}",
        error_catalog_core::suggest::quoted_list(&ids)
    ))
}

/// Every built-in catalog and every `--catalog` file, each with the `--overlay`s that amend it,
/// in id order; a file whose id is a built-in's takes its place (a team's copy, a catalog being
/// changed). An overlay names its catalog (`tencent_sms=team.toml`), or amends the one
/// `--catalog` file. On failure, every problem, rendered.
pub fn all(files: &[String], overlays: &[String]) -> Result<Vec<Catalog>, String> {
    let mut overlays = Overlays::parse(overlays);
    let mut failures = Vec::new();
    let mut catalogs: Vec<Catalog> = Vec::new();
    if overlays.bare() > 0 && files.len() != 1 {
        return Err(error_block(
            "an `--overlay` without a catalog id amends the one `--catalog` file\n  = help: name the catalog it amends: `--overlay tencent_sms=errors/tencent_sms.toml`",
        ));
    }
    let mut own_ids = Vec::new();
    for path in files {
        let file = match read("catalog", path) {
            Ok(file) => file,
            Err(message) => {
                failures.push(error_block(&message));
                continue;
            }
        };
        // The id decides which overlays amend it; a catalog that does not pass has none.
        let id = match checked(&file, &[]) {
            Ok(catalog) => catalog.id,
            Err(failure) => {
                failures.push(failure.render());
                continue;
            }
        };
        match checked(&file, &overlays.amending(Some(&id), true)) {
            Ok(catalog) => {
                own_ids.push(catalog.id.clone());
                catalogs.push(catalog);
            }
            Err(failure) => failures.push(failure.render()),
        }
    }
    for id in builtin::ids() {
        if own_ids.iter().any(|own| own == id) {
            continue;
        }
        let result = builtin::builtin(id)
            .map_err(Failure::Unreadable)
            .and_then(|file| checked(&file, &overlays.amending(Some(id), false)));
        match result {
            Ok(catalog) => catalogs.push(catalog),
            Err(failure) => failures.push(failure.render()),
        }
    }
    for (target, path) in overlays.unused() {
        let what = format!("`--overlay {target}={path}`");
        failures.push(no_catalog(&what, target, &catalogs));
    }
    if !failures.is_empty() {
        return Err(failures.join("\n\n"));
    }
    catalogs.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(catalogs)
}
