//! Vendors' JSON response bodies → [`Reply`] / [`ApiError`], one parser per envelope shape.
//!
//! | parser | vendor, API | failure is | success is |
//! |---|---|---|---|
//! | [`tencent_cloud`] | Tencent Cloud API 3.0 (SMS, voice messages 3.0, GME server) | `Response.Error.Code` | no `Response.Error` |
//! | [`tencent_send_sms`] | Tencent Cloud SMS `SendSms`, with or without the `Response` wrapper | request level as above, and per number `SendStatusSet[].Code` | `Ok` per number |
//! | [`tencent_legacy`] | legacy Tencent numeric API (voice messages `tlsvoicesvr`) | `result` ≠ 0 | `result` = 0 |
//! | [`tencent_legacy_sms`] | legacy Tencent SMS API (`tlssmssvr`), and its access layer | `result` ≠ 0, per number `detail[].result` ≠ 0; `ErrorCode` ≠ 0 | 0 |
//! | [`tencent_voice_failure`] | Tencent voice message failure callback | `voice_failure_callback.failure_code` | — |
//! | [`aliyun`] | Aliyun RPC APIs (SMS `dysmsapi`) | `Code` ≠ `OK` | `Code` = `OK` |
//! | [`ucloud`] | UCloud APIs (USMS) | `RetCode` ≠ 0 | `RetCode` = 0 |
//! | [`yunpian`] | Yunpian 云片 SMS API v2 | `code` ≠ 0; per number `data[].code` ≠ 0 | `code` 0 or absent |
//! | [`submail`] | SUBMAIL 赛邮 SMS API v4 | `status` `error` (its `code`); per recipient of a multi send | `status` `success` |
//! | [`aws_sns`] | Amazon SNS (Query API, XML) | `ErrorResponse` (its `Error.Code`) | any other response element |
//! | [`tencent_sms_receipts`] | Tencent SMS status callback (a list of reports) | per report `report_status` `FAIL`, its `errmsg` | `SUCCESS` |
//! | [`aliyun_sms_reports`] | Aliyun `SmsReport` push (a list of reports) | per report `success` false, its `err_code` | `success` true |
//! | [`ucloud_receipts`] | UCloud USMS status report push | per report `ReceiptResult` 发送失败, its `ReceiptCode`; 状态未知: unreported | 发送成功 |
//! | [`twilio`] | Twilio REST APIs (JSON) | `code` (or the HTTP `status` an error repeats); a resource's non-null `error_code` | a resource without `error_code` |
//!
//! Success is what the catalog says it is ([`ErrorCatalog::is_success_code`]); every other code is
//! a failure, typed when the catalog knows it. A body that is not such an envelope (not JSON, a
//! missing or mistyped field, more than [`MAX_BODY_LEN`] bytes) is an [`EnvelopeError`], never a
//! panic.
//!
//! # Blank codes and request ids
//!
//! One rule for every parser: a code or request id whose text is blank (empty, or only
//! whitespace) is read as if the field were absent. What that means per envelope:
//!
//! - **Tencent Cloud API 3.0** ([`tencent_cloud`], [`tencent_send_sms`]): a `Response.Error`
//!   whose `Code` is blank is [`EnvelopeError::Missing`]`("Response.Error.Code")`, as when `Code`
//!   is left out; it is not a success. An `Error` object reports a failure (the Python SDK raises
//!   whenever `Response` has an `Error`; the Go SDK tests `Code != ""` only because an absent and
//!   an empty Go string are the same value), and a failure without a code cannot be typed, so
//!   reading it as success would hide it. A blank `SendStatusSet[].Code` is likewise
//!   `Missing("Response.SendStatusSet[].Code")`, not an unknown code `""`.
//! - **Aliyun** ([`aliyun`]): a blank `Code` falls through to the camelCase `code`; with neither,
//!   [`EnvelopeError::Missing`]`("Code")`, not an unknown code `""`.
//! - **Integer envelopes** ([`tencent_legacy`], [`tencent_legacy_sms`],
//!   [`tencent_voice_failure`], [`ucloud`]): their codes are JSON numbers, so no code is blank;
//!   a string there, empty or not, is [`EnvelopeError::WrongType`]. [`twilio`] also takes a code
//!   as a string of digits (its Notification resource sends one); a blank one is absent.
//! - **Amazon SNS** ([`aws_sns`]): a blank `<Code>` is [`EnvelopeError::Missing`]`("ErrorResponse.Error.Code")`.
//! - **Request ids**, everywhere: a blank `RequestId`, `requestId` or `callid` is no request id
//!   (`None` in [`Reply::Success`] and [`ApiError::request_id`]), and where an envelope has two
//!   spellings the next one is read: Aliyun's `requestId` after a blank `RequestId`, the legacy
//!   API's `sid` after a blank `callid`. A legacy SMS number's blank `sid` is no request id.
//!
//! Only codes and ids are read this way: a blank message or phone number is kept as sent.
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
//!     [(Some(TencentSmsError::LimitExceededPhoneNumberDailyLimit), Disposition::RetryLater)]
//! );
//!
//! // Not an envelope at all: an error, not a panic.
//! assert!(envelope::tencent_cloud::<TencentSmsError>(b"<html>502 Bad Gateway</html>").is_err());
//! # Ok::<(), error_catalog::envelope::EnvelopeError>(())
//! ```
//!
//! # Memory
//!
//! A body is read in one pass straight into the reply. Only the fields an envelope names are
//! kept (borrowed from the body until the reply is built, so each is copied once); everything
//! else (unknown keys, nesting of any depth, arrays of any width) is skipped without being
//! stored, and the request id of a `SendSms` reply is stored once and shared by every number. So
//! no parse allocates more than 32 × the body length plus 4 KiB, whatever the body up to
//! [`MAX_BODY_LEN`] (`tests/envelope_memory.rs` measures hostile bodies against this bound,
//! counting a reallocation as a copy). The multiple is the cost of a `SendSms` number on a
//! 64-bit target: the 13 bytes `{"Code":"x"},` (the shortest failed number: a blank code is an
//! error) become an 80-byte [`NumberReply`] in a `Vec` that grows by doubling (up to three times
//! that while it moves) and, for a code the catalog does not know (or knows in another spelling,
//! kept as sent), a boxed [`UnknownCode`](crate::UnknownCode) of 120 bytes. The other parsers
//! keep at most their strings, each copied once, and serde_json's buffer for a string with
//! escapes: a few times the body.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::api_error::is_blank;
use crate::{ApiError, Code, ErrorCatalog};

/// The largest body the parsers read (1 MiB); a `SendSms` reply for 200 numbers is about 50 KiB.
pub const MAX_BODY_LEN: usize = 1 << 20;

/// The outcome of one call: success, or a failure the vendor reported.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Reply<E> {
    /// The vendor accepted the call.
    Success {
        /// The vendor's request id, if the body had one that is not blank; the numbers of a
        /// `SendSms` reply share their request's id rather than each holding a copy.
        request_id: Option<Arc<str>>,
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

impl<E: ErrorCatalog> Reply<E> {
    fn set_request_id(&mut self, id: Option<Arc<str>>) {
        match self {
            Reply::Success { request_id } => *request_id = id,
            Reply::Failure(error) => error.set_request_id(id),
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
    /// The body is not valid JSON; the source, serde_json's error, says what and where.
    Json(serde_json::Error),
    /// A field the envelope must have is missing (`Response.Error.Code`).
    Missing(&'static str),
    /// The body is not the XML an envelope reads (an XML envelope: Amazon SNS); says what is
    /// wrong.
    Xml(&'static str),
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
            // serde_json's message is the source: a chain prints it once, after this one.
            EnvelopeError::Json(_) => f.write_str("response body is not valid JSON"),
            EnvelopeError::Xml(what) => write!(f, "response body is not the expected XML: {what}"),
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

// ---- reading a body: only the named fields are kept, everything else is skipped unstored ----
//
// The visitors never fail on content, only on JSON syntax: what a field holds is recorded
// (`Field`, `Nested`) and judged once the whole body has been read, so a body that is not JSON
// is reported as such wherever the problem is, and a repeated key counts only once, last,
// as in serde_json's `Map`.

/// A JSON value, reduced to what an envelope reads from it.
enum Field<'de> {
    /// Absent, or `null`.
    Absent,
    /// A string, borrowed from the body unless it has escapes.
    Text(Cow<'de, str>),
    Int(i64),
    /// A number that is not an `i64`: a fraction, an exponent, beyond `i64::MAX`.
    OtherNumber,
    Bool(bool),
    /// An array or an object.
    Other,
}

impl<'de> Field<'de> {
    /// The text; `None` when absent or `null`.
    fn text(self, field: &'static str) -> Result<Option<Cow<'de, str>>, EnvelopeError> {
        match self {
            Field::Absent => Ok(None),
            Field::Text(text) => Ok(Some(text)),
            _ => Err(EnvelopeError::WrongType {
                field,
                expected: "a string",
            }),
        }
    }

    /// The text of this field (named `field`) or, when it is absent or `null`, of `other`
    /// (another spelling, named `other_field`).
    fn text_or(
        self,
        field: &'static str,
        other: Field<'de>,
        other_field: &'static str,
    ) -> Result<Option<Cow<'de, str>>, EnvelopeError> {
        match self.text(field)? {
            Some(text) => Ok(Some(text)),
            None => other.text(other_field),
        }
    }

    /// The text of a code or request id; `None` when absent, `null` or blank (see the module
    /// docs).
    fn code_text(self, field: &'static str) -> Result<Option<Cow<'de, str>>, EnvelopeError> {
        Ok(self.text(field)?.filter(|text| !is_blank(text)))
    }

    /// As [`text_or`](Self::text_or), for a code or request id: a blank text falls through to
    /// `other` too.
    fn code_text_or(
        self,
        field: &'static str,
        other: Field<'de>,
        other_field: &'static str,
    ) -> Result<Option<Cow<'de, str>>, EnvelopeError> {
        match self.code_text(field)? {
            Some(text) => Ok(Some(text)),
            None => other.code_text(other_field),
        }
    }

    /// An integer code sent as a number or as a string of digits (Twilio's Notification
    /// resource sends `"error_code": "11200"`); `None` when absent, `null` or blank.
    fn integer_or_digits(self, field: &'static str) -> Result<Option<i64>, EnvelopeError> {
        match self {
            Field::Absent => Ok(None),
            Field::Int(number) => Ok(Some(number)),
            Field::Text(text) if is_blank(&text) => Ok(None),
            Field::Text(text) => {
                text.trim()
                    .parse()
                    .map(Some)
                    .map_err(|_| EnvelopeError::WrongType {
                        field,
                        expected: "an integer, or a string of its digits",
                    })
            }
            Field::OtherNumber => Err(EnvelopeError::WrongType {
                field,
                expected: "an integer that fits in an i64",
            }),
            Field::Other | Field::Bool(_) => Err(EnvelopeError::WrongType {
                field,
                expected: "an integer",
            }),
        }
    }

    fn integer(self, field: &'static str) -> Result<i64, EnvelopeError> {
        match self {
            Field::Absent => Err(EnvelopeError::Missing(field)),
            Field::Int(number) => Ok(number),
            Field::OtherNumber => Err(EnvelopeError::WrongType {
                field,
                expected: "an integer that fits in an i64",
            }),
            _ => Err(EnvelopeError::WrongType {
                field,
                expected: "an integer",
            }),
        }
    }
}

impl<'de> de::Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<Er: de::Error>(self) -> Result<Self::Value, Er> {
        Ok(Field::Absent)
    }

    fn visit_bool<Er: de::Error>(self, value: bool) -> Result<Self::Value, Er> {
        Ok(Field::Bool(value))
    }

    fn visit_i64<Er: de::Error>(self, number: i64) -> Result<Self::Value, Er> {
        Ok(Field::Int(number))
    }

    fn visit_u64<Er: de::Error>(self, number: u64) -> Result<Self::Value, Er> {
        Ok(i64::try_from(number).map_or(Field::OtherNumber, Field::Int))
    }

    fn visit_f64<Er: de::Error>(self, _: f64) -> Result<Self::Value, Er> {
        Ok(Field::OtherNumber)
    }

    fn visit_borrowed_str<Er: de::Error>(self, text: &'de str) -> Result<Self::Value, Er> {
        Ok(Field::Text(Cow::Borrowed(text)))
    }

    fn visit_str<Er: de::Error>(self, text: &str) -> Result<Self::Value, Er> {
        Ok(Field::Text(Cow::Owned(text.into())))
    }

    fn visit_string<Er: de::Error>(self, text: String) -> Result<Self::Value, Er> {
        Ok(Field::Text(Cow::Owned(text)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        IgnoredAny.visit_seq(seq)?;
        Ok(Field::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        IgnoredAny.visit_map(map)?;
        Ok(Field::Other)
    }
}

/// A value that should be an object (or an array), as read by its visitor.
enum Nested<T> {
    /// Absent, or `null`.
    Absent,
    Found(T),
    /// Any other JSON value.
    Other,
}

impl<T> Nested<T> {
    /// The value; `None` when absent or `null`.
    fn get(self, field: &'static str, expected: &'static str) -> Result<Option<T>, EnvelopeError> {
        match self {
            Nested::Absent => Ok(None),
            Nested::Found(value) => Ok(Some(value)),
            Nested::Other => Err(EnvelopeError::WrongType { field, expected }),
        }
    }
}

/// Reads a value with `visitor` when it is an object (or an array), and skips it otherwise.
#[derive(Clone, Copy)]
struct Expect<V> {
    array: bool,
    visitor: V,
}

impl<V> Expect<V> {
    fn object(visitor: V) -> Self {
        Expect {
            array: false,
            visitor,
        }
    }

    fn array(visitor: V) -> Self {
        Expect {
            array: true,
            visitor,
        }
    }
}

impl<'de, V: Visitor<'de>> DeserializeSeed<'de> for Expect<V> {
    type Value = Nested<V::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Expect<V> {
    type Value = Nested<V::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<Er: de::Error>(self) -> Result<Self::Value, Er> {
        Ok(Nested::Absent)
    }

    fn visit_bool<Er: de::Error>(self, _: bool) -> Result<Self::Value, Er> {
        Ok(Nested::Other)
    }

    fn visit_i64<Er: de::Error>(self, _: i64) -> Result<Self::Value, Er> {
        Ok(Nested::Other)
    }

    fn visit_u64<Er: de::Error>(self, _: u64) -> Result<Self::Value, Er> {
        Ok(Nested::Other)
    }

    fn visit_f64<Er: de::Error>(self, _: f64) -> Result<Self::Value, Er> {
        Ok(Nested::Other)
    }

    fn visit_str<Er: de::Error>(self, _: &str) -> Result<Self::Value, Er> {
        Ok(Nested::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if self.array {
            self.visitor.visit_seq(seq).map(Nested::Found)
        } else {
            IgnoredAny.visit_seq(seq)?;
            Ok(Nested::Other)
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        if self.array {
            IgnoredAny.visit_map(map)?;
            Ok(Nested::Other)
        } else {
            self.visitor.visit_map(map).map(Nested::Found)
        }
    }
}

/// Reads each entry of `map` whose key is one of `keys` with `read(index of the key, map)`, in
/// body order, and skips the others.
fn read_entries<'de, A: MapAccess<'de>>(
    map: &mut A,
    keys: &[&str],
    mut read: impl FnMut(usize, &mut A) -> Result<(), A::Error>,
) -> Result<(), A::Error> {
    while let Some(key) = map.next_key_seed(Key(keys))? {
        match key {
            Some(index) => read(index, map)?,
            None => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    Ok(())
}

/// An object key: its index in the keys an envelope reads, if it is one of them.
struct Key<'k>(&'k [&'k str]);

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<Er: de::Error>(self, key: &str) -> Result<Self::Value, Er> {
        Ok(self.0.iter().position(|known| *known == key))
    }
}

/// An object's values at `keys`, each read as a [`Field`].
#[derive(Clone, Copy)]
struct Fields<const N: usize>(&'static [&'static str; N]);

impl<'de, const N: usize> Visitor<'de> for Fields<N> {
    type Value = [Field<'de>; N];

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = [const { Field::Absent }; N];
        read_entries(&mut map, self.0, |index, map| {
            fields[index] = map.next_value()?;
            Ok(())
        })?;
        Ok(fields)
    }
}

/// An object's value at `key`, read by `visitor` when it is an object.
struct Member<V> {
    key: &'static str,
    visitor: V,
}

impl<'de, V: Visitor<'de> + Copy> Visitor<'de> for Member<V> {
    type Value = Nested<V::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut member = Nested::Absent;
        read_entries(&mut map, &[self.key], |_, map| {
            member = map.next_value_seed(Expect::object(self.visitor))?;
            Ok(())
        })?;
        Ok(member)
    }
}

/// Reads `body` with `visitor`, which gets the top-level object.
fn parse<'de, V: Visitor<'de>>(body: &'de [u8], visitor: V) -> Result<V::Value, EnvelopeError> {
    parse_root(body, Expect::object(visitor))
}

/// [`parse`] of a body that is a JSON array (a receipt callback's list of reports).
fn parse_array<'de, V: Visitor<'de>>(
    body: &'de [u8],
    visitor: V,
) -> Result<V::Value, EnvelopeError> {
    parse_root(body, Expect::array(visitor))
}

fn parse_root<'de, V: Visitor<'de>>(
    body: &'de [u8],
    root: Expect<V>,
) -> Result<V::Value, EnvelopeError> {
    if body.len() > MAX_BODY_LEN {
        return Err(EnvelopeError::TooLarge { len: body.len() });
    }
    let expected = if root.array {
        "a JSON array"
    } else {
        "a JSON object"
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let root = root
        .deserialize(&mut deserializer)
        .map_err(EnvelopeError::Json)?;
    deserializer.end().map_err(EnvelopeError::Json)?;
    match root {
        Nested::Found(root) => Ok(root),
        Nested::Absent | Nested::Other => Err(EnvelopeError::WrongType {
            field: "(body)",
            expected,
        }),
    }
}

/// A request id, stored once however many replies hold it.
fn shared(request_id: Option<Cow<'_, str>>) -> Option<Arc<str>> {
    request_id.map(|id| Arc::from(&*id))
}

/// Success or failure for a string code read from a body, without a request id.
fn reply_for_text<E: ErrorCatalog>(code: &str, message: Option<Cow<'_, str>>) -> Reply<E> {
    if E::is_success_text(code) {
        Reply::Success { request_id: None }
    } else {
        Reply::Failure(ApiError::from_text(
            code,
            message.map(Cow::into_owned),
            None,
        ))
    }
}

/// Success or failure for an integer code read from a body, without a request id.
fn reply_for_int<E: ErrorCatalog>(code: i64, message: Option<Cow<'_, str>>) -> Reply<E> {
    if E::is_success_code(Code::Int(code)) {
        Reply::Success { request_id: None }
    } else {
        Reply::Failure(ApiError::from_wire(
            Code::Int(code),
            message.map(Cow::into_owned),
            None,
        ))
    }
}

// ---- Tencent Cloud API 3.0 ----

/// `Response`: `RequestId`, `Error`, and for `SendSms` `SendStatusSet`, in that order.
const RESPONSE_KEYS: [&str; 3] = ["RequestId", "Error", "SendStatusSet"];
const ERROR_KEYS: [&str; 2] = ["Code", "Message"];
const STATUS_KEYS: [&str; 3] = ["Code", "Message", "PhoneNumber"];

/// A Tencent `Response` as read; `statuses` stays absent unless asked for.
struct Response<'de, E> {
    request_id: Field<'de>,
    error: Nested<[Field<'de>; 2]>,
    statuses: Nested<Statuses<E>>,
}

/// Each number's reply (without the request id, which may come later in the body), or the
/// first status that is not one.
type Statuses<E> = Elements<NumberReply<E>>;

/// The elements of an array read by a [`NumbersVisitor`], or why one could not be read.
type Elements<T> = Result<Vec<T>, EnvelopeError>;

/// Reads a Tencent `Response`, and its `SendStatusSet` when `statuses` is set.
struct ResponseVisitor<E> {
    statuses: bool,
    catalog: PhantomData<E>,
}

impl<E> Clone for ResponseVisitor<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for ResponseVisitor<E> {}

impl<'de, E: ErrorCatalog> Visitor<'de> for ResponseVisitor<E> {
    type Value = Response<'de, E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut response = Response::empty();
        let keys = if self.statuses {
            &RESPONSE_KEYS[..]
        } else {
            &RESPONSE_KEYS[..2]
        };
        read_entries(&mut map, keys, |index, map| response.read(index, map))?;
        Ok(response)
    }
}

impl<'de, E: ErrorCatalog> Response<'de, E> {
    fn empty() -> Self {
        Response {
            request_id: Field::Absent,
            error: Nested::Absent,
            statuses: Nested::Absent,
        }
    }

    /// Reads the value of `RESPONSE_KEYS[index]`.
    fn read<A: MapAccess<'de>>(&mut self, index: usize, map: &mut A) -> Result<(), A::Error> {
        match index {
            0 => self.request_id = map.next_value()?,
            1 => self.error = map.next_value_seed(Expect::object(Fields(&ERROR_KEYS)))?,
            _ => {
                self.statuses = map.next_value_seed(Expect::array(statuses()))?;
            }
        }
        Ok(())
    }
}

/// The top level of a `SendSms` reply: `{"Response": {…}}`, and the `Response`'s own fields
/// when they stand at the top (`{"SendStatusSet": […], "RequestId": "…"}`, a reply as the Java
/// and Python SDKs print it).
struct SendSmsTop<E>(ResponseVisitor<E>);

impl<E> Clone for SendSmsTop<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for SendSmsTop<E> {}

/// `Response`, then the keys of [`RESPONSE_KEYS`] at the top level.
const SEND_SMS_TOP_KEYS: [&str; 4] = ["Response", "RequestId", "Error", "SendStatusSet"];

impl<'de, E: ErrorCatalog> Visitor<'de> for SendSmsTop<E> {
    type Value = (Nested<Response<'de, E>>, Response<'de, E>);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut wrapped = Nested::Absent;
        let mut bare = Response::empty();
        read_entries(&mut map, &SEND_SMS_TOP_KEYS, |index, map| {
            if index == 0 {
                wrapped = map.next_value_seed(Expect::object(self.0))?;
                Ok(())
            } else {
                bare.read(index - 1, map)
            }
        })?;
        Ok((wrapped, bare))
    }
}

/// Reads an array of numbers' replies (`Response.SendStatusSet`, a legacy reply's `detail`)
/// one at a time: each an object of `keys`, made a reply by `reply`; the first that is not one
/// is the error.
struct NumbersVisitor<T, const N: usize> {
    keys: &'static [&'static str; N],
    reply: NumberReader<T, N>,
}

/// Makes one number's reply of the fields an array element holds, or says why it cannot.
type NumberReader<T, const N: usize> = fn(Nested<[Field<'_>; N]>) -> Result<T, EnvelopeError>;

/// `Response.SendStatusSet`.
fn statuses<E: ErrorCatalog>() -> NumbersVisitor<NumberReply<E>, 3> {
    NumbersVisitor {
        keys: &STATUS_KEYS,
        reply: number_reply,
    }
}

impl<'de, T, const N: usize> Visitor<'de> for NumbersVisitor<T, N> {
    type Value = Elements<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut numbers = Vec::new();
        while let Some(status) = seq.next_element_seed(Expect::object(Fields(self.keys)))? {
            match (self.reply)(status) {
                Ok(number) => numbers.push(number),
                Err(error) => {
                    // The rest is still read: it may not be JSON, which is the error to report.
                    drop(numbers);
                    while seq.next_element::<IgnoredAny>()?.is_some() {}
                    return Ok(Err(error));
                }
            }
        }
        Ok(Ok(numbers))
    }
}

fn number_reply<E: ErrorCatalog>(
    status: Nested<[Field<'_>; 3]>,
) -> Result<NumberReply<E>, EnvelopeError> {
    let Nested::Found([code, message, phone_number]) = status else {
        return Err(EnvelopeError::WrongType {
            field: "Response.SendStatusSet[]",
            expected: "an object",
        });
    };
    let code = code
        .code_text("Response.SendStatusSet[].Code")?
        .ok_or(EnvelopeError::Missing("Response.SendStatusSet[].Code"))?;
    let message = message.text("Response.SendStatusSet[].Message")?;
    let phone_number = phone_number
        .text("Response.SendStatusSet[].PhoneNumber")?
        .map(Cow::into_owned)
        .unwrap_or_default();
    Ok(NumberReply {
        phone_number,
        reply: reply_for_text(&code, message),
    })
}

/// `{"Response": …}`, with the `SendStatusSet` read when `statuses` is set.
fn tencent_body<E: ErrorCatalog>(
    body: &[u8],
    statuses: bool,
) -> Result<Response<'_, E>, EnvelopeError> {
    let visitor = ResponseVisitor {
        statuses,
        catalog: PhantomData,
    };
    parse(
        body,
        Member {
            key: "Response",
            visitor,
        },
    )?
    .get("Response", "an object")?
    .ok_or(EnvelopeError::Missing("Response"))
}

/// The request-level outcome of a Tencent `Response`, and its request id.
fn tencent_request<E: ErrorCatalog>(
    request_id: Field<'_>,
    error: Nested<[Field<'_>; 2]>,
) -> Result<(Reply<E>, Option<Arc<str>>), EnvelopeError> {
    let request_id = shared(request_id.code_text("Response.RequestId")?);
    let mut reply = match error.get("Response.Error", "an object")? {
        None => Reply::Success { request_id: None },
        Some([code, message]) => {
            // An `Error` is a failure even when its code is blank (see the module docs).
            let code = code
                .code_text("Response.Error.Code")?
                .ok_or(EnvelopeError::Missing("Response.Error.Code"))?;
            let message = message.text("Response.Error.Message")?;
            Reply::Failure(ApiError::from_text(
                &code,
                message.map(Cow::into_owned),
                None,
            ))
        }
    };
    reply.set_request_id(request_id.clone());
    Ok((reply, request_id))
}

/// Tencent Cloud API 3.0: `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`; success
/// when there is no `Error`.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_cloud<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let response = tencent_body::<E>(body, false)?;
    Ok(tencent_request(response.request_id, response.error)?.0)
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
/// `Response.SendStatusSet[].Code`, where the catalog's success code (`Ok`) means sent. Every
/// number's reply shares the request id.
///
/// The reply is read with or without its `Response` wrapper: the Java and Python SDKs print a
/// reply as the `Response`'s own fields (`{"SendStatusSet": […], "RequestId": "…"}`). Without
/// the wrapper, the top level must have a `SendStatusSet` or an `Error`.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_send_sms<E: ErrorCatalog>(body: &[u8]) -> Result<SendSmsReply<E>, EnvelopeError> {
    let visitor = SendSmsTop(ResponseVisitor {
        statuses: true,
        catalog: PhantomData,
    });
    let (wrapped, bare) = parse(body, visitor)?;
    let response = match wrapped.get("Response", "an object")? {
        Some(response) => response,
        None if !matches!(bare.statuses, Nested::Absent)
            || !matches!(bare.error, Nested::Absent) =>
        {
            bare
        }
        None => return Err(EnvelopeError::Missing("Response")),
    };
    let (request, request_id) = tencent_request(response.request_id, response.error)?;
    let mut numbers = response
        .statuses
        .get("Response.SendStatusSet", "an array")?
        .transpose()?
        .unwrap_or_default();
    for number in &mut numbers {
        number.reply.set_request_id(request_id.clone());
    }
    Ok(SendSmsReply { request, numbers })
}

// ---- legacy Tencent, voice callbacks, Aliyun, UCloud: flat objects ----

const LEGACY_KEYS: [&str; 4] = ["result", "errmsg", "callid", "sid"];

/// Legacy Tencent numeric API (voice messages `tlsvoicesvr`, old SMS `tlssmssvr`):
/// `{"result": <int>, "errmsg": "…", "callid"?: "…"}`; success when the catalog says so (0). The
/// request id is the voice API's `callid` or, when that is absent or blank, the SMS API's `sid`.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_legacy<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let [result, message, call_id, sid] = parse(body, Fields(&LEGACY_KEYS))?;
    let result = result.integer("result")?;
    let message = message.text("errmsg")?;
    let request_id = call_id.code_text_or("callid", sid, "sid")?;
    let mut reply = reply_for_int(result, message);
    reply.set_request_id(shared(request_id));
    Ok(reply)
}

/// `result`, `errmsg`, `sid`, `detail` of a legacy SMS reply, then the access layer's
/// `ActionStatus`, `ErrorInfo`, `ErrorCode`.
const LEGACY_SMS_KEYS: [&str; 7] = [
    "result",
    "errmsg",
    "sid",
    "detail",
    "ActionStatus",
    "ErrorInfo",
    "ErrorCode",
];
const LEGACY_DETAIL_KEYS: [&str; 5] = ["result", "errmsg", "mobile", "nationcode", "sid"];

/// Reads an object's values at `keys`, each a [`Field`] but the one at `at`: an array of
/// numbers' replies, read by `numbers` (a legacy SMS reply's `detail`, Yunpian's `data`).
struct WithNumbers<T, const K: usize, const N: usize> {
    keys: &'static [&'static str; K],
    at: usize,
    numbers: NumbersVisitor<T, N>,
}

impl<'de, T, const K: usize, const N: usize> Visitor<'de> for WithNumbers<T, K, N> {
    /// The fields (the one at `at` absent) and the numbers.
    type Value = ([Field<'de>; K], Nested<Elements<T>>);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = [const { Field::Absent }; K];
        let mut numbers = Nested::Absent;
        read_entries(&mut map, self.keys, |index, map| {
            if index == self.at {
                let visitor = NumbersVisitor {
                    keys: self.numbers.keys,
                    reply: self.numbers.reply,
                };
                numbers = map.next_value_seed(Expect::array(visitor))?;
            } else {
                fields[index] = map.next_value()?;
            }
            Ok(())
        })?;
        Ok((fields, numbers))
    }
}

fn legacy_number_reply<E: ErrorCatalog>(
    detail: Nested<[Field<'_>; 5]>,
) -> Result<NumberReply<E>, EnvelopeError> {
    let Nested::Found([result, message, mobile, nation_code, sid]) = detail else {
        return Err(EnvelopeError::WrongType {
            field: "detail[]",
            expected: "an object",
        });
    };
    let result = result.integer("detail[].result")?;
    let message = message.text("detail[].errmsg")?;
    let phone_number = full_number(
        mobile.text("detail[].mobile")?,
        nation_code.text("detail[].nationcode")?,
    );
    let mut reply = reply_for_int(result, message);
    reply.set_request_id(shared(sid.code_text("detail[].sid")?));
    Ok(NumberReply {
        phone_number,
        reply,
    })
}

/// Legacy Tencent SMS API (`yun.tim.qq.com/v5/tlssmssvr`: `sendsms`, `sendmultisms2`, the
/// template sends): the request's `result` and `errmsg`, and for a send to several numbers each
/// number's outcome in `detail[]`, where the top level may say `"result": 0` while every number
/// failed. Also the access layer's failure, `{"ActionStatus": "FAIL", "ErrorInfo": "…",
/// "ErrorCode": 60008}`, as the request's outcome.
///
/// The request id is the top-level `sid` (a send to one number); each number of `detail[]` has
/// its own `sid`. A number is `+<nationcode><mobile>` (`+8613788888888`), or `mobile` as sent
/// when there is no nation code.
///
/// ```
/// use error_catalog::{Disposition, envelope};
///
/// error_catalog::include_error_catalog!("tencent_sms_legacy");
///
/// // A `sendmultisms2` reply: the top level says OK, one number of two failed.
/// let body = r#"{"result": 0, "errmsg": "OK", "ext": "", "detail": [
///     {"result": 0, "errmsg": "OK", "mobile": "15366669450", "nationcode": "86", "sid": "8:yoIn07HUWbhiPfrmTOF20180329", "fee": 1},
///     {"result": 1016, "errmsg": "手机号格式错误", "mobile": "1536666945", "nationcode": "86", "sid": "", "fee": 0}]}"#;
/// let reply = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body.as_bytes())?;
/// assert!(reply.request.is_success());
/// let failed: Vec<_> = reply
///     .numbers
///     .iter()
///     .filter_map(|n| Some((n.phone_number.as_str(), n.reply.failure()?.disposition())))
///     .collect();
/// assert_eq!(failed, [("+861536666945", Disposition::GiveUp)]);
///
/// // The access layer's failure.
/// let body = br#"{"ActionStatus": "FAIL", "ErrorInfo": "service timeout or request format error,please check and try again", "ErrorCode": 60008}"#;
/// let reply = envelope::tencent_legacy_sms::<TencentSmsLegacyError>(body)?;
/// assert_eq!(reply.request.failure().unwrap().error(), Some(TencentSmsLegacyError::RequestTimeout));
/// # Ok::<(), envelope::EnvelopeError>(())
/// ```
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn tencent_legacy_sms<E: ErrorCatalog>(body: &[u8]) -> Result<SendSmsReply<E>, EnvelopeError> {
    let visitor = WithNumbers {
        keys: &LEGACY_SMS_KEYS,
        at: 3,
        numbers: NumbersVisitor {
            keys: &LEGACY_DETAIL_KEYS,
            reply: legacy_number_reply,
        },
    };
    let (fields, details) = parse(body, visitor)?;
    let [result, message, sid, _, status, info, error_code] = fields;
    if !matches!(error_code, Field::Absent) || !matches!(status, Field::Absent) {
        let code = error_code.integer("ErrorCode")?;
        let message = info.text("ErrorInfo")?;
        return Ok(SendSmsReply {
            request: reply_for_int(code, message),
            numbers: Vec::new(),
        });
    }
    let result = result.integer("result")?;
    let message = message.text("errmsg")?;
    let mut request = reply_for_int(result, message);
    request.set_request_id(shared(sid.code_text("sid")?));
    let numbers = details
        .get("detail", "an array")?
        .transpose()?
        .unwrap_or_default();
    Ok(SendSmsReply { request, numbers })
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

const VOICE_FAILURE_KEYS: [&str; 5] = [
    "failure_code",
    "failure_reason",
    "callid",
    "mobile",
    "nationcode",
];

/// Tencent voice message failure callback:
/// `{"voice_failure_callback": {"failure_code": 8, "failure_reason": "空号", "callid", "mobile", …}}`.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such a callback.
pub fn tencent_voice_failure<E: ErrorCatalog>(
    body: &[u8],
) -> Result<VoiceFailure<E>, EnvelopeError> {
    let callback = Member {
        key: "voice_failure_callback",
        visitor: Fields(&VOICE_FAILURE_KEYS),
    };
    let [code, reason, call_id, mobile, nation_code] = parse(body, callback)?
        .get("voice_failure_callback", "an object")?
        .ok_or(EnvelopeError::Missing("voice_failure_callback"))?;
    let code = code.integer("voice_failure_callback.failure_code")?;
    let reason = reason.text("voice_failure_callback.failure_reason")?;
    let call_id = call_id.code_text("voice_failure_callback.callid")?;
    let mut error = ApiError::from_wire(Code::Int(code), reason.map(Cow::into_owned), None);
    error.set_request_id(shared(call_id));
    Ok(VoiceFailure {
        error,
        mobile: mobile
            .text("voice_failure_callback.mobile")?
            .map(Cow::into_owned),
        nation_code: nation_code
            .text("voice_failure_callback.nationcode")?
            .map(Cow::into_owned),
    })
}

const ALIYUN_KEYS: [&str; 6] = [
    "Code",
    "code",
    "Message",
    "message",
    "RequestId",
    "requestId",
];

/// Aliyun RPC APIs (SMS `dysmsapi`): `{"Code", "Message", "RequestId"}`, or the camelCase keys of
/// the newer SDKs (`code`, `message`, `requestId`); success when the catalog says so (`OK`).
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn aliyun<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let [
        code,
        code_camel,
        message,
        message_camel,
        request_id,
        request_id_camel,
    ] = parse(body, Fields(&ALIYUN_KEYS))?;
    let code = code
        .code_text_or("Code", code_camel, "code")?
        .ok_or(EnvelopeError::Missing("Code"))?;
    let message = message.text_or("Message", message_camel, "message")?;
    let request_id = request_id.code_text_or("RequestId", request_id_camel, "requestId")?;
    let mut reply = reply_for_text(&code, message);
    reply.set_request_id(shared(request_id));
    Ok(reply)
}

/// A Twilio error or resource: the error's `code` and its message (`message`, or `detail` and
/// `title` of an RFC 9457 problem), the HTTP `status` an error repeats, a resource's
/// `error_code` and `error_message`, and its `sid`.
const TWILIO_KEYS: [&str; 8] = [
    "code",
    "message",
    "detail",
    "title",
    "status",
    "error_code",
    "error_message",
    "sid",
];

/// Twilio REST APIs: an error `{"code": 21211, "message": "…", "more_info": "…", "status": 400}`
/// (also the camelCase `moreInfo` of some product APIs, the "API Standards V1.0"
/// `httpStatusCode` form, and RFC 9457 problems, whose text is in `detail` or `title`); or a
/// resource, which is a success unless it carries a non-null `error_code` (a Message that
/// `failed` or was `undelivered`, a Notification; the number may come as a string), whose text
/// is `error_message`. The request id of a resource is its `sid`.
///
/// An error without a `code` is given the HTTP status it repeats (`"status": 404`), as
/// Twilio's SDKs do; Twilio's dictionary lists those statuses as codes (`400`, `404`, …).
///
/// ```
/// use error_catalog::{Disposition, envelope};
///
/// error_catalog::include_error_catalog!("twilio");
///
/// let body = br#"{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}"#;
/// let error = envelope::twilio::<TwilioError>(body)?.into_result().unwrap_err();
/// assert_eq!(error.error().map(|e| e.code()), Some(21610));
/// assert_eq!(error.disposition(), Disposition::GiveUp);
/// # Ok::<(), envelope::EnvelopeError>(())
/// ```
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope (Twilio's XML replies included: ask
/// the 2010 API for `.json`).
pub fn twilio<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let [
        code,
        message,
        detail,
        title,
        status,
        error_code,
        error_message,
        sid,
    ] = parse(body, Fields(&TWILIO_KEYS))?;
    let sid = shared(sid.code_text("sid")?);
    let code = match code.integer_or_digits("code")? {
        Some(code) => Some(code),
        // An error repeats its HTTP status; a resource's `status` is a word (`queued`).
        None => match status {
            Field::Int(status) if status >= 400 => Some(status),
            _ => None,
        },
    };
    let mut reply = if let Some(code) = code {
        let text = message
            .text("message")?
            .or(detail.text("detail")?)
            .or(title.text("title")?);
        reply_for_int(code, text)
    } else if let Some(code) = error_code.integer_or_digits("error_code")? {
        reply_for_int(code, error_message.text("error_message")?)
    } else {
        Reply::Success { request_id: None }
    };
    reply.set_request_id(sid);
    Ok(reply)
}

/// The fields of one number's object in an array (`what`: how errors name the element), and its
/// phone number, taken from the field at `phone` (named `phone_field`).
fn number_fields<'de, const N: usize>(
    number: Nested<[Field<'de>; N]>,
    what: &'static str,
    phone: usize,
    phone_field: &'static str,
) -> Result<([Field<'de>; N], String), EnvelopeError> {
    let Nested::Found(mut fields) = number else {
        return Err(EnvelopeError::WrongType {
            field: what,
            expected: "an object",
        });
    };
    let phone_number = core::mem::replace(&mut fields[phone], Field::Absent)
        .text(phone_field)?
        .map(Cow::into_owned)
        .unwrap_or_default();
    Ok((fields, phone_number))
}

/// A Yunpian reply: `code`, `msg`, `detail`, the single send's `mobile` and `sid`, the batch
/// send's `data`.
const YUNPIAN_KEYS: [&str; 6] = ["code", "msg", "detail", "mobile", "sid", "data"];
const YUNPIAN_NUMBER_KEYS: [&str; 5] = ["code", "msg", "detail", "mobile", "sid"];

/// A Yunpian outcome of `code` (absent: success, as the v2 API means it), with the reply's
/// text: `detail`, the specific one, or else `msg`; and its `sid` (a number) as the request id.
///
/// `names`: the names of `code`, `msg`, `detail` and `sid` in errors, at the top level or in
/// `data[]`.
fn yunpian_reply<E: ErrorCatalog>(
    [code, message, detail, _, sid]: [Field<'_>; 5],
    names: [&'static str; 4],
) -> Result<Reply<E>, EnvelopeError> {
    let code = match code {
        Field::Absent => 0,
        code => code.integer(names[0])?,
    };
    let text = detail.text(names[2])?.or(message.text(names[1])?);
    let mut reply = reply_for_int(code, text);
    let sid = match sid {
        Field::Int(sid) => Some(Cow::Owned(alloc::format!("{sid}"))),
        sid => sid.code_text(names[3])?,
    };
    reply.set_request_id(shared(sid));
    Ok(reply)
}

fn yunpian_number<E: ErrorCatalog>(
    number: Nested<[Field<'_>; 5]>,
) -> Result<NumberReply<E>, EnvelopeError> {
    let (fields, phone_number) = number_fields(number, "data[]", 3, "data[].mobile")?;
    let names = ["data[].code", "data[].msg", "data[].detail", "data[].sid"];
    Ok(NumberReply {
        phone_number,
        reply: yunpian_reply(fields, names)?,
    })
}

/// Yunpian 云片 SMS API v2: a failure `{"http_status_code": 400, "code": 2, "msg": "…",
/// "detail": "…"}`; a send to one number `{"code": 0, "msg": "发送成功", "count": 1, "fee": 0.05,
/// "mobile": "…", "sid": 3310228982}`; a batch send, which has no top-level `code`, one object
/// per number in `data`. A reply without `code` is a success, as the v2 API and its SDKs mean it.
/// The text kept is `detail` (the specific one: `参数 mobile 格式不正确，mobile:…`) or else `msg`;
/// the request id is the `sid`, per number. A reply that names its `mobile` is that number's
/// outcome, in `numbers`, and the request a success; a failure that names none is the request's.
///
/// ```
/// use error_catalog::{Disposition, envelope};
///
/// error_catalog::include_error_catalog!("yunpian_sms");
///
/// let body = r#"{"http_status_code":400,"code":3,"msg":"账户余额不足","detail":"账户需要充值,请充值后重试"}"#;
/// let reply = envelope::yunpian::<YunpianSmsError>(body.as_bytes())?;
/// let error = reply.request.failure().unwrap();
/// assert_eq!(error.error().map(|e| e.code()), Some(3));
/// assert_eq!(error.server_message(), Some("账户需要充值,请充值后重试"));
/// assert_eq!(error.disposition(), Disposition::FailOver);
/// # Ok::<(), envelope::EnvelopeError>(())
/// ```
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn yunpian<E: ErrorCatalog>(body: &[u8]) -> Result<SendSmsReply<E>, EnvelopeError> {
    let visitor = WithNumbers {
        keys: &YUNPIAN_KEYS,
        at: 5,
        numbers: NumbersVisitor {
            keys: &YUNPIAN_NUMBER_KEYS,
            reply: yunpian_number,
        },
    };
    let ([code, message, detail, mobile, sid, _], data) = parse(body, visitor)?;
    let numbers = data.get("data", "an array")?.transpose()?;
    let fields = [code, message, detail, Field::Absent, sid];
    let reply = yunpian_reply(fields, ["code", "msg", "detail", "sid"])?;
    if let Some(numbers) = numbers {
        return Ok(SendSmsReply {
            request: reply,
            numbers,
        });
    }
    Ok(match mobile.text("mobile")? {
        // A send to one number, which the reply names: the outcome is the number's.
        Some(mobile) => SendSmsReply {
            request: Reply::Success { request_id: None },
            numbers: alloc::vec![NumberReply {
                phone_number: mobile.into_owned(),
                reply,
            }],
        },
        None => SendSmsReply {
            request: reply,
            numbers: Vec::new(),
        },
    })
}

/// A SUBMAIL reply object (a send, or one recipient of a multi send): `status`, `code`, `msg`,
/// `send_id`, `to`, and a batch send's `responses`.
const SUBMAIL_KEYS: [&str; 6] = ["status", "code", "msg", "send_id", "to", "responses"];
const SUBMAIL_NUMBER_KEYS: [&str; 5] = ["status", "code", "msg", "send_id", "to"];

/// A SUBMAIL reply as read: an object (its fields, a batch's `responses`), or the array of a
/// multi send, one recipient each.
enum Submail<'de, E> {
    Object([Field<'de>; 5], Nested<Statuses<E>>),
    Array(Statuses<E>),
}

struct SubmailVisitor<E>(PhantomData<E>);

fn submail_numbers<E: ErrorCatalog>() -> NumbersVisitor<NumberReply<E>, 5> {
    NumbersVisitor {
        keys: &SUBMAIL_NUMBER_KEYS,
        reply: submail_number,
    }
}

impl<'de, E: ErrorCatalog> Visitor<'de> for SubmailVisitor<E> {
    type Value = Submail<'de, E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object or an array")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = [const { Field::Absent }; 5];
        let mut responses = Nested::Absent;
        read_entries(&mut map, &SUBMAIL_KEYS, |index, map| {
            if index == 5 {
                responses = map.next_value_seed(Expect::array(submail_numbers()))?;
            } else {
                fields[index] = map.next_value()?;
            }
            Ok(())
        })?;
        Ok(Submail::Object(fields, responses))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        submail_numbers().visit_seq(seq).map(Submail::Array)
    }
}

/// The outcome a SUBMAIL object reports: `status` `"error"` with its `code` (a string of digits
/// or a number) and `msg`, or `"success"` with its `send_id` as the request id.
fn submail_reply<E: ErrorCatalog>(
    [status, code, message, send_id, _]: [Field<'_>; 5],
    names: [&'static str; 4],
) -> Result<Reply<E>, EnvelopeError> {
    let status = status
        .code_text(names[0])?
        .ok_or(EnvelopeError::Missing(names[0]))?;
    let mut reply = if status == "success" {
        Reply::Success { request_id: None }
    } else {
        let code = code
            .integer_or_digits(names[1])?
            .ok_or(EnvelopeError::Missing(names[1]))?;
        reply_for_int(code, message.text(names[2])?)
    };
    reply.set_request_id(shared(send_id.code_text(names[3])?));
    Ok(reply)
}

fn submail_number<E: ErrorCatalog>(
    number: Nested<[Field<'_>; 5]>,
) -> Result<NumberReply<E>, EnvelopeError> {
    let (fields, phone_number) = number_fields(number, "[]", 4, "[].to")?;
    let names = ["[].status", "[].code", "[].msg", "[].send_id"];
    Ok(NumberReply {
        phone_number,
        reply: submail_reply(fields, names)?,
    })
}

/// SUBMAIL 赛邮 SMS API v4: a send `{"status": "success", "send_id": "…", "fee": 1}` or
/// `{"status": "error", "code": "101", "msg": "…"}` (the docs write `code` as a string, real
/// replies as a number: both are read); a multi send (`multisend`, `multixsend`), an array with
/// one such object per recipient (`to`); a batch send, its `responses`. A send that names its
/// recipient (`to`) is that number's outcome, in `numbers`; a multi send's request is a success.
/// The request id is the `send_id`.
///
/// ```
/// use error_catalog::{Disposition, envelope};
///
/// error_catalog::include_error_catalog!("submail_sms");
///
/// let body = br#"{"status":"error","code":109,"msg":"Invalid appkey"}"#;
/// let reply = envelope::submail::<SubmailSmsError>(body)?;
/// let error = reply.request.failure().unwrap();
/// assert_eq!(error.error().map(|e| e.code()), Some(109));
/// assert_eq!(error.disposition(), Disposition::FailOver);
/// # Ok::<(), envelope::EnvelopeError>(())
/// ```
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn submail<E: ErrorCatalog>(body: &[u8]) -> Result<SendSmsReply<E>, EnvelopeError> {
    if body.len() > MAX_BODY_LEN {
        return Err(EnvelopeError::TooLarge { len: body.len() });
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let reply = deserializer
        .deserialize_any(SubmailVisitor(PhantomData))
        .map_err(EnvelopeError::Json)?;
    deserializer.end().map_err(EnvelopeError::Json)?;
    match reply {
        Submail::Array(numbers) => Ok(SendSmsReply {
            request: Reply::Success { request_id: None },
            numbers: numbers?,
        }),
        Submail::Object(mut fields, responses) => {
            let numbers = responses.get("responses", "an array")?.transpose()?;
            let to = core::mem::replace(&mut fields[4], Field::Absent);
            let reply = submail_reply(fields, ["status", "code", "msg", "send_id"])?;
            Ok(match (numbers, to.text("to")?) {
                (Some(numbers), _) => SendSmsReply {
                    request: reply,
                    numbers,
                },
                (None, Some(to)) => SendSmsReply {
                    request: Reply::Success { request_id: None },
                    numbers: alloc::vec![NumberReply {
                        phone_number: to.into_owned(),
                        reply,
                    }],
                },
                (None, None) => SendSmsReply {
                    request: reply,
                    numbers: Vec::new(),
                },
            })
        }
    }
}

// ---- Amazon SNS: XML ----

/// How far past a tag's name its `>` is looked for.
const MAX_TAG_LEN: usize = 512;

/// The first `len` bytes of `text`, or fewer to end on a character boundary.
fn prefix(text: &str, len: usize) -> &str {
    let mut end = len.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The text of the first element `<name>…</name>` in `xml` (attributes allowed, no elements
/// inside), with the five XML entities and character references decoded; `None` when there is
/// no such element. Linear in the body: one search for the opening tag, one for the closing.
fn xml_text<'x>(xml: &'x str, name: &str) -> Result<Option<Cow<'x, str>>, EnvelopeError> {
    let mut rest = xml;
    let start = loop {
        let Some(at) = rest.find('<') else {
            return Ok(None);
        };
        rest = &rest[at + 1..];
        // A tag ends within a few hundred bytes (its attributes): looking further would make
        // a body of unclosed tags quadratic.
        if let Some(after) = rest.strip_prefix(name)
            && let Some(end) = prefix(after, MAX_TAG_LEN).find('>')
            && after[..end].chars().next().is_none_or(char::is_whitespace)
        {
            if after[..end].ends_with('/') {
                return Ok(Some(Cow::Borrowed("")));
            }
            break &after[end + 1..];
        }
    };
    let Some(end) = start.find('<') else {
        return Err(EnvelopeError::Xml("an element is not closed"));
    };
    let closing = &start[end..];
    if !(closing.starts_with("</") && closing[2..].starts_with(name)) {
        return Err(EnvelopeError::Xml(
            "an element holds other elements where text was expected",
        ));
    }
    decode_xml_text(&start[..end]).map(Some)
}

/// `text` with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` `&#x…;` decoded.
fn decode_xml_text(text: &str) -> Result<Cow<'_, str>, EnvelopeError> {
    if !text.contains('&') {
        return Ok(Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let end = prefix(after, 12)
            .find(';')
            .ok_or(EnvelopeError::Xml("an `&` starts no entity"))?;
        let entity = &after[..end];
        let c = match entity {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = if let Some(hex) = entity.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(decimal) = entity.strip_prefix('#') {
                    decimal.parse().ok()
                } else {
                    None
                };
                number.and_then(char::from_u32).ok_or(EnvelopeError::Xml(
                    "an unknown entity or character reference",
                ))?
            }
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// Amazon SNS (the Query API, XML): an error `<ErrorResponse><Error><Type>Sender</Type>
/// <Code>InvalidParameter</Code><Message>…</Message></Error><RequestId>…</RequestId>
/// </ErrorResponse>`, or an action's reply (`<PublishResponse>…<RequestId>…</RequestId>…`), a
/// success. SNS speaks only this protocol; `<Message>` may be missing. The request id is
/// `RequestId`. The reader takes the XML as AWS writes it: the first `Code`, `Message` and
/// `RequestId` elements, their text with XML's entities decoded; a CDATA section or an element
/// inside one of them is an error, not a guess.
///
/// ```
/// use error_catalog::{Disposition, envelope};
///
/// error_catalog::include_error_catalog!("aws_sns");
///
/// let body = br#"<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
///   <Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>TopicArn</Message></Error>
///   <RequestId>8c4c8aa7-436b-5b46-91d5-c0a339158557</RequestId>
/// </ErrorResponse>"#;
/// let error = envelope::aws_sns::<AwsSnsError>(body)?.into_result().unwrap_err();
/// assert_eq!(error.error(), Some(AwsSnsError::InvalidParameter));
/// assert_eq!(error.request_id(), Some("8c4c8aa7-436b-5b46-91d5-c0a339158557"));
/// assert_eq!(error.disposition(), Disposition::FixRequest);
/// # Ok::<(), envelope::EnvelopeError>(())
/// ```
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope: not UTF-8, no root element, an
/// `ErrorResponse` without a `Code`, an element not closed.
pub fn aws_sns<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    if body.len() > MAX_BODY_LEN {
        return Err(EnvelopeError::TooLarge { len: body.len() });
    }
    let xml = core::str::from_utf8(body).map_err(|_| EnvelopeError::Xml("not UTF-8"))?;
    let root = xml_root(xml).ok_or(EnvelopeError::Xml("no root element"))?;
    let request_id = xml_text(xml, "RequestId")?.filter(|id| !is_blank(id));
    let mut reply = if root == "ErrorResponse" {
        let code = xml_text(xml, "Code")?
            .filter(|code| !is_blank(code))
            .ok_or(EnvelopeError::Missing("ErrorResponse.Error.Code"))?;
        let message = xml_text(xml, "Message")?;
        reply_for_text(code.trim(), message)
    } else {
        Reply::Success { request_id: None }
    };
    reply.set_request_id(shared(request_id));
    Ok(reply)
}

/// The name of the root element: the first tag that is no declaration, comment or processing
/// instruction.
fn xml_root(xml: &str) -> Option<&str> {
    let mut rest = xml;
    loop {
        let at = rest.find('<')?;
        rest = &rest[at + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
        return Some(&rest[..end]).filter(|name| !name.is_empty());
    }
}

const UCLOUD_KEYS: [&str; 2] = ["RetCode", "Message"];

/// UCloud APIs (USMS): `{"RetCode": <int>, "Message", "Action"}`; success when the catalog says
/// so (0). UCloud bodies carry no request id.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such an envelope.
pub fn ucloud<E: ErrorCatalog>(body: &[u8]) -> Result<Reply<E>, EnvelopeError> {
    let [code, message] = parse(body, Fields(&UCLOUD_KEYS))?;
    let code = code.integer("RetCode")?;
    let message = message.text("Message")?;
    Ok(reply_for_int(code, message))
}

// ---- delivery receipts ----

/// Whether a message reached its recipient, as a carrier's status report says.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Delivery<E> {
    /// Delivered to the handset.
    Delivered,
    /// Not delivered: the carrier's status code (typed when the catalog knows it, kept as sent
    /// when not) and the report's text for it. Its [`ApiError::disposition`] is the code's
    /// decision without the carrier; `error().map(|e| e.disposition_on(carrier))` is the
    /// carrier's own, where the catalog reads codes per carrier.
    Failed(ApiError<E>),
    /// The carrier sent no status report (UCloud `状态未知`): the message may have arrived.
    /// [`Disposition::Verify`](crate::Disposition::Verify): check before resending.
    Unreported {
        /// The status code the report carries, if any.
        code: Option<String>,
        /// The report's text for it.
        text: Option<String>,
    },
}

impl<E: ErrorCatalog> Delivery<E> {
    /// What a sender does now: nothing when delivered, the failure's decision, or verify when
    /// no report came.
    pub fn disposition(&self) -> Option<crate::Disposition> {
        match self {
            Delivery::Delivered => None,
            Delivery::Failed(error) => Some(error.disposition()),
            Delivery::Unreported { .. } => Some(crate::Disposition::Verify),
        }
    }
}

/// One recipient's status report.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Receipt<E> {
    /// The number as the report gives it (`13xxxxxxxxx`, or `+86…` where the report gives its
    /// country code).
    pub phone_number: String,
    /// Whether the message arrived.
    pub delivery: Delivery<E>,
    /// The send this report answers: Tencent `sid`, Aliyun `biz_id`, UCloud `SessionNo`.
    pub send_id: Option<String>,
    /// When the carrier reported it, as the report writes it (`2017-01-01 00:00:00`, or UCloud's
    /// Unix seconds).
    pub reported_at: Option<String>,
}

/// A number as `+<nation code><mobile>` when the body gives a nation code, else `mobile` as sent
/// (a legacy SMS `detail[]` entry, a receipt).
fn full_number(mobile: Option<Cow<'_, str>>, nation_code: Option<Cow<'_, str>>) -> String {
    let mobile = mobile.unwrap_or_default();
    match nation_code {
        Some(code) if !is_blank(&code) => alloc::format!("+{code}{mobile}"),
        _ => mobile.into_owned(),
    }
}

/// A failed delivery of status `code` (a blank one is [`EnvelopeError::Missing`] `field`).
fn failed<E: ErrorCatalog>(
    code: Option<Cow<'_, str>>,
    text: Option<Cow<'_, str>>,
    field: &'static str,
) -> Result<Delivery<E>, EnvelopeError> {
    let code = code.ok_or(EnvelopeError::Missing(field))?;
    Ok(Delivery::Failed(ApiError::from_text(
        code.trim(),
        text.map(Cow::into_owned),
        None,
    )))
}

const TENCENT_RECEIPT_KEYS: [&str; 7] = [
    "report_status",
    "errmsg",
    "description",
    "mobile",
    "nationcode",
    "sid",
    "user_receive_time",
];

fn tencent_receipt<E: ErrorCatalog>(
    report: Nested<[Field<'_>; 7]>,
) -> Result<Receipt<E>, EnvelopeError> {
    let Nested::Found([status, code, text, mobile, nation_code, sid, time]) = report else {
        return Err(EnvelopeError::WrongType {
            field: "[]",
            expected: "an object",
        });
    };
    let status = status
        .code_text("[].report_status")?
        .ok_or(EnvelopeError::Missing("[].report_status"))?;
    let code = code.code_text("[].errmsg")?;
    let text = text.text("[].description")?;
    let delivery = match status.trim() {
        "SUCCESS" => Delivery::Delivered,
        "FAIL" => failed(code, text, "[].errmsg")?,
        _ => {
            return Err(EnvelopeError::WrongType {
                field: "[].report_status",
                expected: "\"SUCCESS\" or \"FAIL\"",
            });
        }
    };
    Ok(Receipt {
        phone_number: full_number(
            mobile.text("[].mobile")?,
            nation_code.text("[].nationcode")?,
        ),
        delivery,
        send_id: sid.code_text("[].sid")?.map(Cow::into_owned),
        reported_at: time.text("[].user_receive_time")?.map(Cow::into_owned),
    })
}

/// Tencent Cloud SMS status callback (短信下发状态通知): a JSON array of reports,
/// `[{"report_status": "SUCCESS" | "FAIL", "errmsg": "DELIVRD", "description": "用户短信送达成功",
/// "mobile", "nationcode", "sid", "user_receive_time"}]`; `errmsg` is the carrier's status code.
///
/// ```
/// use error_catalog::{Disposition, envelope::{self, Delivery}};
///
/// error_catalog::include_error_catalog!("ucloud_usms_receipt");
///
/// let body = r#"[
///   {"user_receive_time": "2015-10-17 08:03:04", "nationcode": "86", "mobile": "13xxxxxxxxx",
///    "report_status": "SUCCESS", "errmsg": "DELIVRD", "description": "用户短信送达成功", "sid": "xxxxxxx"},
///   {"user_receive_time": "2015-10-17 08:03:05", "nationcode": "86", "mobile": "13yyyyyyyyy",
///    "report_status": "FAIL", "errmsg": "MK:0001", "description": "空号", "sid": "yyyyyyy"}]"#;
/// let receipts = envelope::tencent_sms_receipts::<UcloudUsmsReceiptError>(body.as_bytes())?;
/// assert_eq!(receipts[0].delivery, Delivery::Delivered);
/// let Delivery::Failed(error) = &receipts[1].delivery else { unreachable!() };
/// assert_eq!(error.wire_code(), "MK:0001");
/// assert_eq!(error.error().map(|e| e.disposition_on("中国移动")), Some(Disposition::GiveUp));
/// # Ok::<(), envelope::EnvelopeError>(())
/// ```
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such a list.
pub fn tencent_sms_receipts<E: ErrorCatalog>(
    body: &[u8],
) -> Result<Vec<Receipt<E>>, EnvelopeError> {
    parse_array(
        body,
        NumbersVisitor {
            keys: &TENCENT_RECEIPT_KEYS,
            reply: tencent_receipt,
        },
    )?
}

const ALIYUN_REPORT_KEYS: [&str; 6] = [
    "success",
    "err_code",
    "err_msg",
    "phone_number",
    "biz_id",
    "report_time",
];

fn aliyun_report<E: ErrorCatalog>(
    report: Nested<[Field<'_>; 6]>,
) -> Result<Receipt<E>, EnvelopeError> {
    let Nested::Found([success, code, text, phone_number, biz_id, time]) = report else {
        return Err(EnvelopeError::WrongType {
            field: "[]",
            expected: "an object",
        });
    };
    let code = code.code_text("[].err_code")?;
    let text = text.text("[].err_msg")?;
    let delivery = match success {
        Field::Bool(true) => Delivery::Delivered,
        Field::Bool(false) => failed(code, text, "[].err_code")?,
        Field::Absent => return Err(EnvelopeError::Missing("[].success")),
        _ => {
            return Err(EnvelopeError::WrongType {
                field: "[].success",
                expected: "a boolean",
            });
        }
    };
    Ok(Receipt {
        phone_number: full_number(phone_number.text("[].phone_number")?, None),
        delivery,
        send_id: biz_id.code_text("[].biz_id")?.map(Cow::into_owned),
        reported_at: time.text("[].report_time")?.map(Cow::into_owned),
    })
}

/// Aliyun SMS status reports (`SmsReport`, HTTP batch push): a JSON array,
/// `[{"phone_number", "send_time", "report_time", "success": true | false, "err_code":
/// "DELIVERED", "err_msg": "用户接收成功", "sms_size", "biz_id", "out_id"}]`; `success` decides,
/// and on a failure `err_code` is the carrier's status code.
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such a list.
pub fn aliyun_sms_reports<E: ErrorCatalog>(body: &[u8]) -> Result<Vec<Receipt<E>>, EnvelopeError> {
    parse_array(
        body,
        NumbersVisitor {
            keys: &ALIYUN_REPORT_KEYS,
            reply: aliyun_report,
        },
    )?
}

const UCLOUD_PUSH_KEYS: [&str; 2] = ["MsgType", "Data"];
const UCLOUD_RECEIPT_KEYS: [&str; 6] = [
    "ReceiptResult",
    "ReceiptCode",
    "ReceiptDesc",
    "Phone",
    "SessionNo",
    "ReceiptTime",
];

fn ucloud_receipt<E: ErrorCatalog>(
    report: Nested<[Field<'_>; 6]>,
) -> Result<Receipt<E>, EnvelopeError> {
    let Nested::Found([result, code, text, phone, session, time]) = report else {
        return Err(EnvelopeError::WrongType {
            field: "Data[]",
            expected: "an object",
        });
    };
    let result = result
        .code_text("Data[].ReceiptResult")?
        .ok_or(EnvelopeError::Missing("Data[].ReceiptResult"))?;
    let code = code.code_text("Data[].ReceiptCode")?;
    let text = text.text("Data[].ReceiptDesc")?;
    let delivery = match result.trim() {
        "发送成功" | "Success" => Delivery::Delivered,
        "发送失败" | "Fail" | "SubmitFail" => failed(code, text, "Data[].ReceiptCode")?,
        "状态未知" | "Unknow" | "Unknown" => Delivery::Unreported {
            code: code.map(Cow::into_owned),
            text: text.map(Cow::into_owned),
        },
        _ => {
            return Err(EnvelopeError::WrongType {
                field: "Data[].ReceiptResult",
                expected: "发送成功, 发送失败 or 状态未知 (Success, Fail, SubmitFail, Unknow)",
            });
        }
    };
    let reported_at = match time {
        Field::Int(seconds) => Some(alloc::format!("{seconds}")),
        other => other.text("Data[].ReceiptTime")?.map(Cow::into_owned),
    };
    Ok(Receipt {
        phone_number: full_number(phone.text("Data[].Phone")?, None),
        delivery,
        send_id: session.code_text("Data[].SessionNo")?.map(Cow::into_owned),
        reported_at,
    })
}

/// UCloud USMS status report push (状态报告推送): `{"MsgType": 2, "Data": [{"SessionNo",
/// "Phone", "CostCount", "ReceiptTime", "ReceiptResult": "发送成功" | "发送失败" | "状态未知",
/// "ReceiptCode", "ReceiptDesc", "UserId"}]}`; `ReceiptResult` decides (also in English:
/// `Success`, `Fail`, `Unknow`, and `SubmitFail` of `GetUSMSSendReceipt`), and on a failure
/// `ReceiptCode` is the carrier's status code. A push of another `MsgType` (an upstream
/// message, a signature or template review) is [`EnvelopeError::WrongType`].
///
/// # Errors
///
/// [`EnvelopeError`] when the body is not such a push.
pub fn ucloud_receipts<E: ErrorCatalog>(body: &[u8]) -> Result<Vec<Receipt<E>>, EnvelopeError> {
    let visitor = WithNumbers {
        keys: &UCLOUD_PUSH_KEYS,
        at: 1,
        numbers: NumbersVisitor {
            keys: &UCLOUD_RECEIPT_KEYS,
            reply: ucloud_receipt,
        },
    };
    let ([message_type, _], data) = parse(body, visitor)?;
    match message_type {
        Field::Int(2) | Field::Absent => {}
        _ => {
            return Err(EnvelopeError::WrongType {
                field: "MsgType",
                expected: "2 (a status report)",
            });
        }
    }
    data.get("Data", "an array")?
        .ok_or(EnvelopeError::Missing("Data"))?
}
