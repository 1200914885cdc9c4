error_catalog::include_error_catalog!(path = "errors/missing_field.toml");

fn main() {}
