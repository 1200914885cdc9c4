error_catalog::include_error_catalog!(path = "errors/invalid_variant.toml");

fn main() {}
