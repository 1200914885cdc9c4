use error_catalog::{Code, code};

error_catalog::include_error_catalog!(path = "errors/acme_provenance.toml");
error_catalog::include_error_catalog!(path = "errors/acme_voice.toml");

fn main() {
    assert_eq!(AcmeV3Error::SOURCES.len(), 2);
    assert!(AcmeV3Error::SOURCES[1].secondary);
    assert_eq!(AcmeV3Error::SOURCES[1].version, Some("v1.2.3"));

    let timeout = code!(AcmeV3Error, "FailedOperation.Timeout");
    assert_eq!(timeout.sources(), ["doc", "sdk"]);
    assert_eq!(timeout.wordings()[0].from, "sdk");
    assert_eq!(timeout.wordings()[0].message, "request timed out");

    // The link to the other catalog.
    assert_eq!(AcmeV3Error::COUNTERPART_CATALOG, Some("acme_voice"));
    assert_eq!(timeout.counterpart(), Some(Code::Int(1005)));
    let legacy = timeout.counterpart().and_then(|code| code.as_int()).and_then(AcmeVoiceError::from_code);
    assert_eq!(legacy, Some(AcmeVoiceError::AcmeErrTimeout));
    assert_eq!(code!(AcmeV3Error, "FailedOperation.LineBusy").counterpart(), None);
    // Catalogs without provenance say so with empty slices.
    assert!(AcmeVoiceError::SOURCES.is_empty());
    assert!(AcmeVoiceError::AcmeErrBusy.sources().is_empty());
}
