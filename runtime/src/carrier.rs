//! Codes whose meaning depends on who reports them: a carrier's status code in an SMS delivery
//! receipt (`MK:0001`, `DB:0141`) means one thing from 中国移动 and another from 中国电信.
//! A catalog declares its carriers (`[[carrier]]`) and each entry's per-carrier meanings
//! (`[[entry.carrier]]`); the generated enum has `CARRIERS`, `readings()`, `reading(carrier)`
//! and `disposition_on(carrier)`.

use crate::{Disposition, ErrorKind, Lang, Text};

/// One carrier a catalog's codes can come from (a `[[carrier]]` table of the catalog).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Carrier {
    /// The id the catalog and callers name it by (`"china_mobile"`).
    pub id: &'static str,
    /// The vendor's name for it (`"中国移动"`).
    pub name: &'static str,
}

/// What a code means when one carrier reports it (an `[[entry.carrier]]` table): the carrier's
/// own text, and the kind and decision that follow from it.
///
/// A generated enum gives them through `e.readings()` (every reading of the code),
/// `e.reading(carrier)` (one carrier's, by [`Carrier::id`] or [`Carrier::name`]) and
/// `e.disposition_on(carrier)` (that reading's decision, or the entry's own when the carrier has
/// none).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reading {
    /// The [`Carrier::id`] of the carrier.
    pub carrier: &'static str,
    /// The carrier's text for the code.
    pub message: &'static str,
    /// What went wrong, as this carrier means it.
    pub kind: ErrorKind,
    /// Whether retrying the same message later may succeed.
    pub retryable: bool,
    /// What a sender does when this carrier reports the code.
    pub disposition: Disposition,
    /// The carrier's text in English, beside the vendor's (see [`English`](crate::English)).
    pub english: Option<Text>,
}

impl Reading {
    /// The carrier's text in `lang`, or the vendor's own where the catalog has none in it.
    #[must_use]
    pub fn message_in(&self, lang: Lang) -> &'static str {
        crate::lang::text_in(lang, self.message, self.english)
    }
}
