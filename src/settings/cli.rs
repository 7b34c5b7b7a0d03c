//! The command line as the user types it: one clap struct holding the raw flags, with the help
//! text (an example for every flag). Nothing here is interpreted; `config::Command::from_args`
//! resolves these flags, settles their conflicts, and is the only reader of this struct.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

const EXAMPLES: &str = "\
EXAMPLES:
    Report what cannot be pickled in the current directory:
        picklefix

    Show the fixes as a diff, then apply it with git (--diff exits 1 when it prints one):
        picklefix --diff src > lift.patch; git apply lift.patch

    Fix files in place, including fixes marked unsafe:
        picklefix --fix --unsafe-fixes src tests

    Use it as an editor filter (fixed source on stdout):
        picklefix --fix --stdin-filename jobs.py - < jobs.py

    Review each fix before it is written:
        picklefix --interactive src

    Annotate a GitHub pull request, or upload to code scanning:
        picklefix --output-format github
        picklefix --output-format sarif > picklefix.sarif

    Read a rule's documentation:
        picklefix --explain PKL002

SETTINGS:
    [tool.picklefix] in pyproject.toml, or picklefix.toml or .picklefix.toml (which win in
    the same directory, .picklefix.toml first, as ruff's .ruff.toml),
    nearest up the tree from each file: exclude, extend-exclude, force-exclude, unsafe-fixes,
    select, extend-select, ignore, per-file-ignores, extend-apis, line-length. Flags override
    them. The line length otherwise comes from the nearest ruff, black or flake8 setting (88
    by default).

EXIT STATUS (README, \"Output\", has the details):
    0  nothing to report (with --diff: no diff was printed; with --exit-zero: anything but 2)
    1  findings remain, or a file could not be checked (a syntax error, an unreadable file);
       with --diff, a diff was printed
    2  picklefix failed: a fix could not be verified or written, or the usage or a settings
       file was wrong";

/// Find callables that multiprocessing and concurrent.futures cannot pickle (lambdas, nested
/// functions, functions defined under `if __name__ == "__main__":`) and lift them to module level.
#[derive(Debug, Parser)]
#[command(name = "picklefix", version, about, after_long_help = EXAMPLES)]
pub struct Args {
    /// Files or directories to check [default: .]
    #[arg(
        value_name = "PATH",
        long_help = "Files or directories to check [default: .]\n\n\
            Directories are walked for *.py files, respecting .gitignore and .ignore. A file \
            named here is always checked, whatever its extension or ignore status. `-` reads \
            one source from stdin.\n\n\
            Example: picklefix src scripts/run_jobs.py"
    )]
    pub paths: Vec<PathBuf>,

    /// Print the fixes as unified diffs; write nothing
    #[arg(
        long,
        long_help = "Print the fixes as unified diffs on stdout and write nothing. The diff \
            applies with `git apply` (or `patch -p1`) from the current directory.\n\n\
            Example: picklefix --diff src | less"
    )]
    pub diff: bool,

    /// Write the fixes into the files
    #[arg(
        long,
        long_help = "Write the fixes into the files, each replaced atomically, then report the \
            findings that remain. A file that changed on disk while picklefix ran is not \
            written.\n\n\
            Example: picklefix --fix src"
    )]
    pub fix: bool,

    /// Don't write fixes (cancels an earlier --fix)
    #[arg(
        long,
        overrides_with = "fix",
        long_help = "Report instead of fixing: cancels an earlier --fix on the same command \
            line (an alias or a wrapper script), as ruff's --no-fix does.\n\n\
            Example: picklefix --fix --no-fix src"
    )]
    pub no_fix: bool,

    /// Fix, and report only what was fixed
    #[arg(
        long,
        conflicts_with = "diff",
        long_help = "Write the fixes like --fix, but don't report the findings that remain, and \
            exit 0 unless something failed (or, with --exit-non-zero-on-fix, something was \
            fixed), as ruff's --fix-only does.\n\n\
            Example: picklefix --fix-only src"
    )]
    pub fix_only: bool,

    /// Also apply fixes marked unsafe
    #[arg(
        long,
        long_help = "Also apply fixes marked unsafe: they are right for the usual program but \
            may change behaviour (see each rule's --explain). Works with --fix and --diff.\n\n\
            Example: picklefix --fix --unsafe-fixes src"
    )]
    pub unsafe_fixes: bool,

    /// Declare a project's own process API (repeatable)
    #[arg(
        long = "api",
        value_name = "SPEC",
        long_help = "Declare a process-backed API of your project, so that callables handed to it \
            are checked like those handed to multiprocessing. SPEC is PATH=multiprocessing.Process, \
            PATH=multiprocessing.Pool or PATH=concurrent.futures.ProcessPoolExecutor for a \
            subclass or a factory of those, or PATH=call:SLOT:PASSING for a function that sends \
            the callable at SLOT (a position N, a keyword NAME, or N/NAME) to worker processes, \
            where PASSING says how further arguments reach it: map (called once per item), args \
            (positional arguments follow the callable), kwargs (positional and keyword arguments \
            follow it) or tuple:SLOT[:SLOT] (an argument tuple, and a keyword dict).\n\n\
            Example: picklefix --api mypkg.workers.Worker=multiprocessing.Process \
            --api mypkg.parallel.pmap=call:0/func:map src"
    )]
    pub api: Vec<String>,

    /// Don't respect .gitignore, .ignore or hidden-file rules
    #[arg(
        long,
        long_help = "Walk every file: don't respect .gitignore, .ignore, git's exclude files, \
            or the rule that skips hidden files and directories, and leave out the default \
            excludes (venv, build, ...). --exclude and excludes in settings files still apply.\n\n\
            Example: picklefix --no-ignore build/generated"
    )]
    pub no_ignore: bool,

    /// Skip paths matching a gitignore-style glob (repeatable)
    #[arg(
        long,
        value_name = "GLOB",
        long_help = "Skip files and directories matching this gitignore-style glob while \
            walking. A glob without a slash matches a name at any depth; one with a slash is \
            anchored at each PATH given. Repeat the flag for more globs. A file named on the \
            command line is checked anyway.\n\n\
            Example: picklefix --exclude 'tests/fixtures' --exclude '*_pb2.py'"
    )]
    pub exclude: Vec<String>,

    /// Skip these paths too (the same as --exclude)
    #[arg(
        long,
        value_name = "GLOB",
        long_help = "The same as --exclude, for ruff users: both add to the excludes of the \
            settings files (the defaults stay). Repeatable.\n\n\
            Example: picklefix --extend-exclude 'tests/fixtures'"
    )]
    pub extend_exclude: Vec<String>,

    /// List the files that would be checked, and exit
    #[arg(
        long,
        long_help = "Print the path of every file picklefix would check, one per line in path \
            order, after the ignore files and the excludes, and exit 0 (1 when a path could not be \
            walked).\n\n\
            Example: picklefix --show-files src"
    )]
    pub show_files: bool,

    /// Print the settings the first file is checked with, and exit
    #[arg(
        long,
        long_help = "Print the settings that apply to the first file picklefix would check \
            (in path order): the settings file they come from, the rules checked there (after \
            per-file-ignores), unsafe-fixes, force-exclude and the line length, and exit 0. Name \
            one file to see its settings.\n\n\
            Example: picklefix --show-settings src/jobs.py"
    )]
    pub show_settings: bool,

    /// The file name to report for source read from stdin
    #[arg(
        long,
        value_name = "NAME",
        long_help = "The file name to show in diagnostics and diff headers for the source read \
            from stdin. Implies `-` when no PATH is given.\n\n\
            Example: picklefix --diff --stdin-filename jobs.py < jobs.py"
    )]
    pub stdin_filename: Option<String>,

    /// Print a rule's documentation and exit
    #[arg(
        long,
        value_name = "CODE",
        long_help = "Print a rule's documentation (what it finds, why it breaks, the fix and \
            its safety) and exit. Takes a code or a rule name.\n\n\
            Example: picklefix --explain PKL003"
    )]
    pub explain: Option<String>,

    /// Number of threads to check files with [default: all cores]
    #[arg(
        long,
        value_name = "N",
        long_help = "Number of threads to check files with [default: all cores]. Output is in \
            path order whatever the number.\n\n\
            Example: picklefix --threads 1 src"
    )]
    pub threads: Option<NonZeroUsize>,

    /// Don't print the summary line
    #[arg(
        long,
        short,
        long_help = "Don't print the summary line. Findings, diffs and errors are still \
            printed.\n\n\
            Example: picklefix --quiet src"
    )]
    pub quiet: bool,

    /// Lift the lambda or nested function that starts at this position to module level
    #[arg(
        long,
        value_name = "FILE:LINE[:COL]",
        long_help = "Lift the lambda or nested function that starts at this position (line and \
            column 1-based; without a column, the one lambda or def starting on the line) to \
            module level, whether or not it is handed to a process API: what it captures \
            becomes parameters, and every call and use of it passes them. Works with --diff and \
            --fix like a finding's fix; without them it reports what the lift would do, or why \
            it is refused.\n\n\
            Example: picklefix --diff --lift src/jobs.py:12:9"
    )]
    pub lift: Option<String>,

    /// Lift every lambda and nested function of every file, one at a time, and print each
    /// result as a JSON line (for bench/stress.sh)
    #[arg(long, hide = true, conflicts_with_all = ["diff", "fix", "lift"])]
    pub stress_lift_all: bool,

    /// Parse every file, even those the prefilter proves cannot hold a finding (for checking
    /// the prefilter; the benchmark compares both runs)
    #[arg(long, hide = true)]
    pub no_prefilter: bool,

    /// Print each named file's scopes as the semantic model sees them, one JSON line per file,
    /// and nothing else (for `bench/scopes.sh`, which compares them with CPython's `symtable`)
    #[arg(long, hide = true)]
    pub dump_scopes: bool,

    /// Review each fix as a diff and choose which to write
    #[arg(
        long,
        conflicts_with_all = ["diff", "fix"],
        long_help = "Show each fix as a coloured diff and ask: accept (y), skip (n), accept all \
            the rest (a) or quit (q), one answer per line on stdin. Only the accepted fixes are \
            written, each file verified first. A fix shared by several findings (one lifted \
            function) is offered once.\n\n\
            Example: picklefix --interactive src"
    )]
    pub interactive: bool,

    /// Report, in the given format
    #[arg(
        long,
        value_enum,
        value_name = "FORMAT",
        default_value_t = OutputFormat::Text,
        help_heading = "Output",
        long_help = "How findings are printed on stdout: text (path:line:col: CODE message, \
            with the source line under it on a terminal), concise (text without the source \
            line, whatever stdout is), full (text with it and each fix as a diff under help:), json (one object with the findings, \
            problems and summary), github (workflow annotations) or sarif (2.1.0, for code \
            scanning).\n\n\
            Example: picklefix --output-format json src | jq '.findings[].code'"
    )]
    pub output_format: OutputFormat,

    /// Write what would go to stdout into this file
    #[arg(
        long,
        value_name = "PATH",
        help_heading = "Output",
        long_help = "Write what picklefix would print on stdout (diagnostics and summary, a diff, \
            or a json or sarif document) into this file instead, as ruff's --output-file does; \
            stderr is unchanged.\n\n\
            Example: picklefix --output-format sarif --output-file picklefix.sarif src"
    )]
    pub output_file: Option<PathBuf>,

    /// Show the source line and a caret under each finding
    #[arg(
        long,
        overrides_with = "no_show_source",
        help_heading = "Output",
        long_help = "Show the source line and a caret under each finding in the text format. \
            This is the default when stdout is a terminal; --no-show-source turns it off.\n\n\
            Example: picklefix --show-source src | less -R"
    )]
    pub show_source: bool,

    /// Don't show the source line under each finding
    #[arg(long, overrides_with = "show_source", hide = true)]
    pub no_show_source: bool,

    /// Count the findings per rule instead of listing them
    #[arg(
        long,
        help_heading = "Output",
        long_help = "Print how many findings each rule has (and how many are fixable) instead \
            of each finding. With --output-format json, a JSON list.\n\n\
            Example: picklefix --statistics src"
    )]
    pub statistics: bool,

    /// List the fixes applied (or shown), per file and rule
    #[arg(
        long,
        help_heading = "Output",
        long_help = "After --fix or --diff, list what was fixed in each file, by rule (beside \
            the summary).\n\n\
            Example: picklefix --fix --show-fixes src"
    )]
    pub show_fixes: bool,

    /// List the process APIs inferred from the files of the run
    #[arg(
        long,
        help_heading = "Output",
        long_help = "After the run, beside the summary (stdout in text mode), list the project's own functions and methods \
            that hand a callable to a process API (a wrapper such as `def parmap(fn, xs): \
            return pool.map(fn, xs)`), and the factories, context managers, attributes and \
            module-level names that give a pool, per file: where each is defined, which \
            parameter takes the callable, and what it hands it to. A lambda passed to one of \
            them, in its own file or in any file of the run that imports it, is reported like \
            one passed to the API itself. Declare wrappers outside the run (installed \
            packages) with --api.\n\n\
            Example: picklefix --show-apis src"
    )]
    pub show_apis: bool,

    /// Exit with 1 when anything was fixed
    #[arg(
        long,
        long_help = "With --fix, exit with status 1 when any fix was written, even if nothing \
            remains, so a pre-commit hook or CI job notices that files changed.\n\n\
            Example: picklefix --fix --exit-non-zero-on-fix src"
    )]
    pub exit_non_zero_on_fix: bool,

    /// Exit 0 even when findings remain
    #[arg(
        long,
        long_help = "Exit with status 0 when findings remain or a file could not be checked, \
            as ruff's --exit-zero does; picklefix failing still exits 2.\n\n\
            Example: picklefix --exit-zero --output-format sarif > picklefix.sarif"
    )]
    pub exit_zero: bool,

    /// Use this settings file for every file, or override one setting (KEY = VALUE)
    #[arg(
        long,
        value_name = "PATH|KEY=VALUE",
        help_heading = "Settings",
        long_help = "Read settings from this file (a pyproject.toml with [tool.picklefix], or a \
            picklefix.toml) for every file, instead of the nearest one up the tree from each \
            file. Or, as ruff's --config does, give one setting as TOML (KEY = VALUE, with the \
            keys of a picklefix.toml), which wins over every settings file; repeatable, with \
            at most one PATH.\n\n\
            Example: picklefix --config ci/picklefix.toml --config 'line-length = 100' src"
    )]
    pub config: Vec<String>,

    /// Ignore every settings file
    #[arg(
        long,
        help_heading = "Settings",
        long_help = "Ignore every settings file: use the defaults and the flags only.\n\n\
            Example: picklefix --isolated src"
    )]
    pub isolated: bool,

    /// Check only these rules (comma-separated codes, prefixes, names or ALL)
    #[arg(
        long,
        value_name = "RULES",
        value_delimiter = ',',
        help_heading = "Settings",
        long_help = "Check only these rules, replacing `select` from the settings files: codes \
            (PKL002), prefixes (PKL0), rule names (lambda-callable) or ALL, comma-separated.\n\n\
            Example: picklefix --select PKL001,PKL003 src"
    )]
    pub select: Option<Vec<String>>,

    /// Check these rules as well
    #[arg(
        long,
        value_name = "RULES",
        value_delimiter = ',',
        help_heading = "Settings",
        long_help = "Check these rules on top of the selected ones.\n\n\
            Example: picklefix --extend-select PKL100 src"
    )]
    pub extend_select: Vec<String>,

    /// Don't check these rules
    #[arg(
        long,
        value_name = "RULES",
        value_delimiter = ',',
        help_heading = "Settings",
        long_help = "Don't check these rules (on top of `ignore` in the settings files). Their \
            findings are neither reported nor fixed.\n\n\
            Example: picklefix --ignore PKL001 src"
    )]
    pub ignore: Vec<String>,

    /// Don't apply unsafe fixes, whatever the settings files say
    #[arg(
        long,
        overrides_with = "unsafe_fixes",
        help_heading = "Settings",
        long_help = "Don't apply fixes marked unsafe, even when a settings file sets \
            unsafe-fixes = true.\n\n\
            Example: picklefix --fix --no-unsafe-fixes src"
    )]
    pub no_unsafe_fixes: bool,

    /// Exclude files named on the command line too
    #[arg(
        long,
        help_heading = "Settings",
        long_help = "Apply the excludes of the settings files to files named on the command \
            line too, as pre-commit names every file. Without it, a file you name is always \
            checked.\n\n\
            Example: picklefix --force-exclude src/app.py build/gen.py"
    )]
    pub force_exclude: bool,

    /// Report suppression comments that suppress nothing (PKL100)
    #[arg(
        long,
        help_heading = "Settings",
        long_help = "Report `# noqa: PKL...` codes and `# picklefix: ignore` comments that \
            match no finding, as PKL100 (unused-noqa). The same as --extend-select PKL100.\n\n\
            Example: picklefix --report-unused-noqa src"
    )]
    pub report_unused_noqa: bool,
}

/// How findings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// `path:line:col: CODE message`, with the source line on a terminal.
    Text,
    /// `text` without the source lines.
    Concise,
    /// `text` with the source lines and each fix under `help:`.
    Full,
    /// One JSON object: findings, problems and the summary.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
}
