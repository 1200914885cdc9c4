//! The bodies of the fuzz targets, one per input surface. Each takes arbitrary bytes and panics
//! only when a law is broken: a crash found by libFuzzer is a bug. `fuzz_targets/*.rs` call these;
//! `tests/fuzz_regressions.rs` replays the saved inputs through them in `cargo test`.

use std::fmt::Write as _;
use std::str::FromStr;

use error_catalog::{ErrorCatalog, UnknownCode, envelope};
use error_catalog_core::{Options, SourceFile};

error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("tencent_gme");
error_catalog::include_error_catalog!("tencent_sms_receipt");
error_catalog::include_error_catalog!("ucloud_usms_receipt");
error_catalog::include_error_catalog!("twilio");
error_catalog::include_error_catalog!("zego_express");
error_catalog::include_error_catalog!("aws_sns");
error_catalog::include_error_catalog!("submail_sms");
error_catalog::include_error_catalog!("yunpian_sms");
error_catalog::include_error_catalog!("tencent_trtc_warning");
error_catalog::include_error_catalog!("tencent_trtc");
error_catalog::include_error_catalog!("agora_rtc");
error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_sms_legacy");
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms_receipt");
error_catalog::include_error_catalog!("tencent_vms_v3");
error_catalog::include_error_catalog!("ucloud_usms");

/// Any text as a catalog: checked and expanded, or every problem rendered. Never a panic, and
/// every problem points into the file.
pub fn catalog_text(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let file = SourceFile::new("fuzz.toml", text);
    let expanded = error_catalog_core::include(&file, &[], &Options::default());
    expands_or_locates(expanded.map(|tokens| !tokens.is_empty()), &["fuzz.toml:"]);
}

/// Tokens (whether there are any), or problems each located at line and column ≥ 1 of a file
/// named by `files`.
fn expands_or_locates(result: Result<bool, Vec<error_catalog_core::Diagnostic>>, files: &[&str]) {
    match result {
        Ok(any_tokens) => assert!(any_tokens),
        Err(problems) => {
            assert!(!problems.is_empty());
            for problem in &problems {
                assert!(problem.line >= 1 && problem.column >= 1, "{problem:?}");
                let shown = problem.to_string();
                assert!(files.iter().any(|file| shown.starts_with(file)), "{shown}");
            }
        }
    }
}

/// Small real catalogs, the bases of [`catalog_mutations`].
const BASES: &[&str] = &[
    include_str!("../../catalogs/tencent_vms.toml"),
    include_str!("../../catalogs/tencent_vms_receipt.toml"),
    include_str!("../../catalogs/tencent_vms_v3.toml"),
    include_str!("../../catalogs/ucloud_usms.toml"),
    include_str!("../../tests/ui/errors/acme.toml"),
    include_str!("../../tests/ui/errors/acme_voice.toml"),
    include_str!("../../tests/ui/errors/acme_provenance.toml"),
    include_str!("../../tests/ui/errors/all_at_once.toml"),
];

/// Values a mutation puts in place of another: every TOML type, extremes, names that collide
/// with generated items or with each other once turned into variants.
const VALUES: &[&str] = &[
    "1",
    "-1",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "0x7fffffffffffffff",
    "1.5",
    "true",
    "1979-05-27T07:32:00Z",
    "[]",
    "[1, \"a\"]",
    "{}",
    "{ code = 1 }",
    "\"\"",
    "\" \"",
    "\"ERR\"",
    "\"ERROR\"",
    "\"Err\"",
    "\"ALL\"",
    "\"SOURCES\"",
    "\"__CODES\"",
    "\"code\"",
    "\"kind\"",
    "\"Self\"",
    "\"self\"",
    "\"_\"",
    "\"1234\"",
    "\"a.b\"",
    "\"A_B\"",
    "\"AB\"",
    "\"Ünïcödé\"",
    "\"短信\"",
    "\"rate_limited\"",
    "\"retry_later\"",
    "\"verify\"",
    "\"string\"",
    "\"integer\"",
    "\"line one\\n\\n    indented code\"",
    "'''\nmulti\nline'''",
    "\"unterminated",
];

/// A real catalog changed by the operations the input spells ([`mutate`]), then
/// [`catalog_text`] on the result.
pub fn catalog_mutations(data: &[u8]) {
    if let Some(text) = mutate(BASES, data) {
        catalog_text(text.as_bytes());
    }
}

/// The catalogs overlays are applied to: built-in ones of each shape (strings, integers,
/// symbols, provenance, a counterpart) and a user catalog.
fn overlay_base(pick: u8) -> SourceFile {
    match pick % 5 {
        0 => error_catalog_core::builtin::builtin("tencent_vms").expect("built in"),
        1 => error_catalog_core::builtin::builtin("tencent_vms_v3").expect("built in"),
        2 => error_catalog_core::builtin::builtin("tencent_gme").expect("built in"),
        3 => error_catalog_core::builtin::builtin("aliyun_sms").expect("built in"),
        _ => SourceFile::new("acme.toml", include_str!("../../tests/ui/errors/acme.toml")),
    }
}

/// Any text as an overlay (the first byte picks the catalog; the text is applied once, or
/// twice as two overlays in order): expanded, or every problem rendered, each in an overlay's
/// file. Never a panic.
pub fn overlay_text(data: &[u8]) {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let base = overlay_base(pick);
    let text = String::from_utf8_lossy(text);
    let mut overlays = vec![SourceFile::new("a.toml", text.clone())];
    if pick & 0x80 != 0 {
        overlays.push(SourceFile::new("b.toml", text));
    }
    let expanded = error_catalog_core::include(&base, &overlays, &Options::default());
    expands_or_locates(
        expanded.map(|tokens| !tokens.is_empty()),
        &["a.toml:", "b.toml:"],
    );
}

/// Real overlays, the bases of [`overlay_mutations`].
const OVERLAY_BASES: &[&str] = &[
    include_str!("../../tests/ui/errors/overlay_sms.toml"),
    include_str!("../../tests/ui/errors/overlay_sms_second.toml"),
    include_str!("../../tests/ui/errors/overlay_acme.toml"),
    include_str!("../../tests/ui/errors/overlay_taken.toml"),
    include_str!("../../tests/ui/errors/overlay_bad_values.toml"),
    include_str!("../../tests/downstream/vendor/errors/tencent_sms.toml"),
];

/// A real overlay changed by the operations the input spells ([`mutate`]), applied to the
/// catalog the input's second byte picks ([`overlay_text`]).
pub fn overlay_mutations(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    if let Some(text) = mutate(OVERLAY_BASES, rest) {
        let mut input = vec![pick];
        input.extend_from_slice(text.as_bytes());
        overlay_text(&input);
    }
}

/// One of `bases` (the first byte picks it) changed by the operations the rest spells: lines
/// deleted, duplicated, swapped, retyped; CRLF, a BOM, tabs; huge strings and lines; unicode
/// names; i64 extremes; codes colliding after variant derivation. `None` for no input.
fn mutate(bases: &[&str], data: &[u8]) -> Option<String> {
    let (&base, mut ops) = data.split_first()?;
    let mut lines: Vec<String> = bases[usize::from(base) % bases.len()]
        .lines()
        .map(str::to_owned)
        .collect();
    let mut crlf = false;
    let mut bom = false;
    // Catalogs up to 4 MiB: larger ones are no catalog anyone writes, and repeating a 64 KiB line
    // thousands of times only measures the machine's memory.
    const BUDGET: usize = 4 << 20;
    let mut size: usize = lines.iter().map(|line| line.len() + 1).sum();
    while let [op, a, b, rest @ ..] = ops {
        ops = rest;
        if lines.is_empty() {
            lines.push(String::new());
        }
        if size > BUDGET {
            break;
        }
        let at = usize::from(*a) * lines.len() / 256;
        let other = usize::from(*b) * lines.len() / 256;
        match op % 16 {
            0 => {
                lines.remove(at);
            }
            1 => {
                let line = lines[at].clone();
                lines.insert(other, line);
            }
            2 => lines.swap(at, other),
            3 => {
                // Retype the value of a `key = value` line.
                if let Some(eq) = lines[at].find(" = ") {
                    let value = VALUES[usize::from(*b) % VALUES.len()];
                    lines[at] = format!("{}{value}", &lines[at][..eq + 3]);
                }
            }
            4 => crlf = !crlf,
            5 => bom = !bom,
            6 => lines[at].insert(0, '\t'),
            7 => {
                // A huge string value, up to 64 KiB.
                if let Some(eq) = lines[at].find(" = ") {
                    let huge = "x".repeat((usize::from(*b) + 1) << 8);
                    lines[at] = format!("{}\"{huge}\"", &lines[at][..eq + 3]);
                }
            }
            8 => {
                // The value of one line copied onto another: codes, variants and symbols collide.
                if let (Some(from), Some(to)) = (lines[other].find(" = "), lines[at].find(" = ")) {
                    let value = lines[other][from + 3..].to_owned();
                    lines[at] = format!("{}{value}", &lines[at][..to + 3]);
                }
            }
            9 => {
                let key = [
                    "code",
                    "variant",
                    "symbol",
                    "kind",
                    "aliases",
                    "from",
                    "message",
                    "disposition",
                    "retryable",
                ][usize::from(*b) % 9];
                let value = VALUES[usize::from(*a) % VALUES.len()];
                lines.insert(other, format!("{key} = {value}"));
            }
            10 => {
                let header = [
                    "[[entry]]",
                    "[[success]]",
                    "[[provenance]]",
                    "[[entry.wording]]",
                    "[entry]",
                    "[[bogus]]",
                ][usize::from(*b) % 6];
                lines.insert(at, header.to_owned());
            }
            11 => {
                let cut = usize::from(*b).min(lines[at].len());
                let cut = (0..=cut)
                    .rev()
                    .find(|&i| lines[at].is_char_boundary(i))
                    .unwrap_or(0);
                lines[at].truncate(cut);
            }
            12 => lines[at].push(char::from(*b)),
            13 => {
                // The same entry many times over.
                let copies = usize::from(*b) % 64;
                let block: Vec<String> = lines[at..(at + 6).min(lines.len())].to_vec();
                for _ in 0..copies {
                    lines.extend(block.iter().cloned());
                }
            }
            14 => lines[at].insert_str(0, "短信 "),
            _ => lines.truncate(at.max(1)),
        }
        if matches!(op % 16, 1 | 7 | 13) {
            size = lines.iter().map(|line| line.len() + 1).sum();
        }
    }
    let mut text = lines.join(if crlf { "\r\n" } else { "\n" });
    if bom {
        text.insert(0, '\u{feff}');
    }
    Some(text)
}

/// The laws of one generated enum on any text: parsing never panics; what parses prints back
/// to a text that parses to the same entry, and its wire code finds it; an unknown code keeps at
/// most `KEPT_TEXT_LEN` bytes; serde reads back what it writes and rejects the rest cleanly.
fn text_laws<E>(text: &str)
where
    E: ErrorCatalog + FromStr<Err = UnknownCode> + core::fmt::Display,
    E: serde::Serialize + serde::de::DeserializeOwned,
{
    match text.parse::<E>() {
        Ok(entry) => {
            assert_eq!(entry.to_string().parse::<E>().ok(), Some(entry));
            assert_eq!(E::from_wire(entry.code()), Some(entry));
            assert!(
                !E::is_success_text(text),
                "{text:?} is an entry and a success code"
            );
            let json = serde_json::to_string(&entry).expect("an entry serializes");
            assert_eq!(serde_json::from_str::<E>(&json).ok(), Some(entry));
        }
        Err(unknown) => {
            assert!(unknown.text().len() <= error_catalog::KEPT_TEXT_LEN);
            assert_eq!(unknown.catalog(), E::ID);
            let _ = unknown.to_string();
        }
    }
    if let Err(error) = serde_json::from_str::<E>(text) {
        // The error shows at most what `UnknownCode` keeps of the input (96 bytes, escaped:
        // up to six characters a byte), not the input.
        assert!(error.to_string().len() < 1024, "{error}");
    }
}

/// `from_code` of a string catalog: the entry found has that code or alias as a wire code.
macro_rules! str_laws {
    ($enum:ident, $text:expr) => {{
        let text: &str = $text;
        text_laws::<$enum>(text);
        if let Some(entry) = $enum::from_code(text) {
            assert_eq!(text.parse::<$enum>().ok(), Some(entry));
        }
    }};
}

/// `from_code` and `TryFrom<i64>` of an integer catalog agree, and find the entry of that code.
macro_rules! int_laws {
    ($enum:ident, $text:expr, $number:expr) => {{
        text_laws::<$enum>($text);
        let number: i64 = $number;
        let found = $enum::from_code(number);
        assert_eq!(found, $enum::try_from(number).ok());
        if let Some(entry) = found {
            assert_eq!(number.to_string().parse::<$enum>().ok(), Some(entry));
        }
        assert!(!(found.is_some() && $enum::is_success_code(number)));
        if let Err(unknown) = $enum::try_from(number) {
            assert_eq!(unknown.text(), number.to_string());
        }
    }};
}

/// Any bytes as a code of every built-in catalog: the text (lossy UTF-8), and an integer read
/// from the first eight bytes and from the text.
pub fn codes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut bytes = [0u8; 8];
    let len = data.len().min(8);
    bytes[..len].copy_from_slice(&data[..len]);
    for number in [i64::from_le_bytes(bytes), text.trim().parse().unwrap_or(0)] {
        int_laws!(TencentGmeError, &text, number);
        int_laws!(TwilioError, &text, number);
        int_laws!(ZegoExpressError, &text, number);
        int_laws!(SubmailSmsError, &text, number);
        int_laws!(YunpianSmsError, &text, number);
        int_laws!(TencentTrtcWarning, &text, number);
        int_laws!(TencentTrtcError, &text, number);
        int_laws!(AgoraRtcError, &text, number);
        int_laws!(TencentSmsLegacyError, &text, number);
        int_laws!(TencentVmsError, &text, number);
        int_laws!(TencentVmsReceiptError, &text, number);
        int_laws!(UcloudUsmsError, &text, number);
    }
    // `FromStr` of the integer catalogs spelled only by their codes reads exactly the decimal
    // form `i64` writes.
    let canonical = text
        .parse::<i64>()
        .ok()
        .filter(|number| number.to_string() == *text);
    assert_eq!(error_catalog::__private::decimal(&text), canonical);
    assert_eq!(
        text.parse::<TwilioError>().ok(),
        canonical.and_then(TwilioError::from_code)
    );
    str_laws!(AliyunSmsError, &text);
    str_laws!(TencentSmsError, &text);
    str_laws!(TencentVmsV3Error, &text);
    str_laws!(TencentSmsReceiptError, &text);
    str_laws!(UcloudUsmsReceiptError, &text);
    str_laws!(AwsSnsError, &text);
}

/// Every failure of a per-number reply with its disposition, or the envelope error.
fn print_numbers<E: ErrorCatalog>(
    out: &mut String,
    reply: Result<envelope::SendSmsReply<E>, envelope::EnvelopeError>,
) {
    match reply {
        Ok(reply) => {
            for failure in reply.failures() {
                let _ = write!(out, "{failure} {:?}", failure.disposition());
            }
        }
        Err(error) => {
            let _ = write!(out, "{error}");
        }
    }
}

/// Any bytes as every kind of response body: a reply or an `EnvelopeError`, never a panic, and
/// every outcome prints.
pub fn envelopes(data: &[u8]) {
    let mut out = String::new();
    if let Ok(reply) = envelope::tencent_cloud::<TencentSmsError>(data) {
        let _ = write!(out, "{reply:?}");
        if let Some(failure) = reply.failure() {
            let _ = write!(out, "{failure}");
        }
    }
    print_numbers(
        &mut out,
        envelope::tencent_send_sms::<TencentSmsError>(data),
    );
    let _ = write!(
        out,
        "{:?}",
        envelope::tencent_legacy::<TencentVmsError>(data)
    );
    print_numbers(
        &mut out,
        envelope::tencent_legacy_sms::<TencentSmsLegacyError>(data),
    );
    let _ = write!(
        out,
        "{:?}",
        envelope::tencent_voice_failure::<TencentVmsReceiptError>(data)
    );
    let _ = write!(out, "{:?}", envelope::aliyun::<AliyunSmsError>(data));
    let _ = write!(out, "{:?}", envelope::ucloud::<UcloudUsmsError>(data));
    let _ = write!(out, "{:?}", envelope::twilio::<TwilioError>(data));
    print_numbers(&mut out, envelope::yunpian::<YunpianSmsError>(data));
    print_numbers(&mut out, envelope::submail::<SubmailSmsError>(data));
    let _ = write!(out, "{:?}", envelope::aws_sns::<AwsSnsError>(data));
    // Delivery receipts, typed with the carrier receipt catalog.
    for receipts in [
        envelope::tencent_sms_receipts::<UcloudUsmsReceiptError>(data),
        envelope::aliyun_sms_reports::<UcloudUsmsReceiptError>(data),
        envelope::ucloud_receipts::<UcloudUsmsReceiptError>(data),
    ] {
        match receipts {
            Ok(receipts) => {
                for receipt in receipts {
                    let _ = write!(out, "{receipt:?} {:?}", receipt.delivery.disposition());
                    if let envelope::Delivery::Failed(error) = &receipt.delivery {
                        let _ = write!(out, "{error}");
                        if let Some(status) = error.error() {
                            let _ = write!(out, "{:?}", status.disposition_on("中国电信"));
                        }
                    }
                }
            }
            Err(error) => {
                let _ = write!(out, "{error}");
            }
        }
    }
}
