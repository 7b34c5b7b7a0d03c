//! Files nested too deeply to analyse: telling them apart from files with nothing to report.
//!
//! The semantic model recurses along the tree and gives up past `MAX_DEPTH` levels rather
//! than overflow the stack; the analysis then returns `TooDeep` instead of findings, and
//! `check::check_source` reports the file as skipped with this module's message. Silence would
//! read as "no findings". Long left-nested chains (`a + a + …`), which the model walks in a loop, are
//! deep trees but not too deep to analyse.

use crate::core::semantic::MAX_DEPTH;

/// What the user is told about a file past the bound.
pub fn too_deep_message() -> String {
    format!("nested too deeply to analyse (more than {MAX_DEPTH} levels); skipped")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::check_source;
    use crate::core::options::Options;

    #[test]
    fn deep_nesting_is_skipped_with_the_reason() {
        let source = format!("x = {}1{}\n", "(".repeat(2000), ")".repeat(2000));
        let checked = check_source(&source, &Options::default()).expect("parses");
        assert_eq!(checked.skipped, Some(too_deep_message()));
        assert!(checked.diagnostics.is_empty());
    }

    #[test]
    fn long_chains_are_not_too_deep() {
        let source = format!("x = a{}\n", " + a".repeat(3000));
        let checked = check_source(&source, &Options::default()).expect("parses");
        assert_eq!(checked.skipped, None);
    }
}
