//! One rule in every envelope parser (see the `envelope` module docs): a blank code or request id
//! (empty, or only whitespace) reads as if the field were absent.

use error_catalog::envelope::{self, EnvelopeError, Reply};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms_receipt");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("ucloud_usms");

/// Blank strings as JSON text: empty, a space, escaped whitespace (a tab, a carriage return and
/// a line feed; the ideographic space U+3000 of Chinese text).
const BLANKS: [&str; 4] = ["", " ", r"\t\r\n", r"\u3000"];

fn success<E>(request_id: Option<&str>) -> Reply<E> {
    Reply::Success {
        request_id: request_id.map(Into::into),
    }
}

fn message<T: std::fmt::Debug>(result: Result<T, EnvelopeError>) -> String {
    result.unwrap_err().to_string()
}

// ---- codes ----

#[test]
fn tencent_cloud_a_blank_error_code_is_a_missing_code_not_a_success() {
    for blank in BLANKS {
        let body = format!(
            r#"{{"Response": {{"Error": {{"Code": "{blank}", "Message": "m"}}, "RequestId": "r"}}}}"#
        );
        let result = envelope::tencent_cloud::<TencentSmsError>(body.as_bytes());
        assert!(
            matches!(result, Err(EnvelopeError::Missing("Response.Error.Code"))),
            "{blank:?}: {result:?}"
        );
        // As when the code is left out.
        assert_eq!(
            message(result),
            message(envelope::tencent_cloud::<TencentSmsError>(
                br#"{"Response": {"Error": {"Message": "m"}, "RequestId": "r"}}"#
            ))
        );
    }
}

#[test]
fn tencent_send_sms_blank_codes_are_missing_codes() {
    for blank in BLANKS {
        let request =
            format!(r#"{{"Response": {{"Error": {{"Code": "{blank}"}}, "RequestId": "r"}}}}"#);
        let result = envelope::tencent_send_sms::<TencentSmsError>(request.as_bytes());
        assert!(
            matches!(result, Err(EnvelopeError::Missing("Response.Error.Code"))),
            "{blank:?}: {result:?}"
        );

        let number = format!(
            r#"{{"Response": {{"SendStatusSet": [{{"PhoneNumber": "+8613800000000", "Code": "{blank}"}}], "RequestId": "r"}}}}"#
        );
        let result = envelope::tencent_send_sms::<TencentSmsError>(number.as_bytes());
        assert!(
            matches!(
                result,
                Err(EnvelopeError::Missing("Response.SendStatusSet[].Code"))
            ),
            "{blank:?}: {result:?}"
        );
    }
}

#[test]
fn aliyun_a_blank_code_is_missing_or_the_other_spelling() {
    for blank in BLANKS {
        let body = format!(r#"{{"Code": "{blank}", "Message": "m", "RequestId": "r"}}"#);
        let result = envelope::aliyun::<AliyunSmsError>(body.as_bytes());
        assert!(
            matches!(result, Err(EnvelopeError::Missing("Code"))),
            "{blank:?}: {result:?}"
        );
        let body = format!(r#"{{"Code": "{blank}", "code": "OK", "RequestId": "r"}}"#);
        assert_eq!(
            envelope::aliyun::<AliyunSmsError>(body.as_bytes()).unwrap(),
            success(Some("r"))
        );
        let body = format!(r#"{{"code": "{blank}", "Code": "isv.BUSINESS_LIMIT_CONTROL"}}"#);
        let error = envelope::aliyun::<AliyunSmsError>(body.as_bytes())
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(error.error(), Some(AliyunSmsError::IsvBusinessLimitControl));
    }
}

#[test]
fn integer_envelopes_have_no_blank_code_a_string_is_the_wrong_type() {
    for code in ["\"\"", "\" \"", "\"0\""] {
        let body = format!(r#"{{"result": {code}, "errmsg": "ok"}}"#);
        assert_eq!(
            message(envelope::tencent_legacy::<TencentVmsError>(body.as_bytes())),
            "response field `result` must be an integer"
        );
        let body = format!(r#"{{"voice_failure_callback": {{"failure_code": {code}}}}}"#);
        assert_eq!(
            message(envelope::tencent_voice_failure::<TencentVmsReceiptError>(
                body.as_bytes()
            )),
            "response field `voice_failure_callback.failure_code` must be an integer"
        );
        let body = format!(r#"{{"RetCode": {code}, "Message": "m"}}"#);
        assert_eq!(
            message(envelope::ucloud::<UcloudUsmsError>(body.as_bytes())),
            "response field `RetCode` must be an integer"
        );
    }
}

// ---- request ids ----

#[test]
fn tencent_cloud_a_blank_request_id_is_none() {
    for blank in BLANKS {
        let body = format!(r#"{{"Response": {{"RequestId": "{blank}"}}}}"#);
        assert_eq!(
            envelope::tencent_cloud::<TencentSmsError>(body.as_bytes()).unwrap(),
            success(None),
            "{blank:?}"
        );
        let body = format!(
            r#"{{"Response": {{"Error": {{"Code": "RequestLimitExceeded"}}, "RequestId": "{blank}"}}}}"#
        );
        let error = envelope::tencent_cloud::<TencentSmsError>(body.as_bytes())
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(error.request_id(), None, "{blank:?}");
    }
}

#[test]
fn tencent_send_sms_a_blank_request_id_is_none_for_the_request_and_every_number() {
    for blank in BLANKS {
        let body = format!(
            r#"{{"Response": {{"SendStatusSet": [{{"Code": "Ok"}}, {{"Code": "LimitExceeded.PhoneNumberDailyLimit"}}], "RequestId": "{blank}"}}}}"#
        );
        let reply = envelope::tencent_send_sms::<TencentSmsError>(body.as_bytes()).unwrap();
        assert_eq!(reply.request, success(None), "{blank:?}");
        assert_eq!(reply.numbers[0].reply, success(None), "{blank:?}");
        assert_eq!(
            reply.failures().next().unwrap().request_id(),
            None,
            "{blank:?}"
        );
    }
}

#[test]
fn aliyun_a_blank_request_id_is_none_or_the_other_spelling() {
    for blank in BLANKS {
        let body = format!(r#"{{"Code": "OK", "RequestId": "{blank}"}}"#);
        assert_eq!(
            envelope::aliyun::<AliyunSmsError>(body.as_bytes()).unwrap(),
            success(None),
            "{blank:?}"
        );
        let body = format!(r#"{{"Code": "isv.NEW_CODE", "RequestId": "{blank}"}}"#);
        let error = envelope::aliyun::<AliyunSmsError>(body.as_bytes())
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(error.request_id(), None, "{blank:?}");
        let body = format!(r#"{{"Code": "OK", "RequestId": "{blank}", "requestId": "434D422D"}}"#);
        assert_eq!(
            envelope::aliyun::<AliyunSmsError>(body.as_bytes()).unwrap(),
            success(Some("434D422D")),
            "{blank:?}"
        );
    }
}

#[test]
fn tencent_voice_failure_a_blank_call_id_is_none() {
    for blank in BLANKS {
        let body = format!(
            r#"{{"voice_failure_callback": {{"callid": "{blank}", "failure_code": 8, "failure_reason": "空号"}}}}"#
        );
        let callback =
            envelope::tencent_voice_failure::<TencentVmsReceiptError>(body.as_bytes()).unwrap();
        assert_eq!(callback.error.request_id(), None, "{blank:?}");
    }
}

#[test]
fn tencent_legacy_a_blank_callid_falls_through_to_sid() {
    for blank in BLANKS {
        let body =
            format!(r#"{{"result": 0, "errmsg": "OK", "callid": "{blank}", "sid": "8:abc"}}"#);
        assert_eq!(
            envelope::tencent_legacy::<TencentVmsError>(body.as_bytes()).unwrap(),
            success(Some("8:abc")),
            "{blank:?}"
        );
        let body = format!(
            r#"{{"result": 1014, "errmsg": "template not match", "callid": "{blank}", "sid": "8:abc"}}"#
        );
        let error = envelope::tencent_legacy::<TencentVmsError>(body.as_bytes())
            .unwrap()
            .into_result()
            .unwrap_err();
        assert_eq!(error.request_id(), Some("8:abc"), "{blank:?}");

        // Both blank, or a blank callid alone: no request id.
        let body = format!(r#"{{"result": 0, "callid": "{blank}", "sid": "{blank}"}}"#);
        assert_eq!(
            envelope::tencent_legacy::<TencentVmsError>(body.as_bytes()).unwrap(),
            success(None)
        );
        let body = format!(r#"{{"result": 0, "callid": "{blank}"}}"#);
        assert_eq!(
            envelope::tencent_legacy::<TencentVmsError>(body.as_bytes()).unwrap(),
            success(None)
        );
    }
    // A call id that is there wins.
    assert_eq!(
        envelope::tencent_legacy::<TencentVmsError>(
            br#"{"result": 0, "callid": "9277cf82", "sid": "8:abc"}"#
        )
        .unwrap(),
        success(Some("9277cf82"))
    );
}

#[test]
fn the_second_spelling_of_a_field_is_named_in_its_errors() {
    assert_eq!(
        message(envelope::tencent_legacy::<TencentVmsError>(
            br#"{"result": 0, "callid": "", "sid": 5}"#
        )),
        "response field `sid` must be a string"
    );
    assert_eq!(
        message(envelope::aliyun::<AliyunSmsError>(br#"{"code": ["OK"]}"#)),
        "response field `code` must be a string"
    );
    assert_eq!(
        message(envelope::aliyun::<AliyunSmsError>(
            br#"{"Code": "OK", "requestId": 5}"#
        )),
        "response field `requestId` must be a string"
    );
}
