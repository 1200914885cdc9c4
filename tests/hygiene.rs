//! Generated code is clean in a user's crate: no prelude needed, items shadowing prelude and
//! `core` names do not confuse it, and it passes `missing_docs`, every rustc warning and clippy's
//! pedantic group.
#![no_implicit_prelude]
#![deny(
    missing_docs,
    warnings,
    clippy::all,
    clippy::pedantic,
    clippy::result_large_err
)]

/// Every built-in catalog, next to items that shadow the names generated code must not use
/// unqualified.
pub mod vendors {
    #![allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]

    struct Option;
    struct Some;
    struct None;
    struct Result;
    struct Ok;
    struct Err;
    struct Clone;
    struct Copy;
    struct Debug;
    struct Display;
    struct FromStr;
    struct TryFrom;
    struct Error;
    struct ErrorKind;
    struct Code;
    struct UnknownCode;
    struct String;
    struct Vec;
    struct bool;
    struct str;
    struct i64;
    mod core {}
    mod std {}
    mod error_catalog {}

    ::error_catalog::include_error_catalog!("tencent_sms");
    ::error_catalog::include_error_catalog!("tencent_sms_legacy");
    ::error_catalog::include_error_catalog!("tencent_vms");
    ::error_catalog::include_error_catalog!("tencent_vms_receipt");
    ::error_catalog::include_error_catalog!("ucloud_usms");
    ::error_catalog::include_error_catalog!("aliyun_sms");
    ::error_catalog::include_error_catalog!("tencent_gme");
    ::error_catalog::include_error_catalog!("tencent_sms_receipt");
    ::error_catalog::include_error_catalog!("ucloud_usms_receipt");
    ::error_catalog::include_error_catalog!("twilio");
    ::error_catalog::include_error_catalog!("zego_express");
    ::error_catalog::include_error_catalog!("aws_sns");
    ::error_catalog::include_error_catalog!("submail_sms");
    ::error_catalog::include_error_catalog!("yunpian_sms");
    ::error_catalog::include_error_catalog!("tencent_trtc_warning");
    ::error_catalog::include_error_catalog!("tencent_trtc");
    ::error_catalog::include_error_catalog!("agora_rtc");
    ::error_catalog::include_error_catalog!("tencent_vms_v3");
}

/// Parsing into a generated enum returns a small `Result` (no `clippy::result_large_err`).
///
/// # Errors
///
/// When `text` is not a Tencent SMS code.
pub fn parse(
    text: &str,
) -> ::core::result::Result<vendors::TencentSmsError, ::error_catalog::UnknownCode> {
    text.parse()
}

#[test]
fn generated_code_works_without_prelude() {
    use ::core::assert_eq;
    use ::core::option::Option::Some;

    use vendors::{AliyunSmsError, TencentGmeError, TencentSmsError};

    assert_eq!(
        "LimitExceeded.DailyLimit".parse::<TencentSmsError>(),
        ::core::result::Result::Ok(TencentSmsError::LimitExceededDailyLimit)
    );
    assert_eq!(
        TencentGmeError::from_code(1005),
        Some(TencentGmeError::AvErrTimeout)
    );
    assert_eq!(
        ::error_catalog::code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL"),
        AliyunSmsError::IsvBusinessLimitControl
    );
    assert_eq!(
        ::error_catalog::code!(vendors::TencentGmeError, "AV_ERR_TIMEOUT").code(),
        1005
    );
}
