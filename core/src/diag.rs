//! Problems found in a catalog file, each located at `path:line:column` with the offending line
//! and carets under what is wrong, collected so that one compile reports all of them.

use core::fmt;
use std::ops::Range;

/// A catalog's text and the path it is shown under in messages.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user wrote it (or `catalogs/<id>.toml` for a built-in).
    pub display_path: String,
    /// The TOML text, without a leading byte order mark.
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A file's text under the path shown in messages. A leading byte order mark is dropped, so
    /// that it shifts no column of the first line.
    pub fn new(display_path: impl Into<String>, text: impl Into<String>) -> Self {
        let mut text: String = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let line_starts = core::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        SourceFile {
            display_path: display_path.into(),
            text,
            line_starts,
        }
    }

    /// The 0-based line holding byte `offset` and that line's byte range, without its line break.
    fn line_of(&self, offset: usize) -> (usize, Range<usize>) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        if self.text[start..end].ends_with('\r') {
            end -= 1;
        }
        (line, start..end)
    }

    /// 1-based line and column (in characters, as rustc counts them) of the byte `offset`.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset);
        let (line, range) = self.line_of(offset);
        let column = self.text[range.start..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// `path:line:col`.
    #[must_use]
    pub fn location(&self, offset: usize) -> String {
        let (line, column) = self.line_col(offset);
        format!("{}:{line}:{column}", self.display_path)
    }

    /// The source line of `span`'s start, with carets under the span (cut at the end of the
    /// line), aligned as a terminal shows them: a tab is four columns, a wide (CJK) character two.
    /// A line longer than [`WINDOW`] characters is shown around the span, cut with `…`.
    fn excerpt(&self, span: &Range<usize>) -> String {
        let start = floor_char_boundary(&self.text, span.start);
        let (line, range) = self.line_of(start);
        let text = &self.text[range.clone()];
        // The span within the line, in bytes, cut at the line's end.
        let span_start = start.min(range.end) - range.start;
        let span_end =
            floor_char_boundary(text, span.end.saturating_sub(range.start)).max(span_start);
        let (from, to) = window(text, span_start);
        let cut_before = if from > 0 { "…" } else { "" };
        let cut_after = if to < text.len() { "…" } else { "" };
        let pad = width(cut_before) + width(&text[from..span_start.max(from)]);
        let carets = width(&text[span_start.clamp(from, to)..span_end.clamp(from, to)]).max(1);
        let number = (line + 1).to_string();
        let gutter = " ".repeat(number.len());
        let shown = text[from..to].replace('\t', "    ");
        format!(
            "{gutter} |\n{number} | {cut_before}{shown}{cut_after}\n{gutter} | {}{}",
            " ".repeat(pad),
            "^".repeat(carets)
        )
    }
}

/// Lines up to this many characters are shown whole; longer ones around the problem.
const WINDOW: usize = 160;

/// The byte range of `line` shown for a problem at byte `at`: the whole line, or [`WINDOW`]
/// characters starting 40 before `at`.
fn window(line: &str, at: usize) -> (usize, usize) {
    if line.chars().count() <= WINDOW {
        return (0, line.len());
    }
    let before = line[..at].chars().count();
    let first = before.saturating_sub(40);
    let byte_of = |chars: usize| {
        line.char_indices()
            .nth(chars)
            .map_or(line.len(), |(byte, _)| byte)
    };
    (byte_of(first), byte_of(first + WINDOW))
}

/// The largest char boundary of `text` at or before `offset` (clamped to the text).
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Columns `text` takes in a terminal: four per tab, two per wide East Asian character, none
/// for combining marks and other zero-width characters, one otherwise.
pub fn width(text: &str) -> usize {
    text.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x09 => 4,
        0x00..=0x1F
        | 0x7F..=0x9F
        | 0x0300..=0x036F
        | 0x200B..=0x200F
        | 0xFE00..=0xFE0F
        | 0xFEFF => 0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// What a note under a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// `= note: …`: more about the problem, often another place in the file.
    Note,
    /// `= help: …`: what to write instead.
    Help,
}

/// A line under a problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Note or help.
    pub kind: NoteKind,
    /// Its text.
    pub text: String,
}

/// One problem of a catalog file: where, what, the offending line, and notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as shown to the user.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte range in the file's text.
    pub span: Range<usize>,
    /// What is wrong: lowercase, no final period.
    pub message: String,
    /// The offending line with carets under the span.
    pub excerpt: String,
    /// Notes and help, in order.
    pub notes: Vec<Note>,
}

impl fmt::Display for Diagnostic {
    /// `path:line:col: message`, the excerpt, then one `= note:`/`= help:` line each.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}\n{}",
            self.path, self.line, self.column, self.message, self.excerpt
        )?;
        for note in &self.notes {
            let label = match note.kind {
                NoteKind::Note => "note",
                NoteKind::Help => "help",
            };
            write!(f, "\n  = {label}: {}", note.text)?;
        }
        Ok(())
    }
}

/// Collects every problem of one catalog file.
pub struct Diagnostics<'a> {
    file: &'a SourceFile,
    problems: Vec<Diagnostic>,
}

impl<'a> Diagnostics<'a> {
    /// No problems yet.
    #[must_use]
    pub fn new(file: &'a SourceFile) -> Self {
        Diagnostics {
            file,
            problems: Vec::new(),
        }
    }

    /// Starts a problem at `span`; it is recorded when the [`Report`] is dropped.
    pub fn error(&mut self, span: Range<usize>, message: impl Into<String>) -> Report<'_, 'a> {
        Report {
            diagnostics: self,
            span,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    /// The file the problems are in.
    #[must_use]
    pub fn file(&self) -> &'a SourceFile {
        self.file
    }

    /// How many problems were recorded.
    #[must_use]
    pub fn count(&self) -> usize {
        self.problems.len()
    }

    /// Whether any problem was recorded.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        !self.problems.is_empty()
    }

    /// Every problem, in file order (problems at the same place in the order found).
    #[must_use]
    pub fn finish(mut self) -> Vec<Diagnostic> {
        self.problems.sort_by_key(|problem| problem.span.start);
        self.problems
    }
}

/// A problem being built; added to its [`Diagnostics`] when dropped.
pub struct Report<'d, 'a> {
    diagnostics: &'d mut Diagnostics<'a>,
    span: Range<usize>,
    message: String,
    notes: Vec<Note>,
}

// A report is recorded when dropped, so dropping the returned one ends it: not a mistake.
#[allow(clippy::return_self_not_must_use)]
impl Report<'_, '_> {
    /// `= help: …`
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.notes.push(Note {
            kind: NoteKind::Help,
            text: help.into(),
        });
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
        self.notes.push(Note {
            kind: NoteKind::Note,
            text: format!("{what} at {location}"),
        });
        self
    }
}

impl Drop for Report<'_, '_> {
    fn drop(&mut self) {
        let file = self.diagnostics.file;
        let (line, column) = file.line_col(self.span.start);
        let problem = Diagnostic {
            path: file.display_path.clone(),
            line,
            column,
            span: self.span.clone(),
            message: core::mem::take(&mut self.message),
            excerpt: file.excerpt(&self.span),
            notes: core::mem::take(&mut self.notes),
        };
        self.diagnostics.problems.push(problem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("x.toml", text)
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

    #[test]
    fn carets_align_after_wide_characters_and_tabs() {
        let f = file("message = \"短信\"\tkind = \"x\"\n");
        let start = f.text.find("\"x\"").unwrap();
        // `message = "` is 11 columns, 短信 four, `"` one, the tab four, `kind = ` seven.
        assert_eq!(
            f.excerpt(&(start..start + 3)),
            format!(
                "  |\n1 | message = \"短信\"    kind = \"x\"\n  | {}^^^",
                " ".repeat(27)
            )
        );
        let wide = f.text.find('短').unwrap();
        assert!(
            f.excerpt(&(wide..wide + 6))
                .ends_with(&format!("{}^^^^", " ".repeat(11)))
        );
    }

    #[test]
    fn a_span_at_a_crlf_line_end_does_not_panic() {
        // An unterminated string: the parser points at the `\r`, past the shown line.
        let f = file("id = \"acme\r\nenum = 1\r\n");
        let at = f.text.find('\r').unwrap();
        assert_eq!(
            f.excerpt(&(at..at + 1)),
            "  |\n1 | id = \"acme\n  |           ^"
        );
        assert_eq!(
            f.excerpt(&(at + 1..at + 2)),
            "  |\n1 | id = \"acme\n  |           ^"
        );
        assert_eq!(f.location(at), "x.toml:1:11");
        for start in 0..=f.text.len() + 2 {
            for end in [0, start, start + 1, start + 40] {
                let _ = f.excerpt(&(start..end));
            }
        }
    }

    #[test]
    fn a_long_line_is_shown_around_the_problem() {
        let f = file(&format!("code = \"{}\" # bad", "x".repeat(100_000)));
        let at = f.text.find('#').unwrap();
        let excerpt = f.excerpt(&(at..at + 1));
        assert!(excerpt.len() < 500, "{excerpt}");
        let lines: Vec<&str> = excerpt.lines().collect();
        assert!(lines[1].ends_with("\" # bad"), "{excerpt}");
        assert!(lines[1].starts_with("1 | …x"), "{excerpt}");
        // The caret is under the `#`.
        let caret = lines[2].find('^').unwrap();
        assert_eq!(lines[1].chars().nth(caret), Some('#'), "{excerpt}");
        let whole = f.excerpt(&(0..at + 5));
        assert!(whole.len() < 800, "carets cut at the window too");
    }

    #[test]
    fn a_byte_order_mark_shifts_no_column() {
        let f = file("\u{feff}id = 1\n");
        assert_eq!(f.text, "id = 1\n");
        assert_eq!(f.location(5), "x.toml:1:6");
    }

    #[test]
    fn spans_inside_a_character_do_not_panic() {
        let f = file("a = \"短\"\n");
        for start in 0..f.text.len() + 3 {
            let _ = f.location(start);
            let _ = f.excerpt(&(start..start + 1));
        }
    }
}
