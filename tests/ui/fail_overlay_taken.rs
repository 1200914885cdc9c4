error_catalog::include_error_catalog!("tencent_gme", overlay = "errors/overlay_taken.toml");

fn main() {}
