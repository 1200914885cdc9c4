mod vendors {
    pub mod tencent {
        error_catalog::include_error_catalog!("tencent_sms");
    }
}

mod policy {
    use crate::vendors::tencent::TencentSmsError;

    pub fn is_daily(e: TencentSmsError) -> bool {
        match e {
            error_catalog::code!(crate::vendors::tencent::TencentSmsError, "LimitExceeded.DailyLimit") => true,
            // Importing the enum imports its `code!` helper too.
            error_catalog::code!(TencentSmsError, "LimitExceeded.AppDailyLimit") => true,
            _ => false,
        }
    }
}

fn main() {
    use vendors::tencent::TencentSmsError;
    assert!(policy::is_daily(TencentSmsError::LimitExceededDailyLimit));
    assert!(policy::is_daily(error_catalog::code!(vendors::tencent::TencentSmsError, "LimitExceeded.AppDailyLimit")));
    assert!(!policy::is_daily(TencentSmsError::InternalError));
}
