error_catalog::include_error_catalog!(
    "tencent_sms",
    overlay = "errors/overlay_does_not_exist.toml",
    overlay = "",
);

fn main() {}
