error_catalog::include_error_catalog!(path = "errors/keyword_variant.toml");

fn main() {}
