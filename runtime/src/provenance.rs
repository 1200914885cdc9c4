//! Where catalog entries come from: vendor pages, SDK code lists, transcriptions.

/// One source of a catalog's entries (a `[[provenance]]` table of the catalog).
///
/// ```
/// error_catalog::include_error_catalog!("tencent_sms");
///
/// for source in TencentSmsError::SOURCES {
///     assert!(source.url.starts_with("https://"));
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Provenance {
    /// The short id entries refer to (`"doc"`).
    pub id: &'static str,
    /// What it is (`"Tencent Cloud SMS error codes page"`).
    pub title: &'static str,
    /// Where it is.
    pub url: &'static str,
    /// The version, release or commit it was read at, if known.
    pub version: Option<&'static str>,
    /// Whether it is a weaker source: a third-party transcription, a copy of unknown origin.
    pub secondary: bool,
    /// Whether it is a translation written for the catalog, not the vendor's own text: the
    /// source of the English ([`English`](crate::English)) the vendor does not publish.
    pub translation: bool,
}

/// Another source's wording of the same code, kept when it differs from the entry's own text
/// (a later SDK renamed or reworded the code, or gives the value another meaning).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Wording {
    /// The [`Provenance::id`] of the source.
    pub from: &'static str,
    /// Its text.
    pub message: &'static str,
}
