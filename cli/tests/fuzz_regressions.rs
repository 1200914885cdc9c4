//! The saved inputs of the `cli_queries` fuzz target (`fuzz/regressions/cli_queries/`), replayed
//! through its body (`fuzz/src/cli.rs`) in `cargo test`, without libFuzzer.

#[path = "../../fuzz/src/cli.rs"]
mod cli;

#[test]
fn cli_queries() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions/cli_queries");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|file| file.expect("a directory entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{}: the seeds", dir.display());
    for file in files {
        let data = std::fs::read(&file).expect("a saved input");
        let outcome = std::panic::catch_unwind(|| cli::cli_queries(&data));
        assert!(outcome.is_ok(), "{}", file.display());
    }
}
