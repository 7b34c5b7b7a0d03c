//! How a project's import sorter orders and spaces imports, read from its settings in one
//! directory, so that the `import functools` a fix adds goes where the sorter puts it.
//!
//! Within a directory, the first ruff settings file (`.ruff.toml`, `ruff.toml`, `[tool.ruff]`
//! in `pyproject.toml`, the order ruff reads them in) that has isort settings (`[lint.isort]`,
//! or the older `[isort]`) decides: a project that configures ruff's `I` rules sorts with
//! them. Else isort's own settings: `[tool.isort]` in `pyproject.toml`, `.isort.cfg`, `[isort]`
//! (or `[tool:isort]`) in `setup.cfg`, `[isort]` in `tox.ini`. Else a ruff settings file
//! without them means ruff's defaults. The keys read are those that move a
//! new standard-library import: `force-sort-within-sections` (isort's
//! `force_sort_within_sections`, also set by its `google` and `open_stack` profiles),
//! `from-first` (also set by isort's `force_alphabetical_sort` and its `plone` profile),
//! `lines-after-imports`, `length-sort`, `length-sort-straight` and `force-to-top`.
//!
//! `projects::Resolver` looks in the file's directory and then up the tree, and the nearest
//! directory with any of them wins; with none, the sorters' defaults. Like `line_length`,
//! the files are read leniently: what does not parse sets nothing.

use std::fs;
use std::path::Path;

use toml::{Table, Value};

use crate::core::options::ImportStyle;
use crate::settings::listing::Listing;

/// The import style set in `dir`, looking only for the files `listing` (of `dir`) may hold.
pub fn in_dir(dir: &Path, listing: Listing) -> Option<ImportStyle> {
    let ruff: [(&str, &[&str]); 3] = [
        (".ruff.toml", &[]),
        ("ruff.toml", &[]),
        ("pyproject.toml", &["tool", "ruff"]),
    ];
    let mut ruff_found = false;
    for (name, section) in ruff {
        if !listing.may_hold(name) {
            continue;
        }
        let Some(table) = toml_table(&dir.join(name), section) else {
            continue;
        };
        let isort = ["lint", "isort"]
            .iter()
            .try_fold(&table, |table, key| table.get(*key)?.as_table())
            .or_else(|| table.get("isort")?.as_table());
        if let Some(isort) = isort {
            return Some(from_toml(isort, '-'));
        }
        ruff_found = true;
        break;
    }
    if listing.may_hold("pyproject.toml")
        && let Some(isort) = toml_table(&dir.join("pyproject.toml"), &["tool", "isort"])
    {
        return Some(from_toml(&isort, '_'));
    }
    let ini: [(&str, &[&str]); 3] = [
        (".isort.cfg", &["settings", "isort", "tool:isort"]),
        ("setup.cfg", &["isort", "tool:isort"]),
        ("tox.ini", &["isort", "tool:isort"]),
    ];
    for (name, sections) in ini {
        if !listing.may_hold(name) {
            continue;
        }
        let Ok(text) = fs::read_to_string(dir.join(name)) else {
            continue;
        };
        if let Some(style) = from_ini(&text, sections) {
            return Some(style);
        }
    }
    ruff_found.then(ImportStyle::default)
}

/// The table at `section` of the TOML file at `path`.
fn toml_table(path: &Path, section: &[&str]) -> Option<Table> {
    let text = fs::read_to_string(path).ok()?;
    let mut table: Table = text.parse().ok()?;
    for key in section {
        match table.remove(*key)? {
            Value::Table(inner) => table = inner,
            _ => return None,
        }
    }
    Some(table)
}

/// The style a ruff (`separator` `-`) or isort (`_`) TOML table sets.
fn from_toml(table: &Table, separator: char) -> ImportStyle {
    let key = |name: &str| name.replace('-', &separator.to_string());
    let mut style = profile(table.get("profile").and_then(Value::as_str));
    if let Some(on) = table
        .get(&key("force-sort-within-sections"))
        .and_then(Value::as_bool)
    {
        style.sort_within_sections = on;
    }
    if let Some(on) = table.get(&key("from-first")).and_then(Value::as_bool) {
        style.from_first = on;
    }
    if let Some(lines) = table
        .get(&key("lines-after-imports"))
        .and_then(Value::as_integer)
    {
        style.lines_after_imports = usize::try_from(lines).ok().filter(|n| *n <= 2);
    }
    if let Some(on) = table.get(&key("length-sort")).and_then(Value::as_bool) {
        style.length_sort = on;
    }
    if let Some(on) = table
        .get(&key("force-single-line"))
        .and_then(Value::as_bool)
    {
        style.force_single_line = on;
    }
    if let Some(on) = table
        .get(&key("length-sort-straight"))
        .and_then(Value::as_bool)
    {
        style.length_sort_straight = on;
    }
    if separator == '_'
        && table
            .get("force_alphabetical_sort")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    {
        style = alphabetical(style);
    }
    if let Some(modules) = table.get(&key("force-to-top")).and_then(Value::as_array) {
        style.force_to_top = modules
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
    }
    style
}

/// What an isort profile sets of the style.
fn profile(name: Option<&str>) -> ImportStyle {
    match name {
        Some("google" | "open_stack") => ImportStyle {
            sort_within_sections: true,
            force_single_line: true,
            ..ImportStyle::default()
        },
        // `force_alphabetical_sort`, which plone sets, puts every `from` import first, a
        // blank line, then the plain ones (`alphabetical`).
        Some("plone") => ImportStyle {
            force_single_line: true,
            lines_after_imports: Some(2),
            ..alphabetical(ImportStyle::default())
        },
        _ => ImportStyle::default(),
    }
}

/// `style` under isort's `force_alphabetical_sort`, which sets `from_first` (with a blank line
/// between the kinds) and sorts the kinds apart, whatever `force_sort_within_sections` says.
/// Its `no_sections` (one section for every origin) is not followed: a new import still
/// joins its own origin's imports.
fn alphabetical(style: ImportStyle) -> ImportStyle {
    ImportStyle {
        from_first: true,
        sort_within_sections: false,
        ..style
    }
}

/// The style the first of `sections` that the INI text has sets; `None` when it has none.
fn from_ini(text: &str, sections: &[&str]) -> Option<ImportStyle> {
    let mut keys: Option<Vec<(String, String)>> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            if keys.is_some() {
                break;
            }
            let name = line.trim_matches(['[', ']']).trim();
            keys = sections.contains(&name).then(Vec::new);
            continue;
        }
        let Some(keys) = keys.as_mut().filter(|_| !line.starts_with(['#', ';'])) else {
            continue;
        };
        if let Some((key, value)) = line.split_once(['=', ':']) {
            let value = value.split(['#', ';']).next().unwrap_or("").trim();
            keys.push((key.trim().replace('-', "_"), value.to_string()));
        }
    }
    let keys = keys?;
    let value = |name: &str| {
        keys.iter()
            .find(|(key, _)| key == name)
            .map(|(_, v)| v.as_str())
    };
    let boolean = |name: &str| {
        value(name).map(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "on"))
    };
    let mut style = profile(value("profile"));
    if let Some(on) = boolean("force_sort_within_sections") {
        style.sort_within_sections = on;
    }
    if let Some(on) = boolean("from_first") {
        style.from_first = on;
    }
    if let Some(lines) = value("lines_after_imports").and_then(|v| v.parse::<i64>().ok()) {
        style.lines_after_imports = usize::try_from(lines).ok().filter(|n| *n <= 2);
    }
    if let Some(on) = boolean("length_sort") {
        style.length_sort = on;
    }
    if let Some(on) = boolean("force_single_line") {
        style.force_single_line = on;
    }
    if let Some(on) = boolean("length_sort_straight") {
        style.length_sort_straight = on;
    }
    if boolean("force_alphabetical_sort") == Some(true) {
        style = alphabetical(style);
    }
    if let Some(modules) = value("force_to_top") {
        style.force_to_top = modules
            .split(',')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(str::to_string)
            .collect();
    }
    Some(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_isort_sections_of_ini_files() {
        let cfg = "[metadata]\nname = x\n\n[isort]\nprofile = google\nlines_after_imports = 2\n";
        let style = from_ini(cfg, &["isort", "tool:isort"]).expect("a section");
        assert!(style.sort_within_sections);
        assert_eq!(style.lines_after_imports, Some(2));
        let cfg = "[tool:isort]\nforce-sort-within-sections: True\n[flake8]\nfrom_first = 1\n";
        let style = from_ini(cfg, &["isort", "tool:isort"]).expect("a section");
        assert!(style.sort_within_sections && !style.from_first);
        assert_eq!(
            from_ini("[flake8]\nmax-line-length = 1\n", &["isort"]),
            None
        );
        // An explicit key wins over the profile's; -1 is the sorters' automatic spacing.
        let cfg = "[settings]\nprofile=google\nforce_sort_within_sections=false\nlines_after_imports=-1\n";
        let style = from_ini(cfg, &["settings"]).expect("a section");
        let google = ImportStyle {
            force_single_line: true,
            ..ImportStyle::default()
        };
        assert_eq!(style, google);
        let cfg = "[settings]\nprofile=google\nforce_single_line=0\n";
        let style = from_ini(cfg, &["settings"]).expect("a section");
        assert!(!style.force_single_line && style.sort_within_sections);
    }

    #[test]
    fn reads_ruff_and_isort_tables() {
        let ruff: Table =
            "force-sort-within-sections = true\nfrom-first = true\nlines-after-imports = 1\n"
                .parse()
                .expect("toml");
        let style = from_toml(&ruff, '-');
        assert!(style.sort_within_sections && style.from_first);
        assert_eq!(style.lines_after_imports, Some(1));
        let isort: Table = "profile = \"open_stack\"\nforce-sort-within-sections = false\n"
            .parse()
            .expect("toml");
        // isort's TOML keys are spelled with underscores: the hyphenated one is not its key.
        assert!(from_toml(&isort, '_').sort_within_sections);
        let ruff: Table = "length-sort = true\n".parse().expect("toml");
        assert!(from_toml(&ruff, '-').length_sort);
        let ruff: Table = "force-to-top = [\"sys\", \"os\"]\n".parse().expect("toml");
        assert_eq!(from_toml(&ruff, '-').force_to_top, ["sys", "os"]);
        let cfg = "[isort]\nforce_to_top = sys, os\n";
        let style = from_ini(cfg, &["isort"]).expect("a section");
        assert_eq!(style.force_to_top, ["sys", "os"]);
        let isort: Table = "length_sort_straight = true\n".parse().expect("toml");
        let style = from_toml(&isort, '_');
        assert!(style.length_sort_straight && !style.length_sort);
        let style = from_ini("[isort]\nlength_sort = 1\n", &["isort"]).expect("a section");
        assert!(style.length_sort);
    }

    #[test]
    fn ruff_settings_win_in_their_directory() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let pyproject =
            "[tool.ruff.lint.isort]\nfrom-first = true\n\n[tool.isort]\nprofile = \"google\"\n";
        fs::write(dir.path().join("pyproject.toml"), pyproject).expect("write");
        let style = in_dir(dir.path(), Listing::of(dir.path())).expect("a style");
        assert!(style.from_first && !style.sort_within_sections);
        fs::write(
            dir.path().join("pyproject.toml"),
            "[tool.ruff]\nline-length = 100\n",
        )
        .expect("write");
        fs::write(
            dir.path().join(".isort.cfg"),
            "[settings]\nprofile=google\n",
        )
        .expect("write");
        let style = in_dir(dir.path(), Listing::of(dir.path())).expect("a style");
        assert!(style.sort_within_sections);
        fs::remove_file(dir.path().join(".isort.cfg")).expect("remove");
        assert_eq!(
            in_dir(dir.path(), Listing::of(dir.path())),
            Some(ImportStyle::default())
        );
        assert_eq!(in_dir(&dir.path().join("missing"), Listing::UNKNOWN), None);
    }
}
