//! A user's crate: includes every built-in catalog and uses every generated method.
#![deny(missing_docs, warnings)]

use error_catalog::{Code, ErrorCatalog, ErrorKind, UnknownCode, code};

/// The vendors this service talks to.
pub mod vendors {
    error_catalog::include_error_catalog!("tencent_sms");
    error_catalog::include_error_catalog!("tencent_sms_legacy");
    error_catalog::include_error_catalog!("tencent_vms");
    error_catalog::include_error_catalog!("tencent_vms_receipt");
    error_catalog::include_error_catalog!("ucloud_usms");
    error_catalog::include_error_catalog!("aliyun_sms");
    error_catalog::include_error_catalog!("tencent_gme");
    error_catalog::include_error_catalog!("tencent_sms_receipt");
    error_catalog::include_error_catalog!("ucloud_usms_receipt");
    error_catalog::include_error_catalog!("twilio");
    error_catalog::include_error_catalog!("zego_express");
    error_catalog::include_error_catalog!("aws_sns");
    error_catalog::include_error_catalog!("submail_sms");
    error_catalog::include_error_catalog!("yunpian_sms");
    error_catalog::include_error_catalog!("tencent_trtc_warning");
    error_catalog::include_error_catalog!("tencent_trtc");
    error_catalog::include_error_catalog!("agora_rtc");
    error_catalog::include_error_catalog!("tencent_vms_v3");
}

use vendors::{
    AgoraRtcError, AliyunSmsError, AwsSnsError, SubmailSmsError, TencentGmeError, TencentSmsError,
    TencentSmsLegacyError, TencentSmsReceiptError, TencentTrtcError, TencentTrtcWarning,
    TencentVmsError, TencentVmsReceiptError, TencentVmsV3Error, TwilioError, UcloudUsmsError,
    UcloudUsmsReceiptError, YunpianSmsError, ZegoExpressError,
};

fn generic<E: ErrorCatalog>() -> usize {
    for &entry in E::ENTRIES {
        assert_eq!(E::from_wire(entry.code()), Some(entry));
        let _: (&str, Option<&str>, ErrorKind, bool) = (
            entry.message(),
            entry.solution(),
            entry.kind(),
            entry.is_retryable(),
        );
    }
    assert!(!E::VENDOR.is_empty() && !E::PRODUCT.is_empty() && E::SOURCE.starts_with("https://"));
    E::ENTRIES.len()
}

fn main() {
    // String catalog: every generated method.
    let e: TencentSmsError = "LimitExceeded.PhoneNumberDailyLimit".parse().unwrap();
    assert_eq!(e.to_string(), "LimitExceeded.PhoneNumberDailyLimit");
    let code: &'static str = e.code();
    let message: &'static str = e.message();
    println!(
        "{code} {message} {:?} {:?} {:?} {} {}",
        e.solution(),
        e.cause(),
        e.section(),
        e.kind(),
        e.is_retryable()
    );
    assert_eq!(TencentSmsError::from_code(code), Some(e));
    assert_eq!(format!("{e:#}"), format!("{code}: {message}"));
    assert!(TencentSmsError::ALL.contains(&e));
    assert!(!TencentSmsError::is_success_code(code));
    assert_eq!(TencentSmsError::SUCCESS_CODES, ["Ok"]);
    assert!(TencentSmsError::is_success_code("Ok"));
    let _: error_catalog::Disposition = e.disposition();
    let unknown: UnknownCode = "Nope".parse::<TencentSmsError>().unwrap_err();
    assert_eq!(unknown.text(), "Nope");
    let as_error: &dyn std::error::Error = &e;
    assert_eq!(as_error.to_string(), code);
    assert_eq!(ErrorCatalog::code(e), Code::Str(code));

    // Integer catalogs with symbols.
    let g = TencentGmeError::from_code(1005).unwrap();
    assert_eq!(g.name(), "AV_ERR_TIMEOUT");
    assert_eq!("AV_ERR_TIMEOUT".parse::<TencentGmeError>().unwrap(), g);
    assert_eq!(TencentGmeError::try_from(1005), Ok(g));
    let value: i64 = g.code();
    assert_eq!(value, 1005);

    // Integer catalogs without symbols, and the success code of Aliyun.
    assert_eq!(
        TencentVmsError::try_from(1031).unwrap().kind(),
        ErrorKind::QuotaExhausted
    );
    assert!(TencentVmsReceiptError::try_from(2).unwrap().is_retryable());
    assert_eq!(
        UcloudUsmsError::try_from(18013).unwrap().to_string(),
        "18013"
    );
    assert!(AliyunSmsError::is_success_code("OK") && AliyunSmsError::from_code("OK").is_none());

    // Checked codes, by plain name and by path, as expression and pattern.
    let limited = code!(vendors::AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL");
    let decision = match limited {
        code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL")
        | code!(AliyunSmsError, "isv.DAY_LIMIT_CONTROL") => "wait",
        _ => "other",
    };
    assert_eq!(decision, "wait");
    let by_symbol = code!(TencentGmeError, "AV_ERR_TIMEOUT");
    let by_value = code!(TencentGmeError, 1005);
    assert_eq!(by_symbol, by_value);

    let total = generic::<TencentSmsError>()
        + generic::<TencentVmsError>()
        + generic::<TencentVmsReceiptError>()
        + generic::<UcloudUsmsError>()
        + generic::<AliyunSmsError>()
        + generic::<TencentGmeError>()
        + generic::<TencentVmsV3Error>()
        + generic::<TencentSmsLegacyError>()
        + generic::<TencentSmsReceiptError>()
        + generic::<UcloudUsmsReceiptError>()
        + generic::<TwilioError>()
        + generic::<ZegoExpressError>()
        + generic::<AwsSnsError>()
        + generic::<SubmailSmsError>()
        + generic::<YunpianSmsError>()
        + generic::<TencentTrtcWarning>()
        + generic::<TencentTrtcError>()
        + generic::<AgoraRtcError>();
    println!("external crate: {total} entries across every built-in catalog");
}
