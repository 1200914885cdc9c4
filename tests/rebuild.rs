//! A user crate with its own catalog file is rebuilt when the file changes: build a scratch crate,
//! edit its catalog, build again, and see the new variant (and `code!` accepting its code).

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

fn cargo_run(dir: &Path, target: &Path) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn editing_a_user_catalog_rebuilds_the_crate() {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-user");
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild-target");
    let _ = std::fs::remove_dir_all(&scratch);
    let repo = env!("CARGO_MANIFEST_DIR");
    write(
        &scratch.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"rebuild-user\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nerror-catalog = {{ path = {repo:?} }}\n\n[workspace]\n"
        ),
    );
    // The workspace's lock file pins the same dependency versions, so `--offline` resolves.
    std::fs::copy(
        Path::new(repo).join("Cargo.lock"),
        scratch.join("Cargo.lock"),
    )
    .unwrap();
    write(&scratch.join("src/main.rs"), MAIN);
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
