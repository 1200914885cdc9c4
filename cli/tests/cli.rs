//! The `error-catalog` binary, run as a user runs it: on every built-in catalog, on the UI tests'
//! catalogs (whose compile errors are reviewed `.stderr` files), on broken files and on two
//! versions of a catalog.

use error_catalog_core::model::{Catalog, CodeValue};
use error_catalog_core::{builtin, check};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_error-catalog"))
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A built-in catalog as the library checks it, independently of the binary.
fn builtin_catalog(id: &str) -> Catalog {
    let file = builtin::builtin(id).unwrap();
    check(&file).unwrap_or_else(|_| panic!("{id} passes"))
}

#[test]
fn explain_answers_every_code_of_every_built_in_catalog() {
    for id in builtin::ids() {
        let catalog = builtin_catalog(id);
        let codes: Vec<String> = catalog.entries.iter().map(|e| e.code.text()).collect();
        let mut args = vec!["explain", "--json", "--in", id];
        args.extend(codes.iter().map(String::as_str));
        let output = run(&args);
        assert!(
            output.status.success(),
            "{id}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
        let reports = reports.as_array().unwrap();
        assert_eq!(reports.len(), catalog.entries.len(), "{id}");
        for (entry, report) in catalog.entries.iter().zip(reports) {
            let found = report["found"].as_array().unwrap();
            assert_eq!(found.len(), 1, "{id} {}: {report}", entry.code.text());
            let hit = &found[0];
            assert_eq!(hit["catalog"], id);
            assert_eq!(hit["variant"], entry.variant.as_str());
            assert_eq!(hit["message"], entry.message.as_str());
            assert_eq!(hit["kind"], entry.kind.as_str());
            assert_eq!(hit["disposition"], entry.disposition.as_str());
            assert_eq!(hit["action"], entry.disposition.action());
            match &entry.english {
                Some(english) => assert_eq!(
                    hit["english"]["message"]["text"],
                    english.message.text.as_str()
                ),
                None => assert!(hit["english"].is_null()),
            }
            assert_eq!(
                hit["readings"].as_array().unwrap().len(),
                entry.readings.len()
            );
        }
    }
}

#[test]
fn explain_in_text_shows_both_languages_the_decision_and_the_sources() {
    let output = run(&["explain", "isv.BUSINESS_LIMIT_CONTROL"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let catalog = builtin_catalog("aliyun_sms");
    let entry = catalog
        .entries
        .iter()
        .find(|e| e.code == CodeValue::Str("isv.BUSINESS_LIMIT_CONTROL".into()))
        .unwrap();
    let english = entry.english.as_ref().unwrap();
    for line in [
        "isv.BUSINESS_LIMIT_CONTROL in aliyun_sms (阿里云 Alibaba Cloud, 短信服务 dysms (Dysmsapi 2017-05-25))".to_owned(),
        "  variant      AliyunSmsError::IsvBusinessLimitControl".to_owned(),
        format!("  message      [zh] {}", entry.message),
        format!("               [en] {}  (our translation)", english.message.text),
        format!("  cause        [zh] {}", entry.cause.as_deref().unwrap()),
        "  kind         recipient_limited (retryable)".to_owned(),
        "  disposition  retry_later: wait minutes to hours, then send through the same vendor; never through another vendor to get around it".to_owned(),
    ] {
        assert!(text.lines().any(|l| l == line), "no line {line:?} in\n{text}");
    }
    assert!(
        text.contains("  source       doc: 阿里云短信服务 API 错误码 page"),
        "{text}"
    );

    // A receipt code read by two carriers: its text has a line per carrier, each under the first.
    let output = run(&["explain", "MK:0001", "--in", "ucloud_usms_receipt"]);
    let text = stdout(&output);
    assert!(
        text.contains("  message      [zh] 中国移动：空号\n                    中国电信：空号\n               [en] China Mobile: Number does not exist\n                    China Telecom: Number does not exist  (our translation)\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "  carrier      china_mobile (中国移动): 空号 — recipient_unreachable, give_up\n"
        ),
        "{text}"
    );
}

#[test]
fn explain_lists_each_catalog_a_code_is_in() {
    let output = run(&["explain", "--json", "1005"]);
    let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let catalogs: Vec<&str> = reports[0]["found"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["catalog"].as_str().unwrap())
        .collect();
    // Every built-in catalog whose codes include 1005, in id order.
    let expected: Vec<&str> = builtin::ids()
        .filter(|id| {
            builtin_catalog(id)
                .entries
                .iter()
                .any(|e| e.code.text() == "1005")
        })
        .collect();
    assert!(expected.len() >= 3, "{expected:?}");
    assert_eq!(catalogs, expected);
}

#[test]
fn explain_reads_symbols_aliases_and_variants() {
    let output = run(&[
        "explain",
        "--json",
        "AV_ERR_TIMEOUT",
        "ERR_TIMEOUT",
        "TencentGmeError::AvErrTimeout",
    ]);
    let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
    for (report, spelling) in reports
        .as_array()
        .unwrap()
        .iter()
        .zip(["symbol", "alias", "variant"])
    {
        let found = report["found"].as_array().unwrap();
        assert_eq!(found.len(), 1, "{report}");
        assert_eq!(found[0]["code"], 1005);
        assert_eq!(found[0]["found_as"], spelling);
    }
}

#[test]
fn explain_finds_the_codes_in_a_pasted_log_line_or_body() {
    let cases: [(&str, &[&str]); 5] = [
        (
            r#"{"Response":{"Error":{"Code":"FailedOperation.SignatureIncorrectOrUnapproved","Message":"签名未审批"},"RequestId":"1b5f"}}"#,
            &["FailedOperation.SignatureIncorrectOrUnapproved"],
        ),
        // Timestamps, counts and log levels are not codes; a number after a code's key is.
        (
            "2026-12-01 10:00:01 ERROR send failed code=1005 retries=3",
            &["1005"],
        ),
        (
            "receipt for 13800000000: stat=UNDELIV err:MK:0001",
            &["UNDELIV", "MK:0001"],
        ),
        (
            "<ErrorResponse><Error><Code>21211</Code></Error></ErrorResponse>",
            &["21211"],
        ),
        (
            r#"{"Code":"isv.MOBILE_NUMBER_ILLEGAL","Message":"非法手机号"}"#,
            &["isv.MOBILE_NUMBER_ILLEGAL"],
        ),
    ];
    for (line, codes) in cases {
        let output = run(&["explain", "--json", line]);
        assert!(output.status.success(), "{line}");
        let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
        let mut spelled: Vec<&str> = reports[0]["found"]
            .as_array()
            .unwrap()
            .iter()
            .map(|hit| hit["spelled"].as_str().unwrap())
            .collect();
        spelled.dedup();
        assert_eq!(spelled, codes, "{line}");
    }
}

#[test]
fn an_unknown_code_gets_did_you_mean_across_catalogs_and_status_1() {
    let output = run(&["explain", "LimitExceeded.DailyLimt"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "\"LimitExceeded.DailyLimt\": no built-in or given catalog has this code\n  = help: did you mean \"LimitExceeded.DailyLimit\" (tencent_sms)?\n"
    );
    let output = run(&["explain", "--json", "isv.BUSINESS_LIMIT_CONTROLL"]);
    assert_eq!(output.status.code(), Some(1));
    let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(reports[0]["found"], Value::Array(Vec::new()));
    assert_eq!(
        reports[0]["did_you_mean"][0]["code"],
        "isv.BUSINESS_LIMIT_CONTROL"
    );
    assert_eq!(reports[0]["did_you_mean"][0]["catalog"], "aliyun_sms");
}

#[test]
fn explain_sees_a_catalog_of_ones_own_and_overlays_as_the_macro_does() {
    let ui = workspace().join("tests/ui");
    let output = run_in(
        &ui,
        &[
            "explain",
            "--json",
            "--catalog",
            "errors/acme_cn.toml",
            "--overlay",
            "errors/overlay_acme_cn.toml",
            "--overlay",
            "tencent_sms=errors/overlay_sms.toml",
            "Acme.Blocked",
            "Acme.Throttled",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let blocked = &reports[0]["found"][0];
    assert_eq!(
        blocked["english"]["message"]["text"],
        "The recipient blocked us"
    );
    assert_eq!(
        blocked["amended_by"][0]["overlay"],
        "errors/overlay_acme_cn.toml"
    );
    // A new message without English: the English of the old one is gone.
    let throttled = &reports[1]["found"][0];
    assert_eq!(throttled["message"], "请求太多");
    assert!(throttled["english"].is_null());

    // A bare overlay needs the one --catalog it amends.
    let output = run_in(
        &ui,
        &[
            "explain",
            "--overlay",
            "errors/overlay_acme_cn.toml",
            "1005",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("name the catalog it amends"));
    // An overlay naming no catalog.
    let output = run_in(
        &ui,
        &[
            "explain",
            "--overlay",
            "tencent_smss=errors/overlay_sms.toml",
            "1005",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("no catalog \"tencent_smss\"; did you mean \"tencent_sms\"?"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A `tests/ui` case: the include's arguments, and the errors its `.stderr` reviewed.
struct UiCase {
    name: String,
    catalog: String,
    overlays: Vec<String>,
    /// Each `error: …` block of the `.stderr`, without the `-->` location in the test file.
    errors: Vec<String>,
}

/// The string literals of `text`, in order (the UI tests' literals have no escapes).
fn literals(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find('"') {
        let Some(len) = rest[start + 1..].find('"') else {
            break;
        };
        out.push((offset + start, &rest[start + 1..start + 1 + len]));
        offset += start + len + 2;
        rest = &rest[start + len + 2..];
    }
    out
}

/// The UI tests with one include whose every error is a catalog's or overlay's problem.
fn ui_cases() -> Vec<UiCase> {
    let ui = workspace().join("tests/ui");
    let mut names: Vec<String> = std::fs::read_dir(&ui)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.starts_with("fail_") && name.ends_with(".rs"))
        .collect();
    names.sort();
    let mut cases = Vec::new();
    for name in names {
        let source = std::fs::read_to_string(ui.join(&name)).unwrap();
        if source.matches("include_error_catalog!").count() != 1 {
            continue;
        }
        let start = source.find("include_error_catalog!(").unwrap();
        let end = start + source[start..].find(");").unwrap();
        let args = &source[start..end];
        let mut catalog = None;
        let mut overlays = Vec::new();
        for (at, literal) in literals(args) {
            let before = args[..at].trim_end();
            if before.ends_with("overlay =") {
                overlays.push(literal.to_owned());
            } else if catalog.is_none() {
                catalog = Some(literal.to_owned());
            }
        }
        let stderr = std::fs::read_to_string(ui.join(name.replace(".rs", ".stderr"))).unwrap();
        let mut errors: Vec<String> = Vec::new();
        let mut in_message = false;
        for line in stderr.lines() {
            if line.starts_with("error: ") {
                errors.push(line.to_owned());
                in_message = true;
            } else if line.starts_with(" --> ") {
                in_message = false;
            } else if in_message {
                let last = errors.last_mut().unwrap();
                last.push('\n');
                last.push_str(line);
            }
        }
        // Only problems located in a catalog file (not in the macro's arguments or the Rust code).
        let located = |error: &String| {
            let path = error["error: ".len()..]
                .split(':')
                .next()
                .unwrap_or_default();
            path.ends_with(".toml")
        };
        if errors.is_empty() || !errors.iter().all(located) {
            continue;
        }
        cases.push(UiCase {
            name,
            catalog: catalog.unwrap(),
            overlays,
            errors,
        });
    }
    cases
}

#[test]
fn lint_prints_the_diagnostics_the_compile_prints_for_every_ui_catalog() {
    let ui = workspace().join("tests/ui");
    let cases = ui_cases();
    assert!(cases.len() >= 25, "{}", cases.len());
    assert!(cases.iter().any(|case| !case.overlays.is_empty()));
    for case in &cases {
        let mut args = vec!["lint", case.catalog.as_str()];
        for overlay in &case.overlays {
            args.extend(["--overlay", overlay.as_str()]);
        }
        let output = run_in(&ui, &args);
        assert_eq!(output.status.code(), Some(1), "{}", case.name);
        let text = stdout(&output);
        let (blocks, summary) = text.trim_end().rsplit_once("\n\n").unwrap();
        let blocks: Vec<String> = blocks
            .split("\n\nerror: ")
            .enumerate()
            .map(|(i, block)| {
                if i == 0 {
                    block.to_owned()
                } else {
                    format!("error: {block}")
                }
            })
            .collect();
        assert_eq!(blocks, case.errors, "{}", case.name);
        let noun = if case.errors.len() == 1 {
            "problem"
        } else {
            "problems"
        };
        assert_eq!(
            summary,
            format!("error: {} {noun}", case.errors.len()),
            "{}",
            case.name
        );
    }
}

#[test]
fn lint_passes_every_built_in_catalog_and_every_passing_ui_catalog() {
    let mut args: Vec<String> = vec!["lint".into()];
    args.extend(builtin::ids().map(str::to_owned));
    for file in [
        "acme.toml",
        "acme_cn.toml",
        "acme_provenance.toml",
        "acme_receipts.toml",
        "acme_voice.toml",
        "extremes.toml",
        "nasty_names.toml",
        "nasty_symbols.toml",
    ] {
        args.push(format!("errors/{file}"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = run_in(&workspace().join("tests/ui"), &args);
    assert!(output.status.success(), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        format!("{} catalogs: no problems\n", args.len() - 1)
    );
}

#[test]
fn lint_in_json_locates_every_problem() {
    let ui = workspace().join("tests/ui");
    let output = run_in(
        &ui,
        &[
            "lint",
            "--format",
            "json",
            "errors/provenance.toml",
            "errors/acme.toml",
            "errors/missing.toml",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(report["ok"], false);
    let catalogs = report["catalogs"].as_array().unwrap();
    assert_eq!(catalogs.len(), 3);
    assert_eq!(catalogs[1]["ok"], true);
    assert_eq!(catalogs[1]["problems"], Value::Array(Vec::new()));
    let first = &catalogs[0]["problems"][0];
    assert_eq!(first["path"], "errors/provenance.toml");
    assert_eq!(first["line"], 14);
    assert_eq!(first["column"], 6);
    assert_eq!(first["message"], "duplicate provenance id \"doc\"");
    assert_eq!(first["notes"][0]["kind"], "note");
    assert_eq!(
        first["notes"][0]["text"],
        "first defined at errors/provenance.toml:9:6"
    );
    assert_eq!(catalogs[0]["problems"].as_array().unwrap().len(), 5);
    let missing = &catalogs[2]["problems"][0];
    assert!(
        missing["message"]
            .as_str()
            .unwrap()
            .starts_with("cannot read catalog \"errors/missing.toml\": ")
    );
    assert!(missing["line"].is_null());
}

/// A catalog with three entries, the second of which `edit` may change.
const V1: &str = r#"id = "acme"
enum = "AcmeError"
vendor = "Acme"
product = "Acme API"
source = "https://example.com/errors"
code_type = "string"

[[entry]]
code = "Acme.Throttled"
message = "too many requests"
kind = "rate_limited"

[[entry]]
code = "Acme.DailyLimit"
message = "daily limit reached"
kind = "quota_exhausted"

[[entry]]
code = "Acme.Busy"
message = "line busy"
kind = "recipient_unreachable"
"#;

fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn diff_names_each_change_and_the_release_it_needs() {
    let dir = temp_dir("diff");
    std::fs::write(dir.join("v1.toml"), V1).unwrap();
    let same = |args: &[&str]| stdout(&run_in(&dir, args));
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).unwrap();

    // A text only: a patch.
    write("text.toml", V1.replace("line busy", "the line is busy"));
    assert_eq!(
        same(&["diff", "v1.toml", "text.toml"]),
        "v1.toml → text.toml (acme: 3 → 3 entries)\n\ntexts changed (1):\n  Acme.Busy: message: \"line busy\" → \"the line is busy\"\n\nrelease: a patch release (before and from 1.0)\n"
    );
    // A decision: minor, listed under Decisions.
    write(
        "decision.toml",
        V1.replace("kind = \"quota_exhausted\"", "kind = \"sender_capped\""),
    );
    assert_eq!(
        same(&["diff", "v1.toml", "decision.toml"]),
        "v1.toml → decision.toml (acme: 3 → 3 entries)\n\ndecisions changed (1):\n  Acme.DailyLimit: kind quota_exhausted → sender_capped, retryable false → true, disposition fail_over → retry_later\n\nrelease: a minor release before 1.0 (0.x → 0.(x+1)), a minor release from 1.0; list each decision under *Decisions* in CHANGELOG.md with its reason\n"
    );
    // A code respelled with the old spelling kept as an alias, one removed, one added.
    let changed = V1
        .replace("code = \"Acme.DailyLimit\"", "code = \"Acme.LimitExceeded.Daily\"\naliases = [\"Acme.DailyLimit\"]")
        .replace("[[entry]]\ncode = \"Acme.Busy\"\nmessage = \"line busy\"\nkind = \"recipient_unreachable\"\n", "[[entry]]\ncode = \"Acme.Blocked\"\nmessage = \"number blocked\"\nkind = \"recipient_unreachable\"\n");
    write("codes.toml", changed);
    assert_eq!(
        same(&["diff", "v1.toml", "codes.toml"]),
        "v1.toml → codes.toml (acme: 3 → 3 entries)\n\ncodes added (1):\n  Acme.Blocked: number blocked (recipient_unreachable, give_up)\n\ncodes removed (1):\n  Acme.Busy: line busy\n\ncodes renamed or respelled (1):\n  Acme.DailyLimit → Acme.LimitExceeded.Daily (variant AcmeDailyLimit → AcmeLimitExceededDaily)\n\nrelease: a minor release before 1.0 (0.x → 0.(x+1)), a major release from 1.0: exhaustive matches over the enum change\n"
    );
    // No change.
    assert_eq!(
        same(&["diff", "v1.toml", "v1.toml"]),
        "v1.toml → v1.toml (acme: 3 → 3 entries)\n\nno changes: no release needed\n"
    );
    // JSON, for a release script.
    let report: Value = serde_json::from_str(&same(&[
        "diff",
        "--format",
        "json",
        "v1.toml",
        "codes.toml",
    ]))
    .unwrap();
    assert_eq!(report["bump"], "breaking");
    let whats: Vec<&str> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["what"].as_str().unwrap())
        .collect();
    assert_eq!(whats, ["renamed", "removed", "added"]);
    // A broken version: its problems, as lint shows them.
    write(
        "broken.toml",
        V1.replace("kind = \"rate_limited\"", "kind = \"rate_limted\""),
    );
    let output = run_in(&dir, &["diff", "v1.toml", "broken.toml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("error: broken.toml:11:8: unknown kind \"rate_limted\"")
    );
}

#[test]
fn diff_compares_a_catalog_at_two_git_revisions() {
    let dir = temp_dir("diff-git");
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .current_dir(&dir)
            .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    std::fs::create_dir_all(dir.join("catalogs")).unwrap();
    std::fs::write(dir.join("catalogs/acme.toml"), V1).unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "v1"]);
    std::fs::write(
        dir.join("catalogs/acme.toml"),
        V1.replace("line busy", "the line is busy"),
    )
    .unwrap();
    git(&["commit", "-q", "-am", "v2"]);
    std::fs::write(
        dir.join("catalogs/acme.toml"),
        V1.replace("kind = \"rate_limited\"", "kind = \"unavailable\""),
    )
    .unwrap();

    let output = run_in(
        &dir,
        &["diff", "--git", "HEAD~1..HEAD", "catalogs/acme.toml"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout(&output).starts_with("catalogs/acme.toml@HEAD~1 → catalogs/acme.toml@HEAD (acme: 3 → 3 entries)\n\ntexts changed (1):\n  Acme.Busy: message"), "{}", stdout(&output));
    // `A..`: against the working tree.
    let output = run_in(&dir, &["diff", "--git", "HEAD..", "catalogs/acme.toml"]);
    let text = stdout(&output);
    assert!(
        text.contains(
            "decisions changed (1):\n  Acme.Throttled: kind rate_limited → unavailable\n"
        ),
        "{text}"
    );
    assert!(text.contains("texts changed (1):"), "{text}");
    // A catalog new at the later revision.
    std::fs::write(
        dir.join("catalogs/new.toml"),
        V1.replace("id = \"acme\"", "id = \"new\""),
    )
    .unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "v3"]);
    let output = run_in(
        &dir,
        &["diff", "--git", "HEAD~1..HEAD", "catalogs/new.toml"],
    );
    assert!(stdout(&output).contains("new catalog (1):\n  a new catalog, 3 entries\n\nrelease: a patch release before 1.0, a minor release from 1.0\n"), "{}", stdout(&output));
}

#[test]
fn list_shows_every_catalog_and_a_catalogs_entries() {
    let output = run(&["list", "--format", "tsv"]);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "catalog\tenum\tlanguage\tcodes\tentries\tsuccess\treadings\tenglish\tvendor\tproduct"
    );
    let ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(ids, builtin::ids().collect::<Vec<_>>());
    for line in &lines[1..] {
        let cells: Vec<&str> = line.split('\t').collect();
        let catalog = builtin_catalog(cells[0]);
        assert_eq!(cells[4], catalog.entries.len().to_string(), "{line}");
    }

    let output = run(&["list", "tencent_gme", "--format", "json"]);
    let entries: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let catalog = builtin_catalog("tencent_gme");
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), catalog.entries.len());
    let timeout = entries.iter().find(|e| e["code"] == 1005).unwrap();
    assert_eq!(timeout["symbol"], "AV_ERR_TIMEOUT");
    assert_eq!(timeout["retryable"], true);
    assert_eq!(timeout["disposition"], "retry");

    let output = run(&["list", "tencent_smss"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("did you mean \"tencent_sms\"?"));
}

#[test]
fn a_wrong_command_line_is_status_2_with_usage() {
    let output = run(&["explain"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Usage: error-catalog explain"));
    let output = run(&["lint", "--format", "yaml", "x.toml"]);
    assert_eq!(output.status.code(), Some(2));
}

/// The README's *Command line* session: each `$ command` and the output under it, up to the next
/// blank line followed by a command.
fn readme_session() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let start = readme
        .find("## Command line")
        .expect("a Command line section");
    let block = &readme[start..];
    let block = &block[block.find("```text\n").unwrap() + 8..];
    let block = &block[..block.find("\n```").unwrap()];
    let mut session = Vec::new();
    for part in block.split("\n\n$ ") {
        let part = part.strip_prefix("$ ").unwrap_or(part);
        let (command, output) = part.split_once('\n').unwrap_or((part, ""));
        session.push((command.to_owned(), output.to_owned()));
    }
    session
}

/// Splits a shell-quoted command line of the README (single quotes only).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

#[test]
fn the_readmes_session_is_what_the_commands_print() {
    let session = readme_session();
    assert!(session.len() >= 5, "{session:?}");
    for (command, expected) in session {
        let mut dir = workspace();
        let mut line = command.as_str();
        if let Some(rest) = line.strip_prefix("cd tests/ui && ") {
            dir = dir.join("tests/ui");
            line = rest;
        }
        let (line, head) = match line.split_once(" | head -") {
            Some((line, count)) => (line, count.parse::<usize>().ok()),
            None => (line, None),
        };
        let words = shell_words(line);
        assert_eq!(words[0], "error-catalog", "{command}");
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let output = run_in(&dir, &args);
        let mut printed = stdout(&output);
        if let Some(count) = head {
            printed = printed.lines().take(count).collect::<Vec<_>>().join("\n");
        }
        assert_eq!(printed.trim_end(), expected, "{command}");
    }
}

#[test]
fn lint_applies_an_overlay_named_for_a_catalog_to_that_catalog_only() {
    let ui = workspace().join("tests/ui");
    // tencent_sms passes; the overlay's problems are tencent_gme's.
    let both = run_in(
        &ui,
        &[
            "lint",
            "tencent_sms",
            "tencent_gme",
            "--overlay",
            "tencent_gme=errors/overlay_taken.toml",
        ],
    );
    let alone = run_in(
        &ui,
        &[
            "lint",
            "tencent_gme",
            "--overlay",
            "errors/overlay_taken.toml",
        ],
    );
    assert_eq!(both.status.code(), Some(1));
    assert_eq!(stdout(&both), stdout(&alone));
    assert!(stdout(&both).ends_with("error: 3 problems\n"));
    // Named for a catalog not linted: a problem, not silence.
    let output = run_in(
        &ui,
        &[
            "lint",
            "tencent_sms",
            "--overlay",
            "tencent_gm=errors/overlay_taken.toml",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "error: `--overlay tencent_gm=errors/overlay_taken.toml` amends no catalog linted here: none has the id \"tencent_gm\"\n\nerror: 1 problem\n"
    );
}

#[test]
fn explain_answers_real_reply_bodies_pasted_whole() {
    // Bodies of `tests/refs/real_bodies.md` and `bodies_yunpian_submail_twilio_sns.md` (ids and
    // lines there), pasted as an engineer copies them, and the catalog entry each is about.
    let cases: [(&str, &str, &str); 7] = [
        (
            r#"{"result":1004,"errmsg":"package format errorcannot get \/tel\/mobile"}"#,
            "tencent_sms_legacy",
            "1004",
        ),
        (
            r#"{"Response":{"SendStatusSet":[{"SerialNo":"","PhoneNumber":"+86xxxxxxxxx","Fee":0,"SessionContext":"","Code":"InvalidParameterValue.TemplateParameterFormatError","Message":"Verification code template parameter format error","IsoCode":""}],"RequestId":"xxxxxxxxxx"}}"#,
            "tencent_sms",
            "InvalidParameterValue.TemplateParameterFormatError",
        ),
        (
            r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"请求签名验证失败，请检查您的签名计算是否正确。"},"RequestId":"e3be6d37-524b-4f53-a547-a908d032d69a"}}"#,
            "tencent_sms",
            "AuthFailure.SignatureFailure",
        ),
        (
            r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidAccessKeyId.NotFound&source=PopGw","Message":"Specified access key is not found.","RequestId":"6DE84857-756A-46A6-856A-2081DD814412","HostId":"dypnsapi.aliyuncs.com","Code":"InvalidAccessKeyId.NotFound"}"#,
            "aliyun_sms",
            "InvalidAccessKeyId.NotFound",
        ),
        (
            r#"{"RetCode":171,"Message":"Signature VerifyAC Error"}"#,
            "ucloud_usms",
            "171",
        ),
        (
            r#"=> {"code"=>5, "msg"=>"未找到匹配的模板", "detail"=>"未自动匹配到合适的模板"}"#,
            "yunpian_sms",
            "5",
        ),
        (
            r#""responseData":{"http_status_code":400,"code":23,"msg":"号码归属地不在模板可发送的地区内","detail":"请提交模板可发送国家列表内的号码"}"#,
            "yunpian_sms",
            "23",
        ),
    ];
    for (body, catalog, code) in cases {
        let output = run(&["explain", "--json", body]);
        assert!(output.status.success(), "{body}");
        let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
        let found = reports[0]["found"].as_array().unwrap();
        assert!(
            found.iter().any(|hit| hit["catalog"] == catalog
                && hit["code"].to_string().trim_matches('"') == code),
            "{body}: {found:?}"
        );
        // Only the code: no word of the body that is not one (a key, a request id, a host).
        assert!(
            found.iter().all(|hit| hit["spelled"] == code),
            "{body}: {found:?}"
        );
    }
}
