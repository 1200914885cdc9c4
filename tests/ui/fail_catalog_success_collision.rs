error_catalog::include_error_catalog!(path = "errors/success_collision.toml");

fn main() {}
