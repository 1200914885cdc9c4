//! The macro's own share of an expansion, measured outside rustc: `check` (for a built-in
//! catalog, the decoding of its encoding checked at build time, as the macro does) and `expand`
//! of error-catalog-core, on synthetic catalogs of each shape and size and on every built-in
//! catalog, each case in a fresh process so that its peak memory is its own.
//!
//! `expand` here writes the generated source text and stops where the macro hands it to rustc's
//! lexer (`Options::parse`), which is optimized code outside this measurement: rustc's whole
//! expansion time, lexing and parsing of the output included, is what
//! `benches/expansion-rustc.sh` measures.
//!
//! ```sh
//! cargo run -p error-catalog-bench --bin expansion-time               # the macro as debug builds run it
//! cargo run -p error-catalog-bench --bin expansion-time --release     # as release builds run it
//! cargo run -p error-catalog-bench --bin expansion-time -- 100 1000   # other sizes
//! cargo run -p error-catalog-bench --bin expansion-time -- --write string 10000 errors/big.toml
//! ```
//!
//! The debug numbers are what `cargo check`, `cargo build` and rust-analyzer pay: cargo builds
//! proc macros unoptimized unless the user's profile says otherwise.

use std::process::Command;
use std::time::Instant;

use error_catalog_bench::synthetic::{self, Shape};
use error_catalog_core::{Options, SourceFile, builtin};

/// Runs `check` then `expand` on `file` (a built-in catalog: decodes its encoding instead of
/// checking it, as the macro does) and prints `check_ms expand_ms peak_mib`.
fn one(file: &SourceFile, builtin: bool) {
    let encoded = builtin.then(|| {
        let catalog = error_catalog_core::check(file).expect("a built-in catalog passes");
        error_catalog_core::compiled::encode(&catalog)
    });
    let start = Instant::now();
    let catalog = match &encoded {
        Some(text) => error_catalog_core::compiled::decode(text).expect("its own encoding"),
        None => error_catalog_core::check(file)
            .unwrap_or_else(|problems| panic!("{}: {}", file.display_path, problems[0])),
    };
    let checked = start.elapsed();
    // The generated text is written, and not lexed: in the macro, rustc's lexer does that.
    let options = Options {
        parse: |text| (!text.is_empty()).then(Default::default),
        ..Options::default()
    };
    let start = Instant::now();
    let tokens = error_catalog_core::expand(&catalog, &options);
    let expanded = start.elapsed();
    assert!(!tokens.is_empty());
    println!(
        "{:.1} {:.1} {:.0}",
        checked.as_secs_f64() * 1e3,
        expanded.as_secs_f64() * 1e3,
        peak_mib()
    );
}

/// The process's peak resident memory, from `/proc/self/status` (0 where there is none).
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|kib| kib.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0)
}

/// Runs one case in a child process and returns its line of numbers.
fn measure(args: &[&str]) -> String {
    let exe = std::env::current_exe().expect("the running binary");
    let output = Command::new(exe).args(args).output().expect("run one case");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn row(label: &str, numbers: &str) {
    let parts: Vec<f64> = numbers
        .split_whitespace()
        .map(|n| n.parse().unwrap_or(f64::NAN))
        .collect();
    if let [check, expand, peak] = parts[..] {
        println!(
            "| {label} | {check:.1} | {expand:.1} | {:.1} | {peak:.0} |",
            check + expand
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--one", shape, size] => {
            let shape = Shape::from_name(shape).expect("a shape");
            let size: usize = size.parse().expect("a size");
            let text = synthetic::catalog(shape, size, "SyntheticError");
            one(
                &SourceFile::new(format!("{}-{size}.toml", shape.name()), text),
                false,
            );
        }
        ["--builtin", id] => one(&builtin::builtin(id).expect("a built-in id"), true),
        ["--expand", shape, size, path] => {
            // The generated code itself, to `include!` and measure rustc on.
            let shape = Shape::from_name(shape).expect("a shape");
            let text = synthetic::catalog(shape, size.parse().expect("a size"), "SyntheticError");
            let file = SourceFile::new("synthetic.toml", text);
            let tokens = error_catalog_core::include(&file, &[], &Options::default())
                .unwrap_or_else(|problems| panic!("{}", problems[0]));
            std::fs::write(path, tokens.to_string()).expect("write the expansion");
        }
        ["--write", shape, size, path] => {
            // The synthetic catalog itself, to include in a crate of one's own.
            let shape = Shape::from_name(shape).expect("a shape");
            let text = synthetic::catalog(shape, size.parse().expect("a size"), "SyntheticError");
            std::fs::write(path, text).expect("write the catalog");
        }
        ref sizes => {
            let sizes: Vec<&str> = if sizes.is_empty() {
                vec!["100", "1000", "10000", "50000"]
            } else {
                sizes.to_vec()
            };
            let profile = if cfg!(debug_assertions) {
                "debug"
            } else {
                "release"
            };
            println!(
                "check (built-ins: decode) + expand without lexing, {profile} build, ms; peak resident memory of the process, MiB\n"
            );
            println!("| catalog | check | expand | total | peak MiB |\n|---|---:|---:|---:|---:|");
            for id in builtin::ids() {
                row(id, &measure(&["--builtin", id]));
            }
            for shape in Shape::ALL {
                for size in &sizes {
                    row(
                        &format!("{} × {size}", shape.name()),
                        &measure(&["--one", shape.name(), size]),
                    );
                }
            }
        }
    }
}
