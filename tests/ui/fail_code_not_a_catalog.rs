fn main() {
    let _ = error_catalog::code!(String, "LimitExceeded.DailyLimit");
}
