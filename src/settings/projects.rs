//! Which settings apply to each file: the nearest settings file up the tree from the file
//! (`picklefix.toml`, else a `pyproject.toml` with `[tool.picklefix]`), so that one run over
//! several repositories honours each one's own settings, as ruff does. `--config PATH` uses one
//! file for every file; `--isolated` uses none. Flags on the command line win over files.
//!
//! A `Settings` is what one settings file resolves to: the rules selected, whether
//! unsafe fixes apply, and the exclude globs compiled and anchored at the file's directory.
//! Directories are looked up once each and remembered, so a large tree reads each settings
//! file once.
//!
//! The line length is found on its own, since it usually lives in another tool's settings:
//! the nearest directory up the tree whose files set one (picklefix's `line-length`, ruff's,
//! black's, flake8's or pycodestyle's; see `line_length`) gives it, 88 when none does. A
//! `line-length` in the `--config` file holds for every file; `--isolated` uses 88.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::core::analysis::UserApi;
use crate::core::options::{DEFAULT_LINE_LENGTH, ImportStyle, Options};
use crate::core::rules::RuleSet;
use crate::settings::exclude_globs::ExcludeGlobs;
use crate::settings::listing::Listing;
use crate::settings::per_file_ignores::{self, PerFileIgnore};
use crate::settings::settings_file::{self, FileOptions, Selector};
use crate::settings::{import_style, line_length};

/// Paths skipped while walking unless `exclude` replaces them: ruff's defaults, the places
/// where other people's code (virtual environments, builds, caches) lives.
pub const DEFAULT_EXCLUDES: [&str; 20] = [
    ".bzr",
    ".direnv",
    ".eggs",
    ".git",
    ".hg",
    ".mypy_cache",
    ".nox",
    ".pants.d",
    ".ruff_cache",
    ".svn",
    ".tox",
    ".venv",
    "__pypackages__",
    "_build",
    "buck-out",
    "build",
    "dist",
    "node_modules",
    "site-packages",
    "venv",
];

/// Where settings come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Discovery {
    /// The nearest settings file up the tree from each file.
    Nearest,
    /// This file for every file (`--config`).
    File(PathBuf),
    /// No file at all (`--isolated`).
    Isolated,
}

/// Settings given on the command line; each overrides the files when set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    pub unsafe_fixes: Option<bool>,
    pub force_exclude: Option<bool>,
    pub select: Option<Vec<Selector>>,
    pub extend_select: Vec<Selector>,
    pub ignore: Vec<Selector>,
    /// Process APIs declared with `--api`, added to each file's `extend-apis`.
    pub apis: Vec<UserApi>,
    /// Leave out `DEFAULT_EXCLUDES` (`--no-ignore`: walk every file); excludes written in
    /// settings files still apply.
    pub no_default_excludes: bool,
    /// `--config KEY=VALUE` settings, put over each settings file's (or the defaults).
    pub inline: FileOptions,
}

/// The resolved settings of one settings file (or of none).
#[derive(Clone, Debug)]
pub struct Settings {
    /// The settings file, or `None` for the defaults.
    pub file: Option<PathBuf>,
    /// What the core needs: the rules checked, unsafe fixes, user APIs, the line length.
    pub options: Options,
    /// `per-file-ignores`, anchored at the settings file's directory (see `select_for`).
    per_file_ignores: Vec<PerFileIgnore>,
    /// `exclude` and `extend-exclude`, anchored at the settings file's directory.
    excludes: ExcludeGlobs,
    /// Apply the excludes to files named on the command line too.
    pub force_exclude: bool,
    /// The settings file sets `line-length` itself.
    pinned_line_length: bool,
}

impl Settings {
    fn new(
        file: Option<PathBuf>,
        dir: &Path,
        options: FileOptions,
        cli: &Overrides,
    ) -> Result<Settings> {
        let options = options.overlay(&cli.inline);
        let mut select = match cli.select.as_ref().or(options.select.as_ref()) {
            Some(selectors) => union(selectors),
            None => RuleSet::default(),
        };
        for rule in union(options.extend_select.iter().chain(&cli.extend_select)).iter() {
            select = select.with(rule);
        }
        for rule in union(options.ignore.iter().chain(&cli.ignore)).iter() {
            select = select.without(rule);
        }
        let unsafe_fixes = cli.unsafe_fixes.or(options.unsafe_fixes).unwrap_or(false);
        let named = file.as_deref().unwrap_or(dir).display().to_string();
        let per_file_ignores = per_file_ignores::compile(&options.per_file_ignores, dir)
            .map_err(|why| anyhow::anyhow!("{named}: per-file-ignores: {why}"))?;
        Ok(Settings {
            per_file_ignores,
            excludes: excludes(file.as_deref(), dir, &options, cli.no_default_excludes)?,
            force_exclude: cli.force_exclude.or(options.force_exclude).unwrap_or(false),
            options: Options {
                unsafe_fixes,
                apis: std::sync::Arc::new(crate::core::analysis::Apis::new(
                    [options.extend_apis, cli.apis.clone()].concat(),
                )),
                line_length: options.line_length.unwrap_or(DEFAULT_LINE_LENGTH),
                pragmas_uncounted: false,
                imports: ImportStyle::default(),
                select,
                package: None,
                module: None,
                handed_pools: Vec::new(),
                dunder_main: false,
                exports: true,
                private_lifts: false,
                attribute_writes: std::sync::Arc::default(),
                module_constants: std::sync::Arc::default(),
                module_kept: std::sync::Arc::default(),
            },
            pinned_line_length: options.line_length.is_some(),
            file,
        })
    }

    /// The rules checked in the file at `absolute` (normalized): the selection less what
    /// `per-file-ignores` switches off there.
    pub fn select_for(&self, absolute: &Path) -> RuleSet {
        if self.per_file_ignores.is_empty() {
            return self.options.select;
        }
        let ignored = per_file_ignores::ignored(&self.per_file_ignores, absolute);
        ignored
            .iter()
            .fold(self.options.select, |select, rule| select.without(rule))
    }

    /// Whether `path` (absolute) is excluded by this project's globs, looking at it and its
    /// directories up to `stop` (the root the user named, which is never excluded itself: they
    /// asked for it), or all of them when there is no stop.
    pub fn excludes(&self, path: &Path, stop: Option<&Path>) -> bool {
        self.excludes_name(path, stop)
            || path
                .parent()
                .is_some_and(|dir| self.excludes_dir(dir, stop))
    }

    /// The part of `excludes` about the file itself, not its directories. A file that is
    /// itself the `stop` is a file the user named, so it is kept (unless `force-exclude` took
    /// the stop away), as ruff keeps it.
    pub fn excludes_name(&self, path: &Path, stop: Option<&Path>) -> bool {
        // The globs first: planning asks this of every file and few match, while `starts_with`
        // compares the paths component by component (over the 26,428 files of the benchmark
        // corpus this function took 72 M instructions in the other order, 11 M in this one).
        self.glob_matches(path, false)
            && stop.is_none_or(|stop| path != stop && path.starts_with(stop))
    }

    /// Whether directory `dir` (absolute) or one of its parents up to `stop` is excluded: the
    /// part of `excludes` that the files of one directory share.
    pub fn excludes_dir(&self, dir: &Path, stop: Option<&Path>) -> bool {
        let mut current = Some(dir);
        while let Some(at) = current {
            if let Some(stop) = stop
                && (at == stop || !at.starts_with(stop))
            {
                return false;
            }
            if self.glob_matches(at, true) {
                return true;
            }
            current = at.parent();
        }
        false
    }

    /// `excludes_dir`, with each directory's verdict kept in `known`, so that a run walks up
    /// from each directory only until it meets one it has judged (its parents' verdicts are
    /// its own unless its own name matches). `known` must hold only verdicts of this project
    /// with this `stop`.
    pub fn excludes_dir_known(
        &self,
        dir: &Path,
        stop: Option<&Path>,
        known: &mut FxHashMap<PathBuf, bool>,
    ) -> bool {
        if let Some(excluded) = known.get(dir) {
            return *excluded;
        }
        let excluded = match stop {
            Some(stop) if dir == stop || !dir.starts_with(stop) => false,
            _ => {
                self.glob_matches(dir, true)
                    || dir
                        .parent()
                        .is_some_and(|parent| self.excludes_dir_known(parent, stop, known))
            }
        };
        known.insert(dir.to_path_buf(), excluded);
        excluded
    }

    fn glob_matches(&self, path: &Path, is_dir: bool) -> bool {
        self.excludes.matches(path, is_dir)
    }
}

fn union<'a>(selectors: impl IntoIterator<Item = &'a Selector>) -> RuleSet {
    let rules = selectors.into_iter().flat_map(|selector| selector.0.iter());
    RuleSet::of(rules)
}

fn excludes(
    file: Option<&Path>,
    dir: &Path,
    options: &FileOptions,
    no_defaults: bool,
) -> Result<ExcludeGlobs> {
    let defaults = match no_defaults {
        true => Vec::new(),
        false => DEFAULT_EXCLUDES
            .iter()
            .map(|glob| glob.to_string())
            .collect(),
    };
    let globs = options.exclude.clone().unwrap_or(defaults);
    let named = file.map_or_else(
        || "the default excludes".into(),
        |f| f.display().to_string(),
    );
    ExcludeGlobs::new(dir, globs.iter().chain(&options.extend_exclude), &named)
}

/// Finds and remembers the project of each directory.
pub struct Resolver {
    discovery: Discovery,
    overrides: Overrides,
    cwd: PathBuf,
    /// The project of each directory looked up, `None` when no settings file is above it.
    /// The maps keyed by path hash with FxHash: `Path`'s hash writes each component to the
    /// hasher, and SipHash made a lookup some 1,400 instructions (planning looks up every
    /// directory of a tree and its parents).
    by_dir: FxHashMap<PathBuf, Option<Arc<Settings>>>,
    /// The project of files with no settings file (or of every file, with `--config` or
    /// `--isolated`).
    fallback: Arc<Settings>,
    /// The line length that applies in each directory looked up, when one is set.
    lengths: FxHashMap<PathBuf, Option<usize>>,
    /// The import sorter's style that applies in each directory looked up, when one is set.
    import_styles: FxHashMap<PathBuf, Option<ImportStyle>>,
    /// Whether the project of each directory looked up formats with ruff, when it says
    /// (`line_length::ruff_formats_in_dir`).
    ruff_formats: FxHashMap<PathBuf, Option<bool>>,
    /// Projects with the line length or import style of a directory other than their own, by
    /// the address of the project they copy (kept alive in `by_dir` or `fallback`), the
    /// length and the style.
    variants: HashMap<(usize, usize, ImportStyle, bool), Arc<Settings>>,
    /// The settings files each directory looked up may hold, listed once for both lookups.
    listings: FxHashMap<PathBuf, Listing>,
}

impl Resolver {
    pub fn new(discovery: Discovery, overrides: Overrides) -> Result<Resolver> {
        let cwd = std::env::current_dir().context("Could not find the current directory")?;
        let fallback = match &discovery {
            Discovery::File(path) => {
                let options = settings_file::read(path)?.unwrap_or_default();
                let path = normalize(&cwd.join(path));
                let dir = path.parent().unwrap_or(&cwd).to_path_buf();
                Settings::new(Some(path), &dir, options, &overrides)?
            }
            Discovery::Nearest | Discovery::Isolated => {
                Settings::new(None, &cwd, FileOptions::default(), &overrides)?
            }
        };
        Ok(Resolver {
            discovery,
            overrides,
            by_dir: FxHashMap::default(),
            fallback: Arc::new(fallback),
            cwd,
            lengths: FxHashMap::default(),
            import_styles: FxHashMap::default(),
            ruff_formats: FxHashMap::default(),
            variants: HashMap::new(),
            listings: FxHashMap::default(),
        })
    }

    /// The absolute form of `path`, as exclusion and discovery see it.
    pub fn absolute(&self, path: &Path) -> PathBuf {
        normalize(&self.cwd.join(path))
    }

    /// The project that `path` (a file, relative to the current directory or absolute) is in.
    pub fn project_of(&mut self, path: &Path) -> Result<Arc<Settings>> {
        let absolute = self.absolute(path);
        let dir = absolute.parent().unwrap_or(&self.cwd).to_path_buf();
        let project = match self.discovery {
            Discovery::Nearest => self
                .project_of_dir(&dir)?
                .unwrap_or_else(|| self.fallback.clone()),
            Discovery::File(_) => self.fallback.clone(),
            Discovery::Isolated => return Ok(self.fallback.clone()),
        };
        let imports = self.import_style_of_dir(&dir).unwrap_or_default();
        // `--config 'line-length = N'` wins over every file's, as it does over other keys.
        let length = match self.overrides.inline.line_length {
            _ if project.pinned_line_length && self.discovery != Discovery::Nearest => {
                project.options.line_length
            }
            Some(length) => length,
            None => self.line_length_of_dir(&dir).unwrap_or(DEFAULT_LINE_LENGTH),
        };
        let pragmas_uncounted = self.ruff_formats_of_dir(&dir).unwrap_or(false);
        Ok(self.with_style(project, length, imports, pragmas_uncounted))
    }

    /// `project`, or a copy of it with `length` as its line length, `imports` as its import
    /// style and `pragmas_uncounted` as the formatter's way with pragma comments.
    fn with_style(
        &mut self,
        project: Arc<Settings>,
        length: usize,
        imports: ImportStyle,
        pragmas_uncounted: bool,
    ) -> Arc<Settings> {
        let options = &project.options;
        if options.line_length == length
            && options.imports == imports
            && options.pragmas_uncounted == pragmas_uncounted
        {
            return project;
        }
        let key = (
            Arc::as_ptr(&project) as usize,
            length,
            imports.clone(),
            pragmas_uncounted,
        );
        self.variants
            .entry(key)
            .or_insert_with(|| {
                let mut copy = Settings::clone(&project);
                copy.options.line_length = length;
                copy.options.imports = imports;
                copy.options.pragmas_uncounted = pragmas_uncounted;
                Arc::new(copy)
            })
            .clone()
    }

    /// Whether the project nearest to `dir` formats with ruff, looking up the tree.
    fn ruff_formats_of_dir(&mut self, dir: &Path) -> Option<bool> {
        if let Some(known) = self.ruff_formats.get(dir) {
            return *known;
        }
        let found = match line_length::ruff_formats_in_dir(dir, self.listing(dir)) {
            Some(formats) => Some(formats),
            None => dir
                .parent()
                .and_then(|parent| self.ruff_formats_of_dir(parent)),
        };
        self.ruff_formats.insert(dir.to_path_buf(), found);
        found
    }

    /// The import sorter's style set nearest to `dir`, looking up the tree.
    fn import_style_of_dir(&mut self, dir: &Path) -> Option<ImportStyle> {
        if let Some(known) = self.import_styles.get(dir) {
            return known.clone();
        }
        let found = match import_style::in_dir(dir, self.listing(dir)) {
            Some(style) => Some(style),
            None => dir
                .parent()
                .and_then(|parent| self.import_style_of_dir(parent)),
        };
        self.import_styles.insert(dir.to_path_buf(), found.clone());
        found
    }

    /// The line length set nearest to `dir`, looking up the tree.
    fn line_length_of_dir(&mut self, dir: &Path) -> Option<usize> {
        if let Some(known) = self.lengths.get(dir) {
            return *known;
        }
        let found = match line_length::in_dir(dir, self.listing(dir)) {
            Some((_, length)) => Some(length),
            None => dir
                .parent()
                .and_then(|parent| self.line_length_of_dir(parent)),
        };
        self.lengths.insert(dir.to_path_buf(), found);
        found
    }

    /// List ahead, on the current rayon pool, the directories that finding the projects and
    /// line lengths of files in `dirs` reads: each of them and the folders above it. The
    /// lookups then find every listing made (a few more than they need: the folders above a
    /// project's root), instead of reading them one by one on the thread that plans the run,
    /// where the listings were half of planning.
    pub fn list_ahead(&mut self, dirs: &[&Path]) {
        if self.discovery != Discovery::Nearest {
            return;
        }
        let mut wanted: FxHashSet<PathBuf> = FxHashSet::default();
        wanted.reserve(dirs.len());
        for dir in dirs {
            for folder in self.absolute(dir).ancestors() {
                if self.listings.contains_key(folder) || !wanted.insert(folder.to_path_buf()) {
                    break;
                }
            }
        }
        let listed: Vec<(PathBuf, Listing)> = wanted
            .into_par_iter()
            .map(|dir| {
                let listing = Listing::of(&dir);
                (dir, listing)
            })
            .collect();
        self.listings.extend(listed);
    }

    /// The settings files `dir` may hold (see `listing`).
    fn listing(&mut self, dir: &Path) -> Listing {
        *self
            .listings
            .entry(dir.to_path_buf())
            .or_insert_with(|| Listing::of(dir))
    }

    fn project_of_dir(&mut self, dir: &Path) -> Result<Option<Arc<Settings>>> {
        if let Some(known) = self.by_dir.get(dir) {
            return Ok(known.clone());
        }
        let found = match settings_file::find_in(dir, self.listing(dir))? {
            Some((file, options)) => Some(Arc::new(Settings::new(
                Some(file),
                dir,
                options,
                &self.overrides,
            )?)),
            None => match dir.parent() {
                Some(parent) => self.project_of_dir(parent)?,
                None => None,
            },
        };
        self.by_dir.insert(dir.to_path_buf(), found.clone());
        Ok(found)
    }
}

/// `path` with `.` and `..` resolved without touching the disk, so that ancestors are real
/// directories and a symbolic link stays where the user sees it.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::Rule;

    fn project(toml: &str, cli: &Overrides) -> Settings {
        let table: toml::Table = toml.parse().unwrap();
        let path = Path::new("/p/picklefix.toml");
        let options = crate::settings::settings_file::tests_parse(&table, path).unwrap();
        Settings::new(Some(path.into()), Path::new("/p"), options, cli).unwrap()
    }

    #[test]
    fn the_command_line_wins_over_the_file() {
        let file = "unsafe-fixes = true\nignore = ['PKL002']\n";
        assert!(project(file, &Overrides::default()).options.unsafe_fixes);
        let cli = Overrides {
            unsafe_fixes: Some(false),
            extend_select: vec![Selector(RuleSet::of([Rule::UnusedNoqa]))],
            ..Overrides::default()
        };
        let resolved = project(file, &cli);
        assert!(!resolved.options.unsafe_fixes);
        assert!(resolved.options.select.contains(Rule::UnusedNoqa));
        assert!(!resolved.options.select.contains(Rule::LambdaCallable));
    }

    #[test]
    fn excludes_replace_or_extend_the_defaults() {
        let all = None;
        let defaults = project("", &Overrides::default());
        assert!(defaults.excludes(Path::new("/p/venv/lib/a.py"), all));
        assert!(defaults.excludes(Path::new("/elsewhere/build/a.py"), all));
        assert!(!defaults.excludes(Path::new("/p/src/a.py"), all));
        let extended = project("extend-exclude = ['src/gen']\n", &Overrides::default());
        assert!(extended.excludes(Path::new("/p/src/gen/a.py"), all));
        assert!(!extended.excludes(Path::new("/q/src/gen/a.py"), all));
        let replaced = project("exclude = ['*_pb2.py']\n", &Overrides::default());
        assert!(!replaced.excludes(Path::new("/p/venv/a.py"), all));
        assert!(replaced.excludes(Path::new("/p/x/msg_pb2.py"), all));
    }

    #[test]
    fn known_directory_verdicts_agree_with_walking_up() {
        let extended = project("extend-exclude = ['src/gen']\n", &Overrides::default());
        let dirs = [
            "/p/src/gen/deep/er",
            "/p/src/gen",
            "/p/src",
            "/p/venv/lib",
            "/p/venv",
            "/p/build/x",
            "/p/build",
            "/p",
            "/q/src/gen",
            "/",
            "/elsewhere/build/a",
        ];
        for stop in [None, Some(Path::new("/p")), Some(Path::new("/p/build"))] {
            let mut known = FxHashMap::default();
            // Twice: the second pass answers from what the first one kept.
            for dir in dirs.iter().chain(&dirs).map(Path::new) {
                assert_eq!(
                    extended.excludes_dir_known(dir, stop, &mut known),
                    extended.excludes_dir(dir, stop),
                    "{dir:?} {stop:?}"
                );
            }
        }
    }

    #[test]
    fn the_root_the_user_named_is_never_excluded() {
        let defaults = project("", &Overrides::default());
        let root = Some(Path::new("/p/build"));
        assert!(!defaults.excludes(Path::new("/p/build/a.py"), root));
        assert!(defaults.excludes(Path::new("/p/build/venv/a.py"), root));
        let file = Path::new("/p/build/a.py");
        assert!(!defaults.excludes(file, Some(file)));
        let by_name = project("extend-exclude = ['a.py']\n", &Overrides::default());
        assert!(!by_name.excludes(file, Some(file)), "a named file is kept");
        assert!(
            by_name.excludes(file, Some(Path::new("/p"))),
            "a walked one is not"
        );
        assert!(
            by_name.excludes(file, None),
            "force-exclude takes the stop away"
        );
    }

    #[test]
    fn normalizing_resolves_dots() {
        assert_eq!(normalize(Path::new("/a/./b/../c.py")), Path::new("/a/c.py"));
    }
}
