//! Inherited methods: which class's `def` a method name reaches on an instance, by Python's
//! method resolution order (C3), so that a subclass's instances and `self.<name>` in its
//! methods have the wrapper methods of its bases.
//!
//! The order is computed over what this file shows. A base is one of this file's module-level
//! classes (whose bases are followed in turn), a class imported by name or as an attribute of
//! an imported module (`Runner`, `par.Runner` after `from pkg import par`), whose methods are
//! known only where another file of the run or `--api` declares them, or anything else, whose
//! methods are unknown. The lookup walks the order and stops at the first class that may
//! define the name: a `def` of this file that is a wrapper or a factory gives it, any other
//! binding (an override by a plain method) gives `Unknown`, and so does a class whose methods
//! are unknown, since it may define the name. An imported class whose file says which names it
//! has (`MEMBERS`: a file with wrapper methods tells so of its classes) is passed over when the
//! name is not one of them. So with several bases the wrong method is never picked: the answer
//! is the MRO's, or none.
//!
//! ```text
//! class Mixin:                   # MRO of Fast: Fast, Mixin, Runner, object
//!     def log(self): ...
//!
//! class Fast(Mixin, Runner):     # Fast().run -> Mixin has no `run` -> Runner.run, a wrapper
//!     ...                        # with `class Fast(Helper, Runner)`, Helper imported from
//!                                # outside the run: Helper may define `run`, so Unknown
//! ```
//!
//! `super()` in a method of a module-level class, and `super(Class, self)`, reach the methods
//! of the classes after that class in the order: `super()._map(lambda ...)` in `Fast` is
//! `Runner._map` when no class between them may define `_map`. The order is the class's own:
//! an instance of a subclass defined elsewhere could put another class in between, as it could
//! for `self._map`, and is not looked for. `super(Mid, self)` with `Mid` imported from another
//! file of the run reaches what that file exports as `Mid.super().NAME` (`SUPER`), when `Mid`
//! is the one class of the order from elsewhere.
//!
//! A wrapper method was inferred from what its class stores (`self.executor = ...` in its
//! `__init__`), so a class that comes before it in the order must leave that state alone
//! (`keeps_base_state`): a subclass that stores a thread pool instead makes the inherited
//! method a thread wrapper. Nor may it override a method the base calls on its instance
//! (`overrides_used`): `with self.pool() as p: p.map(fn, xs)` in the base hands the callable
//! to whatever the subclass's `pool` yields, a thread pool as well as a process pool.

use std::collections::HashMap;

use tree_sitter::Node;

use super::factories::yielded_values;
use super::{Called, Evaluator, Value, methods};
use crate::core::analysis::api::{self, Class};
use crate::core::analysis::choices::thread_pool;
use crate::core::analysis::handed::imported_function;
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::node::NodeExt;
use crate::core::semantic::{
    BindingId, BindingKind, NameMap, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// How deep a chain of bases is followed.
const MAX_BASES: usize = 16;

/// The segment under which a file exports what `super(Class, self)` reaches from its class
/// (`pkg.base.Mid.super()._map`): no Python name can spell it, so no import or attribute
/// of a program names it by chance.
pub(in crate::core::analysis) const SUPER: &str = "super()";

/// The segment under which a file exports the names a class may have (`pkg.mixins.Logging.
/// members()`, `UserKind::Members`), unspellable for the same reason.
pub(in crate::core::analysis) const MEMBERS: &str = "members()";

/// The segment under which a file exports the fields of a dataclass's generated `__init__`
/// (`pkg.tasks.Task.fields()`, `UserKind::Fields`), unspellable as the others.
pub(in crate::core::analysis) const FIELDS: &str = "fields()";

/// The segment under which a file exports what a template method of its class is when a
/// subclass in another file overrides one of its hooks with a pool factory
/// (`BatchRunner.template()._executor.ProcessPoolExecutor.run`, `template_hooks`),
/// unspellable as the others.
pub const TEMPLATE: &str = "template()";

/// The segment under which a file exports what a method of its class that tests one of the
/// class's flags (`flags`) is when the flag may be either way (`pkg.runner.Runner.template().
/// use_processes.either().map`, `template_flags`): what it is on an instance of a subclass in
/// another file that sets the flag (`imported_flag_template`). Unspellable as the others.
pub(in crate::core::analysis) const EITHER: &str = "either()";

/// The words a class with a template method's hook spells (`template_hooks`): the thread
/// pools its hook returns, or what makes the hook abstract.
const HOOK_WORDS: [&str; 5] = [
    "ThreadPool",
    "ThreadPoolExecutor",
    "abstractmethod",
    "NotImplementedError",
    "...",
];

/// How a template method reaches the pool its hook makes (`template_hooks`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(in crate::core::analysis) enum Hook {
    /// It calls the hook: a method, a `@classmethod` or a `@staticmethod` (`self._pool()`).
    Called,
    /// It reads the hook, a `@property` (`self.pool`).
    Property,
    /// It enters what the hook, a `@contextmanager`, returns (`with self._pool() as pool`).
    Manager,
    /// It calls the hook, a class attribute naming the pool's class (`self.executor_cls(2)`).
    Class,
}

impl Hook {
    /// What the template method reads on its instance when the hook makes a `class`.
    pub(in crate::core::analysis) fn giving(self, class: Class) -> Value {
        match self {
            Hook::Called => Value::Factory { class, fork: false },
            Hook::Property => Value::Instance { class, fork: false },
            Hook::Manager => Value::ManagerFactory { class, fork: false },
            Hook::Class => Value::Class { class, fork: false },
        }
    }
}

/// The pools a subclass may override a template method's hook to make (`template_hooks`).
pub(in crate::core::analysis) const HOOK_POOLS: [api::Class; 2] =
    [api::Class::Pool, api::Class::ProcessPoolExecutor];

/// The name in a class's `MEMBERS` that says it keeps state of its own (an `__init__`,
/// attributes it sets on its instance), unspellable as the others: such a class may come
/// before an imported wrapper's class only when none of its names is one of that class's.
pub(in crate::core::analysis) const KEEPS_STATE: &str = "state()";

/// One class of a method resolution order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::core::analysis) enum Ancestor {
    /// A module-level class of this file, by its scope.
    Own(ScopeId),
    /// A class imported from another module, by its absolute dotted path.
    Imported(String),
    /// Any other base, by where it is written: what it defines is unknown.
    Opaque(usize),
}

/// The standard library's bases that say nothing of how an instance pickles and define no
/// method a program calls on its instances, and the metaclass `ABCMeta`, which a class
/// statement names by keyword (`is_standard_base`).
const STANDARD_BASES: [&str; 7] = [
    "builtins.object",
    "abc.ABC",
    "typing.Generic",
    "typing.Protocol",
    "typing_extensions.Generic",
    "typing_extensions.Protocol",
    "abc.ABCMeta",
];

impl<'a> Evaluator<'a> {
    /// Whether the base `base` (or `metaclass=` keyword) of a class statement is one of
    /// `STANDARD_BASES`, also subscripted (`Generic[T]`).
    pub(in crate::core::analysis) fn is_standard_base(&self, base: Node<'a>) -> bool {
        let node = match base.kind_name() {
            "subscript" => base.field("value"),
            "keyword_argument"
                if base
                    .field("name")
                    .is_some_and(|name| self.text(name) == "metaclass") =>
            {
                base.field("value")
            }
            _ => Some(base),
        };
        node.and_then(|node| qualified_name(self, node, SemanticModel::MODULE))
            .is_some_and(|name| STANDARD_BASES.contains(&name.as_str()))
    }

    /// The method resolution order of the module-level class `class`, itself first; `None`
    /// when Python would refuse it (no consistent order) or it is too deep to follow.
    pub(in crate::core::analysis) fn linearization(&self, class: ScopeId) -> Option<Vec<Ancestor>> {
        if let Some(known) = self.linearizations.borrow().get(&class) {
            return known.clone();
        }
        let order = self.linearize(class, 0);
        self.linearizations
            .borrow_mut()
            .insert(class, order.clone());
        order
    }

    /// C3: the class, then the merge of its bases' orders and the list of its bases.
    fn linearize(&self, class: ScopeId, depth: usize) -> Option<Vec<Ancestor>> {
        if depth > MAX_BASES {
            return None;
        }
        let bases = self.bases(class)?;
        let mut sequences = Vec::with_capacity(bases.len() + 1);
        for base in &bases {
            sequences.push(match base {
                Ancestor::Own(scope) => self.linearize(*scope, depth + 1)?,
                other => vec![other.clone()],
            });
        }
        sequences.push(bases);
        let mut order = vec![Ancestor::Own(class)];
        order.extend(merge(sequences)?);
        Some(order)
    }

    /// The bases a module-level class names, in order, `object` left out; `None` for a class
    /// that is not at module level.
    fn bases(&self, class: ScopeId) -> Option<Vec<Ancestor>> {
        if self.model.scope(class).parent != Some(SemanticModel::MODULE) {
            return None;
        }
        let node = self.scope_node(class)?;
        let Some(list) = node.field("superclasses") else {
            return Some(Vec::new());
        };
        let mut cursor = list.walk();
        let written: Vec<Node<'a>> = list
            .named_children(&mut cursor)
            .filter(|base| !matches!(base.kind_name(), "comment" | "keyword_argument"))
            .collect();
        Some(written.into_iter().filter_map(|b| self.base(b)).collect())
    }

    /// What a base written in a module-level class is; `None` for the builtin `object` and
    /// the standard library's bases that define no method a program calls on its instances
    /// (`abc.ABC`, `typing.Generic[T]`, `STANDARD_BASES`).
    fn base(&self, node: Node<'a>) -> Option<Ancestor> {
        if self.is_standard_base(node) {
            return None;
        }
        // A generic class's base is the class it parametrizes (`Engine[int]`).
        let node = match node.kind_name() {
            "subscript" => node.field("value")?,
            _ => node,
        };
        let module = SemanticModel::MODULE;
        if node.kind_name() == "identifier" {
            let name = self.text(node);
            match self.model.resolve(module, name) {
                Resolution::Builtin if name == "object" => return None,
                Resolution::Scope(found) if found == module => {
                    if let Some(class) = self.module_class(name) {
                        return Some(Ancestor::Own(class));
                    }
                }
                _ => {}
            }
        }
        Some(match self.imported_path_of(node) {
            Some(path) => Ancestor::Imported(path),
            None => Ancestor::Opaque(node.start_byte()),
        })
    }

    /// The absolute dotted path of the one class of another module in the resolution order of
    /// the module-level class `class`, when every other class of it is this file's and none
    /// of those hands a callable to a process API (a wrapper method, a pool it provides):
    /// `concurrent.futures.ThreadPoolExecutor` for fastcore's `class
    /// ThreadPoolExecutor(concurrent.futures.ThreadPoolExecutor)`, whatever `map` it defines
    /// over `super().map`.
    pub(in crate::core::analysis) fn sole_imported_base(&self, class: ScopeId) -> Option<String> {
        let order = self.linearization(class)?;
        let mut imported = None;
        for ancestor in order {
            match ancestor {
                Ancestor::Own(scope) if self.defines_wrapper(scope) => return None,
                Ancestor::Own(scope) if self.provides_pools(scope) => return None,
                Ancestor::Own(_) => {}
                Ancestor::Imported(path) if imported.is_none() => imported = Some(path),
                _ => return None,
            }
        }
        imported
    }

    /// The scope of the undecorated class the module-level name `name` is bound to, once.
    pub(in crate::core::analysis) fn module_class(&self, name: &str) -> Option<ScopeId> {
        let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
            return None;
        };
        let binding = self.model.binding(*only);
        (binding.kind == BindingKind::ClassDef)
            .then(|| self.model.scope_created_by(binding.statement))
            .flatten()
    }

    /// The scope of the class, decorated or not, that the module-level name `node` names
    /// where it is read in `scope` (`Jobs`, `Task` under `@dataclass`), bound once.
    pub(in crate::core::analysis) fn named_module_class(
        &self,
        node: Node<'a>,
        scope: ScopeId,
    ) -> Option<ScopeId> {
        if node.kind_name() != "identifier" {
            return None;
        }
        let name = self.text(node);
        if self.model.resolve(scope, name)
            != crate::core::semantic::Resolution::Scope(SemanticModel::MODULE)
        {
            return None;
        }
        let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
            return None;
        };
        let binding = self.model.binding(*only);
        if binding.kind != BindingKind::ClassDef {
            return None;
        }
        let statement = self.statement_node(binding.statement)?;
        let definition = match statement.kind_name() {
            "decorated_definition" => statement.field("definition")?,
            _ => statement,
        };
        self.model.scope_created_by(TextRange::of(definition))
    }

    /// The absolute dotted path a module-level expression names through the file's imports:
    /// `Runner` after `from pkg.runner import Runner`, `par.Runner` after `from pkg import par`
    /// or `import pkg.par as par`, `pkg.par.Runner` after `import pkg.par`.
    pub(in crate::core::analysis) fn imported_path_of(&self, node: Node<'a>) -> Option<String> {
        match node.kind_name() {
            "identifier" => self.imported_path(self.text(node)),
            "attribute" => {
                let object = self.imported_path_of(node.field("object")?)?;
                let attr = self.text(node.field("attribute")?);
                Some(format!("{object}.{attr}"))
            }
            _ => None,
        }
    }

    /// The absolute dotted path the module-level name `name` is bound to, when its only
    /// binding is an import.
    pub(in crate::core::analysis) fn imported_path(&self, name: &str) -> Option<String> {
        let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
            return None;
        };
        let BindingKind::Import { module, member } = &self.model.binding(*only).kind else {
            return None;
        };
        let module = self.absolute(module)?;
        Some(match member {
            Some(member) => format!("{module}.{member}"),
            None => module,
        })
    }

    /// The wrapper or factory the method `name` of an instance of the module-level class
    /// `class` is, by its resolution order (see the module's doc); else `Unknown`.
    pub(in crate::core::analysis) fn inherited(&self, class: ScopeId, name: &str) -> Value {
        self.inherited_after(class, name, 0)
    }

    /// `inherited`, looking only at the classes from position `start` of the order on (1 for
    /// `super()` in `class`'s methods); those before still must leave the state alone.
    pub(in crate::core::analysis) fn inherited_after(
        &self,
        class: ScopeId,
        name: &str,
        start: usize,
    ) -> Value {
        let Some(order) = self.linearization(class) else {
            return Value::Unknown;
        };
        if let Some(past) = start.checked_sub(1)
            && matches!(order.get(past), Some(Ancestor::Imported(_)))
        {
            return self.inherited_past_imported(&order, past, name);
        }
        for (at, ancestor) in order.iter().enumerate().skip(start) {
            let found = match ancestor {
                Ancestor::Own(scope) => match self.model.bindings_of(*scope, name) {
                    [] => continue,
                    // A template method: what it is as `class` runs it, with `class`'s
                    // overrides of the methods it calls on `self` (`inferred::specialize`).
                    [only] if let Some(row) = self.specialized.get(&(class, *only)) => {
                        return row.map_or(Value::Unknown, Value::Function);
                    }
                    [only] if self.model.binding(*only).kind == BindingKind::FunctionDef => {
                        match self.eval_binding(*only, 1) {
                            Value::Unknown => self.factory(*only, 1).unwrap_or(Value::Unknown),
                            value => value,
                        }
                    }
                    // `map = staticmethod(_pmap)`: read on an instance as on the class.
                    [_] => self.static_alias(*scope, name),
                    _ => Value::Unknown,
                },
                Ancestor::Imported(path) => match self.user_member(&format!("{path}.{name}")) {
                    // A method testing a flag the classes before set: as they run it.
                    Some(Value::Function(_))
                        if let Some(found) = self.imported_flag_template(&order, at, name) =>
                    {
                        return found;
                    }
                    Some(found) => found,
                    // A class of another file of the run that has no such name: the lookup
                    // goes on past it, as past a class of this file.
                    None if self
                        .imported_members(path)
                        .is_some_and(|names| !names.iter().any(|n| n == name)) =>
                    {
                        continue;
                    }
                    // A template method whose hook the classes before override.
                    None if let Some(found) = self.imported_template(&order, at, name) => {
                        return found;
                    }
                    // A method testing a flag the classes before set.
                    None if let Some(found) = self.imported_flag_template(&order, at, name) => {
                        return found;
                    }
                    // A method of the table's class itself runs as the table says, whatever
                    // state the classes before it keep: no need for `keeps`.
                    None => return self.table_method(path, name).unwrap_or(Value::Unknown),
                },
                Ancestor::Opaque(_) => Value::Unknown,
            };
            // Checked last: it walks whole classes, and most names reach no wrapper.
            let keeps = || {
                order[..at].iter().all(|before| match before {
                    Ancestor::Own(scope) => {
                        let names = Names::Scope(&self.model.scope(*scope).bindings);
                        let keeps = match ancestor {
                            Ancestor::Imported(path) => self.keeps_imported_state(*scope, path),
                            Ancestor::Own(base) => self.keeps_own_state(*scope, *base),
                            Ancestor::Opaque(_) => self.keeps_base_state(*scope),
                        };
                        keeps && !self.overrides_used(names, ancestor, name)
                    }
                    Ancestor::Imported(path) => self.imported_members(path).is_some_and(|names| {
                        !self.overrides_used(Names::Listed(names), ancestor, name)
                            && !self.shares_state(names, ancestor)
                    }),
                    Ancestor::Opaque(_) => false,
                })
            };
            // An `Instance` is what a property gives (`r.pool`). A method making instances
            // of a class with wrapper methods is the class's own: inherited, a `@classmethod`
            // returning `cls(...)` makes one of the class it is called on, not the one read.
            return match found {
                Value::Function(_) | Value::Factory { .. } | Value::Instance { .. }
                    if at == 0 || keeps() =>
                {
                    found
                }
                Value::ObjectFactory(_) if at == 0 => found,
                _ => Value::Unknown,
            };
        }
        Value::Unknown
    }

    /// `super().__init__` in a method of `class`, with the classes of its order from `start` on:
    /// the constructor of the first that defines `__init__`, when it is a wrapper of the run
    /// (`class Named(Managed)` whose `__init__` calls `super().__init__(fn, *args)`, with
    /// `Managed(fn)` keeping `fn` for its process): called bound, it takes what a call of that
    /// class takes, so `Named.__init__` hands its `fn` on as `Managed(fn)` would.
    pub(super) fn super_constructor(&self, class: ScopeId, start: usize) -> Value {
        let Some(order) = self.linearization(class) else {
            return Value::Unknown;
        };
        // A `__new__` of the order may make another object, or see the arguments a lift
        // would add: the constructor is not the base's then.
        let makes_its_own = order.iter().any(|ancestor| {
            matches!(ancestor, Ancestor::Own(scope) if !self.model.bindings_of(*scope, "__new__").is_empty())
        });
        if makes_its_own {
            return Value::Unknown;
        }
        // What the classes before the constructor's bind at class level, where its code may
        // read them on `self` (`inline = True` in the subclass, `if self.inline:` in the
        // base's `__init__`): the base would run otherwise than it does on its own.
        let class_attributes = |before: &[Ancestor]| -> Vec<String> {
            (before.iter())
                .filter_map(|ancestor| match ancestor {
                    Ancestor::Own(scope) => Some(*scope),
                    _ => None,
                })
                .flat_map(|scope| {
                    (self.model.scope(scope).bindings.iter())
                        .filter(|(_, ids)| {
                            ids.iter()
                                .any(|id| self.model.binding(*id).kind != BindingKind::FunctionDef)
                        })
                        .map(|(name, _)| name.clone())
                })
                .collect()
        };
        for (at, ancestor) in order.iter().enumerate().skip(start) {
            let set_before = class_attributes(&order[..at]);
            let found = match ancestor {
                Ancestor::Own(scope) => {
                    if self.model.bindings_of(*scope, "__init__").is_empty() {
                        continue;
                    }
                    let read = self.self_attributes(*scope);
                    if set_before.iter().any(|name| read.contains(name)) {
                        return Value::Unknown;
                    }
                    self.own_method(*scope, "__init__")
                }
                // Another file's class: what its code reads is not listed here.
                Ancestor::Imported(_) if !set_before.is_empty() => return Value::Unknown,
                Ancestor::Imported(path) => {
                    (self.user_member(&format!("{path}.__init__"))).unwrap_or(Value::Unknown)
                }
                Ancestor::Opaque(_) => Value::Unknown,
            };
            // Bound: the arguments after `self`, as a call of the class writes them. Not a
            // constructor that hands the callable over only under conditions on its
            // arguments or its class's attributes (`local=False`, `inline = False`), which
            // the subclass may pass or set otherwise.
            return match found {
                Value::Function(row) if row.rows().all(|r| r.conditions.is_empty()) => {
                    Value::Function(super::methods::as_bound(row))
                }
                _ => Value::Unknown,
            };
        }
        Value::Unknown
    }

    /// The method `name` of the table's pool or executor class at the dotted `path`
    /// (`concurrent.futures.ProcessPoolExecutor.submit`), reached by a subclass with methods
    /// of its own that does not define it; `__init__` is the class's constructor. Not one of
    /// `Process`, whose subclasses are followed as `values::subclasses` says.
    fn table_method(&self, path: &str, name: &str) -> Option<Value> {
        let (module, member) = path.rsplit_once('.')?;
        let Value::Class { class, fork: false } = self.import_value(module, Some(member)) else {
            return None;
        };
        let row = match name {
            "__init__" => class.row(),
            _ => api::method(class, name)?,
        };
        (class != Class::Process).then_some(Value::Function(row))
    }

    /// The proxy `super(...)` makes, for the `call` of `super` in the code of `scope`: with no
    /// argument in a plain method of a module-level class, or as `super(Class, self)` with
    /// `self` the first parameter of such a method and `Class` this file's class in its
    /// class's order. Its methods are looked up after `Class` in that order.
    ///
    /// `super(Class, self)` may be written in a function nested in the method (or a lambda),
    /// which reads `self` from the method. Bare `super()` there is not followed: Python takes
    /// its instance from the nested function's own first argument (and raises `RuntimeError:
    /// super(): no arguments` without one), not from the method's.
    pub(super) fn super_proxy(&self, call: Node<'a>, scope: ScopeId) -> Option<Value> {
        let function = call.field("function")?;
        if self.text(function) != "super"
            || self.model.resolve(scope, "super") != Resolution::Builtin
        {
            return None;
        }
        let arguments = call.field("arguments")?;
        let mut cursor = arguments.walk();
        let written: Vec<Node<'a>> = arguments
            .named_children(&mut cursor)
            .filter(|n| n.kind_name() != "comment")
            .collect();
        let (class, after) = match written.as_slice() {
            [] => {
                let class = self.plain_method_class(self.first_parameter(scope)?, scope)?;
                (class, class)
            }
            [named, object]
                if named.kind_name() == "identifier" && object.kind_name() == "identifier" =>
            {
                let class = self.plain_method_class(self.text(*object), scope)?;
                match self.module_class(self.text(*named)) {
                    Some(after) => (class, after),
                    None => return self.super_past_imported(class, *named),
                }
            }
            _ => return None,
        };
        let order = self.linearization(class)?;
        let at = order.iter().position(|a| *a == Ancestor::Own(after))?;
        Some(Value::Super {
            class,
            start: at + 1,
        })
    }

    /// `super(Mid, self)` in a method of `class` with `Mid` imported from another file of the
    /// run: its methods are those after `Mid` in the order, which that file exports as
    /// `Mid.super().NAME` (`analysis::exports`). Only when `Mid` is the one class of the order
    /// that is not this file's: the classes after it are then `Mid`'s own bases, in its own
    /// order, since no class of this file can come between.
    fn super_past_imported(&self, class: ScopeId, named: Node<'a>) -> Option<Value> {
        let path = self.imported_path_of(named)?;
        let order = self.linearization(class)?;
        let at = order
            .iter()
            .position(|a| *a == Ancestor::Imported(path.clone()))?;
        let others_own = (order.iter().enumerate())
            .all(|(i, ancestor)| i == at || matches!(ancestor, Ancestor::Own(_)));
        others_own.then_some(Value::Super {
            class,
            start: at + 1,
        })
    }

    /// What `super(Mid, self).NAME` gives, `Mid` the imported class at `at` in `order`
    /// (`super_past_imported`): the wrapper the file of `Mid` exports for it, when every class
    /// before `Mid` leaves the state alone and none defines a method that file's classes
    /// offer (`Mid`'s own file checked that `Mid` does).
    fn inherited_past_imported(&self, order: &[Ancestor], at: usize, name: &str) -> Value {
        let Some(Ancestor::Imported(path)) = order.get(at) else {
            return Value::Unknown;
        };
        let found = self.user_member(&format!("{path}.{SUPER}.{name}"));
        let keeps = order[..at].iter().all(|before| match before {
            Ancestor::Own(scope) => {
                let names = &self.model.scope(*scope).bindings;
                self.keeps_base_state(*scope)
                    && !self.overrides_used(Names::Scope(names), &order[at], name)
                    && !(names.keys()).any(|n| {
                        n != name && self.user_member(&format!("{path}.{SUPER}.{n}")).is_some()
                    })
            }
            _ => false,
        });
        match found {
            Some(Value::Function(row)) if keeps => Value::Function(row),
            _ => Value::Unknown,
        }
    }

    /// The class of the plain method (no `staticmethod` or `classmethod`) whose first
    /// parameter `object` is, as read from `scope`: the method itself or a function in it.
    fn plain_method_class(&self, object: &str, scope: ScopeId) -> Option<ScopeId> {
        let class = self.method_class(object, scope)?;
        let Resolution::Scope(method) = self.model.resolve(scope, object) else {
            return None;
        };
        let def = self.scope_node(method)?;
        (def.kind_name() == "function_definition" && self.called_as(def)? == Called::Plain)
            .then_some(class)
    }

    /// Whether some class of `class`'s resolution order, other than `class`, holds a wrapper:
    /// a method of this file inferred to be one, or a method another file of the run or
    /// `--api` declares.
    pub(in crate::core::analysis) fn inherits_wrappers(&self, class: ScopeId) -> bool {
        let Some(order) = self.linearization(class) else {
            return false;
        };
        order.iter().skip(1).any(|ancestor| match ancestor {
            Ancestor::Own(scope) => self.defines_wrapper(*scope) || self.provides_pools(*scope),
            Ancestor::Imported(path) => self.declares_members_of(path),
            Ancestor::Opaque(_) => false,
        })
    }

    /// Whether some class of `class`'s resolution order of this file, other than `class`,
    /// has a method or property giving a pool or executor (`factories::provides_pools`): a
    /// subclass's instances, and the subclass itself for a static factory, give it too.
    pub(super) fn inherits_pools(&self, class: ScopeId) -> bool {
        let Some(order) = self.linearization(class) else {
            return false;
        };
        order.iter().skip(1).any(|ancestor| match ancestor {
            Ancestor::Own(scope) => self.provides_pools(*scope),
            Ancestor::Imported(_) | Ancestor::Opaque(_) => false,
        })
    }

    /// Whether one of the methods `class` binds is an inferred wrapper, or one `--api`
    /// declares (`pkg.runner.Runner._map` in `pkg/runner.py`, `declared_here`).
    pub(in crate::core::analysis) fn defines_wrapper(&self, class: ScopeId) -> bool {
        let range = self.model.scope(class).range;
        // A method whose way a flag of this file closes is none here (`ApiRow::closed`): the
        // file sets no such flag, or it would not be closed.
        let open = |row: &&'static super::ApiRow| row.rows().any(|row| !row.closed());
        self.declares_methods_of(class)
            // A closure a method returns (`def task(self, name): def register(fn): ...`).
            || (self.inferred.iter())
                .any(|(&at, row)| range.start < at && at < range.end && open(row))
            || self
                .model
                .scope(class)
                .bindings
                .values()
                .flatten()
                .any(|&method| {
                    let method = self.model.binding(method);
                    method.kind == BindingKind::FunctionDef
                        && self.inferred.get(&method.range.start).is_some_and(open)
                })
            || (!self.inferred.is_empty()
                && (self.model.scope(class).bindings.keys())
                    .any(|attr| self.aliased_in_class_body(attr) && self.static_alias(class, attr) != Value::Unknown))
    }

    /// The wrapper the module-level class `class` binds `attr` to in its body by
    /// `staticmethod(...)` (`classes::class_body_alias`), which an instance reads as the
    /// class does: `Unknown` for anything else.
    fn static_alias(&self, class: ScopeId, attr: &str) -> Value {
        let Some(name) = self.model.scope(class).name.as_deref() else {
            return Value::Unknown;
        };
        if self.module_class(name) != Some(class) {
            return Value::Unknown;
        }
        match self.class_body_alias(class, name, attr, true, 1) {
            Value::Function(row) if row.via.is_some() => Value::Function(row),
            _ => Value::Unknown,
        }
    }

    /// Whether the subclass `class` leaves its base's state alone: it binds only methods, none
    /// of them `__init__` or `__new__`, and assigns no attribute (`self.executor = ...`). The
    /// base's wrapper methods were inferred from what the base stores (a process pool made in
    /// its `__init__`); a subclass that stores a thread pool instead would make them thread
    /// wrappers.
    pub(in crate::core::analysis) fn keeps_base_state(&self, class: ScopeId) -> bool {
        self.binds_only_methods(class, false)
            && self.assigns_only(class, |target| target.kind_name() == "identifier")
    }

    /// `keeps_base_state` for a subclass `class` before `base`, both of this file, that also
    /// sets class attributes of its own (`label = "process"`, `workers: int = 4`): plain
    /// assignments to a name, none a dunder. Whether `base` reads one of them on its instance
    /// is `overrides_used`'s question, answered beside this one; here `base` must not read
    /// its instance's names any other way (`getattr(self, name)`, `type(self).workers`,
    /// `self.__class__`, `vars(self)`), which that question cannot see. Or, as for a base of
    /// another file (`keeps_imported_state`), a subclass with an `__init__` and methods of its
    /// own that set attributes, none of them one an instance of `base` may have
    /// (`own_members`): `def __init__(self): self.label = "x"` over a `map` that makes its
    /// own pool leaves `map` handing over.
    fn keeps_own_state(&self, class: ScopeId, base: ScopeId) -> bool {
        if self.keeps_base_state(class) {
            return true;
        }
        let bindings = &self.model.scope(class).bindings;
        // An `__init__` that only hands its arguments on to the base's leaves the state the
        // base's makes: a call of the class is judged as the base's call it makes
        // (`forwarded_init`).
        let forwards = self.forwarded_init(class).is_some();
        let plain = bindings.iter().all(|(name, ids)| {
            name != "__new__"
                && (name != "__init__" || forwards)
                && ids.iter().all(|id| match self.model.binding(*id).kind {
                    BindingKind::FunctionDef => true,
                    BindingKind::Assignment | BindingKind::AnnotatedAssignment => {
                        !(name.starts_with("__") && name.ends_with("__"))
                    }
                    _ => false,
                })
        });
        let apart = || {
            self.own_members(base)
                .is_some_and(|members| self.keeps_state_apart(class, &members, true))
        };
        ((plain && self.assigns_only(class, |target| target.kind_name() == "identifier"))
            || apart())
            && self
                .scope_node(base)
                .is_some_and(|node| !self.reads_instance_dynamically(node))
    }

    /// What an instance of the module-level class `base` may have, as `exports` lists it for
    /// a class of another file (`imported_members`): the names each class of its order
    /// binds, and every attribute their methods read or set on `self` or `cls` other than a
    /// pool's size; `None` when a class of it sets or reads attributes by name (`setattr`,
    /// `getattr(self, name)`) or is none the run knows.
    fn own_members(&self, base: ScopeId) -> Option<Vec<String>> {
        let mut names = Vec::new();
        for ancestor in self.linearization(base)? {
            match ancestor {
                Ancestor::Own(scope) => {
                    let node = self.scope_node(scope)?;
                    if self.reads_instance_dynamically(node) || self.text(node).contains("setattr")
                    {
                        return None;
                    }
                    names.extend(self.model.scope(scope).bindings.keys().cloned());
                    names.extend(self.self_attributes(scope));
                }
                Ancestor::Imported(path) => {
                    names.extend(self.imported_members(&path)?.iter().cloned());
                }
                Ancestor::Opaque(_) => return None,
            }
        }
        Some(names)
    }

    /// The call of the base's constructor that the `__init__` of the module-level class
    /// `class` is, when that is all it does (a docstring aside): `def __init__(self, workers=2):
    /// super().__init__(use_processes=True, workers=workers)`. Its base (the next class of
    /// this file in its order, which `super()` reaches), the arguments of the call, and the
    /// scope of the `__init__`, where they are read.
    pub(in crate::core::analysis) fn forwarded_init(
        &self,
        class: ScopeId,
    ) -> Option<(ScopeId, Node<'a>, ScopeId)> {
        let (arguments, init) = self.forwarded_call(class)?;
        let Some(Ancestor::Own(base)) = self.linearization(class)?.get(1).cloned() else {
            return None;
        };
        Some((base, arguments, init))
    }

    /// The arguments of the `super().__init__(...)` call that the `__init__` of the
    /// module-level class `class` is, when that is all it does (a docstring aside), with the
    /// scope of the `__init__`: `forwarded_init`, whatever file the base is of.
    pub(in crate::core::analysis) fn forwarded_call(
        &self,
        class: ScopeId,
    ) -> Option<(Node<'a>, ScopeId)> {
        let init = self.init_of(class)?;
        let body = self.scope_node(init)?.field("body")?;
        let mut cursor = body.walk();
        let statements: Vec<Node<'a>> = body
            .named_children(&mut cursor)
            .filter(|s| s.kind_name() != "comment")
            .collect();
        let [call] = match statements.as_slice() {
            [docstring, call] if crate::core::head::is_docstring(*docstring, self.source) => {
                [*call]
            }
            [call] => [*call],
            _ => return None,
        };
        let call = (call.kind_name() == "expression_statement")
            .then(|| call.named_child(0))
            .flatten()
            .filter(|call| call.kind_name() == "call")?;
        self.calls_super_init(call.field("function")?, init)
            .then_some((call.field("arguments")?, init))
    }

    /// How a call of the module-level class `class` runs the constructor of its base of this
    /// file, when that is all its own constructor does: the base, and the arguments of the
    /// base's call with the scope they are read in (`forwarded_init`), or `None` for the
    /// class's own arguments, when it defines no constructor or hands on all it is given
    /// (`passes_all_through`).
    pub(in crate::core::analysis) fn base_constructor_call(
        &self,
        class: ScopeId,
    ) -> Option<(ScopeId, Option<(Node<'a>, ScopeId)>)> {
        if !self.model.bindings_of(class, "__new__").is_empty() {
            return None;
        }
        if self.model.bindings_of(class, "__init__").is_empty() {
            return match self.linearization(class)?.get(1) {
                Some(Ancestor::Own(base)) => Some((*base, None)),
                _ => None,
            };
        }
        let (base, arguments, init) = self.forwarded_init(class)?;
        let own = !self.passes_all_through(init, arguments);
        Some((base, own.then_some((arguments, init))))
    }

    /// Whether the `__init__` of scope `init` hands all its arguments on as they came, in the
    /// call of the base's constructor with `arguments`: `def __init__(self, *args, **kwargs):
    /// super().__init__(*args, **kwargs)` (or with only one of them). A call of the class
    /// then passes the base's constructor its own arguments.
    fn passes_all_through(&self, init: ScopeId, arguments: Node<'a>) -> bool {
        let Some(parameters) = self
            .scope_node(init)
            .and_then(|def| def.field("parameters"))
        else {
            return false;
        };
        let named = |node: Node<'a>| {
            let mut cursor = node.walk();
            node.named_children(&mut cursor)
                .filter(|n| n.kind_name() != "comment")
                .collect::<Vec<_>>()
        };
        let (parameters, passed) = (named(parameters), named(arguments));
        let Some((receiver, splats)) = parameters.split_first() else {
            return false;
        };
        let kinds = |node: Node<'a>| match node.kind_name() {
            "list_splat_pattern" => Some("list_splat"),
            "dictionary_splat_pattern" => Some("dictionary_splat"),
            _ => None,
        };
        receiver.kind_name() == "identifier"
            && !splats.is_empty()
            && splats.len() == passed.len()
            && splats.iter().zip(&passed).all(|(splat, given)| {
                kinds(*splat) == Some(given.kind_name())
                    && splat.named_child(0).map(|n| self.text(n))
                        == given.named_child(0).map(|n| self.text(n))
            })
    }

    /// The base of this file whose constructor `function` is: `super().__init__` read in the
    /// `__init__` (of scope `init`) of a module-level class, whose next class in order is of
    /// this file.
    pub(in crate::core::analysis) fn super_init_base(
        &self,
        function: Node<'a>,
        init: ScopeId,
    ) -> Option<ScopeId> {
        if !self.calls_super_init(function, init) {
            return None;
        }
        match self.linearization(self.model.scope(init).parent?)?.get(1) {
            Some(Ancestor::Own(base)) => Some(*base),
            _ => None,
        }
    }

    /// Whether `function` is `super().__init__`, read in the `__init__` (of scope `init`) of a
    /// class.
    fn calls_super_init(&self, function: Node<'a>, init: ScopeId) -> bool {
        let Some(sup) = function
            .field("object")
            .filter(|o| o.kind_name() == "call" && function.kind_name() == "attribute")
        else {
            return false;
        };
        let plain_super = sup
            .field("function")
            .is_some_and(|f| self.text(f) == "super")
            && sup
                .field("arguments")
                .is_some_and(|a| a.named_child_count() == 0)
            && self.model.resolve(init, "super") == Resolution::Builtin;
        plain_super
            && function
                .field("attribute")
                .is_some_and(|a| self.text(a) == "__init__")
            && self
                .model
                .scope(init)
                .parent
                .is_some_and(|class| self.init_of(class) == Some(init))
    }

    /// Whether `node` reads names of an instance or class other than as `self.NAME` or
    /// `cls.NAME`: `getattr(self, ...)`, `vars(self)`, `type(self)`, `self.__class__`,
    /// `self.__dict__`.
    pub(in crate::core::analysis) fn reads_instance_dynamically(&self, node: Node<'a>) -> bool {
        let mut stack = vec![node];
        while let Some(node) = stack.pop() {
            match node.kind_name() {
                "attribute"
                    if node
                        .field("attribute")
                        .is_some_and(|a| matches!(self.text(a), "__class__" | "__dict__")) =>
                {
                    return true;
                }
                "call" => {
                    let function = node.field("function");
                    let first = node
                        .field("arguments")
                        .and_then(|arguments| arguments.named_child(0));
                    if function.is_some_and(|f| {
                        matches!(self.text(f), "getattr" | "vars" | "type" | "hasattr")
                    }) && first.is_some_and(|a| matches!(self.text(a), "self" | "cls"))
                    {
                        return true;
                    }
                }
                _ => {}
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        false
    }

    /// Whether the class `class` binds only methods (`def`s), none of them `__new__`, nor
    /// `__init__` unless `init`.
    fn binds_only_methods(&self, class: ScopeId, init: bool) -> bool {
        let bindings = &self.model.scope(class).bindings;
        bindings.iter().all(|(name, ids)| {
            name != "__new__"
                && (init || name != "__init__")
                && ids
                    .iter()
                    .all(|id| self.model.binding(*id).kind == BindingKind::FunctionDef)
        })
    }

    /// Whether every target of an assignment or augmented assignment in the class `class`
    /// passes `allowed`.
    fn assigns_only(&self, class: ScopeId, allowed: impl Fn(Node<'_>) -> bool) -> bool {
        let Some(node) = self.scope_node(class) else {
            return false;
        };
        let mut stack = vec![node];
        while let Some(node) = stack.pop() {
            let target = match node.kind_name() {
                "assignment" | "augmented_assignment" => node.field("left"),
                _ => None,
            };
            if target.is_some_and(|t| !allowed(t)) {
                return false;
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        true
    }

    /// `keeps_base_state` for a subclass `class` of this file before the imported class at
    /// `path` that has the wrapper: it may have an `__init__` and set attributes on its
    /// instance, so long as none of them is a name that class's file says its instances may
    /// have (`imported_members`: its class's names and every `self.<attr>` its methods read
    /// or set), so that the state the wrapper method reads is the base's
    /// (`scikit-learn`'s estimators: `__init__` keeps the model's parameters, the base's
    /// `_parallel` maps over processes), and it may set class attributes by names that are
    /// none of them either. Any other assignment through an attribute or an item, `setattr`,
    /// a `__new__`, a dunder or another binding that is not a method keeps the strict rule.
    pub(in crate::core::analysis) fn keeps_imported_state(
        &self,
        class: ScopeId,
        path: &str,
    ) -> bool {
        if self.keeps_base_state(class) {
            return true;
        }
        self.imported_members(path)
            .is_some_and(|members| self.keeps_state_apart(class, members, false))
    }

    /// Whether `class` keeps its state apart from what a base's instances have, the names
    /// `members`: its `__init__` and methods set no attribute of those names on the
    /// instance, and its class attributes bind none of them (see `keeps_imported_state`).
    /// With `class_values`, a class attribute of any name that is no dunder counts as kept
    /// apart too: for a base of this file, whether the base reads it is `overrides_used`'s
    /// question, or a template's (`template_methods`).
    fn keeps_state_apart(&self, class: ScopeId, members: &[String], class_values: bool) -> bool {
        let Some(node) = self.scope_node(class) else {
            return false;
        };
        let bindings = &self.model.scope(class).bindings;
        let plain = bindings.iter().all(|(name, ids)| {
            name != "__new__"
                && ids.iter().all(|id| match self.model.binding(*id).kind {
                    BindingKind::FunctionDef => true,
                    // A class attribute of its own (`label = "process"`), by a name the
                    // base's instances do not have; or one naming a process pool's class
                    // (`executor_cls = ProcessPoolExecutor`), a template's hook
                    // (`imported_template`) that leaves the base's methods handing over.
                    BindingKind::Assignment | BindingKind::AnnotatedAssignment => {
                        let dunder = name.starts_with("__") && name.ends_with("__");
                        (!dunder && (class_values || !members.iter().any(|m| m == name)))
                            || matches!(self.pool_hook(*id), Some(Value::Class { .. }))
                    }
                    _ => false,
                })
        });
        plain
            && !self.text(node).contains("setattr")
            && self.assigns_only(class, |target| self.sets_no_member(target, members))
    }

    /// Whether the assignment target `target` binds only names, or attributes of `self` (or
    /// `cls`) that are none of `members`, also inside a tuple or list of targets.
    fn sets_no_member(&self, target: Node<'_>, members: &[String]) -> bool {
        match target.kind_name() {
            "identifier" => true,
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "tuple"
            | "list"
            | "parenthesized_expression" => {
                let mut cursor = target.walk();
                target
                    .named_children(&mut cursor)
                    .all(|t| self.sets_no_member(t, members))
            }
            "attribute" => {
                target.field("object").is_some_and(|o| {
                    o.kind_name() == "identifier" && matches!(self.text(o), "self" | "cls")
                }) && target
                    .field("attribute")
                    .is_some_and(|a| !members.iter().any(|m| m == self.text(a)))
            }
            _ => false,
        }
    }

    /// The attribute names the methods of the class `class` read or set on their instance
    /// (`self.<attr>`, the first parameter of each plain method by its usual name), other than
    /// as the size of a pool (`sizes_pool`).
    pub(in crate::core::analysis) fn self_attributes(&self, class: ScopeId) -> Vec<String> {
        let mut names = Vec::new();
        let Some(node) = self.scope_node(class) else {
            return names;
        };
        let mut stack = vec![node];
        while let Some(node) = stack.pop() {
            if node.kind_name() == "attribute"
                && let Some(object) = node.field("object")
                && object.kind_name() == "identifier"
                && matches!(self.text(object), "self" | "cls")
                && let Some(attribute) = node.field("attribute")
                && !self.sizes_pool(node)
            {
                let name = self.text(attribute).to_string();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        names
    }

    /// Whether a class before `base` in an order, which binds `names`, defines a method that
    /// the methods of `base` may call on their instance: one `base` reads as `self.NAME` (or
    /// `cls.NAME`) when it is this file's, or one it provides as a wrapper, factory or pool
    /// when it is imported. The base's wrapper was
    /// inferred from its own method (`with self.pool() as p: p.map(fn, xs)`); an override
    /// that makes a thread pool instead runs the callable in the parent.
    ///
    /// `reached` is the method looked up past `before`, which `before` itself may define only
    /// when the lookup is `super().reached` in its override (`def _map(self, fn, xs): return
    /// super()._map(fn, list(xs))`). An imported base's file does not say which names its
    /// methods read on the instance, so any of its members `before` defines counts, except
    /// `reached`: the base's `reached` would have to call `self.reached`, itself, to run the
    /// override.
    fn overrides_used(&self, names: Names<'_>, base: &Ancestor, reached: &str) -> bool {
        match base {
            Ancestor::Own(scope) => self
                .scope_node(*scope)
                .is_some_and(|node| self.reads_on_instance(node, |name| names.contains(name))),
            Ancestor::Imported(path) => names.any(|name| {
                name != reached && self.user_member(&format!("{path}.{name}")).is_some()
            }),
            Ancestor::Opaque(_) => true,
        }
    }

    /// Whether a class of another file before `base` in an order, which has `names` and keeps
    /// state of its own (`KEEPS_STATE`), may change the state of `base`: it binds or sets a
    /// name `base` has or its methods use on the instance, or `base`'s names are unknown
    /// (this file's class or one `--api` declares is asked by `overrides_used`).
    /// `__init__` is left out: both may define one, and which runs sets only the attributes
    /// listed.
    fn shares_state(&self, names: &[String], base: &Ancestor) -> bool {
        if !names.iter().any(|n| n == KEEPS_STATE) {
            return false;
        }
        let Ancestor::Imported(path) = base else {
            return false;
        };
        self.imported_members(path).is_none_or(|theirs| {
            (names.iter()).any(|n| n != "__init__" && n != KEEPS_STATE && theirs.contains(n))
        })
    }

    /// Whether `function`, called, is `self.NAME` or `cls.NAME` for a class attribute of the
    /// class around it bound once, at class level, to a pool class by its name
    /// (`executor_class = ProcessPoolExecutor`, then `self.executor_class(max_workers=
    /// self.workers)`). A subclass that binds `NAME` again is judged by that read itself.
    fn pool_class_attribute(&self, function: Node<'a>) -> bool {
        if function.kind_name() != "attribute" {
            return false;
        }
        let (Some(object), Some(attribute)) =
            (function.field("object"), function.field("attribute"))
        else {
            return false;
        };
        if object.kind_name() != "identifier" || !matches!(self.text(object), "self" | "cls") {
            return false;
        }
        let class = std::iter::successors(function.parent(), Node::parent)
            .find(|node| node.kind_name() == "class_definition");
        let Some(scope) = class.and_then(|c| self.model.scope_created_by(TextRange::of(c))) else {
            return false;
        };
        let [only] = self.model.bindings_of(scope, self.text(attribute)) else {
            return false;
        };
        let binding = self.model.binding(*only);
        let value = binding
            .value
            .filter(|_| binding.kind == BindingKind::Assignment && binding.written_in == scope)
            .and_then(|value| self.node_at(value));
        value.is_some_and(|value| {
            qualified_name(self, value, scope).is_some_and(|name| {
                matches!(
                    name.as_str(),
                    "multiprocessing.Pool"
                        | "multiprocessing.pool.Pool"
                        | "concurrent.futures.ProcessPoolExecutor"
                        | "concurrent.futures.process.ProcessPoolExecutor"
                )
            }) || thread_pool(self, value, scope)
        })
    }

    /// Whether `read` is only the size of a pool a call makes: the first positional argument,
    /// or `processes=` or `max_workers=`, of `Pool`, `ThreadPool`, `ProcessPoolExecutor` or
    /// `ThreadPoolExecutor` (by the name called). A size never decides whether tasks are
    /// pickled: `Pool(1)` still runs them in a process, and a thread pool of any size none.
    fn sizes_pool(&self, read: Node<'a>) -> bool {
        let mut argument = read;
        if let Some(keyword) = read
            .parent()
            .filter(|p| p.kind_name() == "keyword_argument")
        {
            let named = keyword
                .field("name")
                .is_some_and(|n| matches!(self.text(n), "processes" | "max_workers"));
            if !named || keyword.field("value") != Some(read) {
                return false;
            }
            argument = keyword;
        }
        let Some(list) = argument
            .parent()
            .filter(|p| p.kind_name() == "argument_list")
        else {
            return false;
        };
        if argument.id() == read.id() {
            let mut cursor = list.walk();
            let first = list
                .named_children(&mut cursor)
                .find(|n| n.kind_name() != "comment");
            if first.map(|n| n.id()) != Some(read.id()) {
                return false;
            }
        }
        let Some(function) = list
            .parent()
            .filter(|c| c.kind_name() == "call")
            .and_then(|c| c.field("function"))
        else {
            return false;
        };
        let name = match function.kind_name() {
            "identifier" => Some(function),
            "attribute" => function.field("attribute"),
            _ => None,
        };
        let pool = name.is_some_and(|name| {
            matches!(
                self.text(name),
                "Pool" | "ThreadPool" | "ProcessPoolExecutor" | "ThreadPoolExecutor"
            )
        }) || self.pool_class_attribute(function);
        // A pool made in a `try` may fall back to running the work itself when the size is
        // refused (`Pool(0)` raises `ValueError`).
        let mut ancestor = read.parent();
        while let Some(node) = ancestor {
            match node.kind_name() {
                "try_statement" => return false,
                "class_definition" => return pool && !self.exposes_instance(node),
                _ => ancestor = node.parent(),
            }
        }
        false
    }

    /// Whether the methods of the class `class` may read the instance's names other than as
    /// `self.NAME` or `cls.NAME`, so that a read seen there is not all there is: a method whose
    /// first parameter has another name (`def serial(this)`), or the instance handed on (`_is_serial(self)`,
    /// `state = self`).
    fn exposes_instance(&self, class: Node<'a>) -> bool {
        let Some(body) = class.field("body") else {
            return true;
        };
        let mut cursor = body.walk();
        for statement in body.named_children(&mut cursor) {
            let def = match statement.kind_name() {
                "decorated_definition" => statement.field("definition"),
                "function_definition" => Some(statement),
                _ => None,
            };
            let Some(def) = def.filter(|d| d.kind_name() == "function_definition") else {
                continue;
            };
            let first = def
                .field("parameters")
                .and_then(|p| p.named_child(0))
                .map(|p| self.text(p));
            let static_method = statement.kind_name() == "decorated_definition"
                && self.text(statement).starts_with("@staticmethod");
            if !static_method && first.is_some_and(|p| !matches!(p, "self" | "cls")) {
                return true;
            }
        }
        let mut stack = vec![body];
        while let Some(node) = stack.pop() {
            if node.kind_name() == "identifier"
                && matches!(self.text(node), "self" | "cls")
                && node.parent().is_some_and(|p| {
                    matches!(
                        p.kind_name(),
                        "argument_list" | "assignment" | "keyword_argument"
                    )
                })
                && node.parent().and_then(|p| p.field("left")) != Some(node)
            {
                return true;
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        false
    }

    /// The template methods of this file's classes: for each module-level class, the plain
    /// methods it inherits from a base of this file that call on `self` a name the class (or
    /// a class between them in its order) binds, as `(class, method's binding, method's
    /// scope)`, sorted. The class runs such a method with its own overrides
    /// (`as_method_of`, `inferred::specialize`), so it is a wrapper there when the base's is
    /// a thread wrapper or none:
    ///
    /// ```text
    /// class Runner:
    ///     def _make_pool(self): return ThreadPool(2)
    ///     def run(self, fn, xs):                 # a thread wrapper on Runner
    ///         with self._make_pool() as pool:
    ///             return pool.map(fn, xs)
    ///
    /// class ProcessRunner(Runner):               # ProcessRunner().run: a process wrapper
    ///     def _make_pool(self): return Pool(2)
    /// ```
    ///
    /// Only for a method that reads on `self` a name that a class before its own overrides
    /// with a pool's maker (`is_pool_factory`: a factory, a property, a class attribute naming
    /// the class) or with a value it only tests (`use_processes = True` under `if
    /// self.use_processes:`: judged by the subclass's literal, `class_constant`, and taking
    /// either way for anything else), or that calls such a template on `self`; and no other
    /// name one of them binds: an override of another kind (a method, a value read otherwise)
    /// is left to `overrides_used`, which makes the method no wrapper. Every class before the
    /// base must leave its state alone (methods and plain class attributes,
    /// `keeps_own_state`), so that what the method reads on `self` is the subclass's
    /// override or else the base's own, and only up to the first class of the order that is
    /// not this file's, whose names are unknown.
    pub(in crate::core::analysis) fn template_methods(&self) -> Vec<(ScopeId, BindingId, ScopeId)> {
        let mut found = Vec::new();
        // Many classes of a file share their bases (a test module's hundred cases over a few
        // fixtures): what depends on a base alone, or on a class and a base, is read once.
        let mut flags_of: HashMap<ScopeId, Vec<&'a str>> = HashMap::new();
        let mut keeps: HashMap<(ScopeId, ScopeId), bool> = HashMap::new();
        let mut reads_of: HashMap<ScopeId, Vec<String>> = HashMap::new();
        for (class, order) in self.module_classes_ordered() {
            let mut before = vec![class];
            // The bases of `order[1..checked]` passed the check that every class before them
            // leaves their state alone; a base whose overrides make no template is checked
            // only once a later one makes some, as the first that fails ends the walk.
            let mut checked = 1;
            for (at, ancestor) in order.iter().enumerate().skip(1) {
                let Ancestor::Own(base) = ancestor else {
                    break;
                };
                let flags = (flags_of.entry(*base))
                    .or_insert_with(|| self.flags(*base))
                    .clone();
                // The names the classes before bind, each with what the first of them to bind
                // it makes it.
                let mut overrides: Vec<(&str, Override)> = Vec::new();
                for scope in &before {
                    for (name, ids) in &self.model.scope(*scope).bindings {
                        if overrides.iter().any(|(known, _)| known == name) {
                            continue;
                        }
                        let flag = flags.contains(&name.as_str());
                        let kind = match ids.as_slice() {
                            [id] if self.is_pool_factory(*id) => Override::Factory,
                            [id] if self.binds_value(*id) => Override::Value,
                            // A flag the class gives by a property (`def use_processes(self):
                            // return self.workers > 1`) or a method (always true), tested as
                            // a value that may be either.
                            [id] if flag
                                && self.model.binding(*id).kind == BindingKind::FunctionDef =>
                            {
                                Override::Value
                            }
                            // Bound again at the top of the body: the last value stays.
                            [_, .., last]
                                if self.binds_value(*last)
                                    && self.top_level_value(*scope, name).is_some() =>
                            {
                                Override::Value
                            }
                            _ => Override::Other,
                        };
                        overrides.push((name.as_str(), kind));
                    }
                }
                // A flag the classes before set on their instances (`self.use_processes =
                // True` in `__init__`): a value as well, which `class_constant` reads in them.
                for flag in &flags {
                    if !overrides.iter().any(|(known, _)| known == flag)
                        && before.iter().any(|scope| self.sets_attribute(*scope, flag))
                    {
                        overrides.push((flag, Override::Value));
                    }
                }
                before.push(*base);
                // A template's first hook is a read on `self` of a name overridden by a
                // factory or a value: a base that reads none of them makes none.
                let reads = (reads_of.entry(*base)).or_insert_with(|| self.self_attributes(*base));
                if !overrides.iter().any(|(name, kind)| {
                    *kind != Override::Other && reads.iter().any(|read| read == name)
                }) {
                    continue;
                }
                let kept = (checked..=at).all(|k| {
                    let Ancestor::Own(base) = &order[k] else {
                        return false;
                    };
                    let (base, flags) = (*base, &flags_of[base]);
                    before[..k].iter().all(|s| {
                        *keeps.entry((*s, base)).or_insert_with(|| {
                            self.keeps_own_state(*s, base) || self.keeps_flags(*s, base, flags)
                        })
                    })
                });
                if !kept {
                    break;
                }
                checked = at + 1;
                let kind_of = |read: &str| {
                    (overrides.iter())
                        .find(|(name, _)| *name == read)
                        .map(|(_, kind)| *kind)
                };
                // A read of a factory, or a test of a value (`if self.use_processes:`, which
                // `class_constant` judges by the subclass's literal), makes the template; a
                // value read another way (`Pool(self.workers)` in a `try` that a refused size
                // falls back from), another override, or a factory the base also sets on its
                // instances (`self._executor = executor` in `__init__`) makes none.
                let hook = |attribute: Node<'a>, read: &str| match kind_of(read) {
                    Some(Override::Factory) => true,
                    Some(Override::Value) => tested(attribute),
                    _ => false,
                };
                let unsettled = |attribute: Node<'a>, read: &str| match kind_of(read) {
                    Some(Override::Factory) => self.sets_attribute(*base, read),
                    Some(Override::Value) => !tested(attribute),
                    Some(Override::Other) => true,
                    None => false,
                };
                let mut methods = Vec::new();
                for (name, ids) in &self.model.scope(*base).bindings {
                    // A method the classes before override too is still reached by `super()`
                    // in their override (`return sorted(super().run(fn, xs))`).
                    let [method] = ids.as_slice() else {
                        continue;
                    };
                    let Some((scope, def)) = self
                        .plain_method(*method)
                        .or_else(|| self.class_method(*method))
                    else {
                        continue;
                    };
                    if !self.instance_attributes(def, |attribute, read| {
                        !self.sizes_pool(attribute) && unsettled(attribute, read)
                    }) {
                        methods.push((name.as_str(), *method, scope, def));
                    }
                }
                // A method that calls a template on `self` (`def run_all(self, fn, xs):
                // return self.map(fn, xs)`) runs it as the class does: a template too.
                let mut templates: Vec<&str> = Vec::new();
                while let Some(at) = methods.iter().position(|(_, _, _, def)| {
                    self.instance_attributes(*def, |attribute, read| {
                        !self.sizes_pool(attribute)
                            && (hook(attribute, read) || templates.contains(&read))
                    })
                }) {
                    let (name, method, scope, _) = methods.swap_remove(at);
                    templates.push(name);
                    found.push((class, method, scope));
                }
            }
        }
        found.sort_unstable();
        found
    }

    /// The flags of the module-level class `base`: the attributes its instances have that
    /// every class of its order (all of this file) reads on its instance only as a test (`if
    /// self.use_processes:`, `tested`) and otherwise only sets (`self.use_processes = False`)
    /// or binds to a value at class level. A subclass that sets one changes which way the
    /// base's methods go, not what they hand over: `template_methods` reads them again as
    /// the subclass runs them, which `class_constant` judges by what the subclass sets.
    fn flags(&self, base: ScopeId) -> Vec<&'a str> {
        let mut seen: Vec<(&'a str, bool)> = Vec::new();
        let Some(order) = self.linearization(base) else {
            return Vec::new();
        };
        for ancestor in &order {
            let Ancestor::Own(scope) = ancestor else {
                return Vec::new();
            };
            let Some(node) = self.scope_node(*scope) else {
                return Vec::new();
            };
            self.instance_attributes(node, |attribute, name| {
                let set = attribute.parent().is_some_and(|a| {
                    a.kind_name() == "assignment" && a.field("left") == Some(attribute)
                });
                let flag = tested(attribute) || set;
                match seen.iter_mut().find(|(known, _)| *known == name) {
                    Some((_, known)) => *known &= flag,
                    None => seen.push((name, flag)),
                }
                false
            });
        }
        let valued = |name: &str| {
            order.iter().all(|ancestor| {
                let Ancestor::Own(scope) = ancestor else {
                    return false;
                };
                (self.model.bindings_of(*scope, name).iter()).all(|id| self.binds_value(*id))
            })
        };
        (seen.into_iter())
            .filter(|(name, flag)| *flag && valued(name))
            .map(|(name, _)| name)
            .collect()
    }

    /// `keeps_own_state` for a subclass `class` before `base` that also sets some of the
    /// base's flags on its instances or gives them by a property (`flags`): it keeps its
    /// state apart from every other name an instance of `base` may have.
    fn keeps_flags(&self, class: ScopeId, base: ScopeId, flags: &[&str]) -> bool {
        if flags.is_empty() {
            return false;
        }
        let Some(mut members) = self.own_members(base) else {
            return false;
        };
        members.retain(|member| !flags.contains(&member.as_str()));
        self.keeps_state_apart(class, &members, true)
            && self
                .scope_node(base)
                .is_some_and(|node| !self.reads_instance_dynamically(node))
    }

    /// Whether the binding `id` is a method that makes a pool or executor, as an override of
    /// a template's hook must (`pool_hook`).
    fn is_pool_factory(&self, id: BindingId) -> bool {
        self.pool_hook(id).is_some()
    }

    /// Whether the class-level binding `id` gives its name a value (`use_processes = True`,
    /// `mode: str = "process"`, `parallel = USE_PROCESSES`), which a method's tests of it are
    /// judged by (`class_constant`) when it is a literal, and otherwise take either way.
    fn binds_value(&self, id: BindingId) -> bool {
        let binding = self.model.binding(id);
        matches!(
            binding.kind,
            BindingKind::Assignment | BindingKind::AnnotatedAssignment
        ) && binding.value.is_some()
    }

    /// What the method bound by `id` in a class gives its instance's readers when it makes a
    /// pool or executor: a factory for a method called on the instance (plain, a
    /// `@classmethod` or a `@staticmethod`, `factory`), a context manager's factory under
    /// `@contextmanager`, the pool itself for a `@property` every `return` of which gives it,
    /// the class for a class attribute naming one. `None` for anything else. Stricter than
    /// `pool_member`, which tells what a property may give for the file's own readers: an
    /// override that makes a template a process wrapper must give the pool on every path.
    fn pool_hook(&self, id: BindingId) -> Option<Value> {
        let binding = self.model.binding(id);
        // A method that makes a pool names one (`may_make_pools`): most overrides do not, and
        // their returns are not read.
        if self.model.scope(binding.scope).kind != ScopeKind::Class
            || !self.names_pool_words(binding.statement)
        {
            return None;
        }
        match binding.kind {
            BindingKind::FunctionDef => {}
            // A class attribute naming the pool's class (`executor_cls = ProcessPoolExecutor`).
            BindingKind::Assignment | BindingKind::AnnotatedAssignment => {
                return match self.eval_binding(id, 1) {
                    value @ Value::Class { .. } => Some(value),
                    _ => None,
                };
            }
            _ => return None,
        }
        match self.factory(id, 1) {
            Some(value @ (Value::Factory { .. } | Value::ManagerFactory { .. })) => Some(value),
            // Every `return` of a property, as a factory's must (`process_returns`): one that
            // tests `self.processes` to give a thread pool instead gives no one pool.
            _ => match self.property_values(id, 1)?.as_slice() {
                [first @ Value::Instance { .. }, rest @ ..] if rest.iter().all(|v| v == first) => {
                    Some(first.clone())
                }
                _ => None,
            },
        }
    }

    /// The scope and node of the method the binding `id` makes, when it is a plain (not
    /// decorated) `def`.
    fn plain_method(&self, id: BindingId) -> Option<(ScopeId, Node<'a>)> {
        let binding = self.model.binding(id);
        if binding.kind != BindingKind::FunctionDef {
            return None;
        }
        let scope = self.model.scope_created_by(binding.statement)?;
        let def = self.scope_node(scope)?;
        (def.kind_name() == "function_definition" && self.called_as(def) == Some(Called::Plain))
            .then_some((scope, def))
    }

    /// The scope and node of the method the binding `id` makes, when it is a `def` decorated
    /// with `@classmethod` alone (or with decorators that pass every argument on).
    fn class_method(&self, id: BindingId) -> Option<(ScopeId, Node<'a>)> {
        let def = self.method_def(id)?;
        let scope = self.model.scope_created_by(TextRange::of(def))?;
        (self.called_as(def) == Some(Called::ClassMethod)).then_some((scope, def))
    }

    /// The module-level classes bound once, each with its resolution order, in the order of
    /// their names.
    fn module_classes_ordered(&self) -> Vec<(ScopeId, Vec<Ancestor>)> {
        let module = self.model.scope(SemanticModel::MODULE);
        let mut classes: Vec<(&str, ScopeId)> = (module.bindings.iter())
            .filter_map(|(name, ids)| {
                let [only] = ids.as_slice() else {
                    return None;
                };
                let binding = self.model.binding(*only);
                (binding.kind == BindingKind::ClassDef)
                    .then(|| {
                        Some((
                            name.as_str(),
                            self.model.scope_created_by(binding.statement)?,
                        ))
                    })
                    .flatten()
            })
            .collect();
        classes.sort_unstable();
        (classes.into_iter())
            .filter_map(|(_, class)| Some((class, self.linearization(class)?)))
            .collect()
    }

    /// The template methods of this file's classes whose hook a subclass in another file
    /// may override: each plain method of a module-level class that is no wrapper here and
    /// reads on its instance a name of the class (the hook: a method, a property or a class
    /// attribute, `hook_kind`) that is abstract or gives a thread pool, as `(class, method's
    /// binding, method's scope, hook, how the method reaches the hook's pool)`, sorted. The
    /// file exports what the method is when the hook gives each of `HOOK_POOLS`
    /// (`TEMPLATE`), and a subclass's file that overrides the hook with one picks that
    /// (`imported_template`):
    ///
    /// ```text
    /// # runners/base.py                          # runners/process.py
    /// class BatchRunner:                         class ProcessBatchRunner(BatchRunner):
    ///     def _executor(self):                       def _executor(self):
    ///         return ThreadPoolExecutor(2)               return ProcessPoolExecutor(2)
    ///     def run(self, fn, xs):
    ///         with self._executor() as ex:       # ProcessBatchRunner().run: a process
    ///             return list(ex.map(fn, xs))    # wrapper, as `ex.map` on the executor
    /// ```
    pub(in crate::core::analysis) fn template_hooks(
        &self,
    ) -> Vec<(ScopeId, BindingId, ScopeId, &'a str, Hook)> {
        let mut found = Vec::new();
        for (class, _) in self.module_classes_ordered() {
            // A hook says so in its class's text: most classes have none, and their methods
            // are not read.
            let text = self.scope_node(class).map_or("", |node| self.text(node));
            if !HOOK_WORDS.iter().any(|word| text.contains(word)) {
                continue;
            }
            let bindings = &self.model.scope(class).bindings;
            // A hook the class also sets on its instances (`self._executor = executor` in
            // `__init__`) may be that instead of a subclass's override.
            let hooks: Vec<(&'a str, Hook)> = (bindings.iter())
                .filter_map(|(name, ids)| match ids.as_slice() {
                    [id] if !self.sets_attribute(class, name) => {
                        Some((name.as_str(), self.hook_kind(*id)?))
                    }
                    _ => None,
                })
                .collect();
            if hooks.is_empty() {
                continue;
            }
            for (name, ids) in bindings {
                let [method] = ids.as_slice() else {
                    continue;
                };
                if hooks.iter().any(|(hook, _)| hook == name)
                    || self
                        .inferred
                        .contains_key(&self.model.binding(*method).range.start)
                {
                    continue;
                }
                let Some((scope, def)) = self.plain_method(*method) else {
                    continue;
                };
                for (hook, kind) in &hooks {
                    if self.reads_on_instance(def, |read| read == *hook) {
                        found.push((class, *method, scope, *hook, *kind));
                    }
                }
            }
        }
        found.sort_unstable();
        found
    }

    /// The `function_definition` of the `def` that binds `id`, decorated or not.
    pub(in crate::core::analysis) fn method_def(&self, id: BindingId) -> Option<Node<'a>> {
        let binding = self.model.binding(id);
        if binding.kind != BindingKind::FunctionDef {
            return None;
        }
        // A decorated method's statement is its `decorated_definition`.
        let statement = self.statement_node(binding.statement)?;
        let def = match statement.kind_name() {
            "decorated_definition" => statement.field("definition")?,
            _ => statement,
        };
        (def.kind_name() == "function_definition").then_some(def)
    }

    /// Whether a method of `class` assigns `<object>.<attr>` (`self.pool = ...`).
    pub(super) fn sets_attribute(&self, class: ScopeId, attr: &str) -> bool {
        self.assignments_to(class, attr)
            .is_none_or(|assignments| !assignments.is_empty())
    }

    /// How the method bound by `id` is a hook a subclass may override with a pool factory,
    /// when it is one: an abstract method (`@abstractmethod`, or a body that is `...` or
    /// raises `NotImplementedError`, after any docstring), or a method with a `return`
    /// statement that starts its line and makes a thread pool there (as the prefilter asks,
    /// `HOOK_THREAD_POOLS`); plain, a `@classmethod` or a `@staticmethod` (`Hook::Called`), or
    /// a `@property` (`Hook::Property`); or a `@contextmanager` whose every `yield` gives a
    /// thread pool (`Hook::Manager`); or a class attribute naming a thread pool's class
    /// (`Hook::Class`).
    fn hook_kind(&self, id: BindingId) -> Option<Hook> {
        let binding = self.model.binding(id);
        if matches!(
            binding.kind,
            BindingKind::Assignment | BindingKind::AnnotatedAssignment
        ) {
            // `executor_cls = ThreadPoolExecutor`, which the template calls.
            let value = binding.value.and_then(|v| self.node_at(v))?;
            return thread_pool(self, value, binding.scope).then_some(Hook::Class);
        }
        let statement = self.method_def(id)?;
        let scope = self.model.scope_created_by(TextRange::of(statement))?;
        let hook = match statement.parent() {
            Some(decorated) if decorated.kind_name() == "decorated_definition" => {
                let mut cursor = decorated.walk();
                let decorators: Vec<&'a str> = (decorated.named_children(&mut cursor))
                    .filter(|c| c.kind_name() == "decorator")
                    .map(|d| self.text(d).trim_end())
                    .collect();
                let hook = match decorators.iter().any(|d| d.ends_with("property")) {
                    true => Hook::Property,
                    false => Hook::Called,
                };
                if decorators.iter().any(|d| d.ends_with("abstractmethod")) {
                    return Some(hook);
                }
                if decorators.iter().any(|d| d.ends_with("contextmanager")) {
                    // `with ThreadPool(2) as pool: yield pool`.
                    let yields = yielded_values(statement.field("body")?)?;
                    return (decorators.len() == 1
                        && !yields.is_empty()
                        && yields.iter().all(|v| self.may_give_thread_pool(*v, scope)))
                    .then_some(Hook::Manager);
                }
                match self.called_as(statement)? {
                    Called::Property => Hook::Property,
                    Called::Plain | Called::Static | Called::ClassMethod => Hook::Called,
                }
            }
            _ => Hook::Called,
        };
        let body = statement.field("body")?;
        let mut cursor = body.walk();
        let statements: Vec<Node<'a>> = (body.named_children(&mut cursor))
            .filter(|c| c.kind_name() != "comment")
            .collect();
        let docstring = |node: &Node<'a>| {
            node.kind_name() == "expression_statement"
                && node
                    .named_child(0)
                    .is_some_and(|e| e.kind_name() == "string")
        };
        let code: Vec<&Node<'a>> = statements.iter().skip_while(|s| docstring(s)).collect();
        let placeholder = |node: &&Node<'a>| match node.kind_name() {
            "expression_statement" => node
                .named_child(0)
                .is_some_and(|e| e.kind_name() == "ellipsis"),
            "raise_statement" => self.text(**node).contains("NotImplementedError"),
            _ => false,
        };
        if let [only] = code.as_slice()
            && placeholder(only)
        {
            return Some(hook);
        }
        let makes_thread_pool = statements.iter().any(|statement| {
            let line_start = self.source[..statement.start_byte()]
                .rfind('\n')
                .map_or(0, |newline| newline + 1);
            let first_line = self.text(*statement).lines().next().unwrap_or_default();
            statement.kind_name() == "return_statement"
                && self.source[line_start..statement.start_byte()]
                    .trim()
                    .is_empty()
                && HOOK_WORDS[..2].iter().any(|word| first_line.contains(word))
                && statement
                    .named_child(0)
                    .is_some_and(|value| self.may_give_thread_pool(value, scope))
        });
        makes_thread_pool.then_some(hook)
    }

    /// The names the method bound by `method` reads on its instance (`self.NAME`), and
    /// those the methods of `class` it so reads read in turn, sorted; `None` when one of them
    /// reads its instance in a way no list shows (`reads_instance_dynamically`).
    pub(in crate::core::analysis) fn instance_reads(
        &self,
        class: ScopeId,
        method: BindingId,
    ) -> Option<Vec<String>> {
        let mut reads: Vec<String> = Vec::new();
        let mut pending = vec![method];
        let mut walked = Vec::new();
        while let Some(id) = pending.pop() {
            if walked.contains(&id) {
                continue;
            }
            walked.push(id);
            // The method itself is plain; those it reads may be properties or other hooks.
            let def = match id == method {
                true => self.plain_method(id)?.1,
                false => self.method_def(id)?,
            };
            if self.reads_instance_dynamically(def) {
                return None;
            }
            self.instance_attributes(def, |_, name| {
                if !reads.iter().any(|r| r == name) {
                    reads.push(name.to_string());
                    if let [id] = self.model.bindings_of(class, name)
                        && self.model.binding(*id).kind == BindingKind::FunctionDef
                    {
                        pending.push(*id);
                    }
                }
                false
            });
        }
        reads.sort_unstable();
        Some(reads)
    }

    /// The classes of other modules, by their absolute dotted path, that a module-level class
    /// of this file subclasses while it (or a class of this file between them) overrides a
    /// method with a pool factory (`is_pool_factory`), and whose file has told no template
    /// method yet: the run asks that file for them (`handed::Held::Base`), as a base whose
    /// hook is abstract names no pool for the prefilter to keep its file by.
    pub(in crate::core::analysis) fn template_requests(&self) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for (_, order) in self.module_classes_ordered() {
            let own: Vec<ScopeId> = (order.iter())
                .map_while(|ancestor| match ancestor {
                    Ancestor::Own(scope) => Some(*scope),
                    _ => None,
                })
                .collect();
            // The first look at a file does not know its package: a base a relative import
            // names is opaque then, and asked for as the import spells it (`.base.Runner`),
            // which the run resolves.
            let path = match order.get(own.len()) {
                Some(Ancestor::Imported(path)) => path.clone(),
                Some(Ancestor::Opaque(at)) => {
                    let Some(path) = self.spelled_base(&own, *at) else {
                        continue;
                    };
                    path
                }
                _ => continue,
            };
            let templates = format!("{path}.{TEMPLATE}.");
            if found.contains(&path) || self.apis_under(&templates).next().is_some() {
                continue;
            }
            let overrides_hook = own.iter().any(|scope| {
                (self.model.scope(*scope).bindings.values())
                    .any(|ids| matches!(ids.as_slice(), [id] if self.is_pool_factory(*id)))
            });
            if overrides_hook {
                found.push(path);
            }
        }
        found.sort_unstable();
        found
    }

    /// The dotted path, as its import spells it, of the base written at byte `at` in the
    /// statement of one of the classes `own`.
    fn spelled_base(&self, own: &[ScopeId], at: usize) -> Option<String> {
        own.iter().find_map(|scope| {
            let list = self.scope_node(*scope)?.field("superclasses")?;
            let mut cursor = list.walk();
            let base = list
                .named_children(&mut cursor)
                .find(|base| base.start_byte() == at)?;
            let base = match base.kind_name() {
                "subscript" => base.field("value")?,
                _ => base,
            };
            imported_function(self, base, SemanticModel::MODULE)
        })
    }

    /// What `self.<attr>` is taken to be in the method an evaluator reads under an assumption
    /// (`assuming`).
    pub(super) fn assumed_attribute(
        &self,
        object: &str,
        scope: ScopeId,
        attr: &str,
    ) -> Option<Value> {
        let (name, value) = self.assumed.as_ref()?;
        let (method, _) = self.self_class?;
        (*name == attr && self.model.resolve(scope, object) == Resolution::Scope(method))
            .then(|| value.clone())
    }

    /// What the method `name` is on an instance of a class whose order reaches it in the
    /// imported class at `at`, a template method of that class's file (`template_hooks`):
    /// the row that file exports for the one hook the classes before it override, for the
    /// pool the override gives (`pool_hook`). Those classes must be this file's and leave the
    /// base's state alone (`keeps_imported_state`), or mixins of other files that list their
    /// names, and override no other name the base has. `None` when the lookup is no such
    /// case.
    fn imported_template(&self, order: &[Ancestor], at: usize, name: &str) -> Option<Value> {
        let Some(Ancestor::Imported(path)) = order.get(at) else {
            return None;
        };
        // Only a class whose file exported a template is asked further.
        let templates = format!("{path}.{TEMPLATE}.");
        self.apis_under(&templates).next()?;
        // What the method reads on its instance, when its file said (an override of another
        // name it never reads leaves it as it is), else every name of its class.
        let members = match self.imported_members(&format!("{path}.{TEMPLATE}.{name}")) {
            Some(reads) => reads,
            None => self.imported_members(path)?,
        };
        // The one name of `members` the classes before override, with what it gives the
        // template and the class that gives it.
        let mut overridden: Option<(String, Option<Value>, String)> = None;
        let mut override_of =
            |bound: &str, value: &dyn Fn() -> Option<Value>, by: &str| match &overridden {
                Some((known, ..)) => known == bound,
                None => {
                    overridden = Some((bound.to_string(), value(), by.to_string()));
                    true
                }
            };
        for before in &order[..at] {
            match before {
                Ancestor::Own(scope) => {
                    if !self.keeps_imported_state(*scope, path) {
                        return None;
                    }
                    let class = self.model.scope(*scope);
                    for (bound, ids) in &class.bindings {
                        if bound == "__init__" || !members.iter().any(|m| m == bound) {
                            continue;
                        }
                        let value = || match ids.as_slice() {
                            [id] => self.pool_hook(*id),
                            _ => None,
                        };
                        if !override_of(bound, &value, class.name.as_deref()?) {
                            return None;
                        }
                    }
                }
                // A mixin of another file (`class ProcessRunner(ProcessPoolMixin, Runner)`)
                // whose names its file listed: of the base's names, those its instances
                // hold included, it has only the hook, whose pool its file told of; any
                // state of its own is then its own (`KEEPS_STATE`).
                Ancestor::Imported(mixin) => {
                    let names = self.imported_members(mixin)?;
                    let base_names = self.imported_members(path)?;
                    // Named for the class that puts the mixin before the base.
                    let Some(Ancestor::Own(first)) = order.first() else {
                        return None;
                    };
                    let by = self.model.scope(*first).name.as_deref()?;
                    for bound in names {
                        if bound == KEEPS_STATE
                            || (!members.contains(bound) && !base_names.contains(bound))
                        {
                            continue;
                        }
                        let value = || self.user_member(&format!("{mixin}.{bound}"));
                        if !members.contains(bound) || !override_of(bound, &value, by) {
                            return None;
                        }
                    }
                }
                Ancestor::Opaque(_) => return None,
            }
        }
        let (hook, Some(value), by) = overridden? else {
            return None;
        };
        let (Value::Factory { class, fork: false }
        | Value::Instance { class, fork: false }
        | Value::ManagerFactory { class, fork: false }
        | Value::Class { class, fork: false }) = value
        else {
            return None;
        };
        let pool = HOOK_POOLS.iter().find(|pool| **pool == class)?;
        let path = format!("{path}.{TEMPLATE}.{hook}.{}.{name}", pool.shown_name());
        let Value::Function(row) = self.user_member(&path)? else {
            return None;
        };
        // Named for the class whose override makes it a wrapper.
        let name = by.as_str();
        Some(Value::Function(methods::homed_in(row, name)))
    }

    /// What the method `name` is on an instance of a class whose order reaches it in the
    /// imported class at `at`, when its file exported it as a method testing a flag of that
    /// class (`template_flags`) and the classes before, all of this file, set exactly one such
    /// flag (bind it at class level, set it on their instances, or give it by a property):
    /// the row that file made of the method with the flag either way, named for the first
    /// class. Those classes must otherwise keep their state apart from the base's
    /// (`keeps_state_apart`) and override no other name the method reads.
    ///
    /// ```text
    /// # pkg/runner.py                       # pkg/fast.py
    /// class Runner:                         class ProcRunner(Runner):
    ///     use_processes = False                 use_processes = True
    ///     def map(self, fn, xs):
    ///         cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
    /// ```
    fn imported_flag_template(&self, order: &[Ancestor], at: usize, name: &str) -> Option<Value> {
        let Some(Ancestor::Imported(path)) = order.get(at) else {
            return None;
        };
        let prefix = format!("{path}.{TEMPLATE}.");
        let tail = format!("{EITHER}.{name}");
        let flags: Vec<&str> = (self.apis_under(&prefix))
            .filter_map(|api| {
                let (flag, rest) = api.path.strip_prefix(&prefix)?.split_once('.')?;
                (rest == tail).then_some(flag)
            })
            .collect();
        if flags.is_empty() {
            return None;
        }
        let others: Vec<String> = (self.imported_members(path)?.iter())
            .filter(|member| !flags.contains(&member.as_str()))
            .cloned()
            .collect();
        let reads = self.imported_members(&format!("{prefix}{name}"))?;
        let mut set: Option<&str> = None;
        for before in &order[..at] {
            let Ancestor::Own(scope) = before else {
                return None;
            };
            if !self.keeps_state_apart(*scope, &others, false) {
                return None;
            }
            let bindings = &self.model.scope(*scope).bindings;
            if (bindings.keys()).any(|bound| {
                bound != "__init__" && reads.contains(bound) && !flags.contains(&bound.as_str())
            }) {
                return None;
            }
            for flag in &flags {
                if bindings.contains_key(*flag) || self.sets_attribute(*scope, flag) {
                    match set {
                        Some(known) if known != *flag => return None,
                        _ => set = Some(flag),
                    }
                }
            }
        }
        let flag = set?;
        let Value::Function(row) = self.user_member(&format!("{prefix}{flag}.{tail}"))? else {
            return None;
        };
        let Some(Ancestor::Own(first)) = order.first() else {
            return None;
        };
        let by = self.model.scope(*first).name.as_deref()?;
        Some(Value::Function(methods::homed_in(row, by)))
    }

    /// The methods of this file's classes that test a flag of their class (`flags`), each
    /// with the flag, as `(class, method's binding, method's scope, flag)`, sorted: plain
    /// methods that read the flag on their instance where it is tested, of a module-level
    /// class whose text names a pool, an executor or a process. The file exports what each is with the flag either way
    /// (`EITHER`), which a subclass in another file that sets the flag runs
    /// (`imported_flag_template`).
    pub(in crate::core::analysis) fn template_flags(
        &self,
    ) -> Vec<(ScopeId, BindingId, ScopeId, &'a str)> {
        let mut found = Vec::new();
        for (class, _) in self.module_classes_ordered() {
            let text = self.scope_node(class).map_or("", |node| self.text(node));
            if !["Pool", "Process", "Executor"]
                .iter()
                .any(|word| text.contains(word))
            {
                continue;
            }
            let flags = self.flags(class);
            if flags.is_empty() {
                continue;
            }
            for ids in self.model.scope(class).bindings.values() {
                let [method] = ids.as_slice() else {
                    continue;
                };
                let Some((scope, def)) = self.plain_method(*method) else {
                    continue;
                };
                for flag in &flags {
                    if self.instance_attributes(def, |attribute, read| {
                        read == *flag && tested(attribute)
                    }) {
                        found.push((class, *method, scope, *flag));
                    }
                }
            }
        }
        found.sort_unstable();
        found
    }

    /// The class whose `self.<attr>` a template method read as `class` runs it
    /// (`as_method_of`) reads: `class` when it, or a class between it and the method's own
    /// class, binds `attr` (an override, a class attribute) and no class from the method's
    /// own on sets it on the instance; else the method's own class, whose methods set its
    /// instances' attributes (`template_methods` left out subclasses that set any).
    pub(super) fn template_attribute_class(&self, class: ScopeId, attr: &str) -> ScopeId {
        let Some((method, subclass)) = self.self_class else {
            return class;
        };
        let Some(own) = self.model.scope(method).parent else {
            return class;
        };
        if subclass != class {
            return class;
        }
        let Some(order) = self.linearization(class) else {
            return class;
        };
        let Some(at) = order.iter().position(|a| *a == Ancestor::Own(own)) else {
            return class;
        };
        // Or a template method `class` runs as its own (`self.map` in `run_all`, both
        // inherited: `inferred::specialize`).
        let bound = order[..at].iter().any(|ancestor| match ancestor {
            Ancestor::Own(scope) => !self.model.bindings_of(*scope, attr).is_empty(),
            _ => true,
        }) || (self.specialized.keys())
            .any(|&(of, method)| of == class && self.model.binding(method).name == attr);
        // An attribute the method's own class or one after it sets on the instance hides
        // what the classes before bind on theirs (`self.pool_cls = ThreadPool` in the base's
        // `__init__` over `pool_cls = Pool` in the subclass's body).
        let set_on_instance = order[at..].iter().any(|ancestor| match ancestor {
            Ancestor::Own(scope) => self
                .assignments_to(*scope, attr)
                .is_none_or(|assignments| !assignments.is_empty()),
            _ => true,
        });
        if bound && !set_on_instance {
            class
        } else {
            own
        }
    }

    /// Whether `node` holds an attribute `self.NAME` or `cls.NAME` for which `wanted(NAME)`,
    /// other than as the size of a pool (`sizes_pool`): a subclass setting `workers = 1` still
    /// has its tasks pickled by `Pool(cls.workers)`.
    fn reads_on_instance(&self, node: Node<'a>, wanted: impl Fn(&str) -> bool) -> bool {
        self.instance_attributes(node, |attribute, name| {
            wanted(name) && !self.sizes_pool(attribute)
        })
    }

    /// Call `visit` with each attribute `self.NAME` or `cls.NAME` in `node` and its name,
    /// until it says `true`; whether it did.
    fn instance_attributes(
        &self,
        node: Node<'a>,
        mut visit: impl FnMut(Node<'a>, &'a str) -> bool,
    ) -> bool {
        let mut stack = vec![node];
        while let Some(node) = stack.pop() {
            if node.kind_name() == "attribute"
                && let (Some(object), Some(attribute)) =
                    (node.field("object"), node.field("attribute"))
                && object.kind_name() == "identifier"
                && matches!(self.text(object), "self" | "cls")
                && visit(node, self.text(attribute))
            {
                return true;
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        false
    }
}

/// The names a class before a base in an order binds: those of a class of this file, or those
/// another file of the run exports for its class (`UserKind::Members`).
#[derive(Clone, Copy)]
enum Names<'m> {
    Scope(&'m NameMap<Vec<BindingId>>),
    Listed(&'m [String]),
}

impl Names<'_> {
    fn contains(self, name: &str) -> bool {
        match self {
            Names::Scope(bindings) => bindings.contains_key(name),
            Names::Listed(listed) => listed.iter().any(|n| n == name),
        }
    }

    fn any(self, mut wanted: impl FnMut(&str) -> bool) -> bool {
        match self {
            Names::Scope(bindings) => bindings.keys().any(|n| wanted(n)),
            Names::Listed(listed) => listed.iter().any(|n| wanted(n)),
        }
    }
}

/// C3's merge: repeatedly take the first head that is in no sequence's tail. `None` when no
/// head qualifies, where Python raises "Cannot create a consistent method resolution order".
fn merge(mut sequences: Vec<Vec<Ancestor>>) -> Option<Vec<Ancestor>> {
    let mut order = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Some(order);
        }
        let in_a_tail = |candidate: &Ancestor| {
            sequences
                .iter()
                .any(|sequence| sequence[1..].contains(candidate))
        };
        let head = sequences
            .iter()
            .map(|sequence| &sequence[0])
            .find(|head| !in_a_tail(head))?
            .clone();
        for sequence in &mut sequences {
            if sequence[0] == head {
                sequence.remove(0);
            }
        }
        order.push(head);
    }
}

#[cfg(test)]
mod tests {
    use super::{Ancestor, merge};

    fn class(id: usize) -> Ancestor {
        Ancestor::Opaque(id)
    }

    #[test]
    fn merge_puts_a_shared_base_after_every_class_that_has_it() {
        // class Left(Base), class Right(Base), class Diamond(Left, Right):
        // Diamond, Left, Right, Base; a depth-first order would put Base before Right.
        let (left, right, base) = (class(1), class(2), class(3));
        let order = merge(vec![
            vec![left.clone(), base.clone()],
            vec![right.clone(), base.clone()],
            vec![left.clone(), right.clone()],
        ]);
        assert_eq!(order, Some(vec![left, right, base]));
    }

    #[test]
    fn merge_refuses_an_order_python_refuses() {
        // class X(A, B) and class Y(B, A), then class Z(X, Y): no consistent order.
        let (a, b, x, y) = (class(1), class(2), class(3), class(4));
        let order = merge(vec![
            vec![x.clone(), a.clone(), b.clone()],
            vec![y.clone(), b, a],
            vec![x, y],
        ]);
        assert_eq!(order, None);
    }
}

/// What a subclass's binding of a name a base's method reads on `self` makes of the method
/// (`Evaluator::template_methods`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Override {
    /// A pool's maker: the method is a template, its hook overridden.
    Factory,
    /// A plain value (`use_processes = True`): a template where the method only tests it.
    Value,
    /// Anything else: no template.
    Other,
}

/// Whether `attribute` is only tested: the condition of an `if`, `elif`, `while` or
/// conditional expression, itself or under `not`, `and`, `or`, or a comparison.
fn tested(attribute: Node<'_>) -> bool {
    let mut child = attribute;
    while let Some(parent) = child.parent() {
        match parent.kind_name() {
            "parenthesized_expression"
            | "not_operator"
            | "boolean_operator"
            | "comparison_operator" => child = parent,
            "if_statement" | "elif_clause" | "while_statement" => {
                return parent.field("condition") == Some(child);
            }
            "conditional_expression" => return parent.named_child(1) == Some(child),
            _ => return false,
        }
    }
    false
}
