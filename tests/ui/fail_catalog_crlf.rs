// A catalog with Windows line endings and an unterminated string: a located TOML error, not a
// panic of the macro.
error_catalog::include_error_catalog!(path = "errors/crlf_unterminated.toml");

fn main() {}
