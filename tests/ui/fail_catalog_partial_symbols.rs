error_catalog::include_error_catalog!(path = "errors/partial_symbols.toml");

fn main() {}
