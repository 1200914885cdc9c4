//! Generates the alternatives the benchmarks compare the generated lookups with, from the same
//! catalogs the macro reads (`catalogs/<id>.toml`): for each catalog a `phf::Map` and a plain
//! `match` from every wire code and alias to the entry, and the keys themselves (from which the
//! benchmarks build the `HashMap`s at run time).

use std::fmt::Write as _;
use std::path::Path;

use toml::de::{DeTable, DeValue};

/// The catalogs benchmarked (each file names its enum).
const CATALOGS: [&str; 7] = [
    "tencent_sms",
    "tencent_vms",
    "tencent_vms_receipt",
    "tencent_vms_v3",
    "ucloud_usms",
    "aliyun_sms",
    "tencent_gme",
];

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

fn key(value: &DeValue<'_>) -> Key {
    match value {
        DeValue::String(text) => Key::Str(text.to_string()),
        DeValue::Integer(integer) => {
            Key::Int(i64::from_str_radix(integer.as_str(), integer.radix()).expect("an i64 code"))
        }
        other => panic!("a code must be a string or an integer, found {other:?}"),
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    // `catalogs` here is a link to the workspace's `catalogs/`, so a packaged copy builds too.
    let catalogs = Path::new(&manifest).join("catalogs");
    let mut out = String::new();
    for id in CATALOGS {
        let path = catalogs.join(format!("{id}.toml"));
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("catalog file");
        let document = DeTable::parse(&text).expect("valid TOML");
        let table = document.get_ref();
        let enum_name = table
            .get("enum")
            .and_then(|value| value.get_ref().as_str())
            .expect("`enum`");
        let integer = table
            .get("code_type")
            .and_then(|value| value.get_ref().as_str())
            == Some("integer");
        let mut keys: Vec<(Key, usize)> = Vec::new();
        let entries = table
            .get("entry")
            .and_then(|value| value.get_ref().as_array())
            .expect("`[[entry]]`");
        for (index, entry) in entries.iter().enumerate() {
            let entry = entry.get_ref().as_table().expect("an entry table");
            keys.push((key(entry.get("code").expect("`code`").get_ref()), index));
            // Aliases of the catalog's code type are wire codes too; others only `FromStr` text.
            if let Some(aliases) = entry.get("aliases") {
                for alias in aliases.get_ref().as_array().expect("an array").iter() {
                    let alias = key(alias.get_ref());
                    if matches!(alias, Key::Int(_)) == integer {
                        keys.push((alias, index));
                    }
                }
            }
        }
        write_catalog(&mut out, id, enum_name, integer, &keys);
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("alternatives.rs");
    std::fs::write(dest, out).expect("write alternatives.rs");
}

fn write_catalog(
    out: &mut String,
    id: &str,
    enum_name: &str,
    integer: bool,
    keys: &[(Key, usize)],
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

    let mut map = if integer {
        PhfMap::Int(phf_codegen::Map::new())
    } else {
        PhfMap::Str(phf_codegen::Map::new())
    };
    for (key, index) in keys {
        let value = format!("E::ALL[{index}]");
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
    let mut seen: Vec<usize> = Vec::new();
    for &(_, index) in keys {
        if seen.contains(&index) {
            continue;
        }
        seen.push(index);
        let patterns: Vec<String> = keys
            .iter()
            .filter(|(_, other)| *other == index)
            .map(|(key, _)| key.literal())
            .collect();
        let _ = writeln!(
            out,
            "            {} => Some(const {{ E::ALL[{index}] }}),",
            patterns.join(" | ")
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
