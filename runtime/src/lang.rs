//! The languages of a catalog's texts, and the English kept beside a vendor's own words.
//!
//! A catalog's texts are the vendor's, in the vendor's language ([`Lang`], the generated
//! `LANGUAGE`). Where that is not English, each entry can also carry English ([`English`]): the
//! vendor's own English where it publishes one, else a translation, and every English text names
//! its source ([`Text::from`]), so a reader can tell the vendor's English from a translation
//! ([`Provenance::translation`](crate::Provenance::translation)). The generated
//! `message_in(lang)`, `cause_in(lang)` and `solution_in(lang)` give the text in a language, or
//! the vendor's own where there is none in it; `Display` is always the vendor's text.

use core::fmt;

/// A language of a catalog's texts.
///
/// ```
/// use error_catalog::Lang;
///
/// error_catalog::include_error_catalog!("tencent_sms");
///
/// let error = TencentSmsError::LimitExceededPhoneNumberDailyLimit;
/// assert_eq!(TencentSmsError::LANGUAGE, Lang::Zh);
/// assert_eq!(error.message_in(Lang::Zh), error.message()); // the vendor's own words
/// assert!(error.message_in(Lang::En).is_ascii());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lang {
    /// English (`en`).
    En,
    /// Chinese (`zh`).
    Zh,
}

impl Lang {
    /// Every language, in declaration order.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Zh];

    /// The language's tag as catalogs write it (`"en"`, `"zh"`).
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The language whose tag is `tag`.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|lang| lang.tag() == tag)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// One text in a language other than the vendor's, with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    /// The text.
    pub text: &'static str,
    /// The [`Provenance::id`](crate::Provenance::id) of its source: the vendor's own English, or
    /// a source marked [`translation`](crate::Provenance::translation); empty when the catalog
    /// has no provenance.
    pub from: &'static str,
}

/// The English of an entry's texts, beside the vendor's (`e.english()`): one [`Text`] for each
/// text the entry has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct English {
    /// The message.
    pub message: Text,
    /// The cause, when the entry has one.
    pub cause: Option<Text>,
    /// The solution, when the entry has one.
    pub solution: Option<Text>,
}

/// `vendor` in `lang`: `english` when `lang` is English and there is one, else the vendor's own.
#[inline]
#[must_use]
pub(crate) fn text_in(lang: Lang, vendor: &'static str, english: Option<Text>) -> &'static str {
    match (lang, english) {
        (Lang::En, Some(english)) => english.text,
        _ => vendor,
    }
}
