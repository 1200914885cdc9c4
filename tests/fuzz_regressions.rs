//! Every saved fuzz input, replayed through the fuzz targets' own bodies (`fuzz/src/lib.rs`),
//! so that a crash found once stays fixed and CI needs no libFuzzer: `fuzz/regressions/<target>/`
//! holds the inputs that crashed (minimized) and the seeds each target starts from.

#[path = "../fuzz/src/lib.rs"]
mod targets;

use std::path::PathBuf;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|file| file.expect("a directory entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{target}: no saved inputs");
    for file in files {
        let data = std::fs::read(&file).expect("a saved input");
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if let Err(panic) = std::panic::catch_unwind(|| run(&data)) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            panic!("{target}/{name}: {message}");
        }
    }
}

#[test]
fn catalog_text() {
    replay("catalog_text", targets::catalog_text);
}

#[test]
fn catalog_mutations() {
    replay("catalog_mutations", targets::catalog_mutations);
}

#[test]
fn overlay_text() {
    replay("overlay_text", targets::overlay_text);
}

#[test]
fn overlay_mutations() {
    replay("overlay_mutations", targets::overlay_mutations);
}

#[test]
fn codes() {
    replay("codes", targets::codes);
}

#[test]
fn envelopes() {
    replay("envelopes", targets::envelopes);
}
