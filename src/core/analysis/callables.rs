//! What kind of callable a site hands over, and whether pickle can carry it.
//!
//! pickle stores a function by module and qualified name and finds it again by import in the
//! worker. That works for a function defined at module level outside the `__main__` guard, and
//! for nothing else we can see statically: a lambda's qualified name is `<lambda>`, a nested
//! function's is `outer.<locals>.inner`, and a function defined under the guard does not exist
//! in the worker, which imports the main module as `__mp_main__`.

use tree_sitter::Node;

use super::lift::reach::{Reach, reach};
use super::values::{Evaluator, Value, argument};
use crate::core::node::NodeExt;
use crate::core::rules::Rule;
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// A callable that pickle cannot carry, found at a site.
#[derive(Clone, Copy, Debug)]
pub enum Callable<'t> {
    Lambda(Node<'t>),
    /// A `def` whose binding is `binding`; `statement` includes its decorators.
    Function {
        binding: BindingId,
        definition: Node<'t>,
        statement: Node<'t>,
        under_guard: bool,
    },
}

impl<'t> Callable<'t> {
    pub fn rule(&self) -> Rule {
        match self {
            Callable::Lambda(_) => Rule::LambdaCallable,
            Callable::Function {
                under_guard: true, ..
            } => Rule::MainGuardFunction,
            Callable::Function { .. } => Rule::NestedFunction,
        }
    }

    /// The node that identifies the callable: the lambda, or the whole decorated definition.
    pub fn key(&self) -> TextRange {
        match self {
            Callable::Lambda(node) => TextRange::of(*node),
            Callable::Function { statement, .. } => TextRange::of(*statement),
        }
    }

    /// The node that creates the callable's scope: the lambda, or the `function_definition`
    /// without its decorators.
    pub fn scope_node(&self) -> Node<'t> {
        match self {
            Callable::Lambda(node) => *node,
            Callable::Function { definition, .. } => *definition,
        }
    }

    /// Its parameter list; `None` for a lambda without parameters.
    pub fn parameters(&self) -> Option<Node<'t>> {
        self.scope_node().field("parameters")
    }
}

/// How a site's callable stands with pickle.
pub enum Classified<'t> {
    /// Pickle can carry it, or we cannot tell what it is: not a finding.
    Fine,
    Unpicklable(Callable<'t>, Via<'t>),
    /// A name bound in a way that cannot be lifted, though one of its bindings is unpicklable.
    Unliftable {
        rule: Rule,
        reason: String,
    },
}

impl Classified<'_> {
    /// The rule of a finding; `None` for `Fine`.
    pub(super) fn rule(&self) -> Option<Rule> {
        match self {
            Classified::Fine => None,
            Classified::Unpicklable(callable, _) => Some(callable.rule()),
            Classified::Unliftable { rule, .. } => Some(*rule),
        }
    }
}

/// Module-level blocks that run only when the file is the main program: the body of
/// `if __name__ == "__main__":`, or the `else:` of `if __name__ != "__main__":`, at the top of
/// the file or inside a module-level `if`, `try` or `with` (`if sys.version_info >= (3, 8):`
/// around the guard, `try: ... except KeyboardInterrupt:`), whose names are module globals
/// all the same and which a worker that imports the module never runs either.
pub fn main_guards(root: Node<'_>, source: &str) -> Vec<TextRange> {
    let mut guards = Vec::new();
    guards_in(root, source, &mut guards, 0);
    guards
}

/// How deep module-level blocks are followed for a guard.
const MAX_GUARD_DEPTH: usize = 8;

/// The guards among the statements of `block`, in source order (see `main_guards`).
fn guards_in(block: Node<'_>, source: &str, guards: &mut Vec<TextRange>, depth: usize) {
    if depth > MAX_GUARD_DEPTH {
        return;
    }
    let mut cursor = block.walk();
    for node in block.named_children(&mut cursor) {
        match node.kind_name() {
            "if_statement" | "elif_clause" => {
                if let Some(guard) = guard_of(node, source) {
                    guards.push(TextRange::of(guard));
                    continue;
                }
            }
            "try_statement"
            | "with_statement"
            | "else_clause"
            | "except_clause"
            | "except_group_clause"
            | "finally_clause" => {}
            "block" if depth > 0 => {}
            _ => continue,
        }
        // A compound statement's blocks and clauses, and a clause's block.
        guards_in(node, source, guards, depth + 1);
    }
}

/// The block of the `if` or `elif` `node` that runs only in the main program, when its
/// condition is a guard's.
fn guard_of<'t>(node: Node<'t>, source: &str) -> Option<Node<'t>> {
    let condition = unparenthesize(node.field("condition")?);
    let check = main_check(&source[condition.byte_range()])
        .or_else(|| main_conjunct(condition, source).then_some(true))?;
    match check {
        true => node.field("consequence"),
        false if node.kind_name() == "if_statement" => {
            let mut cursor = node.walk();
            let alternatives: Vec<Node<'_>> = node
                .children_by_field_name("alternative", &mut cursor)
                .collect();
            match alternatives.as_slice() {
                [only] if only.kind_name() == "else_clause" => only.field("body"),
                _ => None,
            }
        }
        false => None,
    }
}

/// Whether `condition` is `__name__ == "__main__" and ...` (in any place of a chain of `and`,
/// parentheses allowed): its body runs only in the main program, as a plain guard's does.
fn main_conjunct(condition: Node<'_>, source: &str) -> bool {
    let condition = unparenthesize(condition);
    if condition.kind_name() != "boolean_operator"
        || condition
            .field("operator")
            .is_none_or(|o| &source[o.byte_range()] != "and")
    {
        return false;
    }
    ["left", "right"]
        .iter()
        .filter_map(|field| condition.field(field))
        .any(|operand| {
            main_check(&source[operand.byte_range()]) == Some(true)
                || main_conjunct(operand, source)
        })
}

/// `Some(true)` for `__name__ == "__main__"`, `Some(false)` for `!=`, in either order.
fn main_check(condition: &str) -> Option<bool> {
    let compact: String = condition
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '\'' { '"' } else { c })
        .collect();
    for (operator, equal) in [("==", true), ("!=", false)] {
        if compact == format!("__name__{operator}\"__main__\"")
            || compact == format!("\"__main__\"{operator}__name__")
        {
            return Some(equal);
        }
    }
    None
}

/// How a site reaches its callable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via<'t> {
    /// The site's argument is the callable (`pool.map(work, ...)`, `pool.map(lambda ...)`), or a
    /// name bound to a function (`f = work`).
    Direct,
    /// `functools.partial(callable, ...)`, at the site or bound to a name: the partial call,
    /// which receives the captured values as keywords.
    Partial(Node<'t>),
    /// A lambda bound to a variable (`fn = lambda ...`) that the site passes by name: the lambda
    /// is replaced where it stands, so every use of the variable gets the lifted function.
    Variable,
}

/// Names followed from a site to the callable they are bound to (`f = g`, `g = work`).
const MAX_ALIASES: usize = 4;

pub fn classify<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    callable: Node<'t>,
    scope: ScopeId,
) -> Classified<'t> {
    classify_depth(eval, guards, callable, scope, 0)
}

fn classify_depth<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    callable: Node<'t>,
    scope: ScopeId,
    depth: usize,
) -> Classified<'t> {
    if depth > MAX_ALIASES {
        return Classified::Fine;
    }
    let node = unparenthesize(callable);
    match node.kind_name() {
        "lambda" => Classified::Unpicklable(Callable::Lambda(node), Via::Direct),
        "identifier" => classify_name(eval, guards, node, scope, depth),
        "call" => match local_class_instance(eval, guards, node, scope) {
            Some(classified) => classified,
            None => classify_partial(eval, guards, node, scope, depth),
        },
        "attribute" => local_class_method(eval, guards, node, scope),
        _ => Classified::Fine,
    }
}

/// `functools.partial(callable, ...)`: pickle carries a partial when it can carry the callable
/// inside, so the finding is about that callable; the partial stays and receives the captures.
fn classify_partial<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    call: Node<'t>,
    scope: ScopeId,
    depth: usize,
) -> Classified<'t> {
    let is_partial = call
        .field("function")
        .is_some_and(|f| eval.eval(f, scope) == Value::Partial);
    let inner = call
        .field("arguments")
        .and_then(|args| argument(args, eval.source, Some(0), Some("func")));
    let (true, Some(inner)) = (is_partial, inner) else {
        return Classified::Fine;
    };
    match classify_depth(eval, guards, inner, scope, depth + 1) {
        Classified::Unpicklable(callable, Via::Direct) => {
            Classified::Unpicklable(callable, Via::Partial(call))
        }
        other => other,
    }
}

/// The call whose function `node` is (`f(x)` for `f`, `a.b(x)` for `a.b`), if any.
pub fn call_of(node: Node<'_>) -> Option<Node<'_>> {
    node.parent()
        .filter(|p| p.kind_name() == "call" && p.field("function") == Some(node))
}

/// The outermost parentheses around `node` alone (`(x)` and `((x))` for `x`), or `node`: what
/// its parent's field holds.
pub fn outside_parens(mut node: Node<'_>) -> Node<'_> {
    while let Some(parent) = node.parent()
        && parent.kind_name() == "parenthesized_expression"
        && unparenthesize(parent) == unparenthesize(node)
    {
        node = parent;
    }
    node
}

/// `node` with the parentheses around it: what its parent holds in their place.
pub fn parenthesized(mut node: Node<'_>) -> Node<'_> {
    while let Some(parent) = node
        .parent()
        .filter(|p| p.kind_name() == "parenthesized_expression")
    {
        node = parent;
    }
    node
}

pub fn unparenthesize(mut node: Node<'_>) -> Node<'_> {
    while node.kind_name() == "parenthesized_expression" {
        let mut cursor = node.walk();
        let mut inner = node
            .named_children(&mut cursor)
            .filter(|child| child.kind_name() != "comment");
        match (inner.next(), inner.next()) {
            (Some(only), None) => node = only,
            _ => break,
        }
    }
    node
}

/// What the name `node` hands over, by the bindings it resolves to from `scope`.
fn classify_name<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    node: Node<'t>,
    scope: ScopeId,
    depth: usize,
) -> Classified<'t> {
    let model = eval.model;
    let name = eval.text(node);
    let Resolution::Scope(found) = model.resolve(scope, name) else {
        return Classified::Fine;
    };
    // A bare annotation (`g: Callable[[int], int]`) binds nothing at run time.
    let bindings: Vec<BindingId> = model
        .bindings_of(found, name)
        .iter()
        .copied()
        .filter(|&id| {
            let binding = model.binding(id);
            binding.kind != BindingKind::AnnotatedAssignment || binding.value.is_some()
        })
        .collect();
    let kind = model.scope(found).kind;
    if kind == ScopeKind::Class {
        return Classified::Fine;
    }
    // `del work` after the hand-over of a nested function: the lift would leave it deleting a
    // name nothing binds there any more (or, kept, make the moved function's name local), so
    // it is refused.
    let deletion = bindings
        .iter()
        .find(|&&id| model.binding(id).kind == BindingKind::Deletion);
    if let Some(&deletion) = deletion {
        let kept: Vec<BindingId> = bindings
            .iter()
            .copied()
            .filter(|&id| model.binding(id).kind != BindingKind::Deletion)
            .collect();
        return match classify_bindings(eval, guards, node, scope, depth, &kept, kind) {
            // A guard's function moves to module level under its name, and a lambda bound to
            // a name keeps it bound: the `del` still deletes what it did.
            Classified::Unpicklable(
                callable @ Callable::Function {
                    under_guard: false, ..
                },
                _,
            ) => {
                let line = eval.line_at(model.binding(deletion).range.start);
                Classified::Unliftable {
                    rule: callable.rule(),
                    reason: format!(
                        "`del {name}` on line {line} deletes the name, which a lift would leave deleting a name nothing binds there; define it at module level and drop the `del`"
                    ),
                }
            }
            other => other,
        };
    }
    classify_bindings(eval, guards, node, scope, depth, &bindings, kind)
}

/// `classify_name` for the bindings `bindings` of the name `node`, in a scope of `kind`.
fn classify_bindings<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    node: Node<'t>,
    scope: ScopeId,
    depth: usize,
    bindings: &[BindingId],
    kind: ScopeKind,
) -> Classified<'t> {
    let name = eval.text(node);
    if let [only] = bindings
        && let Some(classified) = classify_binding(eval, guards, *only, depth)
    {
        return classified;
    }
    if bindings.len() > 1 && bindings.iter().all(|&id| binds_lambda(eval, id)) {
        return Classified::Unliftable {
            rule: Rule::LambdaCallable,
            reason: format!(
                "`{name}` is bound to a lambda more than once in its scope, so picklefix cannot tell which one runs; define each as a module-level function"
            ),
        };
    }
    // `fn = lambda ...` handed over, then `fn = str.upper` after: the site sees the lambda.
    if let [lambda] = bindings
        .iter()
        .copied()
        .filter(|&id| binds_lambda(eval, id))
        .collect::<Vec<_>>()[..]
        && bindings.len() > 1
        && kind != ScopeKind::Module
        && reach(eval, lambda, TextRange::of(node), scope) == Reach::Definition
        && let Some(classified) = classify_binding(eval, guards, lambda, depth)
    {
        return classified;
    }
    let definitions = lifted_definitions(eval, guards, bindings, kind);
    let Some(&binding) = definitions.first() else {
        return Classified::Fine;
    };
    let rule = if kind == ScopeKind::Module {
        Rule::MainGuardFunction
    } else {
        Rule::NestedFunction
    };
    if bindings.len() > 1 && !only_def_reaches(eval, &definitions, node, scope, kind) {
        return bound_more_than_once(rule, name);
    }
    function_callable(eval, guards, binding, rule)
}

/// Whether binding `id` assigns a lambda (`f = lambda ...`, annotated or by a walrus).
fn binds_lambda(eval: &Evaluator<'_>, id: BindingId) -> bool {
    let binding = eval.model.binding(id);
    let assigned = matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment | BindingKind::NamedExpr
    );
    assigned
        && binding
            .value
            .and_then(|value| eval.node_at(value))
            .is_some_and(|value| unparenthesize(value).kind_name() == "lambda")
}

/// The refusal of a function whose name is bound more than once in its scope, where it cannot
/// be told which binding the site hands over.
fn bound_more_than_once<'t>(rule: Rule, name: &str) -> Classified<'t> {
    Classified::Unliftable {
        rule,
        reason: format!(
            "`{name}` is bound more than once in its scope, so picklefix cannot tell which definition runs"
        ),
    }
}

/// The `def` bindings among `bindings` that a lift would move: every one in a function, and at
/// module level those under the `__main__` guard.
fn lifted_definitions(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    bindings: &[BindingId],
    kind: ScopeKind,
) -> Vec<BindingId> {
    let model = eval.model;
    bindings
        .iter()
        .copied()
        .filter(|&id| model.binding(id).kind == BindingKind::FunctionDef)
        .filter(|&id| kind != ScopeKind::Module || in_guard(guards, model, id))
        .collect()
}

/// Whether only the one nested `def` reaches `node`, though its name is bound again later
/// (`for job in pending:` after `ex.submit(job, n)`): then it is lifted under a name of its own.
fn only_def_reaches(
    eval: &Evaluator<'_>,
    definitions: &[BindingId],
    node: Node<'_>,
    scope: ScopeId,
    kind: ScopeKind,
) -> bool {
    match definitions {
        [binding] if kind != ScopeKind::Module => {
            reach(eval, *binding, TextRange::of(node), scope) == Reach::Definition
        }
        _ => false,
    }
}

/// A name's only binding, when it is not a `def`: a lambda, another name, a partial, or a
/// class defined in a function. `None` to go on with the `def` rules.
fn classify_binding<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    id: BindingId,
    depth: usize,
) -> Option<Classified<'t>> {
    let model = eval.model;
    let binding = model.binding(id);
    match binding.kind {
        BindingKind::ClassDef if binding.scope != SemanticModel::MODULE => {
            Some(Classified::Unliftable {
                rule: Rule::LocalClass,
                reason: local_class_reason(&binding.name, model, binding.scope),
            })
        }
        BindingKind::ClassDef if bound_only_under_guard(model, guards, &binding.name) => {
            Some(Classified::Unliftable {
                rule: Rule::LocalClass,
                reason: guard_class_reason(&binding.name),
            })
        }
        // `f: Callable[[int], int] = lambda x: ...` binds like a plain assignment, and so
        // does `(f := lambda x: ...)`.
        BindingKind::Assignment | BindingKind::AnnotatedAssignment | BindingKind::NamedExpr => {
            let value = unparenthesize(eval.node_at(binding.value?)?);
            Some(classify_assigned(
                eval,
                guards,
                value,
                binding.written_in,
                depth,
            ))
        }
        _ => None,
    }
}

/// What a name hands over through its only binding, the assignment of `value` in `scope`.
pub(super) fn classify_assigned<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    value: Node<'t>,
    scope: ScopeId,
    depth: usize,
) -> Classified<'t> {
    match value.kind_name() {
        "lambda" => Classified::Unpicklable(Callable::Lambda(value), Via::Variable),
        // `f = work`: the assignment is a use of `work` that the lift rewrites (with a
        // partial when `work` captures), so the sites passing `f` stay as they are.
        "identifier" => match classify_depth(eval, guards, value, scope, depth + 1) {
            Classified::Unpicklable(callable, Via::Direct) => {
                Classified::Unpicklable(callable, Via::Variable)
            }
            other => other,
        },
        // `job = Job()`, `run = Job().run`, `f = functools.partial(...)`.
        "call" | "attribute" => classify_depth(eval, guards, value, scope, depth + 1),
        _ => Classified::Fine,
    }
}

/// `obj.method` where `obj` is an instance of a class defined inside a function (or `self`
/// in one of its methods): pickle cannot find the class in a worker. Reported, not fixed:
/// the class has to move first, which changes more than the call.
fn local_class_method<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    node: Node<'t>,
    scope: ScopeId,
) -> Classified<'t> {
    let model = eval.model;
    let Some(object) = node.field("object") else {
        return Classified::Fine;
    };
    if let Some(classified) = class_function(eval, guards, node, object, scope) {
        return classified;
    }
    match eval.local_class_of(object, scope) {
        Some((name, defined_in)) => Classified::Unliftable {
            rule: Rule::LocalClass,
            reason: local_class_reason(&name, model, defined_in),
        },
        None => match guard_class_instance(eval, guards, object, scope) {
            Some(name) => Classified::Unliftable {
                rule: Rule::LocalClass,
                reason: guard_class_reason(&name),
            },
            None => Classified::Fine,
        },
    }
}

/// `Codec.encode` read on the class itself (a `staticmethod`, a `classmethod`, or a plain
/// function), where `Codec` is a class defined inside a function or only under the `__main__`
/// guard: pickle stores the function by its qualified name in the class, which a worker cannot
/// find. Only a function the class body defines: `encode = str.upper` is found by its own
/// name. Reported, not fixed, as its instances' methods are.
fn class_function<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    node: Node<'t>,
    object: Node<'t>,
    scope: ScopeId,
) -> Option<Classified<'t>> {
    let model = eval.model;
    if object.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(object);
    let Resolution::Scope(found) = model.resolve(scope, name) else {
        return None;
    };
    let [only] = model.bindings_of(found, name) else {
        return None;
    };
    let binding = model.binding(*only);
    if binding.kind != BindingKind::ClassDef {
        return None;
    }
    let class = model.scope_created_by(binding.statement)?;
    let attribute = eval.text(node.field("attribute")?);
    let defined = (model.bindings_of(class, attribute).iter())
        .any(|&id| model.binding(id).kind == BindingKind::FunctionDef);
    if !defined {
        return None;
    }
    let reason = if found != SemanticModel::MODULE {
        local_class_reason(name, model, found)
    } else if bound_only_under_guard(model, guards, name) {
        guard_class_reason(name)
    } else {
        return None;
    };
    Some(Classified::Unliftable {
        rule: Rule::LocalClass,
        reason,
    })
}

/// `Scale(3)`, or a name bound once to it, where the class `Scale` is defined only under the
/// `__main__` guard: a spawn or forkserver worker imports the main module without running the
/// guard, so pickle cannot find the class there (`Can't get attribute 'Scale' on <module
/// '__mp_main__'>`).
fn guard_class_instance(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    object: Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let model = eval.model;
    let call = match object.kind_name() {
        "call" => object,
        "identifier" => {
            let name = eval.text(object);
            let Resolution::Scope(found) = model.resolve(scope, name) else {
                return None;
            };
            let [only] = model.bindings_of(found, name) else {
                return None;
            };
            let value = eval.node_at(model.binding(*only).value?)?;
            (value.kind_name() == "call").then_some(value)?
        }
        _ => return None,
    };
    let function = call.field("function")?;
    let name = eval.text(function);
    let guarded_class = function.kind_name() == "identifier"
        && model.resolve(scope, name) == Resolution::Scope(SemanticModel::MODULE)
        && bound_only_under_guard(model, guards, name)
        && model
            .bindings_of(SemanticModel::MODULE, name)
            .iter()
            .all(|&b| {
                let binding = model.binding(b);
                binding.kind == BindingKind::ClassDef
                    || (binding.kind == BindingKind::Assignment
                        && (binding.value.and_then(|r| eval.node_at(r))).is_some_and(|value| {
                            eval.makes_instances_class(value, SemanticModel::MODULE)
                        }))
            });
    guarded_class.then(|| name.to_string())
}

fn guard_class_reason(name: &str) -> String {
    format!(
        "`{name}` is a class defined under `if __name__ == \"__main__\":`, which a worker started by spawn or forkserver never runs, so pickle cannot find the class there; move the class above the guard"
    )
}

/// `Local(...)` handed over itself: pickle stores an instance by its class's qualified name,
/// which it cannot find in a worker when the class is defined inside a function. Reported,
/// not fixed, for the same reason as its methods.
fn local_class_instance<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    call: Node<'t>,
    scope: ScopeId,
) -> Option<Classified<'t>> {
    if let Some((name, defined_in)) = eval.local_class_called(call, scope) {
        return Some(Classified::Unliftable {
            rule: Rule::LocalClass,
            reason: local_class_reason(&name, eval.model, defined_in),
        });
    }
    let name = guard_class_instance(eval, guards, call, scope)?;
    Some(Classified::Unliftable {
        rule: Rule::LocalClass,
        reason: guard_class_reason(&name),
    })
}

fn local_class_reason(name: &str, model: &SemanticModel, scope: ScopeId) -> String {
    let outer = model
        .scope(scope)
        .name
        .clone()
        .unwrap_or_else(|| "a function".into());
    format!(
        "`{name}` is a class defined inside `{outer}`, which pickle cannot find in a worker; move the class to module level"
    )
}

fn function_callable<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    binding: BindingId,
    rule: Rule,
) -> Classified<'t> {
    let model = eval.model;
    let statement_range = model.binding(binding).statement;
    let Some(statement) = eval.statement_node(statement_range) else {
        return Classified::Fine;
    };
    let definition = if statement.kind_name() == "decorated_definition" {
        statement.field("definition")
    } else {
        Some(statement)
    };
    let Some(definition) = definition.filter(|d| d.kind_name() == "function_definition") else {
        return Classified::Fine;
    };
    let under_guard = rule == Rule::MainGuardFunction;
    if under_guard && !directly_in_guard(guards, statement) {
        return Classified::Unliftable {
            rule,
            reason: "it is defined conditionally inside the `__main__` guard; move it to module level by hand".into(),
        };
    }
    Classified::Unpicklable(
        Callable::Function {
            binding,
            definition,
            statement,
            under_guard,
        },
        Via::Direct,
    )
}

pub(super) fn in_guard(guards: &[TextRange], model: &SemanticModel, id: BindingId) -> bool {
    let statement = model.binding(id).statement;
    guards.iter().any(|guard| guard.contains_range(statement))
}

/// Whether `statement` is a statement of a guard's block itself, not nested deeper.
fn directly_in_guard(guards: &[TextRange], statement: Node<'_>) -> bool {
    statement
        .parent()
        .is_some_and(|block| guards.contains(&TextRange::of(block)))
}

/// Whether an `InterpreterPoolExecutor` carries `callable` without pickle, so that it is not a
/// finding there. CPython 3.14 shares a function with another interpreter by its code alone
/// (`_PyFunction_GetXIData`) when it is stateless: no closure, no defaults, no global other
/// than a builtin (`_PyFunction_VerifyStateless`); anything else falls back to pickle, by
/// reference. A partial is not a function, so it is always pickled. What this cannot see is
/// counted as state: decorators, nested functions, lambdas, classes and comprehensions (whose
/// code would run against the worker's own `__main__`), `global` and `nonlocal`
/// declarations, generators and coroutines.
pub fn crosses_as_code(eval: &Evaluator<'_>, callable: &Callable<'_>, via: Via<'_>) -> bool {
    let model = eval.model;
    let node = callable.scope_node();
    let range = TextRange::of(node);
    let decorated = matches!(callable, Callable::Function { statement, .. }
        if statement.kind_name() == "decorated_definition");
    let Some(scope) = model.scope_created_by(range) else {
        return false;
    };
    let nested = model
        .scopes
        .iter()
        .any(|s| s.range != range && range.contains_range(s.range));
    // `global x` makes even a write a global name; `nonlocal x` a closure.
    let declares = {
        let own = model.scope(scope);
        !own.globals.is_empty() || !own.nonlocals.is_empty()
    };
    let stateless_names = model.references_in(range).all(|r| match r.resolution {
        Resolution::Builtin => true,
        Resolution::Scope(found) => model.is_within(found, scope),
        Resolution::Unresolved => false,
    });
    !matches!(via, Via::Partial(_))
        && !decorated
        && !nested
        && !declares
        && stateless_names
        && !has_default_or_suspension(node)
}

/// A parameter default, `async`, `yield` or `await` anywhere in `node`.
fn has_default_or_suspension(node: Node<'_>) -> bool {
    const KINDS: [&str; 5] = [
        "default_parameter",
        "typed_default_parameter",
        "async",
        "yield",
        "await",
    ];
    let mut stack = vec![node];
    while let Some(next) = stack.pop() {
        if KINDS.contains(&next.kind_name()) {
            return true;
        }
        let mut cursor = next.walk();
        stack.extend(next.children(&mut cursor));
    }
    false
}

/// Whether every module-level binding of `name` lies inside a main guard: such a name does not
/// exist in a worker, which imports the main module without running the guarded block.
pub fn bound_only_under_guard(model: &SemanticModel, guards: &[TextRange], name: &str) -> bool {
    let bindings = model.bindings_of(SemanticModel::MODULE, name);
    !bindings.is_empty() && bindings.iter().all(|&id| in_guard(guards, model, id))
}
