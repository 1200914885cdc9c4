error_catalog::include_error_catalog!(path = "errors/wrong_value_type.toml");

fn main() {}
