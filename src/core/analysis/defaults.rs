//! Default values that cannot stay in the lifted function's signature.
//!
//! A default is evaluated where the function is defined. Moved to module level verbatim, it
//! would be evaluated at import instead, which is wrong when it:
//! - reads a local variable (the late-binding idiom `lambda x, i=i: ...`) or a name set only
//!   under the `__main__` guard: a NameError at import;
//! - reads a module-level name assigned only further down the module than where the lifted
//!   function goes: a NameError at import too;
//! - calls something (`limit=note("cap", 5)`): the call would run once at import instead of
//!   each time the enclosing function ran.
//!
//! Such a value is bound where the work is handed over instead: the parameter loses its
//! default and the site passes `i=i`, exactly what the default did for a lambda written at the
//! site. For a `def` written earlier, this is only the same when nothing the default reads is
//! assigned again after the definition, which `check_timing` verifies, and when evaluating it
//! has no effect that would now happen at another time: a `def` whose default calls something
//! is refused. Constants and names already bound above the lifted function stay as written.
//!
//! ```text
//! pool.apply_async(lambda x, i=i: x + i, (i,))
//!   ->  def _main_task(x, i): return x + i
//!       pool.apply_async(_main_task, (i,), kwds={"i": i})
//! ```

use tree_sitter::Node;

use super::callables::{in_guard, unparenthesize};
use super::captures::{contains_lambda, unpicklable_value};
use super::values::Evaluator;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// A default value moved to the call site.
#[derive(Clone, Debug)]
pub struct MovedDefault {
    pub parameter: String,
    /// The default's expression, as written: it is bound as `parameter=value`.
    pub value: String,
    pub value_range: TextRange,
    /// The edit inside the lifted function that drops `= value`.
    pub strip: Edit,
    /// The local variables the value reads, with the scope that binds them.
    pub reads: Vec<(String, ScopeId)>,
    /// The parameter's index among those that may be passed by position; `None` for a
    /// keyword-only one. A site that passes that many positional arguments or more would
    /// fill it, and the partial's keyword would then collide.
    pub position: Option<usize>,
}

/// Where the defaults come from: a lambda (evaluated at the site) or a `def`, and the offset
/// above which the lifted function will be inserted.
#[derive(Clone, Copy)]
pub struct Definition {
    pub is_lambda: bool,
    pub insertion: usize,
    /// The definition runs each time an enclosing function does, so a mutable default is a
    /// new object each time; at module level it would be one object shared by every call.
    pub nested: bool,
}

/// The defaults of `parameters` that must move to the call site, or why one cannot.
pub fn moved_defaults(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    parameters: Node<'_>,
    definition: Definition,
) -> Result<Vec<MovedDefault>, String> {
    let mut cursor = parameters.walk();
    let all: Vec<Node<'_>> = parameters.named_children(&mut cursor).collect();
    let split = all
        .iter()
        .position(starts_keyword_only)
        .unwrap_or(all.len());
    let (positional, keyword_only) = all.split_at(split);
    let mut moved = moved_positional(eval, guards, positional, definition)?;
    // Keyword-only parameters may lose their default in any order.
    for parameter in keyword_only.iter().filter(|p| has_default(p)) {
        moved.extend(moved_default(eval, guards, *parameter, definition, None)?);
    }
    Ok(moved)
}

/// Whether `parameter` is the `*` or `*args` after which parameters are keyword-only.
fn starts_keyword_only(parameter: &Node<'_>) -> bool {
    matches!(
        crate::core::parse::parameter_kind(*parameter),
        "keyword_separator" | "list_splat_pattern"
    )
}

fn has_default(parameter: &Node<'_>) -> bool {
    matches!(
        parameter.kind_name(),
        "default_parameter" | "typed_default_parameter"
    )
}

/// The moved defaults of the parameters that may be passed by position. A parameter that
/// loses its default cannot follow one that keeps its own, or the signature would not compile.
fn moved_positional(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    positional: &[Node<'_>],
    definition: Definition,
) -> Result<Vec<MovedDefault>, String> {
    let mut moved = Vec::new();
    let mut default_before = false;
    // Those before a `/` are positional-only: no keyword can bind them.
    let only_positional = positional
        .iter()
        .position(|p| p.kind_name() == "positional_separator")
        .unwrap_or(0);
    let parameters = positional
        .iter()
        .filter(|p| p.kind_name() != "positional_separator");
    for (position, parameter) in parameters.enumerate().filter(|(_, p)| has_default(p)) {
        match moved_default(eval, guards, *parameter, definition, Some(position))? {
            Some(default) if position < only_positional => {
                return Err(format!(
                    "the default value of `{}` reads a local variable, and the parameter is positional-only, so it cannot be bound by keyword where the function is handed over",
                    default.parameter
                ));
            }
            Some(default) if default_before => {
                return Err(format!(
                    "the default value of `{}` reads a local variable, and an earlier parameter has a default",
                    default.parameter
                ));
            }
            Some(default) => moved.push(default),
            None => default_before = true,
        }
    }
    Ok(moved)
}

/// The default of `parameter` when it must move to the call site, `None` when it can stay in
/// the signature, or why it can do neither.
fn moved_default(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    parameter: Node<'_>,
    definition: Definition,
    position: Option<usize>,
) -> Result<Option<MovedDefault>, String> {
    let (Some(name), Some(value)) = (parameter.field("name"), parameter.field("value")) else {
        return Ok(None);
    };
    let reads = unbound_at_import(eval, guards, value, definition.insertion);
    let effects = has_effects(value);
    // A mutable default the function changes in place (`seen=set()`, `_memo={}`) is state it
    // keeps from call to call: a pool's worker under fork keeps it across its tasks, as it
    // keeps a module-level function's default, where a value bound at the site would be a new
    // copy in every task.
    let fresh = definition.nested
        && is_mutable_display(value)
        && !changed_in_place(eval, parameter, eval.text(name));
    if reads.is_empty() && !effects && !fresh {
        return Ok(None);
    }
    if effects && !definition.is_lambda {
        return Err(format!(
            "the default value of `{}` calls something each time the function is defined, and at module level it would run once, at import",
            eval.text(name)
        ));
    }
    if name.kind_name() != "identifier" {
        return Err("a default value reads a local variable of an unpacked parameter".into());
    }
    if let Some(what) = uncarried(eval, value, &reads) {
        return Err(format!(
            "the default value of `{}` must be bound where the work is handed over, and {what}",
            eval.text(name)
        ));
    }
    Ok(Some(MovedDefault {
        parameter: eval.text(name).to_string(),
        value: eval.text(value).to_string(),
        value_range: TextRange::of(value),
        strip: Edit::replace(
            TextRange::of(parameter),
            kept_parameter(eval, parameter, name),
        ),
        reads,
        position,
    }))
}

/// Why pickle cannot carry the default `value` once it is bound at the site, when it is
/// evident: it holds a lambda, or a local name it reads holds a function, class or value that
/// pickle refuses (`captures::unpicklable_value`).
fn uncarried(eval: &Evaluator<'_>, value: Node<'_>, reads: &[(String, ScopeId)]) -> Option<String> {
    if contains_lambda(value) {
        return Some("it holds a lambda, which pickle cannot carry".into());
    }
    let model = eval.model;
    // `lambda f=f: f(10)` in `for f in fns`, the list holding nested functions: what the
    // loop variable takes, when the default is that variable itself (`name=f.__name__`
    // carries a string).
    let bare = Some(unparenthesize(value)).filter(|v| v.kind_name() == "identifier");
    let looped = bare.and_then(|read| {
        let r = model.references_in(TextRange::of(read)).next()?;
        let elements = super::loops::loop_values(eval, read)?;
        elements.into_iter().find_map(|element| {
            let element = unparenthesize(element);
            if element.kind_name() == "lambda" {
                return Some(format!(
                    "it reads `{}`, which loops over a lambda, which pickle cannot carry",
                    r.name
                ));
            }
            let local = local_definition(eval, element)?;
            Some(format!(
                "it reads `{}`, which loops over `{}`, {local} defined inside a function, which pickle cannot find in a worker",
                r.name,
                eval.text(element)
            ))
        })
    });
    if looped.is_some() {
        return looped;
    }
    reads
        .iter()
        .filter(|(_, scope)| *scope != SemanticModel::MODULE)
        .find_map(|(name, scope)| {
            model.bindings_of(*scope, name).iter().find_map(|&id| {
                let kind = match model.binding(id).kind {
                    BindingKind::FunctionDef => "a function",
                    BindingKind::ClassDef => "a class",
                    _ => {
                        return unpicklable_value(eval, id)
                            .map(|why| format!("it reads `{name}`, {why}"));
                    }
                };
                Some(format!(
                    "it reads `{name}`, {kind} defined inside a function, which pickle cannot find in a worker"
                ))
            })
        })
}

/// "a function" or "a class" when `name`, an identifier, names one defined inside a function
/// where it is read.
fn local_definition(eval: &Evaluator<'_>, name: Node<'_>) -> Option<&'static str> {
    if name.kind_name() != "identifier" {
        return None;
    }
    let scope = eval.model.scope_at(name.start_byte());
    let Resolution::Scope(found) = eval.model.resolve(scope, eval.text(name)) else {
        return None;
    };
    if found == SemanticModel::MODULE {
        return None;
    }
    (eval.model.bindings_of(found, eval.text(name)).iter()).find_map(|&id| {
        match eval.model.binding(id).kind {
            BindingKind::FunctionDef => Some("a function"),
            BindingKind::ClassDef => Some("a class"),
            _ => None,
        }
    })
}

/// The names `value` reads that would not be bound when the lifted function, inserted at
/// `insertion`, is defined at import: locals, names only the `__main__` guard assigns, and
/// module-level names assigned further down. Each comes with the scope that binds it.
fn unbound_at_import(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    value: Node<'_>,
    insertion: usize,
) -> Vec<(String, ScopeId)> {
    let model = eval.model;
    let range = TextRange::of(value);
    // A lambda or comprehension inside the value binds names of its own (`lambda v: -v`).
    let own = |s: ScopeId| range.contains_range(model.scope(s).range);
    model
        .references_in(range)
        .filter_map(|r| match r.resolution {
            Resolution::Scope(s) if own(s) => None,
            Resolution::Scope(s) if s != SemanticModel::MODULE => Some((r.name.clone(), s)),
            Resolution::Scope(s) if !settled_above(model, guards, &r.name, insertion) => {
                Some((r.name.clone(), s))
            }
            _ => None,
        })
        .collect()
}

/// Whether a module-level name has its final value when the lifted function is defined at
/// import: every binding is a module-level statement above `insertion`, outside the
/// `__main__` guard. A name assigned again further down, under the guard or by a function
/// through `global` may hold another value by the time the original default is evaluated.
fn settled_above(
    model: &SemanticModel,
    guards: &[TextRange],
    name: &str,
    insertion: usize,
) -> bool {
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    !bindings.is_empty()
        && bindings.iter().all(|&id| {
            let binding = model.binding(id);
            binding.written_in == SemanticModel::MODULE
                && binding.statement.end <= insertion
                && !in_guard(guards, model, id)
        })
}

/// A list, dict or set display or comprehension: a new object each time it is evaluated.
pub(super) fn is_mutable_display(value: Node<'_>) -> bool {
    let value = unparenthesize(value);
    matches!(
        value.kind_name(),
        "list"
            | "dictionary"
            | "set"
            | "list_comprehension"
            | "dictionary_comprehension"
            | "set_comprehension"
    )
}

/// The first parameter of `parameters` whose default is a mutable value the function changes
/// in place, which stays in the lifted signature (`moved_default`): one object per process,
/// shared at module level by every call the process makes.
pub fn state_default(eval: &Evaluator<'_>, parameters: Node<'_>) -> Option<String> {
    let mut cursor = parameters.walk();
    parameters
        .named_children(&mut cursor)
        .find_map(|parameter| {
            let (name, value) = (parameter.field("name")?, parameter.field("value")?);
            let name = eval.text(name);
            (is_mutable_display(value) && changed_in_place(eval, parameter, name))
                .then(|| name.to_string())
        })
}

/// Whether the body of the function whose parameter is `parameter` changes the parameter's
/// value `name` in place: a method of `parent_state::MUTATORS` called on it, or a store or
/// `del` of an item or attribute of it (`memo[key] = v`), an augmented assignment to it (`acc
/// += [x]`, in place on a list), an alias made of it, or a standard function that changes its
/// first argument (`heapq.heappush(heap, x)`).
fn changed_in_place(eval: &Evaluator<'_>, parameter: Node<'_>, name: &str) -> bool {
    let Some(body) = std::iter::successors(parameter.parent(), |n| n.parent())
        .find(|n| matches!(n.kind_name(), "function_definition" | "lambda"))
        .and_then(|function| function.field("body"))
    else {
        return false;
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "identifier" && eval.text(node) == name && changes_value(eval, node)
        {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// Whether the read `node` of a name may change its value in place: a method of
/// `parent_state::MUTATORS` called on it, a store or `del` of an item or attribute of it
/// (`memo[key] = v`), an augmented assignment to it (`acc += [x]`), an alias made of it (`s =
/// seen`, then maybe `s.append(x)`), or a standard function that changes its first argument
/// (`heapq.heappush(heap, x)`).
fn changes_value(eval: &Evaluator<'_>, node: Node<'_>) -> bool {
    if aliased(node) {
        return true;
    }
    let Some(parent) = node.parent() else {
        return false;
    };
    let on_it = |field: &str| parent.field(field).is_some_and(|n| n.id() == node.id());
    match parent.kind_name() {
        "attribute" if on_it("object") => {
            let method = parent.field("attribute").map(|a| eval.text(a));
            let called = parent.parent().is_some_and(|c| {
                c.kind_name() == "call"
                    && c.field("function").is_some_and(|f| f.id() == parent.id())
            });
            (called && method.is_some_and(|m| super::parent_state::MUTATORS.contains(&m)))
                || stored(parent)
        }
        "subscript" if on_it("value") => stored(parent),
        "augmented_assignment" => on_it("left"),
        "argument_list" => {
            parent
                .named_child(0)
                .is_some_and(|first| first.id() == node.id())
                && parent
                    .parent()
                    .and_then(|call| call.field("function"))
                    .is_some_and(|function| {
                        let scope = eval.model.scope_at(function.start_byte());
                        super::unpicklable::qualified_name(eval, function, scope).is_some_and(|q| {
                            super::parent_state::CHANGING_FIRST.contains(&q.as_str())
                        })
                    })
        }
        _ => false,
    }
}

/// Whether the read `node` gives its value another name: the value of an assignment (`s =
/// seen`, also inside a tuple or list, `n, s = 0, seen`), of `:=`, or what a `for` walks
/// (`for s in [seen]:`), or an element of a display held by one of those.
fn aliased(node: Node<'_>) -> bool {
    let mut child = node;
    while let Some(parent) = child.parent() {
        let is = |field: &str| parent.field(field).is_some_and(|n| n.id() == child.id());
        match parent.kind_name() {
            "tuple"
            | "list"
            | "set"
            | "expression_list"
            | "parenthesized_expression"
            | "dictionary"
            | "pair" => child = parent,
            "assignment" => return is("right"),
            "named_expression" => return is("value"),
            "for_statement" | "for_in_clause" => return is("right"),
            _ => return false,
        }
    }
    false
}

/// Whether `target` (an item or an attribute) is stored to or deleted.
fn stored(target: Node<'_>) -> bool {
    let Some(parent) = target.parent() else {
        return false;
    };
    match parent.kind_name() {
        "assignment" | "augmented_assignment" => {
            parent.field("left").is_some_and(|l| l.id() == target.id())
        }
        "pattern_list" | "tuple_pattern" | "list_pattern" | "delete_statement" => true,
        "expression_list" => parent
            .parent()
            .is_some_and(|p| p.kind_name() == "delete_statement"),
        _ => false,
    }
}

/// What the parameter becomes without its default: its name, with its annotation if it has one.
fn kept_parameter(eval: &Evaluator<'_>, parameter: Node<'_>, name: Node<'_>) -> String {
    match parameter.field("type") {
        Some(annotation) => format!("{}: {}", eval.text(name), eval.text(annotation)),
        None => eval.text(name).to_string(),
    }
}

/// Whether evaluating `value` can do something besides produce a value: a call, `await`,
/// `yield` or an assignment expression (a lambda inside it is only defined, not run).
fn has_effects(value: Node<'_>) -> bool {
    let mut stack = vec![value];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "call" | "await" | "yield" | "named_expression" => return true,
            "lambda" => continue,
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// A module-level name a function assigns through `global` may change between the definition
/// and the site; assignments at module level all happen at import, before either.
fn check_module_read(
    model: &SemanticModel,
    default: &MovedDefault,
    name: &str,
) -> Result<(), String> {
    let by_function = model
        .bindings_of(SemanticModel::MODULE, name)
        .iter()
        .any(|&id| model.binding(id).written_in != SemanticModel::MODULE);
    if by_function {
        return Err(format!(
            "the default value of `{}` reads `{name}`, which a function assigns through `global`",
            default.parameter
        ));
    }
    Ok(())
}

/// A `def` written before the site evaluated its default then; binding it at the site is the
/// same only if nothing it reads is assigned after the definition. Module-level names are
/// assigned at import, before the function that holds the definition runs.
/// A value changed in place after the definition (`weights["y"] = 9`, `opts.update(...)`,
/// or through an alias, `s = weights`) changes what the default would read at the site too; so does a module-level name bound
/// again after a `def` of the `__main__` guard, the guard's later statements running after it.
/// A `def` in a function runs after every statement of the module's import.
pub fn check_timing(
    eval: &Evaluator<'_>,
    definition_end: usize,
    nested: bool,
    default: &MovedDefault,
) -> Result<(), String> {
    let model = eval.model;
    for (name, scope) in &default.reads {
        let module = *scope == SemanticModel::MODULE;
        if module {
            check_module_read(model, default, name)?;
        }
        let later = (!module || !nested)
            && model
                .bindings_of(*scope, name)
                .iter()
                .any(|&id| model.binding(id).statement.start > definition_end);
        if later {
            return Err(format!(
                "the default value of `{}` reads `{name}`, which is assigned again after the function is defined",
                default.parameter
            ));
        }
        let changed = model
            .references
            .iter()
            .filter(|r| {
                r.name == *name
                    && r.resolution == Resolution::Scope(*scope)
                    && r.range.start > definition_end
            })
            .find(|r| {
                eval.node_at(r.range).is_some_and(|identifier| {
                    changed_through(eval, identifier) || changes_value(eval, identifier)
                })
            });
        if let Some(change) = changed {
            let how = match eval.node_at(change.range).is_some_and(aliased) {
                true => "given another name, through which it may be changed,",
                false => "changed in place",
            };
            return Err(format!(
                "the default value of `{}` reads `{name}`, which is {how} after the function is defined (line {}): bound where the work is handed over, it would read the changed value",
                default.parameter,
                eval.line_at(change.range.start)
            ));
        }
    }
    Ok(())
}

/// Whether the code around `identifier` stores or deletes an item or attribute through it
/// (`weights["y"] = 9`, `cfg.level += 1`, `del cache[k]`) or calls a container's mutating
/// method on it (`opts.update(...)`).
fn changed_through(eval: &Evaluator<'_>, identifier: Node<'_>) -> bool {
    let mut node = identifier;
    loop {
        let Some(parent) = node.parent() else {
            return false;
        };
        match parent.kind_name() {
            "subscript" if parent.field("value") == Some(node) => node = parent,
            "attribute" if parent.field("object") == Some(node) => {
                let called = parent.parent().is_some_and(|call| {
                    call.kind_name() == "call" && call.field("function") == Some(parent)
                });
                if called {
                    let method = parent.field("attribute").map(|a| eval.text(a));
                    return method.is_some_and(|m| super::parent_state::MUTATORS.contains(&m));
                }
                node = parent;
            }
            _ => return node != identifier && stored(node),
        }
    }
}
