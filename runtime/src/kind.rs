//! `ErrorKind`: the one vocabulary every catalog entry is classified in.

use core::fmt;
use core::str::FromStr;

/// What a caller should do about a vendor error, the same for every vendor.
///
/// Every catalog entry carries one kind, chosen by reading the vendor's text. Code that talks to
/// several vendors can decide on retry, fail-over or alerting from the kind alone, without knowing
/// any vendor's codes.
///
/// The kind *describes* the failure; [`Disposition`](crate::Disposition) is the decision. The
/// enum is `#[non_exhaustive]`: new vendors bring failures that none of today's kinds describe,
/// and adding a kind must not break code that matches the few kinds it cares about. A policy
/// that must decide for every error matches the disposition, which is exhaustive (see its
/// documentation), or gives its `match` on kinds a `_` arm.
///
/// # Examples
///
/// ```
/// use error_catalog_runtime::ErrorKind;
///
/// fn should_fail_over(kind: ErrorKind) -> bool {
///     matches!(
///         kind,
///         ErrorKind::QuotaExhausted | ErrorKind::Billing | ErrorKind::Unavailable
///     )
/// }
///
/// assert!(ErrorKind::RateLimited.is_retryable());
/// assert!(!ErrorKind::InvalidRequest.is_retryable());
/// assert!(should_fail_over(ErrorKind::Billing));
/// assert_eq!("rate_limited".parse::<ErrorKind>(), Ok(ErrorKind::RateLimited));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The credentials, signature, token or timestamp of the request are wrong or expired.
    ///
    /// Retrying the same request fails again: fix the credentials or the clock.
    Auth,
    /// The caller is identified but not allowed: not authorised, IP not in the allow list,
    /// feature not enabled for the account, account restricted.
    ///
    /// Not retryable: an operator has to grant the permission.
    Permission,
    /// The request is malformed: a missing, unknown or badly formatted parameter, bad JSON, a value
    /// out of range.
    ///
    /// Not retryable: the request has to be fixed.
    InvalidRequest,
    /// Something the request names does not exist: an API action or version, an application id, a
    /// template, a signature, a file.
    ///
    /// Not retryable: fix the reference or create the object first.
    NotFound,
    /// The request conflicts with the current state: the object already exists or is already
    /// approved, a resource is in use, the same operation is already under way.
    ///
    /// Not retryable as is; wait for the other operation or treat the state as reached.
    Conflict,
    /// The operation, region or feature is not supported.
    ///
    /// Not retryable: use another operation or another vendor.
    Unsupported,
    /// A frequency limit was hit; the same request succeeds after a short wait.
    ///
    /// Retryable, with a delay (back off).
    RateLimited,
    /// A daily or total limit, or a prepaid package, is used up: waiting seconds does not help.
    ///
    /// Not retryable now; fail over to another vendor or raise the limit.
    QuotaExhausted,
    /// The account is in arrears, out of balance or suspended for payment.
    ///
    /// Not retryable; fail over and alert whoever pays the bill.
    Billing,
    /// The content, signature or template is not approved or not allowed (sensitive words, URLs,
    /// mismatch with the approved template).
    ///
    /// Not retryable: change the content or get it approved.
    ContentRejected,
    /// The recipient cannot be reached: an invalid, blocked or unsubscribed number, a phone that is
    /// switched off or out of service, a busy line, no answer.
    ///
    /// Not retryable by default; entries such as "line busy" override this.
    RecipientUnreachable,
    /// The service or the network is temporarily unavailable or timed out.
    ///
    /// Retryable, with a delay; fail over if it persists.
    Unavailable,
    /// The vendor reports an internal or system error.
    ///
    /// Retryable a few times with a delay; alert if it persists.
    Internal,
    /// An SDK was called in the wrong state, thread or order, or was not initialised.
    ///
    /// Not retryable: the calling code has to change.
    ClientMisuse,
    /// The local device or environment failed: microphone, audio device, file access, a missing
    /// library.
    ///
    /// Not retryable until the environment is fixed.
    Device,
    /// The operation was cancelled by the caller.
    ///
    /// Not retryable: nothing failed that needs repeating.
    Cancelled,
    /// The vendor reports an unspecified or "other" error.
    ///
    /// Not retryable by default; alert, the vendor's message is the only clue.
    Unknown,
}

impl ErrorKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [ErrorKind] = &[
        ErrorKind::Auth,
        ErrorKind::Permission,
        ErrorKind::InvalidRequest,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::Unsupported,
        ErrorKind::RateLimited,
        ErrorKind::QuotaExhausted,
        ErrorKind::Billing,
        ErrorKind::ContentRejected,
        ErrorKind::RecipientUnreachable,
        ErrorKind::Unavailable,
        ErrorKind::Internal,
        ErrorKind::ClientMisuse,
        ErrorKind::Device,
        ErrorKind::Cancelled,
        ErrorKind::Unknown,
    ];

    /// The snake_case name used for this kind in catalog files (`kind = "rate_limited"`).
    ///
    /// ```
    /// use error_catalog_runtime::ErrorKind;
    /// assert_eq!(ErrorKind::RecipientUnreachable.as_str(), "recipient_unreachable");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Auth => "auth",
            ErrorKind::Permission => "permission",
            ErrorKind::InvalidRequest => "invalid_request",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::QuotaExhausted => "quota_exhausted",
            ErrorKind::Billing => "billing",
            ErrorKind::ContentRejected => "content_rejected",
            ErrorKind::RecipientUnreachable => "recipient_unreachable",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::Internal => "internal",
            ErrorKind::ClientMisuse => "client_misuse",
            ErrorKind::Device => "device",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::Unknown => "unknown",
        }
    }

    /// Whether an error of this kind is worth retrying, after a delay, with the same request.
    ///
    /// This is the default of the generated `is_retryable()`; a catalog entry may override it
    /// (a busy line is `RecipientUnreachable` yet worth calling again later).
    ///
    /// ```
    /// use error_catalog_runtime::ErrorKind;
    /// let retryable: Vec<_> = ErrorKind::ALL.iter().filter(|k| k.is_retryable()).collect();
    /// assert_eq!(
    ///     retryable,
    ///     [&ErrorKind::RateLimited, &ErrorKind::Unavailable, &ErrorKind::Internal]
    /// );
    /// ```
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            ErrorKind::RateLimited | ErrorKind::Unavailable | ErrorKind::Internal
        )
    }

    /// The kind named `name` in catalog files, if any.
    ///
    /// ```
    /// use error_catalog_runtime::ErrorKind;
    /// assert_eq!(ErrorKind::from_name("billing"), Some(ErrorKind::Billing));
    /// assert_eq!(ErrorKind::from_name("Billing"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<ErrorKind> {
        ErrorKind::ALL
            .iter()
            .copied()
            .find(|kind| kind.as_str() == name)
    }
}

impl fmt::Display for ErrorKind {
    /// Writes the snake_case name ([`ErrorKind::as_str`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error of parsing an [`ErrorKind`] from a name that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownKind;

impl fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown error kind; expected one of: ")?;
        for (i, kind) in ErrorKind::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(kind.as_str())?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownKind {}

impl FromStr for ErrorKind {
    type Err = UnknownKind;

    /// Parses the snake_case name ([`ErrorKind::from_name`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ErrorKind::from_name(s).ok_or(UnknownKind)
    }
}
