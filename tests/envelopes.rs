//! Every response body quoted in the vendors' docs and issue threads (see
//! `refs/response_envelopes.md` of the project's shared notes) parses to the expected outcome;
//! malformed bodies give an `EnvelopeError`, never a panic.

use error_catalog::envelope::{self, EnvelopeError, Reply};
use error_catalog::{Disposition, ErrorKind};

mod common;
use common::*;

fn failure<E: std::fmt::Debug>(reply: Reply<E>) -> error_catalog::ApiError<E> {
    match reply {
        Reply::Failure(error) => error,
        Reply::Success { .. } => panic!("expected a failure"),
    }
}

// ---- Tencent Cloud API 3.0 ----

#[test]
fn tencent_official_error_example() {
    let body = br#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure",
  "Message": "The provided credentials could not be validated. Please check your signature is correct."},
  "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
    let error = failure(envelope::tencent_cloud::<TencentSmsError>(body).unwrap());
    assert_eq!(
        error.error(),
        Some(TencentSmsError::AuthFailureSignatureFailure)
    );
    assert_eq!(error.kind(), Some(ErrorKind::Auth));
    assert_eq!(
        error.request_id(),
        Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
    );
    assert_eq!(
        error.to_string(),
        "tencent_sms AuthFailure.SignatureFailure: The provided credentials could not be validated. \
         Please check your signature is correct. (request ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)"
    );
}

#[test]
fn tencent_sdk_fixture_without_message() {
    let body = br#"{"Response": {"RequestId": "", "Error": {"Code": "RequestLimitExceeded"}}}"#;
    let error = failure(envelope::tencent_cloud::<TencentSmsError>(body).unwrap());
    assert_eq!(error.error(), Some(TencentSmsError::RequestLimitExceeded));
    assert_eq!(error.server_message(), None);
    assert_eq!(error.disposition(), Disposition::Retry);
    // No server message: the catalog's message stands in; an empty request id is not shown.
    assert_eq!(
        error.to_string(),
        "tencent_sms RequestLimitExceeded: 请求的次数超过了频率限制。"
    );
}

#[test]
fn tencent_send_sms_success() {
    let body = br#"{"Response": {"SendStatusSet": [{"SerialNo": "5000:1045710669157053657849499619", "PhoneNumber": "+8618511122233",
  "Fee": 1, "SessionContext": "test", "Code": "Ok", "Message": "send success", "IsoCode": "CN"}],
  "RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279"}}"#;
    let reply = envelope::tencent_send_sms::<TencentSmsError>(body).unwrap();
    assert_eq!(
        reply.request,
        Reply::Success {
            request_id: Some("a0aabda6-cf91-4f3e-a81f-9198114a2279".into())
        }
    );
    assert_eq!(reply.numbers.len(), 1);
    assert_eq!(reply.numbers[0].phone_number, "+8618511122233");
    assert!(reply.numbers[0].reply.is_success());
    assert_eq!(reply.failures().count(), 0);
}

#[test]
fn tencent_send_sms_per_number_failure() {
    let body = br#"{"Response": {"SendStatusSet": [{"SerialNo": "", "PhoneNumber": "+86xxxxxxxxx", "Fee": 0, "SessionContext": "",
  "Code": "InvalidParameterValue.TemplateParameterFormatError",
  "Message": "Verification code template parameter format error", "IsoCode": ""}],
  "RequestId": "xxxxxxxxxx"}}"#;
    let reply = envelope::tencent_send_sms::<TencentSmsError>(body).unwrap();
    // The request was accepted; the number failed.
    assert!(reply.request.is_success());
    let failures: Vec<_> = reply.failures().collect();
    assert_eq!(failures.len(), 1);
    assert_eq!(
        failures[0].error(),
        Some(TencentSmsError::InvalidParameterValueTemplateParameterFormatError)
    );
    assert_eq!(
        failures[0].server_message(),
        Some("Verification code template parameter format error")
    );
    assert_eq!(failures[0].disposition(), Disposition::FixRequest);
    // The whole-request parser sees no `Response.Error`: the request itself succeeded.
    assert!(
        envelope::tencent_cloud::<TencentSmsError>(body)
            .unwrap()
            .is_success()
    );
}

#[test]
fn tencent_send_sms_request_level_failure_and_partial_batch() {
    let rejected = br#"{"Response": {"Error": {"Code": "UnauthorizedOperation.SmsSdkAppIdVerifyFail", "Message": "x"}, "RequestId": "r"}}"#;
    let reply = envelope::tencent_send_sms::<TencentSmsError>(rejected).unwrap();
    assert_eq!(reply.failures().count(), 1);
    assert!(reply.numbers.is_empty());

    let partial = br#"{"Response": {"SendStatusSet": [
        {"PhoneNumber": "+8613800000000", "Code": "Ok", "Message": "send success"},
        {"PhoneNumber": "+8613800000001", "Code": "LimitExceeded.PhoneNumberDailyLimit", "Message": "limit"},
        {"PhoneNumber": "+8613800000002", "Code": "FailedOperation.SomethingNew", "Message": "new"}],
        "RequestId": "r2"}}"#;
    let reply = envelope::tencent_send_sms::<TencentSmsError>(partial).unwrap();
    let outcomes: Vec<_> = reply
        .numbers
        .iter()
        .map(|n| {
            (
                n.phone_number.as_str(),
                n.reply.failure().map(|f| f.disposition()),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("+8613800000000", None),
            // A per-number cap: later, never through another vendor.
            ("+8613800000001", Some(Disposition::RetryLater)),
            ("+8613800000002", Some(Disposition::Alert)),
        ]
    );
    let unknown = reply.numbers[2].reply.failure().unwrap();
    assert_eq!(
        unknown.code().unwrap_err().text(),
        "FailedOperation.SomethingNew"
    );
    assert_eq!(
        unknown.to_string(),
        "tencent_sms FailedOperation.SomethingNew (unknown code): new (request r2)"
    );
}

/// The Java and Python SDKs print a `SendSms` reply as the `Response`'s own fields; the tccli
/// example, printed that way, reads as the wrapped reply does.
#[test]
fn tencent_send_sms_without_the_response_wrapper() {
    let bare = br#"{"SendStatusSet": [{"SerialNo": "5000:1045710669157053657849499619", "PhoneNumber": "+8618511122233",
  "Fee": 1, "SessionContext": "test", "Code": "Ok", "Message": "send success", "IsoCode": "CN"},
  {"SerialNo": "", "PhoneNumber": "+86xxxxxxxxx", "Fee": 0, "SessionContext": "",
  "Code": "InvalidParameterValue.TemplateParameterFormatError",
  "Message": "Verification code template parameter format error", "IsoCode": ""}],
  "RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279"}"#;
    let wrapped = [br#"{"Response": "#.as_slice(), bare, b"}"].concat();
    let reply = envelope::tencent_send_sms::<TencentSmsError>(bare).unwrap();
    assert_eq!(
        reply,
        envelope::tencent_send_sms::<TencentSmsError>(&wrapped).unwrap()
    );
    assert!(reply.request.is_success());
    let outcomes: Vec<_> = reply
        .numbers
        .iter()
        .map(|n| {
            (
                n.phone_number.as_str(),
                n.reply.failure().map(|f| f.error()),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("+8618511122233", None),
            (
                "+86xxxxxxxxx",
                Some(Some(
                    TencentSmsError::InvalidParameterValueTemplateParameterFormatError
                ))
            ),
        ]
    );
    assert_eq!(
        reply.numbers[1].reply.failure().unwrap().request_id(),
        Some("a0aabda6-cf91-4f3e-a81f-9198114a2279")
    );
    // A bare request-level error, too.
    let error = envelope::tencent_send_sms::<TencentSmsError>(
        br#"{"Error": {"Code": "FailedOperation.InsufficientBalanceInSmsPackage", "Message": "insufficient balance in SMS package"}, "RequestId": "r"}"#,
    )
    .unwrap();
    assert_eq!(
        error.request.failure().unwrap().error(),
        Some(TencentSmsError::FailedOperationInsufficientBalanceInSmsPackage)
    );
    // Neither a wrapper nor a reply's fields: not a SendSms reply.
    for body in [&br#"{"RequestId": "r"}"#[..], b"{}", br#"{"Code": "Ok"}"#] {
        assert!(
            matches!(
                envelope::tencent_send_sms::<TencentSmsError>(body),
                Err(EnvelopeError::Missing("Response"))
            ),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    assert!(matches!(
        envelope::tencent_send_sms::<TencentSmsError>(br#"{"Response": [1]}"#),
        Err(EnvelopeError::WrongType {
            field: "Response",
            ..
        })
    ));
    // The API 3.0 parser stays strict: no `Response`, no reply.
    assert!(matches!(
        envelope::tencent_cloud::<TencentSmsError>(bare),
        Err(EnvelopeError::Missing("Response"))
    ));
}

// ---- legacy Tencent numeric API and voice callbacks ----

#[test]
fn tencent_legacy_voice_success() {
    let body = br#"{"result": 0, "errmsg": "ok", "callid": "9277cf828943eb70b3cea31890008ad0", "ext": ""}"#;
    assert_eq!(
        envelope::tencent_legacy::<TencentVmsError>(body).unwrap(),
        Reply::Success {
            request_id: Some("9277cf828943eb70b3cea31890008ad0".into())
        }
    );
}

#[test]
fn tencent_legacy_real_failures() {
    // 1014: the template is not approved at this vendor, or the content does not match it: the
    // template is this vendor's registration, so another vendor (with its own) can deliver.
    let cases: [(&[u8], i64, &str, Disposition); 3] = [
        (br#"{"result":1014,"errmsg":"package format error, sdkappid not have this tpl_id","ext":""}"#, 1014, "package format error, sdkappid not have this tpl_id", Disposition::FailOver),
        (br#"{"result":1014,"errmsg":"template not match","ext":""}"#, 1014, "template not match", Disposition::FailOver),
        (br#"{"result":1004,"errmsg":"package format errorcannot get /tel/mobile"}"#, 1004, "package format errorcannot get /tel/mobile", Disposition::FixRequest),
    ];
    for (body, code, message, disposition) in cases {
        let error = failure(envelope::tencent_legacy::<TencentVmsError>(body).unwrap());
        assert_eq!(error.error().map(|e| e.code()), Some(code));
        assert_eq!(error.server_message(), Some(message));
        assert_eq!(error.disposition(), disposition);
    }
}

#[test]
fn tencent_voice_failure_callback() {
    let body = r#"{"voice_failure_callback": {"call_from": "075583763333", "callid": "xxxxxx", "failure_code": 8,
  "failure_reason": "空号", "mobile": "13xxxxxxxxx", "nationcode": "86"}}"#;
    let callback =
        envelope::tencent_voice_failure::<TencentVmsReceiptError>(body.as_bytes()).unwrap();
    let receipt = callback.error.error().unwrap();
    assert_eq!(receipt.code(), 8);
    assert_eq!(receipt.message(), "空号");
    assert_eq!(callback.error.disposition(), Disposition::GiveUp);
    assert_eq!(callback.error.request_id(), Some("xxxxxx"));
    assert_eq!(callback.mobile.as_deref(), Some("13xxxxxxxxx"));
    assert_eq!(callback.nation_code.as_deref(), Some("86"));
}

/// A legacy SMS send to one number: the official reply of the SDKs (qcloudsms_java
/// `SmsSingleSenderResult`), and the real failures of the same API.
#[test]
fn tencent_legacy_sms_single_number() {
    let ok = br#"{"result": 0, "errmsg": "OK", "ext": "", "sid": "xxxxxxx", "fee": 1}"#;
    let reply = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(ok).unwrap();
    assert_eq!(
        reply.request,
        Reply::Success {
            request_id: Some("xxxxxxx".into())
        }
    );
    assert!(reply.numbers.is_empty());
    assert_eq!(reply.failures().count(), 0);

    let cases: [(&[u8], i64, Disposition); 3] = [
        (br#"{"result":1014,"errmsg":"package format error, sdkappid not have this tpl_id","ext":""}"#, 1014, Disposition::FailOver),
        (br#"{"result":1014,"errmsg":"template not match","ext":""}"#, 1014, Disposition::FailOver),
        (br#"{"result":1004,"errmsg":"package format errorcannot get /tel/mobile"}"#, 1004, Disposition::FixRequest),
    ];
    for (body, code, disposition) in cases {
        let reply = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body).unwrap();
        let error = reply.request.failure().unwrap();
        assert_eq!(error.error().map(|e| e.code()), Some(code));
        assert_eq!(error.disposition(), disposition);
        assert_eq!(reply.failures().count(), 1);
    }
}

/// `sendmultisms2`: the top level says 0/OK while a number failed; `detail[]` has the fields of
/// the SDKs' `SmsMultiSenderResult.Detail` (result, errmsg, mobile, nationcode, sid, fee).
#[test]
fn tencent_legacy_sms_reads_every_number() {
    let body = r#"{"result": 0, "errmsg": "OK", "ext": "", "detail": [
        {"result": 0, "errmsg": "OK", "mobile": "13788888888", "nationcode": "86", "sid": "xxxxxxx", "fee": 1},
        {"result": 1016, "errmsg": "手机号格式错误", "mobile": "1378888", "nationcode": "86", "sid": "", "fee": 0},
        {"result": 1025, "errmsg": "单个手机号日下发短信条数超过设定的上限", "mobile": "13788888889"}]}"#
        .as_bytes();
    let reply = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body).unwrap();
    assert!(reply.request.is_success());
    let outcomes: Vec<_> = reply
        .numbers
        .iter()
        .map(|n| {
            (
                n.phone_number.as_str(),
                n.reply
                    .failure()
                    .map(|f| (f.error().map(|e| e.code()), f.disposition())),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("+8613788888888", None),
            ("+861378888", Some((Some(1016), Disposition::GiveUp))),
            // No nation code: the number as sent.
            ("13788888889", Some((Some(1025), Disposition::RetryLater))),
        ]
    );
    assert_eq!(
        reply.numbers[0].reply,
        Reply::Success {
            request_id: Some("xxxxxxx".into())
        }
    );
    let failed = reply.numbers[1].reply.failure().unwrap();
    assert_eq!(failed.server_message(), Some("手机号格式错误"));
    // A blank `sid` is no request id.
    assert_eq!(failed.request_id(), None);
    assert_eq!(reply.failures().count(), 2);
    // `tencent_legacy`, which reads the top level only, sees success: the reason this parser
    // exists.
    assert!(
        envelope::tencent_legacy::<TencentSmsLegacyError>(body)
            .unwrap()
            .is_success()
    );
}

/// The access layer of the legacy API answers `ActionStatus`/`ErrorInfo`/`ErrorCode` (the body
/// of Tencent's 请求投递失败 page).
#[test]
fn tencent_legacy_sms_access_layer_failure() {
    let body = br#"{"ActionStatus": "FAIL", "ErrorInfo": "service timeout or request format error,please check and try again", "ErrorCode": 60008}"#;
    let reply = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body).unwrap();
    let error = reply.request.failure().unwrap();
    assert_eq!(error.error(), Some(TencentSmsLegacyError::RequestTimeout));
    assert_eq!(
        error.server_message(),
        Some("service timeout or request format error,please check and try again")
    );
    assert_eq!(error.disposition(), Disposition::Retry);
    assert!(reply.numbers.is_empty());
    let sdkappid = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(
        br#"{"ActionStatus":"FAIL","ErrorInfo":"need sdkappid","ErrorCode":60012}"#,
    )
    .unwrap();
    assert_eq!(
        sdkappid.request.failure().unwrap().error(),
        Some(TencentSmsLegacyError::SdkAppIdMissing)
    );
}

#[test]
fn tencent_legacy_sms_malformed_replies_are_errors() {
    let cases: [(&[u8], EnvelopeError); 8] = [
        (b"{}", EnvelopeError::Missing("result")),
        (br#"{"errmsg": "OK"}"#, EnvelopeError::Missing("result")),
        (
            br#"{"result": "0"}"#,
            EnvelopeError::WrongType {
                field: "result",
                expected: "an integer",
            },
        ),
        (
            br#"{"result": 0, "detail": {"result": 0}}"#,
            EnvelopeError::WrongType {
                field: "detail",
                expected: "an array",
            },
        ),
        (
            br#"{"result": 0, "detail": [{"result": 0}, 5]}"#,
            EnvelopeError::WrongType {
                field: "detail[]",
                expected: "an object",
            },
        ),
        (
            br#"{"result": 0, "detail": [{"errmsg": "OK"}]}"#,
            EnvelopeError::Missing("detail[].result"),
        ),
        (
            br#"{"ActionStatus": "FAIL", "ErrorInfo": "x"}"#,
            EnvelopeError::Missing("ErrorCode"),
        ),
        (
            br#"{"ActionStatus": "FAIL", "ErrorCode": "60008"}"#,
            EnvelopeError::WrongType {
                field: "ErrorCode",
                expected: "an integer",
            },
        ),
    ];
    for (body, expected) in cases {
        let parsed = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body);
        assert_eq!(
            parsed.as_ref().map_err(ToString::to_string),
            Err(expected.to_string()),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // `"detail": null` is no detail.
    let reply =
        envelope::tencent_legacy_sms::<TencentSmsLegacyError>(br#"{"result": 0, "detail": null}"#)
            .unwrap();
    assert!(reply.numbers.is_empty());
}

// ---- Aliyun ----

#[test]
fn aliyun_success_example() {
    let body = br#"{"Code": "OK", "Message": "OK", "BizId": "9006197469364984****", "RequestId": "F655A8D5-B967-440B-8683-DAD6FF8DE990"}"#;
    assert_eq!(
        envelope::aliyun::<AliyunSmsError>(body).unwrap(),
        Reply::Success {
            request_id: Some("F655A8D5-B967-440B-8683-DAD6FF8DE990".into())
        }
    );
}

#[test]
fn aliyun_real_failures_pascal_and_camel_case() {
    let body = r#"{"Message": "触发小时级流控Permits:5", "RequestId": "EFB5A5E4-5899-45FB-928E-56A9D25B9392", "Code": "isv.BUSINESS_LIMIT_CONTROL"}"#;
    let error = failure(envelope::aliyun::<AliyunSmsError>(body.as_bytes()).unwrap());
    assert_eq!(error.error(), Some(AliyunSmsError::IsvBusinessLimitControl));
    // "该被叫号触发被叫流控" and "Permits:5" per hour: the cap is the number's.
    assert_eq!(error.disposition(), Disposition::RetryLater);
    assert_eq!(
        error.to_string(),
        "aliyun_sms isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5 (request EFB5A5E4-5899-45FB-928E-56A9D25B9392)"
    );

    let camel = r#"{"code": "isv.BUSINESS_LIMIT_CONTROL", "message": "触发分钟级流控Permits:1", "requestId": "434D422D-60D1-5DAE-BEE2-6E8119CAA789"}"#;
    let error = failure(envelope::aliyun::<AliyunSmsError>(camel.as_bytes()).unwrap());
    assert_eq!(error.error(), Some(AliyunSmsError::IsvBusinessLimitControl));
    assert_eq!(error.server_message(), Some("触发分钟级流控Permits:1"));
    assert_eq!(
        error.request_id(),
        Some("434D422D-60D1-5DAE-BEE2-6E8119CAA789")
    );

    let voice = r#"{"Message":"该被叫号触发被叫流控,partnerId=,prodId=","RequestId":"2AB940AA-4549-5BA2-B639-A6D0429C80C2","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#;
    let error = failure(envelope::aliyun::<AliyunSmsError>(voice.as_bytes()).unwrap());
    assert_eq!(error.error(), Some(AliyunSmsError::IsvBusinessLimitControl));
}

// ---- UCloud ----

#[test]
fn ucloud_success_example() {
    let body = r#"{"Action": "SendUSMSMessageResponse", "Message": "提交发送成功", "RetCode": 0, "SessionNo": "5a3XXXXXXb-7XXXX2-4XXX", "UserId": "najiyZOy"}"#;
    assert_eq!(
        envelope::ucloud::<UcloudUsmsError>(body.as_bytes()).unwrap(),
        Reply::Success { request_id: None }
    );
}

#[test]
fn ucloud_official_and_sdk_failures() {
    let cases: [(&str, i64, Disposition); 3] = [
        (
            r#"{"Message": "Signature VerifyAC Error", "RetCode": 171}"#,
            171,
            Disposition::FailOver,
        ),
        (
            r#"{"Message": "User Not Exists", "RetCode": 172}"#,
            172,
            Disposition::FailOver,
        ),
        (
            r#"{"Action": "Test", "RetCode": 161, "Message": "Action [Test] not found"}"#,
            161,
            Disposition::FixRequest,
        ),
    ];
    for (body, code, disposition) in cases {
        let error = failure(envelope::ucloud::<UcloudUsmsError>(body.as_bytes()).unwrap());
        assert_eq!(error.error().map(|e| e.code()), Some(code));
        assert_eq!(error.disposition(), disposition, "{body}");
    }
    let error = failure(
        envelope::ucloud::<UcloudUsmsError>(
            br#"{"RetCode": 171, "Message": "Signature VerifyAC Error"}"#,
        )
        .unwrap(),
    );
    assert_eq!(
        error.to_string(),
        "ucloud_usms 171: Signature VerifyAC Error"
    );
}

// ---- Yunpian ----

/// Yunpian's failures and sends, from its docs and real replies
/// (`tests/refs/bodies_yunpian_submail_twilio_sns.md`, ids in the comments).
#[test]
fn yunpian_failures_keep_the_specific_text() {
    let cases: [(&str, &str, i64, &str); 4] = [
        // Y-O1, the official 返回值示例.
        (
            "Y-O1",
            r#"{"http_status_code": 400, "code": 3, "msg": "账户余额不足", "detail": "账户需要充值,请充值后重试"}"#,
            3,
            "账户需要充值,请充值后重试",
        ),
        // Y-R2: `code` before `http_status_code`.
        (
            "Y-R2",
            r#"{"code":15,"http_status_code":400,"msg":"签名不匹配","detail":"签名 【亿豚网】 与设置的签名不匹配"}"#,
            15,
            "签名 【亿豚网】 与设置的签名不匹配",
        ),
        // Y-R5: a negative class of codes is the account's; code 1 here.
        (
            "Y-R5",
            r#"{"http_status_code":400,"code":1,"msg":"请求参数缺失","detail":"参数 apikey 必须传入"}"#,
            1,
            "参数 apikey 必须传入",
        ),
        // Y-O2: a v1 reply with `detail` null keeps `msg`.
        (
            "Y-O2",
            r#"{"code": -2,"msg": "API没有权限","detail":null}"#,
            -2,
            "API没有权限",
        ),
    ];
    for (id, body, code, text) in cases {
        let reply = envelope::yunpian::<YunpianSmsError>(body.as_bytes()).unwrap();
        assert!(reply.numbers.is_empty(), "{id}");
        let error = reply.request.failure().expect(id);
        assert_eq!(error.error().map(|e| e.code()), Some(code), "{id}");
        assert_eq!(error.server_message(), Some(text), "{id}");
        assert_eq!(reply.failures().count(), 1, "{id}");
    }
}

#[test]
fn yunpian_sends_to_one_number_and_to_many() {
    // Y-O3: the official single_send example.
    let single = r#"{"code":0,"msg":"发送成功","count":1,"fee":0.05,"unit":"RMB","mobile":"13200000000","sid":3310228982}"#;
    let reply = envelope::yunpian::<YunpianSmsError>(single.as_bytes()).unwrap();
    assert!(reply.request.is_success());
    assert_eq!(reply.numbers.len(), 1);
    assert_eq!(reply.numbers[0].phone_number, "13200000000");
    assert_eq!(
        reply.numbers[0].reply,
        Reply::Success {
            request_id: Some("3310228982".into())
        }
    );
    // Y-R14: a batch send has no top-level `code`; each number is in `data`. The second
    // number's failure is made of the first's fields and Y-R5's code: no published batch reply
    // has a failed number.
    let batch = r#"{"total_count":2,"total_fee":"0.2000","unit":"RMB","data":[{"code":0,"msg":"发送成功","count":1,"fee":0.05,"unit":"RMB","mobile":"13000000000","sid":3310228964},{"code":2,"msg":"请求参数格式错误","detail":"参数 mobile 格式不正确，mobile:1300000000","mobile":"1300000000","sid":0}]}"#;
    let reply = envelope::yunpian::<YunpianSmsError>(batch.as_bytes()).unwrap();
    assert!(reply.request.is_success());
    let outcomes: Vec<_> = reply
        .numbers
        .iter()
        .map(|n| {
            (
                n.phone_number.as_str(),
                n.reply.failure().and_then(|f| f.error()).map(|e| e.code()),
            )
        })
        .collect();
    assert_eq!(outcomes, [("13000000000", None), ("1300000000", Some(2))]);
    assert_eq!(reply.failures().count(), 1);
    // A reply without `code` is a success (the v2 API's account calls, a batch).
    assert!(
        envelope::yunpian::<YunpianSmsError>(br#"{"nick": "x", "balance": 1.5}"#)
            .unwrap()
            .request
            .is_success()
    );
    for (body, field) in [
        (&br#"{"code": "2"}"#[..], "code"),
        (br#"{"data": {}}"#, "data"),
        (br#"{"data": [1]}"#, "data[]"),
        (br#"{"data": [{"code": 1.5}]}"#, "data[].code"),
    ] {
        match envelope::yunpian::<YunpianSmsError>(body) {
            Err(EnvelopeError::WrongType { field: seen, .. }) => assert_eq!(seen, field),
            other => panic!("{}: {other:?}", String::from_utf8_lossy(body)),
        }
    }
}

// ---- SUBMAIL ----

/// SUBMAIL's sends and failures, from its docs and real replies
/// (`tests/refs/bodies_yunpian_submail_twilio_sns.md`, ids in the comments).
#[test]
fn submail_failures_with_a_string_or_a_number_code() {
    let cases: [(&str, &[u8], i64); 3] = [
        // S-R1: a real multixsend failure is one object, its code a number.
        (
            "S-R1",
            br#"{"status":"error","code":109,"msg":"Invalid appkey"}"#,
            109,
        ),
        // S-O9: the Ruby SDK fixture writes the code as a string.
        (
            "S-O9",
            br#"{"status":"error","code":"101","msg":"Incorrect APP ID"}"#,
            101,
        ),
        // S-R3: an international send, a code the table does not list.
        (
            "S-R3",
            br#"{"status":"error","code":255,"msg":"Unsupported Region Phone number"}"#,
            255,
        ),
    ];
    for (id, body, code) in cases {
        let reply = envelope::submail::<SubmailSmsError>(body).unwrap();
        let error = reply.request.failure().expect(id);
        assert_eq!(error.wire_code(), code.to_string(), "{id}");
        assert!(reply.numbers.is_empty(), "{id}");
    }
    let known = envelope::submail::<SubmailSmsError>(
        br#"{"status":"error","code":"101","msg":"Incorrect APP ID"}"#,
    )
    .unwrap();
    assert_eq!(
        known
            .request
            .failure()
            .and_then(|f| f.error())
            .map(|e| e.code()),
        Some(101)
    );
}

#[test]
fn submail_sends_one_and_many() {
    // S-R5: a real xsend success; the `send_id` is the request id.
    let single = br#"{"status":"success","send_id":"7247b703a91f2721ff1f4c497a5e0369","fee":1,"sms_credits":"500031","transactional_sms_credits":"0"}"#;
    let reply = envelope::submail::<SubmailSmsError>(single).unwrap();
    assert_eq!(
        reply.request,
        Reply::Success {
            request_id: Some("7247b703a91f2721ff1f4c497a5e0369".into())
        }
    );
    // S-O4: a multixsend reply, one object per recipient (the docs' `1xx` made a real code).
    let multi = br#"[{"status":"error","code":401,"msg":"error sms"},{"status":"success","to":"18*********","send_id":"093c0a7df143c087d6cba9cdf0cf3738"}]"#;
    let reply = envelope::submail::<SubmailSmsError>(multi).unwrap();
    assert!(reply.request.is_success());
    let outcomes: Vec<_> = reply
        .numbers
        .iter()
        .map(|n| {
            (
                n.phone_number.as_str(),
                n.reply.failure().map(|f| f.wire_code().into_owned()),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [("", Some("401".to_owned())), ("18*********", None)]
    );
    assert_eq!(reply.failures().count(), 1);
    assert!(matches!(
        envelope::submail::<SubmailSmsError>(br#"{"code": 101}"#),
        Err(EnvelopeError::Missing("status"))
    ));
    assert!(matches!(
        envelope::submail::<SubmailSmsError>(br#"{"status": "error"}"#),
        Err(EnvelopeError::Missing("code"))
    ));
    assert!(matches!(
        envelope::submail::<SubmailSmsError>(br#"[{"status": "error", "code": "x"}]"#),
        Err(EnvelopeError::WrongType {
            field: "[].code",
            ..
        })
    ));
    assert!(matches!(
        envelope::submail::<SubmailSmsError>(b"5"),
        Err(EnvelopeError::Json(_))
    ));
}

// ---- Amazon SNS ----

/// SNS's XML errors and replies, from botocore's fixtures and real replies
/// (`tests/refs/bodies_yunpian_submail_twilio_sns.md`, ids in the comments).
#[test]
fn aws_sns_errors_and_replies() {
    // N-R1: a real EndpointDisabled from Publish (the body the PHP SDK logged).
    let disabled = br#"<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <Error>
    <Type>Sender</Type>
    <Code>EndpointDisabled</Code>
    <Message>Endpoint is disabled</Message>
  </Error>
  <RequestId>ead10818-5e53-5b71-8af5-5af271862e80</RequestId>
</ErrorResponse>"#;
    let error = failure(envelope::aws_sns::<AwsSnsError>(disabled).unwrap());
    assert_eq!(error.error(), Some(AwsSnsError::EndpointDisabled));
    assert_eq!(error.server_message(), Some("Endpoint is disabled"));
    assert_eq!(
        error.request_id(),
        Some("ead10818-5e53-5b71-8af5-5af271862e80")
    );
    assert_eq!(error.disposition(), Disposition::GiveUp);
    // N-R2: a real 503 with no `<Message>`; `ServiceUnavailable` is AWS's front door, not the
    // SNS model's.
    let unavailable = br#"<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <Error>
    <Type>Receiver</Type>
    <Code>ServiceUnavailable</Code>
  </Error>
  <RequestId>43e83b0e-cc17-5f98-b876-698fb932bf9e</RequestId>
</ErrorResponse>"#;
    let error = failure(envelope::aws_sns::<AwsSnsError>(unavailable).unwrap());
    assert_eq!(error.wire_code(), "ServiceUnavailable");
    assert_eq!(error.server_message(), None);
    // N-O3: the smithy awsQuery test, no namespace.
    let generic = b"<ErrorResponse>\n   <Error>\n      <Type>Sender</Type>\n      <Code>InvalidGreeting</Code>\n      <Message>Hi</Message>\n   </Error>\n   <RequestId>foo-id</RequestId>\n</ErrorResponse>\n";
    let error = failure(envelope::aws_sns::<AwsSnsError>(generic).unwrap());
    assert_eq!(error.wire_code(), "InvalidGreeting");
    assert_eq!(error.request_id(), Some("foo-id"));
    // N-O2: botocore's Publish reply, with an XML declaration in front.
    let published =
        br#"<?xml version="1.0"?><PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
  <PublishResult>
    <MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId>
  </PublishResult>
  <ResponseMetadata>
    <RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId>
  </ResponseMetadata>
</PublishResponse>"#;
    assert_eq!(
        envelope::aws_sns::<AwsSnsError>(published).unwrap(),
        Reply::Success {
            request_id: Some("f187a3c1-376f-11df-8963-01868b7c937a".into())
        }
    );
    // Entities in a message are decoded.
    let escaped = br#"<ErrorResponse><Error><Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber Reason: &lt;+1 555&gt; &amp; &#x41;&#66;</Message></Error></ErrorResponse>"#;
    let error = failure(envelope::aws_sns::<AwsSnsError>(escaped).unwrap());
    assert_eq!(
        error.server_message(),
        Some("Invalid parameter: PhoneNumber Reason: <+1 555> & AB")
    );
    assert_eq!(error.request_id(), None);
}

#[test]
fn aws_sns_malformed_replies_are_errors() {
    let xml = |what: &str| format!("response body is not the expected XML: {what}");
    let cases: [(&[u8], String); 7] = [
        (b"", xml("no root element")),
        (b"\xff<ErrorResponse/>", xml("not UTF-8")),
        (
            b"<ErrorResponse><Error><Type>Sender</Type></Error></ErrorResponse>",
            "response body has no `ErrorResponse.Error.Code`".to_owned(),
        ),
        (
            b"<ErrorResponse><Error><Code>x",
            xml("an element is not closed"),
        ),
        (
            b"<ErrorResponse><Code><b>x</b></Code></ErrorResponse>",
            xml("an element holds other elements where text was expected"),
        ),
        (
            b"<ErrorResponse><Code>a &bogus; b</Code></ErrorResponse>",
            xml("an unknown entity or character reference"),
        ),
        (
            b"<ErrorResponse><Code>a & b</Code></ErrorResponse>",
            xml("an `&` starts no entity"),
        ),
    ];
    for (body, expected) in cases {
        let error = envelope::aws_sns::<AwsSnsError>(body).unwrap_err();
        assert_eq!(
            error.to_string(),
            expected,
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // A JSON body, or a Tencent one, is no SNS reply either.
    assert!(envelope::aws_sns::<AwsSnsError>(br#"{"Code": "x"}"#).is_err());
}

// ---- Twilio ----

/// Twilio's error envelopes, from its SDKs' fixtures and real replies
/// (`tests/refs/bodies_yunpian_submail_twilio_sns.md`, ids in the comments).
#[test]
fn twilio_errors_in_every_json_shape() {
    let cases: [(&str, &[u8], i64, &str); 5] = [
        // T-O1: the classic error (twilio-go client/error_test.go).
        (
            "T-O1",
            br#"{"code":20001,"message":"Bad request","more_info":"https://www.twilio.com/docs/errors/20001","status":400}"#,
            20001,
            "Bad request",
        ),
        // T-O2: with `details`.
        (
            "T-O2",
            br#"{"status": 400, "message": "Bad request", "code": 20001, "more_info": "https://www.twilio.com/docs/errors/20001", "details": {"foo": "bar"}}"#,
            20001,
            "Bad request",
        ),
        // T-O3: "API Standards V1.0".
        (
            "T-O3",
            br#"{"code": 20404, "message": "The requested resource was not found", "httpStatusCode": 404, "userError": true, "params": {"twilioErrorCodeUrl": "https://www.twilio.com/docs/errors/20404"}}"#,
            20404,
            "The requested resource was not found",
        ),
        // T-R3: a real Serverless API reply, camelCase `moreInfo`, `detail` beside `message`.
        (
            "T-R3",
            br#"{"status":429, "message":"Too many requests", "detail":"Too many requests for the associated account being sent.", "code":20429, "moreInfo":"https://www.twilio.com/docs/errors/20429"}"#,
            20429,
            "Too many requests",
        ),
        // T-O4: an RFC 9457 problem: no `message`, the text is `detail`.
        (
            "T-O4",
            br#"{"type": "https://www.twilio.com/docs/api/errors/20001", "title": "Invalid parameter", "status": 400, "code": 20001, "detail": "The 'PhoneNumber' parameter is required.", "instance": "/api/v1/accounts/AC123/calls/CA456"}"#,
            20001,
            "The 'PhoneNumber' parameter is required.",
        ),
    ];
    for (id, body, code, message) in cases {
        let error = failure(envelope::twilio::<TwilioError>(body).unwrap());
        // 20001, 20404, 20429 are codes of Twilio's API itself: some products' scope, known or
        // not to the catalog, the wire code is the body's.
        assert_eq!(error.wire_code(), code.to_string(), "{id}");
        if let Some(known) = error.error() {
            assert_eq!(known.code(), code, "{id}");
        }
        assert_eq!(error.server_message(), Some(message), "{id}");
        assert_eq!(error.request_id(), None, "{id}");
    }
    // An error without `code` gets the HTTP status it repeats, which the dictionary lists.
    let error = failure(
        envelope::twilio::<TwilioError>(br#"{"status": 404, "message": "Not Found"}"#).unwrap(),
    );
    assert_eq!(error.wire_code(), "404");
    assert!(error.error().is_some());
}

/// A resource is a success unless it carries an `error_code`: a Message that failed (T-O6,
/// T-R9), a Notification (T-O8, a string of digits); its `sid` is the request id.
#[test]
fn twilio_resources_with_and_without_an_error_code() {
    let failed = br#"{"account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "error_code": 30007, "error_message": "Carrier violation", "num_segments": "1", "sid": "SMb7c0a2ce80504485a6f653a7110836f5", "status": "sent"}"#;
    let error = failure(envelope::twilio::<TwilioError>(failed).unwrap());
    assert_eq!(error.error().map(|e| e.code()), Some(30007));
    assert_eq!(error.server_message(), Some("Carrier violation"));
    assert_eq!(
        error.request_id(),
        Some("SMb7c0a2ce80504485a6f653a7110836f5")
    );
    let notification = failure(
        envelope::twilio::<TwilioError>(
            br#"{"error_code": "11200", "log": "0", "more_info": "http://www.twilio.com/docs/errors/11200", "sid": "NOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#,
        )
        .unwrap(),
    );
    assert_eq!(notification.error().map(|e| e.code()), Some(11200));
    let queued = br#"{"sid": "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "queued", "error_code": null, "error_message": null}"#;
    assert_eq!(
        envelope::twilio::<TwilioError>(queued).unwrap(),
        Reply::Success {
            request_id: Some("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".into())
        }
    );
    // The 2010 API's default XML is no JSON: an error, not a panic.
    assert!(matches!(
        envelope::twilio::<TwilioError>(
            b"<TwilioResponse><RestException><Code>21211</Code></RestException></TwilioResponse>"
        ),
        Err(EnvelopeError::Json(_))
    ));
    for (body, field) in [
        (&br#"{"code": "x"}"#[..], "code"),
        (br#"{"error_code": 1.5}"#, "error_code"),
        (br#"{"code": 1, "message": 2}"#, "message"),
    ] {
        match envelope::twilio::<TwilioError>(body) {
            Err(EnvelopeError::WrongType { field: seen, .. }) => assert_eq!(seen, field),
            other => panic!("{}: {other:?}", String::from_utf8_lossy(body)),
        }
    }
}

// ---- malformed bodies ----

#[test]
fn malformed_bodies_are_errors_not_panics() {
    fn all_parsers(body: &[u8]) -> Vec<Result<(), EnvelopeError>> {
        vec![
            envelope::tencent_cloud::<TencentSmsError>(body).map(drop),
            envelope::tencent_send_sms::<TencentSmsError>(body).map(drop),
            envelope::tencent_legacy::<TencentVmsError>(body).map(drop),
            envelope::tencent_voice_failure::<TencentVmsReceiptError>(body).map(drop),
            envelope::aliyun::<AliyunSmsError>(body).map(drop),
            envelope::ucloud::<UcloudUsmsError>(body).map(drop),
        ]
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let huge = format!(
        r#"{{"Code": "OK", "Message": "{}"}}"#,
        "x".repeat(envelope::MAX_BODY_LEN)
    );
    let bodies: Vec<&[u8]> = vec![
        b"",
        b" ",
        b"null",
        b"[]",
        b"42",
        b"\"OK\"",
        b"{",
        b"{}",
        b"\xff\xfe",
        b"<html>502 Bad Gateway</html>",
        deep.as_bytes(),
        huge.as_bytes(),
    ];
    for body in bodies {
        for result in all_parsers(body) {
            let error = result.unwrap_err();
            assert!(!error.to_string().is_empty());
        }
    }
    let too_large = envelope::aliyun::<AliyunSmsError>(huge.as_bytes()).unwrap_err();
    assert!(
        matches!(too_large, EnvelopeError::TooLarge { .. }),
        "{too_large}"
    );
}

#[test]
fn missing_and_mistyped_fields_name_the_field() {
    let cases: Vec<(Result<(), EnvelopeError>, &str)> = vec![
        (
            envelope::tencent_cloud::<TencentSmsError>(
                br#"{"Response": {"Error": {"Message": "m"}}}"#,
            )
            .map(drop),
            "response body has no `Response.Error.Code`",
        ),
        (
            envelope::tencent_cloud::<TencentSmsError>(br#"{"Response": {"Error": {"Code": 5}}}"#)
                .map(drop),
            "response field `Response.Error.Code` must be a string",
        ),
        (
            envelope::tencent_cloud::<TencentSmsError>(br#"{"Response": []}"#).map(drop),
            "response field `Response` must be an object",
        ),
        (
            envelope::tencent_send_sms::<TencentSmsError>(
                br#"{"Response": {"SendStatusSet": {}}}"#,
            )
            .map(drop),
            "response field `Response.SendStatusSet` must be an array",
        ),
        (
            envelope::tencent_send_sms::<TencentSmsError>(
                br#"{"Response": {"SendStatusSet": [{"PhoneNumber": "+86"}]}}"#,
            )
            .map(drop),
            "response body has no `Response.SendStatusSet[].Code`",
        ),
        (
            envelope::tencent_legacy::<TencentVmsError>(br#"{"errmsg": "x"}"#).map(drop),
            "response body has no `result`",
        ),
        (
            envelope::tencent_legacy::<TencentVmsError>(br#"{"result": "1014"}"#).map(drop),
            "response field `result` must be an integer",
        ),
        (
            envelope::tencent_legacy::<TencentVmsError>(br#"{"result": 1e30}"#).map(drop),
            "response field `result` must be an integer that fits in an i64",
        ),
        (
            envelope::tencent_legacy::<TencentVmsError>(br#"{"result": 18446744073709551615}"#)
                .map(drop),
            "response field `result` must be an integer that fits in an i64",
        ),
        (
            envelope::tencent_voice_failure::<TencentVmsReceiptError>(
                br#"{"voice_failure_callback": {"failure_reason": "x"}}"#,
            )
            .map(drop),
            "response body has no `voice_failure_callback.failure_code`",
        ),
        (
            envelope::aliyun::<AliyunSmsError>(br#"{"Message": "no code"}"#).map(drop),
            "response body has no `Code`",
        ),
        (
            envelope::aliyun::<AliyunSmsError>(br#"{"Code": ["OK"]}"#).map(drop),
            "response field `Code` must be a string",
        ),
        (
            envelope::ucloud::<UcloudUsmsError>(br#"{"RetCode": "171"}"#).map(drop),
            "response field `RetCode` must be an integer",
        ),
        (
            envelope::ucloud::<UcloudUsmsError>(br#"[{"RetCode": 0}]"#).map(drop),
            "response field `(body)` must be a JSON object",
        ),
    ];
    for (result, expected) in cases {
        assert_eq!(result.unwrap_err().to_string(), expected);
    }
}

#[test]
fn unknown_integer_codes_keep_their_value() {
    let error = failure(
        envelope::ucloud::<UcloudUsmsError>(br#"{"RetCode": 18099, "Message": "partial"}"#)
            .unwrap(),
    );
    assert_eq!(error.error(), None);
    assert_eq!(error.code().unwrap_err().text(), "18099");
    assert_eq!(
        error.to_string(),
        "ucloud_usms 18099 (unknown code): partial"
    );
    assert!(!error.is_retryable());
}

#[test]
fn bodies_are_read_as_json_objects_are() {
    // A repeated key counts once, last, as in a JSON object read whole.
    assert!(
        envelope::aliyun::<AliyunSmsError>(br#"{"Code": 5, "Code": "OK"}"#)
            .unwrap()
            .is_success()
    );
    assert_eq!(
        envelope::aliyun::<AliyunSmsError>(br#"{"Code": "OK", "Code": 5}"#)
            .unwrap_err()
            .to_string(),
        "response field `Code` must be a string"
    );
    let twice = br#"{"Response": {"Error": {"Code": "RequestLimitExceeded"}}, "Response": {"RequestId": "r"}}"#;
    assert!(
        envelope::tencent_cloud::<TencentSmsError>(twice)
            .unwrap()
            .is_success()
    );
    // Keys are compared unescaped.
    assert!(
        envelope::aliyun::<AliyunSmsError>(br#"{"Cod\u0065": "OK"}"#)
            .unwrap()
            .is_success()
    );
    // A body that is not JSON says so, even after a field that is missing.
    let broken = br#"{"Response": {"SendStatusSet": [{"PhoneNumber": "+86"}, {"Code": }]}}"#;
    assert!(matches!(
        envelope::tencent_send_sms::<TencentSmsError>(broken),
        Err(EnvelopeError::Json(_))
    ));
    // Values the envelope does not read are skipped, however deep.
    let deep = format!(
        r#"{{"Code": "OK", "Trace": {}{}}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(
        envelope::aliyun::<AliyunSmsError>(deep.as_bytes())
            .unwrap()
            .is_success()
    );
}

#[test]
fn every_number_shares_the_request_id() {
    let body = br#"{"Response": {"SendStatusSet": [{"Code": "Ok"}, {"Code": "FailedOperation.SomethingNew"}],
        "RequestId": "r3"}}"#;
    let reply = envelope::tencent_send_sms::<TencentSmsError>(body).unwrap();
    let Reply::Success {
        request_id: Some(id),
    } = &reply.request
    else {
        panic!("expected a success with a request id");
    };
    let Reply::Success {
        request_id: Some(first),
    } = &reply.numbers[0].reply
    else {
        panic!("expected a success with a request id");
    };
    assert!(std::sync::Arc::ptr_eq(id, first));
    assert_eq!(
        reply.numbers[1].reply.failure().unwrap().request_id(),
        Some("r3")
    );
}
