//! Vendor API error tables as real Rust enums, generated at compile time.
//!
//! Cloud vendors report failures as codes (`LimitExceeded.PhoneNumberDailyLimit`,
//! `isv.BUSINESS_LIMIT_CONTROL`, `18013`, `1005`) documented only in web pages. error-catalog keeps
//! each vendor's table as a reviewed TOML *catalog* and turns it into an enum with one variant per
//! code, so a typo does not compile, a `match` is exhaustive, and every vendor's errors answer the
//! same question: what does a sender do about it?
//!
//! ```
//! error_catalog::include_error_catalog!("tencent_sms"); // defines `pub enum TencentSmsError`
//! error_catalog::include_error_catalog!("tencent_gme"); // defines `pub enum TencentGmeError`
//!
//! # fn main() -> Result<(), error_catalog::UnknownCode> {
//! let e: TencentSmsError = "LimitExceeded.PhoneNumberDailyLimit".parse()?;
//! assert_eq!(e, TencentSmsError::LimitExceededPhoneNumberDailyLimit);
//! assert_eq!(e.to_string(), "LimitExceeded.PhoneNumberDailyLimit");
//! assert_eq!(e.kind(), error_catalog::ErrorKind::RecipientLimited);
//! assert_eq!(e.disposition(), error_catalog::Disposition::RetryLater);
//! println!("{} {} {:?} {}", e.code(), e.message(), e.solution(), e.is_retryable());
//!
//! let g = TencentGmeError::from_code(1005).unwrap();
//! assert_eq!(g.name(), "AV_ERR_TIMEOUT");
//! assert_eq!("AV_ERR_TIMEOUT".parse::<TencentGmeError>()?, g);
//! assert!(g.is_retryable());
//!
//! let unknown = "LimitExceeded.NoSuchLimit".parse::<TencentSmsError>().unwrap_err();
//! assert_eq!(unknown.to_string(), "unknown tencent_sms code \"LimitExceeded.NoSuchLimit\"");
//! # Ok(())
//! # }
//! ```
//!
//! # Built-in catalogs
//!
//! | id | enum | sources | entries |
//! |---|---|---|---|
//! | `tencent_sms` | `TencentSmsError` | Tencent Cloud SMS API 3.0 page and SDK code lists | 132 (+7 aliases) |
//! | `tencent_sms_legacy` | `TencentSmsLegacyError` | Tencent Cloud SMS legacy API (`tlssmssvr`) page and its access-layer codes, linked to `tencent_sms` | 47 |
//! | `tencent_sms_receipt` | `TencentSmsReceiptError` | Tencent Cloud SMS carrier receipt status codes, read per carrier | 1,966 |
//! | `tencent_vms` | `TencentVmsError` | Tencent Cloud voice messages, legacy API codes | 19 |
//! | `tencent_vms_receipt` | `TencentVmsReceiptError` | Tencent Cloud voice messages, call receipt `failure_code` | 29 |
//! | `tencent_vms_v3` | `TencentVmsV3Error` | Tencent Cloud voice messages API 3.0 (SDK code list) | 24 |
//! | `ucloud_usms` | `UcloudUsmsError` | UCloud USMS and API gateway codes | 38 |
//! | `ucloud_usms_receipt` | `UcloudUsmsReceiptError` | UCloud carrier receipt status codes, read per carrier | 2,032 |
//! | `aliyun_sms` | `AliyunSmsError` | Aliyun SMS (dysms) page, a transcription of the current pages, the API gateway's common codes | 132 (+`OK` success) |
//! | `tencent_gme` | `TencentGmeError` | Tencent GME client SDK page and SDK lists, with `AV_ERR_*` symbols | 184 |
//! | `agora_rtc` | `AgoraRtcError` | Agora RTC native SDK 4.6.2 header, `ERROR_CODE_TYPE` | 71 (+1 alias) |
//! | `tencent_trtc` | `TencentTrtcError` | Tencent TRTC SDK 12.8 (Unity `TRTCCode.cs`), `onError` codes | 30 |
//! | `tencent_trtc_warning` | `TencentTrtcWarning` | the same file, `onWarning` codes | 31 |
//! | `zego_express` | `ZegoExpressError` | ZEGO Express SDK (Go SDK v1.0.3 `ZegoExpressErrorCode.go`) | 406 |
//! | `yunpian_sms` | `YunpianSmsError` | Yunpian 云片 SMS (Java SDK `Code.java`; older than the current docs) | 42 |
//! | `submail_sms` | `SubmailSmsError` | SUBMAIL 赛邮 SMS API error page (zh, en) | 58 |
//! | `aws_sns` | `AwsSnsError` | Amazon SNS (aws-sdk-go-v2 `service/sns/types/errors.go`) | 34 |
//! | `twilio` | `TwilioError` | Twilio's error dictionary (a 2023 copy): Programmable SMS, Voice, Messaging, and the codes of no product | 934 |
//!
//! # The generated API
//!
//! For a catalog whose enum is `E` (see [`include_error_catalog!`]):
//!
//! - `#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)] pub enum E`, one
//!   documented variant per code (your editor shows code, message and solution on hover);
//! - `E::ALL`, `E::SUCCESS_CODES`, `E::SOURCES`; `e.code()` (`&'static str` or `i64`), `e.message()`,
//!   `e.cause()`, `e.solution()`, `e.section()`, `e.kind()`, `e.is_retryable()`, all `const`;
//!   `e.name()` for catalogs with symbolic names; `e.disposition()`; `e.sources()`,
//!   `e.wordings()` and `e.counterpart()` (provenance and links between catalogs);
//! - `E::from_code(code)` and `E::is_success_code(code)`;
//! - `Display` writes the wire code (`{:#}` adds the message); `FromStr` parses the wire code, a
//!   symbol or an alias, with [`UnknownCode`] as its error; `TryFrom<i64>` for integer catalogs;
//! - [`ErrorCatalog`] and `core::error::Error`.
//!
//! # Checked codes
//!
//! [`code!`] names a variant by its vendor code, checked at compile time, in expressions and in
//! patterns:
//!
//! ```
//! error_catalog::include_error_catalog!("aliyun_sms");
//! use error_catalog::code;
//!
//! fn advice(e: AliyunSmsError) -> &'static str {
//!     match e {
//!         code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL") => "slow down",
//!         code!(AliyunSmsError, "isv.AMOUNT_NOT_ENOUGH") => "top up the account",
//!         _ => "see the message",
//!     }
//! }
//! assert_eq!(advice(code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL")), "slow down");
//! ```
//!
//! A misspelt code is a compile error on the literal: `unknown aliyun_sms code
//! "isv.BUSINESS_LIMIT_CONTROLL"; did you mean "isv.BUSINESS_LIMIT_CONTROL"?`.
//!
//! # One policy for every vendor
//!
//! Every entry has an [`ErrorKind`] and a [`Disposition`] — retry now or later, fail over, fix
//! the request, drop some recipients, give up on one, verify delivery first, ignore, or alert —
//! so a sender with several vendors decides the same way for all of them. Every built-in
//! decision follows the [`principles`]; a team tunes them per include with an overlay (see
//! [`include_error_catalog!`]). With the `json` feature, [`envelope`] reads each vendor's
//! response bodies:
//!
//! ```
//! # #[cfg(feature = "json")] {
//! use error_catalog::{Disposition, envelope};
//!
//! error_catalog::include_error_catalog!("aliyun_sms");
//!
//! let body = r#"{"Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发小时级流控Permits:5",
//!                "RequestId": "EFB5A5E4-5899-45FB-928E-56A9D25B9392"}"#;
//! let reply = envelope::aliyun::<AliyunSmsError>(body.as_bytes()).unwrap();
//! let error = reply.failure().unwrap();
//! assert_eq!(error.error(), Some(AliyunSmsError::IsvBusinessLimitControl));
//! // A per-number cap: wait, and never route around it through another vendor.
//! assert_eq!(error.disposition(), Disposition::RetryLater);
//! # }
//! ```
//!
//! # Features
//!
//! | feature | default | adds |
//! |---|---|---|
//! | `std` | yes | lets dependencies use std; implies `alloc` (without it, everything is `no_std`) |
//! | `alloc` | with `std` | [`ApiError`]: a failed call with the server's message and request id |
//! | `serde` | no | generated enums serialize as their wire code and deserialize from it |
//! | `json` | no | [`envelope`]: vendors' JSON response bodies (serde_json) |
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "alloc")]
pub use error_catalog_runtime::ApiError;
#[cfg(feature = "json")]
pub use error_catalog_runtime::envelope;
pub use error_catalog_runtime::{
    Carrier, Code, Disposition, English, ErrorCatalog, ErrorKind, KEPT_TEXT_LEN, Lang, Provenance,
    Reading, Text, UnknownCode, UnknownDisposition, UnknownKind, Wording, principles,
};

/// Defines an enum from an error catalog: one variant per vendor code.
///
/// - `include_error_catalog!("tencent_sms")`: a built-in catalog by id (`tencent_sms`,
///   `tencent_sms_legacy`, `tencent_sms_receipt`, `tencent_vms`, `tencent_vms_receipt`,
///   `tencent_vms_v3`, `ucloud_usms`,
///   `ucloud_usms_receipt`, `aliyun_sms`, `tencent_gme`, `agora_rtc`, `tencent_trtc`,
///   `tencent_trtc_warning`, `zego_express`, `yunpian_sms`, `submail_sms`, `aws_sns`, `twilio`).
/// - `include_error_catalog!(path = "errors/acme.toml")`: a catalog of your own, relative to your
///   crate's `Cargo.toml` (`CARGO_MANIFEST_DIR`) or absolute; the crate is rebuilt when the file
///   changes. The schema is documented in `catalogs/README.md`.
/// - `include_error_catalog!("tencent_sms", overlay = "errors/tencent_sms.toml")`: the catalog
///   amended by a file of your own (see *Overlays* below); several `overlay = "…"` apply in
///   order.
/// - `include_error_catalog!("tencent_sms", non_exhaustive)`: the enum is `#[non_exhaustive]`,
///   for a library that re-exports it (see *Versions* below). It comes after any overlays.
///
/// The enum is defined where the macro is called, with `pub` visibility, so a `match` over it
/// is exhaustive. It implements `Clone`, `Copy`, `Debug`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`,
/// `Ord`, `Display` (the wire code; `{:#}` adds the message), `FromStr` (the wire code, a symbol
/// or an alias, with [`UnknownCode`] as its error), `core::error::Error` and [`ErrorCatalog`];
/// `TryFrom<i64>` for integer catalogs; serde's traits with the `serde` feature. Its methods:
/// `E::ALL`, `E::SUCCESS_CODES`, `E::SOURCES`, `E::from_code`, `E::is_success_code`, and per
/// variant `code()`, `message()`, `cause()`, `solution()`, `section()`, `kind()`,
/// `is_retryable()`, `disposition()`, `name()` (catalogs with symbols), `sources()`,
/// `wordings()`, `counterpart()`. The module [`example_generated`] shows two generated enums.
///
/// A broken catalog is a compile error naming the file, line and column of every problem.
///
/// ```
/// error_catalog::include_error_catalog!("ucloud_usms");
///
/// let e = UcloudUsmsError::try_from(18013).unwrap();
/// assert_eq!(e.to_string(), "18013");
/// assert_eq!(format!("{e:#}"), "18013: 当前账号/项目中的短信剩余量不足");
/// assert!(UcloudUsmsError::try_from(99999).is_err());
/// ```
///
/// # Overlays
///
/// An overlay tunes a catalog's decisions, and adds codes the vendor has started sending, without
/// forking the catalog. It is a TOML file (relative to your `Cargo.toml`, like `path =`) of
/// `[[entry]]` tables in the catalog schema and no header:
///
/// ```toml
/// [[entry]]
/// code = "LimitExceeded.DailyLimit"          # in the catalog: amended
/// disposition = "retry_later"
///
/// [[entry]]
/// code = "FailedOperation.NewCodeSeenInLogs" # not in the catalog: added
/// message = "短信发送失败"
/// kind = "unknown"
/// ```
///
/// An entry whose `code` is in the catalog amends that entry with the fields it sets (`kind`,
/// `retryable`, `disposition`, `message`, `cause`, `solution`, `section`, `from`,
/// `counterpart` replace; `aliases` and `[[entry.wording]]` add); a new kind re-derives the
/// retry advice and the disposition that the entry does not set. An entry with a new `code`, a
/// `message` and a `kind` adds a variant, which [`code!`] knows. Every problem is a compile
/// error at the overlay's file, line and column: a code to amend that the catalog does not have
/// (with did you mean), a code twice, a `variant` or `symbol` amended, an unknown kind or
/// disposition. The crate is rebuilt when an overlay changes, and every amended or added
/// variant's rustdoc names the overlay and the fields it set.
///
/// # In a shared crate
///
/// Include the catalogs in one library crate and re-export them; every crate that can name an
/// enum can use [`code!`] with it, through the library's re-export of `code!`, with no
/// dependency on error-catalog of its own:
///
/// ```ignore
/// // vendor-errors/src/lib.rs
/// pub use error_catalog::code;
/// error_catalog::include_error_catalog!(
///     "tencent_sms",
///     overlay = "errors/tencent_sms.toml", // the team's decisions, in one place
///     non_exhaustive,
/// );
///
/// // notifier/src/main.rs (depends on vendor-errors only)
/// use vendor_errors::{TencentSmsError, code};
/// const DAILY: TencentSmsError = code!(TencentSmsError, "LimitExceeded.DailyLimit");
/// ```
///
/// The generated code reaches this crate through the path the macro is called by, so a renamed
/// dependency (`ec = { package = "error-catalog", … }`, then `ec::include_error_catalog!`) and
/// a crate that re-exports the macro work too.
///
/// # Versions
///
/// A catalog update that adds, removes or renames a code changes the enum's variants, which
/// breaks exhaustive `match`es: error-catalog releases it as a breaking version (a new minor
/// version before 1.0). A changed kind or disposition changes what a sender does without a
/// compile error; it is released the same way and listed in `CHANGELOG.md` with the reason. A
/// library that re-exports an enum can include it `non_exhaustive`, so that its own users need a
/// `_` arm and its next catalog update is not breaking for them.
#[macro_export]
macro_rules! include_error_catalog {
    ($($args:tt)*) => {
        $crate::__private::include! { [$crate] $($args)* }
    };
}

/// The variant of a catalog enum for a vendor code, checked at compile time.
///
/// `code!(Enum, "Code")` (string catalogs), `code!(Enum, 1005)` or `code!(Enum, "SYMBOL")`
/// (integer catalogs) expand to the variant's path, usable as an expression, in a `const` and
/// as a pattern. The enum may be named by a path (`code!(vendor_errors::TencentSmsError, "…")`)
/// or after a `use`: every enum made by [`include_error_catalog!`] brings a hidden helper macro
/// of the same name, imported and re-exported with it, in the crate that includes the catalog
/// and in every crate downstream of it.
///
/// An unknown code is a compile error on the literal, suggesting the closest known codes; so is
/// a success code (`code!(AliyunSmsError, "OK")`: no variant stands for it), several codes at
/// once (write `code!(E, "A") | code!(E, "B")`), and an integer catalog's code in quotes.
///
/// ```
/// error_catalog::include_error_catalog!("tencent_gme");
/// use error_catalog::code;
///
/// const TIMEOUT: TencentGmeError = code!(TencentGmeError, 1005);
/// assert_eq!(TIMEOUT, code!(TencentGmeError, "AV_ERR_TIMEOUT"));
/// assert_eq!(TIMEOUT.code(), 1005);
///
/// fn advice(e: TencentGmeError) -> &'static str {
///     match e {
///         code!(TencentGmeError, "AV_ERR_TIMEOUT") | code!(TencentGmeError, 1001) => "retry",
///         _ => "see the message",
///     }
/// }
/// assert_eq!(advice(TIMEOUT), "retry");
/// ```
///
/// ```compile_fail
/// error_catalog::include_error_catalog!("tencent_gme");
/// let _ = error_catalog::code!(TencentGmeError, 1000005); // unknown tencent_gme code 1000005
/// ```
#[macro_export]
macro_rules! code {
    ($($args:tt)*) => {
        $crate::__private::code! { [$crate] $($args)* }
    };
}

/// Two generated enums, as they appear in a user's crate: `tencent_vms_v3` (string codes) and
/// `tencent_vms` (integer codes). Only in the documentation; include a catalog to get its enum.
#[cfg(doc)]
pub mod example_generated {
    crate::include_error_catalog!("tencent_vms_v3");
    crate::include_error_catalog!("tencent_vms");
}

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Serde impls of a generated enum, when the `serde` feature is on: the wire code.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($enum:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $enum {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serde_support::serialize(*self, serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $enum {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::serde_support::deserialize(deserializer)
            }
        }
    };
}

/// Serde impls of a generated enum: none without the `serde` feature.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($enum:ident) => {};
}

/// Items the generated code refers to. Not a public API: no compatibility promise.
#[doc(hidden)]
pub mod __private {
    pub use error_catalog_macros::{code, include, resolve_code};
    pub use error_catalog_runtime::__private::*;
}
