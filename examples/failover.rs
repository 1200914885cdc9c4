//! A sender that fails over between SMS vendors with one policy.
//!
//! It tries Tencent Cloud, then Aliyun. Each vendor's answers are replayed from real or official
//! response bodies; the sender parses each body with `error_catalog::envelope`, and the typed
//! error's `Disposition` decides: retry the same vendor after a short delay, wait and send through
//! the same vendor later (a cap that protects the recipient: never routed around), fail over to
//! the next vendor, or stop (fix the request, give up on the recipient, check whether it was
//! delivered, alert someone).
//!
//! Run with `cargo run --example failover --features json`.

use std::collections::VecDeque;

use error_catalog::envelope::{self, EnvelopeError, Reply};
use error_catalog::{Disposition, ErrorCatalog};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("aliyun_sms");

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
                // A real body received from Aliyun: the per-number flow control of one minute.
                r#"{"code": "isv.BUSINESS_LIMIT_CONTROL", "message": "触发分钟级流控Permits:1", "requestId": "434D422D-60D1-5DAE-BEE2-6E8119CAA789"}"#,
                // Aliyun's official SendSms success example.
                r#"{"Code": "OK", "Message": "OK", "BizId": "9006197469364984****", "RequestId": "F655A8D5-B967-440B-8683-DAD6FF8DE990"}"#,
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
                    println!("  -> retry {retries} of {MAX_RETRIES}, after a short delay");
                }
                Disposition::RetryLater => {
                    // A real sender schedules the message; this one replays the next reply.
                    println!(
                        "  -> a cap that protects the recipient: send again later, through {} only",
                        vendor.name
                    );
                }
                Disposition::Retry | Disposition::FailOver => {
                    println!("  -> fail over to the next vendor");
                    break;
                }
                Disposition::Verify => {
                    println!("  -> it may have been delivered: check its status before resending");
                    return;
                }
                Disposition::Ignore => {
                    println!("  -> nothing to do");
                    return;
                }
                Disposition::FixRequest
                | Disposition::DropRecipients
                | Disposition::GiveUp
                | Disposition::Alert => {
                    println!("  -> stop: {decision}");
                    return;
                }
            }
        }
    }
    println!("no vendor could send the message: alert an operator");
}
