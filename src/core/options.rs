//! The core's options: the plain data that the analysis, the fix loop and verification take
//! from a run's settings (the line length, unsafe fixes, the rules selected, the user's
//! process APIs) and, per file, the package it is in. The settings
//! layer builds them; nothing here knows where they came from.

use crate::core::analysis;
use crate::core::fix::Fix;
use crate::core::rules::RuleSet;

/// What the core needs to know of a run's settings: what the analysis reports and which fixes
/// are applied. Plain data, built by the settings layer, so that the core never reads flags or
/// settings files.
#[derive(Clone, Debug)]
pub struct Options {
    /// Apply fixes marked unsafe as well as safe ones.
    pub unsafe_fixes: bool,
    /// Process APIs the user declared, beyond the built-in table, and those a run infers:
    /// shared, as every file of a run is analysed with its own copy of the options.
    pub apis: std::sync::Arc<analysis::Apis>,
    /// The longest line a fix may write, in characters (the project's formatter setting).
    pub line_length: usize,
    /// The project formats with ruff (`[tool.ruff.format]`), which leaves a trailing pragma
    /// comment (`# noqa: E731`, `# pylint: disable=...`) out of a line's width; black
    /// counts it.
    pub pragmas_uncounted: bool,
    /// How the project's import sorter places a new import (its settings).
    pub imports: ImportStyle,
    /// The rules checked (selected, extended and ignored in the settings).
    pub select: RuleSet,
    /// The dotted package the file is in (`pkg.sub` for `pkg/sub/jobs.py`), against which
    /// its relative imports resolve; `None` when unknown. The run layer reads the folders;
    /// the core never does.
    pub package: Option<String>,
    /// The file's own dotted module name (`pkg.sub.jobs`), so that an API declared in it
    /// (`pkg.sub.jobs.Runner._map`) is known where it is defined; `None` when unknown.
    pub module: Option<String>,
    /// Parameters of this file's functions that another file of the run passes a process
    /// pool to (`analysis::handed`), assumed to hold one; empty on a first look.
    pub handed_pools: Vec<analysis::HandedPool>,
    /// The file is a `__main__.py`: run as `python -m pkg` (or `python dir`), it is the main
    /// module under the name `pkg.__main__`, which a worker started by spawn or forkserver
    /// never imports (multiprocessing skips such a module), so nothing lifted in it is found.
    pub dunder_main: bool,
    /// Whether the run may use what the file offers other files (`analysis::exports`: the
    /// wrappers and factories it defines), which the first look works out. Off when no other
    /// file can use them (a run of one file that writes nothing, stdin): the wrappers are then
    /// worked out only when the file passes a pool to an imported function (see
    /// `analysis::analyze_with`).
    pub exports: bool,
    /// Another file of the run star-imports this one (`from .batch import *`), which has no
    /// `__all__`: a function lifted to module level takes a private name (`_load` for a nested
    /// `load`), which the star import leaves out, rather than one it would bind over the
    /// importer's own (`run::stars`).
    pub private_lifts: bool,
    /// The attribute names the run's files assign on another object (`par.USE_THREADS =
    /// False` in `pkg/__init__.py`), which the screen notes in every file: a module constant
    /// or class attribute of this file that another file may set is not judged by its literal.
    pub attribute_writes: std::sync::Arc<crate::core::attribute_writes::AttributeWrites>,
    /// The literals of other modules' names the run found (`core::module_constants`).
    pub module_constants: std::sync::Arc<crate::core::module_constants::ModuleConstants>,
    /// What other modules' classes and functions give that pickle refuses, as the run found
    /// (`core::module_kept`).
    pub module_kept: std::sync::Arc<crate::core::module_kept::ModuleKept>,
}

/// How the project's import sorter (isort, or ruff's `I` rules) orders a section and spaces
/// the block, where it differs from the defaults in a way that moves a new import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ImportStyle {
    /// `import x` and `from x import y` sorted together by module name
    /// (`force-sort-within-sections`), not every `import` first.
    pub sort_within_sections: bool,
    /// Every `from x import y` before the plain imports of its section (`from-first`).
    pub from_first: bool,
    /// The blank lines after the import block (`lines-after-imports`); `None` for the
    /// sorters' own: two before a `def` or `class`, one before anything else.
    pub lines_after_imports: Option<usize>,
    /// Shorter module names first (`length-sort`), then alphabetically.
    pub length_sort: bool,
    /// Only `import x` statements by length (`length-sort-straight`).
    pub length_sort_straight: bool,
    /// Modules sorted first in their section (`force-to-top`, isort's `force_to_top`).
    pub force_to_top: Vec<String>,
    /// One name per `from` import (`force-single-line`, isort's `force_single_line`, also set
    /// by its `google` and `open_stack` profiles).
    pub force_single_line: bool,
}

/// black's and ruff's default line length.
pub const DEFAULT_LINE_LENGTH: usize = 88;

impl Default for Options {
    fn default() -> Self {
        Options {
            unsafe_fixes: false,
            apis: std::sync::Arc::default(),
            line_length: DEFAULT_LINE_LENGTH,
            pragmas_uncounted: false,
            imports: ImportStyle::default(),
            select: RuleSet::default(),
            package: None,
            module: None,
            handed_pools: Vec::new(),
            dunder_main: false,
            exports: true,
            private_lifts: false,
            attribute_writes: std::sync::Arc::default(),
            module_constants: std::sync::Arc::default(),
            module_kept: std::sync::Arc::default(),
        }
    }
}

impl Options {
    /// Whether `fix` is applied under these options (what each applicability means is
    /// `Applicability::applies`).
    pub fn applies(&self, fix: &Fix) -> bool {
        fix.applies(self.unsafe_fixes)
    }
}
