//! Every envelope parser's peak heap stays within the bound the `envelope` module documents, for
//! hostile bodies up to `MAX_BODY_LEN`: a huge `RequestId` shared by thousands of numbers, deep
//! nesting, very wide arrays, long strings (plain and escaped), many keys, duplicate keys.
//!
//! A counting global allocator measures the peak. The harness runs tests on several threads, so
//! every measurement happens inside the one `#[test]` of this file.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use error_catalog::envelope::{self, MAX_BODY_LEN};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_sms_legacy");
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms_receipt");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("ucloud_usms");
error_catalog::include_error_catalog!("twilio");
error_catalog::include_error_catalog!("yunpian_sms");
error_catalog::include_error_catalog!("submail_sms");
error_catalog::include_error_catalog!("aws_sns");
error_catalog::include_error_catalog!("ucloud_usms_receipt");

/// The bound of the `envelope` module docs: peak heap ≤ `FACTOR` × body length + `CONSTANT`.
const FACTOR: usize = 32;
const CONSTANT: usize = 4 << 10;

/// `System`, counting the bytes in use and their peak.
struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Ordering::SeqCst) + bytes;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

// SAFETY: every call is forwarded to `System` unchanged; only the counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is `System`'s.
        let block = unsafe { System.alloc(layout) };
        if !block.is_null() {
            grew(layout.size());
        }
        block
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        let block = unsafe { System.alloc_zeroed(layout) };
        if !block.is_null() {
            grew(layout.size());
        }
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(block, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as a move: the old and the new block both live until the copy is done.
        grew(new_size);
        // SAFETY: as above.
        let moved = unsafe { System.realloc(block, layout, new_size) };
        if moved.is_null() {
            CURRENT.fetch_sub(new_size, Ordering::SeqCst);
        } else {
            CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A parser, reduced to whether the body parsed; the reply is dropped inside, after the peak.
type Parse = fn(&[u8]) -> bool;

/// The peak heap of `parse(body)` above what was in use before, the result included.
fn peak_of(parse: Parse, body: &[u8]) -> (usize, bool) {
    let before = CURRENT.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let parsed = parse(body);
    (PEAK.load(Ordering::SeqCst) - before, parsed)
}

const PARSERS: [(&str, Parse); 14] = [
    ("tencent_cloud", |body| {
        envelope::tencent_cloud::<TencentSmsError>(body).is_ok()
    }),
    ("tencent_send_sms", |body| {
        envelope::tencent_send_sms::<TencentSmsError>(body).is_ok()
    }),
    ("tencent_legacy", |body| {
        envelope::tencent_legacy::<TencentVmsError>(body).is_ok()
    }),
    ("tencent_legacy_sms", |body| {
        envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body).is_ok()
    }),
    ("tencent_voice_failure", |body| {
        envelope::tencent_voice_failure::<TencentVmsReceiptError>(body).is_ok()
    }),
    ("aliyun", |body| {
        envelope::aliyun::<AliyunSmsError>(body).is_ok()
    }),
    ("ucloud", |body| {
        envelope::ucloud::<UcloudUsmsError>(body).is_ok()
    }),
    ("twilio", |body| {
        envelope::twilio::<TwilioError>(body).is_ok()
    }),
    ("yunpian", |body| {
        envelope::yunpian::<YunpianSmsError>(body).is_ok()
    }),
    ("submail", |body| {
        envelope::submail::<SubmailSmsError>(body).is_ok()
    }),
    ("aws_sns", |body| {
        envelope::aws_sns::<AwsSnsError>(body).is_ok()
    }),
    ("tencent_sms_receipts", |body| {
        envelope::tencent_sms_receipts::<UcloudUsmsReceiptError>(body).is_ok()
    }),
    ("aliyun_sms_reports", |body| {
        envelope::aliyun_sms_reports::<UcloudUsmsReceiptError>(body).is_ok()
    }),
    ("ucloud_receipts", |body| {
        envelope::ucloud_receipts::<UcloudUsmsReceiptError>(body).is_ok()
    }),
];

/// `head`, then `item` as often as fits (joined by `sep`) with `tail` under `MAX_BODY_LEN`.
fn fill(head: &str, item: &str, sep: &str, tail: &str) -> String {
    let mut body = String::from(head);
    let mut first = true;
    while body.len() + sep.len() + item.len() + tail.len() <= MAX_BODY_LEN {
        if !first {
            body.push_str(sep);
        }
        body.push_str(item);
        first = false;
    }
    body.push_str(tail);
    body
}

/// A SendSms body: a RequestId of `id_len` bytes and `count` copies of `status`.
fn send_sms(id_len: usize, status: &str, count: usize) -> String {
    let statuses = vec![status; count].join(",");
    format!(
        r#"{{"Response": {{"SendStatusSet": [{statuses}], "RequestId": "{}"}}}}"#,
        "r".repeat(id_len)
    )
}

/// A SendSms body with a RequestId of `id_len` bytes and as many `status`es as fit.
fn send_sms_full(id_len: usize, status: &str) -> String {
    let head = r#"{"Response": {"SendStatusSet": ["#;
    let tail = format!(r#"], "RequestId": "{}"}}}}"#, "r".repeat(id_len));
    fill(head, status, ",", &tail)
}

/// A string of `\u00e9` escapes filling `field` (serde_json must unescape it into a buffer).
fn escaped(field: &str, prefix: &str, suffix: &str) -> String {
    fill(
        &format!(r#"{prefix}"{field}": ""#),
        r"\u00e9",
        "",
        &format!(r#""{suffix}"#),
    )
}

/// A plain string of `x` filling `field` but for one escape at its end (serde_json copies it all
/// into a buffer, then the envelope copies it out).
fn escaped_at_end(field: &str, prefix: &str, suffix: &str) -> String {
    fill(
        &format!(r#"{prefix}"{field}": ""#),
        "x",
        "",
        &format!(r#"\n"{suffix}"#),
    )
}

/// A plain string of `x` filling `field`.
fn long(field: &str, prefix: &str, suffix: &str) -> String {
    fill(
        &format!(r#"{prefix}"{field}": ""#),
        "x",
        "",
        &format!(r#""{suffix}"#),
    )
}

fn bodies() -> Vec<(String, String)> {
    let mut cases: Vec<(String, String)> = vec![
        (
            "real SendSms reply".into(),
            r#"{"Response": {"SendStatusSet": [{"SerialNo": "5000:1045710669157053657849499619", "PhoneNumber": "+8618511122233",
  "Fee": 1, "SessionContext": "test", "Code": "Ok", "Message": "send success", "IsoCode": "CN"}],
  "RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279"}}"#
                .into(),
        ),
        (
            "real Tencent error".into(),
            r#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "The provided credentials could not be validated."}, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#.into(),
        ),
        (
            "one minimal status".into(),
            r#"{"Response":{"SendStatusSet":[{"Code":"x"}]}}"#.into(),
        ),
        (
            "real Aliyun error".into(),
            r#"{"Message": "触发小时级流控Permits:5", "RequestId": "EFB5A5E4-5899-45FB-928E-56A9D25B9392", "Code": "isv.BUSINESS_LIMIT_CONTROL"}"#.into(),
        ),
        (
            "real voice failure callback".into(),
            r#"{"voice_failure_callback": {"call_from": "075583763333", "callid": "xxxxxx", "failure_code": 8, "failure_reason": "空号", "mobile": "13xxxxxxxxx", "nationcode": "86"}}"#.into(),
        ),
        ("not JSON".into(), "<html>502 Bad Gateway</html>".into()),
        (
            "SendSms: 256 KiB RequestId, 20,000 statuses".into(),
            send_sms(256 << 10, r#"{"Code":"x"}"#, 20_000),
        ),
        (
            "SendSms: 256 KiB RequestId, statuses up to 1 MiB".into(),
            send_sms_full(256 << 10, r#"{"Code":"x"}"#),
        ),
        (
            // The reply's `Vec` has just doubled to 131,072 numbers, 65,535 of them unused.
            "SendSms: 65,537 minimal unknown-code statuses".into(),
            send_sms(36, r#"{"Code":"x"}"#, 65_537),
        ),
        (
            "SendSms: minimal unknown-code statuses up to 1 MiB".into(),
            send_sms_full(36, r#"{"Code":"x"}"#),
        ),
        (
            "SendSms: minimal success statuses up to 1 MiB".into(),
            send_sms_full(36, r#"{"Code":"Ok"}"#),
        ),
        (
            "SendSms: full statuses up to 1 MiB".into(),
            send_sms_full(
                36,
                r#"{"SerialNo": "5000:1045710669157053657849499619", "PhoneNumber": "+8618511122233", "Fee": 1, "SessionContext": "test", "Code": "LimitExceeded.PhoneNumberDailyLimit", "Message": "limit", "IsoCode": "CN"}"#,
            ),
        ),
        (
            "SendSms: statuses with 1-byte phone and message".into(),
            send_sms_full(36, r#"{"Code":"x","PhoneNumber":"1","Message":"m"}"#),
        ),
        (
            "SendSms: statuses, then an empty status at the end".into(),
            fill(
                r#"{"Response": {"SendStatusSet": ["#,
                r#"{"Code":"x"}"#,
                ",",
                r#",{}], "RequestId": "r"}}"#,
            ),
        ),
        (
            "SendSms without the Response wrapper: minimal unknown-code statuses up to 1 MiB".into(),
            fill(r#"{"SendStatusSet": ["#, r#"{"Code":"x"}"#, ",", r#"], "RequestId": "r"}"#),
        ),
        (
            "legacy SMS: minimal unknown-code details up to 1 MiB".into(),
            fill(r#"{"result": 0, "errmsg": "OK", "detail": ["#, r#"{"result":9}"#, ",", "]}"),
        ),
        (
            "legacy SMS: details with a number and a nation code up to 1 MiB".into(),
            fill(
                r#"{"result": 0, "errmsg": "OK", "detail": ["#,
                r#"{"result":1016,"mobile":"1","nationcode":"8","sid":"s"}"#,
                ",",
                "]}",
            ),
        ),
        (
            "Yunpian: minimal unknown-code numbers up to 1 MiB".into(),
            fill(r#"{"data": ["#, r#"{"code":9}"#, ",", "]}"),
        ),
        (
            "SUBMAIL: minimal unknown-code recipients up to 1 MiB".into(),
            fill("[", r#"{"status":"e","code":9}"#, ",", "]"),
        ),
        (
            "SNS: unclosed tags that start like the names read, up to 1 MiB".into(),
            fill("<ErrorResponse>", "<Code", "", ""),
        ),
        (
            "SNS: a message of entity starts, up to 1 MiB".into(),
            fill("<ErrorResponse><Code>x</Code><Message>", "&", "", "</Message></ErrorResponse>"),
        ),
        (
            "SNS: a message of entities, up to 1 MiB".into(),
            fill("<ErrorResponse><Code>x</Code><Message>", "&#x41;", "", "</Message></ErrorResponse>"),
        ),
        (
            "SendSms: a set of empty objects".into(),
            send_sms_full(36, "{}"),
        ),
        (
            "SendSms: a set of zeros".into(),
            send_sms_full(36, "0"),
        ),
        (
            "top level: deep arrays".into(),
            "[".repeat(MAX_BODY_LEN / 2) + &"]".repeat(MAX_BODY_LEN / 2),
        ),
        (
            "top level: wide array of zeros".into(),
            fill("[", "0", ",", "]"),
        ),
        (
            "Response: deep arrays in an unknown field".into(),
            format!(
                r#"{{"Response": {{"RequestId": "r", "Deep": {}{}}}}}"#,
                "[".repeat(MAX_BODY_LEN / 2 - 40),
                "]".repeat(MAX_BODY_LEN / 2 - 40)
            ),
        ),
        (
            "Response: deep objects in an unknown field".into(),
            format!(
                r#"{{"Response": {{"RequestId": "r", "Deep": {}0{}}}}}"#,
                r#"{"a":"#.repeat((MAX_BODY_LEN - 60) / 6),
                "}".repeat((MAX_BODY_LEN - 60) / 6)
            ),
        ),
        (
            "Response.Error.Code: deep arrays".into(),
            format!(
                r#"{{"Response": {{"Error": {{"Code": {}{}}}}}}}"#,
                "[".repeat(MAX_BODY_LEN / 2 - 40),
                "]".repeat(MAX_BODY_LEN / 2 - 40)
            ),
        ),
        (
            "Response: wide array of zeros in an unknown field".into(),
            fill(r#"{"Response": {"Wide": ["#, "0", ",", r#"], "RequestId": "r"}}"#),
        ),
        (
            "Response: wide array of empty arrays".into(),
            fill(r#"{"Response": {"Wide": ["#, "[]", ",", r#"], "RequestId": "r"}}"#),
        ),
        (
            "Response: many keys".into(),
            many_keys(r#"{"Response": {"#, r#""RequestId": "r"}}"#),
        ),
        (
            "top level: many keys".into(),
            many_keys("{", r#""Code": "OK"}"#),
        ),
        (
            "top level: many duplicate Message keys".into(),
            fill(r#"{"Code": "x", "#, r#""Message": "\u00e9\u00e9\u00e9\u00e9""#, ",", "}"),
        ),
        (
            "Response: many duplicate RequestId keys".into(),
            fill(r#"{"Response": {"#, r#""RequestId": "\u00e9\u00e9\u00e9\u00e9""#, ",", "}}"),
        ),
        (
            "Tencent receipts: minimal unknown-code failures up to 1 MiB".into(),
            fill("[", r#"{"report_status":"FAIL","errmsg":"x"}"#, ",", "]"),
        ),
        (
            "Tencent receipts: minimal deliveries up to 1 MiB".into(),
            fill("[", r#"{"report_status":"SUCCESS"}"#, ",", "]"),
        ),
        (
            "Aliyun reports: minimal unknown-code failures up to 1 MiB".into(),
            fill("[", r#"{"success":false,"err_code":"x"}"#, ",", "]"),
        ),
        (
            "Aliyun reports: minimal deliveries up to 1 MiB".into(),
            fill("[", r#"{"success":true}"#, ",", "]"),
        ),
        (
            "UCloud receipts: minimal unknown-code failures up to 1 MiB".into(),
            fill(
                r#"{"Data":["#,
                r#"{"ReceiptResult":"Fail","ReceiptCode":"x"}"#,
                ",",
                "]}",
            ),
        ),
        (
            "UCloud receipts: unreported states with 1-byte code and text up to 1 MiB".into(),
            fill(
                r#"{"Data":["#,
                r#"{"ReceiptResult":"Unknow","ReceiptCode":"x","ReceiptDesc":"y"}"#,
                ",",
                "]}",
            ),
        ),
        (
            "Response: many duplicate SendStatusSet keys".into(),
            fill(
                r#"{"Response": {"#,
                r#""SendStatusSet": [{"Code":"x"},{"Code":"x"},{"Code":"x"}]"#,
                ",",
                "}}",
            ),
        ),
    ];
    for (field, prefix, suffix) in [
        ("RequestId", r#"{"Response": {"#, "}}"),
        ("Message", r#"{"Response": {"Error": {"Code": "x", "#, "}}}"),
        ("Code", r#"{"Response": {"Error": {"#, "}}}"),
        (
            "Message",
            r#"{"Response": {"SendStatusSet": [{"Code": "x", "#,
            "}]}}",
        ),
        (
            "PhoneNumber",
            r#"{"Response": {"SendStatusSet": [{"Code": "x", "#,
            "}]}}",
        ),
        ("errmsg", r#"{"result": 1014, "#, "}"),
        ("sid", r#"{"result": 1016, "#, "}"),
        (
            "ErrorInfo",
            r#"{"ActionStatus": "FAIL", "ErrorCode": 60008, "#,
            "}",
        ),
        (
            "mobile",
            r#"{"result": 0, "detail": [{"result": 1016, "nationcode": "86", "#,
            "}]}",
        ),
        ("callid", r#"{"result": 1014, "#, "}"),
        (
            "failure_reason",
            r#"{"voice_failure_callback": {"failure_code": 8, "#,
            "}}",
        ),
        (
            "mobile",
            r#"{"voice_failure_callback": {"failure_code": 8, "#,
            "}}",
        ),
        ("Code", "{", "}"),
        ("Message", r#"{"Code": "x", "#, "}"),
        ("requestId", r#"{"code": "x", "#, "}"),
        ("Message", r#"{"RetCode": 171, "#, "}"),
        ("message", r#"{"code": 21211, "#, "}"),
        ("error_message", r#"{"error_code": 30007, "#, "}"),
        ("sid", r#"{"status": "queued", "#, "}"),
        ("detail", r#"{"code": 2, "#, "}"),
        ("msg", r#"{"status": "error", "code": 101, "#, "}"),
        ("to", r#"[{"status": "success", "#, "}]"),
        ("mobile", r#"{"data": [{"code": 2, "#, "}]}"),
        ("Unknown", r#"{"RetCode": 171, "#, "}"),
    ] {
        cases.push((
            format!("long string: {field} in {prefix}…"),
            long(field, prefix, suffix),
        ));
        cases.push((
            format!("long escaped string: {field} in {prefix}…"),
            escaped(field, prefix, suffix),
        ));
        cases.push((
            format!("long string, one escape at its end: {field} in {prefix}…"),
            escaped_at_end(field, prefix, suffix),
        ));
    }
    cases
}

/// An object with as many distinct keys as fit, then `last`.
fn many_keys(head: &str, last: &str) -> String {
    let mut body = String::from(head);
    let mut key = 0;
    while body.len() + 20 + last.len() <= MAX_BODY_LEN {
        write!(body, r#""k{key}":0,"#).unwrap();
        key += 1;
    }
    body.push_str(last);
    body
}

#[test]
fn no_parse_allocates_more_than_the_documented_bound() {
    let path = format!("{}/runtime/src/envelope.rs", env!("CARGO_MANIFEST_DIR"));
    let docs = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let promise = format!(
        "no parse allocates more than {FACTOR} × the body length plus {} KiB",
        CONSTANT >> 10
    );
    assert!(
        docs.contains(&promise),
        "the envelope docs must say: {promise}"
    );

    let mut report = String::new();
    let mut worst = 0.0f64;
    for (name, body) in bodies() {
        assert!(body.len() <= MAX_BODY_LEN, "{name}: {} bytes", body.len());
        for (parser, parse) in PARSERS {
            let (peak, parsed) = peak_of(parse, body.as_bytes());
            let ratio = peak as f64 / body.len() as f64;
            worst = worst.max(ratio);
            writeln!(
                report,
                "{name} | {parser} | {} | {peak} | {ratio:.2} | {}",
                body.len(),
                if parsed { "ok" } else { "error" }
            )
            .unwrap();
            assert!(
                peak <= FACTOR * body.len() + CONSTANT,
                "{name}, {parser}: {peak} bytes of heap for a body of {} bytes ({ratio:.1}×)",
                body.len()
            );
        }
    }
    println!(
        "case | parser | body bytes | peak bytes | peak / body | result\n{report}worst ratio {worst:.2}"
    );
}
