//! Counts what the prefilter lets through over a tree, so that its two steps can be weighed:
//! the files and bytes that mention a process API anywhere (`mentions_process_api`, the first
//! step and the whole prefilter before issue 18) against those the whole prefilter keeps
//! (`may_contain_sites`: the words as code, and something pickle cannot carry), with the CPU
//! time each takes over every file, read beforehand. By hand:
//!
//! ```sh
//! cargo run --release --example prefilter -- /tmp/picklefix-corpus/py
//! cargo run --release --example prefilter -- /tmp/picklefix-corpus/py --list
//! ```
//!
//! `--list` also prints each file the whole prefilter keeps, largest first, with its size.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use picklefix::core::analysis::{may_contain_sites, mentions_process_api};

fn main() -> Result<()> {
    let root = std::env::args()
        .nth(1)
        .context("usage: prefilter DIR [--list]")?;
    let list = std::env::args().nth(2).is_some_and(|a| a == "--list");
    let mut paths = Vec::new();
    python_files(Path::new(&root), &mut paths)?;
    let (paths, sources): (Vec<PathBuf>, Vec<Vec<u8>>) = paths
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|s| (p, s)))
        .unzip();
    let total: usize = sources.iter().map(Vec::len).sum();
    println!("{} files, {} bytes", sources.len(), total);
    for (name, test) in [
        (
            "words anywhere (first step)",
            mentions_process_api as fn(&[u8]) -> bool,
        ),
        ("whole prefilter", may_contain_sites),
    ] {
        let started = Instant::now();
        let kept: Vec<&Vec<u8>> = sources.iter().filter(|s| test(s)).collect();
        let elapsed = started.elapsed();
        let bytes: usize = kept.iter().map(|s| s.len()).sum();
        println!(
            "{name}: {} files, {bytes} bytes kept, {:.1} ms",
            kept.len(),
            elapsed.as_secs_f64() * 1000.0
        );
    }
    if list {
        print_kept(&paths, &sources);
    }
    Ok(())
}

/// Each file the whole prefilter keeps, largest first: where an analysis spends its time.
fn print_kept(paths: &[PathBuf], sources: &[Vec<u8>]) {
    let mut kept: Vec<(usize, &PathBuf)> = paths
        .iter()
        .zip(sources)
        .filter(|(_, s)| may_contain_sites(s))
        .map(|(p, s)| (s.len(), p))
        .collect();
    kept.sort_by(|a, b| b.cmp(a));
    for (len, path) in kept {
        println!("{len:>9} {}", path.display());
    }
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("Could not read {}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            python_files(&path, out)?;
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    Ok(())
}
