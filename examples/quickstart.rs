//! Quick start: turn error codes received from each vendor into typed errors and decide what to do.
//!
//! The codes are taken from real and official response bodies of each vendor (Tencent Cloud API
//! 3.0, the legacy Tencent voice API and its receipts, Aliyun, UCloud), plus a GME SDK result.
//!
//! Run with `cargo run --example quickstart`.

use error_catalog::{Disposition, ErrorCatalog};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms_receipt");
error_catalog::include_error_catalog!("ucloud_usms");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("tencent_gme");

/// Prints what a caller learns from one code.
fn report<E: ErrorCatalog>(received: &str) {
    match received.parse::<E>() {
        Ok(error) => {
            println!("{} {error}", E::ID);
            println!("    message:  {}", error.message());
            if let Some(solution) = error.solution() {
                println!("    solution: {solution}");
            }
            println!(
                "    kind:     {} ({})",
                error.kind(),
                if error.is_retryable() {
                    "retryable"
                } else {
                    "not retryable"
                }
            );
            // The catalog's decision, the same vocabulary for every vendor.
            let disposition: Disposition = error.disposition();
            println!(
                "    decision: {disposition}{}",
                if disposition.needs_operator() {
                    " (and tell an operator)"
                } else {
                    ""
                }
            );
        }
        Err(unknown) => println!("{unknown}: log it and alert, the catalog does not know it"),
    }
}

fn main() {
    // Tencent Cloud API 3.0: `Response.Error.Code`, and SendSms's per-number `SendStatusSet[].Code`.
    for code in [
        "AuthFailure.SignatureFailure",
        "RequestLimitExceeded",
        "InvalidParameterValue.TemplateParameterFormatError",
    ] {
        report::<TencentSmsError>(code);
    }

    // Legacy Tencent voice API: `{"result": 1014, "errmsg": "template not match"}`.
    let vms = TencentVmsError::try_from(1014).expect("documented code");
    report::<TencentVmsError>(&vms.to_string());

    // Voice delivery-failure callback: `{"voice_failure_callback": {"failure_code": 8, ...}}`.
    report::<TencentVmsReceiptError>("8");

    // Aliyun: `{"Code": "isv.BUSINESS_LIMIT_CONTROL", "Message": "触发小时级流控Permits:5", ...}`.
    report::<AliyunSmsError>("isv.BUSINESS_LIMIT_CONTROL");
    // `"Code": "OK"` is success, not an error.
    println!(
        "aliyun_sms OK is success: {}",
        AliyunSmsError::is_success_code("OK")
    );

    // UCloud: `{"Message": "Signature VerifyAC Error", "RetCode": 171}`.
    let ucloud = UcloudUsmsError::try_from(171).expect("documented code");
    report::<UcloudUsmsError>(&ucloud.to_string());

    // GME client SDK: callbacks report `int` results; symbols parse too.
    let gme = TencentGmeError::from_code(1005).expect("documented code");
    println!("tencent_gme {} is {}", gme.code(), gme.name());
    report::<TencentGmeError>(gme.name());

    // A code no catalog lists keeps its text for the log.
    report::<TencentSmsError>("FailedOperation.BrandNewCode");
}
