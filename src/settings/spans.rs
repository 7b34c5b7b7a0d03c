//! Where a settings error is in its file: the line and column of a key or its value, found by
//! parsing the text again with the toml crate's spanned parser (only when there is an error),
//! and ruff's way of pointing at it: the line under a gutter with a caret below.

use toml::de::{DeTable, DeValue};

/// A place in a settings file: 1-based line and column (in characters), and the caret text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    /// The line under a gutter, and carets under the span: ruff's layout.
    pub snippet: String,
}

/// What to point at for a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Key,
    Value,
}

/// The span of `key` (or of its value) in the table at `section` (`["tool", "picklefix"]`,
/// or `[]` for the top level) of the TOML `text`; `None` when the text does not parse.
pub fn locate(text: &str, section: &[&str], key: &str, part: Part) -> Option<Place> {
    let root = DeTable::parse(text).ok()?;
    let mut table = root.get_ref();
    for name in section {
        let (_, value) = table.iter().find(|(k, _)| k.get_ref() == name)?;
        match value.get_ref() {
            DeValue::Table(inner) => table = inner,
            _ => return None,
        }
    }
    let (found_key, value) = table.iter().find(|(k, _)| k.get_ref() == key)?;
    let span = match part {
        Part::Key => found_key.span(),
        Part::Value => value.span(),
    };
    Some(place(text, span))
}

/// The place of a byte span of `text`, its caret under the span's first line.
pub fn place(text: &str, span: std::ops::Range<usize>) -> Place {
    let start = floor_char_boundary(text, span.start.min(text.len()));
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |at| start + at);
    let line_text = text[line_start..line_end].trim_end_matches('\r');
    let line = text[..start].matches('\n').count() + 1;
    let column = text[line_start..start].chars().count() + 1;
    let end = floor_char_boundary(text, span.end.clamp(start, line_end.max(start)));
    let width = text[start..end].chars().count().max(1);
    let number = line.to_string();
    let gutter = " ".repeat(number.len());
    let pad = " ".repeat(column - 1);
    let carets = "^".repeat(width);
    let snippet = format!("{gutter} |\n{number} | {line_text}\n{gutter} | {pad}{carets}");
    Place {
        line,
        column,
        snippet,
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_a_key_or_its_value_in_a_section() {
        let text = "[project]\nname = \"x\"\n\n[tool.picklefix]\nunsafe-fixes = \"yes\"\n";
        let section = ["tool", "picklefix"];
        let key = locate(text, &section, "unsafe-fixes", Part::Key).expect("found");
        assert_eq!((key.line, key.column), (5, 1));
        let value = locate(text, &section, "unsafe-fixes", Part::Value).expect("found");
        assert_eq!((value.line, value.column), (5, 16));
        assert_eq!(
            value.snippet,
            "  |\n5 | unsafe-fixes = \"yes\"\n  |                ^^^^^"
        );
    }

    #[test]
    fn a_multi_line_value_is_marked_on_its_first_line() {
        let text = "select = [\n  \"PKL9\",\n]\n";
        let value = locate(text, &[], "select", Part::Value).expect("found");
        assert_eq!((value.line, value.column), (1, 10));
        assert!(value.snippet.ends_with("|          ^"), "{}", value.snippet);
    }
}
