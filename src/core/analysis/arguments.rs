//! Callables handed to a worker among its arguments, which the API pickles with them.
//!
//! Under spawn and forkserver a process API pickles what it hands the worker along with the
//! worker itself, so a lambda there fails exactly as in the callable slot:
//!
//! ```text
//! Process(target=_call, args=(lambda x: x + k,))      # args=, kwargs=, initargs=, kwds=
//! pool.apply(_call, (lambda x: x + k,))               # apply's positional args
//! ex.submit(_call, lambda x: x * k)                   # submit / run_in_executor extras
//! pool.map(_apply, [(lambda x: x + k, i) for i in xs]) # items of a literal or comprehension
//! ```
//!
//! Each value written there is one more site of the call (`Handed::Argument`), with the call's
//! row and its facts (a fork context's `Process` arguments are inherited, not pickled, so they
//! make no site; the interpreters of `InterpreterPoolExecutor` as for its callable), classified
//! and lifted as a callable is. Only the table's own rows are read, and the inferred wrappers
//! that forward the arguments after their callable to one as they are (`def spawn_worker(fn,
//! *args)` creating `Process(target=fn, args=args)`); another inferred wrapper or an `--api`
//! declaration does not say where its arguments go.
//!
//! The worker calls the value with arguments of its own, so the captured values cannot join
//! `args`: they travel in a `functools.partial` made where the value is written (inside a
//! comprehension, with the element it is made for). Two things a partial changes are refused:
//! a worker of this file that looks at what it was given (`fn.__name__`,
//! `inspect.signature(fn)`, see `inspection`), and, for a `Process` (whose arguments fork
//! inherits), a captured variable of a comprehension, which a process started after the
//! comprehension would read at its last value (`flow`, which refuses it in the callable slot
//! too).

use tree_sitter::Node;

use super::api::{API_TABLE, ApiRow, Class, Passing, Target};
use super::handed::{HandedPool, Held};
use super::inspection::{called_names, inspected, names_read, used_otherwise};
use super::sites::{Handed, Parameter, Site};
use super::unpacked;
use super::user_api::{UserKind, WorkerSlot};
use super::values::{Evaluator, argument, string_content};
use super::worker_reads::{Entry, Step, WorkerUse, followed, positionals_of};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// The expressions `classify` can find a callable in, or `picked` one a table holds
/// (`args=(OPS[name], q)`); literals and the rest are never one.
const CANDIDATES: [&str; 6] = [
    "lambda",
    "identifier",
    "call",
    "attribute",
    "parenthesized_expression",
    "subscript",
];

/// The sites of the values that the calls of `sites` pickle with their workers' arguments, in
/// source order within each call.
pub fn argument_sites<'t>(eval: &Evaluator<'t>, sites: &[Site<'t>]) -> Vec<Site<'t>> {
    sites
        .iter()
        .filter(|site| {
            site.handed == Handed::Callable && !site.inherited_by_fork && in_table(site.row)
        })
        .flat_map(|site| {
            nested(eval, handed_values(eval, site))
                .into_iter()
                .filter(|(value, _)| CANDIDATES.contains(&value.kind_name()))
                .map(|(value, parameter)| Site {
                    callable: value,
                    scope: eval.model.scope_at(value.start_byte()),
                    handed: Handed::Argument(parameter),
                    ..*site
                })
        })
        .collect()
}

/// How many containers deep a worker of another file is read for what it does with a value
/// (`exports::worker_slots`): `[[f]]` is two.
pub(super) const MAX_WORKER_DEPTH: usize = 2;

/// How deep `nested` looks into the containers of an argument.
const MAX_DEPTH: usize = 4;

/// `values` and the values inside those of them written as a list, tuple, set or dict
/// literal, at any depth up to `MAX_DEPTH`, each with the parameter of the argument that holds
/// it (`args=([lambda: 1, work], x)`, `submit(run_all, {"f": work})`): the worker takes them
/// out of the container it is given (`reach_of` tells the steps). The arguments of a call of a
/// dataclass of the file count too (`Task(fn=lambda v: v * k, x=i)`): the instance keeps
/// them in its fields, which pickle carries with it.
fn nested<'t>(
    eval: &Evaluator<'t>,
    values: Vec<(Node<'t>, Parameter<'t>)>,
) -> Vec<(Node<'t>, Parameter<'t>)> {
    let mut all = Vec::new();
    let mut level = values;
    for _ in 0..=MAX_DEPTH {
        let mut inner = Vec::new();
        for &(value, parameter) in &level {
            let container = super::callables::unparenthesize(value);
            inner.extend(contents(container).into_iter().map(|v| (v, parameter)));
            inner.extend(dataclass_fields(eval, container).map(|v| (v, parameter)));
            // A loop variable whose elements are dataclass instances (`args=(t, out)` in `for
            // t in [Task(...), ...]`): their fields, which pickle carries with each. The
            // elements themselves are the loop's sites already (`loops::loop_elements`).
            if container.kind_name() == "identifier"
                && let Some(elements) = super::loops::loop_values(eval, container)
            {
                for element in elements {
                    let element = super::callables::unparenthesize(element);
                    inner.extend(dataclass_fields(eval, element).map(|v| (v, parameter)));
                }
            }
        }
        all.extend(level);
        if inner.is_empty() {
            break;
        }
        level = inner;
    }
    all
}

/// The arguments of `call` when it makes an instance of a dataclass of the file, which keeps
/// them in its fields; none for anything else.
fn dataclass_fields<'t>(eval: &Evaluator<'t>, call: Node<'t>) -> impl Iterator<Item = Node<'t>> {
    (call.kind_name() == "call")
        .then(|| eval.dataclass_arguments(call, eval.model.scope_at(call.start_byte())))
        .flatten()
        .into_iter()
        .flat_map(|(_, fields)| fields.into_iter().map(|(v, _)| v))
}

/// The elements of a list, tuple or set literal, or the values of a dict literal.
pub(super) fn contents(container: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = container.walk();
    match container.kind_name() {
        "list" | "tuple" | "set" => container
            .named_children(&mut cursor)
            .filter(|e| !matches!(e.kind_name(), "comment" | "list_splat"))
            .collect(),
        "dictionary" => container
            .named_children(&mut cursor)
            .filter(|pair| pair.kind_name() == "pair")
            .filter_map(|pair| pair.field("value"))
            .collect(),
        _ => Vec::new(),
    }
}

/// The steps from the argument `top` that holds `value` down to it, through the literals
/// `nested` looks into: a position in a list or tuple (unknown after a splat, or in a set),
/// a string key of a dict (unknown for another key).
fn steps_within(eval: &Evaluator<'_>, value: Node<'_>, top: Node<'_>) -> Vec<Step> {
    let source = eval.source;
    let mut steps = Vec::new();
    let mut node = value;
    while node != top {
        let Some(parent) = node.parent() else {
            return Vec::new();
        };
        match parent.kind_name() {
            "parenthesized_expression" => {}
            // An argument of a dataclass's constructor: the instance's field.
            "keyword_argument" | "argument_list" => {
                let Some((call, field)) = dataclass_field_of(eval, node) else {
                    return Vec::new();
                };
                steps.push(Step::Field(field.to_string()));
                node = call;
                continue;
            }
            "pair" => {
                let key = parent.field("key");
                steps.push(match key.filter(|k| k.kind_name() == "string") {
                    Some(key) => Step::Key(string_content(&source[key.byte_range()]).to_string()),
                    None => Step::Any,
                });
                let Some(dict) = parent.parent() else {
                    return Vec::new();
                };
                node = dict;
                continue;
            }
            "list" | "tuple" | "set" => {
                let mut cursor = parent.walk();
                let elements: Vec<Node<'_>> = parent
                    .named_children(&mut cursor)
                    .filter(|e| e.kind_name() != "comment")
                    .collect();
                let splat = elements.iter().position(|e| e.kind_name() == "list_splat");
                let at = elements.iter().position(|e| *e == node);
                steps.push(match (parent.kind_name(), at) {
                    ("set", _) | (_, None) => Step::Any,
                    (_, Some(at)) if splat.is_some_and(|s| s < at) => Step::Any,
                    (_, Some(at)) => Step::At(at),
                });
            }
            _ => return Vec::new(),
        }
        node = parent;
    }
    steps.reverse();
    steps
}

/// The call of a dataclass of the file that `value` is an argument of, and the field it
/// fills.
fn dataclass_field_of<'t>(eval: &Evaluator<'t>, value: Node<'t>) -> Option<(Node<'t>, &'t str)> {
    let mut arguments = value.parent()?;
    if arguments.kind_name() == "keyword_argument" {
        arguments = arguments.parent()?;
    }
    let call = arguments.parent().filter(|c| c.kind_name() == "call")?;
    let (_, fields) = eval.dataclass_arguments(call, eval.model.scope_at(call.start_byte()))?;
    let field = fields.into_iter().find(|(v, _)| *v == value)?.1;
    Some((call, field))
}

/// Why a dataclass of the file that keeps the value of `site` in a field refuses a partial
/// there: its own code reads the field otherwise than calling it (`self.fn.__name__` in
/// `__post_init__` or `describe`), and would see the partial. Read from the class's text:
/// every `.<field>` not followed by a call counts.
fn class_refusal(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<String> {
    let mut node = site.callable;
    while let Some(parent) = node.parent() {
        if parent == site.call {
            return None;
        }
        if let Some((call, field)) = dataclass_field_of(eval, node) {
            let (class, _) =
                eval.dataclass_arguments(call, eval.model.scope_at(call.start_byte()))?;
            let class_node = eval.scope_node(class)?;
            let text = eval.text(class_node);
            let name = eval.model.scope(class).name.as_deref().unwrap_or("?");
            // Read by name (`getattr(self, "fn")`, `vars(self)`, `asdict(self)`): not followed.
            if ["getattr(", "vars(", "__dict__", "asdict(", "astuple("]
                .iter()
                .any(|reader| text.contains(reader))
            {
                return Some(format!(
                    "the class `{name}` reads its fields by name, which picklefix does not follow, and would see the functools.partial that the captured values travel in instead of a function"
                ));
            }
            let dotted = format!(".{field}");
            for (at, _) in text.match_indices(&dotted) {
                let rest = &text[at + dotted.len()..];
                if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if !rest.trim_start().starts_with('(') {
                    let line = eval.source[..class_node.start_byte() + at]
                        .matches('\n')
                        .count()
                        + 1;
                    return Some(format!(
                        "the class `{name}` reads its field `{field}` otherwise than calling it (line {line}), and would see the functools.partial that the captured values travel in instead of a function"
                    ));
                }
            }
            node = call;
            continue;
        }
        node = parent;
    }
    None
}

/// Whether `row` is one of the table's, by value: the table is a constant, whose rows need
/// not keep one address.
fn in_table(row: &ApiRow) -> bool {
    API_TABLE.contains(row) || forwards_arguments(row)
}

/// Whether `row` is a wrapper that hands the arguments after its callable on to the API as
/// they are (`def spawn_worker(fn, *args): Process(target=fn, args=args)`, `submit(fn,
/// *args)`: `values::inferred` makes such a wrapper trailing only then), so that a value
/// written there reaches the worker as one written in the API's own arguments does.
fn forwards_arguments(row: &ApiRow) -> bool {
    row.via.is_some() && matches!(row.passing, Passing::Trailing { .. })
}

/// The values the call of `site` hands its worker, each with the parameter it binds.
fn handed_values<'t>(eval: &Evaluator<'t>, site: &Site<'t>) -> Vec<(Node<'t>, Parameter<'t>)> {
    let (row, arguments, source) = (site.row, site.arguments, eval.source);
    let argument = |arguments, source, position, keyword| {
        argument(arguments, source, position, keyword).map(|value| built_in(eval, site, value))
    };
    match row.passing {
        Passing::Tuple { args, kwargs } => {
            let mut values = Vec::new();
            if let Some(tuple) = argument(arguments, source, args.position, args.keyword) {
                values.extend(sequence(tuple, usize::from(row.passes_index)));
                values.extend(unpacked::repeated(tuple));
            }
            if let Some(dict) =
                kwargs.and_then(|k| argument(arguments, source, k.position, k.keyword))
            {
                values.extend(dictionary(dict));
                values.extend(unpacked::dict_call(eval, dict));
            }
            values
        }
        // A wrapper's own keywords (`on_done=` of `def submit_with(ex, fn, *args,
        // on_done=None, **kwargs)`) stay in the parent.
        Passing::Trailing { keywords } => row.callable.position.map_or_else(Vec::new, |at| {
            let mut values = trailing(eval, arguments, at, keywords);
            values.retain(|(_, parameter)| match parameter {
                Parameter::Keyword(name) => !row.own_keywords.contains(&eval.text(*name)),
                _ => true,
            });
            values
        }),
        Passing::Mapped => {
            let position = row.callable.position.map(|p| p + 1);
            argument(arguments, source, position, Some("iterable")).map_or_else(Vec::new, |items| {
                mapped(items, row.name.contains("starmap"))
            })
        }
    }
}

/// The literal or comprehension a local variable handed over was built with (`tasks =
/// [(work, x) for x in xs]`, then `pool.map(run, tasks)`), when the function binds it once,
/// above the call, and reads it only there: what is pickled is what the literal made. Any
/// other value as it is.
fn built_in<'t>(eval: &Evaluator<'t>, site: &Site<'t>, value: Node<'t>) -> Node<'t> {
    let value = super::callables::unparenthesize(value);
    if value.kind_name() != "identifier" {
        return value;
    }
    let model = eval.model;
    let name = eval.text(value);
    // The code that makes the call (an argument site's own scope is its value's).
    let calling = model.scope_at(site.call.start_byte());
    let Resolution::Scope(scope) = model.resolve(calling, name) else {
        return value;
    };
    let [only] = model.bindings_of(scope, name) else {
        return value;
    };
    let binding = model.binding(*only);
    let reads = model
        .references
        .iter()
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(scope))
        .count();
    let built = binding
        .value
        .filter(|_| {
            // Bound in the code that makes the call, not in a function around it, whose
            // variables may change before a nested function that calls it runs.
            scope != SemanticModel::MODULE
                && scope == calling
                && binding.kind == BindingKind::Assignment
                && binding.statement.end <= site.call.start_byte()
                && reads == 1
        })
        .and_then(|range| eval.node_at(range))
        .filter(|node| {
            matches!(
                node.kind_name(),
                "list"
                    | "tuple"
                    | "set"
                    | "dictionary"
                    | "list_comprehension"
                    | "set_comprehension"
                    | "generator_expression"
            )
        });
    built.unwrap_or(value)
}

/// The elements of a literal tuple or list, the first binding the positional parameter at
/// `offset`; after a `*` splat the position is unknown.
fn sequence(node: Node<'_>, offset: usize) -> Vec<(Node<'_>, Parameter<'_>)> {
    if !matches!(node.kind_name(), "tuple" | "list") {
        return Vec::new();
    }
    let mut splatted = false;
    let mut cursor = node.walk();
    let elements: Vec<Node<'_>> = node
        .named_children(&mut cursor)
        .filter(|e| e.kind_name() != "comment")
        .collect();
    let mut values = Vec::new();
    for (index, element) in elements.into_iter().enumerate() {
        splatted |= element.kind_name() == "list_splat";
        let parameter = match splatted {
            true => Parameter::Unknown,
            false => Parameter::Position(index + offset),
        };
        values.push((element, parameter));
    }
    values
}

/// The values of a dictionary literal's entries, each binding the parameter its string key
/// names.
fn dictionary(node: Node<'_>) -> Vec<(Node<'_>, Parameter<'_>)> {
    if node.kind_name() != "dictionary" {
        return Vec::new();
    }
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|pair| pair.kind_name() == "pair")
        .filter_map(|pair| {
            let key = pair.field("key")?;
            let parameter = match key.kind_name() {
                "string" => Parameter::Keyword(key),
                _ => Parameter::Unknown,
            };
            Some((pair.field("value")?, parameter))
        })
        .collect()
}

/// The arguments after the callable at position `at` (`submit(fn, *args, **kwargs)`): the
/// positional ones, those of a splatted literal (`*(a, b)`), and the keywords (written, or
/// splatted from a literal dict or `dict(...)`) when the API passes them on. After any other
/// `*` splat the positions are unknown.
fn trailing<'t>(
    eval: &Evaluator<'t>,
    arguments: Node<'t>,
    at: usize,
    keywords: bool,
) -> Vec<(Node<'t>, Parameter<'t>)> {
    let mut values = Vec::new();
    let (mut index, mut splatted) = (0, false);
    let mut positional = |value: Node<'t>, index: &mut usize, splatted: bool| {
        if *index > at {
            let parameter = match splatted {
                true => Parameter::Unknown,
                false => Parameter::Position(*index - at - 1),
            };
            values.push((value, parameter));
        }
        *index += 1;
    };
    let mut cursor = arguments.walk();
    let mut splats = Vec::new();
    for child in arguments.named_children(&mut cursor) {
        match child.kind_name() {
            "comment" => {}
            "keyword_argument" | "dictionary_splat" => splats.push(child),
            "list_splat" => match unpacked::splatted_sequence(child) {
                Some(elements) if !splatted => {
                    for element in elements {
                        positional(element, &mut index, false);
                    }
                }
                _ => splatted = true,
            },
            _ => positional(child, &mut index, splatted),
        }
    }
    if keywords {
        values.extend(splats.into_iter().flat_map(|k| keyword_values(eval, k)));
    }
    values
}

/// The values a keyword argument or a `**` splat of a literal dict or `dict(...)` passes on,
/// each with the parameter it names.
fn keyword_values<'t>(eval: &Evaluator<'t>, argument: Node<'t>) -> Vec<(Node<'t>, Parameter<'t>)> {
    match argument.kind_name() {
        "keyword_argument" => {
            let name = argument.field("name");
            let value = argument.field("value");
            match (name, value) {
                (Some(name), Some(value)) => vec![(value, Parameter::Keyword(name))],
                _ => Vec::new(),
            }
        }
        "dictionary_splat" => argument.named_child(0).map_or_else(Vec::new, |mapping| {
            let mapping = super::callables::unparenthesize(mapping);
            let mut values = dictionary(mapping);
            values.extend(unpacked::dict_call(eval, mapping));
            values
        }),
        _ => Vec::new(),
    }
}

/// The values in the items of a mapping method's first iterable, a literal or the element of a
/// comprehension: an item itself binds the worker's first parameter (`map`), and the
/// elements of an item written as a tuple or list bind its parameters in order (`starmap`) or
/// are parts of the first one (`map`).
fn mapped(items: Node<'_>, star: bool) -> Vec<(Node<'_>, Parameter<'_>)> {
    let elements: Vec<Node<'_>> = match items.kind_name() {
        "list" | "tuple" | "set" => {
            let mut cursor = items.walk();
            items
                .named_children(&mut cursor)
                .filter(|e| !matches!(e.kind_name(), "comment" | "list_splat"))
                .collect()
        }
        "list_comprehension" | "generator_expression" | "set_comprehension" => {
            items.field("body").into_iter().collect()
        }
        _ => Vec::new(),
    };
    let mut values = Vec::new();
    for item in elements {
        let item = super::callables::unparenthesize(item);
        match (item.kind_name(), star) {
            ("tuple" | "list", true) => values.extend(sequence(item, 0)),
            ("tuple" | "list", false) => values.extend(
                sequence(item, 0)
                    .into_iter()
                    .map(|(value, _)| (value, Parameter::Unknown)),
            ),
            (_, false) => values.push((item, Parameter::Position(0))),
            (_, true) => values.push((item, Parameter::Unknown)),
        }
    }
    values
}

/// "passed to `Pool.map`" for the callable slot; "passed in the arguments of `Process`" or
/// "passed in the items of `Pool.map`" for a value handed among the worker's arguments, or
/// "passed in the arguments of `spawn_worker` (which hands them on to `Process(target=...)`,
/// line 5)" through a wrapper that forwards them; "started as a process" for an instance of a
/// `Process` subclass.
pub fn handed_to(site: &Site<'_>) -> String {
    // An instance of a `Process` subclass (`sites::local_process`), which `start()` pickles.
    if site.callable.id() == site.call.id()
        && site.callable.kind_name() == "call"
        && site.row.target == Target::Constructor(super::api::Class::Process)
    {
        return "started as a process".to_string();
    }
    let Handed::Argument(_) = site.handed else {
        return format!("passed to {}", site.row.label());
    };
    let api = match site.row.target {
        Target::Constructor(class) => format!("`{}`", class.shown_name()),
        _ => site.row.name_label(),
    };
    let place = match site.row.passing {
        Passing::Mapped => "items",
        _ => "arguments",
    };
    match site.row.via {
        // A wrapper forwarding its arguments (`forwards_arguments`) says where they go.
        Some(via) => format!("passed in the {place} of {api} (which hands them on to {via})"),
        None => format!("passed in the {place} of {api}"),
    }
}

/// Why the captured values of a value handed among the worker's arguments cannot travel in a
/// `functools.partial`, which the worker would be given instead of a function: it is not a
/// function of this file, whose code could be read (imported, a bound method, a partial); or
/// it looks at what the value is (`fn.__name__`, `inspect.signature(fn)`); or it does
/// anything with it but call it (stores it in a global for later tasks, compares it by
/// identity, prints it, wraps it), wherever it takes it from (`worker_reads`). When where the
/// value enters cannot be told, every variable of the worker is looked at for the first, and
/// those it calls for the last. Also refused: a keyword the worker passes when it calls the
/// value that is the name of one of `bound` (`fn(x, k=100)`), which would take the place of
/// the value the partial binds by that keyword. `None` for the callable slot, or when the
/// worker only calls what it is given.
pub fn worker_refusal(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    bound: &[(String, String)],
) -> Option<String> {
    let Handed::Argument(parameter) = site.handed else {
        return None;
    };
    if let Some(reason) = unpacked::repetition(eval, site.callable) {
        return Some(reason);
    }
    if let Some(reason) = class_refusal(eval, site) {
        return Some(reason);
    }
    let slot = site.row.callable;
    let worker = argument(site.arguments, eval.source, slot.position, slot.keyword);
    let shown = worker.map_or_else(|| "it runs".to_string(), |w| format!("`{}`", eval.text(w)));
    if let Some((slot, file)) = worker.and_then(|w| imported_worker(eval, site, w, parameter)) {
        return refusal(&format!("{shown} ({file})"), &slot, bound);
    }
    let Some(def) = worker.and_then(|w| worker_function(eval, site, w)) else {
        return Some(format!(
            "the worker {shown} is not a function of this file, so what it does with what it is given cannot be read, and the captured values would reach it in a functools.partial instead of a function"
        ));
    };
    let used = match reach_of(eval, site, parameter) {
        Entry::Unknown => unknown_use(eval, def)?,
        reach => followed(eval, def, &reach)?,
    };
    refusal(&shown, &used, bound)
}

/// Where the worker a site hands the callable to in its arguments reads the callable's name
/// (`WorkerUse::names`), for a worker of this file: the worker as shown, the read, its line,
/// and whether it is the qualified name.
pub fn worker_names_read(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
) -> Option<(String, String, usize, bool)> {
    let Handed::Argument(parameter) = site.handed else {
        return None;
    };
    let slot = site.row.callable;
    let worker = argument(site.arguments, eval.source, slot.position, slot.keyword)?;
    let def = worker_function(eval, site, worker)?;
    let used = match reach_of(eval, site, parameter) {
        Entry::Unknown => unknown_use(eval, def)?,
        reach => followed(eval, def, &reach)?,
    };
    let (what, line, qualified) = used.names?;
    Some((format!("`{}`", eval.text(worker)), what, line, qualified))
}

/// The reason a worker's use of the value refuses a partial binding `bound`, if any.
pub(super) fn refusal(shown: &str, used: &WorkerUse, bound: &[(String, String)]) -> Option<String> {
    if let Some((what, line)) = &used.looks {
        return Some(format!(
            "the worker {shown} looks at what it is given (`{what}`, line {line}), and the captured values would reach it in a functools.partial, which it would see instead of a function"
        ));
    }
    if let Some((what, line)) = &used.otherwise {
        return Some(format!(
            "the worker {shown} does more with what it is given than call it (`{what}`, line {line}), and the captured values would reach it in a functools.partial instead of a function"
        ));
    }
    let (keyword, line) = used
        .keywords
        .iter()
        .find(|(keyword, _)| bound.iter().any(|(name, _)| name == keyword))?;
    Some(format!(
        "the worker {shown} calls it with `{keyword}=` (line {line}), which would take the place of the captured `{keyword}` that a functools.partial binds by that keyword"
    ))
}

/// For a wrapper that hands its callable to a worker it cannot read, taken at a slot of its
/// own calls (`Inspection::worker_slot`: `distribute(func, chunks, kwargs)` handing over
/// `partial(func, **kwargs)`), why the worker this call passes there refuses a partial
/// binding `bound`: judged as a worker whose parameter cannot be told when it is a function
/// of this file, refused when it is anything else. `None` for other rows.
pub fn passed_worker_refusal(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    bound: &[(String, String)],
) -> Option<String> {
    let inspected = site.row.inspected.filter(|i| i.unread)?;
    let slot = inspected.worker_slot?;
    let worker = argument(site.arguments, eval.source, slot.position, slot.keyword);
    let readable = worker.and_then(|w| Some((w, worker_function(eval, site, w)?)));
    match readable.and_then(|(w, def)| Some((w, unknown_use(eval, def)?))) {
        Some((worker, used)) => refusal(&format!("`{}`", eval.text(worker)), &used, bound),
        None => Some(format!(
            "{} hands its callable to a worker whose code cannot be read ({inspected}), and the captured values would reach it in a functools.partial instead of a function",
            site.row.name_label()
        )),
    }
}

/// Where the value of `site` enters its worker's call: the parameter the table's passing
/// gives, or, for an element of a map item written as a tuple or list, element `i` of the
/// item, which is the worker's first argument.
fn reach_of(eval: &Evaluator<'_>, site: &Site<'_>, parameter: Parameter<'_>) -> Entry {
    let within = || {
        let callable = site.callable.byte_range();
        let holds = |value: &Node<'_>| {
            let range = value.byte_range();
            range.start <= callable.start && callable.end <= range.end
        };
        let values = handed_values(eval, site);
        if let Some(top) = values.iter().map(|(value, _)| *value).find(holds) {
            return steps_within(eval, site.callable, top);
        }
        // A field of an element of a loop variable handed over (`nested`): the steps from
        // the element, which is what the variable holds.
        values
            .iter()
            .filter_map(|(value, _)| super::loops::loop_values(eval, *value))
            .flatten()
            .map(super::callables::unparenthesize)
            .find(holds)
            .map_or_else(Vec::new, |element| {
                steps_within(eval, site.callable, element)
            })
    };
    match parameter {
        Parameter::Position(at) => Entry::Position(at, within()),
        // A keyword argument's name, or a string key of a `kwargs=` dict.
        Parameter::Keyword(key) => match key.kind_name() {
            "identifier" => Entry::Keyword(eval.text(key).to_string(), within()),
            _ => Entry::Keyword(string_content(eval.text(key)).to_string(), within()),
        },
        Parameter::Unknown
            if site.row.passing == Passing::Mapped && !site.row.name.contains("starmap") =>
        {
            let item = site
                .callable
                .parent()
                .filter(|p| matches!(p.kind_name(), "tuple" | "list"));
            match item.and_then(|item| {
                sequence(item, 0)
                    .into_iter()
                    .find(|(v, _)| *v == site.callable)
            }) {
                Some((_, Parameter::Position(at))) => Entry::Position(0, vec![Step::At(at)]),
                _ => Entry::Unknown,
            }
        }
        Parameter::Unknown => Entry::Unknown,
    }
}

/// What a worker does with a value whose parameter cannot be told: each of its variables is
/// looked at for an inspection, and those it calls for any other use.
pub(super) fn unknown_use(eval: &Evaluator<'_>, def: Node<'_>) -> Option<WorkerUse> {
    let body = def.field("body")?;
    let scope = eval.model.scope_at(body.start_byte());
    let looks = variables(eval.model, scope)
        .iter()
        .filter_map(|name| inspected(eval, body, scope, name))
        .min_by_key(|(_, line)| *line);
    let otherwise = called_names(eval, body)
        .iter()
        .filter_map(|name| used_otherwise(eval, body, name))
        .min_by_key(|(_, line)| *line);
    let names = variables(eval.model, scope)
        .iter()
        .filter_map(|name| names_read(eval, body, scope, name))
        .min_by_key(|(_, line, qualified)| (!qualified, *line));
    let mut used = WorkerUse {
        looks,
        names,
        otherwise,
        ..WorkerUse::default()
    };
    let called = called_names(eval, body);
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        let calls_one = node.kind_name() == "call"
            && node
                .field("function")
                .is_some_and(|f| called.iter().any(|n| n == eval.text(f)));
        if calls_one {
            used.positionals = used
                .positionals
                .zip(positionals_of(node))
                .map(|(a, b)| a.max(b));
        }
    }
    Some(used)
}

/// The code of the worker: a lambda written there, or the `def` a name means where the call
/// reads it, when it is bound once there to a function (of the module, or nested, which the
/// same fix may lift with its captures: its code is the same). `None` for anything else
/// (an import, a bound method, a partial), whose code is not read.
fn worker_function<'t>(
    eval: &Evaluator<'t>,
    site: &Site<'t>,
    worker: Node<'t>,
) -> Option<Node<'t>> {
    let worker = super::callables::unparenthesize(worker);
    if worker.kind_name() == "lambda" {
        return Some(worker);
    }
    if worker.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(worker);
    let Resolution::Scope(scope) = eval.model.resolve(site.scope, name) else {
        return None;
    };
    let [only] = eval.model.bindings_of(scope, name) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    let statement = eval.statement_node(binding.statement)?;
    let def = match statement.kind_name() {
        "decorated_definition" => statement.field("definition")?,
        _ => statement,
    };
    (binding.kind == BindingKind::FunctionDef && def.kind_name() == "function_definition")
        .then_some(def)
}

/// What the worker `worker` of another file of the run does with the value `parameter` of
/// `site` binds, as that file's analysis read it (`UserKind::Worker`), with the file: only
/// for a value that is a parameter itself or up to `MAX_WORKER_DEPTH` levels inside containers
/// it is.
fn imported_worker(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    worker: Node<'_>,
    parameter: Parameter<'_>,
) -> Option<(WorkerUse, String)> {
    let (slots, file) = worker_slots(eval, worker)?;
    let (slot, steps) = match reach_of(eval, site, parameter) {
        Entry::Position(at, steps) => (slots.iter().find(|slot| slot.position == Some(at))?, steps),
        Entry::Keyword(name, steps) => (slots.iter().find(|slot| slot.keyword == name)?, steps),
        Entry::Unknown => return None,
    };
    // Inside containers, what the worker does with any of their elements (two levels deep).
    let mut slot = slot;
    for step in &steps {
        slot = slot.inner(step)?;
    }
    let used = WorkerUse {
        looks: slot.looks.clone(),
        names: None,
        otherwise: slot.otherwise.clone(),
        keywords: slot.keywords.clone(),
        positionals: slot.positionals,
        called: slot.called,
    };
    Some((used, file.to_string()))
}

/// What the worker `worker` names, a function of another file of the run, does with each of
/// its parameters (`UserKind::Worker`), and that file.
pub(super) fn worker_slots<'e>(
    eval: &'e Evaluator<'_>,
    worker: Node<'_>,
) -> Option<(&'e [WorkerSlot], &'e str)> {
    let worker = super::callables::unparenthesize(worker);
    if !matches!(worker.kind_name(), "identifier" | "attribute") {
        return None;
    }
    let path = eval.imported_path_of(worker)?;
    eval.apis.iter().find_map(|api| match &api.kind {
        UserKind::Worker { slots, file } if api.path == path => {
            Some((slots.as_slice(), file.as_str()))
        }
        _ => None,
    })
}

/// The callables the sites among `sites` hand to a worker imported from another module,
/// each as the value it is, at its slot in the worker's call (`handed::Held::Callable`), so
/// that the run reads what the worker does with it in its own file. Only a value that is a
/// parameter itself or up to `MAX_WORKER_DEPTH` levels inside containers it is, by position or
/// keyword.
pub fn handed_callables(eval: &Evaluator<'_>, sites: &[Site<'_>]) -> Vec<HandedPool> {
    let mut found: Vec<HandedPool> = sites
        .iter()
        .filter_map(|site| {
            let Handed::Argument(parameter) = site.handed else {
                return None;
            };
            if !may_be_lifted_or_forwarded(eval, site.callable, site.scope) {
                return None;
            }
            let slot = site.row.callable;
            let worker = argument(site.arguments, eval.source, slot.position, slot.keyword)?;
            let worker = super::callables::unparenthesize(worker);
            if !matches!(worker.kind_name(), "identifier" | "attribute")
                || worker_function(eval, site, worker).is_some()
            {
                return None;
            }
            // As the import spells it: the run resolves a relative one (`.workers.run_task`)
            // from the file's package, which a first look does not know.
            let function = super::handed::imported_function(eval, worker, site.scope)?;
            let (position, keyword) = match reach_of(eval, site, parameter) {
                Entry::Position(at, steps) if steps.len() <= MAX_WORKER_DEPTH => (Some(at), None),
                Entry::Keyword(name, steps) if steps.len() <= MAX_WORKER_DEPTH => {
                    (None, Some(name))
                }
                _ => return None,
            };
            Some(HandedPool {
                function,
                position,
                keyword,
                held: Held::Callable,
            })
        })
        .collect();
    found.sort_by(|a, b| {
        (&a.function, a.position, &a.keyword).cmp(&(&b.function, b.position, &b.keyword))
    });
    found.dedup();
    found
}

/// Whether the value `node` is one whose worker matters: a lambda or a function nested in
/// another (a lift binds its captures in a partial), or a parameter (its function may be a
/// wrapper). Queues, locks and data among a worker's arguments are most of what is handed,
/// and asking the run to read their worker's file for them would cost a whole run more.
pub(super) fn may_be_lifted_or_forwarded(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
) -> bool {
    let node = super::callables::unparenthesize(node);
    match node.kind_name() {
        "lambda" => true,
        "identifier" => {
            let name = eval.text(node);
            let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
                return false;
            };
            eval.model.bindings_of(found, name).iter().any(|id| {
                let binding = eval.model.binding(*id);
                binding.kind == BindingKind::Parameter
                    || (binding.kind == BindingKind::FunctionDef && found != SemanticModel::MODULE)
            })
        }
        _ => false,
    }
}

/// Every variable of the scope `scope`, in name order.
fn variables(model: &SemanticModel, scope: ScopeId) -> Vec<String> {
    let mut names: Vec<String> = model.scope(scope).bindings.keys().cloned().collect();
    names.sort();
    names
}

/// The most positional arguments the worker passes when it calls what it is given, followed
/// through its code as `worker_refusal` follows it: `None` when the worker's code is not read
/// or a call unpacks arguments. A default that moves into a partial stays out of reach of
/// calls with fewer arguments than its position.
pub fn worker_positionals(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    let Handed::Argument(parameter) = site.handed else {
        return None;
    };
    let slot = site.row.callable;
    let worker = argument(site.arguments, eval.source, slot.position, slot.keyword)?;
    if let Some((used, _)) = imported_worker(eval, site, worker, parameter) {
        return used.positionals;
    }
    let def = worker_function(eval, site, worker)?;
    let used = match reach_of(eval, site, parameter) {
        Entry::Unknown => unknown_use(eval, def)?,
        reach => followed(eval, def, &reach)?,
    };
    used.positionals
}

/// How many positional arguments the API calls the worker with at most, when the site says.
pub fn positionals(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    if site.handed != Handed::Callable {
        return worker_positionals(eval, site);
    }
    // A wrapper that forwards its `**kwargs` to `Process` passes the caller's `args=` on as
    // it is (`inferred::forwarded`): counted as the table's.
    let forwards_args = matches!(
        site.row.passing,
        Passing::Tuple { args, .. } if args.position.is_none() && site.row.via.is_some()
    );
    let index = usize::from(site.row.passes_index);
    // A wrapper that forwards its own `*args`, which come right after its callable, as the
    // worker's arguments (`def start(fn, *args): Process(target=fn, args=args)`) calls the
    // worker with the arguments written after the callable at each call, as `submit` does.
    let forwards_own_args = site.row.via.is_some()
        && site.row.positionals.is_none()
        && matches!(site.row.passing, Passing::Trailing { .. });
    if forwards_own_args {
        return after_callable(eval, site).map(|c| c + index);
    }
    if !API_TABLE.contains(site.row) && !forwards_args {
        return site.row.positionals;
    }
    let source = eval.source;
    let count = match site.row.passing {
        Passing::Tuple { args, .. } => {
            match argument(site.arguments, source, args.position, args.keyword) {
                None => Some(0),
                Some(tuple) if tuple.kind_name() == "tuple" => written_out(tuple),
                Some(_) => None,
            }
        }
        Passing::Mapped if site.row.name.contains("starmap") => None,
        // `Pool.map(func, iterable, chunksize)`: one item per call, whatever follows.
        Passing::Mapped
            if matches!(
                site.row.target,
                Target::Method(Class::Pool | Class::AioPool)
            ) =>
        {
            Some(1)
        }
        // `ex.map(fn, *iterables)`, `parmap.map(function, iterable, *args)`,
        // `submit(fn, *args)`, `run_in_executor(ex, func, *args)`.
        Passing::Mapped | Passing::Trailing { .. } => after_callable(eval, site),
    };
    count.map(|c| c + index)
}

/// The number of elements of a tuple display, `None` if one is unpacked.
fn written_out(tuple: Node<'_>) -> Option<usize> {
    let mut cursor = tuple.walk();
    let elements: Vec<Node<'_>> = tuple
        .named_children(&mut cursor)
        .filter(|e| e.kind_name() != "comment")
        .collect();
    let unpacked = elements.iter().any(|e| e.kind_name() == "list_splat");
    (!unpacked).then_some(elements.len())
}

/// The positional arguments written after the callable, `None` if one is unpacked. The
/// callable is the argument the site writes in its slot, which names the one handed over
/// where that is an element of a loop (`ex.submit(t, 10) for t in tasks`, whose callable is
/// the lambda in `tasks`).
fn after_callable(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    let within = TextRange::of(site.arguments).contains_range(TextRange::of(site.callable));
    let written = match within {
        true => site.callable,
        false => {
            let slot = site.row.callable;
            argument(site.arguments, eval.source, slot.position, slot.keyword)?
        }
    };
    let mut cursor = site.arguments.walk();
    let mut count = 0;
    for argument in site.arguments.named_children(&mut cursor) {
        if argument.start_byte() <= written.start_byte() {
            continue;
        }
        match argument.kind_name() {
            // `**kwargs` passes keywords only.
            "keyword_argument" | "comment" | "dictionary_splat" => {}
            "list_splat" => return None,
            _ => count += 1,
        }
    }
    Some(count)
}
