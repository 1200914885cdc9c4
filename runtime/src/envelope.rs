//! Vendors' JSON response bodies → [`Reply`] / [`ApiError`], one parser per envelope shape.
//!
//! | parser | vendor, API | failure is | success is |
//! |---|---|---|---|
//! | [`tencent_cloud`] | Tencent Cloud API 3.0 (SMS, voice messages 3.0, GME server) | `Response.Error.Code` | no `Response.Error` |
//! | [`tencent_send_sms`] | Tencent Cloud SMS `SendSms` | request level as above, and per number `Response.SendStatusSet[].Code` | `Ok` per number |
//! | [`tencent_legacy`] | legacy Tencent numeric API (voice messages `tlsvoicesvr`) | `result` ≠ 0 | `result` = 0 |
//! | [`tencent_voice_failure`] | Tencent voice message failure callback | `voice_failure_callback.failure_code` | — |
//! | [`aliyun`] | Aliyun RPC APIs (SMS `dysmsapi`) | `Code` ≠ `OK` | `Code` = `OK` |
//! | [`ucloud`] | UCloud APIs (USMS) | `RetCode` ≠ 0 | `RetCode` = 0 |
//!
//! Success is what the catalog says it is ([`ErrorCatalog::is_success_code`]); every other code is
//! a failure, typed when the catalog knows it. A body that is not such an envelope (not JSON, a
//! missing or mistyped field, more than [`MAX_BODY_LEN`] bytes) is an [`EnvelopeError`], never a
//! panic.
//!
//! ```
//! use error_catalog::Disposition;
//! use error_catalog::envelope::{self, Reply};
//!
//! error_catalog::include_error_catalog!("tencent_sms");
//!
//! // A SendSms reply: the request was accepted, one number of two failed.
//! let body = r#"{"Response": {"SendStatusSet": [
//!     {"PhoneNumber": "+8613800000000", "Code": "Ok", "Message": "send success"},
//!     {"PhoneNumber": "+8613800000001", "Code": "LimitExceeded.PhoneNumberDailyLimit", "Message": "limit"}],
//!     "RequestId": "a0aabda6-cf91-4f3e-a81f-9198114a2279"}}"#;
//! let reply = envelope::tencent_send_sms::<TencentSmsError>(body.as_bytes())?;
//! assert!(reply.request.is_success());
//! let failed: Vec<_> = reply.failures().map(|error| (error.error(), error.disposition())).collect();
//! assert_eq!(
//!     failed,
//!     [(Some(TencentSmsError::LimitExceededPhoneNumberDailyLimit), Disposition::FailOver)]
//! );
//!
//! // Not an envelope at all: an error, not a panic.
//! assert!(envelope::tencent_cloud::<TencentSmsError>(b"<html>502 Bad Gateway</html>").is_err());
//! # Ok::<(), error_catalog::envelope::EnvelopeError>(())
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde_json::{Map, Value};

use crate::{ApiError, Code, ErrorCatalog};

/// The largest body the parsers read (1 MiB); a `SendSms` reply for 200 numbers is about 50 KiB.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// The outcome of one call: success, or a failure the vendor reported.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Reply<E> {
    /// The vendor accepted the call.
    Success {
        /// The vendor's request id, if the body had one.
        request_id: Option<String>,
    },
    /// The vendor reported a failure.
    Failure(ApiError<E>),
}

impl<E> Reply<E> {
    /// Whether the call succeeded.
    #[must_use]
    pub fn is_success(&self) -> bool {
        matches!(self, Reply::Success { .. })
    }

    /// The failure, if the call failed.
    #[must_use]
    pub fn failure(&self) -> Option<&ApiError<E>> {
        match self {
            Reply::Failure(error) => Some(error),
            Reply::Success { .. } => None,
        }
    }

    /// `Ok(())` on success, `Err` with the failure otherwise.
    ///
    /// # Errors
    ///
    /// The vendor's failure.
    pub fn into_result(self) -> Result<(), ApiError<E>> {
        match self {
            Reply::Success { .. } => Ok(()),
            Reply::Failure(error) => Err(error),
        }
    }
}

/// A body that is not the envelope it was parsed as.
#[derive(Debug)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// The body is longer than [`MAX_BODY_LEN`].
    TooLarge {
        /// The body's length in bytes.
        len: usize,
    },
    /// The body is not JSON.
    Json(serde_json::Error),
    /// A field the envelope must have is missing (`Response.Error.Code`).
    Missing(&'static str),
    /// A field has the wrong JSON type.
    WrongType {
        /// The field (`RetCode`).
        field: &'static str,
        /// What it must be (`an integer`).
        expected: &'static str,
    },
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnvelopeError::TooLarge { len } => {
                write!(
                    f,
                    "response body of {len} bytes is larger than the {MAX_BODY_LEN} bytes read"
                )
            }
            EnvelopeError::Json(error) => write!(f, "response body is not JSON: {error}"),
            EnvelopeError::Missing(field) => write!(f, "response body has no `{field}`"),
            EnvelopeError::WrongType { field, expected } => {
                write!(f, "response field `{field}` must be {expected}")
            }
        }
    }
}

impl core::error::Error for EnvelopeError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            EnvelopeError::Json(error) => Some(error),
            _ => None,
        }
    }
}

fn parse_object(body: &[u8]) -> Result<Map<String, Value>, EnvelopeError> {
    if body.len() > MAX_BODY_LEN {
        return Err(EnvelopeError::TooLarge { len: body.len() });
    }
    match serde_json::from_slice(body).map_err(EnvelopeError::Json)? {
        Value::Object(object) => Ok(object),
        _ => Err(EnvelopeError::WrongType {
            field: "(body)",
            expected: "a JSON object",
        }),
    }
}

/// `object[key]` as a table; `None` when absent or `null`.
fn object<'a>(
    parent: &'a Map<String, Value>,
    key: &str,
    field: &'static str,
) -> Result<Option<&'a Map<String, Value>>, EnvelopeError> {
    match parent.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(object)) => Ok(Some(object)),
        Some(_) => Err(EnvelopeError::WrongType {
            field,
            expected: "an object",
        }),
    }
}

/// `object[key]` as text; `None` when absent or `null`.
fn text(
    parent: &Map<String, Value>,
    key: &str,
    field: &'static str,
) -> Result<Option<String>, EnvelopeError> {
    match parent.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(EnvelopeError::WrongType {
            field,
            expected: "a string",
        }),
    }
}

/// The first of `keys` present in `parent`, as text.
fn text_any(
    parent: &Map<String, Value>,
    keys: &[&str],
    field: &'static str,
) -> Result<Option<String>, EnvelopeError> {
    for key in keys {
        if let Some(found) = text(parent, key, field)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

fn integer(
    parent: &Map<String, Value>,
    key: &str,
    field: &'static str,
) -> Result<i64, EnvelopeError> {
    match parent.get(key) {
        None | Some(Value::Null) => Err(EnvelopeError::Missing(field)),
        Some(Value::Number(number)) => number.as_i64().ok_or(EnvelopeError::WrongType {
            field,
            expected: "an integer that fits in an i64",
        }),
        Some(_) => Err(EnvelopeError::WrongType {
            field,
            expected: "an integer",
        }),
    }
}

/// Success or failure for a string code read from a body.
fn reply_for_text<E: ErrorCatalog>(
    code: &str,
    message: Option<String>,
    request_id: Option<String>,
) -> Reply<E> {
    if E::is_success_text(code) {
        Reply::Success { request_id }
    } else {
        Reply::Failure(ApiError::from_text(code, message, request_id))
    }
}

/// Success or failure for an integer code read from a body.
fn reply_for_int<E: ErrorCatalog>(
    code: i64,
    message: Option<String>,
    request_id: Option<String>,
) -> Reply<E> {
    if E::is_success_code(Code::Int(code)) {
        Reply::Success { request_id }
    } else {
        Reply::Failure(ApiError::from_wire(Code::Int(code), message, request_id))
    }
}

/// Tencent Cloud API 3.0: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`; success
/// when there is no `Error`.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_cloud<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let root = parse_object(body)?;
    let response =
        object(&root, "Response", "Response")?.ok_or(EnvelopeError::Missing("Response"))?;
    tencent_response(response)
}

fn tencent_response<E: ErrorCatalog>(
    response: &Map<String, Value>,
) -> Result<Reply<E>, EnvelopeError> {
    let request_id = text(response, "RequestId", "Response.RequestId")?;
    let Some(error) = object(response, "Error", "Response.Error")? else {
        return Ok(Reply::Success { request_id });
    };
    let code = text(error, "Code", "Response.Error.Code")?
        .ok_or(EnvelopeError::Missing("Response.Error.Code"))?;
    let message = text(error, "Message", "Response.Error.Message")?;
    // The SDKs raise an error only for a non-empty code.
    if code.is_empty() {
        return Ok(Reply::Success { request_id });
    }
    Ok(Reply::Failure(ApiError::from_text(
        &code, message, request_id,
    )))
}

/// One number of a Tencent `SendSms` reply.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NumberReply<E> {
    /// The phone number as the vendor echoes it (`+8618511122233`).
    pub phone_number: String,
    /// Whether the message to this number was accepted.
    pub reply: Reply<E>,
}

/// A Tencent `SendSms` reply: the request as a whole, and each number.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SendSmsReply<E> {
    /// The request-level outcome (`Response.Error`); a success may still hold failed numbers.
    pub request: Reply<E>,
    /// One reply per number (`Response.SendStatusSet`), in the vendor's order.
    pub numbers: Vec<NumberReply<E>>,
}

impl<E> SendSmsReply<E> {
    /// The failures: the request's, or else each failed number's.
    pub fn failures(&self) -> impl Iterator<Item = &ApiError<E>> {
        self.request.failure().into_iter().chain(
            self.numbers
                .iter()
                .filter_map(|number| number.reply.failure()),
        )
    }
}

/// Tencent Cloud SMS `SendSms`: the request-level `Response.Error`, and each number's
/// `Response.SendStatusSet[].Code`, where the catalog's success code (`Ok`) means sent.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_send_sms<E: ErrorCatalog>(body: &[u8]) -> Result<SendSmsReply<E>, EnvelopeError> {
    let root = parse_object(body)?;
    let response =
        object(&root, "Response", "Response")?.ok_or(EnvelopeError::Missing("Response"))?;
    let request = tencent_response(response)?;
    let request_id = text(response, "RequestId", "Response.RequestId")?;
    let mut numbers = Vec::new();
    match response.get("SendStatusSet") {
        None | Some(Value::Null) => {}
        Some(Value::Array(statuses)) => {
            for status in statuses {
                let Value::Object(status) = status else {
                    return Err(EnvelopeError::WrongType {
                        field: "Response.SendStatusSet[]",
                        expected: "an object",
                    });
                };
                let code = text(status, "Code", "Response.SendStatusSet[].Code")?
                    .ok_or(EnvelopeError::Missing("Response.SendStatusSet[].Code"))?;
                let message = text(status, "Message", "Response.SendStatusSet[].Message")?;
                let phone_number = text(
                    status,
                    "PhoneNumber",
                    "Response.SendStatusSet[].PhoneNumber",
                )?
                .unwrap_or_default();
                numbers.push(NumberReply {
                    phone_number,
                    reply: reply_for_text(&code, message, request_id.clone()),
                });
            }
        }
        Some(_) => {
            return Err(EnvelopeError::WrongType {
                field: "Response.SendStatusSet",
                expected: "an array",
            });
        }
    }
    Ok(SendSmsReply { request, numbers })
}

/// Legacy Tencent numeric API (voice messages `tlsvoicesvr`, old SMS `tlssmssvr`):
/// `{"result": <int>, "errmsg": "…", "callid"?: "…"}`; success when the catalog says so (0).
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_legacy<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let root = parse_object(body)?;
    let result = integer(&root, "result", "result")?;
    let message = text(&root, "errmsg", "errmsg")?;
    let request_id = text_any(&root, &["callid", "sid"], "callid")?.filter(|id| !id.is_empty());
    Ok(reply_for_int(result, message, request_id))
}

/// A Tencent voice message failure callback.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VoiceFailure<E> {
    /// `failure_code` and `failure_reason`; the request id is the call id.
    pub error: ApiError<E>,
    /// The number that could not be reached.
    pub mobile: Option<String>,
    /// Its country code (`86`).
    pub nation_code: Option<String>,
}

/// Tencent voice message failure callback:
/// `{"voice_failure_callback": {"failure_code": 8, "failure_reason": "空号", "callid", "mobile", …}}`.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such a callback.
pub fn tencent_voice_failure<E: ErrorCatalog>(
    body: &[u8],
) -> Result<VoiceFailure<E>, EnvelopeError> {
    let root = parse_object(body)?;
    let callback = object(&root, "voice_failure_callback", "voice_failure_callback")?
        .ok_or(EnvelopeError::Missing("voice_failure_callback"))?;
    let code = integer(
        callback,
        "failure_code",
        "voice_failure_callback.failure_code",
    )?;
    let reason = text(
        callback,
        "failure_reason",
        "voice_failure_callback.failure_reason",
    )?;
    let call_id = text(callback, "callid", "voice_failure_callback.callid")?;
    Ok(VoiceFailure {
        error: ApiError::from_wire(Code::Int(code), reason, call_id),
        mobile: text(callback, "mobile", "voice_failure_callback.mobile")?,
        nation_code: text(callback, "nationcode", "voice_failure_callback.nationcode")?,
    })
}

/// Aliyun RPC APIs (SMS `dysmsapi`): `{"Code", "Message", "RequestId"}`, or the camelCase keys of
/// the newer SDKs (`code`, `message`, `requestId`); success when the catalog says so (`OK`).
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn aliyun<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let root = parse_object(body)?;
    let code = text_any(&root, &["Code", "code"], "Code")?.ok_or(EnvelopeError::Missing("Code"))?;
    let message = text_any(&root, &["Message", "message"], "Message")?;
    let request_id = text_any(&root, &["RequestId", "requestId"], "RequestId")?;
    Ok(reply_for_text(&code, message, request_id))
}

/// UCloud APIs (USMS): `{"RetCode": <int>, "Message", "Action"}`; success when the catalog says
/// so (0). UCloud bodies carry no request id.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn ucloud<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let root = parse_object(body)?;
    let code = integer(&root, "RetCode", "RetCode")?;
    let message = text(&root, "Message", "Message")?;
    Ok(reply_for_int(code, message, None))
}
