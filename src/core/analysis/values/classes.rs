//! Classes seen from their methods: the value of `self.<attr>` read from the assignments to it
//! in the methods of the class, and whether an object is an instance of a class defined inside a
//! function (which pickle cannot find by name).

use std::collections::HashMap;
use std::sync::OnceLock;

use tree_sitter::Node;

use super::inheritance::Ancestor;
use super::methods::on_class;
use super::{Called, Evaluator, Value, agreed, argument, unparenthesize};
use crate::core::analysis::api::Class;
use crate::core::analysis::choices::thread_pool;
use crate::core::analysis::conditions;
use crate::core::node::NodeExt;
use crate::core::parse::{holds_own, kind_in, kind_table, named_items};
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// How many attributes `Evaluator::instance_classes` follows from a name to the instance it
/// reads: three (`a.b.c.d.lock` reads the lock of the instance at `a.b.c.d`).
const MAX_KEPT_CHAIN: usize = 3;

/// Functions of the standard library that make a class.
const CLASS_FACTORIES: [&str; 9] = [
    "collections.namedtuple",
    "dataclasses.make_dataclass",
    "enum.Enum",
    "enum.Flag",
    "enum.IntEnum",
    "enum.IntFlag",
    "enum.StrEnum",
    "typing.NamedTuple",
    "typing.TypedDict",
];

/// Where the assignments to `<object>.<attr>` in one class are, by `attr`, each list in source
/// order.
pub(super) type AttributeAssignments = HashMap<String, Vec<TextRange>>;

impl<'a> Evaluator<'a> {
    /// The class of `object` when it is an instance of a class defined inside a function:
    /// `Local()`, a name bound to `Local(...)`, or `self` in a method of such a class. Returns the
    /// class name and the scope it is defined in.
    pub fn local_class_of(&self, object: Node<'a>, scope: ScopeId) -> Option<(String, ScopeId)> {
        match object.kind_name() {
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
                (value.kind_name() == "call")
                    .then(|| self.local_class_called(value, binding.written_in))
                    .flatten()
            }
            _ => None,
        }
    }

    /// `Local(...)` where `Local` is a class defined inside a function.
    pub(crate) fn local_class_called(
        &self,
        call: Node<'a>,
        scope: ScopeId,
    ) -> Option<(String, ScopeId)> {
        let function = call.field("function")?;
        if function.kind_name() != "identifier" {
            return None;
        }
        let name = self.text(function);
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return None;
        };
        let local = found != SemanticModel::MODULE
            && self.model.bindings_of(found, name).iter().any(|&b| {
                let binding = self.model.binding(b);
                binding.kind == BindingKind::ClassDef
                    || (binding.kind == BindingKind::Assignment
                        && (binding.value.and_then(|r| self.node_at(r))).is_some_and(|value| {
                            self.makes_instances_class(value, binding.written_in)
                        }))
            });
        local.then(|| (name.to_string(), found))
    }

    /// `makes_class` for a class whose instances are of it, which pickle stores by the
    /// class's name: not a `TypedDict`, whose instances are plain dicts.
    pub(in crate::core::analysis) fn makes_instances_class(
        &self,
        value: Node<'a>,
        scope: ScopeId,
    ) -> bool {
        self.makes_class(value, scope)
            && (value.field("function"))
                .and_then(|f| crate::core::analysis::unpicklable::qualified_name(self, f, scope))
                .is_none_or(|q| q != "typing.TypedDict")
    }

    /// Whether `value`, read in `scope`, is a call that makes a class (`namedtuple("Cfg",
    /// "a b")`, `make_dataclass(...)`, `type("Cfg", (), {})`): `CLASS_FACTORIES`, or the
    /// three-argument `type`.
    pub(in crate::core::analysis) fn makes_class(&self, value: Node<'a>, scope: ScopeId) -> bool {
        if value.kind_name() != "call" {
            return false;
        }
        let Some(qualified) = (value.field("function"))
            .and_then(|f| crate::core::analysis::unpicklable::qualified_name(self, f, scope))
        else {
            return false;
        };
        CLASS_FACTORIES.contains(&qualified.as_str())
            || (qualified == "builtins.type"
                && value.field("arguments").is_some_and(|arguments| {
                    let mut cursor = arguments.walk();
                    (arguments.named_children(&mut cursor))
                        .filter(|a| a.kind_name() != "comment")
                        .count()
                        == 3
                }))
    }

    /// The class a module-level, undecorated `class` statement binds, when one of its methods,
    /// its own or inherited (`inheritance`), is a wrapper, a factory or a property giving a
    /// pool or executor (`factories::provides_pools`): only then can an instance's member be
    /// a process API, so every other class stays `Unknown` as before and costs little more.
    pub(super) fn own_class(&self, id: BindingId) -> Option<Value> {
        let binding = self.model.binding(id);
        if binding.scope != SemanticModel::MODULE {
            return None;
        }
        // A decorated class's statement is its `decorated_definition`, which creates no scope:
        // the decorator may return anything, except `@dataclass`, which returns the class
        // with its generated constructor (`dataclasses`).
        if let Some(class) = self.decorated_dataclass(binding.statement) {
            return Some(Value::OwnClass(class));
        }
        let class = match self.model.scope_created_by(binding.statement) {
            Some(class) => class,
            // A dataclass whose methods, not its constructor, are wrappers.
            None => self.dataclass_scope(binding.statement)?,
        };
        let declared = !(self.inferred.is_empty() && self.apis.is_empty());
        let wraps = (declared && (self.defines_wrapper(class) || self.inherits_wrappers(class)))
            || self.provides_pools(class)
            || self.inherits_pools(class)
            || !self.held_pools(class).is_empty()
            || (declared && !self.held_objects(class).is_empty())
            || self.specializes(class);
        wraps.then_some(Value::OwnClass(class))
    }

    /// `cls` in a `@classmethod` of a module-level class whose instances are followed
    /// (`own_class`): the class itself, so that `return cls(n)` makes an instance of it, as
    /// `Runner(n)` does. A subclass calling the method it inherits gets an instance of its own
    /// class instead, so a call through a subclass reads the factory only when that subclass
    /// defines it (`own_class_method`).
    pub(super) fn class_self(&self, id: BindingId) -> Option<Value> {
        let binding = self.model.binding(id);
        let method = binding.scope;
        let class = self.model.scope(method).parent?;
        let in_class = self.model.scope(method).kind == ScopeKind::Function
            && self.model.scope(class).kind == ScopeKind::Class;
        if !in_class || self.first_parameter(method) != Some(binding.name.as_str()) {
            return None;
        }
        if self.called_as(self.scope_node(method)?)? != Called::ClassMethod {
            return None;
        }
        let name = self.model.scope(class).name.as_deref()?;
        if self.module_class(name)? != class {
            return None;
        }
        // The class's binding, evaluated once (`eval_binding`), rather than walked again for
        // each classmethod read.
        match self.value_of_global(name) {
            value @ Value::OwnClass(_) => Some(value),
            _ => None,
        }
    }

    /// A method of an `OwnInstance`'s class: the wrapper or factory its resolution order
    /// reaches for `name` (`inheritance`).
    pub(in crate::core::analysis) fn own_method(&self, class: ScopeId, name: &str) -> Value {
        if name == "__init__"
            && let Some(row) = self.generated_init(class)
        {
            return Value::Function(row);
        }
        self.inherited(class, name)
    }

    /// A method called on the class itself: the inferred wrapper `name` is by the class's
    /// resolution order, a plain method taking the instance first (`Runner._map(runner, fn,
    /// xs)`, see `methods::on_class`); a factory (of pools, or of instances of a class with
    /// wrapper methods: `Runner.create()`) only when it is a `@staticmethod` or
    /// `@classmethod` the class defines, which needs no instance.
    pub(super) fn own_class_method(&self, class: ScopeId, name: &str) -> Value {
        match self.own_method(class, name) {
            Value::Function(row) => Value::Function(on_class(row)),
            value @ (Value::Factory { .. } | Value::ObjectFactory(_))
                if self.needs_no_instance(class, name) =>
            {
                value
            }
            _ => Value::Unknown,
        }
    }

    /// A plain factory method called on its class with an instance of the class written first
    /// (`Runner.make(runner)`): the factory `runner.make()` is. The instance may be of a
    /// subclass whose own `make` is the same factory (it inherits it and keeps the state it
    /// reads). Without such an instance, `Unknown`: the method could be given any object.
    pub(super) fn factory_on_class(
        &self,
        function: Node<'a>,
        arguments: Option<Node<'a>>,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let (Some(object), Some(attr), Some(arguments)) = (
            function.field("object"),
            function.field("attribute"),
            arguments,
        ) else {
            return Value::Unknown;
        };
        if function.kind_name() != "attribute" || object.kind_name() != "identifier" {
            return Value::Unknown;
        }
        let Value::OwnClass(class) = self.eval_depth(object, scope, depth + 1) else {
            return Value::Unknown;
        };
        let name = self.text(attr);
        let found = self.own_method(class, name);
        let Some(first) = argument(arguments, self.source, Some(0), None)
            .filter(|_| matches!(found, Value::Factory { .. }))
        else {
            return Value::Unknown;
        };
        match self.eval_depth(first, scope, depth + 1) {
            Value::OwnInstance(of) if of == class || self.own_method(of, name) == found => found,
            _ => Value::Unknown,
        }
    }

    /// Whether the `name` that `class`'s resolution order reaches is a `@staticmethod` or a
    /// `@classmethod`: the class's own, or one it inherits (`Sub.make_pool(2)` with
    /// `make_pool` a static method of `Base`). A member of a class of another file of the
    /// run counts as one, as it does when that class itself is imported and called
    /// (`exports`: the other file judged it).
    pub(in crate::core::analysis) fn needs_no_instance(&self, class: ScopeId, name: &str) -> bool {
        let defining = match self.model.bindings_of(class, name) {
            [] => self.linearization(class).and_then(|order| {
                order
                    .into_iter()
                    .skip(1)
                    .find_map(|ancestor| match ancestor {
                        Ancestor::Own(scope) if !self.model.bindings_of(scope, name).is_empty() => {
                            Some(Ok(scope))
                        }
                        Ancestor::Own(_) => None,
                        Ancestor::Imported(_) => Some(Err(true)),
                        Ancestor::Opaque(_) => Some(Err(false)),
                    })
            }),
            _ => Some(Ok(class)),
        };
        let defining = match defining {
            Some(Ok(defining)) => defining,
            Some(Err(imported)) => return imported,
            None => return false,
        };
        let [only] = self.model.bindings_of(defining, name) else {
            return false;
        };
        let def = self
            .statement_node(self.model.binding(*only).statement)
            .and_then(|s| s.field("definition"));
        matches!(
            def.and_then(|def| self.called_as(def)),
            Some(Called::Static | Called::ClassMethod)
        )
    }

    /// `self.pool` where some method of the enclosing class assigns `self.pool = <value>`:
    /// the value of those assignments, when they agree.
    pub(super) fn eval_self_attribute(
        &self,
        object: &str,
        attr: &str,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let Some(class_scope) = self.method_class(object, scope) else {
            return Value::Unknown;
        };
        if let Some(value) = self.assumed_attribute(object, scope, attr) {
            return value;
        }
        let class_scope = self.template_attribute_class(class_scope, attr);
        match self.attribute_value(class_scope, attr, depth) {
            // A row its flag's literal closes (`ApiRow::closed`) is no wrapper here either.
            Value::Function(row) if !row.closed() => Value::Function(row),
            value => self.subclass_wrapper(class_scope, attr).unwrap_or(value),
        }
    }

    /// The wrapper `self.<attr>` is, in a method of the module-level class `class`, when the
    /// method it names is no wrapper there (or one closed by its flag's literal) but one as a
    /// subclass of the file runs it
    /// (`specialized`, `inheritance::template_methods`): `self` may be an instance of that
    /// subclass, whose flag sends the callable to a process pool.
    ///
    /// ```text
    /// class Runner:
    ///     use_processes = False
    ///     def map(self, fn, xs): ...          # threads for a Runner
    ///     def squares(self, xs):
    ///         return self.map(lambda x: x * x, xs)   # processes for a ProcRunner
    ///
    /// class ProcRunner(Runner):
    ///     def __init__(self):
    ///         self.use_processes = True
    /// ```
    pub(super) fn subclass_wrapper(&self, class: ScopeId, attr: &str) -> Option<Value> {
        if self.self_class.is_some() || self.specialized.is_empty() {
            return None;
        }
        // The method `self.<attr>` is on an instance of `of`, by its order: a subclass that
        // overrides it runs its own.
        let reached = |of: ScopeId| {
            self.linearization(of)?.iter().find_map(|ancestor| {
                let Ancestor::Own(scope) = ancestor else {
                    return Some(None);
                };
                match self.model.bindings_of(*scope, attr) {
                    [] => None,
                    [only] => Some(Some(*only)),
                    _ => Some(None),
                }
            })?
        };
        let binding = reached(class)?;
        let mut rows = (self.specialized.iter())
            .filter(|((of, method), row)| {
                *method == binding
                    && row.is_some()
                    && reached(*of) == Some(binding)
                    && self
                        .linearization(*of)
                        .is_some_and(|order| order.contains(&Ancestor::Own(class)))
            })
            .collect::<Vec<_>>();
        // The first subclass by where it starts, whatever the map's order.
        rows.sort_by_key(|((of, _), _)| self.model.scope(*of).range.start);
        let (_, row) = rows.first()?;
        Some(Value::Function((**row)?))
    }

    /// `Jobs.executor` where `Jobs` is a module-level class of the file whose body binds
    /// `executor = ProcessPoolExecutor(...)`: the pool, read on the class, when nothing else
    /// assigns the attribute (`self.executor = ...`, `cls.executor = ...` in a method, which
    /// may change it before the read). Only a pool or an executor.
    pub(super) fn class_body_pool(
        &self,
        object: Node<'a>,
        attr: &str,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let Some(class) = self.named_module_class(object, scope) else {
            return Value::Unknown;
        };
        let bindings = self.model.bindings_of(class, attr);
        if bindings.is_empty() || !self.set_in_body_only(class, self.text(object), attr) {
            return Value::Unknown;
        }
        match agreed(bindings.iter().map(|&id| self.eval_binding(id, depth + 1))) {
            value @ Value::Instance { class, .. } if class != Class::Process => value,
            _ => Value::Unknown,
        }
    }

    /// `Par.map` where the body of `Par`, a module-level class of the file, binds `map =
    /// staticmethod(_pmap)` (or `map = _pmap`, read on the class itself, where no instance is
    /// passed): the function it names, when that is a process API or a wrapper, and nothing
    /// else assigns the attribute.
    pub(super) fn class_body_function(
        &self,
        object: Node<'a>,
        attr: &str,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        match self.named_module_class(object, scope) {
            Some(class) => self.class_body_alias(class, self.text(object), attr, false, depth),
            None => Value::Unknown,
        }
    }

    /// `class_body_function` for the attribute `attr` of the module-level class `class`, named
    /// `name`; with `static_only`, only `staticmethod(...)`, which an instance reads as the
    /// class does.
    pub(in crate::core::analysis) fn class_body_alias(
        &self,
        class: ScopeId,
        name: &str,
        attr: &str,
        static_only: bool,
        depth: usize,
    ) -> Value {
        let [only] = self.model.bindings_of(class, attr) else {
            return Value::Unknown;
        };
        let binding = self.model.binding(*only);
        if !self.set_in_body_only(class, name, attr) {
            return Value::Unknown;
        }
        let Some(value) = binding
            .value
            .and_then(|v| self.node_at(v))
            .map(unparenthesize)
        else {
            return Value::Unknown;
        };
        let function = match value.kind_name() {
            "identifier" if !static_only => Some(value),
            "call" => (value.field("function"))
                .filter(|f| {
                    self.text(*f) == "staticmethod"
                        && self.model.resolve(class, "staticmethod") == Resolution::Builtin
                })
                .and_then(|_| argument(value.field("arguments")?, self.source, Some(0), None)),
            _ => None,
        };
        match function.map(|f| self.eval_depth(f, class, depth + 1)) {
            Some(Value::Function(row)) => Value::Function(row),
            _ => Value::Unknown,
        }
    }

    /// Whether a module-level class of the file binds `attr` in its body to a name or to
    /// `staticmethod(...)` of one (`class_body_function`), which a call `Par.attr(...)` may
    /// reach a wrapper through; found once, by a look at each class's bindings.
    pub(in crate::core::analysis) fn aliased_in_class_body(&self, attr: &str) -> bool {
        self.class_body_aliases().iter().any(|name| name == attr)
    }

    /// The attributes `aliased_in_class_body` answers for.
    pub(in crate::core::analysis) fn class_body_aliases(&self) -> &[String] {
        self.class_aliases.get_or_init(|| {
            let mut names = Vec::new();
            for class in (0..self.model.scopes.len()).map(|i| ScopeId(i as u32)) {
                let scope = self.model.scope(class);
                if scope.kind != ScopeKind::Class || scope.parent != Some(SemanticModel::MODULE) {
                    continue;
                }
                for (name, ids) in &scope.bindings {
                    let aliased = ids.iter().any(|&id| {
                        let binding = self.model.binding(id);
                        binding.kind == BindingKind::Assignment
                            && (binding.value.and_then(|v| self.node_at(v)))
                                .map(unparenthesize)
                                .is_some_and(|v| match v.kind_name() {
                                    "identifier" => true,
                                    "call" => v
                                        .field("function")
                                        .is_some_and(|f| self.text(f) == "staticmethod"),
                                    _ => false,
                                })
                    });
                    if aliased {
                        names.push(name.clone());
                    }
                }
            }
            names.sort_unstable();
            names.dedup();
            names
        })
    }

    /// Whether the attribute `attr` of the module-level class `class`, named `name`, is set
    /// only by assignments in the class body: by no other binding there, by no `self.<attr>
    /// = ...` in its methods, and by no `<name>.<attr> = ...` anywhere in the file.
    fn set_in_body_only(&self, class: ScopeId, name: &str, attr: &str) -> bool {
        (self.model.bindings_of(class, attr).iter())
            .all(|&id| self.model.binding(id).kind == BindingKind::Assignment)
            && self
                .assignments_to(class, attr)
                .is_some_and(|assigned| assigned.is_empty())
            && !self.assigned_on_class(name, attr)
    }

    /// Whether the file assigns `<class_name>.<attr>` anywhere (`Jobs.executor = ...`).
    fn assigned_on_class(&self, class_name: &str, attr: &str) -> bool {
        let spelled = format!("{class_name}.{attr}");
        self.source.match_indices(&spelled).any(|(at, _)| {
            let rest = self.source[at + spelled.len()..].trim_start();
            rest.starts_with('=') && !rest.starts_with("==")
        })
    }

    /// `class_attribute`, evaluated once per class and attribute. One being evaluated reads as
    /// `Unknown`, which cuts cycles: `self.ctx = self.ctx.copy()`, or two classes whose
    /// attributes hold instances of each other.
    fn attribute_value(&self, class_scope: ScopeId, attr: &str, depth: usize) -> Value {
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

    /// The pool or executor an instance of `class` holds in the plain attribute `attr`
    /// (`self.executor = ProcessPoolExecutor()` in `__init__`), as code outside the class
    /// reads it (`runner.executor.submit(...)`): what every assignment to it in the class
    /// agrees on (`values::agreed`), when that is a pool or an executor, or a process API's
    /// function (`self.submit = self.executor.submit`). A method or property
    /// of that name is `own_method`'s; a class whose text names no pool is not read
    /// (`may_make_pools`). Nor is a pool the constructor keeps from the caller who makes the
    /// instance (`kept_from_handed`), which only that caller knows.
    pub(in crate::core::analysis) fn held_pool(&self, class: ScopeId, attr: &str) -> Value {
        let defined = self.model.bindings_of(class, attr).iter();
        if !self.may_make_pools(class)
            || self.kept_from_handed(class, attr)
            || self.kept_chosen_pool(class, attr).is_some()
            || defined
                .clone()
                .any(|&id| self.model.binding(id).kind != BindingKind::Assignment)
        {
            return Value::Unknown;
        }
        match self.attribute_value(class, attr, 1) {
            value @ Value::Instance { class, .. } if class != Class::Process => value,
            // A pool's bound method (`self.submit = self._ex.submit`), or a wrapper, kept on
            // the instance: `engine.submit(fn, x)` calls it as it is, without the instance.
            value @ Value::Function(_)
                if self.model.bindings_of(class, attr).is_empty()
                    && self.holds_functions_only(class, attr) =>
            {
                value
            }
            _ => Value::Unknown,
        }
    }

    /// Whether every assignment to the attribute `attr` in `class` gives it a pool's method
    /// through another attribute that holds the pool (`held_pool`: not one handed to the
    /// constructor) or a module-level wrapper by its name. Any other value (a thread pool's
    /// method, a method of the instance, anything `agreed` lets give way) may be what a call
    /// reaches.
    fn holds_functions_only(&self, class: ScopeId, attr: &str) -> bool {
        let Some(assignments) = self.assignments_to(class, attr) else {
            return false;
        };
        !assignments.is_empty()
            && assignments.iter().all(|assignment| {
                let Some(value) = assignment.field("right") else {
                    return false;
                };
                match value.kind_name() {
                    "identifier" => match self
                        .model
                        .bindings_of(SemanticModel::MODULE, self.text(value))
                    {
                        [only] => {
                            self.model.binding(*only).kind == BindingKind::FunctionDef
                                && matches!(self.eval_binding(*only, 1), Value::Function(_))
                        }
                        _ => false,
                    },
                    "attribute" => value
                        .field("object")
                        .filter(|object| object.kind_name() == "attribute")
                        .and_then(|object| object.field("attribute"))
                        .is_some_and(|held| {
                            self.text(held) != attr
                                && matches!(
                                    self.held_pool(class, self.text(held)),
                                    Value::Instance { .. }
                                )
                        }),
                    _ => false,
                }
            })
    }

    /// The plain attributes in which an instance of `class` holds a pool or executor
    /// (`held_pool`), in name order, each with where the class first assigns it.
    pub(in crate::core::analysis) fn held_pools(
        &self,
        class: ScopeId,
    ) -> Vec<(String, usize, Value)> {
        match self.may_make_pools(class) {
            true => self.held_in_attributes(class, Self::held_pool),
            false => Vec::new(),
        }
    }

    /// The plain attributes of `class` for which `held` gives a value, in name order, each
    /// with that value and where the class first assigns it.
    fn held_in_attributes(
        &self,
        class: ScopeId,
        held: impl Fn(&Self, ScopeId, &str) -> Value,
    ) -> Vec<(String, usize, Value)> {
        if self.assignments_to(class, "").is_none() {
            return Vec::new();
        }
        let assigned = self.assignments.borrow();
        let mut names: Vec<String> = assigned
            .get(&class)
            .map(|by_attr| by_attr.keys().cloned().collect())
            .unwrap_or_default();
        drop(assigned);
        names.sort_unstable();
        names
            .into_iter()
            .filter_map(|name| match held(self, class, &name) {
                Value::Unknown => None,
                value => {
                    let first = self.assignments_to(class, &name)?.first()?.start_byte();
                    Some((name, first, value))
                }
            })
            .collect()
    }

    /// The instance of a class with wrapper methods that an instance of `class` holds in the
    /// plain attribute `attr` (`self.compute = ComputeService(workers)` in `__init__`), as
    /// code outside the class reads it (`app.compute.compute(fn, xs)`): an `OwnInstance` of
    /// this file or a `Declared` instance of another file of the run, when every assignment to
    /// it in the class agrees on it (`values::agreed`). Only in a run that knows wrappers
    /// (`own_class`), and never for a method, property or class-level name of that name.
    pub(in crate::core::analysis) fn held_object(&self, class: ScopeId, attr: &str) -> Value {
        let knows_wrappers = !(self.inferred.is_empty() && self.apis.is_empty());
        if !knows_wrappers || !self.model.bindings_of(class, attr).is_empty() {
            return Value::Unknown;
        }
        match self.attribute_value(class, attr, 1) {
            value @ (Value::OwnInstance(_) | Value::Declared(_)) => value,
            _ => Value::Unknown,
        }
    }

    /// The plain attributes in which an instance of `class` holds an instance of a class
    /// with wrapper methods (`held_object`), in name order, each with where the class first
    /// assigns it.
    pub(in crate::core::analysis) fn held_objects(
        &self,
        class: ScopeId,
    ) -> Vec<(String, usize, Value)> {
        match self.inferred.is_empty() && self.apis.is_empty() {
            true => Vec::new(),
            false => self.held_in_attributes(class, Self::held_object),
        }
    }

    /// The value every `self.<attr> = value` in the methods of `class_scope` assigns, and the
    /// class body's own `<attr> = value`.
    fn class_attribute(&self, class_scope: ScopeId, attr: &str, depth: usize) -> Value {
        let Some(assignments) = self.assignments_to(class_scope, attr) else {
            return Value::Unknown;
        };
        // `self.executor = executor or ThreadPoolExecutor(2)`, with a pool handed to the
        // constructor: within the class, the attribute is that pool whenever the caller
        // passes one, and `kept_pools` judges each call of the class by what it passes.
        if let Some(pool) = self.kept_handed_pool(class_scope, attr) {
            return pool;
        }
        if let Some((pool, ..)) = self.kept_chosen_pool(class_scope, attr) {
            return pool;
        }
        if self.assigns_thread_pool(&assignments) {
            return Value::Unknown;
        }
        // A class attribute (`_ctx = mp.get_context()` in the class body) is what `self._ctx`
        // reads until an instance assigns its own.
        let in_body = self
            .model
            .bindings_of(class_scope, attr)
            .iter()
            .map(|&id| self.eval_binding(id, depth + 1));
        let value = agreed(
            in_body.chain(
                assignments
                    .into_iter()
                    .filter_map(|node| self.self_assignment(node, attr, class_scope, depth)),
            ),
        );
        match value {
            // A method the class does not define but inherits (`class Sub(Runner)`, with
            // `Runner` of this file or imported from a file of the run that defines its
            // `_map`): `self._map` in `Sub` is that API, by the resolution order.
            Value::Unknown if self.model.bindings_of(class_scope, attr).is_empty() => {
                self.inherited(class_scope, attr)
            }
            value => value,
        }
    }

    /// The values assigned to `<object>.<attr>` anywhere in the class of `class_scope`
    /// (`assignments_to`), each with the scope it is read in.
    pub(in crate::core::analysis) fn assigned_to_attribute(
        &self,
        class_scope: ScopeId,
        attr: &str,
    ) -> Option<Vec<(Node<'a>, ScopeId)>> {
        let assignments = self.assignments_to(class_scope, attr)?;
        Some(
            (assignments.into_iter())
                .filter_map(|node| {
                    let right = node.field("right")?;
                    Some((right, self.model.scope_at(node.start_byte())))
                })
                .collect(),
        )
    }

    /// The names of the attributes assigned anywhere in the class of `class_scope`
    /// (`assignments_to`), sorted.
    pub(in crate::core::analysis) fn assigned_attribute_names(
        &self,
        class_scope: ScopeId,
    ) -> Vec<String> {
        if self.assignments_to(class_scope, "").is_none() {
            return Vec::new();
        }
        let index = self.assignments.borrow();
        let mut names: Vec<String> = (index.get(&class_scope))
            .map(|by_attr| by_attr.keys().cloned().collect())
            .unwrap_or_default();
        names.sort_unstable();
        names
    }

    /// The assignments to `<object>.<attr>` anywhere in the class of `class_scope`, in source
    /// order (so that the first disagreement stops the evaluation predictably); `None` when
    /// the class has no node. The class is walked once, the first time one of its attributes
    /// is read; the index keeps ranges, as nodes in a cache would tie the evaluator's lifetime.
    pub(super) fn assignments_to(&self, class_scope: ScopeId, attr: &str) -> Option<Vec<Node<'a>>> {
        let class_node = self.scope_node(class_scope)?;
        if !self.assignments.borrow().contains_key(&class_scope) {
            let index = self.attribute_assignments(class_node);
            self.assignments.borrow_mut().insert(class_scope, index);
        }
        let index = self.assignments.borrow();
        let ranges = index
            .get(&class_scope)
            .and_then(|by_attr| by_attr.get(attr));
        Some(assignments_at(
            class_node,
            ranges.map_or(&[], Vec::as_slice),
        ))
    }

    /// Every assignment in `class_node` whose target is `<identifier>.<attr>`, by `attr`, in
    /// source order.
    fn attribute_assignments(&self, class_node: Node<'a>) -> AttributeAssignments {
        let mut found = AttributeAssignments::new();
        // One cursor for the whole class, in document order: a cursor per node costs several
        // times the step itself on the large classes of test modules.
        let mut cursor = class_node.walk();
        'walk: loop {
            let node = cursor.node();
            let kind = statement_kind(node);
            if kind == StatementKind::Assignment
                && let Some(attr) = self.assigned_attribute(node)
            {
                found
                    .entry(attr.to_string())
                    .or_default()
                    .push(TextRange::of(node));
            }
            if kind != StatementKind::Other && cursor.goto_first_child() {
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    break 'walk;
                }
            }
        }
        found
    }

    /// `attr` when `node` assigns `<identifier>.attr = <value>` (what `self_assignment`
    /// evaluates).
    fn assigned_attribute(&self, node: Node<'a>) -> Option<&'a str> {
        let left = node.field("left")?;
        node.field("right")?;
        let object = left.field("object")?;
        let name = left.field("attribute")?;
        (left.kind_name() == "attribute" && object.kind_name() == "identifier")
            .then(|| self.text(name))
    }

    /// The one assignment to `<self>.<attr>` in the class of the method whose instance
    /// `attribute` (`self.fn`, read in `scope`) reads, with the method that makes it, when
    /// it is the class's only binding of `attr` and made through that method's own instance.
    pub(in crate::core::analysis) fn only_self_assignment(
        &self,
        attribute: Node<'a>,
        scope: ScopeId,
    ) -> Option<(Node<'a>, ScopeId)> {
        let object = attribute.field("object")?;
        let attr = self.text(attribute.field("attribute")?);
        if object.kind_name() != "identifier" {
            return None;
        }
        let class = self.method_class(self.text(object), scope)?;
        if !self.model.bindings_of(class, attr).is_empty() {
            return None;
        }
        let assignments = self.assignments_to(class, attr)?;
        let [only] = assignments.as_slice() else {
            return None;
        };
        let left = only.field("left")?;
        let object = left.field("object")?;
        let method = self.model.scope_at(only.start_byte());
        (self.method_class(self.text(object), method) == Some(class)
            && self.model.scope(method).parent == Some(class))
        .then_some((*only, method))
    }

    /// Whether `attribute` (`self.pool`, read in `scope`) holds a thread pool whatever ran
    /// before: the class binds no such name itself, and every assignment to `<self>.<attr>`
    /// in its methods makes a thread pool (`self.pool = ThreadPoolExecutor(2)` in
    /// `__init__`). A choice (`... if procs else ThreadPoolExecutor(1)`) is none.
    pub(in crate::core::analysis) fn holds_thread_pool(
        &self,
        attribute: Node<'a>,
        scope: ScopeId,
    ) -> bool {
        let (Some(object), Some(attr)) = (attribute.field("object"), attribute.field("attribute"))
        else {
            return false;
        };
        let attr = self.text(attr);
        let Some(class) = (attribute.kind_name() == "attribute"
            && object.kind_name() == "identifier")
            .then(|| self.method_class(self.text(object), scope))
            .flatten()
        else {
            return false;
        };
        let Some(assignments) = self.assignments_to(class, attr) else {
            return false;
        };
        self.model.bindings_of(class, attr).is_empty()
            && !assignments.is_empty()
            && assignments.iter().all(|node| {
                let method = self.model.scope_at(node.start_byte());
                let made_on_self = node
                    .field("left")
                    .and_then(|left| left.field("object"))
                    .is_some_and(|object| {
                        self.method_class(self.text(object), method) == Some(class)
                    });
                made_on_self
                    && node
                        .field("right")
                        .is_some_and(|right| thread_pool(self, right, method))
            })
    }

    /// The literal that `self.<attr>` (or `cls.<attr>`), `read` in a method or a function
    /// nested in one, holds for the instances the evaluator reads the method for (its own
    /// class's, or a subclass's: `as_method_of`), when every value it may hold is that one:
    /// the value the body of the first class of the order that binds `attr` leaves there
    /// (`use_processes = False`, `top_level_value`), and each `self.<attr> = <value>` in a
    /// method of a class of its order (`instance_writes`), or only the last of its
    /// constructor when that settles it (`set_last_by_init`). Only when every class of the
    /// order is this file's, none of them reads its instance otherwise (`getattr(self, ...)`,
    /// `self.__dict__`), every other write of the attribute in the file is one of those
    /// (not `Runner.attr = True`, `runner.attr += 1`, `setattr`), and no other file of the
    /// run may set it, so that what the method reads is what the classes say.
    ///
    /// ```text
    /// class Runner:
    ///     use_processes = False
    ///     def map(self, fn, xs):
    ///         cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
    ///
    /// class ProcessRunner(Runner):     # `self.use_processes` in `map`: `False` for a
    ///     use_processes = True         # Runner, `True` for a ProcessRunner
    ///
    /// class Local:                     # `False` for a Local, whatever a sibling class
    ///     def __init__(self):          # sets on its own instances; with a subclass that
    ///         self.use_processes = False   # sets `True` in a method, either
    /// ```
    pub(in crate::core::analysis) fn class_constant(&self, read: Node<'a>) -> Option<Node<'a>> {
        let object = read.field("object")?;
        let attr = self.text(read.field("attribute")?);
        if read.kind_name() != "attribute" || object.kind_name() != "identifier" {
            return None;
        }
        let object = self.text(object);
        let scope = self.model.scope_at(read.start_byte());
        let class = self.method_class(object, scope)?;
        let Resolution::Scope(method) = self.model.resolve(scope, object) else {
            return None;
        };
        if self.model.bindings_of(method, object).len() != 1 || self.set_elsewhere(attr) {
            return None;
        }
        // Read with the flag either way (`inheritance::template_flags`).
        if self
            .assumed
            .as_ref()
            .is_some_and(|(name, value)| *name == attr && *value == Value::Unknown)
        {
            return None;
        }
        let order = self.linearization(class)?;
        let mut values = Vec::new();
        for ancestor in &order {
            let Ancestor::Own(scope) = ancestor else {
                return None;
            };
            let class_node = self.scope_node(*scope)?;
            if self.reads_instance_dynamically(class_node) || !self.plain_class(*scope, class_node)
            {
                return None;
            }
            if values.is_empty() && !self.model.bindings_of(*scope, attr).is_empty() {
                values.push(self.top_level_value(*scope, attr)?);
            }
        }
        // A class of the order sets it on the instances of `class`, and so does a class that
        // a subclass puts after it (a mixin's `__init_subclass__` setting `cls.<attr>`),
        // whose instances run this method as `class`'s do. A subclass sets it on its own,
        // read by `template_methods` as it runs the method, and `self.NAME` in the class's
        // methods may be that (`subclass_wrapper`); another class's are its business. A
        // class whose order is unknown may be any.
        let writes: Vec<(ScopeId, Node<'a>)> = (self.instance_writes(attr)?.into_iter())
            .filter(|(writer, _)| {
                order.contains(&Ancestor::Own(*writer))
                    || self.linearization(*writer).is_none()
                    || self.mixed_in_after(class, *writer)
            })
            .collect();
        if let Some(last) = self.set_last_by_init(&order, &writes) {
            return Some(last);
        }
        values.extend(
            (writes.iter())
                .filter_map(|(_, assignment)| Some(unparenthesize(assignment.field("right")?))),
        );
        self.agreed_literal(&values)
    }

    /// Whether a module-level class of the file has both `class` and `other` in its order,
    /// `other` neither in `class`'s own order nor a subclass of it.
    fn mixed_in_after(&self, class: ScopeId, other: ScopeId) -> bool {
        let module = self.model.scope(SemanticModel::MODULE);
        if (self.linearization(other)).is_some_and(|order| order.contains(&Ancestor::Own(class))) {
            return false;
        }
        (module.bindings.values().flatten()).any(|id| {
            let binding = self.model.binding(*id);
            binding.kind == BindingKind::ClassDef
                && self
                    .model
                    .scope_created_by(binding.statement)
                    .and_then(|scope| self.linearization(scope))
                    .is_some_and(|order| {
                        order.contains(&Ancestor::Own(class))
                            && order.contains(&Ancestor::Own(other))
                    })
        })
    }

    /// The value the constructor of an instance of the order `order` leaves in the attribute
    /// whatever the classes' bodies and the base's constructors set, when nothing sets it
    /// after construction: the `__init__` that runs (the first class of the order to define
    /// one, all of this file up to it) sets it last, in a statement of its own body with no
    /// `return` anywhere before it and no constructor called after it, and every other write
    /// of `writes` (the order's, each an assignment) is in that `__init__` before it or in the
    /// `__init__` of a class after its own, which the call of `super().__init__()` runs.
    ///
    /// ```text
    /// class Runner:
    ///     def __init__(self):
    ///         self.use_processes = True
    ///
    /// class Labeled(Runner):               # `False` for a Labeled
    ///     def __init__(self, label):
    ///         super().__init__()
    ///         self.use_processes = False
    /// ```
    fn set_last_by_init(
        &self,
        order: &[Ancestor],
        writes: &[(ScopeId, Node<'a>)],
    ) -> Option<Node<'a>> {
        let mut classes = order.iter();
        let (at, init) = loop {
            let Ancestor::Own(scope) = classes.next()? else {
                return None;
            };
            if self.model.bindings_of(*scope, "__init__").is_empty() {
                continue;
            }
            break (*scope, self.init_of(*scope)?);
        };
        let body = self.scope_node(init)?.field("body")?;
        let written_in = |assignment: &Node<'a>| self.model.scope_at(assignment.start_byte());
        // The last write that is a statement of the body itself.
        let last = (writes.iter())
            .filter(|(_, assignment)| {
                written_in(assignment) == init
                    && assignment.parent().and_then(|statement| statement.parent()) == Some(body)
            })
            .map(|(_, assignment)| *assignment)
            .max_by_key(|assignment| assignment.start_byte())?;
        let mut cursor = body.walk();
        let statements: Vec<Node<'a>> = body.named_children(&mut cursor).collect();
        let returns_before = statements
            .iter()
            .take_while(|statement| statement.end_byte() <= last.start_byte())
            .any(|statement| holds_own(*statement, "return_statement"));
        let constructs_after = statements
            .iter()
            .filter(|statement| statement.start_byte() >= last.end_byte())
            .any(|statement| self.text(*statement).contains("__init__"));
        if returns_before || constructs_after {
            return None;
        }
        let after_own = |writer: ScopeId| {
            order
                .iter()
                .skip_while(|ancestor| **ancestor != Ancestor::Own(at))
                .skip(1)
                .any(|ancestor| *ancestor == Ancestor::Own(writer))
        };
        let settled = writes.iter().all(|(writer, assignment)| {
            let scope = written_in(assignment);
            (scope == init && assignment.start_byte() <= last.start_byte())
                || (after_own(*writer) && Some(scope) == self.init_of(*writer))
        });
        settled
            .then(|| last.field("right").map(unparenthesize))
            .flatten()
    }

    /// The one literal all of `values` are (a name bound once to a literal standing for it),
    /// as the first gives it; the only value when there is one, whatever it is.
    fn agreed_literal(&self, values: &[Node<'a>]) -> Option<Node<'a>> {
        let (first, rest) = values.split_first()?;
        if rest.is_empty() {
            return Some(*first);
        }
        let literal = |value: Node<'a>| {
            let value = crate::core::analysis::inferred::literal_name(self, value).unwrap_or(value);
            Some((value, conditions::constant(value, self.source)?))
        };
        let (value, constant) = literal(*first)?;
        // The same kind as well: `0` tests as `False` does, but is not `False`.
        rest.iter()
            .all(|other| {
                literal(*other).is_some_and(|(other, same)| {
                    same == constant && other.kind_name() == value.kind_name()
                })
            })
            .then_some(value)
    }

    /// Each assignment of the file to `attr` on a method's own instance or class
    /// (`self.<attr> = <value>`, `cls.<attr> = <value>`, a statement of its own), with the
    /// class whose method makes it; `None` when the file may set
    /// the attribute any other way: on another object (`runner.use_processes = True`), by an
    /// augmented assignment, a tuple of targets, a loop or `del`, or by name (`setattr`).
    fn instance_writes(&self, attr: &str) -> Option<Vec<(ScopeId, Node<'a>)>> {
        if sets_attributes_by_name(self.source) {
            return None;
        }
        let spelled = format!(".{attr}");
        let mut writes = Vec::new();
        for (at, _) in self.source.match_indices(&spelled) {
            let end = at + spelled.len();
            if self.source[end..].starts_with(|c: char| c == '_' || c.is_alphanumeric()) {
                continue;
            }
            let Some(attribute) = self
                .root
                .descendant_for_byte_range(end - attr.len(), end)
                .and_then(|node| node.parent())
                .filter(|attribute| attribute.kind_name() == "attribute")
            else {
                continue;
            };
            if !crate::core::analysis::inferred::written_target(attribute) {
                continue;
            }
            let assignment = attribute
                .parent()
                .filter(|a| a.kind_name() == "assignment" && a.field("left") == Some(attribute))
                .filter(|a| {
                    a.parent()
                        .is_some_and(|s| s.kind_name() == "expression_statement")
                })?;
            let object = attribute
                .field("object")
                .filter(|o| o.kind_name() == "identifier")?;
            let scope = self.model.scope_at(object.start_byte());
            let class = self.method_class(self.text(object), scope)?;
            writes.push((class, assignment));
        }
        Some(writes)
    }

    /// The value the body of the class of scope `class` leaves in `attr` when every binding of
    /// it there is a plain assignment at the top of the body (not under an `if` or in a loop):
    /// the last one's (`use_processes = False`, then `use_processes = True`).
    pub(in crate::core::analysis) fn top_level_value(
        &self,
        class: ScopeId,
        attr: &str,
    ) -> Option<Node<'a>> {
        let class_node = self.scope_node(class)?;
        let mut last = None;
        for id in self.model.bindings_of(class, attr) {
            let binding = self.model.binding(*id);
            if !matches!(
                binding.kind,
                BindingKind::Assignment | BindingKind::AnnotatedAssignment
            ) {
                return None;
            }
            let bound = self.node_at(binding.value?)?;
            let mut above = bound.parent()?;
            while matches!(above.kind_name(), "assignment" | "expression_statement") {
                above = above.parent()?;
            }
            if above.kind_name() != "block" || above.parent() != Some(class_node) {
                return None;
            }
            last = Some(bound);
        }
        last
    }

    /// Whether the class of `scope` (whose node is `class_node`) makes its attributes as its
    /// body says: no decorator, no keyword among its bases (`metaclass=`), and none of the
    /// methods that change how its attributes are made, read or set.
    fn plain_class(&self, scope: ScopeId, class_node: Node<'a>) -> bool {
        const HOOKS: [&str; 4] = [
            "__init_subclass__",
            "__getattribute__",
            "__getattr__",
            "__setattr__",
        ];
        let decorated = class_node
            .parent()
            .is_some_and(|p| p.kind_name() == "decorated_definition");
        let keyword = class_node.field("superclasses").is_some_and(|bases| {
            named_items(bases)
                .iter()
                .any(|b| b.kind_name() == "keyword_argument")
        });
        !decorated
            && !keyword
            && HOOKS
                .iter()
                .all(|hook| self.model.bindings_of(scope, hook).is_empty())
    }

    /// Whether the file sets an attribute named `attr` on anything (`Runner.attr = True`,
    /// `runner.attr += 1`, `a.attr, b = ...`, `for r.attr in ...`, `with ... as r.attr`,
    /// `del r.attr`), or may set one without naming it (`setattr`, `object.__setattr__`,
    /// `vars(r).update(...)`, `r.__dict__[...]`). Comments and strings do not count. Or
    /// another file of the run may set one (`par.USE_THREADS = False` in `pkg/__init__.py`,
    /// `core::attribute_writes`).
    pub(in crate::core::analysis) fn sets_attribute_anywhere(&self, attr: &str) -> bool {
        sets_attribute_in(self.root, self.source, attr) || self.set_elsewhere(attr)
    }

    /// The module-level classes of the file whose instance `object`, read in `scope`, may
    /// be: a method's own (`self`), one made in place (`Service()`), one a binding of the name
    /// makes (`svc = Service()`), or one such an instance keeps in an attribute its class
    /// assigns (`app.svc`, after `self.svc = Service()` in `App`), through at most
    /// `MAX_KEPT_CHAIN` attributes.
    pub(in crate::core::analysis) fn instance_classes(
        &self,
        object: Node<'a>,
        scope: ScopeId,
    ) -> Vec<ScopeId> {
        self.instance_classes_within(object, scope, 0)
    }

    fn instance_classes_within(
        &self,
        object: Node<'a>,
        scope: ScopeId,
        depth: usize,
    ) -> Vec<ScopeId> {
        let made = |value: Node<'a>, at: ScopeId| {
            let value = unparenthesize(value);
            let function = value
                .field("function")
                .filter(|_| value.kind_name() == "call")?;
            self.named_module_class(function, at)
        };
        let object = unparenthesize(object);
        let mut classes: Vec<ScopeId> = match object.kind_name() {
            "call" => made(object, scope).into_iter().collect(),
            "identifier" => match self.method_class(self.text(object), scope) {
                Some(class) => vec![class],
                None => {
                    let name = self.text(object);
                    let Resolution::Scope(owner) = self.model.resolve(scope, name) else {
                        return Vec::new();
                    };
                    (self.model.bindings_of(owner, name).iter())
                        .filter_map(|&id| {
                            let binding = self.model.binding(id);
                            made(self.node_at(binding.value?)?, binding.written_in)
                        })
                        .collect()
                }
            },
            "attribute" if depth < MAX_KEPT_CHAIN => {
                let (Some(inner), Some(attr)) = (object.field("object"), object.field("attribute"))
                else {
                    return Vec::new();
                };
                let attr = self.text(attr);
                (self
                    .instance_classes_within(inner, scope, depth + 1)
                    .into_iter())
                .flat_map(|class| self.assigned_to_attribute(class, attr).unwrap_or_default())
                .flat_map(|(right, at)| match made(right, at) {
                    Some(class) => vec![class],
                    // `self.svc = svc`, the constructor given `App(Service())`.
                    None => (self.passed_for(right, at).into_iter())
                        .filter_map(|(argument, scope)| made(argument, scope))
                        .collect(),
                })
                .collect()
            }
            _ => Vec::new(),
        };
        classes.sort_unstable();
        classes.dedup();
        classes
    }

    /// What the uses of the function whose parameter `name` (read in `scope`) names pass
    /// for it (`parameter_uses`), when the function never binds the name again.
    fn passed_for(&self, name: Node<'a>, scope: ScopeId) -> Vec<(Node<'a>, ScopeId)> {
        if name.kind_name() != "identifier" {
            return Vec::new();
        }
        let text = self.text(name);
        let Resolution::Scope(owner) = self.model.resolve(scope, text) else {
            return Vec::new();
        };
        match self.model.bindings_of(owner, text) {
            [only] if self.model.binding(*only).kind == BindingKind::Parameter => self
                .parameter_uses(*only)
                .unwrap_or_default()
                .into_iter()
                .flatten()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The class whose method's first parameter is `object`, as read from `scope`.
    pub(in crate::core::analysis) fn method_class(
        &self,
        object: &str,
        scope: ScopeId,
    ) -> Option<ScopeId> {
        let Resolution::Scope(function) = self.model.resolve(scope, object) else {
            return None;
        };
        // A template method read as a subclass runs it (`as_method_of`).
        let class = match self.self_class_of(function) {
            Some(subclass) => subclass,
            None => self.model.scope(function).parent?,
        };
        (self.model.scope(function).kind == ScopeKind::Function
            && self.model.scope(class).kind == ScopeKind::Class
            && self.first_parameter(function) == Some(object))
        .then_some(class)
    }

    pub(in crate::core::analysis) fn first_parameter(&self, function: ScopeId) -> Option<&'a str> {
        let node = self.scope_node(function)?;
        let params = node.field("parameters")?;
        let mut cursor = params.walk();
        let first = params
            .named_children(&mut cursor)
            .find(|p| p.kind_name() != "comment")?;
        let ident = match first.kind_name() {
            "identifier" => first,
            "typed_parameter" => first.named_child(0)?,
            "default_parameter" | "typed_default_parameter" => first.field("name")?,
            _ => return None,
        };
        Some(self.text(ident))
    }

    /// Whether one of `assignments` may give the attribute a thread pool the program names
    /// (`self.executor = ThreadPoolExecutor(2)` in `use_threads()`, or `... if procs else
    /// ThreadPoolExecutor(1)`): a read of it may find one, and which one it finds depends on
    /// what ran before, so it is no pool the run can tell.
    fn assigns_thread_pool(&self, assignments: &[Node<'a>]) -> bool {
        assignments.iter().any(|node| {
            node.field("right").is_some_and(|right| {
                self.may_give_thread_pool(right, self.model.scope_at(node.start_byte()))
            })
        })
    }

    /// The process pool the constructor of `class` keeps in `attr` on some paths, a thread
    /// pool on the others, or the class of either, kept to make pools with (`self._cls(2)` in
    /// a method), with what says when it keeps the process pool (`PoolChoice`):
    ///
    /// ```text
    /// self.pool = ProcessPoolExecutor(2) if flag else ThreadPoolExecutor(2)   # either way round
    ///
    /// if backend == "process":                      # `if`/`elif`/`else`, `match`, any test
    ///     self.pool = ProcessPoolExecutor(2)        # PoolChoice::Reached: the facts on the way
    /// elif backend == "thread":
    ///     self.pool = ThreadPoolExecutor(2)
    ///
    /// self.cls = ProcessPoolExecutor                # a default, then another choice
    /// if threads:                                   # PoolChoice::Unless: the test did not hold
    ///     self.cls = ThreadPoolExecutor
    /// ```
    ///
    /// Every assignment to the attribute is a statement of `__init__` itself, in no loop (or
    /// of `__enter__`, the attribute `None` in `__init__` until then); one gives the process
    /// pool (or a local class chosen so, called: `self.pool = cls(2)`) and the others a thread
    /// pool outright. The pool's is the last one to run (those after it in the source lie in
    /// other branches of an `if` or `match` it is in), so that the attribute holds it exactly
    /// when the method reaches it; or it is the first, given outright in the body itself,
    /// followed by one other under an `if` of the body without `elif` or `else`, with no
    /// `return` between. A pick from a table and a context for a start method are
    /// `kept_picked`'s. The class must read the attribute only in place (`read_as_receiver`).
    /// Within the class the attribute is that pool (or class), and each call of the class is
    /// judged by what it passes to the parameters the choice tests
    /// (`inferred::chosen_conditions`); code outside the class cannot tell. The pool, the
    /// scope of the method that chooses it, and the choice.
    pub(in crate::core::analysis) fn kept_chosen_pool(
        &self,
        class: ScopeId,
        attr: &str,
    ) -> Option<(Value, ScopeId, PoolChoice<'a>)> {
        let init = self.init_of(class)?;
        let mut assignments = self.assignments_to(class, attr)?;
        // A pool made when a `with` block is entered, `None` until then (`self._ex = None` in
        // `__init__`, the choice in `__enter__`).
        let placeholder = |assignment: &Node<'a>| {
            self.model.scope_at(assignment.start_byte()) == init
                && assignment
                    .field("right")
                    .is_some_and(|right| right.kind_name() == "none")
        };
        let first_made = assignments.iter().find(|a| !placeholder(a))?;
        let home = self.model.scope_at(first_made.start_byte());
        let entered = self.model.scope(home).name.as_deref() == Some("__enter__")
            && self.model.scope(home).parent == Some(class);
        if entered {
            assignments.retain(|a| !placeholder(a));
        }
        // The method that chooses: `__init__`, or `__enter__`.
        let chooser = match entered {
            true => home,
            false => init,
        };
        let def = self.scope_node(chooser)?;
        let in_chooser = |assignment: &Node<'a>| {
            let left = assignment.field("left");
            let object = left.and_then(|left| left.field("object"));
            assignment
                .parent()
                .is_some_and(|s| s.kind_name() == "expression_statement")
                && self.model.scope_at(assignment.start_byte()) == chooser
                && crate::core::analysis::lift::reach::enclosing_loops(*assignment)
                    .next()
                    .is_none()
                && left.is_some_and(|left| left.kind_name() == "attribute")
                && object.is_some_and(|o| self.method_class(self.text(o), chooser) == Some(class))
        };
        if assignments.is_empty() || !assignments.iter().all(in_chooser) {
            return None;
        }
        if let [only] = assignments.as_slice()
            && let Some((value, choice)) = self.kept_picked(class, attr, *only, chooser)
        {
            return Some((value, chooser, choice));
        }
        let process = |node: Node<'a>| match self.eval(node, chooser) {
            value @ (Value::Instance { class, fork: false }
            | Value::Class { class, fork: false })
                if class != Class::Process =>
            {
                Some(value)
            }
            _ => None,
        };
        // What each assignment may give: both branches of a conditional expression, also of
        // the one a local class is chosen by (`cls = P if flag else T`, `self.pool = cls(2)`).
        let (mut pool, mut threads) = (None, false);
        for (at, assignment) in assignments.iter().enumerate() {
            let mut right = unparenthesize(assignment.field("right")?);
            let made = self.chosen_local_class(right, chooser);
            if let Some(class) = made {
                right = class;
            }
            let given = match right.kind_name() {
                "conditional_expression" => vec![right.named_child(0)?, right.named_child(2)?],
                _ => vec![right],
            };
            for value in given {
                let found = process(value).and_then(|found| match (made, found) {
                    (None, found) => Some(found),
                    (Some(_), Value::Class { class, fork }) => {
                        Some(Value::Instance { class, fork })
                    }
                    (Some(_), _) => None,
                });
                match found {
                    Some(found) if pool.is_none() => pool = Some((at, value, found)),
                    Some(_) => return None,
                    // A thread pool outright, not one beside whatever a caller passes
                    // (`executor or ThreadPoolExecutor(2)`).
                    None if thread_pool(self, value, chooser) => threads = true,
                    None => return None,
                }
            }
        }
        let (at, reached, pool) = pool.filter(|_| threads)?;
        if !self.read_as_receiver(class, attr, matches!(pool, Value::Class { .. })) {
            return None;
        }
        if assignments[at + 1..]
            .iter()
            .all(|later| exclusive(assignments[at], *later))
        {
            return Some((pool, chooser, PoolChoice::Reached(reached)));
        }
        let test = overridden_default(&assignments, reached, def.field("body")?)?;
        Some((pool, chooser, PoolChoice::Unless(test)))
    }

    /// The choice of a class that `value`, in the constructor `init`, calls through a local
    /// bound once to it (`cls = ProcessPoolExecutor if flag else ThreadPoolExecutor`, then
    /// `self.pool = cls(2)`).
    fn chosen_local_class(&self, value: Node<'a>, init: ScopeId) -> Option<Node<'a>> {
        let local = value
            .field("function")
            .filter(|_| value.kind_name() == "call")
            .map(unparenthesize)
            .filter(|f| f.kind_name() == "identifier")?;
        let binding = self.model.sole_binding(init, self.text(local))?;
        let choice = unparenthesize(self.node_at(binding.value?)?);
        (binding.kind == BindingKind::Assignment
            && binding.scope == init
            && choice.kind_name() == "conditional_expression")
            .then_some(choice)
    }

    /// The pool's class `kept_chosen_pool` finds the constructor `init` picking in its one
    /// `assignment` to `attr` by a parameter, from a table of a process pool's class and a
    /// thread pool's (`self._cls = EXECUTORS[mode]`, `values::picked_classes`), or the
    /// context it makes for a start method it is given (`self.ctx =
    /// multiprocessing.get_context(start_method)`, a process context unless that is
    /// `"fork"`).
    fn kept_picked(
        &self,
        class: ScopeId,
        attr: &str,
        assignment: Node<'a>,
        init: ScopeId,
    ) -> Option<(Value, PoolChoice<'a>)> {
        let right = unparenthesize(assignment.field("right")?);
        let parameter = |node: Node<'a>| {
            node.kind_name() == "identifier"
                && matches!(self.model.bindings_of(init, self.text(node)),
                    [only] if self.model.binding(*only).kind == BindingKind::Parameter)
        };
        let (value, choice) = match right.kind_name() {
            "subscript" => {
                let entries = self.pick_entries(right, init)?;
                let pool = entries
                    .iter()
                    .find_map(|entry| match self.eval(entry.value, init) {
                        value @ Value::Class { class, fork: false } if class != Class::Process => {
                            Some(value)
                        }
                        _ => None,
                    })?;
                let threads = entries
                    .iter()
                    .any(|entry| thread_pool(self, entry.value, init));
                (threads.then_some(pool)?, PoolChoice::Picked(right))
            }
            "call" => {
                let function = right.field("function")?;
                let method = argument(
                    right.field("arguments")?,
                    self.source,
                    Some(0),
                    Some("method"),
                )?;
                let method = unparenthesize(method);
                if self.eval(function, init) != Value::GetContext || !parameter(method) {
                    return None;
                }
                (
                    Value::Context { fork: false },
                    PoolChoice::StartMethod(method),
                )
            }
            _ => return None,
        };
        self.read_as_receiver(class, attr, matches!(value, Value::Class { .. }))
            .then_some((value, choice))
    }

    /// Whether every read of `<object>.attr` in the class of scope `class`, other than an
    /// assignment to it, uses what the attribute holds where `kept_pools` follows it to the
    /// constructor's choice: a pool as the object of a method (`self.pool.map`), a `with` item
    /// or a local's value; a pool's class (`class_valued`) called to make a pool used so
    /// (`with self._cls(2) as ex`). A read that stores it elsewhere, passes it on, or aliases
    /// the class would carry the pool out of the choice's reach, and so would a write the
    /// assignments do not list (`self.pool, self.n = ...`, `for self.pool in ...`,
    /// `setattr`).
    pub(in crate::core::analysis) fn read_as_receiver(
        &self,
        class: ScopeId,
        attr: &str,
        class_valued: bool,
    ) -> bool {
        let key = (class, attr.to_string(), class_valued);
        if let Some(known) = self.receivers.borrow().get(&key) {
            return *known;
        }
        let found = self.reads_as_receiver(class, attr, class_valued);
        self.receivers.borrow_mut().insert(key, found);
        found
    }

    fn reads_as_receiver(&self, class: ScopeId, attr: &str, class_valued: bool) -> bool {
        let Some(class_node) = self.scope_node(class) else {
            return false;
        };
        // `setattr(self, "pool", ...)`, `self.__dict__["pool"] = ...` write it under a name
        // no read shows.
        let text = self.text(class_node);
        if ["setattr(", "__dict__", "vars("]
            .iter()
            .any(|write| text.contains(write))
        {
            return false;
        }
        let used = |read: Node<'a>| -> bool {
            let parent = read.parent();
            if parent
                .is_some_and(|p| p.kind_name() == "assignment" && p.field("left") == Some(read))
            {
                return true;
            }
            let value = match class_valued {
                true => match parent {
                    Some(call)
                        if call.kind_name() == "call" && call.field("function") == Some(read) =>
                    {
                        call
                    }
                    _ => return false,
                },
                false => read,
            };
            value.parent().is_some_and(|user| match user.kind_name() {
                // A method called at once (`self.pool.map(...)`), not one kept to call later.
                "attribute" => {
                    user.field("object") == Some(value)
                        && user.parent().is_some_and(|call| {
                            call.kind_name() == "call" && call.field("function") == Some(user)
                        })
                }
                "as_pattern" | "with_item" => true,
                // A pool made from the class, in a local (`ex = self._cls(2)`).
                "assignment" => {
                    class_valued
                        && user.field("right") == Some(value)
                        && user
                            .field("left")
                            .is_some_and(|l| l.kind_name() == "identifier")
                }
                _ => false,
            })
        };
        crate::core::parse::preorder(class_node).all(|node| {
            let read = node.kind_name() == "attribute"
                && node
                    .field("attribute")
                    .is_some_and(|a| self.text(a) == attr)
                && node
                    .field("object")
                    .is_some_and(|o| o.kind_name() == "identifier");
            !read || used(node)
        })
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
        let left = node.field("left")?;
        let right = node.field("right")?;
        if left.kind_name() != "attribute" {
            return None;
        }
        let object = left.field("object")?;
        let name = left.field("attribute")?;
        if object.kind_name() != "identifier" || self.text(name) != attr {
            return None;
        }
        let scope = self.model.scope_at(node.start_byte());
        let owner = self.method_class(self.text(object), scope)?;
        (owner == class_scope).then(|| self.eval_depth(right, scope, depth + 1))
    }
}

/// The `assignment` nodes of `class_node` at `ranges`.
fn assignments_at<'a>(class_node: Node<'a>, ranges: &[TextRange]) -> Vec<Node<'a>> {
    let assignment_at = |range: &TextRange| {
        let mut node = class_node.descendant_for_byte_range(range.start, range.end)?;
        // The smallest node spanning an assignment is the assignment, unless a wrapper of the
        // same extent is returned: climb to it.
        while node.kind_name() != "assignment" || TextRange::of(node) != *range {
            node = node.parent()?;
        }
        Some(node)
    };
    ranges.iter().filter_map(assignment_at).collect()
}

/// What the walk for attribute assignments makes of a node. In tree-sitter-python's grammar an
/// `assignment` is a child of an `expression_statement`, or the right side of another
/// `assignment` or `augmented_assignment` (`a.x = b.y = v`), and statements live only in the
/// blocks of the compound statements: so the walk enters those and nothing else. An expression
/// (a call's arguments, a string, a lambda) holds no statement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StatementKind {
    Assignment,
    /// A node whose children may hold an assignment.
    Container,
    Other,
}

fn statement_kind(node: Node<'_>) -> StatementKind {
    static TABLE: OnceLock<Vec<StatementKind>> = OnceLock::new();
    let table = TABLE.get_or_init(|| kind_table(statement_kind_named, StatementKind::Other));
    kind_in(table, node, StatementKind::Other)
}

fn statement_kind_named(name: &str) -> StatementKind {
    match name {
        "assignment" => StatementKind::Assignment,
        "module"
        | "block"
        | "expression_statement"
        | "augmented_assignment"
        | "function_definition"
        | "class_definition"
        | "decorated_definition"
        | "if_statement"
        | "elif_clause"
        | "else_clause"
        | "for_statement"
        | "while_statement"
        | "try_statement"
        | "except_clause"
        | "except_group_clause"
        | "finally_clause"
        | "with_statement"
        | "match_statement"
        | "case_clause" => StatementKind::Container,
        _ => StatementKind::Other,
    }
}

/// The test of the `if` whose thread pool overrides the process pool `reached`, given
/// outright (no choice of its own) by the first of two `assignments` in the method's `body`
/// itself: the second under that `if`, a statement of the body without `elif` or `else`, no
/// `return` before it (`kept_chosen_pool`'s `PoolChoice::Unless`).
fn overridden_default<'a>(
    assignments: &[Node<'a>],
    reached: Node<'a>,
    body: Node<'a>,
) -> Option<Node<'a>> {
    let [first, second] = assignments else {
        return None;
    };
    let (before, after) = (first.parent()?, second.parent()?);
    let choice = after.parent()?.parent()?;
    let mut cursor = choice.walk();
    let alternative = choice
        .named_children(&mut cursor)
        .any(|c| matches!(c.kind_name(), "elif_clause" | "else_clause"));
    let returns = crate::core::parse::preorder(body).any(|node| {
        node.kind_name() == "return_statement"
            && (before.end_byte()..second.start_byte()).contains(&node.start_byte())
    });
    let outright = first.field("right").map(unparenthesize) == Some(reached);
    if !outright
        || before.parent() != Some(body)
        || choice.kind_name() != "if_statement"
        || choice.parent() != Some(body)
        || choice.field("consequence") != after.parent()
        || alternative
        || returns
    {
        return None;
    }
    choice.field("condition")
}

/// When a constructor keeps the process pool it chooses (`Evaluator::kept_chosen_pool`).
#[derive(Clone, Copy, Debug)]
pub enum PoolChoice<'a> {
    /// When it reaches this value (the facts on every path to it).
    Reached(Node<'a>),
    /// When this test, which chooses another, does not hold.
    Unless(Node<'a>),
    /// When this pick from a table (`EXECUTORS[mode]`) gives the process pool's class
    /// (`conditions::pick_fact`).
    Picked(Node<'a>),
    /// When the start method this parameter gives `get_context` is not `"fork"`.
    StartMethod(Node<'a>),
}

/// Whether `later`, after `earlier` in the source, never runs after it: the two lie in
/// different branches of one `if` statement (`inferred::other_branches`) or `case`s of one
/// `match`.
fn exclusive(earlier: Node<'_>, later: Node<'_>) -> bool {
    if crate::core::analysis::inferred::other_branches(earlier, later) {
        return true;
    }
    let holds = |outer: Node<'_>, inner: Node<'_>| {
        outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
    };
    let Some(common) =
        std::iter::successors(later.parent(), Node::parent).find(|n| holds(*n, earlier))
    else {
        return false;
    };
    // The `case` of the `match` body `common` that holds `node`.
    let case = |node: Node<'_>| {
        named_items(common)
            .into_iter()
            .position(|c| c.kind_name() == "case_clause" && holds(c, node))
    };
    common.kind_name() == "block"
        && common
            .parent()
            .is_some_and(|m| m.kind_name() == "match_statement")
        && matches!((case(earlier), case(later)), (Some(x), Some(y)) if x != y)
}

/// `Evaluator::sets_attribute_anywhere` for the file of `root`, whose text is `source`.
pub(in crate::core::analysis) fn sets_attribute_in(
    root: Node<'_>,
    source: &str,
    attr: &str,
) -> bool {
    sets_attribute_on(root, source, attr, |_| true)
}

/// `sets_attribute_in`, counting a target only when `counts` says so of its object.
fn sets_attribute_on(
    root: Node<'_>,
    source: &str,
    attr: &str,
    counts: impl Fn(Node<'_>) -> bool,
) -> bool {
    if sets_attributes_by_name(source) {
        return true;
    }
    let spelled = format!(".{attr}");
    source.match_indices(&spelled).any(|(at, _)| {
        let end = at + spelled.len();
        if source[end..].starts_with(|c: char| c == '_' || c.is_alphanumeric()) {
            return false;
        }
        let Some(node) = root.descendant_for_byte_range(end - attr.len(), end) else {
            return false;
        };
        node.parent()
            .filter(|attribute| attribute.kind_name() == "attribute")
            .filter(|attribute| attribute.field("object").is_some_and(&counts))
            .is_some_and(crate::core::analysis::inferred::written_target)
    })
}

/// Whether a file other than the one binding a value judged by its literal (a module
/// constant, a class attribute) may set it, as the attribute `attr` (`core::attribute_writes`):
/// a target of that name on anything but a bare `self` or `cls` (`par.attr = ...`,
/// `runner.attr = ...`), a way of setting attributes by name (`sets_attributes_by_name`), or
/// a string naming it alone or last (`"attr"`, `"pkg.par.attr"`, as `setattr`,
/// `mock.patch.object`, `mock.patch` and pytest's `monkeypatch.setattr` take it), or, in a
/// file calling `multiple(`, a keyword of that name (`mock.patch.multiple(module, attr=...)`). What a
/// class of that file binds or sets on its own instances is none: an instance whose class's
/// order holds a class of another file is not judged by a literal.
pub(crate) fn sets_attribute_from(root: Node<'_>, source: &str, attr: &str) -> bool {
    let own = |object: Node<'_>| {
        object.kind_name() == "identifier" && matches!(&source[object.byte_range()], "self" | "cls")
    };
    if sets_attribute_on(root, source, attr, |object| !own(object)) {
        return true;
    }
    // `mock.patch.multiple("pkg.settings", USE_THREADS=False)` names it as a keyword.
    let patches_many = source.contains("multiple(");
    source.match_indices(attr).any(|(at, _)| {
        let before = source[..at].chars().next_back();
        let rest = &source[at + attr.len()..];
        let after = rest.chars().next();
        let keyword = patches_many
            && matches!(code_before(&source[..at]), Some('(' | ','))
            && rest
                .trim_start()
                .strip_prefix('=')
                .is_some_and(|r| !r.starts_with('='));
        keyword || (matches!(after, Some('"' | '\'')) && matches!(before, Some('"' | '\'' | '.')))
    })
}

/// The last character of `text` that is code: blanks and the comments of the lines it ends
/// with left out (a `#` taken as a comment wherever it is, which may only make a keyword
/// look like one).
fn code_before(text: &str) -> Option<char> {
    text.lines()
        .rev()
        .map(|line| line.split('#').next().unwrap_or(line).trim_end())
        .find(|code| !code.is_empty())
        .and_then(|code| code.chars().next_back())
}

/// Whether `source` calls `setattr` (the builtin's name, however reached) with a name it does
/// not write out as a string: it may set an attribute of any name.
pub(crate) fn sets_attribute_by_variable(root: Node<'_>, source: &str) -> bool {
    source.match_indices("setattr(").any(|(at, _)| {
        let name = at + "setattr".len();
        root.descendant_for_byte_range(name - 1, name)
            .and_then(|node| node.parent())
            .filter(|n| n.kind_name() == "call" || n.kind_name() == "attribute")
            .and_then(|n| match n.kind_name() {
                "attribute" => n.parent().filter(|call| call.kind_name() == "call"),
                _ => Some(n),
            })
            .and_then(|call| call.field("arguments"))
            .is_some_and(|arguments| {
                // `monkeypatch.setattr("pkg.par.NAME", value)` names it in its first.
                let items = crate::core::parse::named_items(arguments);
                let written = |at: usize| items.get(at).is_some_and(|a| a.kind_name() == "string");
                crate::core::parse::has_splats(arguments) || !(written(0) || written(1))
            })
    })
}

/// Whether `source` may set attributes without naming them in a target: `setattr`,
/// `object.__setattr__`, `vars(obj).update(...)`, `obj.__dict__[...] = ...`, or code it
/// cannot read (`exec`).
pub(in crate::core::analysis) fn sets_attributes_by_name(source: &str) -> bool {
    ["setattr(", "__setattr__", "vars(", "__dict__", "exec("]
        .iter()
        .any(|spelled| source.contains(spelled))
}
