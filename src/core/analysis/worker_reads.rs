//! What a worker of the run does with a value it is handed, followed through its code from
//! the parameter that receives it, wherever in that parameter the value sits.
//!
//! A lifted callable that captures travels in a `functools.partial`, which the worker is then
//! given instead of a function. That is the same to a worker that only calls it (or tests it,
//! `if fn is not None`), and different to one that reads `fn.__name__`, compares it, prints,
//! keeps or wraps it. The value may reach the worker whole or inside a container, and the
//! worker may take it out again before it calls it:
//!
//! ```text
//! pool.map(_apply, [(fn, x) for x in xs])     def _apply(pair):
//!     # `fn` is element 0 of parameter 0          fn, x = pair          # followed: `fn`
//!                                                 print(fn.__name__)    # refused here
//! Process(target=_call, args=(fn,))           def _call(*args):
//!     # `fn` is argument 0, in `*args`            args[0].__name__      # `args[0]`: refused
//! Process(target=_call, kwargs={"fn": fn})    def _call(**kw):
//!                                                 kw["fn"](1)           # called: fine
//! ```
//!
//! So the value is described by where it enters (`Entry`: a position or keyword of the call,
//! then the steps into the containers around it) and followed through the worker's body:
//! unpacking (`fn, x = pair`, `for f in fns`), indexing with a literal (`args[0]`,
//! `kw["fn"]`, `kw.get("fn")`), slicing (`args[1:]`) and aliases (`g = fn`) carry it on; an
//! index or a target that cannot hold it leaves it; a test of a container (`if args`,
//! `len(args)`) does not touch it. Anything else done with it, or with a container that
//! holds it (passed whole to a call, returned, printed, splatted into another call), is where
//! the worker may see the difference, and the first such place is reported with its line.
//! The keywords the worker passes when it calls the value are collected too: one named like a
//! captured value would take the place of what the partial binds (`fn(x, k=100)`).

use tree_sitter::Node;

use super::inspection::{inspecting, naming};
use super::values::{Evaluator, string_content};
use super::worker_state::kept_reads;
use crate::core::node::NodeExt;
use crate::core::semantic::{Resolution, ScopeId};

/// How many names a value is followed through in one worker (aliases, unpacked targets).
const MAX_NAMES: usize = 32;

/// One step into a container: its element at a position, its value at a string key, or an
/// element whose place is unknown (a comprehension's, a set's, one after a splat).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Step {
    At(usize),
    Key(String),
    Any,
    /// A field of a dataclass instance of the file (`task.fn`).
    Field(String),
}

/// Where a value enters the worker's call: the argument at a position or keyword, and the
/// steps from that argument into the containers that hold the value (none when it is the
/// argument itself); `Unknown` when that cannot be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Entry {
    Position(usize, Vec<Step>),
    Keyword(String, Vec<Step>),
    Unknown,
}

impl Entry {
    /// The same value after `by` positional arguments are bound before the call's own (a
    /// `functools.partial(worker, a, b)`).
    pub(super) fn shifted(self, by: usize) -> Entry {
        match self {
            Entry::Position(at, steps) => Entry::Position(at + by, steps),
            other => other,
        }
    }
}

/// What the worker does with the value besides calling or testing it: the first place it
/// looks at what the value is (an attribute, an inspector: see `inspection`), the first place
/// it does anything else with it, and the keywords its calls of the value pass.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct WorkerUse {
    pub looks: Option<(String, usize)>,
    /// The first place it reads the value's `__qualname__`, else its `__name__`, and which
    /// (`inspection::naming`): a lift changes them even without a partial.
    pub names: Option<(String, usize, bool)>,
    pub otherwise: Option<(String, usize)>,
    pub keywords: Vec<(String, usize)>,
    /// The most positional arguments a call of the value passes, `None` once one unpacks
    /// some (`fn(*args)`): a default that moves into a partial must stay out of their reach.
    pub positionals: Option<usize>,
    /// Whether the worker calls the value somewhere: only then does a function handing it
    /// its own parameter there hand a callable over (`exports::worker_slots`).
    pub called: bool,
}

impl Default for WorkerUse {
    fn default() -> Self {
        WorkerUse {
            looks: None,
            names: None,
            otherwise: None,
            keywords: Vec::new(),
            positionals: Some(0),
            called: false,
        }
    }
}

impl WorkerUse {
    /// Note a call of the value: the keywords it passes and how many positional arguments.
    pub(super) fn note_call(&mut self, eval: &Evaluator<'_>, call: Node<'_>) {
        keywords_of(eval, call, &mut self.keywords);
        let passed = positionals_of(call);
        self.positionals = self.positionals.zip(passed).map(|(a, b)| a.max(b));
        self.called = true;
    }

    /// The first place it looks at the value, else the first place it uses it otherwise.
    pub(super) fn seen(&self) -> Option<(String, usize)> {
        self.looks.clone().or_else(|| self.otherwise.clone())
    }
}

/// What the worker `def` (a `def` or a lambda) does with the value `reach` describes; `None`
/// when the reach is unknown, so that the caller judges the worker some other way. A value
/// that no parameter takes (the call would fail) is not used at all.
pub(super) fn followed(eval: &Evaluator<'_>, def: Node<'_>, reach: &Entry) -> Option<WorkerUse> {
    let body = def.field("body")?;
    let scope = eval.model.scope_at(body.start_byte());
    let signature = Signature::of(eval, def);
    let mut found = WorkerUse::default();
    let Some(start) = signature.receiving(reach) else {
        return (*reach != Entry::Unknown).then_some(found);
    };
    let mut names = vec![start];
    let mut next = 0;
    while next < names.len() && next < MAX_NAMES {
        let (name, steps) = names[next].clone();
        next += 1;
        // Kept in module-level state that another function calls is called as surely
        // (`worker_state`: dynesty's `FunctionCache.loglike = loglike`).
        let kept = match steps.is_empty() {
            true => kept_reads(eval, body, &name),
            false => Vec::new(),
        };
        for node in reads(eval, body, scope, &name) {
            if !kept.contains(&node.start_byte()) {
                follow(eval, node, &steps, &mut found, &mut names);
            }
        }
    }
    Some(found)
}

/// The parameters of a `def` or lambda, as a call binds them.
#[derive(Default)]
struct Signature {
    /// Those a positional argument binds, in order, and how many of them are positional only.
    positional: Vec<String>,
    positional_only: usize,
    keyword_only: Vec<String>,
    star: Option<String>,
    double_star: Option<String>,
}

impl Signature {
    fn of(eval: &Evaluator<'_>, def: Node<'_>) -> Signature {
        let mut signature = Signature::default();
        let Some(parameters) = def.field("parameters") else {
            return signature;
        };
        let mut keyword_only = false;
        let mut cursor = parameters.walk();
        for parameter in parameters.named_children(&mut cursor) {
            let splat = splat_of(parameter);
            let name = |node: Node<'_>| Some(eval.text(node.named_child(0)?).to_string());
            match (parameter.kind_name(), splat) {
                ("positional_separator", _) => {
                    signature.positional_only = signature.positional.len()
                }
                ("keyword_separator", _) => keyword_only = true,
                (_, Some(s)) if s.kind_name() == "list_splat_pattern" => {
                    signature.star = name(s);
                    keyword_only = true;
                }
                (_, Some(s)) => signature.double_star = name(s),
                _ => {
                    let Some(named) = super::inferred::parameter_name(parameter) else {
                        continue;
                    };
                    let named = eval.text(named).to_string();
                    match keyword_only {
                        true => signature.keyword_only.push(named),
                        false => signature.positional.push(named),
                    }
                }
            }
        }
        signature
    }

    /// The parameter that receives the value, and the steps into it that lead to the value.
    fn receiving(&self, reach: &Entry) -> Option<(String, Vec<Step>)> {
        match reach {
            Entry::Position(at, steps) => match self.positional.get(*at) {
                Some(name) => Some((name.clone(), steps.clone())),
                None => {
                    let rest = at - self.positional.len();
                    let star = self.star.clone()?;
                    Some((star, [vec![Step::At(rest)], steps.clone()].concat()))
                }
            },
            Entry::Keyword(key, steps) => {
                let named = self.positional[self.positional_only..]
                    .iter()
                    .chain(&self.keyword_only)
                    .find(|n| *n == key);
                match named {
                    Some(name) => Some((name.clone(), steps.clone())),
                    None => {
                        let double_star = self.double_star.clone()?;
                        let into = [vec![Step::Key(key.clone())], steps.clone()].concat();
                        Some((double_star, into))
                    }
                }
            }
            Entry::Unknown => None,
        }
    }
}

/// The `*args` or `**kwargs` pattern of a parameter, typed or not.
fn splat_of(parameter: Node<'_>) -> Option<Node<'_>> {
    let is_splat = |n: Node<'_>| {
        matches!(
            n.kind_name(),
            "list_splat_pattern" | "dictionary_splat_pattern"
        )
    };
    if is_splat(parameter) {
        return Some(parameter);
    }
    parameter
        .named_child(0)
        .filter(|c| parameter.kind_name() == "typed_parameter" && is_splat(*c))
}

/// The reads of the variable `name` of `scope` in `body`, nested functions and lambdas
/// included, binding targets left out.
fn reads<'t>(eval: &Evaluator<'t>, body: Node<'t>, scope: ScopeId, name: &str) -> Vec<Node<'t>> {
    let mut found = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() != "identifier" || eval.text(node) != name || is_target(node) {
            continue;
        }
        let at = eval.model.scope_at(node.start_byte());
        if eval.model.resolve(at, name) == Resolution::Scope(scope) {
            found.push(node);
        }
    }
    found.sort_by_key(|n| n.start_byte());
    found
}

/// Whether the identifier `node` is bound here rather than read, or is no variable at all
/// (an attribute's or a keyword argument's name).
fn is_target(node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return true;
    };
    let is_field = |field: &str| parent.field(field) == Some(node);
    match parent.kind_name() {
        "attribute" => is_field("attribute"),
        "keyword_argument" => is_field("name"),
        "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
            is_field("left")
        }
        "pattern_list" | "tuple_pattern" | "list_pattern" | "list_splat_pattern" => true,
        "named_expression" => is_field("name"),
        "global_statement" | "nonlocal_statement" => true,
        _ => false,
    }
}

/// Judge the expression `node`, which holds the value at `steps` (none: it is the value), by
/// what its parent does with it.
fn follow<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    steps: &[Step],
    found: &mut WorkerUse,
    names: &mut Vec<(String, Vec<Step>)>,
) {
    let node = crate::core::analysis::callables::parenthesized(node);
    let Some(parent) = node.parent() else {
        return;
    };
    let field = |name: &str| parent.field(name) == Some(node);
    if let "assignment" = parent.kind_name()
        && field("right")
        && let Some(left) = parent.field("left")
    {
        if !bind(eval, left, steps, names) {
            otherwise(eval, node, parent, found);
        }
        return;
    }
    if steps.is_empty() {
        return follow_value(eval, node, parent, found);
    }
    match parent.kind_name() {
        "subscript" if field("value") => {
            if let Some(inner) = subscripted(eval, parent, steps) {
                follow(eval, parent, &inner, found, names);
            }
        }
        "for_statement" | "for_in_clause" if field("right") => {
            if let (Some(left), Some(inner)) = (parent.field("left"), element(steps)) {
                bind(eval, left, &inner, names);
            }
        }
        "argument_list" if copied_by_builtin(eval, node, parent) => {
            // `sorted(fns)`, `list(ops.items())`: the same elements in a new list, in an
            // order this walk does not keep; a dict gives its keys, never the value.
            if let Some(inner) = element(steps)
                && let Some(call) = parent.parent()
            {
                follow(eval, call, &[vec![Step::Any], inner].concat(), found, names);
            }
        }
        "attribute" if field("object") => match &steps[0] {
            // `task.fn` takes the field out; `task.x`, or a method of the class (which
            // `arguments::class_refusal` reads), leaves it.
            Step::Field(wanted) => {
                let attribute = parent.field("attribute").map(|a| eval.text(a));
                if attribute == Some(wanted.as_str()) {
                    follow(eval, parent, &steps[1..], found, names);
                }
            }
            _ => follow_method(eval, parent, steps, found, names),
        },
        _ if tests_only(eval, node, parent) => {}
        _ => otherwise(eval, node, parent, found),
    }
}

/// `follow` for the value itself: calling or testing it is all a partial keeps; an attribute
/// or an inspector looks at it; anything else uses it otherwise.
fn follow_value<'t>(eval: &Evaluator<'t>, node: Node<'t>, parent: Node<'t>, found: &mut WorkerUse) {
    if parent.kind_name() == "call" && parent.field("function") == Some(node) {
        return found.note_call(eval, parent);
    }
    if called_by_builtin(eval, node) {
        return;
    }
    if tests_only(eval, node, parent) {
        return;
    }
    if let Some((read, qualified)) = naming(eval, node) {
        let line = read.start_position().row + 1;
        let better = match &found.names {
            Some((_, known, known_qualified)) => {
                (qualified && !known_qualified) || (qualified == *known_qualified && line < *known)
            }
            None => true,
        };
        if better {
            found.names = Some((eval.one_line(read), line, qualified));
        }
    }
    if let Some(looking) = inspecting(eval, node, 0) {
        first(&mut found.looks, eval, looking);
        return;
    }
    otherwise(eval, node, parent, found);
}

/// The functions that call the function given as their first argument on each item, with
/// positional arguments only, and do nothing else with it.
const CALLING_MAPS: [&str; 3] = ["builtins.map", "builtins.filter", "itertools.starmap"];

/// The functions whose `key=` is called on each item, with one positional argument.
const CALLING_KEYS: [&str; 3] = ["builtins.sorted", "builtins.min", "builtins.max"];

/// Whether `node` is handed to a builtin that only calls it, as `fn(item)` would: the first
/// argument of `map(fn, chunk)`, `filter` or `itertools.starmap`, or `key=` of `sorted`,
/// `min` or `max`. A partial in its place is called the same way.
pub(super) fn called_by_builtin(eval: &Evaluator<'_>, node: Node<'_>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    let (arguments, names): (Node<'_>, &[&str]) = match parent.kind_name() {
        "argument_list" if parent.named_child(0) == Some(node) => (parent, &CALLING_MAPS),
        "keyword_argument"
            if parent.field("value") == Some(node)
                && parent.field("name").is_some_and(|n| eval.text(n) == "key") =>
        {
            match parent.parent() {
                Some(arguments) => (arguments, &CALLING_KEYS),
                None => return false,
            }
        }
        _ => return false,
    };
    called_builtin_in(eval, arguments, names)
}

/// Whether `arguments` are those of a call of one of `names` (qualified: `builtins.map`).
fn called_builtin_in(eval: &Evaluator<'_>, arguments: Node<'_>, names: &[&str]) -> bool {
    let Some(function) = arguments
        .parent()
        .filter(|call| call.kind_name() == "call")
        .and_then(|call| call.field("function"))
    else {
        return false;
    };
    let scope = eval.model.scope_at(function.start_byte());
    super::unpicklable::qualified_name(eval, function, scope)
        .is_some_and(|name| names.contains(&name.as_str()))
}

/// A method of a container holding the value: `kw.get("fn")` and `kw.pop("fn")` give what
/// `kw["fn"]` does; any other is a use of the container.
fn follow_method<'t>(
    eval: &Evaluator<'t>,
    attribute: Node<'t>,
    steps: &[Step],
    found: &mut WorkerUse,
    names: &mut Vec<(String, Vec<Step>)>,
) {
    let method = attribute.field("attribute").map(|a| eval.text(a));
    let call = attribute
        .parent()
        .filter(|c| c.kind_name() == "call" && c.field("function") == Some(attribute));
    let key = call
        .and_then(|c| c.field("arguments"))
        .and_then(|a| a.named_child(0))
        .filter(|k| k.kind_name() == "string");
    match (method, call, key, &steps[0]) {
        (Some("get" | "pop"), Some(call), Some(key), Step::Key(wanted)) => {
            if string_content(eval.text(key)) == wanted {
                follow(eval, call, &steps[1..], found, names);
            }
        }
        (Some("get" | "pop"), Some(call), Some(_), Step::Any) => {
            follow(eval, call, &steps[1..], found, names)
        }
        // `ops.values()` iterates the values; `ops.items()` pairs each with its key.
        (Some("values"), Some(call), None, Step::Key(_) | Step::Any) if no_arguments(call) => {
            follow(
                eval,
                call,
                &[vec![Step::Any], steps[1..].to_vec()].concat(),
                found,
                names,
            )
        }
        (Some("items"), Some(call), None, Step::Key(_) | Step::Any) if no_arguments(call) => {
            let pair = [vec![Step::Any, Step::At(1)], steps[1..].to_vec()].concat();
            follow(eval, call, &pair, found, names)
        }
        _ => otherwise(eval, attribute, attribute, found),
    }
}

fn no_arguments(call: Node<'_>) -> bool {
    call.field("arguments")
        .is_some_and(|a| a.named_child_count() == 0)
}

/// The builtins that make a new container of an iterable's elements and do nothing else with
/// them.
const COPYING: [&str; 5] = [
    "builtins.list",
    "builtins.tuple",
    "builtins.sorted",
    "builtins.reversed",
    "builtins.iter",
];

/// Whether `node` is the only argument of a builtin of `COPYING` (`sorted` may take
/// `reverse=`, but not a `key=`, which would be called with the value).
fn copied_by_builtin(eval: &Evaluator<'_>, node: Node<'_>, arguments: Node<'_>) -> bool {
    let mut cursor = arguments.walk();
    let mut rest = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() != "comment");
    if rest.next() != Some(node) {
        return false;
    }
    let only = rest.all(|a| {
        a.kind_name() == "keyword_argument"
            && a.field("name").is_some_and(|n| eval.text(n) == "reverse")
    });
    only && called_builtin_in(eval, arguments, &COPYING)
}

/// The steps left after subscripting a container that holds the value at `steps`: `None`
/// when the index or key cannot be the value's. A slice keeps the value, at an unknown place
/// unless it only drops a literal number of leading elements.
fn subscripted(eval: &Evaluator<'_>, subscript: Node<'_>, steps: &[Step]) -> Option<Vec<Step>> {
    let index = subscript.field("subscript")?;
    if let Step::Field(_) = steps[0] {
        return None;
    }
    let rest = steps[1..].to_vec();
    if index.kind_name() == "slice" {
        let mut cursor = index.walk();
        let parts: Vec<Node<'_>> = index.named_children(&mut cursor).collect();
        let text = eval.text(index).replace(' ', "");
        let start = match parts.as_slice() {
            [start] if text.ends_with(':') && !text.ends_with("::") => {
                eval.text(*start).parse().ok()
            }
            _ => None,
        };
        return match (&steps[0], start) {
            (Step::At(at), Some(start)) if *at < start => None,
            (Step::At(at), Some(start)) => Some([vec![Step::At(at - start)], rest].concat()),
            _ => Some([vec![Step::Any], rest].concat()),
        };
    }
    let literal = match index.kind_name() {
        "integer" => eval.text(index).parse::<usize>().ok().map(Step::At),
        "string" => Some(Step::Key(string_content(eval.text(index)).to_string())),
        _ => None,
    };
    match (&steps[0], literal) {
        (Step::Any, _) | (_, None) => Some(rest),
        (wanted, Some(given)) => (*wanted == given).then_some(rest),
    }
}

/// The steps of an element of a container holding the value at `steps`, when iterating it
/// gives its elements (a dict's keys are strings, never the value).
fn element(steps: &[Step]) -> Option<Vec<Step>> {
    match steps[0] {
        Step::Key(_) | Step::Field(_) => None,
        _ => Some(steps[1..].to_vec()),
    }
}

/// The names the target `left` binds to the value, from an expression holding it at `steps`:
/// a name takes the whole; an unpacking target's element at the value's position (each of
/// them when it is unknown, or after a starred one) takes the rest. `false` when the target
/// keeps the value where this walk does not follow it (an attribute, a subscript).
fn bind(
    eval: &Evaluator<'_>,
    left: Node<'_>,
    steps: &[Step],
    names: &mut Vec<(String, Vec<Step>)>,
) -> bool {
    match left.kind_name() {
        "identifier" => names.push((eval.text(left).to_string(), steps.to_vec())),
        "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list" => {
            // Unpacking the value itself iterates it: a use, not a step.
            let Some(inner) = (!steps.is_empty()).then(|| element(steps)).flatten() else {
                return !steps.is_empty();
            };
            let mut cursor = left.walk();
            let targets: Vec<Node<'_>> = left.named_children(&mut cursor).collect();
            let star = targets
                .iter()
                .position(|t| t.kind_name() == "list_splat_pattern");
            for (index, target) in targets.iter().enumerate() {
                let exact = star.is_none_or(|s| index < s);
                match (&steps[0], exact) {
                    (Step::At(at), true) if *at != index => {}
                    (_, _) if target.kind_name() == "list_splat_pattern" => {
                        if let Some(name) = target.named_child(0) {
                            let whole = [vec![Step::Any], inner.clone()].concat();
                            bind(eval, name, &whole, names);
                        }
                    }
                    _ => {
                        bind(eval, *target, &inner, names);
                    }
                }
            }
        }
        "parenthesized_expression" => {
            return left
                .named_child(0)
                .is_some_and(|inner| bind(eval, inner, steps, names));
        }
        _ => return false,
    }
    true
}

/// Whether `parent` only tests `node`: its truth (`if fn`, `not fn`, `while args`, an
/// operand of `and`/`or` in such a test), whether it is `None`, or its length.
fn tests_only(eval: &Evaluator<'_>, node: Node<'_>, parent: Node<'_>) -> bool {
    match parent.kind_name() {
        "not_operator" => true,
        "if_statement" | "elif_clause" | "while_statement" | "conditional_expression" => {
            parent.field("condition") == Some(node)
        }
        "boolean_operator" => parent
            .parent()
            .is_some_and(|above| tests_only(eval, parent, above)),
        "comparison_operator" => {
            let mut cursor = parent.walk();
            parent
                .named_children(&mut cursor)
                .any(|c| c.kind_name() == "none")
        }
        "argument_list" => parent.parent().is_some_and(|call| {
            call.field("function")
                .is_some_and(|f| f.kind_name() == "identifier" && eval.text(f) == "len")
                && parent.named_child_count() == 1
        }),
        _ => false,
    }
}

/// The keywords the call `call` passes (`**` for a splatted mapping), each with its line.
pub(super) fn keywords_of(
    eval: &Evaluator<'_>,
    call: Node<'_>,
    keywords: &mut Vec<(String, usize)>,
) {
    let Some(arguments) = call.field("arguments") else {
        return;
    };
    let line = call.start_position().row + 1;
    let mut cursor = arguments.walk();
    for argument in arguments.named_children(&mut cursor) {
        if let Some(name) = argument
            .field("name")
            .filter(|_| argument.kind_name() == "keyword_argument")
        {
            keywords.push((eval.text(name).to_string(), line));
        }
    }
}

/// The positional arguments `call` passes, `None` when one is unpacked.
pub(super) fn positionals_of(call: Node<'_>) -> Option<usize> {
    let arguments = call.field("arguments")?;
    let mut cursor = arguments.walk();
    let mut count = 0;
    for argument in arguments.named_children(&mut cursor) {
        match argument.kind_name() {
            "list_splat" | "dictionary_splat" => return None,
            "keyword_argument" | "comment" => {}
            _ => count += 1,
        }
    }
    Some(count)
}

/// Record a use of the value (or of a container holding it) other than a call or a test,
/// shown as the expression around it (`print(fn)`, `wraps(fn)`, `args[0].__name__`).
fn otherwise<'t>(eval: &Evaluator<'t>, node: Node<'t>, parent: Node<'t>, found: &mut WorkerUse) {
    let shown = match parent.kind_name() {
        "argument_list" => parent.parent().unwrap_or(parent),
        "keyword_argument" => parent.parent().and_then(|l| l.parent()).unwrap_or(parent),
        "attribute" | "subscript" | "call" => parent,
        _ if parent.kind_name().ends_with("statement") => node,
        _ => parent,
    };
    first(&mut found.otherwise, eval, shown);
}

/// Keep `node` in `slot` when it comes first, as its text on one line and its line.
fn first(slot: &mut Option<(String, usize)>, eval: &Evaluator<'_>, node: Node<'_>) {
    let line = node.start_position().row + 1;
    if slot.as_ref().is_some_and(|(_, known)| *known <= line) {
        return;
    }
    *slot = Some((eval.one_line(node), line));
}
