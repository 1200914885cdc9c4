error_catalog::include_error_catalog!(tencent_sms);

fn main() {}
