error_catalog::include_error_catalog!("aliyun_sms");

fn main() {
    // `OK` is Aliyun's success code: no variant stands for it.
    let _ = error_catalog::code!(AliyunSmsError, "OK");
}
