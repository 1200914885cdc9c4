//! Checks every built-in catalog once, when this crate is built, and embeds each as core's
//! compact encoding (`error_catalog_core::compiled`): an include of a built-in catalog then
//! decodes it instead of parsing and checking its TOML again, in every build of every user
//! crate. A catalog that does not pass is left out; the macro then checks its TOML and reports
//! the problems where the include is written.

use std::fmt::Write as _;
use std::path::Path;

use error_catalog_core::{builtin, compiled};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut out = String::from("&[\n");
    for id in builtin::ids() {
        let Ok(file) = builtin::builtin(id) else {
            continue;
        };
        if let Ok(catalog) = error_catalog_core::check(&file) {
            let _ = writeln!(out, "    ({id:?}, {:?}),", compiled::encode(&catalog));
        }
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("checked.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
