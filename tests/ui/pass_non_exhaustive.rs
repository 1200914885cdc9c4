//! `non_exhaustive` changes nothing in the crate that includes the catalog: its own `match`
//! stays exhaustive, without a `_` arm (crates downstream need one; tests/downstream shows it).
#![deny(warnings)]

error_catalog::include_error_catalog!("tencent_vms", non_exhaustive,);

fn sorted(e: TencentVmsError) -> bool {
    match e {
        error_catalog::code!(TencentVmsError, 1001) => true,
        other => other.is_retryable(),
    }
}

fn main() {
    assert!(sorted(error_catalog::code!(TencentVmsError, 1001)));
    assert_eq!(TencentVmsError::ALL.len(), 19);
}
