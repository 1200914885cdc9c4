//! Serde for generated enums: serialized as the wire code, deserialized from it.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::ser::Serializer;

use crate::{Code, ErrorCatalog, UnknownCode};

/// Serializes `entry` as its wire code: a string or an `i64`.
pub fn serialize<E: ErrorCatalog, S: Serializer>(
    entry: E,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match entry.code() {
        Code::Str(code) => serializer.serialize_str(code),
        Code::Int(code) => serializer.serialize_i64(code),
    }
}

/// Deserializes an entry from its wire code (or, in self-describing formats, any spelling
/// `FromStr` accepts, such as a symbol); an unknown code is an error that shows the value, a
/// long string only as far as [`UnknownCode`] keeps it.
pub fn deserialize<'de, E: ErrorCatalog, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    let string_codes = E::ENTRIES
        .first()
        .is_none_or(|entry| entry.code().as_str().is_some());
    let visitor = CodeVisitor::<E>(PhantomData);
    if string_codes {
        deserializer.deserialize_str(visitor)
    } else if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_i64(visitor)
    }
}

struct CodeVisitor<E>(PhantomData<E>);

impl<E: ErrorCatalog> Visitor<'_> for CodeVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a code of the {} catalog", E::ID)
    }

    fn visit_str<Err: de::Error>(self, text: &str) -> Result<E, Err> {
        text.parse().map_err(|unknown: UnknownCode| {
            if unknown.is_truncated() {
                Err::custom(InvalidText {
                    unknown: &unknown,
                    expected: &self,
                })
            } else {
                Err::invalid_value(Unexpected::Str(unknown.text()), &self)
            }
        })
    }

    fn visit_i64<Err: de::Error>(self, code: i64) -> Result<E, Err> {
        E::from_wire(Code::Int(code))
            .ok_or_else(|| Err::invalid_value(Unexpected::Signed(code), &self))
    }

    fn visit_u64<Err: de::Error>(self, code: u64) -> Result<E, Err> {
        i64::try_from(code)
            .ok()
            .and_then(|code| E::from_wire(Code::Int(code)))
            .ok_or_else(|| Err::invalid_value(Unexpected::Unsigned(code), &self))
    }
}

/// serde's "invalid value" message for a string cut short, the text shown as in
/// [`UnknownCode`]'s message: `invalid value: string "xx…xx"… (1048576 bytes), expected …`.
struct InvalidText<'a, V> {
    unknown: &'a UnknownCode,
    expected: &'a V,
}

impl<V: de::Expected> fmt::Display for InvalidText<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid value: string ")?;
        self.unknown.fmt_text(f)?;
        f.write_str(", expected ")?;
        de::Expected::fmt(self.expected, f)
    }
}
