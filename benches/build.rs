//! Generates the alternatives the benchmarks compare the generated lookups with, from the
//! built-in catalogs as the macro reads them (through `error-catalog-core`): for each catalog a
//! `phf::Map` and a plain `match` from every wire code and alias to the entry, and the keys
//! themselves (from which the benchmarks build the `HashMap`s at run time).

use std::fmt::Write as _;
use std::path::Path;

use error_catalog_core::lookup::{self, Keys};

// The shapes and the names for the command line are the expansion-time tool's.
#[allow(dead_code)]
#[path = "src/synthetic.rs"]
mod synthetic;

#[derive(Clone, Debug)]
enum Key {
    Str(String),
    Int(i64),
}

impl Key {
    /// The key as a Rust expression.
    fn literal(&self) -> String {
        match self {
            Key::Str(text) => format!("{text:?}"),
            Key::Int(number) => format!("{number}"),
        }
    }
}

/// The synthetic catalogs benchmarked beside the built-in ones: 10,000 entries of two shapes.
const SYNTHETIC: [(synthetic::Shape, &str, &str); 2] = [
    (
        synthetic::Shape::Str,
        "synthetic_string",
        "SyntheticStringError",
    ),
    (
        synthetic::Shape::Int,
        "synthetic_integer",
        "SyntheticIntegerError",
    ),
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut files: Vec<(String, error_catalog_core::SourceFile)> =
        error_catalog_core::builtin::ids()
            .map(|id| {
                (
                    id.to_owned(),
                    error_catalog_core::builtin::builtin(id).expect("a built-in id"),
                )
            })
            .collect();
    for (shape, id, enum_name) in SYNTHETIC {
        let text = synthetic::catalog(shape, 10_000, enum_name)
            .replace("id = \"synthetic\"", &format!("id = \"{id}\""));
        let file = error_catalog_core::SourceFile::new(format!("{id}.toml"), text);
        // The enum itself, as `include_error_catalog!` would expand it.
        let catalog = error_catalog_core::check(&file).expect("a valid synthetic catalog");
        let tokens = error_catalog_core::expand(&catalog, &error_catalog_core::Options::default());
        std::fs::write(
            Path::new(&out_dir).join(format!("{id}.rs")),
            tokens.to_string(),
        )
        .expect("write the synthetic enum");
        files.push((id.to_owned(), file));
    }
    println!("cargo::rerun-if-changed=src/synthetic.rs");
    let mut out = String::new();
    for (id, file) in &files {
        let id = id.as_str();
        let catalog = error_catalog_core::check(file)
            .unwrap_or_else(|problems| panic!("catalog {id}: {}", problems[0]));
        let (integer, keys): (bool, Vec<(Key, usize)>) = match lookup::wire_keys(&catalog) {
            Keys::Int(keys) => (
                true,
                keys.into_iter().map(|(k, e)| (Key::Int(k), e)).collect(),
            ),
            Keys::Str(keys) => (
                false,
                keys.into_iter().map(|(k, e)| (Key::Str(k), e)).collect(),
            ),
        };
        let variants: Vec<&str> = catalog
            .entries
            .iter()
            .map(|entry| entry.variant.as_str())
            .collect();
        write_catalog(&mut out, id, &catalog.enum_name, integer, &keys, &variants);
    }
    let dest = Path::new(&out_dir).join("alternatives.rs");
    std::fs::write(dest, out).expect("write alternatives.rs");
}

fn write_catalog(
    out: &mut String,
    id: &str,
    enum_name: &str,
    integer: bool,
    keys: &[(Key, usize)],
    variants: &[&str],
) {
    let key_ty = if integer { "i64" } else { "&'static str" };
    let arg_ty = if integer { "i64" } else { "&str" };
    let _ = writeln!(out, "/// The `{id}` catalog's alternatives.");
    let _ = writeln!(out, "pub mod {id} {{");
    let _ = writeln!(out, "    use super::{enum_name} as E;");
    let _ = writeln!(out, "    /// The key type.");
    let _ = writeln!(out, "    pub type Key = {key_ty};");
    let _ = writeln!(
        out,
        "    /// Every wire code and alias, and its entry (an index in `E::ALL`)."
    );
    let _ = write!(out, "    pub const KEYS: &[(Key, usize)] = &[");
    for (key, index) in keys {
        let _ = write!(out, "({}, {index}), ", key.literal());
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(
        out,
        "    /// The first ten keys (the common codes of a synthetic catalog)."
    );
    let _ = writeln!(out, "    #[allow(dead_code)]");
    let first: Vec<String> = keys.iter().take(10).map(|(key, _)| key.literal()).collect();
    let _ = writeln!(
        out,
        "    pub const FIRST_TEN: [Key; 10] = [{}];",
        first.join(", ")
    );

    let mut map = if integer {
        PhfMap::Int(phf_codegen::Map::new())
    } else {
        PhfMap::Str(phf_codegen::Map::new())
    };
    for (key, index) in keys {
        // The variant by name: `E::ALL[index]` in a constant evaluates all of `ALL` each time,
        // which for 10,000 entries takes minutes.
        let value = format!("E::{}", variants[*index]);
        match (&mut map, key) {
            (PhfMap::Int(map), Key::Int(number)) => {
                map.entry(*number, value);
            }
            (PhfMap::Str(map), Key::Str(text)) => {
                map.entry(text.as_str(), value);
            }
            _ => panic!("{id}: a code of the wrong type"),
        }
    }
    let built = match &map {
        PhfMap::Int(map) => map.build().to_string(),
        PhfMap::Str(map) => map.build().to_string(),
    };
    let _ = writeln!(out, "    /// `phf::Map` of `KEYS`.");
    let _ = writeln!(
        out,
        "    pub static PHF: ::phf::Map<{key_ty}, E> = {built};"
    );

    let _ = writeln!(out, "    /// A plain `match` on the code.");
    let _ = writeln!(out, "    #[must_use]");
    let _ = writeln!(out, "    pub fn by_match(code: {arg_ty}) -> Option<E> {{");
    let _ = writeln!(out, "        match code {{");
    // Keys come entry by entry: one arm per run of the same entry.
    for run in keys.chunk_by(|a, b| a.1 == b.1) {
        let patterns: Vec<String> = run.iter().map(|(key, _)| key.literal()).collect();
        let _ = writeln!(
            out,
            "            {} => Some(E::{}),",
            patterns.join(" | "),
            variants[run[0].1]
        );
    }
    let _ = writeln!(out, "            _ => None,");
    let _ = writeln!(out, "        }}");
    let _ = writeln!(out, "    }}");
    let _ = writeln!(out, "}}");
}

enum PhfMap<'k> {
    Int(phf_codegen::Map<'k, i64>),
    Str(phf_codegen::Map<'k, &'k str>),
}
