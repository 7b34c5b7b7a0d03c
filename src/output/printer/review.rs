//! The questions `--interactive` asks: each fix is shown as a coloured diff with the findings
//! it resolves, and the answer is read from stdin, one line per answer, like `git add -p`.

use std::io::{self, BufRead, Write};
use std::path::PathBuf;

/// An answer to one offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Accept,
    Skip,
    /// Accept this fix and every one after it without asking.
    AcceptAll,
    /// Stop asking; keep what was accepted so far.
    Quit,
}

impl Choice {
    /// `y`, `n`, `a` or `q` (or the words), any case.
    pub fn parse(answer: &str) -> Option<Choice> {
        match answer.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => Some(Choice::Accept),
            "n" | "no" | "s" | "skip" => Some(Choice::Skip),
            "a" | "all" => Some(Choice::AcceptAll),
            "q" | "quit" => Some(Choice::Quit),
            _ => None,
        }
    }
}

/// One fix put to the user.
#[derive(Clone, Debug)]
pub struct Offer {
    pub path: PathBuf,
    /// Which offer of the run it is, from 1, and how many the run has.
    pub number: usize,
    pub total: usize,
    /// The findings the fix resolves, as text lines.
    pub findings: Vec<String>,
    /// The fix alone as a unified diff.
    pub diff: String,
}

/// Who answers the offers.
pub trait Reviewer {
    fn ask(&mut self, offer: &Offer) -> io::Result<Choice>;
    /// Say something that is not a question (a problem, the final count).
    fn tell(&mut self, message: &str) -> io::Result<()>;
}

/// Asks on the terminal: diffs, problems and the summary on stdout (one stream, so they never
/// interleave), answers from stdin.
pub struct TerminalReviewer {
    pub color: bool,
}

const PROMPT: &str = "Apply this fix? [y]es, [n]o, [a]ll remaining, [q]uit: ";

impl Reviewer for TerminalReviewer {
    fn ask(&mut self, offer: &Offer) -> io::Result<Choice> {
        let mut out = io::stdout().lock();
        writeln!(
            out,
            "\n[{}/{}] {}",
            offer.number,
            offer.total,
            offer.path.display()
        )?;
        for line in &offer.findings {
            writeln!(out, "  {line}")?;
        }
        out.write_all(colour_diff(&offer.diff, self.color).as_bytes())?;
        loop {
            write!(out, "{PROMPT}")?;
            out.flush()?;
            let mut answer = String::new();
            if io::stdin().lock().read_line(&mut answer)? == 0 {
                writeln!(out)?;
                return Ok(Choice::Quit);
            }
            match Choice::parse(&answer) {
                Some(choice) => return Ok(choice),
                None => writeln!(out, "Please answer y, n, a or q.")?,
            }
        }
    }

    fn tell(&mut self, message: &str) -> io::Result<()> {
        writeln!(io::stdout().lock(), "{message}")
    }
}

/// The diff with removed lines red, added lines green and hunk headers cyan.
pub fn colour_diff(diff: &str, color: bool) -> String {
    if !color {
        return diff.to_string();
    }
    diff.split_inclusive('\n')
        .map(|line| {
            let code = if line.starts_with("+++") || line.starts_with("---") {
                "1"
            } else if line.starts_with('+') {
                "32"
            } else if line.starts_with('-') {
                "31"
            } else if line.starts_with("@@") {
                "36"
            } else {
                return line.to_string();
            };
            let (body, end) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
            format!("\x1b[{code}m{body}\x1b[0m{end}")
        })
        .collect()
}
