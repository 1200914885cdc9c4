//! A checked [`Catalog`] as compact text, and back: how the built-in catalogs reach the macro
//! already checked.
//!
//! The macro crate's build script checks every built-in catalog once and embeds its encoding;
//! an include then decodes it instead of parsing and checking the TOML again, which for the
//! largest catalogs was most of an expansion in a debug build (`docs/PERFORMANCE.md`). The
//! format is private to one build of this crate: no version, no promise, and [`decode`] returns
//! `None` (never panics) on anything [`encode`] did not write, so that the macro can fall back
//! to checking the TOML.
//!
//! Every value is a string `<byte length>:<bytes>`, a count `<n>;`, an option `-` (none) or `+`
//! and its value, or a flag `0`/`1`; fields follow in the order of the model's declarations.

use std::fmt::Write as _;

use error_catalog_runtime::{Disposition, ErrorKind, Lang};

use crate::model::{
    Amendment, Carrier, Catalog, CodeType, CodeValue, English, Entry, Provenance, Reading, Success,
    Text, Wording,
};
use crate::schema;

/// `catalog` as text that [`decode`] reads back into an equal catalog.
#[must_use]
pub fn encode(catalog: &Catalog) -> String {
    let mut out = Writer(String::with_capacity(catalog.entries.len() * 512));
    out.str(&catalog.id);
    out.str(&catalog.enum_name);
    out.str(&catalog.vendor);
    out.str(&catalog.product);
    out.str(&catalog.source);
    out.opt(catalog.description.as_deref());
    out.flag(catalog.code_type == CodeType::Integer);
    out.list(&catalog.success, |out, ok| {
        out.code(&ok.code);
        out.str(&ok.message);
    });
    out.list(&catalog.entries, Writer::entry);
    out.flag(catalog.has_symbols);
    out.list(&catalog.provenance, |out, source| {
        out.str(&source.id);
        out.str(&source.title);
        out.str(&source.url);
        out.opt(source.version.as_deref());
        out.flag(source.secondary);
        out.flag(source.translation);
    });
    out.opt(catalog.counterpart.as_deref());
    out.list(&catalog.overlays, |out, path| out.str(path));
    out.list(&catalog.carriers, |out, carrier| {
        out.str(&carrier.id);
        out.str(&carrier.name);
    });
    out.str(catalog.language.tag());
    out.0
}

/// The catalog [`encode`] wrote as `text`; `None` for any other text.
#[must_use]
pub fn decode(text: &str) -> Option<Catalog> {
    read(text).ok()
}

fn read(text: &str) -> Result<Catalog, Bad> {
    let mut input = Reader(text);
    let catalog = Catalog {
        id: input.string()?,
        enum_name: input.string()?,
        vendor: input.string()?,
        product: input.string()?,
        source: input.string()?,
        description: input.opt()?,
        code_type: if input.flag()? {
            CodeType::Integer
        } else {
            CodeType::String
        },
        success: input.list(|input| {
            Ok(Success {
                code: input.code()?,
                message: input.string()?,
            })
        })?,
        entries: input.list(Reader::entry)?,
        has_symbols: input.flag()?,
        provenance: input.list(|input| {
            Ok(Provenance {
                id: input.string()?,
                title: input.string()?,
                url: input.string()?,
                version: input.opt()?,
                secondary: input.flag()?,
                translation: input.flag()?,
            })
        })?,
        counterpart: input.opt()?,
        overlays: input.list(Reader::string)?,
        carriers: input.list(|input| {
            Ok(Carrier {
                id: input.string()?,
                name: input.string()?,
            })
        })?,
        language: some(Lang::from_tag(input.str()?))?,
    };
    if input.0.is_empty() {
        Ok(catalog)
    } else {
        Err(Bad)
    }
}

struct Writer(String);

impl Writer {
    fn str(&mut self, text: &str) {
        let _ = write!(self.0, "{}:", text.len());
        self.0.push_str(text);
    }

    fn opt(&mut self, text: Option<&str>) {
        match text {
            Some(text) => {
                self.0.push('+');
                self.str(text);
            }
            None => self.0.push('-'),
        }
    }

    fn flag(&mut self, value: bool) {
        self.0.push(if value { '1' } else { '0' });
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        let _ = write!(self.0, "{};", items.len());
        for value in items {
            item(self, value);
        }
    }

    fn code(&mut self, code: &CodeValue) {
        match code {
            CodeValue::Str(text) => {
                self.0.push('s');
                self.str(text);
            }
            CodeValue::Int(number) => {
                let _ = write!(self.0, "i{number};");
            }
        }
    }

    fn entry(&mut self, entry: &Entry) {
        self.code(&entry.code);
        self.str(&entry.variant);
        self.opt(entry.symbol.as_deref());
        self.str(&entry.message);
        self.opt(entry.cause.as_deref());
        self.opt(entry.solution.as_deref());
        self.str(entry.kind.as_str());
        self.flag(entry.retryable);
        self.flag(entry.retryable_set);
        self.str(entry.disposition.as_str());
        self.flag(entry.disposition_set);
        self.list(&entry.aliases, Self::code);
        self.opt(entry.section.as_deref());
        self.list(&entry.from, |out, id| out.str(id));
        self.list(&entry.wordings, |out, wording| {
            out.str(&wording.from);
            out.str(&wording.message);
        });
        match &entry.counterpart {
            Some(code) => {
                self.0.push('+');
                self.code(code);
            }
            None => self.0.push('-'),
        }
        self.opt(entry.added_by.as_deref());
        self.list(&entry.amended_by, |out, amendment| {
            out.str(&amendment.overlay);
            out.list(&amendment.fields, |out, field| out.str(field));
        });
        self.list(&entry.readings, |out, reading| {
            out.str(&reading.carrier);
            out.str(&reading.message);
            out.str(reading.kind.as_str());
            out.flag(reading.retryable);
            out.flag(reading.retryable_set);
            out.str(reading.disposition.as_str());
            out.flag(reading.disposition_set);
            out.maybe_text(reading.english.as_ref());
        });
        match &entry.english {
            Some(english) => {
                self.0.push('+');
                self.text(&english.message);
                self.maybe_text(english.cause.as_ref());
                self.maybe_text(english.solution.as_ref());
            }
            None => self.0.push('-'),
        }
    }

    fn text(&mut self, text: &Text) {
        self.str(&text.text);
        self.str(&text.from);
    }

    fn maybe_text(&mut self, text: Option<&Text>) {
        match text {
            Some(text) => {
                self.0.push('+');
                self.text(text);
            }
            None => self.0.push('-'),
        }
    }
}

/// Text that is not an encoding.
struct Bad;

/// `Ok` of an option's value, `Err(Bad)` for none.
fn some<T>(value: Option<T>) -> Result<T, Bad> {
    value.ok_or(Bad)
}

struct Reader<'a>(&'a str);

impl<'a> Reader<'a> {
    /// The text up to `end` (not included), which is consumed too.
    fn until(&mut self, end: char) -> Result<&'a str, Bad> {
        let (head, tail) = some(self.0.split_once(end))?;
        self.0 = tail;
        Ok(head)
    }

    fn number<T: std::str::FromStr>(&mut self, end: char) -> Result<T, Bad> {
        let digits = self.until(end)?;
        // `FromStr` of integers accepts a leading `+`, which `encode` never writes.
        if digits.starts_with('+') {
            return Err(Bad);
        }
        digits.parse().map_err(|_| Bad)
    }

    fn str(&mut self) -> Result<&'a str, Bad> {
        let len: usize = self.number(':')?;
        let text = some(self.0.get(..len))?;
        self.0 = &self.0[len..];
        Ok(text)
    }

    fn string(&mut self) -> Result<String, Bad> {
        self.str().map(str::to_owned)
    }

    /// `-`, or `+` then what `value` reads.
    fn maybe<T>(
        &mut self,
        value: impl FnOnce(&mut Self) -> Result<T, Bad>,
    ) -> Result<Option<T>, Bad> {
        let rest = self.0;
        if let Some(rest) = rest.strip_prefix('-') {
            self.0 = rest;
            Ok(None)
        } else {
            self.0 = some(rest.strip_prefix('+'))?;
            value(self).map(Some)
        }
    }

    fn opt(&mut self) -> Result<Option<String>, Bad> {
        self.maybe(Self::string)
    }

    fn flag(&mut self) -> Result<bool, Bad> {
        let value = match some(self.0.as_bytes().first())? {
            b'0' => false,
            b'1' => true,
            _ => return Err(Bad),
        };
        self.0 = &self.0[1..];
        Ok(value)
    }

    fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, Bad>,
    ) -> Result<Vec<T>, Bad> {
        let count: usize = self.number(';')?;
        // Every item takes at least one byte: a count beyond the rest is not ours.
        if count > self.0.len() {
            return Err(Bad);
        }
        (0..count).map(|_| item(self)).collect()
    }

    fn code(&mut self) -> Result<CodeValue, Bad> {
        let rest = self.0;
        if let Some(rest) = rest.strip_prefix('s') {
            self.0 = rest;
            self.string().map(CodeValue::Str)
        } else {
            self.0 = some(rest.strip_prefix('i'))?;
            self.number(';').map(CodeValue::Int)
        }
    }

    fn entry(&mut self) -> Result<Entry, Bad> {
        Ok(Entry {
            code: self.code()?,
            variant: self.string()?,
            symbol: self.opt()?,
            message: self.string()?,
            cause: self.opt()?,
            solution: self.opt()?,
            kind: some(ErrorKind::from_name(self.str()?))?,
            retryable: self.flag()?,
            retryable_set: self.flag()?,
            disposition: some(Disposition::from_name(self.str()?))?,
            disposition_set: self.flag()?,
            aliases: self.list(Self::code)?,
            section: self.opt()?,
            from: self.list(Self::string)?,
            wordings: self.list(|input| {
                Ok(Wording {
                    from: input.string()?,
                    message: input.string()?,
                })
            })?,
            counterpart: self.maybe(Self::code)?,
            added_by: self.opt()?,
            amended_by: self.list(|input| {
                Ok(Amendment {
                    overlay: input.string()?,
                    // The schema's own name of the key, which is `'static`.
                    fields: input.list(|input| {
                        let name = input.str()?;
                        some(schema::ENTRY.names().find(|key| *key == name))
                    })?,
                })
            })?,
            readings: self.list(|input| {
                Ok(Reading {
                    carrier: input.string()?,
                    message: input.string()?,
                    kind: some(ErrorKind::from_name(input.str()?))?,
                    retryable: input.flag()?,
                    retryable_set: input.flag()?,
                    disposition: some(Disposition::from_name(input.str()?))?,
                    disposition_set: input.flag()?,
                    english: input.maybe(Self::text)?,
                })
            })?,
            english: self.maybe(|input| {
                Ok(English {
                    message: input.text()?,
                    cause: input.maybe(Self::text)?,
                    solution: input.maybe(Self::text)?,
                })
            })?,
        })
    }

    fn text(&mut self) -> Result<Text, Bad> {
        Ok(Text {
            text: self.string()?,
            from: self.string()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, builtin, expand};

    #[test]
    fn every_built_in_catalog_reads_back_whole() {
        for id in builtin::ids() {
            let catalog = crate::check(&builtin::builtin(id).unwrap()).unwrap();
            let text = encode(&catalog);
            let back = decode(&text).unwrap_or_else(|| panic!("{id} does not decode"));
            assert_eq!(encode(&back), text, "{id}");
            let options = Options::default();
            assert_eq!(
                expand(&back, &options).to_string(),
                expand(&catalog, &options).to_string(),
                "{id}"
            );
        }
    }

    #[test]
    fn overlays_and_amendments_read_back_too() {
        let base = builtin::builtin("tencent_sms").unwrap();
        let overlay = crate::SourceFile::new(
            "errors/tencent_sms.toml",
            "[[entry]]\ncode = \"LimitExceeded.DailyLimit\"\nkind = \"quota_exhausted\"\ndisposition = \"alert\"\n\n[[entry]]\ncode = \"Mine.New\"\nmessage = \"m\"\nkind = \"internal\"\n",
        );
        let catalog = crate::check_with_overlays(&base, &[overlay]).unwrap();
        let text = encode(&catalog);
        let back = decode(&text).unwrap();
        assert_eq!(back.overlays, ["errors/tencent_sms.toml"]);
        let amended = back
            .entries
            .iter()
            .find(|entry| entry.code == CodeValue::Str("LimitExceeded.DailyLimit".into()))
            .unwrap();
        assert_eq!(amended.amended_by[0].fields, ["kind", "disposition"]);
        assert_eq!(amended.disposition, Disposition::Alert);
        assert!(back.entries.last().unwrap().added_by.is_some());
        assert_eq!(encode(&back), text);
    }

    #[test]
    fn anything_else_is_none_without_a_panic() {
        let catalog = crate::check(&builtin::builtin("tencent_gme").unwrap()).unwrap();
        let text = encode(&catalog);
        // Cuts of a valid encoding (on character boundaries): every one near either end, one in
        // 61 elsewhere; and the whole with a byte more.
        let cuts =
            (0..text.len()).filter(|&end| end < 300 || end + 300 > text.len() || end % 61 == 0);
        for end in cuts.filter(|&end| text.is_char_boundary(end)) {
            assert!(decode(&text[..end]).is_none(), "cut at {end}");
        }
        assert!(decode(&format!("{text}0")).is_none());
        for junk in [
            "",
            "9999999999999999999999:",
            "3:abc",
            "+1:a",
            "x",
            "2:id4;",
        ] {
            assert!(decode(junk).is_none(), "{junk:?}");
        }
    }
}
