//! Verification parses every fixed text incrementally, from the original's tree
//! (`parse::reparse_within`), and trusts the result as it would trust a fresh parse. These
//! tests hold it to that: over the fixes of every fixture, over each lift of every fixture on
//! its own (as `--lift` and the stress check make them), and over random edits, the incremental
//! parse must accept exactly the texts a fresh parse accepts and give the same tree, node for
//! node: kind, field, byte range, and whether it is missing or extra.

use std::path::{Path, PathBuf};

use picklefix::core::analysis;
use picklefix::core::fix::{Edit, Fix, apply_edits, select};
use picklefix::core::parse::{TIME_LIMIT, parse, parse_within, reparse_within};
use picklefix::core::rules::{Rule, RuleSet};
use picklefix::{Options, check_source};
use tree_sitter::Tree;

/// One node of a tree as the comparison sees it.
type Shape = (u16, Option<u16>, usize, usize, bool, bool);

/// Every node of `tree` in document order, walked without recursion.
fn shape(tree: &Tree) -> Vec<Shape> {
    let mut nodes = Vec::new();
    let mut cursor = tree.walk();
    loop {
        let node = cursor.node();
        let field = cursor.field_id().map(u16::from);
        nodes.push((
            node.kind_id(),
            field,
            node.start_byte(),
            node.end_byte(),
            node.is_missing(),
            node.is_extra(),
        ));
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return nodes;
            }
        }
    }
}

/// Check that `edits` applied to `old` (parsed as `old_tree`) parse the same both ways; `what`
/// names the case in a failure. Returns whether the new text parsed.
fn same_both_ways(old: &str, old_tree: &Tree, edits: &[&Edit], what: &str) -> bool {
    let new = apply_edits(old, edits);
    let fresh = parse_within(&new, TIME_LIMIT);
    let incremental = reparse_within(old_tree, old, edits, &new, TIME_LIMIT);
    match (&fresh, &incremental) {
        (Ok(fresh), Ok(incremental)) => {
            assert!(
                shape(fresh) == shape(incremental),
                "{what}: the incremental parse gave another tree than a fresh parse"
            );
            true
        }
        (Err(_), Err(_)) => false,
        _ => panic!(
            "{what}: a fresh parse gave {:?}, the incremental one {:?}",
            fresh.as_ref().err(),
            incremental.as_ref().err()
        ),
    }
}

fn python_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            python_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            files.push(path);
        }
    }
}

/// Every Python fixture of the tests and of the stress check's sample, with its text.
fn fixtures() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    python_files(&root.join("tests/fixtures"), &mut files);
    python_files(&root.join("bench/stress-sample"), &mut files);
    files.sort();
    assert!(files.len() > 100, "found only {} fixtures", files.len());
    files
        .into_iter()
        .filter_map(|path| Some((path.clone(), std::fs::read_to_string(&path).ok()?)))
        .collect()
}

fn every_rule() -> Options {
    Options {
        unsafe_fixes: true,
        select: RuleSet::of(Rule::ALL),
        ..Options::default()
    }
}

/// The fixes of one file's findings, together as `--fix` applies them, and each lift of the
/// file alone, as `--lift` and the stress check make them.
fn fix_sets(source: &str, tree: &Tree, settings: &Options) -> Vec<Vec<Fix>> {
    let mut sets = Vec::new();
    if let Ok(checked) = check_source(source, settings) {
        let fixes: Vec<Fix> = checked
            .diagnostics
            .into_iter()
            .filter_map(|d| d.fix)
            .collect();
        sets.push(fixes);
    }
    for (_, lift) in analysis::lift_each(tree, source, settings).unwrap_or_default() {
        sets.extend(lift.diagnostic.fix.map(|fix| vec![fix]));
    }
    sets.retain(|fixes| !fixes.is_empty());
    sets
}

#[test]
fn every_fixtures_fixes_parse_the_same_incrementally() {
    let settings = every_rule();
    let (mut compared, mut parsed) = (0, 0);
    for (path, source) in fixtures() {
        let Ok(tree) = parse(&source) else { continue };
        for fixes in fix_sets(&source, &tree, &settings) {
            let selection = select(&source, fixes.iter());
            let edits = selection.edits();
            let what = format!("{} ({} edits)", path.display(), edits.len());
            parsed += usize::from(same_both_ways(&source, &tree, &edits, &what));
            compared += 1;
        }
    }
    // Most fixes verify: the comparison covered real lifts, not only refusals to parse.
    assert!(
        compared > 300 && parsed * 10 > compared * 9,
        "{parsed} of {compared}"
    );
}

/// A small deterministic generator (xorshift), so that a failure names a seed to rerun.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Text that edits insert: the pieces a lift writes, and ones that open or close brackets,
/// strings, blocks and lines.
const PIECES: [&str; 16] = [
    "",
    "\n",
    "    ",
    "x",
    "(",
    ")",
    ":",
    "\"\"\"",
    "# note\n",
    "lambda: 1",
    "def _f(a, *, b):\n    return a + b\n\n\n",
    "functools.partial(_f, b=b)",
    ", args=(n,)",
    "\n    pass\n",
    "import functools\n",
    "class C:\n    x = 1\n",
];

/// Up to four non-overlapping random edits of `source`, sorted, at character boundaries and
/// mostly at line starts and ends, where a lift's edits fall.
fn random_edits(source: &str, random: &mut Random) -> Vec<Edit> {
    let lines: Vec<usize> = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i <= source.len())
        .collect();
    let mut offsets: Vec<usize> = (0..2 * (1 + random.below(4)))
        .map(|_| match random.below(3) {
            0 => lines[random.below(lines.len())],
            1 => lines[random.below(lines.len())].saturating_sub(1),
            _ => random.below(source.len() + 1),
        })
        .map(|mut i| {
            while !source.is_char_boundary(i) {
                i -= 1;
            }
            i
        })
        .collect();
    offsets.sort();
    offsets
        .chunks(2)
        .map(|pair| {
            let range = picklefix::core::source::TextRange::new(pair[0], pair[0].max(pair[1]));
            // Half of them insertions, so that text is added more than it is cut.
            let range = if random.below(2) == 0 {
                picklefix::core::source::TextRange::empty(range.start)
            } else {
                range
            };
            Edit::replace(range, PIECES[random.below(PIECES.len())])
        })
        .collect()
}

#[test]
fn random_edits_parse_the_same_incrementally() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let (mut compared, mut parsed) = (0, 0);
    for (path, source) in fixtures() {
        let Ok(tree) = parse(&source) else { continue };
        for round in 0..30 {
            let edits = random_edits(&source, &mut random);
            let edits: Vec<&Edit> = edits.iter().collect();
            let what = format!("{} round {round}: {edits:?}", path.display());
            parsed += usize::from(same_both_ways(&source, &tree, &edits, &what));
            compared += 1;
        }
    }
    // Both outcomes occur often: texts that parse (a fifth of them here) and texts that do not.
    assert!(
        parsed * 10 > compared && parsed * 2 < compared,
        "{parsed} of {compared}"
    );
}
