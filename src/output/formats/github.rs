//! The GitHub format: workflow commands that GitHub Actions turns into annotations on the pull
//! request, `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=TITLE::MESSAGE`.
//! Property values and messages are escaped as the runner expects (`%`, CR, LF; and `:` and
//! `,` in properties), so a message can never end the command early.

use std::path::Path;

use crate::core::rules::Rule;
use crate::output::finding::Finding;
use crate::output::formats::slash_path;
use crate::output::outcome::Problem;

/// One finding as an annotation line.
pub fn finding(path: &Path, finding: &Finding) -> String {
    let level = level(finding.rule);
    let title = format!(
        "picklefix ({} {})",
        finding.rule.code(),
        finding.rule.name()
    );
    format!(
        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
        property(&slash_path(path)),
        finding.start.line,
        finding.start.column,
        finding.end.line,
        finding.end.column,
        property(&title),
        data(&format!(
            "{}{} {}",
            finding.rule.code(),
            finding.mark(),
            finding.message
        )),
    )
}

/// A problem (unreadable file, syntax error) as an error annotation.
pub fn problem(problem: &Problem) -> String {
    let file = property(&slash_path(&problem.path));
    let at = problem
        .position
        .map(|at| format!(",line={},col={}", at.line, at.col))
        .unwrap_or_default();
    format!(
        "::error file={file}{at},title=picklefix::{}\n",
        data(&problem.message)
    )
}

/// Suppression findings are warnings; the others break the program, so they are errors.
fn level(rule: Rule) -> &'static str {
    match rule {
        Rule::UnusedNoqa => "warning",
        _ => "error",
    }
}

fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_end_the_command() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("a,b:c"), "a%2Cb%3Ac");
    }

    #[test]
    fn problems_point_at_their_line() {
        let at = crate::core::source::LineCol { line: 3, col: 7 };
        let problem = Problem::syntax("bad.py".into(), at, "expected `)`");
        assert_eq!(
            self::problem(&problem),
            "::error file=bad.py,line=3,col=7,title=picklefix::expected `)`\n"
        );
    }
}
