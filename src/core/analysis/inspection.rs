//! What an inferred wrapper does with its callable besides handing it on, which decides how a
//! lifted callable's captured values may reach it.
//!
//! A map-like wrapper's captures travel in a `functools.partial` of the lifted function, and a
//! wrapper that forwards its `**kwargs` gets them as keyword arguments. Either is right only
//! when the wrapper passes the callable and those keywords on untouched:
//!
//! ```text
//! def pmap(fn, xs):
//!     print(f"running {fn.__name__}")            # a partial has no `__name__`
//!     if len(inspect.signature(fn).parameters) > 1:  # a partial's signature counts the
//!         ...                                         # captures as parameters
//!
//! def submit(fn, *args, timeout=None, **kwargs):      # `timeout=timeout` binds the
//!     ...                                             # wrapper's own parameter
//! ```
//!
//! So a wrapper's row records the first place it inspects its callable (`Inspection`): an
//! attribute read on it (`fn.__name__`), or the callable given to a function that looks at
//! what it is (`inspect.signature`, `getattr`, `isinstance`, ...); and, for one that forwards
//! keywords, the names its own parameters take. Calling it, testing it (`if fn is None`),
//! handing it on, binding it in a `functools.partial` or printing it see the same callable
//! either way. The lift refuses a partial for the first, and a keyword of the second.

use tree_sitter::Node;

use super::callables::unparenthesize;
use super::exports::module_classes;
use super::handed::{HandedPool, Held, imported_function};
use super::inferred::{in_file_bases, parameter_name};
use super::unpicklable::qualified_name;
use super::values::{Called, Evaluator};
use crate::core::node::NodeExt;
use crate::core::parse::parameter_kind;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};

/// The last names of the functions that look at what a callable is rather than call it: the
/// `inspect` module's readers of signatures and kinds, and the builtins that read attributes
/// or types.
pub(super) const INSPECTORS: [&str; 16] = [
    "signature",
    "getfullargspec",
    "getargspec",
    "getcallargs",
    "isfunction",
    "ismethod",
    "iscoroutinefunction",
    "isgeneratorfunction",
    "isasyncgenfunction",
    "getsource",
    "getmodule",
    "getattr",
    "hasattr",
    "isinstance",
    "type",
    "vars",
];

/// The last names of the `inspect` functions that read a callable's source, which a lift
/// rewrites (a lambda becomes a `def`, a nested function loses its indentation): counted as
/// reads of its qualified name (`Look::Names`, `reads_source`).
const SOURCE_READERS: [&str; 2] = ["getsource", "getsourcelines"];

/// Whether `read`, a name read `names_read` or `naming` found, reads the callable's source.
pub(super) fn reads_source(read: &str) -> bool {
    SOURCE_READERS.iter().any(|reader| read.contains(reader))
}

/// How deep calls of the file's own functions are followed (`_label(fn)` reading
/// `fn.__name__` in a helper).
const MAX_HELPERS: usize = 3;

/// The first place the code of `body`, in scope `function`, inspects the variable `name` of
/// that scope (a parameter, or a variable a lambda is bound to), nested functions included
/// when they read the same binding: the expression's text, on one line, and its line. Local
/// aliases (`target = fn`) count as the variable, and so do the parameters of the file's
/// module-level functions it is passed to (`_label(fn)`).
pub(super) fn inspected(
    eval: &Evaluator<'_>,
    body: Node<'_>,
    function: ScopeId,
    name: &str,
) -> Option<(String, usize)> {
    let node = first_inspection(eval, body, function, name, 0, Look::Inspects { keys: true })?;
    Some((eval.one_line(node), node.start_position().row + 1))
}

/// `inspected`, leaving out the uses as a key: for a variable bound once to a lambda, which a
/// lift binds once to a `functools.partial`, a key that is one object either way.
pub(super) fn inspected_ignoring_keys(
    eval: &Evaluator<'_>,
    body: Node<'_>,
    function: ScopeId,
    name: &str,
) -> Option<(String, usize)> {
    let node = first_inspection(
        eval,
        body,
        function,
        name,
        0,
        Look::Inspects { keys: false },
    )?;
    Some((eval.one_line(node), node.start_position().row + 1))
}

/// Where the code of `body`, in scope `function`, reads the name of the callable its variable
/// `name` holds, as `inspected` follows it (aliases, the file's helpers): the first read of its
/// `__qualname__` (`fn.__qualname__`, `getattr(fn, "__qualname__")`), else the first of its
/// `__name__`, with its text on one line, its line, and whether it is the qualified name. A
/// lift gives a lambda a name, and a nested function a module-level qualified name, so code
/// that logs, compares or keys on them sees another value (`ApiRow::names_read`).
pub(super) fn names_read(
    eval: &Evaluator<'_>,
    body: Node<'_>,
    function: ScopeId,
    name: &str,
) -> Option<(String, usize, bool)> {
    if !eval.may_read_names() {
        return None;
    }
    let look =
        |qualified| first_inspection(eval, body, function, name, 0, Look::Names { qualified });
    let (node, qualified) = match look(false)? {
        // The first read of either name, unless a later one reads the qualified name.
        first if reads_qualified(eval, first) => (first, true),
        first => look(true).map_or((first, false), |later| (later, true)),
    };
    Some((
        eval.one_line(node),
        node.start_position().row + 1,
        qualified,
    ))
}

/// Whether the expression around `node`, a read of a callable, reads its name, as
/// `names_read` counts it: the read, and whether it is the qualified name.
pub(super) fn naming<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<(Node<'t>, bool)> {
    if !eval.may_read_names() {
        return None;
    }
    let look = |qualified| looking_at(eval, node, 0, Look::Names { qualified });
    match look(true) {
        Some(read) => Some((read, true)),
        None => look(false).map(|read| (read, false)),
    }
}

/// Whether `read`, found by `Look::Names`, reads `__qualname__` itself (an attribute or a
/// `getattr` with that name); a helper's call is looked at again.
fn reads_qualified(eval: &Evaluator<'_>, read: Node<'_>) -> bool {
    let text = eval.text(read);
    text.ends_with(".__qualname__")
        || (text.contains("__qualname__") && !text.contains("__name__"))
        || reads_source(text)
}

/// What a search for the uses of a callable looks for.
#[derive(Clone, Copy)]
enum Look {
    /// Any look at what it is (`looking_at`); with `keys`, its uses as a key too.
    Inspects { keys: bool },
    /// A read of its `__qualname__` or, unless `qualified`, of its `__name__`.
    Names { qualified: bool },
}

impl Look {
    /// Whether reading the attribute `attribute` of the callable is what this looks for.
    fn reads(self, attribute: &str) -> bool {
        match self {
            Look::Inspects { .. } => true,
            Look::Names { qualified } => {
                attribute == "__qualname__" || (!qualified && attribute == "__name__")
            }
        }
    }
}

fn first_inspection<'t>(
    eval: &Evaluator<'t>,
    body: Node<'t>,
    function: ScopeId,
    name: &str,
    depth: usize,
    look: Look,
) -> Option<Node<'t>> {
    let mut names = aliases(eval, body, function, name);
    if let Look::Names { .. } = look {
        names.extend(returned_by_calls(eval, body, function, &names));
    }
    let mut first: Option<Node<'t>> = None;
    for node in descendants(body) {
        if node.kind_name() == "identifier"
            && names.iter().any(|n| n == eval.text(node))
            && reads_variable(eval, node, function, eval.text(node))
            && let Some(inspecting) = looking_at(eval, node, depth, look)
            && first.is_none_or(|f| inspecting.start_byte() < f.start_byte())
        {
            first = Some(inspecting);
        }
    }
    first
}

/// What the run is asked to read of the functions of other modules that this file's wrappers
/// give their callable to (`describe_call(fn, len(items))`, imported): whether they look at
/// it (`imported_looks`), as for a worker a process runs (`handed::Held::Callable`). Only
/// for a wrapper not yet known to look at its callable, and a function neither the API table
/// describes nor the run already declares.
pub(super) fn inspection_requests(eval: &Evaluator<'_>) -> Vec<HandedPool> {
    let mut found = Vec::new();
    for (key, head) in eval.inferred() {
        let def = eval
            .root
            .descendant_for_byte_range(*key, *key)
            .and_then(|name| name.parent())
            .filter(|def| def.kind_name() == "function_definition");
        let Some(body) = def.and_then(|def| def.field("body")) else {
            continue;
        };
        let function = eval.model.scope_at(body.start_byte());
        for row in head.rows() {
            let Some(name) = row.callable.keyword.filter(|_| row.inspected.is_none()) else {
                continue;
            };
            let names = aliases(eval, body, function, name);
            for node in descendants(body) {
                if node.kind_name() == "identifier"
                    && names.iter().any(|n| n == eval.text(node))
                    && reads_variable(eval, node, function, eval.text(node))
                    && let Some(request) = imported_request(eval, node)
                {
                    found.push(request);
                }
            }
        }
    }
    found.sort_by(|a, b| {
        (&a.function, a.position, &a.keyword).cmp(&(&b.function, b.position, &b.keyword))
    });
    found.dedup();
    found
}

/// The request for the imported function that the identifier `node` is an argument of.
fn imported_request(eval: &Evaluator<'_>, node: Node<'_>) -> Option<HandedPool> {
    let parent = node.parent()?;
    let list = match parent.kind_name() {
        "argument_list" => parent,
        "keyword_argument" if parent.field("value") == Some(node) => parent.parent()?,
        _ => return None,
    };
    let call = list.parent().filter(|call| call.kind_name() == "call")?;
    let function = call.field("function")?;
    let scope = eval.model.scope_at(call.start_byte());
    let path = imported_function(eval, function, scope)?;
    let declared = eval
        .imported_path_of(function)
        .is_some_and(|absolute| eval.apis.iter().any(|api| api.path == absolute));
    if declared {
        return None;
    }
    let (position, keyword) = match argument_slot(list, node)? {
        ArgumentSlot::Keyword(keyword) => (None, Some(eval.text(keyword).to_string())),
        ArgumentSlot::Position(at) => (Some(at), None),
    };
    Some(HandedPool {
        function: path,
        position,
        keyword,
        held: Held::Callable,
    })
}

/// The names `body` calls (`fn` of `fn(x)`), each once.
pub(super) fn called_names(eval: &Evaluator<'_>, body: Node<'_>) -> Vec<String> {
    let mut names: Vec<String> = descendants(body)
        .into_iter()
        .filter(|node| node.kind_name() == "call")
        .filter_map(|call| call.field("function"))
        .filter(|function| function.kind_name() == "identifier")
        .map(|function| eval.text(function).to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The first read of `name` in `body`, in source order, that is not a call of it, a test of
/// it (`if fn`, `fn is None`) or a binding of it: its text, on one line, and its line
/// (1-based). A worker given a `functools.partial` instead of a function sees the difference
/// there (it keeps it, compares it, prints or wraps it), as where it inspects it.
pub(super) fn used_otherwise(
    eval: &Evaluator<'_>,
    body: Node<'_>,
    name: &str,
) -> Option<(String, usize)> {
    used_otherwise_than(eval, body, name, &[])
}

/// `used_otherwise`, leaving out the reads that start at `kept` (a worker keeping the
/// callable where it is called later, `worker_state`, which a partial serves as well).
pub(super) fn used_otherwise_than(
    eval: &Evaluator<'_>,
    body: Node<'_>,
    name: &str,
    kept: &[usize],
) -> Option<(String, usize)> {
    let node = descendants(body)
        .into_iter()
        .filter(|node| node.kind_name() == "identifier" && eval.text(*node) == name)
        .filter(|node| !kept.contains(&node.start_byte()))
        .filter(|node| !only_called_or_tested(*node))
        .min_by_key(|node| node.start_byte())?;
    // `wraps(fn)` rather than `(fn)`.
    let shown = match node.parent() {
        Some(list) if list.kind_name() == "argument_list" => list.parent().unwrap_or(list),
        Some(parent) => parent,
        None => node,
    };
    Some((eval.one_line(shown), node.start_position().row + 1))
}

/// Whether the identifier `node` is called, tested, bound, or not a variable at all (an
/// attribute's or a keyword argument's name).
fn only_called_or_tested(node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return true;
    };
    let is_field = |field: &str| parent.field(field) == Some(node);
    match parent.kind_name() {
        "call" => is_field("function"),
        "attribute" => is_field("attribute"),
        "keyword_argument" => is_field("name"),
        "not_operator" | "if_statement" | "elif_clause" | "while_statement" => true,
        "comparison_operator" => {
            let mut cursor = parent.walk();
            parent
                .named_children(&mut cursor)
                .any(|c| c.kind_name() == "none")
        }
        "assignment" | "augmented_assignment" | "for_statement" => is_field("left"),
        "pattern_list" | "tuple_pattern" | "list_pattern" => true,
        "global_statement" | "nonlocal_statement" => true,
        _ => false,
    }
}

/// Every node under `root`, `root` too.
fn descendants(root: Node<'_>) -> Vec<Node<'_>> {
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        found.push(node);
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found
}

/// `name` and the variables of `function` assigned from it, or from one of those, directly
/// (`target = fn`), or that carry its names (`wrapped`).
fn aliases(eval: &Evaluator<'_>, body: Node<'_>, function: ScopeId, name: &str) -> Vec<String> {
    let nodes = descendants(body);
    let assignments: Vec<(String, String)> = (nodes.iter().copied())
        .filter(|node| node.kind_name() == "assignment")
        .filter_map(|node| {
            let left = node.field("left")?;
            let right = node.field("right")?;
            if left.kind_name() != "identifier" {
                return None;
            }
            // `inner = logged.__wrapped__`: what the wrapper carries is the callable itself.
            let source = match right.kind_name() {
                "identifier" => right,
                _ => descendants(right)
                    .into_iter()
                    .filter(|n| n.kind_name() == "identifier")
                    .find(|n| unwrapped(eval, *n).is_some_and(|w| w.id() == right.id()))?,
            };
            Some((eval.text(left).to_string(), eval.text(source).to_string()))
        })
        .chain(nodes.iter().flat_map(|&node| wrapped(eval, node)))
        .filter(|(left, _)| {
            matches!(eval.model.resolve(function, left), Resolution::Scope(f) if f == function)
        })
        .collect();
    let mut names = vec![name.to_string()];
    let mut grown = true;
    while grown {
        grown = false;
        for (left, right) in &assignments {
            if names.contains(right) && !names.contains(left) {
                names.push(left.clone());
                grown = true;
            }
        }
    }
    names
}

/// The variables of `function` assigned what a call returns that is given one of `names` first
/// (`w = traced(fn)`), when the call is not of a builtin nor of a module-level function of the
/// file (whose code `wrapping_helper` reads): an imported decorator (`retry(fn)`) or a method
/// most often returns a wrapper `functools.wraps` gave the callable's names, so reading the
/// variable's names may read the callable's.
fn returned_by_calls(
    eval: &Evaluator<'_>,
    body: Node<'_>,
    function: ScopeId,
    names: &[String],
) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for node in descendants(body) {
        if node.kind_name() != "assignment" {
            continue;
        }
        let (Some(left), Some(call)) = (
            node.field("left").filter(|l| l.kind_name() == "identifier"),
            node.field("right")
                .map(unparenthesize)
                .filter(|r| r.kind_name() == "call"),
        ) else {
            continue;
        };
        let (Some(called), Some(arguments)) = (call.field("function"), call.field("arguments"))
        else {
            continue;
        };
        let first = crate::core::parse::named_items(arguments)
            .into_iter()
            .next();
        let given = first.is_some_and(|first| {
            first.kind_name() == "identifier" && names.iter().any(|n| n == eval.text(first))
        });
        let scope = eval.model.scope_at(call.start_byte());
        let known = called.kind_name() == "identifier"
            && match eval.model.resolve(scope, eval.text(called)) {
                Resolution::Builtin => true,
                Resolution::Scope(owner) => {
                    owner == SemanticModel::MODULE
                        && (eval.model.bindings_of(owner, eval.text(called)).iter())
                            .all(|&id| eval.model.binding(id).kind == BindingKind::FunctionDef)
                }
                _ => false,
            };
        let local = matches!(
            eval.model.resolve(function, eval.text(left)),
            Resolution::Scope(f) if f == function
        );
        if given && !known && local && !names.iter().any(|n| n == eval.text(left)) {
            found.push(eval.text(left).to_string());
        }
    }
    found
}

/// The names that carry the names of another variable after `node`, each with that
/// variable's name: a function decorated with `functools.wraps(name)` carries the wrapped
/// callable's `__name__`, `__qualname__` and signature (through `__wrapped__`), so looking at
/// it looks at the callable. So do `w` and `v` in `functools.update_wrapper(w, name)`,
/// `functools.wraps(name)(w)` and `v = ...` of either.
fn wrapped(eval: &Evaluator<'_>, node: Node<'_>) -> Vec<(String, String)> {
    let identifier = |node: Option<&Node<'_>>| {
        node.filter(|n| n.kind_name() == "identifier")
            .map(|n| eval.text(*n).to_string())
    };
    match node.kind_name() {
        "decorated_definition" => {
            let defined = node.field("definition").and_then(|def| def.field("name"));
            let mut cursor = node.walk();
            let decorators: Vec<Node<'_>> = node
                .named_children(&mut cursor)
                .filter(|d| d.kind_name() == "decorator")
                .collect();
            decorators
                .into_iter()
                .filter_map(|decorator| wraps_source(eval, decorator.named_child(0)?))
                .filter_map(|source| Some((identifier(defined.as_ref())?, source)))
                .collect()
        }
        "call" => {
            let (Some(function), Some(arguments)) =
                (node.field("function"), node.field("arguments"))
            else {
                return Vec::new();
            };
            let items = crate::core::parse::named_items(arguments);
            let scope = eval.model.scope_at(function.start_byte());
            let (wrapper, source) = match wraps_source(eval, function) {
                Some(source) => (identifier(items.first()), Some(source)),
                None if qualified_name(eval, function, scope).as_deref()
                    == Some("functools.update_wrapper") =>
                {
                    (identifier(items.first()), identifier(items.get(1)))
                }
                None => match wrapping_helper(eval, function) {
                    Some(position) if items.iter().all(|item| item.kind_name() == "identifier") => {
                        (None, identifier(items.get(position)))
                    }
                    _ => return Vec::new(),
                },
            };
            let Some(source) = source else {
                return Vec::new();
            };
            let assigned = node
                .parent()
                .filter(|p| p.kind_name() == "assignment" && p.field("right") == Some(node))
                .and_then(|p| identifier(p.field("left").as_ref()));
            [wrapper, assigned]
                .into_iter()
                .flatten()
                .map(|name| (name, source.clone()))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// For `function`, called by its bare name, a module-level function of the file bound once
/// that returns a function of its own decorated with `functools.wraps(parameter)`
/// (`def traced(fn): @functools.wraps(fn) def wrapper(...): ...; return wrapper`): the
/// position of that parameter, whose argument the call's value carries the names of.
fn wrapping_helper(eval: &Evaluator<'_>, function: Node<'_>) -> Option<usize> {
    if function.kind_name() != "identifier" {
        return None;
    }
    let binding = eval
        .model
        .sole_binding(SemanticModel::MODULE, eval.text(function))?;
    if binding.kind != BindingKind::FunctionDef {
        return None;
    }
    let mut def = eval.statement_node(binding.statement)?;
    if def.kind_name() == "decorated_definition" {
        def = def.field("definition")?;
    }
    let parameters = crate::core::parse::named_items(def.field("parameters")?);
    let body = def.field("body")?;
    let statements = crate::core::parse::named_items(body);
    let returned: Vec<&str> = (statements.iter())
        .filter(|s| s.kind_name() == "return_statement")
        .filter_map(|s| s.named_child(0).filter(|v| v.kind_name() == "identifier"))
        .map(|v| eval.text(v))
        .collect();
    statements
        .iter()
        .filter(|s| s.kind_name() == "decorated_definition")
        .filter(|s| {
            s.field("definition")
                .and_then(|d| d.field("name"))
                .is_some_and(|name| returned.contains(&eval.text(name)))
        })
        .flat_map(|s| crate::core::parse::named_items(*s))
        .filter(|d| d.kind_name() == "decorator")
        .filter_map(|d| wraps_source(eval, d.named_child(0)?))
        .find_map(|source| {
            parameters
                .iter()
                .position(|p| p.kind_name() == "identifier" && eval.text(*p) == source)
        })
}

/// For `call`, `functools.wraps(name)` under any name it is imported by, `name`.
fn wraps_source(eval: &Evaluator<'_>, call: Node<'_>) -> Option<String> {
    let function = call
        .field("function")
        .filter(|_| call.kind_name() == "call")?;
    let scope = eval.model.scope_at(function.start_byte());
    if qualified_name(eval, function, scope).as_deref() != Some("functools.wraps") {
        return None;
    }
    let arguments = crate::core::parse::named_items(call.field("arguments")?);
    arguments
        .first()
        .filter(|first| first.kind_name() == "identifier")
        .map(|first| eval.text(*first).to_string())
}

/// Whether the identifier `node` reads the variable `name` of `function`.
fn reads_variable(eval: &Evaluator<'_>, node: Node<'_>, function: ScopeId, name: &str) -> bool {
    let scope = eval.model.scope_at(node.start_byte());
    matches!(eval.model.resolve(scope, name), Resolution::Scope(found) if found == function)
}

/// The expression that inspects the callable `node` names: `fn.__name__` when `node` is the
/// object of an attribute; `inspect.signature(fn)` when it is an argument of an inspector,
/// under any name it is imported by (`from inspect import signature as sig`); `_label(fn)`
/// when a module-level function of the file inspects the parameter the argument binds.
pub(super) fn inspecting<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    depth: usize,
) -> Option<Node<'t>> {
    looking_at(eval, node, depth, Look::Inspects { keys: true })
}

/// `inspecting`, with the uses as a key (`keyed`) or without them, or only the reads of the
/// callable's names (`Look::Names`).
fn looking_at<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    depth: usize,
    look: Look,
) -> Option<Node<'t>> {
    if let Look::Inspects { keys: true } = look
        && let Some(key) = keyed(eval, node)
    {
        return Some(key);
    }
    let parent = node.parent()?;
    // What `__wrapped__` holds is the callable itself (`functools.wraps` sets it): reading its
    // name reads the callable's (`logged.__wrapped__.__qualname__`). Reading the attribute
    // looks at the wrapper already, as `getattr` and `vars` do, but `inspect.unwrap` does not.
    let unwraps = |callable: Node<'t>| {
        called_with_only(node).is_some_and(|(call, _)| call.id() == callable.id())
    };
    if let Some(callable) = unwrapped(eval, node)
        && (matches!(look, Look::Names { .. }) || unwraps(callable))
    {
        return looking_at(eval, callable, depth, look);
    }
    // `operator.attrgetter("__qualname__")(fn)` reads the attribute.
    if let Some(call) = attribute_getter(eval, node, look) {
        return Some(call);
    }
    // A function's text holds its qualified name (`<function main.<locals>.work at 0x...>`),
    // a partial's its own.
    if let Some(text) = text_of(eval, node) {
        return Some(text);
    }
    match parent.kind_name() {
        "attribute" if parent.field("object") == Some(node) => {
            let attribute = eval.text(parent.field("attribute")?);
            match code_name(eval, parent) {
                Some((read, name)) if attribute == "__code__" => look.reads(name).then_some(read),
                _ => look.reads(attribute).then_some(parent),
            }
        }
        "keyword_argument" if parent.field("value") != Some(node) => None,
        "argument_list" | "keyword_argument" => {
            let list = match parent.kind_name() {
                "keyword_argument" => parent.parent()?,
                _ => parent,
            };
            let call = list.parent().filter(|call| call.kind_name() == "call")?;
            let function = call.field("function")?;
            let last = match function.kind_name() {
                "identifier" => function,
                "attribute" => function.field("attribute")?,
                _ => return None,
            };
            let scope = eval.model.scope_at(call.start_byte());
            let qualified = qualified_name(eval, function, scope);
            let inspector = |name: &str| INSPECTORS.contains(&name);
            let last = qualified
                .as_deref()
                .map(|q| q.rsplit('.').next().unwrap_or(q))
                .filter(|q| inspector(q))
                .unwrap_or(eval.text(last));
            if inspector(last) && matches!(look, Look::Inspects { .. }) {
                return Some(call);
            }
            if matches!(look, Look::Names { .. }) && SOURCE_READERS.contains(&last) {
                return Some(call);
            }
            if last == "getattr" && getattr_reads(eval, list, node, look) {
                return Some(call);
            }
            (depth < MAX_HELPERS && helper_inspects(eval, function, list, node, depth, look))
                .then_some(call)
        }
        _ => None,
    }
}

/// The expression that makes text of the callable `node` names, which holds its qualified
/// name: `repr(fn)`, `str(fn)`, `ascii(fn)` or `format(fn)` (the builtins), an f-string's
/// `{fn}` or `{fn!r}`, `"..." % fn` (or `fn` in its tuple), or `"...".format(fn)`. Printing or
/// logging the callable itself is left alone: its text holds an address that differs at each
/// run anyway.
fn text_of<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<Node<'t>> {
    let parent = node.parent()?;
    let formatted = |operator: Node<'t>| {
        operator.kind_name() == "binary_operator"
            && (operator.field("operator")).is_some_and(|o| eval.text(o) == "%")
            && (operator.field("left")).is_some_and(|l| l.kind_name() == "string")
    };
    match parent.kind_name() {
        "interpolation" => parent.parent().filter(|s| s.kind_name() == "string"),
        "binary_operator" if parent.field("right") == Some(node) => {
            formatted(parent).then_some(parent)
        }
        "tuple" => parent
            .parent()
            .filter(|operator| operator.field("right") == Some(parent))
            .filter(|operator| formatted(*operator)),
        "argument_list" => {
            let call = parent.parent().filter(|c| c.kind_name() == "call")?;
            let function = call.field("function")?;
            let converts = match function.kind_name() {
                "identifier" => {
                    let scope = eval.model.scope_at(call.start_byte());
                    let first = crate::core::parse::named_items(parent)
                        .first()
                        .map(|a| a.id());
                    first == Some(node.id())
                        && eval.model.resolve(scope, eval.text(function)) == Resolution::Builtin
                        && matches!(eval.text(function), "repr" | "str" | "ascii" | "format")
                }
                "attribute" => {
                    (function.field("attribute")).is_some_and(|a| eval.text(a) == "format")
                        && (function.field("object")).is_some_and(|o| o.kind_name() == "string")
                }
                _ => false,
            };
            converts.then_some(call)
        }
        _ => None,
    }
}

/// For `code`, an attribute `__code__`, the read of the name its code object keeps
/// (`fn.__code__.co_qualname`, `fn.__code__.co_name`), with the function attribute that
/// holds the same name.
fn code_name<'t>(eval: &Evaluator<'t>, code: Node<'t>) -> Option<(Node<'t>, &'static str)> {
    let read = code
        .parent()
        .filter(|p| p.kind_name() == "attribute" && p.field("object") == Some(code))?;
    match eval.text(read.field("attribute")?) {
        "co_qualname" => Some((read, "__qualname__")),
        "co_name" => Some((read, "__name__")),
        _ => None,
    }
}

/// The expression that reads what `__wrapped__` of `node` holds, the callable a
/// `functools.wraps` wrapper carries: `node.__wrapped__`, `getattr(node, "__wrapped__")`,
/// `vars(node)["__wrapped__"]`, `node.__dict__["__wrapped__"]`, or `inspect.unwrap(node)`
/// (under any name it is imported by), which follows it.
fn unwrapped<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<Node<'t>> {
    let parent = node.parent()?;
    let is_wrapped = |n: Option<Node<'t>>| {
        n.is_some_and(|n| {
            (n.kind_name() == "string"
                && super::values::string_content(eval.text(n)) == "__wrapped__")
                || (n.kind_name() == "identifier" && eval.text(n) == "__wrapped__")
        })
    };
    // `vars(node)[...]` or `node.__dict__[...]`, subscripted with "__wrapped__".
    let item_of = |mapping: Node<'t>| {
        let subscript = mapping
            .parent()
            .filter(|p| p.kind_name() == "subscript" && p.field("value") == Some(mapping))?;
        is_wrapped(subscript.field("subscript")).then_some(subscript)
    };
    if parent.kind_name() == "attribute" && parent.field("object") == Some(node) {
        let attribute = parent.field("attribute");
        if is_wrapped(attribute) {
            return Some(parent);
        }
        return match attribute.map(|a| eval.text(a)) {
            Some("__dict__") => item_of(parent),
            _ => None,
        };
    }
    if let Some((call, function)) = called_with_only(node) {
        let scope = eval.model.scope_at(call.start_byte());
        return match qualified_name(eval, function, scope).as_deref() {
            Some("inspect.unwrap") => Some(call),
            Some("builtins.vars") => item_of(call),
            _ => None,
        };
    }
    // `getattr(node, "__wrapped__")`, without a default.
    let list = Some(parent).filter(|p| p.kind_name() == "argument_list")?;
    let call = list.parent()?;
    let function = call.field("function")?;
    let scope = eval.model.scope_at(call.start_byte());
    let items = crate::core::parse::named_items(list);
    let getter = qualified_name(eval, function, scope).as_deref() == Some("builtins.getattr");
    match items.as_slice() {
        [object, attribute]
            if getter && object.id() == node.id() && is_wrapped(Some(*attribute)) =>
        {
            Some(call)
        }
        _ => None,
    }
}

/// The call `operator.attrgetter(...)(node)`, when `node` is its one argument and one of the
/// getter's names, string literals, starts with an attribute `look` looks for
/// (`attrgetter("__qualname__")`, `attrgetter("__code__.co_qualname")`).
fn attribute_getter<'t>(eval: &Evaluator<'t>, node: Node<'t>, look: Look) -> Option<Node<'t>> {
    let (call, getter) = called_with_only(node)?;
    let function = getter
        .field("function")
        .filter(|_| getter.kind_name() == "call")?;
    let scope = eval.model.scope_at(call.start_byte());
    if qualified_name(eval, function, scope).as_deref() != Some("operator.attrgetter") {
        return None;
    }
    let names = crate::core::parse::named_items(getter.field("arguments")?);
    names
        .iter()
        .any(|name| {
            let path = super::values::string_content(eval.text(*name));
            name.kind_name() == "string" && look.reads(path.split('.').next().unwrap_or(path))
        })
        .then_some(call)
}

/// The call `node` is the one argument of, with the expression it calls.
fn called_with_only(node: Node<'_>) -> Option<(Node<'_>, Node<'_>)> {
    let list = node.parent().filter(|p| p.kind_name() == "argument_list")?;
    let [only] = crate::core::parse::named_items(list)[..] else {
        return None;
    };
    let call = list.parent().filter(|c| c.kind_name() == "call")?;
    (only.id() == node.id()).then_some(())?;
    Some((call, call.field("function")?))
}

/// Whether `getattr(node, "attribute")` (`arguments` its argument list) reads an attribute
/// `look` looks for, spelled as a string literal.
fn getattr_reads(eval: &Evaluator<'_>, arguments: Node<'_>, node: Node<'_>, look: Look) -> bool {
    let items = crate::core::parse::named_items(arguments);
    if items.first().map(|first| first.id()) != Some(node.id()) {
        return false;
    }
    items.get(1).is_some_and(|attribute| {
        attribute.kind_name() == "string"
            && look.reads(super::values::string_content(eval.text(*attribute)))
    })
}

/// The methods of a mapping or a set that take a key or a member first.
const KEYED_METHODS: [&str; 7] = [
    "get",
    "setdefault",
    "pop",
    "__contains__",
    "add",
    "discard",
    "remove",
];

/// Where the callable `node` names is used as a key, by its identity and hash: an index
/// (`CACHE[fn]`), a member tested with `in`, a dict key or set element, a mapping method's key
/// (`seen.get(fn)`, `SEEN.add(fn)`), `hash(fn)`, or a tuple holding it used so, directly or
/// through a variable (`key = (fn, tuple(xs))`, then `key in CACHE`). A lift gives the
/// wrapper a new `functools.partial` at every call, so a cache keyed by the callable never
/// hits again, and one keyed by a function the lift moves sees another object.
fn keyed<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<Node<'t>> {
    let parent = node.parent()?;
    let is_field = |field: &str| parent.field(field) == Some(node);
    match parent.kind_name() {
        "subscript" if !is_field("value") => Some(parent),
        "pair" if is_field("key") => Some(parent),
        "set" => Some(parent),
        "comparison_operator" if parent.named_child(0) == Some(node) && membership(parent) => {
            Some(parent)
        }
        // `key = fn, x` is a tuple too, without its parentheses.
        "tuple" | "expression_list" => {
            keyed(eval, parent).or_else(|| keyed_through_variable(eval, parent))
        }
        "argument_list" if parent.named_child(0) == Some(node) => {
            let call = parent.parent().filter(|call| call.kind_name() == "call")?;
            let function = call.field("function")?;
            let keying = match function.kind_name() {
                // `id(fn)` is mostly printed, in a log line.
                "identifier" => eval.text(function) == "hash",
                "attribute" => function
                    .field("attribute")
                    .is_some_and(|last| KEYED_METHODS.contains(&eval.text(last))),
                _ => false,
            };
            keying.then_some(call)
        }
        _ => None,
    }
}

/// Whether the comparison tests membership (`in`, `not in`).
fn membership(comparison: Node<'_>) -> bool {
    let mut cursor = comparison.walk();
    comparison
        .children(&mut cursor)
        .any(|child| !child.is_named() && matches!(child.kind_name(), "in" | "not in"))
}

/// A tuple assigned to a variable of its function (`key = (fn, n)`) that the function then
/// uses as a key (`keyed`): that use.
fn keyed_through_variable<'t>(eval: &Evaluator<'t>, tuple: Node<'t>) -> Option<Node<'t>> {
    let assignment = tuple.parent().filter(|p| p.kind_name() == "assignment")?;
    (assignment.field("right") == Some(tuple)).then_some(())?;
    let variable = assignment
        .field("left")
        .filter(|left| left.kind_name() == "identifier")?;
    let name = eval.text(variable);
    let body = std::iter::successors(assignment.parent(), |n| n.parent())
        .find(|n| n.kind_name() == "function_definition")?
        .field("body")?;
    descendants(body)
        .into_iter()
        .filter(|n| {
            n.kind_name() == "identifier" && n.id() != variable.id() && eval.text(*n) == name
        })
        .filter(|n| {
            n.parent()
                .is_none_or(|p| !matches!(p.kind_name(), "tuple" | "expression_list"))
        })
        .filter_map(|n| keyed(eval, n))
        .min_by_key(|n| n.start_byte())
}

/// Whether `function`, called with `arguments`, is a module-level `def` of this file that
/// inspects the parameter the argument `node` binds (by position or keyword), or a function
/// of another file of the run that does, as that file's analysis read it (`imported_looks`).
fn helper_inspects<'t>(
    eval: &Evaluator<'t>,
    function: Node<'t>,
    arguments: Node<'t>,
    node: Node<'t>,
    depth: usize,
    look: Look,
) -> bool {
    // Another file answers whether it looks at the callable, not which names it reads.
    if matches!(look, Look::Inspects { .. }) && imported_looks(eval, function, arguments, node) {
        return true;
    }
    let parameter = || -> Option<bool> {
        if function.kind_name() != "identifier" {
            return None;
        }
        let [only] = eval
            .model
            .bindings_of(SemanticModel::MODULE, eval.text(function))
        else {
            return None;
        };
        let binding = eval.model.binding(*only);
        let def = eval
            .statement_node(binding.statement)
            .filter(|d| d.kind_name() == "function_definition")?;
        let name = bound_parameter(eval, def, arguments, node, 0)?;
        let body = def.field("body")?;
        let helper = eval.model.scope_at(body.start_byte());
        Some(first_inspection(eval, body, helper, &name, depth + 1, look).is_some())
    };
    parameter().unwrap_or(false) || method_inspects(eval, function, arguments, node, depth, look)
}

/// Whether `function` is `self.<name>` in a method of a module-level class of this file, and
/// a plain method of that name, in the class, a class of the file it derives from or one
/// deriving from it (an override the instance may be of), inspects the parameter the
/// argument `node` binds (`self._label(fn)` with `def _label(self, fn): return fn.__name__`).
fn method_inspects<'t>(
    eval: &Evaluator<'t>,
    function: Node<'t>,
    arguments: Node<'t>,
    node: Node<'t>,
    depth: usize,
    look: Look,
) -> bool {
    let (Some(object), Some(attribute)) = (function.field("object"), function.field("attribute"))
    else {
        return false;
    };
    if function.kind_name() != "attribute" || object.kind_name() != "identifier" {
        return false;
    }
    let scope = eval.model.scope_at(function.start_byte());
    let Some(class) = eval.method_class(eval.text(object), scope) else {
        return false;
    };
    let method = eval.text(attribute);
    related_classes(eval, class).into_iter().any(|related| {
        eval.model.bindings_of(related, method).iter().any(|&id| {
            let binding = eval.model.binding(id);
            let Some(def) = eval
                .statement_node(binding.statement)
                .map(|s| s.field("definition").unwrap_or(s))
                .filter(|d| d.kind_name() == "function_definition")
            else {
                return false;
            };
            if eval.called_as(def) != Some(Called::Plain) {
                return false;
            }
            let (Some(name), Some(body)) = (
                bound_parameter(eval, def, arguments, node, 1),
                def.field("body"),
            ) else {
                return false;
            };
            let inner = eval.model.scope_at(body.start_byte());
            first_inspection(eval, body, inner, &name, depth + 1, look).is_some()
        })
    })
}

/// The module-level classes of the file that `class` derives from, or that derive from it,
/// by the names their bases spell, `class` first.
fn related_classes(eval: &Evaluator<'_>, class: ScopeId) -> Vec<ScopeId> {
    let classes: Vec<(ScopeId, Vec<ScopeId>)> = module_classes(eval)
        .map(|(_, scope)| (scope, in_file_bases(eval, scope)))
        .collect();
    let mut related = vec![class];
    let mut grown = true;
    while grown {
        grown = false;
        for (scope, bases) in &classes {
            let linked = bases.iter().any(|b| related.contains(b)) && !related.contains(scope);
            let ancestor = related
                .iter()
                .any(|r| classes.iter().any(|(s, bs)| s == r && bs.contains(scope)))
                && !related.contains(scope);
            if linked || ancestor {
                related.push(*scope);
                grown = true;
            }
        }
    }
    related
}

/// Whether `function` is a function of another file of the run that looks at what the
/// argument `node` of `arguments` binds (`describe_call(fn, n)` with a `describe_call` that
/// reads `fn.__name__`): the run asks that file what it does with each parameter
/// (`inspection_requests`) and declares the answer (`UserKind::Worker`).
fn imported_looks(
    eval: &Evaluator<'_>,
    function: Node<'_>,
    arguments: Node<'_>,
    node: Node<'_>,
) -> bool {
    let Some((slots, _)) = super::arguments::worker_slots(eval, function) else {
        return false;
    };
    let slot = match argument_slot(arguments, node) {
        Some(ArgumentSlot::Keyword(keyword)) => {
            let keyword = eval.text(keyword);
            slots.iter().find(|slot| slot.keyword == keyword)
        }
        Some(ArgumentSlot::Position(at)) => slots.iter().find(|slot| slot.position == Some(at)),
        None => None,
    };
    slot.is_some_and(|slot| slot.looks.is_some())
}

/// Where the argument `node` of `arguments` is passed.
enum ArgumentSlot<'t> {
    Keyword(Node<'t>),
    Position(usize),
}

/// The slot of the argument `node` of `arguments`: its keyword, or its position when no
/// splat or keyword comes before it.
fn argument_slot<'t>(arguments: Node<'t>, node: Node<'t>) -> Option<ArgumentSlot<'t>> {
    if let Some(keyword) = node
        .parent()
        .filter(|p| p.kind_name() == "keyword_argument")
        .and_then(|p| p.field("name"))
    {
        return Some(ArgumentSlot::Keyword(keyword));
    }
    let items = crate::core::parse::named_items(arguments);
    let before = items.iter().take_while(|a| a.id() != node.id());
    let mut position = 0;
    for item in before {
        if matches!(
            item.kind_name(),
            "list_splat" | "dictionary_splat" | "keyword_argument"
        ) {
            return None;
        }
        position += 1;
    }
    Some(ArgumentSlot::Position(position))
}

/// The parameter of `def` that the argument `node` of `arguments` binds: its keyword, or the
/// parameter at its position when no splat comes before it, after `skip` parameters that
/// come before the call's first argument (a method's `self`).
fn bound_parameter(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    arguments: Node<'_>,
    node: Node<'_>,
    skip: usize,
) -> Option<String> {
    let position = match argument_slot(arguments, node)? {
        ArgumentSlot::Keyword(keyword) => return Some(eval.text(keyword).to_string()),
        ArgumentSlot::Position(at) => at,
    };
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let positional = parameters
        .named_children(&mut cursor)
        .filter(|p| !matches!(p.kind_name(), "comment" | "positional_separator"))
        .take_while(|p| {
            !matches!(
                parameter_kind(*p),
                "list_splat_pattern" | "keyword_separator"
            )
        })
        .nth(position + skip)?;
    parameter_name(positional).map(|n| eval.text(n).to_string())
}

/// The names a caller's keywords bind to the named parameters of `def` itself, rather than
/// to its `**kwargs`: every parameter but the positional-only ones, `*args` and `**kwargs`.
pub(super) fn own_keywords(eval: &Evaluator<'_>, def: Node<'_>) -> Vec<String> {
    let Some(parameters) = def.field("parameters") else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut cursor = parameters.walk();
    for parameter in parameters.named_children(&mut cursor) {
        if parameter.kind_name() == "positional_separator" {
            names.clear();
            continue;
        }
        names.extend(parameter_name(parameter).map(|name| eval.text(name).to_string()));
    }
    names
}
