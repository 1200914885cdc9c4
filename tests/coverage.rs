//! Coverage of the official code lists (`tests/refs/`, see its README): for every reference list,
//! how many of its codes the catalog knows, checked against a target; and `docs/COVERAGE.md`,
//! generated from the same numbers, kept true.
//!
//! Regenerate the document with `UPDATE_COVERAGE=1 cargo test --test coverage`.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use error_catalog::{Code, ErrorCatalog};

mod common;
use common::*;

/// Codes of a reference list the catalog does not know, each with the reason. The test fails
/// if a code is missing without a reason here, or listed here but covered.
const EXCEPTIONS: &[(&str, &str, &str)] = &[
    (
        "aliyun_pop_common_codes_merged.tsv",
        "ChargeTypeViolation",
        "ECS only: an instance's charge type, which no SMS call has",
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "InvalidDiskId.NotFound",
        ECS_ONLY,
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "InvalidImageId.NotFound",
        ECS_ONLY,
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "InvalidInstanceId.NotFound",
        ECS_ONLY,
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "InvalidRegionId.NotFound",
        "ECS only: the ECS API's `RegionId` parameter, which SendSms does not take",
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "InvalidSecurityGroupId.NotFound",
        ECS_ONLY,
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "InvalidSnapshotId.NotFound",
        ECS_ONLY,
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "Missing{ParameterName}",
        PATTERN,
    ),
    (
        "aliyun_pop_common_codes_merged.tsv",
        "Invalid{ParameterName}",
        PATTERN,
    ),
];

/// Why the ECS API's resource codes are not in `aliyun_sms`.
const ECS_ONLY: &str = "an ECS resource code of the ECS API's table, which no SMS call can return";

/// Why a code pattern of the gateway's table is not an entry.
const PATTERN: &str = "a pattern the gateway fills in with a parameter's name, not a code it sends; no source lists the codes it makes";

/// How the catalogs settle what the lists disagree on (tested in `tests/laws.rs`).
const DECISIONS: &str = "
## Where the sources disagree

- **Provenance.** Every entry of every catalog built from several lists says which lists have its code
  (`e.sources()`, `E::SOURCES`); its texts come from the first, the vendor page (`doc`) when it has the
  code. Where a later list words or means a code differently, the entry keeps both: its own text and
  one `e.wordings()` item per other source. Secondary sources (third-party transcriptions, a header copy
  of unknown origin) are marked `secondary`.
- **Retired spellings** (`tencent_sms_sdk_go_removed_codes.tsv`) are aliases of today's codes: servers
  and old clients still send them, and they print as today's spelling.
- **GME 10004-10007**: the page and the current SDKs give these values other meanings (10004 timeout vs
  room-address request failed; 10007 not implemented vs room dissolved). One value is one variant: the
  page's symbol and texts stay primary, each SDK's meaning is a wording and its symbol an alias, and the
  kind follows what a client on a current SDK receives (10005 `invalid_request`, 10006 `auth`, 10007
  `quota_exhausted`).
- **GME names**: every SDK name of a value is an alias (REPETITIVE/REPEATED, `ERR_`/`AV_ERR_`, the two
  Unity names of 7002 and 7003). The current doc page prints 7022 as `AV_ERR_SERVICE_NOT_OPENED`, which
  is 7012's name everywhere else: the name stays 7012's, and 7022 keeps the SDKs' `AV_ERR_BUS_ERROR`.
- **GME 327698**: the current doc page prints 50012 as 327698 (that is 0x50012, the decimal value read
  as hex). Both SDKs define 50012, so 327698 is an integer alias of it: a value copied from the page
  still resolves, and it prints as 50012.
- **Twilio's scope**: the `twilio` row of `twilio_error_dictionary.tsv` counts the dictionary's codes
  of Programmable SMS, Programmable Voice, Programmable Messaging and of no product (934 of its 1,953
  codes), which is what the catalog holds; the other products (Chat, Video, Flex, Verify, …) are not
  in it.
- **TRTC's two catalogs**: the TRTC SDK file lists errors (`onError`) and warnings (`onWarning`);
  `tencent_trtc` holds the errors, `tencent_trtc_warning` the warnings, and the row counts a code
  covered by either.
- **Success values among error values**: GME 0 (`AV_OK`) and the age-detection results 730000-730002 are
  success codes, not variants; Aliyun `OK`, Tencent SMS `Ok`, legacy Tencent `result` 0 and UCloud
  `RetCode` 0 likewise.
";

/// The distinct codes of a reference list (first column; `#` lines are its header).
fn reference_codes(file: &str) -> (String, Vec<String>) {
    reference_codes_where(file, |_| true)
}

/// The distinct codes of the rows of a reference list that `keep` keeps (it sees the row's
/// columns).
fn reference_codes_where(file: &str, keep: impl Fn(&[&str]) -> bool) -> (String, Vec<String>) {
    let path = format!("{}/tests/refs/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let source = text
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches("# source: ")
        .to_owned();
    let mut seen = BTreeSet::new();
    let codes = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter(|line| keep(&line.split('\t').collect::<Vec<_>>()))
        .filter_map(|line| line.split('\t').next())
        .map(|code| code.trim().to_owned())
        .filter(|code| seen.insert(code.clone()))
        .collect();
    (source, codes)
}

/// Whether the catalog knows `code`: an entry (by code or alias) or a success code.
fn knows<E: ErrorCatalog>(code: &str) -> bool {
    code.parse::<E>().is_ok()
        || E::is_success_text(code)
        || code
            .parse::<i64>()
            .is_ok_and(|value| E::from_wire(Code::Int(value)).is_some())
}

struct Row {
    catalog: String,
    list: &'static str,
    source: String,
    covered: usize,
    total: usize,
    target: usize,
    missing: Vec<String>,
}

fn row<E: ErrorCatalog>(list: &'static str, target: usize) -> Row {
    row_of(E::ID.to_owned(), list, target, knows::<E>)
}

/// A list split between two catalogs (TRTC's errors and warnings): a code is covered when either
/// knows it.
fn row_split<E: ErrorCatalog, F: ErrorCatalog>(list: &'static str, target: usize) -> Row {
    row_of(format!("{} + {}", E::ID, F::ID), list, target, |code| {
        knows::<E>(code) || knows::<F>(code)
    })
}

/// The Twilio products the `twilio` catalog holds (the dictionary's second column; empty: no
/// product).
const TWILIO_PRODUCTS: [&str; 4] = [
    "",
    "Programmable SMS",
    "Programmable Voice",
    "Programmable Messaging",
];

/// Twilio's whole dictionary, measured on the products the catalog holds.
fn twilio_row() -> Row {
    let (source, codes) = reference_codes_where("twilio_error_dictionary.tsv", |columns| {
        TWILIO_PRODUCTS.contains(&columns.get(1).copied().unwrap_or_default())
    });
    let catalog = TwilioError::ID.to_owned();
    let list = "twilio_error_dictionary.tsv";
    measured(catalog, list, source, &codes, 100, knows::<TwilioError>)
}

fn row_of(catalog: String, list: &'static str, target: usize, knows: impl Fn(&str) -> bool) -> Row {
    let (source, codes) = reference_codes(list);
    measured(catalog, list, source, &codes, target, knows)
}

fn measured(
    catalog: String,
    list: &'static str,
    source: String,
    codes: &[String],
    target: usize,
    knows: impl Fn(&str) -> bool,
) -> Row {
    let missing: Vec<String> = codes.iter().filter(|code| !knows(code)).cloned().collect();
    Row {
        catalog,
        list,
        source,
        covered: codes.len() - missing.len(),
        total: codes.len(),
        target,
        missing,
    }
}

fn rows() -> Vec<Row> {
    vec![
        row::<TencentSmsError>("tencent_sms_v20210111_sdk_go_codes.tsv", 100),
        row::<TencentSmsError>("tencent_sms_v20190711_sdk_go_codes.tsv", 100),
        row::<TencentSmsError>("tencent_sms_sdk_go_removed_codes.tsv", 100),
        row::<TencentSmsError>("tencent_cloud_api3_common_codes.tsv", 100),
        row::<TencentSmsLegacyError>("tencent_sms_legacy_docs_api_codes.tsv", 100),
        row::<TencentSmsLegacyError>("tencent_sms_legacy_docs_api_codes_intl_en.tsv", 100),
        row::<TencentSmsLegacyError>("tencent_sms_legacy_docs_request_failure_codes.tsv", 100),
        row::<TencentVmsError>("tencent_vms_docs_api_codes.tsv", 100),
        row::<TencentVmsReceiptError>("tencent_vms_docs_receipt_codes.tsv", 100),
        row::<TencentVmsV3Error>("tencent_vms_v20200902_sdk_go_codes.tsv", 100),
        row::<UcloudUsmsError>("ucloud_usms_api_error_codes.tsv", 100),
        row::<UcloudUsmsError>("ucloud_api_common_retcodes.tsv", 100),
        row::<UcloudUsmsReceiptError>("ucloud_usms_receipt_codes.tsv", 100),
        row::<TencentSmsReceiptError>("tencent_sms_legacy_docs_receipt_codes.tsv", 100),
        row::<AliyunSmsError>("aliyun_sms_codes_nextweb_transcription.tsv", 100),
        row::<AliyunSmsError>("aliyun_pop_common_codes_merged.tsv", 84),
        row::<TencentGmeError>("tencent_gme_unity_sdk_qaverror_codes.tsv", 95),
        row::<TencentGmeError>("tencent_gme_native_sdk_av_error_h_codes.tsv", 95),
        row::<TencentGmeError>("tencent_gme_docs_current_codes.tsv", 95),
        row::<AgoraRtcError>("agora_rtc_error_code_type_agorabase_h.tsv", 100),
        row::<ZegoExpressError>("zego_express_go_sdk_error_codes.tsv", 100),
        row::<YunpianSmsError>("yunpian_java_sdk_codes.tsv", 100),
        row::<SubmailSmsError>("submail_sms_api_error_codes.tsv", 100),
        row::<AwsSnsError>("aws_sns_sdk_go_v2_error_codes.tsv", 100),
        twilio_row(),
        row::<TwilioError>("twilio_sms_voice_error_codes.tsv", 100),
        row_split::<TencentTrtcError, TencentTrtcWarning>(
            "tencent_trtc_unity_sdk_trtccode_codes.tsv",
            100,
        ),
    ]
}

fn percent(covered: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        covered as f64 * 100.0 / total as f64
    }
}

fn document(rows: &[Row]) -> String {
    let mut doc = String::from(
        "# Coverage of the vendors' official code lists\n\n\
         Generated by `tests/coverage.rs` (`UPDATE_COVERAGE=1 cargo test --test coverage`), which also fails\n\
         when a catalog falls below its target. A code counts as covered when the catalog parses it (code,\n\
         symbol or alias) or lists it as a success code. The lists are in `tests/refs/`; its README says\n\
         where each comes from.\n\n\
         | catalog | reference list | covered | total | % | target |\n|---|---|---:|---:|---:|---:|\n",
    );
    for row in rows {
        let _ = writeln!(
            doc,
            "| `{}` | `{}` | {} | {} | {:.1} | {} |",
            row.catalog,
            row.list,
            row.covered,
            row.total,
            percent(row.covered, row.total),
            row.target
        );
    }
    doc.push_str("\n## Codes not covered, and why\n\n");
    if EXCEPTIONS.is_empty() {
        doc.push_str("None: every code of every list above is covered.\n");
    } else {
        doc.push_str("| reference list | code | reason |\n|---|---|---|\n");
        for (list, code, reason) in EXCEPTIONS {
            let _ = writeln!(doc, "| `{list}` | `{code}` | {reason} |");
        }
    }
    doc.push_str(DECISIONS);
    doc.push_str("\n## Sources\n\n");
    for row in rows {
        let _ = writeln!(doc, "- `{}`: {}", row.list, row.source);
    }
    doc.push_str(
        "\nNot measured: `ucloud_usms_receipt_codes.tsv` (carrier delivery-receipt statuses, not API error codes)\n\
         and `tencent_gme_server_v20180711_sdk_go_codes.tsv` (the GME server REST API, another code space than the\n\
         client SDK catalog).\n",
    );
    doc
}

#[test]
fn catalogs_cover_the_official_lists() {
    let rows = rows();
    let mut missing_without_reason = Vec::new();
    for row in &rows {
        for code in &row.missing {
            if !EXCEPTIONS
                .iter()
                .any(|(list, listed, _)| *list == row.list && listed == code)
            {
                missing_without_reason.push(format!("{} {code}", row.list));
            }
        }
        assert!(
            percent(row.covered, row.total) >= row.target as f64,
            "{} covers {}/{} of {}, below the {}% target; missing: {:?}",
            row.catalog,
            row.covered,
            row.total,
            row.list,
            row.target,
            row.missing
        );
    }
    assert!(
        missing_without_reason.is_empty(),
        "codes missing with no reason in EXCEPTIONS: {missing_without_reason:#?}"
    );
    for (list, code, _) in EXCEPTIONS {
        let row = rows
            .iter()
            .find(|row| row.list == *list)
            .expect("EXCEPTIONS names a measured list");
        assert!(
            row.missing.iter().any(|missing| missing == code),
            "{list} {code} is covered: remove it from EXCEPTIONS"
        );
    }

    let generated = document(&rows);
    let path = format!("{}/docs/COVERAGE.md", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_COVERAGE").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/COVERAGE.md is out of date: run `UPDATE_COVERAGE=1 cargo test --test coverage`"
    );
}

/// The rows of a carrier receipt table (`tests/refs/<file>`) as (code, carrier, text), each line
/// read by `row`.
fn receipt_rows(
    file: &str,
    row: fn(&str) -> (String, String, String),
) -> Vec<(String, String, String)> {
    let path = format!("{}/tests/refs/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(row)
        .collect()
}

/// Every row resolves through the public API of `$enum`: a success state, or its carrier's
/// reading of the code (the all-network 三网 rows: the code's own text). Gives the rows per
/// carrier and the number of success rows.
macro_rules! receipts_resolve {
    ($enum:ty, $rows:expr) => {{
        let mut per_carrier = std::collections::BTreeMap::<&str, usize>::new();
        let mut success_rows = 0;
        for (code, carrier, meaning) in $rows {
            *per_carrier.entry(carrier.as_str()).or_default() += 1;
            if <$enum>::is_success_text(code) {
                assert!(code.parse::<$enum>().is_err(), "{code}");
                success_rows += 1;
                continue;
            }
            let status: $enum = code
                .parse()
                .unwrap_or_else(|_| panic!("{code} ({carrier}) is not known"));
            assert_eq!(status.code(), code);
            if carrier == "三网" {
                assert_eq!(status.message(), meaning, "{code}");
            } else {
                let reading = status
                    .reading(carrier)
                    .unwrap_or_else(|| panic!("{code} has no reading of {carrier}"));
                assert!(
                    reading.message.lines().any(|text| text == meaning),
                    "{code} {carrier}: {:?} lacks {meaning:?}",
                    reading.message
                );
                assert_eq!(status.disposition_on(carrier), reading.disposition);
            }
        }
        (per_carrier.into_iter().collect::<Vec<_>>(), success_rows)
    }};
}

/// Every row of UCloud's receipt table (`[国内短信/<carrier>] <text>`).
#[test]
fn every_ucloud_receipt_row_resolves_to_its_carriers_reading() {
    let rows = receipt_rows("ucloud_usms_receipt_codes.tsv", |line| {
        let (code, description) = line.split_once('\t').unwrap();
        let (carrier, meaning) = description
            .strip_prefix("[国内短信/")
            .and_then(|rest| rest.split_once("] "))
            .unwrap_or_else(|| panic!("{line}"));
        (code.to_owned(), carrier.to_owned(), meaning.to_owned())
    });
    let (per_carrier, success_rows) = receipts_resolve!(UcloudUsmsReceiptError, &rows);
    assert_eq!(
        per_carrier,
        [
            ("三网", 445),
            ("中国电信", 776),
            ("中国移动", 911),
            ("中国联通", 479)
        ]
    );
    // ACCEPTD, DB:0000, four MMS states, ACCEPTD ML：NNNN and CNN:0 (登录成功). Two more rows
    // say success (IC:0015 of 中国电信, 200 of 三网) of codes other rows call errors: those are
    // `benign` readings, checked above.
    assert_eq!(success_rows, 8);
}

/// Every row of Tencent's receipt table (`code`, `carrier`, `description`).
#[test]
fn every_tencent_receipt_row_resolves_to_its_carriers_reading() {
    let rows = receipt_rows("tencent_sms_legacy_docs_receipt_codes.tsv", |line| {
        let mut columns = line.split('\t').map(str::to_owned);
        let mut next = || columns.next().unwrap_or_else(|| panic!("{line}"));
        (next(), next(), next())
    });
    let (per_carrier, success_rows) = receipts_resolve!(TencentSmsReceiptError, &rows);
    assert_eq!(
        per_carrier,
        [("三网", 51), ("电信", 303), ("移动", 892), ("联通", 729)]
    );
    // DELIVRD and the two other rows the table only calls success.
    assert_eq!(success_rows, 3);
}
