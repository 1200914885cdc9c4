//! `ApiError` keeps the code as the vendor sent it, known or not, and serializes (feature
//! `serde`) as a flat record for structured logs.

use error_catalog::envelope::{self, Reply};
use error_catalog::{ApiError, Code, Disposition, ErrorKind};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("ucloud_usms");
error_catalog::include_error_catalog!("tencent_gme");

fn failure<E>(reply: Reply<E>) -> ApiError<E> {
    match reply {
        Reply::Failure(error) => error,
        Reply::Success { .. } => panic!("expected a failure"),
    }
}

#[test]
fn the_wire_code_of_known_and_unknown_codes() {
    let known = ApiError::<AliyunSmsError>::from_text("isv.BUSINESS_LIMIT_CONTROL", None, None);
    assert_eq!(known.wire_code(), "isv.BUSINESS_LIMIT_CONTROL");
    let unknown = ApiError::<AliyunSmsError>::from_text("isv.NEW_CODE", None, None);
    assert_eq!(unknown.wire_code(), "isv.NEW_CODE");

    let known_int = ApiError::<UcloudUsmsError>::from_wire(Code::Int(171), None, None);
    assert_eq!(known_int.wire_code(), "171");
    let unknown_int = ApiError::<UcloudUsmsError>::from_wire(Code::Int(-18099), None, None);
    assert_eq!(unknown_int.wire_code(), "-18099");

    // From the parsers, the same.
    let parsed = failure(
        envelope::tencent_cloud::<TencentSmsError>(
            br#"{"Response": {"Error": {"Code": "FailedOperation.SomethingNew"}}}"#,
        )
        .unwrap(),
    );
    assert_eq!(parsed.error(), None);
    assert_eq!(parsed.wire_code(), "FailedOperation.SomethingNew");
    let parsed = failure(envelope::ucloud::<UcloudUsmsError>(br#"{"RetCode": 18099}"#).unwrap());
    assert_eq!(parsed.wire_code(), "18099");
}

#[test]
fn a_code_sent_in_another_spelling_is_kept_as_sent() {
    // A retired spelling the catalog keeps as an alias of today's code.
    let body = br#"{"Response": {"Error": {"Code": "FailedOperation.PhoneNumberOnBlacklist", "Message": "m"}}}"#;
    let error = failure(envelope::tencent_cloud::<TencentSmsError>(body).unwrap());
    assert_eq!(
        error.error(),
        Some(TencentSmsError::FailedOperationPhoneNumberInBlacklist)
    );
    assert_eq!(error.wire_code(), "FailedOperation.PhoneNumberOnBlacklist");
    assert_eq!(
        error.to_string(),
        "tencent_sms FailedOperation.PhoneNumberOnBlacklist: m"
    );
    assert_eq!(
        error.error().unwrap().code(),
        "FailedOperation.PhoneNumberInBlacklist"
    );

    // An integer alias, and an SDK's name of an integer code.
    let error = ApiError::<TencentGmeError>::from_wire(Code::Int(327_698), None, None);
    assert_eq!(error.error().map(|e| e.code()), Some(50012));
    assert_eq!(error.wire_code(), "327698");
    let error =
        ApiError::<TencentGmeError>::from_text("VOICE_ERR_VOICE_STREAMING_ASR_ERROR", None, None);
    assert_eq!(error.error().map(|e| e.code()), Some(50012));
    assert_eq!(error.wire_code(), "VOICE_ERR_VOICE_STREAMING_ASR_ERROR");

    // The entry's own spelling is not stored twice.
    let error = ApiError::<TencentGmeError>::from_text("50012", None, None);
    assert_eq!(error.wire_code(), "50012");
    assert_eq!(
        error,
        ApiError::<TencentGmeError>::from_wire(Code::Int(50012), None, None)
    );
}

#[test]
fn a_blank_request_id_given_by_hand_is_none() {
    for id in ["", " ", "\t\n"] {
        let error = ApiError::<AliyunSmsError>::from_text("isv.NEW_CODE", None, Some(id.into()));
        assert_eq!(error.request_id(), None, "{id:?}");
        let error = ApiError::<UcloudUsmsError>::from_wire(Code::Int(171), None, Some(id.into()));
        assert_eq!(error.request_id(), None, "{id:?}");
    }
}

#[test]
fn kind_and_disposition_of_known_and_unknown_codes() {
    let known = ApiError::<AliyunSmsError>::from_text("isv.BUSINESS_LIMIT_CONTROL", None, None);
    assert_eq!(known.kind(), Some(ErrorKind::RecipientLimited));
    assert_eq!(known.disposition(), Disposition::RetryLater);
    let unknown = ApiError::<AliyunSmsError>::from_text("isv.NEW_CODE", None, None);
    assert_eq!(unknown.kind(), None);
    assert_eq!(unknown.disposition(), Disposition::Alert);
}

#[cfg(all(feature = "serde", feature = "json"))]
mod serialized {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_known_code_serializes_as_a_flat_record() {
        let body = r#"{"Message": "触发小时级流控Permits:5", "RequestId": "EFB5A5E4-5899-45FB-928E-56A9D25B9392", "Code": "isv.BUSINESS_LIMIT_CONTROL"}"#;
        let error = failure(envelope::aliyun::<AliyunSmsError>(body.as_bytes()).unwrap());
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({
                "catalog": "aliyun_sms",
                "code": "isv.BUSINESS_LIMIT_CONTROL",
                "known": true,
                "message": "触发小时级流控Permits:5",
                "request_id": "EFB5A5E4-5899-45FB-928E-56A9D25B9392",
                "kind": "recipient_limited",
                "disposition": "retry_later",
            })
        );
        // Fields in this order, as a log line shows them.
        assert_eq!(
            serde_json::to_string(&error).unwrap(),
            r#"{"catalog":"aliyun_sms","code":"isv.BUSINESS_LIMIT_CONTROL","known":true,"message":"触发小时级流控Permits:5","request_id":"EFB5A5E4-5899-45FB-928E-56A9D25B9392","kind":"recipient_limited","disposition":"retry_later"}"#
        );
    }

    #[test]
    fn an_unknown_code_keeps_its_code_in_the_record() {
        let body = br#"{"Response": {"Error": {"Code": "FailedOperation.SomethingNew"}, "RequestId": ""}}"#;
        let error = failure(envelope::tencent_cloud::<TencentSmsError>(body).unwrap());
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({
                "catalog": "tencent_sms",
                "code": "FailedOperation.SomethingNew",
                "known": false,
                "message": null,
                "request_id": null,
                "kind": null,
                "disposition": "alert",
            })
        );
    }

    #[test]
    fn integer_codes_are_strings_in_the_record() {
        let known = failure(
            envelope::ucloud::<UcloudUsmsError>(
                br#"{"RetCode": 171, "Message": "Signature VerifyAC Error"}"#,
            )
            .unwrap(),
        );
        let record = serde_json::to_value(&known).unwrap();
        assert_eq!(record["code"], json!("171"));
        assert_eq!(record["known"], json!(true));
        assert_eq!(record["kind"], json!("auth"));
        assert_eq!(record["disposition"], json!("fail_over"));

        let unknown =
            failure(envelope::ucloud::<UcloudUsmsError>(br#"{"RetCode": 18099}"#).unwrap());
        let record = serde_json::to_value(&unknown).unwrap();
        assert_eq!(record["code"], json!("18099"));
        assert_eq!(record["known"], json!(false));
        assert_eq!(record["disposition"], json!("alert"));
    }
}
