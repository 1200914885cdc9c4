error_catalog::include_error_catalog!(file = "errors/acme.toml");

fn main() {}
