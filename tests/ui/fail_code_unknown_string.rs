error_catalog::include_error_catalog!("tencent_sms");

fn main() {
    let _ = error_catalog::code!(TencentSmsError, "LimitExceeded.DailyLimt");
}
