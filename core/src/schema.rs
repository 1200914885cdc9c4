//! Every key of the catalog schema, declared once: its name, type, whether it is required, what
//! it means, and what to write when it is missing. The checker reads values through these
//! tables, the unknown-key suggestions list them, and the tables of `catalogs/README.md` are
//! printed from them ([`TableSchema::markdown`], kept true by a test).

use std::fmt::Write as _;

/// One key of a catalog table.
#[derive(Debug)]
pub struct Key {
    /// The TOML key.
    pub name: &'static str,
    /// Its type, as the schema reference says it.
    pub ty: &'static str,
    /// `yes`, `no`, or when it is required.
    pub required: &'static str,
    /// What it means (Markdown).
    pub meaning: &'static str,
    /// The value shown in "add `name = …`" when the key is missing.
    pub example: &'static str,
}

/// The keys of one kind of table.
#[derive(Debug)]
pub struct TableSchema {
    /// The table as messages name it: "an `[[entry]]` table".
    pub what: &'static str,
    /// Its TOML header, for the tables of an array of tables (`[[entry]]`).
    pub header: &'static str,
    /// Its keys, in the order of the schema reference.
    pub keys: &'static [Key],
}

impl TableSchema {
    /// The key called `name`, if the table has one.
    #[must_use]
    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|key| key.name == name)
    }

    /// The key names, in order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.keys.iter().map(|key| key.name)
    }

    /// The table of `catalogs/README.md` for these keys.
    #[must_use]
    pub fn markdown(&self) -> String {
        let mut table = String::from("| key | type | required | meaning |\n|---|---|---|---|\n");
        for key in self.keys {
            let _ = writeln!(
                table,
                "| `{}` | {} | {} | {} |",
                key.name, key.ty, key.required, key.meaning
            );
        }
        table
    }
}

const fn key(
    name: &'static str,
    ty: &'static str,
    required: &'static str,
    meaning: &'static str,
    example: &'static str,
) -> Key {
    Key {
        name,
        ty,
        required,
        meaning,
        example,
    }
}

/// The catalog's top-level keys.
pub const HEADER: TableSchema = TableSchema {
    what: "the catalog header",
    header: "",
    keys: &[
        key(
            "id",
            "string",
            "yes",
            "snake_case identifier of the catalog (`tencent_sms`); for built-ins, the file name; used in diagnostics and in `UnknownCode`'s message",
            "\"my_catalog\"",
        ),
        key(
            "enum",
            "string",
            "yes",
            "name of the generated enum (`TencentSmsError`); a Rust identifier in UpperCamelCase",
            "\"MyCatalogError\"",
        ),
        key(
            "vendor",
            "string",
            "yes",
            "the vendor, as it names itself (`腾讯云 Tencent Cloud`)",
            "\"…\"",
        ),
        key(
            "product",
            "string",
            "yes",
            "the product and API version the codes belong to",
            "\"…\"",
        ),
        key(
            "source",
            "string",
            "yes",
            "URL of the vendor page the entries are transcribed from",
            "\"https://…\"",
        ),
        key(
            "code_type",
            "`\"string\"` or `\"integer\"`",
            "yes",
            "the type of the wire code: `code()` returns `&'static str` or `i64`",
            "\"string\"` or `code_type = \"integer\"",
        ),
        key(
            "language",
            "`\"zh\"` or `\"en\"`",
            "no",
            "the language of the vendor's texts (`e.message()`, `cause`, `solution`, readings); `\"zh\"` when absent. In a catalog that is not `\"en\"`, entries can carry English beside the vendor's words: `[entry.en]` below",
            "\"zh\"",
        ),
        key(
            "description",
            "string",
            "no",
            "a paragraph (Markdown) added to the enum's rustdoc",
            "\"…\"",
        ),
        key(
            "counterpart",
            "string",
            "no",
            "the id of another catalog whose codes entries link to with their own `counterpart` (`tencent_vms_v3` → `tencent_vms`)",
            "\"other_catalog_id\"",
        ),
        key(
            "provenance",
            "array of tables",
            "no",
            "the sources of the entries: `[[provenance]]` below",
            "[]",
        ),
        key(
            "success",
            "array of tables",
            "no",
            "the codes that mean success: `[[success]]` below",
            "[]",
        ),
        key(
            "carrier",
            "array of tables",
            "no",
            "the carriers whose readings of a code differ (a delivery-receipt catalog): `[[carrier]]` below",
            "[]",
        ),
        key(
            "entry",
            "array of tables",
            "yes",
            "one `[[entry]]` per vendor error code, in the vendor's order",
            "[]",
        ),
    ],
};

/// `[[provenance]]`: one source of the entries.
pub const PROVENANCE: TableSchema = TableSchema {
    what: "a `[[provenance]]` table",
    header: "[[provenance]]",
    keys: &[
        key(
            "id",
            "string",
            "yes",
            "a short key entries use (`doc`, `sdk_v20210111`)",
            "\"doc\"",
        ),
        key(
            "title",
            "string",
            "yes",
            "what the source is (`tencentcloud-sdk-go sms/v20210111/errors.go`)",
            "\"…\"",
        ),
        key("url", "string", "yes", "where it is", "\"https://…\""),
        key(
            "version",
            "string",
            "no",
            "the release or commit it was read at",
            "\"…\"",
        ),
        key(
            "secondary",
            "bool",
            "no",
            "a weaker source: a third-party transcription, a copy of unknown origin",
            "true",
        ),
        key(
            "translation",
            "bool",
            "no",
            "a translation written for the catalog, not the vendor's own text: the source entries' English names (`from` of `[entry.en]`) when the vendor publishes none; `e.english()` tells it apart from the vendor's English",
            "true",
        ),
    ],
};

/// `[[success]]`: a code that means success.
pub const SUCCESS: TableSchema = TableSchema {
    what: "a `[[success]]` table",
    header: "[[success]]",
    keys: &[
        key(
            "code",
            "string or integer (the catalog's `code_type`)",
            "yes",
            "the wire code",
            "\"OK\"` or `code = 0",
        ),
        key(
            "message",
            "string",
            "yes",
            "the vendor's text for it",
            "\"…\"",
        ),
    ],
};

/// `[[entry]]`: one vendor error code.
pub const ENTRY: TableSchema = TableSchema {
    what: "an `[[entry]]` table",
    header: "[[entry]]",
    keys: &[
        key(
            "code",
            "string or integer (the catalog's `code_type`)",
            "yes",
            "the wire code, exactly as the vendor sends it (misspellings included)",
            "\"Vendor.Code\"` or `code = 1005",
        ),
        key(
            "variant",
            "string",
            "see below",
            "the Rust variant name; derived when absent",
            "\"SomeName\"",
        ),
        key(
            "symbol",
            "string",
            "no",
            "the vendor's symbolic name for an integer code (`AV_ERR_TIMEOUT`); if one entry has a symbol every entry must; `name()` returns it and `FromStr` accepts it",
            "\"VENDOR_ERR_NAME\"",
        ),
        key(
            "message",
            "string",
            "yes, non-empty",
            "what the error means, in the vendor's words (Chinese kept)",
            "\"…\"",
        ),
        key(
            "cause",
            "string",
            "no",
            "the vendor's explanation of why it happens (原因), when the vendor gives one apart from the message",
            "\"…\"",
        ),
        key(
            "solution",
            "string",
            "no",
            "what the vendor says to do (处理措施 / 解决方案 / 建议方案)",
            "\"…\"",
        ),
        key(
            "kind",
            "string",
            "yes",
            "one of the kinds below: what a caller should do about it",
            "\"invalid_request\"",
        ),
        key(
            "retryable",
            "bool",
            "no",
            "overrides the kind's default retry advice for this entry",
            "true",
        ),
        key(
            "disposition",
            "string",
            "no",
            "what a sender does (`retry`, `retry_later`, `fail_over`, `fix_request`, `drop_recipients`, `give_up`, `verify`, `ignore`, `alert`); derived from `kind` and `retryable` when absent, which is what every built-in entry does",
            "\"fail_over\"",
        ),
        key(
            "aliases",
            "array of strings",
            "no",
            "other wire spellings that mean this entry (a retired spelling still sent by old servers or clients); `FromStr`/`from_code` accept them, `Display` writes `code`",
            "[\"Other.Spelling\"]",
        ),
        key(
            "section",
            "string",
            "no",
            "the section of the vendor page the entry is listed under (`公共错误码`, `业务错误码`, …)",
            "\"…\"",
        ),
        key(
            "from",
            "array of strings",
            "when the catalog has `[[provenance]]`",
            "the provenance ids that list this code; `message`, `cause` and `solution` come from the first",
            "[\"<provenance id>\"]",
        ),
        key(
            "wording",
            "array of tables",
            "no",
            "other sources' texts for the code: `[[entry.wording]]` below",
            "[]",
        ),
        key(
            "counterpart",
            "string or integer",
            "no",
            "the equivalent code in the header's `counterpart` catalog; `e.counterpart()` returns it",
            "\"Other.Code\"",
        ),
        key(
            "carrier",
            "array of tables",
            "no",
            "what the code means when one of the header's carriers reports it: `[[entry.carrier]]` below",
            "[]",
        ),
        key(
            "en",
            "table",
            "no",
            "the English of the entry's texts, beside the vendor's (which stay as they are): `[entry.en]` below; not in a catalog whose `language` is `\"en\"`",
            "{ message = \"…\", from = \"<provenance id>\" }",
        ),
    ],
};

/// `[[entry.wording]]`: another source's text for the same code.
pub const WORDING: TableSchema = TableSchema {
    what: "an `[[entry.wording]]` table",
    header: "[[entry.wording]]",
    keys: &[
        key(
            "from",
            "string",
            "yes",
            "the provenance id of the source",
            "\"<provenance id>\"",
        ),
        key("message", "string", "yes", "its text", "\"…\""),
    ],
};

/// `[entry.en]`: the English of an entry's texts.
pub const ENGLISH: TableSchema = TableSchema {
    what: "an `[entry.en]` table",
    header: "[entry.en]",
    keys: &[
        key(
            "message",
            "string",
            "yes, non-empty",
            "the message in English",
            "\"…\"",
        ),
        key(
            "cause",
            "string",
            "when the entry has a `cause`",
            "the cause in English; only beside the entry's own `cause`",
            "\"…\"",
        ),
        key(
            "solution",
            "string",
            "when the entry has a `solution`",
            "the solution in English; only beside the entry's own `solution`",
            "\"…\"",
        ),
        key(
            "from",
            "string",
            "when the catalog has `[[provenance]]`",
            "the provenance id of the English: the vendor's own English, or a `[[provenance]]` with `translation = true`",
            "\"<provenance id>\"",
        ),
        key(
            "cause_from",
            "string",
            "no",
            "the provenance id of the cause's English, where it is not `from`'s (the vendor's English has the message, a translation the cause)",
            "\"<provenance id>\"",
        ),
        key(
            "solution_from",
            "string",
            "no",
            "the provenance id of the solution's English, where it is not `from`'s",
            "\"<provenance id>\"",
        ),
    ],
};

/// `[[carrier]]`: a carrier whose codes the catalog reads per carrier.
pub const CARRIER: TableSchema = TableSchema {
    what: "a `[[carrier]]` table",
    header: "[[carrier]]",
    keys: &[
        key(
            "id",
            "string",
            "yes",
            "a snake_case id entries and callers name it by (`china_mobile`); `disposition_on` and `reading` also accept its `name`",
            "\"china_mobile\"",
        ),
        key(
            "name",
            "string",
            "yes",
            "the vendor's name for it (`中国移动`)",
            "\"…\"",
        ),
    ],
};

/// `[[entry.carrier]]`: what the code means when one carrier reports it.
pub const READING: TableSchema = TableSchema {
    what: "an `[[entry.carrier]]` table",
    header: "[[entry.carrier]]",
    keys: &[
        key(
            "id",
            "string",
            "yes",
            "the `[[carrier]]` id; one reading per carrier and entry",
            "\"china_mobile\"",
        ),
        key(
            "message",
            "string",
            "yes, non-empty",
            "the carrier's text for the code, in the vendor's words",
            "\"…\"",
        ),
        key(
            "kind",
            "string",
            "yes",
            "what went wrong, as this carrier means it",
            "\"recipient_unreachable\"",
        ),
        key(
            "retryable",
            "bool",
            "no",
            "overrides the kind's default retry advice for this reading",
            "true",
        ),
        key(
            "disposition",
            "string",
            "no",
            "what a sender does when this carrier reports the code; derived from `kind` and `retryable` when absent",
            "\"give_up\"",
        ),
        key(
            "en",
            "table",
            "no",
            "the carrier's text in English: `{ message = \"…\", from = \"<provenance id>\" }`, as in `[entry.en]`",
            "{ message = \"…\", from = \"<provenance id>\" }",
        ),
    ],
};

/// The `en` of an `[[entry.carrier]]`: the carrier's text in English.
pub const READING_ENGLISH: TableSchema = TableSchema {
    what: "an `en` table of an `[[entry.carrier]]`",
    header: "[entry.carrier.en]",
    keys: &[
        key(
            "message",
            "string",
            "yes, non-empty",
            "the carrier's text in English",
            "\"…\"",
        ),
        key(
            "from",
            "string",
            "when the catalog has `[[provenance]]`",
            "the provenance id of the English, as in `[entry.en]`",
            "\"<provenance id>\"",
        ),
    ],
};

/// An overlay file's top level: `[[entry]]` tables only, no header.
pub const OVERLAY: TableSchema = TableSchema {
    what: "an overlay",
    header: "",
    keys: &[key(
        "entry",
        "array of tables",
        "yes",
        "`[[entry]]` tables in the catalog schema: one whose `code` is in the catalog amends that entry with the fields it sets; one with a new `code`, a `message` and a `kind` adds an entry",
        "[]",
    )],
};

/// Every table of the schema, in the order of the schema reference.
pub const TABLES: [&TableSchema; 10] = [
    &HEADER,
    &PROVENANCE,
    &SUCCESS,
    &CARRIER,
    &ENTRY,
    &WORDING,
    &ENGLISH,
    &READING,
    &READING_ENGLISH,
    &OVERLAY,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema reference shows exactly these keys, in this order, with these texts.
    #[test]
    fn the_readme_tables_are_the_schema() {
        let readme = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/README.md"),
        )
        .unwrap();
        let mut rest = readme.as_str();
        for table in TABLES {
            let markdown = table.markdown();
            let at = rest.find(&markdown).unwrap_or_else(|| {
                panic!(
                    "catalogs/README.md lacks, after the previous table, the table of {}:\n{markdown}",
                    table.what
                )
            });
            rest = &rest[at + markdown.len()..];
        }
    }

    #[test]
    fn key_names_are_unique_per_table() {
        for table in TABLES {
            let mut names: Vec<&str> = table.names().collect();
            names.sort_unstable();
            let count = names.len();
            names.dedup();
            assert_eq!(names.len(), count, "{}", table.what);
        }
    }
}
