error_catalog::include_error_catalog!(path = "errors/unknown_field.toml");

fn main() {}
