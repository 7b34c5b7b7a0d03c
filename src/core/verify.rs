//! What stands between a fix and the disk: `apply_verified`, the one apply-then-verify
//! sequence that `--fix`, `--diff`, `--lift`, the stress check and the interactive review all
//! go through. It applies the fixes (`fix::select`, `fix::apply_edits`), parses the result (it
//! must be Python; incrementally from the original's tree, which gives a fresh parse's tree at
//! a fraction of its cost: `parse::reparse_within`), checks that outside the regions the fixes edited the fixed file has the
//! same structure as the original, checks what CPython checks at compile time, and analyses
//! the fixed text (the caller's closure) while the comparison runs. Any failure is a sentence
//! for the user, and nothing is written.
//!
//! Re-parsing proves the fixed text is Python; it does not prove the edits left the rest of the
//! program alone. An edit can glue two tokens into one, or shift indentation so that a
//! statement after it moves into (or out of) a block: the file still parses, but means
//! something else. So both texts are reduced to their tokens (tree-sitter's leaf nodes: kind,
//! text, and how many `block`s enclose them), whitespace ignored; tokens that touch an edited
//! region are dropped (from the original, those overlapping a replaced range; from the fixed
//! text, those overlapping inserted text); and the two sequences must be equal.
//!
//! Counting enclosing blocks is what makes this check see Python's structure: whitespace is not
//! a token, yet indentation decides which block a statement belongs to. A lift moves code to
//! module level only inside its edits, so every token outside them keeps its block depth.
//!
//! Only the top-level statements that the edits touched are reduced to tokens. A top-level
//! statement that no edit touched, and that the fixed tree has as a top-level statement at
//! exactly its range moved by the edits before it, of the same kind and with the same bytes,
//! stands for itself with one `SAME` token on each side (`same_statements`). This is sound
//! because both trees parsed without error: at the start of a top-level statement no bracket,
//! string or block is open (the scanner's indentation stack is empty), so what tree-sitter
//! builds for the statement depends on its bytes and on where it ends, and both are equal on
//! the two sides; tokens inside it lie in no block outside it, since the root is not a block.
//! Everything the proof does not cover is walked token by token, as before: a statement an edit
//! overlaps or inserts into (an edit to its head, its decorators, a continuation line, or one
//! spanning several statements touches each of them), and a statement whose counterpart in the
//! fixed text starts or ends elsewhere (an edit glued to its first or last byte, a dedent taken
//! away so that it joined the block above, an `else` or a trailing comment added to it). The
//! `SAME` tokens keep their places among the walked ones, so the walked tokens are compared
//! between the same pair of unchanged statements, never across one. The head of the file and
//! CPython's compile-time rules are checked on the whole text as before (`compiles_as_before`).
//!
//! Example: in cpython's 6,187-line `test/_test_multiprocessing.py`, the lambda of
//! `Process(target=lambda: flike.flush())` in a method of `class TestStdinBadfiledescriptor` is
//! lifted: `def _test_flushing_target(flike): ...` is inserted just above the class (between
//! two top-level statements, touching neither) and the lambda is replaced by the name and an
//! `args=` tuple. Of the module's top-level statements, all but the class are `SAME` tokens on
//! both sides; the class is walked on both sides, the replaced lambda's tokens dropped; the new
//! function is inserted text, dropped from the fixed side. Two walks of one class of 21
//! lines instead of two walks of the whole module.
//!
//! Worked example: the original `def f(n):⏎    def g(): return n⏎    pool.map(g, xs)` with
//! the nested `def g…` deleted, `def g(n): return n` inserted above `def f`, and `g` replaced by
//! `functools.partial(g, n)`. Dropping the tokens of those regions leaves, on both sides,
//! `def f ( n ) : pool . map ( , xs )`, with `pool … )` one block deep on both sides.

use tree_sitter::{Node, Tree};

use crate::core::compile_rules;
use crate::core::fix::{Edit, Fix, apply_edits, malformed, select};
use crate::core::head::head_end;
use crate::core::parse::{ParseError, TIME_LIMIT, reparse_within};
use crate::core::source::TextRange;

/// One token: a leaf node's kind, its byte range, and the number of blocks around it.
#[derive(Clone, Copy, Debug)]
struct LeafToken {
    kind: u16,
    range: TextRange,
    blocks: u32,
}

/// The tokens of one side that the comparison looks at: those no edit touched.
pub struct Kept(Vec<LeafToken>);

/// Check that `fixed` (parsed as `fixed_tree`) is `original` with `edits` applied and nothing
/// else changed in its structure. `edits` are sorted and non-overlapping, as they were applied.
pub fn unchanged_outside_edits(
    original: &str,
    original_tree: &Tree,
    fixed: &str,
    fixed_tree: &Tree,
    edits: &[&Edit],
) -> Result<(), String> {
    let (before, after) =
        kept_outside_statements(original, original_tree, fixed, fixed_tree, edits);
    compare(original, &before, fixed, &after)
}

/// The checks a re-parse cannot make: the fixed text still begins with the original's head
/// (shebang, coding line, opening comments, docstring, future imports: see `head`), and what
/// the edits inserted breaks none of the rules CPython enforces when it compiles
/// (`compile_rules`).
pub fn compiles_as_before(
    original: &str,
    original_tree: &Tree,
    fixed: &str,
    fixed_tree: &Tree,
    edits: &[&Edit],
) -> Result<(), String> {
    let head = &original[..head_end(original_tree.root_node(), original)];
    if !fixed.starts_with(head) {
        return Err(
            "a fix changed the head of the file (its opening comments, docstring or \
             `__future__` imports), which verification refuses; the file was left unchanged"
                .into(),
        );
    }
    let inserted = inserted_ranges(edits);
    let replaced: Vec<TextRange> = inserted
        .iter()
        .zip(edits)
        .filter(|(_, edit)| !edit.range.is_empty())
        .map(|(region, _)| *region)
        .collect();
    compile_rules::check(fixed_tree, fixed, &inserted)
        .and_then(|()| compile_rules::no_empty_blocks(fixed_tree, &replaced))
        .map_err(|rule| {
            format!(
                "a fix produced code that Python would not compile ({rule}); the file was left \
             unchanged"
            )
        })
}

/// The text fixes are applied to, with what verification needs of it: the baseline the fixed
/// text is compared with.
pub struct Baseline<'a> {
    pub text: &'a str,
    pub tree: &'a Tree,
    /// The original's tokens worked out once (`tokens`), when many fixes of one text
    /// are verified one by one (`--lift`, the stress check). Without them, the statements the
    /// edits touched are walked on another core while the fixed text is analysed.
    pub tokens: Option<&'a LeafTokens>,
}

/// A fixed text that passed verification.
pub struct Verified<R> {
    pub text: String,
    pub tree: Tree,
    /// How many fixes were applied, and the positions of those skipped for overlapping.
    pub applied: usize,
    pub skipped: Vec<usize>,
    /// What the caller's analysis of the fixed text found.
    pub analysis: R,
}

/// Apply `fixes` to `original` and verify the result: it parses, its tokens outside the edits
/// are the original's, and it breaks none of the rules CPython checks when compiling. `analyse`
/// runs on the fixed text and tree while the comparison is made; its result comes back in
/// `Verified::analysis` for the caller to judge (the fix loop requires nothing left to fix).
pub fn apply_verified<R: Send>(
    original: &Baseline<'_>,
    fixes: &[&Fix],
    analyse: impl FnOnce(&Tree, &str) -> R + Send,
) -> Result<Verified<R>, String> {
    if let Some(problem) = fixes.iter().find_map(|fix| malformed(fix, original.text)) {
        return Err(format!("{problem}; the file was left unchanged"));
    }
    let selection = select(original.text, fixes.iter().copied());
    let edits = &selection.edits();
    let text = apply_edits(original.text, edits);
    let tree = parse_fixed(original, edits, &text)?;
    let (analysis, (before, after)) = both(
        || analyse(&tree, &text),
        || match original.tokens {
            Some(tokens) => (kept_among(tokens, edits), kept_after(&tree, edits)),
            None => kept_outside_statements(original.text, original.tree, &text, &tree, edits),
        },
    );
    compare(original.text, &before, &text, &after)?;
    compiles_as_before(original.text, original.tree, &text, &tree, edits)?;
    Ok(Verified {
        text,
        tree,
        applied: selection.applied,
        skipped: selection.skipped,
        analysis,
    })
}

/// The tree of the fixed text, or why it is not Python (or could not be parsed in time). It
/// is parsed incrementally from the original's tree, which gives the tree a fresh parse gives
/// (`parse::reparse_within`) while re-reading little more than the edited statements.
fn parse_fixed(original: &Baseline<'_>, edits: &[&Edit], text: &str) -> Result<Tree, String> {
    let parsed = reparse_within(original.tree, original.text, edits, text, TIME_LIMIT);
    parsed.map_err(|error| match error {
        ParseError::Syntax(error) => format!(
            "a fix produced invalid syntax ({} at byte {}); the file was left unchanged",
            error.message, error.offset
        ),
        timed_out => format!(
            "the fixed text could not be verified: {}; the file was left unchanged",
            timed_out.message()
        ),
    })
}

/// `a()` and `b()`, side by side when this thread is a worker of a thread pool (another worker
/// takes `b` if it is idle), else one after the other. `a` stays on this thread, whose stack
/// was sized for the analysis's recursion; `b` must not recurse deeply. Outside a pool (tests,
/// the fuzzer), `rayon::join` would move both to the global pool, whose stacks are smaller.
fn both<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    if rayon::current_thread_index().is_some() {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// Both sides' kept tokens, with each top-level statement that no edit touched and that stands
/// unchanged in the fixed text reduced to one `SAME` token (see the module doc): only the
/// statements the edits touched are walked.
fn kept_outside_statements(
    original: &str,
    original_tree: &Tree,
    fixed: &str,
    fixed_tree: &Tree,
    edits: &[&Edit],
) -> (Kept, Kept) {
    let (before, after) = (original_tree.root_node(), fixed_tree.root_node());
    let (same_before, same_after) = same_statements(original, before, fixed, after, edits);
    let removed: Vec<TextRange> = edits.iter().map(|edit| edit.range).collect();
    (
        Kept(retain_untouched(
            statement_tokens(before, &same_before),
            &removed,
        )),
        Kept(retain_untouched(
            statement_tokens(after, &same_after),
            &inserted_ranges(edits),
        )),
    )
}

/// The tokens of the fixed text outside what `edits` inserted.
pub fn kept_after(fixed_tree: &Tree, edits: &[&Edit]) -> Kept {
    Kept(kept_tokens(fixed_tree, &inserted_ranges(edits)))
}

/// The verdict of `unchanged_outside_edits`, from the two sides' kept tokens.
pub fn compare(original: &str, before: &Kept, fixed: &str, after: &Kept) -> Result<(), String> {
    match first_difference(original, &before.0, fixed, &after.0) {
        None => Ok(()),
        Some(offset) => Err(format!(
            "a fix changed the code around it (near byte {offset} of the original), which \
             verification refuses; the file was left unchanged"
        )),
    }
}

/// Where each edit's new text lies in the fixed text.
fn inserted_ranges(edits: &[&Edit]) -> Vec<TextRange> {
    let mut shift: isize = 0;
    let mut ranges = Vec::with_capacity(edits.len());
    for edit in edits {
        let start = edit.range.start.saturating_add_signed(shift);
        ranges.push(TextRange::new(start, start + edit.content.len()));
        shift += edit.content.len() as isize - edit.range.len() as isize;
    }
    ranges
}

/// Whether a token touches an edited region. An empty region (an insertion into the original,
/// a deletion seen from the fixed text) touches only a token it falls strictly inside.
fn touches(token: TextRange, region: TextRange) -> bool {
    if region.is_empty() {
        token.start < region.start && region.start < token.end
    } else {
        token.start < region.end && region.start < token.end
    }
}

/// Every token of a tree, kept to compare it with many fixed texts (`kept_among`): the stress
/// check verifies one lift after another of the same file.
pub struct LeafTokens(Vec<LeafToken>);

pub fn tokens(tree: &Tree) -> LeafTokens {
    LeafTokens(leaves(tree))
}

/// `kept_before`, from the original's tokens worked out once.
pub fn kept_among(tokens: &LeafTokens, edits: &[&Edit]) -> Kept {
    let removed: Vec<TextRange> = edits.iter().map(|edit| edit.range).collect();
    Kept(retain_untouched(tokens.0.clone(), &removed))
}

/// The tokens of `tree` in document order, except those touching any of `regions` (sorted).
fn kept_tokens(tree: &Tree, regions: &[TextRange]) -> Vec<LeafToken> {
    retain_untouched(leaves(tree), regions)
}

fn retain_untouched(mut tokens: Vec<LeafToken>, regions: &[TextRange]) -> Vec<LeafToken> {
    let mut next_region = 0;
    tokens.retain(|token| {
        if token.kind == SAME {
            return true;
        }
        // Both lists are in document order, so skip the regions wholly before this token.
        while next_region < regions.len() && regions[next_region].end < token.range.start {
            next_region += 1;
        }
        !regions[next_region..]
            .iter()
            .take_while(|region| region.start <= token.range.end)
            .any(|region| touches(token.range, *region))
    });
    tokens
}

/// Every non-empty leaf of `tree`.
fn leaves(tree: &Tree) -> Vec<LeafToken> {
    let mut tokens = Vec::new();
    leaves_under(tree.root_node(), &mut tokens);
    tokens
}

/// Every non-empty leaf under `top` (the root or one of its children, so no `block` encloses
/// it), walked with a cursor rather than recursion so that deeply nested code cannot overflow
/// the stack.
fn leaves_under(top: Node<'_>, tokens: &mut Vec<LeafToken>) {
    let language = top.language();
    let block = language.id_for_node_kind("block", true);
    // A comment's depth means nothing to Python, and tree-sitter puts a comment that follows a
    // block, before the dedent, inside that block: deleting the block moves such a comment out
    // of it without changing a thing.
    let comment = language.id_for_node_kind("comment", true);
    let mut cursor = top.walk();
    let mut blocks: u32 = 0;
    loop {
        let node = cursor.node();
        if cursor.goto_first_child() {
            blocks += u32::from(node.kind_id() == block);
            continue;
        }
        if node.start_byte() < node.end_byte() {
            let depth = if node.kind_id() == comment { 0 } else { blocks };
            tokens.push(token(node, depth));
        }
        // Climb until a next sibling exists, leaving the blocks climbed out of.
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return;
            }
            blocks -= u32::from(cursor.node().kind_id() == block);
        }
    }
}

/// The kind of the one token that stands for a whole unchanged top-level statement; no node
/// kind of the grammar has it.
const SAME: u16 = u16::MAX;

/// The tokens of `root`'s children in order: one `SAME` token for each child marked in `same`,
/// the leaves of the others.
fn statement_tokens(root: Node<'_>, same: &[bool]) -> Vec<LeafToken> {
    let mut tokens = Vec::new();
    let mut cursor = root.walk();
    for (child, same) in root.children(&mut cursor).zip(same) {
        if *same {
            tokens.push(LeafToken {
                kind: SAME,
                range: TextRange::of(child),
                blocks: 0,
            });
        } else {
            leaves_under(child, &mut tokens);
        }
    }
    tokens
}

/// Which top-level statements (children of the roots, by index) stand unchanged on both sides:
/// an original statement no edit touches, and a fixed one at exactly its range moved by the
/// edits before it, of the same kind and the same bytes.
fn same_statements(
    original: &str,
    before: Node<'_>,
    fixed: &str,
    after: Node<'_>,
    edits: &[&Edit],
) -> (Vec<bool>, Vec<bool>) {
    let mut cursor = after.walk();
    let fixed_children: Vec<Node<'_>> = after.children(&mut cursor).collect();
    let mut same_after = vec![false; fixed_children.len()];
    let mut same_before = Vec::with_capacity(before.child_count() as usize);
    let (mut next_edit, mut shift, mut next_fixed) = (0, 0isize, 0);
    let mut cursor = before.walk();
    for statement in before.children(&mut cursor) {
        let range = TextRange::of(statement);
        // Edits that end at or before the statement's start only move it.
        while let Some(edit) = edits.get(next_edit).filter(|e| e.range.end <= range.start) {
            shift += edit.content.len() as isize - edit.range.len() as isize;
            next_edit += 1;
        }
        let touched = edits
            .get(next_edit)
            .is_some_and(|e| e.range.start < range.end);
        let moved = TextRange::new(
            range.start.saturating_add_signed(shift),
            range.end.saturating_add_signed(shift),
        );
        while fixed_children
            .get(next_fixed)
            .is_some_and(|n| n.start_byte() < moved.start)
        {
            next_fixed += 1;
        }
        let same = !touched
            && fixed_children.get(next_fixed).is_some_and(|n| {
                TextRange::of(*n) == moved
                    && n.kind_id() == statement.kind_id()
                    && fixed.get(moved.start..moved.end) == original.get(range.start..range.end)
            });
        if same {
            same_after[next_fixed] = true;
        }
        same_before.push(same);
    }
    (same_before, same_after)
}

fn token(node: Node<'_>, blocks: u32) -> LeafToken {
    LeafToken {
        kind: node.kind_id(),
        range: TextRange::of(node),
        blocks,
    }
}

/// The original offset of the first token that differs, when the sequences differ.
fn first_difference(
    original: &str,
    before: &[LeafToken],
    fixed: &str,
    after: &[LeafToken],
) -> Option<usize> {
    let same = |a: &LeafToken, b: &LeafToken| {
        a.kind == b.kind
            && a.blocks == b.blocks
            && original.get(a.range.start..a.range.end) == fixed.get(b.range.start..b.range.end)
    };
    let mismatch = before.iter().zip(after).position(|(a, b)| !same(a, b));
    match mismatch {
        Some(index) => Some(before[index].range.start),
        None if before.len() == after.len() => None,
        None => Some(
            before
                .get(after.len())
                .map_or(original.len(), |t| t.range.start),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::fix::apply_edits;
    use crate::core::parse::parse;

    fn check(original: &str, edits: &[Edit]) -> Result<(), String> {
        let edits: Vec<&Edit> = edits.iter().collect();
        let fixed = apply_edits(original, &edits);
        let tree = parse(&fixed).expect("the fixed text parses");
        let original_tree = parse(original).expect("the original parses");
        unchanged_outside_edits(original, &original_tree, &fixed, &tree, &edits)
    }

    fn at(text: &str, needle: &str) -> usize {
        text.find(needle).expect("needle in text")
    }

    #[test]
    fn accepts_a_lift() {
        let original = "def f(n):\n    def g():\n        return n\n    pool.map(g, xs)\n";
        let body = TextRange::new(at(original, "    def g"), at(original, "    pool"));
        let g = at(original, "g, xs");
        let edits = [
            Edit::insert(0, "def g(n):\n    return n\n\n\n"),
            Edit::delete(body),
            Edit::replace(TextRange::new(g, g + 1), "functools.partial(g, n)"),
        ];
        assert_eq!(check(original, &edits), Ok(()));
    }

    #[test]
    fn refuses_an_edit_that_moves_code_into_a_block() {
        // Deleting `pass` and the dedent after it pulls `y = 2` into the `if`.
        let original = "if x:\n    pass\ny = 2\n";
        let edits = [Edit::replace(
            TextRange::new(at(original, "pass"), at(original, "y = 2")),
            "z = 1\n    ",
        )];
        assert!(check(original, &edits).is_err());
    }

    #[test]
    fn accepts_a_comment_that_leaves_a_deleted_block() {
        // tree-sitter holds `# later` inside the body of `g`, before the dedent.
        let original = "def f(n):\n    def g():\n        return n\n\n    # later\n    return g\n";
        let body = TextRange::new(at(original, "    def g"), at(original, "\n    # later"));
        let edits = [Edit::delete(body)];
        assert_eq!(check(original, &edits), Ok(()));
    }

    #[test]
    fn refuses_an_edit_that_glues_tokens() {
        let original = "x = a + b\n";
        let edits = [Edit::delete(TextRange::new(5, 8))];
        assert!(check(original, &edits).is_err());
    }

    #[test]
    fn compares_untouched_statements_whole_and_walks_the_edited_one() {
        let original = "import os\n\n\ndef f(n):\n    return lambda: n\n\n\nx = os.sep\n";
        let lambda = TextRange::new(at(original, "lambda"), at(original, "\n\n\nx"));
        let edits = [
            Edit::insert(at(original, "def f"), "def g(n):\n    return n\n\n\n"),
            Edit::replace(lambda, "g(n)"),
        ];
        let edits: Vec<&Edit> = edits.iter().collect();
        let fixed = apply_edits(original, &edits);
        let (before, after) = (parse(original).unwrap(), parse(&fixed).unwrap());
        let (same_before, same_after) = same_statements(
            original,
            before.root_node(),
            &fixed,
            after.root_node(),
            &edits,
        );
        // `import os` and `x = os.sep` are the same; `def f` was edited; `def g` is new.
        assert_eq!(same_before, [true, false, true]);
        assert_eq!(same_after, [true, false, false, true]);
        assert_eq!(
            check(original, &edits.into_iter().cloned().collect::<Vec<_>>()),
            Ok(())
        );
    }

    #[test]
    fn walks_a_statement_whose_extent_an_edit_changed() {
        // The edit leaves `y = 2`'s bytes alone but indents it into the `if`: its counterpart
        // does not start where it moved, so it is walked and its depth differs.
        let original = "if x:\n    pass\ny = 2\n";
        let edits = [Edit::insert(at(original, "y = 2"), "    ")];
        assert!(check(original, &edits).is_err());
    }

    #[test]
    fn walks_a_statement_an_insertion_glued_to() {
        let original = "x = a\ny = b\n";
        let edits = [Edit::insert(at(original, "\ny"), "b")];
        assert!(check(original, &edits).is_err());
    }

    /// The verdict of comparing every token of both trees, as verification did before it
    /// compared untouched top-level statements whole.
    fn full_walk(original: &str, fixed: &str, edits: &[&Edit]) -> Result<(), String> {
        let removed: Vec<TextRange> = edits.iter().map(|edit| edit.range).collect();
        let before = Kept(kept_tokens(&parse(original).unwrap(), &removed));
        let after = Kept(kept_tokens(&parse(fixed).unwrap(), &inserted_ranges(edits)));
        compare(original, &before, fixed, &after)
    }

    /// Small edits at the starts and ends of lines of `original` (about `places` of them,
    /// evenly spread): indenting, gluing a name, a new line, a statement, a comment, and
    /// deleting a byte.
    fn line_edits(original: &str, places: usize) -> Vec<Edit> {
        let ends = original.match_indices('\n').map(|(i, _)| i);
        let starts = std::iter::once(0).chain(ends.clone().map(|i| i + 1));
        let mut at: Vec<usize> = starts.chain(ends).collect();
        at.sort_unstable();
        let step = (at.len() / places).max(1);
        let mut edits = Vec::new();
        for start in at
            .into_iter()
            .step_by(step)
            .filter(|&at| at < original.len())
        {
            for inserted in ["    ", "x", "\n", "pass\n", "#"] {
                edits.push(Edit::insert(start, inserted));
            }
            if original.is_char_boundary(start + 1) {
                edits.push(Edit::delete(TextRange::new(start, start + 1)));
            }
        }
        edits
    }

    /// Comparing untouched statements whole gives the verdict the full walk gives, for every
    /// one-edit change of the fixtures that still parses. `PICKLEFIX_VERIFY_DIR` names another
    /// folder of Python files to check the same way.
    #[test]
    fn statement_comparison_agrees_with_the_full_walk() {
        // A few places per fixture keep the test quick; a folder given for a deeper check gets
        // a hundred per file.
        let (root, places) = match std::env::var("PICKLEFIX_VERIFY_DIR") {
            Ok(dir) => (dir, 100),
            Err(_) => (
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures").into(),
                10,
            ),
        };
        let (mut compared, mut refused) = (0, 0);
        for path in python_files(std::path::Path::new(&root)) {
            let Ok(original) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(original_tree) = parse(&original) else {
                continue;
            };
            for edit in line_edits(&original, places) {
                let edits = [&edit];
                let fixed = apply_edits(&original, &edits);
                let Ok(fixed_tree) = parse(&fixed) else {
                    continue;
                };
                let statements =
                    unchanged_outside_edits(&original, &original_tree, &fixed, &fixed_tree, &edits);
                let full = full_walk(&original, &fixed, &edits);
                assert_eq!(
                    statements.is_ok(),
                    full.is_ok(),
                    "{} with {edit:?}",
                    path.display()
                );
                compared += 1;
                refused += usize::from(full.is_err());
            }
        }
        eprintln!("{compared} edits compared, {refused} refused by both");
        assert!(
            compared > 1000 && refused > 100,
            "{compared} compared, {refused} refused"
        );
    }

    fn python_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        let mut dirs = vec![dir.to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|ext| ext == "py") {
                    files.push(path);
                }
            }
        }
        files.sort();
        files
    }

    #[test]
    fn handles_deep_nesting_without_recursion() {
        let original = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
        let edits = [Edit::insert(0, "import functools\n")];
        let result = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || check(&original, &edits))
            .expect("thread starts")
            .join()
            .expect("no stack overflow");
        assert_eq!(result, Ok(()));
    }
}
