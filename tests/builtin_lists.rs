//! The built-in catalogs are the files of `catalogs/` (error-catalog-core lists them); every list
//! of them written by hand elsewhere — in README.md, the crate docs, the tests, the benchmarks,
//! the fuzz targets, the user crate — must name exactly those, so a new catalog cannot be missed.

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn builtin_ids() -> BTreeSet<String> {
    error_catalog_core::builtin::ids()
        .map(str::to_owned)
        .collect()
}

/// The ids in every `include_error_catalog!("<id>")` of `text`.
fn included(text: &str) -> BTreeSet<String> {
    text.split("include_error_catalog!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The ids in the first column of the Markdown table rows of `text` that name an enum in the
/// second (`| \`tencent_sms\` | \`TencentSmsError\` | …`), with `prefix` before each row.
fn table_ids(text: &str, prefix: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix(prefix))
        .filter_map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let id = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let enum_name = cells.get(2)?.strip_prefix('`')?.strip_suffix('`')?;
            (enum_name.ends_with("Error") || enum_name.ends_with("Warning")).then(|| id.to_owned())
        })
        .collect()
}

#[test]
fn every_file_that_includes_all_catalogs_includes_each_built_in() {
    for path in [
        "tests/common/mod.rs",
        "tests/hygiene.rs",
        "tests/external/src/main.rs",
        "benches/benches/lookup.rs",
        "fuzz/src/lib.rs",
    ] {
        assert_eq!(included(&read(path)), builtin_ids(), "{path}");
    }
}

#[test]
fn the_catalog_tables_list_each_built_in() {
    assert_eq!(
        table_ids(&read("README.md"), ""),
        builtin_ids(),
        "README.md"
    );
    assert_eq!(
        table_ids(&read("src/lib.rs"), "//! "),
        builtin_ids(),
        "src/lib.rs"
    );
}

#[test]
fn the_macro_docs_list_each_built_in() {
    let docs = read("src/lib.rs");
    let start = docs
        .find("a built-in catalog by id (")
        .expect("the list of ids");
    let list = &docs[start..start + docs[start..].find(").").expect("its end")];
    let named: BTreeSet<String> = list
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    assert_eq!(named, builtin_ids());
}

#[test]
fn the_test_macro_runs_every_built_in() {
    let common = read("tests/common/mod.rs");
    let listed: BTreeSet<String> = common
        .lines()
        .filter_map(|line| line.trim().strip_prefix("$check::<$crate::common::"))
        .filter_map(|rest| rest.split('>').next())
        .map(str::to_owned)
        .collect();
    let enums: BTreeSet<String> = error_catalog_core::builtin::ids()
        .map(|id| {
            let file = error_catalog_core::builtin::builtin(id).expect("a built-in");
            error_catalog_core::check(&file).expect("valid").enum_name
        })
        .collect();
    assert_eq!(listed, enums, "tests/common/mod.rs each_catalog!");
    let fuzz = read("fuzz/src/lib.rs");
    for name in &enums {
        assert!(
            fuzz.contains(&format!("_laws!({name},")),
            "fuzz/src/lib.rs codes() lacks {name}"
        );
    }
    let bench = read("benches/benches/lookup.rs");
    let benched: BTreeSet<String> = bench
        .split("catalog!(\n")
        .skip(1)
        .filter_map(|rest| rest.split(',').next())
        .map(|id| id.trim().to_owned())
        .filter(|id| !id.starts_with("synthetic_"))
        .collect();
    assert_eq!(benched, builtin_ids(), "benches/benches/lookup.rs catalog!");
}
