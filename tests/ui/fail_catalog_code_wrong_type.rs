error_catalog::include_error_catalog!(path = "errors/code_wrong_type.toml");

fn main() {}
