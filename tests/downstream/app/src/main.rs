//! A service that uses the team's crate only: `code!` in expressions, `const`s and patterns,
//! exhaustive and non-exhaustive `match`es, and a catalog included through the re-exported macro.
#![deny(missing_docs, warnings)]

use vendor::{AcmeSmsError, Disposition, TencentSmsError, UcloudUsmsError, code};

/// A catalog included here, through `vendor`'s re-export of the macro.
mod here {
    vendor::include_error_catalog!("tencent_vms_v3");
}

const DAILY: TencentSmsError = code!(TencentSmsError, "LimitExceeded.DailyLimit");

fn advice(e: TencentSmsError) -> &'static str {
    match e {
        code!(TencentSmsError, "LimitExceeded.DailyLimit")
        | code!(
            vendor::TencentSmsError,
            "LimitExceeded.PhoneNumberDailyLimit"
        ) => "tomorrow",
        code!(
            vendor::TencentSmsError,
            "FailedOperation.InsufficientBalanceInSmsPackage"
        ) => "top up",
        // Added by the team's overlay in `vendor`.
        code!(TencentSmsError, "FailedOperation.NewCodeSeenInLogs") => "tell the vendor",
        _ => "see the message",
    }
}

/// Every variant of the team's own catalog, without `_`: a new code would not compile here.
fn exhaustive(e: AcmeSmsError) -> u8 {
    match e {
        code!(AcmeSmsError, "Throttling.User") => 1,
        code!(vendor::own::AcmeSmsError, "Template.NotFound") => 2,
    }
}

/// `ucloud_usms` is included `non_exhaustive`: here, a `_` arm is required (the doctest of
/// `vendor` shows the error without one).
fn ucloud(e: UcloudUsmsError) -> &'static str {
    match e {
        code!(UcloudUsmsError, 18013) => "top up",
        code!(UcloudUsmsError, 18014) => "drop the invalid numbers",
        _ => "see the message",
    }
}

fn main() {
    assert_eq!(DAILY, vendor::DAILY_LIMIT);
    assert_eq!(advice(DAILY), "tomorrow");
    // The team's overlay decides this one.
    assert_eq!(DAILY.disposition(), Disposition::RetryLater);
    let seen: TencentSmsError = "FailedOperation.NewCodeSeenInLogs".parse().unwrap();
    assert_eq!(advice(seen), "tell the vendor");
    assert_eq!(seen.disposition(), Disposition::Alert);
    assert_eq!(
        advice(code!(
            TencentSmsError,
            "LimitExceeded.PhoneNumberDailyLimit"
        )),
        "tomorrow"
    );
    assert_eq!(exhaustive(vendor::THROTTLED), 1);
    assert_eq!(exhaustive("Template.Missing".parse().unwrap()), 2);
    assert_eq!(ucloud(UcloudUsmsError::try_from(18013).unwrap()), "top up");
    assert_eq!(vendor::AGAIN.code(), 1001);
    assert_eq!(
        code!(vendor::TencentVmsError, 1001),
        vendor::TencentVmsError::from_code(1001).unwrap()
    );
    let v3 = code!(
        here::TencentVmsV3Error,
        "LimitExceeded.DeliveryFrequencyLimit"
    );
    assert_eq!(v3.to_string(), "LimitExceeded.DeliveryFrequencyLimit");
    let _: Disposition = DAILY.disposition();
    println!("app: every code! resolved through vendor");
}

#[cfg(test)]
mod tests {
    /// Compile errors as this crate's users see them.
    #[test]
    fn ui() {
        trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
    }
}
