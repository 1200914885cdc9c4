use error_catalog::{Disposition, ErrorCatalog, code};

error_catalog::include_error_catalog!(path = "errors/acme_receipts.toml");
error_catalog::include_error_catalog!("tencent_sms");

fn main() {
    assert_eq!(AcmeReceiptError::CARRIERS.len(), 2);
    assert_eq!(AcmeReceiptError::CARRIERS[0].name, "中国移动");

    let status: AcmeReceiptError = "1".parse().unwrap();
    // The code alone: the carriers disagree, so it is retried.
    assert_eq!(status.disposition(), Disposition::Retry);
    // Each carrier's own reading, by id or by name.
    let mobile = status.reading("china_mobile").unwrap();
    assert_eq!(mobile.message, "停机、空号");
    assert_eq!(mobile.disposition, Disposition::GiveUp);
    assert_eq!(status.reading("中国移动"), Some(mobile));
    assert_eq!(status.disposition_on("中国电信"), Disposition::Retry);
    assert_eq!(status.readings().len(), 2);
    // Through the trait too, as generic receipt handling sees it.
    assert_eq!(ErrorCatalog::disposition_on(status, "china_mobile"), Disposition::GiveUp);

    // A code with no reading of its own, and a carrier the catalog does not have.
    let off = code!(AcmeReceiptError, "MK:0001");
    assert!(off.readings().is_empty());
    assert_eq!(off.reading("china_mobile"), None);
    assert_eq!(off.disposition_on("china_mobile"), Disposition::RetryLater);
    assert_eq!(status.disposition_on("china_unicom"), Disposition::Retry);

    // Catalogs without carriers have the same items, empty.
    let daily = code!(TencentSmsError, "LimitExceeded.DailyLimit");
    assert!(TencentSmsError::CARRIERS.is_empty());
    assert_eq!(daily.disposition_on("china_mobile"), daily.disposition());
    assert!(AcmeReceiptError::is_success_code("DELIVRD"));
}
