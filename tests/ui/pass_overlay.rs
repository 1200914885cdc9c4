//! Overlays on a built-in catalog and on a user catalog: amended decisions, added codes known to
//! `FromStr` and `code!`, several overlays in order, `non_exhaustive` after them.

#![deny(missing_docs)]

use error_catalog::{Disposition, ErrorKind, code};

error_catalog::include_error_catalog!(
    "tencent_sms",
    overlay = "errors/overlay_sms.toml",
    overlay = "errors/overlay_sms_second.toml",
);

mod user {
    error_catalog::include_error_catalog!(
        path = "errors/acme.toml",
        overlay = "errors/overlay_acme.toml",
        non_exhaustive,
    );
}

fn main() {
    // Amended: the team's decision, the rest as the catalog says.
    let daily = code!(TencentSmsError, "LimitExceeded.DailyLimit");
    assert_eq!(daily.disposition(), Disposition::RetryLater);
    assert_eq!(daily.kind(), ErrorKind::QuotaExhausted);
    assert_eq!(
        error_catalog::ErrorCatalog::disposition(daily),
        Disposition::RetryLater
    );

    // Added by the first overlay, amended by the second: a variant like any other.
    let new = code!(TencentSmsError, "FailedOperation.NewCodeSeenInLogs");
    assert_eq!(new, TencentSmsError::FailedOperationNewCodeSeenInLogs);
    assert_eq!(new.message(), "短信发送失败");
    assert_eq!(new.kind(), ErrorKind::Unavailable);
    assert!(new.is_retryable());
    assert_eq!(new.disposition(), Disposition::Retry);
    assert_eq!(new.sources(), &[] as &[&str]);
    assert_eq!("FailedOperation.NewCodeSeenInLog".parse(), Ok(new));
    assert_eq!(TencentSmsError::from_code("FailedOperation.NewCodeSeenInLogs"), Some(new));
    assert_eq!(TencentSmsError::ALL.len(), 133);
    assert_eq!(*TencentSmsError::ALL.last().unwrap(), new);
    match new {
        code!(TencentSmsError, "FailedOperation.NewCodeSeenInLogs") => {}
        _ => unreachable!(),
    }

    let capped = code!(TencentSmsError, "LimitExceeded.PhoneNumberDailyLimit");
    assert_eq!(capped.solution(), Some("tell the user to try again tomorrow"));
    assert_eq!(capped.disposition(), Disposition::RetryLater);

    // A user catalog: amended and added, and `#[non_exhaustive]`.
    let missing = code!(user::AcmeSmsError, "Template.NotFound");
    assert_eq!(missing.disposition(), Disposition::FailOver);
    let monthly: user::AcmeSmsError = "Quota.Monthly".parse().unwrap();
    assert_eq!(monthly.disposition(), Disposition::RetryLater);
    assert!(monthly.is_retryable());
}
