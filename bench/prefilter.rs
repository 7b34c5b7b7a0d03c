//! Counts what the prefilter lets through over a tree, so that its two steps can be weighed:
//! the files and bytes that mention a process API anywhere (`mentions_process_api`, the first
//! step and the whole prefilter before issue 18) against those the whole prefilter keeps
//! (`may_contain_sites`: the words as code, and something pickle cannot carry), with the CPU
//! time each takes over every file, read beforehand. By hand:
//!
//! ```sh
//! cargo run --release --example prefilter -- /tmp/picklefix-corpus/py
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use picklefix::core::analysis::{may_contain_sites, mentions_process_api};

fn main() -> Result<()> {
    let root = std::env::args().nth(1).context("usage: prefilter DIR")?;
    let mut paths = Vec::new();
    python_files(Path::new(&root), &mut paths)?;
    let sources: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
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
    Ok(())
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
