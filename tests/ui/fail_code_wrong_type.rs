error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_gme");

fn main() {
    let _ = error_catalog::code!(TencentSmsError, 1005);
    let _ = error_catalog::code!(TencentGmeError, 10.5);
    let _ = error_catalog::code!(TencentGmeError, b"AV_ERR_TIMEOUT");
}
