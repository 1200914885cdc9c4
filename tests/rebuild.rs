//! A user crate with its own catalog file is rebuilt when the file changes: build a scratch crate,
//! edit its catalog, build again, and see the new variant (and `code!` accepting its code). The
//! same with an absolute catalog path, from directories whose names have spaces.

use std::path::{Path, PathBuf};
use std::process::Command;

const CATALOG: &str = r#"
id = "acme_sms"
enum = "AcmeSmsError"
vendor = "Acme"
product = "Acme SMS API"
source = "https://example.com/errors"
code_type = "string"

[[entry]]
code = "Throttling.User"
message = "too many requests"
kind = "rate_limited"
"#;

const ADDED: &str = r#"
[[entry]]
code = "Template.NotFound"
message = "the template does not exist"
kind = "not_found"
"#;

const MAIN: &str = r#"
error_catalog::include_error_catalog!(path = "errors/acme.toml");

fn main() {
    for e in AcmeSmsError::ALL {
        println!("{e} {}", e.kind());
    }
}
"#;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// `cargo run` in `dir`: its standard output, or its standard error if it failed.
fn try_cargo_run(dir: &Path, target: &Path) -> Result<String, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    if output.status.success() {
        Ok(String::from_utf8(output.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

fn cargo_run(dir: &Path, target: &Path) -> String {
    try_cargo_run(dir, target).unwrap_or_else(|stderr| panic!("cargo run failed:\n{stderr}"))
}

/// A user crate in `dir` that depends on this repository, with `main` as its `src/main.rs`.
fn user_crate(dir: &Path, name: &str, main: &str) {
    let _ = std::fs::remove_dir_all(dir);
    let repo = env!("CARGO_MANIFEST_DIR");
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nerror-catalog = {{ path = {repo:?} }}\n\n[workspace]\n"
        ),
    );
    // The workspace's lock file pins the same dependency versions, so `--offline` resolves.
    std::fs::copy(Path::new(repo).join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    write(&dir.join("src/main.rs"), main);
}

#[test]
fn editing_a_user_catalog_rebuilds_the_crate() {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-user");
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-target");
    user_crate(&scratch, "rebuild-user", MAIN);
    write(&scratch.join("errors/acme.toml"), CATALOG);

    let before = cargo_run(&scratch, &target);
    assert_eq!(before, "Throttling.User rate_limited\n");

    // Only the catalog changes: the crate must be rebuilt all the same.
    write(
        &scratch.join("errors/acme.toml"),
        &format!("{CATALOG}{ADDED}"),
    );
    let after = cargo_run(&scratch, &target);
    assert_eq!(
        after,
        "Throttling.User rate_limited\nTemplate.NotFound not_found\n"
    );

    // And `code!` knows the new code.
    write(
        &scratch.join("src/main.rs"),
        &MAIN.replace(
            "fn main() {",
            "fn main() {\n    println!(\"checked {}\", error_catalog::code!(AcmeSmsError, \"Template.NotFound\"));",
        ),
    );
    let checked = cargo_run(&scratch, &target);
    assert!(
        checked.starts_with("checked Template.NotFound\n"),
        "{checked}"
    );
}

#[test]
fn an_absolute_catalog_path_works_and_a_missing_one_is_our_error() {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let scratch = tmp.join("absolute user crate");
    let target = tmp.join("rebuild-target");
    let catalog = tmp.join("shared catalogs").join("acme.toml");
    write(&catalog, CATALOG);
    let main = MAIN.replace(
        "\"errors/acme.toml\"",
        &format!("{:?}", catalog.display().to_string()),
    );
    user_crate(&scratch, "absolute-user", &main);
    assert_eq!(
        cargo_run(&scratch, &target),
        "Throttling.User rate_limited\n"
    );

    // The absolute file is tracked too.
    write(&catalog, &format!("{CATALOG}{ADDED}"));
    assert_eq!(
        cargo_run(&scratch, &target),
        "Throttling.User rate_limited\nTemplate.NotFound not_found\n"
    );

    let missing = tmp.join("shared catalogs").join("missing.toml");
    let main = MAIN.replace(
        "\"errors/acme.toml\"",
        &format!("{:?}", missing.display().to_string()),
    );
    write(&scratch.join("src/main.rs"), &main);
    let stderr = try_cargo_run(&scratch, &target).expect_err("a missing catalog fails the build");
    assert!(
        stderr.contains(&format!(
            "error: cannot read catalog {:?}",
            missing.display().to_string()
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("couldn't read"),
        "rustc's own error: {stderr}"
    );
}

#[test]
fn editing_an_overlay_rebuilds_the_crate() {
    const OVERLAY_MAIN: &str = r#"
error_catalog::include_error_catalog!("tencent_vms", overlay = "errors/tencent_vms.toml");

fn main() {
    for e in TencentVmsError::ALL.iter().filter(|e| e.code() == 1019 || e.code() > 9000) {
        println!("{} {}", e.code(), e.disposition());
    }
}
"#;
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-overlay");
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-target");
    user_crate(&scratch, "rebuild-overlay", OVERLAY_MAIN);
    let overlay = scratch.join("errors/tencent_vms.toml");
    write(
        &overlay,
        "[[entry]]\ncode = 1019\ndisposition = \"alert\"\n",
    );
    assert_eq!(cargo_run(&scratch, &target), "1019 alert\n");

    // Only the overlay changes: another decision, and a code added.
    write(
        &overlay,
        "[[entry]]\ncode = 1019\ndisposition = \"fix_request\"\n\n[[entry]]\ncode = 9999\nvariant = \"Unlisted\"\nmessage = \"seen in our logs\"\nkind = \"unknown\"\n",
    );
    assert_eq!(
        cargo_run(&scratch, &target),
        "1019 fix_request\n9999 alert\n"
    );
}
