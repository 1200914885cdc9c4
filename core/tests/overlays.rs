//! Overlays as tables: each row is a base catalog, one or more overlay files, and every
//! diagnostic they must give (file, line, column, message, notes), exactly those; then what a
//! valid overlay does to the model and to the rustdoc.
//!
//! The overlay files are `errors/a.toml` and `errors/b.toml`; an overlay's own text starts on
//! its line 1.

use error_catalog_core::docs::{enum_doc, variant_doc};
use error_catalog_core::model::{Catalog, CodeValue, Entry};
use error_catalog_core::{Diagnostic, SourceFile, builtin, check_with_overlays};
use error_catalog_runtime::{Disposition, ErrorKind};

mod common;
use common::{Expected, at};

/// A string catalog: lines 1–6 the header, then three entries.
const STRINGS: &str = r#"id = "acme"
enum = "AcmeError"
vendor = "Acme"
product = "Acme API"
source = "https://example.com/errors"
code_type = "string"

[[success]]
code = "OK"
message = "accepted"

[[entry]]
code = "Acme.Throttled"
message = "too many requests"
kind = "rate_limited"

[[entry]]
code = "Acme.DailyLimit"
message = "daily limit reached"
kind = "quota_exhausted"
aliases = ["Acme.Daily"]

[[entry]]
code = "Acme.Busy"
message = "line busy"
kind = "recipient_unreachable"
retryable = true
"#;

/// An integer catalog whose entries have symbols.
const SYMBOLS: &str = r#"id = "acme_voice"
enum = "AcmeVoiceError"
vendor = "Acme"
product = "Acme voice SDK"
source = "https://example.com/voice-errors"
code_type = "integer"

[[entry]]
code = 1005
symbol = "ACME_ERR_TIMEOUT"
message = "operation timed out"
kind = "unavailable"

[[entry]]
code = 1013
symbol = "ACME_ERR_BUSY"
message = "line busy"
kind = "recipient_unreachable"
"#;

const A: &str = "errors/a.toml";
const B: &str = "errors/b.toml";

/// `base` with the overlays `texts` (named `errors/a.toml`, `errors/b.toml`) applied in order.
fn apply(base: &str, texts: &[&str]) -> Result<Catalog, Vec<Diagnostic>> {
    let overlays: Vec<SourceFile> = texts
        .iter()
        .zip([A, B])
        .map(|(text, path)| SourceFile::new(path, *text))
        .collect();
    check_with_overlays(&SourceFile::new("acme.toml", base), &overlays)
}

/// One expected diagnostic of one file.
type InFile = (&'static str, Expected);

struct Row {
    about: &'static str,
    base: &'static str,
    overlays: Vec<&'static str>,
    expected: Vec<InFile>,
}

fn row(
    about: &'static str,
    base: &'static str,
    overlay: &'static str,
    expected: Vec<Expected>,
) -> Row {
    Row {
        about,
        base,
        overlays: vec![overlay],
        expected: expected.into_iter().map(|e| (A, e)).collect(),
    }
}

fn assert_rows(rows: Vec<Row>) {
    let count = rows.len();
    let mut differing = Vec::new();
    for row in rows {
        let seen: Vec<InFile> = match apply(row.base, &row.overlays) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|problem| {
                    let path = [A, B, "acme.toml"]
                        .into_iter()
                        .find(|path| *path == problem.path)
                        .unwrap_or_else(|| panic!("a problem in {}", problem.path));
                    (path, Expected::seen(problem))
                })
                .collect(),
        };
        if seen != row.expected {
            differing.push(format!(
                "{}:\nexpected {:#?}\n    seen {:#?}",
                row.about, row.expected, seen
            ));
        }
    }
    common::assert_no_differences(&differing, count);
}

const HELP_ADD: &str = "an entry that adds a new code needs a `message` and a `kind`";
const HELP_BY_CODE: &str = "an overlay names an entry by its code";

#[test]
fn codes_to_amend() {
    assert_rows(vec![
        row(
            "a misspelt code to amend: did you mean",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Throtled\"\nkind = \"unknown\"\n",
            vec![
                at(2, 8, "catalog `acme` has no entry \"Acme.Throtled\" to amend")
                    .help("did you mean \"Acme.Throttled\"?")
                    .help(HELP_ADD),
            ],
        ),
        row(
            "a code far from every other: no suggestion",
            STRINGS,
            "[[entry]]\ncode = \"Zzz\"\ndisposition = \"ignore\"\n",
            vec![at(2, 8, "catalog `acme` has no entry \"Zzz\" to amend").help(HELP_ADD)],
        ),
        row(
            "an integer code to amend, suggested unquoted",
            SYMBOLS,
            "[[entry]]\ncode = 1015\nkind = \"unknown\"\n",
            vec![
                at(2, 8, "catalog `acme_voice` has no entry 1015 to amend")
                    .help("did you mean one of 1005, 1013?")
                    .help(HELP_ADD),
            ],
        ),
        row(
            "an entry named by its alias",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Daily\"\nkind = \"sender_capped\"\n",
            vec![
                at(2, 8, "\"Acme.Daily\" is already the alias of entry \"Acme.DailyLimit\"")
                    .help(format!("{HELP_BY_CODE}: `code = \"Acme.DailyLimit\"`")),
            ],
        ),
        row(
            "an entry of an integer catalog named by its symbol",
            SYMBOLS,
            "[[entry]]\ncode = \"ACME_ERR_BUSY\"\nretryable = true\n",
            vec![
                at(
                    2,
                    8,
                    "`code` must be an integer: \"ACME_ERR_BUSY\" is the symbol of entry 1013",
                )
                .help(format!("{HELP_BY_CODE}: `code = 1013`")),
            ],
        ),
        row(
            "a string code in an integer catalog",
            SYMBOLS,
            "[[entry]]\ncode = \"1013\"\nretryable = true\n",
            vec![
                at(
                    2,
                    8,
                    "`code` must be an integer: this catalog's `code_type` is \"integer\"",
                )
                .help(format!("{HELP_BY_CODE}: `code = 1013`")),
            ],
        ),
        row(
            "a success code",
            STRINGS,
            "[[entry]]\ncode = \"OK\"\nmessage = \"fine\"\nkind = \"benign\"\n",
            vec![at(
                2,
                8,
                "\"OK\" is a success code of the catalog, which cannot be an error",
            )],
        ),
        row(
            "the same code twice in one overlay",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\nkind = \"unavailable\"\n\n[[entry]]\ncode = \"Acme.Busy\"\nretryable = false\n",
            vec![
                at(6, 8, "\"Acme.Busy\" is already in this overlay")
                    .note("first at errors/a.toml:2:8")
                    .help("set every field of an entry in one `[[entry]]` table"),
            ],
        ),
        row(
            "a missing code",
            STRINGS,
            "[[entry]]\nkind = \"unavailable\"\n",
            vec![
                at(1, 1, "missing field `code` in an `[[entry]]` table")
                    .help("add `code = \"Vendor.Code\"` or `code = 1005`"),
            ],
        ),
        row(
            "an amendment that sets nothing",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\n",
            vec![
                at(2, 8, "this `[[entry]]` amends \"Acme.Busy\" but sets nothing").help(
                    "set the fields to change: `kind`, `retryable`, `disposition`, `message`, `solution`, …",
                ),
            ],
        ),
    ]);
}

#[test]
fn fields_of_an_amendment() {
    assert_rows(vec![
        row(
            "an unknown kind, with did you mean",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\nkind = \"recipient_limted\"\n",
            vec![
                at(3, 8, "unknown kind \"recipient_limted\"")
                    .help("did you mean \"recipient_limited\"?")
                    .help(format!("the kinds are: {}", kinds())),
            ],
        ),
        row(
            "an unknown disposition, with did you mean",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\ndisposition = \"retry-later\"\n",
            vec![
                at(3, 15, "unknown disposition \"retry-later\"")
                    .help("did you mean \"retry_later\"?")
                    .help("the dispositions are: retry, retry_later, fail_over, fix_request, drop_recipients, give_up, verify, ignore, alert"),
            ],
        ),
        row(
            "a disposition of the wrong type",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\ndisposition = 3\n",
            vec![at(3, 15, "`disposition` must be a string, found an integer")],
        ),
        row(
            "a misspelt field, with did you mean",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\nretryabel = false\n",
            vec![
                at(3, 1, "unknown field `retryabel` in an `[[entry]]` table")
                    .help("did you mean \"retryable\"?"),
            ],
        ),
        row(
            "an empty message",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\nmessage = \"\"\n",
            vec![at(3, 11, "`message` must not be empty; leave it out instead")],
        ),
        row(
            "the variant and the symbol cannot be amended",
            SYMBOLS,
            "[[entry]]\ncode = 1013\nvariant = \"Busy\"\nsymbol = \"ACME_BUSY\"\n",
            vec![
                at(3, 11, "`variant` cannot be amended: the variant's name is the catalog's, and code matches on it")
                    .help("remove `variant`: an overlay changes what an entry says and decides, not its name"),
                at(4, 10, "`symbol` cannot be amended: it is the vendor's name for the code")
                    .help("remove `symbol`: an overlay changes what an entry says and decides, not its name"),
            ],
        ),
        row(
            "an alias that is another entry's code",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\naliases = [\"Acme.Throttled\", \"Acme.LineBusy\"]\n",
            vec![at(
                3,
                12,
                "duplicate alias \"Acme.Throttled\": already the code of entry \"Acme.Throttled\"",
            )],
        ),
        row(
            "an alias the entry already has",
            STRINGS,
            "[[entry]]\ncode = \"Acme.DailyLimit\"\naliases = [\"Acme.Daily\"]\n",
            vec![at(
                3,
                12,
                "duplicate alias \"Acme.Daily\": already the alias of this entry",
            )],
        ),
        row(
            "a source the catalog does not have",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\"\nfrom = [\"logs\"]\n",
            vec![
                at(3, 9, "provenance \"logs\" is not defined: the catalog has no `[[provenance]]`")
                    .help("add a `[[provenance]]` table with this `id`, `title` and `url`"),
            ],
        ),
    ]);
}

#[test]
fn entries_an_overlay_adds() {
    assert_rows(vec![
        row(
            "an added variant name already taken",
            STRINGS,
            "[[entry]]\ncode = \"Acme_Busy\"\nmessage = \"busy\"\nkind = \"unknown\"\n",
            vec![
                at(2, 8, "duplicate variant name `AcmeBusy`: already the name of entry \"Acme.Busy\"")
                    .help("set a distinct `variant` on this entry"),
            ],
        ),
        row(
            "an added entry of a symbol catalog without a symbol",
            SYMBOLS,
            "[[entry]]\ncode = 1020\nvariant = \"Banned\"\nmessage = \"banned\"\nkind = \"permission\"\n",
            vec![
                at(2, 8, "the entries of catalog `acme_voice` have a `symbol`; an added entry needs one too")
                    .help("add `symbol = \"VENDOR_ERR_NAME\"`"),
            ],
        ),
        row(
            "an added entry with a symbol another entry has",
            SYMBOLS,
            "[[entry]]\ncode = 1020\nsymbol = \"ACME_ERR_BUSY\"\nvariant = \"Banned\"\nmessage = \"banned\"\nkind = \"permission\"\n",
            vec![at(
                3,
                10,
                "duplicate symbol \"ACME_ERR_BUSY\": already the symbol of entry 1013",
            )],
        ),
        row(
            "an added entry with a symbol in a catalog without symbols",
            STRINGS,
            "[[entry]]\ncode = \"Acme.New\"\nsymbol = \"ACME_NEW\"\nmessage = \"new\"\nkind = \"unknown\"\n",
            vec![
                at(3, 10, "the entries of catalog `acme` have no `symbol`")
                    .help("remove `symbol`, or name the variant with `variant = \"…\"`"),
            ],
        ),
        row(
            "an added entry with a kind that does not exist",
            STRINGS,
            "[[entry]]\ncode = \"Acme.New\"\nmessage = \"new\"\nkind = \"new\"\n",
            vec![
                at(4, 8, "unknown kind \"new\"")
                    .help(format!("the kinds are: {}", kinds())),
            ],
        ),
    ]);
}

#[test]
fn the_shape_of_an_overlay() {
    assert_rows(vec![
        row(
            "a catalog header in an overlay",
            STRINGS,
            "id = \"acme\"\n\n[[entry]]\ncode = \"Acme.Busy\"\nkind = \"unavailable\"\n",
            vec![
                at(1, 1, "`id` is a catalog header field; an overlay has no header").help(
                    "an overlay holds only `[[entry]]` tables, applied to the catalog it is given with",
                ),
            ],
        ),
        row(
            "an unknown top-level key",
            STRINGS,
            "entries = []\n",
            vec![
                at(1, 1, "unknown field `entries` in an overlay")
                    .help("an overlay holds only `[[entry]]` tables"),
                at(1, 1, "the overlay has no entries")
                    .help("add one `[[entry]]` table per code to amend or add"),
            ],
        ),
        row(
            "an empty overlay",
            STRINGS,
            "# nothing yet\n",
            vec![
                at(1, 1, "the overlay has no entries")
                    .help("add one `[[entry]]` table per code to amend or add"),
            ],
        ),
        row(
            "`entry` as a table, not an array of tables",
            STRINGS,
            "[entry]\ncode = \"Acme.Busy\"\n",
            vec![
                at(1, 1, "`entry` must be an array of tables (`[[entry]]`), found a table"),
                at(1, 1, "the overlay has no entries")
                    .help("add one `[[entry]]` table per code to amend or add"),
            ],
        ),
        row(
            "invalid TOML",
            STRINGS,
            "[[entry]]\ncode = \"Acme.Busy\nkind = \"unavailable\"\n",
            vec![at(2, 18, "invalid TOML: invalid basic string, expected `\"`")],
        ),
    ]);
}

#[test]
fn several_overlays_and_a_broken_catalog() {
    assert_rows(vec![
        Row {
            about: "problems of two overlays, each in its own file",
            base: STRINGS,
            overlays: vec![
                "[[entry]]\ncode = \"Acme.Nope\"\nkind = \"unknown\"\n",
                "[[entry]]\ncode = \"Acme.Busy\"\nkind = \"fast\"\n",
            ],
            expected: vec![
                (
                    A,
                    at(2, 8, "catalog `acme` has no entry \"Acme.Nope\" to amend").help(HELP_ADD),
                ),
                (
                    B,
                    at(3, 8, "unknown kind \"fast\"").help(format!("the kinds are: {}", kinds())),
                ),
            ],
        },
        Row {
            about: "the second overlay amends what the first added",
            base: STRINGS,
            overlays: vec![
                "[[entry]]\ncode = \"Acme.New\"\nmessage = \"new\"\nkind = \"unknown\"\n",
                "[[entry]]\ncode = \"Acme.New\"\nkind = \"internal\"\n",
            ],
            expected: vec![],
        },
        Row {
            about: "a broken catalog: only its own problems",
            base: "id = \"acme\"\n",
            overlays: vec!["[[entry]]\ncode = \"Acme.Nope\"\nkind = \"unknown\"\n"],
            expected: ["enum", "vendor", "product", "source", "code_type"]
                .iter()
                .map(|key| {
                    let example = match *key {
                        "enum" => "\"MyCatalogError\"",
                        "source" => "\"https://…\"",
                        "code_type" => "\"string\"` or `code_type = \"integer\"",
                        _ => "\"…\"",
                    };
                    (
                        "acme.toml",
                        at(1, 1, format!("missing field `{key}` in the catalog header"))
                            .help(format!("add `{key} = {example}`")),
                    )
                })
                .chain([(
                    "acme.toml",
                    at(1, 1, "the catalog has no entries")
                        .help("add one `[[entry]]` table per error code"),
                )])
                .collect(),
        },
    ]);
}

fn kinds() -> String {
    ErrorKind::ALL
        .iter()
        .map(|kind| kind.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn entry<'a>(catalog: &'a Catalog, code: &str) -> &'a Entry {
    catalog
        .entries
        .iter()
        .find(|entry| entry.code == CodeValue::Str(code.to_owned()))
        .unwrap_or_else(|| panic!("no entry {code}"))
}

#[test]
fn a_new_kind_re_derives_what_the_entry_does_not_set() {
    let catalog = apply(
        STRINGS,
        &["[[entry]]\ncode = \"Acme.DailyLimit\"\nkind = \"sender_capped\"\n\n[[entry]]\ncode = \"Acme.Busy\"\nkind = \"unavailable\"\n"],
    )
    .unwrap();
    // No retry advice of its own: the new kind's, and the decision that follows.
    let daily = entry(&catalog, "Acme.DailyLimit");
    assert_eq!(daily.kind, ErrorKind::SenderCapped);
    assert!(daily.retryable);
    assert_eq!(daily.disposition, Disposition::RetryLater);
    // `retryable = true` in the catalog stays; the decision follows the new kind.
    let busy = entry(&catalog, "Acme.Busy");
    assert_eq!(busy.kind, ErrorKind::Unavailable);
    assert!(busy.retryable);
    assert_eq!(busy.disposition, Disposition::Retry);
    // What no overlay touched is as the catalog says.
    let throttled = entry(&catalog, "Acme.Throttled");
    assert_eq!(throttled.disposition, Disposition::Retry);
    assert!(throttled.amended_by.is_empty());
}

#[test]
fn a_disposition_set_by_an_overlay_stays_through_a_later_kind() {
    let catalog = apply(
        STRINGS,
        &[
            "[[entry]]\ncode = \"Acme.DailyLimit\"\ndisposition = \"retry_later\"\n",
            "[[entry]]\ncode = \"Acme.DailyLimit\"\nkind = \"billing\"\nsolution = \"top up\"\n",
        ],
    )
    .unwrap();
    let daily = entry(&catalog, "Acme.DailyLimit");
    assert_eq!(daily.kind, ErrorKind::Billing);
    assert_eq!(daily.disposition, Disposition::RetryLater);
    assert_eq!(daily.solution.as_deref(), Some("top up"));
    let amended: Vec<(&str, Vec<&str>)> = daily
        .amended_by
        .iter()
        .map(|a| (a.overlay.as_str(), a.fields.clone()))
        .collect();
    assert_eq!(
        amended,
        [(A, vec!["disposition"]), (B, vec!["solution", "kind"])]
    );
    assert_eq!(catalog.overlays, [A, B]);
}

#[test]
fn an_amendment_replaces_texts_and_adds_aliases_and_wordings() {
    let base = r#"id = "acme"
enum = "AcmeError"
vendor = "Acme"
product = "Acme API"
source = "https://example.com/errors"
code_type = "string"

[[provenance]]
id = "doc"
title = "the page"
url = "https://example.com/errors"

[[entry]]
code = "Acme.Busy"
message = "line busy"
kind = "recipient_unreachable"
from = ["doc"]
"#;
    let overlays = [SourceFile::new(
        A,
        "[[entry]]\ncode = \"Acme.Busy\"\nmessage = \"the line is busy\"\ncause = \"a call is on\"\naliases = [\"Acme.LineBusy\"]\n\n[[entry.wording]]\nfrom = \"doc\"\nmessage = \"busy\"\n\n[[entry]]\ncode = \"Acme.New\"\nmessage = \"a new code\"\nkind = \"unknown\"\n",
    )];
    let catalog = check_with_overlays(&SourceFile::new("acme.toml", base), &overlays)
        .unwrap_or_else(|problems| panic!("{}", problems[0]));
    let busy = entry(&catalog, "Acme.Busy");
    assert_eq!(busy.message, "the line is busy");
    assert_eq!(busy.cause.as_deref(), Some("a call is on"));
    assert_eq!(busy.aliases, [CodeValue::Str("Acme.LineBusy".into())]);
    assert_eq!(busy.wordings.len(), 1);
    assert_eq!(busy.from, ["doc"]);
    assert_eq!(
        busy.amended_by[0].fields,
        ["message", "cause", "aliases", "wording"]
    );
    // An added entry needs no `from` in a catalog with provenance.
    let new = entry(&catalog, "Acme.New");
    assert!(new.from.is_empty());
    assert_eq!(new.added_by.as_deref(), Some(A));
    assert_eq!(new.variant, "AcmeNew");
    assert_eq!(
        catalog.entries.last().map(|e| e.variant.as_str()),
        Some("AcmeNew")
    );
}

#[test]
fn the_rustdoc_names_the_overlay() {
    let catalog = apply(
        STRINGS,
        &["[[entry]]\ncode = \"Acme.Throttled\"\ndisposition = \"fail_over\"\n\n[[entry]]\ncode = \"Acme.New\"\nmessage = \"a new code\"\nkind = \"unknown\"\n"],
    )
    .unwrap();
    let throttled = variant_doc(&catalog, entry(&catalog, "Acme.Throttled"));
    assert!(
        throttled
            .contains("**Disposition:** `fail_over` (set for this entry; the kind gives `retry`)."),
        "{throttled}"
    );
    assert!(
        throttled.ends_with("**Amended by** `errors/a.toml`: disposition."),
        "{throttled}"
    );
    let new = variant_doc(&catalog, entry(&catalog, "Acme.New"));
    assert!(new.ends_with("**Added by** `errors/a.toml`."), "{new}");
    let whole = enum_doc(&catalog);
    assert!(
        whole.contains(
            "Amended by overlays, in order:\n- `errors/a.toml`: 1 entry amended, 1 added"
        ),
        "{whole}"
    );
    // Without an overlay, the rustdoc says nothing of overlays.
    let plain = apply(STRINGS, &[]).unwrap();
    assert!(!enum_doc(&plain).contains("overlay"));
    assert!(!variant_doc(&plain, &plain.entries[0]).contains("Amended"));
}

#[test]
fn an_overlay_applies_to_a_built_in_catalog() {
    let file = builtin::builtin("tencent_sms").unwrap();
    let overlay = SourceFile::new(
        A,
        "[[entry]]\ncode = \"LimitExceeded.DailyLimit\"\ndisposition = \"retry_later\"\n\n[[entry]]\ncode = \"FailedOperation.NewCodeSeenInLogs\"\nmessage = \"短信发送失败\"\nkind = \"unknown\"\n",
    );
    let catalog = check_with_overlays(&file, &[overlay]).unwrap();
    assert_eq!(
        entry(&catalog, "LimitExceeded.DailyLimit").disposition,
        Disposition::RetryLater
    );
    let added = entry(&catalog, "FailedOperation.NewCodeSeenInLogs");
    assert_eq!(added.variant, "FailedOperationNewCodeSeenInLogs");
    assert_eq!(added.disposition, Disposition::Alert);
    assert_eq!(catalog.entries.len(), 133);
}

/// A receipt catalog: one code read differently by two carriers.
const RECEIPTS: &str = r#"id = "receipts"
enum = "ReceiptError"
vendor = "Acme"
product = "SMS receipts"
source = "https://example.com/receipts"
code_type = "string"

[[carrier]]
id = "china_mobile"
name = "中国移动"

[[carrier]]
id = "china_telecom"
name = "中国电信"

[[entry]]
code = "1"
variant = "Status1"
message = "中国移动：停机、空号\n中国电信：网关系统忙"
kind = "unknown"
retryable = true

[[entry.carrier]]
id = "china_mobile"
message = "停机、空号"
kind = "recipient_unreachable"
"#;

#[test]
fn an_overlay_replaces_a_carriers_reading_or_adds_one() {
    let catalog = apply(
        RECEIPTS,
        &["[[entry]]\ncode = \"1\"\n\n[[entry.carrier]]\nid = \"china_mobile\"\nmessage = \"停机\"\nkind = \"recipient_unreachable\"\nretryable = true\n\n[[entry.carrier]]\nid = \"china_telecom\"\nmessage = \"网关系统忙\"\nkind = \"unavailable\"\nretryable = true\n"],
    )
    .unwrap();
    let entry = &catalog.entries[0];
    let readings: Vec<(&str, &str, Disposition)> = entry
        .readings
        .iter()
        .map(|reading| {
            (
                reading.carrier.as_str(),
                reading.message.as_str(),
                reading.disposition,
            )
        })
        .collect();
    assert_eq!(
        readings,
        [
            ("china_mobile", "停机", Disposition::RetryLater),
            ("china_telecom", "网关系统忙", Disposition::Retry),
        ]
    );
    // The entry's own decision is untouched, and the amendment is recorded.
    assert_eq!(entry.disposition, Disposition::Retry);
    assert_eq!(entry.amended_by[0].fields, ["carrier"]);
}

#[test]
fn an_overlay_reading_needs_a_declared_carrier_and_its_fields() {
    let problems = apply(
        RECEIPTS,
        &["[[entry]]\ncode = \"1\"\n\n[[entry.carrier]]\nid = \"china_mobil\"\nmessage = \"空号\"\nkind = \"recipient_unreachable\"\n\n[[entry.carrier]]\nid = \"china_telecom\"\n"],
    )
    .err()
    .expect("the overlay has problems");
    let seen: Vec<Expected> = problems.iter().map(Expected::seen).collect();
    assert_eq!(
        seen,
        [
            at(5, 6, r#"unknown carrier "china_mobil""#)
                .help(r#"did you mean "china_mobile"?"#)
                .help("the catalog's carriers are: china_mobile, china_telecom"),
            at(
                9,
                1,
                "missing field `message` in an `[[entry.carrier]]` table"
            )
            .help(r#"add `message = "…"`"#),
            at(9, 1, "missing field `kind` in an `[[entry.carrier]]` table").help(format!(
                "add `kind = \"…\"`; the kinds are: {}",
                ErrorKind::ALL
                    .iter()
                    .map(|kind| kind.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        ]
    );
    assert!(problems.iter().all(|problem| problem.path == A));
}

#[test]
fn an_overlay_sets_an_entrys_english_or_drops_what_no_longer_translates() {
    let file = builtin::builtin("tencent_sms").unwrap();
    let overlay = SourceFile::new(
        A,
        "[[entry]]\ncode = \"LimitExceeded.DailyLimit\"\nen = { message = \"Daily cap reached.\", solution = \"Ask us to raise it.\", from = \"translation\" }\n\n[[entry]]\ncode = \"FailedOperation.ContainSensitiveWord\"\nmessage = \"内容含敏感词\"\n\n[[entry]]\ncode = \"LimitExceeded.PhoneNumberDailyLimit\"\nkind = \"quota_exhausted\"\n",
    );
    let catalog = check_with_overlays(&file, &[overlay]).unwrap();
    // An `en` of the overlay replaces the catalog's English.
    let english = entry(&catalog, "LimitExceeded.DailyLimit")
        .english
        .as_ref()
        .unwrap();
    assert_eq!(english.message.text, "Daily cap reached.");
    assert_eq!(english.message.from, "translation");
    assert_eq!(
        english.solution.as_ref().unwrap().text,
        "Ask us to raise it."
    );
    // A new message without English: the catalog's English translated the old one.
    assert!(
        entry(&catalog, "FailedOperation.ContainSensitiveWord")
            .english
            .is_none()
    );
    // Amending what is decided keeps the English of the texts.
    let kept = entry(&catalog, "LimitExceeded.PhoneNumberDailyLimit");
    assert_eq!(
        kept.english.as_ref().unwrap().message.from,
        "sdk_v20210111_en"
    );
}

#[test]
fn an_overlays_english_must_fit_the_entry_and_the_catalog() {
    let file = builtin::builtin("tencent_sms").unwrap();
    let overlay = SourceFile::new(
        A,
        "[[entry]]\ncode = \"LimitExceeded.DailyLimit\"\nen = { message = \"Daily cap reached.\", from = \"translation\" }\n\n[[entry]]\ncode = \"LimitExceeded.PhoneNumberDailyLimit\"\nen = { message = \"Per-number cap.\", cause = \"Too many.\", from = \"translation\" }\n\n[[entry]]\ncode = \"FailedOperation.ContainSensitiveWord\"\nen = { message = \"Sensitive words.\", solution = \"Remove them.\", from = \"translatoin\" }\n",
    );
    let Err(problems) = check_with_overlays(&file, &[overlay]) else {
        panic!("the overlay is accepted");
    };
    let seen: Vec<Expected> = problems.iter().map(Expected::seen).collect();
    assert_eq!(
        seen,
        [
            at(3, 6, "the entry has a `solution`, and its English (`en`) has none").help(
                "add `solution = \"…\"` to `en`: English is kept for every text of the entry"
            ),
            at(7, 6, "`en` has a `cause`, and the entry has none").help(
                "English is kept beside the vendor's texts: remove `cause` from `en`, or give the entry its `cause`"
            ),
            at(7, 6, "the entry has a `solution`, and its English (`en`) has none").help(
                "add `solution = \"…\"` to `en`: English is kept for every text of the entry"
            ),
            at(11, 72, r#"unknown provenance "translatoin""#)
                .help(r#"did you mean "translation"?"#)
                .help("the catalog's provenance ids are: doc, sdk_v20210111, sdk_v20190711, common_codes, sdk_removed, sdk_v20190711_en, sdk_v20210111_en, common_codes_en, translation"),
        ]
    );

    let twilio = builtin::builtin("twilio").unwrap();
    let overlay = SourceFile::new(
        A,
        "[[entry]]\ncode = 21211\nen = { message = \"Invalid 'To' number.\" }\n",
    );
    let Err(problems) = check_with_overlays(&twilio, &[overlay]) else {
        panic!("the overlay is accepted");
    };
    let seen: Vec<Expected> = problems.iter().map(Expected::seen).collect();
    assert_eq!(
        seen,
        [at(
            3,
            6,
            "this catalog's `language` is \"en\": its texts are English already"
        )
        .help("remove `en`, or set the header's `language` to the language of the vendor's texts")]
    );
}
