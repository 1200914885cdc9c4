error_catalog::include_error_catalog!(path = "errors/all_at_once.toml");

fn main() {}
