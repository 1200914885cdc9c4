use error_catalog::{ErrorCatalog, ErrorKind, code};

error_catalog::include_error_catalog!(path = "errors/acme.toml");
error_catalog::include_error_catalog!(path = "errors/acme_voice.toml");

fn main() {
    let e: AcmeSmsError = "Template.Missing".parse().unwrap();
    assert_eq!(e, code!(AcmeSmsError, "Template.NotFound"));
    assert_eq!(e.to_string(), "Template.NotFound");
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(AcmeSmsError::is_success_code("OK"));
    assert_eq!(<AcmeSmsError as ErrorCatalog>::ID, "acme_sms");
    match code!(AcmeSmsError, "Throttling.User") {
        code!(AcmeSmsError, "Throttling.User") => {}
        code!(AcmeSmsError, "Template.NotFound") => unreachable!(),
    }

    let busy = code!(AcmeVoiceError, "ACME_ERR_BUSY");
    assert_eq!(busy.code(), 1013);
    assert!(busy.is_retryable());
    assert_eq!(AcmeVoiceError::try_from(1005), Ok(AcmeVoiceError::AcmeErrTimeout));
}
