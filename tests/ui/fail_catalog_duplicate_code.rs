error_catalog::include_error_catalog!(path = "errors/duplicate_code.toml");

fn main() {}
