//! Analysis of one parsed file: find the callables handed to process APIs that pickle cannot
//! carry, and plan the lift of each one.

use tree_sitter::Tree;

use crate::diagnostic::Diagnostic;
use crate::engine::Settings;

/// All findings in `source`, in source order, each with its fix when one can be made safely.
pub fn analyze(_tree: &Tree, _source: &str, _settings: &Settings) -> Vec<Diagnostic> {
    Vec::new()
}

/// Module names whose mention a file needs before it can hold a finding.
///
/// Why this is sound: a finding is a call that resolves, through imports, to an API of
/// `multiprocessing` (also reached as `torch.multiprocessing`), `concurrent.futures` or
/// `billiard`. Every import form (`import multiprocessing`, `from concurrent import futures`,
/// `from torch import multiprocessing`, `import billiard as b`, a string annotation) spells one
/// of these words in the file, and resolution never looks outside the file. A file that spells
/// none of them cannot contain a finding, so it is skipped without being parsed.
const PREFILTER_WORDS: [&str; 3] = ["multiprocessing", "concurrent", "billiard"];

/// Whether `source` may contain a finding; `false` means it certainly does not.
pub fn may_contain_sites(source: &[u8]) -> bool {
    PREFILTER_WORDS
        .iter()
        .any(|word| memchr::memmem::find(source, word.as_bytes()).is_some())
}
