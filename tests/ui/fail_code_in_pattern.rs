error_catalog::include_error_catalog!("aliyun_sms");

fn main() {
    let e = AliyunSmsError::IsvBusinessLimitControl;
    match e {
        error_catalog::code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROLL") => {}
        _ => {}
    }
}
