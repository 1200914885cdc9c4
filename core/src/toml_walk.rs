//! Typed access to toml's spanned document: a table read through its [`TableSchema`], and values
//! read as a string, boolean, array or array of tables, each wrong type reported where it is.
//! What the values mean is `check`'s business.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::diag::Diagnostics;
use crate::schema::TableSchema;
use crate::suggest::did_you_mean;

/// A value and its span in the file.
pub type Value<'t, 'i> = &'t Spanned<DeValue<'i>>;

/// A TOML table, its span in the file, and the schema of its keys.
pub struct Table<'t, 'i> {
    inner: &'t DeTable<'i>,
    /// The table's span in the file.
    pub span: Range<usize>,
    schema: &'static TableSchema,
}

impl<'t, 'i> Table<'t, 'i> {
    /// `table`, read as a `schema` table.
    #[must_use]
    pub fn new(table: &'t DeTable<'i>, span: Range<usize>, schema: &'static TableSchema) -> Self {
        Table {
            inner: table,
            span,
            schema,
        }
    }

    /// What messages call this table.
    #[must_use]
    pub fn what(&self) -> &'static str {
        self.schema.what
    }

    /// The value of `key`, a key of the schema.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<Value<'t, 'i>> {
        debug_assert!(
            self.schema.key(key).is_some(),
            "`{key}` is not a key of {}",
            self.schema.what
        );
        self.inner.get(key)
    }

    /// The table's keys, with their spans, in file order.
    pub fn keys(&self) -> impl Iterator<Item = (&'t str, Range<usize>)> + use<'t, 'i> {
        self.inner.keys().map(|key| (&**key.get_ref(), key.span()))
    }

    /// Reports every key the schema does not have, suggesting the closest one.
    pub fn reject_unknown_keys(&self, diag: &mut Diagnostics<'_>) {
        let what = self.schema.what;
        for key in self.inner.keys() {
            let name: &str = key.get_ref();
            if self.schema.key(name).is_none() {
                let names: Vec<&str> = self.schema.names().collect();
                diag.error(key.span(), format!("unknown field `{name}` in {what}"))
                    .help(
                        did_you_mean(name, names.iter().copied()).unwrap_or_else(|| {
                            format!("the fields of {what} are: {}", names.join(", "))
                        }),
                    );
            }
        }
    }

    /// A required key's value; reports it missing, with what to write.
    pub fn require(&self, diag: &mut Diagnostics<'_>, key: &str) -> Option<Value<'t, 'i>> {
        let value = self.get(key);
        if value.is_none() {
            let example = self.schema.key(key).map_or("\"…\"", |key| key.example);
            diag.error(
                self.span.start..self.span.start,
                format!("missing field `{key}` in {}", self.schema.what),
            )
            .help(format!("add `{key} = {example}`"));
        }
        value
    }

    /// The table `key` (`[entry.en]`, or an inline table), read as a `schema` table; a value of
    /// another shape is reported.
    pub fn table(
        &self,
        diag: &mut Diagnostics<'_>,
        key: &str,
        schema: &'static TableSchema,
    ) -> Option<Table<'t, 'i>> {
        let value = self.get(key)?;
        if let DeValue::Table(table) = value.get_ref() {
            return Some(Table::new(table, value.span(), schema));
        }
        diag.error(
            value.span(),
            format!(
                "`{key}` must be a table (`{}`), found {}",
                schema.header,
                type_name(value.get_ref())
            ),
        );
        None
    }

    /// The tables of the array of tables `key` (`[[entry]]`), each read as a `schema` table;
    /// a value of another shape is reported.
    pub fn tables(
        &self,
        diag: &mut Diagnostics<'_>,
        key: &str,
        schema: &'static TableSchema,
    ) -> Vec<Table<'t, 'i>> {
        let Some(value) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            diag.error(
                value.span(),
                format!(
                    "`{key}` must be an array of tables (`{}`), found {}",
                    schema.header,
                    type_name(value.get_ref())
                ),
            );
            return Vec::new();
        };
        let mut tables = Vec::with_capacity(items.len());
        for item in &**items {
            match item.get_ref() {
                DeValue::Table(table) => tables.push(Table::new(table, item.span(), schema)),
                other => {
                    diag.error(
                        item.span(),
                        format!("each `{key}` must be a table, found {}", type_name(other)),
                    );
                }
            }
        }
        tables
    }
}

/// `a string`, `an integer`, …: a value's type as messages say it.
#[must_use]
pub fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a datetime",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// A string value, or a "wrong type" problem.
pub fn string(diag: &mut Diagnostics<'_>, key: &str, value: Value<'_, '_>) -> Option<String> {
    match value.get_ref() {
        DeValue::String(text) => Some(text.to_string()),
        other => {
            diag.error(
                value.span(),
                format!("`{key}` must be a string, found {}", type_name(other)),
            );
            None
        }
    }
}

/// An array value, or a "wrong type" problem showing `example`.
pub fn array<'t, 'i>(
    diag: &mut Diagnostics<'_>,
    key: &str,
    value: Value<'t, 'i>,
    example: &str,
) -> Option<&'t DeArray<'i>> {
    if let DeValue::Array(items) = value.get_ref() {
        return Some(items);
    }
    diag.error(
        value.span(),
        format!(
            "`{key}` must be an array, found {}",
            type_name(value.get_ref())
        ),
    )
    .help(format!("write `{key} = {example}`"));
    None
}

/// A boolean value, or a "wrong type" problem.
pub fn boolean(diag: &mut Diagnostics<'_>, key: &str, value: Value<'_, '_>) -> Option<bool> {
    if let DeValue::Boolean(flag) = value.get_ref() {
        return Some(*flag);
    }
    diag.error(
        value.span(),
        format!(
            "`{key}` must be a boolean, found {}",
            type_name(value.get_ref())
        ),
    )
    .help(format!("write `{key} = true` or `{key} = false`"));
    None
}
