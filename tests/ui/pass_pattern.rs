use error_catalog::code;

error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("tencent_gme");

fn advice(e: AliyunSmsError) -> &'static str {
    match e {
        code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL") | code!(AliyunSmsError, "isv.DAY_LIMIT_CONTROL") => "wait",
        code!(AliyunSmsError, "isv.AMOUNT_NOT_ENOUGH") => "top up",
        _ => "other",
    }
}

fn gme(e: TencentGmeError) -> bool {
    matches!(e, code!(TencentGmeError, 1005) | code!(TencentGmeError, "AV_ERR_NET_REQUEST_FALLED"))
}

fn main() {
    assert_eq!(advice(AliyunSmsError::IsvDayLimitControl), "wait");
    assert_eq!(advice(AliyunSmsError::IsvAmountNotEnough), "top up");
    assert_eq!(advice(AliyunSmsError::IspSystemError), "other");
    assert!(gme(TencentGmeError::AvErrTimeout));
    assert!(!gme(TencentGmeError::AvErrAuthFiald));
}
