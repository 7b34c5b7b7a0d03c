//! `multiprocessing.set_start_method("fork")`: a program that sets the default start method
//! to fork before it makes a process runs its `Process(target=...)` and `initializer=` there
//! in a forked child, which needs nothing pickled, so a lambda or nested function handed to
//! them works as written and is no finding.
//!
//! Only a call that surely runs first counts: an expression statement with the literal
//! `"fork"` as its method, outside any condition, loop or `try` (the main guard's block
//! aside), either at module level, where it covers the module-level code after it, and the
//! code of every function when it runs before any of them and outside the main guard (a
//! module that imports the file runs no guard, and may call its functions under the default
//! start method), or in a function, where it covers the code of that function after it. A
//! start method set under a condition (`if sys.platform != "win32":`) leaves the other
//! platforms spawning, where the callable must pickle. A call of a function of the file that
//! sets it first (`configure()`) sets it where the call stands. A file that sets any other
//! start method anywhere (`"spawn"`, or one only known at run time) counts a fork only in a
//! function, up to that other call there or a call of a function of the file that may make it.

use tree_sitter::Node;

use super::Evaluator;
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::semantic::{Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// Where a `set_start_method("fork")` call holds: the call's start, the range of the function
/// whose code runs after it (`None`: module level), at module level whether it runs before any
/// function of the file is called there (`called_before`), so that it covers the code of every
/// function, and in a function where its hold ends (`holds_until`).
pub(super) type ForcedFork = (usize, Option<TextRange>, bool, usize);

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
    let guards = eval.main_guards();
    let (mut forks, mut others) = (Vec::new(), Vec::new());
    for &call in eval.calls {
        match sets_fork(eval, call) {
            Some(true) => forks.push(call),
            Some(false) => others.push(call),
            None => {}
        }
    }
    let mut found = Vec::new();
    let mut setters: Vec<Node<'_>> = Vec::new();
    for call in forks {
        if let Some(holder) = unconditional_holder(call, guards) {
            found.extend(entry(eval, call, (holder, guards), &others));
            // Another start method set anywhere may be what a setter leaves behind.
            if others.is_empty() {
                setters.extend(holder.filter(|f| sets_first(eval, f, call)));
            }
        }
    }
    // A call of a function of the file that sets it (`configure()` first in `main`) sets it
    // where the call stands, and so on for a function that calls that one, a few deep.
    for _ in 0..MAX_SETUP_DEPTH {
        let mut next = Vec::new();
        for setter in std::mem::take(&mut setters) {
            for call in setup_calls(eval, setter) {
                if let Some(holder) = unconditional_holder(call, guards)
                    && let Some(entry) = entry(eval, call, (holder, guards), &others)
                    && !found.contains(&entry)
                {
                    found.push(entry);
                    next.extend(holder.filter(|f| sets_first(eval, f, call)));
                }
            }
        }
        setters = next;
    }
    found
}

/// The hold of a fork set by `call` in `holder` (`None`: module level), given the calls that
/// set another start method (`others`): none at module level when there are any, since
/// every function may be called after one; in a function, up to the first of them there, or
/// up to the first call of a function of the file when others are set in functions.
fn entry(
    eval: &Evaluator<'_>,
    call: Node<'_>,
    (holder, guards): (Option<Node<'_>>, &[TextRange]),
    others: &[Node<'_>],
) -> Option<ForcedFork> {
    match holder {
        None if !others.is_empty() => None,
        // A set under the main guard runs only when the file is the program: another module
        // that imports a function of it may call it under the default start method.
        None => {
            let at = call.start_byte();
            let guarded = guards.iter().any(|g| g.start <= at && at < g.end);
            Some((at, None, !guarded && !called_before(eval, call), usize::MAX))
        }
        Some(function) => Some((
            call.start_byte(),
            Some(TextRange::of(function)),
            false,
            holds_until(eval, function, call, others),
        )),
    }
}

/// Where the fork set by `call` in `function` may stop holding: the first call after it in
/// the function that sets another start method, or, when a function of the file sets one,
/// the first call after it of a function or class of the file (`usize::MAX`: the end).
fn holds_until(
    eval: &Evaluator<'_>,
    function: Node<'_>,
    call: Node<'_>,
    others: &[Node<'_>],
) -> usize {
    if others.is_empty() {
        return usize::MAX;
    }
    let in_functions = others
        .iter()
        .any(|other| eval.model.scope_at(other.start_byte()) != SemanticModel::MODULE);
    let after = call.start_byte();
    let mut until = usize::MAX;
    let mut stack = vec![function];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() != "call" || node.start_byte() <= after || node.start_byte() >= until {
            continue;
        }
        let sets_other = others.iter().any(|other| other.id() == node.id());
        if sets_other || (in_functions && calls_own(eval, node)) {
            until = node.start_byte();
        }
    }
    until
}

/// Whether `call` calls a function or class of the file by its bare name.
fn calls_own(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let model = eval.model;
    call.field("function")
        .filter(|function| function.kind_name() == "identifier")
        .is_some_and(|function| {
            model
                .bindings_of(SemanticModel::MODULE, eval.text(function))
                .iter()
                .any(|&id| {
                    matches!(
                        model.binding(id).kind,
                        crate::core::semantic::BindingKind::FunctionDef
                            | crate::core::semantic::BindingKind::ClassDef
                    )
                })
        })
}

/// How many functions deep a call that sets the start method is followed (`forced_forks`).
const MAX_SETUP_DEPTH: usize = 3;

/// Whether the function `function`, one of the file's module-level functions bound once,
/// reaches `call`, a statement of its own block, whenever it is called, before it could make
/// a process: it is no generator or coroutine (whose call runs none of its body), and nothing
/// before `call` returns, raises or calls a function or class of the file.
fn sets_first(eval: &Evaluator<'_>, function: &Node<'_>, call: Node<'_>) -> bool {
    let module_level = function.parent().is_some_and(|p| p.kind_name() == "module");
    let Some(body) = function.field("body") else {
        return false;
    };
    if !module_level || eval.text(*function).starts_with("async") {
        return false;
    }
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let before = node.start_byte() < call.start_byte();
        let stops = matches!(node.kind_name(), "return_statement" | "raise_statement")
            || (node.kind_name() == "call" && calls_own(eval, node));
        if node.kind_name() == "yield" || (before && stops) {
            return false;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    true
}

/// The calls of the module-level function `function` by its bare name (`configure()`), when
/// that name is bound once, to it; the caller keeps those that are statements of their own.
fn setup_calls<'t>(eval: &Evaluator<'t>, function: Node<'t>) -> Vec<Node<'t>> {
    let model = eval.model;
    let Some(name) = function.field("name").map(|n| eval.text(n)) else {
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
            let call = read.parent().filter(|c| c.kind_name() == "call")?;
            (call.field("function") == Some(read)).then_some(call)
        })
        .collect()
}

/// For a call of a setter of `SETTERS`, whether it is given `"fork"` as its method; `None`
/// for any other call.
fn sets_fork(eval: &Evaluator<'_>, call: Node<'_>) -> Option<bool> {
    let function = call.field("function")?;
    // The qualified name of an attribute ends with the attribute's own name: most calls of a
    // file are method calls, told apart here without building their qualified names.
    if function.kind_name() == "attribute"
        && function
            .field("attribute")
            .is_none_or(|attribute| eval.text(attribute) != "set_start_method")
    {
        return None;
    }
    let arguments = call.field("arguments")?;
    let scope = eval.model.scope_at(call.start_byte());
    let setter =
        qualified_name(eval, function, scope).is_some_and(|q| SETTERS.contains(&q.as_str()));
    if !setter {
        return None;
    }
    let method = named_items(arguments)
        .into_iter()
        .find(|item| match item.kind_name() {
            "keyword_argument" => item
                .field("name")
                .is_some_and(|name| eval.text(name) == "method"),
            _ => true,
        });
    let method = match method {
        Some(item) if item.kind_name() == "keyword_argument" => item.field("value"),
        other => other,
    };
    Some(method.is_some_and(|m| eval.names_fork(m)))
}

/// For a call that is a statement of its own and runs whenever the code around it does
/// (blocks only, and the main guard at module level), the function it is in (`Some(None)`:
/// module level).
fn unconditional_holder<'t>(call: Node<'t>, guards: &[TextRange]) -> Option<Option<Node<'t>>> {
    let statement = call
        .parent()
        .filter(|p| p.kind_name() == "expression_statement")?;
    let mut node = statement.parent()?;
    loop {
        match node.kind_name() {
            "module" => return Some(None),
            "function_definition" => return Some(Some(node)),
            // The main guard's block, then its `if` (or `else:`) at module level.
            "block" if guards.contains(&TextRange::of(node)) => {
                node = node.parent()?;
                if node.kind_name() == "else_clause" {
                    node = node.parent()?;
                }
                if node.parent()?.kind_name() != "module" {
                    return None;
                }
            }
            "block" => {
                let parent = node.parent()?;
                if parent.kind_name() != "function_definition" {
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
    let mut stack: Vec<Node<'_>> = Vec::new();
    let mut node = call;
    while let Some(parent) = node.parent() {
        if matches!(parent.kind_name(), "module" | "block") {
            stack.extend(std::iter::successors(node.prev_named_sibling(), |s| {
                s.prev_named_sibling()
            }));
        }
        node = parent;
    }
    while let Some(node) = stack.pop() {
        if matches!(
            node.kind_name(),
            "function_definition" | "class_definition" | "decorated_definition"
        ) && node.parent().is_some_and(|p| p.kind_name() == "module")
        {
            continue;
        }
        if node.kind_name() == "call" && calls_own(eval, node) {
            return true;
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
        forced
            .iter()
            .any(|(call, holder, first, until)| match holder {
                None => (in_function && *first) || *call < at,
                Some(function) => {
                    function.start <= at && at < function.end && *call < at && at < *until
                }
            })
    }
}
