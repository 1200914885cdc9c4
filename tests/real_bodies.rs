//! Real vendor reply bodies (`tests/refs/real_bodies.md`, same ids) through the `envelope` parser
//! a user would call for each, against what each body itself says: success, or a failure with
//! the body's code (`wire_code()`), its message (`server_message()`), its request id
//! (`request_id()`) and whether the catalog knows the code (`error().is_some()`); for a reply
//! with numbers (SendSms, legacy `detail[]`), each number and its outcome. A body is the published
//! JSON when the publication is JSON, or the document's marked reconstruction or join when it was
//! a print (each such case says so). Decisions are tested elsewhere; here only that a known code's
//! error carries its entry's kind and disposition.
//!
//! Parsers and catalogs: legacy SMS and the `tim.qq.com` access layer `tencent_legacy_sms` with
//! `tencent_sms_legacy`; legacy voice (T8) `tencent_legacy` with `tencent_vms`; SMS API 3.0
//! `tencent_send_sms` with `tencent_sms`; Aliyun `aliyun` with `aliyun_sms`; UCloud `ucloud` with
//! `ucloud_usms`. Some bodies come from other products and are run anyway because the envelope
//! and the code are shared: T17–T19 are access-layer replies of other `tim.qq.com` services (the
//! access layer the legacy SMS API sits behind); V11 is the live API's `AuthFailure.SignatureFailure`,
//! a common code of every API 3.0 product, run through `tencent_cloud`; the Aliyun gateway errors
//! (A1–A29) of Alidns, ECS, RDS, NLS, machine translation and dypnsapi are the gateway's, the same
//! for SMS.
//!
//! Not run:
//! - V8: one `SendStatusSet` element, not a reply (no envelope, no request id), and published
//!   with a line break inside its `Message`.
//! - A48: dypnsapi (phone-number authentication) business replies, another product's codes that no
//!   catalog here is for; in the document for context. (A1, dypnsapi's gateway error, is run.)
//!
//! Bodies of a run id that are not run: V4's second and third lines (prints of
//! `resp.SendStatusSet`, lists, not replies), V5's success (pasted with line breaks inside its
//! strings and a stray fragment after it), V7's success (quoted only in fragments). A17 (garbled
//! by a shell trace) and A26 (XML) are run as what they are: not JSON.

use std::collections::BTreeSet;

use error_catalog::ErrorCatalog;
use error_catalog::envelope::{self, EnvelopeError, Reply, SendSmsReply};

mod common;
use common::*;

// ---- the table's vocabulary ----

/// What a body says about a request, or a number: `S` is `&'static str` in the tables and
/// `String` for what a parser returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome<S = &'static str> {
    Success {
        request_id: Option<S>,
    },
    Failure {
        code: S,
        message: Option<S>,
        request_id: Option<S>,
        known: bool,
    },
}

const KNOWN: bool = true;
const UNKNOWN: bool = false;

const fn ok(request_id: Option<&'static str>) -> Outcome {
    Outcome::Success { request_id }
}

const fn failed(
    code: &'static str,
    message: &'static str,
    request_id: Option<&'static str>,
    known: bool,
) -> Outcome {
    Outcome::Failure {
        code,
        message: Some(message),
        request_id,
        known,
    }
}

/// The parser a user calls for the body, with the catalog that goes with it.
#[derive(Clone, Copy, Debug)]
enum Parser {
    /// `tencent_legacy_sms::<TencentSmsLegacyError>`
    LegacySms,
    /// `tencent_legacy::<TencentVmsError>`
    LegacyVoice,
    /// `tencent_send_sms::<TencentSmsError>`
    SendSms,
    /// `tencent_cloud::<TencentSmsError>`
    TencentCloud,
    /// `aliyun::<AliyunSmsError>`
    Aliyun,
    /// `ucloud::<UcloudUsmsError>`
    Ucloud,
}

/// A parser's result, reduced to what the tables say.
#[derive(Debug, PartialEq, Eq)]
enum Parsed<S = &'static str> {
    /// The outcome of a parser without numbers.
    Reply(Outcome<S>),
    /// The request's outcome and each number's (as `+<country code><number>`), in body order.
    Numbers(Outcome<S>, Vec<(S, Outcome<S>)>),
    /// `EnvelopeError::Json`: the body is not JSON.
    NotJson,
    /// Any other `EnvelopeError`, as displayed (no table expects one).
    Error(String),
}

struct Case {
    /// The body's id in `tests/refs/real_bodies.md`.
    id: &'static str,
    parser: Parser,
    body: &'static str,
    expect: Expect,
}

enum Expect {
    Reply(Outcome),
    Numbers(Outcome, &'static [(&'static str, Outcome)]),
    NotJson,
}

const fn reply(id: &'static str, parser: Parser, body: &'static str, outcome: Outcome) -> Case {
    Case {
        id,
        parser,
        body,
        expect: Expect::Reply(outcome),
    }
}

const fn numbers(
    id: &'static str,
    parser: Parser,
    body: &'static str,
    request: Outcome,
    numbers: &'static [(&'static str, Outcome)],
) -> Case {
    Case {
        id,
        parser,
        body,
        expect: Expect::Numbers(request, numbers),
    }
}

const fn not_json(id: &'static str, parser: Parser, body: &'static str) -> Case {
    Case {
        id,
        parser,
        body,
        expect: Expect::NotJson,
    }
}

// ---- 1. legacy Tencent SMS, its access layer, legacy voice ----

const TENCENT_LEGACY: &[Case] = &[
    // The vendor body inside phpsms' log line: the string value of `info`, decoded one level.
    numbers(
        "T1",
        Parser::LegacySms,
        r#"{"result":1004,"errmsg":"package format errorcannot get \/tel\/mobile"}"#,
        failed(
            "1004",
            "package format errorcannot get /tel/mobile",
            None,
            KNOWN,
        ),
        &[],
    ),
    // Reconstruction: the C# debugger string unescaped.
    numbers(
        "T2",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"package format error, sdkappid not have this tpl_id","ext":""}"#,
        failed(
            "1014",
            "package format error, sdkappid not have this tpl_id",
            None,
            KNOWN,
        ),
        &[],
    ),
    // After a log prefix.
    numbers(
        "T3",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"package format error, template params error","ext":""}"#,
        failed(
            "1014",
            "package format error, template params error",
            None,
            KNOWN,
        ),
        &[],
    ),
    numbers(
        "T4",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"template not match","ext":""}"#,
        failed("1014", "template not match", None, KNOWN),
        &[],
    ),
    numbers(
        "T5",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","sid":"8:ILTeyellu5hzuoNc7Rw20180329","fee":1}"#,
        ok(Some("8:ILTeyellu5hzuoNc7Rw20180329")),
        &[],
    ),
    // `\uXXXX` escapes with upper-case hex.
    numbers(
        "T5",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"\u6A21\u7248\u672A\u5BA1\u6279\u6216\u5185\u5BB9\u4E0D\u5339\u914D\uFF0C\u9519\u8BEF\u8BE6\u89E3\u89C1:https://cloud.tencent.com/document/product/382/9558#5-1004.E9.94.99.E8.AF.AF.E8.AF.A6.E8.A7.A3","ext":""}"#,
        failed(
            "1014",
            "模版未审批或内容不匹配，错误详解见:https://cloud.tencent.com/document/product/382/9558#5-1004.E9.94.99.E8.AF.AF.E8.AF.A6.E8.A7.A3",
            None,
            KNOWN,
        ),
        &[],
    ),
    // A send to two numbers: no top-level sid, one per number.
    numbers(
        "T6",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","detail":[{"result":0,"errmsg":"OK","mobile":"15366669450","nationcode":"86","sid":"8:yoIn07HUWbhiPfrmTOF20180329","fee":1},{"result":0,"errmsg":"OK","mobile":"15195729049","nationcode":"86","sid":"8:2brk80HHWoJ89Vgo9fJ20180329","fee":1}]}"#,
        ok(None),
        &[
            ("+8615366669450", ok(Some("8:yoIn07HUWbhiPfrmTOF20180329"))),
            ("+8615195729049", ok(Some("8:2brk80HHWoJ89Vgo9fJ20180329"))),
        ],
    ),
    // The failed multi-send has no `detail`.
    numbers(
        "T6",
        Parser::LegacySms,
        r#"{"result":1016,"errmsg":"\u624B\u673A\u53F7\u683C\u5F0F\u9519\u8BEF","ext":""}"#,
        failed("1016", "手机号格式错误", None, KNOWN),
        &[],
    ),
    numbers(
        "T7",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","sid":"8:1s3SchrQpE2Iy91J45b20180329","fee":1}"#,
        ok(Some("8:1s3SchrQpE2Iy91J45b20180329")),
        &[],
    ),
    numbers(
        "T7",
        Parser::LegacySms,
        r#"{"result":1024,"errmsg":"\u624B\u673A\u53F71\u5C0F\u65F6\u9891\u7387\u9650\u5236","ext":""}"#,
        failed("1024", "手机号1小时频率限制", None, KNOWN),
        &[],
    ),
    // The legacy voice API (`tlsvoicesvr/sendvoice`): the call id is the request id.
    reply(
        "T8",
        Parser::LegacyVoice,
        r#"{"result":0,"errmsg":"OK","ext":"","callid":"d9e086f6-3337-11e8-906f-5254004815a7"}"#,
        ok(Some("d9e086f6-3337-11e8-906f-5254004815a7")),
    ),
    reply(
        "T8",
        Parser::LegacyVoice,
        r#"{"result":1014,"errmsg":"template not match.","ext":""}"#,
        failed("1014", "template not match.", None, KNOWN),
    ),
    // A statistics pull: `msg`, not `errmsg`, on success.
    numbers(
        "T9",
        Parser::LegacySms,
        r#"{"result":0,"msg":"OK","data":{"request":30,"success":9,"bill_number":7}}"#,
        ok(None),
        &[],
    ),
    numbers(
        "T9",
        Parser::LegacySms,
        r#"{"result":60008,"errmsg":"service timeout or request format error,please check and try again"}"#,
        failed(
            "60008",
            "service timeout or request format error,please check and try again",
            None,
            KNOWN,
        ),
        &[],
    ),
    numbers(
        "T10",
        Parser::LegacySms,
        r#"{"result":60008,"errmsg":"service timeout or request format error,please check and try again"}"#,
        failed(
            "60008",
            "service timeout or request format error,please check and try again",
            None,
            KNOWN,
        ),
        &[],
    ),
    // Pretty-printed, with `isocode`; the publisher's tabs kept.
    numbers(
        "T11",
        Parser::LegacySms,
        r#"{
				"result": 1016,
				"errmsg": "手机号格式错误",
				"ext": "",
				"isocode": "CN"
			}"#,
        failed("1016", "手机号格式错误", None, KNOWN),
        &[],
    ),
    numbers(
        "T11",
        Parser::LegacySms,
        r#"{
				"result": 0,
				"errmsg": "OK",
				"ext": "",
				"sid": "2765:349644766416437750153681158",
				"fee": 1,
				"isocode": "CN"
			}"#,
        ok(Some("2765:349644766416437750153681158")),
        &[],
    ),
    numbers(
        "T12",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"package format error, template params error","ext":""}"#,
        failed(
            "1014",
            "package format error, template params error",
            None,
            KNOWN,
        ),
        &[],
    ),
    numbers(
        "T12",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","sid":"26:19081221441923987","fee":2}"#,
        ok(Some("26:19081221441923987")),
        &[],
    ),
    numbers(
        "T13",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"package format error, sdkappid not have this tpl_id","ext":""}"#,
        failed(
            "1014",
            "package format error, sdkappid not have this tpl_id",
            None,
            KNOWN,
        ),
        &[],
    ),
    numbers(
        "T13",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","sid":"8:Cec7OojxNILq1xQ8AYn20180728","fee":1}"#,
        ok(Some("8:Cec7OojxNILq1xQ8AYn20180728")),
        &[],
    ),
    numbers(
        "T14",
        Parser::LegacySms,
        r#"{"result":1004,"errmsg":"package format error,cannot get /tel/mobile"}"#,
        failed(
            "1004",
            "package format error,cannot get /tel/mobile",
            None,
            KNOWN,
        ),
        &[],
    ),
    numbers(
        "T15",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","sid":"8:1yxdCMWN0bpmDVxcQoF20180813","fee":1}"#,
        ok(Some("8:1yxdCMWN0bpmDVxcQoF20180813")),
        &[],
    ),
    numbers(
        "T15",
        Parser::LegacySms,
        r#"{"result":1014,"errmsg":"package format error, template params error","ext":""}"#,
        failed(
            "1014",
            "package format error, template params error",
            None,
            KNOWN,
        ),
        &[],
    ),
    // The document's join: published across comment lines.
    numbers(
        "T15",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","detail":[{"result":0,"errmsg":"OK","mobile":"15692198190","nationcode":"86","sid":"8:WKy6k5J4UBrdf9sZkkM20180813","fee":1},{"result":0,"errmsg":"OK","mobile":"13795467304","nationcode":"86","sid":"8:GdEjvS766zAhn6Sn0ua20180813","fee":1}]}"#,
        ok(None),
        &[
            ("+8615692198190", ok(Some("8:WKy6k5J4UBrdf9sZkkM20180813"))),
            ("+8613795467304", ok(Some("8:GdEjvS766zAhn6Sn0ua20180813"))),
        ],
    ),
    // The mobile masked by the publisher.
    numbers(
        "T16",
        Parser::LegacySms,
        r#"{"result":0,"errmsg":"OK","ext":"","detail":[{"result":0,"errmsg":"OK","mobile":"xxxxxxxxx","nationcode":"86","isocode":"CN","sid":"2019:7578492220075326171","fee":1}]}"#,
        ok(None),
        &[("+86xxxxxxxxx", ok(Some("2019:7578492220075326171")))],
    ),
    // The access layer, from IM (T17), live streaming (T18) and a GME/IM doc page (T19).
    numbers(
        "T17",
        Parser::LegacySms,
        r#"{"ActionStatus":"FAIL","ErrorCode":60008,"ErrorInfo":"service timeout or request format error,please check and try again"}"#,
        failed(
            "60008",
            "service timeout or request format error,please check and try again",
            None,
            KNOWN,
        ),
        &[],
    ),
    numbers(
        "T18",
        Parser::LegacySms,
        r#"{"ActionStatus":"FAIL","ErrorCode":60015,"ErrorInfo":"body account invalid"}"#,
        failed("60015", "body account invalid", None, UNKNOWN),
        &[],
    ),
    numbers(
        "T19",
        Parser::LegacySms,
        r#"{"ActionStatus":"FAIL","ErrorCode":60002,"ErrorInfo":"HTTP parse Error"}"#,
        failed("60002", "HTTP parse Error", None, KNOWN),
        &[],
    ),
];

// ---- 2. Tencent Cloud API 3.0: SendSms, and a common error ----

const TENCENT_CLOUD: &[Case] = &[
    // Reconstruction of a PHP `print_r`, with the `Response` wrapper.
    numbers(
        "V1",
        Parser::SendSms,
        r#"{"Response":{"SendStatusSet":[{"SerialNo":"","PhoneNumber":"+86xxxxxxxxx","Fee":0,"SessionContext":"","Code":"InvalidParameterValue.TemplateParameterFormatError","Message":"Verification code template parameter format error","IsoCode":""}],"RequestId":"xxxxxxxxxx"}}"#,
        ok(Some("xxxxxxxxxx")),
        &[(
            "+86xxxxxxxxx",
            failed(
                "InvalidParameterValue.TemplateParameterFormatError",
                "Verification code template parameter format error",
                Some("xxxxxxxxxx"),
                KNOWN,
            ),
        )],
    ),
    numbers(
        "V2",
        Parser::SendSms,
        r#"{"SendStatusSet":[{"SerialNo":"2019:1459782579269331713","PhoneNumber":"+8618801791237","Fee":1,"SessionContext":"","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"421bfbda-8906-4b36-9a20-f4b222d6c3d9"}"#,
        ok(Some("421bfbda-8906-4b36-9a20-f4b222d6c3d9")),
        &[(
            "+8618801791237",
            ok(Some("421bfbda-8906-4b36-9a20-f4b222d6c3d9")),
        )],
    ),
    numbers(
        "V2",
        Parser::SendSms,
        r#"{"SendStatusSet":[{"SerialNo":"","PhoneNumber":"+8618801791237","Fee":0,"SessionContext":"","Code":"InvalidParameterValue.TemplateParameterFormatError","Message":"Verification code template parameter format error","IsoCode":""}],"RequestId":"a2a3ce6f-3a6b-4412-adcf-c98f6321ade1"}"#,
        ok(Some("a2a3ce6f-3a6b-4412-adcf-c98f6321ade1")),
        &[(
            "+8618801791237",
            failed(
                "InvalidParameterValue.TemplateParameterFormatError",
                "Verification code template parameter format error",
                Some("a2a3ce6f-3a6b-4412-adcf-c98f6321ade1"),
                KNOWN,
            ),
        )],
    ),
    numbers(
        "V3",
        Parser::SendSms,
        r#"{"SendStatusSet":[{"SerialNo":"","PhoneNumber":"+8615812345678","Fee":0,"SessionContext":"","Code":"InvalidParameterValue.TemplateParameterFormatError","Message":"Verification code template parameter format error","IsoCode":""}],"RequestId":"45e90d93-4acf-41ff-b43d-52a8abd580a3"}"#,
        ok(Some("45e90d93-4acf-41ff-b43d-52a8abd580a3")),
        &[(
            "+8615812345678",
            failed(
                "InvalidParameterValue.TemplateParameterFormatError",
                "Verification code template parameter format error",
                Some("45e90d93-4acf-41ff-b43d-52a8abd580a3"),
                KNOWN,
            ),
        )],
    ),
    numbers(
        "V3",
        Parser::SendSms,
        r#"{"SendStatusSet":[{"SerialNo":"3369:244158770816849200408125577","PhoneNumber":"+8615812345678","Fee":1,"SessionContext":"","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"8cf8ff84-ad0e-4d15-b44d-dfbe3ac6e86f"}"#,
        ok(Some("8cf8ff84-ad0e-4d15-b44d-dfbe3ac6e86f")),
        &[(
            "+8615812345678",
            ok(Some("8cf8ff84-ad0e-4d15-b44d-dfbe3ac6e86f")),
        )],
    ),
    // The first line, a whole body in Python `json.dumps` spacing.
    numbers(
        "V4",
        Parser::SendSms,
        r#"{"SendStatusSet": [{"SerialNo": "2640:262727967816586500757778766", "PhoneNumber": "+8618630087660", "Fee": 1, "SessionContext": "", "Code": "Ok", "Message": "send success", "IsoCode": "CN"}], "RequestId": "5528d8e4-31c3-41e3-9e6b-ef8006f365cd"}"#,
        ok(Some("5528d8e4-31c3-41e3-9e6b-ef8006f365cd")),
        &[(
            "+8618630087660",
            ok(Some("5528d8e4-31c3-41e3-9e6b-ef8006f365cd")),
        )],
    ),
    // Reconstruction of a Python `repr`.
    numbers(
        "V5",
        Parser::SendSms,
        r#"{"SendStatusSet":[{"SerialNo":"","PhoneNumber":"+8615296376320","Fee":0,"SessionContext":"","Code":"LimitExceeded.PhoneNumberDailyLimit","Message":"the number of sms messages sent from a single mobile number every day exceeds the upper limit","IsoCode":"CN"}],"RequestId":"3c1293ec-daa5-42f9-9f2c-ba3118031853"}"#,
        ok(Some("3c1293ec-daa5-42f9-9f2c-ba3118031853")),
        &[(
            "+8615296376320",
            failed(
                "LimitExceeded.PhoneNumberDailyLimit",
                "the number of sms messages sent from a single mobile number every day exceeds the upper limit",
                Some("3c1293ec-daa5-42f9-9f2c-ba3118031853"),
                KNOWN,
            ),
        )],
    ),
    // Pretty-printed, the publisher's indentation kept.
    numbers(
        "V6",
        Parser::SendSms,
        r#"{
            "SendStatusSet": [
                {
                "SerialNo": "2640:222395940116893272585707425",
                "PhoneNumber": "+8618285574257",
                "Fee": 1,
                "SessionContext": "user session",
                "Code": "Ok",
                "Message": "send success",
                "IsoCode": "CN"
                }
            ],
            "RequestId": "bbc9e3e8-a67e-4ed0-9e85-713cda1ae041"
        }"#,
        ok(Some("bbc9e3e8-a67e-4ed0-9e85-713cda1ae041")),
        &[(
            "+8618285574257",
            ok(Some("bbc9e3e8-a67e-4ed0-9e85-713cda1ae041")),
        )],
    ),
    numbers(
        "V6",
        Parser::SendSms,
        r#"{
            "SendStatusSet": [
                {
                "SerialNo": "",
                "PhoneNumber": "+8618285574257",
                "Fee": 0,
                "SessionContext": "user session",
                "Code": "FailedOperation.InsufficientBalanceInSmsPackage",
                "Message": "insufficient balance in SMS package",
                "IsoCode": ""
                }
            ],
            "RequestId": "a28c5e46-5209-4425-8bfe-97784d205a52"
        }"#,
        ok(Some("a28c5e46-5209-4425-8bfe-97784d205a52")),
        &[(
            "+8618285574257",
            failed(
                "FailedOperation.InsufficientBalanceInSmsPackage",
                "insufficient balance in SMS package",
                Some("a28c5e46-5209-4425-8bfe-97784d205a52"),
                KNOWN,
            ),
        )],
    ),
    // The document's join (comment markers removed); keys in fastjson's order, `RequestId` first.
    numbers(
        "V7",
        Parser::SendSms,
        r#"{
	"RequestId": "0a0c0e33-6214-4485-80d2-074f44a797aa",
	"SendStatusSet": [{
		"SerialNo": "",
		"IsoCode": "CN",
		"Message": "the number of the same sms messages sent from a single mobile number exceeds the upper limit",
		"Fee": 0,
		"PhoneNumber": "+8617826378129",
		"SessionContext": "",
		"Code": "LimitExceeded.PhoneNumberSameContentDailyLimit"
       }]
}"#,
        ok(Some("0a0c0e33-6214-4485-80d2-074f44a797aa")),
        &[(
            "+8617826378129",
            failed(
                "LimitExceeded.PhoneNumberSameContentDailyLimit",
                "the number of the same sms messages sent from a single mobile number exceeds the upper limit",
                Some("0a0c0e33-6214-4485-80d2-074f44a797aa"),
                KNOWN,
            ),
        )],
    ),
    // API 2019-07-11: no `IsoCode`.
    numbers(
        "V9",
        Parser::SendSms,
        r#"{"SendStatusSet":[{"SerialNo":"2019:6180501101329406318","PhoneNumber":"+8613053838131","Fee":1,"SessionContext":"","Code":"Ok","Message":"send success"}],"RequestId":"69a550c3-74e9-4be7-b5bb-5856b7c36daa"}"#,
        ok(Some("69a550c3-74e9-4be7-b5bb-5856b7c36daa")),
        &[(
            "+8613053838131",
            ok(Some("69a550c3-74e9-4be7-b5bb-5856b7c36daa")),
        )],
    ),
    // Reconstruction of a Java SDK exception: a request-level error, no numbers.
    numbers(
        "V10",
        Parser::SendSms,
        r#"{"Response":{"Error":{"Code":"InternalError.SendAndRecvFail","Message":"send and recv sso package fail"},"RequestId":"6260e7fa-8fbf-4002-a40e-a0dc4d5b43c8"}}"#,
        failed(
            "InternalError.SendAndRecvFail",
            "send and recv sso package fail",
            Some("6260e7fa-8fbf-4002-a40e-a0dc4d5b43c8"),
            KNOWN,
        ),
        &[],
    ),
    // Reconstruction of a Ruby SDK exception; the live API, not SMS: a common code.
    reply(
        "V11",
        Parser::TencentCloud,
        r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"请求签名验证失败，请检查您的签名计算是否正确。"},"RequestId":"e3be6d37-524b-4f53-a547-a908d032d69a"}}"#,
        failed(
            "AuthFailure.SignatureFailure",
            "请求签名验证失败，请检查您的签名计算是否正确。",
            Some("e3be6d37-524b-4f53-a547-a908d032d69a"),
            KNOWN,
        ),
    ),
];

// ---- 3. Aliyun: the RPC gateway, dysmsapi business errors ----

const RAM_DENIED: &str =
    "User not authorized to operate on the specified resource, or this API doesn't support RAM.";
const NONCE_USED: &str = "Specified signature nonce was used already.";
const EXPIRED: &str = "Specified time stamp or date value is expired.";
const NO_BALANCE: &str = "账户余额不足";

const ALIYUN: &[Case] = &[
    reply(
        "A1",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidAccessKeyId.NotFound&source=PopGw","Message":"Specified access key is not found.","RequestId":"6DE84857-756A-46A6-856A-2081DD814412","HostId":"dypnsapi.aliyuncs.com","Code":"InvalidAccessKeyId.NotFound"}"#,
        failed(
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
            Some("6DE84857-756A-46A6-856A-2081DD814412"),
            KNOWN,
        ),
    ),
    // The document's join of four Kotlin literals.
    reply(
        "A2",
        Parser::Aliyun,
        r#"{"RequestId":"01A0F19D-9870-5E78-BF8D-F5CE8D550A2B","Message":"Specified access key is not found.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound","HostId":"mt.cn-hangzhou.aliyuncs.com","Code":"InvalidAccessKeyId.NotFound"}"#,
        failed(
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
            Some("01A0F19D-9870-5E78-BF8D-F5CE8D550A2B"),
            KNOWN,
        ),
    ),
    // The document's join of four Python literals.
    reply(
        "A3",
        Parser::Aliyun,
        r#"{"RequestId":"14B25401-7028-38DC-A8AE-C813A6D60FEA","Message":"Specified access key is not found.","HostId":"nlsmeta.ap-southeast-1.aliyuncs.com","Code":"InvalidAccessKeyId.NotFound"}"#,
        failed(
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
            Some("14B25401-7028-38DC-A8AE-C813A6D60FEA"),
            KNOWN,
        ),
    ),
    // Reconstruction of a Python SDK exception.
    reply(
        "A4",
        Parser::Aliyun,
        r#"{"RequestId":"B395284E-9787-4083-9BCF-762FCD230402","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}"#,
        failed(
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
            Some("B395284E-9787-4083-9BCF-762FCD230402"),
            KNOWN,
        ),
    ),
    // Reconstruction of a .NET SDK exception.
    reply(
        "A5",
        Parser::Aliyun,
        r#"{"RequestId":"0E0AC82F-B026-5C39-91F4-B7E63A2D1332","Code":"InvalidAccessKeyId","Message":"Specified access key is not found or invalid."}"#,
        failed(
            "InvalidAccessKeyId",
            "Specified access key is not found or invalid.",
            Some("0E0AC82F-B026-5C39-91F4-B7E63A2D1332"),
            KNOWN,
        ),
    ),
    reply(
        "A6",
        Parser::Aliyun,
        r#"{"RequestId":"19D4EB64-5E1D-453A-A1A2-4984452d00C1","HostId":"alidns.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM."}"#,
        failed(
            "Forbidden.RAM",
            RAM_DENIED,
            Some("19D4EB64-5E1D-453A-A1A2-4984452d00C1"),
            KNOWN,
        ),
    ),
    // After a log prefix.
    reply(
        "A7",
        Parser::Aliyun,
        r#"{"RequestId":"6A75109D-0D4C-4138-BED4-EE57A4ABEE50","HostId":"alidns.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM."}"#,
        failed(
            "Forbidden.RAM",
            RAM_DENIED,
            Some("6A75109D-0D4C-4138-BED4-EE57A4ABEE50"),
            KNOWN,
        ),
    ),
    // Reconstruction of a Python SDK exception.
    reply(
        "A8",
        Parser::Aliyun,
        r#"{"RequestId":"8E9039D9-BEEF-40B8-B79C-E722DBB2DA24","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM."}"#,
        failed(
            "Forbidden.RAM",
            RAM_DENIED,
            Some("8E9039D9-BEEF-40B8-B79C-E722DBB2DA24"),
            KNOWN,
        ),
    ),
    // Reconstruction of a Go client's print.
    reply(
        "A9",
        Parser::Aliyun,
        r#"{"RequestId":"2640E5C1-7F21-4051-B2D5-702699C574A6","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM."}"#,
        failed(
            "Forbidden.RAM",
            RAM_DENIED,
            Some("2640E5C1-7F21-4051-B2D5-702699C574A6"),
            KNOWN,
        ),
    ),
    // A10, A11: what is inside the publisher's extra quotes.
    reply(
        "A10",
        Parser::Aliyun,
        r#"{"RequestId":"FF733085-B27A-494E-B151-C0AC008708D6","HostId":"sms.aliyuncs.com","Code":"Forbidden","Message":"User not authorized to operate on the specified resource."}"#,
        failed(
            "Forbidden",
            "User not authorized to operate on the specified resource.",
            Some("FF733085-B27A-494E-B151-C0AC008708D6"),
            KNOWN,
        ),
    ),
    reply(
        "A11",
        Parser::Aliyun,
        r#"{"RequestId":"F74BA463-AA6A-497C-9335-9EFFFD2DEC9E","HostId":"sms.aliyuncs.com","Code":"InvalidDayuStatus.Malformed","Message":"The specified dayu status is wrongly formed."}"#,
        failed(
            "InvalidDayuStatus.Malformed",
            "The specified dayu status is wrongly formed.",
            Some("F74BA463-AA6A-497C-9335-9EFFFD2DEC9E"),
            UNKNOWN,
        ),
    ),
    reply(
        "A12",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureNonceUsed&source=PopGw","Message":"Specified signature nonce was used already.","RequestId":"B2EA4DDC-2E06-471E-8784-6C33AD871AAF","HostId":"alidns.aliyuncs.com","Code":"SignatureNonceUsed"}"#,
        failed(
            "SignatureNonceUsed",
            NONCE_USED,
            Some("B2EA4DDC-2E06-471E-8784-6C33AD871AAF"),
            KNOWN,
        ),
    ),
    // After the Go SDK's `SDK.ServerError 400 Bad Request`.
    reply(
        "A13",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureNonceUsed&source=PopGw","Message":"Specified signature nonce was used already.","RequestId":"4BC02B9F-6E54-4346-9B2C-5B9896F66540","HostId":"rds.ap-southeast-3.aliyuncs.com","Code":"SignatureNonceUsed"}"#,
        failed(
            "SignatureNonceUsed",
            NONCE_USED,
            Some("4BC02B9F-6E54-4346-9B2C-5B9896F66540"),
            KNOWN,
        ),
    ),
    // Reconstruction of a JS-style print (keys unquoted).
    reply(
        "A14",
        Parser::Aliyun,
        r#"{"RequestId":"6D390228-D9DE-4F6C-90CA-9062C6618F70","Message":"Specified signature nonce was used already.","Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureNonceUsed&source=PopGw","HostId":"alidns.aliyuncs.com","Code":"SignatureNonceUsed"}"#,
        failed(
            "SignatureNonceUsed",
            NONCE_USED,
            Some("6D390228-D9DE-4F6C-90CA-9062C6618F70"),
            KNOWN,
        ),
    ),
    reply(
        "A15",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw","Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAIlFW9Sddoh5pV%26Action%3DGetMainDomainName%26Format%3Djson%26InputString%3Djokor.vip%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D217f3bb4-f3e6-4479-9bac-2bfa68122c54%26SignatureVersion%3D1.0%26Timestamp%3D2019-05-12T14%253A06%253A51Z%26Version%3D2015-01-09","RequestId":"1DD9FD9A-8E57-43E5-B911-E4F5AD2027F7","HostId":"alidns.aliyuncs.com","Code":"SignatureDoesNotMatch"}"#,
        failed(
            "SignatureDoesNotMatch",
            "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAIlFW9Sddoh5pV%26Action%3DGetMainDomainName%26Format%3Djson%26InputString%3Djokor.vip%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D217f3bb4-f3e6-4479-9bac-2bfa68122c54%26SignatureVersion%3D1.0%26Timestamp%3D2019-05-12T14%253A06%253A51Z%26Version%3D2015-01-09",
            Some("1DD9FD9A-8E57-43E5-B911-E4F5AD2027F7"),
            KNOWN,
        ),
    ),
    // dysmsapi `SendSms`, `Recommend` last.
    reply(
        "A16",
        Parser::Aliyun,
        r#"{"RequestId":"A57FBFD7-FC9A-54FE-A876-4D5E19577186","Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAI5tCQMEHnrouyWitCdfh5%26Action%3DSendSms%26Format%3DJSON%26PhoneNumbers%3D15637261076%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%25A3%259F%25E9%2587%2587%25E9%2580%259A%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Db3a1e860-2fdb-450a-8437-4499e77e56ad%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_474780806%26TemplateParam%3D%257B%2522code%2522%253A%25221008%2522%257D%26Timestamp%3D2025-01-11T03%253A06%253A17Z%26Version%3D2017-05-25","HostId":"dysmsapi.aliyuncs.com","Code":"SignatureDoesNotMatch","Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Dysmsapi&requestId=A57FBFD7-FC9A-54FE-A876-4D5E19577186"}"#,
        failed(
            "SignatureDoesNotMatch",
            "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAI5tCQMEHnrouyWitCdfh5%26Action%3DSendSms%26Format%3DJSON%26PhoneNumbers%3D15637261076%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%25A3%259F%25E9%2587%2587%25E9%2580%259A%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Db3a1e860-2fdb-450a-8437-4499e77e56ad%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_474780806%26TemplateParam%3D%257B%2522code%2522%253A%25221008%2522%257D%26Timestamp%3D2025-01-11T03%253A06%253A17Z%26Version%3D2017-05-25",
            Some("A57FBFD7-FC9A-54FE-A876-4D5E19577186"),
            KNOWN,
        ),
    ),
    // After `+ response=`: a shell trace cut the message and its closing quote away, so what is
    // left is not JSON, and nothing can be read from it.
    not_json(
        "A17",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw","Message":"Specified signature is not matched with our calculation. server string to sign "HostId":"alidns.aliyuncs.com","Code":"SignatureDoesNotMatch"}"#,
    ),
    // Reconstruction of a Ruby excon dump; the `…` stands for the publisher's mask.
    reply(
        "A18",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=IncompleteSignature&source=PopGw","Message":"The request signature does not conform to Aliyun standards. server string to sign is: …","RequestId":"886024CB-30A3-4945-AC3D-D52F706B65A0","HostId":"ecs.aliyuncs.com","Code":"IncompleteSignature"}"#,
        failed(
            "IncompleteSignature",
            "The request signature does not conform to Aliyun standards. server string to sign is: …",
            Some("886024CB-30A3-4945-AC3D-D52F706B65A0"),
            KNOWN,
        ),
    ),
    // Reconstruction of a Ruby SDK error string, which prints no request id.
    reply(
        "A19",
        Parser::Aliyun,
        r#"{"Code":"IncompleteSignature","Message":"The request signature does not conform to Aliyun standards. server string to sign is:POST&%2F&AccessKeyId%XXXXXXX%26Action%3DDescribeRegions%26Format%3DJSON%26Key.1%3D1%26Key.10%3D10%26Key.11%3D11%26Key.2%3D2%26Key.3%3D3%26Key.4%3D4%26Key.5%3D5%26Key.6%3D6%26Key.7%3D7%26Key.8%3D8%26Key.9%3D9%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Ddb43695041184ed44082891e0b0cec85%26SignatureVersion%3D1.0%26Timestamp%3D2020-05-12T10%253A29%253A49Z%26Version%3D2014-05-26"}"#,
        failed(
            "IncompleteSignature",
            "The request signature does not conform to Aliyun standards. server string to sign is:POST&%2F&AccessKeyId%XXXXXXX%26Action%3DDescribeRegions%26Format%3DJSON%26Key.1%3D1%26Key.10%3D10%26Key.11%3D11%26Key.2%3D2%26Key.3%3D3%26Key.4%3D4%26Key.5%3D5%26Key.6%3D6%26Key.7%3D7%26Key.8%3D8%26Key.9%3D9%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Ddb43695041184ed44082891e0b0cec85%26SignatureVersion%3D1.0%26Timestamp%3D2020-05-12T10%253A29%253A49Z%26Version%3D2014-05-26",
            None,
            KNOWN,
        ),
    ),
    // A20–A23: inside ddns-go's log lines.
    reply(
        "A20",
        Parser::Aliyun,
        r#"{"RequestId":"3C85E634-24F4-5242-89B9-4E9453FC6D2B","Message":"Specified time stamp or date value is expired.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidTimeStamp.Expired&product=Alidns&requestId=3C85E634-24F4-5242-89B9-4E9453FC6D2B","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("3C85E634-24F4-5242-89B9-4E9453FC6D2B"),
            KNOWN,
        ),
    ),
    reply(
        "A21",
        Parser::Aliyun,
        r#"{"RequestId":"389CAA05-88AC-591C-BE06-04F166E26685","Message":"Specified time stamp or date value is expired.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidTimeStamp.Expired&product=Alidns&requestId=389CAA05-88AC-591C-BE06-04F166E26685","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("389CAA05-88AC-591C-BE06-04F166E26685"),
            KNOWN,
        ),
    ),
    reply(
        "A22",
        Parser::Aliyun,
        r#"{"RequestId":"EE33587F-A5A5-5C53-BFCF-E0F5115DB659","Message":"Specified time stamp or date value is expired.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidTimeStamp.Expired&product=Alidns","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("EE33587F-A5A5-5C53-BFCF-E0F5115DB659"),
            KNOWN,
        ),
    ),
    reply(
        "A23",
        Parser::Aliyun,
        r#"{"RequestId":"CDE6E6E6-F80C-47D3-BB95-C08BA23D4AC3","Message":"Specified time stamp or date value is expired.","Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidTimeStamp.Expired&source=PopGw","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("CDE6E6E6-F80C-47D3-BB95-C08BA23D4AC3"),
            KNOWN,
        ),
    ),
    // A24: the document's joins of two console-wrapped bodies; request ids masked by the publisher.
    reply(
        "A24",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidTimeStamp.Expired&source=PopGw","Message":"Specified time stamp or date value is expired.","RequestId":"xxxxxxx4C8B-9CB9-C3767CE53B63","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("xxxxxxx4C8B-9CB9-C3767CE53B63"),
            KNOWN,
        ),
    ),
    reply(
        "A24",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidTimeStamp.Expired&source=PopGw","Message":"Specified time stamp or date value is expired.","RequestId":"xxxxxxxxx9-C3xxxx3B63","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("xxxxxxxxx9-C3xxxx3B63"),
            KNOWN,
        ),
    ),
    // Reconstruction of a PHP `var_dump`.
    reply(
        "A25",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidTimeStamp.Expired&source=PopGw","Message":"Specified time stamp or date value is expired.","RequestId":"A982A6AF-4FFB-4D6B-A9E1-A34A23CDF59E","HostId":"alidns.aliyuncs.com","Code":"InvalidTimeStamp.Expired"}"#,
        failed(
            "InvalidTimeStamp.Expired",
            EXPIRED,
            Some("A982A6AF-4FFB-4D6B-A9E1-A34A23CDF59E"),
            KNOWN,
        ),
    ),
    // XML (the old API with `Format=XML`): the parsers read JSON only.
    not_json(
        "A26",
        Parser::Aliyun,
        r#"<Error><RequestId>554AEBFE-37EB-4F30-AC32-3B3470BF736A</RequestId><HostId>dns.aliyuncs.com</HostId><Code>IllegalTimestamp</Code><Message>The input parameter "Timestamp" that is mandatory for processing this request is not supplied.</Message></Error>"#,
    ),
    // Reconstruction of a Python SDK exception; the request id masked by the publisher.
    reply(
        "A27",
        Parser::Aliyun,
        r#"{"RequestId":"xxxxxx","Code":"IllegalTimestamp","Message":"The input parameter \"Timestamp\" that is mandatory for processing this request is not supplied."}"#,
        failed(
            "IllegalTimestamp",
            r#"The input parameter "Timestamp" that is mandatory for processing this request is not supplied."#,
            Some("xxxxxx"),
            KNOWN,
        ),
    ),
    // JSON-escaped slashes.
    reply(
        "A28",
        Parser::Aliyun,
        r#"{"Recommend":"https:\/\/error-center.aliyun.com\/status\/search?Keyword=MissingSignName&source=PopGw","Message":"SignName is mandatory for this action.","RequestId":"02F5066C-4786-4053-B07F-CEB1651CF777","HostId":"dysmsapi.aliyuncs.com","Code":"MissingSignName"}"#,
        failed(
            "MissingSignName",
            "SignName is mandatory for this action.",
            Some("02F5066C-4786-4053-B07F-CEB1651CF777"),
            KNOWN,
        ),
    ),
    reply(
        "A28",
        Parser::Aliyun,
        r#"{"Message":"OK","RequestId":"5EEC3B4C-9E1B-4E73-A77A-F143B2AD31C9","BizId":"853819343905671399^0","Code":"OK"}"#,
        ok(Some("5EEC3B4C-9E1B-4E73-A77A-F143B2AD31C9")),
    ),
    reply(
        "A29",
        Parser::Aliyun,
        r#"{"Recommend":"https://error-center.aliyun.com/status/search?Keyword=InvalidVersion&source=PopGw","Message":"Specified parameter Version is not valid.","RequestId":"6A6711BD-F18E-445C-9B6F-E7F9F6EEE9E0","HostId":"dysmsapi.aliyuncs.com","Code":"InvalidVersion"}"#,
        failed(
            "InvalidVersion",
            "Specified parameter Version is not valid.",
            Some("6A6711BD-F18E-445C-9B6F-E7F9F6EEE9E0"),
            KNOWN,
        ),
    ),
    // A30, A31: the value of `raw` in easy-sms' results.
    reply(
        "A30",
        Parser::Aliyun,
        r#"{"Message":"触发小时级流控Permits:5","RequestId":"EFB5A5E4-5899-45FB-928E-56A9D25B9392","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#,
        failed(
            "isv.BUSINESS_LIMIT_CONTROL",
            "触发小时级流控Permits:5",
            Some("EFB5A5E4-5899-45FB-928E-56A9D25B9392"),
            KNOWN,
        ),
    ),
    reply(
        "A31",
        Parser::Aliyun,
        r#"{"Message":"触发小时级流控Permits:5","RequestId":"A324EFD4-3162-4354-9D39-24AE4EE6871F","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#,
        failed(
            "isv.BUSINESS_LIMIT_CONTROL",
            "触发小时级流控Permits:5",
            Some("A324EFD4-3162-4354-9D39-24AE4EE6871F"),
            KNOWN,
        ),
    ),
    // Reconstruction of a GsonFormat bean comment; the space in the request id is as published.
    reply(
        "A32",
        Parser::Aliyun,
        r#"{"Message":"触发分钟级流控Permits:1","RequestId":"0205152C-91A8-4F77-A819-A1D6BAEF 9299","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#,
        failed(
            "isv.BUSINESS_LIMIT_CONTROL",
            "触发分钟级流控Permits:1",
            Some("0205152C-91A8-4F77-A819-A1D6BAEF 9299"),
            KNOWN,
        ),
    ),
    // Reconstruction of a Python dict `repr`.
    reply(
        "A33",
        Parser::Aliyun,
        r#"{"Message":"触发天级流控Permits:10","RequestId":"85AF2393-85E3-4A12-BD92-290851E9E8A4","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#,
        failed(
            "isv.BUSINESS_LIMIT_CONTROL",
            "触发天级流控Permits:10",
            Some("85AF2393-85E3-4A12-BD92-290851E9E8A4"),
            KNOWN,
        ),
    ),
    // Inside a Python string literal's quotes.
    reply(
        "A34",
        Parser::Aliyun,
        r#"{"Message":"没有访问权限","RequestId":"4029409A-7460-4E1F-806A-A75B5778B167","Code":"isp.RAM_PERMISSION_DENY"}"#,
        failed(
            "isp.RAM_PERMISSION_DENY",
            "没有访问权限",
            Some("4029409A-7460-4E1F-806A-A75B5778B167"),
            KNOWN,
        ),
    ),
    // Reconstruction of a Laravel `dd()`.
    reply(
        "A35",
        Parser::Aliyun,
        r#"{"Message":"模板变量缺少对应参数值","RequestId":"7AF51BAA-21A7-4C5D-8F9C-1359950DB1B9","Code":"isv.TEMPLATE_MISSING_PARAMETERS"}"#,
        failed(
            "isv.TEMPLATE_MISSING_PARAMETERS",
            "模板变量缺少对应参数值",
            Some("7AF51BAA-21A7-4C5D-8F9C-1359950DB1B9"),
            KNOWN,
        ),
    ),
    // Reconstruction of a PHP `print_r`.
    reply(
        "A36",
        Parser::Aliyun,
        r#"{"Message":"签名不合法(不存在或被拉黑)","RequestId":"6BD89DCE-8E0D-4A26-A4EF-C81605076BA3","Code":"isv.SMS_SIGNATURE_ILLEGAL"}"#,
        failed(
            "isv.SMS_SIGNATURE_ILLEGAL",
            "签名不合法(不存在或被拉黑)",
            Some("6BD89DCE-8E0D-4A26-A4EF-C81605076BA3"),
            KNOWN,
        ),
    ),
    // The `data` object of a wrapper's error, the publisher's indentation kept.
    reply(
        "A37",
        Parser::Aliyun,
        r#"{
            "Message": "短信内容非法",
            "RequestId": "6AC1E2C3-9226-456D-A02C-E9C1707E31EC",
            "Code": "isv.SMS_CONTENT_ILLEGAL"
        }"#,
        failed(
            "isv.SMS_CONTENT_ILLEGAL",
            "短信内容非法",
            Some("6AC1E2C3-9226-456D-A02C-E9C1707E31EC"),
            KNOWN,
        ),
    ),
    // A38: reconstructions of PHP `print_r`s.
    reply(
        "A38",
        Parser::Aliyun,
        r#"{"Message":"OK","RequestId":"D7E470CD-A3F0-48BB-ADCC-61E309A22756","BizId":"326404353691140716^0","Code":"OK"}"#,
        ok(Some("D7E470CD-A3F0-48BB-ADCC-61E309A22756")),
    ),
    reply(
        "A38",
        Parser::Aliyun,
        r#"{"Message":"phone_number invalid mobile number","RequestId":"907CDC3C-5318-4593-AE7F-0832BA334C0B","Code":"isv.MOBILE_NUMBER_ILLEGAL"}"#,
        failed(
            "isv.MOBILE_NUMBER_ILLEGAL",
            "phone_number invalid mobile number",
            Some("907CDC3C-5318-4593-AE7F-0832BA334C0B"),
            KNOWN,
        ),
    ),
    reply(
        "A39",
        Parser::Aliyun,
        r#"{"Message":"139523483377invalid mobile number","RequestId":"84A18172-BA0D-4AAB-A9FA-C8F484C29AE3","Code":"isv.MOBILE_NUMBER_ILLEGAL"}"#,
        failed(
            "isv.MOBILE_NUMBER_ILLEGAL",
            "139523483377invalid mobile number",
            Some("84A18172-BA0D-4AAB-A9FA-C8F484C29AE3"),
            KNOWN,
        ),
    ),
    reply(
        "A39",
        Parser::Aliyun,
        r#"{"Message":"params must be [a-zA-Z0-9] for verification sms","RequestId":"F9E11FAE-799D-44B5-9425-2AF2CA1BD666","Code":"isv.INVALID_PARAMETERS"}"#,
        failed(
            "isv.INVALID_PARAMETERS",
            "params must be [a-zA-Z0-9] for verification sms",
            Some("F9E11FAE-799D-44B5-9425-2AF2CA1BD666"),
            KNOWN,
        ),
    ),
    reply(
        "A40",
        Parser::Aliyun,
        r#"{"Message":"账户余额不足","RequestId":"415E9BF0-6904-5920-933A-F27B920E2644","Code":"isv.AMOUNT_NOT_ENOUGH"}"#,
        failed(
            "isv.AMOUNT_NOT_ENOUGH",
            NO_BALANCE,
            Some("415E9BF0-6904-5920-933A-F27B920E2644"),
            KNOWN,
        ),
    ),
    reply(
        "A40",
        Parser::Aliyun,
        r#"{"Message":"触发分钟级流控Permits:1","RequestId":"9D7F3798-1CA1-5110-9056-1ECB14A91097","Code":"isv.BUSINESS_LIMIT_CONTROL"}"#,
        failed(
            "isv.BUSINESS_LIMIT_CONTROL",
            "触发分钟级流控Permits:1",
            Some("9D7F3798-1CA1-5110-9056-1ECB14A91097"),
            KNOWN,
        ),
    ),
    reply(
        "A40",
        Parser::Aliyun,
        r#"{"Message":"OK","RequestId":"2E6BD8A4-D1A3-5A25-A237-2AB702893632","Code":"OK","BizId":"303700784907161870^0"}"#,
        ok(Some("2E6BD8A4-D1A3-5A25-A237-2AB702893632")),
    ),
    reply(
        "A41",
        Parser::Aliyun,
        r#"{"RequestId":"8D3B28FA-7B15-4607-8ED5-100D3B37ABF3","Message":"OK","BizId":"837306406658750141^0","Code":"OK"}"#,
        ok(Some("8D3B28FA-7B15-4607-8ED5-100D3B37ABF3")),
    ),
    reply(
        "A41",
        Parser::Aliyun,
        r#"{"RequestId":"5E98D8F4-7C6F-4657-860A-C2502643CA26","Message":"1598072658invalid mobile number","Code":"isv.MOBILE_NUMBER_ILLEGAL"}"#,
        failed(
            "isv.MOBILE_NUMBER_ILLEGAL",
            "1598072658invalid mobile number",
            Some("5E98D8F4-7C6F-4657-860A-C2502643CA26"),
            KNOWN,
        ),
    ),
    reply(
        "A42",
        Parser::Aliyun,
        r#"{"Message":"手机号码格式错误","RequestId":"42DC3C7D-DABE-5E13-AB10-873060508C47","Code":"isv.MOBILE_NUMBER_ILLEGAL"}"#,
        failed(
            "isv.MOBILE_NUMBER_ILLEGAL",
            "手机号码格式错误",
            Some("42DC3C7D-DABE-5E13-AB10-873060508C47"),
            KNOWN,
        ),
    ),
    reply(
        "A42",
        Parser::Aliyun,
        r#"{"Message":"OK","RequestId":"1EA51590-4DBF-51EC-9FEC-812E7193C74D","Code":"OK","BizId":"458315458265098373^0"}"#,
        ok(Some("1EA51590-4DBF-51EC-9FEC-812E7193C74D")),
    ),
    // The 返回值 inside a UI log record's text.
    reply(
        "A43",
        Parser::Aliyun,
        r#"{"RequestId":"AA9A26BA-CB4D-4523-9977-8105487E3CED","Message":"siemens invalid mobile number","Code":"isv.MOBILE_NUMBER_ILLEGAL"}"#,
        failed(
            "isv.MOBILE_NUMBER_ILLEGAL",
            "siemens invalid mobile number",
            Some("AA9A26BA-CB4D-4523-9977-8105487E3CED"),
            KNOWN,
        ),
    ),
    reply(
        "A44",
        Parser::Aliyun,
        r#"{"Message":"账户余额不足","RequestId":"6FAFB85E-ED4D-46F8-BDCD-EC1EE9B6F35D","Code":"isv.AMOUNT_NOT_ENOUGH"}"#,
        failed(
            "isv.AMOUNT_NOT_ENOUGH",
            NO_BALANCE,
            Some("6FAFB85E-ED4D-46F8-BDCD-EC1EE9B6F35D"),
            KNOWN,
        ),
    ),
    reply(
        "A44",
        Parser::Aliyun,
        r#"{"Message":"OK","RequestId":"8ED2480E-A68E-4F8D-8466-E7427C1768AF","BizId":"856611864655428417^0","Code":"OK"}"#,
        ok(Some("8ED2480E-A68E-4F8D-8466-E7427C1768AF")),
    ),
    reply(
        "A45",
        Parser::Aliyun,
        r#"{"RequestId":"635FA3BC-7CB3-5506-B632-146D73F89DC1","Message":"账户余额不足","Code":"isv.AMOUNT_NOT_ENOUGH"}"#,
        failed(
            "isv.AMOUNT_NOT_ENOUGH",
            NO_BALANCE,
            Some("635FA3BC-7CB3-5506-B632-146D73F89DC1"),
            KNOWN,
        ),
    ),
    reply(
        "A46",
        Parser::Aliyun,
        r#"{"Message":"账户余额不足","RequestId":"308AE26C-6247-4B5C-8DD0-0F90DABC4BD3","Code":"isv.AMOUNT_NOT_ENOUGH"}"#,
        failed(
            "isv.AMOUNT_NOT_ENOUGH",
            NO_BALANCE,
            Some("308AE26C-6247-4B5C-8DD0-0F90DABC4BD3"),
            KNOWN,
        ),
    ),
    // A47: the published JSON, a Tea SDK model printed by Gson with camelCase keys (the parser
    // reads them as the newer SDKs' spelling).
    reply(
        "A47",
        Parser::Aliyun,
        r#"{"requestId":"C1E7FF77-3F61-4637-A9FF-88061F5D569F","code":"isv.AMOUNT_NOT_ENOUGH","message":"账户余额不足"}"#,
        failed(
            "isv.AMOUNT_NOT_ENOUGH",
            NO_BALANCE,
            Some("C1E7FF77-3F61-4637-A9FF-88061F5D569F"),
            KNOWN,
        ),
    ),
    reply(
        "A47",
        Parser::Aliyun,
        r#"{"requestId":"35AA6B10-6BAC-46EC-8B19-909933ED19C9","bizId":"437714627582082579^0","code":"OK","message":"OK"}"#,
        ok(Some("35AA6B10-6BAC-46EC-8B19-909933ED19C9")),
    ),
];

// ---- 4. UCloud (no request ids in its bodies; `SessionNo` is the send's, not the request's) ----

const UCLOUD: &[Case] = &[
    // After a README's `如果出现`; no `Action`.
    reply(
        "U1",
        Parser::Ucloud,
        r#"{"RetCode":171,"Message":"Signature VerifyAC Error"}"#,
        failed("171", "Signature VerifyAC Error", None, KNOWN),
    ),
    // The document's join of a body published across two comment lines.
    reply(
        "U2",
        Parser::Ucloud,
        r#"{"Action":"SendUSMSMessageResponse","Message":"Send success","RetCode":0,"SessionNo":"fbcb8979-ec63-4db6-87b9-b40dd32b570f"}"#,
        ok(None),
    ),
    reply(
        "U3",
        Parser::Ucloud,
        r#"{
  "Message": "User Not Exists",
  "RetCode": 172
}"#,
        failed("172", "User Not Exists", None, KNOWN),
    ),
    reply(
        "U3",
        Parser::Ucloud,
        r#"{
  "Message": "Signature VerifyAC Error",
  "RetCode": 171
}"#,
        failed("171", "Signature VerifyAC Error", None, KNOWN),
    ),
    reply(
        "U4",
        Parser::Ucloud,
        r#"{
  "Action": "SendUSMSMessageResponse",
  "Message": "提交发送成功",
  "RetCode": 0,
  "SessionNo": "5a3XXXXXXb-7XXXX2-4XXX"
}"#,
        ok(None),
    ),
    // `json.dumps` of the SDK test's dict.
    reply(
        "U5",
        Parser::Ucloud,
        r#"{"RetCode": 171, "Action": "Foo", "Message": "签名错误"}"#,
        failed("171", "签名错误", None, KNOWN),
    ),
];

/// The ids of the document that no table runs, and why (see the top of this file).
const NOT_RUN: &[(&str, &str)] = &[
    ("V8", "one SendStatusSet element, not a reply"),
    ("A48", "dypnsapi business replies: another product's codes"),
];

/// The codes of the bodies that no built-in catalog knows, with the body's id, in table order.
/// A catalog that adds one fails `codes_no_catalog_knows`: update this list, and the case's
/// `UNKNOWN`, deliberately.
const NO_CATALOG_KNOWS: &[(&str, &str)] =
    &[("T18", "60015"), ("A11", "InvalidDayuStatus.Malformed")];

// ---- running a table ----

/// A reply as the tables see it; a known code's error must carry its entry's kind and
/// disposition.
fn outcome<E: ErrorCatalog>(reply: &Reply<E>) -> Outcome<String> {
    match reply {
        Reply::Success { request_id } => Outcome::Success {
            request_id: request_id.as_deref().map(String::from),
        },
        Reply::Failure(error) => {
            if let Some(entry) = error.error() {
                assert_eq!(error.kind(), Some(entry.kind()), "{error}");
                assert_eq!(error.disposition(), entry.disposition(), "{error}");
            }
            Outcome::Failure {
                code: error.wire_code().into_owned(),
                message: error.server_message().map(String::from),
                request_id: error.request_id().map(String::from),
                known: error.error().is_some(),
            }
        }
    }
}

fn with_numbers<E: ErrorCatalog>(reply: SendSmsReply<E>) -> Parsed<String> {
    let numbers = reply
        .numbers
        .iter()
        .map(|number| (number.phone_number.clone(), outcome(&number.reply)))
        .collect();
    Parsed::Numbers(outcome(&reply.request), numbers)
}

fn parse(parser: Parser, body: &[u8]) -> Parsed<String> {
    let parsed = match parser {
        Parser::LegacySms => {
            envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body).map(with_numbers)
        }
        Parser::LegacyVoice => {
            envelope::tencent_legacy::<TencentVmsError>(body).map(|r| Parsed::Reply(outcome(&r)))
        }
        Parser::SendSms => envelope::tencent_send_sms::<TencentSmsError>(body).map(with_numbers),
        Parser::TencentCloud => {
            envelope::tencent_cloud::<TencentSmsError>(body).map(|r| Parsed::Reply(outcome(&r)))
        }
        Parser::Aliyun => {
            envelope::aliyun::<AliyunSmsError>(body).map(|r| Parsed::Reply(outcome(&r)))
        }
        Parser::Ucloud => {
            envelope::ucloud::<UcloudUsmsError>(body).map(|r| Parsed::Reply(outcome(&r)))
        }
    };
    match parsed {
        Ok(parsed) => parsed,
        Err(EnvelopeError::Json(_)) => Parsed::NotJson,
        Err(other) => Parsed::Error(other.to_string()),
    }
}

impl Outcome {
    fn owned(self) -> Outcome<String> {
        match self {
            Outcome::Success { request_id } => Outcome::Success {
                request_id: request_id.map(String::from),
            },
            Outcome::Failure {
                code,
                message,
                request_id,
                known,
            } => Outcome::Failure {
                code: code.into(),
                message: message.map(String::from),
                request_id: request_id.map(String::from),
                known,
            },
        }
    }
}

impl Expect {
    fn owned(&self) -> Parsed<String> {
        match *self {
            Expect::Reply(outcome) => Parsed::Reply(outcome.owned()),
            Expect::Numbers(request, numbers) => Parsed::Numbers(
                request.owned(),
                numbers
                    .iter()
                    .map(|&(phone, outcome)| (phone.into(), outcome.owned()))
                    .collect(),
            ),
            Expect::NotJson => Parsed::NotJson,
        }
    }
}

/// Runs every case of `table`, and reports all that do not parse as the body says.
fn check(table: &[Case]) {
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|case| {
            let parsed = parse(case.parser, case.body.as_bytes());
            let expected = case.expect.owned();
            (parsed != expected).then(|| {
                format!(
                    "{} ({:?}):\n  the body says {expected:?}\n  parsed as     {parsed:?}",
                    case.id, case.parser
                )
            })
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} bodies do not parse as they say:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

#[test]
fn tencent_legacy_sms_access_layer_and_voice() {
    check(TENCENT_LEGACY);
}

#[test]
fn tencent_cloud_send_sms_and_common_errors() {
    check(TENCENT_CLOUD);
}

#[test]
fn aliyun_gateway_and_sms() {
    check(ALIYUN);
}

#[test]
fn ucloud() {
    check(UCLOUD);
}

// ---- the codes no catalog knows ----

const TABLES: [&[Case]; 4] = [TENCENT_LEGACY, TENCENT_CLOUD, ALIYUN, UCLOUD];

/// Pushes `E`'s id when its catalog knows `code` (as `error()` does: `FromStr`).
fn knows<E: ErrorCatalog>(code: &str, catalogs: &mut Vec<&'static str>) {
    if code.parse::<E>().is_ok() {
        catalogs.push(E::ID);
    }
}

#[test]
fn codes_no_catalog_knows() {
    let mut unknown = Vec::new();
    for case in TABLES.iter().flat_map(|table| table.iter()) {
        let outcomes = match parse(case.parser, case.body.as_bytes()) {
            Parsed::Reply(outcome) => vec![outcome],
            Parsed::Numbers(request, numbers) => {
                let mut outcomes = vec![request];
                outcomes.extend(numbers.into_iter().map(|(_, outcome)| outcome));
                outcomes
            }
            Parsed::NotJson | Parsed::Error(_) => Vec::new(),
        };
        for outcome in outcomes {
            if let Outcome::Failure {
                code, known: false, ..
            } = outcome
            {
                unknown.push((case.id, code));
            }
        }
    }
    // Unknown to the catalog of the parser a user calls, and to every other built-in catalog.
    for (id, code) in &unknown {
        let mut catalogs = Vec::new();
        each_catalog!(knows, code, &mut catalogs);
        assert!(
            catalogs.is_empty(),
            "{id}: {code} is known to {catalogs:?}, not to the catalog its parser is called with"
        );
    }
    let unknown: Vec<(&str, &str)> = unknown
        .iter()
        .map(|(id, code)| (*id, code.as_str()))
        .collect();
    assert_eq!(unknown, NO_CATALOG_KNOWS);
}

// ---- the tables and the document ----

const DOCUMENT: &str = include_str!("refs/real_bodies.md");

/// The body ids of the document: headings `### T1 – …` (group headings such as `### T5–T9 – …`
/// are not ids), in document order.
fn document_ids() -> Vec<&'static str> {
    DOCUMENT
        .lines()
        .filter_map(|line| line.strip_prefix("### ")?.split_once(" – "))
        .map(|(id, _)| id)
        .filter(|id| {
            id.len() > 1
                && id.starts_with(['T', 'V', 'A', 'U'])
                && id[1..].bytes().all(|b| b.is_ascii_digit())
        })
        .collect()
}

/// The document's text under the heading of `id`, to the next heading.
fn section(id: &str) -> &'static str {
    let heading = format!("\n### {id} – ");
    let start = DOCUMENT
        .find(&heading)
        .unwrap_or_else(|| panic!("{id}: no heading"));
    let rest = &DOCUMENT[start + heading.len()..];
    let end = ["\n## ", "\n### "]
        .iter()
        .filter_map(|next| rest.find(next))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_document_id_is_run_or_said_not_to_be() {
    let ids = document_ids();
    assert_eq!(ids.len(), 83, "the document's bodies");
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "an id twice in the document");
    let run: BTreeSet<&str> = TABLES
        .iter()
        .flat_map(|table| table.iter().map(|case| case.id))
        .collect();
    let not_run: BTreeSet<&str> = NOT_RUN.iter().map(|&(id, _)| id).collect();
    assert!(
        run.is_disjoint(&not_run),
        "{:?}",
        run.intersection(&not_run)
    );
    let covered: BTreeSet<&str> = run.union(&not_run).copied().collect();
    assert_eq!(covered, unique);
}

/// Every body run is in its id's section of the document (whitespace aside: the pretty-printed
/// bodies keep the publisher's indentation, which the document indents as it is quoted).
#[test]
fn every_body_is_in_its_section_of_the_document() {
    for case in TABLES.iter().flat_map(|table| table.iter()) {
        assert!(
            without_whitespace(section(case.id)).contains(&without_whitespace(case.body)),
            "{}: body not in its section of the document: {}",
            case.id,
            case.body
        );
    }
}
