//! The built-in catalogs, embedded so they work from a registry copy of this crate. Which ones
//! there are is the listing of `catalogs/` (see `build.rs`): nothing here names them.

use crate::diag::SourceFile;
use crate::suggest::{did_you_mean, quoted_list};

/// Every built-in catalog: its id (the file name) and its TOML text, in id order.
pub const BUILTIN: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The ids of the built-in catalogs, in id order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(id, _)| *id)
}

/// The built-in catalog `id` as a source file shown as `catalogs/<id>.toml`, or the message for
/// an unknown id (with did-you-mean and the list of ids).
///
/// # Errors
///
/// The message when `id` is not a built-in catalog.
pub fn builtin(id: &str) -> Result<SourceFile, String> {
    if let Some((name, text)) = BUILTIN.iter().find(|(name, _)| *name == id) {
        return Ok(SourceFile::new(format!("catalogs/{name}.toml"), *text));
    }
    let ids: Vec<&str> = ids().collect();
    let mut message = format!("unknown built-in catalog {id:?}");
    if let Some(hint) = did_you_mean(id, ids.iter().copied()) {
        message = format!("{message}; {hint}");
    }
    Err(format!(
        "{message}\n  = note: the built-in catalogs are {}\n  = help: for a catalog of your own, write `include_error_catalog!(path = \"errors/my_catalog.toml\")`",
        quoted_list(&ids)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ids_are_the_files_of_catalogs() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|file| file.unwrap().file_name().into_string().unwrap())
            .filter_map(|name| name.strip_suffix(".toml").map(str::to_owned))
            .collect();
        files.sort();
        assert_eq!(ids().collect::<Vec<_>>(), files);
        assert!(files.len() >= 7);
    }

    #[test]
    fn an_unknown_id_suggests_the_closest() {
        let message = builtin("tencent_smss").unwrap_err();
        assert!(
            message.starts_with(
                "unknown built-in catalog \"tencent_smss\"; did you mean \"tencent_sms\"?"
            ),
            "{message}"
        );
        assert!(
            builtin("tencent_sms")
                .unwrap()
                .text
                .contains("LimitExceeded")
        );
    }
}
