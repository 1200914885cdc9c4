use error_catalog::{ErrorCatalog, Lang, code};

error_catalog::include_error_catalog!(path = "errors/acme_cn.toml");

mod team {
    error_catalog::include_error_catalog!(
        path = "errors/acme_cn.toml",
        overlay = "errors/overlay_acme_cn.toml"
    );
}

fn main() {
    assert_eq!(AcmeCnError::LANGUAGE, Lang::Zh);
    let throttled = code!(AcmeCnError, "Acme.Throttled");
    assert_eq!(throttled.message(), "请求过于频繁");
    assert_eq!(throttled.message_in(Lang::En), "Too many requests.");
    assert_eq!(throttled.message_in(Lang::Zh), "请求过于频繁");
    assert_eq!(
        throttled.solution_in(Lang::En),
        Some("Please try again later.")
    );
    assert_eq!(throttled.cause_in(Lang::En), None);
    let english = throttled.english().unwrap();
    assert_eq!(english.message.from, "doc_en");
    assert_eq!(english.solution.unwrap().from, "translation");
    let translation = AcmeCnError::SOURCES
        .iter()
        .find(|s| s.id == "translation")
        .unwrap();
    assert!(translation.translation);
    // Display stays the vendor's.
    assert_eq!(throttled.to_string(), "Acme.Throttled");
    let alternate = format!("{throttled:#}");
    assert!(alternate.contains("请求过于频繁") && !alternate.contains("Too many"), "{alternate}");
    // Through the trait as well.
    fn english_of<E: ErrorCatalog>(e: E) -> &'static str {
        e.message_in(Lang::En)
    }
    assert_eq!(
        english_of(AcmeCnError::AcmeBlocked),
        "The number is blacklisted"
    );

    // The overlay's English replaces the catalog's; a new message without English falls back.
    assert_eq!(
        team::AcmeCnError::AcmeBlocked.message_in(Lang::En),
        "The recipient blocked us"
    );
    assert_eq!(
        team::AcmeCnError::AcmeThrottled.message_in(Lang::En),
        "请求太多"
    );
    assert!(team::AcmeCnError::AcmeThrottled.english().is_none());
}
