//! The line length a project's formatter and linters hold its lines to, read from their
//! settings in one directory, so that the lines a fix writes fit it.
//!
//! Within a directory the first of these that sets a length wins:
//! 1. picklefix's own `line-length` (`.picklefix.toml`, `picklefix.toml`, `[tool.picklefix]` in
//!    `pyproject.toml`);
//! 2. ruff's `line-length`: `.ruff.toml`, `ruff.toml`, then `[tool.ruff]` in `pyproject.toml`,
//!    the order ruff reads them in;
//! 3. black's `[tool.black] line-length` in `pyproject.toml`;
//! 4. `max-line-length` (or `max_line_length`) of `[flake8]` or `[pycodestyle]` in
//!    `setup.cfg`, `tox.ini` or `.flake8`.
//!
//! `projects::Resolver` looks in the file's directory and then up the tree, and the nearest
//! directory with any of them wins; with none, black's and ruff's default, 88. Other tools'
//! files are read leniently: one that does not parse, or a value that is not a sensible length,
//! sets nothing (those tools report their own errors), while picklefix's own `line-length` is
//! checked by `settings_file`.

use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::settings::listing::Listing;
use crate::settings::settings_file::MAX_LINE_LENGTH;

/// The line length set in `dir`, and the file that sets it, looking only for the files
/// `listing` (of `dir`) may hold.
pub fn in_dir(dir: &Path, listing: Listing) -> Option<(PathBuf, usize)> {
    let toml_sources: [(&str, &[&str]); 7] = [
        (".picklefix.toml", &[]),
        ("picklefix.toml", &[]),
        ("pyproject.toml", &["tool", "picklefix"]),
        (".ruff.toml", &[]),
        ("ruff.toml", &[]),
        ("pyproject.toml", &["tool", "ruff"]),
        ("pyproject.toml", &["tool", "black"]),
    ];
    for (name, section) in toml_sources {
        if !listing.may_hold(name) {
            continue;
        }
        let path = dir.join(name);
        if let Some(length) = toml_length(&path, section) {
            return Some((path, length));
        }
    }
    for name in ["setup.cfg", "tox.ini", ".flake8"] {
        if !listing.may_hold(name) {
            continue;
        }
        let path = dir.join(name);
        if let Some(length) = ini_length(&path) {
            return Some((path, length));
        }
    }
    None
}

/// `line-length` in the table at `section` of the TOML file at `path`.
fn toml_length(path: &Path, section: &[&str]) -> Option<usize> {
    let text = fs::read_to_string(path).ok()?;
    let table: Table = text.parse().ok()?;
    let mut value = &Value::Table(table);
    for key in section {
        value = value.get(key)?;
    }
    let length = value.get("line-length")?.as_integer()?;
    sensible(usize::try_from(length).ok()?)
}

/// `max-line-length` in the `[flake8]` or `[pycodestyle]` section of the INI file at `path`.
fn ini_length(path: &Path) -> Option<usize> {
    let text = fs::read_to_string(path).ok()?;
    ini_value(&text)
}

fn ini_value(text: &str) -> Option<usize> {
    let mut in_section = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            let name = line.trim_matches(['[', ']']).trim();
            in_section = name == "flake8" || name == "pycodestyle";
            continue;
        }
        if !in_section || line.starts_with(['#', ';']) {
            continue;
        }
        let Some((key, value)) = line.split_once(['=', ':']) else {
            continue;
        };
        if matches!(key.trim(), "max-line-length" | "max_line_length") {
            let value = value.split([' ', '\t', '#', ';']).find(|v| !v.is_empty())?;
            return sensible(value.parse().ok()?);
        }
    }
    None
}

fn sensible(length: usize) -> Option<usize> {
    (1..=MAX_LINE_LENGTH).contains(&length).then_some(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flake8_and_pycodestyle_sections() {
        let cfg =
            "[metadata]\nname = x\n\n[flake8]\nexclude = .git\nmax-line-length = 100  # wide\n";
        assert_eq!(ini_value(cfg), Some(100));
        assert_eq!(ini_value("[pycodestyle]\nmax_line_length: 79\n"), Some(79));
        assert_eq!(ini_value("[isort]\nmax-line-length = 79\n"), None);
        assert_eq!(ini_value("[flake8]\nmax-line-length = wide\n"), None);
    }
}
