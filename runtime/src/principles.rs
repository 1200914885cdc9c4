//! The principles every catalog entry's decision follows.
//!
//! An entry's [`ErrorKind`](crate::ErrorKind) and [`Disposition`](crate::Disposition) are
//! chosen by reading the vendor's own text for the code (its message, cause and solution, and
//! other sources' wordings), never from the code's name or prefix. A reviewer can check every
//! entry of every catalog against the rules below; the built-in catalogs are tested against
//! those that can be stated on their data (`tests/principles.rs`), and every change of a
//! built-in decision is listed in the changelog with its reason.
//!
//! # The principles
//!
//! 1. **Never route around a limit that protects the recipient, or that the sender's own account
//!    sets.** Per-number caps (per 30 seconds, hour, day, month), same-content caps, per-number
//!    flow control and sending windows are `recipient_limited`; volume caps the vendor's text
//!    says the sender set or can change itself are `sender_capped`. Both wait
//!    ([`RetryLater`](crate::Disposition::RetryLater)) and never fail over: another vendor would
//!    send the same person more than the cap allows. They are no API rate limit either: a short
//!    back-off meets the same cap again. A country the sender's own settings bar is given up for
//!    that recipient ([`GiveUp`](crate::Disposition::GiveUp)).
//! 2. **A problem of this vendor's account, configuration, balance, registration there, or
//!    availability fails over when another vendor could deliver**
//!    ([`FailOver`](crate::Disposition::FailOver)). Credentials and signing, permissions, balance
//!    and packages, account restrictions, features or regions this vendor lacks, limits only
//!    this vendor can raise for the account, and every identifier a sender registers per vendor
//!    (application or project id, signature, template, their approval, whether they fit
//!    together: kind `not_registered`). A code that mixes "not approved" with "does not match
//!    the approved template" counts as registration: the template is this vendor's either way,
//!    and failing over also tells a person. Not where no other vendor can do the work: the
//!    codes of the signature, template and qualification management APIs keep their own
//!    decision (a wrong application is fixed; a daily cap on applications waits).
//! 3. **A temporary state of the recipient is retried later; a permanent one gives up on that
//!    recipient without alerting.** Temporary (`recipient_unreachable`, retryable:
//!    [`RetryLater`](crate::Disposition::RetryLater)): switched off, busy, no answer, out of
//!    coverage, temporarily unreachable, a carrier's call-reminder, call-assistant, secretary,
//!    missed-call or voicemail service taking the call, a full handset memory or SIM. Permanent
//!    (`recipient_unreachable`: [`GiveUp`](crate::Disposition::GiveUp)): an empty, suspended,
//!    expired or malformed number, unsubscribed, blacklisted, no voice or international service.
//!    A code that names both (`关机` beside `空号`) is read as temporary: retrying later costs one
//!    attempt, giving up loses a message the recipient could still get. Congestion of the
//!    carrier's network (`电路正忙`, `网络忙`) is about the network, not the recipient:
//!    `unavailable`, retried.
//! 4. **An error about some recipients of a batch tells the caller to drop those and resend the
//!    rest** (`recipients_rejected`: [`DropRecipients`](crate::Disposition::DropRecipients)).
//!    A code the vendor reports per number (one entry of a batch's status list, the one called
//!    number of a voice call, a receipt) is about that recipient alone (principle 3).
//! 5. **What the vendor says to treat as success is success; what it says needs no handling
//!    raises nobody** (`benign`: [`Ignore`](crate::Disposition::Ignore)). Only where the vendor
//!    says so in words (`当作成功来处理`, `不需要处理`); a code that merely looks like success (a
//!    dry run that *would* succeed) is decided by what it asks of the caller. A cancellation by
//!    the caller is ignored too (`cancelled`).
//! 6. **Where the message may already have been delivered, the decision says so and does not
//!    blindly retry into duplicates** (`maybe_delivered`:
//!    [`Verify`](crate::Disposition::Verify)). A timeout after submission, a lost or unreadable
//!    reply of the carrier, a batch partly submitted, a receipt that says the request was taken
//!    but no carrier receipt came. A timeout the vendor says to retry, or one before anything is
//!    sent (a gateway, an SDK's network), is [`Retry`](crate::Disposition::Retry).
//!
//! 7. **A code that means different things per carrier is decided per carrier.** A carrier's
//!    status code in a delivery receipt (`1`: 停机、空号 from 中国移动, 网关系统忙 from 中国电信)
//!    gets one reading per carrier, each decided by the principles above
//!    ([`Reading`](crate::Reading); `reading(carrier)`, `disposition_on(carrier)`). The code alone,
//!    when the carrier is not known, takes the vendor's reading for all networks where it gives
//!    one (UCloud's 三网 rows), the carriers' common decision where they agree, and otherwise
//!    `unknown`, retried once ([`Retry`](crate::Disposition::Retry)): resending costs one message,
//!    while giving up or alerting on a guess loses a message or wakes someone for nothing.
//!
//! And for everything the principles do not move:
//!
//! - a transient problem of the vendor (an API rate limit, an outage, an internal error) is
//!   retried a bounded number of times ([`Retry`](crate::Disposition::Retry)), unless the vendor
//!   says the same input fails again;
//! - a request that is wrong for every vendor (parameters, content, call order, SDK use, an
//!   input file the SDK cannot read) is fixed by a developer
//!   ([`FixRequest`](crate::Disposition::FixRequest));
//! - an unexplained error, a device failure, an internal error that is not transient, alerts
//!   ([`Alert`](crate::Disposition::Alert)).
//!
//! # One derivation
//!
//! Every built-in decision is [`Disposition::of`](crate::Disposition::of) the entry's kind and
//! retry advice: the kinds were chosen so that no built-in entry needs a `disposition` of its
//! own. A catalog or an overlay may still set one; its entry's rustdoc shows it.
//!
//! # Tuning
//!
//! A team that decides otherwise, or meets a code the vendor started sending last week, does not
//! fork a catalog: an overlay file amends entries (kind, retry advice, disposition, texts) and
//! adds codes, per include (`include_error_catalog!("tencent_sms", overlay =
//! "errors/tencent_sms.toml")`; see the `error-catalog` crate's documentation).
