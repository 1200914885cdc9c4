//! The documentation's numbers are the catalogs' numbers: the kind table in README.md.

use error_catalog::{ErrorCatalog, ErrorKind};

error_catalog::include_error_catalog!("tencent_sms");
error_catalog::include_error_catalog!("tencent_vms");
error_catalog::include_error_catalog!("tencent_vms_receipt");
error_catalog::include_error_catalog!("ucloud_usms");
error_catalog::include_error_catalog!("aliyun_sms");
error_catalog::include_error_catalog!("tencent_gme");

/// One column of the table: per kind, then retryable, then all entries.
fn column<E: ErrorCatalog>() -> (&'static str, Vec<usize>) {
    let mut counts: Vec<usize> = ErrorKind::ALL
        .iter()
        .map(|kind| E::ENTRIES.iter().filter(|e| e.kind() == *kind).count())
        .collect();
    counts.push(E::ENTRIES.iter().filter(|e| e.is_retryable()).count());
    counts.push(E::ENTRIES.len());
    (E::ID, counts)
}

#[test]
fn readme_kind_table_matches_the_catalogs() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("<!-- kind-table -->")
        .expect("table start marker");
    let end = readme
        .find("<!-- /kind-table -->")
        .expect("table end marker");
    let rows: Vec<Vec<String>> = readme[start..end]
        .lines()
        .filter(|line| line.starts_with('|') && !line.starts_with("|---"))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().replace('`', "").replace("**", ""))
                .collect()
        })
        .collect();
    let columns = [
        column::<TencentSmsError>(),
        column::<TencentVmsError>(),
        column::<TencentVmsReceiptError>(),
        column::<UcloudUsmsError>(),
        column::<AliyunSmsError>(),
        column::<TencentGmeError>(),
    ];
    let header: Vec<&str> = columns.iter().map(|(id, _)| *id).collect();
    assert_eq!(rows[0][1..], header[..]);
    let mut labels: Vec<String> = ErrorKind::ALL
        .iter()
        .map(|kind| kind.as_str().to_owned())
        .collect();
    labels.push("retryable".into());
    labels.push("entries".into());
    assert_eq!(rows.len(), labels.len() + 1);
    for (i, (row, label)) in rows[1..].iter().zip(&labels).enumerate() {
        assert_eq!(&row[0], label);
        let expected: Vec<String> = columns
            .iter()
            .map(|(_, counts)| counts[i].to_string())
            .collect();
        assert_eq!(row[1..], expected[..], "README row {label}");
    }
}
