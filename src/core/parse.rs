//! Parsing with tree-sitter: one parser per thread, and the check that refuses any tree with
//! an ERROR or MISSING node, since a codemod must never edit code it did not understand.
//!
//! A parse has a time limit. tree-sitter-python's scanner looks ahead over every following
//! comment line at each line of a run of comment lines, so such a run parses in quadratic
//! time: 4,000 comment lines take 1.1 s here, 8,000 take 4.5 s, 16,000 some 18 s, where
//! ordinary code parses at 5 to 50 MB/s. A file that needs longer than the limit is given up
//! on and reported, rather than holding up a pre-commit hook or a batch run for minutes.

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use tree_sitter::{Node, ParseOptions, ParseState, Parser, Tree};

use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::parse_edits;

/// How long one parse may take: hundreds of times what a megabyte of ordinary code needs.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

/// Where a source failed to parse, as a byte offset, with what was found there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// Why a parse gave no tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// The source is not Python that tree-sitter understands.
    Syntax(SyntaxError),
    /// Parsing took longer than its limit.
    TimedOut(Duration),
}

impl ParseError {
    /// What to tell the user, as a sentence fragment that follows the path.
    pub fn message(&self) -> String {
        match self {
            ParseError::Syntax(error) => format!("syntax error: {}", error.message),
            ParseError::TimedOut(limit) => format!(
                "parsing took longer than {} s (tree-sitter-python is slow on long runs of \
                 comment lines)",
                limit.as_secs_f64()
            ),
        }
    }
}

/// The kind of a function's parameter as its form reads: for `*args: T` and `**kwargs: T`,
/// which tree-sitter wraps in a `typed_parameter`, the splat's own kind
/// (`list_splat_pattern`, `dictionary_splat_pattern`); any other parameter's node kind.
pub fn parameter_kind<'t>(parameter: Node<'t>) -> &'t str {
    let kind = parameter.kind_name();
    if kind != "typed_parameter" {
        return kind;
    }
    let inner = parameter.named_child(0).map_or(kind, |c| c.kind_name());
    match inner {
        "list_splat_pattern" | "dictionary_splat_pattern" => inner,
        _ => kind,
    }
}

/// The name a `*args` or `**kwargs` parameter binds, typed or not.
pub fn splat_name(parameter: Node<'_>) -> Option<Node<'_>> {
    let splat = match parameter.kind_name() {
        "typed_parameter" => parameter.named_child(0)?,
        _ => parameter,
    };
    matches!(
        splat.kind_name(),
        "list_splat_pattern" | "dictionary_splat_pattern"
    )
    .then(|| splat.named_child(0))?
}

/// Parse Python source with this thread's parser, within `TIME_LIMIT`; a parse that runs out
/// of time counts as a syntax error here (see `parse_within` to tell them apart).
pub fn parse(source: &str) -> Result<Tree, SyntaxError> {
    parse_within(source, TIME_LIMIT).map_err(|error| match error {
        ParseError::Syntax(error) => error,
        timed_out => SyntaxError {
            offset: 0,
            message: timed_out.message(),
        },
    })
}

/// Parse Python source with this thread's parser, giving up after `limit`.
pub fn parse_within(source: &str, limit: Duration) -> Result<Tree, ParseError> {
    checked(source, limit, None)
}

/// `source` parsed within `limit`, reusing `old` (already edited to match `source`) if given,
/// and refused when the tree has an ERROR or MISSING node.
fn checked(source: &str, limit: Duration, old: Option<&Tree>) -> Result<Tree, ParseError> {
    let deadline = Instant::now() + limit;
    let Some(tree) = parse_until(source.as_bytes(), old, deadline) else {
        return Err(if Instant::now() >= deadline {
            ParseError::TimedOut(limit)
        } else {
            ParseError::Syntax(SyntaxError {
                offset: 0,
                message: "the parser gave up on this file".into(),
            })
        });
    };
    match first_error(tree.root_node(), source) {
        Some(error) => Err(ParseError::Syntax(error)),
        None => Ok(tree),
    }
}

/// The tree of `bytes` from this thread's parser, reusing `old` where it can, or `None` when
/// the parse stopped: at `deadline`, or because tree-sitter gave up.
fn parse_until(bytes: &[u8], old: Option<&Tree>, deadline: Instant) -> Option<Tree> {
    // tree-sitter calls this every hundred or so steps, and at least once per token lexed.
    let mut in_time = |_: &ParseState| {
        if Instant::now() < deadline {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(())
        }
    };
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let parser = slot.get_or_insert_with(new_parser);
        let options = ParseOptions::new().progress_callback(&mut in_time);
        let tree = parser.parse_with_options(
            &mut |offset, _| bytes.get(offset..).unwrap_or_default(),
            old,
            Some(options),
        );
        if tree.is_none() {
            // A parse stopped half-way resumes on the next call unless the parser is reset.
            parser.reset();
        }
        tree
    })
}

/// Parse `source`, which is `old_source` (parsed as `old`) with `edits` applied (sorted,
/// non-overlapping), within `limit`, reusing the old tree where the edits left the text alone:
/// tree-sitter's incremental parse, told of the edits as `parse_edits` narrows them. The
/// result is the tree a fresh parse gives (the tests below compare them over every fixture's
/// fixes and over random edits), at a fraction of its cost when the edits are few.
pub fn reparse_within(
    old: &Tree,
    old_source: &str,
    edits: &[&Edit],
    source: &str,
    limit: Duration,
) -> Result<Tree, ParseError> {
    let mut tree = old.clone();
    for edit in parse_edits::input_edits(old_source, edits, source) {
        tree.edit(&edit);
    }
    checked(source, limit, Some(&tree))
}

fn new_parser() -> Parser {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_python::LANGUAGE.into())
        .expect("the bundled tree-sitter-python grammar matches the tree-sitter version");
    parser
}

/// The first ERROR or MISSING node in document order, found without recursion (deeply nested
/// code must not overflow the stack) and only below nodes that report an error.
fn first_error(root: Node<'_>, source: &str) -> Option<SyntaxError> {
    if !root.has_error() {
        return None;
    }
    let mut node = root;
    'descend: loop {
        if node.is_missing() {
            return Some(SyntaxError {
                offset: node.start_byte(),
                message: format!("expected `{}`", node.kind_name()),
            });
        }
        if node.is_error() {
            return Some(SyntaxError {
                offset: node.start_byte(),
                message: what_is_invalid(node, source),
            });
        }
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            if child.has_error() || child.is_missing() {
                node = child;
                continue 'descend;
            }
        }
        // A node that has an error but no erroneous child: report it where it starts.
        return Some(SyntaxError {
            offset: node.start_byte(),
            message: "invalid syntax".into(),
        });
    }
}

/// The first block under `node` (itself included) that holds no statement, only comments or
/// nothing: tree-sitter-python parses `if x:` followed by nothing, or by a line that is not
/// indented, without an error, and CPython refuses it ("expected an indented block"). Only
/// blocks and the compound statements and clauses that hold them are walked (no expression
/// or simple statement holds a block), without recursion: this runs on every file checked.
pub fn empty_block(node: Node<'_>) -> Option<Node<'_>> {
    static TABLE: std::sync::OnceLock<Vec<Holder>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| kind_table(holder_named, Holder::No));
    let mut stack = vec![node];
    let mut first: Option<Node<'_>> = None;
    // One cursor for the whole walk: each `Node::walk` allocates.
    let mut cursor = node.walk();
    while let Some(node) = stack.pop() {
        let block = kind_in(table, node, Holder::No) == Holder::Block;
        let mut statements = false;
        cursor.reset(node);
        for child in node.named_children(&mut cursor) {
            let holder = kind_in(table, child, Holder::No);
            statements |= holder != Holder::Comment;
            if matches!(holder, Holder::Block | Holder::Compound) {
                stack.push(child);
            }
        }
        if block && !statements && first.is_none_or(|f| node.start_byte() < f.start_byte()) {
            first = Some(node);
        }
    }
    first
}

/// What a node is to `empty_block`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holder {
    Block,
    /// A compound statement or one of its clauses, which may hold a block.
    Compound,
    Comment,
    No,
}

fn holder_named(kind: &str) -> Holder {
    match kind {
        "block" => Holder::Block,
        "comment" => Holder::Comment,
        "module"
        | "if_statement"
        | "for_statement"
        | "while_statement"
        | "try_statement"
        | "with_statement"
        | "match_statement"
        | "function_definition"
        | "class_definition"
        | "decorated_definition"
        | "elif_clause"
        | "else_clause"
        | "except_clause"
        | "except_group_clause"
        | "finally_clause"
        | "case_clause" => Holder::Compound,
        _ => Holder::No,
    }
}

/// A file that parsed but holds an empty block (`empty_block`), reported at the statement
/// whose block it is, in CPython's words.
pub fn empty_block_error(root: Node<'_>) -> Option<SyntaxError> {
    let block = empty_block(root)?;
    let header = block.parent().unwrap_or(block);
    let kind = header.kind_name();
    let what = match kind.strip_suffix("_definition") {
        Some(definition) => format!("{definition} definition"),
        None => {
            let keyword = kind
                .strip_suffix("_statement")
                .or_else(|| kind.strip_suffix("_clause"))
                .unwrap_or(kind);
            format!("'{keyword}' statement")
        }
    };
    Some(SyntaxError {
        offset: header.start_byte(),
        message: format!(
            "expected an indented block after {what} on line {}",
            header.start_position().row + 1
        ),
    })
}

/// Why an ERROR node is one. tree-sitter-python 0.25 does not know the type parameter defaults
/// of Python 3.13 (`class Box[T = int]:`): it wraps the name before the `=` in an ERROR inside
/// the `type_parameter`. Such a file is valid Python, so the message says that the parser is
/// what falls short.
fn what_is_invalid(error: Node<'_>, source: &str) -> String {
    let in_type_parameter = std::iter::successors(error.parent(), Node::parent)
        .take(4)
        .any(|ancestor| ancestor.kind_name() == "type_parameter");
    // The `=` ends the ERROR node or follows it, before the next parameter or the end of the
    // list: `[T = int]`, `[T: str = "a", U]`.
    let default_ahead = source
        .get(error.start_byte()..)
        .and_then(|rest| rest.split([',', ']']).next())
        .is_some_and(|parameter| parameter.contains('='));
    if in_type_parameter && default_ahead {
        "a type parameter default (Python 3.13), which picklefix's parser, tree-sitter-python, \
         does not support yet"
            .into()
    } else {
        "invalid syntax".into()
    }
}

/// A table from every kind id of the grammar to `named(kind)`, for a walk that tells node kinds
/// apart by id: comparing kind strings at every node costs a string match per node. Only
/// named kinds are given to `named`, the rest are `other`: tree-sitter gives keywords the same
/// name as some named nodes (`lambda`, `type`), and a keyword must never be taken for the
/// construct.
pub fn kind_table<T: Copy>(named: fn(&str) -> T, other: T) -> Vec<T> {
    let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
    (0..language.node_kind_count())
        .map(|id| {
            let id = u16::try_from(id).unwrap_or(u16::MAX);
            match language.node_kind_for_id(id) {
                Some(name) if language.node_kind_is_named(id) => named(name),
                _ => other,
            }
        })
        .collect()
}

/// The nodes from `root` down to `node`'s parent, outermost first (empty for `root` itself).
/// tree-sitter keeps no parent links: each `Node::parent` call descends from the root again,
/// looking through the children of every node on the way, so climbing k levels that way
/// costs k descents. On a module of many top-level statements each descent scans them all
/// (a 2,000-line file of 221 functions spent a tenth of its run in `parent`); this is one.
pub fn ancestors<'t>(root: Node<'t>, node: Node<'t>) -> Vec<Node<'t>> {
    let mut path = Vec::with_capacity(16);
    let mut current = root;
    // `child_with_descendant` is the step `ts_node_parent` takes, so the path is the chain of
    // `parent` calls, reversed.
    while current.id() != node.id() {
        path.push(current);
        match current.child_with_descendant(node) {
            Some(child) => current = child,
            None => break,
        }
    }
    path
}

/// Whether `node` holds a node of kind `kind` (a `return_statement`, a `yield`), itself or
/// below it, outside the functions, classes and lambdas nested in it, whose own it is.
pub fn holds_own(node: Node<'_>, kind: &str) -> bool {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            found if found == kind => return true,
            "function_definition" | "class_definition" | "lambda" => {}
            _ => {
                let mut cursor = node.walk();
                stack.extend(node.named_children(&mut cursor));
            }
        }
    }
    false
}

/// The named children of `node` other than comments: the items of a literal, the arguments
/// of a call, the parameters of a `def`, the statements of a block.
pub fn named_items(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|child| child.kind_name() != "comment")
        .collect()
}

/// Every node under `root`, `root` first, in document order, by one cursor (a cursor per
/// node costs several times the step itself on the large classes of test modules).
pub fn preorder(root: Node<'_>) -> impl Iterator<Item = Node<'_>> {
    preorder_descending(root, |_| true)
}

/// The nodes under `root`, `root` first, in document order, leaving out the insides of the
/// functions, classes and lambdas nested in it (whose own code they are), as `preorder`
/// walks: the code that runs when `root`'s does.
pub fn own_nodes(root: Node<'_>) -> impl Iterator<Item = Node<'_>> {
    preorder_descending(root, move |node| {
        node.id() == root.id()
            || !matches!(
                node.kind_name(),
                "function_definition" | "class_definition" | "lambda"
            )
    })
}

/// `preorder`, going into the children of only the nodes `descend` accepts.
fn preorder_descending<'t>(
    root: Node<'t>,
    descend: impl Fn(Node<'t>) -> bool,
) -> impl Iterator<Item = Node<'t>> {
    let mut cursor = root.walk();
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let node = cursor.node();
        if descend(node) && cursor.goto_first_child() {
            return Some(node);
        }
        loop {
            if cursor.node().id() == root.id() {
                done = true;
                return Some(node);
            }
            if cursor.goto_next_sibling() {
                return Some(node);
            }
            if !cursor.goto_parent() {
                done = true;
                return Some(node);
            }
        }
    })
}

/// Whether the arguments of a call unpack a `*` or `**` into it, which may fill any slot.
pub fn has_splats(arguments: Node<'_>) -> bool {
    let mut cursor = arguments.walk();
    arguments
        .named_children(&mut cursor)
        .any(|a| matches!(a.kind_name(), "list_splat" | "dictionary_splat"))
}

/// `node`'s entry in a `kind_table`; `other` for an id outside it (an ERROR node).
pub fn kind_in<T: Copy>(table: &[T], node: Node<'_>, other: T) -> T {
    table
        .get(usize::from(node.kind_id()))
        .copied()
        .unwrap_or(other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reparse_gives_the_tree_of_a_fresh_parse() {
        let old = "def f(n):\n    def g():\n        return n\n    return g\n";
        let g = old.find("    def g").expect("g");
        let ret = old.find("    return g").expect("return");
        let edits = [
            Edit::insert(0, "def g(n):\n    return n\n\n\n"),
            Edit::delete(crate::core::source::TextRange::new(g, ret)),
            Edit::replace(
                crate::core::source::TextRange::new(ret + 11, ret + 12),
                "partial(g, n=n)",
            ),
        ];
        let edits: Vec<&Edit> = edits.iter().collect();
        let new = crate::core::fix::apply_edits(old, &edits);
        let old_tree = parse(old).expect("old parses");
        let reparsed = reparse_within(&old_tree, old, &edits, &new, TIME_LIMIT).expect("parses");
        let fresh = parse(&new).expect("new parses");
        assert_eq!(reparsed.root_node().to_sexp(), fresh.root_node().to_sexp());
        let broken = crate::core::fix::apply_edits(old, &[&Edit::insert(0, "def (")]);
        let edits = [&Edit::insert(0, "def (")];
        assert!(reparse_within(&old_tree, old, &edits, &broken, TIME_LIMIT).is_err());
    }

    /// tree-sitter parses these; CPython refuses each with `IndentationError`.
    #[test]
    fn an_empty_block_is_a_syntax_error_where_cpython_reports_it() {
        let cases = [
            ("if x:\nprint(1)\n", 0, "after 'if' statement on line 1"),
            ("x = 1\nif x:\n", 6, "after 'if' statement on line 2"),
            (
                "def f():\n    # only a comment\nx = 1\n",
                0,
                "after function definition on line 1",
            ),
            (
                "class A:\n    def f(self):\n        pass\n\n    def g(self):\n\n\nz = 1\n",
                44,
                "after function definition on line 5",
            ),
            (
                "try:\n    pass\nexcept E:\n# c\n",
                14,
                "after 'except' statement on line 3",
            ),
            (
                "for x in y:\n    pass\nelse:\n",
                21,
                "after 'else' statement on line 3",
            ),
        ];
        for (text, offset, after) in cases {
            let tree = parse(text).expect("tree-sitter parses it");
            let error = empty_block_error(tree.root_node()).expect(text);
            assert_eq!(error.offset, offset, "{text}");
            assert_eq!(error.message, format!("expected an indented block {after}"));
        }
        for text in [
            "if x:\n    # a comment\n    pass\n",
            "match x:\n    case 1:\n        pass\n",
            "f = lambda: 0\nclass A: pass\n",
            "",
        ] {
            let tree = parse(text).expect("parses");
            assert_eq!(empty_block_error(tree.root_node()), None, "{text}");
        }
    }

    #[test]
    fn a_reparse_that_runs_out_of_time_is_given_up_and_the_parser_stays_usable() {
        let old = "import os\nx = 1\n";
        let comments: String = (0..2000).map(|i| format!("# comment {i}\n")).collect();
        let edits = [Edit::insert("import os\n".len(), comments)];
        let edits: Vec<&Edit> = edits.iter().collect();
        let slow = crate::core::fix::apply_edits(old, &edits);
        let old_tree = parse(old).expect("parses");
        let limit = Duration::from_millis(1);
        assert_eq!(
            reparse_within(&old_tree, old, &edits, &slow, limit).err(),
            Some(ParseError::TimedOut(limit))
        );
        let tree = parse("y = 2\n").expect("parses");
        assert_eq!(tree.root_node().end_byte(), 6);
    }

    #[test]
    fn ancestors_are_the_chain_of_parents() {
        let source = "class C:\n    def f(self, x):\n        if x:\n            return [y for y in x]\n\n\ndef g():\n    pass\n";
        let tree = parse(source).expect("parses");
        let root = tree.root_node();
        let mut cursor = root.walk();
        let mut nodes = 0;
        'walk: loop {
            let node = cursor.node();
            let mut parents: Vec<Node<'_>> =
                std::iter::successors(node.parent(), Node::parent).collect();
            parents.reverse();
            assert_eq!(ancestors(root, node), parents, "{node:?}");
            nodes += 1;
            if cursor.goto_first_child() {
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    break 'walk;
                }
            }
        }
        assert!(nodes > 40, "{nodes} nodes");
    }

    #[test]
    fn own_nodes_leave_out_what_nested_definitions_hold() {
        let source = "def f(a):\n    x = 1\n    def g():\n        y = 2\n    h = lambda: z\n    class C:\n        w = 3\n    v = 4\n";
        let tree = parse(source).expect("parses");
        let def = tree.root_node().named_child(0).expect("a def");
        let body = def.child_by_field_name("body").expect("a body");
        let names: Vec<&str> = own_nodes(body)
            .filter(|n| n.kind() == "identifier")
            .map(|n| &source[n.byte_range()])
            .collect();
        // The `def` and `class` statements themselves, not their names, bodies or defaults.
        assert_eq!(names, ["x", "h", "v"]);
    }

    #[test]
    fn preorder_gives_every_node_once_in_document_order_and_stays_under_its_root() {
        let source = "class C:\n    def f(self, x):\n        if x:\n            return [y for y in x]\n\n\ndef g():\n    pass\n";
        let tree = parse(source).expect("parses");
        // Every node by recursion, parents before children, children in order.
        fn collect<'t>(node: Node<'t>, into: &mut Vec<Node<'t>>) {
            into.push(node);
            let mut cursor = node.walk();
            for child in node.children(&mut cursor) {
                collect(child, into);
            }
        }
        let mut expected = Vec::new();
        collect(tree.root_node(), &mut expected);
        assert_eq!(preorder(tree.root_node()).collect::<Vec<_>>(), expected);
        // From an inner node, only that node's subtree, though it has siblings after it.
        let class = tree.root_node().named_child(0).expect("class");
        let mut inner = Vec::new();
        collect(class, &mut inner);
        assert_eq!(preorder(class).collect::<Vec<_>>(), inner);
        assert!(inner.len() > 20 && inner.len() < expected.len() - 5);
    }

    #[test]
    fn valid_source_parses() {
        assert!(parse("def f():\n    return 1\n").is_ok());
    }

    #[test]
    fn reports_the_first_error() {
        let err = parse("x = 1\ndef f(:\n    pass\n").unwrap_err();
        assert_eq!(err.offset, 12);
    }

    #[test]
    fn a_parse_that_runs_out_of_time_is_given_up_and_the_parser_stays_usable() {
        // Some 0.3 s of parsing (see the module's comment), cut off after 1 ms.
        let comments: String = (0..2000).map(|i| format!("# comment {i}\n")).collect();
        let slow = format!("import os\n{comments}x = 1\n");
        let limit = Duration::from_millis(1);
        assert_eq!(
            parse_within(&slow, limit).err(),
            Some(ParseError::TimedOut(limit))
        );
        // Reset, not resumed: the next parse is of its own text.
        let tree = parse("y = 2\n").expect("parses");
        assert_eq!(tree.root_node().end_byte(), 6);
        assert!(parse_within(&slow, TIME_LIMIT).is_ok());
    }

    #[test]
    fn says_when_valid_newer_syntax_is_beyond_the_parser() {
        for source in [
            "class Box[T = int]:\n    pass\n",
            "def f[T = int](x: T) -> T:\n    return x\n",
            "type Pair[T = str] = tuple[T, T]\n",
            "class Box[T: str = \"a\", U = int]:\n    pass\n",
        ] {
            let error = parse(source).expect_err(source);
            assert!(
                error
                    .message
                    .starts_with("a type parameter default (Python 3.13)"),
                "{source:?}: {}",
                error.message
            );
        }
        // A type parameter list that is wrong in any Python is still just invalid.
        assert_eq!(
            parse("class Box[T int]:\n    pass\n").unwrap_err().message,
            "invalid syntax"
        );
    }

    #[test]
    fn reports_missing_nodes() {
        assert!(parse("x = (1, 2\n").is_err());
    }
}
