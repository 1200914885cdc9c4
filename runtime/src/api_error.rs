//! `ApiError`: a failed call as the vendor reported it, with the typed code kept.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::sync::Arc;
use core::fmt;

use crate::{Code, Disposition, ErrorCatalog, ErrorKind, UnknownCode};

/// A vendor's answer that a call failed: the code (typed when the catalog knows it, kept as text
/// when it does not), the server's own message and the request id.
///
/// The server's message is what the vendor's server wrote for this call (Aliyun:
/// `触发小时级流控Permits:5`); the catalog's documented message is the typed code's
/// `message()`.
///
/// `Display` is the whole error: catalog, wire code, message and request id. The code is what
/// this error *is*, not a lower-level error that caused it, so `source()` is `None` and an error
/// chain (`{:#}` of anyhow, eyre's reports) prints each part once. The typed code is
/// [`error`](Self::error); the code as sent, known or not, is [`wire_code`](Self::wire_code).
///
/// With the feature `serde`, an `ApiError` serializes as a flat record for structured logs:
///
/// | field | value |
/// |---|---|
/// | `catalog` | the catalog id (`"aliyun_sms"`) |
/// | `code` | [`wire_code`](Self::wire_code), always a string, also in integer catalogs (`"1005"`), so one log field has one type across vendors |
/// | `known` | whether the catalog knows the code |
/// | `message` | the server's message, or `null` |
/// | `request_id` | the request id, or `null` |
/// | `kind` | the [`ErrorKind`] name (`"rate_limited"`), or `null` for an unknown code |
/// | `disposition` | the [`Disposition`] name (`"retry"`; `"alert"` for an unknown code) |
///
/// # Examples
///
/// ```
/// use error_catalog::{ApiError, Code, Disposition};
///
/// error_catalog::include_error_catalog!("aliyun_sms");
///
/// // Usually made by the `envelope` parsers; by hand it is:
/// let error = ApiError::<AliyunSmsError>::from_wire(
///     Code::Str("isv.BUSINESS_LIMIT_CONTROL"),
///     Some("触发小时级流控Permits:5".into()),
///     Some("EFB5A5E4-5899-45FB-928E-56A9D25B9392".into()),
/// );
/// assert_eq!(error.error(), Some(AliyunSmsError::IsvBusinessLimitControl));
/// assert_eq!(error.disposition(), Disposition::RetryLater);
/// assert_eq!(
///     error.to_string(),
///     "aliyun_sms isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5 (request EFB5A5E4-5899-45FB-928E-56A9D25B9392)"
/// );
///
/// let unknown = ApiError::<AliyunSmsError>::from_text("isv.NEW_CODE", None, None);
/// assert_eq!(unknown.code().unwrap_err().text(), "isv.NEW_CODE");
/// assert_eq!(unknown.wire_code(), "isv.NEW_CODE");
/// assert_eq!(unknown.disposition(), Disposition::Alert);
/// assert_eq!(unknown.to_string(), "aliyun_sms isv.NEW_CODE (unknown code)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ApiError<E> {
    code: Typed<E>,
    server_message: Option<String>,
    // Shared: every number of a `SendSms` batch carries its request's id, which a hostile body
    // can make as long as the body.
    request_id: Option<Arc<str>>,
}

/// The code of an [`ApiError`]: typed when the catalog knows it, and the text as sent unless that
/// is the entry's own wire code.
// Texts boxed: unknown codes and other spellings are rare, and this keeps `ApiError` (and a
// `SendSms` number, see the `envelope` memory bound) as small as `Result<E, Box<_>>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Typed<E> {
    /// An entry, sent as its wire code.
    Entry(E),
    /// An entry sent in another spelling its catalog accepts (a wire alias, a symbol), kept as
    /// sent; [`UnknownCode`] serves as the bounded text.
    Spelled(E, Box<UnknownCode>),
    /// A code the catalog does not know.
    Unknown(Box<UnknownCode>),
}

impl<E: ErrorCatalog> Typed<E> {
    fn entry(&self) -> Option<E> {
        match self {
            Typed::Entry(entry) | Typed::Spelled(entry, _) => Some(*entry),
            Typed::Unknown(_) => None,
        }
    }
}

/// Whether `text` is `code` as it is written on the wire (`1005` for `Code::Int(1005)`).
fn spells(code: Code, text: &str) -> bool {
    match code {
        Code::Str(code) => code == text,
        // Written out without allocating: `UnknownCode` keeps the decimal digits.
        Code::Int(number) => UnknownCode::from_int("", number).text() == text,
    }
}

impl<E: ErrorCatalog> ApiError<E> {
    /// An error for the wire `code`, looked up in `E`'s catalog.
    ///
    /// A blank `request_id` (empty or only whitespace) is no request id: [`request_id`] is
    /// `None`, as the `envelope` parsers give it.
    ///
    /// [`request_id`]: Self::request_id
    #[must_use]
    pub fn from_wire(
        code: Code,
        server_message: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        let text = || {
            Box::new(match code {
                Code::Str(text) => UnknownCode::new(E::ID, text),
                Code::Int(number) => UnknownCode::from_int(E::ID, number),
            })
        };
        let typed = match E::from_wire(code) {
            Some(entry) if ErrorCatalog::code(entry) == code => Typed::Entry(entry),
            Some(entry) => Typed::Spelled(entry, text()),
            None => Typed::Unknown(text()),
        };
        ApiError {
            code: typed,
            server_message,
            request_id: request_id.filter(|id| !is_blank(id)).map(Arc::from),
        }
    }

    /// An error for a string code that is not `'static` (as read from a response body); a blank
    /// `request_id` is none, as in [`from_wire`](Self::from_wire).
    #[must_use]
    pub fn from_text(
        code: &str,
        server_message: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        let typed = match code.parse::<E>() {
            Ok(entry) if spells(ErrorCatalog::code(entry), code) => Typed::Entry(entry),
            Ok(entry) => Typed::Spelled(entry, Box::new(UnknownCode::new(E::ID, code))),
            Err(unknown) => Typed::Unknown(Box::new(unknown)),
        };
        ApiError {
            code: typed,
            server_message,
            request_id: request_id.filter(|id| !is_blank(id)).map(Arc::from),
        }
    }

    /// Replaces the request id with one that is shared, not copied.
    #[cfg(feature = "json")]
    pub(crate) fn set_request_id(&mut self, request_id: Option<Arc<str>>) {
        self.request_id = request_id;
    }

    /// The typed code, or the [`UnknownCode`] that keeps the text the catalog does not know.
    ///
    /// # Errors
    ///
    /// The [`UnknownCode`] when the catalog does not know the code.
    pub fn code(&self) -> Result<E, &UnknownCode> {
        match &self.code {
            Typed::Entry(entry) | Typed::Spelled(entry, _) => Ok(*entry),
            Typed::Unknown(unknown) => Err(unknown),
        }
    }

    /// The code as the vendor sent it, whether the catalog knows it or not: `"isv.NEW_CODE"`,
    /// `"1005"` (integer codes as their decimal text). A known code sent in another spelling
    /// (a wire alias such as Tencent's old `UnsupportedOperation.`) is that spelling; the entry's
    /// own code is the [`code`](ErrorCatalog::code) of [`error`](Self::error).
    ///
    /// The text of a code not spelt as its entry is the part [`UnknownCode`] keeps: for a code
    /// longer than [`KEPT_TEXT_LEN`](crate::KEPT_TEXT_LEN) bytes (no vendor's code is), its
    /// start, and [`UnknownCode::is_truncated`] on [`code`](Self::code)'s error says so.
    /// Borrowed but for a known integer code, whose text is written out.
    #[must_use]
    pub fn wire_code(&self) -> Cow<'_, str> {
        match &self.code {
            Typed::Entry(entry) => match ErrorCatalog::code(*entry) {
                Code::Str(text) => Cow::Borrowed(text),
                Code::Int(number) => Cow::Owned(number.to_string()),
            },
            Typed::Spelled(_, text) | Typed::Unknown(text) => Cow::Borrowed(text.text()),
        }
    }

    /// The typed code, when the catalog knows it.
    #[must_use]
    pub fn error(&self) -> Option<E> {
        self.code.entry()
    }

    /// The server's own message for this call, if it sent one.
    #[must_use]
    pub fn server_message(&self) -> Option<&str> {
        self.server_message.as_deref()
    }

    /// The vendor's request id, if the response carried one that is not blank.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The kind of the typed code; `None` for a code the catalog does not know.
    #[must_use]
    pub fn kind(&self) -> Option<ErrorKind> {
        self.error().map(E::kind)
    }

    /// What to do: the typed code's [`Disposition`], or [`Disposition::Alert`] for a code the
    /// catalog does not know (nobody has decided what it means yet).
    #[must_use]
    pub fn disposition(&self) -> Disposition {
        self.error().map_or(Disposition::Alert, E::disposition)
    }

    /// Whether retrying the same request later may succeed (`false` for unknown codes).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.error().is_some_and(E::is_retryable)
    }
}

impl<E: ErrorCatalog> fmt::Display for ApiError<E> {
    /// `<catalog> <code>: <server message> (request <id>)`; the code is always shown, as sent
    /// ([`wire_code`](ApiError::wire_code)), unknown or not; without a server message, the
    /// catalog's message is shown instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(E::ID)?;
        match &self.code {
            Typed::Entry(entry) => write!(f, " {entry}")?,
            Typed::Spelled(_, text) => write!(f, " {}", text.text())?,
            Typed::Unknown(text) => write!(f, " {} (unknown code)", text.text())?,
        }
        match (&self.server_message, self.error()) {
            (Some(message), _) if !message.is_empty() => write!(f, ": {message}")?,
            (_, Some(entry)) => write!(f, ": {}", entry.message())?,
            _ => {}
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request {id})")?;
        }
        Ok(())
    }
}

/// No `source()`: `Display` already shows the code, and a source that repeats it would print it
/// twice in every error chain. The code stays reachable as [`ApiError::code`].
impl<E: ErrorCatalog> core::error::Error for ApiError<E> {}

#[cfg(feature = "serde")]
impl<E: ErrorCatalog> serde::Serialize for ApiError<E> {
    /// The record of the table in [`ApiError`]'s documentation.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;

        let mut record = serializer.serialize_struct("ApiError", 7)?;
        record.serialize_field("catalog", E::ID)?;
        record.serialize_field("code", &*self.wire_code())?;
        record.serialize_field("known", &self.error().is_some())?;
        record.serialize_field("message", &self.server_message())?;
        record.serialize_field("request_id", &self.request_id())?;
        record.serialize_field("kind", &self.kind().map(ErrorKind::as_str))?;
        record.serialize_field("disposition", self.disposition().as_str())?;
        record.end()
    }
}

/// Whether `text` is empty or only whitespace: a code or request id that carries none.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}
