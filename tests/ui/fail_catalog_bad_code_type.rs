error_catalog::include_error_catalog!(path = "errors/bad_code_type.toml");

fn main() {}
