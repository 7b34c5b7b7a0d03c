//! Callables a site picks through an expression: the branches of a conditional expression or
//! of `or`/`and`, the arguments a `functools.partial` binds, the entries of a dispatch table it
//! subscripts, the default of a module-level function's parameter, and a lambda kept as a
//! class attribute, so that each is reported and lifted where it is written.
//!
//! Each candidate may be what the worker receives (a branch, an entry, the default) or travels
//! pickled inside what it receives (a partial's bound argument), so each is classified as if
//! bound to a variable the site passes (`callables::classify_assigned`): a lambda is lifted
//! where it stands, a nested function's use there passes its captured values, a function
//! under the `__main__` guard moves. The expression may be written in the slot or be the
//! value of the name the site passes, when that value is known to reach the site:
//!
//! ```text
//! fn = (lambda x: x * k) if fast else (lambda x: x + k)   # both lambdas
//! pool.map(fn, xs)
//!
//! def parmap(xs, fn=None):
//!     fn = fn or (lambda x: x)            # the lambda: the only assignment, in the body itself
//!     return pool.map(fn, xs)
//!
//! def run(xs, fn=lambda x: x * 2):        # the default, handed over when a call leaves it out
//!     return pool.map(fn, xs)
//!
//! ex.map(functools.partial(work, key=lambda v: -v), xs)   # the lambda, pickled with the partial
//!
//! OPS = {"double": lambda x: 2 * x, "neg": lambda x: -x}  # both: `name` may be either key
//! pool.map(OPS[name], xs)                                 # (`OPS["neg"]`: that entry only)
//!
//! class Ops:
//!     double = staticmethod(lambda x: x * 2)              # the lambda, found as `Ops.<lambda>`
//! pool.map(Ops.double, xs)
//!
//! class Scaler:
//!     def __init__(self, k):
//!         self.scale = lambda x: x * k     # the lambda: the class's one `self.scale = ...`
//!     def run(self, xs):
//!         return self.pool.map(self.scale, xs)
//! ```
//!
//! A name is followed when its one assignment is its only binding, or when its other bindings
//! are the function's parameters and the assignment is a statement of the function's own body
//! (not inside an `if`, a loop or a `try`) before the site, read in that same function: the
//! parameters are bound before the body runs, so the assignment has replaced them by then. A
//! parameter that is the name's only binding gives its default, when its function is defined
//! at module level: such a default reads no local of another function. A table is a dict,
//! list or tuple literal, or tables joined by `+` or `|`, whose splats (`*BASE`, `**BASE`)
//! name tables followed the same way (`written_entries`); an item the table's own scope
//! assigns to it (`ops["id"] = lambda ...`) or adds to it (`append`, `update`, `+=`, `|=`) is
//! an entry too, whatever its place; a literal key picks its entry whatever its quotes
//! (`OPS['double']`), and the last entry of a key written twice in one dict. An attribute of the instance (`self.fn`) is
//! followed when the class assigns it once, through a method's own instance,
//! in `__init__` or as a statement of the reading method's own body before the read; a value
//! that stands in `__init__` is checked there (`standing`), since its captured values are
//! bound where it stands. Nothing is returned unless a candidate is a finding, so every other
//! site is classified as before. Two sites that pick one candidate make one finding
//! (`analysis::one_per_callable`).

use tree_sitter::Node;

use super::callables::{Classified, classify, classify_assigned, unparenthesize};
use super::sites::Site;
use super::unpacked::builtin_call_arguments;
use super::values::{Evaluator, Value, argument, string_content};
use crate::core::node::NodeExt;
use crate::core::semantic::{Binding, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::core::source::TextRange;

/// The candidates `callable` picks from, each with its classification, when one of them is a
/// finding; `None` otherwise.
pub fn picked_elements<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    callable: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<(Node<'t>, Classified<'t>)>> {
    let node = unparenthesize(callable);
    let (value, default) = match node.kind_name() {
        "identifier" => reaching_value(eval, node, scope, false)?,
        "subscript" => return picked_among(eval, guards, table_entries(eval, node, scope)?),
        "attribute" => match class_lambda(eval, node, scope) {
            Some(lambda) => return picked_among(eval, guards, lambda),
            None => (self_attribute_value(eval, node, scope)?, false),
        },
        _ => (node, false),
    };
    // A value that stands elsewhere (`h = OPS[name]`, then `h`) reads its names there.
    let at = eval.model.scope_at(value.start_byte());
    let candidates = match value.kind_name() {
        "conditional_expression" | "boolean_operator" => branches(value),
        "lambda" | "identifier" if node.kind_name() == "attribute" => vec![value],
        "subscript" if value != node => table_entries(eval, value, at)?,
        "call" => got_entries(eval, value, at)
            .or_else(|| partial_arguments(eval, guards, value, scope))
            .or_else(|| returned_closures(eval, value, scope))?,
        _ if default => vec![value],
        _ => return None,
    };
    picked_among(eval, guards, candidates)
}

/// The site of a candidate that stands in another function than the site's call (a lambda
/// `__init__` keeps in `self.fn`, read by another method): its captured values are bound
/// where it stands, so they are checked there, as if it were handed over at that point.
/// A lambda there that reads an attribute of the instance the class assigns anywhere else
/// (`self.fn = lambda x: x * self.k`, with `self.k` set again in `configure`) is refused: it
/// read the attribute when called, the partial would carry the value `__init__` saw.
pub fn standing<'t>(
    eval: &Evaluator<'t>,
    site: Site<'t>,
    classified: Classified<'t>,
) -> (Site<'t>, Classified<'t>) {
    let model = eval.model;
    let home = model.scope_at(site.callable.start_byte());
    if model.is_within(site.scope, home) || model.scope(home).kind != ScopeKind::Function {
        return (site, classified);
    }
    let classified = match (&classified, changed_attribute(eval, site.callable, home)) {
        (Classified::Unpicklable(callable, _), Some(attr)) => Classified::Unliftable {
            rule: callable.rule(),
            reason: format!(
                "it reads `{attr}`, which the class assigns again after the value is kept, and the lifted function would be given the value it had then"
            ),
        },
        _ => classified,
    };
    // A refusal keeps the call that hands the value over, for its message to name.
    if matches!(classified, Classified::Unliftable { .. }) {
        return (site, classified);
    }
    let site = Site {
        scope: home,
        call: site.callable,
        kept_for: Some(site.call),
        ..site
    };
    (site, classified)
}

/// The first attribute of the instance (`self.k`) that `value`, kept by the method of scope
/// `method`, reads and that its class assigns elsewhere than in that method before `value`.
fn changed_attribute(eval: &Evaluator<'_>, value: Node<'_>, method: ScopeId) -> Option<String> {
    let model = eval.model;
    let class = model.scope(method).parent?;
    let class_node = eval.node_at(model.scope(class).range)?;
    let reads = nodes_of(value, "attribute");
    let assigned = ["assignment", "augmented_assignment"]
        .iter()
        .flat_map(|kind| nodes_of(class_node, kind))
        .filter_map(|a| a.field("left"))
        .filter(|left| left.kind_name() == "attribute")
        .filter(|left| {
            model.scope_at(left.start_byte()) != method || left.start_byte() > value.start_byte()
        });
    let assigned: Vec<&str> = assigned
        .filter_map(|left| Some(eval.text(left.field("attribute")?)))
        .collect();
    reads.into_iter().find_map(|read| {
        let object = read.field("object")?;
        let name = eval.text(read.field("attribute")?);
        let own = object.kind_name() == "identifier" && eval.is_self(eval.text(object), method);
        (own && assigned.contains(&name)).then(|| eval.text(read).to_string())
    })
}

/// The nodes of `kind` in `node`'s tree, `node` included.
fn nodes_of<'t>(node: Node<'t>, kind: &str) -> Vec<Node<'t>> {
    let mut found = Vec::new();
    let mut stack = vec![node];
    while let Some(next) = stack.pop() {
        if next.kind_name() == kind {
            found.push(next);
        }
        let mut cursor = next.walk();
        stack.extend(next.children(&mut cursor));
    }
    found
}

/// `candidates` with their classification, when one of them is a finding.
fn picked_among<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    candidates: Vec<Node<'t>>,
) -> Option<Vec<(Node<'t>, Classified<'t>)>> {
    let classified: Vec<(Node<'t>, Classified<'t>)> = candidates
        .into_iter()
        .map(|candidate| {
            let scope = eval.model.scope_at(candidate.start_byte());
            let classified = classify_assigned(eval, guards, candidate, scope, 1);
            (candidate, classified)
        })
        .collect();
    classified
        .iter()
        .any(|(_, c)| !matches!(c, Classified::Fine))
        .then_some(classified)
}

/// The value of the one assignment of the name `node` that reaches it (module docs), or the
/// default of the parameter it is (then `true`); `None` when its bindings are anything else.
/// For a table (`grown`), its growths by `+=` (`grown_by`) are no bindings of their own here:
/// `items_assigned` adds their entries.
fn reaching_value<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    scope: ScopeId,
    grown: bool,
) -> Option<(Node<'t>, bool)> {
    let model = eval.model;
    let Resolution::Scope(found) = model.resolve(scope, eval.text(node)) else {
        return None;
    };
    // A class body's names are left alone, as `callables::classify_name` leaves them.
    if model.scope(found).kind == ScopeKind::Class {
        return None;
    }
    let bindings = model.bindings_of(found, eval.text(node));
    let (parameters, assigned): (Vec<_>, Vec<_>) = bindings
        .iter()
        .map(|&id| model.binding(id))
        .filter(|b| !(grown && is_growth(eval, b)))
        .partition(|b| b.kind == BindingKind::Parameter);
    if let ([parameter], []) = (parameters.as_slice(), assigned.as_slice()) {
        return module_function_default(eval, parameter, found).map(|value| (value, true));
    }
    let [assignment] = assigned.as_slice() else {
        return None;
    };
    if !matches!(
        assignment.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment | BindingKind::NamedExpr
    ) {
        return None;
    }
    let value = unparenthesize(eval.node_at(assignment.value?)?);
    if parameters.is_empty() {
        return Some((value, false));
    }
    let statement = eval.statement_node(assignment.statement)?;
    (found == scope && reaches_in_body(eval, statement, found, node)).then_some((value, false))
}

/// Whether `statement`, an expression statement of the own body of the function of scope
/// `function` (not inside an `if`, a loop or a `try`), runs before `read`, which lies after it.
fn reaches_in_body(
    eval: &Evaluator<'_>,
    statement: Node<'_>,
    function: ScopeId,
    read: Node<'_>,
) -> bool {
    let in_body = statement.kind_name() == "expression_statement"
        && statement
            .parent()
            .and_then(|block| block.parent())
            .is_some_and(|def| {
                def.kind_name() == "function_definition"
                    && eval.model.scope_created_by(TextRange::of(def)) == Some(function)
            });
    in_body && read.start_byte() >= statement.end_byte()
}

/// The value of the one assignment to an attribute of the instance (`self.fn = work`) that
/// reaches `attribute` (`self.fn`, read in a method): the class's only binding of the name,
/// made in the same method as a statement of its own body before the read, or in
/// `__init__`, which runs before any other method of the instance.
fn self_attribute_value<'t>(
    eval: &Evaluator<'t>,
    attribute: Node<'t>,
    scope: ScopeId,
) -> Option<Node<'t>> {
    let model = eval.model;
    let (assignment, method) = eval.only_self_assignment(attribute, scope)?;
    let value = unparenthesize(assignment.field("right")?);
    if model.scope(method).name.as_deref() == Some("__init__") && method != scope {
        return Some(value);
    }
    let statement = assignment.parent()?;
    (method == scope && reaches_in_body(eval, statement, method, attribute)).then_some(value)
}

/// The default value of `parameter`, a parameter of a function defined at module level
/// (`def run(xs, fn=lambda x: x * 2)`), which the site hands over when a call leaves it out.
/// Such a default reads no local of another function, so it stays where it is written.
fn module_function_default<'t>(
    eval: &Evaluator<'t>,
    parameter: &Binding,
    function: ScopeId,
) -> Option<Node<'t>> {
    let model = eval.model;
    let scope = model.scope(function);
    if scope.kind != ScopeKind::Function || scope.parent != Some(SemanticModel::MODULE) {
        return None;
    }
    let node = eval.statement_node(parameter.statement)?;
    matches!(
        node.kind_name(),
        "default_parameter" | "typed_default_parameter"
    )
    .then(|| node.field("value"))
    .flatten()
    .map(unparenthesize)
}

/// The entries of a dispatch table a subscript may read (`OPS[name]`, `steps[0]`): the values
/// of a dict literal or of the builtin `dict(double=...)` called with keywords only, or the
/// elements of a list or tuple literal, bare or the one argument of the builtin `tuple` or
/// `list`, written there or the value of the name subscripted; only the entry of a literal key
/// when every key is one (`OPS["double"]`, `steps[0]`). `None` for any other subscript.
pub(super) fn table_entries<'t>(
    eval: &Evaluator<'t>,
    subscript: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<Node<'t>>> {
    let written = unparenthesize(subscript.field("value")?);
    let mut cursor = subscript.walk();
    let keys: Vec<Node<'t>> = subscript
        .children_by_field_name("subscript", &mut cursor)
        .collect();
    let [key] = keys.as_slice() else {
        return None;
    };
    entries_at_key(eval, written, *key, scope)
}

/// The entries `table.get(key)` may give, and its default (`table.get(key, fallback)`), read as
/// `table[key]` is (`table_entries`).
fn got_entries<'t>(eval: &Evaluator<'t>, call: Node<'t>, scope: ScopeId) -> Option<Vec<Node<'t>>> {
    let (table, key, default) = got(eval, call)?;
    if !matches!(table.kind_name(), "identifier" | "dictionary") {
        return None;
    }
    let mut entries = entries_at_key(eval, table, key, scope)?;
    entries.extend(default.map(unparenthesize).into_iter().flat_map(branches));
    Some(entries)
}

/// For a call `table.get(key)` or `table.get(key, default)` with positional arguments only,
/// the table (unparenthesized), the key and the default.
pub(super) fn got<'t>(
    eval: &Evaluator<'t>,
    call: Node<'t>,
) -> Option<(Node<'t>, Node<'t>, Option<Node<'t>>)> {
    let function = call
        .field("function")
        .filter(|f| call.kind_name() == "call" && f.kind_name() == "attribute")?;
    if eval.text(function.field("attribute")?) != "get" {
        return None;
    }
    let table = unparenthesize(function.field("object")?);
    let arguments = crate::core::parse::named_items(call.field("arguments")?);
    let plain = |a: &Node<'t>| {
        !matches!(
            a.kind_name(),
            "keyword_argument" | "list_splat" | "dictionary_splat"
        )
    };
    match arguments.as_slice() {
        [key] if plain(key) => Some((table, *key, None)),
        [key, default] if plain(key) && plain(default) => Some((table, *key, Some(*default))),
        _ => None,
    }
}

/// The entries of the table `written` (a name or a literal) that the key `key` may pick
/// (`table_entries`).
fn entries_at_key<'t>(
    eval: &Evaluator<'t>,
    written: Node<'t>,
    key: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<Node<'t>>> {
    // `ROUTES["math"][op]`: the entries of the tables the inner subscript may pick.
    if written.kind_name() == "subscript" {
        let mut entries = Vec::new();
        for inner in table_entries(eval, written, scope)? {
            let inner = unparenthesize(inner);
            if positional(eval, inner) {
                return None;
            }
            entries.extend(written_entries(eval, inner)?);
        }
        return Some(pick_by_key(eval, entries, key, scope));
    }
    // A table imported from another module holds entries this file cannot read (that
    // module's analysis reports its own), but those this file adds to it are candidates.
    let table = match written.kind_name() {
        "identifier" => match reaching_value(eval, written, scope, true) {
            Some((value, false)) => Some(value),
            Some((_, true)) => return None,
            None if imported_table(eval, written, scope) => None,
            None => return None,
        },
        // `self.handlers[name]`, the table the class assigns once (`self_attribute_value`),
        // or `Ops.TABLE[name]`, one a module-level class's body binds (`class_attribute_value`).
        "attribute" => Some(unparenthesize(
            self_attribute_value(eval, written, scope)
                .or_else(|| class_attribute_value(eval, written, scope))?,
        )),
        _ => Some(written),
    };
    let keys = literal_key(eval.text(key))
        .or_else(|| constant_key(eval, key, scope))
        .map(|key| vec![key])
        .or_else(|| looped_keys(eval, key, scope));
    let mut entries = match table {
        Some(table) => written_entries(eval, table)?,
        None => Vec::new(),
    };
    if written.kind_name() == "identifier" {
        let added = items_assigned(eval, written, scope);
        entries.extend(
            (added.into_iter()).filter(|(_, value)| !added_later(eval, written, *value, scope)),
        );
    }
    // A negative position counts from the end of a list or tuple (`steps[-1]`): when every
    // entry's position is known, from the table's length; else it is no entry's key there,
    // and any entry may be the one.
    let negative = |key: &String| key.starts_with('-');
    // An entry assigned at a position (`steps[1] = ...`) replaces one, so the length is the
    // last position's, not the count of entries.
    let length = (entries.iter())
        .filter_map(|(k, _)| k.as_ref()?.parse::<i64>().ok())
        .max()
        .map_or(0, |last| last + 1);
    let counted = table.is_some_and(|table| positional(eval, table))
        && entries
            .iter()
            .all(|(k, _)| k.as_ref().is_some_and(|k| !negative(k)));
    let keys = match (counted, keys) {
        (true, Some(keys)) => Some(
            keys.into_iter()
                .map(|key| match key.parse::<i64>() {
                    Ok(from_end) if from_end < 0 => (length + from_end).to_string(),
                    _ => key,
                })
                .collect(),
        ),
        (_, keys) => keys,
    };
    let from_end = table.is_some_and(|table| positional(eval, table))
        && (keys.iter().flatten().any(negative)
            || entries
                .iter()
                .any(|(k, _)| k.as_ref().is_some_and(negative)));
    let chosen: Vec<Node<'t>> = match (entries.iter().all(|(k, _)| k.is_some()) && !from_end, keys)
    {
        (true, Some(keys)) => entries
            .iter()
            .filter(|(k, _)| k.as_ref().is_some_and(|k| keys.contains(k)))
            .map(|(_, e)| *e)
            .collect(),
        _ => entries.iter().map(|(_, e)| *e).collect(),
    };
    Some(chosen.into_iter().flat_map(branches).collect())
}

/// The entries of a dict (`entries`, keyed as `written_entries` keys them) that `key` may
/// pick: those of its literal keys when every entry has one, else any.
fn pick_by_key<'t>(
    eval: &Evaluator<'t>,
    entries: Entries<'t>,
    key: Node<'t>,
    scope: ScopeId,
) -> Vec<Node<'t>> {
    let keys = literal_key(eval.text(key))
        .or_else(|| constant_key(eval, key, scope))
        .map(|key| vec![key])
        .or_else(|| looped_keys(eval, key, scope));
    let chosen: Vec<Node<'t>> = match (entries.iter().all(|(k, _)| k.is_some()), keys) {
        (true, Some(keys)) => entries
            .iter()
            .filter(|(k, _)| k.as_ref().is_some_and(|k| keys.contains(k)))
            .map(|(_, e)| *e)
            .collect(),
        _ => entries.iter().map(|(_, e)| *e).collect(),
    };
    chosen.into_iter().flat_map(branches).collect()
}

/// The value of `Ops.TABLE` (`attribute`) where `Ops` is a module-level class bound once and
/// its body binds `TABLE` once, by an assignment, and nothing in the file assigns an attribute
/// of that name anywhere else (`Ops.TABLE = ...`, `cls.TABLE = ...`).
fn class_attribute_value<'t>(
    eval: &Evaluator<'t>,
    attribute: Node<'t>,
    scope: ScopeId,
) -> Option<Node<'t>> {
    let (value, _) = class_member_value(eval, attribute, scope)?;
    let name = eval.text(attribute.field("attribute")?);
    let needle = format!(".{name} =");
    memchr::memmem::find(eval.source.as_bytes(), needle.as_bytes())
        .is_none()
        .then_some(value)
}

/// The literal key a name used as a key holds when its one binding assigns it a literal
/// (`DEFAULT_OP = "square"`, then `OPS[DEFAULT_OP]`), as `literal_key` writes it.
fn constant_key(eval: &Evaluator<'_>, key: Node<'_>, scope: ScopeId) -> Option<String> {
    if key.kind_name() != "identifier" {
        return None;
    }
    let binding = eval.model.sole_binding(scope, eval.text(key))?;
    if !matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    ) {
        return None;
    }
    let value = unparenthesize(eval.node_at(binding.value?)?);
    literal_key(eval.text(value))
        .filter(|_| matches!(value.kind_name(), "string" | "integer" | "unary_operator"))
}

/// Whether the name `name`, read in `scope`, is a table imported from another module: its
/// bindings are imports, besides growths of it (`STEPS += [...]`).
fn imported_table(eval: &Evaluator<'_>, name: Node<'_>, scope: ScopeId) -> bool {
    let Resolution::Scope(owner) = eval.model.resolve(scope, eval.text(name)) else {
        return false;
    };
    let mut bindings = (eval.model.bindings_of(owner, eval.text(name)).iter())
        .map(|&id| eval.model.binding(id))
        .filter(|binding| !is_growth(eval, binding))
        .peekable();
    bindings.peek().is_some()
        && bindings.all(|binding| matches!(binding.kind, BindingKind::Import { .. }))
}

/// Whether the statement that adds `value` to the table `read` names (`items_assigned`)
/// surely runs after the read: both in the code of the scope `scope` that binds the table,
/// the statement after the read and in no loop around it. Each run of that code binds the
/// table anew before the read, so the entry is not there yet (`steps[-1]`, then
/// `steps += [lambda ...]`). A table of another scope may have been grown by an earlier call.
fn added_later(eval: &Evaluator<'_>, read: Node<'_>, value: Node<'_>, scope: ScopeId) -> bool {
    let model = eval.model;
    if model.resolve(scope, eval.text(read)) != Resolution::Scope(scope) {
        return false;
    }
    let Some(statement) = std::iter::successors(Some(value), |n| n.parent()).find(|n| {
        n.parent()
            .is_some_and(|p| matches!(p.kind_name(), "block" | "module"))
    }) else {
        return false;
    };
    if statement.start_byte() < read.end_byte() || model.scope_at(statement.start_byte()) != scope {
        return false;
    }
    let looped = std::iter::successors(read.parent(), |n| n.parent())
        .take_while(|n| !matches!(n.kind_name(), "function_definition" | "class_definition"))
        .any(|n| {
            matches!(n.kind_name(), "for_statement" | "while_statement")
                && n.end_byte() >= statement.end_byte()
        });
    !looped
}

/// Whether `binding` is a table's growth by `+=` or `|=` of a table whose entries are known
/// (`grown_by`), which `items_assigned` reads as entries added to the table.
pub(super) fn is_growth(eval: &Evaluator<'_>, binding: &Binding) -> bool {
    binding.kind == BindingKind::AugmentedAssignment
        && eval
            .statement_node(binding.statement)
            .is_some_and(|s| grown_by(eval, s).is_some())
}

/// The entries that `statement` adds to a name, when it is `name += more`, which for a list
/// extends it in place and for a tuple binds the name to one with those elements after its
/// own (without keys: the positions they take are not known here), or `name |= more`, which
/// updates a dict (with their keys); `more` a table `spread_entries` knows.
fn grown_by<'t>(eval: &Evaluator<'t>, statement: Node<'t>) -> Option<Entries<'t>> {
    let statement = match statement.kind_name() {
        "expression_statement" => statement.named_child(0)?,
        _ => statement,
    };
    if statement.kind_name() != "augmented_assignment" {
        return None;
    }
    let left = statement.field("left")?;
    let operator = statement.field("operator")?;
    let right = statement.field("right")?;
    if left.kind_name() != "identifier" {
        return None;
    }
    match eval.text(operator) {
        "+=" => Some(unkeyed(spread_entries(eval, right, true)?)),
        "|=" => spread_entries(eval, right, false),
        _ => None,
    }
}

/// `entries` without their keys.
fn unkeyed(entries: Entries<'_>) -> Entries<'_> {
    entries
        .into_iter()
        .map(|(_, value)| (None, value))
        .collect()
}

/// The entries `node` adds to a table `is_table` says it names: `x` of `table.append(x)` or
/// `table.insert(i, x)` and the elements of `table.extend(more)`, without keys; the entries of
/// `table.update(more, k=v)` and `x` of `table.setdefault(key, x)`, with theirs; and those of
/// `table += more` or `table |= more`
/// (`grown_by`). `more` is a table `spread_entries` knows.
fn added<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    is_table: &impl Fn(Node<'t>) -> bool,
) -> Entries<'t> {
    if node.kind_name() == "augmented_assignment" {
        return match node.field("left").is_some_and(is_table) {
            true => grown_by(eval, node).unwrap_or_default(),
            false => Vec::new(),
        };
    }
    if node.kind_name() != "call" {
        return Vec::new();
    }
    let Some(function) = node
        .field("function")
        .filter(|f| f.kind_name() == "attribute")
    else {
        return Vec::new();
    };
    let (Some(object), Some(method), Some(arguments)) = (
        function.field("object"),
        function.field("attribute"),
        node.field("arguments"),
    ) else {
        return Vec::new();
    };
    if !is_table(object) {
        return Vec::new();
    }
    let items = crate::core::parse::named_items(arguments);
    match (eval.text(method), items.as_slice()) {
        ("append", [value]) | ("insert", [_, value]) => vec![(None, *value)],
        ("extend", [values]) => spread_entries(eval, *values, true)
            .map(unkeyed)
            .unwrap_or_default(),
        // `update` takes what `dict` does: a table, then keywords.
        ("update", _) => dict_arguments(eval, arguments).unwrap_or_default(),
        // A key the table may not hold yet.
        ("setdefault", [key, value]) => vec![(literal_key(eval.text(*key)), *value)],
        _ => Vec::new(),
    }
}

/// The items the code of the scope that binds the table `name` (read in `scope`) assigns to
/// it (`ops["id"] = lambda ...`), each with its key as `literal_key` writes it: a site that
/// reads the table after them may pick one, the entry it replaced too where they are not
/// both on every path.
pub(super) fn items_assigned<'t>(
    eval: &Evaluator<'t>,
    name: Node<'t>,
    scope: ScopeId,
) -> Vec<(Option<String>, Node<'t>)> {
    let text = eval.text(name);
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return Vec::new();
    };
    let Some(body) = eval.scope_node(owner).or(Some(eval.root)) else {
        return Vec::new();
    };
    let is_table = |node: Node<'t>| {
        node.kind_name() == "identifier"
            && eval.text(node) == text
            && eval
                .model
                .resolve(eval.model.scope_at(node.start_byte()), text)
                == Resolution::Scope(owner)
    };
    let mut found = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        // Entries added at the end or in the middle move the positions: their keys are not
        // known, so any entry may be the one picked (`steps.append(lambda ...)`, then
        // `steps[-1]`).
        found.extend(added(eval, node, &is_table));
        if node.kind_name() != "assignment" {
            continue;
        }
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            continue;
        };
        let item_of_table =
            left.kind_name() == "subscript" && left.field("value").is_some_and(is_table);
        if !item_of_table {
            continue;
        }
        let key = left
            .field("subscript")
            .and_then(|key| literal_key(eval.text(key)));
        found.push((key, right));
    }
    found
}

/// The keys a variable used as a key can hold, when each of its bindings is the target of a
/// `for` (or the element of a tuple target, `for name, data in ...`) over literal keys
/// (`for name in ("sq", "neg"):`): a literal tuple, list or set, a tuple a name of the file is
/// bound to once (`STAGES = ("neg", "dbl")`), or `range` of literal integers. Those keys, as
/// `literal_key` writes them.
fn looped_keys(eval: &Evaluator<'_>, key: Node<'_>, scope: ScopeId) -> Option<Vec<String>> {
    if key.kind_name() != "identifier" {
        return None;
    }
    let Resolution::Scope(owner) = eval.model.resolve(scope, eval.text(key)) else {
        return None;
    };
    let mut keys = Vec::new();
    for id in eval.model.bindings_of(owner, eval.text(key)) {
        let binding = eval.model.binding(*id);
        if binding.kind != BindingKind::ForTarget {
            return None;
        }
        let target = eval
            .root
            .descendant_for_byte_range(binding.range.start, binding.range.end)?;
        // The variable itself, or one element of a tuple target, at `element`.
        let (left, element) = match target.parent()? {
            looped if matches!(looped.kind_name(), "for_statement" | "for_in_clause") => {
                (target, None)
            }
            pattern if matches!(pattern.kind_name(), "pattern_list" | "tuple_pattern") => {
                let mut cursor = pattern.walk();
                let at = pattern
                    .named_children(&mut cursor)
                    .position(|n| n.id() == target.id())?;
                (pattern, Some(at))
            }
            _ => return None,
        };
        let looped = left
            .parent()
            .filter(|p| matches!(p.kind_name(), "for_statement" | "for_in_clause"))?;
        if looped.field("left") != Some(left) {
            return None;
        }
        let walked = unparenthesize(looped.field("right")?);
        for item in walked_items(eval, walked, scope)? {
            let item = match (item, element) {
                (LoopItem::Key(key), None) => {
                    keys.push(key);
                    continue;
                }
                (LoopItem::Key(_), Some(_)) => return None,
                (LoopItem::Node(item), None) => item,
                (LoopItem::Node(item), Some(at)) => {
                    let item = unparenthesize(item);
                    if !matches!(item.kind_name(), "tuple" | "list") {
                        return None;
                    }
                    let mut cursor = item.walk();
                    let parts: Vec<Node<'_>> = item
                        .named_children(&mut cursor)
                        .filter(|c| c.kind_name() != "comment")
                        .collect();
                    *parts.get(at)?
                }
            };
            keys.push(literal_key(eval.text(item))?);
        }
    }
    (!keys.is_empty()).then_some(keys)
}

/// An item a `for` walks: written in the source, or an integer of a `range`.
enum LoopItem<'t> {
    Node(Node<'t>),
    Key(String),
}

/// The items a `for` walks when it walks a literal tuple, list or set, a name bound once to a
/// literal tuple, or `range` of one or two literal integers (at most 64).
fn walked_items<'t>(
    eval: &Evaluator<'t>,
    walked: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<LoopItem<'t>>> {
    let items = |sequence: Node<'t>| {
        let mut cursor = sequence.walk();
        sequence
            .named_children(&mut cursor)
            .filter(|c| c.kind_name() != "comment")
            .map(LoopItem::Node)
            .collect::<Vec<_>>()
    };
    match walked.kind_name() {
        "tuple" | "list" | "set" => Some(items(walked)),
        "identifier" => {
            let binding = eval.model.sole_binding(scope, eval.text(walked))?;
            if binding.kind != BindingKind::Assignment {
                return None;
            }
            let value = binding
                .value
                .and_then(|range| eval.node_at(range))
                .map(unparenthesize)
                .filter(|v| v.kind_name() == "tuple")?;
            Some(items(value))
        }
        "call" => {
            let function = walked.field("function")?;
            let builtin = function.kind_name() == "identifier"
                && eval.text(function) == "range"
                && eval.model.resolve(scope, "range") == Resolution::Builtin;
            if !builtin {
                return None;
            }
            let bounds: Vec<i64> = crate::core::parse::named_items(walked.field("arguments")?)
                .iter()
                .map(|a| {
                    (a.kind_name() == "integer")
                        .then(|| eval.text(*a).parse::<i64>().ok())
                        .flatten()
                })
                .collect::<Option<_>>()?;
            let (from, to) = match bounds.as_slice() {
                [to] => (0, *to),
                [from, to] => (*from, *to),
                _ => return None,
            };
            if from < 0 || to - from > 64 {
                return None;
            }
            Some((from..to).map(|i| LoopItem::Key(i.to_string())).collect())
        }
        _ => None,
    }
}

/// The entries of a table written out, each with its key as a literal when it is one (a
/// string's content, a position): a dict literal, the builtin `dict` called with keywords and
/// at most one table before them, a list or tuple literal, bare or the one argument of the
/// builtin `tuple` or `list`, and two of those joined by `+` (lists, tuples) or `|` (dicts).
/// A `*more` or `**more` in a literal, a table joined by name, or the table `dict` copies
/// gives the entries of the table the name is bound to (`spread_entries`); `None` for a dict
/// that holds entries not known that way. A list or tuple with a `*more` whose entries are not
/// all known gives its written elements, those after it without a key.
pub(super) fn written_entries<'t>(
    eval: &Evaluator<'t>,
    table: Node<'t>,
) -> Option<Vec<(Option<String>, Node<'t>)>> {
    entries_at(eval, table)
}

/// How many tables `written_entries` follows at once, each built from the next (`A = B +
/// [...]`, `B = {**C, ...}`): a name bound to a table built from itself is no table at all.
const MAX_SPREAD: usize = 4;

type Entries<'t> = Vec<(Option<String>, Node<'t>)>;

fn entries_at<'t>(eval: &Evaluator<'t>, table: Node<'t>) -> Option<Entries<'t>> {
    let table = sequence_of_builtin(eval, table).unwrap_or(table);
    if table.kind_name() == "binary_operator" {
        return joined_entries(eval, table);
    }
    match table.kind_name() {
        // `{name: lambda ... for name in ...}`: its one written value, under any key.
        "dictionary_comprehension" => {
            let pair = table.field("body")?;
            return Some(vec![(None, pair.field("value")?)]);
        }
        // `dict.fromkeys(keys, value)`: the one value under each key.
        "call" if let Some(value) = from_keys_value(eval, table) => {
            return Some(vec![(None, value)]);
        }
        _ => {}
    }
    let items = match table.kind_name() {
        "call" => dict_call_arguments(eval, table)?,
        _ => table,
    };
    let children = crate::core::parse::named_items(items);
    match table.kind_name() {
        "dictionary" => {
            let mut entries = Vec::new();
            for child in children {
                match child.kind_name() {
                    "pair" => {
                        let (Some(key), Some(value)) = (child.field("key"), child.field("value"))
                        else {
                            continue;
                        };
                        entries.push((literal_key(eval.text(key)), value));
                    }
                    "dictionary_splat" => {
                        let spread = child.named_child(0)?;
                        entries.extend(spread_entries(eval, spread, false)?);
                    }
                    _ => {}
                }
            }
            Some(last_of_each_key(entries))
        }
        // `*more` holds the elements of the table `more` is bound to, at their positions when
        // all are known; else an element after it has a position that depends on how many
        // `more` holds.
        "list" | "tuple" => {
            let mut entries = Vec::new();
            let mut at = Some(0usize);
            for child in children {
                if !matches!(child.kind_name(), "list_splat" | "dictionary_splat") {
                    entries.push((at.map(|i| i.to_string()), child));
                    at = at.map(|i| i + 1);
                    continue;
                }
                let spread = (child.kind_name() == "list_splat")
                    .then(|| spread_entries(eval, child.named_child(0)?, true))
                    .flatten();
                let Some(elements) = spread else {
                    at = None;
                    continue;
                };
                let known = elements.iter().all(|(k, _)| k.is_some());
                for (_, element) in elements {
                    entries.push((at.map(|i| i.to_string()), element));
                    at = at.map(|i| i + 1);
                }
                if !known {
                    at = None;
                }
            }
            Some(entries)
        }
        "call" => dict_arguments(eval, items),
        _ => None,
    }
}

/// The arguments of a call that makes a dict of them: the builtin `dict`, or
/// `collections.OrderedDict` (`OrderedDict` imported from `collections`).
pub(super) fn dict_call_arguments<'t>(eval: &Evaluator<'t>, call: Node<'t>) -> Option<Node<'t>> {
    if let Some(arguments) = builtin_call_arguments(eval, call, "dict") {
        return Some(arguments);
    }
    let function = call.field("function")?;
    let scope = eval.model.scope_at(call.start_byte());
    (super::unpicklable::qualified_name(eval, function, scope).as_deref()
        == Some("collections.OrderedDict"))
    .then(|| call.field("arguments"))
    .flatten()
}

/// The value of `dict.fromkeys(keys, value)` (or `OrderedDict.fromkeys`), positional.
fn from_keys_value<'t>(eval: &Evaluator<'t>, call: Node<'t>) -> Option<Node<'t>> {
    let function = call.field("function")?;
    let object = function
        .field("object")
        .filter(|_| function.kind_name() == "attribute")?;
    if eval.text(function.field("attribute")?) != "fromkeys" {
        return None;
    }
    let scope = eval.model.scope_at(call.start_byte());
    let dict = object.kind_name() == "identifier"
        && eval.text(object) == "dict"
        && eval.model.resolve(scope, "dict") == Resolution::Builtin;
    let ordered = super::unpicklable::qualified_name(eval, object, scope).as_deref()
        == Some("collections.OrderedDict");
    if !(dict || ordered) {
        return None;
    }
    match crate::core::parse::named_items(call.field("arguments")?).as_slice() {
        [_, value] if !matches!(value.kind_name(), "keyword_argument" | "list_splat") => {
            Some(*value)
        }
        _ => None,
    }
}

/// The entries of a list or tuple literal of `(key, value)` pairs, as `dict(...)` makes a dict
/// of them (`dict([("a", f), ("b", g)])`); `None` when an element is anything else.
fn pair_entries<'t>(eval: &Evaluator<'t>, pairs: Node<'t>) -> Option<Entries<'t>> {
    let pairs = unparenthesize(pairs);
    if !matches!(pairs.kind_name(), "list" | "tuple") {
        return None;
    }
    crate::core::parse::named_items(pairs)
        .into_iter()
        .map(|pair| {
            let pair = unparenthesize(pair);
            match (
                pair.kind_name(),
                crate::core::parse::named_items(pair).as_slice(),
            ) {
                ("tuple" | "list", [key, value])
                    if !matches!(key.kind_name(), "list_splat")
                        && !matches!(value.kind_name(), "list_splat") =>
                {
                    Some((literal_key(eval.text(*key)), *value))
                }
                _ => None,
            }
        })
        .collect()
}

/// The entries a dict built from `arguments` holds, the arguments of `dict(...)` or of a
/// dict's `update(...)`: the name of a keyword is the string key it makes; a positional
/// argument is a table whose entries come first (`dict(BASE, k=v)`), when they are known, or
/// a literal list of pairs (`dict([("a", f)])`).
fn dict_arguments<'t>(eval: &Evaluator<'t>, arguments: Node<'t>) -> Option<Entries<'t>> {
    let mut entries = Vec::new();
    for (at, argument) in crate::core::parse::named_items(arguments)
        .into_iter()
        .enumerate()
    {
        let keyword = argument
            .field("name")
            .filter(|_| argument.kind_name() == "keyword_argument");
        match (keyword, at) {
            (Some(name), _) => entries.push((
                literal_key(&format!("'{}'", eval.text(name))),
                argument.field("value")?,
            )),
            (None, 0) => match pair_entries(eval, argument) {
                Some(pairs) => entries.extend(pairs),
                None => entries.extend(spread_entries(eval, argument, false)?),
            },
            (None, _) => return None,
        }
    }
    Some(last_of_each_key(entries))
}

/// The entries of a dict built from `entries` in their order: an entry whose key a later one
/// has is replaced by it (`{**BASE, "neg": abs}`); one without a known key may be any.
fn last_of_each_key(entries: Entries<'_>) -> Entries<'_> {
    let mut kept: Entries<'_> = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        if key.is_some() {
            kept.retain(|(k, _)| k != &key);
        }
        kept.push((key, value));
    }
    kept
}

/// The entries of `A + B` (lists, tuples: `B`'s positions after `A`'s) or `A | B` (dicts),
/// each a table `spread_entries` knows.
fn joined_entries<'t>(eval: &Evaluator<'t>, joined: Node<'t>) -> Option<Entries<'t>> {
    let (Some(left), Some(operator), Some(right)) = (
        joined.field("left"),
        joined.field("operator"),
        joined.field("right"),
    ) else {
        return None;
    };
    let sequence = match eval.text(operator) {
        "+" => true,
        "|" => false,
        _ => return None,
    };
    let mut entries = spread_entries(eval, left, sequence)?;
    let right = spread_entries(eval, right, sequence)?;
    if !sequence {
        entries.extend(right);
        return Some(last_of_each_key(entries));
    }
    let offset = entries
        .iter()
        .all(|(k, _)| k.is_some())
        .then_some(entries.len());
    let mut known = offset.is_some();
    for (key, element) in right {
        known &= key.is_some();
        let position = key.and_then(|key| key.parse::<usize>().ok());
        let at = offset.zip(position).filter(|_| known);
        entries.push((at.map(|(from, at)| (from + at).to_string()), element));
    }
    Some(entries)
}

/// The entries of the table `node` is, a list or tuple when `sequence`, else a dict: written
/// out, or the value that reaches a name (`reaching_value`) with the entries its scope adds to
/// it (`items_assigned`; for a list or tuple without keys, as their positions are not known).
fn spread_entries<'t>(eval: &Evaluator<'t>, node: Node<'t>, sequence: bool) -> Option<Entries<'t>> {
    // Every table followed passes here: those built from one (`A = B + [...]`), and growths
    // and names reached back through `reaching_value`, `is_growth` and `items_assigned`. The
    // evaluator counts them, so that a table built from itself ends the search.
    let following = eval.spreading.get();
    if following >= MAX_SPREAD {
        return None;
    }
    eval.spreading.set(following + 1);
    let entries = spread_entries_of(eval, node, sequence);
    eval.spreading.set(following);
    entries
}

fn spread_entries_of<'t>(
    eval: &Evaluator<'t>,
    node: Node<'t>,
    sequence: bool,
) -> Option<Entries<'t>> {
    let node = unparenthesize(node);
    let (table, added) = match node.kind_name() {
        "identifier" => {
            let scope = eval.model.scope_at(node.start_byte());
            let (value, false) = reaching_value(eval, node, scope, true)? else {
                return None;
            };
            (value, items_assigned(eval, node, scope))
        }
        _ => (node, Vec::new()),
    };
    if positional(eval, table) != sequence {
        return None;
    }
    let mut entries = entries_at(eval, table)?;
    entries.extend(added.into_iter().map(|(key, value)| match sequence {
        true => (None, value),
        false => (key, value),
    }));
    Some(entries)
}

/// Whether `table`, a table `written_entries` reads, is a list or tuple, whose entries are
/// keyed by their positions from the start: one written out, or two joined by `+`.
pub(super) fn positional<'t>(eval: &Evaluator<'t>, table: Node<'t>) -> bool {
    let table = sequence_of_builtin(eval, table).unwrap_or(table);
    match table.kind_name() {
        "list" | "tuple" => true,
        "binary_operator" => table
            .field("operator")
            .is_some_and(|operator| eval.text(operator) == "+"),
        _ => false,
    }
}

/// The list or tuple literal that `tuple([...])` or `list((...))`, calls of the builtins with
/// that one argument, copy.
fn sequence_of_builtin<'t>(eval: &Evaluator<'t>, node: Node<'t>) -> Option<Node<'t>> {
    let arguments = ["tuple", "list"]
        .into_iter()
        .find_map(|name| builtin_call_arguments(eval, node, name))?;
    let mut cursor = arguments.walk();
    let written: Vec<Node<'t>> = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() != "comment")
        .collect();
    match written.as_slice() {
        [only] => {
            let only = unparenthesize(*only);
            matches!(only.kind_name(), "list" | "tuple").then_some(only)
        }
        _ => None,
    }
}

/// A key as the table compares it, when it is a literal: a decimal integer, negative too
/// (`-1`, `- 1`), or a string without escapes by its kind and content, so that `'double'`
/// and `"double"` are one key; `None` for anything else (a name, an f-string, `0x1`, `True`),
/// which may be any key. A negative integer is a dict's key, but a position from the end of a
/// list or tuple (`positional`).
pub(super) fn literal_key(text: &str) -> Option<String> {
    if text.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        let compact: String = text.split_whitespace().collect();
        let digits = compact.strip_prefix('-').unwrap_or(&compact);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return compact.parse::<i64>().ok().map(|n| n.to_string());
        }
        return None;
    }
    let prefix: String = text
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let quoted = text[prefix.len()..].starts_with(['"', '\'']);
    if !quoted || prefix.contains('f') || prefix.contains('t') {
        return None;
    }
    let content = string_content(text);
    match content.contains('\\') {
        true => Some(text.to_string()),
        false => Some(format!("{}:{content}", prefix.contains('b'))),
    }
}

/// The value of `Ops.member` (`attribute`) where `Ops` is a module-level class bound once and
/// its body binds `member` once, by an assignment, with the scope of that body.
fn class_member_value<'t>(
    eval: &Evaluator<'t>,
    attribute: Node<'t>,
    scope: ScopeId,
) -> Option<(Node<'t>, ScopeId)> {
    let model = eval.model;
    let object = attribute.field("object")?;
    let name = (object.kind_name() == "identifier").then(|| eval.text(object))?;
    if model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
        return None;
    }
    let [class] = model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let class = model.binding(*class);
    if class.kind != BindingKind::ClassDef {
        return None;
    }
    let statement = eval.statement_node(class.statement)?;
    let definition = match statement.kind_name() {
        "decorated_definition" => statement.field("definition")?,
        _ => statement,
    };
    let body = model.scope_created_by(TextRange::of(definition))?;
    let member = eval.text(attribute.field("attribute")?);
    let [only] = model.bindings_of(body, member) else {
        return None;
    };
    let binding = model.binding(*only);
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    Some((unparenthesize(eval.node_at(binding.value?)?), body))
}

/// The lambda a class attribute read through a module-level class holds (`Ops.double`, with
/// `double = staticmethod(lambda x: x * 2)` or `double = lambda x: x * 2` in the class body
/// and bound nowhere else there): pickle looks it up as `Ops.<lambda>` and fails. The lambda
/// is lifted where it stands, so the attribute holds a module-level function.
fn class_lambda<'t>(
    eval: &Evaluator<'t>,
    attribute: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<Node<'t>>> {
    let model = eval.model;
    let (value, body) = class_member_value(eval, attribute, scope)?;
    let lambda = match value.kind_name() {
        "call" => {
            let function = value.field("function")?;
            let builtin = function.kind_name() == "identifier"
                && eval.text(function) == "staticmethod"
                && model.resolve(body, "staticmethod") == Resolution::Builtin;
            let arguments = value.field("arguments")?;
            let mut cursor = arguments.walk();
            let only: Vec<Node<'t>> = arguments.named_children(&mut cursor).collect();
            match only.as_slice() {
                [inner] if builtin => unparenthesize(*inner),
                _ => return None,
            }
        }
        _ => value,
    };
    (lambda.kind_name() == "lambda").then(|| vec![lambda])
}

/// The branches of a conditional expression or of `or`/`and`, nested ones flattened: every
/// value the expression may give (the test of a conditional is not one).
fn branches(node: Node<'_>) -> Vec<Node<'_>> {
    let node = unparenthesize(node);
    let parts: Vec<Node<'_>> = match node.kind_name() {
        "conditional_expression" => [0, 2].iter().filter_map(|&i| node.named_child(i)).collect(),
        "boolean_operator" => ["left", "right"]
            .iter()
            .filter_map(|&f| node.field(f))
            .collect(),
        _ => return vec![node],
    };
    parts.into_iter().flat_map(branches).collect()
}

/// The closures a call of a module-level function of this file returns, each where it stands
/// in a `return` of the function's own body: the lambda of `def scaler(k): return lambda x:
/// x * k`, or the name of a function nested in it (`return fmt`). The worker is given what
/// the call returns, so each is lifted where it stands, its captured values bound there
/// (`return functools.partial(_scaler_task, k=k)`). Returns that give anything else are left
/// alone: on their path the value may pickle. A decorated, `async` or generator function is
/// not read, nor one the file uses as a decorator (`@timed`): the functions it decorates
/// would become partials, which have no `__name__`. Nor is one whose results this file may
/// use otherwise than by handing them to a call (`only_handed_on`), or one with a `nonlocal`
/// (another closure may change a captured value after the `return` that binds it).
fn returned_closures<'t>(
    eval: &Evaluator<'t>,
    call: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<Node<'t>>> {
    let function = unparenthesize(call.field("function")?);
    let name = eval.text(function);
    if function.kind_name() != "identifier"
        || eval.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE)
    {
        return None;
    }
    let returned = returned_closures_of(eval, name);
    (!returned.is_empty()).then_some(returned)
}

/// `returned_closures` of the module-level function `name`, bound once; none for anything
/// else. Another file's call of it hands them over too (`imported_names`).
pub(super) fn returned_closures_of<'t>(eval: &Evaluator<'t>, name: &str) -> Vec<Node<'t>> {
    closures_returned(eval, name).unwrap_or_default()
}

fn closures_returned<'t>(eval: &Evaluator<'t>, name: &str) -> Option<Vec<Node<'t>>> {
    let model = eval.model;
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = model.binding(*only);
    let def = eval.statement_node(binding.statement)?;
    if binding.kind != BindingKind::FunctionDef
        || def.kind_name() != "function_definition"
        || eval.text(def).starts_with("async")
    {
        return None;
    }
    let factory = model.scope_created_by(binding.statement)?;
    let mut returned = Vec::new();
    let mut stack = vec![def.field("body")?];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "decorated_definition" | "class_definition" | "lambda" => {
                continue;
            }
            "yield" => return None,
            "return_statement" => {
                returned.extend(node.named_child(0).map(unparenthesize));
                continue;
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    // Where each closure is written: the lambda, or the nested `def` the name is bound by.
    let written = |value: &Node<'t>| match value.kind_name() {
        "lambda" => Some(TextRange::of(*value)),
        "identifier" => match model.bindings_of(factory, eval.text(*value)) {
            [id] if model.binding(*id).kind == BindingKind::FunctionDef => {
                Some(model.binding(*id).statement)
            }
            _ => None,
        },
        _ => None,
    };
    returned.retain(|value| written(value).is_some());
    // A `nonlocal` of another function of the factory may change a captured value after the
    // `return` binds it; one in a returned closure itself is the lift's own refusal.
    let closures: Vec<TextRange> = returned.iter().filter_map(written).collect();
    let text = eval.text(def);
    let elsewhere = memchr::memmem::find_iter(text.as_bytes(), b"nonlocal").any(|at| {
        let at = def.start_byte() + at;
        !closures
            .iter()
            .any(|range| range.start <= at && at < range.end)
    });
    // The uses of the factory are read last, and only for one that returns a closure: most
    // calls handed to a pool are of functions that return none.
    if elsewhere
        || returned.is_empty()
        || decorates(eval.source, name)
        || !only_handed_on(eval, name)
    {
        return None;
    }
    returned.sort_by_key(|node| node.start_byte());
    Some(returned)
}

/// Whether every use in this file of the module-level function `name` is a call whose result
/// goes straight into another call's arguments (`pool.map(scaler(3), xs)`), or into a local
/// read only so (`f = scaler(3)`, then `ex.submit(f, 1)`): a result read otherwise (`f.__name__`,
/// a class attribute, which a partial does not bind as a method) may tell a partial from the
/// function it was.
fn only_handed_on(eval: &Evaluator<'_>, name: &str) -> bool {
    let model = eval.model;
    let passed = |node: Node<'_>| {
        node.parent()
            .is_some_and(|parent| match parent.kind_name() {
                "argument_list" => true,
                "keyword_argument" => parent
                    .parent()
                    .is_some_and(|list| list.kind_name() == "argument_list"),
                _ => false,
            })
    };
    model
        .references
        .iter()
        .filter(|r| r.name == name && r.resolution == Resolution::Scope(SemanticModel::MODULE))
        .all(|reference| {
            let Some(read) = eval.node_at(reference.range) else {
                return false;
            };
            let Some(call) = read
                .parent()
                .filter(|call| call.kind_name() == "call" && call.field("function") == Some(read))
            else {
                return false;
            };
            if passed(call) {
                return true;
            }
            let Some(target) = call
                .parent()
                .filter(|a| a.kind_name() == "assignment")
                .and_then(|a| a.field("left"))
                .filter(|t| t.kind_name() == "identifier")
            else {
                return false;
            };
            let local = eval.text(target);
            let scope = reference.scope;
            // A class body's name is an attribute too (`is_small = make_check(10)`).
            model.scope(scope).kind == ScopeKind::Function
                && (model.references.iter())
                    .filter(|r| r.name == local && r.resolution == Resolution::Scope(scope))
                    .all(|r| eval.node_at(r.range).is_some_and(passed))
        })
}

/// Whether `source` spells `@name` (or `@name(`), as a decorator would.
fn decorates(source: &str, name: &str) -> bool {
    let bytes = source.as_bytes();
    memchr::memmem::find_iter(bytes, format!("@{name}").as_bytes()).any(|at| {
        let next = bytes.get(at + 1 + name.len()).copied();
        !next.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
    })
}

/// The arguments `functools.partial(func, ...)` binds, when pickle can carry `func` itself
/// (a partial of a lambda or nested function is `callables::classify`'s finding).
fn partial_arguments<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    call: Node<'t>,
    scope: ScopeId,
) -> Option<Vec<Node<'t>>> {
    let function = call.field("function")?;
    if eval.eval(function, scope) != Value::Partial {
        return None;
    }
    let arguments = call.field("arguments")?;
    let func = argument(arguments, eval.source, Some(0), Some("func"))?;
    if !matches!(classify(eval, guards, func, scope), Classified::Fine) {
        return None;
    }
    let mut cursor = arguments.walk();
    let bound = arguments
        .named_children(&mut cursor)
        .filter(|a| a.id() != func.id() && a.kind_name() != "comment")
        .filter_map(|a| match a.kind_name() {
            "keyword_argument" => a.field("value"),
            "list_splat" | "dictionary_splat" => None,
            _ => Some(a),
        })
        .filter(|a| a.id() != func.id())
        .flat_map(branches)
        .collect();
    Some(bound)
}
