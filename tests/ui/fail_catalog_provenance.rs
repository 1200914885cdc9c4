error_catalog::include_error_catalog!(path = "errors/provenance.toml");

fn main() {}
