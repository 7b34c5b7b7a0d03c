//! `--interactive`: review each fix before it is written, like `git add -p`.
//!
//! The files are checked first (in parallel, as a report), then every file with a fix that
//! applies is taken in path order: each distinct fix is offered once with the findings it
//! resolves and its diff, and the answer decides whether it is kept. A fix shared by several
//! findings (all the sites of one lifted function) is one offer, since applying it rewrites
//! them all. The accepted fixes of a file are applied together in one pass, the result is
//! parsed again, and only then is the file written (atomically, refusing a file that changed
//! meanwhile). Quitting keeps what was accepted so far, as `git add -p` does.
//!
//! The questions go through the `Reviewer` trait, which the printer implements on the terminal
//! and tests implement with scripted answers.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::app;
use crate::batch::{self, Group};
use crate::config::{Config, Input, Mode};
use crate::diagnostic::Diagnostic;
use crate::engine::{check_source_with, fix_chosen};
use crate::finding::Finding;
use crate::fix::{Fix, apply_fixes};
use crate::formats::text;
use crate::outcome::{ExitStatus, FileOutcome};
use crate::{pipeline, printer, render, write};

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
    /// Which offer of this file it is, from 1, and how many the file has.
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

/// What the review came to.
#[derive(Debug, Default)]
struct Tally {
    offered: usize,
    accepted: usize,
    files_written: usize,
    remaining: usize,
    errors: usize,
    accept_all: bool,
    quit: bool,
}

/// Check the files of `config`, then review and write their fixes.
pub fn run(config: &Config, reviewer: &mut dyn Reviewer) -> Result<ExitStatus> {
    let Input::Paths(roots) = &config.input else {
        bail!("--interactive cannot check stdin");
    };
    let pool = pipeline::thread_pool(config.threads)?;
    let (walk_problems, groups) = app::files(config, roots)?;
    let report = Config {
        mode: Mode::Report,
        ..config.clone()
    };
    let outcomes = batch::check(&pool, groups.clone(), &report, roots).outcomes;
    let mut tally = Tally {
        errors: walk_problems.len(),
        ..Tally::default()
    };
    for problem in walk_problems
        .iter()
        .chain(outcomes.iter().filter_map(|o| o.problem.as_ref()))
    {
        reviewer.tell(&printer::problem_line(problem))?;
    }
    tally.errors += outcomes.iter().filter(|o| o.problem.is_some()).count();
    review_groups(config, &groups, &outcomes, reviewer, &mut tally)?;
    reviewer.tell(&summary(&tally))?;
    Ok(status(&tally))
}

fn review_groups(
    config: &Config,
    groups: &[Group],
    outcomes: &[FileOutcome],
    reviewer: &mut dyn Reviewer,
    tally: &mut Tally,
) -> Result<()> {
    let mut files: Vec<(&PathBuf, &Group)> = groups
        .iter()
        .flat_map(|group| group.files.iter().map(move |file| (file, group)))
        .collect();
    files.sort_by(|a, b| a.0.cmp(b.0));
    for (file, group) in files {
        let Ok(at) = outcomes.binary_search_by(|o| o.path.as_path().cmp(file)) else {
            continue;
        };
        let outcome = &outcomes[at];
        if outcome.counts.fixable == 0 || tally.quit {
            tally.remaining += outcome.counts.found;
            continue;
        }
        let config = batch::config_for(config, &group.project);
        if let Err(error) = review_file(&config, file, reviewer, tally) {
            reviewer.tell(&format!("{}: error: {error:#}", file.display()))?;
            tally.errors += 1;
            tally.remaining += outcome.counts.found;
        }
    }
    Ok(())
}

/// Offer the fixes of one file and write the accepted ones.
fn review_file(
    config: &Config,
    path: &Path,
    reviewer: &mut dyn Reviewer,
    tally: &mut Tally,
) -> Result<()> {
    let full = fs::read_to_string(path)?;
    let text = full.strip_prefix('\u{feff}').unwrap_or(&full);
    let checked = check_source_with(text, &config.settings, config.select)
        .map_err(|error| anyhow::anyhow!("{}", error.message))?;
    if let Some(error) = checked.internal_error {
        bail!("{error}");
    }
    let offers = distinct_fixes(&checked.diagnostics, config);
    let mut chosen: Vec<&Fix> = Vec::new();
    for (number, (fix, resolves)) in offers.iter().enumerate() {
        let choice = match tally.accept_all {
            true => Choice::Accept,
            false => reviewer.ask(&offer(path, text, fix, resolves, number + 1, offers.len()))?,
        };
        tally.offered += 1;
        match choice {
            Choice::Accept => chosen.push(fix),
            Choice::AcceptAll => (tally.accept_all, chosen) = (true, [chosen, vec![*fix]].concat()),
            Choice::Skip => {}
            Choice::Quit => {
                tally.quit = true;
                break;
            }
        }
    }
    write_chosen(
        config,
        path,
        &full,
        text,
        &chosen,
        checked.diagnostics.len(),
        tally,
    )
}

fn write_chosen(
    config: &Config,
    path: &Path,
    full: &str,
    text: &str,
    chosen: &[&Fix],
    found: usize,
    tally: &mut Tally,
) -> Result<()> {
    if chosen.is_empty() {
        tally.remaining += found;
        return Ok(());
    }
    let fixed = fix_chosen(text, &config.settings, config.select, chosen)
        .map_err(|error| anyhow::anyhow!("internal error: {error}"))?;
    let bom = &full[..full.len() - text.len()];
    write::replace_file(
        path,
        full.as_bytes(),
        format!("{bom}{}", fixed.text).as_bytes(),
    )?;
    tally.accepted += chosen.len();
    tally.files_written += 1;
    tally.remaining += fixed.remaining.len();
    Ok(())
}

/// Each fix that applies, once, with the findings that carry it, in source order.
fn distinct_fixes<'a>(
    diagnostics: &'a [Diagnostic],
    config: &Config,
) -> Vec<(&'a Fix, Vec<Diagnostic>)> {
    let mut offers: Vec<(&Fix, Vec<Diagnostic>)> = Vec::new();
    for diagnostic in diagnostics {
        let Some(fix) = diagnostic
            .fix
            .as_ref()
            .filter(|fix| config.settings.applies(fix))
        else {
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
            text::finding(&shown, finding, text::Style::default())
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

fn summary(tally: &Tally) -> String {
    let skipped = tally.offered - tally.accepted;
    format!(
        "Reviewed {} {}: {} accepted and written in {} {}, {skipped} not applied; {} {} remain.",
        tally.offered,
        if tally.offered == 1 { "fix" } else { "fixes" },
        tally.accepted,
        tally.files_written,
        if tally.files_written == 1 {
            "file"
        } else {
            "files"
        },
        tally.remaining,
        if tally.remaining == 1 {
            "finding"
        } else {
            "findings"
        },
    )
}

fn status(tally: &Tally) -> ExitStatus {
    if tally.errors > 0 {
        ExitStatus::Failure
    } else if tally.remaining > 0 {
        ExitStatus::FindingsRemain
    } else {
        ExitStatus::Clean
    }
}
