//! Delivery receipts (status reports) of Tencent SMS, Aliyun and UCloud, parsed into
//! per-recipient outcomes typed with the carrier receipt catalog. The bodies are those of the
//! vendors' documentation (sources in `tests/refs/real_bodies.md`, *Delivery receipts*); where a
//! page shows only a success, the failure is written in the page's documented shape with a
//! status code of the catalog, and says so.

use error_catalog::envelope::{self, Delivery, EnvelopeError, Receipt};
use error_catalog::{Disposition, ErrorCatalog};

mod common;
use common::*;

type Status = UcloudUsmsReceiptError;

/// `EnvelopeError` holds serde_json's error, which has no `PartialEq`: compared as `Debug`.
fn assert_same(seen: EnvelopeError, expected: EnvelopeError, body: &str) {
    assert_eq!(format!("{seen:?}"), format!("{expected:?}"), "{body}");
}

fn failure(receipt: &Receipt<Status>) -> &error_catalog::ApiError<Status> {
    match &receipt.delivery {
        Delivery::Failed(error) => error,
        other => panic!("expected a failure, got {other:?}"),
    }
}

// ---- Tencent Cloud SMS: 短信下发状态通知 ----

/// Tencent's documented callback (cloud.tencent.com/document/product/382/52077, and the English
/// page 382/43547): one report, delivered.
const TENCENT_DOC: &str = r#"[
  {
    "user_receive_time": "2015-10-17 08:03:04",
    "nationcode": "86",
    "mobile": "13xxxxxxxxx",
    "report_status": "SUCCESS",
    "errmsg": "DELIVRD",
    "description": "用户短信送达成功",
    "sid": "xxxxxxx"
  }
]"#;

#[test]
fn tencent_documented_callback_is_delivered() {
    let receipts = envelope::tencent_sms_receipts::<Status>(TENCENT_DOC.as_bytes()).unwrap();
    assert_eq!(
        receipts,
        [Receipt {
            phone_number: "+8613xxxxxxxxx".to_owned(),
            delivery: Delivery::Delivered,
            send_id: Some("xxxxxxx".to_owned()),
            reported_at: Some("2015-10-17 08:03:04".to_owned()),
        }]
    );
    assert_eq!(receipts[0].delivery.disposition(), None);
}

#[test]
fn tencent_failures_are_typed_per_carrier_and_unknown_codes_kept() {
    // The documented shape with two failures: a code of the table (MK:0001, 空号 from 中国移动
    // and 中国电信) and one it does not have.
    let body = r#"[
      {"user_receive_time": "2021-03-01 10:00:00", "nationcode": "86", "mobile": "13800000000",
       "report_status": "FAIL", "errmsg": "MK:0001", "description": "空号", "sid": "2019:1"},
      {"user_receive_time": "2021-03-01 10:00:01", "nationcode": "86", "mobile": "13800000001",
       "report_status": "FAIL", "errmsg": "ZZ:9999", "description": "新的状态码", "sid": "2019:2"}
    ]"#;
    let receipts = envelope::tencent_sms_receipts::<Status>(body.as_bytes()).unwrap();
    let empty = failure(&receipts[0]);
    assert_eq!(empty.error(), Some(UcloudUsmsReceiptError::Mk0001));
    assert_eq!(empty.server_message(), Some("空号"));
    assert_eq!(empty.disposition(), Disposition::GiveUp);
    assert_eq!(
        empty
            .error()
            .map(|status| status.disposition_on("中国移动")),
        Some(Disposition::GiveUp)
    );
    let unknown = failure(&receipts[1]);
    assert_eq!(unknown.error(), None);
    assert_eq!(unknown.wire_code(), "ZZ:9999");
    assert_eq!(unknown.server_message(), Some("新的状态码"));
    assert_eq!(receipts[1].send_id.as_deref(), Some("2019:2"));
}

#[test]
fn tencent_malformed_callbacks_are_errors() {
    for (body, expected) in [
        (
            r#"{"report_status": "SUCCESS"}"#,
            EnvelopeError::WrongType {
                field: "(body)",
                expected: "a JSON array",
            },
        ),
        (
            "[1]",
            EnvelopeError::WrongType {
                field: "[]",
                expected: "an object",
            },
        ),
        (
            r#"[{"errmsg": "DELIVRD"}]"#,
            EnvelopeError::Missing("[].report_status"),
        ),
        (
            r#"[{"report_status": "DELIVERED"}]"#,
            EnvelopeError::WrongType {
                field: "[].report_status",
                expected: "\"SUCCESS\" or \"FAIL\"",
            },
        ),
        (
            r#"[{"report_status": "FAIL", "errmsg": " "}]"#,
            EnvelopeError::Missing("[].errmsg"),
        ),
        (
            r#"[{"report_status": "FAIL", "errmsg": 1}]"#,
            EnvelopeError::WrongType {
                field: "[].errmsg",
                expected: "a string",
            },
        ),
    ] {
        assert_same(
            envelope::tencent_sms_receipts::<Status>(body.as_bytes()).unwrap_err(),
            expected,
            body,
        );
    }
    assert_eq!(envelope::tencent_sms_receipts::<Status>(b"[]").unwrap(), []);
}

// ---- Aliyun: SmsReport ----

/// Aliyun's documented report (help.aliyun.com/zh/sms/developer-reference/smsreport-2).
const ALIYUN_DOC: &str = r#"[
  {
    "phone_number" : "1381111****",
    "send_time" : "2017-01-01 00:00:00",
    "report_time" : "2017-01-01 00:00:00",
    "success" : true,
    "err_code" : "DELIVERED",
    "err_msg" : "用户接收成功",
    "sms_size" : "1",
    "biz_id" : "12345********",
    "out_id" : "67890**"
  }
]"#;

#[test]
fn aliyun_documented_report_is_delivered() {
    let receipts = envelope::aliyun_sms_reports::<Status>(ALIYUN_DOC.as_bytes()).unwrap();
    assert_eq!(
        receipts,
        [Receipt {
            phone_number: "1381111****".to_owned(),
            delivery: Delivery::Delivered,
            send_id: Some("12345********".to_owned()),
            reported_at: Some("2017-01-01 00:00:00".to_owned()),
        }]
    );
}

#[test]
fn aliyun_failed_reports_carry_the_carriers_code() {
    // The documented shape, not delivered: a complaint blacklist of 中国移动 (DB:0141).
    let body = ALIYUN_DOC
        .replace("\"success\" : true", "\"success\" : false")
        .replace("\"DELIVERED\"", "\"DB:0141\"")
        .replace("用户接收成功", "黑名单");
    let receipts = envelope::aliyun_sms_reports::<Status>(body.as_bytes()).unwrap();
    let error = failure(&receipts[0]);
    assert_eq!(error.error(), Some(UcloudUsmsReceiptError::Db0141));
    assert_eq!(error.disposition(), Disposition::GiveUp);
    assert_eq!(error.server_message(), Some("黑名单"));
    for (body, expected) in [
        (
            r#"[{"err_code": "DELIVERED"}]"#,
            EnvelopeError::Missing("[].success"),
        ),
        (
            r#"[{"success": "true"}]"#,
            EnvelopeError::WrongType {
                field: "[].success",
                expected: "a boolean",
            },
        ),
        (
            r#"[{"success": false, "err_msg": "失败"}]"#,
            EnvelopeError::Missing("[].err_code"),
        ),
    ] {
        assert_same(
            envelope::aliyun_sms_reports::<Status>(body.as_bytes()).unwrap_err(),
            expected,
            body,
        );
    }
}

// ---- UCloud: 状态报告推送 ----

/// UCloud's documented push (UCloudDoc-Team/usms `api_docs/ret_message/retStatus.md` @
/// fbe928f5), without the `//` comment the page writes after `"发送成功",` (not JSON).
const UCLOUD_DOC: &str = r#"{
  "MsgType": 2,
  "Data": [
    {
      "SessionNo": "d0****f7-0fc3-****-****-9f73****6c6e",
      "Phone": "185****9057",
      "CostCount": 2,
      "ReceiptTime": 1563867000,
      "ReceiptResult": "发送成功",
      "ReceiptCode": "Delivrd",
      "ReceiptDesc": "用户接收成功",
      "UserId": "you man c define the content by yrself"
    },
    {
      "SessionNo": "d1****f7-0fc3-****-****-9f73****6c6e",
      "Phone": "185****9057",
      "CostCount": 2,
      "ReceiptTime": 1563867000,
      "ReceiptResult": "发送失败",
      "ReceiptCode": "MSBLACK",
      "ReceiptDesc": "手机在运营商防骚扰黑名单",
      "UserId": "you man c define the content by yrself"
    } ]
}"#;

#[test]
fn ucloud_documented_push() {
    let receipts = envelope::ucloud_receipts::<Status>(UCLOUD_DOC.as_bytes()).unwrap();
    assert_eq!(receipts.len(), 2);
    assert_eq!(receipts[0].delivery, Delivery::Delivered);
    assert_eq!(receipts[0].phone_number, "185****9057");
    assert_eq!(
        receipts[0].send_id.as_deref(),
        Some("d0****f7-0fc3-****-****-9f73****6c6e")
    );
    assert_eq!(receipts[0].reported_at.as_deref(), Some("1563867000"));
    // `MSBLACK` is not in UCloud's own table: kept as sent, with the push's text.
    let blacklisted = failure(&receipts[1]);
    assert_eq!(blacklisted.error(), None);
    assert_eq!(blacklisted.wire_code(), "MSBLACK");
    assert_eq!(
        blacklisted.server_message(),
        Some("手机在运营商防骚扰黑名单")
    );
}

#[test]
fn ucloud_results_in_either_language_and_unreported_states() {
    let body = UCLOUD_DOC
        .replace("\"发送成功\"", "\"Success\"")
        .replace("\"发送失败\"", "\"Fail\"")
        .replace("\"MSBLACK\"", "\"MBBLACK\"");
    let receipts = envelope::ucloud_receipts::<Status>(body.as_bytes()).unwrap();
    assert_eq!(receipts[0].delivery, Delivery::Delivered);
    assert_eq!(
        failure(&receipts[1]).error(),
        Some(UcloudUsmsReceiptError::Mbblack)
    );
    let unknown = UCLOUD_DOC.replace("\"发送失败\"", "\"状态未知\"");
    let receipts = envelope::ucloud_receipts::<Status>(unknown.as_bytes()).unwrap();
    assert_eq!(
        receipts[1].delivery,
        Delivery::Unreported {
            code: Some("MSBLACK".to_owned()),
            text: Some("手机在运营商防骚扰黑名单".to_owned()),
        }
    );
    assert_eq!(
        receipts[1].delivery.disposition(),
        Some(Disposition::Verify)
    );
    for (body, expected) in [
        (
            r#"{"MsgType": 1, "Data": []}"#,
            EnvelopeError::WrongType {
                field: "MsgType",
                expected: "2 (a status report)",
            },
        ),
        (r#"{"MsgType": 2}"#, EnvelopeError::Missing("Data")),
        (
            r#"{"Data": [{"ReceiptCode": "DELIVRD"}]}"#,
            EnvelopeError::Missing("Data[].ReceiptResult"),
        ),
        (
            r#"{"Data": [{"ReceiptResult": "Maybe"}]}"#,
            EnvelopeError::WrongType {
                field: "Data[].ReceiptResult",
                expected: "发送成功, 发送失败 or 状态未知 (Success, Fail, SubmitFail, Unknow)",
            },
        ),
        (
            r#"[]"#,
            EnvelopeError::WrongType {
                field: "(body)",
                expected: "a JSON object",
            },
        ),
    ] {
        assert_same(
            envelope::ucloud_receipts::<Status>(body.as_bytes()).unwrap_err(),
            expected,
            body,
        );
    }
}

/// The catalog's own success codes are not variants, whatever parser reads them.
#[test]
fn success_states_are_success_codes() {
    assert!(Status::is_success_text("DELIVRD"));
    assert!(Status::is_success_text("ACCEPTD"));
    assert!("DELIVRD".parse::<Status>().is_err());
}

/// Tencent's own receipt table (`tencent_sms_receipt`, from the same page as its API codes)
/// types the same callbacks, in the carrier's words as Tencent gives them.
#[test]
fn tencent_callbacks_typed_with_tencents_own_table() {
    use error_catalog::ErrorCatalog as _;

    let receipts =
        envelope::tencent_sms_receipts::<TencentSmsReceiptError>(TENCENT_DOC.as_bytes()).unwrap();
    assert_eq!(receipts[0].delivery, Delivery::Delivered);
    // Tencent's table lists its success states, DELIVRD among them; they are no variants.
    assert!(TencentSmsReceiptError::is_success_text("DELIVRD"));
    assert!(TencentSmsReceiptError::is_success_text("LT:0"));
    let body = r#"[{"user_receive_time": "2021-03-01 10:00:00", "nationcode": "86", "mobile": "13800000000",
        "report_status": "FAIL", "errmsg": "MK:0001", "description": "空号", "sid": "2019:1"}]"#;
    let receipts =
        envelope::tencent_sms_receipts::<TencentSmsReceiptError>(body.as_bytes()).unwrap();
    let Delivery::Failed(error) = &receipts[0].delivery else {
        panic!("{:?}", receipts[0].delivery)
    };
    let status = error.error().unwrap();
    assert_eq!(status, TencentSmsReceiptError::Mk0001);
    assert!(status.message().starts_with("HLR 查无此号"));
    assert_eq!(
        status.reading("移动").map(|r| r.carrier),
        Some("china_mobile")
    );
    assert_eq!(status.disposition_on("china_mobile"), Disposition::GiveUp);
    // The callback's own text is kept beside the table's.
    assert_eq!(error.server_message(), Some("空号"));
}
