//! The schema rules of `error_catalog_core::check` as tables: each row is a short catalog and
//! every diagnostic it must give (line, column, message, notes), exactly those, in file order.
//! The UI tests in `tests/ui/` show some of the same problems as a user sees them; these are the
//! fast and exhaustive ones, one row per rule.
//!
//! Every row starts from the valid header of [`HEADER`] (lines 1–6); a row's own text starts on
//! line 7. The `found_bugs` test holds the rows that found bugs of the checker.

use std::fmt::Write as _;

use error_catalog_core::model::CodeValue;
use error_catalog_core::{Diagnostic, SourceFile, builtin, check};

mod common;
use common::{Expected, at};

/// The valid header, one key a line; [`catalog`] changes some of it.
const HEADER: [(&str, &str); 6] = [
    ("id", "\"acme\""),
    ("enum", "\"AcmeError\""),
    ("vendor", "\"Acme\""),
    ("product", "\"Acme API\""),
    ("source", "\"https://example.com/errors\""),
    ("code_type", "\"string\""),
];

/// A valid entry of a string catalog: lines 7–10 when it comes first.
const ENTRY: &str =
    "[[entry]]\ncode = \"Acme.Failure\"\nmessage = \"it failed\"\nkind = \"internal\"\n";

/// The kinds, as the missing-`kind` and unknown-kind helps list them.
const KINDS: &str = "auth, permission, invalid_request, not_found, not_registered, conflict, unsupported, rate_limited, quota_exhausted, sender_capped, recipient_limited, billing, content_rejected, recipient_unreachable, recipients_rejected, maybe_delivered, unavailable, internal, client_misuse, device, cancelled, benign, unknown";

/// The header with `changes` made, then `body` (its first line break dropped, so a raw string
/// can start on the line after its quote). `Some(value)` replaces a key's value on its line,
/// `None` turns its line into a comment (so no line number moves); a key the header does not
/// have is added after line 6.
fn catalog(changes: &[(&str, Option<&str>)], body: &str) -> String {
    let mut text = String::new();
    for (key, value) in HEADER {
        match changes.iter().find(|(changed, _)| *changed == key) {
            Some((_, Some(value))) => writeln!(text, "{key} = {value}"),
            Some((_, None)) => writeln!(text, "# no `{key}`"),
            None => writeln!(text, "{key} = {value}"),
        }
        .expect("writing to a String");
    }
    for (key, value) in changes {
        if let (false, Some(value)) = (HEADER.iter().any(|(name, _)| name == key), value) {
            writeln!(text, "{key} = {value}").expect("writing to a String");
        }
    }
    text + body.strip_prefix('\n').unwrap_or(body)
}

/// A catalog of string codes: the header, then `body` from line 7.
fn string_catalog(body: &str) -> String {
    catalog(&[], body)
}

/// A catalog of integer codes: the header, then `body` from line 7.
fn integer_catalog(body: &str) -> String {
    catalog(&[("code_type", Some("\"integer\""))], body)
}

/// A catalog and every diagnostic it must give; none means it must check.
struct Row {
    about: &'static str,
    toml: String,
    expected: Vec<Expected>,
}

fn row(about: &'static str, toml: String, expected: Vec<Expected>) -> Row {
    Row {
        about,
        toml,
        expected,
    }
}

fn ok(about: &'static str, toml: String) -> Row {
    row(about, toml, Vec::new())
}

/// The diagnostics of `toml`, checked as `acme.toml`.
fn diagnostics_of(toml: &str) -> Vec<Diagnostic> {
    match check(&SourceFile::new("acme.toml", toml)) {
        Ok(_) => Vec::new(),
        Err(problems) => {
            assert!(!problems.is_empty(), "`check` failed with no diagnostic");
            problems
        }
    }
}

/// Checks every row; fails with every row that differs.
fn assert_rows(rows: &[Row]) {
    let mut differing = Vec::new();
    for row in rows {
        let problems = diagnostics_of(&row.toml);
        for problem in &problems {
            assert_eq!(problem.path, "acme.toml", "{}", row.about);
        }
        let seen: Vec<Expected> = problems.iter().map(Expected::seen).collect();
        if seen != row.expected {
            differing.push(format!(
                "{}:\nexpected {:#?}\n    seen {:#?}",
                row.about, row.expected, seen
            ));
        }
    }
    common::assert_no_differences(&differing, rows.len());
}

// ---------------------------------------------------------------------------------------------
// The header

#[test]
fn header() {
    assert_rows(&[
        ok("a minimal catalog", string_catalog(ENTRY)),
        ok(
            "every optional header key",
            catalog(
                &[
                    ("description", Some("\"Acme's *errors*\"")),
                    ("counterpart", Some("\"acme_v1\"")),
                ],
                ENTRY,
            ),
        ),
        row(
            "an unknown header key close to one",
            catalog(&[("vendr", Some("\"Acme\""))], ENTRY),
            vec![
                at(7, 1, "unknown field `vendr` in the catalog header")
                    .help(r#"did you mean "vendor"?"#),
            ],
        ),
        row(
            "an unknown header key close to none lists the fields",
            catalog(&[("homepage", Some("\"https://acme.example\""))], ENTRY),
            vec![
                at(7, 1, "unknown field `homepage` in the catalog header").help(
                    "the fields of the catalog header are: id, enum, vendor, product, source, code_type, language, description, counterpart, provenance, success, carrier, entry",
                ),
            ],
        ),
        row(
            "every required header key missing",
            catalog(
                &[
                    ("id", None),
                    ("enum", None),
                    ("vendor", None),
                    ("product", None),
                    ("source", None),
                    ("code_type", None),
                ],
                ENTRY,
            ),
            vec![
                at(1, 1, "missing field `id` in the catalog header")
                    .help(r#"add `id = "my_catalog"`"#),
                at(1, 1, "missing field `enum` in the catalog header")
                    .help(r#"add `enum = "MyCatalogError"`"#),
                at(1, 1, "missing field `vendor` in the catalog header")
                    .help(r#"add `vendor = "…"`"#),
                at(1, 1, "missing field `product` in the catalog header")
                    .help(r#"add `product = "…"`"#),
                at(1, 1, "missing field `source` in the catalog header")
                    .help(r#"add `source = "https://…"`"#),
                at(1, 1, "missing field `code_type` in the catalog header")
                    .help(r#"add `code_type = "string"` or `code_type = "integer"`"#),
            ],
        ),
        row(
            "a string key given an integer",
            catalog(&[("vendor", Some("1"))], ENTRY),
            vec![at(3, 10, "`vendor` must be a string, found an integer")],
        ),
        row(
            "a string key given an inline table",
            catalog(&[("vendor", Some("{ name = \"Acme\" }"))], ENTRY),
            vec![at(3, 10, "`vendor` must be a string, found a table")],
        ),
        row(
            "a string key given a dotted table",
            catalog(
                &[("vendor", None), ("vendor.name", Some("\"Acme\""))],
                ENTRY,
            ),
            vec![at(7, 1, "`vendor` must be a string, found a table")],
        ),
        row(
            "a string key given a datetime",
            catalog(&[("product", Some("2024-05-01"))], ENTRY),
            vec![at(4, 11, "`product` must be a string, found a datetime")],
        ),
        row(
            "a string key given an array",
            catalog(&[("source", Some("[\"https://example.com\"]"))], ENTRY),
            vec![at(5, 10, "`source` must be a string, found an array")],
        ),
        row(
            "required strings empty or blank",
            catalog(
                &[("vendor", Some("\"\"")), ("product", Some("\"  \""))],
                ENTRY,
            ),
            vec![
                at(3, 10, "`vendor` must not be empty"),
                at(4, 11, "`product` must not be empty"),
            ],
        ),
        row(
            "an optional string empty",
            catalog(&[("description", Some("\" \""))], ENTRY),
            vec![at(
                7,
                15,
                "`description` must not be empty; leave it out instead",
            )],
        ),
        row(
            "an optional string of another type",
            catalog(&[("counterpart", Some("1"))], ENTRY),
            vec![at(7, 15, "`counterpart` must be a string, found an integer")],
        ),
        row(
            "`id` not snake_case",
            catalog(&[("id", Some("\"Acme Errors\""))], ENTRY),
            vec![at(
                1,
                6,
                r#"`id` must be snake_case (lowercase ASCII letters, digits and `_`), found "Acme Errors""#,
            )],
        ),
        row(
            "`id` starting with a digit",
            catalog(&[("id", Some("\"1acme\""))], ENTRY),
            vec![at(
                1,
                6,
                r#"`id` must be snake_case (lowercase ASCII letters, digits and `_`), found "1acme""#,
            )],
        ),
        row(
            "`id` empty: said once",
            catalog(&[("id", Some("\"\""))], ENTRY),
            vec![at(1, 6, "`id` must not be empty")],
        ),
        row(
            "`enum` with a character no identifier has",
            catalog(&[("enum", Some("\"Acme-Error\""))], ENTRY),
            vec![at(
                2,
                8,
                r#"`enum` "Acme-Error" is not a valid Rust type name: it contains '-', which a Rust identifier cannot contain"#,
            )],
        ),
        row(
            "`enum` starting with a digit",
            catalog(&[("enum", Some("\"1Acme\""))], ENTRY),
            vec![at(
                2,
                8,
                r#"`enum` "1Acme" is not a valid Rust type name: it starts with '1', which cannot start a Rust identifier"#,
            )],
        ),
        row(
            "`enum` a keyword",
            catalog(&[("enum", Some("\"Self\""))], ENTRY),
            vec![at(
                2,
                8,
                r#"`enum` "Self" is not a valid Rust type name: it is a Rust keyword"#,
            )],
        ),
        row(
            "`enum` starting with a non-ASCII letter",
            catalog(&[("enum", Some("\"Ärger\""))], ENTRY),
            vec![at(
                2,
                8,
                r#"`enum` "Ärger" is not a valid Rust type name: it starts with 'Ä', which is not ASCII: names are ASCII letters, digits and `_`"#,
            )],
        ),
        row(
            "`enum` the bare underscore",
            catalog(&[("enum", Some("\"_\""))], ENTRY),
            vec![at(
                2,
                8,
                r#"`enum` "_" is not a valid Rust type name: it is not an identifier"#,
            )],
        ),
        row(
            "`enum` of another type",
            catalog(&[("enum", Some("1"))], ENTRY),
            vec![at(2, 8, "`enum` must be a string, found an integer")],
        ),
        row(
            "`code_type` unknown",
            catalog(&[("code_type", Some("\"int\""))], ENTRY),
            vec![at(6, 13, r#"unknown `code_type` "int""#).help(r#"expected "string" or "integer""#)],
        ),
        row(
            "`code_type` of another type",
            catalog(&[("code_type", Some("true"))], ENTRY),
            vec![at(6, 13, "`code_type` must be a string, found a boolean")],
        ),
        row(
            "an unknown `code_type`: codes are not checked against it",
            catalog(
                &[("code_type", Some("\"int\""))],
                r#"
[[entry]]
code = 404
variant = "NotFound"
message = "no such thing"
kind = "not_found"
"#,
            ),
            vec![at(6, 13, r#"unknown `code_type` "int""#).help(r#"expected "string" or "integer""#)],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// The list of entries

#[test]
fn entry_list() {
    assert_rows(&[
        row(
            "no entries",
            string_catalog(""),
            vec![
                at(1, 1, "the catalog has no entries")
                    .help("add one `[[entry]]` table per error code"),
            ],
        ),
        row(
            "`entry` a string",
            string_catalog("entry = \"Acme.Failure\"\n"),
            vec![at(
                7,
                9,
                "`entry` must be an array of tables (`[[entry]]`), found a string",
            )],
        ),
        row(
            "`entry` one table instead of an array of tables",
            string_catalog(
                r#"
[entry]
code = "Acme.Failure"
"#,
            ),
            vec![at(
                7,
                1,
                "`entry` must be an array of tables (`[[entry]]`), found a table",
            )],
        ),
        row(
            "`entry` an array of other values",
            string_catalog("entry = [1]\n"),
            vec![at(7, 10, "each `entry` must be a table, found an integer")],
        ),
        row(
            "entries as inline tables are located at their brace",
            string_catalog("entry = [{ code = \"A\", message = \"m\" }]\n"),
            vec![
                at(7, 10, "missing field `kind` in an `[[entry]]` table")
                    .help(format!("add `kind = \"…\"`; the kinds are: {KINDS}")),
            ],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// `[[provenance]]`, `from` and `[[entry.wording]]`

#[test]
fn provenance() {
    assert_rows(&[
        ok(
            "two sources, an entry from both, another wording",
            string_catalog(
                r#"
[[provenance]]
id = "doc"
title = "the vendor page"
url = "https://example.com/errors"

[[provenance]]
id = "sdk"
title = "the vendor SDK"
url = "https://example.com/sdk"
version = "v1.2.0"
secondary = true

[[entry]]
code = "Acme.Failure"
message = "it failed"
kind = "internal"
from = ["doc", "sdk"]

[[entry.wording]]
from = "sdk"
message = "failure"
"#,
            ),
        ),
        row(
            "an unknown key close to one",
            string_catalog(
                r#"
[[provenance]]
id = "doc"
title = "the vendor page"
url = "https://example.com/errors"
secundary = true
[[entry]]
code = "Acme.Failure"
message = "it failed"
kind = "internal"
from = ["doc"]
"#,
            ),
            vec![
                at(11, 1, "unknown field `secundary` in a `[[provenance]]` table")
                    .help(r#"did you mean "secondary"?"#),
            ],
        ),
        row(
            "an unknown key close to none lists the fields",
            string_catalog(
                r#"
[[provenance]]
id = "doc"
title = "the vendor page"
url = "https://example.com/errors"
homepage = "https://example.com"
[[entry]]
code = "Acme.Failure"
message = "it failed"
kind = "internal"
from = ["doc"]
"#,
            ),
            vec![
                at(11, 1, "unknown field `homepage` in a `[[provenance]]` table").help(
                    "the fields of a `[[provenance]]` table are: id, title, url, version, secondary, translation",
                ),
            ],
        ),
        row(
            "every required key missing",
            string_catalog(&format!("[[provenance]]\nversion = \"1\"\n{ENTRY}")),
            vec![
                at(7, 1, "missing field `id` in a `[[provenance]]` table")
                    .help(r#"add `id = "doc"`"#),
                at(7, 1, "missing field `title` in a `[[provenance]]` table")
                    .help(r#"add `title = "…"`"#),
                at(7, 1, "missing field `url` in a `[[provenance]]` table")
                    .help(r#"add `url = "https://…"`"#),
            ],
        ),
        row(
            "values of the wrong types",
            string_catalog(
                r#"
[[provenance]]
id = "doc"
title = "the vendor page"
url = "https://example.com/errors"
version = 2
secondary = "yes"
[[entry]]
code = "Acme.Failure"
message = "it failed"
kind = "internal"
from = ["doc"]
"#,
            ),
            vec![
                at(11, 11, "`version` must be a string, found an integer"),
                at(12, 13, "`secondary` must be a boolean, found a string")
                    .help("write `secondary = true` or `secondary = false`"),
            ],
        ),
        row(
            "empty strings",
            string_catalog(&format!("[[provenance]]\nid = \"doc\"\ntitle = \"the vendor page\"\nurl = \"\"\nversion = \"\"\n{ENTRY}")),
            vec![
                at(10, 7, "`url` must not be empty"),
                at(11, 11, "`version` must not be empty; leave it out instead"),
            ],
        ),
        row(
            "a provenance id twice",
            string_catalog(
                r#"
[[provenance]]
id = "doc"
title = "the vendor page"
url = "https://example.com/errors"
[[provenance]]
id = "doc"
title = "the vendor page, again"
url = "https://example.com/errors"
[[entry]]
code = "Acme.Failure"
message = "it failed"
kind = "internal"
from = ["doc"]
"#,
            ),
            vec![
                at(12, 6, r#"duplicate provenance id "doc""#)
                    .note("first defined at acme.toml:8:6"),
            ],
        ),
        row(
            "`provenance` a string",
            string_catalog(&format!("provenance = \"doc\"\n{ENTRY}")),
            vec![at(
                7,
                14,
                "`provenance` must be an array of tables (`[[provenance]]`), found a string",
            )],
        ),
        row(
            "`provenance` one table",
            string_catalog(&format!("[provenance]\nid = \"doc\"\n{ENTRY}")),
            vec![at(
                7,
                1,
                "`provenance` must be an array of tables (`[[provenance]]`), found a table",
            )],
        ),
        row(
            "`provenance` an array of other values",
            string_catalog(&format!("provenance = [1]\n{ENTRY}")),
            vec![at(7, 15, "each `provenance` must be a table, found an integer")],
        ),
    ]);
}

/// `[[provenance]] id = "doc"` on lines 7–10, then an `[[entry]]` on lines 11–14 and `more`
/// from line 15.
fn with_doc(more: &str) -> String {
    string_catalog(&format!(
        "[[provenance]]\nid = \"doc\"\ntitle = \"the vendor page\"\nurl = \"https://example.com/errors\"\n{ENTRY}{more}"
    ))
}

#[test]
fn from_and_wording() {
    assert_rows(&[
        ok("an entry from the one source", with_doc("from = [\"doc\"]\n")),
        row(
            "`from` missing in a catalog with provenance",
            with_doc(""),
            vec![
                at(
                    11,
                    1,
                    "missing field `from` in an `[[entry]]` table of a catalog with `[[provenance]]`",
                )
                .help(r#"add `from = ["<provenance id>"]`"#),
            ],
        ),
        row(
            "`from` a string",
            with_doc("from = \"doc\"\n"),
            vec![
                at(15, 8, "`from` must be an array, found a string")
                    .help(r#"write `from = ["doc"]`"#),
            ],
        ),
        row(
            "`from` empty",
            with_doc("from = []\n"),
            vec![at(15, 8, "`from` must name at least one provenance")],
        ),
        row(
            "`from` naming an unknown source close to one",
            with_doc("from = [\"dco\"]\n"),
            vec![
                at(15, 9, r#"unknown provenance "dco""#)
                    .help(r#"did you mean "doc"?"#)
                    .help("the catalog's provenance ids are: doc"),
            ],
        ),
        row(
            "`from` naming an unknown source close to none",
            with_doc("from = [\"vendor_sdk\"]\n"),
            vec![
                at(15, 9, r#"unknown provenance "vendor_sdk""#)
                    .help("the catalog's provenance ids are: doc"),
            ],
        ),
        row(
            "`from` holding another type",
            with_doc("from = [\"doc\", 1]\n"),
            vec![at(15, 16, "`from` must be a string, found an integer")],
        ),
        row(
            "`from` in a catalog without provenance",
            string_catalog(&format!("{ENTRY}from = [\"doc\"]\n")),
            vec![
                at(
                    11,
                    9,
                    r#"provenance "doc" is not defined: the catalog has no `[[provenance]]`"#,
                )
                .help("add a `[[provenance]]` table with this `id`, `title` and `url`"),
            ],
        ),
        ok(
            "a wording from the source",
            with_doc("from = [\"doc\"]\n[[entry.wording]]\nfrom = \"doc\"\nmessage = \"failure\"\n"),
        ),
        row(
            "a wording with an unknown key and no message",
            with_doc("from = [\"doc\"]\n[[entry.wording]]\nfrom = \"doc\"\nmesage = \"failure\"\n"),
            vec![
                at(16, 1, "missing field `message` in an `[[entry.wording]]` table")
                    .help(r#"add `message = "…"`"#),
                at(18, 1, "unknown field `mesage` in an `[[entry.wording]]` table")
                    .help(r#"did you mean "message"?"#),
            ],
        ),
        row(
            "a wording without `from`",
            with_doc("from = [\"doc\"]\n[[entry.wording]]\nmessage = \"failure\"\n"),
            vec![
                at(16, 1, "missing field `from` in an `[[entry.wording]]` table")
                    .help(r#"add `from = "<provenance id>"`"#),
            ],
        ),
        row(
            "a wording from an unknown source",
            with_doc("from = [\"doc\"]\n[[entry.wording]]\nfrom = \"sdk\"\nmessage = \"failure\"\n"),
            vec![
                at(17, 8, r#"unknown provenance "sdk""#)
                    .help("the catalog's provenance ids are: doc"),
            ],
        ),
        row(
            "a wording's `from` written as an entry's",
            with_doc(
                "from = [\"doc\"]\n[[entry.wording]]\nfrom = [\"doc\"]\nmessage = \"failure\"\n",
            ),
            vec![at(17, 8, "`from` must be a string, found an array")],
        ),
        row(
            "a wording's message empty",
            with_doc("from = [\"doc\"]\n[[entry.wording]]\nfrom = \"doc\"\nmessage = \"\"\n"),
            vec![at(18, 11, "`message` must not be empty")],
        ),
        row(
            "`wording` an array of other values",
            with_doc("from = [\"doc\"]\nwording = [1]\n"),
            vec![at(16, 12, "each `wording` must be a table, found an integer")],
        ),
        row(
            "a wording in a catalog without provenance",
            string_catalog(&format!("{ENTRY}[[entry.wording]]\nfrom = \"doc\"\nmessage = \"failure\"\n")),
            vec![
                at(
                    12,
                    8,
                    r#"provenance "doc" is not defined: the catalog has no `[[provenance]]`"#,
                )
                .help("add a `[[provenance]]` table with this `id`, `title` and `url`"),
            ],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// `[[success]]`

/// A valid entry of an integer catalog (5 lines).
const INTEGER_ENTRY: &str = "[[entry]]\ncode = 1005\nvariant = \"Timeout\"\nmessage = \"operation timed out\"\nkind = \"unavailable\"\n";

#[test]
fn success() {
    assert_rows(&[
        ok(
            "a success code",
            string_catalog(&format!(
                "[[success]]\ncode = \"OK\"\nmessage = \"request accepted\"\n{ENTRY}"
            )),
        ),
        ok(
            "an integer success code",
            integer_catalog(&format!(
                "[[success]]\ncode = 0\nmessage = \"ok\"\n{INTEGER_ENTRY}"
            )),
        ),
        row(
            "an unknown key close to none lists the fields",
            string_catalog(&format!(
                "[[success]]\ncode = \"OK\"\nmessage = \"ok\"\nkind = \"ok\"\n{ENTRY}"
            )),
            vec![
                at(10, 1, "unknown field `kind` in a `[[success]]` table")
                    .help("the fields of a `[[success]]` table are: code, message"),
            ],
        ),
        row(
            "an unknown key close to one",
            string_catalog(&format!(
                "[[success]]\ncode = \"OK\"\nmesage = \"ok\"\n{ENTRY}"
            )),
            vec![
                at(7, 1, "missing field `message` in a `[[success]]` table")
                    .help(r#"add `message = "…"`"#),
                at(9, 1, "unknown field `mesage` in a `[[success]]` table")
                    .help(r#"did you mean "message"?"#),
            ],
        ),
        row(
            "the message missing",
            string_catalog(&format!("[[success]]\ncode = \"OK\"\n{ENTRY}")),
            vec![
                at(7, 1, "missing field `message` in a `[[success]]` table")
                    .help(r#"add `message = "…"`"#),
            ],
        ),
        row(
            "the message of another type",
            string_catalog(&format!("[[success]]\ncode = \"OK\"\nmessage = 1\n{ENTRY}")),
            vec![at(9, 11, "`message` must be a string, found an integer")],
        ),
        row(
            "a string success code in an integer catalog",
            integer_catalog(&format!(
                "[[success]]\ncode = \"0\"\nmessage = \"ok\"\n{INTEGER_ENTRY}"
            )),
            vec![at(
                8,
                8,
                r#"`code` must be an integer: this catalog's `code_type` is "integer""#,
            )],
        ),
        row(
            "an integer success code in a string catalog",
            string_catalog(&format!("[[success]]\ncode = 0\nmessage = \"ok\"\n{ENTRY}")),
            vec![
                at(
                    8,
                    8,
                    r#"`code` must be a string: this catalog's `code_type` is "string""#,
                )
                .help("write the code in quotes"),
            ],
        ),
        row(
            "`success` a string",
            string_catalog(&format!("success = \"OK\"\n{ENTRY}")),
            vec![at(
                7,
                11,
                "`success` must be an array of tables (`[[success]]`), found a string",
            )],
        ),
        row(
            "`success` an array of other values",
            string_catalog(&format!("success = [\"OK\"]\n{ENTRY}")),
            vec![at(7, 12, "each `success` must be a table, found a string")],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// The fields of an entry

#[test]
fn entry_fields() {
    assert_rows(&[
        ok(
            "every optional field",
            catalog(
                &[("counterpart", Some("\"acme_v1\""))],
                r#"
[[entry]]
code = "Acme.Failure"
variant = "Failure"
message = "it failed"
cause = "the server broke"
solution = "try later"
kind = "internal"
retryable = false
aliases = ["Acme.Fail"]
section = "公共错误码"
counterpart = "Failure"
"#,
            ),
        ),
        row(
            "an unknown key close to one",
            string_catalog(&format!("{ENTRY}retry = true\n")),
            vec![
                at(11, 1, "unknown field `retry` in an `[[entry]]` table")
                    .help(r#"did you mean "retryable"?"#),
            ],
        ),
        row(
            "an unknown key close to none lists the fields",
            string_catalog(&format!("{ENTRY}homepage = 1\n")),
            vec![
                at(11, 1, "unknown field `homepage` in an `[[entry]]` table").help(
                    "the fields of an `[[entry]]` table are: code, variant, symbol, message, cause, solution, kind, retryable, disposition, aliases, section, from, wording, counterpart, carrier, en",
                ),
            ],
        ),
        ok(
            "a disposition of the entry's own",
            string_catalog(&format!("{ENTRY}disposition = \"fail_over\"\n")),
        ),
        row(
            "an unknown disposition",
            string_catalog(&format!("{ENTRY}disposition = \"failover\"\n")),
            vec![
                at(11, 15, r#"unknown disposition "failover""#)
                    .help(r#"did you mean "fail_over"?"#)
                    .help("the dispositions are: retry, retry_later, fail_over, fix_request, drop_recipients, give_up, verify, ignore, alert"),
            ],
        ),
        row(
            "the message missing",
            string_catalog("[[entry]]\ncode = \"A\"\nkind = \"internal\"\n"),
            vec![
                at(7, 1, "missing field `message` in an `[[entry]]` table")
                    .help(r#"add `message = "…"`"#),
            ],
        ),
        row(
            "the kind missing: the help lists the kinds",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\n"),
            vec![
                at(7, 1, "missing field `kind` in an `[[entry]]` table")
                    .help(format!("add `kind = \"…\"`; the kinds are: {KINDS}")),
            ],
        ),
        row(
            "an unknown kind close to one",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = \"internl\"\n"),
            vec![
                at(10, 8, r#"unknown kind "internl""#)
                    .help(r#"did you mean "internal"?"#)
                    .help(format!("the kinds are: {KINDS}")),
            ],
        ),
        row(
            "an unknown kind in another case",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = \"RateLimited\"\n"),
            vec![
                at(10, 8, r#"unknown kind "RateLimited""#)
                    .help(r#"did you mean "rate_limited"?"#)
                    .help(format!("the kinds are: {KINDS}")),
            ],
        ),
        row(
            "an unknown kind close to none",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = \"fast\"\n"),
            vec![at(10, 8, r#"unknown kind "fast""#).help(format!("the kinds are: {KINDS}"))],
        ),
        row(
            "the kind of another type",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = 1\n"),
            vec![at(10, 8, "`kind` must be a string, found an integer")],
        ),
        row(
            "the message of another type",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = 1\nkind = \"internal\"\n"),
            vec![at(9, 11, "`message` must be a string, found an integer")],
        ),
        row(
            "the message an inline table",
            string_catalog(
                "[[entry]]\ncode = \"A\"\nmessage = { text = \"m\" }\nkind = \"internal\"\n",
            ),
            vec![at(9, 11, "`message` must be a string, found a table")],
        ),
        row(
            "the cause a sub-table",
            string_catalog(&format!("{ENTRY}[entry.cause]\ntext = \"why\"\n")),
            vec![at(11, 1, "`cause` must be a string, found a table")],
        ),
        row(
            "the message blank",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"  \"\nkind = \"internal\"\n"),
            vec![at(9, 11, "`message` must not be empty")],
        ),
        row(
            "optional strings empty",
            string_catalog(&format!("{ENTRY}cause = \"\"\nsolution = \" \"\nsection = \"\"\n")),
            vec![
                at(11, 9, "`cause` must not be empty; leave it out instead"),
                at(12, 12, "`solution` must not be empty; leave it out instead"),
                at(13, 11, "`section` must not be empty; leave it out instead"),
            ],
        ),
        row(
            "optional strings of other types",
            string_catalog(&format!("{ENTRY}cause = 1\nsolution = true\nsection = [\"a\"]\n")),
            vec![
                at(11, 9, "`cause` must be a string, found an integer"),
                at(12, 12, "`solution` must be a string, found a boolean"),
                at(13, 11, "`section` must be a string, found an array"),
            ],
        ),
        row(
            "`retryable` of another type",
            string_catalog(&format!("{ENTRY}retryable = \"yes\"\n")),
            vec![
                at(11, 13, "`retryable` must be a boolean, found a string")
                    .help("write `retryable = true` or `retryable = false`"),
            ],
        ),
        row(
            "`counterpart` without the header's",
            string_catalog(&format!("{ENTRY}counterpart = \"Other.Failure\"\n")),
            vec![
                at(
                    11,
                    15,
                    "`counterpart` needs the catalog's `counterpart` (the id of the other catalog)",
                )
                .help(r#"add `counterpart = "other_catalog_id"` to the header"#),
            ],
        ),
        ok(
            "`counterpart` codes of either type",
            catalog(
                &[("counterpart", Some("\"acme_v1\""))],
                r#"
[[entry]]
code = "A"
message = "m"
kind = "internal"
counterpart = 5
[[entry]]
code = "B"
message = "m"
kind = "internal"
counterpart = "B.B"
"#,
            ),
        ),
        row(
            "`counterpart` of neither type",
            catalog(
                &[("counterpart", Some("\"acme_v1\""))],
                &format!("{ENTRY}counterpart = 1.5\n"),
            ),
            vec![at(
                12,
                15,
                "`counterpart` must be a string or an integer, found a float",
            )],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Codes

/// An entry of an integer catalog with `code` (written as TOML) and `variant` (5 lines).
fn integer_entry(code: &str, variant: &str) -> String {
    format!(
        "[[entry]]\ncode = {code}\nvariant = \"{variant}\"\nmessage = \"m\"\nkind = \"internal\"\n"
    )
}

#[test]
fn codes() {
    assert_rows(&[
        ok(
            "integers in every notation, and the ends of i64",
            integer_catalog(
                &[
                    ("1_000", "Thousand"),
                    ("0x1F", "Hex"),
                    ("0o17", "Octal"),
                    ("0b101", "Binary"),
                    ("+7", "Plus"),
                    ("-9223372036854775808", "Min"),
                    ("9223372036854775807", "Max"),
                ]
                .map(|(code, variant)| integer_entry(code, variant))
                .concat(),
            ),
        ),
        row(
            "an integer code in a string catalog",
            string_catalog("[[entry]]\ncode = 404\nmessage = \"m\"\nkind = \"not_found\"\n"),
            vec![
                at(
                    8,
                    8,
                    r#"`code` must be a string: this catalog's `code_type` is "string""#,
                )
                .help("write the code in quotes"),
            ],
        ),
        row(
            "a string code in an integer catalog",
            integer_catalog(&integer_entry("\"404\"", "NotFound")),
            vec![at(
                8,
                8,
                r#"`code` must be an integer: this catalog's `code_type` is "integer""#,
            )],
        ),
        row(
            "an empty string code",
            string_catalog("[[entry]]\ncode = \"\"\nmessage = \"m\"\nkind = \"internal\"\n"),
            vec![at(8, 8, "`code` must not be empty")],
        ),
        row(
            "a float code",
            integer_catalog(&integer_entry("1.5", "Half")),
            vec![at(
                8,
                8,
                "`code` must be a string or an integer, found a float",
            )],
        ),
        row(
            "a boolean code",
            string_catalog("[[entry]]\ncode = true\nmessage = \"m\"\nkind = \"internal\"\n"),
            vec![at(
                8,
                8,
                "`code` must be a string or an integer, found a boolean",
            )],
        ),
        row(
            "integers out of i64, in decimal and hexadecimal",
            integer_catalog(
                &[
                    ("9223372036854775808", "Over"),
                    ("-9223372036854775809", "Under"),
                    ("0xFFFF_FFFF_FFFF_FFFF", "HexOver"),
                ]
                .map(|(code, variant)| integer_entry(code, variant))
                .concat(),
            ),
            vec![
                at(8, 8, "`code` does not fit in an i64"),
                at(13, 8, "`code` does not fit in an i64"),
                at(18, 8, "`code` does not fit in an i64"),
            ],
        ),
    ]);
}

#[test]
fn integer_codes_are_read_in_every_notation() {
    let text = integer_catalog(
        &[
            ("1_000", "Thousand"),
            ("0x1F", "Hex"),
            ("0o17", "Octal"),
            ("0b101", "Binary"),
            ("+7", "Plus"),
            ("-9223372036854775808", "Min"),
            ("9223372036854775807", "Max"),
        ]
        .map(|(code, variant)| integer_entry(code, variant))
        .concat(),
    );
    let catalog = check(&SourceFile::new("acme.toml", text)).expect("a valid catalog");
    let codes: Vec<CodeValue> = catalog
        .entries
        .iter()
        .map(|entry| entry.code.clone())
        .collect();
    assert_eq!(
        codes,
        [1000, 31, 15, 5, 7, i64::MIN, i64::MAX].map(CodeValue::Int)
    );
}

// ---------------------------------------------------------------------------------------------
// Aliases

#[test]
fn aliases() {
    assert_rows(&[
        ok(
            "string aliases",
            string_catalog(&format!(
                "{ENTRY}aliases = [\"Acme.Fail\", \"acme.failure\"]\n"
            )),
        ),
        ok(
            "an integer catalog's aliases: integers, and strings (symbols)",
            integer_catalog(&format!(
                "{INTEGER_ENTRY}aliases = [1006, 0x3EF, \"ACME_ERR_TIMEOUT\"]\n"
            )),
        ),
        row(
            "`aliases` a string",
            string_catalog(&format!("{ENTRY}aliases = \"Acme.Fail\"\n")),
            vec![
                at(11, 11, "`aliases` must be an array, found a string")
                    .help(r#"write `aliases = ["Other.Spelling"]`"#),
            ],
        ),
        // These messages name an element of `aliases` "`an alias`", in backticks like a key.
        row(
            "an integer alias in a string catalog",
            string_catalog(&format!("{ENTRY}aliases = [\"Acme.Fail\", 5]\n")),
            vec![
                at(
                    11,
                    25,
                    r#"an alias must be a string: this catalog's `code_type` is "string""#,
                )
                .help("write the code in quotes"),
            ],
        ),
        row(
            "an empty alias",
            string_catalog(&format!("{ENTRY}aliases = [\"\"]\n")),
            vec![at(11, 12, "an alias must not be empty")],
        ),
        row(
            "an empty string alias in an integer catalog",
            integer_catalog(&format!("{INTEGER_ENTRY}aliases = [\"\"]\n")),
            vec![at(12, 12, "an alias must not be empty")],
        ),
        row(
            "an integer alias out of i64",
            integer_catalog(&format!(
                "{INTEGER_ENTRY}aliases = [99999999999999999999]\n"
            )),
            vec![at(12, 12, "an alias does not fit in an i64")],
        ),
        row(
            "an alias of neither type",
            integer_catalog(&format!("{INTEGER_ENTRY}aliases = [1.0, true]\n")),
            vec![
                at(
                    12,
                    12,
                    "an alias must be a string or an integer, found a float",
                ),
                at(
                    12,
                    17,
                    "an alias must be a string or an integer, found a boolean",
                ),
            ],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Variant names

/// An entry of a string catalog with `code` (4 lines: the code on line 8 when it comes first).
fn string_entry(code: &str) -> String {
    format!("[[entry]]\ncode = \"{code}\"\nmessage = \"m\"\nkind = \"internal\"\n")
}

/// An entry of a string catalog with an explicit `variant` (5 lines, the variant on line 9).
fn entry_named(variant: &str) -> String {
    format!(
        "[[entry]]\ncode = \"Acme.Failure\"\nvariant = \"{variant}\"\nmessage = \"m\"\nkind = \"internal\"\n"
    )
}

/// A row: an explicit `variant` (on line 9) that `ident::check_variant` rejects, and why.
fn rejected_variant(about: &'static str, variant: &str, why: &str) -> Row {
    row(
        about,
        string_catalog(&entry_named(variant)),
        vec![
            at(
                9,
                11,
                format!("`variant` {variant:?} cannot name a variant: it {why}"),
            )
            .help("use an UpperCamelCase name of ASCII letters and digits"),
        ],
    )
}

/// A row: a string code (on line 8) from which no variant name can be derived: what is derived,
/// and why it cannot be a name.
fn underivable(about: &'static str, code: &str, derived: &str, why: &str) -> Row {
    row(
        about,
        string_catalog(&string_entry(code)),
        vec![
            at(
                8,
                8,
                if derived.is_empty() {
                    format!("cannot derive a variant name from {code:?}: it has no ASCII letter or digit")
                } else {
                    format!("cannot derive a variant name from {code:?}: `{derived}` {why}")
                },
            )
            .help(r#"add `variant = "SomeName"` to this entry"#),
        ],
    )
}

#[test]
fn variants() {
    assert_rows(&[
        ok(
            "derived names that only look reserved",
            string_catalog(&["ALL", "code", "__X", "Err", "Über"].map(string_entry).concat()),
        ),
        ok(
            "an explicit name for a code with none to derive",
            string_catalog(
                "[[entry]]\ncode = \"短信\"\nvariant = \"Sms\"\nmessage = \"m\"\nkind = \"internal\"\n",
            ),
        ),
        // Nothing is left to derive from.
        underivable(
            "a code without ASCII letters or digits",
            "短信",
            "",
            "is empty",
        ),
        underivable("a code of separators only", "...", "", "is empty"),
        underivable(
            "a code starting with a digit",
            "1234",
            "1234",
            "starts with '1', which cannot start a Rust identifier",
        ),
        underivable(
            "a code deriving a keyword",
            "self",
            "Self",
            "is a Rust keyword",
        ),
        row(
            "a symbol starting with a digit",
            integer_catalog(
                "[[entry]]\ncode = 1\nsymbol = \"1ST_ERR\"\nmessage = \"m\"\nkind = \"internal\"\n",
            ),
            vec![
                at(
                    9,
                    10,
                    r#"cannot derive a variant name from "1ST_ERR": `1stErr` starts with '1', which cannot start a Rust identifier"#,
                )
                .help(r#"add `variant = "SomeName"` to this entry"#),
            ],
        ),
        rejected_variant(
            "a variant named like a generated constant",
            "ALL",
            "is the name of an associated item of every generated enum (`E::ALL`)",
        ),
        rejected_variant(
            "a variant named like another generated constant",
            "SOURCES",
            "is the name of an associated item of every generated enum (`E::SOURCES`)",
        ),
        rejected_variant(
            "a variant named like a generated method",
            "code",
            "is the name of an associated item of every generated enum (`E::code`)",
        ),
        rejected_variant(
            "a variant named like generated internals",
            "__X",
            "starts with `__`, which generated internals use",
        ),
        rejected_variant("a keyword variant", "Self", "is a Rust keyword"),
        rejected_variant(
            "a variant with a character no identifier has",
            "Bad-Name",
            "contains '-', which a Rust identifier cannot contain",
        ),
        rejected_variant(
            "a variant starting with a non-ASCII letter",
            "Ünicode",
            "starts with 'Ü', which is not ASCII: names are ASCII letters, digits and `_`",
        ),
        rejected_variant(
            "a variant with a non-ASCII character",
            "Ab→",
            "contains '→', which is not ASCII: names are ASCII letters, digits and `_`",
        ),
        rejected_variant(
            "a variant starting with a digit",
            "9Lives",
            "starts with '9', which cannot start a Rust identifier",
        ),
        rejected_variant("an empty variant", "", "is empty"),
        rejected_variant("the bare underscore", "_", "is not an identifier"),
        row(
            "a variant of another type",
            string_catalog(
                "[[entry]]\ncode = \"A\"\nvariant = 5\nmessage = \"m\"\nkind = \"internal\"\n",
            ),
            vec![at(9, 11, "`variant` must be a string, found an integer")],
        ),
        row(
            "an integer code without a symbol or a variant",
            integer_catalog("[[entry]]\ncode = 404\nmessage = \"m\"\nkind = \"not_found\"\n"),
            vec![
                at(8, 8, "an integer code without a `symbol` needs a `variant` name")
                    .help(r#"add `variant = "SomeName"` (UpperCamelCase, saying what the error is)"#),
            ],
        ),
    ]);
}

#[test]
fn derived_variant_names() {
    let codes = [
        "ALL",
        "code",
        "__X",
        "Err",
        "Über",
        "isv.BUSINESS_LIMIT_CONTROL",
    ];
    let text = string_catalog(&codes.map(string_entry).concat());
    let catalog = check(&SourceFile::new("acme.toml", text)).expect("a valid catalog");
    let variants: Vec<&str> = catalog
        .entries
        .iter()
        .map(|entry| entry.variant.as_str())
        .collect();
    assert_eq!(
        variants,
        ["All", "Code", "X", "Err", "Ber", "IsvBusinessLimitControl"]
    );
}

// ---------------------------------------------------------------------------------------------
// Symbols

/// An entry of an integer catalog with `code` and `symbol` (5 lines, the symbol third).
fn symbol_entry(code: i64, symbol: &str) -> String {
    format!(
        "[[entry]]\ncode = {code}\nsymbol = \"{symbol}\"\nmessage = \"m\"\nkind = \"internal\"\n"
    )
}

#[test]
fn symbols() {
    assert_rows(&[
        ok(
            "a symbol on every entry",
            integer_catalog(
                &(symbol_entry(1005, "AV_ERR_TIMEOUT") + &symbol_entry(1013, "AV_ERR_BUSY")),
            ),
        ),
        row(
            "later entries without a symbol",
            integer_catalog(
                &(symbol_entry(1, "ACME_A") + &integer_entry("2", "B") + &integer_entry("3", "C")),
            ),
            vec![
                at(13, 8, "entry 2 has no `symbol`, but other entries have one")
                    .note(r#"entry 1 has symbol "ACME_A" at acme.toml:9:10"#)
                    .help("either every entry has a `symbol` or none does"),
                at(18, 8, "entry 3 has no `symbol`, but other entries have one")
                    .note(r#"entry 1 has symbol "ACME_A" at acme.toml:9:10"#)
                    .help("either every entry has a `symbol` or none does"),
            ],
        ),
        row(
            "an earlier entry without a symbol",
            integer_catalog(&(integer_entry("1", "One") + &symbol_entry(2, "ACME_B"))),
            vec![
                at(8, 8, "entry 1 has no `symbol`, but other entries have one")
                    .note(r#"entry 2 has symbol "ACME_B" at acme.toml:14:10"#)
                    .help("either every entry has a `symbol` or none does"),
            ],
        ),
        row(
            "an entry with neither a symbol nor a variant: both said",
            integer_catalog(
                &(symbol_entry(1, "ACME_A")
                    + "[[entry]]\ncode = 2\nmessage = \"m\"\nkind = \"internal\"\n"),
            ),
            vec![
                at(
                    13,
                    8,
                    "an integer code without a `symbol` needs a `variant` name",
                )
                .help(r#"add `variant = "SomeName"` (UpperCamelCase, saying what the error is)"#),
                at(13, 8, "entry 2 has no `symbol`, but other entries have one")
                    .note(r#"entry 1 has symbol "ACME_A" at acme.toml:9:10"#)
                    .help("either every entry has a `symbol` or none does"),
            ],
        ),
        row(
            "an empty symbol",
            integer_catalog(
                "[[entry]]\ncode = 1\nsymbol = \"\"\nvariant = \"One\"\nmessage = \"m\"\nkind = \"internal\"\n",
            ),
            vec![at(9, 10, "`symbol` must not be empty")],
        ),
        row(
            "a symbol of another type",
            integer_catalog(
                "[[entry]]\ncode = 1\nsymbol = 7\nvariant = \"One\"\nmessage = \"m\"\nkind = \"internal\"\n",
            ),
            vec![at(9, 10, "`symbol` must be a string, found an integer")],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Duplicates: the error on the second occurrence, a note on the first

#[test]
fn duplicates() {
    assert_rows(&[
        row(
            "a string code twice: its variant's collision is not said again",
            string_catalog(&(string_entry("A") + &string_entry("A"))),
            vec![
                at(12, 8, r#"duplicate code "A": already the code of another entry"#)
                    .note("the code at acme.toml:8:8"),
            ],
        ),
        row(
            "an integer code twice, in two notations",
            integer_catalog(&(integer_entry("255", "A") + &integer_entry("0xFF", "B"))),
            vec![
                at(13, 8, r#"duplicate code "255": already the code of another entry"#)
                    .note("the code at acme.toml:8:8"),
            ],
        ),
        row(
            "an alias of two entries",
            string_catalog(
                &(string_entry("A")
                    + "aliases = [\"X\"]\n"
                    + &string_entry("B")
                    + "aliases = [\"X\"]\n"),
            ),
            vec![
                at(16, 12, r#"duplicate alias "X": already the alias of another entry"#)
                    .note("the alias at acme.toml:11:12"),
            ],
        ),
        row(
            "an alias that is another entry's code",
            string_catalog(&(string_entry("A") + &string_entry("B") + "aliases = [\"A\"]\n")),
            vec![
                at(15, 12, r#"duplicate alias "A": already the code of another entry"#)
                    .note("the code at acme.toml:8:8"),
            ],
        ),
        row(
            "a code that is another entry's alias",
            string_catalog(&(string_entry("A") + "aliases = [\"B\"]\n" + &string_entry("B"))),
            vec![
                at(13, 8, r#"duplicate code "B": already the alias of another entry"#)
                    .note("the alias at acme.toml:11:12"),
            ],
        ),
        row(
            "a symbol of two entries",
            integer_catalog(
                &[(1, "First"), (2, "Second")]
                    .map(|(code, variant)| {
                        format!(
                            "[[entry]]\ncode = {code}\nsymbol = \"ACME_ERR\"\nvariant = \"{variant}\"\nmessage = \"m\"\nkind = \"internal\"\n"
                        )
                    })
                    .concat(),
            ),
            vec![
                at(15, 10, r#"duplicate symbol "ACME_ERR": already the symbol of another entry"#)
                    .note("the symbol at acme.toml:9:10"),
            ],
        ),
        row(
            "a symbol that is another entry's alias",
            integer_catalog(
                &(symbol_entry(1, "ACME_A")
                    + "aliases = [\"ACME_OLD\"]\n"
                    + &symbol_entry(2, "ACME_OLD")),
            ),
            vec![
                at(15, 10, r#"duplicate symbol "ACME_OLD": already the alias of another entry"#)
                    .note("the alias at acme.toml:12:12"),
            ],
        ),
        row(
            "a string alias that is another entry's integer code",
            integer_catalog(
                &(integer_entry("3", "C") + &integer_entry("4", "D") + "aliases = [\"3\"]\n"),
            ),
            vec![
                at(17, 12, r#"duplicate alias "3": already the code of another entry"#)
                    .note("the code at acme.toml:8:8"),
            ],
        ),
        row(
            "two codes deriving one variant",
            string_catalog(&(string_entry("A.B") + &string_entry("A_B"))),
            vec![
                at(12, 8, "duplicate variant name `AB` (entries A.B and A_B)")
                    .note("first used at acme.toml:8:8")
                    .help("set a distinct `variant` on one of them"),
            ],
        ),
        row(
            "an explicit variant equal to a derived one",
            string_catalog(
                &(string_entry("A.B")
                    + "[[entry]]\ncode = \"C\"\nvariant = \"AB\"\nmessage = \"m\"\nkind = \"internal\"\n"),
            ),
            vec![
                at(13, 11, "duplicate variant name `AB` (entries A.B and C)")
                    .note("first used at acme.toml:8:8")
                    .help("set a distinct `variant` on one of them"),
            ],
        ),
        row(
            "an explicit variant twice",
            integer_catalog(&(integer_entry("1", "Busy") + &integer_entry("2", "Busy"))),
            vec![
                at(14, 11, "duplicate variant name `Busy` (entries 1 and 2)")
                    .note("first used at acme.toml:9:11")
                    .help("set a distinct `variant` on one of them"),
            ],
        ),
        row(
            "a duplicate found in an entry with another problem",
            string_catalog(
                &(string_entry("A")
                    + "[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = \"fast\"\n"),
            ),
            vec![
                at(12, 8, r#"duplicate code "A": already the code of another entry"#)
                    .note("the code at acme.toml:8:8"),
                at(14, 8, r#"unknown kind "fast""#).help(format!("the kinds are: {KINDS}")),
            ],
        ),
        row(
            "a code that is a success code",
            string_catalog(&format!(
                "[[success]]\ncode = \"OK\"\nmessage = \"ok\"\n{}",
                string_entry("OK")
            )),
            vec![
                at(11, 8, r#"code "OK" is also a success code, which cannot be an error"#)
                    .note("the success code at acme.toml:8:8"),
            ],
        ),
        row(
            "an alias that is a success code",
            string_catalog(&format!(
                "[[success]]\ncode = \"OK\"\nmessage = \"ok\"\n{}aliases = [\"OK\"]\n",
                string_entry("A")
            )),
            vec![
                at(14, 12, r#"alias "OK" is also a success code, which cannot be an error"#)
                    .note("the success code at acme.toml:8:8"),
            ],
        ),
        row(
            "a string alias that is an integer success code",
            integer_catalog(&format!(
                "[[success]]\ncode = 0\nmessage = \"ok\"\n{}aliases = [\"0\"]\n",
                integer_entry("1", "A")
            )),
            vec![
                at(15, 12, r#"alias "0" is also a success code, which cannot be an error"#)
                    .note("the success code at acme.toml:8:8"),
            ],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// TOML syntax: only syntax errors are reported then

#[test]
fn syntax() {
    assert_rows(&[
        row(
            "an unterminated string",
            string_catalog("[[entry]]\ncode = \"A\nmessage = \"m\"\nkind = \"internal\"\n"),
            vec![at(
                8,
                10,
                "invalid TOML: invalid basic string, expected `\"`",
            )],
        ),
        row(
            "a syntax error hides every other problem",
            "id = 1\n[[entry]]\ncode = = \"A\"\n".to_owned(),
            vec![
                at(3, 8, "invalid TOML: extra `=`, expected nothing"),
                at(
                    3,
                    10,
                    "invalid TOML: unexpected key or value, expected newline, `#`",
                ),
            ],
        ),
        row(
            "a key twice",
            string_catalog(&format!("vendor = \"again\"\n{ENTRY}")),
            vec![at(7, 1, "invalid TOML: duplicate key")],
        ),
        row(
            "a key without a value",
            string_catalog("[[entry]]\ncode = \"A\"\nmessage\nkind = \"internal\"\n"),
            vec![at(9, 8, "invalid TOML: key with no value, expected `=`")],
        ),
        row(
            "an unterminated string before CRLF (the macro used to panic)",
            "id = \"acme\r\nenum = 1\r\n".to_owned(),
            vec![
                at(
                    1,
                    11,
                    "invalid TOML: invalid basic string, expected non-double-quote visible characters, `\\`",
                ),
                at(1, 12, "invalid TOML: invalid basic string, expected `\"`"),
            ],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Line ends, byte order marks, tabs and wide characters: lines and columns stay right

#[test]
fn text_encoding() {
    let crlf_catalog =
        string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = \"fast\"\n")
            .replace('\n', "\r\n");
    assert_rows(&[
        ok(
            "CRLF line ends",
            string_catalog(ENTRY).replace('\n', "\r\n"),
        ),
        ok(
            "a byte order mark",
            format!("\u{feff}{}", string_catalog(ENTRY)),
        ),
        row(
            "a problem in a CRLF file",
            crlf_catalog,
            vec![at(10, 8, r#"unknown kind "fast""#).help(format!("the kinds are: {KINDS}"))],
        ),
        row(
            "a byte order mark shifts no column of line 1",
            format!("\u{feff}{}", catalog(&[("id", Some("1"))], ENTRY)),
            vec![at(1, 6, "`id` must be a string, found an integer")],
        ),
        row(
            "a byte order mark and CRLF",
            format!("\u{feff}{}", catalog(&[("id", Some("1"))], ENTRY)).replace('\n', "\r\n"),
            vec![at(1, 6, "`id` must be a string, found an integer")],
        ),
        row(
            "a tab and Chinese text before the problems, columns in characters",
            string_catalog(&format!("{ENTRY}\tfrom = [\"短信\", 5]\n")),
            vec![
                at(
                    11,
                    10,
                    r#"provenance "短信" is not defined: the catalog has no `[[provenance]]`"#,
                )
                .help("add a `[[provenance]]` table with this `id`, `title` and `url`"),
                at(11, 16, "`from` must be a string, found an integer"),
            ],
        ),
        row(
            "a multi-line string of Chinese text before the problem",
            string_catalog(
                "[[entry]]\ncode = \"A\"\nmessage = \"\"\"\n短信\n发送失败\"\"\"\nkind = \"fast\"\n",
            ),
            vec![at(12, 8, r#"unknown kind "fast""#).help(format!("the kinds are: {KINDS}"))],
        ),
    ]);
}

#[test]
fn excerpts_align_as_a_terminal_shows_them() {
    // A tab is four columns, a Chinese character two; the line is shown with its tab expanded.
    let text = string_catalog(&format!("{ENTRY}\tfrom = [\"短信\", 5]\n"));
    let problems = diagnostics_of(&text);
    let [unknown, integer] = problems.as_slice() else {
        panic!("two problems expected: {problems:#?}");
    };
    let shown = "11 |     from = [\"短信\", 5]";
    // `    from = [` is 12 columns, `"短信"` six, `, ` two.
    assert_eq!(
        unknown.excerpt,
        format!("   |\n{shown}\n   | {}^^^^^^", " ".repeat(12))
    );
    assert_eq!(
        integer.excerpt,
        format!("   |\n{shown}\n   | {}^", " ".repeat(20))
    );

    // A CRLF line is shown without its carriage return.
    let text = string_catalog("[[entry]]\ncode = \"A\"\nmessage = \"m\"\nkind = \"fast\"\n")
        .replace('\n', "\r\n");
    let problems = diagnostics_of(&text);
    assert_eq!(
        problems[0].excerpt,
        "   |\n10 | kind = \"fast\"\n   |        ^^^^^^"
    );

    // A byte order mark is not shown; a diagnostic displays as `path:line:col: message`, then
    // the excerpt.
    let text = format!("\u{feff}{}", catalog(&[("id", Some("1"))], ENTRY));
    let problems = diagnostics_of(&text);
    assert_eq!(problems[0].excerpt, "  |\n1 | id = 1\n  |      ^");
    assert_eq!(
        problems[0].to_string(),
        "acme.toml:1:6: `id` must be a string, found an integer\n  |\n1 | id = 1\n  |      ^"
    );
}

// ---------------------------------------------------------------------------------------------
// Sizes: huge values stay short in messages, many problems are all reported

#[test]
fn a_huge_code_keeps_the_message_short() {
    let upper = "A".repeat(100_000);
    let lower = "a".repeat(100_000);
    assert_rows(&[ok(
        "a 100,000-byte code",
        string_catalog(&string_entry(&upper)),
    )]);
    // Both derive `Aaaa…`: the message shows 60 characters of each name and its length.
    let text = string_catalog(&(string_entry(&upper) + &string_entry(&lower)));
    let problems = diagnostics_of(&text);
    let shown = |text: &str| format!("{}… (100000 bytes)", &text[..60]);
    let variant = format!("A{}", &lower[1..]);
    assert_eq!(
        problems.iter().map(Expected::seen).collect::<Vec<_>>(),
        [at(
            12,
            8,
            format!(
                "duplicate variant name `{}` (entries {} and {})",
                shown(&variant),
                shown(&upper),
                shown(&lower)
            ),
        )
        .note("first used at acme.toml:8:8")
        .help("set a distinct `variant` on one of them")]
    );
    assert!(problems[0].message.len() < 300, "{}", problems[0].message);
}

#[test]
fn two_hundred_bad_entries_give_every_problem_in_file_order() {
    // Each entry has an unknown field (line 7 + 5i + 4) and an unknown kind (line 7 + 5i + 3);
    // the header has a bad `id` too.
    let body: String = (0..200)
        .map(|i| format!("[[entry]]\ncode = \"E{i}\"\nmessage = \"m\"\nkind = \"fast\"\nfoo = 1\n"))
        .collect();
    let text = catalog(&[("id", Some("\"Acme\""))], &body);
    let mut expected = vec![at(
        1,
        6,
        r#"`id` must be snake_case (lowercase ASCII letters, digits and `_`), found "Acme""#,
    )];
    for i in 0..200 {
        expected.push(
            at(7 + 5 * i + 3, 8, r#"unknown kind "fast""#).help(format!("the kinds are: {KINDS}")),
        );
        expected.push(
            at(7 + 5 * i + 4, 1, "unknown field `foo` in an `[[entry]]` table").help(
                "the fields of an `[[entry]]` table are: code, variant, symbol, message, cause, solution, kind, retryable, disposition, aliases, section, from, wording, counterpart, carrier, en",
            ),
        );
    }
    let seen: Vec<Expected> = diagnostics_of(&text).iter().map(Expected::seen).collect();
    assert_eq!(seen.len(), 401);
    assert_eq!(seen, expected);
}

#[test]
fn two_hundred_duplicate_codes_each_point_at_the_first() {
    let body: String = (0..201).map(|_| string_entry("Acme.Failure")).collect();
    let seen: Vec<Expected> = diagnostics_of(&string_catalog(&body))
        .iter()
        .map(Expected::seen)
        .collect();
    let expected: Vec<Expected> = (1..201)
        .map(|i| {
            at(
                8 + 4 * i,
                8,
                r#"duplicate code "Acme.Failure": already the code of another entry"#,
            )
            .note("the code at acme.toml:8:8")
        })
        .collect();
    assert_eq!(seen, expected);
}

// ---------------------------------------------------------------------------------------------
// The built-in catalogs

#[test]
fn every_builtin_catalog_checks_clean() {
    let mut count = 0;
    for id in builtin::ids() {
        let file = builtin::builtin(id).expect("a listed id is built in");
        if let Err(problems) = check(&file) {
            let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{id}:\n{}", shown.join("\n"));
        }
        count += 1;
    }
    assert!(count >= 7, "only {count} built-in catalogs");
}

// ---------------------------------------------------------------------------------------------
// Known bugs: each row is what the checker should say; run with `--ignored` to see them fail.

/// Rows that found bugs of the checker, kept as they were fixed.
#[test]
fn found_bugs() {
    let big = "A".repeat(100_000);
    assert_rows(&[
        // Found: `entry = []` checks as a catalog of no entries; without `entry` it is an error.
        row(
            "an empty array of entries",
            string_catalog("entry = []\n"),
            vec![
                at(7, 9, "the catalog has no entries")
                    .help("add one `[[entry]]` table per error code"),
            ],
        ),
        // Found: the help for a missing `code` ends with a stray backtick (schema.rs's example).
        row(
            "an entry without a code",
            string_catalog("[[entry]]\nmessage = \"m\"\nkind = \"internal\"\n"),
            vec![
                at(7, 1, "missing field `code` in an `[[entry]]` table")
                    .help(r#"add `code = "Vendor.Code"` or `code = 1005`"#),
            ],
        ),
        // Found: the same stray backtick in `[[success]]`.
        row(
            "a success without a code",
            string_catalog(&format!("[[success]]\nmessage = \"ok\"\n{ENTRY}")),
            vec![
                at(7, 1, "missing field `code` in a `[[success]]` table")
                    .help(r#"add `code = "OK"` or `code = 0`"#),
            ],
        ),
        // Found: the message names `[[wording]]`, which is not a table of the schema.
        row(
            "`wording` a string",
            with_doc("from = [\"doc\"]\nwording = \"failure\"\n"),
            vec![at(
                16,
                11,
                "`wording` must be an array of tables (`[[entry.wording]]`), found a string",
            )],
        ),
        // Found: same, for `[entry.wording]`.
        row(
            "`wording` one table",
            with_doc("from = [\"doc\"]\n[entry.wording]\nfrom = \"doc\"\nmessage = \"x\"\n"),
            vec![at(
                16,
                1,
                "`wording` must be an array of tables (`[[entry.wording]]`), found a table",
            )],
        ),
        // Found: a success code twice is not reported, and later notes point at its last copy.
        row(
            "a success code twice",
            string_catalog(&format!(
                "[[success]]\ncode = \"OK\"\nmessage = \"ok\"\n[[success]]\ncode = \"OK\"\nmessage = \"again\"\n{}",
                string_entry("OK")
            )),
            vec![
                at(11, 8, r#"duplicate success code "OK""#)
                    .note("the success code at acme.toml:8:8"),
                at(
                    14,
                    8,
                    r#"code "OK" is also a success code, which cannot be an error"#,
                )
                .note("the success code at acme.toml:8:8"),
            ],
        ),
        // Found: a spelling repeated inside one entry is said to belong to "another entry".
        row(
            "an alias equal to the entry's own code",
            string_catalog(&format!("{ENTRY}aliases = [\"Acme.Failure\"]\n")),
            vec![
                at(
                    11,
                    12,
                    r#"duplicate alias "Acme.Failure": already the code of this entry"#,
                )
                .note("the code at acme.toml:8:8"),
            ],
        ),
        row(
            "an alias twice in one entry",
            string_catalog(&format!("{ENTRY}aliases = [\"X\", \"X\"]\n")),
            vec![
                at(
                    11,
                    17,
                    r#"duplicate alias "X": already the alias of this entry"#,
                )
                .note("the alias at acme.toml:11:12"),
            ],
        ),
        // Found: a symbol twice is reported twice: as a symbol and as the variant derived from it
        // (a code twice is reported once: "saying so again would only repeat it").
        row(
            "a symbol of two entries, its variant derived",
            integer_catalog(&(symbol_entry(1, "ACME_ERR") + &symbol_entry(2, "ACME_ERR"))),
            vec![
                at(
                    14,
                    10,
                    r#"duplicate symbol "ACME_ERR": already the symbol of another entry"#,
                )
                .note("the symbol at acme.toml:9:10"),
            ],
        ),
        // Found: a shortened quoted value gives the length of its quoted form (100002, not 100000).
        row(
            "a 100,000-byte code twice",
            string_catalog(&(string_entry(&big) + &string_entry(&big))),
            vec![
                at(
                    12,
                    8,
                    format!(
                        "duplicate code \"{}\"… (100000 bytes): already the code of another entry",
                        &big[..60]
                    ),
                )
                .note("the code at acme.toml:8:8"),
            ],
        ),
        // Found: the note says "entry  has symbol" when the entry with the symbol has no code.
        row(
            "a symbol on an entry without a code",
            integer_catalog(
                &("[[entry]]\nsymbol = \"S\"\nmessage = \"m\"\nkind = \"internal\"\n".to_owned()
                    + &integer_entry("2", "B")),
            ),
            vec![
                at(7, 1, "missing field `code` in an `[[entry]]` table")
                    .help(r#"add `code = "Vendor.Code"` or `code = 1005`"#),
                at(12, 8, "entry 2 has no `symbol`, but other entries have one")
                    .note(r#"an entry has symbol "S" at acme.toml:8:10"#)
                    .help("either every entry has a `symbol` or none does"),
            ],
        ),
    ]);
}

/// An entry's own `disposition` is kept; without one, it is derived from kind and retry advice.
#[test]
fn dispositions_are_derived_unless_set() {
    use error_catalog_runtime::Disposition;
    let text = string_catalog(&format!(
        "{ENTRY}\n[[entry]]\ncode = \"Acme.Set\"\nmessage = \"m\"\nkind = \"internal\"\ndisposition = \"alert\"\n"
    ));
    let catalog = check(&SourceFile::new("acme.toml", text)).expect("a valid catalog");
    let derived = &catalog.entries[0];
    assert_eq!(derived.disposition, Disposition::Retry);
    assert!(!derived.disposition_set);
    let set = &catalog.entries[1];
    assert_eq!(set.disposition, Disposition::Alert);
    assert!(set.disposition_set);
    assert!(set.retryable, "the kind's retry advice stays");
    let doc = error_catalog_core::docs::variant_doc(&catalog, set);
    assert!(
        doc.contains("**Disposition:** `alert` (set for this entry; the kind gives `retry`)."),
        "{doc}"
    );
}

/// A text whose every line is a TOML syntax error gets the first 50 one by one, then one
/// problem that counts the rest: the parser's recovery finds errors at every few characters,
/// and 290,000 of them (a fuzzed overlay) said nothing the first ones did not.
#[test]
fn syntax_errors_past_the_fiftieth_are_counted_not_listed() {
    let text = "x = 'broken\n".repeat(120);
    let problems = diagnostics_of(&text);
    assert_eq!(problems.len(), 51, "{:#?}", &problems[..3]);
    assert!(
        problems[..50]
            .iter()
            .all(|problem| problem.message.starts_with("invalid TOML: "))
    );
    let last = &problems[50];
    assert!(
        last.message.starts_with("and ")
            && last
                .message
                .ends_with(" more TOML syntax errors from here on"),
        "{}",
        last.message
    );
    assert_eq!(
        Expected::seen(last).notes,
        ["help: fix the first ones: the rest often follow from them"]
    );
}

/// Two carriers, lines 7 to 12.
const CARRIERS: &str = "[[carrier]]\nid = \"china_mobile\"\nname = \"中国移动\"\n[[carrier]]\nid = \"china_telecom\"\nname = \"中国电信\"\n";

/// An entry of code `1` from line 13, its first reading from line 18 (its `id` on line 19).
fn receipt_entry(readings: &str) -> String {
    format!(
        "[[entry]]\ncode = \"1\"\nvariant = \"Status1\"\nmessage = \"停机、空号\"\nkind = \"unknown\"\n{readings}"
    )
}

fn reading(id: &str) -> String {
    format!(
        "[[entry.carrier]]\nid = \"{id}\"\nmessage = \"停机、空号\"\nkind = \"recipient_unreachable\"\n"
    )
}

#[test]
fn carriers() {
    assert_rows(&[
        ok(
            "two carriers, a reading for each",
            string_catalog(&format!(
                "{CARRIERS}{}",
                receipt_entry(&(reading("china_mobile") + &reading("china_telecom")))
            )),
        ),
        ok(
            "carriers and an entry without readings",
            string_catalog(&format!("{CARRIERS}{ENTRY}")),
        ),
        row(
            "a reading of an undeclared carrier, with the closest",
            string_catalog(&format!(
                "{CARRIERS}{}",
                receipt_entry(&reading("china_mobil"))
            )),
            vec![
                at(19, 6, r#"unknown carrier "china_mobil""#)
                    .help(r#"did you mean "china_mobile"?"#)
                    .help("the catalog's carriers are: china_mobile, china_telecom"),
            ],
        ),
        row(
            "a reading in a catalog without carriers",
            string_catalog(&receipt_entry(&reading("china_mobile"))),
            vec![
                at(
                    13,
                    6,
                    r#"carrier "china_mobile" is not declared: the catalog has no `[[carrier]]`"#,
                )
                .help("add a `[[carrier]]` table with this `id` and the carrier's `name`"),
            ],
        ),
        row(
            "two readings of one carrier",
            string_catalog(&format!(
                "{CARRIERS}{}",
                receipt_entry(&(reading("china_mobile") + &reading("china_mobile")))
            )),
            vec![
                at(23, 6, r#"this entry already has a reading for carrier "china_mobile""#)
                    .note("the first reading at acme.toml:19:6")
                    .help("one `[[entry.carrier]]` per carrier: put both texts in one `message`"),
            ],
        ),
        row(
            "a reading without message and kind",
            string_catalog(&format!(
                "{CARRIERS}{}",
                receipt_entry("[[entry.carrier]]\nid = \"china_mobile\"\n")
            )),
            vec![
                at(18, 1, "missing field `message` in an `[[entry.carrier]]` table")
                    .help(r#"add `message = "…"`"#),
                at(18, 1, "missing field `kind` in an `[[entry.carrier]]` table")
                    .help(format!("add `kind = \"…\"`; the kinds are: {KINDS}")),
            ],
        ),
        row(
            "an unknown key of a reading",
            string_catalog(&format!(
                "{CARRIERS}{}",
                receipt_entry(&(reading("china_mobile") + "solution = \"s\"\n"))
            )),
            vec![
                at(22, 1, "unknown field `solution` in an `[[entry.carrier]]` table")
                    .help("the fields of an `[[entry.carrier]]` table are: id, message, kind, retryable, disposition, en"),
            ],
        ),
        row(
            "a carrier id that is not snake case, a name used twice",
            string_catalog(&format!(
                "[[carrier]]\nid = \"ChinaMobile\"\nname = \"中国移动\"\n[[carrier]]\nid = \"china_telecom\"\nname = \"中国移动\"\n[[carrier]]\nid = \"china_unicom\"\nname = \"china_telecom\"\n{ENTRY}"
            )),
            vec![
                at(8, 6, r#"carrier id "ChinaMobile" is not snake_case"#).help(
                    "use lowercase ASCII letters, digits and `_`, starting with a letter (`china_mobile`)",
                ),
                at(15, 8, r#"duplicate carrier name "china_telecom""#)
                    .note("first used here at acme.toml:11:6"),
            ],
        ),
        row(
            "a carrier without a name",
            string_catalog(&format!("[[carrier]]\nid = \"china_mobile\"\n{ENTRY}")),
            vec![
                at(7, 1, "missing field `name` in a `[[carrier]]` table")
                    .help(r#"add `name = "…"`"#),
            ],
        ),
    ]);
}

#[test]
fn english() {
    let english = |keys: &str| format!("[entry.en]\nmessage = \"It failed.\"\n{keys}");
    assert_rows(&[
        ok(
            "English beside a message, and a reading's",
            string_catalog(&format!(
                "{CARRIERS}{}{}",
                receipt_entry(&(reading("china_mobile") + "en = { message = \"Number suspended\" }\n")),
                english("")
            )),
        ),
        row(
            "English in a catalog whose texts are English",
            string_catalog(&format!("language = \"en\"\n{ENTRY}{}", english(""))),
            vec![at(12, 1, "this catalog's `language` is \"en\": its texts are English already").help(
                "remove `en`, or set the header's `language` to the language of the vendor's texts",
            )],
        ),
        row(
            "an unknown language",
            string_catalog(&format!("language = \"zn\"\n{ENTRY}")),
            vec![at(7, 12, r#"unknown `language` "zn""#)
                .help(r#"did you mean one of "en", "zh"?"#)
                .help("the languages are: en, zh")],
        ),
        row(
            "a cause's English without the entry's cause, a solution without its English",
            string_catalog(&format!(
                "{}solution = \"call us\"\n{}",
                ENTRY,
                english("cause = \"The network.\"\n")
            )),
            vec![
                at(12, 1, "`en` has a `cause`, and the entry has none").help(
                    "English is kept beside the vendor's texts: remove `cause` from `en`, or give the entry its `cause`",
                ),
                at(12, 1, "the entry has a `solution`, and its English (`en`) has none").help(
                    "add `solution = \"…\"` to `en`: English is kept for every text of the entry",
                ),
            ],
        ),
        row(
            "a source of a text the English does not have",
            string_catalog(&format!("{ENTRY}{}", english("cause_from = \"doc\"\n"))),
            vec![
                at(13, 14, "`cause_from` without `cause`: it names the source of `cause`"),
                at(13, 14, r#"provenance "doc" is not defined: the catalog has no `[[provenance]]`"#)
                    .help("add a `[[provenance]]` table with this `id`, `title` and `url`"),
            ],
        ),
        row(
            "English without a message",
            string_catalog(&format!("{ENTRY}[entry.en]\nsolution = \"s\"\n")),
            // Without its message there is no English to fit to the entry: one problem.
            vec![
                at(11, 1, "missing field `message` in an `[entry.en]` table")
                    .help(r#"add `message = "…"`"#),
            ],
        ),
    ]);
}
