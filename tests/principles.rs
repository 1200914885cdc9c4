//! The principles of `error_catalog::principles`, as tests over every built-in catalog: each
//! rule that can be stated on the data (a kind, a retry advice, words of the vendor's text) is
//! checked for every entry, and every violation is reported at once, by catalog and code.

use error_catalog::{Carrier, Disposition, ErrorCatalog, ErrorKind};

mod common;
use common::*;

/// The vendor's texts of an entry: message, cause and solution.
fn text<E: ErrorCatalog>(e: E) -> String {
    [Some(e.message()), e.cause(), e.solution()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `rule` over every entry of every catalog; `rule` returns why an entry breaks it.
fn check_all(name: &str, rule: &dyn Fn(ErrorKind, Disposition, bool, &str) -> Option<String>) {
    let mut broken = Vec::new();
    macro_rules! over {
        ($($e:ty),*) => {$(
            for &e in <$e as ErrorCatalog>::ENTRIES {
                // An entry whose message lists its carriers' readings is decided by principle 7
                // (tested below); its readings by every rule.
                if !combines_readings(e.message(), <$e>::CARRIERS) {
                    if let Some(why) = rule(e.kind(), e.disposition(), e.is_retryable(), &text(e)) {
                        broken.push(format!("{} {}: {why}", <$e as ErrorCatalog>::ID, e));
                    }
                }
                for reading in e.readings() {
                    let decision = (reading.kind, reading.disposition, reading.retryable);
                    if let Some(why) = rule(decision.0, decision.1, decision.2, reading.message) {
                        broken.push(format!(
                            "{} {} ({}): {why}",
                            <$e as ErrorCatalog>::ID,
                            e,
                            reading.carrier
                        ));
                    }
                }
            }
        )*};
    }
    over!(
        TencentSmsError,
        TencentSmsLegacyError,
        TencentVmsError,
        TencentVmsReceiptError,
        TencentVmsV3Error,
        UcloudUsmsError,
        AliyunSmsError,
        TencentGmeError,
        AgoraRtcError,
        TencentTrtcError,
        TencentTrtcWarning,
        YunpianSmsError,
        SubmailSmsError,
        AwsSnsError,
        ZegoExpressError,
        TwilioError,
        UcloudUsmsReceiptError,
        TencentSmsReceiptError
    );
    assert!(
        broken.is_empty(),
        "{name}: {} entries break it:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

/// Whether `message` is its carriers' readings listed one per line (`中国移动：…`).
fn combines_readings(message: &str, carriers: &[Carrier]) -> bool {
    carriers
        .iter()
        .any(|carrier| message.starts_with(&format!("{}：", carrier.name)))
}

/// Principle 7: the code alone, when its carriers' readings are listed, takes their common
/// decision, or is `unknown` and retried.
#[test]
fn a_code_read_per_carrier_alone_takes_the_common_decision_or_is_retried() {
    let mut combined = 0;
    for &e in UcloudUsmsReceiptError::ALL {
        if !combines_readings(e.message(), UcloudUsmsReceiptError::CARRIERS) {
            continue;
        }
        combined += 1;
        let decisions: std::collections::BTreeSet<Disposition> = e
            .readings()
            .iter()
            .map(|reading| reading.disposition)
            .collect();
        if decisions.len() == 1 {
            assert_eq!(decisions.first(), Some(&e.disposition()), "{e}");
        } else {
            assert_eq!(
                (e.kind(), e.disposition()),
                (ErrorKind::Unknown, Disposition::Retry),
                "{e}"
            );
        }
    }
    assert!(combined > 100, "{combined}");
}

fn any_of(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| text.contains(word))
}

/// Every built-in decision is derived from kind and retry advice: none is set per entry.
#[test]
fn every_built_in_decision_is_derived() {
    check_all("one derivation", &|kind, disposition, retryable, _| {
        let derived = Disposition::of(kind, retryable);
        (disposition != derived).then(|| format!("{disposition}, but the kind gives {derived}"))
    });
}

/// Principle 1: no cap that protects the recipient, and no cap the sender set, fails over.
#[test]
fn no_recipient_or_sender_cap_fails_over() {
    check_all("principle 1, caps wait", &|kind, disposition, _, _| {
        (matches!(kind, ErrorKind::RecipientLimited | ErrorKind::SenderCapped)
            && disposition != Disposition::RetryLater)
            .then(|| format!("{kind} is {disposition}, not retry_later"))
    });
}

/// Principle 1, on the vendor's words: a cap per number, on the same content, or a sending
/// window is `recipient_limited`.
#[test]
fn per_number_caps_and_windows_are_recipient_limited() {
    check_all("principle 1, per-number caps", &|kind, _, _, text| {
        let per_number = any_of(text, &["单个手机号", "单个号码", "同一个手机号码"]);
        let cap = any_of(text, &["上限", "流控", "频率", "条/"]);
        let window = text.contains("只允许在") && text.contains("点");
        ((per_number && cap) || window)
            .then_some(())
            .filter(|()| kind != ErrorKind::RecipientLimited)
            .map(|()| format!("a per-number cap or sending window is {kind}"))
    });
}

/// Principle 1, on the vendor's words: what the sender set in the console, or can change there
/// itself, is never routed around.
#[test]
fn caps_the_sender_set_never_fail_over() {
    check_all(
        "principle 1, the sender's own caps",
        &|_, disposition, _, text| {
            (any_of(text, &["可自行到控制台", "您在控制台设置"])
                && !matches!(disposition, Disposition::RetryLater | Disposition::GiveUp))
            .then(|| format!("the sender's own setting is {disposition}"))
        },
    );
}

/// Principle 2: a registration at this vendor fails over; so does an application or project
/// that does not exist there.
#[test]
fn registrations_at_this_vendor_fail_over() {
    check_all("principle 2", &|kind, disposition, _, text| {
        let setup = any_of(
            text,
            &[
                "SdkAppId 不存在",
                "SDK AppID 不存在",
                "SdkAppid 不存在",
                "项目不存在",
            ],
        );
        ((kind == ErrorKind::NotRegistered || setup) && disposition != Disposition::FailOver)
            .then(|| format!("a registration at this vendor is {disposition}"))
    });
}

/// Principle 3: a recipient is never retried after a short back-off nor alerted about: a
/// temporary state waits, a permanent one gives up.
#[test]
fn recipients_wait_or_are_given_up() {
    check_all("principle 3, recipients", &|kind, disposition, _, _| {
        (kind == ErrorKind::RecipientUnreachable
            && !matches!(disposition, Disposition::RetryLater | Disposition::GiveUp))
        .then(|| format!("an unreachable recipient is {disposition}"))
    });
}

/// Principle 3, on the vendor's words: switched off, busy, no answer, out of coverage, a
/// carrier's reminder or voicemail service: retried later.
#[test]
fn temporary_recipient_states_are_retried_later() {
    const TEMPORARY: &[&str] = &[
        "关机",
        "不在服务区",
        "无人接听",
        "通话中",
        "用户正忙",
        "无应答",
        "暂时无法接通",
        "来电提醒",
        "来电助手",
        "漏话提醒",
        "留言信箱",
        "秘书服务",
    ];
    // No answer from a network element (the HLR, the GIW module, the send itself) is the
    // network's, not the recipient's.
    const NETWORK: &[&str] = &["HLR无应答", "GIW超时无应答", "发送无应答"];
    check_all(
        "principle 3, temporary states",
        &|_, disposition, _, text| {
            (any_of(text, TEMPORARY)
                && !any_of(&text.replace(' ', ""), NETWORK)
                && disposition != Disposition::RetryLater)
                .then(|| format!("a temporary state of the recipient is {disposition}"))
        },
    );
}

/// Principle 3: congestion of the carrier's network is about the network, and retried.
#[test]
fn network_congestion_is_retried() {
    check_all("principle 3, congestion", &|kind, disposition, _, text| {
        (any_of(text, &["电路正忙", "网络忙", "系统正忙"])
            && (kind != ErrorKind::Unavailable || disposition != Disposition::Retry))
            .then(|| format!("congestion is {kind} / {disposition}"))
    });
}

/// Principle 4: an error about some recipients of a batch drops those, or (when some were sent)
/// verifies; it never gives up on the whole batch.
#[test]
fn batch_errors_about_some_recipients_do_not_drop_the_batch() {
    check_all("principle 4", &|kind, disposition, _, text| {
        let some = text.contains("部分");
        let wrong =
            kind == ErrorKind::RecipientsRejected && disposition != Disposition::DropRecipients;
        let partial = some
            && any_of(text, &["手机号码", "短信提交失败"])
            && !matches!(
                disposition,
                Disposition::DropRecipients | Disposition::Verify
            );
        (wrong || partial).then(|| format!("an error about some recipients is {disposition}"))
    });
}

/// Principle 5: what the vendor says is success, or needs no handling, raises nobody.
#[test]
fn what_the_vendor_calls_success_is_ignored() {
    check_all("principle 5", &|kind, disposition, _, text| {
        let says_so = any_of(text, &["当作成功", "不需要处理"]);
        let benign = matches!(kind, ErrorKind::Benign | ErrorKind::Cancelled);
        ((says_so || benign) && disposition != Disposition::Ignore)
            .then(|| format!("success by the vendor's words is {disposition}"))
    });
}

/// Principle 6: where the message may have been delivered, the decision says so and never
/// retries.
#[test]
fn maybe_delivered_is_verified_never_retried() {
    check_all("principle 6", &|kind, disposition, retryable, text| {
        let no_receipt = text.contains("未接收到运营商侧的回执");
        ((kind == ErrorKind::MaybeDelivered || no_receipt)
            && (disposition != Disposition::Verify || retryable))
            .then(|| format!("a maybe-delivered message is {disposition} (retryable {retryable})"))
    });
}

/// Whom each decision raises: nobody for what the sender handles alone.
#[test]
fn only_fail_over_fix_request_and_alert_need_an_operator() {
    let raised: Vec<Disposition> = Disposition::ALL
        .iter()
        .copied()
        .filter(|d| d.needs_operator())
        .collect();
    assert_eq!(
        raised,
        [
            Disposition::FailOver,
            Disposition::FixRequest,
            Disposition::Alert
        ]
    );
}
