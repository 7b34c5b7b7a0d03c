//! A small abstract evaluator: what does an expression refer to, as far as process APIs go?
//!
//! It follows names through the semantic model to their bindings (imports, assignments,
//! `with ... as`, walrus, annotated parameters and variables, `self.x = ...` in the methods of
//! the class), attributes through modules and contexts, and calls through constructors and
//! `get_context`. Anything else is `Value::Unknown`, which is never a finding: precision first.
//!
//! Resolution is by module, never by name: `Pool` is a pool only when it is bound by an import
//! from `multiprocessing` (or a module that behaves the same), so a user's own `Pool` class, or
//! `import multiprocess as multiprocessing`, is not one.

use std::cell::RefCell;
use std::collections::HashMap;

use tree_sitter::Node;

use super::api::{Class, known_module, multiprocessing_like};
use super::user_api::{UserApi, UserKind};
use crate::semantic::{BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel};
use crate::source::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A module, by canonical dotted path.
    Module(String),
    /// A process-backed class; `fork` when it comes from an explicit fork context.
    Class {
        class: Class,
        fork: bool,
    },
    /// An instance of a process-backed class.
    Instance {
        class: Class,
        fork: bool,
    },
    /// `multiprocessing.get_context`.
    GetContext,
    /// A multiprocessing context; `fork` when made by `get_context("fork")`.
    Context {
        fork: bool,
    },
    /// A module-level function of the API table, by canonical name.
    Function(&'static str),
    /// `functools.partial`.
    Partial,
    /// A user-declared function API, by its index in the settings.
    UserFunction(usize),
    /// The literal `None`, so that `pool = None` before `pool = Pool()` does not hide the pool.
    None,
    Unknown,
}

/// How deep a chain of names (`a = b`, `b = c`, ...) is followed before giving up.
const MAX_CHAIN: usize = 12;

pub struct Evaluator<'a> {
    pub model: &'a SemanticModel,
    /// APIs the user declared; looked up before the built-in table.
    pub apis: &'a [UserApi],
    pub source: &'a str,
    pub root: Node<'a>,
    /// The value of each binding evaluated so far. A binding being evaluated is `Unknown` here
    /// until it is done, which cuts cycles (`ctx = ctx.copy()`); without the cache, names with
    /// several bindings that read each other make evaluation exponential.
    cache: RefCell<HashMap<BindingId, Value>>,
    /// The value of `self.<attr>` per class scope, since finding it walks the class.
    attributes: RefCell<HashMap<(ScopeId, String), Value>>,
}

impl<'a> Evaluator<'a> {
    pub fn new(
        model: &'a SemanticModel,
        source: &'a str,
        root: Node<'a>,
        apis: &'a [UserApi],
    ) -> Self {
        Self {
            model,
            apis,
            source,
            root,
            cache: RefCell::new(HashMap::new()),
            attributes: RefCell::new(HashMap::new()),
        }
    }

    pub fn node_at(&self, range: TextRange) -> Option<Node<'a>> {
        let mut node = self
            .root
            .descendant_for_byte_range(range.start, range.end)?;
        // The smallest node spanning the range may be a child with the same extent; climb to
        // the outermost node that has exactly this range, then take the innermost named one.
        while let Some(parent) = node.parent() {
            if parent.start_byte() == range.start && parent.end_byte() == range.end {
                node = parent;
            } else {
                break;
            }
        }
        Some(node)
    }

    pub fn text(&self, node: Node<'_>) -> &'a str {
        &self.source[node.byte_range()]
    }

    /// What `node`, evaluated in the code of `scope`, refers to.
    pub fn eval(&self, node: Node<'a>, scope: ScopeId) -> Value {
        self.eval_depth(node, scope, 0)
    }

    fn eval_depth(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        if depth > MAX_CHAIN {
            return Value::Unknown;
        }
        match node.kind() {
            "identifier" => self.eval_name(self.text(node), scope, depth),
            "attribute" => self.eval_attribute(node, scope, depth),
            "call" => self.eval_call(node, scope, depth),
            "none" => Value::None,
            "parenthesized_expression" | "expression_statement" | "type" => {
                node.named_child(0).map_or(Value::Unknown, |inner| {
                    self.eval_depth(inner, scope, depth + 1)
                })
            }
            _ => Value::Unknown,
        }
    }

    fn eval_name(&self, name: &str, scope: ScopeId, depth: usize) -> Value {
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return Value::Unknown;
        };
        let mut result: Option<Value> = None;
        for &id in self.model.bindings_of(found, name) {
            let value = self.eval_binding(id, depth + 1);
            match (&result, value) {
                (_, Value::None) => {}
                (None, value) => result = Some(value),
                (Some(known), value) if *known == value => {}
                _ => return Value::Unknown,
            }
        }
        result.unwrap_or(Value::Unknown)
    }

    fn eval_binding(&self, id: BindingId, depth: usize) -> Value {
        if let Some(value) = self.cache.borrow().get(&id) {
            return value.clone();
        }
        self.cache.borrow_mut().insert(id, Value::Unknown);
        let value = self.eval_binding_uncached(id, depth);
        self.cache.borrow_mut().insert(id, value.clone());
        value
    }

    fn eval_binding_uncached(&self, id: BindingId, depth: usize) -> Value {
        let binding = self.model.binding(id);
        let scope = binding.written_in;
        match &binding.kind {
            BindingKind::Import { module, member } => self.import_value(module, member.as_deref()),
            BindingKind::Assignment
            | BindingKind::AnnotatedAssignment
            | BindingKind::NamedExpr
            | BindingKind::WithTarget => {
                if let Some(node) = binding.value.and_then(|r| self.node_at(r)) {
                    self.eval_depth(node, scope, depth)
                } else {
                    self.eval_annotation(binding.annotation, scope, depth)
                }
            }
            BindingKind::Parameter => {
                // Annotations of parameters are evaluated where the function is defined.
                let outer = self.model.scope(binding.scope).parent.unwrap_or(scope);
                match self.eval_annotation(binding.annotation, outer, depth) {
                    Value::Unknown if binding.annotation.is_none() => {
                        self.eval_from_callers(id, depth)
                    }
                    value => value,
                }
            }
            _ => Value::Unknown,
        }
    }

    /// An unannotated parameter of a plain function: the value every call of the function in
    /// this file passes for it, when they all agree (`def run(executor): ...` called as
    /// `run(pool)` with `pool = ProcessPoolExecutor()`). Methods are left alone, since their
    /// calls go through instances the evaluator does not follow.
    fn eval_from_callers(&self, id: BindingId, depth: usize) -> Value {
        let binding = self.model.binding(id);
        let function = self.model.scope(binding.scope);
        let (Some(name), Some(defined_in)) = (&function.name, function.parent) else {
            return Value::Unknown;
        };
        if function.kind != ScopeKind::Function
            || self.model.scope(defined_in).kind == ScopeKind::Class
        {
            return Value::Unknown;
        }
        let Some(position) = self.parameter_position(binding.scope, binding.range) else {
            return Value::Unknown;
        };
        let mut result: Option<Value> = None;
        for reference in &self.model.references {
            if reference.name != *name || reference.resolution != Resolution::Scope(defined_in) {
                continue;
            }
            let value = self.argument_value(reference, position, &binding.name, depth);
            match (&result, value) {
                (None, value) => result = Some(value),
                (Some(known), value) if *known == value => {}
                _ => return Value::Unknown,
            }
        }
        result.unwrap_or(Value::Unknown)
    }

    /// The position of the parameter at `range` among the function's plain parameters.
    fn parameter_position(&self, function: ScopeId, range: TextRange) -> Option<usize> {
        let node = self.node_at(self.model.scope(function).range)?;
        let parameters = node.child_by_field_name("parameters")?;
        let mut cursor = parameters.walk();

        parameters
            .named_children(&mut cursor)
            .take_while(|p| {
                !matches!(
                    p.kind(),
                    "list_splat_pattern" | "keyword_separator" | "dictionary_splat_pattern"
                )
            })
            .position(|p| TextRange::of(p).contains_range(range))
    }

    /// What a call through `reference` passes at `position` or as `keyword`; `Unknown` when
    /// the reference is not a call.
    fn argument_value(
        &self,
        reference: &crate::semantic::Reference,
        position: usize,
        keyword: &str,
        depth: usize,
    ) -> Value {
        let call = self
            .node_at(reference.range)
            .and_then(|n| n.parent())
            .filter(|p| {
                p.kind() == "call"
                    && p.child_by_field_name("function").map(TextRange::of) == Some(reference.range)
            });
        let arg = call
            .and_then(|c| c.child_by_field_name("arguments"))
            .and_then(|args| argument(args, self.source, Some(position), Some(keyword)));
        match arg {
            Some(arg) => self.eval_depth(arg, reference.scope, depth + 1),
            None => Value::Unknown,
        }
    }

    /// A user-declared API at `path`, or the module a declared path lies in.
    fn user_member(&self, path: &str) -> Option<Value> {
        if let Some(index) = self.apis.iter().position(|api| api.path == path) {
            return Some(match self.apis[index].kind {
                UserKind::Like(class) => Value::Class { class, fork: false },
                UserKind::Function(_) => Value::UserFunction(index),
            });
        }
        let is_prefix = self.apis.iter().any(|api| {
            api.path.starts_with(path) && api.path.as_bytes().get(path.len()) == Some(&b'.')
        });
        is_prefix.then(|| Value::Module(path.to_string()))
    }

    fn import_value(&self, module: &str, member: Option<&str>) -> Value {
        let path = match member {
            Some(member) => format!("{module}.{member}"),
            None => module.to_string(),
        };
        self.user_member(&path)
            .unwrap_or_else(|| import_value(module, member))
    }

    fn member_of(&self, value: &Value, name: &str) -> Value {
        if let Value::Module(module) = value
            && let Some(found) = self.user_member(&format!("{module}.{name}"))
        {
            return found;
        }
        member_of(value, name)
    }

    /// The class of `object` when it is an instance of a class defined inside a function:
    /// `Local()`, a name bound to `Local(...)`, or `self` in a method of such a class. Returns the
    /// class name and the scope it is defined in.
    pub fn local_class_of(&self, object: Node<'a>, scope: ScopeId) -> Option<(String, ScopeId)> {
        match object.kind() {
            "call" => self.local_class_called(object, scope),
            "identifier" => {
                let name = self.text(object);
                if let Some(class) = self.method_class(name, scope) {
                    let owner = self.model.scope(class).parent?;
                    return (self.model.scope(owner).kind != ScopeKind::Module).then(|| {
                        (
                            self.model.scope(class).name.clone().unwrap_or_default(),
                            owner,
                        )
                    });
                }
                let Resolution::Scope(found) = self.model.resolve(scope, name) else {
                    return None;
                };
                let [only] = self.model.bindings_of(found, name) else {
                    return None;
                };
                let binding = self.model.binding(*only);
                let value = self.node_at(binding.value?)?;
                (value.kind() == "call")
                    .then(|| self.local_class_called(value, binding.written_in))
                    .flatten()
            }
            _ => None,
        }
    }

    /// `Local(...)` where `Local` is a class defined inside a function.
    fn local_class_called(&self, call: Node<'a>, scope: ScopeId) -> Option<(String, ScopeId)> {
        let function = call.child_by_field_name("function")?;
        if function.kind() != "identifier" {
            return None;
        }
        let name = self.text(function);
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return None;
        };
        let local = found != SemanticModel::MODULE
            && self
                .model
                .bindings_of(found, name)
                .iter()
                .any(|&b| self.model.binding(b).kind == BindingKind::ClassDef);
        local.then(|| (name.to_string(), found))
    }

    /// The instance an annotation describes: `pool: Pool`, `ex: "ProcessPoolExecutor"`,
    /// `pool: Optional[mp.pool.Pool]`, `pool: Pool | None`.
    fn eval_annotation(&self, range: Option<TextRange>, scope: ScopeId, depth: usize) -> Value {
        let Some(node) = range.and_then(|r| self.node_at(r)) else {
            return Value::Unknown;
        };
        match self.eval_type(node, scope, depth) {
            Value::Class { class, fork } => Value::Instance { class, fork },
            _ => Value::Unknown,
        }
    }

    fn eval_type(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        match node.kind() {
            "type" | "parenthesized_expression" => node
                .named_child(0)
                .map_or(Value::Unknown, |inner| self.eval_type(inner, scope, depth)),
            "string" => self.eval_dotted(string_content(self.text(node)), scope, depth),
            "subscript" | "generic_type" => self.eval_optional(node, scope, depth),
            "binary_operator" => {
                let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) else {
                    return Value::Unknown;
                };
                match self.eval_type(left, scope, depth) {
                    Value::Class { class, fork } => Value::Class { class, fork },
                    _ => self.eval_type(right, scope, depth),
                }
            }
            _ => self.eval_depth(node, scope, depth),
        }
    }

    /// `Optional[X]` is `X`; any other subscript is not a process class.
    fn eval_optional(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        let head = node
            .child_by_field_name("value")
            .or_else(|| node.named_child(0));
        let is_optional = head.is_some_and(|h| {
            let text = self.text(h);
            text == "Optional" || text.ends_with(".Optional")
        });
        let inner = node
            .child_by_field_name("subscript")
            .or_else(|| node.named_child(1));
        match (is_optional, inner) {
            (true, Some(inner)) => self.eval_type(inner, scope, depth),
            _ => Value::Unknown,
        }
    }

    /// A dotted name written in a string annotation: `"mp.pool.Pool"`.
    fn eval_dotted(&self, text: &str, scope: ScopeId, depth: usize) -> Value {
        let mut parts = text.trim().split('.');
        let Some(first) = parts.next() else {
            return Value::Unknown;
        };
        let mut value = self.eval_name(first, scope, depth);
        for part in parts {
            value = self.member_of(&value, part);
        }
        value
    }

    fn eval_attribute(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        let (Some(object), Some(attr)) = (
            node.child_by_field_name("object"),
            node.child_by_field_name("attribute"),
        ) else {
            return Value::Unknown;
        };
        let name = self.text(attr);
        match self.eval_depth(object, scope, depth + 1) {
            Value::Unknown if object.kind() == "identifier" => {
                self.eval_self_attribute(self.text(object), name, scope, depth)
            }
            value => self.member_of(&value, name),
        }
    }

    fn eval_call(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        let Some(function) = node.child_by_field_name("function") else {
            return Value::Unknown;
        };
        let arguments = node.child_by_field_name("arguments");
        match self.eval_depth(function, scope, depth + 1) {
            Value::Class { class, fork } => {
                let context = match class {
                    Class::Pool => Some((4, "context")),
                    Class::ProcessPoolExecutor => Some((1, "mp_context")),
                    Class::Process => None,
                };
                let fork = fork
                    || context.is_some_and(|(position, keyword)| {
                        arguments
                            .and_then(|args| {
                                argument(args, self.source, Some(position), Some(keyword))
                            })
                            .is_some_and(|arg| {
                                self.eval_depth(arg, scope, depth + 1)
                                    == Value::Context { fork: true }
                            })
                    });
                Value::Instance { class, fork }
            }
            Value::GetContext => {
                let method =
                    arguments.and_then(|args| argument(args, self.source, Some(0), Some("method")));
                let fork = method.is_some_and(|m| {
                    m.kind() == "string" && string_content(self.text(m)) == "fork"
                });
                Value::Context { fork }
            }
            _ => Value::Unknown,
        }
    }

    /// `self.pool` where some method of the enclosing class assigns `self.pool = <value>`:
    /// the value of those assignments, when they agree.
    fn eval_self_attribute(&self, object: &str, attr: &str, scope: ScopeId, depth: usize) -> Value {
        let Some(class_scope) = self.method_class(object, scope) else {
            return Value::Unknown;
        };
        let key = (class_scope, attr.to_string());
        if let Some(value) = self.attributes.borrow().get(&key) {
            return value.clone();
        }
        self.attributes
            .borrow_mut()
            .insert(key.clone(), Value::Unknown);
        let value = self.class_attribute(class_scope, attr, depth);
        self.attributes.borrow_mut().insert(key, value.clone());
        value
    }

    /// The value every `self.<attr> = value` in the methods of `class_scope` assigns.
    fn class_attribute(&self, class_scope: ScopeId, attr: &str, depth: usize) -> Value {
        let class_range = self.model.scope(class_scope).range;
        let Some(class_node) = self.node_at(class_range) else {
            return Value::Unknown;
        };
        let mut result: Option<Value> = None;
        let mut stack = vec![class_node];
        while let Some(node) = stack.pop() {
            if node.kind() == "assignment"
                && let Some(value) = self.self_assignment(node, attr, class_scope, depth)
            {
                match (&result, value) {
                    (_, Value::None) => {}
                    (None, value) => result = Some(value),
                    (Some(known), value) if *known == value => {}
                    _ => return Value::Unknown,
                }
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        result.unwrap_or(Value::Unknown)
    }

    /// The class whose method's first parameter is `object`, as read from `scope`.
    fn method_class(&self, object: &str, scope: ScopeId) -> Option<ScopeId> {
        let Resolution::Scope(function) = self.model.resolve(scope, object) else {
            return None;
        };
        let class = self.model.scope(function).parent?;
        (self.model.scope(function).kind == ScopeKind::Function
            && self.model.scope(class).kind == ScopeKind::Class
            && self.first_parameter(function) == Some(object))
        .then_some(class)
    }

    fn first_parameter(&self, function: ScopeId) -> Option<&'a str> {
        let node = self.node_at(self.model.scope(function).range)?;
        let params = node.child_by_field_name("parameters")?;
        let first = params.named_child(0)?;
        let ident = match first.kind() {
            "identifier" => first,
            "typed_parameter" => first.named_child(0)?,
            "default_parameter" | "typed_default_parameter" => first.child_by_field_name("name")?,
            _ => return None,
        };
        Some(self.text(ident))
    }

    /// The value of `<self>.attr = value` when `node` is such an assignment in a method of
    /// `class_scope` whose first parameter is `<self>`.
    fn self_assignment(
        &self,
        node: Node<'a>,
        attr: &str,
        class_scope: ScopeId,
        depth: usize,
    ) -> Option<Value> {
        let left = node.child_by_field_name("left")?;
        let right = node.child_by_field_name("right")?;
        if left.kind() != "attribute" {
            return None;
        }
        let object = left.child_by_field_name("object")?;
        let name = left.child_by_field_name("attribute")?;
        if object.kind() != "identifier" || self.text(name) != attr {
            return None;
        }
        let scope = self.model.scope_at(node.start_byte());
        let owner = self.method_class(self.text(object), scope)?;
        (owner == class_scope).then(|| self.eval_depth(right, scope, depth + 1))
    }
}

impl Evaluator<'_> {
    /// Whether a binding's value is a lock, queue or other synchronisation object made by
    /// `multiprocessing` or one of its contexts (not a manager's proxy, which pickles).
    pub fn is_multiprocessing_primitive(&self, id: BindingId) -> bool {
        const PRIMITIVES: [&str; 12] = [
            "Queue",
            "JoinableQueue",
            "SimpleQueue",
            "Lock",
            "RLock",
            "Semaphore",
            "BoundedSemaphore",
            "Condition",
            "Event",
            "Barrier",
            "Value",
            "Array",
        ];
        let binding = self.model.binding(id);
        let Some(value) = binding.value.and_then(|r| self.node_at(r)) else {
            return false;
        };
        let Some(function) = value
            .child_by_field_name("function")
            .filter(|_| value.kind() == "call")
        else {
            return false;
        };
        let (owner, name) = match function.kind() {
            "attribute" => (
                function.child_by_field_name("object"),
                function.child_by_field_name("attribute"),
            ),
            _ => (None, Some(function)),
        };
        let Some(name) = name.map(|n| self.text(n)) else {
            return false;
        };
        if !PRIMITIVES.contains(&name) {
            return false;
        }
        let scope = binding.written_in;
        match owner {
            Some(owner) => {
                matches!(
                    self.eval(owner, scope),
                    Value::Module(ref m) if multiprocessing_like(m)
                ) || matches!(self.eval(owner, scope), Value::Context { .. })
            }
            None => self.imported_from_multiprocessing(name, scope),
        }
    }

    fn imported_from_multiprocessing(&self, name: &str, scope: ScopeId) -> bool {
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return false;
        };
        self.model.bindings_of(found, name).iter().any(|&id| {
            matches!(&self.model.binding(id).kind,
                BindingKind::Import { module, .. } if multiprocessing_like(module))
        })
    }
}

/// The argument at `position` (among positional arguments) or passed as `keyword`.
/// `None` when absent, or when a `*args` splat at or before the position hides where
/// positions fall.
pub fn argument<'t>(
    arguments: Node<'t>,
    source: &str,
    position: Option<usize>,
    keyword: Option<&str>,
) -> Option<Node<'t>> {
    let mut cursor = arguments.walk();
    let mut index = 0;
    for child in arguments.named_children(&mut cursor) {
        match child.kind() {
            "keyword_argument" => {
                let name = child.child_by_field_name("name");
                if keyword.is_some() && name.map(|n| &source[n.byte_range()]) == keyword {
                    return child.child_by_field_name("value");
                }
            }
            "list_splat" if position.is_some_and(|p| p >= index) => return None,
            "list_splat" | "dictionary_splat" | "comment" => {}
            _ => {
                if position == Some(index) {
                    return Some(child);
                }
                index += 1;
            }
        }
    }
    None
}

/// The value of a module, context or instance attribute.
fn member_of(value: &Value, name: &str) -> Value {
    match value {
        Value::Module(module) => module_member(module, name),
        Value::Context { fork } => match name {
            "Process" => Value::Class {
                class: Class::Process,
                fork: *fork,
            },
            "Pool" => Value::Class {
                class: Class::Pool,
                fork: *fork,
            },
            _ => Value::Unknown,
        },
        _ => Value::Unknown,
    }
}

fn module_member(module: &str, name: &str) -> Value {
    let path = format!("{module}.{name}");
    if known_module(&path) {
        return Value::Module(path);
    }
    let class = |class| Value::Class { class, fork: false };
    match (module, name) {
        (m, "Process") if multiprocessing_like(m) => class(Class::Process),
        (m, "Pool") if multiprocessing_like(m) => class(Class::Pool),
        (m, "get_context") if multiprocessing_like(m) => Value::GetContext,
        ("multiprocessing.pool" | "billiard.pool", "Pool") => class(Class::Pool),
        ("multiprocessing.context", "Process") => class(Class::Process),
        ("concurrent.futures" | "concurrent.futures.process", "ProcessPoolExecutor") => {
            class(Class::ProcessPoolExecutor)
        }
        ("functools", "partial") => Value::Partial,
        ("torch.multiprocessing", "spawn") => Value::Function("torch.multiprocessing.spawn"),
        ("torch.multiprocessing", "start_processes") => {
            Value::Function("torch.multiprocessing.start_processes")
        }
        _ => Value::Unknown,
    }
}

/// What an import binding refers to. `import a.b` binds `a`, so its module is `a`.
fn import_value(module: &str, member: Option<&str>) -> Value {
    match member {
        None if known_module(module) => Value::Module(module.to_string()),
        Some(member) if known_module(module) => module_member(module, member),
        _ => Value::Unknown,
    }
}

/// The text between the quotes of a plain string literal (prefixes and triple quotes allowed).
pub fn string_content(literal: &str) -> &str {
    let body = literal.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(inner) = body
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
        {
            return inner;
        }
    }
    body
}
