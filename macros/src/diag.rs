//! Problems found in a catalog file, each located at `path:line:column` with the offending
//! line, collected so that one compile reports all of them.

use std::fmt::Write as _;
use std::ops::Range;

use proc_macro2::Span;

/// A catalog's text and the path it is shown under in messages.
pub struct SourceFile {
    /// The path as the user wrote it (or `catalogs/<id>.toml` for a built-in).
    pub display_path: String,
    /// The TOML text.
    pub text: String,
}

impl SourceFile {
    /// 1-based line and column (in characters) of the byte `offset`.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        (line, column)
    }

    /// `path:line:col`.
    pub fn location(&self, offset: usize) -> String {
        let (line, column) = self.line_col(offset);
        format!("{}:{line}:{column}", self.display_path)
    }

    /// The source line of `span`'s start, with carets under the span (cut at the end of line).
    fn excerpt(&self, span: &Range<usize>) -> String {
        let start = floor_char_boundary(&self.text, span.start.min(self.text.len()));
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = self.text[line_start..line_end].trim_end_matches('\r');
        let end = floor_char_boundary(&self.text, span.end.clamp(start, line_start + line.len()));
        let pad = self.text[line_start..start].chars().count();
        let width = self.text[start..end].chars().count().max(1);
        let (number, _) = self.line_col(start);
        let gutter = " ".repeat(number.to_string().len());
        format!(
            "{gutter} |\n{number} | {line}\n{gutter} | {}{}",
            " ".repeat(pad),
            "^".repeat(width)
        )
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One problem: where, what, and optional notes (`= note: …`, `= help: …`).
struct Problem {
    at: usize,
    text: String,
}

/// Collects every problem of one catalog file.
pub struct Diagnostics<'a> {
    file: &'a SourceFile,
    problems: Vec<Problem>,
}

impl<'a> Diagnostics<'a> {
    pub fn new(file: &'a SourceFile) -> Self {
        Diagnostics {
            file,
            problems: Vec::new(),
        }
    }

    /// Starts a problem at `span`; finish it with [`Report::emit`] (or let it drop).
    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) -> Report<'_, 'a> {
        Report {
            diagnostics: self,
            span,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.problems.is_empty()
    }

    /// All problems as one `syn::Error` on the user's literal, in file order; `Ok` when none.
    pub fn finish(mut self, user_span: Span) -> syn::Result<()> {
        self.problems.sort_by_key(|problem| problem.at);
        let mut problems = self.problems.into_iter();
        let Some(first) = problems.next() else {
            return Ok(());
        };
        let mut error = syn::Error::new(user_span, first.text);
        for problem in problems {
            error.combine(syn::Error::new(user_span, problem.text));
        }
        Err(error)
    }
}

/// A problem being built; added to its [`Diagnostics`] when dropped.
pub struct Report<'d, 'a> {
    diagnostics: &'d mut Diagnostics<'a>,
    span: Range<usize>,
    message: String,
    notes: Vec<String>,
}

impl Report<'_, '_> {
    /// `= help: …`
    pub fn help(mut self, help: impl AsRef<str>) -> Self {
        self.notes.push(format!("= help: {}", help.as_ref()));
        self
    }

    /// `= help: …` when there is something to say.
    pub fn help_opt(self, help: Option<String>) -> Self {
        match help {
            Some(help) => self.help(help),
            None => self,
        }
    }

    /// `= note: <what> at path:line:col`, pointing at another place in the file.
    pub fn note_at(mut self, what: &str, offset: usize) -> Self {
        let location = self.diagnostics.file.location(offset);
        self.notes.push(format!("= note: {what} at {location}"));
        self
    }
}

impl Drop for Report<'_, '_> {
    fn drop(&mut self) {
        let file = self.diagnostics.file;
        let mut text = format!(
            "{}: {}\n{}",
            file.location(self.span.start),
            self.message,
            file.excerpt(&self.span)
        );
        for note in &self.notes {
            let _ = write!(text, "\n  {note}");
        }
        let at = self.span.start;
        self.diagnostics.problems.push(Problem { at, text });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            display_path: "x.toml".to_owned(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn locations_count_lines_and_characters() {
        let f = file("a = 1\nmessage = \"短信\" x\n");
        assert_eq!(f.location(0), "x.toml:1:1");
        let x = f.text.find(" x").unwrap() + 1;
        assert_eq!(f.location(x), "x.toml:2:16");
        assert_eq!(f.location(10_000), "x.toml:3:1");
    }

    #[test]
    fn excerpt_underlines_the_span() {
        let f = file("id = 1\nkind = \"fast\"\n");
        let start = f.text.find("\"fast\"").unwrap();
        assert_eq!(
            f.excerpt(&(start..start + 6)),
            "  |\n2 | kind = \"fast\"\n  |        ^^^^^^"
        );
    }
}
