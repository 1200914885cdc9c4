error_catalog::include_error_catalog!(path = "errors/duplicate_variant.toml");

fn main() {}
