//! `ApiError`: a failed call as the vendor reported it, with the typed code kept.

use alloc::boxed::Box;
use alloc::string::String;
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
/// assert_eq!(error.disposition(), Disposition::Retry);
/// assert_eq!(
///     error.to_string(),
///     "aliyun_sms isv.BUSINESS_LIMIT_CONTROL: 触发小时级流控Permits:5 (request EFB5A5E4-5899-45FB-928E-56A9D25B9392)"
/// );
///
/// let unknown = ApiError::<AliyunSmsError>::from_text("isv.NEW_CODE", None, None);
/// assert_eq!(unknown.code().unwrap_err().text(), "isv.NEW_CODE");
/// assert_eq!(unknown.disposition(), Disposition::Alert);
/// assert_eq!(unknown.to_string(), "aliyun_sms isv.NEW_CODE (unknown code)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ApiError<E> {
    // Boxed: unknown codes are rare, and this keeps `ApiError` small to return.
    code: Result<E, Box<UnknownCode>>,
    server_message: Option<String>,
    // Shared: every number of a `SendSms` batch carries its request's id, which a hostile body
    // can make as long as the body.
    request_id: Option<Arc<str>>,
}

impl<E: ErrorCatalog> ApiError<E> {
    /// An error for the wire `code`, looked up in `E`'s catalog.
    #[must_use]
    pub fn from_wire(
        code: Code,
        server_message: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        let typed = E::from_wire(code).ok_or_else(|| {
            Box::new(match code {
                Code::Str(text) => UnknownCode::new(E::ID, text),
                Code::Int(number) => UnknownCode::from_int(E::ID, number),
            })
        });
        ApiError {
            code: typed,
            server_message,
            request_id: request_id.map(Arc::from),
        }
    }

    /// An error for a string code that is not `'static` (as read from a response body).
    #[must_use]
    pub fn from_text(
        code: &str,
        server_message: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        let typed = code.parse::<E>().map_err(Box::new);
        ApiError {
            code: typed,
            server_message,
            request_id: request_id.map(Arc::from),
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
            Ok(code) => Ok(*code),
            Err(unknown) => Err(unknown),
        }
    }

    /// The typed code, when the catalog knows it.
    #[must_use]
    pub fn error(&self) -> Option<E> {
        self.code.as_ref().ok().copied()
    }

    /// The server's own message for this call, if it sent one.
    #[must_use]
    pub fn server_message(&self) -> Option<&str> {
        self.server_message.as_deref()
    }

    /// The vendor's request id, if the response carried one.
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
    /// `<catalog> <code>: <server message> (request <id>)`; the code is always shown, unknown or
    /// not; without a server message, the catalog's message is shown instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(E::ID)?;
        match &self.code {
            Ok(code) => write!(f, " {code}")?,
            Err(unknown) => write!(f, " {} (unknown code)", unknown.text())?,
        }
        match (&self.server_message, &self.code) {
            (Some(message), _) if !message.is_empty() => write!(f, ": {message}")?,
            (_, Ok(code)) => write!(f, ": {}", code.message())?,
            _ => {}
        }
        if let Some(id) = self.request_id.as_deref().filter(|id| !id.is_empty()) {
            write!(f, " (request {id})")?;
        }
        Ok(())
    }
}

impl<E: ErrorCatalog> core::error::Error for ApiError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match &self.code {
            Ok(code) => Some(code),
            Err(unknown) => Some(&**unknown),
        }
    }
}
