error_catalog::include_error_catalog!("tencent_sms", "aliyun_sms");

fn main() {}
