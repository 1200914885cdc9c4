error_catalog::include_error_catalog!(path = "errors/toml_syntax.toml");

fn main() {}
