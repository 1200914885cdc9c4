error_catalog::include_error_catalog!(path = "errors/no_entries.toml");

fn main() {}
