error_catalog::include_error_catalog!(path = "errors/duplicate_alias.toml");

fn main() {}
