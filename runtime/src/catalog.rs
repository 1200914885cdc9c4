//! `ErrorCatalog`: what every generated enum is, so code can be generic over vendors.

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

use crate::{Code, Disposition, ErrorKind, UnknownCode};

/// An enum generated from a catalog by `include_error_catalog!`.
///
/// The generated enum has inherent methods of the same names that return the code in its own
/// type (`&'static str` or `i64`) and are `const`; this trait gives the same facts in one shape for
/// every catalog, so a retry or fail-over policy can be written once.
///
/// # Examples
///
/// ```
/// use error_catalog_runtime::{ErrorCatalog, ErrorKind};
///
/// /// Decides from any vendor's error whether to try the next vendor.
/// fn fail_over<E: ErrorCatalog>(error: E) -> bool {
///     !error.is_retryable()
///         && matches!(error.kind(), ErrorKind::QuotaExhausted | ErrorKind::Billing)
/// }
/// # let _ = fail_over::<Never>;
/// # #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)] enum Never {}
/// # impl core::fmt::Display for Never { fn fmt(&self, _: &mut core::fmt::Formatter<'_>) -> core::fmt::Result { match *self {} } }
/// # impl core::error::Error for Never {}
/// # impl core::str::FromStr for Never { type Err = error_catalog_runtime::UnknownCode; fn from_str(s: &str) -> Result<Self, Self::Err> { Err(error_catalog_runtime::UnknownCode::new("never", s)) } }
/// # impl ErrorCatalog for Never {
/// #     const ID: &'static str = "never"; const VENDOR: &'static str = ""; const PRODUCT: &'static str = "";
/// #     const SOURCE: &'static str = ""; const ENTRIES: &'static [Self] = &[];
/// #     fn code(self) -> error_catalog_runtime::Code { match self {} }
/// #     fn message(self) -> &'static str { match self {} }
/// #     fn solution(self) -> Option<&'static str> { match self {} }
/// #     fn kind(self) -> ErrorKind { match self {} }
/// #     fn is_retryable(self) -> bool { match self {} }
/// #     fn from_wire(_: error_catalog_runtime::Code) -> Option<Self> { None }
/// #     fn is_success_code(_: error_catalog_runtime::Code) -> bool { false }
/// # }
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

    /// The wire code.
    fn code(self) -> Code;
    /// The vendor's message for this error.
    fn message(self) -> &'static str;
    /// What the vendor says to do about it, when it says anything.
    fn solution(self) -> Option<&'static str>;
    /// What a caller should do about it.
    fn kind(self) -> ErrorKind;
    /// Whether retrying the same request later may succeed.
    fn is_retryable(self) -> bool;
    /// What to do about it: [`Disposition::of`] the kind and the retry advice.
    fn disposition(self) -> Disposition {
        Disposition::of(self.kind(), self.is_retryable())
    }
    /// The entry whose wire code (or wire alias) is `code`; `None` for unknown codes, success
    /// codes, and a code of the other type.
    fn from_wire(code: Code) -> Option<Self>;
    /// Whether `code` is one of the catalog's success codes (Aliyun `OK`).
    fn is_success_code(code: Code) -> bool;
}
