//! The shared crate of a team: it owns the vendor enums, and its users need nothing else.
//!
//! `ucloud_usms` is included `non_exhaustive`, so a crate downstream (this doctest is one) needs
//! a `_` arm:
//!
//! ```compile_fail,E0004
//! fn retry(e: vendor::UcloudUsmsError) -> bool {
//!     match e {
//!         vendor::code!(vendor::UcloudUsmsError, 18013) => false,
//!     }
//! }
//! ```
#![deny(missing_docs, warnings)]

pub use error_catalog::{Disposition, ErrorCatalog, ErrorKind, code, include_error_catalog};

// The team's own decisions and a code the vendor started sending, in one file.
error_catalog::include_error_catalog!("tencent_sms", overlay = "errors/tencent_sms.toml");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("tencent_gme");
// Its users' `match`es need a `_` arm, so the next UCloud update does not break them.
error_catalog::include_error_catalog!("ucloud_usms", non_exhaustive);

/// The team's own vendor.
pub mod own {
    // The valid user catalog of the UI tests, shared rather than copied.
    error_catalog::include_error_catalog!(path = "../../ui/errors/acme.toml");
}

/// Two includes of one catalog, so of one enum name, in two modules: each its own enum.
pub mod voice {
    /// The legacy voice API.
    pub mod legacy {
        error_catalog::include_error_catalog!("tencent_vms");
    }
    /// The same catalog again.
    pub mod again {
        error_catalog::include_error_catalog!("tencent_vms");
    }
}

pub use own::AcmeSmsError;
pub use voice::legacy::TencentVmsError;

/// `code!` in the crate that includes the catalogs, by name and by path.
pub const DAILY_LIMIT: TencentSmsError = code!(TencentSmsError, "LimitExceeded.DailyLimit");
/// The team's own catalog, by path through its module.
pub const THROTTLED: AcmeSmsError = code!(own::AcmeSmsError, "Throttling.User");
/// The second `TencentVmsError`.
pub const AGAIN: voice::again::TencentVmsError = code!(voice::again::TencentVmsError, 1001);
