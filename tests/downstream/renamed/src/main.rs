//! error-catalog as `ec`: the generated code reaches it through the path of the call.
#![deny(missing_docs, warnings)]

ec::include_error_catalog!("tencent_gme");
ec::include_error_catalog!("aliyun_sms");

const TIMEOUT: TencentGmeError = ec::code!(TencentGmeError, "AV_ERR_TIMEOUT");

fn main() {
    assert_eq!(TIMEOUT.code(), 1005);
    let e: AliyunSmsError = "isv.BUSINESS_LIMIT_CONTROL".parse().unwrap();
    assert_eq!(e, ec::code!(AliyunSmsError, "isv.BUSINESS_LIMIT_CONTROL"));
    assert_eq!(e.kind(), ec::ErrorKind::RecipientLimited);
    assert!(AliyunSmsError::is_success_code("OK"));
    println!("renamed: ok");
}
