//! The validated catalog: what `check` produces and `expand` consumes. Every value here has
//! passed every rule of `catalogs/README.md`.

use error_catalog_runtime::ErrorKind;

/// The type of a catalog's wire codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeType {
    String,
    Integer,
}

impl CodeType {
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
    Str(String),
    Int(i64),
}

impl CodeValue {
    /// The text `FromStr` accepts for this code: the string itself, or the decimal integer.
    pub fn text(&self) -> String {
        match self {
            CodeValue::Str(code) => code.clone(),
            CodeValue::Int(code) => code.to_string(),
        }
    }
}

pub struct Catalog {
    pub id: String,
    pub enum_name: String,
    pub vendor: String,
    pub product: String,
    pub source: String,
    pub description: Option<String>,
    pub code_type: CodeType,
    pub success: Vec<Success>,
    pub entries: Vec<Entry>,
    /// Whether every entry has a symbol (then `name()` is generated).
    pub has_symbols: bool,
    /// Where the entries come from (`[[provenance]]`); empty when the catalog does not say.
    pub provenance: Vec<Provenance>,
    /// The catalog whose codes `Entry::counterpart` names (`counterpart = "tencent_vms"`).
    pub counterpart: Option<String>,
}

/// One source of a catalog's entries: a vendor page, an SDK's code list, a transcription.
pub struct Provenance {
    pub id: String,
    pub title: String,
    pub url: String,
    pub version: Option<String>,
    /// A third-party or otherwise weaker source.
    pub secondary: bool,
}

/// The same code worded (or meant) differently by another source.
pub struct Wording {
    pub from: String,
    pub message: String,
}

pub struct Success {
    pub code: CodeValue,
    pub message: String,
}

pub struct Entry {
    pub code: CodeValue,
    pub variant: String,
    pub symbol: Option<String>,
    pub message: String,
    pub cause: Option<String>,
    pub solution: Option<String>,
    pub kind: ErrorKind,
    /// The kind's default, or the entry's override.
    pub retryable: bool,
    pub aliases: Vec<CodeValue>,
    pub section: Option<String>,
    /// Ids of the provenance entries listing this code; the first is where the texts come from.
    pub from: Vec<String>,
    /// Other sources' wording of this code.
    pub wordings: Vec<Wording>,
    /// The equivalent code in the catalog's `counterpart` catalog.
    pub counterpart: Option<CodeValue>,
}

impl Entry {
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
    pub fn spellings(&self) -> Vec<String> {
        let mut spellings = vec![self.code.text()];
        spellings.extend(self.symbol.clone());
        spellings.extend(self.aliases.iter().map(CodeValue::text));
        spellings
    }
}
