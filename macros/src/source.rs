//! The only IO of the macros: a built-in catalog from the table embedded in this crate, or a
//! user's file resolved against the calling crate's `CARGO_MANIFEST_DIR`.

use std::path::PathBuf;

use proc_macro2::Span;
use syn::LitStr;

use crate::diag::SourceFile;
use crate::suggest::{did_you_mean, quoted_list};

/// The built-in catalogs, embedded so they work from a registry copy of this crate.
/// (`catalogs` in this crate's folder is a link to the workspace's `catalogs/`.)
pub const BUILTIN: &[(&str, &str)] = &[
    ("tencent_sms", include_str!("../catalogs/tencent_sms.toml")),
    ("tencent_vms", include_str!("../catalogs/tencent_vms.toml")),
    (
        "tencent_vms_receipt",
        include_str!("../catalogs/tencent_vms_receipt.toml"),
    ),
    ("ucloud_usms", include_str!("../catalogs/ucloud_usms.toml")),
    ("aliyun_sms", include_str!("../catalogs/aliyun_sms.toml")),
    ("tencent_gme", include_str!("../catalogs/tencent_gme.toml")),
    (
        "tencent_vms_v3",
        include_str!("../catalogs/tencent_vms_v3.toml"),
    ),
];

/// A loaded catalog file, and for a user file the path to track for rebuilds (relative to
/// `CARGO_MANIFEST_DIR`, so the generated tokens hold no absolute path).
pub struct Loaded {
    pub file: SourceFile,
    pub tracked: Option<String>,
}

pub fn builtin(id: &LitStr) -> syn::Result<Loaded> {
    let wanted = id.value();
    if let Some((name, text)) = BUILTIN.iter().find(|(name, _)| *name == wanted) {
        return Ok(Loaded {
            file: SourceFile {
                display_path: format!("catalogs/{name}.toml"),
                text: (*text).to_owned(),
            },
            tracked: None,
        });
    }
    let ids: Vec<&str> = BUILTIN.iter().map(|(name, _)| *name).collect();
    let mut message = format!("unknown built-in catalog {wanted:?}");
    if let Some(hint) = did_you_mean(&wanted, ids.iter().copied()) {
        message = format!("{message}; {hint}");
    }
    message = format!(
        "{message}\n  = note: the built-in catalogs are {}\n  = help: for a catalog of your own, write `include_error_catalog!(path = \"errors/my_catalog.toml\")`",
        quoted_list(&ids)
    );
    Err(syn::Error::new(id.span(), message))
}

pub fn user_file(path: &LitStr) -> syn::Result<Loaded> {
    let relative = path.value();
    let span = path.span();
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Err(error(
            span,
            "CARGO_MANIFEST_DIR is not set: user catalogs are resolved against the calling crate's directory, so build with cargo",
        ));
    };
    if relative.is_empty() {
        return Err(error(span, "the catalog path is empty"));
    }
    let resolved = PathBuf::from(manifest_dir).join(&relative);
    match std::fs::read_to_string(&resolved) {
        Ok(text) => Ok(Loaded {
            file: SourceFile {
                display_path: relative.clone(),
                text,
            },
            tracked: Some(relative),
        }),
        Err(io) => Err(error(
            span,
            &format!(
                "cannot read catalog {}: {io}\n  = note: catalog paths are relative to the crate's Cargo.toml (CARGO_MANIFEST_DIR)",
                resolved.display()
            ),
        )),
    }
}

fn error(span: Span, message: &str) -> syn::Error {
    syn::Error::new(span, message)
}
