//! Code that no run of the program reaches, so that a call in it hands nothing to a worker:
//! neither a site of its own nor a hand-over that makes its function a wrapper.
//!
//! ```text
//! def pmap(fn, items):
//!     return [fn(x) for x in items]
//!     with ProcessPoolExecutor(2) as ex:      # after `return`: never runs
//!         return list(ex.map(fn, items))
//!
//! def pmap(fn, items):
//!     if sys.version_info < (3,):             # never holds on Python 3
//!         return Pool(2).map(fn, items)
//!     return list(map(fn, items))
//! ```
//!
//! Only what is certain counts, whatever the input and whichever Python 3 runs the code:
//!
//! - a statement after one that always leaves its block, in the same block: `return`,
//!   `raise`, `break`, `continue`, an `if` with an `else` each of whose branches ends in one,
//!   or an `if` whose test always holds and whose body ends in one (a `with` or a `try` may
//!   swallow the exception a `raise` in them sends, and is not counted). The statements of a
//!   class body or of the module itself, which no `return` leaves, are not looked through: in
//!   a large test module, going over every method or statement before each call cost a
//!   twentieth of the analysis;
//! - the body of an `if`, `elif` or `while` whose test never holds, and the branches after
//!   one whose test always does: `False`, `None`, `0`, `True`, a positive integer, a test of
//!   `sys.version_info` that Python 3 decides (`< (3,)`, `[0] == 2`, `.major >= 3`, `[:2] <=
//!   (2, 7)`; not `< (3, 8)`), `six.PY2` and `six.PY3` (or imported from `six`), a module-level
//!   name bound once to such a test (`PY3 = sys.version_info[0] == 3`), and `not`, `and` and
//!   `or` of these;
//! - anything inside such code: a function defined there is never defined.

use tree_sitter::Node;

use super::conditions::{ends_with, every_branch};
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};

const MODULE: ScopeId = SemanticModel::MODULE;

/// Whether `node` sits in code that never runs (see the module's doc).
pub fn unreachable(eval: &Evaluator<'_>, node: Node<'_>) -> bool {
    let mut child = node;
    while let Some(parent) = child.parent() {
        let body = || (parent.field("consequence").or_else(|| parent.field("body"))) == Some(child);
        let dead = match parent.kind_name() {
            "block" => after_leaving(eval, parent, child),
            "if_statement" => {
                (body() && test(eval, parent) == Some(false)) || skipped_branch(eval, parent, child)
            }
            "elif_clause" | "while_statement" => body() && test(eval, parent) == Some(false),
            _ => false,
        };
        if dead {
            return true;
        }
        child = parent;
    }
    false
}

/// Whether `child`, an `elif` or `else` of the `if` statement `parent`, comes after a
/// branch whose test always holds.
fn skipped_branch(eval: &Evaluator<'_>, parent: Node<'_>, child: Node<'_>) -> bool {
    if !matches!(child.kind_name(), "elif_clause" | "else_clause") {
        return false;
    }
    if test(eval, parent) == Some(true) {
        return true;
    }
    let mut cursor = parent.walk();
    for earlier in parent.children_by_field_name("alternative", &mut cursor) {
        if earlier.id() == child.id() {
            break;
        }
        if earlier.kind_name() == "elif_clause" && test(eval, earlier) == Some(true) {
            return true;
        }
    }
    false
}

/// The value of the test of `statement` (an `if`, `elif` or `while`) when it is the same on
/// every run under Python 3.
fn test(eval: &Evaluator<'_>, statement: Node<'_>) -> Option<bool> {
    truth(eval, statement.field("condition")?, 0)
}

/// How many module-level names `truth` follows from one to the test it is bound to.
const MAX_NAMED_TESTS: usize = 2;

fn truth(eval: &Evaluator<'_>, node: Node<'_>, depth: usize) -> Option<bool> {
    let truth = |node: Node<'_>| truth(eval, node, depth);
    match node.kind_name() {
        "true" => Some(true),
        "false" | "none" => Some(false),
        // A decimal literal (`0`, `1`); `0x0` and `0o0` are left unjudged.
        "integer" => {
            let digits = eval.text(node).replace('_', "");
            (digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.bytes().any(|b| b != b'0'))
        }
        "parenthesized_expression" => truth(node.named_child(0)?),
        "not_operator" => truth(node.field("argument")?).map(|t| !t),
        "boolean_operator" => {
            let left = truth(node.field("left")?);
            let right = truth(node.field("right")?);
            let and = node
                .field("operator")
                .is_some_and(|op| op.kind_name() == "and");
            match (and, left, right) {
                (true, Some(false), _) | (true, _, Some(false)) => Some(false),
                (true, Some(true), Some(true)) => Some(true),
                (false, Some(true), _) | (false, _, Some(true)) => Some(true),
                (false, Some(false), Some(false)) => Some(false),
                _ => None,
            }
        }
        "attribute" => match qualified(eval, node).as_deref() {
            Some("six.PY2") => Some(false),
            Some("six.PY3") => Some(true),
            _ => None,
        },
        "comparison_operator" => version_comparison(eval, node),
        "identifier" => named_truth(eval, node, depth),
        _ => None,
    }
}

/// The value of a module-level name bound once, which no code of the run binds again
/// (`conditions::module_name_may_change`): `from six import PY2` (or `PY3`), or a name bound
/// to a test `truth` decides (`PY3 = sys.version_info[0] == 3`).
fn named_truth(eval: &Evaluator<'_>, node: Node<'_>, depth: usize) -> Option<bool> {
    let model = eval.model;
    let name = eval.text(node);
    if model.resolve(model.scope_at(node.start_byte()), name) != Resolution::Scope(MODULE) {
        return None;
    }
    let [only] = model.bindings_of(MODULE, name) else {
        return None;
    };
    // `setattr(par, "SERIAL", False)` in another file of the run.
    if super::conditions::module_name_may_change(eval, name) {
        return None;
    }
    let binding = model.binding(*only);
    match &binding.kind {
        BindingKind::Import {
            module,
            member: Some(member),
        } if module == "six" => match member.as_str() {
            "PY2" => Some(false),
            "PY3" => Some(true),
            _ => None,
        },
        BindingKind::Assignment if depth < MAX_NAMED_TESTS => {
            let value = eval.node_at(binding.value?)?;
            truth(eval, value, depth + 1)
        }
        _ => None,
    }
}

/// The dotted name `node` reads through the file's imports (`sys.version_info` after `import
/// sys as _sys`), read where it is (`unpicklable::qualified_name`).
fn qualified(eval: &Evaluator<'_>, node: Node<'_>) -> Option<String> {
    super::unpicklable::qualified_name(eval, node, eval.model.scope_at(node.start_byte()))
}

/// How the version a Python 3 interpreter runs compares with a literal: always less, always
/// equal, always greater.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Less,
    Equal,
    Greater,
}

/// The value of a comparison of the running version with a literal, when every Python 3
/// gives the same: `sys.version_info < (3,)`, `sys.version_info[0] == 2`,
/// `sys.version_info.major >= 3`, `sys.version_info[:2] <= (2, 7)`, either side.
fn version_comparison(eval: &Evaluator<'_>, node: Node<'_>) -> Option<bool> {
    let mut cursor = node.walk();
    let operands: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
    let [left, right] = operands.as_slice() else {
        return None;
    };
    let operator = node.field("operators")?.kind_name();
    let (order, flipped) = match (
        version_order(eval, *left, *right),
        version_order(eval, *right, *left),
    ) {
        (Some(order), _) => (order, false),
        (None, Some(order)) => (order, true),
        (None, None) => return None,
    };
    // The order of the version against the literal, or, flipped, of the literal against it.
    let order = match (order, flipped) {
        (Order::Less, true) => Order::Greater,
        (Order::Greater, true) => Order::Less,
        (order, _) => order,
    };
    match operator {
        "<" => Some(order == Order::Less),
        "<=" => Some(order != Order::Greater),
        ">" => Some(order == Order::Greater),
        ">=" => Some(order != Order::Less),
        "==" => Some(order == Order::Equal),
        "!=" => Some(order != Order::Equal),
        _ => None,
    }
}

/// How `version`, a read of `sys.version_info` or of its major number, compares with the
/// literal `literal` under every Python 3.
fn version_order(eval: &Evaluator<'_>, version: Node<'_>, literal: Node<'_>) -> Option<Order> {
    let is_version_info = |node: Node<'_>| {
        node.kind_name() == "attribute"
            && qualified(eval, node).is_some_and(|name| name == "sys.version_info")
    };
    // The number of items the version has (`sys.version_info` has five), or none for the
    // major number alone.
    let items: Option<usize> = match version.kind_name() {
        "attribute" if is_version_info(version) => Some(5),
        // `sys.version_info.major`
        "attribute" => {
            let object = version.field("object")?;
            (is_version_info(object) && eval.text(version.field("attribute")?) == "major")
                .then_some(None)?
        }
        "subscript" => {
            let object = version.field("value")?;
            if !is_version_info(object) {
                return None;
            }
            let index = version.field("subscript")?;
            match (index.kind_name(), eval.text(index)) {
                ("integer", "0") => None,
                // `[:2]`, `[:3]`: at least the major and minor numbers.
                ("slice", text) => {
                    let end: usize = text.strip_prefix(':')?.trim().parse().ok()?;
                    (2..=5).contains(&end).then_some(Some(end))?
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    match items {
        None => {
            let number: i64 = (literal.kind_name() == "integer")
                .then(|| eval.text(literal).replace('_', "").parse().ok())??;
            Some(match number.cmp(&3) {
                std::cmp::Ordering::Less => Order::Greater,
                std::cmp::Ordering::Equal => Order::Equal,
                std::cmp::Ordering::Greater => Order::Less,
            })
        }
        Some(items) => {
            if literal.kind_name() != "tuple" {
                return None;
            }
            let mut cursor = literal.walk();
            let numbers: Vec<i64> = literal
                .named_children(&mut cursor)
                .map(|item| {
                    (item.kind_name() == "integer")
                        .then(|| eval.text(item).replace('_', "").parse().ok())
                        .flatten()
                })
                .collect::<Option<_>>()?;
            let (&first, rest) = numbers.split_first()?;
            match first.cmp(&3) {
                std::cmp::Ordering::Less => Some(Order::Greater),
                std::cmp::Ordering::Greater => Some(Order::Less),
                // `(3,)` and `(3, 0)` against a version of more items, `(3, minor, ...)`:
                // longer, so greater (but `version_info[:2]` may equal `(3, 0)`).
                std::cmp::Ordering::Equal
                    if rest.iter().all(|&n| n == 0) && numbers.len() < items =>
                {
                    Some(Order::Greater)
                }
                std::cmp::Ordering::Equal => None,
            }
        }
    }
}

/// Whether a statement before `child` in `block`, not the body of a class, always leaves
/// the block. Only a block whose text before `child` spells a leaving word is walked.
fn after_leaving(eval: &Evaluator<'_>, block: Node<'_>, child: Node<'_>) -> bool {
    if block
        .parent()
        .is_none_or(|parent| parent.kind_name() == "class_definition")
    {
        return false;
    }
    let before = &eval.source.as_bytes()[block.start_byte()..child.start_byte()];
    let spelled = [&b"return"[..], b"raise", b"break", b"continue"]
        .iter()
        .any(|word| memchr::memmem::find(before, word).is_some());
    if !spelled {
        return false;
    }
    let mut cursor = block.walk();
    block
        .named_children(&mut cursor)
        .take_while(|statement| statement.start_byte() < child.start_byte())
        .any(|statement| leaves(eval, statement))
}

/// Whether `statement` leaves its block on every path (see the module's doc).
fn leaves(eval: &Evaluator<'_>, statement: Node<'_>) -> bool {
    let ends_leaving = |block: Option<Node<'_>>| ends_with(block, |last| leaves(eval, last));
    match statement.kind_name() {
        "return_statement" | "raise_statement" | "break_statement" | "continue_statement" => true,
        // `if sys.version_info >= (3,): return ...` leaves whatever follows it.
        "if_statement" if test(eval, statement) == Some(true) => {
            ends_leaving(statement.field("consequence"))
        }
        "if_statement" => every_branch(statement, ends_leaving),
        _ => false,
    }
}
