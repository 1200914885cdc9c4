error_catalog::include_error_catalog!(path = "errors/empty_message.toml");

fn main() {}
