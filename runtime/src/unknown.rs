//! `UnknownCode`: the error of parsing a code that a catalog does not list.

use core::fmt;

/// How many bytes of a rejected text [`UnknownCode`] keeps.
///
/// Every documented code is far shorter; longer input is kept up to this length, cut at a
/// character boundary, so building the error never allocates.
pub const KEPT_TEXT_LEN: usize = 96;

/// The error returned when a text or number is not a code of a catalog.
///
/// It keeps the text it was given (up to [`KEPT_TEXT_LEN`] bytes, so building it never allocates
/// and a hostile 1 MiB input costs nothing), and the id of the catalog that rejected it, so a log
/// line says both.
///
/// # Examples
///
/// ```
/// use error_catalog_runtime::UnknownCode;
///
/// let err = UnknownCode::new("tencent_sms", "LimitExceeded.NoSuchLimit");
/// assert_eq!(err.text(), "LimitExceeded.NoSuchLimit");
/// assert_eq!(err.catalog(), "tencent_sms");
/// assert_eq!(err.to_string(), "unknown tencent_sms code \"LimitExceeded.NoSuchLimit\"");
///
/// let long = "x".repeat(1 << 20);
/// let err = UnknownCode::new("aliyun_sms", &long);
/// assert!(err.is_truncated());
/// assert_eq!(err.original_len(), 1 << 20);
/// ```
#[derive(Clone, Copy)]
pub struct UnknownCode {
    catalog: &'static str,
    // u32 keeps the error under 128 bytes, so `Result<E, UnknownCode>` stays cheap to return
    // (and clear of clippy's `result_large_err`); longer texts saturate.
    original_len: u32,
    kept_len: u8,
    kept: [u8; KEPT_TEXT_LEN],
}

impl UnknownCode {
    /// An error for `text`, rejected by the catalog `catalog`.
    #[must_use]
    #[inline]
    pub fn new(catalog: &'static str, text: &str) -> UnknownCode {
        let mut end = text.len().min(KEPT_TEXT_LEN);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut kept = [0; KEPT_TEXT_LEN];
        kept[..end].copy_from_slice(&text.as_bytes()[..end]);
        UnknownCode {
            catalog,
            original_len: u32::try_from(text.len()).unwrap_or(u32::MAX),
            // `end` is at most KEPT_TEXT_LEN, which fits in a u8.
            kept_len: end as u8,
            kept,
        }
    }

    /// An error for the integer `code`, rejected by the catalog `catalog`.
    ///
    /// ```
    /// use error_catalog_runtime::UnknownCode;
    /// assert_eq!(UnknownCode::from_int("tencent_gme", -42).text(), "-42");
    /// ```
    #[must_use]
    pub fn from_int(catalog: &'static str, code: i64) -> UnknownCode {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut rest = code.unsigned_abs();
        loop {
            at -= 1;
            // `rest % 10` is a single decimal digit.
            digits[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let mut kept = [0; KEPT_TEXT_LEN];
        let mut len = 0;
        if code < 0 {
            kept[0] = b'-';
            len = 1;
        }
        let digits = &digits[at..];
        kept[len..len + digits.len()].copy_from_slice(digits);
        len += digits.len();
        UnknownCode {
            catalog,
            // at most 21 bytes
            original_len: len as u32,
            // at most 20 digits and a sign
            kept_len: len as u8,
            kept,
        }
    }

    /// The rejected text (its first [`KEPT_TEXT_LEN`] bytes at most).
    #[must_use]
    pub fn text(&self) -> &str {
        let kept = &self.kept[..usize::from(self.kept_len)];
        // `kept` was copied from a `&str` and cut at a char boundary, or is ASCII digits.
        core::str::from_utf8(kept).unwrap_or_default()
    }

    /// The id of the catalog that rejected the text (`"tencent_sms"`).
    #[must_use]
    pub fn catalog(&self) -> &'static str {
        self.catalog
    }

    /// The length in bytes of the text as it was given, before any truncation (saturating at
    /// `u32::MAX`).
    #[must_use]
    pub fn original_len(&self) -> usize {
        self.original_len as usize
    }

    /// Whether the text was longer than [`KEPT_TEXT_LEN`] and only its start is kept.
    #[must_use]
    pub fn is_truncated(&self) -> bool {
        self.original_len() > usize::from(self.kept_len)
    }

    /// The kept text quoted, with `…` and the full length when it was cut:
    /// `"isv.NEW_CODE"`, `"xx…xx"… (1048576 bytes)`. Every message that shows a rejected text
    /// shows it this way, so none can show more.
    pub(crate) fn fmt_text(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.text())?;
        if self.is_truncated() {
            write!(f, "… ({} bytes)", self.original_len())?;
        }
        Ok(())
    }
}

impl PartialEq for UnknownCode {
    fn eq(&self, other: &Self) -> bool {
        self.catalog == other.catalog
            && self.original_len == other.original_len
            && self.text() == other.text()
    }
}

impl Eq for UnknownCode {}

impl core::hash::Hash for UnknownCode {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.catalog.hash(state);
        self.original_len.hash(state);
        self.text().hash(state);
    }
}

impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("catalog", &self.catalog)
            .field("text", &self.text())
            .field("original_len", &self.original_len)
            .finish()
    }
}

impl fmt::Display for UnknownCode {
    /// `unknown <catalog> code "<text>"`, with `…` and the full length when the text was cut.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} code ", self.catalog)?;
        self.fmt_text(f)
    }
}

impl core::error::Error for UnknownCode {}
