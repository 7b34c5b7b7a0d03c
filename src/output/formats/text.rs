//! The text format: `path:line:col: CODE [*] message` on the first line of each finding (what
//! editors and `grep` parse), then, when asked (`--show-source`, or stdout is a terminal), the
//! source line and a caret under the finding. Colour, when on, follows ruff's choices: the path
//! bold, the code red and bold, the caret red.

use std::fmt::Write;

use crate::output::finding::Finding;
use crate::output::formats::RuleCount;

/// How text findings look.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextStyle {
    pub show_source: bool,
    pub color: bool,
}

impl TextStyle {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

const BOLD: &str = "1";
const RED_BOLD: &str = "1;31";
const RED: &str = "31";
const BLUE: &str = "34";

/// One finding: its line, and the source with a caret when `style` asks for them.
pub fn finding(path: &str, finding: &Finding, style: TextStyle) -> String {
    let mut out = format!(
        "{}:{}:{}: {}{} {}\n",
        style.paint(BOLD, path),
        finding.start.line,
        finding.start.column,
        style.paint(RED_BOLD, finding.rule.code()),
        finding.mark(),
        finding.message
    );
    if style.show_source {
        out.push_str(&source(finding, style));
    }
    if let Some(help) = &finding.help {
        out.push_str(&fix_help(finding, help));
    }
    out
}

/// `help:` and the fix's hunks, indented, as ruff's full format ends a fixable finding.
fn fix_help(finding: &Finding, hunks: &str) -> String {
    let how = match &finding.fix {
        Some(fix) if fix.applies => "--fix",
        _ => "--fix --unsafe-fixes",
    };
    let mut out = format!("help: {how} makes this change:\n");
    for line in hunks.lines() {
        let _ = writeln!(out, "  {line}");
    }
    out
}

/// The source line under a gutter with its number, and carets under the finding's first line.
fn source(finding: &Finding, style: TextStyle) -> String {
    let number = finding.start.line.to_string();
    let blank = " ".repeat(number.len());
    let line = &finding.source_line;
    let before: String = line.chars().take(finding.start.column - 1).collect();
    // Tabs stay tabs, so the caret lines up whatever the tab width.
    let pad: String = before
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let on_line = if finding.end.line == finding.start.line {
        finding.end.column - finding.start.column
    } else {
        line.chars().count() + 1 - finding.start.column
    };
    let carets = "^".repeat(on_line.max(1));
    let bar = style.paint(BLUE, "|");
    let mut out = String::new();
    let _ = writeln!(out, " {blank} {bar}");
    let _ = writeln!(out, " {} {bar} {line}", style.paint(BLUE, &number));
    let _ = writeln!(out, " {blank} {bar} {pad}{}", style.paint(RED, &carets));
    out
}

/// `--statistics` as text: one line per rule, `count code [*] name`.
pub fn statistics(counts: &[RuleCount]) -> String {
    let width = counts
        .iter()
        .map(|c| c.count.to_string().len())
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    for count in counts {
        let mark = if count.fixable > 0 { "[*]" } else { "   " };
        let _ = writeln!(
            out,
            "{:>width$}\t{}\t{mark} {}",
            count.count,
            count.rule.code(),
            count.rule.name()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diagnostic::Diagnostic;
    use crate::core::options::Options;
    use crate::core::rules::Rule;
    use crate::core::source::TextRange;

    fn lambda_finding() -> Finding {
        let text = "x = 1\n\tpool.map(lambda v: v, xs)\n";
        let start = text.find("lambda").unwrap();
        let diagnostic = Diagnostic {
            rule: Rule::LambdaCallable,
            range: TextRange::new(start, start + "lambda v: v".len()),
            message: "A lambda cannot be pickled".into(),
            fix: None,
        };
        Finding::all(text, &[diagnostic], &Options::default()).remove(0)
    }

    #[test]
    fn the_first_line_is_the_grep_format() {
        let style = TextStyle::default();
        assert_eq!(
            finding("a.py", &lambda_finding(), style),
            "a.py:2:11: PKL002 A lambda cannot be pickled\n"
        );
    }

    #[test]
    fn source_lines_have_a_caret_under_the_finding() {
        let style = TextStyle {
            show_source: true,
            color: false,
        };
        let shown = finding("a.py", &lambda_finding(), style);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[1], "   |");
        assert_eq!(lines[2], " 2 | \tpool.map(lambda v: v, xs)");
        assert_eq!(lines[3], "   | \t         ^^^^^^^^^^^");
    }

    #[test]
    fn colour_is_only_added_when_asked() {
        let style = TextStyle {
            show_source: false,
            color: true,
        };
        assert!(finding("a.py", &lambda_finding(), style).contains("\x1b[1;31mPKL002\x1b[0m"));
    }
}
