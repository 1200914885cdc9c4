// Variants named like the generated code's associated types (`Err`, `Error`) and prelude items
// (`Ok`, `Some`, `None`), or like a parameter (`text`), compile and parse.
#![allow(non_camel_case_types)]

error_catalog::include_error_catalog!(path = "errors/nasty_names.toml");
error_catalog::include_error_catalog!(path = "errors/nasty_symbols.toml");

fn main() {
    assert_eq!("ERR".parse::<NastyError>(), Ok(NastyError::Err));
    assert_eq!("ERROR".parse::<NastyError>(), Ok(NastyError::Error));
    assert_eq!(NastyError::from_code("OK"), Some(NastyError::Ok));
    assert_eq!(NastyError::from_code("NONE"), Some(NastyError::None));
    assert_eq!(NastyError::text.code(), "TEXT");
    assert!("nope".parse::<NastyError>().is_err());
    assert_eq!(NastySymbolError::try_from(1), Ok(NastySymbolError::Error));
    assert_eq!("ERR".parse::<NastySymbolError>(), Ok(NastySymbolError::Err));
    assert_eq!(NastySymbolError::Code.name(), "CODE");
}
