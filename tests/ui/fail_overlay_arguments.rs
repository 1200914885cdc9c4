error_catalog::include_error_catalog!(
    "tencent_sms",
    overlay = "errors/overlay_sms.toml",
    overlay = "errors/overlay_sms.toml",
);

mod after {
    error_catalog::include_error_catalog!("tencent_sms", non_exhaustive, overlay = "errors/overlay_sms.toml");
}

mod no_value {
    error_catalog::include_error_catalog!("tencent_sms", overlay);
}

fn main() {}
