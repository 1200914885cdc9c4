//! The validated catalog: what `check` produces and `expand` consumes. Every value here has
//! passed every rule of `catalogs/README.md`.

use error_catalog_runtime::{Disposition, ErrorKind, Lang};

/// The type of a catalog's wire codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeType {
    /// `code_type = "string"`: `code()` is a `&'static str`.
    String,
    /// `code_type = "integer"`: `code()` is an `i64`.
    Integer,
}

impl CodeType {
    /// `"string"` or `"integer"`, as the catalog writes it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            CodeType::String => "string",
            CodeType::Integer => "integer",
        }
    }
}

/// A wire code of either type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CodeValue {
    /// A string code.
    Str(String),
    /// An integer code.
    Int(i64),
}

impl CodeValue {
    /// The text `FromStr` accepts for this code: the string itself, or the decimal integer.
    #[must_use]
    pub fn text(&self) -> String {
        match self {
            CodeValue::Str(code) => code.clone(),
            CodeValue::Int(code) => code.to_string(),
        }
    }
}

/// A catalog that passed every rule.
pub struct Catalog {
    /// `id`: snake case.
    pub id: String,
    /// `enum`: the generated enum's name.
    pub enum_name: String,
    /// `vendor`.
    pub vendor: String,
    /// `product`.
    pub product: String,
    /// `source`: the vendor page's URL.
    pub source: String,
    /// `description`: the author's Markdown.
    pub description: Option<String>,
    /// `code_type`.
    pub code_type: CodeType,
    /// `[[success]]`: codes that mean success.
    pub success: Vec<Success>,
    /// `[[entry]]`, in catalog order.
    pub entries: Vec<Entry>,
    /// Whether every entry has a symbol (then `name()` is generated).
    pub has_symbols: bool,
    /// Where the entries come from (`[[provenance]]`); empty when the catalog does not say.
    pub provenance: Vec<Provenance>,
    /// The catalog whose codes `Entry::counterpart` names (`counterpart = "tencent_vms"`).
    pub counterpart: Option<String>,
    /// The overlays applied to the catalog, in order, as their paths were written.
    pub overlays: Vec<String>,
    /// `[[carrier]]`: the carriers whose readings of a code the entries give; empty for most
    /// catalogs.
    pub carriers: Vec<Carrier>,
    /// `language`: the language of the vendor's texts.
    pub language: Lang,
}

impl Catalog {
    /// The vendor's name of the carrier `id` (`中国移动` for `china_mobile`), or `id` when the
    /// catalog declares no such carrier.
    #[must_use]
    pub fn carrier_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.carriers
            .iter()
            .find(|carrier| carrier.id == id)
            .map_or(id, |carrier| carrier.name.as_str())
    }
}

/// A carrier whose codes the catalog reads per carrier.
pub struct Carrier {
    /// The id entries and callers name it by.
    pub id: String,
    /// The vendor's name for it.
    pub name: String,
}

/// What an entry's code means when one carrier reports it (`[[entry.carrier]]`).
pub struct Reading {
    /// The [`Carrier::id`].
    pub carrier: String,
    /// The carrier's text.
    pub message: String,
    /// What went wrong, as this carrier means it.
    pub kind: ErrorKind,
    /// The kind's default, or the reading's override.
    pub retryable: bool,
    /// Whether the reading sets `retryable`.
    pub retryable_set: bool,
    /// The reading's `disposition`, or [`Disposition::of`] its kind and retry advice.
    pub disposition: Disposition,
    /// Whether the reading sets `disposition`.
    pub disposition_set: bool,
    /// `en`: the carrier's text in English.
    pub english: Option<Text>,
}

/// One source of a catalog's entries: a vendor page, an SDK's code list, a transcription.
pub struct Provenance {
    /// The key entries name it by.
    pub id: String,
    /// What it is.
    pub title: String,
    /// Where it is.
    pub url: String,
    /// The release or commit it was read at.
    pub version: Option<String>,
    /// A third-party or otherwise weaker source.
    pub secondary: bool,
    /// A translation written for the catalog, not the vendor's own text.
    pub translation: bool,
}

/// A text in English beside the vendor's, with its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The text.
    pub text: String,
    /// The provenance id of its source (empty when the catalog has no provenance).
    pub from: String,
}

/// `[entry.en]`: the English of an entry's texts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct English {
    /// Of the message.
    pub message: Text,
    /// Of the cause, when the entry has one.
    pub cause: Option<Text>,
    /// Of the solution, when the entry has one.
    pub solution: Option<Text>,
}

/// The same code worded (or meant) differently by another source.
pub struct Wording {
    /// The provenance id of the source.
    pub from: String,
    /// Its text.
    pub message: String,
}

/// A code that means success: not a variant.
pub struct Success {
    /// The wire code.
    pub code: CodeValue,
    /// The vendor's text for it.
    pub message: String,
}

/// One error code: one variant.
pub struct Entry {
    /// The wire code.
    pub code: CodeValue,
    /// The variant's name, explicit or derived.
    pub variant: String,
    /// The vendor's symbolic name (integer catalogs).
    pub symbol: Option<String>,
    /// The vendor's message.
    pub message: String,
    /// The vendor's cause, apart from the message.
    pub cause: Option<String>,
    /// What the vendor says to do.
    pub solution: Option<String>,
    /// What went wrong.
    pub kind: ErrorKind,
    /// The kind's default, or the entry's override.
    pub retryable: bool,
    /// Whether the catalog or an overlay set `retryable` (else it is the kind's default).
    pub retryable_set: bool,
    /// What a sender does: the entry's `disposition`, or [`Disposition::of`] its kind and retry
    /// advice.
    pub disposition: Disposition,
    /// Whether the catalog or an overlay set `disposition` (else it is derived).
    pub disposition_set: bool,
    /// Other spellings `FromStr` (and, of the code type, `from_code`) accepts.
    pub aliases: Vec<CodeValue>,
    /// The section of the vendor page.
    pub section: Option<String>,
    /// Ids of the provenance entries listing this code; the first is where the texts come from.
    pub from: Vec<String>,
    /// Other sources' wording of this code.
    pub wordings: Vec<Wording>,
    /// The equivalent code in the catalog's `counterpart` catalog.
    pub counterpart: Option<CodeValue>,
    /// The overlay that added this entry, as its path was written; `None` for the catalog's own.
    pub added_by: Option<String>,
    /// The overlays that amended this entry, in order.
    pub amended_by: Vec<Amendment>,
    /// What the code means per carrier, in catalog order, one reading per carrier at most.
    pub readings: Vec<Reading>,
    /// `[entry.en]`: the English of the entry's texts.
    pub english: Option<English>,
}

/// What one overlay changed in an entry.
pub struct Amendment {
    /// The overlay's path, as written.
    pub overlay: String,
    /// The keys it set, in schema order (`kind`, `disposition`).
    pub fields: Vec<&'static str>,
}

impl Entry {
    /// Re-derives what the entry does not set itself from its kind: the retry advice from the
    /// kind's default, the disposition from kind and retry advice.
    pub fn rederive(&mut self) {
        if !self.retryable_set {
            self.retryable = self.kind.is_retryable();
        }
        if !self.disposition_set {
            self.disposition = Disposition::of(self.kind, self.retryable);
        }
    }

    /// Every wire code this entry is found by (`from_code`): its code and its aliases of the
    /// catalog's code type.
    pub fn wire_codes(&self) -> impl Iterator<Item = &CodeValue> {
        let same_type = move |alias: &&CodeValue| {
            matches!(
                (&self.code, alias),
                (CodeValue::Str(_), CodeValue::Str(_)) | (CodeValue::Int(_), CodeValue::Int(_))
            )
        };
        core::iter::once(&self.code).chain(self.aliases.iter().filter(same_type))
    }

    /// Every text `FromStr` accepts for this entry: the code (decimal for integers), the symbol,
    /// and every alias.
    #[must_use]
    pub fn spellings(&self) -> Vec<String> {
        let mut spellings = vec![self.code.text()];
        spellings.extend(self.symbol.clone());
        spellings.extend(self.aliases.iter().map(CodeValue::text));
        spellings
    }
}
