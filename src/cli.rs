//! The command line as the user types it: one clap struct holding the raw flags, with the help
//! text (an example for every flag). Nothing here is interpreted; `config::Command::from_args`
//! resolves these flags, settles their conflicts, and is the only reader of this struct.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::Parser;

const EXAMPLES: &str = "\
EXAMPLES:
    Report what cannot be pickled in the current directory:
        picklefix

    Show the fixes as a diff, then apply it with git:
        picklefix --diff src > lift.patch && git apply lift.patch

    Fix files in place, including fixes marked unsafe:
        picklefix --fix --unsafe-fixes src tests

    Use it as an editor filter (fixed source on stdout):
        picklefix --fix --stdin-filename jobs.py - < jobs.py

    Read a rule's documentation:
        picklefix --explain PKL002

EXIT STATUS:
    0  nothing remains to fix
    1  findings remain (or, with --diff, a diff was printed)
    2  something failed: a file could not be read, parsed or written, or the usage was wrong";

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
            or the rule that skips hidden files and directories. --exclude still applies.\n\n\
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
        long_help = "Don't print the summary line on stderr. Findings, diffs and errors are \
            still printed.\n\n\
            Example: picklefix --quiet src"
    )]
    pub quiet: bool,

    /// Parse every file, even those the prefilter proves cannot hold a finding (for checking
    /// the prefilter; the benchmark compares both runs)
    #[arg(long, hide = true)]
    pub no_prefilter: bool,
}
