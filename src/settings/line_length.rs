//! The line length a project's formatter and linters hold its lines to, read from their
//! settings in one directory, so that the lines a fix writes fit it.
//!
//! Within a directory the first of these that sets a length wins:
//! 1. picklefix's own `line-length` (`.picklefix.toml`, `picklefix.toml`, `[tool.picklefix]` in
//!    `pyproject.toml`);
//! 2. ruff's configuration: the first of `.ruff.toml`, `ruff.toml` and `[tool.ruff]` in
//!    `pyproject.toml`, the order ruff reads them in. Ruff takes that file whole, without
//!    merging those above it: its `line-length`, or the one of the file it names in `extend`
//!    (and so on), or else black's `line-length` in the same directory's `pyproject.toml` (a
//!    project formatting with black and linting with ruff), or else ruff's default, 88. When
//!    both set one, the shorter, which a fix must keep to for both tools, unless the ruff
//!    configuration has a `format` table (the project formats with ruff: ruff's);
//! 3. black's `[tool.black] line-length` (or `line_length`) in `pyproject.toml`, or black's
//!    default, 88, when the table sets none; the shorter of it and the next, when both are;
//! 4. `max-line-length` (or `max_line_length`) of `[flake8]` or `[pycodestyle]` in
//!    `setup.cfg`, `tox.ini` or `.flake8`; at most 88 (or isort's own `line_length`) when
//!    isort's settings there choose its `black` profile (a project formatting with black
//!    without configuring it), since black splits a longer line whatever flake8 allows.
//!
//! `projects::Resolver` looks in the file's directory and then up the tree, and the nearest
//! directory with any of them wins; with none, black's and ruff's default, 88. Other tools'
//! files are read leniently: one that does not parse, or a value that is not a sensible length,
//! sets nothing (those tools report their own errors), while picklefix's own `line-length` is
//! checked by `settings_file`.

use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::core::options::DEFAULT_LINE_LENGTH;
use crate::settings::listing::Listing;
use crate::settings::settings_file::MAX_LINE_LENGTH;

/// The line length set in `dir`, and the file that sets it, looking only for the files
/// `listing` (of `dir`) may hold.
pub fn in_dir(dir: &Path, listing: Listing) -> Option<(PathBuf, usize)> {
    let own: [(&str, &[&str]); 3] = [
        (".picklefix.toml", &[]),
        ("picklefix.toml", &[]),
        ("pyproject.toml", &["tool", "picklefix"]),
    ];
    for (name, section) in own {
        if !listing.may_hold(name) {
            continue;
        }
        let path = dir.join(name);
        if let Some(length) = toml_length(&path, section) {
            return Some((path, length));
        }
    }
    let pyproject = dir.join("pyproject.toml");
    let black = || {
        listing
            .may_hold("pyproject.toml")
            .then(|| toml_length(&pyproject, &["tool", "black"]))
            .flatten()
    };
    for name in [".ruff.toml", "ruff.toml", "pyproject.toml"] {
        if !listing.may_hold(name) {
            continue;
        }
        let path = dir.join(name);
        if let Some(length) = ruff_length(&path, 0) {
            let length = match (length, black()) {
                // Linted by ruff and formatted by black, each with its own length: the fix
                // must pass both, and a line black's shorter limit splits stays split for
                // ruff's lint. A ruff configuration with a `format` table formats with ruff.
                (Some(ruff), Some(black)) if !formats_with_ruff(&path) => ruff.min(black),
                (length, black) => length.or(black).unwrap_or(DEFAULT_LINE_LENGTH),
            };
            return Some((path, length));
        }
    }
    // A project formatting with black: `[tool.black]` (at black's default length when it sets
    // none), or isort's `black` profile, which says so without configuring black. Black
    // splits at its length whatever flake8 allows, so a longer `max-line-length` is not
    // the fix's; a shorter one is kept to, as for ruff's.
    let black_table = listing.may_hold("pyproject.toml")
        && toml_section(&pyproject, &["tool", "black"]).is_some();
    let linted = || {
        ["setup.cfg", "tox.ini", ".flake8"]
            .into_iter()
            .filter(|name| listing.may_hold(name))
            .map(|name| dir.join(name))
            .find_map(|path| Some((ini_length(&path)?, path)))
    };
    if black_table {
        let length = black().unwrap_or(DEFAULT_LINE_LENGTH);
        let length = linted().map_or(length, |(lint, _)| lint.min(length));
        return Some((pyproject, length));
    }
    let (length, path) = linted()?;
    match isort_black_profile(dir, listing) {
        Some(black) => Some((path, length.min(black))),
        None => Some((path, length)),
    }
}

/// The length black formats at when isort's settings in `dir` (`[tool.isort]` of
/// `pyproject.toml`, `.isort.cfg`, `setup.cfg`, `tox.ini`) choose its `black` profile: the
/// `line_length` they give isort (a project runs both at one length), else black's 88.
fn isort_black_profile(dir: &Path, listing: Listing) -> Option<usize> {
    if listing.may_hold("pyproject.toml")
        && let Some(isort) = toml_section(&dir.join("pyproject.toml"), &["tool", "isort"])
        && isort.get("profile").and_then(Value::as_str) == Some("black")
    {
        let length = (isort.get("line_length").and_then(Value::as_integer))
            .and_then(|l| usize::try_from(l).ok())
            .and_then(sensible);
        return Some(length.unwrap_or(DEFAULT_LINE_LENGTH));
    }
    let ini: [(&str, &[&str]); 3] = [
        (".isort.cfg", &["settings", "isort", "tool:isort"]),
        ("setup.cfg", &["isort", "tool:isort"]),
        ("tox.ini", &["isort", "tool:isort"]),
    ];
    ini.into_iter().find_map(|(name, sections)| {
        if !listing.may_hold(name) {
            return None;
        }
        let text = fs::read_to_string(dir.join(name)).ok()?;
        let profile = ini_setting(&text, sections, &["profile"])?;
        if profile.trim_matches(['"', '\'']) != "black" {
            return None;
        }
        let length = ini_setting(&text, sections, &["line_length", "line-length"])
            .and_then(|l| l.parse().ok())
            .and_then(sensible);
        Some(length.unwrap_or(DEFAULT_LINE_LENGTH))
    })
}

/// `line-length` (or black's `line_length`) in the table at `section` of the TOML file at
/// `path`.
fn toml_length(path: &Path, section: &[&str]) -> Option<usize> {
    let value = toml_section(path, section)?;
    let length = (value.get("line-length")).or_else(|| {
        value
            .get("line_length")
            .filter(|_| section.last() == Some(&"black"))
    })?;
    sensible(usize::try_from(length.as_integer()?).ok()?)
}

/// The table at `section` of the TOML file at `path`.
fn toml_section(path: &Path, section: &[&str]) -> Option<Value> {
    let text = fs::read_to_string(path).ok()?;
    let table: Table = text.parse().ok()?;
    let mut value = Value::Table(table);
    for key in section {
        value = value.get(key)?.clone();
    }
    Some(value)
}

/// How many files of `extend` ruff's configuration is followed through.
const MAX_EXTENDS: usize = 8;

/// The ruff configuration at `path` (`ruff.toml`, `.ruff.toml`, or the `[tool.ruff]` of a
/// `pyproject.toml`): `None` when it is none (a `pyproject.toml` without the table, a file
/// that does not parse), else its `line-length`, or the one of the file it `extend`s, a path
/// relative to its own directory; `Some(None)` when none sets one.
fn ruff_length(path: &Path, depth: usize) -> Option<Option<usize>> {
    let pyproject = path
        .file_name()
        .is_some_and(|name| name == "pyproject.toml");
    let section: &[&str] = if pyproject { &["tool", "ruff"] } else { &[] };
    let table = toml_section(path, section)?;
    if let Some(length) = table.get("line-length") {
        return Some(
            usize::try_from(length.as_integer()?)
                .ok()
                .and_then(sensible),
        );
    }
    let extended = (table.get("extend").and_then(Value::as_str))
        .filter(|_| depth < MAX_EXTENDS)
        .map(|extend| path.parent().unwrap_or(Path::new("")).join(extend));
    Some(extended.and_then(|extended| ruff_length(&extended, depth + 1).flatten()))
}

/// Whether the project in `dir` formats with ruff, which leaves trailing pragma comments out
/// of a line's width (`Options::pragmas_uncounted`): its ruff configuration (the first of
/// the files ruff reads) has a `format` table. `Some(false)` when the directory configures
/// ruff without one, or black alone; `None` when it configures neither (look further up).
pub fn ruff_formats_in_dir(dir: &Path, listing: Listing) -> Option<bool> {
    for name in [".ruff.toml", "ruff.toml", "pyproject.toml"] {
        if !listing.may_hold(name) {
            continue;
        }
        let path = dir.join(name);
        if ruff_length(&path, 0).is_some() {
            return Some(formats_with_ruff(&path));
        }
    }
    let pyproject = dir.join("pyproject.toml");
    (listing.may_hold("pyproject.toml") && toml_section(&pyproject, &["tool", "black"]).is_some())
        .then_some(false)
}

/// Whether the ruff configuration at `path` has a `format` table (`[tool.ruff.format]`, or
/// `[format]` of a `ruff.toml`), itself or in the file it `extend`s (and so on): the project
/// formats with ruff, at ruff's length.
fn formats_with_ruff(path: &Path) -> bool {
    formats_with_ruff_within(path, 0)
}

fn formats_with_ruff_within(path: &Path, depth: usize) -> bool {
    let pyproject = path
        .file_name()
        .is_some_and(|name| name == "pyproject.toml");
    let section: &[&str] = if pyproject { &["tool", "ruff"] } else { &[] };
    let Some(table) = toml_section(path, section) else {
        return false;
    };
    if table.get("format").is_some() {
        return true;
    }
    (table.get("extend").and_then(Value::as_str))
        .filter(|_| depth < MAX_EXTENDS)
        .is_some_and(|extend| {
            let extended = path.parent().unwrap_or(Path::new("")).join(extend);
            formats_with_ruff_within(&extended, depth + 1)
        })
}

/// `max-line-length` in the `[flake8]` or `[pycodestyle]` section of the INI file at `path`.
fn ini_length(path: &Path) -> Option<usize> {
    let text = fs::read_to_string(path).ok()?;
    ini_value(&text)
}

fn ini_value(text: &str) -> Option<usize> {
    let value = ini_setting(
        text,
        &["flake8", "pycodestyle"],
        &["max-line-length", "max_line_length"],
    )?;
    sensible(value.parse().ok()?)
}

/// The first word of the value of the first of `keys` in one of `sections` of the INI text.
fn ini_setting<'t>(text: &'t str, sections: &[&str], keys: &[&str]) -> Option<&'t str> {
    let mut in_section = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            let name = line.trim_matches(['[', ']']).trim();
            in_section = sections.contains(&name);
            continue;
        }
        if !in_section || line.starts_with(['#', ';']) {
            continue;
        }
        let Some((key, value)) = line.split_once(['=', ':']) else {
            continue;
        };
        if keys.contains(&key.trim()) {
            return value.split([' ', '\t', '#', ';']).find(|v| !v.is_empty());
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

    fn length_in(files: &[(&str, &str)], dir: &str) -> Option<usize> {
        let root = tempfile::tempdir().expect("temporary directory");
        for (name, text) in files {
            let path = root.path().join(name);
            fs::create_dir_all(path.parent().expect("a parent")).expect("directories");
            fs::write(path, text).expect("write");
        }
        let dir = root.path().join(dir);
        in_dir(&dir, Listing::of(&dir)).map(|(_, length)| length)
    }

    #[test]
    fn a_ruff_configuration_is_taken_whole() {
        // Ruff reads the nearest configuration alone: one without a length has ruff's default.
        let lint_only = [("pkg/ruff.toml", "[lint]\nselect = [\"E\"]\n")];
        assert_eq!(length_in(&lint_only, "pkg"), Some(88));
        let no_table = [("pyproject.toml", "[project]\nname = \"x\"\n")];
        assert_eq!(length_in(&no_table, ""), None);
        // ... or the length of the file it extends, relative to its own directory.
        let extended = [
            ("base/ruff-base.toml", "line-length = 79\n"),
            ("proj/ruff.toml", "extend = \"../base/ruff-base.toml\"\n"),
        ];
        assert_eq!(length_in(&extended, "proj"), Some(79));
        let through_pyproject = [
            ("pyproject.toml", "[tool.ruff]\nline-length = 120\n"),
            ("sub/.ruff.toml", "extend = \"../pyproject.toml\"\n"),
        ];
        assert_eq!(length_in(&through_pyproject, "sub"), Some(120));
        // ... or black's beside it, when the project formats with black.
        let with_black = "[tool.ruff.lint]\nselect = [\"I\"]\n\n[tool.black]\nline_length = 79\n";
        assert_eq!(length_in(&[("pyproject.toml", with_black)], ""), Some(79));
        let black_only = [("pyproject.toml", "[tool.black]\nline_length = 100\n")];
        assert_eq!(length_in(&black_only, ""), Some(100));
        // Both set: the shorter, which both tools accept, unless ruff formats too.
        let both = "[tool.black]\nline-length = 88\n\n[tool.ruff]\nline-length = 100\n";
        assert_eq!(length_in(&[("pyproject.toml", both)], ""), Some(88));
        let black_longer = "[tool.black]\nline-length = 120\n\n[tool.ruff]\nline-length = 100\n";
        assert_eq!(
            length_in(&[("pyproject.toml", black_longer)], ""),
            Some(100)
        );
        let ruff_formats = format!("{both}\n[tool.ruff.format]\nquote-style = \"double\"\n");
        assert_eq!(
            length_in(&[("pyproject.toml", &ruff_formats)], ""),
            Some(100)
        );
        let ruff_toml = [
            ("pyproject.toml", "[tool.black]\nline-length = 79\n"),
            ("ruff.toml", "line-length = 100\n"),
        ];
        assert_eq!(length_in(&ruff_toml, ""), Some(79));
    }

    #[test]
    fn black_splits_at_its_length_whatever_flake8_allows() {
        // `[tool.black]` without a length: black's 88, not flake8's 100 in `setup.cfg`.
        let black_table = [
            (
                "pyproject.toml",
                "[tool.black]\ntarget-version = [\"py39\"]\n",
            ),
            ("setup.cfg", "[flake8]\nmax-line-length = 100\n"),
        ];
        assert_eq!(length_in(&black_table, ""), Some(88));
        // A shorter flake8 limit still holds, as a shorter ruff one does.
        let shorter = [
            ("pyproject.toml", "[tool.black]\nline-length = 100\n"),
            ("tox.ini", "[flake8]\nmax-line-length = 79\n"),
        ];
        assert_eq!(length_in(&shorter, ""), Some(79));
        assert_eq!(
            length_in(&[("pyproject.toml", "[tool.black]\n")], ""),
            Some(88)
        );
        // isort's `black` profile says black formats the project, in any of isort's files.
        let profile = "[flake8]\nmax-line-length = 120\n\n[isort]\nprofile = black\n";
        assert_eq!(length_in(&[("setup.cfg", profile)], ""), Some(88));
        let in_pyproject = [
            ("pyproject.toml", "[tool.isort]\nprofile = \"black\"\n"),
            (".flake8", "[flake8]\nmax-line-length = 100\n"),
        ];
        assert_eq!(length_in(&in_pyproject, ""), Some(88));
        let isort_cfg = [
            (".isort.cfg", "[settings]\nprofile=black\n"),
            ("tox.ini", "[flake8]\nmax-line-length = 79\n"),
        ];
        assert_eq!(length_in(&isort_cfg, ""), Some(79));
        // isort's own length beside its `black` profile: black runs at it too.
        let isort_length =
            "[flake8]\nmax-line-length = 120\n\n[isort]\nprofile = black\nline_length = 120\n";
        assert_eq!(length_in(&[("setup.cfg", isort_length)], ""), Some(120));
        // Another profile, or none: flake8's length.
        let google = "[flake8]\nmax-line-length = 100\n\n[isort]\nprofile = google\n";
        assert_eq!(length_in(&[("setup.cfg", google)], ""), Some(100));
    }
}
