//! A `#![no_std]` user of error-catalog: generated enums need neither std nor alloc.
#![no_std]
#![deny(missing_docs, warnings)]

use error_catalog::{Disposition, ErrorCatalog, UnknownCode};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_gme");

/// What a device does about a GME result code.
#[must_use]
pub fn gme_disposition(code: i64) -> Option<Disposition> {
    TencentGmeError::from_code(code).map(TencentGmeError::disposition)
}

/// Parses a Tencent SMS code without allocating.
///
/// # Errors
///
/// When `text` is not a Tencent SMS code.
pub fn parse_sms(text: &str) -> Result<TencentSmsError, UnknownCode> {
    text.parse()
}

/// Writes a code and its message into a fixed buffer.
pub fn describe(code: TencentSmsError, out: &mut impl core::fmt::Write) -> core::fmt::Result {
    write!(out, "{code:#} ({})", <TencentSmsError as ErrorCatalog>::ID)
}
