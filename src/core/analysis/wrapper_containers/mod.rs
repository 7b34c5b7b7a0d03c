//! For wrapper parameters (`inferred`): the expressions a site pickles *inside a container*,
//! where a wrapper's parameter may travel to the worker as an element rather than as the
//! callable or an argument itself.
//!
//! ```text
//! def pmap(fn, items):                       # `fn` is an element of each item
//!     return pool.map(_apply, [(fn, x) for x in items])
//! def smap(fn, items):                       # `repeat(fn)` gives `fn` as each item's first
//!     return pool.starmap(_call, zip(repeat(fn), items))
//! def start(fn, x):                          # a tuple inside the argument tuple
//!     Process(target=_run, args=((fn, x),)).start()
//! ```
//!
//! A container is followed where the site pickles it: the iterables of a map-like API of the
//! table (each item is pickled with its task), and a tuple, list or dict literal among the
//! arguments of an API that passes them (`args=`, `initargs=`, `submit(...)`'s trailing
//! arguments; the arguments themselves are `inferred`'s). Inside, the elements of tuple, list
//! and set literals, the values of dict literals, the element of a comprehension, and the
//! iterables of `zip` with the object of `itertools.repeat` are followed, and so is a local
//! name bound once to one of those and read only there (gensim's `texts = ((t, params) for t
//! in docs)` with `params = (self.tokenizer_func, self.lower)`); anything else (a name bound
//! again or read elsewhere, a call) is not.
//!
//! Which rule makes such an element a wrapper parameter: pickle carries a container by
//! carrying each element, so a lambda anywhere in a pickled item fails whatever the worker
//! then does, and "pickled at all" would be sound. It would also make every function that
//! puts a setting in its items (`[(cfg, x) for x in xs]`) a wrapper for `cfg`, listed by
//! `--show-apis` and sending the second pass to every file that calls it, for callers that
//! never pass a function there. So the site's worker must be a module-level function (or a
//! `functools.partial` of one) that calls a value it was given: one of its parameters, a
//! local it unpacked from one (`fn, item = args; fn(item)`) or an element of one
//! (`args[0](...)`), which is what a worker that receives callables in its items does. The
//! lift is the same whatever the worker does: the lifted function is bound with
//! `functools.partial`, which pickles.
//! Every element of such a container counts, not only the one the worker calls
//! (`args=((fn, n), q)` makes `n` a slot too): a function passed there would fail to pickle
//! all the same.

use tree_sitter::Node;

use super::api::{Element, Passing};
use super::callables::unparenthesize;
use super::inferred::{bound_once, module_assigned};
use super::sites::Site;
use super::unpicklable::qualified_name;
use super::values::{Evaluator, Value, argument, string_content};
use super::worker_reads::{Entry, Step};
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::semantic::{BindingKind, Resolution, ScopeId};

mod collections;

pub(super) use collections::{
    appended_to_attribute, appended_to_module_list, attributes_named, indexed_part, looped_parts,
    name_position, set_on_instance, stored_in_attribute, stored_in_registry,
};

/// How deep containers are followed inside one another.
const MAX_DEPTH: usize = 6;

/// Where in a site a container sits, for the message's hand-off.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum PackedIn {
    /// In the items a map-like API hands its callable one by one.
    Items,
    /// In the arguments an API passes its callable.
    Arguments,
}

/// An element a site pickles inside a container, the scope its names are read in, and where
/// it enters the worker's call (`worker_reads::Entry`).
pub(super) type Packed<'a> = (Node<'a>, ScopeId, Entry);

/// An element found inside a container, with the steps from the container to it.
type Found<'a> = Vec<(Node<'a>, ScopeId, Vec<Step>)>;

/// The elements `site` pickles inside a container (see the module doc), each with the scope
/// its names are read in and where it enters the worker's call, when the site's worker calls
/// a value it was given.
pub(super) fn packed_elements<'a>(
    eval: &Evaluator<'a>,
    site: &Site<'a>,
    worker: Option<Node<'a>>,
) -> (PackedIn, Vec<Packed<'a>>) {
    if !worker.is_some_and(|def| calls_what_it_is_given(eval, def)) {
        return (PackedIn::Items, Vec::new());
    }
    packed_in(eval, site)
}

/// The elements `site` pickles inside a container, as `packed_elements` finds them, whatever
/// its worker: for a worker of another file of the run, whose file said what it does with
/// each parameter, the caller keeps those its worker calls.
pub(super) fn packed_in<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> (PackedIn, Vec<Packed<'a>>) {
    let mut packed = Vec::new();
    let place = match site.row.passing {
        // Only the table's own map-likes (and `--api`'s) say the arguments after the callable
        // are the iterables; an inferred wrapper's may be anything.
        Passing::Mapped if site.row.via.is_none() => {
            let star = site.row.name.contains("starmap");
            for (index, iterable) in after_callable(site).into_iter().enumerate() {
                let mut found = Vec::new();
                iterated(eval, iterable, 0, Vec::new(), &mut found);
                packed.extend(
                    found
                        .into_iter()
                        .map(|(node, scope, steps)| (node, scope, item_reach(index, steps, star))),
                );
            }
            PackedIn::Items
        }
        Passing::Mapped => PackedIn::Items,
        Passing::Tuple { args, kwargs } => {
            let first = usize::from(site.row.passes_index);
            let tuple = argument(site.arguments, eval.source, args.position, args.keyword);
            let dict =
                kwargs.and_then(|k| argument(site.arguments, eval.source, k.position, k.keyword));
            for container in tuple.into_iter().chain(dict) {
                for (element, step) in stepped_elements(eval, unparenthesize(container)) {
                    let reach = |steps| match &step {
                        Step::At(at) => Entry::Position(first + at, steps),
                        Step::Key(key) => Entry::Keyword(key.clone(), steps),
                        Step::Any | Step::Field(_) => Entry::Unknown,
                    };
                    nested(eval, element, reach, &mut packed);
                }
            }
            PackedIn::Arguments
        }
        Passing::Trailing { .. } => {
            for (argument, reach) in trailing_reaches(eval, site) {
                let value = match argument.kind_name() {
                    "keyword_argument" => argument.field("value"),
                    _ => Some(argument),
                };
                if let Some(value) = value {
                    nested(eval, value, |steps| with_steps(&reach, steps), &mut packed);
                }
            }
            PackedIn::Arguments
        }
    };
    (place, packed)
}

/// The arguments written after the callable's, splats left out.
fn after_callable<'a>(site: &Site<'a>) -> Vec<Node<'a>> {
    let mut cursor = site.arguments.walk();
    site.arguments
        .named_children(&mut cursor)
        .filter(|a| a.start_byte() >= site.callable.end_byte())
        .filter(|a| !matches!(a.kind_name(), "comment" | "list_splat" | "dictionary_splat"))
        .collect()
}

/// Where an element of item `steps` of the `index`-th iterable enters the worker's call: the
/// item is argument `index` (`map`), or spreads over the arguments (`starmap`), its first
/// step then being the argument.
fn item_reach(index: usize, steps: Vec<Step>, star: bool) -> Entry {
    match (star, steps.split_first()) {
        (false, _) => Entry::Position(index, steps),
        (true, Some((Step::At(at), rest))) => Entry::Position(*at, rest.to_vec()),
        (true, _) => Entry::Unknown,
    }
}

/// `reach` with `steps` after its own.
fn with_steps(reach: &Entry, steps: Vec<Step>) -> Entry {
    match reach {
        Entry::Position(at, own) => Entry::Position(*at, [own.clone(), steps].concat()),
        Entry::Keyword(key, own) => Entry::Keyword(key.clone(), [own.clone(), steps].concat()),
        Entry::Unknown => Entry::Unknown,
    }
}

/// The arguments written after the callable's, splats left out, each with where it enters
/// the worker's call: its position among them (unknown after a splat) or its keyword.
fn trailing_reaches<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> Vec<(Node<'a>, Entry)> {
    let mut cursor = site.arguments.walk();
    let mut splatted = false;
    let mut index = 0;
    let mut found = Vec::new();
    for argument in site.arguments.named_children(&mut cursor) {
        if argument.start_byte() < site.callable.end_byte() || argument.kind_name() == "comment" {
            continue;
        }
        splatted |= argument.kind_name() == "list_splat";
        let reach = match argument.kind_name() {
            "list_splat" | "dictionary_splat" => continue,
            "keyword_argument" => match argument.field("name") {
                Some(name) => Entry::Keyword(eval.text(name).to_string(), Vec::new()),
                None => Entry::Unknown,
            },
            _ if splatted => Entry::Unknown,
            _ => {
                index += 1;
                Entry::Position(index - 1, Vec::new())
            }
        };
        found.push((argument, reach));
    }
    found
}

/// The elements of `value` when it is a container literal, for an argument that is pickled
/// itself: its own direct elements are `inferred`'s, those of a container among them this
/// module's, each with where it enters the worker's call (`reach` of its steps).
fn nested<'a>(
    eval: &Evaluator<'a>,
    value: Node<'a>,
    reach: impl Fn(Vec<Step>) -> Entry,
    packed: &mut Vec<Packed<'a>>,
) {
    let value = unparenthesize(value);
    if is_container(value) {
        let mut found = Vec::new();
        pickled(eval, value, 0, Vec::new(), &mut found);
        packed.extend(
            found
                .into_iter()
                .map(|(node, scope, steps)| (node, scope, reach(steps))),
        );
    }
}

/// Whether `node` is a literal whose elements are pickled with it.
fn is_container(node: Node<'_>) -> bool {
    matches!(
        node.kind_name(),
        "tuple" | "list" | "set" | "dictionary" | "list_comprehension" | "set_comprehension"
    )
}

/// The element expressions of a tuple, list or set literal, or the values of a dict literal.
fn elements(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    let children = node.named_children(&mut cursor);
    match node.kind_name() {
        "tuple" | "list" | "set" => children
            .filter(|c| !matches!(c.kind_name(), "comment" | "list_splat"))
            .collect(),
        "dictionary" => children
            .filter(|c| c.kind_name() == "pair")
            .filter_map(|pair| pair.field("value"))
            .collect(),
        _ => Vec::new(),
    }
}

/// `elements`, each with the step from the container to it: its position in a tuple or list
/// (unknown after a splat, or in a set), or its string key in a dict.
fn stepped_elements<'a>(eval: &Evaluator<'a>, node: Node<'a>) -> Vec<(Node<'a>, Step)> {
    let children = named_items(node);
    match node.kind_name() {
        "tuple" | "list" => {
            let splat = children.iter().position(|c| c.kind_name() == "list_splat");
            let mut found = Vec::new();
            for (index, child) in children.into_iter().enumerate() {
                match splat {
                    Some(at) if index == at => {}
                    Some(at) if index > at => found.push((child, Step::Any)),
                    _ => found.push((child, Step::At(index))),
                }
            }
            found
        }
        "set" => children
            .into_iter()
            .filter(|c| c.kind_name() != "list_splat")
            .map(|c| (c, Step::Any))
            .collect(),
        "dictionary" => children
            .into_iter()
            .filter(|c| c.kind_name() == "pair")
            .filter_map(|pair| {
                let key = pair.field("key")?;
                let step = match key.kind_name() {
                    "string" => Step::Key(string_content(eval.text(key)).to_string()),
                    _ => Step::Any,
                };
                Some((pair.field("value")?, step))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// What pickling `node` pickles that may be a parameter: `node` itself, or the elements of
/// the container literal it is, each with the steps from `node` to it after `steps`.
fn pickled<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    depth: usize,
    steps: Vec<Step>,
    found: &mut Found<'a>,
) {
    let node = unparenthesize(node);
    if depth > MAX_DEPTH {
        return;
    }
    let deeper = |step: Step| [steps.clone(), vec![step]].concat();
    match node.kind_name() {
        "tuple" | "list" | "set" | "dictionary" => {
            for (element, step) in stepped_elements(eval, node) {
                pickled(eval, element, depth + 1, deeper(step), found);
            }
        }
        "list_comprehension" | "set_comprehension" => {
            if let Some(body) = node.field("body") {
                pickled(eval, body, depth + 1, deeper(Step::Any), found);
            }
        }
        _ => match local_literal(eval, node) {
            Some(literal) if is_container(literal) => {
                pickled(eval, literal, depth + 1, steps, found)
            }
            _ => found.push((node, eval.model.scope_at(node.start_byte()), steps)),
        },
    }
}

/// The value of the local name `node` when one assignment binds it and this is its only
/// read (gensim's `params = (self.tokenizer_func, self.lower)`, then `(text, params) for
/// text in docs`), or every other read only iterates it or counts it (parmap's `tasks =
/// [(function, item, args) for item in iterable]`, iterated in the parent when not
/// parallel): no code between them can change what it holds.
fn local_literal<'a>(eval: &Evaluator<'a>, node: Node<'a>) -> Option<Node<'a>> {
    if node.kind_name() != "identifier" {
        return None;
    }
    let scope = eval.model.scope_at(node.start_byte());
    let Resolution::Scope(found) = eval.model.resolve(scope, eval.text(node)) else {
        return None;
    };
    bound_once(eval, node, found)
        .filter(|(_, reads)| *reads == 1 || only_iterated(eval, node, found))
        .map(|(value, _)| value)
}

/// Whether every read of the local `node` of `scope` but this one iterates it (the iterable
/// of a loop or a comprehension) or passes it to `len`, none of which changes it.
fn only_iterated(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let name = eval.text(node);
    (eval.model.references.iter())
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(scope))
        .filter(|r| r.range.start != node.start_byte())
        .all(|r| {
            eval.node_at(r.range).is_some_and(|read| {
                counts_elements(eval, read)
                    || read.parent().is_some_and(|loop_| {
                        matches!(loop_.kind_name(), "for_statement" | "for_in_clause")
                            && loop_.field("right") == Some(read)
                    })
            })
        })
}

/// What iterating `node` gives that is pickled as an item: the elements of a literal, the
/// element of a comprehension, the items `zip` makes of its iterables, and the object
/// `itertools.repeat` repeats; each with the steps from the item to it after `steps`.
fn iterated<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    depth: usize,
    steps: Vec<Step>,
    found: &mut Found<'a>,
) {
    let node = unparenthesize(node);
    if depth > MAX_DEPTH {
        return;
    }
    match node.kind_name() {
        "tuple" | "list" | "set" | "dictionary" => {
            for element in elements(node) {
                pickled(eval, element, depth + 1, steps.clone(), found);
            }
        }
        "list_comprehension" | "set_comprehension" | "generator_expression" => {
            if let Some(body) = node.field("body") {
                pickled(eval, body, depth + 1, steps, found);
            }
        }
        "call" => iterated_call(eval, node, depth, steps, found),
        "identifier" => {
            if let Some(literal) = local_literal(eval, node) {
                iterated(eval, literal, depth + 1, steps, found);
            }
        }
        _ => {}
    }
}

/// `zip(a, b)`: the items of each iterable, element `i` of the item for the `i`-th;
/// `itertools.repeat(x)`: `x`.
fn iterated_call<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    depth: usize,
    steps: Vec<Step>,
    found: &mut Found<'a>,
) {
    let (Some(function), Some(arguments)) = (call.field("function"), call.field("arguments"))
    else {
        return;
    };
    let scope = eval.model.scope_at(call.start_byte());
    let given = named_items(arguments);
    match qualified_name(eval, function, scope).as_deref() {
        Some("builtins.zip") => {
            let iterables = given
                .into_iter()
                .filter(|a| a.kind_name() != "keyword_argument");
            let mut splatted = false;
            for (index, iterable) in iterables.enumerate() {
                splatted |= iterable.kind_name() == "list_splat";
                let step = if splatted { Step::Any } else { Step::At(index) };
                let within = [steps.clone(), vec![step]].concat();
                iterated(eval, iterable, depth + 1, within, found);
            }
        }
        Some("itertools.repeat") => {
            if let Some(object) = argument(arguments, eval.source, Some(0), Some("object")) {
                pickled(eval, object, depth + 1, steps, found);
            }
        }
        _ => {}
    }
}

/// Whether the function `def` calls a value it was given: a name bound in its own scope other
/// than by `def`, `class` or `import` (a parameter, or a local unpacked from one), or an
/// element of one (`args[0](...)`).
fn calls_what_it_is_given(eval: &Evaluator<'_>, def: Node<'_>) -> bool {
    let Some(body) = def.field("body") else {
        return false;
    };
    let Some(own) = eval
        .model
        .scope_created_by(crate::core::source::TextRange::of(def))
    else {
        return false;
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        // `map(fn, chunk)` calls `fn` as `fn(item)` would.
        if node.kind_name() == "identifier"
            && super::worker_reads::called_by_builtin(eval, node)
            && given_value(eval, node, own)
        {
            return true;
        }
        if let Some(function) = node
            .field("function")
            .filter(|_| node.kind_name() == "call")
        {
            let mut root = unparenthesize(function);
            while root.kind_name() == "subscript" {
                match root.field("value") {
                    Some(value) => root = unparenthesize(value),
                    None => break,
                }
            }
            if root.kind_name() == "identifier" && given_value(eval, root, own) {
                return true;
            }
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Whether the name `node` is bound in the worker's scope `own` only as a value it was given.
fn given_value(eval: &Evaluator<'_>, node: Node<'_>, own: ScopeId) -> bool {
    let name = eval.text(node);
    let scope = eval.model.scope_at(node.start_byte());
    if eval.model.resolve(scope, name) != Resolution::Scope(own) {
        return false;
    }
    let bindings = eval.model.bindings_of(own, name);
    !bindings.is_empty()
        && bindings.iter().all(|id| {
            !matches!(
                eval.model.binding(*id).kind,
                BindingKind::FunctionDef | BindingKind::ClassDef | BindingKind::Import { .. }
            )
        })
}

/// The collection a `functools.partial` handed over splats into its call (`partial(func,
/// **kwargs)`, `partial(func, *args)`): each of its elements is pickled with the partial.
pub(super) fn splatted_into_callable<'a>(
    eval: &Evaluator<'a>,
    callable: Node<'a>,
    scope: ScopeId,
) -> Option<Node<'a>> {
    let call = unparenthesize(callable);
    let function = call
        .field("function")
        .filter(|_| call.kind_name() == "call")?;
    if eval.eval(function, scope) != Value::Partial {
        return None;
    }
    let arguments = call.field("arguments")?;
    let mut cursor = arguments.walk();
    let splat = arguments
        .named_children(&mut cursor)
        .find(|a| matches!(a.kind_name(), "list_splat" | "dictionary_splat"))?;
    splat
        .named_child(0)
        .filter(|n| n.kind_name() == "identifier")
}

/// The elements of the collection `node` is: a tuple or list literal's, a dict literal's
/// values, splats and comments left out; with `bound`, also those of a literal that a local
/// name read only here is bound to once (tsfresh's `map_kwargs = {...}`, then
/// `self.distribute(..., map_kwargs)`), or a module-level name is bound to once, wherever it
/// is read (`STEPS = {"strip": lambda r: r.strip(), ...}`): what stands at module level
/// captures nothing, so its lift is a plain function whatever else reads the collection.
pub(super) fn collection_elements<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
    bound: bool,
    element: Element,
) -> Vec<Node<'a>> {
    let node = unparenthesize(node);
    let mut appended = Vec::new();
    let literal = match node.kind_name() {
        "identifier" if bound => bound_once(eval, node, scope)
            .filter(|(_, reads)| *reads == 1 || other_reads_kept(eval, node, scope, &mut appended))
            .map(|(value, _)| value)
            .or_else(|| module_literal(eval, node, scope)),
        _ => Some(node),
    };
    let Some(literal) = literal else {
        return Vec::new();
    };
    let mut found = literal_elements(eval, literal, element);
    found.extend(appended.into_iter().filter_map(|value| match element {
        Element::Whole => Some(value),
        Element::Item { at, width } => collections::item_of(value, at, width),
        Element::Key(key) => collections::value_at(eval.source, value, key),
        Element::Field(field) => field_value(eval, value, field),
        Element::Value | Element::Indexed => None,
    }));
    found
}

/// The argument that fills the field `field` in `value`, a call of a dataclass of the file
/// (`Task("add", lambda a, b: a + b)` for `fn`); `None` for anything else, or a call that
/// leaves the field to its default.
fn field_value<'a>(eval: &Evaluator<'a>, value: Node<'a>, field: &str) -> Option<Node<'a>> {
    let value = unparenthesize(value);
    if value.kind_name() != "call" {
        return None;
    }
    let scope = eval.model.scope_at(value.start_byte());
    let Some((_, fields)) = eval.dataclass_arguments(value, scope) else {
        // A dataclass of another file of the run (`from pkg.tasks import Task`).
        return eval.imported_field_argument(value, field);
    };
    fields
        .into_iter()
        .find(|(_, name)| *name == field)
        .map(|(argument, _)| argument)
}

/// The elements of the collection literal `literal`, or the parts of them `element` says.
fn literal_elements<'a>(
    eval: &Evaluator<'a>,
    literal: Node<'a>,
    element: Element,
) -> Vec<Node<'a>> {
    let source = eval.source;
    match (element, literal.kind_name()) {
        // `[lambda i=i: work(i) for i in range(3)]`: each element is the comprehension's.
        (Element::Whole, "list_comprehension" | "set_comprehension" | "generator_expression") => {
            literal.field("body").into_iter().collect()
        }
        // `[(train, (lr, 20)) for lr in rates]`: the part of each element's tuple.
        (
            Element::Item { at, width },
            "list_comprehension" | "set_comprehension" | "generator_expression",
        ) => literal
            .field("body")
            .and_then(|body| collections::item_of(body, at, width))
            .into_iter()
            .collect(),
        (Element::Whole, "tuple" | "list" | "set")
        | (Element::Value | Element::Indexed, "dictionary")
        | (Element::Indexed, "tuple" | "list") => elements(literal),
        (Element::Item { at, width }, "tuple" | "list" | "set") => elements(literal)
            .into_iter()
            .filter_map(|e| collections::item_of(e, at, width))
            .collect(),
        // `[{"fn": lambda x: x + k, "args": (1,)}]`: the value at the key of each dict.
        (Element::Key(key), "tuple" | "list") => elements(literal)
            .into_iter()
            .filter_map(|e| collections::value_at(source, e, key))
            .collect(),
        (Element::Key(key), "list_comprehension" | "generator_expression") => literal
            .field("body")
            .and_then(|body| collections::value_at(source, body, key))
            .into_iter()
            .collect(),
        // `[Task("add", lambda a, b: a + b), ...]`: the argument for the field of each call.
        (Element::Field(field), "tuple" | "list") => elements(literal)
            .into_iter()
            .filter_map(|e| field_value(eval, e, field))
            .collect(),
        (Element::Field(field), "list_comprehension" | "generator_expression") => literal
            .field("body")
            .and_then(|body| field_value(eval, body, field))
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether every other read of the local name `node` (read in `scope`, where the site hands
/// the collection over) leaves its elements as the lift sees them: one that only counts them
/// (`len(jobs)`, or the iterable of a loop or comprehension whose target is a name nothing
/// reads, `sorted(q.get() for _ in jobs)`), which sees as many once the lambdas in it are
/// lifted, or, before the site in the same scope, a statement `jobs.append(x)` or
/// `jobs.insert(i, x)`, whose `x` is one more element, kept in `appended`. A read that
/// mutates the collection otherwise, passes it on or looks at its elements (whose `__name__`
/// a lift may change) keeps it unfollowed.
fn other_reads_kept<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
    appended: &mut Vec<Node<'a>>,
) -> bool {
    let name = eval.text(node);
    let model = eval.model;
    model
        .references
        .iter()
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(scope))
        .filter(|r| r.range.start != node.start_byte())
        .all(|r| {
            let Some(read) = eval.node_at(r.range) else {
                return false;
            };
            if counts_elements(eval, read) {
                return true;
            }
            let added = (r.range.start < node.start_byte() && r.scope == scope)
                .then(|| added_element(eval, read))
                .flatten();
            appended.extend(added);
            added.is_some()
        })
}

/// `x` of the statement `read.append(x)` or `read.insert(i, x)`.
fn added_element<'a>(eval: &Evaluator<'a>, read: Node<'a>) -> Option<Node<'a>> {
    let attribute = read
        .parent()
        .filter(|p| p.kind_name() == "attribute" && p.field("object") == Some(read))?;
    let call = attribute
        .parent()
        .filter(|c| c.kind_name() == "call" && c.field("function") == Some(attribute))?;
    call.parent()
        .filter(|statement| statement.kind_name() == "expression_statement")?;
    let arguments: Vec<Node<'a>> = named_items(call.field("arguments")?);
    match (
        eval.text(attribute.field("attribute")?),
        arguments.as_slice(),
    ) {
        ("append", [value]) | ("insert", [_, value])
            if !matches!(value.kind_name(), "keyword_argument" | "list_splat") =>
        {
            Some(*value)
        }
        _ => None,
    }
}

/// Whether the read `read` of a collection is `len(read)` or the iterable of a loop whose
/// target no code reads.
fn counts_elements(eval: &Evaluator<'_>, read: Node<'_>) -> bool {
    let Some(parent) = read.parent() else {
        return false;
    };
    match parent.kind_name() {
        "argument_list" => {
            let call = parent.parent().filter(|c| c.kind_name() == "call");
            let function = call.and_then(|c| c.field("function"));
            parent.named_child_count() == 1
                && function.is_some_and(|f| {
                    let scope = eval.model.scope_at(f.start_byte());
                    f.kind_name() == "identifier"
                        && eval.text(f) == "len"
                        && eval.model.resolve(scope, "len") == Resolution::Builtin
                })
        }
        "for_statement" | "for_in_clause" => {
            let target = parent.field("left");
            parent.field("right") == Some(read)
                && target.is_some_and(|target| {
                    target.kind_name() == "identifier" && !read_within(eval, target, parent)
                })
        }
        _ => false,
    }
}

/// Whether code in `within` (a loop or a comprehension's clause, whose enclosing
/// comprehension is searched whole) reads the loop target `target`.
fn read_within(eval: &Evaluator<'_>, target: Node<'_>, within: Node<'_>) -> bool {
    let within = match within.kind_name() {
        "for_in_clause" => within.parent().unwrap_or(within),
        _ => within,
    };
    let name = eval.text(target);
    eval.model.references.iter().any(|r| {
        r.name == name && r.range.start >= within.start_byte() && r.range.end <= within.end_byte()
    })
}

/// The literal the module-level name `node` (read in `scope`) is bound to, when that is its
/// only binding, an assignment at module level.
fn module_literal<'a>(eval: &Evaluator<'a>, node: Node<'a>, scope: ScopeId) -> Option<Node<'a>> {
    let value = module_assigned(eval, node, scope)?;
    matches!(value.kind_name(), "tuple" | "list" | "dictionary" | "set").then_some(value)
}
