//! `Code`: a vendor's wire code, string or integer, independent of the catalog.

use core::fmt;

/// A wire code as a vendor sends it: a string (`"LimitExceeded.DailyLimit"`) or an integer
/// (`1005`).
///
/// Generated enums return their code in its own type from the inherent `code()`; the
/// [`ErrorCatalog`](crate::ErrorCatalog) trait returns it as a `Code`, so generic code can handle
/// string and integer catalogs alike.
///
/// # Examples
///
/// ```
/// use error_catalog_runtime::Code;
///
/// assert_eq!(Code::Str("isv.BUSINESS_LIMIT_CONTROL").to_string(), "isv.BUSINESS_LIMIT_CONTROL");
/// assert_eq!(Code::Int(1005).to_string(), "1005");
/// assert_eq!(Code::Int(1005).as_int(), Some(1005));
/// assert_eq!(Code::Int(1005).as_str(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// A string code.
    Str(&'static str),
    /// An integer code.
    Int(i64),
}

impl Code {
    /// The string code, if this is one.
    #[must_use]
    pub const fn as_str(self) -> Option<&'static str> {
        match self {
            Code::Str(code) => Some(code),
            Code::Int(_) => None,
        }
    }

    /// The integer code, if this is one.
    #[must_use]
    pub const fn as_int(self) -> Option<i64> {
        match self {
            Code::Int(code) => Some(code),
            Code::Str(_) => None,
        }
    }
}

impl fmt::Display for Code {
    /// Writes the code exactly as it goes over the wire.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Str(code) => f.pad(code),
            Code::Int(code) => fmt::Display::fmt(code, f),
        }
    }
}

impl From<&'static str> for Code {
    fn from(code: &'static str) -> Self {
        Code::Str(code)
    }
}

impl From<i64> for Code {
    fn from(code: i64) -> Self {
        Code::Int(code)
    }
}
