//! Reading one configuration file: the `[tool.picklefix]` table of a `pyproject.toml`, or the
//! top level of a `picklefix.toml`, into `FileOptions`, the settings as written.
//!
//! Every key is checked by hand rather than through serde's derive, so that an error names the
//! file, the key and what is allowed, in one sentence:
//! `pyproject.toml:2:16: `tool.picklefix.unsafe-fixes` must be true or false, not a string`,
//! then the line with a caret under the value (`spans`).
//! The keys are ruff's where ruff has one: `exclude` (replaces the default excludes),
//! `extend-exclude`, `force-exclude`, `unsafe-fixes`, `select`, `extend-select`, `ignore`.
//! `extend-apis` declares process APIs of the user's own, in the spec `--api` takes
//! (`mypkg.workers.Worker=multiprocessing.Process`, `mypkg.parallel.pmap=call:0/func:map`).
//! `line-length` overrides the line length read from the project's formatter settings
//! (`line_length` finds those). `per-file-ignores` maps globs to selectors, as ruff's
//! `lint.per-file-ignores` does (`per_file_ignores` matches them).

use std::fs;

use crate::settings::spans::{self, Part};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use toml::{Table, Value};

use crate::core::analysis::{UserApi, parse_api};
use crate::core::rules::{Rule, RuleSet};
use crate::settings::listing::Listing;

/// The file names picklefix reads settings from, in the order they win within a directory:
/// ruff's order for `.ruff.toml`, `ruff.toml` and `pyproject.toml`.
pub const FILE_NAMES: [&str; 3] = [".picklefix.toml", "picklefix.toml", "pyproject.toml"];

/// The keys a settings table may hold, for error messages.
const KEYS: &str = "exclude, extend-exclude, force-exclude, unsafe-fixes, select, extend-select, \
    ignore, per-file-ignores, extend-apis, line-length";

/// The settings as written in one file; `None` where the file says nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileOptions {
    pub exclude: Option<Vec<String>>,
    pub extend_exclude: Vec<String>,
    pub force_exclude: Option<bool>,
    pub unsafe_fixes: Option<bool>,
    pub select: Option<Vec<Selector>>,
    pub extend_select: Vec<Selector>,
    pub ignore: Vec<Selector>,
    /// Globs, as written, with the rules ignored in the files they match.
    pub per_file_ignores: Vec<(String, Vec<Selector>)>,
    pub extend_apis: Vec<UserApi>,
    pub line_length: Option<usize>,
}

/// A rule selector as ruff users write them: `ALL`, a code (`PKL002`), a code prefix (`PKL0`)
/// or a rule name (`lambda-callable`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selector(pub RuleSet);

impl Selector {
    /// Parse a selector, or say what a selector looks like.
    pub fn parse(text: &str) -> Result<Selector, String> {
        if text.eq_ignore_ascii_case("ALL") {
            return Ok(Selector(RuleSet::of(Rule::ALL)));
        }
        let upper = text.to_ascii_uppercase();
        let matching = RuleSet::of(
            Rule::ALL
                .into_iter()
                .filter(|rule| rule.code().starts_with(&upper) || rule.name() == text),
        );
        if matching == RuleSet::EMPTY || !upper.starts_with("PKL") && !text.contains('-') {
            return Err(format!(
                "unknown rule selector `{text}`; use ALL, a code ({}), a prefix (PKL0) or a \
                 rule name ({})",
                codes(),
                Rule::LambdaCallable.name()
            ));
        }
        Ok(Selector(matching))
    }
}

fn codes() -> String {
    let codes: Vec<&str> = Rule::ALL.iter().map(|rule| rule.code()).collect();
    codes.join(", ")
}

impl FileOptions {
    /// These settings with those `top` sets put over them, key by key (a list `top` sets
    /// replaces the list here, as one TOML key replaces another).
    pub fn overlay(self, top: &FileOptions) -> FileOptions {
        FileOptions {
            exclude: top.exclude.clone().or(self.exclude),
            extend_exclude: list(self.extend_exclude, &top.extend_exclude),
            force_exclude: top.force_exclude.or(self.force_exclude),
            unsafe_fixes: top.unsafe_fixes.or(self.unsafe_fixes),
            select: top.select.clone().or(self.select),
            extend_select: list(self.extend_select, &top.extend_select),
            ignore: list(self.ignore, &top.ignore),
            per_file_ignores: list(self.per_file_ignores, &top.per_file_ignores),
            extend_apis: list(self.extend_apis, &top.extend_apis),
            line_length: top.line_length.or(self.line_length),
        }
    }
}

/// The list `top` sets, else `mine`.
fn list<T: Clone>(mine: Vec<T>, top: &[T]) -> Vec<T> {
    if top.is_empty() { mine } else { top.to_vec() }
}

/// `--config KEY=VALUE` settings, each one TOML line with a key of a `picklefix.toml`, put
/// over one another in order.
pub fn parse_inline(texts: &[String]) -> Result<FileOptions> {
    let mut options = FileOptions::default();
    for text in texts {
        let table: Table = text.parse().map_err(|error: toml::de::Error| {
            anyhow::anyhow!(
                "--config '{text}' is neither a settings file nor a KEY = VALUE setting: {}",
                error.message().trim_end()
            )
        })?;
        let errors = KeyErrors {
            file: Path::new("--config"),
            prefix: "",
            text,
            section: &[],
        };
        options = options.overlay(&parse_table(&table, &errors)?);
    }
    Ok(options)
}

/// The settings in the file at `path`, or `None` for a `pyproject.toml` without a
/// `[tool.picklefix]` table (it is not a picklefix settings file, and the search goes on).
pub fn read(path: &Path) -> Result<Option<FileOptions>> {
    let text = fs::read_to_string(path)
        .with_context(|| format!("Could not read the settings file {}", path.display()))?;
    let table: Table = text.parse().map_err(|error: toml::de::Error| {
        let at = error.span().map(|span| spans::place(&text, span));
        let message = format!("not valid TOML: {}", error.message().trim_end());
        pointed(path, at, &message)
    })?;
    let is_pyproject = path
        .file_name()
        .is_some_and(|name| name == "pyproject.toml");
    let (section, prefix, names): (_, _, &[&str]) = if is_pyproject {
        match table.get("tool").and_then(|tool| tool.get("picklefix")) {
            Some(section) => (section, "tool.picklefix.", &["tool", "picklefix"]),
            None => return Ok(None),
        }
    } else {
        (&Value::Table(table.clone()), "", &[])
    };
    let Value::Table(section) = section else {
        let at = spans::locate(&text, &["tool"], "picklefix", Part::Value);
        return Err(pointed(path, at, "`tool.picklefix` must be a table"));
    };
    let errors = KeyErrors {
        file: path,
        prefix,
        text: &text,
        section: names,
    };
    parse_table(section, &errors).map(Some)
}

/// Names the file and the key in every error, and points at the key's value (or at the key,
/// for one that is not a setting) with its line, column and a caret, as ruff does.
struct KeyErrors<'a> {
    file: &'a Path,
    prefix: &'a str,
    /// The file's text, and the path of the table the keys are in, to find them again.
    text: &'a str,
    section: &'a [&'a str],
}

impl KeyErrors<'_> {
    fn error(&self, key: &str, what: impl std::fmt::Display) -> anyhow::Error {
        self.at(key, Part::Value, what)
    }

    fn unknown(&self, key: &str, what: impl std::fmt::Display) -> anyhow::Error {
        self.at(key, Part::Key, what)
    }

    fn at(&self, key: &str, part: Part, what: impl std::fmt::Display) -> anyhow::Error {
        // `per-file-ignores."tests/*"` is found by its setting.
        let setting = key.split('.').next().unwrap_or(key);
        let at = spans::locate(self.text, self.section, setting, part);
        pointed(self.file, at, &format!("`{}{key}` {what}", self.prefix))
    }
}

/// `file:line:col: message` and the line with a caret, or `file: message` when the place is
/// unknown.
fn pointed(file: &Path, at: Option<spans::Place>, message: &str) -> anyhow::Error {
    match at {
        Some(at) => anyhow::anyhow!(
            "{}:{}:{}: {message}\n{}",
            file.display(),
            at.line,
            at.column,
            at.snippet
        ),
        None => anyhow::anyhow!("{}: {message}", file.display()),
    }
}

/// Parse a `picklefix.toml`-shaped table, for tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn tests_parse(table: &Table, file: &Path) -> Result<FileOptions> {
    let errors = KeyErrors {
        file,
        prefix: "",
        text: "",
        section: &[],
    };
    parse_table(table, &errors)
}

fn parse_table(table: &Table, errors: &KeyErrors<'_>) -> Result<FileOptions> {
    let mut options = FileOptions::default();
    for (key, value) in table {
        match key.as_str() {
            "exclude" => options.exclude = Some(strings(key, value, errors)?),
            "extend-exclude" => options.extend_exclude = strings(key, value, errors)?,
            "force-exclude" => options.force_exclude = Some(boolean(key, value, errors)?),
            "unsafe-fixes" => options.unsafe_fixes = Some(boolean(key, value, errors)?),
            "select" => options.select = Some(selectors(key, value, errors)?),
            "extend-select" => options.extend_select = selectors(key, value, errors)?,
            "ignore" => options.ignore = selectors(key, value, errors)?,
            "per-file-ignores" => options.per_file_ignores = per_file(key, value, errors)?,
            "extend-apis" => options.extend_apis = apis(key, value, errors)?,
            "line-length" => options.line_length = Some(line_length(key, value, errors)?),
            _ => {
                return Err(
                    errors.unknown(key, format!("is not a setting; the settings are {KEYS}"))
                );
            }
        }
    }
    Ok(options)
}

fn boolean(key: &str, value: &Value, errors: &KeyErrors<'_>) -> Result<bool> {
    value
        .as_bool()
        .ok_or_else(|| errors.error(key, format!("must be true or false, not {}", kind(value))))
}

/// The longest line ruff accepts is 320; black takes any positive number.
pub const MAX_LINE_LENGTH: usize = 320;

fn line_length(key: &str, value: &Value, errors: &KeyErrors<'_>) -> Result<usize> {
    value
        .as_integer()
        .and_then(|n| usize::try_from(n).ok())
        .filter(|n| (1..=MAX_LINE_LENGTH).contains(n))
        .ok_or_else(|| {
            errors.error(
                key,
                format!("must be a whole number from 1 to {MAX_LINE_LENGTH}, not {value}"),
            )
        })
}

fn strings(key: &str, value: &Value, errors: &KeyErrors<'_>) -> Result<Vec<String>> {
    let not_a_list = || {
        errors.error(
            key,
            format!("must be a list of strings, not {}", kind(value)),
        )
    };
    let items = value.as_array().ok_or_else(not_a_list)?;
    items
        .iter()
        .map(|item| item.as_str().map(str::to_string))
        .collect::<Option<Vec<String>>>()
        .ok_or_else(|| errors.error(key, "must be a list of strings; an item is not a string"))
}

fn selectors(key: &str, value: &Value, errors: &KeyErrors<'_>) -> Result<Vec<Selector>> {
    strings(key, value, errors)?
        .iter()
        .map(|text| {
            Selector::parse(text).map_err(|message| errors.error(key, format!("has an {message}")))
        })
        .collect()
}

/// A table of globs, each to a list of selectors.
fn per_file(
    key: &str,
    value: &Value,
    errors: &KeyErrors<'_>,
) -> Result<Vec<(String, Vec<Selector>)>> {
    let table = value.as_table().ok_or_else(|| {
        errors.error(
            key,
            format!(
                "must be a table of globs to lists of rules, not {}",
                kind(value)
            ),
        )
    })?;
    table
        .iter()
        .map(|(glob, rules)| {
            let entry = format!("{key}.\"{glob}\"");
            Ok((glob.clone(), selectors(&entry, rules, errors)?))
        })
        .collect()
}

fn apis(key: &str, value: &Value, errors: &KeyErrors<'_>) -> Result<Vec<UserApi>> {
    strings(key, value, errors)?
        .iter()
        .map(|spec| {
            parse_api(spec).map_err(|why| errors.error(key, format!("has a bad entry: {why}")))
        })
        .collect()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "a string",
        Value::Integer(_) => "an integer",
        Value::Float(_) => "a float",
        Value::Boolean(_) => "a boolean",
        Value::Datetime(_) => "a date",
        Value::Array(_) => "a list",
        Value::Table(_) => "a table",
    }
}

/// The settings file in `dir` that applies to it, if any: `.picklefix.toml`, then
/// `picklefix.toml`, win over a `pyproject.toml` with a `[tool.picklefix]` table, as
/// `.ruff.toml` and `ruff.toml` do for ruff. Only the files `listing` (of `dir`) may hold are
/// looked for.
pub fn find_in(dir: &Path, listing: Listing) -> Result<Option<(PathBuf, FileOptions)>> {
    for name in FILE_NAMES.into_iter().filter(|name| listing.may_hold(name)) {
        let path = dir.join(name);
        if !path.is_file() {
            continue;
        }
        if let Some(options) = read(&path)? {
            return Ok(Some((path, options)));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<FileOptions> {
        let table: Table = text.parse()?;
        let errors = KeyErrors {
            file: Path::new("pyproject.toml"),
            prefix: "tool.picklefix.",
            text,
            section: &[],
        };
        parse_table(&table, &errors)
    }

    #[test]
    fn reads_every_key() {
        let options = parse(
            "exclude = ['a']\nextend-exclude = ['b']\nforce-exclude = true\n\
             unsafe-fixes = true\nselect = ['PKL0']\nextend-select = ['PKL100']\n\
             ignore = ['lambda-callable']\n\
             extend-apis = ['mylib.pools.WorkerPool=multiprocessing.Pool']\n\
             line-length = 100\n\
             per-file-ignores = { 'tests/*' = ['PKL002'] }\n",
        )
        .unwrap();
        assert_eq!(options.exclude, Some(vec!["a".to_string()]));
        assert_eq!(options.unsafe_fixes, Some(true));
        assert!(options.select.unwrap()[0].0.contains(Rule::NestedFunction));
        assert_eq!(options.ignore[0].0, RuleSet::of([Rule::LambdaCallable]));
        assert_eq!(options.extend_apis[0].path, "mylib.pools.WorkerPool");
        assert_eq!(options.line_length, Some(100));
        let (glob, rules) = &options.per_file_ignores[0];
        assert_eq!(glob, "tests/*");
        assert_eq!(rules[0].0, RuleSet::of([Rule::LambdaCallable]));
    }

    #[test]
    fn inline_settings_replace_the_keys_they_set() {
        let file = parse("line-length = 70\nignore = ['PKL004']\nunsafe-fixes = true\n").unwrap();
        let texts = [
            "line-length = 100".to_string(),
            "ignore = ['PKL002']".to_string(),
        ];
        let inline = parse_inline(&texts).unwrap();
        let merged = file.overlay(&inline);
        assert_eq!(merged.line_length, Some(100));
        assert_eq!(merged.ignore[0].0, RuleSet::of([Rule::LambdaCallable]));
        assert_eq!(merged.unsafe_fixes, Some(true), "a key not given is kept");
        let bad = parse_inline(&["line-length 100".to_string()]).unwrap_err();
        assert!(
            bad.to_string().contains("neither a settings file nor"),
            "{bad}"
        );
    }

    #[test]
    fn errors_name_the_file_the_key_and_what_is_allowed() {
        let unknown = parse("unsafe_fixes = true\n").unwrap_err().to_string();
        assert!(
            unknown.starts_with("pyproject.toml:1:1: `tool.picklefix.unsafe_fixes` is not a"),
            "{unknown}"
        );
        assert!(
            unknown.ends_with("\n1 | unsafe_fixes = true\n  | ^^^^^^^^^^^^"),
            "{unknown}"
        );
        assert!(unknown.contains("unsafe-fixes"), "{unknown}");
        let bad = parse("unsafe-fixes = 'yes'\n").unwrap_err().to_string();
        assert!(bad.contains("must be true or false, not a string"), "{bad}");
        assert!(
            bad.starts_with("pyproject.toml:1:16: "),
            "at the value: {bad}"
        );
        let length = parse("line-length = 0\n").unwrap_err().to_string();
        assert!(length.contains("from 1 to 320, not 0"), "{length}");
        let rule = parse("select = ['E501']\n").unwrap_err().to_string();
        assert!(rule.contains("unknown rule selector `E501`"), "{rule}");
        let table = parse("per-file-ignores = ['tests/*']\n")
            .unwrap_err()
            .to_string();
        assert!(table.contains("must be a table of globs"), "{table}");
        let entry = parse("per-file-ignores = { 'tests/*' = ['E501'] }\n")
            .unwrap_err()
            .to_string();
        assert!(
            entry.contains("`tool.picklefix.per-file-ignores.\"tests/*\"` has an unknown rule"),
            "{entry}"
        );
        let api = parse("extend-apis = ['mylib.Pool.map']\n")
            .unwrap_err()
            .to_string();
        assert!(
            api.contains(
                "`tool.picklefix.extend-apis` has a bad entry: `mylib.Pool.map` has no `=`"
            ),
            "{api}"
        );
    }

    #[test]
    fn selectors_take_all_codes_prefixes_and_names() {
        assert_eq!(Selector::parse("all").unwrap().0, RuleSet::of(Rule::ALL));
        assert_eq!(
            Selector::parse("pkl1").unwrap().0,
            RuleSet::of([Rule::UnusedNoqa])
        );
        assert!(Selector::parse("P").is_err());
        assert!(Selector::parse("PKL9").is_err());
    }
}
