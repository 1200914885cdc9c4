//! `ErrorCatalog`: what every generated enum is, so code can be generic over vendors.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use crate::{Code, Disposition, English, ErrorKind, Lang, Provenance, UnknownCode};

/// An enum generated from a catalog by `include_error_catalog!`.
///
/// The generated enum has inherent methods of the same names that return the code in its own
/// type (`&'static str` or `i64`) and are `const`; this trait gives the same facts in one shape for
/// every catalog, so a retry or fail-over policy can be written once.
///
/// # Examples
///
/// ```
/// use error_catalog::{Disposition, ErrorCatalog};
///
/// error_catalog::include_error_catalog!("tencent_sms");
/// error_catalog::include_error_catalog!("aliyun_sms");
///
/// /// One policy for every vendor: does this error send us to the next vendor?
/// fn fail_over<E: ErrorCatalog>(error: E) -> bool {
///     error.disposition() == Disposition::FailOver
/// }
///
/// assert!(!fail_over(TencentSmsError::LimitExceededAppDailyLimit)); // the sender's own cap: later
/// assert!(fail_over(TencentSmsError::FailedOperationInsufficientBalanceInSmsPackage));
/// assert!(fail_over(AliyunSmsError::IsvAmountNotEnough));
/// assert!(!fail_over(AliyunSmsError::IsvBusinessLimitControl)); // a per-number cap: later
/// ```
pub trait ErrorCatalog:
    Copy
    + Eq
    + Ord
    + Hash
    + fmt::Debug
    + fmt::Display
    + FromStr<Err = UnknownCode>
    + core::error::Error
    + Send
    + Sync
    + 'static
{
    /// The catalog id (`"tencent_sms"`).
    const ID: &'static str;
    /// The vendor, as the catalog names it.
    const VENDOR: &'static str;
    /// The product and API version the codes belong to.
    const PRODUCT: &'static str;
    /// URL of the vendor page the catalog was transcribed from.
    const SOURCE: &'static str;
    /// Every entry, in catalog order (the same slice as the generated `ALL`).
    const ENTRIES: &'static [Self];
    /// Where the entries come from (the generated `SOURCES`); empty when the catalog does not
    /// say.
    const SOURCES: &'static [Provenance];
    /// The language of the vendor's texts (the generated `LANGUAGE`).
    const LANGUAGE: Lang;

    /// The wire code.
    fn code(self) -> Code;
    /// The vendor's message for this error.
    fn message(self) -> &'static str;
    /// The vendor's explanation of why it happens, when it gives one apart from the message.
    fn cause(self) -> Option<&'static str>;
    /// What the vendor says to do about it, when it says anything.
    fn solution(self) -> Option<&'static str>;
    /// The English of the entry's texts, beside the vendor's, when the catalog has it.
    fn english(self) -> Option<English>;
    /// The message in `lang`, or the vendor's own where the catalog has none in it.
    fn message_in(self, lang: Lang) -> &'static str {
        crate::lang::text_in(lang, self.message(), self.english().map(|en| en.message))
    }
    /// The cause in `lang`, or the vendor's own where the catalog has none in it.
    fn cause_in(self, lang: Lang) -> Option<&'static str> {
        let english = self.english().and_then(|en| en.cause);
        self.cause()
            .map(|cause| crate::lang::text_in(lang, cause, english))
    }
    /// The solution in `lang`, or the vendor's own where the catalog has none in it.
    fn solution_in(self, lang: Lang) -> Option<&'static str> {
        let english = self.english().and_then(|en| en.solution);
        self.solution()
            .map(|solution| crate::lang::text_in(lang, solution, english))
    }
    /// What a caller should do about it.
    fn kind(self) -> ErrorKind;
    /// Whether retrying the same request later may succeed.
    fn is_retryable(self) -> bool;
    /// What a sender does about it: the entry's own disposition, or [`Disposition::of`] the kind
    /// and the retry advice.
    fn disposition(self) -> Disposition;
    /// The ids of the catalog's provenance that list this entry (empty when the catalog does not
    /// say); the entry's texts come from the first.
    fn sources(self) -> &'static [&'static str];
    /// What a sender does when `carrier` (a [`Carrier`](crate::Carrier)'s id or name) reports
    /// this code: the carrier's own reading's disposition in a catalog whose codes mean
    /// different things per carrier (a delivery-receipt catalog), else [`Self::disposition`].
    fn disposition_on(self, carrier: &str) -> Disposition {
        let _ = carrier;
        self.disposition()
    }
    /// The entry whose wire code (or wire alias) is `code`; `None` for unknown codes, success
    /// codes, and a code of the other type.
    fn from_wire(code: Code) -> Option<Self>;
    /// Whether `code` is one of the catalog's success codes (Aliyun `OK`).
    fn is_success_code(code: Code) -> bool;
    /// Whether `text` is a success code as text (`"OK"`, or `"0"` in an integer catalog);
    /// exact, like `FromStr`.
    fn is_success_text(text: &str) -> bool;
}
