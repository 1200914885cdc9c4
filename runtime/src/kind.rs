//! `ErrorKind`: the one vocabulary every catalog entry is classified in.

use core::fmt;
use core::str::FromStr;

/// What went wrong in a vendor error, the same for every vendor.
///
/// Every catalog entry carries one kind, chosen by reading the vendor's text under the
/// [principles](crate::principles). Code that talks to several vendors can reason about a
/// failure from the kind alone, without knowing any vendor's codes.
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
    /// Something the request names does not exist: an API action or version, a file, an object
    /// of a management API (a signature or template to modify or delete).
    ///
    /// Not retryable: fix the reference or create the object first. An identifier the sender
    /// registers at each vendor to send at all (application, project, signature, template) is
    /// [`NotRegistered`](ErrorKind::NotRegistered) instead.
    NotFound,
    /// An identifier the sender registers at each vendor in order to send (an application or
    /// project id, a signature, a template) is missing, not approved, barred, or does not fit the
    /// other registrations at this vendor.
    ///
    /// Not retryable; another vendor, with its own registrations, can deliver: fail over, and
    /// tell whoever runs this vendor's account.
    NotRegistered,
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
    /// A daily or total limit of the vendor, or a prepaid package, is used up: waiting seconds
    /// does not help.
    ///
    /// Not retryable now; fail over to another vendor or raise the limit. An entry marks it
    /// retryable when the cap resets by itself and no other vendor can do the work (a daily
    /// limit on applications to a management API): then it is retried later.
    QuotaExhausted,
    /// A volume cap the sender's own account set (per day, per month, per country or region)
    /// was reached. The sender chose it; another vendor must not be used to get around it.
    ///
    /// Retryable later: when the cap resets, or after the sender raises it.
    SenderCapped,
    /// A limit that protects the recipient was reached: a per-number cap (per 30 seconds, hour,
    /// day, month), a same-content cap, per-number flow control, a sending window (marketing
    /// messages only in the daytime). Neither an exhausted quota nor an unreachable recipient.
    ///
    /// Retryable later, through the same vendor: when the cap resets or the window opens.
    /// Another vendor must not be used to get around it.
    RecipientLimited,
    /// The account is in arrears, out of balance or suspended for payment.
    ///
    /// Not retryable; fail over and alert whoever pays the bill.
    Billing,
    /// The content is not allowed: sensitive words, URLs, a missing unsubscribe notice, a
    /// template or signature that breaks the vendor's rules of form.
    ///
    /// Not retryable: change the content. A signature or template that is merely not approved
    /// at this vendor is [`NotRegistered`](ErrorKind::NotRegistered).
    ContentRejected,
    /// The recipient cannot be reached. Permanently: an empty, suspended, malformed, unsubscribed
    /// or blacklisted number. Or only now, when the entry is marked retryable: a phone that is
    /// switched off or out of coverage, a busy line, no answer, a carrier's reminder or
    /// voicemail service taking the call.
    ///
    /// Not retryable by default (give up on the recipient); a temporary state is retried later.
    RecipientUnreachable,
    /// The vendor refused the whole request because of some of its recipients (invalid or
    /// unsubscribed numbers among valid ones).
    ///
    /// Not retryable as it is: resend to the other recipients, without those.
    RecipientsRejected,
    /// The request may have been carried out, wholly or in part: a timeout after submission, a
    /// lost or unreadable reply from the carrier, a batch partly submitted, a receipt that never
    /// came.
    ///
    /// Not retryable blindly: check the message's status before sending it again.
    MaybeDelivered,
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
    /// Not retryable: nothing failed that needs repeating or handling.
    Cancelled,
    /// The vendor says to treat the outcome as success, or that the code needs no handling.
    ///
    /// Not retryable: nothing failed.
    Benign,
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
        ErrorKind::NotRegistered,
        ErrorKind::Conflict,
        ErrorKind::Unsupported,
        ErrorKind::RateLimited,
        ErrorKind::QuotaExhausted,
        ErrorKind::SenderCapped,
        ErrorKind::RecipientLimited,
        ErrorKind::Billing,
        ErrorKind::ContentRejected,
        ErrorKind::RecipientUnreachable,
        ErrorKind::RecipientsRejected,
        ErrorKind::MaybeDelivered,
        ErrorKind::Unavailable,
        ErrorKind::Internal,
        ErrorKind::ClientMisuse,
        ErrorKind::Device,
        ErrorKind::Cancelled,
        ErrorKind::Benign,
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
            ErrorKind::NotRegistered => "not_registered",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::QuotaExhausted => "quota_exhausted",
            ErrorKind::SenderCapped => "sender_capped",
            ErrorKind::RecipientLimited => "recipient_limited",
            ErrorKind::Billing => "billing",
            ErrorKind::ContentRejected => "content_rejected",
            ErrorKind::RecipientUnreachable => "recipient_unreachable",
            ErrorKind::RecipientsRejected => "recipients_rejected",
            ErrorKind::MaybeDelivered => "maybe_delivered",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::Internal => "internal",
            ErrorKind::ClientMisuse => "client_misuse",
            ErrorKind::Device => "device",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::Benign => "benign",
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
    ///     [
    ///         &ErrorKind::RateLimited,
    ///         &ErrorKind::SenderCapped,
    ///         &ErrorKind::RecipientLimited,
    ///         &ErrorKind::Unavailable,
    ///         &ErrorKind::Internal,
    ///     ]
    /// );
    /// ```
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            ErrorKind::RateLimited
                | ErrorKind::SenderCapped
                | ErrorKind::RecipientLimited
                | ErrorKind::Unavailable
                | ErrorKind::Internal
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
        expected_one_of(
            f,
            "error kind",
            ErrorKind::ALL.iter().map(|kind| kind.as_str()),
        )
    }
}

/// `unknown <what>; expected one of: a, b, c`: the message of a name that is none of `names`.
pub(crate) fn expected_one_of<'a>(
    f: &mut fmt::Formatter<'_>,
    what: &str,
    names: impl Iterator<Item = &'a str>,
) -> fmt::Result {
    write!(f, "unknown {what}; expected one of: ")?;
    for (i, name) in names.enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        f.write_str(name)?;
    }
    Ok(())
}

impl core::error::Error for UnknownKind {}

impl FromStr for ErrorKind {
    type Err = UnknownKind;

    /// Parses the snake_case name ([`ErrorKind::from_name`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ErrorKind::from_name(s).ok_or(UnknownKind)
    }
}
