//! The one home of naming: from a wire code or symbol to a Rust variant name, and the rules a
//! name must follow.

/// Derives a variant name from a string code or a symbol (see `catalogs/README.md`).
///
/// The text is split at every character that is not an ASCII letter or digit; a part written all
/// in capitals is lower-cased and capitalised, any other part only gets its first letter
/// capitalised; the parts are joined. The result may still be invalid (empty, or starting with
/// a digit): [`check`] says so.
pub fn derive_variant(text: &str) -> String {
    let mut name = String::with_capacity(text.len());
    for part in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let all_caps = part.chars().all(|c| !c.is_ascii_lowercase());
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            if all_caps {
                name.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                name.extend(chars);
            }
        }
    }
    name
}

/// Why `name` cannot be a variant or enum name, if it cannot, as a predicate of the name
/// ("is a Rust keyword"). Names are ASCII: a letter or `_`, then letters, digits and `_`.
pub fn check(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return Err("is empty".to_owned());
    };
    if !first.is_ascii() {
        return Err(format!(
            "starts with {first:?}, which is not ASCII: names are ASCII letters, digits and `_`"
        ));
    }
    if !(first.is_ascii_alphabetic() || first == '_') {
        return Err(format!(
            "starts with {first:?}, which cannot start a Rust identifier"
        ));
    }
    if let Some(bad) = chars.find(|c| !(c.is_ascii_alphanumeric() || *c == '_')) {
        return Err(if bad.is_ascii() {
            format!("contains {bad:?}, which a Rust identifier cannot contain")
        } else {
            format!("contains {bad:?}, which is not ASCII: names are ASCII letters, digits and `_`")
        });
    }
    if name == "_" {
        return Err("is not an identifier".to_owned());
    }
    if is_keyword(name) {
        return Err("is a Rust keyword".to_owned());
    }
    Ok(())
}

/// Why `name` cannot be a variant of a generated enum, if it cannot: [`check`], and it must not
/// be the name of an associated item the enum is generated with (`ALL`, `code`), nor start with
/// `__`, which generated internals use.
pub fn check_variant(name: &str) -> Result<(), String> {
    check(name)?;
    if name.starts_with("__") {
        return Err("starts with `__`, which generated internals use".to_owned());
    }
    if crate::expand::ASSOCIATED_ITEMS.contains(&name) {
        return Err(format!(
            "is the name of an associated item of every generated enum (`E::{name}`)"
        ));
    }
    Ok(())
}

/// Rust keywords, strict and reserved, in every edition.
fn is_keyword(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
        "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
        "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
        "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "try",
        "type", "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
    ];
    KEYWORDS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derivation_table() {
        let table = [
            (
                "LimitExceeded.PhoneNumberDailyLimit",
                "LimitExceededPhoneNumberDailyLimit",
            ),
            ("isv.BUSINESS_LIMIT_CONTROL", "IsvBusinessLimitControl"),
            ("AuthFailure.MFAFailure", "AuthFailureMFAFailure"),
            ("AV_ERR_TIMEOUT", "AvErrTimeout"),
            ("AV_ERR_3DVOICE_ERR_NOT_INITED", "AvErr3dvoiceErrNotInited"),
            ("UnsupportedOperation.", "UnsupportedOperation"),
            ("isp.RAM_PERMISSION_DENY", "IspRamPermissionDeny"),
            ("InvalidTimeStamp.Expired", "InvalidTimeStampExpired"),
            ("QAVPTTERROR_S2T_PARAM_NULL", "QavptterrorS2tParamNull"),
            ("a-b c", "ABC"),
            ("1234", "1234"),
            ("", ""),
            ("短信", ""),
        ];
        for (text, expected) in table {
            assert_eq!(derive_variant(text), expected, "derived from {text:?}");
        }
    }

    #[test]
    fn check_table() {
        assert!(check("LimitExceeded").is_ok());
        assert!(check("_Private").is_ok());
        assert!(check("").unwrap_err().contains("empty"));
        assert!(check("1234").unwrap_err().contains("'1'"));
        assert!(check("Bad-Name").unwrap_err().contains("'-'"));
        assert!(check("type").unwrap_err().contains("keyword"));
        assert!(check("Self").is_err());
        assert!(check("_").is_err());
        assert!(check("Ünicode").unwrap_err().contains("not ASCII"));
        assert!(check("Ab→").unwrap_err().contains("not ASCII"));
        for reserved in ["ALL", "SOURCES", "code", "kind", "__CODES", "__Anything"] {
            assert!(check(reserved).is_ok());
            assert!(check_variant(reserved).is_err(), "{reserved}");
        }
        assert!(
            check_variant("Err").is_ok(),
            "generated code never names `Self::Err`"
        );
    }
}
