//! `multiprocessing.set_start_method("fork")`: a program that sets the default start method
//! to fork before it makes a process runs its `Process(target=...)` and `initializer=` there
//! in a forked child, which needs nothing pickled, so a lambda or nested function handed to
//! them works as written and is no finding.
//!
//! Only a call that surely runs first counts: an expression statement with the literal
//! `"fork"` as its method, outside any condition, loop or `try` (the main guard's block
//! aside), either at module level, where it covers the code of every function and the
//! module-level code after it, or in a function, where it covers the code of that function
//! after it. A start method set under a condition (`if sys.platform != "win32":`) leaves the
//! other platforms spawning, where the callable must pickle.

use tree_sitter::Node;

use super::Evaluator;
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::parse::named_items;
use crate::core::semantic::{Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// Where a `set_start_method("fork")` call holds: the call's start, the range of the function
/// whose code runs after it (`None`: module level), and, at module level, whether it runs
/// before any function of the file is called there (`called_before`), so that it covers the
/// code of every function.
pub(super) type ForcedFork = (usize, Option<TextRange>, bool);

/// The functions that set the default start method.
const SETTERS: [&str; 3] = [
    "multiprocessing.set_start_method",
    "multiprocessing.context.set_start_method",
    "torch.multiprocessing.set_start_method",
];

/// The calls of the file that set the default start method to fork and surely run.
pub(super) fn forced_forks(eval: &Evaluator<'_>) -> Vec<ForcedFork> {
    if memchr::memmem::find(eval.source.as_bytes(), b"set_start_method").is_none() {
        return Vec::new();
    }
    let guards = crate::core::analysis::callables::main_guards(eval.root, eval.source);
    let mut found = Vec::new();
    let mut setters: Vec<Node<'_>> = Vec::new();
    let mut stack = vec![eval.root];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind() != "call" || !sets_fork(eval, node) {
            continue;
        }
        if let Some(holder) = unconditional_holder(node, &guards) {
            let first = holder.is_none() && !called_before(eval, node);
            found.push((node.start_byte(), holder.map(TextRange::of), first));
            setters.extend(holder.filter(|f| sets_first(f, node)));
        }
    }
    // A call of a function of the file that sets it (`configure()` first in `main`) sets it
    // where the call stands, and so on for a function that calls that one, a few deep.
    for _ in 0..MAX_SETUP_DEPTH {
        let mut next = Vec::new();
        for setter in std::mem::take(&mut setters) {
            for call in setup_calls(eval, setter) {
                if let Some(holder) = unconditional_holder(call, &guards) {
                    let first = holder.is_none() && !called_before(eval, call);
                    let entry = (call.start_byte(), holder.map(TextRange::of), first);
                    if !found.contains(&entry) {
                        found.push(entry);
                        next.extend(holder.filter(|f| sets_first(f, call)));
                    }
                }
            }
        }
        setters = next;
    }
    found
}

/// How many functions deep a call that sets the start method is followed (`forced_forks`).
const MAX_SETUP_DEPTH: usize = 3;

/// Whether the function `function`, one of the file's module-level functions bound once,
/// reaches `call`, a statement of its own block, whenever it is called: nothing before it
/// returns or raises.
fn sets_first(function: &Node<'_>, call: Node<'_>) -> bool {
    let module_level = function.parent().is_some_and(|p| p.kind() == "module");
    let Some(body) = function.child_by_field_name("body") else {
        return false;
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.start_byte() >= call.start_byte() {
            continue;
        }
        if matches!(node.kind(), "return_statement" | "raise_statement") {
            return false;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    module_level
}

/// The calls of the module-level function `function` by its bare name (`configure()`), when
/// that name is bound once, to it; the caller keeps those that are statements of their own.
fn setup_calls<'t>(eval: &Evaluator<'t>, function: Node<'t>) -> Vec<Node<'t>> {
    let model = eval.model;
    let Some(name) = function.child_by_field_name("name").map(|n| eval.text(n)) else {
        return Vec::new();
    };
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return Vec::new();
    };
    if model.binding(*only).statement != TextRange::of(function) {
        return Vec::new();
    }
    model
        .references
        .iter()
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(SemanticModel::MODULE))
        .filter_map(|r| eval.node_at(r.range))
        .filter_map(|read| {
            let call = read.parent().filter(|c| c.kind() == "call")?;
            (call.child_by_field_name("function") == Some(read)).then_some(call)
        })
        .collect()
}

/// Whether `call` is a setter of `SETTERS` given `"fork"` as its method.
fn sets_fork(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let (Some(function), Some(arguments)) = (
        call.child_by_field_name("function"),
        call.child_by_field_name("arguments"),
    ) else {
        return false;
    };
    let scope = eval.model.scope_at(call.start_byte());
    let setter =
        qualified_name(eval, function, scope).is_some_and(|q| SETTERS.contains(&q.as_str()));
    if !setter {
        return false;
    }
    let method = named_items(arguments)
        .into_iter()
        .find(|item| match item.kind() {
            "keyword_argument" => item
                .child_by_field_name("name")
                .is_some_and(|name| eval.text(name) == "method"),
            _ => true,
        });
    let method = match method {
        Some(item) if item.kind() == "keyword_argument" => item.child_by_field_name("value"),
        other => other,
    };
    method.is_some_and(|m| {
        m.kind() == "string" && super::modules::string_content(eval.text(m)) == "fork"
    })
}

/// For a call that is a statement of its own and runs whenever the code around it does
/// (blocks only, and the main guard at module level), the function it is in (`Some(None)`:
/// module level).
fn unconditional_holder<'t>(call: Node<'t>, guards: &[TextRange]) -> Option<Option<Node<'t>>> {
    let statement = call
        .parent()
        .filter(|p| p.kind() == "expression_statement")?;
    let mut node = statement.parent()?;
    loop {
        match node.kind() {
            "module" => return Some(None),
            "function_definition" => return Some(Some(node)),
            // The main guard's block, then its `if` (or `else:`) at module level.
            "block" if guards.contains(&TextRange::of(node)) => {
                node = node.parent()?;
                if node.kind() == "else_clause" {
                    node = node.parent()?;
                }
                if node.parent()?.kind() != "module" {
                    return None;
                }
            }
            "block" => {
                let parent = node.parent()?;
                if parent.kind() != "function_definition" {
                    return None;
                }
            }
            _ => return None,
        }
        node = node.parent()?;
    }
}

/// Whether module-level code before the module-level `call` (the module's statements before
/// the one holding it, and those of the main guard before it) calls a function or class of
/// the file, which may make a process before the start method is set. Imports, definitions
/// and other calls (`logging.getLogger(...)`) do not.
fn called_before(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let model = eval.model;
    let mut stack: Vec<Node<'_>> = Vec::new();
    let mut node = call;
    while let Some(parent) = node.parent() {
        if matches!(parent.kind(), "module" | "block") {
            stack.extend(std::iter::successors(node.prev_named_sibling(), |s| {
                s.prev_named_sibling()
            }));
        }
        node = parent;
    }
    while let Some(node) = stack.pop() {
        if matches!(
            node.kind(),
            "function_definition" | "class_definition" | "decorated_definition"
        ) && node.parent().is_some_and(|p| p.kind() == "module")
        {
            continue;
        }
        if node.kind() == "call"
            && let Some(function) = node.child_by_field_name("function")
            && function.kind() == "identifier"
        {
            let own = model
                .bindings_of(SemanticModel::MODULE, eval.text(function))
                .iter()
                .any(|&id| {
                    matches!(
                        model.binding(id).kind,
                        crate::core::semantic::BindingKind::FunctionDef
                            | crate::core::semantic::BindingKind::ClassDef
                    )
                });
            if own {
                return true;
            }
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

impl Evaluator<'_> {
    /// Whether the default start method is fork for code at `at`, in `scope`, by a
    /// `set_start_method("fork")` that surely runs before it (`forced_forks`).
    pub fn fork_forced_at(&self, at: usize, scope: ScopeId) -> bool {
        let forced = self.forced_forks.get_or_init(|| forced_forks(self));
        if forced.is_empty() {
            return false;
        }
        let in_function = scope != SemanticModel::MODULE;
        forced.iter().any(|(call, holder, first)| match holder {
            None => (in_function && *first) || *call < at,
            Some(function) => function.start <= at && at < function.end && *call < at,
        })
    }
}
