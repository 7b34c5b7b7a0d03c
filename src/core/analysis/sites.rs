//! Finding sites: calls that hand a callable to a process-backed API.
//!
//! Every call in the file is matched against the API table through the evaluator: the method
//! name must be one the table knows and the receiver must evaluate to an instance of the right
//! class, or the function must evaluate to a constructor or table function. Parent-side
//! arguments (`callback=`, `error_callback=`) are never looked at, since only the row's callable
//! slot is.

use tree_sitter::Node;

use super::api::{self, API_TABLE, ApiRow, Class, Target, row_for};
use super::callables::unparenthesize;
use super::choices::{
    refuted_by_fork_context, refuted_by_given_thread_pool, refuted_by_thread_pool,
};
use super::kept_pools::{refuted_by_construction, refuted_by_instance_state};
use super::values::{Evaluator, Value, argument, as_bound};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::source::TextRange;

/// One call that hands a callable to a process API.
#[derive(Clone, Copy, Debug)]
pub struct Site<'t> {
    pub row: &'static ApiRow,
    pub call: Node<'t>,
    pub arguments: Node<'t>,
    /// The argument expression in the callable slot, as written.
    pub callable: Node<'t>,
    /// The scope whose code contains the call.
    pub scope: ScopeId,
    /// The API is reached through an explicit fork context, and this row's callable is not
    /// pickled under fork: nothing to fix.
    pub inherited_by_fork: bool,
    /// The API is reached through an explicit fork context: its workers are forked from the
    /// parent, with every global it has (even a pool task, which is pickled, finds them).
    pub fork_context: bool,
    /// Where the workers of an explicit fork context's pool or executor are forked at the
    /// latest (the statement that makes it, or the call of a wrapper that makes one each
    /// time): a function under the `__main__` guard defined before that exists in them, and
    /// its pickled name is found there. `None` where no fork context is known, or where the
    /// pool was made is not.
    pub forked_at: Option<usize>,
    /// The workers are interpreters of this process (`InterpreterPoolExecutor`, also behind
    /// `run_in_executor`), not processes.
    pub interpreters: bool,
    /// Where `callable` sits: the row's callable slot, or a value the API pickles with the
    /// arguments it hands the worker (`arguments`).
    pub handed: Handed<'t>,
    /// The call that hands the value over, when the site stands where the value is kept
    /// rather than at that call (`picked::standing`: `self.scale = lambda ...` in
    /// `__init__`), for the message to name it.
    pub kept_for: Option<Node<'t>>,
    /// The callable is passed in a mapping splatted into the call, under the slot's keyword
    /// (`Process(**{"target": fn, ...})`, `Process(**opts)` after `opts = dict(target=fn)`),
    /// or in a sequence splatted into it at the slot's position (`pmap(*call)` after `call =
    /// (fn, xs)`): its captured values travel in a `functools.partial`, since the literal,
    /// not the call, holds the arguments.
    pub in_mapping: bool,
}

/// Where a site's callable sits in its call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed<'t> {
    /// The row's callable slot: the worker itself.
    Callable,
    /// A value among the worker's arguments (`Process(args=(...))`, `submit(fn, ...)`, an item
    /// of `map`), pickled with them: its captured values travel in a `functools.partial`, since
    /// the worker calls it with arguments of its own.
    Argument(Parameter<'t>),
}

/// The worker's parameter that a value handed among its arguments binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parameter<'t> {
    /// The positional parameter at this index.
    Position(usize),
    /// The parameter named by this keyword or string key.
    Keyword(Node<'t>),
    /// Some part of a parameter (an element of a `map` item the worker unpacks), or a position
    /// after a `*` splat.
    Unknown,
}

impl Site<'_> {
    /// How the captured values of the callable reach it: as the row passes them to its
    /// callable, or, for a value among the arguments, in a `functools.partial`.
    pub fn passing(&self) -> api::Passing {
        match self.handed {
            Handed::Callable if self.in_mapping => api::Passing::Mapped,
            Handed::Callable => self.row.passing,
            Handed::Argument(_) => api::Passing::Mapped,
        }
    }
}

/// Every site in the file, in source order (a call's sites in its rows' order), among `calls`: every call of the file in source
/// order, as the semantic model's walk collected them (a walk of the tree costs as much as
/// building the model, so the analysis does not make a second one).
pub fn find_sites<'t>(eval: &Evaluator<'t>, calls: &[Node<'t>]) -> Vec<Site<'t>> {
    #[cfg(debug_assertions)]
    assert_eq!(
        calls,
        every_call(eval.root),
        "the model's walk missed a call"
    );
    sites_among(eval, calls)
}

/// `find_sites` over some of the file's calls (those of one function, say).
pub fn sites_among<'t>(eval: &Evaluator<'t>, calls: &[Node<'t>]) -> Vec<Site<'t>> {
    // One search of the file, not one a site: only a file that names the error can catch it.
    let catches = memchr::memmem::find(eval.source.as_bytes(), b"PicklingError").is_some();
    calls
        .iter()
        .flat_map(|call| sites_of(eval, *call))
        .filter(|site| !(catches && falls_back(eval, site)))
        .filter(|site| !never_started(eval, site))
        .filter(|site| !super::reachable::unreachable(eval, site.call))
        .collect()
}

/// Whether the site makes a `Process` bound to a local name that nothing starts: every read of
/// the name reads an attribute of it other than `start` (`p.run()` runs the target in this
/// process, `p.name` reads it), so the process object is never pickled. A read that passes
/// it on, keeps it or returns it may start it elsewhere.
fn never_started(eval: &Evaluator<'_>, site: &Site<'_>) -> bool {
    if site.row.target != Target::Constructor(Class::Process) {
        return false;
    }
    let model = eval.model;
    let Some(assignment) = site.call.parent().filter(|p| p.kind_name() == "assignment") else {
        return false;
    };
    // `p = proc = Process(...)`: another name holds the process too.
    if assignment
        .parent()
        .is_some_and(|p| p.kind_name() == "assignment")
    {
        return false;
    }
    let Some(name) = assignment
        .field("left")
        .filter(|left| left.kind_name() == "identifier")
    else {
        return false;
    };
    let name = eval.text(name);
    if site.scope == SemanticModel::MODULE
        || model.resolve(site.scope, name) != Resolution::Scope(site.scope)
        || (model.bindings_of(site.scope, name).iter())
            .any(|&id| model.binding(id).kind != BindingKind::Assignment)
    {
        return false;
    }
    let Some(body) = eval.scope_node(site.scope) else {
        return false;
    };
    model
        .references_in(TextRange::of(body))
        .filter(|reference| reference.name == name)
        .all(|reference| {
            // A nested function's read of the name sees the process too.
            reference.resolution == Resolution::Scope(site.scope)
                && eval.node_at(reference.range).is_some_and(|node| {
                    node.parent().is_some_and(|parent| {
                        parent.kind_name() == "attribute"
                            && parent.field("object") == Some(node)
                            && parent
                                .field("attribute")
                                .is_some_and(|a| eval.text(a) != "start")
                    })
                })
        })
}

/// Whether the site's call, a pool's blocking `map`, `starmap` or `apply` of a callable
/// named by a variable, is in the body of a `try` that catches the error pickling raises,
/// does the work itself and does not raise again: `except (pickle.PicklingError, AttributeError): return [fn(x) for x in
/// xs]`, a fallback for the callables pickle cannot carry, so that a program handing one
/// over still works. The handler must name `PicklingError`, which a lambda raises, and catch
/// `AttributeError` too (or `Exception`), which a nested function raises before Python 3.14.
fn falls_back(eval: &Evaluator<'_>, site: &Site<'_>) -> bool {
    // Only a call that pickles before it returns raises there: `submit`, `imap` or an
    // executor's `map` raise when their result is read, which may be outside the `try`.
    let blocking = matches!(site.row.target, Target::Method(Class::Pool))
        && matches!(site.row.name, "map" | "starmap" | "apply");
    let callable = super::callables::unparenthesize(site.callable);
    if !blocking || callable.kind_name() != "identifier" {
        return false;
    }
    let worker = eval.text(callable);
    let mut node = site.call;
    while let Some(parent) = node.parent() {
        match parent.kind_name() {
            "function_definition" | "lambda" | "class_definition" => return false,
            "try_statement" if parent.field("body") == Some(node) => {
                let mut cursor = parent.walk();
                let handlers: Vec<Node<'_>> = parent
                    .named_children(&mut cursor)
                    .filter(|c| c.kind_name() == "except_clause")
                    .collect();
                let mut names: Vec<&str> = Vec::new();
                for handler in handlers {
                    let caught = caught_names(eval, handler);
                    if caught.is_empty() || raises(handler) || !calls(eval, handler, worker) {
                        continue;
                    }
                    names.extend(caught);
                }
                let pickling = names.contains(&"PicklingError");
                let attribute = names
                    .iter()
                    .any(|n| matches!(*n, "AttributeError" | "Exception" | "BaseException"));
                if pickling && attribute {
                    return true;
                }
            }
            _ => {}
        }
        node = parent;
    }
    false
}

/// The last names of the exception classes an `except` clause catches (`PicklingError` for
/// `except (pickle.PicklingError, TypeError) as error:`); none for a bare `except:`.
fn caught_names<'s>(eval: &Evaluator<'s>, handler: Node<'_>) -> Vec<&'s str> {
    let mut cursor = handler.walk();
    let Some(mut caught) = handler
        .named_children(&mut cursor)
        .find(|c| !matches!(c.kind_name(), "block" | "comment"))
    else {
        return Vec::new();
    };
    if caught.kind_name() == "as_pattern"
        && let Some(inner) = caught.named_child(0)
    {
        caught = inner;
    }
    while caught.kind_name() == "parenthesized_expression"
        && let Some(inner) = caught.named_child(0)
    {
        caught = inner;
    }
    let items = match caught.kind_name() {
        "tuple" | "expression_list" => {
            let mut cursor = caught.walk();
            caught.named_children(&mut cursor).collect()
        }
        _ => vec![caught],
    };
    items
        .into_iter()
        .filter(|item| matches!(item.kind_name(), "identifier" | "attribute"))
        .map(|item| {
            let text = eval.text(item);
            text.rsplit('.').next().unwrap_or(text).trim()
        })
        .collect()
}

/// Whether the handler calls `worker` itself, doing the work another way (`[fn(x) for x in
/// xs]`): one that only logs would lose the work the lift would keep.
fn calls(eval: &Evaluator<'_>, handler: Node<'_>, worker: &str) -> bool {
    let mut stack = vec![handler];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "call"
            && node
                .field("function")
                .is_some_and(|f| eval.text(f) == worker)
        {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Whether the handler raises (again or anew) somewhere in its body.
fn raises(handler: Node<'_>) -> bool {
    let mut stack = vec![handler];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "raise_statement" {
            return true;
        }
        if matches!(
            node.kind_name(),
            "function_definition" | "lambda" | "class_definition"
        ) {
            continue;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Every call under `root` in source order, by a walk of its own: what the model's walk must
/// find, checked in debug builds (the tests and the fuzzer).
#[cfg(debug_assertions)]
fn every_call(root: Node<'_>) -> Vec<Node<'_>> {
    let mut calls = Vec::new();
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.kind_name() == "call" {
            calls.push(node);
        }
        if cursor.goto_first_child() {
            continue;
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                return calls;
            }
        }
    }
}

/// The sites of one call: one per row of the API it calls whose slot holds a callable, so a
/// call of a wrapper with two callable parameters (`run(fn, init, xs)`) may be two sites.
fn sites_of<'t>(eval: &Evaluator<'t>, call: Node<'t>) -> Vec<Site<'t>> {
    let (Some(function), Some(arguments)) = (call.field("function"), call.field("arguments"))
    else {
        return Vec::new();
    };
    if arguments.kind_name() != "argument_list" || !worth_resolving(eval, function) {
        return Vec::new();
    }
    let scope = eval.model.scope_at(call.start_byte());
    let own = local_process(eval, call, function, arguments, scope);
    let Some((head, fork)) = match_row(eval, function, arguments, scope) else {
        return own.into_iter().collect();
    };
    own.into_iter()
        .chain(
            head.rows()
                .flat_map(|row| {
                    // A `*args` slot: every positional argument from its position on.
                    let extra = match (row.variadic, row.callable.position) {
                        (true, Some(position)) => (position + 1..)
                            .map_while(|p| argument(arguments, eval.source, Some(p), None))
                            .collect(),
                        _ => Vec::new(),
                    };
                    let first = argument(
                        arguments,
                        eval.source,
                        row.callable.position,
                        row.callable.keyword,
                    )
                    .map(|callable| (callable, false))
                    .or_else(|| {
                        let keyword = row.callable.keyword?;
                        mapped_callable(eval, arguments, keyword, scope).map(|c| (c, true))
                    })
                    .or_else(|| {
                        let position = row.callable.position?;
                        splatted_positional(eval, arguments, position, scope).map(|c| (c, true))
                    });
                    first
                        .into_iter()
                        .chain(extra.into_iter().map(|callable| (callable, false)))
                        .map(move |(callable, in_mapping)| (row, bound_value(callable), in_mapping))
                })
                .filter_map(|(row, callable, in_mapping)| {
                    // A wrapper that cannot hand the callable over with these arguments.
                    if refuted(eval, row, arguments, scope) {
                        return None;
                    }
                    (callable.kind_name() != "none").then(|| Site {
                        row,
                        call,
                        arguments,
                        callable,
                        scope,
                        inherited_by_fork: fork && !row.pickled_under_fork,
                        fork_context: fork,
                        forked_at: forked_at(eval, row, fork, call, function, scope),
                        interpreters: runs_in_interpreters(eval, row, arguments, scope),
                        handed: Handed::Callable,
                        kept_for: None,
                        in_mapping,
                    })
                }),
        )
        .collect()
}

/// The value `argument` hands over: what a walrus in it binds (`pool.map(f := lambda x: ...,
/// xs)`, `(f := work)`), which is reported as any callable (`lift` refuses to change what
/// the name holds); else the argument.
fn bound_value(argument: Node<'_>) -> Node<'_> {
    let inner = unparenthesize(argument);
    match inner.kind_name() {
        "named_expression" => inner.field("value").unwrap_or(argument),
        _ => argument,
    }
}

/// The value a `**` mapping of the call's arguments holds under `keyword`, when it says: a
/// dict literal with that string key (`**{"target": fn}`), a `dict(...)` call given it
/// (`**dict(target=fn)`), or a local name bound once to one of those, which the code only
/// splats or stores other string keys in (`opts["daemon"] = True`). The mapping's own
/// value, which the call passes as the keyword.
fn mapped_callable<'t>(
    eval: &Evaluator<'t>,
    arguments: Node<'t>,
    keyword: &str,
    scope: ScopeId,
) -> Option<Node<'t>> {
    // Most argument lists spell no `**`.
    if !eval.text(arguments).contains("**") {
        return None;
    }
    let mut cursor = arguments.walk();
    let splats: Vec<Node<'t>> = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() == "dictionary_splat")
        .filter_map(|a| a.named_child(0))
        .collect();
    let mut found = None;
    for splat in splats {
        let mapping = unparenthesize(splat);
        let mapping = match mapping.kind_name() {
            "identifier" => local_mapping(eval, mapping, keyword, scope)?,
            _ => mapping,
        };
        if let Some(value) = mapping_value(eval, mapping, keyword) {
            // Two mappings giving the keyword: the call raises a `TypeError`.
            if found.replace(value).is_some() {
                return None;
            }
        }
    }
    found
}

/// The value of `keyword` in the dict literal or `dict(...)` call `mapping`.
fn mapping_value<'t>(eval: &Evaluator<'t>, mapping: Node<'t>, keyword: &str) -> Option<Node<'t>> {
    match mapping.kind_name() {
        "dictionary" => {
            let mut cursor = mapping.walk();
            let pairs: Vec<Node<'t>> = mapping.named_children(&mut cursor).collect();
            // A `**other` inside the literal may hold the key too.
            if pairs.iter().any(|p| p.kind_name() == "dictionary_splat") {
                return None;
            }
            pairs
                .into_iter()
                .filter(|pair| pair.kind_name() == "pair")
                .filter(|pair| {
                    pair.field("key").is_some_and(|key| {
                        key.kind_name() == "string"
                            && super::values::string_content(eval.text(key)) == keyword
                    })
                })
                .last()
                .and_then(|pair| pair.field("value"))
        }
        _ => {
            // A keyword of the call wins over what a mapping given with it holds.
            let arguments = super::unpacked::builtin_call_arguments(eval, mapping, "dict")?;
            argument(arguments, eval.source, None, Some(keyword))
        }
    }
}

/// The dict literal or `dict(...)` call the local `name` is bound to once, when every other
/// read of it splats it into a call or stores a string key other than `keyword` in it.
fn local_mapping<'t>(
    eval: &Evaluator<'t>,
    name: Node<'t>,
    keyword: &str,
    scope: ScopeId,
) -> Option<Node<'t>> {
    let is_mapping = |value: Node<'t>| {
        value.kind_name() == "dictionary"
            || super::unpacked::builtin_call_arguments(eval, value, "dict").is_some()
    };
    splatted_literal(eval, name, scope, is_mapping, |read, parent| {
        match parent.kind_name() {
            "dictionary_splat" => true,
            // `opts["daemon"] = True`
            "subscript" if parent.field("value") == Some(read) => {
                let key = parent
                    .field("subscript")
                    .filter(|k| k.kind_name() == "string");
                let stored = parent.parent().is_some_and(|a| {
                    a.kind_name() == "assignment" && a.field("left") == Some(parent)
                });
                stored
                    && key.is_some_and(|k| super::values::string_content(eval.text(k)) != keyword)
            }
            _ => false,
        }
    })
}

/// The tuple or list literal the local `name` is bound to once, when every read of it splats
/// it into a call (`call = (fn, xs)` then `pmap(*call)`).
fn local_sequence<'t>(eval: &Evaluator<'t>, name: Node<'t>, scope: ScopeId) -> Option<Node<'t>> {
    let is_sequence = |value: Node<'t>| matches!(value.kind_name(), "tuple" | "list");
    splatted_literal(eval, name, scope, is_sequence, |_, parent| {
        parent.kind_name() == "list_splat"
    })
}

/// The value of the one assignment of the local `name`, when `literal` accepts it and every
/// read of the name is one `read_ok` accepts (the read and its parent): what the name holds
/// wherever a call splats it. A module's global counts when it is bound only under the
/// `__main__` guard.
fn splatted_literal<'t>(
    eval: &Evaluator<'t>,
    name: Node<'t>,
    scope: ScopeId,
    literal: impl Fn(Node<'t>) -> bool,
    read_ok: impl Fn(Node<'t>, Node<'t>) -> bool,
) -> Option<Node<'t>> {
    let model = eval.model;
    let text = eval.text(name);
    let Resolution::Scope(owner) = model.resolve(scope, text) else {
        return None;
    };
    // A global may be read or changed by another module that imports this one; one bound
    // only under the `__main__` guard exists in no module but the script run.
    if owner == SemanticModel::MODULE
        && !super::callables::bound_only_under_guard(model, eval.main_guards(), text)
    {
        return None;
    }
    let binding = model.sole_binding(owner, text)?;
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    let value = unparenthesize(eval.node_at(binding.value?)?);
    if !literal(value) {
        return None;
    }
    let only_splatted = model
        .references
        .iter()
        .filter(|r| r.name == text && r.resolution == Resolution::Scope(owner))
        .all(|reference| {
            eval.node_at(reference.range)
                .and_then(|read| Some((read, read.parent()?)))
                .is_some_and(|(read, parent)| read_ok(read, parent))
        });
    only_splatted.then_some(value)
}

/// The argument at `position` when a `*` splat before it holds it: a tuple or list literal
/// (`pmap(*(fn, xs))`) or a local bound once to one and only splatted (`call = (fn, xs)` then
/// `pmap(*call)`), whose elements take the positions from the splat's on. `None` when a
/// splat at or before the position is anything else: where positions fall is unknown.
fn splatted_positional<'t>(
    eval: &Evaluator<'t>,
    arguments: Node<'t>,
    position: usize,
    scope: ScopeId,
) -> Option<Node<'t>> {
    let mut cursor = arguments.walk();
    let mut index = 0;
    for child in arguments.named_children(&mut cursor) {
        match child.kind_name() {
            "keyword_argument" | "dictionary_splat" | "comment" => {}
            "list_splat" => {
                let splatted = unparenthesize(child.named_child(0)?);
                let sequence = match splatted.kind_name() {
                    "identifier" => local_sequence(eval, splatted, scope)?,
                    "tuple" | "list" => splatted,
                    _ => return None,
                };
                let mut elements = sequence.walk();
                let elements: Vec<Node<'t>> = sequence
                    .named_children(&mut elements)
                    .filter(|e| e.kind_name() != "comment")
                    .collect();
                if elements.iter().any(|e| e.kind_name() == "list_splat") {
                    return None;
                }
                if let Some(&element) = elements.get(position.checked_sub(index)?) {
                    return Some(element);
                }
                index += elements.len();
            }
            _ => {
                if index == position {
                    return Some(child);
                }
                index += 1;
            }
        }
    }
    None
}

/// `Worker(q, 3)` where `Worker` subclasses `Process` and is defined inside a function or
/// only under the `__main__` guard: `start()` pickles the whole instance under spawn and
/// forkserver, and pickle cannot find its class in the child. The instance is the site's
/// callable (`callables` reports the class, PKL004); the call is the `Process` it makes.
fn local_process<'t>(
    eval: &Evaluator<'t>,
    call: Node<'t>,
    function: Node<'t>,
    arguments: Node<'t>,
    scope: ScopeId,
) -> Option<Site<'t>> {
    let model = eval.model;
    let name = eval.text(function);
    if function.kind_name() != "identifier" {
        return None;
    }
    let Resolution::Scope(defined_in) = model.resolve(scope, name) else {
        return None;
    };
    let [only] = model.bindings_of(defined_in, name) else {
        return None;
    };
    let binding = model.binding(*only);
    if binding.kind != BindingKind::ClassDef {
        return None;
    }
    let local = std::iter::successors(Some(defined_in), |&s| model.scope(s).parent)
        .any(|s| model.scope(s).kind == ScopeKind::Function);
    let guarded = defined_in == SemanticModel::MODULE
        && super::callables::bound_only_under_guard(model, eval.main_guards(), name);
    if !(local || guarded) {
        return None;
    }
    let class = model.scope_created_by(binding.statement)?;
    let (Class::Process, fork) = eval.process_base(class, 0)? else {
        return None;
    };
    let fork = fork || eval.fork_forced_at(call.start_byte(), scope);
    let row = Class::Process.row();
    Some(Site {
        row,
        call,
        arguments,
        callable: call,
        scope,
        inherited_by_fork: fork && !row.pickled_under_fork,
        fork_context: fork,
        forked_at: None,
        interpreters: false,
        handed: Handed::Callable,
        kept_for: None,
        in_mapping: false,
    })
}

/// `Site::forked_at` for a call of `row` through `function`: the call itself for a
/// constructor of a fork context's class or a wrapper that makes such a pool in each call;
/// for a method, where its instance is made: the call it is called on, or the one binding
/// of the name it is called on (`with ctx.Pool() as pool:`, `ex = ProcessPoolExecutor(
/// mp_context=ctx)`). An instance kept elsewhere (`self._pool`) may have forked its workers
/// before anything the call hands over existed.
fn forked_at(
    eval: &Evaluator<'_>,
    row: &ApiRow,
    fork: bool,
    call: Node<'_>,
    function: Node<'_>,
    scope: ScopeId,
) -> Option<usize> {
    if row.forks_when_called {
        return Some(call.start_byte());
    }
    if !fork || !row.pickled_under_fork {
        return None;
    }
    let Target::Method(_) = row.target else {
        return Some(call.start_byte());
    };
    let object = unparenthesize(function.field("object")?);
    match object.kind_name() {
        "call" => Some(object.start_byte()),
        "identifier" => made_for(eval, object, call, scope),
        _ => None,
    }
}

/// Where the pool a method call of `site` is made on was made (`pool.map(...)` after `pool =
/// Pool(2)`): the call it is called on, or the binding of the name `made_for` finds. `None`
/// for anything else (an attribute, a parameter, several bindings).
pub(super) fn instance_made_at(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    let function = site.call.field("function")?;
    let object = unparenthesize(function.field("object")?);
    match object.kind_name() {
        "call" => Some(object.start_byte()),
        "identifier" => made_for(eval, object, site.call, site.scope),
        _ => None,
    }
}

/// Where the instance that the name `object` holds at `call` is bound: its one binding, an
/// assignment or a `with` target, or, of several, the `with` target whose block holds the
/// call with no other binding of the name between them (`with ctx.Pool() as pool:` twice in
/// one function).
fn made_for(
    eval: &Evaluator<'_>,
    object: Node<'_>,
    call: Node<'_>,
    scope: ScopeId,
) -> Option<usize> {
    let name = eval.text(object);
    if let Some(binding) = eval.model.sole_binding(scope, name) {
        return matches!(
            binding.kind,
            BindingKind::Assignment | BindingKind::WithTarget
        )
        .then_some(binding.range.start);
    }
    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
        return None;
    };
    let bindings = eval.model.bindings_of(owner, name);
    let before = bindings
        .iter()
        .map(|id| eval.model.binding(*id))
        .take_while(|binding| binding.range.start < call.start_byte())
        .last()?;
    if before.kind != BindingKind::WithTarget {
        return None;
    }
    // The item's range may be its clause's too (one item), so `node_at` gives either.
    let mut statement = eval.statement_node(before.statement)?;
    while matches!(statement.kind_name(), "with_item" | "with_clause") {
        statement = statement.parent()?;
    }
    let body = statement
        .field("body")
        .filter(|_| statement.kind_name() == "with_statement")?;
    (body.start_byte() <= call.start_byte() && call.end_byte() <= body.end_byte())
        .then_some(before.range.start)
}

/// Whether the wrapper `row` cannot hand its callable over in a call with `arguments` in the
/// code of `scope`: a literal argument refutes one of its conditions (`conditions`), the
/// pool it chooses by an argument is a thread pool there (`choices`), or the instance it is
/// called on was not made with the process pool its class keeps, or with the state a test of
/// it refutes (`kept_pools`).
fn refuted(eval: &Evaluator<'_>, row: &ApiRow, arguments: Node<'_>, scope: ScopeId) -> bool {
    row.conditions.iter().any(|c| {
        (c.test == super::conditions::Test::Never && inferred_here(eval, row))
            || c.refutes(arguments, eval.source)
            || c.refutes_by_name(eval, arguments, scope)
            || refuted_by_thread_pool(eval, c, arguments, scope)
            || refuted_by_given_thread_pool(eval, c, arguments, scope)
            || refuted_by_construction(eval, c, row.homes.first().copied(), arguments, scope)
            || refuted_by_instance_state(eval, c, row.homes.first().copied(), arguments, scope)
            || refuted_by_fork_context(eval, row, c, arguments, scope)
    })
}

/// Whether `row` is a wrapper this file's own methods make (`Evaluator::inferred`, or
/// `specialized` as a subclass runs a base's method). A way such a row closes by a flag's
/// literal (`conditions::Test::Never`) was closed with every write of the flag in this file
/// weighed (`Evaluator::class_constant`), so no write here opens it again: a subclass that
/// sets the flag on its own instances runs its own row.
fn inferred_here(eval: &Evaluator<'_>, row: &ApiRow) -> bool {
    let holds = |head: &'static ApiRow| head.rows().any(|own| std::ptr::eq(own, row));
    eval.inferred().values().any(|head| holds(head))
        || eval
            .specialized()
            .values()
            .flatten()
            .any(|head| holds(head))
}

/// A call of an API that passes no callable but forwards a mapping of keywords
/// (`Pool(2, **options)`): the callable may be in the mapping, under the row's keyword.
#[derive(Clone, Copy, Debug)]
pub struct Forwarding<'t> {
    pub row: &'static ApiRow,
    pub call: Node<'t>,
    /// The name after `**`, or after `*` for `find_splat_forwarding`.
    pub mapping: Node<'t>,
    /// For `find_splat_forwarding`, how many positional arguments come before the `*name`
    /// (`Process(None, *args)`); 0 otherwise.
    pub leading: usize,
    /// The scope whose code contains the call.
    pub scope: ScopeId,
    /// As `Site::inherited_by_fork`.
    pub inherited_by_fork: bool,
    /// As `Site::interpreters`.
    pub interpreters: bool,
}

/// The calls among `calls` whose arguments may forward a mapping (their text holds `**`):
/// the few that `find_forwarding` looks at in each round of inference.
pub fn splatting<'t>(eval: &Evaluator<'t>, calls: &[Node<'t>]) -> Vec<Node<'t>> {
    calls
        .iter()
        .filter(|call| {
            call.field("arguments")
                .is_some_and(|arguments| eval.text(arguments).contains("**"))
        })
        .copied()
        .collect()
}

/// Every call among `calls` that forwards `**name` to an API whose callable slot takes a
/// keyword, without passing the callable itself. Only calls with one `**` are evaluated.
pub fn find_forwarding<'t>(eval: &Evaluator<'t>, calls: &[Node<'t>]) -> Vec<Forwarding<'t>> {
    calls
        .iter()
        .flat_map(|call| forwarding_of(eval, *call))
        .collect()
}

/// The forwardings of one call: one per row of the API it calls (a wrapper with several
/// callable parameters has several) whose slot takes a keyword the call does not pass itself.
fn forwarding_of<'t>(eval: &Evaluator<'t>, call: Node<'t>) -> Vec<Forwarding<'t>> {
    let Some((head, fork, mapping, arguments)) = splat_call(eval, call) else {
        return Vec::new();
    };
    let scope = eval.model.scope_at(call.start_byte());
    head.rows()
        .filter(|row| {
            let slot = row.callable;
            slot.keyword.is_some()
                && argument(arguments, eval.source, slot.position, slot.keyword).is_none()
                && !refuted(eval, row, arguments, scope)
        })
        .map(|row| Forwarding {
            row,
            leading: 0,
            call,
            mapping,
            scope,
            inherited_by_fork: fork && !row.pickled_under_fork,
            interpreters: runs_in_interpreters(eval, row, arguments, scope),
        })
        .collect()
}

/// The calls among `calls` whose positional arguments hold a `*name` after plain ones only
/// (`ex.submit(*args)`, `Process(None, *args)`), which may pass a function's own `*args` on to
/// an API.
pub fn leading_splats<'t>(source: &str, calls: &[Node<'t>]) -> Vec<Node<'t>> {
    calls
        .iter()
        .filter(|call| leading_splat(source, **call).is_some())
        .copied()
        .collect()
}

/// The name after the first `*` among the positional arguments of `call`, with how many plain
/// positional arguments come before it.
fn leading_splat<'t>(source: &str, call: Node<'t>) -> Option<(Node<'t>, usize)> {
    let arguments = call
        .field("arguments")
        .filter(|a| a.kind_name() == "argument_list")?;
    // Most argument lists spell no `*` at all: one search of their bytes, not a walk.
    memchr::memchr(b'*', source.as_bytes().get(arguments.byte_range())?)?;
    let mut cursor = arguments.walk();
    let positionals = arguments.named_children(&mut cursor).filter(|a| {
        !matches!(
            a.kind_name(),
            "comment" | "keyword_argument" | "dictionary_splat"
        )
    });
    let (leading, splat) = positionals
        .enumerate()
        .find(|(_, a)| a.kind_name() == "list_splat")?;
    splat
        .named_child(0)
        .filter(|name| name.kind_name() == "identifier")
        .map(|name| (name, leading))
}

/// The rows of the API each call among `calls` (`leading_splats`) calls whose callable slot
/// takes a position the `*name` fills, the call passing no callable by keyword: the first
/// elements of `name` take the callable (`def submit(*args): return ex.submit(*args)`), or
/// those after the plain arguments before it (`Process(None, *args)`).
/// `Forwarding::mapping` is the name after `*`.
pub fn find_splat_forwarding<'t>(eval: &Evaluator<'t>, calls: &[Node<'t>]) -> Vec<Forwarding<'t>> {
    let mut found = Vec::new();
    for &call in calls {
        let (Some((name, leading)), Some(function), Some(arguments)) = (
            leading_splat(eval.source, call),
            call.field("function"),
            call.field("arguments"),
        ) else {
            continue;
        };
        if !worth_resolving(eval, function) {
            continue;
        }
        let scope = eval.model.scope_at(call.start_byte());
        let Some((head, fork)) = match_row(eval, function, arguments, scope) else {
            continue;
        };
        found.extend(
            head.rows()
                .filter(|row| {
                    let slot = row.callable;
                    slot.position.is_some_and(|at| at >= leading)
                        && (slot.keyword.is_none()
                            || argument(arguments, eval.source, None, slot.keyword).is_none())
                        && !refuted(eval, row, arguments, scope)
                })
                .map(|row| Forwarding {
                    row,
                    call,
                    mapping: name,
                    leading,
                    scope,
                    inherited_by_fork: fork && !row.pickled_under_fork,
                    interpreters: runs_in_interpreters(eval, row, arguments, scope),
                }),
        );
    }
    found
}

/// The API a call with one `**name` argument calls, whether fork inherits it, the mapping and
/// the arguments.
fn splat_call<'t>(
    eval: &Evaluator<'t>,
    call: Node<'t>,
) -> Option<(&'static ApiRow, bool, Node<'t>, Node<'t>)> {
    let arguments = call.field("arguments")?;
    if arguments.kind_name() != "argument_list" {
        return None;
    }
    let mut cursor = arguments.walk();
    let splats: Vec<Node<'t>> = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() == "dictionary_splat")
        .collect();
    let [splat] = splats.as_slice() else {
        return None;
    };
    // `**options`, or `**self._options` that a constructor keeps (`inferred::kept_forwarded`).
    let mapping = splat.named_child(0).filter(|m| {
        m.kind_name() == "identifier"
            || (m.kind_name() == "attribute"
                && m.field("object")
                    .is_some_and(|o| o.kind_name() == "identifier"))
    })?;
    let function = call.field("function")?;
    if !worth_resolving(eval, function) {
        return None;
    }
    let scope = eval.model.scope_at(call.start_byte());
    let (row, fork) = match_row(eval, function, arguments, scope)?;
    Some((row, fork, mapping, arguments))
}

/// A cheap test before evaluating: an attribute call must name a method, class or function
/// of the table (`pool.map`, `mp.Pool`, `ctx.Process`, `torch.multiprocessing.spawn`), a
/// declared or inferred API, an attribute holding a method of the table
/// (`values::held_methods`), or `functools.partial` (which may bind one); a call of
/// a bare name is always evaluated, since constructors may be imported under any alias.
fn worth_resolving(eval: &Evaluator<'_>, function: Node<'_>) -> bool {
    match function.kind_name() {
        "identifier" => true,
        // An instance called as it is made (`Parallel()(fn, xs)`): its class's `__call__`.
        // Or a wrapper a method makes (`registry.task("words")(fn)`, a decorator factory's
        // closure), in a file with wrappers.
        "call" => function.field("function").is_some_and(|f| {
            worth_resolving(eval, f)
                || (f.kind_name() == "attribute" && !eval.inferred().is_empty())
        }),
        // A class picked at run time (`(Thread, Process)[flag](target=fn)`, `EXECUTORS[kind]`).
        "subscript" => function.field("value").is_some_and(|value| {
            matches!(
                value.kind_name(),
                "tuple" | "list" | "dictionary" | "identifier" | "parenthesized_expression"
            )
        }),
        // A class chosen where it is called (`(Process if p else Thread)(target=fn)`).
        "parenthesized_expression" => function.named_child(0).is_some_and(|inner| {
            matches!(
                inner.kind_name(),
                "conditional_expression" | "boolean_operator"
            )
        }),
        "attribute" => function.field("attribute").is_some_and(|name| {
            let name = eval.text(name);
            is_table_name(name)
                || name == "partial"
                || name == "__init__"
                || eval.apis.iter().any(|api| api.name() == name)
                || eval.inferred().values().any(|row| row.name == name)
                || (eval.specialized().values()).any(|row| row.is_some_and(|r| r.name == name))
                || eval.holds_method(name)
                || (!eval.inferred().is_empty() && eval.aliased_in_class_body(name))
        }),
        _ => false,
    }
}

/// The classes of the default context, as the modules that define them name them.
const DEFAULT_CLASSES: [&str; 5] = [
    "multiprocessing.Process",
    "multiprocessing.Pool",
    "multiprocessing.pool.Pool",
    "concurrent.futures.ProcessPoolExecutor",
    "concurrent.futures.process.ProcessPoolExecutor",
];

/// Whether the constructor `function` makes `class` in the default context, which the start
/// method set for the program decides: the class as its module names it, without a context
/// argument (`mp_context=`).
fn made_by_default(
    eval: &Evaluator<'_>,
    class: Class,
    function: Node<'_>,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    let default = super::unpicklable::qualified_name(eval, function, scope)
        .is_some_and(|name| DEFAULT_CLASSES.contains(&name.as_str()))
        || of_default_context(eval, function, scope);
    let context = class
        .row()
        .context
        .and_then(|slot| argument(arguments, eval.source, slot.position, slot.keyword));
    default && context.is_none()
}

/// Whether `function` is a class of the default context taken from it by name
/// (`ctx.Process` after `ctx = multiprocessing.get_context()`, no method given), which the
/// start method set for the program decides as well.
fn of_default_context(eval: &Evaluator<'_>, function: Node<'_>, scope: ScopeId) -> bool {
    let Some(object) = (function.kind_name() == "attribute")
        .then(|| function.field("object"))
        .flatten()
        .filter(|o| o.kind_name() == "identifier")
    else {
        return false;
    };
    let Some(binding) = eval.model.sole_binding(scope, eval.text(object)) else {
        return false;
    };
    let Some(value) = binding
        .value
        .and_then(|range| eval.node_at(range))
        .filter(|v| v.kind_name() == "call")
    else {
        return false;
    };
    let getter = value.field("function").is_some_and(|f| {
        let at = eval.model.scope_at(f.start_byte());
        super::unpicklable::qualified_name(eval, f, at).as_deref()
            == Some("multiprocessing.get_context")
    });
    let no_method = value
        .field("arguments")
        .is_some_and(|a| a.named_child_count() == 0);
    getter && no_method
}

fn is_table_name(name: &str) -> bool {
    API_TABLE.iter().any(|row| row.name == name)
}

fn match_row(
    eval: &Evaluator<'_>,
    function: Node<'_>,
    arguments: Node<'_>,
    scope: ScopeId,
) -> Option<(&'static ApiRow, bool)> {
    if function.kind_name() == "attribute" {
        let object = function.field("object")?;
        let method = eval.text(function.field("attribute")?);
        if row_for(Target::RunInExecutor).is_some_and(|row| row.name == method) {
            return run_in_executor(eval, arguments, scope);
        }
        if let Value::Instance { class, fork } = eval.eval(object, scope) {
            if super::kept_pools::kept_thread_pool(eval, object, scope) {
                return None;
            }
            return Some((api::method(class, method)?, fork));
        }
        // `super().__init__(...)`: a process class's constructor, or else the constructor of
        // a class of the run whose `__init__` is a wrapper (`values::inheritance`).
        if method == "__init__"
            && let Some(found) = super_constructor(eval, object, arguments, scope)
        {
            return Some(found);
        }
        if let Some(row) = eval.declared_on_class(object, method, arguments, scope) {
            return Some((row, false));
        }
    }
    if function.kind_name() == "subscript" {
        // A generic class of the run given its type arguments where it is called
        // (`Mapper[int, str](fn)`): the class itself, called.
        if let Some(generic) = function.field("value").filter(|value| {
            matches!(value.kind_name(), "identifier" | "attribute")
                && match eval.eval(*value, scope) {
                    Value::OwnClass(_) => true,
                    Value::Module(path) => eval.declares_members_of(&path),
                    _ => false,
                }
        }) {
            return match_row(eval, generic, arguments, scope);
        }
        if let Some((class, fork)) = eval.picked_class(function, scope) {
            let fork = fork || eval.is_fork_instance(class, arguments, scope);
            return Some((class.row(), fork));
        }
        // A process API picked from a table of functions (`BACKENDS[mode](fn, xs)`).
        return eval
            .picked_function(function, scope)
            .map(|row| (row, false));
    }
    match eval.eval(function, scope) {
        Value::Class { class, fork } => {
            let fork = fork
                || eval.is_fork_instance(class, arguments, scope)
                || (made_by_default(eval, class, function, arguments, scope)
                    && eval.fork_forced_at(arguments.start_byte(), scope));
            Some((class.row(), fork))
        }
        Value::Function(row) => Some((row, false)),
        // A class whose constructor is a wrapper (`Job(lambda ...)`, `values::subclasses`),
        // of this file or of another file of the run.
        // The instance is made, not passed: the rows are called as written (`as_bound`).
        Value::OwnClass(class) => match eval.own_method(class, "__init__") {
            Value::Function(row) => Some((as_bound(row), false)),
            _ => None,
        },
        Value::Module(path) => match eval.user_member(&format!("{path}.__init__")) {
            Some(Value::Function(row)) => Some((as_bound(row), false)),
            _ => None,
        },
        // `partial(parmap, lambda x: ...)`: the callable is one of the partial's arguments.
        Value::Partial => Some((eval.partial_site(arguments, scope)?, false)),
        instance @ (Value::OwnInstance(_) | Value::Declared(_)) => called_instance(eval, &instance),
        _ => None,
    }
}

/// An instance of a class with wrapper methods called as a function (`run = Parallel(2)`,
/// then `run(fn, xs)`): Python calls its class's `__call__`, so the call is a site when that
/// method is a wrapper, bound to the instance as `run.__call__(fn, xs)` would be.
fn called_instance(eval: &Evaluator<'_>, instance: &Value) -> Option<(&'static ApiRow, bool)> {
    match eval.member_of(instance, "__call__") {
        Value::Function(row) => Some((row, false)),
        _ => None,
    }
}

/// `super().__init__(target=fn, ...)` in the `__init__` of a class whose first base is a
/// process class (`values::subclasses`): the base's constructor, with its arguments.
fn super_constructor(
    eval: &Evaluator<'_>,
    object: Node<'_>,
    arguments: Node<'_>,
    scope: ScopeId,
) -> Option<(&'static ApiRow, bool)> {
    let called = object
        .field("function")
        .filter(|_| object.kind_name() == "call")?;
    let bare = object
        .field("arguments")
        .is_some_and(|a| a.named_child_count() == 0 && a.kind_name() == "argument_list");
    if called.kind_name() != "identifier" || eval.text(called) != "super" || !bare {
        return None;
    }
    let method = eval.model.scope(scope);
    let class = method.parent?;
    if method.name.as_deref() != Some("__init__") || eval.init_of(class) != Some(scope) {
        return None;
    }
    let (class, fork) = eval.process_base(class, 0)?;
    let fork = fork || eval.is_fork_instance(class, arguments, scope);
    Some((class.row(), fork))
}

fn runs_in_interpreters(
    eval: &Evaluator<'_>,
    row: &ApiRow,
    arguments: Node<'_>,
    scope: ScopeId,
) -> bool {
    match row.target {
        Target::RunInExecutor => {
            executor_class(eval, arguments, scope).is_some_and(|class| class.row().interpreters)
        }
        _ => row.runs_in_interpreters(),
    }
}

/// `loop.run_in_executor(executor, fn, *args)` is a site when `executor` is a process or
/// interpreter pool; with `None` (the loop's default thread pool) or a thread pool it is not.
fn run_in_executor(
    eval: &Evaluator<'_>,
    arguments: Node<'_>,
    scope: ScopeId,
) -> Option<(&'static ApiRow, bool)> {
    if !executor_class(eval, arguments, scope)?.is_executor() {
        return None;
    }
    Some((row_for(Target::RunInExecutor)?, false))
}

/// The table's class of the `executor` argument of `run_in_executor`, when it is one.
fn executor_class(eval: &Evaluator<'_>, arguments: Node<'_>, scope: ScopeId) -> Option<Class> {
    let executor = argument(arguments, eval.source, Some(0), Some("executor"))?;
    match eval.eval(executor, scope) {
        Value::Instance { class, .. } => Some(class),
        _ => None,
    }
}
