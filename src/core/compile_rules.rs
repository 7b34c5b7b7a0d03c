//! The rules CPython enforces when it compiles a file that tree-sitter's grammar does not, checked
//! on a fixed text before it is written.
//!
//! tree-sitter-python accepts any sequence of statements its grammar derives, but CPython's
//! compiler rejects more: a `from __future__` import below other code, a parameter named twice,
//! a keyword argument given twice, `return` outside a function. A fix that produced one of those
//! would pass the re-parse and write a file Python refuses to import. Each rule here is one
//! CPython raises a `SyntaxError` for at compile time; only the parts of the tree that a fix
//! inserted are walked (the rest is the original, which compiled or not on its own), except for
//! the future-import rule, which is about where the inserted text went and so looks at the
//! whole head of the file.
//!
//! The rules:
//! - future imports come before every other statement but the docstring;
//! - parameters: no name twice; no positional parameter without a default after one with a
//!   default; a bare `*` is followed by a named parameter; a parameter is not also declared
//!   `global` or `nonlocal` in its function;
//! - call arguments: no keyword twice; no positional argument after a keyword argument or a
//!   `**` unpacking; no `*` unpacking after a `**` unpacking;
//! - every block holds a statement (tree-sitter accepts an empty one; `no_empty_blocks`, for
//!   the regions of edits that replaced original text);
//! - the text a fix writes in an f-string's replacement field holds no backslash, no `#`, no
//!   quote of a single-quoted string around it and no line break in one (Python 3.12 lifted
//!   these limits; tree-sitter's grammar follows it, 3.11 and older refuse them);
//! - `return`, `yield` and `await` inside a function (`await` inside an `async def`), `break`
//!   and `continue` inside a loop, `nonlocal` inside a nested function.

use std::collections::HashSet;

use tree_sitter::{Node, Tree};

use crate::core::head::head_statements;
use crate::core::node::NodeExt;
use crate::core::parse::empty_block;
use crate::core::source::TextRange;

/// The first rule `tree` (the parse of `text`) breaks inside `regions` (sorted byte ranges of
/// inserted text), as CPython's message would say it.
pub fn check(tree: &Tree, text: &str, regions: &[TextRange]) -> Result<(), String> {
    let root = tree.root_node();
    future_imports_first(root, text)?;
    let mut stack = vec![(root, Enclosing::default())];
    while let Some((node, context)) = stack.pop() {
        if !regions.iter().any(|r| touches(node, *r)) {
            continue;
        }
        // A parameter or argument list counts as soon as a fix added to it; a statement only
        // when the fix wrote all of it.
        let inserted = regions
            .iter()
            .any(|r| r.contains_range(TextRange::of(node)));
        match node.kind_name() {
            "parameters" | "lambda_parameters" => check_parameters(node, text)?,
            "argument_list" => check_arguments(node, text)?,
            "function_definition" => check_declarations(node, text)?,
            "interpolation" => check_interpolation(node, text, regions)?,
            _ if inserted => check_placement(node, context)?,
            _ => {}
        }
        let inner = context.enter(node);
        let first_iterable = first_generator_iterable(node);
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            // The first iterable of a generator expression is evaluated where it stands.
            let around = if Some(child) == first_iterable {
                Enclosing {
                    generator: context.outer_generator,
                    ..inner
                }
            } else {
                inner
            };
            stack.push((child, around));
        }
    }
    Ok(())
}

/// What a fix wrote into the replacement field `node` (an `interpolation`) must compile before
/// Python 3.12: no backslash or `#`, no quote of a single-quoted string around it, and no
/// line break unless every string around it is triple-quoted.
fn check_interpolation(node: Node<'_>, text: &str, regions: &[TextRange]) -> Result<(), String> {
    let mut quotes: Vec<char> = Vec::new();
    let mut single = false;
    let mut child = node;
    while let Some(parent) = child.parent() {
        if parent.kind_name() == "string"
            && child.kind_name() == "interpolation"
            && let Some(start) = parent.child(0).filter(|s| s.kind_name() == "string_start")
        {
            let opening = text[start.byte_range()].trim_start_matches(char::is_alphabetic);
            if let Some(quote) = opening.chars().next().filter(|_| opening.len() == 1) {
                quotes.push(quote);
                single = true;
            }
        }
        child = parent;
    }
    for region in regions {
        let (start, end) = (
            region.start.max(node.start_byte()),
            region.end.min(node.end_byte()),
        );
        let Some(written) = text.get(start..end).filter(|_| start < end) else {
            continue;
        };
        if written.contains('\\') {
            return Err("f-string expression part cannot include a backslash".into());
        }
        if written.contains('#') {
            return Err("f-string expression part cannot include '#'".into());
        }
        if single && written.contains('\n') {
            return Err("f-string: expecting '}'".into());
        }
        if let Some(quote) = quotes.iter().find(|q| written.contains(**q)) {
            return Err(format!(
                "f-string: the expression part cannot hold the string's own quote ({quote}) before Python 3.12"
            ));
        }
    }
    Ok(())
}

fn touches(node: Node<'_>, region: TextRange) -> bool {
    node.start_byte() <= region.end && region.start <= node.end_byte()
}

/// What encloses a node, as far as the rules care.
#[derive(Clone, Copy, Default)]
struct Enclosing {
    function: bool,
    async_function: bool,
    /// `nonlocal` may appear: in a function or class body that a function encloses.
    nested_function: bool,
    lambda: bool,
    loop_: bool,
    /// Inside a generator expression (past its first iterable), which becomes an asynchronous
    /// generator when it awaits, in any function.
    generator: bool,
    /// `generator` around the innermost generator expression, for its first iterable.
    outer_generator: bool,
}

impl Enclosing {
    fn enter(self, node: Node<'_>) -> Enclosing {
        match node.kind_name() {
            "function_definition" => Enclosing {
                function: true,
                async_function: is_async(node),
                nested_function: self.function || self.nested_function,
                ..Enclosing::default()
            },
            "class_definition" => Enclosing {
                nested_function: self.function || self.nested_function,
                ..Enclosing::default()
            },
            "lambda" => Enclosing {
                lambda: true,
                generator: false,
                ..self
            },
            "generator_expression" => Enclosing {
                generator: true,
                outer_generator: self.generator,
                ..self
            },
            "for_statement" | "while_statement" => Enclosing {
                loop_: true,
                ..self
            },
            _ => self,
        }
    }
}

/// When `clause` is the first `for` clause of a generator expression, its iterable.
fn first_generator_iterable(clause: Node<'_>) -> Option<Node<'_>> {
    let generator = clause.parent()?;
    if clause.kind_name() != "for_in_clause" || generator.kind_name() != "generator_expression" {
        return None;
    }
    let mut cursor = generator.walk();
    let first = generator
        .named_children(&mut cursor)
        .find(|c| c.kind_name() == "for_in_clause")?;
    (first == clause).then(|| clause.field("right")).flatten()
}

fn is_async(definition: Node<'_>) -> bool {
    definition
        .child(0)
        .is_some_and(|c| c.kind_name() == "async")
}

/// Statements and expressions that need a function or a loop around them.
fn check_placement(node: Node<'_>, context: Enclosing) -> Result<(), String> {
    match node.kind_name() {
        "return_statement" if !context.function => Err("'return' outside function".into()),
        "yield" if !context.function && !context.lambda => Err("'yield' outside function".into()),
        "await" if (!context.async_function || context.lambda) && !context.generator => {
            Err("'await' outside async function".into())
        }
        "break_statement" if !context.loop_ => Err("'break' outside loop".into()),
        "continue_statement" if !context.loop_ => Err("'continue' not properly in loop".into()),
        "nonlocal_statement" if !context.nested_function => {
            Err("nonlocal declaration not allowed at module level".into())
        }
        _ => Ok(()),
    }
}

/// Every block holds a statement: tree-sitter accepts `if x:` with nothing indented under it
/// (an empty `block`, or one holding only comments), which CPython refuses. A block is emptied
/// by fixes that delete all of its statements, so only the top-level statements where
/// `replaced` (the fixed text's regions of edits that replaced or deleted original text) lie
/// are walked: the one a region falls in, or that ends just before it (a deletion after a
/// block's header line). A pure insertion empties no block.
pub fn no_empty_blocks(tree: &Tree, replaced: &[TextRange]) -> Result<(), String> {
    let root = tree.root_node();
    let regions = replaced;
    let mut cursor = root.walk();
    let statements: Vec<Node<'_>> = root.named_children(&mut cursor).collect();
    let mut walked = HashSet::new();
    for region in regions {
        // The last top-level statement that starts at or before the region.
        let at = statements.partition_point(|s| s.start_byte() <= region.start);
        let Some(index) = at.checked_sub(1) else {
            continue;
        };
        let statement = statements[index];
        if !walked.insert(index) {
            continue;
        }
        if empty_block(statement).is_some() {
            return Err("expected an indented block".into());
        }
    }
    Ok(())
}

/// `from __future__ import x` only at the top, after the docstring and other future imports.
fn future_imports_first(root: Node<'_>, text: &str) -> Result<(), String> {
    let allowed = head_statements(root, text)
        .iter()
        .filter(|s| s.kind_name() == "future_import_statement")
        .count();
    let mut cursor = root.walk();
    let all = root
        .named_children(&mut cursor)
        .filter(|s| s.kind_name() == "future_import_statement")
        .count();
    if all == allowed {
        Ok(())
    } else {
        Err("from __future__ imports must occur at the beginning of the file".into())
    }
}

/// The rules of one parameter list: no name twice, and the rules of their order.
fn check_parameters(parameters: Node<'_>, text: &str) -> Result<(), String> {
    let mut names = HashSet::new();
    let mut order = ParameterOrder::default();
    let mut cursor = parameters.walk();
    for parameter in parameters.named_children(&mut cursor) {
        match parameter.kind_name() {
            "comment" | "positional_separator" => continue,
            "keyword_separator" => {
                order.bare_star();
                continue;
            }
            _ => {}
        }
        let splat = splat_kind(parameter);
        order.splat(splat)?;
        if let Some(name) = parameter_name(parameter, text)
            && !names.insert(name)
        {
            return Err(format!(
                "duplicate argument '{name}' in function definition"
            ));
        }
        let has_default = matches!(
            parameter.kind_name(),
            "default_parameter" | "typed_default_parameter"
        );
        order.defaulted(splat, has_default)?;
    }
    order.end()
}

/// How far a walk over a parameter list has come, for the rules about their order. The
/// checks are made in CPython's order, so that the message is the one it would give first.
#[derive(Default)]
struct ParameterOrder {
    /// A positional parameter with a default has been seen.
    seen_default: bool,
    /// Past a `*` or `*args`: what follows is keyword-only and needs no default.
    keyword_only: bool,
    /// A bare `*` that no named parameter has followed yet.
    bare_star_pending: bool,
}

impl ParameterOrder {
    /// A bare `*`: a named parameter must follow it.
    fn bare_star(&mut self) {
        self.keyword_only = true;
        self.bare_star_pending = true;
    }

    /// A parameter, `*args` or `**kwargs` as `splat` says (`splat_kind`): `**kwargs` cannot
    /// be the one that follows a bare `*`.
    fn splat(&mut self, splat: Option<&str>) -> Result<(), String> {
        if splat == Some("dictionary_splat_pattern") && self.bare_star_pending {
            return Err(BARE_STAR.into());
        }
        self.bare_star_pending = false;
        if splat == Some("list_splat_pattern") {
            self.keyword_only = true;
        }
        Ok(())
    }

    /// A parameter with or without a default: a positional one without cannot follow one with.
    fn defaulted(&mut self, splat: Option<&str>, has_default: bool) -> Result<(), String> {
        if splat.is_none() && !self.keyword_only {
            if has_default {
                self.seen_default = true;
            } else if self.seen_default {
                return Err("non-default argument follows default argument".into());
            }
        }
        Ok(())
    }

    /// The end of the list: a bare `*` cannot end it.
    fn end(&self) -> Result<(), String> {
        if self.bare_star_pending {
            return Err(BARE_STAR.into());
        }
        Ok(())
    }
}

/// CPython's message for a bare `*` that no named parameter follows.
const BARE_STAR: &str = "named arguments must follow bare *";

/// `list_splat_pattern` for `*args`, `dictionary_splat_pattern` for `**kwargs`, typed or not.
fn splat_kind(parameter: Node<'_>) -> Option<&'static str> {
    match crate::core::parse::parameter_kind(parameter) {
        "list_splat_pattern" => Some("list_splat_pattern"),
        "dictionary_splat_pattern" => Some("dictionary_splat_pattern"),
        _ => None,
    }
}

/// The name a parameter binds, whatever its form.
fn parameter_name<'s>(parameter: Node<'_>, text: &'s str) -> Option<&'s str> {
    let mut node = parameter;
    loop {
        if node.kind_name() == "identifier" {
            return Some(&text[node.byte_range()]);
        }
        node = node.field("name").or_else(|| node.named_child(0))?;
    }
}

fn check_arguments(arguments: Node<'_>, text: &str) -> Result<(), String> {
    let mut keywords = HashSet::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut cursor = arguments.walk();
    for argument in arguments.named_children(&mut cursor) {
        match argument.kind_name() {
            "comment" => {}
            "keyword_argument" => {
                seen_keyword = true;
                if let Some(name) = argument.field("name")
                    && !keywords.insert(&text[name.byte_range()])
                {
                    return Err(format!(
                        "keyword argument repeated: {}",
                        &text[name.byte_range()]
                    ));
                }
            }
            "dictionary_splat" => seen_double_star = true,
            "list_splat" if seen_double_star => {
                return Err(
                    "iterable argument unpacking follows keyword argument unpacking".into(),
                );
            }
            "list_splat" => {}
            _ if seen_double_star => {
                return Err("positional argument follows keyword argument unpacking".into());
            }
            _ if seen_keyword => {
                return Err("positional argument follows keyword argument".into());
            }
            _ => {}
        }
    }
    Ok(())
}

/// A parameter that the function also declares `global` or `nonlocal`.
fn check_declarations(definition: Node<'_>, text: &str) -> Result<(), String> {
    let Some(parameters) = definition.field("parameters") else {
        return Ok(());
    };
    let mut cursor = parameters.walk();
    let names: HashSet<&str> = parameters
        .named_children(&mut cursor)
        .filter_map(|p| parameter_name(p, text))
        .collect();
    let Some(body) = definition.field("body") else {
        return Ok(());
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "global_statement" | "nonlocal_statement" => {
                let kind = if node.kind_name() == "global_statement" {
                    "global"
                } else {
                    "nonlocal"
                };
                let mut inner = node.walk();
                for name in node.named_children(&mut inner) {
                    let name = &text[name.byte_range()];
                    if names.contains(name) {
                        return Err(format!("name '{name}' is parameter and {kind}"));
                    }
                }
            }
            _ => {
                let mut inner = node.walk();
                stack.extend(node.named_children(&mut inner));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::parse::parse;

    /// Check `text` as if all of it had been inserted in place of other text.
    fn verdict(text: &str) -> Result<(), String> {
        let tree = parse(text).expect("test text parses");
        let all = [TextRange::new(0, text.len())];
        check(&tree, text, &all).and_then(|()| no_empty_blocks(&tree, &all))
    }

    /// An `if` whose every statement a fix deleted, or that holds only a comment: tree-sitter
    /// parses it, CPython does not.
    #[test]
    fn refuses_an_empty_block() {
        for text in [
            "if x:\nprint(1)\n",
            "if x:\n",
            "def f():\n    # only a comment\nx = 1\n",
            "class A:\n    def f(self):\n        pass\n    if y:\n\n\nz = 1\n",
        ] {
            assert_eq!(
                verdict(text),
                Err("expected an indented block".into()),
                "{text}"
            );
        }
        assert_eq!(verdict("if x:\n    # a comment\n    pass\n"), Ok(()));
    }

    #[test]
    fn accepts_ordinary_code() {
        let text = "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\n\n\ndef f(a, b=1, *args, c, d=2, **kw):\n    for x in a:\n        if x:\n            break\n    return g(a, *args, k=1, **kw)\n\n\nasync def h():\n    await f(1)\n    return lambda: (yield)\n";
        assert_eq!(verdict(text), Ok(()));
    }

    /// A generator expression that awaits is an asynchronous generator, legal in any function
    /// (CPython's test_asyncgen lifts to this); `nonlocal` is legal in a class body or method
    /// that a function encloses.
    #[test]
    fn accepts_await_in_generators_and_nonlocal_in_classes_of_functions() {
        let cases = [
            "def f():\n    return (i for i in y if await w(i))\n",
            "def f():\n    return ((await i for i in y) for j in z)\n",
            "def f():\n    return ([await i for i in y] for j in z)\n",
            "f = lambda: (await x for x in y)\n",
            "def f(x):\n    class C:\n        nonlocal x\n        def m(self):\n            nonlocal x\n",
        ];
        for text in cases {
            assert_eq!(verdict(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn refuses_what_cpython_refuses() {
        let cases = [
            (
                "import os\nfrom __future__ import annotations\n",
                "from __future__",
            ),
            ("def f(x, *, x): pass\n", "duplicate argument 'x'"),
            ("f = lambda x, x: x\n", "duplicate argument 'x'"),
            ("def f(x=1, y): pass\n", "non-default argument"),
            (
                "def f(*, **kw): pass\n",
                "named arguments must follow bare *",
            ),
            ("def f(x, *): pass\n", "named arguments must follow bare *"),
            ("f(k=1, k=2)\n", "keyword argument repeated: k"),
            (
                "f(k=1, x)\n",
                "positional argument follows keyword argument",
            ),
            (
                "f(**kw, x)\n",
                "positional argument follows keyword argument unpacking",
            ),
            ("f(**kw, *a)\n", "iterable argument unpacking follows"),
            ("return 1\n", "'return' outside function"),
            ("class C:\n    yield 1\n", "'yield' outside function"),
            (
                "def f():\n    await g()\n",
                "'await' outside async function",
            ),
            (
                "def f():\n    return (i for i in await y)\n",
                "'await' outside async function",
            ),
            (
                "def f():\n    return ((lambda: await x) for x in y)\n",
                "'await' outside async function",
            ),
            (
                "class C:\n    def m(self):\n        nonlocal x\n",
                "nonlocal declaration not allowed at module level",
            ),
            (
                "while x:\n    def f():\n        break\n",
                "'break' outside loop",
            ),
            (
                "def f():\n    nonlocal x\n",
                "nonlocal declaration not allowed",
            ),
            (
                "def f(x):\n    global x\n",
                "name 'x' is parameter and global",
            ),
        ];
        for (text, message) in cases {
            let result = verdict(text);
            assert!(
                result.as_ref().is_err_and(|e| e.contains(message)),
                "{text:?}: {result:?}"
            );
        }
    }

    /// What a fix writes into an f-string's replacement field must compile on Python 3.11,
    /// which tree-sitter's grammar (after 3.12) does not check; what the original held there
    /// is not judged.
    #[test]
    fn refuses_what_311_refuses_in_a_replacement_field() {
        let cases = [
            ("x = f\"{g(kwds={\"k\": k})}\"\n", "own quote"),
            (
                "x = f'{g(kwds={\"k\": f\"{h({'a': 1})}\"})}'\n",
                "own quote",
            ),
            ("x = f\"{g(\n    a,\n)}\"\n", "expecting '}'"),
            ("x = f\"{g('\\n')}\"\n", "backslash"),
            ("x = f\"{g(a)  # why\n}\"\n", "'#'"),
        ];
        for (text, message) in cases {
            let result = verdict(text);
            assert!(
                result.as_ref().is_err_and(|e| e.contains(message)),
                "{text:?}: {result:?}"
            );
        }
        for text in [
            "x = f\"{g(kwds={'k': k})}\"\n",
            "x = f\"\"\"{g(\n    kwds={\"k\": k},\n)}\"\"\"\n",
            "x = f\"a{b}c\" + \"{'k'}\"\n",
        ] {
            assert_eq!(verdict(text), Ok(()), "{text:?}");
        }
        // The original's own 3.12 field is not the fix's doing.
        let text = "x = f\"{d[\"k\"]} {g(a)}\"\n";
        let tree = parse(text).expect("test text parses");
        let start = text.find("g(a)").unwrap_or(0);
        let inserted = TextRange::new(start, start + 4);
        assert_eq!(check(&tree, text, &[inserted]), Ok(()));
    }

    #[test]
    fn only_inserted_regions_are_checked() {
        let text = "def f(x=1, y): pass\nimport os\n";
        let tree = parse(text).expect("test text parses");
        let inserted = TextRange::new(text.find("import").unwrap_or(0), text.len());
        assert_eq!(check(&tree, text, &[inserted]), Ok(()));
    }
}
