error_catalog::include_error_catalog!(path = "errors/duplicate_symbol.toml");

fn main() {}
