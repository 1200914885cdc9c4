error_catalog::include_error_catalog!("aliyun_sms");

fn main() {
    // Several codes in one `code!`: one per `code!`, joined by `|` outside.
    let _ = match error_catalog::code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL") {
        error_catalog::code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL" | "isv.DAY_LIMIT_CONTROL") => 1,
        _ => 0,
    };
}
