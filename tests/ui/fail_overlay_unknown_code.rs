error_catalog::include_error_catalog!("tencent_sms", overlay = "errors/overlay_unknown_code.toml");

fn main() {}
