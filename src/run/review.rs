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
//! Two accepted fixes can overlap (two callables of one call to a wrapper whose fixes could
//! not be joined into one, each rewriting the call; see `analysis::shared_calls`): as in `--fix`, the first applies, and the others are planned again on the text it
//! made and offered again, with the diff they now make; the findings declined meanwhile are
//! followed into that text and not offered twice. The summary counts the fixes applied.
//!
//! The run's totals are those of the first pass, updated with what was written; the summary
//! and the exit status are the printer's and the totals' for `--fix`. The questions go through
//! the `Reviewer` trait, which the printer implements on the terminal and tests implement with
//! scripted answers.

use std::path::Path;

use anyhow::{Result, anyhow, bail};

use crate::core::check::{Fixed, fix_chosen};
use crate::core::diagnostic::Diagnostic;
use crate::core::fix::{Edit, Fix, apply_fixes, select};
use crate::core::options::Options;
use crate::core::rules::Rule;
use crate::core::source::TextRange;
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
    let (walk_problems, groups) = command::files(config, roots, &pool)?;
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

/// What was written to one file: the verified fixed text, and how many findings the applied
/// fixes resolved.
struct Written {
    fixed: Fixed,
    resolved: usize,
}

/// How many rounds of offers one file may take: a round leaves work for the next only when
/// accepted fixes overlapped (two slots of one call), which takes a few rounds at most.
const MAX_ROUNDS: usize = 8;

/// Offer the fixes of one file and write the accepted ones; `None` when none was accepted.
///
/// Accepted fixes that overlap cannot all apply to one text: like `--fix`, the first applies
/// and the others are planned again on the new text. So when a round skipped an accepted fix,
/// the findings still fixable in its result are offered again (with the diff they now make),
/// except those the user declined, followed into the new text.
fn review_file(
    path: &Path,
    file: &Reviewable,
    reviewer: &mut dyn Reviewer,
    answers: &mut Answers,
) -> Result<Option<Written>> {
    let source = Source::decode(&file.bytes).map_err(|message| anyhow!("{message}"))?;
    let mut state = Reviewed {
        text: source.text.to_string(),
        diagnostics: file.diagnostics.clone(),
        declined: Vec::new(),
        written: None,
    };
    for round in 0..MAX_ROUNDS {
        let again = review_round(path, file, &mut state, reviewer, answers, round > 0)?;
        if !again || answers.quit {
            break;
        }
    }
    let Some(written) = state.written else {
        return Ok(None);
    };
    let new = source
        .encode(&written.fixed.text)
        .map_err(|message| anyhow!("{message}"))?;
    write::replace_file(path, source.bytes, &new)?;
    Ok(Some(written))
}

/// One file under review: its text with the fixes applied so far, that text's findings, the
/// findings the user declined (ranges in that text), and what would be written.
struct Reviewed {
    text: String,
    diagnostics: Vec<Diagnostic>,
    declined: Vec<(Rule, TextRange)>,
    written: Option<Written>,
}

/// Offer the fixes of `state`'s text not declined before, and apply the accepted ones through
/// the one apply-then-verify sequence. Whether an accepted fix was skipped for overlapping
/// one applied, so that another round is due.
fn review_round(
    path: &Path,
    file: &Reviewable,
    state: &mut Reviewed,
    reviewer: &mut dyn Reviewer,
    answers: &mut Answers,
    again: bool,
) -> Result<bool> {
    let offers: Vec<_> = distinct_fixes(&state.diagnostics, &file.options)
        .into_iter()
        .filter(|(_, resolves)| !resolves.iter().any(|d| state.declined.contains(&key(d))))
        .collect();
    if again {
        answers.total += offers.len();
    }
    let (chosen, declined) = ask(path, &state.text, &offers, reviewer, answers)?;
    let declined = declined.iter().flat_map(|&i| offers[i].1.iter().map(key));
    state.declined.extend(declined);
    if chosen.is_empty() {
        return Ok(false);
    }
    // Owned, since applying them replaces the findings they came from.
    let fixes: Vec<Fix> = chosen.iter().map(|&i| offers[i].0.clone()).collect();
    let resolves: Vec<usize> = chosen.iter().map(|&i| offers[i].1.len()).collect();
    apply_round(file, state, &fixes, &resolves)
}

/// Apply the accepted `fixes` (resolving `resolves` findings each) to `state`'s text, count
/// the findings those applied resolved, and follow the declined findings into the new text.
/// Whether a fix was skipped for overlapping one applied.
fn apply_round(
    file: &Reviewable,
    state: &mut Reviewed,
    fixes: &[Fix],
    resolves: &[usize],
) -> Result<bool> {
    let fixes: Vec<&Fix> = fixes.iter().collect();
    let fixed = fix_chosen(&state.text, &file.options, &fixes)
        .map_err(|error| anyhow!("internal error: {error}"))?;
    // The same choice `fix_chosen` made: which fixes applied, and the edits they made.
    let selection = select(&state.text, fixes.iter().copied());
    let applied = (resolves.iter().enumerate())
        .filter(|(position, _)| !selection.skipped.contains(position))
        .map(|(_, count)| count);
    let resolved = applied.sum::<usize>() + state.written.as_ref().map_or(0, |w| w.resolved);
    let edits = selection.edits();
    state.declined = (state.declined.iter())
        .filter_map(|&(rule, range)| Some((rule, moved(&state.text, &edits, range)?)))
        .collect();
    (state.text, state.diagnostics) = (fixed.text.clone(), fixed.remaining.clone());
    state.written = Some(Written { fixed, resolved });
    Ok(!selection.skipped.is_empty())
}

/// Ask about each of `offers` in turn (or accept it, after `a`), until the user quits: the
/// positions of those accepted, and of those declined.
fn ask(
    path: &Path,
    text: &str,
    offers: &[(&Fix, Vec<Diagnostic>)],
    reviewer: &mut dyn Reviewer,
    answers: &mut Answers,
) -> Result<(Vec<usize>, Vec<usize>)> {
    let (mut chosen, mut declined) = (Vec::new(), Vec::new());
    for (i, (fix, resolves)) in offers.iter().enumerate() {
        answers.position += 1;
        let choice = match answers.accept_all {
            true => Choice::Accept,
            false => {
                let (number, total) = (answers.position, answers.total);
                reviewer.ask(&offer(path, text, fix, resolves, number, total))?
            }
        };
        match choice {
            Choice::Accept | Choice::AcceptAll => {
                answers.accept_all |= choice == Choice::AcceptAll;
                chosen.push(i);
            }
            Choice::Skip => declined.push(i),
            Choice::Quit => {
                answers.quit = true;
                break;
            }
        }
    }
    Ok((chosen, declined))
}

/// What identifies a finding from one text to the next: its rule and where its callable is
/// (the message may change, since a lifted function's name depends on the names taken).
fn key(diagnostic: &Diagnostic) -> (Rule, TextRange) {
    (diagnostic.rule, diagnostic.range)
}

/// Where the text at `range` of `old` is once `edits` (sorted, not overlapping) are applied:
/// shifted past the edits before it, or, when one edit rewrote the text around it (the fix of
/// another slot of the same call), found in that edit's replacement: where the replacement
/// keeps the old text's tail from `range` on, else its one occurrence there. `None` when the
/// text is gone, or cannot be told from another copy of it.
fn moved(old: &str, edits: &[&Edit], range: TextRange) -> Option<TextRange> {
    let (mut shift, wanted) = (0isize, old.get(range.start..range.end)?);
    for edit in edits {
        if edit.range.end <= range.start {
            shift += edit.content.len() as isize - edit.range.len() as isize;
        } else if edit.range.start >= range.end {
            break;
        } else if edit.range.contains_range(range) {
            let at = within(old, edit, range, wanted)?;
            let start = edit.range.start.checked_add_signed(shift)? + at;
            return Some(TextRange::new(start, start + range.len()));
        } else {
            return None;
        }
    }
    let start = range.start.checked_add_signed(shift)?;
    Some(TextRange::new(start, start + range.len()))
}

/// Where `wanted` (the text at `range` of `old`) is in the replacement `edit` makes of a region
/// around it: see `moved`.
fn within(old: &str, edit: &Edit, range: TextRange, wanted: &str) -> Option<usize> {
    let tail = old.get(range.start..edit.range.end)?;
    if let Some(at) = edit.content.len().checked_sub(tail.len())
        && edit.content.get(at..) == Some(tail)
    {
        return Some(at);
    }
    let mut found = edit.content.match_indices(wanted).map(|(at, _)| at);
    match (found.next(), found.next()) {
        (Some(at), None) => Some(at),
        _ => None,
    }
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
        review_with(dir, answers, &[])
    }

    /// `review` with further flags.
    fn review_with(dir: &Path, answers: &[Choice], flags: &[&str]) -> (Scripted, ExitStatus) {
        let argv = ["picklefix", "--interactive", "--isolated"];
        let argv = argv.iter().chain(flags).copied().chain(dir.to_str());
        let args = Args::try_parse_from(argv).expect("flags");
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

    /// One call with two findings whose fixes both rewrite the call, so they overlap: one
    /// safe, one unsafe (it passes the whole instance), so they are not joined into one fix.
    const TWO_SLOTS: &str = "from multiprocessing import Pool\n\n\ndef run(fn, init, items):\n    with Pool(2, initializer=init) as pool:\n        return pool.map(fn, items)\n\n\nclass Job:\n    def setup(self):\n        print(self)\n\n    def go(self, k):\n        return run(lambda x: x * k, lambda: self.setup(), [1, 2])\n";

    /// Review `TWO_SLOTS` with `answers` and unsafe fixes: the reviewer, the exit status and
    /// the text left.
    fn review_two_slots(answers: &[Choice]) -> (Scripted, ExitStatus, String) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("slots.py");
        fs::write(&path, TWO_SLOTS).expect("written");
        let (reviewer, status) = review_with(dir.path(), answers, &["--unsafe-fixes"]);
        let text = fs::read_to_string(&path).expect("read back");
        let compiled = std::process::Command::new("python3")
            .args(["-m", "py_compile"])
            .arg(&path)
            .status()
            .expect("python3 runs");
        assert!(compiled.success(), "{text}");
        let (again, _) = review_with(dir.path(), &[], &["--unsafe-fixes"]);
        let left = if again.asked.is_empty() { "" } else { "left: " };
        (reviewer, status, format!("{left}{text}"))
    }

    #[test]
    fn two_overlapping_accepted_fixes_are_both_applied() {
        let answers = [Choice::Accept, Choice::Accept, Choice::Accept];
        let (reviewer, status, text) = review_two_slots(&answers);
        // The second fix could not apply beside the first: it is offered again, planned on
        // the text the first made.
        assert_eq!(reviewer.asked.len(), 3, "{:?}", reviewer.told);
        let again = &reviewer.asked[2];
        assert_eq!((again.number, again.total), (3, 3));
        assert!(
            again.diff.contains("+def _go_task_2(*, self):"),
            "{}",
            again.diff
        );
        assert!(
            again.diff.contains(
                "-        return run(functools.partial(_go_task, k=k), lambda: self.setup(), [1, 2])"
            ),
            "{}",
            again.diff
        );
        // Both lifted; the call, now too long for one line, is split as black splits it.
        assert!(text.contains("        return run(\n            functools.partial(_go_task, k=k),\n            functools.partial(_go_task_2, self=self),\n"), "{text}");
        assert_eq!(
            reviewer.told,
            vec!["Fixed 2 findings in 1 file; 1 file scanned.".to_string()]
        );
        assert_eq!(status, ExitStatus::Clean);
    }

    /// Two safe lifts in one call make one fix (`analysis::shared_calls`): one offer, which
    /// resolves both findings and lays the call out once, the lifted functions in the order
    /// of their sites.
    #[test]
    fn two_lifts_in_one_call_are_one_offer() {
        let source = "from multiprocessing import Pool\n\n\ndef setup(offset):\n    print(offset)\n\n\ndef run(fn, init, items):\n    with Pool(2, initializer=init) as pool:\n        return pool.map(fn, items)\n\n\ndef main():\n    k = 3\n    print(run(lambda x: x * k, lambda: setup(k), [1, 2]))\n";
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("joined.py");
        fs::write(&path, source).expect("written");
        let (reviewer, status) = review(dir.path(), &[Choice::Accept]);
        assert_eq!(reviewer.asked.len(), 1, "{:?}", reviewer.told);
        assert_eq!(reviewer.asked[0].total, 1);
        let text = fs::read_to_string(&path).expect("read back");
        let first = text
            .find("def _main_task(x, *, k):")
            .expect("the first lift");
        let second = text
            .find("def _main_task_2(*, k):")
            .expect("the second lift");
        assert!(first < second, "{text}");
        assert!(text.contains("        run(\n            functools.partial(_main_task, k=k),\n            functools.partial(_main_task_2, k=k),\n"), "{text}");
        assert_eq!(
            reviewer.told,
            vec!["Fixed 2 findings in 1 file; 1 file scanned.".to_string()]
        );
        assert_eq!(status, ExitStatus::Clean);
    }

    #[test]
    fn accepting_all_applies_overlapping_fixes_without_asking_again() {
        let (reviewer, status, text) = review_two_slots(&[Choice::AcceptAll]);
        assert_eq!(reviewer.asked.len(), 1);
        assert!(!text.contains("lambda"), "{text}");
        assert_eq!(
            reviewer.told,
            vec!["Fixed 2 findings in 1 file; 1 file scanned.".to_string()]
        );
        assert_eq!(status, ExitStatus::Clean);
    }

    #[test]
    fn a_declined_fix_that_overlaps_an_accepted_one_is_not_offered_again() {
        let (reviewer, status, text) = review_two_slots(&[Choice::Accept, Choice::Skip]);
        assert_eq!(reviewer.asked.len(), 2, "{:?}", reviewer.told);
        assert!(text.starts_with("left: "), "the declined finding remains");
        assert!(
            text.contains(
                "return run(functools.partial(_go_task, k=k), lambda: self.setup(), [1, 2])"
            ),
            "{text}"
        );
        assert_eq!(
            reviewer.told,
            vec![
                "Fixed 1 finding in 1 file; 1 remains (1 fixable with --fix); 1 file scanned."
                    .to_string()
            ]
        );
        assert_eq!(status, ExitStatus::FindingsRemain);
    }

    #[test]
    fn declining_the_first_of_two_overlapping_fixes_applies_the_second() {
        let (reviewer, status, text) = review_two_slots(&[Choice::Skip, Choice::Accept]);
        assert_eq!(reviewer.asked.len(), 2, "{:?}", reviewer.told);
        assert!(
            text.contains(
                "return run(lambda x: x * k, functools.partial(_go_task_2, self=self), [1, 2])"
            ),
            "{text}"
        );
        assert_eq!(
            reviewer.told,
            vec![
                "Fixed 1 finding in 1 file; 1 remains (1 fixable with --fix); 1 file scanned."
                    .to_string()
            ]
        );
        assert_eq!(status, ExitStatus::FindingsRemain);
    }

    #[test]
    fn a_finding_is_followed_into_the_edit_that_rewrote_around_it() {
        let edit = |content: &str| Edit::replace(TextRange::new(0, 9), content);
        let old = "run(g, g)";
        // The second `g`: the replacement keeps the tail from it on, though `g` occurs twice.
        let kept = edit("run(partial(h), g)");
        assert_eq!(
            moved(old, &[&kept], TextRange::new(7, 8)),
            Some(TextRange::new(16, 17))
        );
        let inserted = Edit::insert(0, "import x\n");
        assert_eq!(
            moved(old, &[&inserted, &kept], TextRange::new(7, 8)),
            Some(TextRange::new(25, 26))
        );
        assert_eq!(moved(old, &[&edit("run(h)")], TextRange::new(7, 8)), None);
        assert_eq!(
            moved(old, &[&edit("h(g, g, 1)")], TextRange::new(4, 5)),
            None,
            "ambiguous"
        );
    }
}
