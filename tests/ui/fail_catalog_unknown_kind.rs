error_catalog::include_error_catalog!(path = "errors/unknown_kind.toml");

fn main() {}
