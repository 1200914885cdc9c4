//! The built-in catalogs, included once for every integration test, and a way to run one check
//! over all of them.

// Each test crate uses the catalogs it needs; the others are unused there.
#![allow(dead_code, unused_macros, unused_imports)]

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_sms_legacy");
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms_receipt");
error_catalog::include_error_catalog!("tencent_vms_v3");
error_catalog::include_error_catalog!("ucloud_usms");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("tencent_gme");
error_catalog::include_error_catalog!("tencent_sms_receipt");
error_catalog::include_error_catalog!("ucloud_usms_receipt");
error_catalog::include_error_catalog!("twilio");
error_catalog::include_error_catalog!("zego_express");
error_catalog::include_error_catalog!("aws_sns");
error_catalog::include_error_catalog!("submail_sms");
error_catalog::include_error_catalog!("yunpian_sms");
error_catalog::include_error_catalog!("tencent_trtc_warning");
error_catalog::include_error_catalog!("tencent_trtc");
error_catalog::include_error_catalog!("agora_rtc");

/// `each_catalog!(check)` calls `check::<E>()` for every built-in catalog enum `E`, in the order
/// of the README's tables; `each_catalog!(check, arg)` passes `arg` along.
macro_rules! each_catalog {
    ($check:ident $(, $arg:expr)*) => {
        $check::<$crate::common::TencentSmsError>($($arg),*);
        $check::<$crate::common::TencentSmsLegacyError>($($arg),*);
        $check::<$crate::common::TencentVmsError>($($arg),*);
        $check::<$crate::common::TencentVmsReceiptError>($($arg),*);
        $check::<$crate::common::TencentVmsV3Error>($($arg),*);
        $check::<$crate::common::UcloudUsmsError>($($arg),*);
        $check::<$crate::common::AliyunSmsError>($($arg),*);
        $check::<$crate::common::TencentGmeError>($($arg),*);
        $check::<$crate::common::TencentSmsReceiptError>($($arg),*);
        $check::<$crate::common::UcloudUsmsReceiptError>($($arg),*);
        $check::<$crate::common::TwilioError>($($arg),*);
        $check::<$crate::common::ZegoExpressError>($($arg),*);
        $check::<$crate::common::AwsSnsError>($($arg),*);
        $check::<$crate::common::SubmailSmsError>($($arg),*);
        $check::<$crate::common::YunpianSmsError>($($arg),*);
        $check::<$crate::common::TencentTrtcWarning>($($arg),*);
        $check::<$crate::common::TencentTrtcError>($($arg),*);
        $check::<$crate::common::AgoraRtcError>($($arg),*);
    };
}
pub(crate) use each_catalog;
