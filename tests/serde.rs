//! Generated enums serialize as their wire code and deserialize from it (feature `serde`).

use error_catalog::ErrorCatalog;
use serde_json::json;

mod common;
use common::*;

fn round_trip<E>()
where
    E: ErrorCatalog + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug,
{
    for &entry in E::ENTRIES {
        let value = serde_json::to_value(entry).unwrap();
        match entry.code() {
            error_catalog::Code::Str(code) => assert_eq!(value, json!(code)),
            error_catalog::Code::Int(code) => assert_eq!(value, json!(code)),
        }
        assert_eq!(serde_json::from_value::<E>(value).unwrap(), entry);
    }
}

#[test]
fn every_entry_round_trips_as_its_wire_code() {
    each_catalog!(round_trip);
}

#[test]
fn struct_fields_hold_typed_codes() {
    #[derive(serde::Deserialize, serde::Serialize, Debug, PartialEq)]
    struct Logged {
        vendor_code: AliyunSmsError,
        gme: TencentGmeError,
    }
    let logged: Logged =
        serde_json::from_str(r#"{"vendor_code": "isv.BUSINESS_LIMIT_CONTROL", "gme": 1005}"#)
            .unwrap();
    assert_eq!(
        logged,
        Logged {
            vendor_code: AliyunSmsError::IsvBusinessLimitControl,
            gme: TencentGmeError::AvErrTimeout
        }
    );
    assert_eq!(
        serde_json::to_string(&logged).unwrap(),
        r#"{"vendor_code":"isv.BUSINESS_LIMIT_CONTROL","gme":1005}"#
    );
}

#[test]
fn aliases_and_symbols_deserialize_too() {
    assert_eq!(
        serde_json::from_str::<TencentSmsError>(r#""UnsupportedOperation.""#).unwrap(),
        TencentSmsError::UnsupportedOperation
    );
    assert_eq!(
        serde_json::from_str::<TencentGmeError>(r#""AV_ERR_TIMEOUT""#).unwrap(),
        TencentGmeError::AvErrTimeout
    );
}

#[test]
fn unknown_codes_are_errors_showing_the_raw_value() {
    let error = serde_json::from_str::<AliyunSmsError>(r#""isv.NEW_CODE""#).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"invalid value: string "isv.NEW_CODE", expected a code of the aliyun_sms catalog at line 1 column 14"#
    );
    let error = serde_json::from_str::<TencentGmeError>("99999").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid value: integer `99999`, expected a code of the tencent_gme catalog at line 1 column 5"
    );
    let error = serde_json::from_str::<TencentGmeError>("-1").unwrap_err();
    assert!(error.to_string().contains("integer `-1`"), "{error}");
    let error = serde_json::from_str::<TencentGmeError>("18446744073709551615").unwrap_err();
    assert!(
        error.to_string().contains("18446744073709551615"),
        "{error}"
    );
    // The wrong JSON type is an error too.
    assert!(serde_json::from_str::<TencentSmsError>("1005").is_err());
    assert!(serde_json::from_str::<TencentGmeError>("1005.0").is_err());
    assert!(serde_json::from_str::<TencentGmeError>("null").is_err());
}

#[test]
fn a_long_unknown_code_shows_only_what_unknown_code_keeps() {
    let code = "x".repeat(1 << 20);
    let json = format!("\"{code}\"");
    let kept = "x".repeat(error_catalog::KEPT_TEXT_LEN);
    let error = serde_json::from_str::<AliyunSmsError>(&json).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "invalid value: string \"{kept}\"… (1048576 bytes), expected a code of the aliyun_sms \
             catalog at line 1 column 1048578"
        )
    );
    // The text is cut where `UnknownCode` cuts it, at a character boundary, for every catalog.
    let code = format!("{}{}", "x".repeat(95), "流".repeat(1000));
    let unknown = error_catalog::UnknownCode::new("tencent_gme", &code);
    let error = serde_json::from_str::<TencentGmeError>(&format!("\"{code}\"")).unwrap_err();
    assert!(
        error.to_string().starts_with(&format!(
            "invalid value: string {:?}… (3095 bytes), ",
            unknown.text()
        )),
        "{error}"
    );
}
