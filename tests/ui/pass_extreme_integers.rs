// `code!` takes every i64, `i64::MIN` included, in expressions and patterns.
error_catalog::include_error_catalog!(path = "errors/extremes.toml");
use error_catalog::code;

fn main() {
    const LOWEST: ExtremeError = code!(ExtremeError, -9223372036854775808);
    assert_eq!(LOWEST.code(), i64::MIN);
    assert_eq!(code!(ExtremeError, 9223372036854775807).code(), i64::MAX);
    assert_eq!(code!(ExtremeError, 2147483647), ExtremeError::Hex);
    match ExtremeError::from_code(i64::MIN) {
        Some(code!(ExtremeError, -9223372036854775808)) => {}
        other => panic!("{other:?}"),
    }
}
