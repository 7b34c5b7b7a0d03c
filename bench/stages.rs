//! Times the stages of checking one file inside one process, so that the benchmark can say
//! where the single-file time goes and what no arrangement of the stages can get under: the
//! whole engine against one tree-sitter parse, one parse split over both cores, and one
//! analysis. `bench/run.sh` builds and runs it; by hand:
//!
//! ```sh
//! cargo run --release --example stages -- path/to/file.py [runs]
//! ```
//!
//! Prints one `stage<TAB>median ms` line per stage.
//!
//! With `--prefilter`, it counts instead what the first stage of a tree run lets through: it
//! reads paths on stdin (as `picklefix --show-files DIR` prints them) and gives each to the
//! binary's own first look at a file (`run::file::screen`, with the settings of a plain
//! `picklefix` run), so the count follows the prefilter as it changes. Prints `files`,
//! `bytes`, `candidates` and `candidate bytes`, one `name<TAB>count` line each. With
//! `--prefilter --list`, each candidate first gets a line of its own: its size, whether it may
//! hold a finding of its own (`may_contain_sites`: `false` means the prefilter keeps it only
//! as a possible wrapper), the fastest of five parses and analyses in ms, and its path.

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Parser;
use picklefix::core::options::Options;
use picklefix::run::file::{self, Screened};
use picklefix::settings::cli::Args;
use picklefix::settings::config::{Command, Config};
use picklefix::{check_source, core::analysis, core::parse};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .context("usage: stages FILE [RUNS], or stages --prefilter [--list] < PATHS")?;
    if path == "--prefilter" {
        return count_candidates(args.next().is_some_and(|a| a == "--list"));
    }
    let runs: usize = args.next().map_or(Ok(50), |n| n.parse())?;
    let source =
        std::fs::read_to_string(&path).with_context(|| format!("Could not read {path}"))?;
    let settings = Options::default();
    let tree = parse::parse(&source).map_err(|e| anyhow::anyhow!("{path}: {}", e.message))?;
    if !analysis::analyze(&tree, &source, &settings).is_ok_and(|found| !found.is_empty()) {
        bail!("{path} has no findings: time a file with some");
    }
    let (first, second) = halves(&source).context("found no top-level statement to split at")?;
    if parse::parse(first).is_err() || parse::parse(second).is_err() {
        bail!("{path} does not parse as two halves: the split parse would time error paths");
    }
    // Two workers, as the binary has on this machine, so that a split parse and the engine's
    // own use of the second core are timed without starting threads.
    let pool = file::thread_pool(2)?;
    let stages: [(&str, &dyn Fn()); 4] = [
        ("one parse", &|| drop(parse::parse(&source))),
        ("one parse, halves on two threads", &|| {
            let (a, b) =
                pool.install(|| rayon::join(|| parse::parse(first), || parse::parse(second)));
            drop((a, b));
        }),
        ("one analysis", &|| {
            drop(analysis::analyze(&tree, &source, &settings))
        }),
        ("the whole engine (--diff without output)", &|| {
            pool.install(|| drop(check_source(&source, &settings)));
        }),
    ];
    // The stages take turns, one run each per round, so that the machine's drift from one
    // second to the next falls on all of them alike.
    let mut times = vec![Vec::with_capacity(runs); stages.len()];
    for round in 0..=runs.max(1) {
        for ((_, stage), times) in stages.iter().zip(&mut times) {
            let start = Instant::now();
            stage();
            // Round 0 warms the parsers and the allocator.
            if round > 0 {
                times.push(start.elapsed());
            }
        }
    }
    for ((name, _), times) in stages.iter().zip(&mut times) {
        println!("{name}\t{:.2}", median(times).as_secs_f64() * 1000.0);
    }
    Ok(())
}

/// Screen every path read on stdin as a plain `picklefix` run does, and print how many files
/// and bytes there are, and how many of them the prefilter lets through to the analysis.
fn count_candidates(list: bool) -> Result<()> {
    let config = plain_run_config()?;
    let (mut files, mut bytes, mut candidates, mut candidate_bytes) = (0, 0, 0, 0);
    for line in std::io::stdin().lines() {
        let path = std::path::PathBuf::from(line.context("Could not read a path on stdin")?);
        files += 1;
        bytes += std::fs::metadata(&path).map_or(0, |meta| meta.len() as usize);
        if let (Screened::Candidate(size), _) = file::screen(&path, &config) {
            candidates += 1;
            candidate_bytes += size;
            if list {
                list_candidate(&path, size)?;
            }
        }
    }
    println!("files\t{files}\nbytes\t{bytes}");
    println!("candidates\t{candidates}\ncandidate bytes\t{candidate_bytes}");
    Ok(())
}

/// One candidate of `--prefilter --list`: its size, whether it may hold a finding of its own
/// (`may_contain_sites`; when not, the prefilter keeps it only as a possible wrapper), the
/// fastest of five parses and analyses in milliseconds, and its path.
fn list_candidate(path: &std::path::Path, size: usize) -> Result<()> {
    let source = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
    let may_hold = analysis::may_contain_sites(source.as_bytes());
    let settings = Options::default();
    let fastest = (0..5)
        .map(|_| {
            let start = Instant::now();
            if let Ok(tree) = parse::parse(&source) {
                drop(analysis::analyze(&tree, &source, &settings));
            }
            start.elapsed()
        })
        .min()
        .unwrap_or_default();
    let ms = fastest.as_secs_f64() * 1000.0;
    println!("{size}\t{may_hold}\t{ms:.2}\t{}", path.display());
    Ok(())
}

/// The settings of `picklefix` with no flags, as the benchmark runs it over a tree.
fn plain_run_config() -> Result<Config> {
    match Command::from_args(Args::parse_from(["picklefix"]))? {
        Command::Check(config) => Ok(config),
        _ => bail!("a plain picklefix run is not a check: the flags changed"),
    }
}

/// The source cut in two at the first line after its middle that starts a top-level `def` or
/// `class`: each half is a module of its own, and parsing both costs what parsing the whole
/// does. Returns `None` when no such line exists.
fn halves(source: &str) -> Option<(&str, &str)> {
    let middle = source.len() / 2;
    let rest = source.get(middle..)?;
    let cut = ["\ndef ", "\nclass "]
        .iter()
        .filter_map(|start| rest.find(start))
        .min()?;
    Some(source.split_at(middle + cut + 1))
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}
