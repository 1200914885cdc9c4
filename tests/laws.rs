//! Laws that hold for every entry of every built-in catalog, checked through the public API,
//! and the catalogs checked against the vendor pages they were transcribed from
//! (`tests/vendor-docs/`, copies of the vendor pages).

use std::collections::{BTreeSet, HashSet};
use std::fmt::Debug;

use error_catalog::{Code, Disposition, ErrorCatalog, ErrorKind, UnknownCode};

mod common;
use common::*;

/// Display → FromStr round trip, from_wire(code()) and well-formed texts, for every entry.
fn catalog_laws<E: ErrorCatalog + Debug>() {
    assert!(!E::ENTRIES.is_empty());
    let mut codes = HashSet::new();
    for &entry in E::ENTRIES {
        let shown = entry.to_string();
        assert_eq!(
            shown.parse::<E>(),
            Ok(entry),
            "{} entry {shown:?} does not parse back",
            E::ID
        );
        assert_eq!(E::from_wire(entry.code()), Some(entry));
        assert_eq!(shown, entry.code().to_string());
        assert_eq!(
            format!("{entry:#}"),
            format!("{shown}: {}", entry.message())
        );
        assert!(
            codes.insert(entry.code()),
            "{} code {shown} listed twice",
            E::ID
        );
        assert!(!entry.message().trim().is_empty());
        assert!(
            !E::is_success_code(entry.code()),
            "{shown} is both an error and a success code"
        );
        for text in [Some(entry.message()), entry.solution()]
            .into_iter()
            .flatten()
        {
            // The white-labelled mirror of the Tencent SMS page wrote "sms helper" for
            // 腾讯云短信小助手; the legacy page of Tencent's international site links its own
            // "sms helper" (the English name of the same assistant), which is the vendor's text.
            if E::ID == "tencent_sms" {
                assert!(
                    !text.contains("sms helper"),
                    "{shown}: the mirror's wording: {text}"
                );
            }
            for banned in ["便宜云主机", "vxiaotou", "<br>", "\\_", "&nbsp;", "**"] {
                assert!(
                    !text.contains(banned),
                    "{} {shown}: text contains {banned:?}: {text}",
                    E::ID
                );
            }
        }
    }
    // `ENTRIES` is in declaration order, which is also `Ord`'s order.
    assert!(E::ENTRIES.windows(2).all(|pair| pair[0] < pair[1]));
}

macro_rules! inherent_laws {
    ($enum:ident) => {{
        assert_eq!($enum::ALL, <$enum as ErrorCatalog>::ENTRIES);
        for &entry in $enum::ALL {
            assert_eq!($enum::from_code(entry.code()), Some(entry));
            assert_eq!(entry.message(), ErrorCatalog::message(entry));
            assert_eq!(entry.solution(), ErrorCatalog::solution(entry));
            assert_eq!(entry.kind(), ErrorCatalog::kind(entry));
            assert_eq!(entry.is_retryable(), ErrorCatalog::is_retryable(entry));
            assert!(entry.cause().is_none_or(|cause| !cause.trim().is_empty()));
            assert!(entry.section().is_some(), "{entry:?} has no section");
        }
        for &ok in $enum::SUCCESS_CODES {
            assert_eq!($enum::from_code(ok), None);
            assert!($enum::is_success_code(ok));
        }
    }};
}

#[test]
fn every_entry_of_every_catalog_obeys_the_laws() {
    each_catalog!(catalog_laws);
    inherent_laws!(TencentSmsError);
    inherent_laws!(TencentVmsError);
    inherent_laws!(TencentVmsReceiptError);
    inherent_laws!(UcloudUsmsError);
    inherent_laws!(AliyunSmsError);
    inherent_laws!(TencentGmeError);
    inherent_laws!(TencentSmsReceiptError);
    inherent_laws!(UcloudUsmsReceiptError);
    inherent_laws!(TwilioError);
    inherent_laws!(ZegoExpressError);
    inherent_laws!(AwsSnsError);
    inherent_laws!(SubmailSmsError);
    inherent_laws!(YunpianSmsError);
    inherent_laws!(TencentTrtcWarning);
    inherent_laws!(TencentTrtcError);
    inherent_laws!(AgoraRtcError);
    inherent_laws!(TencentVmsV3Error);
    inherent_laws!(TencentSmsLegacyError);
}

#[test]
fn integer_catalogs_convert_from_i64() {
    fn check<E>(all: &[E])
    where
        E: ErrorCatalog + TryFrom<i64, Error = UnknownCode> + Debug,
    {
        for &entry in all {
            let code = entry.code().as_int().expect("integer catalog");
            assert_eq!(E::try_from(code), Ok(entry));
        }
        for wrong in [i64::MIN, -1, 0, 1_000_000_007, i64::MAX] {
            let error = E::try_from(wrong).unwrap_err();
            assert_eq!(error.text(), wrong.to_string());
            assert_eq!(error.catalog(), E::ID);
        }
    }
    check(TencentVmsError::ALL);
    check(UcloudUsmsError::ALL);
    check(TencentGmeError::ALL);
    // Receipt code 0 does not exist either: the receipt table starts at 1.
    check(TencentVmsReceiptError::ALL);
}

#[test]
fn gme_symbols_parse_to_the_variant_of_their_value() {
    let mut names = HashSet::new();
    for &entry in TencentGmeError::ALL {
        assert!(
            names.insert(entry.name()),
            "symbol {} listed twice",
            entry.name()
        );
        assert_eq!(entry.name().parse::<TencentGmeError>(), Ok(entry));
        assert_eq!(
            entry.code().to_string().parse::<TencentGmeError>(),
            Ok(entry)
        );
    }
    let timeout = TencentGmeError::from_code(1005).unwrap();
    assert_eq!(timeout, TencentGmeError::AvErrTimeout);
    assert_eq!(timeout.name(), "AV_ERR_TIMEOUT");
    assert_eq!("AV_ERR_TIMEOUT".parse::<TencentGmeError>(), Ok(timeout));
    // The SDK's misspellings are what it sends, so they are what parses.
    assert_eq!(
        "AV_ERR_AUTH_FIALD"
            .parse::<TencentGmeError>()
            .map(|e| e.code()),
        Ok(7006)
    );
    assert_eq!(
        "AV_ERR_NET_REQUEST_FALLED"
            .parse::<TencentGmeError>()
            .map(|e| e.code()),
        Ok(7004)
    );
    assert!("AV_ERR_AUTH_FAILED".parse::<TencentGmeError>().is_err());
}

#[test]
fn aliyun_ok_is_success_not_an_error() {
    assert_eq!(AliyunSmsError::from_code("OK"), None);
    assert!("OK".parse::<AliyunSmsError>().is_err());
    assert!(AliyunSmsError::is_success_code("OK"));
    assert!(<AliyunSmsError as ErrorCatalog>::is_success_code(
        Code::Str("OK")
    ));
    assert_eq!(AliyunSmsError::SUCCESS_CODES, ["OK"]);
    assert!(AliyunSmsError::ALL.iter().all(|e| e.code() != "OK"));
    assert!(!AliyunSmsError::is_success_code(
        "isv.BUSINESS_LIMIT_CONTROL"
    ));
    assert_eq!(TencentSmsError::SUCCESS_CODES, ["Ok"]);
    assert!(TencentVmsReceiptError::SUCCESS_CODES.is_empty());
    assert_eq!(UcloudUsmsError::SUCCESS_CODES, [0]);
    assert_eq!(TencentVmsError::SUCCESS_CODES, [0]);
}

#[test]
fn tencent_sms_retired_spelling_is_an_alias() {
    let current = TencentSmsError::UnsupportedOperation;
    assert_eq!(
        "UnsupportedOperation.".parse::<TencentSmsError>(),
        Ok(current)
    );
    assert_eq!(
        TencentSmsError::from_code("UnsupportedOperation."),
        Some(current)
    );
    // It prints as today's spelling.
    assert_eq!(current.to_string(), "UnsupportedOperation");
}

#[test]
fn aliases_and_symbols_are_unique_across_entries() {
    fn spellings<E: ErrorCatalog>(extra: impl Fn(E) -> Vec<String>) {
        let mut seen = HashSet::new();
        for &entry in E::ENTRIES {
            let mut all = vec![entry.to_string()];
            all.extend(extra(entry));
            for spelling in all {
                assert_eq!(spelling.parse::<E>(), Ok(entry));
                assert!(
                    seen.insert(spelling.clone()),
                    "{} spelling {spelling} names two entries",
                    E::ID
                );
            }
        }
    }
    spellings::<TencentSmsError>(|e| match e {
        TencentSmsError::UnsupportedOperation => vec!["UnsupportedOperation.".into()],
        _ => vec![],
    });
    spellings::<TencentGmeError>(|e| vec![e.name().to_owned()]);
    spellings::<AliyunSmsError>(|_| vec![]);
}

#[test]
fn garbage_never_parses_and_never_panics() {
    fn reject<E: ErrorCatalog + Debug>(extra: &[&str]) {
        let huge = "A".repeat(1 << 20);
        let huge_utf8 = "短信".repeat(1 << 18);
        let inputs = [
            "",
            " ",
            "\t\n",
            "\0",
            "OK ",
            " OK",
            "ok",
            "-",
            "+",
            "0x",
            "1e3",
            "🙂",
            "短信",
            "1005 ",
            " 1005",
            "+1005",
            "01005",
            "1005.0",
            "99999999999999999999999",
            "-99999999999999999999999",
            "LimitExceeded.",
            ".",
            "isv.",
            "AV_ERR_",
            huge.as_str(),
            huge_utf8.as_str(),
        ];
        for input in inputs.iter().chain(extra) {
            let error = input.parse::<E>().unwrap_err();
            assert_eq!(error.catalog(), E::ID);
            assert_eq!(error.original_len(), input.len());
            assert!(input.starts_with(error.text()));
            assert!(error.text().len() <= error_catalog::KEPT_TEXT_LEN);
            assert!(!error.to_string().is_empty());
        }
        // Every entry's code changed in case or padded does not parse.
        for &entry in E::ENTRIES {
            let code = entry.to_string();
            for near in [
                format!("{code} "),
                format!(" {code}"),
                format!("{code}\0"),
                code.to_lowercase() + "x",
            ] {
                assert!(near.parse::<E>().is_err(), "{near:?} parsed");
            }
            if code.to_lowercase() != code {
                assert!(code.to_lowercase().parse::<E>().is_err());
            }
        }
    }
    reject::<TencentSmsError>(&[
        "limitexceeded.dailylimit",
        "LimitExceeded.DailyLimit.",
        "UnsupportedOperation..",
    ]);
    reject::<TencentVmsError>(&["1001.", "SigVerificationFailed"]);
    reject::<TencentVmsReceiptError>(&["failure_code=1"]);
    reject::<UcloudUsmsError>(&["18000、18002"]);
    reject::<AliyunSmsError>(&["isv.EXTEND\\_CODE\\_ERROR", "OK"]);
    reject::<TencentGmeError>(&["av_err_timeout", "AvErrTimeout", "AV_ERR_TIMEOUT "]);
}

#[test]
fn unknown_code_keeps_the_text_it_was_given() {
    let error = "LimitExceeded.NoSuchLimit"
        .parse::<TencentSmsError>()
        .unwrap_err();
    assert_eq!(error.text(), "LimitExceeded.NoSuchLimit");
    assert_eq!(
        error.to_string(),
        "unknown tencent_sms code \"LimitExceeded.NoSuchLimit\""
    );
    let long = format!("{}短信", "x".repeat(95));
    let error = long.parse::<AliyunSmsError>().unwrap_err();
    assert!(error.is_truncated());
    assert_eq!(error.text(), "x".repeat(95), "cut at a character boundary");
    assert!(
        error
            .to_string()
            .ends_with(&format!("… ({} bytes)", long.len()))
    );
}

#[test]
fn display_honours_width_and_alternate() {
    let e = TencentGmeError::AvErrTimeout;
    assert_eq!(format!("{e}"), "1005");
    assert_eq!(format!("{e:>6}"), "  1005");
    assert_eq!(format!("{e:#}"), format!("1005: {}", e.message()));
    let s = AliyunSmsError::IsvBusinessLimitControl;
    assert_eq!(format!("{s:<28}|"), "isv.BUSINESS_LIMIT_CONTROL  |");
}

#[test]
fn retryable_follows_kind_unless_overridden() {
    // Receipts: a busy line is worth calling again, an empty number is not.
    let busy = TencentVmsReceiptError::try_from(2).unwrap();
    assert_eq!(busy.message(), "通话中");
    assert_eq!(busy.kind(), ErrorKind::RecipientUnreachable);
    assert!(busy.is_retryable());
    let vacant = TencentVmsReceiptError::try_from(8).unwrap();
    assert_eq!(vacant.message(), "空号");
    assert!(!vacant.is_retryable());
    assert_eq!(busy.disposition(), Disposition::RetryLater);
    assert_eq!(vacant.disposition(), Disposition::GiveUp);
    // A per-number flow control: retryable by its kind, later, at the same vendor.
    let capped = "isv.BUSINESS_LIMIT_CONTROL"
        .parse::<AliyunSmsError>()
        .unwrap();
    assert_eq!(capped.kind(), ErrorKind::RecipientLimited);
    assert!(capped.is_retryable());
    assert_eq!(capped.disposition(), Disposition::RetryLater);
    // An API rate limit: a short back-off.
    let rate = "RequestLimitExceeded".parse::<TencentSmsError>().unwrap();
    assert_eq!(rate.kind(), ErrorKind::RateLimited);
    assert_eq!(rate.disposition(), Disposition::Retry);
    // A daily cap on applications, marked retryable: later.
    let applications = "isv.SIGN_COUNT_OVER_LIMIT"
        .parse::<AliyunSmsError>()
        .unwrap();
    assert_eq!(applications.kind(), ErrorKind::QuotaExhausted);
    assert!(applications.is_retryable());
    assert_eq!(applications.disposition(), Disposition::RetryLater);
}

// ---- the catalogs against the vendor pages ----

fn vendor_doc(name: &str) -> String {
    let path = format!("{}/tests/vendor-docs/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The codes of the entries transcribed from the vendor page: every entry of a catalog without
/// provenance, else those whose sources include the page (`doc`).
fn catalog_codes<E: ErrorCatalog>() -> BTreeSet<String> {
    E::ENTRIES
        .iter()
        .filter(|e| e.sources().is_empty() || e.sources().contains(&"doc"))
        .map(|e| e.to_string())
        .collect()
}

/// Tencent SMS: every line `Code description` under 错误码列表.
fn tencent_sms_doc_codes() -> BTreeSet<String> {
    let doc = vendor_doc("tencent_sms.txt");
    let list = &doc[doc.find("错误码列表").unwrap()..];
    list.lines()
        .filter_map(|line| line.split_once(' ').map(|(code, _)| code))
        .filter(|code| {
            code.starts_with(|c: char| c.is_ascii_uppercase())
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        })
        .map(str::to_owned)
        .collect()
}

/// First cell of markdown table rows, split at `、` (rows listing two codes).
fn markdown_first_cells(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix('|'))
        .filter_map(|rest| rest.split('|').next())
        .flat_map(|cell| {
            cell.split('、')
                .map(|c| c.trim().replace("\\_", "_").replace("**", ""))
                .collect::<Vec<_>>()
        })
        .filter(|cell| {
            !cell.is_empty()
                && !cell.starts_with(':')
                && !cell.starts_with('-')
                && !cell.contains("错误码")
        })
        .collect()
}

#[test]
fn tencent_sms_has_every_code_of_its_page() {
    let mut doc = tencent_sms_doc_codes();
    assert_eq!(doc.len(), 117);
    // The retired spelling is an alias, not a variant.
    assert!(doc.remove("UnsupportedOperation."));
    assert_eq!(catalog_codes::<TencentSmsError>(), doc);
}

#[test]
fn tencent_vms_has_every_code_of_its_page() {
    let doc = vendor_doc("tencent_vms.md");
    let (api, receipts) = doc.split_at(doc.find("推送回执").unwrap());
    let api: BTreeSet<String> = markdown_first_cells(api).into_iter().collect();
    assert_eq!(api.len(), 19);
    assert_eq!(catalog_codes::<TencentVmsError>(), api);
    let receipts: BTreeSet<String> = markdown_first_cells(receipts)
        .into_iter()
        .filter_map(|cell| cell.strip_prefix("failure_code=").map(str::to_owned))
        .collect();
    assert_eq!(receipts.len(), 29);
    assert_eq!(catalog_codes::<TencentVmsReceiptError>(), receipts);
    for &receipt in TencentVmsReceiptError::ALL {
        assert!(
            doc.contains(&format!("failure_reason={} |", receipt.message())),
            "{receipt:?}"
        );
    }
}

#[test]
fn ucloud_usms_has_every_code_of_its_page() {
    let doc: BTreeSet<String> = markdown_first_cells(&vendor_doc("ucloud_usms.md"))
        .into_iter()
        .collect();
    assert_eq!(doc.len(), 28);
    assert_eq!(catalog_codes::<UcloudUsmsError>(), doc);
}

#[test]
fn aliyun_sms_has_every_code_of_its_page() {
    let mut doc: BTreeSet<String> = markdown_first_cells(&vendor_doc("aliyun_sms.md"))
        .into_iter()
        .filter(|cell| {
            cell.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
        })
        .collect();
    assert!(doc.remove("OK"));
    assert_eq!(doc.len(), 30);
    assert_eq!(catalog_codes::<AliyunSmsError>(), doc);
}

#[test]
fn tencent_gme_has_every_code_and_symbol_of_its_page() {
    let doc = vendor_doc("tencent_gme.md")
        .replace("<br>", "")
        .replace("\\_", "_");
    let mut pairs = BTreeSet::new();
    // Markdown rows: | NAME | value | ...
    for line in doc.lines().filter(|line| line.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if let (Some(name), Some(Ok(value))) =
            (cells.get(1), cells.get(2).map(|v| v.parse::<i64>()))
        {
            pairs.insert((value, (*name).to_owned()));
        }
    }
    // HTML rows: <td>NAME</td> then <td>value</td>.
    let cells: Vec<&str> = doc
        .split("<td>")
        .skip(1)
        .map(|cell| cell.split("</td>").next().unwrap().trim())
        .collect();
    for pair in cells.windows(2) {
        if let Ok(value) = pair[1].parse::<i64>()
            && (pair[0].starts_with("AV_ERR") || pair[0].starts_with("QAV"))
        {
            pairs.insert((value, pair[0].to_owned()));
        }
    }
    assert_eq!(pairs.len(), 87);
    let catalog: BTreeSet<(i64, String)> = TencentGmeError::ALL
        .iter()
        .filter(|e| e.sources().is_empty() || e.sources().contains(&"doc"))
        .map(|e| (e.code(), e.name().to_owned()))
        .collect();
    assert_eq!(catalog, pairs);
}

#[test]
fn provenance_is_complete_and_consistent() {
    fn check<E: ErrorCatalog + Debug>() {
        let sources = E::SOURCES;
        let ids: Vec<&str> = sources.iter().map(|source| source.id).collect();
        for &entry in E::ENTRIES {
            // A catalog with provenance says, for every entry, where it comes from.
            assert_eq!(
                entry.sources().is_empty(),
                ids.is_empty(),
                "{} {entry:?}",
                E::ID
            );
            for id in entry.sources() {
                assert!(
                    ids.contains(id),
                    "{} {entry:?} names unknown source {id}",
                    E::ID
                );
            }
        }
        for source in sources {
            assert!(
                source.url.starts_with("https://"),
                "{} {}",
                E::ID,
                source.id
            );
            // A source lists codes, or is the source of English beside the vendor's texts.
            let english_from = |e: &E| {
                e.english().is_some_and(|en| {
                    [Some(en.message), en.cause, en.solution]
                        .iter()
                        .flatten()
                        .any(|text| text.from == source.id)
                })
            };
            assert!(
                E::ENTRIES
                    .iter()
                    .any(|e| e.sources().contains(&source.id) || english_from(e)),
                "{} source {} lists nothing and is the source of no English",
                E::ID,
                source.id
            );
            assert!(
                !source.translation || !E::ENTRIES.iter().any(|e| e.sources().contains(&source.id)),
                "{} source {} is a translation: it lists no code",
                E::ID,
                source.id
            );
        }
    }
    each_catalog!(check);
    // Wordings come from a source of the catalog and differ from the entry's own text.
    for &entry in TencentSmsError::ALL {
        for wording in entry.wordings() {
            assert!(
                TencentSmsError::SOURCES
                    .iter()
                    .any(|source| source.id == wording.from)
            );
            assert_ne!(wording.message, entry.message());
        }
    }
}

#[test]
fn voice_v3_codes_link_to_their_legacy_counterparts() {
    assert_eq!(TencentVmsV3Error::COUNTERPART_CATALOG, Some("tencent_vms"));
    let mut linked = HashSet::new();
    for &entry in TencentVmsV3Error::ALL {
        if let Some(code) = entry.counterpart() {
            let legacy = code.as_int().and_then(TencentVmsError::from_code);
            let legacy = legacy
                .unwrap_or_else(|| panic!("{entry:?} links to {code}, not a tencent_vms code"));
            assert!(
                linked.insert(legacy),
                "{legacy:?} is the counterpart of two v3 codes"
            );
        }
    }
    let timeout = "InternalError.AccessUpstreamTimeout"
        .parse::<TencentVmsV3Error>()
        .unwrap();
    assert_eq!(timeout.counterpart(), Some(Code::Int(3011)));
    assert_eq!(
        TencentVmsError::from_code(3011).unwrap().message(),
        "访问上游超时网络"
    );
    // The legacy catalog links nowhere.
    assert!(
        TencentVmsError::ALL
            .iter()
            .all(|e| e.counterpart().is_none())
    );
}

#[test]
fn gme_sdk_decisions() {
    // One value, one variant: the page's symbol is primary, the SDKs' names for the value parse too.
    let timeout = TencentGmeError::from_code(10004).unwrap();
    assert_eq!(timeout.name(), "AV_ERR_SERVER_TIMEOUT");
    for sdk_name in [
        "AV_ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL",
        "ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL",
    ] {
        assert_eq!(sdk_name.parse::<TencentGmeError>(), Ok(timeout));
    }
    // ... and the SDKs' meaning is kept beside the page's, each with its source.
    let sources: Vec<&str> = timeout.wordings().iter().map(|w| w.from).collect();
    assert!(
        sources.contains(&"native_sdk") && sources.contains(&"unity_sdk"),
        "{sources:?}"
    );
    assert_eq!(timeout.message(), "超时");
    // 10005-10007 take the kind of what current SDKs mean by them.
    assert_eq!(
        TencentGmeError::from_code(10007).unwrap().kind(),
        ErrorKind::QuotaExhausted
    );
    // The current page prints 50012 as 327698 (0x50012 read as hex): both find the same entry,
    // which prints as the value the SDKs send.
    let asr = TencentGmeError::from_code(327_698).unwrap();
    assert_eq!(Some(asr), TencentGmeError::from_code(50012));
    assert_eq!(asr.to_string(), "50012");
    // Success outcomes are not errors.
    for ok in [0, 730_000, 730_001, 730_002] {
        assert!(TencentGmeError::is_success_code(ok), "{ok}");
        assert_eq!(TencentGmeError::from_code(ok), None);
    }
    assert!(TencentGmeError::from_code(730_003).is_some());
    // 7022: the current page reuses 7012's name for it; the name stays 7012's.
    assert_eq!(
        "AV_ERR_SERVICE_NOT_OPENED"
            .parse::<TencentGmeError>()
            .map(|e| e.code()),
        Ok(7012)
    );
    assert_eq!(
        TencentGmeError::from_code(7022).unwrap().name(),
        "AV_ERR_BUS_ERROR"
    );
}

/// The lookups are exact: a spelling with one byte changed, or a code next to a real one, is
/// unknown, unless the catalog itself lists that text (another code, symbol or alias).
#[test]
fn near_misses_never_parse() {
    fn check<E: ErrorCatalog + Debug>() {
        let path = format!("{}/catalogs/{}.toml", env!("CARGO_MANIFEST_DIR"), E::ID);
        let catalog = std::fs::read_to_string(&path).unwrap();
        // Every quoted string and every number the catalog file contains.
        let mut listed_texts = HashSet::new();
        for (i, piece) in catalog.split('"').enumerate() {
            if i % 2 == 1 {
                listed_texts.insert(piece.to_owned());
            }
        }
        for number in catalog.split(|c: char| !(c.is_ascii_digit() || c == '-')) {
            listed_texts.insert(number.to_owned());
        }
        let listed = |text: &str| listed_texts.contains(text);
        let mut tried = 0;
        for &entry in E::ENTRIES {
            let text = entry.to_string();
            for at in 0..text.len() {
                for replacement in [b'a', b'Z', b'0', b'9', b'.', b'_', b'-'] {
                    let mut bytes = text.clone().into_bytes();
                    if bytes[at] == replacement
                        || !text.is_char_boundary(at)
                        || !text.is_char_boundary(at + 1)
                    {
                        continue;
                    }
                    bytes[at] = replacement;
                    let near = String::from_utf8(bytes).unwrap();
                    if !listed(&near) {
                        tried += 1;
                        assert!(
                            near.parse::<E>().is_err(),
                            "{} {near:?} (from {text:?}) parsed",
                            E::ID
                        );
                    }
                }
            }
            if let Some(code) = entry.code().as_int() {
                for delta in [-1000, -7, -1, 1, 7, 1000, 1 << 20, i64::MIN / 2] {
                    let near = code.wrapping_add(delta);
                    if !listed(&near.to_string()) {
                        tried += 1;
                        assert_eq!(
                            E::from_wire(Code::Int(near)),
                            None,
                            "{} {near} parsed",
                            E::ID
                        );
                    }
                }
            }
        }
        assert!(
            tried > E::ENTRIES.len(),
            "{} checked {tried} near misses",
            E::ID
        );
    }
    each_catalog!(check);
}

/// Every entry of every catalog whose texts are not English has English beside each of its
/// texts (and each carrier reading), from a source of the catalog; English catalogs have none.
#[test]
fn every_text_of_a_non_english_catalog_has_english() {
    use error_catalog::Lang;
    fn check<E: ErrorCatalog>() {
        for &entry in E::ENTRIES {
            let english = entry.english();
            if E::LANGUAGE == Lang::En {
                assert!(english.is_none(), "{} {entry:?}", E::ID);
                continue;
            }
            let en = english.unwrap_or_else(|| panic!("{} {entry:?} has no English", E::ID));
            assert_eq!(
                en.cause.is_some(),
                entry.cause().is_some(),
                "{} {entry:?}",
                E::ID
            );
            assert_eq!(
                en.solution.is_some(),
                entry.solution().is_some(),
                "{} {entry:?}",
                E::ID
            );
            for text in [Some(en.message), en.cause, en.solution]
                .into_iter()
                .flatten()
            {
                assert!(!text.text.trim().is_empty(), "{} {entry:?}", E::ID);
                assert!(
                    E::SOURCES.iter().any(|source| source.id == text.from),
                    "{} {entry:?}: unknown source {}",
                    E::ID,
                    text.from
                );
            }
            assert_eq!(entry.message_in(Lang::En), en.message.text);
            assert_eq!(entry.message_in(Lang::Zh), entry.message());
        }
    }
    each_catalog!(check);
}
