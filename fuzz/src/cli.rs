//! The body of the `cli_queries` target: any text given to `error-catalog explain`. Kept apart
//! from `lib.rs` so that the command-line crate's own tests (`cli/tests/fuzz_regressions.rs`)
//! replay its saved inputs without the facade's catalogs, and the facade's without clap.

use error_catalog_cli::explain;
use error_catalog_core::Catalog;
use std::sync::OnceLock;

/// Every built-in catalog, checked once.
fn catalogs() -> &'static [Catalog] {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    CATALOGS
        .get_or_init(|| error_catalog_cli::load::all(&[], &[]).expect("the built-in catalogs pass"))
}

/// Any text as a query (a code, a log line, a body): an answer, as text and as JSON, never a
/// panic. The JSON parses; each code found is a piece of the query; suggestions come only when
/// nothing is found; the text answer names what it found.
pub fn cli_queries(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    let answer = explain::answer(catalogs(), &query);
    let text = explain::text(std::slice::from_ref(&answer));
    assert!(!text.is_empty());
    let json = explain::json(std::slice::from_ref(&answer));
    let value: serde_json::Value = serde_json::from_str(&json).expect("explain's JSON parses");
    let report = &value[0];
    assert_eq!(report["query"].as_str(), Some(&*query));
    let found = report["found"].as_array().expect("found is an array");
    assert_eq!(found.is_empty(), !answer.found());
    for hit in found {
        let spelled = hit["spelled"]
            .as_str()
            .expect("a hit says what it was found as");
        assert!(query.contains(spelled), "{spelled:?} is not in the query");
        assert!(text.contains(hit["catalog"].as_str().expect("a hit's catalog")));
    }
    if !found.is_empty() {
        assert_eq!(report["did_you_mean"], serde_json::Value::Array(Vec::new()));
    }
}
