use error_catalog::code;

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_gme");

const DAILY: TencentSmsError = code!(TencentSmsError, "LimitExceeded.DailyLimit");

fn main() {
    assert_eq!(DAILY, TencentSmsError::LimitExceededDailyLimit);
    // An alias names its entry.
    assert_eq!(code!(TencentSmsError, "UnsupportedOperation."), TencentSmsError::UnsupportedOperation);
    // Integer codes by value (any integer literal syntax) or by symbol.
    let by_value = code!(TencentGmeError, 1005);
    let by_hex = code!(TencentGmeError, 0x3ED);
    let by_symbol = code!(TencentGmeError, "AV_ERR_TIMEOUT");
    assert_eq!(by_value, by_symbol);
    assert_eq!(by_hex, by_symbol);
    assert_eq!(by_value.name(), "AV_ERR_TIMEOUT");
}
