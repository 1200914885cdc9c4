//! `Disposition`: the decision a caller takes about a vendor error, derived from its kind.

use core::fmt;

use crate::ErrorKind;

/// What to do about a failed call: the one decision a sender with several vendors needs.
///
/// Every generated enum has `disposition()`, derived from the entry's [`ErrorKind`] and its
/// retry advice by [`Disposition::of`], so one `match` on it is a complete policy for every
/// vendor.
///
/// The enum is exhaustive on purpose (unlike [`ErrorKind`]): it is the closed set of things a
/// sender can do, and a new decision must be a compile error in every policy that matches on it,
/// never land silently in a `_` arm. Adding one is a breaking release, announced in the
/// changelog.
///
/// | kind | disposition |
/// |---|---|
/// | any kind, when the entry is retryable | [`Retry`](Disposition::Retry) |
/// | `RateLimited`, `Unavailable` (not retryable: the limit or outage lasts) | [`FailOver`](Disposition::FailOver) |
/// | `QuotaExhausted`, `Billing`, `Auth`, `Permission`, `Unsupported` | [`FailOver`](Disposition::FailOver) |
/// | `InvalidRequest`, `NotFound`, `Conflict`, `ContentRejected`, `ClientMisuse` | [`FixRequest`](Disposition::FixRequest) |
/// | `RecipientUnreachable`, `Cancelled` | [`GiveUp`](Disposition::GiveUp) |
/// | `Internal` (not retryable), `Device`, `Unknown` | [`Alert`](Disposition::Alert) |
///
/// # Examples
///
/// ```
/// use error_catalog_runtime::{Disposition, ErrorKind};
///
/// assert_eq!(Disposition::of(ErrorKind::RateLimited, true), Disposition::Retry);
/// assert_eq!(Disposition::of(ErrorKind::QuotaExhausted, false), Disposition::FailOver);
/// // A busy line is `RecipientUnreachable`, but the catalog marks it retryable.
/// assert_eq!(Disposition::of(ErrorKind::RecipientUnreachable, true), Disposition::Retry);
/// assert_eq!(Disposition::of(ErrorKind::RecipientUnreachable, false), Disposition::GiveUp);
/// assert!(Disposition::FailOver.needs_operator());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Disposition {
    /// Send the same request again to the same vendor after a delay (back off).
    Retry,
    /// This vendor cannot serve the request now (quota, billing, account, region, a lasting
    /// limit or outage): send it through another vendor, and tell whoever runs the account.
    FailOver,
    /// The request itself is wrong (parameters, template, content, call order): no vendor will
    /// accept it as it is; a developer has to fix it.
    FixRequest,
    /// The recipient cannot be reached, or the caller cancelled: neither retrying nor another
    /// vendor will deliver this message.
    GiveUp,
    /// Something unexpected: an unexplained vendor error or a local failure; an operator has to
    /// look at the vendor's message.
    Alert,
}

impl Disposition {
    /// Every disposition, in declaration order.
    pub const ALL: &'static [Disposition] = &[
        Disposition::Retry,
        Disposition::FailOver,
        Disposition::FixRequest,
        Disposition::GiveUp,
        Disposition::Alert,
    ];

    /// The disposition of an error of `kind` whose retry advice is `retryable` (see the table
    /// in the type's documentation).
    #[must_use]
    pub const fn of(kind: ErrorKind, retryable: bool) -> Disposition {
        if retryable {
            return Disposition::Retry;
        }
        match kind {
            ErrorKind::RateLimited
            | ErrorKind::Unavailable
            | ErrorKind::QuotaExhausted
            | ErrorKind::Billing
            | ErrorKind::Auth
            | ErrorKind::Permission
            | ErrorKind::Unsupported => Disposition::FailOver,
            ErrorKind::InvalidRequest
            | ErrorKind::NotFound
            | ErrorKind::Conflict
            | ErrorKind::ContentRejected
            | ErrorKind::ClientMisuse => Disposition::FixRequest,
            ErrorKind::RecipientUnreachable | ErrorKind::Cancelled => Disposition::GiveUp,
            ErrorKind::Internal | ErrorKind::Device | ErrorKind::Unknown => Disposition::Alert,
        }
    }

    /// Whether a person should hear of it: everything but [`Retry`](Disposition::Retry) and
    /// [`GiveUp`](Disposition::GiveUp).
    #[must_use]
    pub const fn needs_operator(self) -> bool {
        matches!(
            self,
            Disposition::FailOver | Disposition::FixRequest | Disposition::Alert
        )
    }

    /// The snake_case name (`"fail_over"`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Disposition::Retry => "retry",
            Disposition::FailOver => "fail_over",
            Disposition::FixRequest => "fix_request",
            Disposition::GiveUp => "give_up",
            Disposition::Alert => "alert",
        }
    }
}

impl fmt::Display for Disposition {
    /// Writes the snake_case name ([`Disposition::as_str`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
