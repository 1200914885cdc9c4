//! Compile-fail and compile-pass tests of the macros (trybuild), one failure class per file.
//!
//! Catalog files used by the tests live in `tests/ui/errors/`. trybuild compiles each test inside
//! its own project directory (`<target>/tests/trybuild/error-catalog/`), which is the
//! `CARGO_MANIFEST_DIR` user catalogs are resolved against, so the files are copied there first
//! and the tests name them as a user would: `path = "errors/<name>.toml"`.

use std::path::PathBuf;

#[test]
fn ui() {
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let target = target
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp");
    let project = target.join("tests/trybuild/error-catalog/errors");
    std::fs::create_dir_all(&project).unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ui/errors");
    for file in std::fs::read_dir(&source).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, project.join(file.file_name().unwrap())).unwrap();
    }

    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass_*.rs");
    t.compile_fail("tests/ui/fail_*.rs");
}
