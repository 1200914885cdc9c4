//! Every error of the runtime prints each message once along its `source()` chain: a level's
//! `Display` describes that level only, and the cause is its source, never both.

use std::error::Error;

use error_catalog::ApiError;
use error_catalog::envelope::{self, EnvelopeError};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("ucloud_usms");

/// The chain's messages, outermost first, checking that no message contains its source's.
fn chain(error: &(dyn Error + 'static)) -> Vec<String> {
    let mut messages = Vec::new();
    let mut level = Some(error);
    while let Some(error) = level {
        let shown = error.to_string();
        assert!(!shown.is_empty());
        if let Some(source) = error.source() {
            let cause = source.to_string();
            assert!(
                !shown.contains(&cause),
                "{shown:?} repeats its source {cause:?}"
            );
        }
        messages.push(shown);
        level = error.source();
    }
    messages
}

/// The chain as anyhow's `{:#}` and eyre print it: each level, joined by `: `.
fn report(error: &(dyn Error + 'static)) -> String {
    chain(error).join(": ")
}

#[test]
fn a_body_that_is_not_json_says_so_once() {
    let error = envelope::aliyun::<AliyunSmsError>(b"<html>502 Bad Gateway</html>").unwrap_err();
    assert!(matches!(error, EnvelopeError::Json(_)));
    assert_eq!(error.to_string(), "response body is not valid JSON");
    let cause = error.source().expect("serde_json's error is the source");
    assert_eq!(cause.to_string(), "expected value at line 1 column 1");
    assert_eq!(
        chain(&error),
        [
            "response body is not valid JSON",
            "expected value at line 1 column 1"
        ]
    );

    for body in [
        &b"{"[..],
        b"{\"Code\": \"OK\"} trailing",
        b"{\"Code\": \"\xff\"}",
    ] {
        let error = envelope::aliyun::<AliyunSmsError>(body).unwrap_err();
        assert_eq!(error.to_string(), "response body is not valid JSON");
        assert_eq!(chain(&error).len(), 2, "{error:?}");
    }
}

#[test]
fn other_envelope_errors_have_no_source() {
    for error in [
        envelope::aliyun::<AliyunSmsError>(br#"{"Message": "no code"}"#).unwrap_err(),
        envelope::ucloud::<UcloudUsmsError>(br#"{"RetCode": "171"}"#).unwrap_err(),
        envelope::ucloud::<UcloudUsmsError>(&vec![b' '; envelope::MAX_BODY_LEN + 1]).unwrap_err(),
    ] {
        assert_eq!(chain(&error).len(), 1, "{error}");
    }
}

#[test]
fn an_api_error_is_one_message_with_its_code_once() {
    let known = envelope::aliyun::<AliyunSmsError>(
        r#"{"Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发小时级流控Permits:5", "RequestId": "EFB5A5E4"}"#.as_bytes(),
    )
    .unwrap()
    .into_result()
    .unwrap_err();
    let unknown = envelope::tencent_cloud::<TencentSmsError>(
        br#"{"Response": {"Error": {"Code": "FailedOperation.SomethingNew", "Message": "new"}, "RequestId": "r2"}}"#,
    )
    .unwrap()
    .into_result()
    .unwrap_err();
    let unknown_int =
        envelope::ucloud::<UcloudUsmsError>(br#"{"RetCode": 18099, "Message": "partial"}"#)
            .unwrap()
            .into_result()
            .unwrap_err();
    let without_message =
        ApiError::<TencentSmsError>::from_text("RequestLimitExceeded", None, None);

    let cases: [(&(dyn Error + 'static), &str, &str); 4] = [
        (
            &known,
            "isv.BUSINESS_LIMIT_CONTROL",
            "aliyun_sms isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5 (request EFB5A5E4)",
        ),
        (
            &unknown,
            "FailedOperation.SomethingNew",
            "tencent_sms FailedOperation.SomethingNew (unknown code): new (request r2)",
        ),
        (
            &unknown_int,
            "18099",
            "ucloud_usms 18099 (unknown code): partial",
        ),
        (
            &without_message,
            "RequestLimitExceeded",
            "tencent_sms RequestLimitExceeded: 请求的次数超过了频率限制。",
        ),
    ];
    for (error, code, shown) in cases {
        // `Display` is the whole error, code included; nothing below it repeats the code.
        assert_eq!(report(error), shown);
        assert!(error.source().is_none(), "{shown}");
        assert_eq!(report(error).matches(code).count(), 1, "{shown}");
    }
}

/// An application error that wraps an `ApiError` as its source, as `thiserror`'s `#[source]` does.
#[derive(Debug)]
struct SendFailed(ApiError<AliyunSmsError>);

impl std::fmt::Display for SendFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("sending the verification code failed")
    }
}

impl Error for SendFailed {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

#[test]
fn a_wrapped_api_error_reports_its_code_once() {
    let error = SendFailed(ApiError::from_text(
        "isv.NEW_CODE",
        Some("新".into()),
        Some("r".into()),
    ));
    assert_eq!(
        report(&error),
        "sending the verification code failed: aliyun_sms isv.NEW_CODE (unknown code): 新 (request r)"
    );
    assert_eq!(report(&error).matches("isv.NEW_CODE").count(), 1);
}
