// A misspelt code in a crate downstream of the one that includes the catalog.
use vendor::{TencentSmsError, code};

fn main() {
    let _ = code!(TencentSmsError, "LimitExceeded.DailyLimt");
}
