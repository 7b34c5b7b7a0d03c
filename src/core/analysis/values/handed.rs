//! The pool a parameter holds because another file of the run passes one to its function
//! (`analysis::handed`): the run declares it (`Options::handed_pools`) when it analyses the
//! function's file again, and a parameter whose value nothing in the file says takes it.

use super::classes::PoolChoice;
use super::{Evaluator, Value};
use crate::core::analysis::handed::{HandedPool, Held, NamePart};
use crate::core::node::NodeExt;
use tree_sitter::Node;

use crate::core::semantic::{
    Binding, BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// How many subclasses deep `calling_subclasses` looks.
const MAX_SUBCLASS_STEPS: usize = 4;

/// A module-level name of this file that another file of the run hands to a process API
/// (`Evaluator::handed_names`): which part of it, the caller's API and the caller's file.
pub(in crate::core::analysis) struct HandedName<'a> {
    pub name: &'a str,
    pub part: &'a NamePart,
    pub api: &'a str,
    pub by: &'a str,
}

impl<'a> Evaluator<'a> {
    /// The evaluator with the pools other files pass to this file's functions.
    pub fn handed(self, handed: &'a [HandedPool]) -> Self {
        Self { handed, ..self }
    }

    /// The instance the parameter `id` is assumed to hold: a parameter of a module-level
    /// function of this file, or of the `__init__` of a module-level class, that another file
    /// passes a pool to, by the function's (or class's) dotted path and the slot the pool
    /// takes (its name, or its position). When callers pass pools
    /// of two classes, the first by the run's order: every call is judged by what it passes
    /// (`Test::HandedPool`), and both classes' `map` take the callable alike.
    pub(in crate::core::analysis) fn assumed_pool(&self, id: BindingId) -> Option<Value> {
        if self.handed.is_empty() {
            return None;
        }
        let binding = self.model.binding(id);
        if binding.kind != BindingKind::Parameter {
            return None;
        }
        let (path, skip) = self.called_path(binding.scope)?;
        let position = self
            .parameter_position(binding.scope, binding.range)
            .and_then(|at| at.checked_sub(skip));
        // A call of a subclass that hands this constructor its own arguments hands them here.
        let subclasses = match (skip, self.model.scope(binding.scope).parent) {
            (1, Some(class)) => self.calling_subclasses(class),
            _ => Vec::new(),
        };
        let takes = |handed: &&HandedPool| {
            !matches!(
                handed.held,
                Held::Callable | Held::Name { .. } | Held::Decorator | Held::Base
            ) && (handed.function == path || subclasses.contains(&handed.function))
                && match (&handed.keyword, handed.position) {
                    (Some(keyword), _) => *keyword == binding.name,
                    (None, at) => at.is_some() && at == position,
                }
        };
        // A pool's class only where the constructor keeps it as given, for its methods to
        // call (`stored_class`); a pool handed at the same slot by another caller comes first.
        let value = |held: &Held| match held {
            Held::Pool { class, fork } => Some(Value::Instance {
                class: *class,
                fork: *fork,
            }),
            Held::Object(class) => Some(Value::Declared(class.clone())),
            Held::Method { class, method } => Some(Value::Function(
                crate::core::analysis::api::method(*class, method)?,
            )),
            Held::PoolClass { .. }
            | Held::Callable
            | Held::Name { .. }
            | Held::Decorator
            | Held::Base => None,
        };
        let class = |held: &Held| match held {
            Held::PoolClass { class, fork } if skip == 1 && self.stored_class(binding) => {
                Some(Value::Class {
                    class: *class,
                    fork: *fork,
                })
            }
            _ => None,
        };
        let taken = || self.handed.iter().filter(takes);
        taken()
            .find_map(|handed| value(&handed.held))
            .or_else(|| taken().find_map(|handed| class(&handed.held)))
    }

    /// Whether the constructor parameter `binding` is read only where `__init__` keeps it as
    /// given (`self.executor_cls = executor_cls`), in attributes the class reads only to call
    /// (`read_as_receiver`): there `kept_pools` judges each call of the class by the class it
    /// passes, anywhere else a pool made from it would be taken for a process pool always.
    fn stored_class(&self, binding: &Binding) -> bool {
        let (init, name) = (binding.scope, binding.name.as_str());
        let Some(class) = self.model.scope(init).parent else {
            return false;
        };
        let range = self.model.scope(init).range;
        let mut reads = self
            .model
            .references_in(range)
            .filter(|r| r.name == name && r.resolution == Resolution::Scope(init))
            .peekable();
        reads.peek().is_some()
            && reads.all(|read| {
                let Some(node) = self.node_at(read.range) else {
                    return false;
                };
                let Some(assignment) = node
                    .parent()
                    .filter(|p| p.kind_name() == "assignment" && p.field("right") == Some(node))
                else {
                    return false;
                };
                let left = assignment.field("left");
                let object = left.and_then(|l| l.field("object"));
                let attr = left.and_then(|l| l.field("attribute"));
                matches!((left, object, attr), (Some(l), Some(o), Some(a))
                    if l.kind_name() == "attribute"
                        && self.method_class(self.text(o), init) == Some(class)
                        && self.read_as_receiver(class, self.text(a), true))
            })
    }

    /// The slots at which other files of the run hand a callable to a module-level function
    /// of this file that their processes run as a worker (`handed::Held::Callable`): the
    /// function's name, and the slot.
    pub(in crate::core::analysis) fn handed_callables(
        &self,
    ) -> impl Iterator<Item = &'a HandedPool> + '_ {
        let module = self.module.unwrap_or_default();
        self.handed.iter().filter(move |handed| {
            handed.held == Held::Callable
                && handed
                    .function
                    .strip_prefix(module)
                    .is_some_and(|rest| rest.starts_with('.') && !rest[1..].contains('.'))
        })
    }

    /// The decorators of this file that other files of the run put over a function that may
    /// be a wrapper (`handed::Held::Decorator`), by their dotted path.
    pub(in crate::core::analysis) fn handed_decorators(
        &self,
    ) -> impl Iterator<Item = &'a HandedPool> + '_ {
        let module = self.module.unwrap_or_default();
        self.handed.iter().filter(move |handed| {
            handed.held == Held::Decorator
                && handed
                    .function
                    .strip_prefix(module)
                    .is_some_and(|rest| rest.starts_with('.') && !rest[1..].contains('.'))
        })
    }

    /// The module-level names of this file that other files of the run hand to a process API
    /// themselves (`handed::Held::Name`), each with the part handed over and the first
    /// caller's API and module, in the run's order.
    pub(in crate::core::analysis) fn handed_names(&self) -> Vec<HandedName<'a>> {
        let Some(module) = self.module else {
            return Vec::new();
        };
        let mut names: Vec<HandedName<'a>> = Vec::new();
        for handed in self.handed {
            let Held::Name { api, by, part } = &handed.held else {
                continue;
            };
            let name = handed
                .function
                .strip_prefix(module)
                .and_then(|rest| rest.strip_prefix('.'))
                .filter(|name| !name.contains('.'));
            let Some(name) = name else {
                continue;
            };
            if !names.iter().any(|n| n.name == name && n.part == part) {
                names.push(HandedName {
                    name,
                    part,
                    api,
                    by,
                });
            }
        }
        names
    }

    /// The dotted path by which callers of another file call the function of scope `function`,
    /// and how many of its first parameters they do not write: a module-level function's own
    /// (`pkg.par.pmap`, none), or for the `__init__` of a module-level class, the class's
    /// (`pkg.par.Runner`, whose call passes everything after `self`).
    /// The dotted paths of the module-level classes of this file whose call passes the
    /// constructor of `class` its own arguments (`Evaluator::base_constructor_call`): a
    /// subclass without a constructor, or one that hands on `*args, **kwargs`, and theirs.
    fn calling_subclasses(&self, class: ScopeId) -> Vec<String> {
        let module = self.model.scope(SemanticModel::MODULE);
        let classes = module
            .bindings
            .values()
            .filter_map(|ids| match ids.as_slice() {
                [only] if self.model.binding(*only).kind == BindingKind::ClassDef => self
                    .model
                    .scope_created_by(self.model.binding(*only).statement),
                _ => None,
            });
        classes
            .filter(|&subclass| {
                let mut at = subclass;
                for _ in 0..MAX_SUBCLASS_STEPS {
                    match self.base_constructor_call(at) {
                        Some((base, None)) if base == class => return true,
                        Some((base, None)) => at = base,
                        _ => return false,
                    }
                }
                false
            })
            .filter_map(|subclass| self.own_class_path(subclass))
            .collect()
    }

    fn called_path(&self, function: ScopeId) -> Option<(String, usize)> {
        let scope = self.model.scope(function);
        let parent = self.model.scope(scope.parent?);
        if scope.kind != ScopeKind::Function {
            return None;
        }
        let name = scope.name.as_deref()?;
        if scope.parent == Some(SemanticModel::MODULE) {
            return Some((format!("{}.{name}", self.module?), 0));
        }
        let constructor = name == "__init__"
            && parent.kind == ScopeKind::Class
            && parent.parent == Some(SemanticModel::MODULE)
            && self.init_of(scope.parent?) == Some(function);
        constructor.then(|| Some((self.own_class_path(scope.parent?)?, 1)))?
    }

    /// The parameter of the constructor of `attribute`'s class (`self.executor`, read in a
    /// method of scope `function`) that alone sets the attribute, when another file hands the
    /// class a pool there (`analysis::kept_pools`): its position in a call of the class and its
    /// name. With `class`, the pool's class handed to the constructor (`Held::PoolClass`),
    /// which the method calls (`self.executor_cls(2)`), else the pool itself.
    pub(in crate::core::analysis) fn kept_pool_parameter(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
        class: bool,
    ) -> Option<(Option<usize>, &'a str)> {
        if self.handed.is_empty() {
            return None;
        }
        self.kept_parameter(attribute, function, |id| {
            self.assumed_pool(id)
                .is_some_and(|value| matches!(value, Value::Class { .. }) == class)
        })
    }

    /// The slot of the constructor parameter whose context `attribute` (`self._context`, in
    /// the method of scope `function`) keeps, when the constructor sets it from that
    /// parameter alone and its default is a context that is not fork's (`default_context`):
    /// its position in a call of the class (after `self`) and its keyword.
    pub(in crate::core::analysis) fn kept_context_parameter(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
    ) -> Option<(Option<usize>, &'a str)> {
        self.kept_parameter(attribute, function, |id| {
            self.default_context(id, 0) == Some(Value::Context { fork: false })
        })
    }

    /// The slot of the constructor parameter whose pool `attribute` (`self._executor`, in
    /// the method of scope `function`) keeps as given, or in place of which, when none is
    /// given, the constructor makes a process pool (`executor if executor is not None else
    /// ProcessPoolExecutor(2)`, `executor or Pool()`): the attribute is a process pool unless
    /// a caller passes another (`kept_pools::KeptValue::Made`).
    pub(in crate::core::analysis) fn kept_made_parameter(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
    ) -> Option<(Option<usize>, &'a str)> {
        if !matches!(
            self.eval(attribute, function),
            Value::Instance { fork: false, .. }
        ) {
            return None;
        }
        self.kept_parameter(attribute, function, |_| true)
    }

    /// The slot of the constructor parameter whose pool's class (or callable making pools)
    /// `attribute` (`self._factory`, called in the method of scope `function`) keeps as
    /// given, when what it holds is a process pool's (`executor_factory=ProcessPoolExecutor`
    /// by default): the pool made is a process pool unless a caller passes another
    /// (`kept_pools::KeptValue::Made`).
    pub(in crate::core::analysis) fn kept_made_class_parameter(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
    ) -> Option<(Option<usize>, &'a str)> {
        match self.eval(attribute, function) {
            Value::Class { class, fork: false } | Value::Factory { class, fork: false }
                if class != crate::core::analysis::api::Class::Process =>
            {
                self.kept_parameter(attribute, function, |_| true)
            }
            _ => None,
        }
    }

    /// The slot of the constructor parameter `attribute` (`self.<attr>`, in the method of
    /// scope `function`) keeps, when the constructor sets it from that parameter alone and
    /// `kept` holds of its binding.
    fn kept_parameter(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
        kept: impl Fn(BindingId) -> bool,
    ) -> Option<(Option<usize>, &'a str)> {
        let object = attribute.field("object")?;
        let attr = attribute.field("attribute")?;
        if object.kind_name() != "identifier" {
            return None;
        }
        let (init, name) = self.stored_parameter(self.text(object), self.text(attr), function)?;
        let [only] = self.model.bindings_of(init, name) else {
            return None;
        };
        if !kept(*only) {
            return None;
        }
        let range = self.model.binding(*only).range;
        let position = self
            .parameter_position(init, range)
            .and_then(|at| at.checked_sub(1));
        Some((position, name))
    }

    /// Whether the constructor of `class` alone sets the attribute `attr`, from a parameter
    /// another file hands a pool to (`analysis::kept_pools`): each instance holds what its
    /// maker passed, a thread pool as well, so the attribute is no pool for every reader.
    pub(super) fn kept_from_handed(&self, class: ScopeId, attr: &str) -> bool {
        self.kept_handed_pool(class, attr).is_some()
    }

    /// The choice by which `attribute` (`self._pool`, in the method of scope `function`)
    /// holds a process pool its constructor (or `__enter__`) chose (`kept_chosen_pool`), with
    /// the scope of the method that chose it. With `class`, the attribute is the class of the pool
    /// (`self._cls(2)`), else the pool itself.
    pub(in crate::core::analysis) fn kept_choice(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
        class: bool,
    ) -> Option<(ScopeId, PoolChoice<'a>)> {
        let object = attribute.field("object")?;
        let attr = attribute.field("attribute")?;
        if object.kind_name() != "identifier" {
            return None;
        }
        let home = self.method_class(self.text(object), function)?;
        let (kept, chooser, choice) = self.kept_chosen_pool(home, self.text(attr))?;
        if matches!(kept, Value::Class { .. }) != class {
            return None;
        }
        Some((chooser, choice))
    }

    /// The pool another file hands the constructor of `class`, which keeps it in `attr`
    /// (`kept_from_handed`) or a default when none is given (`self.executor = executor or
    /// ThreadPoolExecutor(2)`, `Evaluator::stored_parameter`).
    pub(super) fn kept_handed_pool(&self, class: ScopeId, attr: &str) -> Option<Value> {
        if self.handed.is_empty() {
            return None;
        }
        let init = self.init_of(class)?;
        let object = self.first_parameter(init)?;
        let (init, name) = self.stored_parameter(object, attr, init)?;
        let [only] = self.model.bindings_of(init, name) else {
            return None;
        };
        self.assumed_pool(*only)
    }

    /// Whether `name`, read in the code of `scope`, is the instance of a method (`self`).
    pub(in crate::core::analysis) fn is_self(&self, name: &str, scope: ScopeId) -> bool {
        self.method_class(name, scope).is_some()
    }

    /// The name of the class `node` names, when it is a module-level class of this file with
    /// wrapper methods or a class of another file of the run with declared ones (`Runner` for
    /// `R` after `from par import Runner as R`).
    pub(in crate::core::analysis) fn class_name(
        &self,
        node: Node<'a>,
        scope: ScopeId,
    ) -> Option<String> {
        match self.eval(node, scope) {
            Value::OwnClass(class) => self.model.scope(class).name.clone(),
            Value::Module(path) if self.declares_members_of(&path) => {
                path.rsplit('.').next().map(str::to_string)
            }
            _ => None,
        }
    }

    /// The dotted path of the module-level class `class` of this file (`par.Parallel`), by
    /// which other files of the run know it; `None` when the module is unknown.
    pub(in crate::core::analysis) fn own_class_path(&self, class: ScopeId) -> Option<String> {
        let scope = self.model.scope(class);
        let module_level = scope.parent == Some(SemanticModel::MODULE);
        module_level.then(|| Some(format!("{}.{}", self.module?, scope.name.as_deref()?)))?
    }

    /// Whether `node` may be a pool or an instance of a wrapper class by its text: it names,
    /// or a binding of the name it is names, one of the words through which the file can make
    /// one (`may_make_pools`: `pool`, `executor`, the process imports and declared APIs), or
    /// it is a parameter other files pass a pool to. A cheap test before evaluating it.
    pub(in crate::core::analysis) fn may_be_pool(&self, node: Node<'_>, scope: ScopeId) -> bool {
        if node.kind_name() != "identifier" {
            return self.names_pool_words(TextRange::of(node));
        }
        let name = self.text(node);
        let Resolution::Scope(owner) = self.model.resolve(scope, name) else {
            return false;
        };
        self.model.bindings_of(owner, name).iter().any(|id| {
            let binding = self.model.binding(*id);
            self.names_pool_words(binding.statement)
                || (binding.kind == BindingKind::Parameter && self.assumed_pool(*id).is_some())
        })
    }

    /// Whether the code of `scope`, or of the function or class a lambda or comprehension
    /// `scope` is in, names a word of `may_make_pools`.
    pub(in crate::core::analysis) fn may_make_pools_in(&self, mut scope: ScopeId) -> bool {
        while matches!(
            self.model.scope(scope).kind,
            ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            let Some(parent) = self.model.scope(scope).parent else {
                break;
            };
            scope = parent;
        }
        self.names_pool_words(self.model.scope(scope).range) || self.takes_assumed_pool(scope)
    }

    /// Whether a parameter of the function `scope` is assumed to hold a pool its caller in
    /// another file passes (`def build(ex): return Runner(ex)`), which it may hand on in turn.
    fn takes_assumed_pool(&self, scope: ScopeId) -> bool {
        if self.handed.is_empty() {
            return false;
        }
        let bindings = &self.model.scope(scope).bindings;
        bindings.keys().any(|name| {
            self.model.bindings_of(scope, name).iter().any(|id| {
                self.model.binding(*id).kind == BindingKind::Parameter
                    && self.assumed_pool(*id).is_some()
            })
        })
    }
}
