//! `--interactive`: review each fix before it is written, like `git add -p`.
//!
//! The files are checked first, in parallel, on the path every mode takes (`Mode::Review`:
//! read, decode, prefilter, analyse, report), which keeps each file with a fix to offer. Then
//! those files are taken in path order, from that one analysis: each distinct fix is offered
//! once with the findings it resolves and its diff, and the answer decides whether it is kept.
//! A fix shared by several findings (all the sites of one lifted function) is one offer, since
//! applying it rewrites them all. The accepted fixes of a file go through the same
//! apply-then-verify sequence as `--fix` (`core::check::fix_chosen`), and only then is the file
//! written, in its own encoding (atomically, refusing a file that changed meanwhile). Quitting
//! keeps what was accepted so far, as `git add -p` does.
//!
//! The run's totals are those of the first pass, updated with what was written; the summary
//! and the exit status are the printer's and the totals' for `--fix`. The questions go through
//! the `Reviewer` trait, which the printer implements on the terminal and tests implement with
//! scripted answers.

use std::path::Path;

use anyhow::{Result, anyhow, bail};

use crate::core::check::{Fixed, fix_chosen};
use crate::core::diagnostic::Diagnostic;
use crate::core::fix::{Fix, apply_fixes};
use crate::core::options::Options;
use crate::output::finding::Finding;
use crate::output::formats::text;
use crate::output::outcome::{ExitStatus, FileOutcome, Reviewable, Totals};
use crate::output::printer::{self, Choice, Offer, Reviewer};
use crate::output::render;
use crate::run::command;
use crate::run::encoding::Source;
use crate::run::scheduler;
use crate::run::{file, write};
use crate::settings::config::{Config, Input, Mode};

/// Where the answers so far leave the review.
#[derive(Debug, Default)]
struct Answers {
    accept_all: bool,
    quit: bool,
    /// How many fixes of the run were offered (or accepted with `a`) so far, and how many the
    /// run has, for the `[3/7]` counter.
    position: usize,
    total: usize,
}

/// Check the files of `config`, then review and write their fixes.
pub fn run(config: &Config, reviewer: &mut dyn Reviewer) -> Result<ExitStatus> {
    let Input::Paths(roots) = &config.input else {
        bail!("--interactive cannot check stdin");
    };
    let pool = file::thread_pool(config.threads)?;
    let (walk_problems, groups) = command::files(config, roots)?;
    let first_pass = Config {
        mode: Mode::Review,
        ..config.clone()
    };
    let mut checked = scheduler::schedule(&pool, groups, &first_pass, roots);
    checked.count_walk_problems(&walk_problems);
    for problem in walk_problems
        .iter()
        .chain(checked.outcomes.iter().filter_map(|o| o.problem.as_ref()))
    {
        reviewer.tell(&printer::problem_line(problem))?;
    }
    let mut totals = checked.totals;
    let total = checked
        .outcomes
        .iter()
        .filter_map(|outcome| outcome.review.as_deref())
        .map(|file| distinct_fixes(&file.diagnostics, &file.options).len())
        .sum();
    let mut answers = Answers {
        total,
        ..Answers::default()
    };
    for outcome in &checked.outcomes {
        review_outcome(outcome, reviewer, &mut answers, &mut totals)?;
    }
    reviewer.tell(&printer::summary(Mode::Fix, &totals))?;
    Ok(totals.exit_status(Mode::Fix))
}

/// Review one file's fixes, if it has any and the user has not quit, and count what was
/// written. A failure on the file is told and counted; the file is left as it was.
fn review_outcome(
    outcome: &FileOutcome,
    reviewer: &mut dyn Reviewer,
    answers: &mut Answers,
    totals: &mut Totals,
) -> Result<()> {
    let Some(file) = outcome.review.as_deref().filter(|_| !answers.quit) else {
        return Ok(());
    };
    match review_file(&outcome.path, file, reviewer, answers) {
        Ok(Some(written)) => count_written(totals, file, &written),
        Ok(None) => {}
        Err(error) => {
            reviewer.tell(&format!("{}: error: {error:#}", outcome.path.display()))?;
            totals.errors += 1;
            totals.failures += 1;
        }
    }
    Ok(())
}

/// Move a written file's findings from the totals' remaining to fixed: those its fixes
/// resolved, and those the fixed text still has.
fn count_written(totals: &mut Totals, file: &Reviewable, written: &Written) {
    let before = file::remaining_counts(&file.diagnostics, &file.options);
    let after = file::remaining_counts(&written.fixed.remaining, &file.options);
    let counts = &mut totals.counts;
    counts.remaining = counts.remaining - before.remaining + after.remaining;
    counts.fixable = counts.fixable - before.fixable + after.fixable;
    counts.unsafe_fixable = counts.unsafe_fixable - before.unsafe_fixable + after.unsafe_fixable;
    counts.fixed += written.resolved;
    totals.files_fixed += 1;
}

/// What was written to one file: the verified fixed text, and how many findings the accepted
/// fixes resolved.
struct Written {
    fixed: Fixed,
    resolved: usize,
}

/// Offer the fixes of one file and write the accepted ones; `None` when none was accepted.
fn review_file(
    path: &Path,
    file: &Reviewable,
    reviewer: &mut dyn Reviewer,
    answers: &mut Answers,
) -> Result<Option<Written>> {
    let source = Source::decode(&file.bytes).map_err(|message| anyhow!("{message}"))?;
    let offers = distinct_fixes(&file.diagnostics, &file.options);
    let mut chosen: Vec<&Fix> = Vec::new();
    let mut resolved = 0;
    for (fix, resolves) in &offers {
        answers.position += 1;
        let choice = match answers.accept_all {
            true => Choice::Accept,
            false => {
                let (number, total) = (answers.position, answers.total);
                reviewer.ask(&offer(path, &source.text, fix, resolves, number, total))?
            }
        };
        match choice {
            Choice::Accept | Choice::AcceptAll => {
                answers.accept_all |= choice == Choice::AcceptAll;
                chosen.push(fix);
                resolved += resolves.len();
            }
            Choice::Skip => {}
            Choice::Quit => {
                answers.quit = true;
                break;
            }
        }
    }
    if chosen.is_empty() {
        return Ok(None);
    }
    let fixed = write_chosen(path, &source, file, &chosen)?;
    Ok(Some(Written { fixed, resolved }))
}

/// Apply the accepted fixes through the one apply-then-verify sequence, and write the result
/// in the file's encoding.
fn write_chosen(
    path: &Path,
    source: &Source<'_>,
    file: &Reviewable,
    chosen: &[&Fix],
) -> Result<Fixed> {
    let fixed = fix_chosen(&source.text, &file.options, chosen)
        .map_err(|error| anyhow!("internal error: {error}"))?;
    let new = source
        .encode(&fixed.text)
        .map_err(|message| anyhow!("{message}"))?;
    write::replace_file(path, source.bytes, &new)?;
    Ok(fixed)
}

/// Each fix that applies, once, with the findings that carry it, in source order.
fn distinct_fixes<'a>(
    diagnostics: &'a [Diagnostic],
    settings: &Options,
) -> Vec<(&'a Fix, Vec<Diagnostic>)> {
    let mut offers: Vec<(&Fix, Vec<Diagnostic>)> = Vec::new();
    for diagnostic in diagnostics {
        let Some(fix) = diagnostic.fix.as_ref().filter(|fix| settings.applies(fix)) else {
            continue;
        };
        match offers.iter_mut().find(|(known, _)| *known == fix) {
            Some((_, resolves)) => resolves.push(diagnostic.clone()),
            None => offers.push((fix, vec![diagnostic.clone()])),
        }
    }
    offers
}

fn offer(
    path: &Path,
    text: &str,
    fix: &Fix,
    resolves: &[Diagnostic],
    number: usize,
    total: usize,
) -> Offer {
    let shown = path.display().to_string();
    let findings = Finding::all(text, resolves, &Default::default())
        .iter()
        .map(|finding| {
            text::finding(&shown, finding, text::TextStyle::default())
                .trim_end()
                .to_string()
        })
        .collect();
    let (after, _) = apply_fixes(text, [fix]);
    Offer {
        path: path.to_path_buf(),
        number,
        total,
        findings,
        diff: render::unified_diff(&shown, text, &after),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::fs;
    use std::io;

    use clap::Parser;

    use super::*;
    use crate::core::check::analyses;
    use crate::settings::cli::Args;
    use crate::settings::config::{Command, Terminal};

    /// Answers from a script, remembering what it was asked and told.
    struct Scripted {
        answers: VecDeque<Choice>,
        asked: Vec<Offer>,
        told: Vec<String>,
    }

    impl Reviewer for Scripted {
        fn ask(&mut self, offer: &Offer) -> io::Result<Choice> {
            self.asked.push(offer.clone());
            Ok(self.answers.pop_front().unwrap_or(Choice::Quit))
        }

        fn tell(&mut self, message: &str) -> io::Result<()> {
            self.told.push(message.to_string());
            Ok(())
        }
    }

    /// Review `dir` with `answers`: the reviewer afterwards, and the exit status.
    fn review(dir: &Path, answers: &[Choice]) -> (Scripted, ExitStatus) {
        let argv = ["picklefix", "--interactive", "--isolated"];
        let args = Args::try_parse_from(argv.into_iter().chain(dir.to_str())).expect("flags");
        let Ok(Command::Interactive(config)) = Command::from_args_in(args, Terminal::default())
        else {
            panic!("--interactive is the interactive command");
        };
        let mut reviewer = Scripted {
            answers: answers.iter().copied().collect(),
            asked: Vec::new(),
            told: Vec::new(),
        };
        let status = run(&config, &mut reviewer).expect("the review runs");
        (reviewer, status)
    }

    const LATIN1: &[u8] = b"# -*- coding: latin-1 -*-\nfrom multiprocessing import Pool\n\n\ndef main():\n    label = \"caf\xe9\"\n    with Pool() as pool:\n        print(label, pool.map(lambda x: x * 2, [1, 2, 3]))\n";

    #[test]
    fn reviews_a_latin1_file_and_writes_it_back_in_latin1() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("jobs.py");
        fs::write(&path, LATIN1).expect("written");
        let (reviewer, status) = review(dir.path(), &[Choice::Accept]);
        assert_eq!(reviewer.asked.len(), 1, "{:?}", reviewer.told);
        assert!(reviewer.asked[0].diff.contains("+def _main_task(x):"));
        let written = fs::read(&path).expect("read back");
        let text: String = written.iter().map(|&b| char::from(b)).collect();
        assert!(text.contains("label = \"caf\u{e9}\""), "{text}");
        assert!(text.contains("def _main_task(x):"), "{text}");
        assert!(text.starts_with("# -*- coding: latin-1 -*-\n"), "{text}");
        assert_eq!(
            reviewer.told,
            vec!["Fixed 1 finding in 1 file; 1 file scanned.".to_string()]
        );
        assert_eq!(status, ExitStatus::Clean);
    }

    #[test]
    fn analyses_each_file_once() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        // A text no other test analyses, so that the count is this test's alone.
        let source = "from multiprocessing import Pool\n\n\ndef analysed_once():\n    with Pool() as pool:\n        pool.map(lambda x: x + 41, [1])\n";
        fs::write(dir.path().join("once.py"), source).expect("written");
        let (reviewer, status) = review(dir.path(), &[Choice::Skip]);
        assert_eq!(reviewer.asked.len(), 1);
        assert_eq!(analyses::of(source), 1);
        assert_eq!(status, ExitStatus::FindingsRemain);
        assert_eq!(
            reviewer.told,
            vec![
                "Nothing fixed; 1 finding remains (1 fixable with --fix); 1 file scanned."
                    .to_string()
            ]
        );
    }
}
