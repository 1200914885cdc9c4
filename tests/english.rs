//! The vendor's own English (issue 14): every English text a catalog attributes to a vendor source
//! equals that source's reference list (`tests/refs/`, see its README), and every code such a
//! list has English for gets the vendor's English rather than our translation.

mod common;

use common::{
    SubmailSmsError, TencentGmeError, TencentSmsError, TencentSmsLegacyError, TencentVmsV3Error,
};
use error_catalog::{ErrorCatalog, Text};
use std::collections::BTreeMap;

/// The data rows of `tests/refs/<file>`, split at tabs.
fn rows(file: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/refs/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

/// Which of an entry's texts a list gives, and in which column.
#[derive(Clone, Copy)]
enum Fields {
    /// The message, in this column.
    Message(usize),
    /// The message and the solution.
    MessageSolution(usize, usize),
    /// The message, cause and solution in three columns, each where the entry has it.
    Separate(usize, usize, usize),
    /// One text that is the entry's vendor-English texts joined by a space, in catalog order.
    Joined(usize),
}

/// One vendor-English source of a catalog.
struct Source<E> {
    /// The `[[provenance]]` id the catalog's English names.
    id: &'static str,
    file: &'static str,
    /// The entry a row is about, if the catalog has it.
    entry: fn(&[String]) -> Option<E>,
    fields: Fields,
}

fn by_code<E: ErrorCatalog>(row: &[String]) -> Option<E> {
    row[0].parse().ok()
}

/// A GME row: its symbol and value name one entry.
fn by_symbol_and_value(row: &[String]) -> Option<TencentGmeError> {
    TencentGmeError::ALL
        .iter()
        .copied()
        .find(|e| e.name() == row[0] && e.code().to_string() == row[1])
}

/// The entry's texts that come from `source`, as (field, text).
fn from_source<E: ErrorCatalog>(entry: E, source: &str) -> Vec<(&'static str, &'static str)> {
    let Some(en) = entry.english() else {
        return Vec::new();
    };
    [
        ("message", Some(en.message)),
        ("cause", en.cause),
        ("solution", en.solution),
    ]
    .into_iter()
    .filter_map(|(field, text)| text.map(|Text { text, from }| (field, text, from)))
    .filter(|&(_, _, from)| from == source)
    .map(|(field, text, _)| (field, text))
    .collect()
}

/// What `row` says `entry`'s English from the source is, as (field, text), or the joined text.
fn expected<E: ErrorCatalog>(
    entry: E,
    row: &[String],
    fields: Fields,
) -> Vec<(&'static str, String)> {
    let cell = |column: usize| row.get(column).cloned().unwrap_or_default();
    match fields {
        Fields::Message(m) => vec![("message", cell(m))],
        Fields::MessageSolution(m, s) => {
            let mut out = vec![("message", cell(m))];
            if entry.solution().is_some() && !cell(s).is_empty() {
                out.push(("solution", cell(s)));
            }
            out
        }
        Fields::Separate(m, c, s) => {
            let mut out = vec![("message", cell(m))];
            if entry.cause().is_some() {
                out.push(("cause", cell(c)));
            }
            if entry.solution().is_some() {
                out.push(("solution", cell(s)));
            }
            out
        }
        Fields::Joined(column) => vec![("joined", cell(column))],
    }
}

/// Checks one catalog against its vendor-English sources; returns how many of its texts are the
/// vendor's English (the figures in the CHANGELOG).
fn check<E: ErrorCatalog>(sources: &[Source<E>]) -> usize {
    let mut problems = Vec::new();
    let mut checked = 0;
    for source in sources {
        assert!(
            E::SOURCES
                .iter()
                .any(|p| p.id == source.id && !p.translation),
            "{}: no vendor provenance {}",
            E::ID,
            source.id
        );
        // The rows about each entry; a list may name an entry twice (a code and its alias).
        let mut about: BTreeMap<E, Vec<Vec<String>>> = BTreeMap::new();
        for row in rows(source.file) {
            if let Some(entry) = (source.entry)(&row) {
                about.entry(entry).or_default().push(row);
            }
        }
        // Soundness: a text the catalog says is from the source is the source's text.
        for &entry in E::ENTRIES {
            let got = from_source(entry, source.id);
            if got.is_empty() {
                continue;
            }
            checked += got.len();
            let got: Vec<(&str, String)> = match source.fields {
                Fields::Joined(_) => vec![(
                    "joined",
                    got.iter()
                        .map(|(_, text)| *text)
                        .collect::<Vec<_>>()
                        .join(" "),
                )],
                _ => got.iter().map(|&(f, t)| (f, t.to_owned())).collect(),
            };
            let rows = about.get(&entry).map(Vec::as_slice).unwrap_or_default();
            let matches = rows.iter().any(|row| {
                let want = expected(entry, row, source.fields);
                got.iter().all(|g| want.contains(g))
            });
            if !matches {
                problems.push(format!(
                    "{} {entry:?}: English {got:?} attributed to {} is not in {} (rows {rows:?})",
                    E::ID,
                    source.id,
                    source.file
                ));
            }
        }
        // Completeness: every entry the list has English for gets the vendor's English.
        for (entry, rows) in &about {
            let has_text = rows.iter().any(|row| {
                expected(*entry, row, source.fields)
                    .iter()
                    .any(|(_, text)| !text.trim().is_empty())
            });
            let message_from = entry.english().map(|en| en.message.from);
            let vendor = |from: &str| E::SOURCES.iter().any(|p| p.id == from && !p.translation);
            let any_vendor = entry.english().is_some_and(|en| {
                [Some(en.message), en.cause, en.solution]
                    .into_iter()
                    .flatten()
                    .any(|text| vendor(text.from))
            });
            if has_text && !any_vendor {
                problems.push(format!(
                    "{} {entry:?}: {} has English for it, but its English is from {message_from:?}",
                    E::ID,
                    source.file
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    checked
}

#[test]
fn tencent_sms_english_is_the_sdks_and_the_common_list() {
    let checked = check::<TencentSmsError>(&[
        Source {
            id: "sdk_v20210111_en",
            file: "tencent_sms_v20210111_sdk_go_intl_en_codes.tsv",
            entry: by_code,
            fields: Fields::Message(1),
        },
        Source {
            id: "sdk_v20190711_en",
            file: "tencent_sms_v20190711_sdk_go_intl_en_codes.tsv",
            entry: by_code,
            fields: Fields::Message(1),
        },
        Source {
            id: "common_codes_en",
            file: "tencent_cloud_api3_common_codes_intl_en.tsv",
            entry: by_code,
            fields: Fields::Message(1),
        },
    ]);
    assert_eq!(checked, 127);
}

#[test]
fn tencent_vms_v3_english_is_the_common_list() {
    let checked = check::<TencentVmsV3Error>(&[Source {
        id: "common_codes_en",
        file: "tencent_cloud_api3_common_codes_intl_en.tsv",
        entry: by_code,
        fields: Fields::Message(1),
    }]);
    assert_eq!(checked, 1, "one common code, UnsupportedOperation");
}

#[test]
fn tencent_sms_legacy_english_is_the_english_page() {
    let checked = check::<TencentSmsLegacyError>(&[Source {
        id: "doc_en",
        file: "tencent_sms_legacy_docs_api_codes_intl_en.tsv",
        entry: by_code,
        fields: Fields::MessageSolution(1, 2),
    }]);
    assert_eq!(checked, 75);
}

#[test]
fn submail_english_is_the_description_column() {
    let checked = check::<SubmailSmsError>(&[Source {
        id: "doc_en",
        file: "submail_sms_api_error_codes.tsv",
        entry: by_code,
        fields: Fields::Message(2),
    }]);
    assert_eq!(checked, 58);
}

#[test]
fn tencent_gme_english_is_the_english_pages() {
    let checked = check::<TencentGmeError>(&[
        Source {
            id: "doc_en_2022",
            file: "tencent_gme_docs_intl_en_2022_codes.tsv",
            entry: by_symbol_and_value,
            fields: Fields::Separate(3, 4, 5),
        },
        Source {
            id: "doc_en",
            file: "tencent_gme_docs_intl_en_codes.tsv",
            entry: by_symbol_and_value,
            fields: Fields::Joined(3),
        },
    ]);
    assert_eq!(checked, 296);
}
