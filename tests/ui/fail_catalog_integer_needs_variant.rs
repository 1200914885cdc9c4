error_catalog::include_error_catalog!(path = "errors/integer_needs_variant.toml");

fn main() {}
