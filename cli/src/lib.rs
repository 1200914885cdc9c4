//! The commands of `error-catalog` (the binary in `src/main.rs` parses the command line and
//! calls them), one module each, over error-catalog-core.
//!
//! **No semver promise**: this library exists for the binary, its tests and the fuzz target of
//! `explain`'s queries (`fuzz/fuzz_targets/cli_queries.rs`).

pub mod diff;
pub mod explain;
pub mod lint;
pub mod list;
pub mod load;
