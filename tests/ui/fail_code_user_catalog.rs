error_catalog::include_error_catalog!(path = "errors/acme.toml");

fn main() {
    let _ = error_catalog::code!(AcmeSmsError, "Throttling.Usr");
}
