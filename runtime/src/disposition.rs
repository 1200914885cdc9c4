//! `Disposition`: the decision a sender takes about a vendor error.

use core::fmt;
use core::str::FromStr;

use crate::ErrorKind;

/// What a sender does about a failed call: the one decision a sender with several vendors
/// needs.
///
/// Every generated enum has `disposition()`. A catalog entry's disposition is [`Disposition::of`]
/// its [`ErrorKind`] and its retry advice, unless the entry (or an overlay of the include) sets
/// one. Every built-in entry follows the [principles](crate::principles); one `match` on the
/// disposition is a complete sending policy for every vendor.
///
/// The enum is exhaustive on purpose (unlike [`ErrorKind`]): it is the closed set of things a
/// sender can do, and a new decision must be a compile error in every policy that matches on it,
/// never land silently in a `_` arm. Adding one is a breaking release, announced in the
/// changelog.
///
/// | disposition | applies when | what a sender does | [`needs_operator`](Disposition::needs_operator) |
/// |---|---|---|---|
/// | [`Retry`](Disposition::Retry) | a transient problem of the vendor: an API rate limit, an outage, a timeout before anything was sent, an internal error | send the same request to the same vendor after a short back-off, a bounded number of times; then alert | no |
/// | [`RetryLater`](Disposition::RetryLater) | a cap that protects the recipient or that the sender set, a sending window, a recipient who is only unreachable now | wait minutes to hours, then send through the same vendor; never through another vendor to get around it | no |
/// | [`FailOver`](Disposition::FailOver) | this vendor cannot serve the request: its account, credentials, balance, registration of the signature or template, a limit only it can raise, its availability | send through another vendor; tell whoever runs this vendor's account | yes |
/// | [`FixRequest`](Disposition::FixRequest) | the request is wrong for every vendor: parameters, content, call order, SDK use | do not resend as it is; a developer fixes it | yes |
/// | [`DropRecipients`](Disposition::DropRecipients) | the vendor refused the whole request because of some of its recipients | resend to the others without them | no |
/// | [`GiveUp`](Disposition::GiveUp) | a permanent state of this recipient: empty, suspended, malformed, unsubscribed, blacklisted, barred by the sender's own settings | drop this recipient for this message; nobody is alerted | no |
/// | [`Verify`](Disposition::Verify) | the message may have been delivered: a timeout after submission, a lost reply, a batch partly submitted | check its status (a status query, the receipt) before sending again; never resend blindly | no |
/// | [`Ignore`](Disposition::Ignore) | the vendor says to treat it as success, or that it needs no handling; the caller cancelled | treat it as done | no |
/// | [`Alert`](Disposition::Alert) | something unexpected: an unexplained vendor error, a local device failure, an internal error that is not transient | an operator reads the vendor's message | yes |
///
/// # Examples
///
/// ```
/// use error_catalog_runtime::{Disposition, ErrorKind};
///
/// assert_eq!(Disposition::of(ErrorKind::RateLimited, true), Disposition::Retry);
/// assert_eq!(Disposition::of(ErrorKind::QuotaExhausted, false), Disposition::FailOver);
/// // A per-number cap waits, whatever the retry advice says.
/// assert_eq!(Disposition::of(ErrorKind::RecipientLimited, true), Disposition::RetryLater);
/// // A switched-off phone is retryable; it comes back later, not after a back-off.
/// assert_eq!(Disposition::of(ErrorKind::RecipientUnreachable, true), Disposition::RetryLater);
/// assert_eq!(Disposition::of(ErrorKind::RecipientUnreachable, false), Disposition::GiveUp);
/// assert!(Disposition::FailOver.needs_operator());
/// assert_eq!("retry_later".parse(), Ok(Disposition::RetryLater));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Disposition {
    /// A transient problem of the vendor (an API rate limit, an outage, a timeout before
    /// anything was sent, an internal error): send the same request to the same vendor again
    /// after a short back-off, a bounded number of times, then alert.
    Retry,
    /// A cap that protects the recipient or that the sender's own account set (per number, per
    /// day, same content), a sending window, or a recipient who is only unreachable now
    /// (switched off, busy, no answer): send again through the same vendor after minutes or
    /// hours, when the cap resets, the window opens or the recipient is back. Never through
    /// another vendor to get around it.
    RetryLater,
    /// This vendor cannot serve the request (its account, credentials, balance, the
    /// registration of the signature or template there, a limit only it can raise, its
    /// availability): send it through another vendor, and tell whoever runs this vendor's
    /// account.
    FailOver,
    /// The request itself is wrong for every vendor (parameters, content, call order, SDK use):
    /// no vendor accepts it as it is; a developer has to fix it.
    FixRequest,
    /// The vendor refused the whole request because of some of its recipients (invalid or
    /// unsubscribed numbers among valid ones): resend it to the others, without them. With a
    /// single recipient this is [`GiveUp`](Disposition::GiveUp).
    DropRecipients,
    /// A permanent state of this recipient (an empty, suspended, malformed, unsubscribed or
    /// blacklisted number, a country the sender's own settings bar): drop the recipient for this
    /// message. Neither retrying nor another vendor delivers it, and nobody needs to be alerted.
    GiveUp,
    /// The message may already have been delivered (a timeout after submission, a lost or
    /// unreadable reply, a batch partly submitted): check its status (a status query, the
    /// delivery receipt) before sending again; never resend blindly into a duplicate.
    Verify,
    /// The vendor says to treat the outcome as success, or that the code needs no handling, or
    /// the caller cancelled: treat it as done and raise nobody.
    Ignore,
    /// Something unexpected (an unexplained vendor error, a local device failure, an internal
    /// error that is not transient): an operator has to read the vendor's message.
    Alert,
}

impl Disposition {
    /// Every disposition, in declaration order.
    pub const ALL: &'static [Disposition] = &[
        Disposition::Retry,
        Disposition::RetryLater,
        Disposition::FailOver,
        Disposition::FixRequest,
        Disposition::DropRecipients,
        Disposition::GiveUp,
        Disposition::Verify,
        Disposition::Ignore,
        Disposition::Alert,
    ];

    /// The disposition of an error of `kind` whose retry advice is `retryable`: the decision a
    /// catalog entry gets when it sets no `disposition` of its own.
    ///
    /// | kind | retryable | disposition |
    /// |---|---|---|
    /// | `benign`, `cancelled` | either | [`Ignore`](Disposition::Ignore) |
    /// | `maybe_delivered` | either | [`Verify`](Disposition::Verify) |
    /// | `recipients_rejected` | either | [`DropRecipients`](Disposition::DropRecipients) |
    /// | `recipient_limited`, `sender_capped` | either | [`RetryLater`](Disposition::RetryLater) |
    /// | `recipient_unreachable`, `quota_exhausted` | yes (a state or cap that passes) | [`RetryLater`](Disposition::RetryLater) |
    /// | `recipient_unreachable` | no | [`GiveUp`](Disposition::GiveUp) |
    /// | any other kind | yes | [`Retry`](Disposition::Retry) |
    /// | `rate_limited`, `unavailable`, `quota_exhausted`, `billing`, `auth`, `permission`, `unsupported`, `not_registered` | no | [`FailOver`](Disposition::FailOver) |
    /// | `invalid_request`, `not_found`, `conflict`, `content_rejected`, `client_misuse` | no | [`FixRequest`](Disposition::FixRequest) |
    /// | `internal`, `device`, `unknown` | no | [`Alert`](Disposition::Alert) |
    #[must_use]
    pub const fn of(kind: ErrorKind, retryable: bool) -> Disposition {
        match kind {
            ErrorKind::Benign | ErrorKind::Cancelled => Disposition::Ignore,
            ErrorKind::MaybeDelivered => Disposition::Verify,
            ErrorKind::RecipientsRejected => Disposition::DropRecipients,
            ErrorKind::RecipientLimited | ErrorKind::SenderCapped => Disposition::RetryLater,
            ErrorKind::RecipientUnreachable | ErrorKind::QuotaExhausted if retryable => {
                Disposition::RetryLater
            }
            ErrorKind::RecipientUnreachable => Disposition::GiveUp,
            _ if retryable => Disposition::Retry,
            ErrorKind::RateLimited
            | ErrorKind::Unavailable
            | ErrorKind::QuotaExhausted
            | ErrorKind::Billing
            | ErrorKind::Auth
            | ErrorKind::Permission
            | ErrorKind::Unsupported
            | ErrorKind::NotRegistered => Disposition::FailOver,
            ErrorKind::InvalidRequest
            | ErrorKind::NotFound
            | ErrorKind::Conflict
            | ErrorKind::ContentRejected
            | ErrorKind::ClientMisuse => Disposition::FixRequest,
            ErrorKind::Internal | ErrorKind::Device | ErrorKind::Unknown => Disposition::Alert,
        }
    }

    /// Whether a person has to act: [`FailOver`](Disposition::FailOver) (whoever runs the
    /// vendor's account), [`FixRequest`](Disposition::FixRequest) (a developer) and
    /// [`Alert`](Disposition::Alert) (an operator). The others are handled by the sender alone.
    #[must_use]
    pub const fn needs_operator(self) -> bool {
        matches!(
            self,
            Disposition::FailOver | Disposition::FixRequest | Disposition::Alert
        )
    }

    /// What a sender does, in a few words (the table above): for a log line, an alert or the
    /// command line's `explain`.
    ///
    /// ```
    /// use error_catalog_runtime::Disposition;
    /// assert_eq!(
    ///     Disposition::GiveUp.action(),
    ///     "drop this recipient for this message; nobody is alerted"
    /// );
    /// ```
    #[must_use]
    pub const fn action(self) -> &'static str {
        match self {
            Disposition::Retry => {
                "send the same request to the same vendor after a short back-off, a bounded number of times; then alert"
            }
            Disposition::RetryLater => {
                "wait minutes to hours, then send through the same vendor; never through another vendor to get around it"
            }
            Disposition::FailOver => {
                "send through another vendor; tell whoever runs this vendor's account"
            }
            Disposition::FixRequest => "do not resend as it is; a developer fixes it",
            Disposition::DropRecipients => "resend to the others without them",
            Disposition::GiveUp => "drop this recipient for this message; nobody is alerted",
            Disposition::Verify => {
                "check its status (a status query, the receipt) before sending again; never resend blindly"
            }
            Disposition::Ignore => "treat it as done",
            Disposition::Alert => "an operator reads the vendor's message",
        }
    }

    /// The snake_case name (`"fail_over"`), as catalogs and overlays write it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Disposition::Retry => "retry",
            Disposition::RetryLater => "retry_later",
            Disposition::FailOver => "fail_over",
            Disposition::FixRequest => "fix_request",
            Disposition::DropRecipients => "drop_recipients",
            Disposition::GiveUp => "give_up",
            Disposition::Verify => "verify",
            Disposition::Ignore => "ignore",
            Disposition::Alert => "alert",
        }
    }

    /// The disposition named `name` (`"retry_later"`), if any.
    ///
    /// ```
    /// use error_catalog_runtime::Disposition;
    /// assert_eq!(Disposition::from_name("verify"), Some(Disposition::Verify));
    /// assert_eq!(Disposition::from_name("Verify"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Disposition> {
        Disposition::ALL
            .iter()
            .copied()
            .find(|disposition| disposition.as_str() == name)
    }
}

impl fmt::Display for Disposition {
    /// Writes the snake_case name ([`Disposition::as_str`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error of parsing a [`Disposition`] from a name that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownDisposition;

impl fmt::Display for UnknownDisposition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::kind::expected_one_of(
            f,
            "disposition",
            Disposition::ALL.iter().map(|d| d.as_str()),
        )
    }
}

impl core::error::Error for UnknownDisposition {}

impl FromStr for Disposition {
    type Err = UnknownDisposition;

    /// Parses the snake_case name ([`Disposition::from_name`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Disposition::from_name(s).ok_or(UnknownDisposition)
    }
}

#[cfg(test)]
mod tests {
    use super::Disposition;

    /// The rows of the table in `Disposition`'s documentation: (variant, what a sender does).
    fn documented_actions() -> impl Iterator<Item = (&'static str, &'static str)> {
        include_str!("disposition.rs")
            .lines()
            .filter_map(|line| line.strip_prefix("/// | [`"))
            .filter_map(|row| {
                let name = row.split('`').next()?;
                Some((name, row.split(" | ").nth(2)?.trim()))
            })
    }

    #[test]
    fn each_action_is_the_documented_one() {
        assert_eq!(documented_actions().count(), Disposition::ALL.len());
        for (disposition, (name, action)) in Disposition::ALL.iter().zip(documented_actions()) {
            assert!(
                name.len() > 2
                    && disposition.as_str().replace('_', "") == name.to_ascii_lowercase(),
                "{name}"
            );
            assert_eq!(disposition.action(), action, "{name}");
        }
    }
}
