//! A sender that fails over between SMS vendors with one policy.
//!
//! It tries Tencent Cloud, then Aliyun, then UCloud. Each vendor's answers are replayed from real
//! or official response bodies; the sender parses each body with `error_catalog::envelope`, and
//! the typed error's `Disposition` decides: retry the same vendor after a delay, fail over to the
//! next vendor, or stop (fix the request, give up on the recipient, alert someone).
//!
//! Run with `cargo run --example failover --features json`.

use std::collections::VecDeque;

use error_catalog::envelope::{self, EnvelopeError, Reply};
use error_catalog::{Disposition, ErrorCatalog};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("ucloud_usms");

/// How often one vendor is retried before the sender fails over.
const MAX_RETRIES: usize = 2;

/// One vendor: its name, how to read its bodies, and the bodies it will answer with.
struct Vendor {
    name: &'static str,
    parse: fn(&[u8]) -> Result<Outcome, EnvelopeError>,
    replies: VecDeque<&'static str>,
}

/// A reply reduced to what the sender needs.
enum Outcome {
    Sent,
    Failed {
        error: String,
        disposition: Disposition,
    },
}

fn outcome<E: ErrorCatalog>(reply: Reply<E>) -> Outcome {
    match reply {
        Reply::Success { .. } => Outcome::Sent,
        Reply::Failure(error) => Outcome::Failed {
            disposition: error.disposition(),
            error: error.to_string(),
        },
    }
}

fn tencent(body: &[u8]) -> Result<Outcome, EnvelopeError> {
    let reply = envelope::tencent_send_sms::<TencentSmsError>(body)?;
    // One number per request here: the request's failure, or else the number's.
    Ok(match reply.failures().next() {
        None => Outcome::Sent,
        Some(error) => Outcome::Failed {
            error: error.to_string(),
            disposition: error.disposition(),
        },
    })
}

fn aliyun(body: &[u8]) -> Result<Outcome, EnvelopeError> {
    envelope::aliyun::<AliyunSmsError>(body).map(outcome)
}

fn ucloud(body: &[u8]) -> Result<Outcome, EnvelopeError> {
    envelope::ucloud::<UcloudUsmsError>(body).map(outcome)
}

fn main() {
    let vendors = vec![
        Vendor {
            name: "Tencent Cloud",
            parse: tencent,
            replies: VecDeque::from([
                // Tencent Cloud SDK test fixture: rate limited, worth a retry.
                r#"{"Response": {"RequestId": "", "Error": {"Code": "RequestLimitExceeded"}}}"#,
                // The official error example of every API 3.0 product: bad credentials.
                r#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "The provided credentials could not be validated. Please check your signature is correct."}, "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
            ]),
        },
        Vendor {
            name: "Aliyun",
            parse: aliyun,
            replies: VecDeque::from([
                // Real bodies received from Aliyun: minute and hour flow control.
                r#"{"code": "isv.BUSINESS_LIMIT_CONTROL", "message": "触发分钟级流控Permits:1", "requestId": "434D422D-60D1-5DAE-BEE2-6E8119CAA789"}"#,
                r#"{"Message": "触发小时级流控Permits:5", "RequestId": "EFB5A5E4-5899-45FB-928E-56A9D25B9392", "Code": "isv.BUSINESS_LIMIT_CONTROL"}"#,
                r#"{"Message": "触发小时级流控Permits:5", "RequestId": "EFB5A5E4-5899-45FB-928E-56A9D25B9392", "Code": "isv.BUSINESS_LIMIT_CONTROL"}"#,
            ]),
        },
        Vendor {
            name: "UCloud",
            parse: ucloud,
            replies: VecDeque::from([
                // UCloud's official SendUSMSMessage success example.
                r#"{"Action": "SendUSMSMessageResponse", "Message": "提交发送成功", "RetCode": 0, "SessionNo": "5a3XXXXXXb-7XXXX2-4XXX", "UserId": "najiyZOy"}"#,
            ]),
        },
    ];

    for mut vendor in vendors {
        let mut retries = 0;
        while let Some(body) = vendor.replies.pop_front() {
            let decision = match (vendor.parse)(body.as_bytes()) {
                Ok(Outcome::Sent) => {
                    println!("{}: sent", vendor.name);
                    return;
                }
                Ok(Outcome::Failed { error, disposition }) => {
                    println!("{}: {error}", vendor.name);
                    disposition
                }
                Err(unreadable) => {
                    println!("{}: unreadable reply ({unreadable})", vendor.name);
                    Disposition::FailOver
                }
            };
            match decision {
                Disposition::Retry if retries < MAX_RETRIES => {
                    retries += 1;
                    println!("  -> retry {retries} of {MAX_RETRIES}, after a delay");
                }
                Disposition::Retry | Disposition::FailOver => {
                    println!("  -> fail over to the next vendor");
                    break;
                }
                Disposition::FixRequest | Disposition::GiveUp | Disposition::Alert => {
                    println!("  -> stop: {decision}");
                    return;
                }
            }
        }
    }
    println!("no vendor could send the message: alert an operator");
}
