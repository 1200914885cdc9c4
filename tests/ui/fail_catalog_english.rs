error_catalog::include_error_catalog!(path = "errors/english.toml");

fn main() {}
