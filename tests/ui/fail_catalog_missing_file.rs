error_catalog::include_error_catalog!(path = "errors/does_not_exist.toml");

fn main() {}
