//! For wrapper parameters: collections whose elements a site hands over one by one, each
//! element being the callable. A loop over a parameter (`[ex.submit(fn, arg) for fn in
//! funcs]`) makes the parameter a collection slot (`ApiRow::elements`); a loop over a list
//! attribute (`for fn, args in self.tasks:`) makes whatever a method of the class appends to
//! it (`self.tasks.append((fn, args))`) the callable:
//!
//! ```text
//! class Batch:
//!     def add(self, fn, *args):                  # `fn` takes the callable
//!         self.tasks.append((fn, args))
//!     def run(self):
//!         return [ex.submit(fn, *args) for fn, args in self.tasks]
//! ```

use tree_sitter::Node;

use super::elements;
use crate::core::analysis::api::Element;
use crate::core::analysis::callables::unparenthesize;
use crate::core::analysis::inferred::parameter_name;
use crate::core::analysis::values::{Evaluator, argument};
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};

/// The collection the loop variable `callable` takes its values from, when a site hands it
/// over in a loop over that collection, the name bound nowhere else in its scope, with the
/// part of each element it is:
///
/// ```text
/// [ex.submit(fn, arg) for fn in funcs]              # each element of `funcs`
/// for i, fn in enumerate(funcs): ex.submit(fn, i)    # each element of `funcs`
/// for fn, arg in tasks: ex.submit(fn, arg)           # item 0 of each pair of `tasks`
/// for name, fn in jobs.items(): ex.submit(fn)        # each value of the dict `jobs`
/// for fn in jobs.values(): ex.submit(fn)             # each value of the dict `jobs`
/// ```
pub(in crate::core::analysis) fn looped_parts<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, Element)> {
    // `ex.submit(job.fn, ...)` for each `job` of the collection: that field of each element,
    // a dataclass instance at the call.
    let node = unparenthesize(callable);
    if node.kind_name() == "attribute" {
        let object = node
            .field("object")
            .filter(|o| o.kind_name() == "identifier")?;
        let field = eval.text(node.field("attribute")?);
        return match looped_parts(eval, object, scope)? {
            (collection, Element::Whole) => {
                let field: &'static str = Box::leak(field.to_string().into_boxed_str());
                Some((collection, Element::Field(field)))
            }
            _ => None,
        };
    }
    let (collection, unpacked) = loop_of(eval, callable, scope)?;
    let collection = unparenthesize(collection);
    let called = |name: &str, count: usize| {
        let function = collection
            .field("function")
            .filter(|_| collection.kind_name() == "call")?;
        let arguments = collection.field("arguments")?;
        let given = named_items(arguments);
        if given.len() != count
            || given
                .iter()
                .any(|a| a.kind_name() != "identifier" && count > 0)
        {
            return None;
        }
        match (function.kind_name(), count) {
            // `jobs.items()`, `jobs.values()`: the object.
            ("attribute", 0) => {
                let method = function.field("attribute")?;
                (eval.text(method) == name).then(|| function.field("object"))?
            }
            // `enumerate(funcs)`, the builtin: its argument.
            ("identifier", 1) => (eval.text(function) == name
                && eval.model.resolve(scope, name) == Resolution::Builtin)
                .then_some(given[0]),
            _ => None,
        }
    };
    match unpacked {
        None => match called("values", 0) {
            Some(object) => Some((object, Element::Value)),
            None => Some((collection, Element::Whole)),
        },
        Some((1, 2)) => match (called("items", 0), called("enumerate", 1)) {
            (Some(object), _) => Some((object, Element::Value)),
            (None, Some(iterable)) => Some((iterable, Element::Whole)),
            (None, None) => Some((collection, Element::Item { at: 1, width: 2 })),
        },
        Some((at, width)) => Some((collection, Element::Item { at, width })),
    }
}

/// The collection a loop over which binds the name `callable`, and for a name of a flat
/// unpacking target (`for fn, args in tasks`) its position and the number of names, when the
/// name is bound nowhere else in its scope and `callable` is read inside the loop.
fn loop_of<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, Option<(usize, usize)>)> {
    let node = unparenthesize(callable);
    let name = (node.kind_name() == "identifier").then(|| eval.text(node))?;
    let binding = eval.model.sole_binding(scope, name)?;
    if binding.kind != BindingKind::ForTarget {
        return None;
    }
    let target = eval.node_at(binding.range)?;
    let (clause, unpacked) = clause_of(target)?;
    let looping = match clause.kind_name() {
        "for_statement" => clause.field("body")?,
        _ => clause.parent()?,
    };
    let inside = looping.start_byte() <= node.start_byte() && node.end_byte() <= looping.end_byte();
    let walked = clause.field("right")?;
    // `for i, (fn, args) in enumerate(tasks)`: a name of the pair's second part walks the
    // elements of `tasks`, as `for fn, args in tasks` does.
    if target
        .parent()
        .is_some_and(|p| matches!(p.kind_name(), "tuple_pattern" | "list_pattern"))
    {
        let enumerated = enumerated(eval, walked, scope)?;
        return inside.then_some((enumerated, unpacked));
    }
    // `for i, fn in enumerate(tasks)`: the second name walks the elements of `tasks` whole.
    if unpacked == Some((1, 2))
        && let Some(enumerated) = enumerated(eval, walked, scope)
    {
        return inside.then_some((enumerated, None));
    }
    inside.then_some((walked, unpacked))
}

/// The one argument of `walked` when it calls the builtin `enumerate`.
fn enumerated<'a>(eval: &Evaluator<'a>, walked: Node<'a>, scope: ScopeId) -> Option<Node<'a>> {
    let walked = unparenthesize(walked);
    let function = walked
        .field("function")
        .filter(|f| walked.kind_name() == "call" && f.kind_name() == "identifier")?;
    if eval.text(function) != "enumerate"
        || eval.model.resolve(scope, "enumerate") != Resolution::Builtin
    {
        return None;
    }
    match named_items(walked.field("arguments")?).as_slice() {
        [only] if only.kind_name() != "list_splat" && only.kind_name() != "keyword_argument" => {
            Some(*only)
        }
        _ => None,
    }
}

/// The loop whose target `target` is, whole or as a name of a flat unpacking target.
fn clause_of(target: Node<'_>) -> Option<(Node<'_>, Option<(usize, usize)>)> {
    let is_loop = |node: Node<'_>, left: Node<'_>| {
        matches!(node.kind_name(), "for_statement" | "for_in_clause")
            && node.field("left").map(|l| l.id()) == Some(left.id())
    };
    let parent = target.parent()?;
    if is_loop(parent, target) {
        return Some((parent, None));
    }
    // `for i, (fn, args) in enumerate(tasks)`: the pair's second part, a flat pattern.
    if matches!(parent.kind_name(), "tuple_pattern" | "list_pattern")
        && let Some(pair) = parent.parent().filter(|p| p.kind_name() == "pattern_list")
        && let Some(clause) = pair.parent().filter(|c| is_loop(*c, pair))
    {
        let outer = named_items(pair);
        if outer.len() != 2 || outer[0].kind_name() != "identifier" || outer[1].id() != parent.id()
        {
            return None;
        }
        return Some((clause, Some(name_position(parent, target)?)));
    }
    let clause = parent.parent().filter(|c| is_loop(*c, parent))?;
    if parent.kind_name() != "pattern_list" {
        return None;
    }
    Some((clause, Some(name_position(parent, target)?)))
}

/// The position of the name `target` among the names of the flat unpacking target
/// `pattern` (`fn` in `fn, args`), and how many names it has; `None` when one of its parts is
/// no plain name.
pub(in crate::core::analysis) fn name_position(
    pattern: Node<'_>,
    target: Node<'_>,
) -> Option<(usize, usize)> {
    let names = named_items(pattern);
    if names.iter().any(|n| n.kind_name() != "identifier") {
        return None;
    }
    let at = names.iter().position(|n| n.id() == target.id())?;
    Some((at, names.len()))
}

/// Item `at` of `value` when it is a literal tuple or list of `width` items, none a splat.
pub(super) fn item_of(value: Node<'_>, at: usize, width: usize) -> Option<Node<'_>> {
    let value = unparenthesize(value);
    let items = elements(value);
    let flat = matches!(value.kind_name(), "tuple" | "list")
        && items.len() == width
        && value.named_child_count() == width;
    flat.then(|| items[at])
}

/// The value at the string key `key` of `value` when it is a dict literal that writes the
/// key once and splats nothing (`{"fn": lambda x: x + k, "args": (1,)}`).
pub(in crate::core::analysis) fn value_at<'a>(
    source: &str,
    value: Node<'a>,
    key: &str,
) -> Option<Node<'a>> {
    let value = unparenthesize(value);
    if value.kind_name() != "dictionary" {
        return None;
    }
    let mut cursor = value.walk();
    let mut found = None;
    for entry in value.named_children(&mut cursor) {
        match entry.kind_name() {
            "pair" => {
                let written = entry.field("key")?;
                if written.kind_name() != "string" {
                    return None;
                }
                let text = source.get(written.byte_range())?;
                let value = entry.field("value")?;
                if crate::core::analysis::values::string_content(text) == key {
                    if found.replace(value).is_some() {
                        return None;
                    }
                } else if unparenthesize(value).kind_name() == "lambda" {
                    // The whole dict is pickled: a lambda at another key would still fail.
                    return None;
                }
            }
            "comment" => continue,
            _ => return None,
        }
    }
    found
}

/// What the methods of the site's class append to the attribute a loop over `self.<attr>`
/// hands over (`self.tasks.append((fn, args))` in one method, `for fn, args in self.tasks:`
/// then `ex.submit(fn, *args)` in another): the appended value, or its item `at` when the
/// loop unpacks a flat target of `width` names and the value is a literal of that width.
/// Each lands in the list the loop hands over, so the method that appends a parameter takes
/// the callable, as a constructor keeping `self.fn = fn` does.
pub(in crate::core::analysis) fn appended_to_attribute<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Vec<Node<'a>> {
    let Some((collection, unpacked)) = loop_of(eval, callable, scope) else {
        return Vec::new();
    };
    let Some((attr, class)) = own_attribute(eval, unparenthesize(collection), scope) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut stack = vec![class];
    while let Some(node) = stack.pop() {
        if let Some(value) = appended_value(eval, node, attr) {
            found.extend(match unpacked {
                None => Some(value),
                Some((at, width)) => item_of(value, at, width),
            });
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found
}

/// The name of the attribute `attribute` reads on the instance of the method that holds
/// `scope` (`tasks` of `self.tasks`), and the `class_definition` of that method's class.
fn own_attribute<'a>(
    eval: &Evaluator<'a>,
    attribute: Node<'a>,
    scope: ScopeId,
) -> Option<(&'a str, Node<'a>)> {
    let attr = attribute
        .field("attribute")
        .filter(|_| attribute.kind_name() == "attribute")?;
    let (_, class) = enclosing_method(eval, scope)?;
    if !on_own_instance(eval, attribute, scope) {
        return None;
    }
    Some((eval.text(attr), eval.scope_node(class)?))
}

/// The attribute nodes under `node` that read `<object>.<attr>`, whatever the object.
pub(in crate::core::analysis) fn attributes_named<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    attr: &str,
) -> Vec<Node<'a>> {
    let mut found = Vec::new();
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        let named = node.kind_name() == "attribute"
            && node
                .field("attribute")
                .is_some_and(|a| eval.text(a) == attr);
        if named {
            found.push(node);
        }
    }
    found
}

/// The method of a class that holds `scope` (itself, or a comprehension or lambda in it), and
/// its class.
fn enclosing_method(eval: &Evaluator<'_>, scope: ScopeId) -> Option<(ScopeId, ScopeId)> {
    let mut current = scope;
    loop {
        let parent = eval.model.scope(current).parent?;
        let kind = eval.model.scope(current).kind;
        if kind == ScopeKind::Function && eval.model.scope(parent).kind == ScopeKind::Class {
            return Some((current, parent));
        }
        current = parent;
    }
}

/// Whether `attribute` (`self.tasks`) is read on the first parameter of the method that
/// holds `scope`.
fn on_own_instance(eval: &Evaluator<'_>, attribute: Node<'_>, scope: ScopeId) -> bool {
    let object = attribute.field("object");
    let first = enclosing_method(eval, scope)
        .and_then(|(method, _)| eval.scope_node(method))
        .and_then(|def| def.field("parameters"))
        .and_then(|parameters| parameters.named_child(0))
        .and_then(parameter_name);
    match (object, first) {
        (Some(object), Some(first)) => {
            object.kind_name() == "identifier" && eval.text(object) == eval.text(first)
        }
        _ => false,
    }
}

/// The value `node` appends to `self.<attr>`, when it is `self.<attr>.append(value)` in a
/// method whose first parameter is `self`.
fn appended_value<'a>(eval: &Evaluator<'a>, node: Node<'a>, attr: &str) -> Option<Node<'a>> {
    let function = node
        .field("function")
        .filter(|f| node.kind_name() == "call" && f.kind_name() == "attribute")?;
    let list = function.field("object")?;
    let appends = function
        .field("attribute")
        .is_some_and(|a| eval.text(a) == "append");
    let named = list.kind_name() == "attribute"
        && list
            .field("attribute")
            .is_some_and(|a| eval.text(a) == attr);
    let scope = eval.model.scope_at(node.start_byte());
    if !appends || !named || !on_own_instance(eval, list, scope) {
        return None;
    }
    let arguments = node.field("arguments")?;
    argument(arguments, eval.source, Some(0), None)
}

/// What the functions of the module store in the module-level dict a site takes its callable
/// out of (`ex.submit(_JOBS[name], *args)`, also through a local bound once to the lookup,
/// `fn = _JOBS[name]`, or `_JOBS.get(name)`): the value of every `_JOBS[key] = value` in the
/// file. The dict must be the name's only module-level binding, a literal (`{}`, or
/// `dict()`), so that every value the site can find was put there by one of those stores;
/// each then reaches the site, as an appended value does (`appended_to_attribute`), and a
/// function storing its parameter takes the callable (`def register_job(name, fn):
/// _JOBS[name] = fn`).
///
/// Also the first other read of the dict in the file, which may look at what it holds
/// (`describe()` reading `_JOBS[name].__name__`, `isinstance(fn, FunctionType)` over its
/// values): the lift is then refused there, as for a wrapper looking at its callable. A test
/// of a key (`name in _JOBS`) and `len(_JOBS)` look at no value.
pub(in crate::core::analysis) fn stored_in_registry<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> (Vec<Node<'a>>, Option<Node<'a>>) {
    let callable = unparenthesize(callable);
    let lookup = match callable.kind_name() {
        "identifier" => match crate::core::analysis::inferred::bound_once(eval, callable, scope) {
            Some((value, _)) => value,
            None => return (Vec::new(), None),
        },
        _ => callable,
    };
    let Some(registry) = looked_up_in(eval, lookup) else {
        return (Vec::new(), None);
    };
    let name = eval.text(registry);
    if !is_module_dict(eval, registry, scope) {
        return (Vec::new(), None);
    }
    let mut found = Vec::new();
    let mut other: Option<Node<'a>> = None;
    let mut stack = vec![eval.root];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "identifier"
            && eval.text(node) == name
            && node.id() != registry.id()
            && !harmless_registry_read(eval, node)
            && eval
                .model
                .resolve(eval.model.scope_at(node.start_byte()), name)
                == Resolution::Scope(SemanticModel::MODULE)
            && other.is_none_or(|o| node.start_byte() < o.start_byte())
        {
            other = Some(node);
        }
        if node.kind_name() == "assignment"
            && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
            && left.kind_name() == "subscript"
            && left
                .field("value")
                .is_some_and(|v| v.kind_name() == "identifier" && eval.text(v) == name)
            && eval
                .model
                .resolve(eval.model.scope_at(node.start_byte()), name)
                == Resolution::Scope(SemanticModel::MODULE)
        {
            found.push(right);
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found.sort_by_key(|n| n.start_byte());
    (found, other)
}

/// What the functions of the module append to the module-level list a loop at the site walks
/// (`for name, fn in _REGISTRY: ex.submit(fn, *args)` after `def register(fn):
/// _REGISTRY.append((fn.__name__, fn))`): the appended value, or its item `at` when the loop
/// unpacks a flat target of `width` names and the value is a literal of that width. The
/// list must be the name's only module-level binding, an empty literal (`[]` or `list()`),
/// so that every element the loop finds was appended by one of those calls; a function
/// appending its parameter then takes the callable, as one storing it in a dict registry
/// does (`stored_in_registry`), and so does a decorator that registers what it decorates.
///
/// Also the first other read of the list in the file, as `stored_in_registry` gives it: the
/// site's own loop, an append, `len(_REGISTRY)` and a `global` statement look at no element.
pub(in crate::core::analysis) fn appended_to_module_list<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> (Vec<Node<'a>>, Option<Node<'a>>) {
    let Some((collection, unpacked)) = loop_of(eval, callable, scope) else {
        return (Vec::new(), None);
    };
    let list = unparenthesize(collection);
    if list.kind_name() != "identifier" || !is_module_list(eval, list, scope) {
        return (Vec::new(), None);
    }
    let name = eval.text(list);
    let at_module = |node: Node<'_>| {
        eval.model
            .resolve(eval.model.scope_at(node.start_byte()), name)
            == Resolution::Scope(SemanticModel::MODULE)
    };
    let mut found = Vec::new();
    let mut other: Option<Node<'a>> = None;
    let mut stack = vec![eval.root];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "identifier" && eval.text(node) == name && at_module(node) {
            match appended_to(eval, node) {
                Some(value) => found.extend(match unpacked {
                    None => Some(value),
                    Some((at, width)) => item_of(value, at, width),
                }),
                None if node.id() != list.id()
                    && !harmless_registry_read(eval, node)
                    && other.is_none_or(|o| node.start_byte() < o.start_byte()) =>
                {
                    other = Some(node);
                }
                None => {}
            }
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found.sort_by_key(|n| n.start_byte());
    (found, other)
}

/// The value appended by the call `read.append(value)` that `read`, a list's name, is the
/// object of.
fn appended_to<'a>(eval: &Evaluator<'a>, read: Node<'a>) -> Option<Node<'a>> {
    let function = read.parent().filter(|p| p.kind_name() == "attribute")?;
    let call = function.parent().filter(|c| c.kind_name() == "call")?;
    let appends = function
        .field("attribute")
        .is_some_and(|a| eval.text(a) == "append");
    let given = named_items(call.field("arguments")?);
    let object_is_read = function
        .field("object")
        .is_some_and(|o| o.id() == read.id());
    match given.as_slice() {
        [only] if appends && object_is_read && only.kind_name() != "list_splat" => Some(*only),
        _ => None,
    }
}

/// Whether the module-level name `list`, read in `scope`, is bound once, by an assignment at
/// module level, to an empty list literal or `list()`.
fn is_module_list(eval: &Evaluator<'_>, list: Node<'_>, scope: ScopeId) -> bool {
    is_empty_module_collection(eval, list, scope, ("list", "list"))
}

/// Whether a read of a registry's name looks at no value it holds: the dict of a store
/// (`_JOBS[name] = fn`), the binding itself or a `global` statement, `len(_JOBS)`, or the
/// dict of a key test (`name in _JOBS`).
fn harmless_registry_read(eval: &Evaluator<'_>, read: Node<'_>) -> bool {
    let Some(parent) = read.parent() else {
        return true;
    };
    match parent.kind_name() {
        "subscript" => parent
            .parent()
            .filter(|p| p.kind_name() == "assignment")
            .and_then(|p| p.field("left"))
            .is_some_and(|left| left.id() == parent.id()),
        "assignment" => parent
            .field("left")
            .is_some_and(|left| left.id() == read.id()),
        "global_statement" => true,
        "comparison_operator" => {
            operators(parent)
                .iter()
                .all(|o| matches!(*o, "in" | "not in" | "not"))
                && parent
                    .named_child(0)
                    .is_some_and(|first| first.id() != read.id())
        }
        "argument_list" => {
            parent.named_child_count() == 1
                && parent
                    .parent()
                    .and_then(|call| call.field("function"))
                    .is_some_and(|f| f.kind_name() == "identifier" && eval.text(f) == "len")
        }
        _ => false,
    }
}

/// What the methods of the site's class store in the dict attribute a site takes its
/// callable out of (`fn = self._tasks[name]`, then `ex.map(fn, inputs)`), as
/// `stored_in_registry` finds them in a module-level dict: the value of every
/// `self._tasks[key] = value` in the class, a closure of a method included (`def task(self,
/// name): def register(fn): self._tasks[name] = fn; ...; return register`, a decorator
/// factory). The class must bind the attribute only to an empty dict (`{}` or `dict()`, in
/// `__init__`), and read it otherwise only by its keys (`sorted(self._tasks)`, `len`, `in`,
/// `.keys()`), so that every value the site can find was stored by one of those assignments
/// and nothing looks at one.
pub(in crate::core::analysis) fn stored_in_attribute<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Vec<Node<'a>> {
    let callable = unparenthesize(callable);
    let lookup = match callable.kind_name() {
        "identifier" => match crate::core::analysis::inferred::bound_once(eval, callable, scope) {
            Some((value, _)) => value,
            None => return Vec::new(),
        },
        _ => callable,
    };
    let dict = match lookup.kind_name() {
        "subscript" => lookup.field("value"),
        _ => None,
    };
    let Some((attr, class)) = dict.and_then(|dict| own_attribute(eval, dict, scope)) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for node in attributes_named(eval, class, attr) {
        if dict.is_some_and(|dict| node.id() == dict.id()) {
            continue;
        }
        let at = eval.model.scope_at(node.start_byte());
        if !on_own_instance(eval, node, at) {
            return Vec::new();
        }
        let Some(parent) = node.parent() else {
            return Vec::new();
        };
        let left_of = |assignment: Node<'_>, node: Node<'_>| {
            assignment.kind_name() == "assignment"
                && assignment.field("left").map(|l| l.id()) == Some(node.id())
        };
        // `self._tasks[name] = fn`: a value stored.
        if parent.kind_name() == "subscript"
            && let Some(assignment) = parent.parent().filter(|a| left_of(*a, parent))
            && let Some(value) = assignment.field("right")
        {
            found.push(value);
            continue;
        }
        // `self._tasks = {}` in `__init__`.
        if left_of(parent, node) {
            let empty = parent.field("right").is_some_and(|value| {
                (value.kind_name() == "dictionary" && value.named_child_count() == 0)
                    || (value.kind_name() == "call"
                        && value
                            .field("function")
                            .is_some_and(|f| eval.text(f) == "dict")
                        && value
                            .field("arguments")
                            .is_some_and(|a| named_items(a).is_empty()))
            });
            let in_init = eval.model.scope(at).name.as_deref() == Some("__init__");
            if empty && in_init {
                continue;
            }
            return Vec::new();
        }
        if !reads_keys(eval, node) {
            return Vec::new();
        }
    }
    found.sort_by_key(|n| n.start_byte());
    found
}

/// What the methods of the site's class set the attribute to that the site hands over
/// itself (`Process(target=self._fn)` in `run`, `self._fn = fn` in a setter `set_target`):
/// every value but `None` of each `self.<attr> = value` in the class. A constructor keeping
/// `self.fn = fn` alone is `subclasses::stored_parameter`'s; here any method may set it, and
/// the method whose parameter it is takes the callable for the later hand-over. The class
/// must bind no such name itself, and read the attribute elsewhere only to test it
/// (`if self._fn is None:`, `if not self._fn:`): anything else may look at the value.
pub(in crate::core::analysis) fn set_on_instance<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Vec<Node<'a>> {
    let callable = unparenthesize(callable);
    let Some((attr, class)) = own_attribute(eval, callable, scope) else {
        return Vec::new();
    };
    let binds = eval
        .model
        .scope_created_by(crate::core::source::TextRange::of(class))
        .is_none_or(|scope| !eval.model.bindings_of(scope, attr).is_empty());
    if binds {
        return Vec::new();
    }
    let mut found = Vec::new();
    for node in attributes_named(eval, class, attr) {
        if node.id() == callable.id() {
            continue;
        }
        let at = eval.model.scope_at(node.start_byte());
        let Some(parent) = node.parent().filter(|_| on_own_instance(eval, node, at)) else {
            return Vec::new();
        };
        let assigned = parent.kind_name() == "assignment"
            && parent.field("left").map(|l| l.id()) == Some(node.id());
        match parent.field("right").filter(|_| assigned) {
            Some(value) if unparenthesize(value).kind_name() == "none" => {}
            Some(value) => found.push(value),
            None if tests_only(eval, node) => {}
            None => return Vec::new(),
        }
    }
    found.sort_by_key(|n| n.start_byte());
    found
}

/// The operators of the comparison `comparison` (`in`, `is`, `not`, `<`), in order.
fn operators<'t>(comparison: Node<'t>) -> Vec<&'t str> {
    let mut cursor = comparison.walk();
    comparison
        .children(&mut cursor)
        .filter(|c| !c.is_named())
        .map(|c| c.kind_name())
        .collect()
}

/// Whether the read `node` only tests its value: `node is None`, `node is not None`, `not
/// node`, or the condition of an `if` or `while`.
fn tests_only(eval: &Evaluator<'_>, node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    match parent.kind_name() {
        "not_operator" => true,
        "if_statement" | "elif_clause" | "while_statement" => {
            parent.field("condition").map(|c| c.id()) == Some(node.id())
        }
        "comparison_operator" => {
            let mut cursor = parent.walk();
            let operands: Vec<Node<'_>> = parent.named_children(&mut cursor).collect();
            matches!(
                operators(parent).as_slice(),
                ["is"] | ["is", "not"] | ["is not"]
            ) && operands.len() == 2
                && operands
                    .iter()
                    .any(|o| o.id() != node.id() && eval.text(*o) == "None")
        }
        _ => false,
    }
}

/// Whether the read `node` of a dict looks at its keys only: `sorted(d)`, `len(d)`,
/// `list(d)`, `set(d)`, `tuple(d)`, `d.keys()`, or a test `key in d`.
fn reads_keys(eval: &Evaluator<'_>, node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    match parent.kind_name() {
        "argument_list" => {
            parent.named_child_count() == 1
                && parent
                    .parent()
                    .and_then(|call| call.field("function"))
                    .is_some_and(|f| {
                        let scope = eval.model.scope_at(f.start_byte());
                        f.kind_name() == "identifier"
                            && matches!(eval.text(f), "sorted" | "len" | "list" | "set" | "tuple")
                            && eval.model.resolve(scope, eval.text(f)) == Resolution::Builtin
                    })
        }
        "attribute" => {
            parent
                .field("attribute")
                .is_some_and(|a| eval.text(a) == "keys")
                && parent
                    .parent()
                    .is_some_and(|call| call.kind_name() == "call")
        }
        "comparison_operator" => harmless_registry_read(eval, node),
        _ => false,
    }
}

/// The dict a lookup reads, by its name: `_JOBS` of `_JOBS[name]` or `_JOBS.get(name)`.
fn looked_up_in<'a>(eval: &Evaluator<'a>, lookup: Node<'a>) -> Option<Node<'a>> {
    let dict = match lookup.kind_name() {
        "subscript" => lookup.field("value")?,
        "call" => {
            let function = lookup.field("function")?;
            let method = function.field("attribute")?;
            let given = named_items(lookup.field("arguments")?);
            if function.kind_name() != "attribute" || eval.text(method) != "get" || given.len() != 1
            {
                return None;
            }
            function.field("object")?
        }
        _ => return None,
    };
    (dict.kind_name() == "identifier").then_some(dict)
}

/// Whether the module-level name `registry`, read in `scope`, is bound once, by an assignment
/// at module level, to an empty dict literal or `dict()`.
fn is_module_dict(eval: &Evaluator<'_>, registry: Node<'_>, scope: ScopeId) -> bool {
    is_empty_module_collection(eval, registry, scope, ("dictionary", "dict"))
}

/// Whether the module-level name `node`, read in `scope`, is bound once, by an assignment at
/// module level, to an empty literal of the node kind `literal`, or a call of the builtin
/// `builtin` without arguments.
fn is_empty_module_collection(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
    (literal, builtin): (&str, &str),
) -> bool {
    let Some(value) = crate::core::analysis::inferred::module_assigned(eval, node, scope) else {
        return false;
    };
    match value.kind_name() {
        "call" => {
            value
                .field("function")
                .is_some_and(|f| eval.text(f) == builtin)
                && value
                    .field("arguments")
                    .is_some_and(|a| named_items(a).is_empty())
                && eval.model.resolve(SemanticModel::MODULE, builtin) == Resolution::Builtin
        }
        kind => kind == literal && value.named_child_count() == 0,
    }
}

/// The collection a site takes its callable out of by indexing it with a key or position
/// (`run_step(steps[name], records)`, also through a local bound once to the lookup, `step =
/// steps[name]`): each element of a tuple or list, or value of a dict, that the collection
/// holds may be the callable (`Element::Indexed`). Not a slice, which gives a collection.
pub(in crate::core::analysis) fn indexed_part<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, Element)> {
    let callable = unparenthesize(callable);
    let lookup = match callable.kind_name() {
        "identifier" => crate::core::analysis::inferred::bound_once(eval, callable, scope)?.0,
        _ => callable,
    };
    let collection = lookup
        .field("value")
        .filter(|value| lookup.kind_name() == "subscript" && value.kind_name() == "identifier")?;
    let index = lookup.field("subscript")?;
    (index.kind_name() != "slice" && lookup.named_child_count() == 2)
        .then_some((collection, Element::Indexed))
}
