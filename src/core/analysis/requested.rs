//! Lifts the user asks for by position (`--lift FILE:LINE[:COL]`), whether or not the callable
//! is handed to a process API, and the list of every such target (the stress check lifts each).
//!
//! A requested lift is planned by the same `lift::plan` as a finding's fix, as a group with no
//! sites: captures become parameters, every call of a lifted function passes them, and every
//! other use (for a lambda, the lambda itself) becomes a `functools.partial` carrying them. The
//! only difference is timing: a site hands the work over at once, whereas a lambda or a function
//! used as a value may be called long after, so `plan` then also refuses captures that are bound
//! again later (see `references::check_in_place`).

use tree_sitter::{Node, Tree};

use super::FileFacts;
use super::callables::{Callable, Classified, classify, main_guards};
use super::lift::{Context, Group};
use super::values::Evaluator;
use crate::core::diagnostic::Diagnostic;
use crate::core::node::NodeExt;
use crate::core::options::Options;
use crate::core::semantic::{ScopeId, ScopeKind, SemanticModel};
use crate::core::source::{LineCol, LineIndex, TextRange};

/// Why a function at module level is not lifted (a second lift of a lifted function says it).
pub const AT_MODULE_LEVEL: &str = "it is already at module level";

/// Where a lift was asked for: a 1-based line, and optionally a 1-based column in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: Option<usize>,
}

/// The lift of the callable at `position`, as a finding with its fix or with the reason it was
/// refused; `Err` when no single lambda or function starts there (the message lists the
/// candidates of the line).
pub fn lift_at(
    tree: &Tree,
    source: &str,
    settings: &Options,
    position: Position,
) -> Result<Requested, String> {
    let offset = target_offset(tree, source, position)?;
    lift_offset(tree, source, settings, offset)
}

/// The start of every lambda and every function nested in a function (methods aside) or under
/// the `__main__` guard, in source order: what the stress check lifts, one at a time.
pub fn lift_targets(tree: &Tree, source: &str) -> Vec<usize> {
    let guards = main_guards(tree.root_node(), source);
    targets(tree.root_node(), &guards)
        .into_iter()
        .map(|node| statement_of(node).start_byte())
        .collect()
}

fn targets<'t>(root: Node<'t>, guards: &[TextRange]) -> Vec<Node<'t>> {
    candidates(root)
        .into_iter()
        .filter(|node| node.kind_name() == "lambda" || nested_or_guarded(*node, guards))
        .collect()
}

/// A requested lift: the finding that says what was lifted (with its fix) or why not, and the
/// module-level names of the lifted functions (the requested one first).
pub struct Requested {
    pub diagnostic: Diagnostic,
    pub names: Vec<String>,
    /// Why the lift was refused, as the message gives it.
    pub refusal: Option<String>,
}

/// The requested lift of the lambda or function whose statement starts at `offset`.
pub fn lift_offset(
    tree: &Tree,
    source: &str,
    settings: &Options,
    offset: usize,
) -> Result<Requested, String> {
    let root = tree.root_node();
    let node = target_starting_at(root, offset).ok_or("no lambda or function starts there")?;
    let guards = main_guards(root, source);
    // Settled without the semantic model, so that the stress check's second lift of each
    // lifted function costs a walk, not an analysis.
    if node.kind_name() == "function_definition" && at_module_level(node, &guards) {
        let what = format!("function `{}`", definition_name(source, node));
        let rule = crate::core::rules::Rule::NestedFunction;
        return Ok(refused(
            rule,
            TextRange::of(node),
            &what,
            AT_MODULE_LEVEL.into(),
        ));
    }
    let (model, nodes) = SemanticModel::build_with_nodes(tree, source)
        .map_err(|_| "the file is nested too deeply to analyse".to_string())?;
    let eval = Evaluator::new(&model, source, root, &settings.apis, &nodes)
        .located(settings.package.as_deref(), settings.module.as_deref())
        .handed(&settings.handed_pools)
        .writes(&settings.attribute_writes)
        .constants(&settings.module_constants);
    let facts = FileFacts::new(&eval, settings);
    Ok(lift_node(&eval, &guards, &facts, node))
}

/// Every target of the file (`lift_targets`), each lifted alone, with one semantic model.
pub fn lift_each(
    tree: &Tree,
    source: &str,
    settings: &Options,
) -> Result<Vec<(usize, Requested)>, String> {
    let root = tree.root_node();
    let (model, nodes) = SemanticModel::build_with_nodes(tree, source)
        .map_err(|_| "the file is nested too deeply to analyse".to_string())?;
    let eval = Evaluator::new(&model, source, root, &settings.apis, &nodes)
        .located(settings.package.as_deref(), settings.module.as_deref())
        .handed(&settings.handed_pools)
        .writes(&settings.attribute_writes)
        .constants(&settings.module_constants);
    let guards = main_guards(root, source);
    let facts = FileFacts::new(&eval, settings);
    Ok(targets(root, &guards)
        .into_iter()
        .map(|node| {
            (
                statement_of(node).start_byte(),
                lift_node(&eval, &guards, &facts, node),
            )
        })
        .collect())
}

/// The lift of the lambda or function `node`, planned as a group without sites.
fn lift_node<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    facts: &FileFacts,
    node: Node<'t>,
) -> Requested {
    let mut ctx = Context::new(eval, guards, facts.clone());
    let range = TextRange::of(node);
    let (callable, what) = match requested_callable(&ctx, node) {
        Ok(found) => found,
        Err((rule, what, reason)) => return refused(rule, range, &what, reason),
    };
    let mut group = Group {
        members: vec![callable],
        sites: Vec::new(),
    };
    match super::plan_laid_out(&mut ctx, &mut group) {
        Ok(planned) => Requested {
            diagnostic: Diagnostic {
                rule: callable.rule(),
                range,
                message: format!("{what}: lift it to module level as `{}`", planned.names[0]),
                fix: Some(planned.fix),
            },
            names: planned.names,
            refusal: None,
        },
        Err(reason) => refused(callable.rule(), range, &what, reason),
    }
}

fn refused(
    rule: crate::core::rules::Rule,
    range: TextRange,
    what: &str,
    reason: String,
) -> Requested {
    Requested {
        diagnostic: Diagnostic {
            rule,
            range,
            message: format!("{what}: not lifted: {reason}"),
            fix: None,
        },
        names: Vec::new(),
        refusal: Some(reason),
    }
}

fn definition_name<'s>(source: &'s str, definition: Node<'_>) -> &'s str {
    definition
        .field("name")
        .map_or("function", |n| &source[n.byte_range()])
}

type Refusal = (crate::core::rules::Rule, String, String);

/// The callable a lambda or `function_definition` node is, or why it cannot be lifted.
fn requested_callable<'t>(
    ctx: &Context<'t>,
    node: Node<'t>,
) -> Result<(Callable<'t>, String), Refusal> {
    use crate::core::rules::Rule;
    let eval = ctx.eval;
    if node.kind_name() == "lambda" {
        return Ok((Callable::Lambda(node), "lambda".into()));
    }
    let what = format!("function `{}`", definition_name(eval.source, node));
    let refuse = |reason: &str| Err((Rule::NestedFunction, what.clone(), reason.to_string()));
    let outer = match enclosing_scope(ctx, node) {
        Ok(outer) => outer,
        Err(reason) => return refuse(reason),
    };
    let statement = statement_of(node);
    match classify(
        eval,
        ctx.guards,
        statement_name(node).unwrap_or(node),
        outer,
    ) {
        Classified::Unpicklable(callable @ Callable::Function { statement: s, .. }, _)
            if s == statement =>
        {
            Ok((callable, what))
        }
        Classified::Unliftable { reason, .. } => refuse(&reason),
        _ => refuse("its name does not refer to this definition where it is defined"),
    }
}

/// The scope a `function_definition` is defined in, or why a function there is not lifted:
/// it is already at module level, or it is a method.
fn enclosing_scope(ctx: &Context<'_>, node: Node<'_>) -> Result<ScopeId, &'static str> {
    let model = ctx.eval.model;
    let Some(own) = model.scope_created_by(TextRange::of(node)) else {
        return Err("picklefix could not find its scope (internal)");
    };
    let Some(outer) = model.scope(own).parent else {
        return Err("picklefix could not find its scope (internal)");
    };
    match model.scope(outer).kind {
        ScopeKind::Module if at_module_level(node, ctx.guards) => Err(AT_MODULE_LEVEL),
        ScopeKind::Class => Err("it is a method; picklefix lifts functions, not methods"),
        _ => Ok(outer),
    }
}

/// The identifier that names a definition, which `classify` resolves in the enclosing scope.
fn statement_name(definition: Node<'_>) -> Option<Node<'_>> {
    definition.field("name")
}

/// Whether a `function_definition` is at module level and not under the `__main__` guard:
/// in no function or class, whatever `if` or `try` blocks hold it.
fn at_module_level(node: Node<'_>, guards: &[TextRange]) -> bool {
    let statement = statement_of(node);
    let mut parent = statement.parent();
    while let Some(p) = parent {
        if matches!(p.kind_name(), "function_definition" | "class_definition") {
            return false;
        }
        parent = p.parent();
    }
    !guards
        .iter()
        .any(|g| g.contains_range(TextRange::of(statement)))
}

/// Whether a `function_definition` is nested in a function (not a method), or at module level
/// under the `__main__` guard: the functions a lift moves.
fn nested_or_guarded(node: Node<'_>, guards: &[TextRange]) -> bool {
    let statement = statement_of(node);
    let mut parent = statement.parent();
    while let Some(p) = parent {
        match p.kind_name() {
            "function_definition" => return true,
            "class_definition" => return false,
            _ => parent = p.parent(),
        }
    }
    !at_module_level(node, guards)
}

/// A function's statement: the `decorated_definition` around it, if any.
fn statement_of(node: Node<'_>) -> Node<'_> {
    match node.parent() {
        Some(p)
            if p.kind_name() == "decorated_definition"
                && node.kind_name() == "function_definition" =>
        {
            p
        }
        _ => node,
    }
}

/// The lambda or `function_definition` whose statement (or itself) starts at `offset`, found
/// from the leaf there upwards rather than by a walk of the whole tree.
fn target_starting_at(root: Node<'_>, offset: usize) -> Option<Node<'_>> {
    let mut node = root.descendant_for_byte_range(offset, offset)?;
    while node.start_byte() == offset {
        match node.kind_name() {
            "lambda" | "function_definition" if node.is_named() => return Some(node),
            "decorated_definition" => return node.field("definition"),
            _ => node = node.parent()?,
        }
    }
    None
}

/// Every lambda and `function_definition` in the tree, in source order.
fn candidates(root: Node<'_>) -> Vec<Node<'_>> {
    let mut found = Vec::new();
    let mut cursor = root.walk();
    'walk: loop {
        let node = cursor.node();
        // The `lambda` keyword is an anonymous node of the same kind as the expression.
        if node.is_named() && matches!(node.kind_name(), "lambda" | "function_definition") {
            found.push(node);
        }
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    found
}

/// The offset the position names: the start of the one candidate that starts on that line (at
/// that column, when given). A decorated function starts at its first decorator and at `def`.
fn target_offset(tree: &Tree, source: &str, position: Position) -> Result<usize, String> {
    let index = LineIndex::new(source);
    // Where each candidate starts on the position's line: its statement or its `def`.
    let starts: Vec<(Node<'_>, LineCol)> = candidates(tree.root_node())
        .into_iter()
        .filter_map(|node| {
            [statement_of(node).start_byte(), node.start_byte()]
                .iter()
                .map(|&offset| index.line_col(source, offset))
                .find(|at| at.line == position.line)
                .map(|at| (node, at))
        })
        .collect();
    let matching: Vec<Node<'_>> = starts
        .iter()
        .filter(|(node, at)| {
            position.column.is_none_or(|col| {
                at.col == col || index.line_col(source, node.start_byte()).col == col
            })
        })
        .map(|(node, _)| *node)
        .collect();
    match matching.as_slice() {
        [only] => Ok(statement_of(*only).start_byte()),
        _ => Err(no_single_target(position, &starts, matching.len())),
    }
}

/// Why `position` names no single target, with the line's candidates.
fn no_single_target(position: Position, starts: &[(Node<'_>, LineCol)], matching: usize) -> String {
    let listed: Vec<String> = starts
        .iter()
        .map(|(node, at)| {
            let kind = if node.kind_name() == "lambda" {
                "lambda"
            } else {
                "def"
            };
            format!("{}:{} ({kind})", at.line, at.col)
        })
        .collect();
    let place = match position.column {
        Some(col) => format!("{}:{col}", position.line),
        None => format!("line {}", position.line),
    };
    match (matching, listed.is_empty()) {
        (_, true) => format!("no lambda or function starts at {place}"),
        (0, false) => format!(
            "no lambda or function starts at {place}; the candidates on that line are {}",
            listed.join(", ")
        ),
        _ => format!(
            "several lambdas or functions start on {place}; add the column of one: {}",
            listed.join(", ")
        ),
    }
}
