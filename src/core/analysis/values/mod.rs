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
//!
//! This module holds the values and the core of the evaluator: names, bindings, attributes and
//! calls. `annotations` reads type annotations and infers unannotated parameters from their
//! callers, `classes` follows `self.x` and finds instances of classes defined in functions,
//! `inheritance` finds the method an instance has by its class's resolution order,
//! `picked_classes` the process class a table of classes subscripted at run time may give,
//! `factories` reads the functions that return a pool or executor, `modules` knows what
//! modules, their members and user-declared APIs are, and `partials` what a
//! `functools.partial` of a process API is; `methods` reads the decorators that say how a
//! `def` is called (`staticmethod`, `classmethod`, `property`), `transparent` the decorators
//! of this file that hand every argument on; `reaching` which bindings of a
//! name a read may see.

mod annotations;
mod classes;
mod dataclasses;
mod factories;
mod handed;
mod held_methods;
mod imported_constants;
mod inheritance;
mod methods;
mod modules;
mod partials;
mod picked_classes;
mod reaching;
mod start_method;
mod subclasses;
mod transparent;
mod tuple_factories;

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use tree_sitter::Node;

use super::api::{self, ApiRow, Class};
use super::callables::unparenthesize;
use super::conditions::Condition;
use super::handed::HandedPool;
use crate::core::attribute_writes::AttributeWrites;
use crate::core::module_constants::{ImportedName, ModuleConstants};
use crate::core::module_kept::ModuleKept;

/// The attribute writes of no other file, for an evaluator made without a run.
static NO_WRITES: std::sync::LazyLock<AttributeWrites> =
    std::sync::LazyLock::new(AttributeWrites::default);
/// The literals of no other module, for an evaluator made without a run.
static NO_CONSTANTS: std::sync::LazyLock<ModuleConstants> =
    std::sync::LazyLock::new(ModuleConstants::default);
/// What no other module's names keep, for an evaluator made without a run.
static NO_KEPT: std::sync::LazyLock<ModuleKept> = std::sync::LazyLock::new(ModuleKept::default);
use super::user_api::{Apis, UserApi};
use crate::core::node::NodeExt;
use crate::core::parse::{ancestors, named_items};
use crate::core::semantic::{BindingId, BindingKind, Nodes, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;
pub use classes::PoolChoice;
pub(in crate::core::analysis) use classes::sets_attribute_in;
pub(crate) use classes::{sets_attribute_by_variable, sets_attribute_from};
pub(in crate::core::analysis) use factories::returned_values;
pub use imported_constants::{ModuleBinding, kept_binding, module_binding};
pub use inheritance::TEMPLATE;
pub(in crate::core::analysis) use inheritance::{
    Ancestor, EITHER, FIELDS, HOOK_POOLS, KEEPS_STATE, MEMBERS, SUPER,
};
pub use methods::{Called, as_bound};
pub(in crate::core::analysis) use modules::PRIMITIVES;
pub use modules::{argument, relative_module, string_content};
pub(in crate::core::analysis) use partials::interned_conditions;
pub(in crate::core::analysis) use picked_classes::is_thread;

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
    /// A module-level function of the API table, or one the user declared.
    Function(&'static ApiRow),
    /// An instance of a class that holds a method the user declared (`pkg.runner.Runner`
    /// for `--api pkg.runner.Runner._map=...`), by the class's dotted path.
    Declared(String),
    /// A module-level class of this file with a method inferred to be a wrapper
    /// (`analysis::inferred`), by its scope; calling it makes an `OwnInstance`.
    OwnClass(ScopeId),
    /// An instance of an `OwnClass`, whose wrapper methods are process APIs (`r = Runner()`,
    /// then `r.run(fn)`), as the methods of a declared class are on a `Declared` instance.
    OwnInstance(ScopeId),
    /// What `super()` gives in a method of the module-level class `class`: its methods are
    /// those of the classes from position `start` of the class's resolution order on
    /// (`inheritance`).
    Super {
        class: ScopeId,
        start: usize,
    },
    /// A function or method that returns instances of a process-backed class
    /// (`def make_pool(n): return Pool(n)`, see `factories`); calling it makes an `Instance`,
    /// but it takes none of the class's constructor arguments.
    Factory {
        class: Class,
        fork: bool,
    },
    /// A function that returns an instance of a process-backed class only when its arguments
    /// pass `conditions`, a thread pool otherwise (`def make_executor(kind): if kind ==
    /// "process": return ProcessPoolExecutor(2)` ... `return ThreadPoolExecutor(2)`, see
    /// `factories`): calling it makes an `Instance` unless its arguments refute one. Its
    /// own variant, so that only the readers that judge the conditions take it for a factory.
    ChoosingFactory {
        class: Class,
        fork: bool,
        conditions: &'static [Condition],
    },
    /// A function that returns a multiprocessing context (`def _mp_ctx(): return
    /// mp.get_context("spawn")`, see `factories`); calling it makes a `Context`.
    ContextFactory {
        fork: bool,
    },
    /// A `@contextlib.contextmanager` function of this file, or another of the run, that
    /// yields instances of a process-backed class (`factories`); calling it makes a
    /// `Manager`.
    ManagerFactory {
        class: Class,
        fork: bool,
    },
    /// What a `ManagerFactory` returns: a context manager, no pool itself, whose `with ... as`
    /// target is an instance of `class`.
    Manager {
        class: Class,
        fork: bool,
    },
    /// A `@contextlib.contextmanager` function of this file, or another of the run, that
    /// yields a process API's function (`yield pool.map`, `yield functools.partial(pool.map,
    /// chunksize=1)`, see `factories`): calling it makes a `FunctionManager`.
    FunctionManagerFactory(&'static ApiRow),
    /// What a `FunctionManagerFactory` returns: a context manager whose `with ... as` target
    /// is that function (`with mapper() as pmap: pmap(fn, xs)`).
    FunctionManager(&'static ApiRow),
    /// A function that returns instances of a class with wrapper methods (`def
    /// get_executor(): return Executor()`, see `factories`): calling it makes the
    /// `OwnInstance` or `Declared` instance it holds. A closure factory (`def make_mapper(n)`
    /// returning its nested wrapper `pmap`) holds that wrapper's `Function`.
    ObjectFactory(Box<Value>),
    /// A function that returns such an instance only when its arguments pass `conditions`,
    /// and something not known to hand anything to processes otherwise (`def
    /// get_runner(kind): return ProcessRunner() if kind == "process" else ThreadRunner()`,
    /// see `factories`), as a `ChoosingFactory` does a pool.
    ChoosingObjectFactory {
        instance: Box<Value>,
        conditions: &'static [Condition],
    },
    /// `functools.partial`.
    Partial,
    /// The literal `None`, so that `pool = None` before `pool = Pool()` does not hide the pool.
    None,
    Unknown,
}

/// The value of an expression that may come from several sources (the bindings of a name that
/// may reach a read, see `reaching`; the arguments of every caller; every `self.x = ...`; both
/// arms of `a if c else b`), or `Unknown`.
///
/// A receiver that is process-backed on any path is a finding (`Executor = ThreadPoolExecutor
/// if threads else ProcessPoolExecutor`): the lift is right on every path, and the process path
/// fails without it. So `Unknown` sources (a thread pool, a value this evaluator cannot see)
/// give way to known ones, and so does `None` (`pool = None` before `pool = Pool()`). Known
/// values must agree, except that a pool from an explicit fork context and one that pickles
/// agree on the one that pickles, the stricter. Stops at the first disagreement, so later
/// values are not evaluated.
pub(super) fn agreed(values: impl IntoIterator<Item = Value>) -> Value {
    let mut result: Option<Value> = None;
    for value in values {
        match (&result, value) {
            (_, Value::None | Value::Unknown) => {}
            (None, value) => result = Some(value),
            (Some(known), value) if *known == value => {}
            (Some(known), value) => match stricter(known, &value) {
                Some(merged) => result = Some(merged),
                None => return Value::Unknown,
            },
        }
    }
    result.unwrap_or(Value::Unknown)
}

/// Two values of one process class that differ only in coming from a fork context: the one
/// that pickles.
fn stricter(a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Class { class: x, .. }, Value::Class { class: y, .. }) if x == y => {
            Some(Value::Class {
                class: *x,
                fork: false,
            })
        }
        (Value::Instance { class: x, .. }, Value::Instance { class: y, .. }) if x == y => {
            Some(Value::Instance {
                class: *x,
                fork: false,
            })
        }
        (Value::Context { .. }, Value::Context { .. }) => Some(Value::Context { fork: false }),
        // `pool.imap if ordered else pool.imap_unordered`, or one wrapper imported from
        // either of two modules (`try: from ._fast import pmap` / `except ImportError: from
        // ._slow import pmap`): two that take and pass the callable alike, so that a
        // finding and its fix hold for either. The first names it.
        (Value::Function(x), Value::Function(y))
            if ApiRow {
                name: x.name,
                via: x.via,
                ..**y
            } == **x =>
        {
            Some(Value::Function(x))
        }
        // A method that hands over only where its file's flag is patched (`Runner.map`
        // under `use_processes = False`) beside one that hands over (`ProcRunner.map`): the
        // one that does.
        (Value::Function(x), Value::Function(y)) if x.closed() != y.closed() => {
            Some(Value::Function(if x.closed() { y } else { x }))
        }
        _ => processes_over_interpreters(a, b),
    }
}

/// A process pool executor and an interpreter pool executor (tqdm's `_executor_map` called
/// with either class): the process pool, which pickles every callable where the interpreter
/// pool lets a stateless function cross as code, so a finding on it holds on both paths.
fn processes_over_interpreters(a: &Value, b: &Value) -> Option<Value> {
    let parts = |value: &Value| match value {
        Value::Class { class, fork } => Some((false, *class, *fork)),
        Value::Instance { class, fork } => Some((true, *class, *fork)),
        _ => None,
    };
    let ((instance, first, first_fork), (also_instance, second, second_fork)) =
        (parts(a)?, parts(b)?);
    let fork = match (first, second) {
        (Class::ProcessPoolExecutor, Class::InterpreterPoolExecutor) => first_fork,
        (Class::InterpreterPoolExecutor, Class::ProcessPoolExecutor) => second_fork,
        _ => return None,
    };
    let class = Class::ProcessPoolExecutor;
    (instance == also_instance).then_some(match instance {
        true => Value::Instance { class, fork },
        false => Value::Class { class, fork },
    })
}

/// How deep a chain of names (`a = b`, `b = c`, ...) is followed before giving up.
const MAX_CHAIN: usize = 12;

/// `Evaluator::stored_on_cache`: by scope, name, depth of calls and the block read (its start
/// plus one, 0 for the scope's own body).
pub(in crate::core::analysis) type StoredOnCache =
    HashMap<(ScopeId, String, usize, usize), Option<crate::core::analysis::captures::StoredOn>>;

pub struct Evaluator<'a> {
    pub model: &'a SemanticModel,
    /// APIs the user declared; looked up before the built-in table.
    pub apis: &'a [UserApi],
    /// The positions of `apis`, sorted by path (`apis_at`, `apis_under`): a run that
    /// follows many wrappers declares thousands, and each file looks up many paths.
    api_order: &'a [usize],
    /// The dotted package the file is in, which its relative imports start from.
    package: Option<&'a str>,
    /// The file's dotted module name, by which the APIs it defines are declared.
    module: Option<&'a str>,
    pub source: &'a str,
    pub root: Node<'a>,
    /// The value of each binding evaluated so far. A binding being evaluated is `Unknown` here
    /// until it is done, which cuts cycles (`ctx = ctx.copy()`); without the cache, names with
    /// several bindings that read each other make evaluation exponential.
    cache: RefCell<HashMap<BindingId, Value>>,
    /// The value of `self.<attr>` per class scope, since finding it walks the class.
    attributes: RefCell<HashMap<(ScopeId, String), Value>>,
    /// The assignments to `<object>.<attr>` in each class walked so far, by attribute name
    /// (`classes::AttributeAssignments`). Unlike `attributes`, this is syntax alone, so it
    /// outlives a change of the inferred wrappers: a large class is walked once, not once per
    /// attribute read and round.
    assignments: RefCell<HashMap<ScopeId, classes::AttributeAssignments>>,
    /// Whether each class reads each attribute only in place (`read_as_receiver`), by the
    /// class, the attribute and whether it holds a pool's class: syntax alone.
    receivers: RefCell<HashMap<(ScopeId, String, bool), bool>>,
    /// Whether each `def` called so far is a factory (`factories`), by its binding.
    factories: RefCell<HashMap<BindingId, Option<Value>>>,
    /// The method resolution order of each class looked up so far (`inheritance`): syntax
    /// and imports alone, so it outlives a change of the inferred wrappers.
    linearizations: RefCell<HashMap<ScopeId, Option<Vec<inheritance::Ancestor>>>>,
    /// The functions and methods of this file inferred to be process APIs
    /// (`analysis::inferred`), by where their name starts in the `def`.
    inferred: HashMap<usize, &'static ApiRow>,
    /// The absolute modules of the module-level star imports, in source order, found the
    /// first time a name is left to them.
    stars: OnceCell<Vec<String>>,
    /// The modules of every star import, as spelled (`every_star_module`), found the first
    /// time a name is left to them.
    every_star: OnceCell<Vec<String>>,
    /// The module's top-level statements (and comments), in order, for `path_to`. A plain
    /// list, not a cell filled on first use: a cell holding nodes would make the evaluator
    /// invariant in `'a`.
    top_level: Vec<Node<'a>>,
    /// The module-level names through which code can make a pool or executor
    /// (`factories::may_make_pools`), found the first time a class is asked.
    pool_words: OnceCell<Vec<memchr::memmem::Finder<'static>>>,
    /// The attributes the file assigns a pool's method to (`held_methods`), found the first
    /// time a call's method name is not one of the table's.
    held_methods: OnceCell<Vec<String>>,
    /// The attributes module-level classes bind in their bodies to a name or a
    /// `staticmethod` (`aliased_in_class_body`), found the first time a call asks.
    class_aliases: OnceCell<Vec<String>>,
    /// Where the calls of each method name asked so far start (`annotations::method_calls`).
    method_calls: RefCell<HashMap<String, std::rc::Rc<[usize]>>>,
    /// What the code of a scope stores in the object a name holds, by scope, name and depth
    /// of calls (`captures::stored_on_name`), as found so far.
    stored_on: RefCell<StoredOnCache>,
    /// The parameters of this file's functions that other files pass a process pool to
    /// (`analysis::handed`).
    handed: &'a [HandedPool],
    /// The attribute names other files of the run set (`Options::attribute_writes`).
    writes: &'a AttributeWrites,
    /// The names this file's analysis judged assuming no other file sets them, shared by the
    /// evaluators made from this one (`Exports::unset_assumed`).
    unset_assumed: Rc<RefCell<BTreeSet<String>>>,
    /// The literals of other modules' names the run found (`Options::module_constants`).
    constants: &'a ModuleConstants,
    /// The imported names whose literal this file's analysis asked for, shared by the
    /// evaluators made from this one (`Exports::wanted_constants`).
    wanted_constants: Rc<RefCell<BTreeSet<ImportedName>>>,
    /// What other modules' classes and functions give that pickle refuses, as the run found
    /// (`Options::module_kept`).
    kept: &'a ModuleKept,
    /// The imported names this file's analysis asked that of, shared by the evaluators made
    /// from this one (`Exports::wanted_kept`).
    wanted_kept: Rc<RefCell<BTreeSet<ImportedName>>>,
    /// The calls that set the default start method to fork (`start_method`), found the first
    /// time a process is made.
    forced_forks: OnceCell<Vec<start_method::ForcedFork>>,
    /// Every call of the file, in source order (`SemanticModel::build_with_nodes`).
    calls: &'a [Node<'a>],
    /// The node that creates each scope, by `ScopeId` (`Nodes::scopes`).
    scope_nodes: &'a [Node<'a>],
    /// The blocks the module's main guards run (`callables::main_guards`).
    main_guards: Vec<TextRange>,
    /// Whether the file spells a read of a function's name (`may_read_names`), found the
    /// first time it is asked.
    reads_names: OnceCell<bool>,
    /// How many tables `picked::spread_entries` is following at once: a table grown by or
    /// built from itself (`A += A`) would follow itself for ever.
    pub(super) spreading: Cell<usize>,
    /// The method whose `self` this evaluator reads as an instance of a subclass, and that
    /// subclass (`specialized`): a base's template method as a subclass runs it.
    self_class: Option<(ScopeId, ScopeId)>,
    /// What each method a module-level class inherits from another class of this file is
    /// when the class's own overrides of the methods it calls on `self` are taken into
    /// account (`inferred::specialize`), by the class and the method's binding: the wrapper
    /// it is then, or `None` when it is none.
    specialized: HashMap<(ScopeId, BindingId), Option<&'static ApiRow>>,
    /// What `self.NAME` gives in the method of `self_class`, taken as given: the pool factory
    /// a subclass in another file may override a hook with (`template_hooks`).
    assumed: Option<(&'a str, Value)>,
}

impl<'a> Evaluator<'a> {
    /// The evaluator of the file `source`, parsed to `root`, whose model is `model` and whose
    /// nodes are `nodes` (`SemanticModel::build_with_nodes`), with the declared APIs `apis`.
    pub fn new(
        model: &'a SemanticModel,
        source: &'a str,
        root: Node<'a>,
        apis: &'a Apis,
        nodes: &'a Nodes<'a>,
    ) -> Self {
        Self {
            model,
            apis,
            api_order: apis.by_path(),
            package: None,
            module: None,
            source,
            root,
            cache: RefCell::new(HashMap::new()),
            attributes: RefCell::new(HashMap::new()),
            assignments: RefCell::new(HashMap::new()),
            receivers: RefCell::new(HashMap::new()),
            factories: RefCell::new(HashMap::new()),
            linearizations: RefCell::new(HashMap::new()),
            inferred: HashMap::new(),
            stars: OnceCell::new(),
            every_star: OnceCell::new(),
            top_level: root.children(&mut root.walk()).collect(),
            pool_words: OnceCell::new(),
            held_methods: OnceCell::new(),
            class_aliases: OnceCell::new(),
            method_calls: RefCell::new(HashMap::new()),
            stored_on: RefCell::default(),
            handed: &[],
            writes: &NO_WRITES,
            unset_assumed: Rc::default(),
            constants: &NO_CONSTANTS,
            wanted_constants: Rc::default(),
            kept: &NO_KEPT,
            wanted_kept: Rc::default(),
            forced_forks: OnceCell::new(),
            calls: &nodes.calls,
            scope_nodes: &nodes.scopes,
            main_guards: crate::core::analysis::callables::main_guards(root, source),
            reads_names: OnceCell::new(),
            spreading: Cell::new(0),
            self_class: None,
            specialized: HashMap::new(),
            assumed: None,
        }
    }

    /// A fresh evaluator of the same file that reads `self` in `method` (and in the functions
    /// nested in it) as an instance of `class`, a subclass of the method's own class: the
    /// method as that subclass runs it, whose overrides `self.NAME` reaches. Its caches start
    /// empty, so no value found for the method's own class is taken for the subclass's.
    pub(in crate::core::analysis) fn as_method_of(&self, method: ScopeId, class: ScopeId) -> Self {
        Self {
            model: self.model,
            apis: self.apis,
            package: self.package,
            module: self.module,
            source: self.source,
            root: self.root,
            cache: RefCell::new(HashMap::new()),
            attributes: RefCell::new(HashMap::new()),
            // What is syntax alone, or depends only on the file's imports and wrappers, which
            // the new evaluator shares, is kept: a method read anew must not walk the whole
            // file again.
            assignments: RefCell::new(self.assignments.borrow().clone()),
            receivers: RefCell::new(self.receivers.borrow().clone()),
            factories: RefCell::new(HashMap::new()),
            linearizations: RefCell::new(self.linearizations.borrow().clone()),
            inferred: self.inferred.clone(),
            stars: self.stars.clone(),
            every_star: self.every_star.clone(),
            top_level: self.top_level.clone(),
            pool_words: self.pool_words.clone(),
            api_order: self.api_order,
            held_methods: self.held_methods.clone(),
            class_aliases: self.class_aliases.clone(),
            method_calls: RefCell::new(self.method_calls.borrow().clone()),
            stored_on: RefCell::default(),
            handed: self.handed,
            writes: self.writes,
            unset_assumed: Rc::clone(&self.unset_assumed),
            constants: self.constants,
            wanted_constants: Rc::clone(&self.wanted_constants),
            kept: self.kept,
            wanted_kept: Rc::clone(&self.wanted_kept),
            forced_forks: self.forced_forks.clone(),
            calls: self.calls,
            scope_nodes: self.scope_nodes,
            main_guards: self.main_guards.clone(),
            reads_names: self.reads_names.clone(),
            spreading: Cell::new(0),
            self_class: Some((method, class)),
            specialized: self.specialized.clone(),
            assumed: None,
        }
    }

    /// `as_method_of` the method's own class, with `self.NAME` in it taken to be `value`.
    pub(in crate::core::analysis) fn assuming(
        &self,
        method: ScopeId,
        class: ScopeId,
        name: &'a str,
        value: Value,
    ) -> Self {
        Self {
            assumed: Some((name, value)),
            ..self.as_method_of(method, class)
        }
    }

    /// Every call of the file, in source order.
    pub(in crate::core::analysis) fn calls(&self) -> &'a [Node<'a>] {
        self.calls
    }

    /// The subclass `self` is read as an instance of in `method`, when this evaluator reads
    /// it so (`as_method_of`).
    pub(in crate::core::analysis) fn self_class_of(&self, method: ScopeId) -> Option<ScopeId> {
        self.self_class
            .and_then(|(of, class)| (of == method).then_some(class))
    }

    /// The template methods inherited from this file's classes as each subclass runs them
    /// (`inferred::specialize`).
    pub(in crate::core::analysis) fn specialized(
        &self,
    ) -> &HashMap<(ScopeId, BindingId), Option<&'static ApiRow>> {
        &self.specialized
    }

    /// Whether `class` runs an inherited template method as a wrapper (`specialized`).
    pub(in crate::core::analysis) fn specializes(&self, class: ScopeId) -> bool {
        (self.specialized.iter()).any(|((of, _), row)| *of == class && row.is_some())
    }

    /// Take a new set of specialized template methods; the caches start again, as for
    /// `set_inferred`.
    pub(in crate::core::analysis) fn set_specialized(
        &mut self,
        specialized: HashMap<(ScopeId, BindingId), Option<&'static ApiRow>>,
    ) {
        self.specialized = specialized;
        self.cache.get_mut().clear();
        self.attributes.get_mut().clear();
        self.factories.get_mut().clear();
        self.pool_words.take();
    }

    /// The evaluator of a file in `package` (`pkg.sub`) whose module is `module`
    /// (`pkg.sub.jobs`): `from ..par import parmap` reaches a declared `pkg.par.parmap`, and
    /// `self._map` in its class `Runner` a declared `pkg.sub.jobs.Runner._map`.
    pub fn located(self, package: Option<&'a str>, module: Option<&'a str>) -> Self {
        Self {
            package,
            module,
            ..self
        }
    }

    /// The evaluator of a file whose run's other files may set the attributes `writes` names.
    pub fn writes(self, writes: &'a AttributeWrites) -> Self {
        Self { writes, ..self }
    }

    /// The evaluator of a file whose imported names' literals the run found in `constants`.
    pub fn constants(self, constants: &'a ModuleConstants) -> Self {
        Self { constants, ..self }
    }

    /// With what other modules' names give that pickle refuses, as the run found
    /// (`core::module_kept`).
    pub fn kept(self, kept: &'a ModuleKept) -> Self {
        Self { kept, ..self }
    }

    /// Whether another file of the run sets an attribute `name` (`attribute_writes`): when not
    /// known to, the answer is an assumption the run checks (`unset_assumed`).
    pub(in crate::core::analysis) fn set_elsewhere(&self, name: &str) -> bool {
        let set = self.writes.may_set(name);
        if !set {
            self.unset_assumed.borrow_mut().insert(name.to_string());
        }
        set
    }

    /// The names judged assuming no other file of the run sets them (`set_elsewhere`).
    pub fn unset_assumed(&self) -> Vec<String> {
        self.unset_assumed.borrow().iter().cloned().collect()
    }

    /// The wrappers inferred so far, by where their name starts in the `def`.
    pub fn inferred(&self) -> &HashMap<usize, &'static ApiRow> {
        &self.inferred
    }

    /// Take a new set of inferred wrappers. Values evaluated before may name one of them, so
    /// the caches start again.
    pub fn set_inferred(&mut self, inferred: HashMap<usize, &'static ApiRow>) {
        self.inferred = inferred;
        self.cache.get_mut().clear();
        self.attributes.get_mut().clear();
        self.factories.get_mut().clear();
        self.pool_words.take();
    }

    /// The blocks the module's main guards run (`callables::main_guards`), found once.
    pub fn main_guards(&self) -> &[TextRange] {
        &self.main_guards
    }

    /// The outermost node whose range is exactly `range`, or else the smallest one spanning it.
    pub fn node_at(&self, range: TextRange) -> Option<Node<'a>> {
        let (path, at) = self.path_to(range)?;
        Some(path[at])
    }

    /// What `captures::stored_on_name` found so far.
    pub(in crate::core::analysis) fn stored_on_cache(&self) -> &RefCell<StoredOnCache> {
        &self.stored_on
    }

    /// The statement at `range` (a binding's `statement`): `node_at` gives the block of a
    /// statement alone in its block, such as the one method of a class, since they span the
    /// same bytes.
    pub fn statement_node(&self, range: TextRange) -> Option<Node<'a>> {
        let mut node = self.node_at(range)?;
        while node.kind_name() == "block" {
            node = node.named_child(0).filter(|c| TextRange::of(*c) == range)?;
        }
        Some(node)
    }

    /// The nodes from the root down to the smallest node spanning `range`, and the index in
    /// them of `node_at(range)`: the smallest node may be a child with the same extent, so
    /// `node_at` is the outermost node on the path that has exactly this range. One descent
    /// from the root (`parse::ancestors`), where climbing with `Node::parent` costs one per
    /// step.
    fn path_to(&self, range: TextRange) -> Option<(Vec<Node<'a>>, usize)> {
        let path = match self.top_level_holding(range) {
            Some(statement) => {
                let smallest = statement.descendant_for_byte_range(range.start, range.end)?;
                let mut path = vec![self.root];
                path.extend(ancestors(statement, smallest));
                path.push(smallest);
                path
            }
            None => path_from(self.root, range)?,
        };
        let mut at = path.len() - 1;
        while at > 0 && TextRange::of(path[at - 1]) == range {
            at -= 1;
        }
        Some((path, at))
    }

    /// The top-level statement that holds the non-empty `range`, found by binary search.
    /// Both descents from the root (`descendant_for_byte_range`, `ancestors`) scan the
    /// module's statements one by one to the one that holds the range, and pass through it:
    /// from the statement they find the same nodes (no statement before it reaches past the
    /// range's start, and the statement reaches over the whole range). An empty range may sit
    /// where statements meet, so it is left to the descent from the root.
    pub(in crate::core::analysis) fn top_level_holding(
        &self,
        range: TextRange,
    ) -> Option<Node<'a>> {
        if range.start >= range.end {
            return None;
        }
        let top = &self.top_level;
        let after = top.partition_point(|node| node.start_byte() <= range.start);
        let statement = *top.get(after.checked_sub(1)?)?;
        (statement.end_byte() >= range.end).then_some(statement)
    }

    /// The statement that holds the node at `range` (the ancestor, or the node itself, whose
    /// parent is a block or the module), with that parent: their ranges.
    pub(super) fn statement_at(&self, range: TextRange) -> Option<(TextRange, TextRange)> {
        let (path, at) = self.path_to(range)?;
        (1..=at)
            .rev()
            .find(|&i| matches!(path[i - 1].kind_name(), "block" | "module"))
            .map(|i| (TextRange::of(path[i]), TextRange::of(path[i - 1])))
    }

    /// The node that creates `scope` (a `function_definition`, `class_definition`, `lambda`,
    /// comprehension, or the module), as the model's walk met it.
    pub fn scope_node(&self, scope: ScopeId) -> Option<Node<'a>> {
        self.scope_nodes.get(scope.0 as usize).copied()
    }

    pub fn text(&self, node: Node<'_>) -> &'a str {
        &self.source[node.byte_range()]
    }

    /// The text of `node` on one line, its runs of whitespace one space: how a message quotes
    /// it.
    pub fn one_line(&self, node: Node<'_>) -> String {
        self.text(node)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// What `node`, evaluated in the code of `scope`, refers to.
    pub fn eval(&self, node: Node<'a>, scope: ScopeId) -> Value {
        self.eval_depth(node, scope, 0)
    }

    fn eval_depth(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        if depth > MAX_CHAIN {
            return Value::Unknown;
        }
        match node.kind_name() {
            "identifier" => self.eval_name(self.text(node), scope, Some(node.start_byte()), depth),
            "attribute" => self.eval_attribute(node, scope, depth),
            "call" => self.eval_call(node, scope, depth),
            "none" => Value::None,
            "conditional_expression" | "boolean_operator" => {
                // Either operand may be the value (`a if c else b`, `a or b`); the condition
                // of a conditional expression is its middle child.
                let mut cursor = node.walk();
                let operands: Vec<Node<'a>> = node.named_children(&mut cursor).collect();
                let values = operands
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| node.kind_name() == "boolean_operator" || *i != 1)
                    .map(|(_, operand)| self.eval_depth(*operand, scope, depth + 1));
                agreed(values.collect::<Vec<_>>())
            }
            // `(Thread, Process)[flag]` (`picked_classes`).
            // `BACKENDS[mode]`, a table of functions one of which is a process API.
            "subscript" => match self.picked_class(node, scope) {
                Some((class, fork)) => Value::Class { class, fork },
                None => match self.picked_function(node, scope) {
                    Some(row) => Value::Function(row),
                    // `EXECUTORS[kind]`, a cache of pools the file fills.
                    None => self.cached_pool(node, scope, depth),
                },
            },
            "parenthesized_expression" | "expression_statement" | "type" => {
                node.named_child(0).map_or(Value::Unknown, |inner| {
                    self.eval_depth(inner, scope, depth + 1)
                })
            }
            _ => Value::Unknown,
        }
    }

    /// The value of `name` read in the code of `scope` at byte `read` (`None`: anywhere), from
    /// the bindings that may reach that read (`reaching`).
    fn eval_name(&self, name: &str, scope: ScopeId, read: Option<usize>, depth: usize) -> Value {
        let found = match self.model.resolve(scope, name) {
            Resolution::Scope(found) => found,
            Resolution::Unresolved if self.model.scope(SemanticModel::MODULE).has_star_import => {
                return self.star_imported(name);
            }
            _ => return Value::Unknown,
        };
        let ids = self.model.bindings_of(found, name);
        let reaching = if found == scope {
            self.reaching(ids, scope, read)
        } else {
            self.reaching_nested(ids, found, read)
        };
        agreed(
            reaching
                .into_iter()
                .map(|id| self.eval_binding(id, depth + 1)),
        )
    }

    /// The value of the module-level `name` as a function reading it sees it, at any time:
    /// what all its bindings agree on.
    pub(in crate::core::analysis) fn value_of_global(&self, name: &str) -> Value {
        self.eval_name(name, SemanticModel::MODULE, None, 0)
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
                let value = match binding.value.and_then(|r| self.node_at(r)) {
                    // `with closing(Pool(2)) as pool`: the pool itself.
                    Some(node) if binding.kind == BindingKind::WithTarget => {
                        let node = self.closed_over(node).unwrap_or(node);
                        self.eval_depth(node, scope, depth)
                    }
                    Some(node) => self.eval_depth(node, scope, depth),
                    // `parallel, pool = _create_pool(kwargs)`: no value of its own.
                    None if binding.kind == BindingKind::Assignment => {
                        self.unpacked_return(id, depth).unwrap_or(Value::Unknown)
                    }
                    None => self.eval_annotation(binding.annotation, scope, depth),
                };
                match value {
                    // `with pool_ctx() as pool`: what the manager yields.
                    Value::Manager { class, fork } if binding.kind == BindingKind::WithTarget => {
                        Value::Instance { class, fork }
                    }
                    Value::FunctionManager(row) if binding.kind == BindingKind::WithTarget => {
                        Value::Function(row)
                    }
                    // `with Workers() as ex` where `Workers.__enter__` returns a pool.
                    value @ (Value::OwnInstance(_) | Value::Declared(_))
                        if binding.kind == BindingKind::WithTarget =>
                    {
                        match self.member_of(&value, "__enter__") {
                            Value::Factory { class, fork } => Value::Instance { class, fork },
                            _ => value,
                        }
                    }
                    value => value,
                }
            }
            BindingKind::Parameter => {
                // Annotations of parameters are evaluated where the function is defined.
                let outer = self.model.scope(binding.scope).parent.unwrap_or(scope);
                let annotated = match self.eval_annotation(binding.annotation, outer, depth) {
                    Value::Unknown => (self.annotated_base(binding.annotation, outer))
                        .map_or(Value::Unknown, Value::OwnInstance),
                    value => value,
                };
                match annotated {
                    value @ (Value::OwnInstance(_) | Value::Declared(_)) => {
                        self.annotated_instance(id, value, depth)
                    }
                    Value::Unknown
                        if binding.annotation.is_none()
                            || self.names_any_executor(binding.annotation, outer) =>
                    {
                        if let Some(default) = self.default_context(id, depth) {
                            return self.context_or_callers(default, id, depth);
                        }
                        if let Some(class) = self.default_class(id, depth) {
                            return class;
                        }
                        match self
                            .pool_self(id, depth)
                            .or_else(|| self.class_self(id))
                            .unwrap_or_else(|| self.eval_from_callers(id, depth))
                        {
                            Value::Unknown => self.assumed_pool(id).unwrap_or(Value::Unknown),
                            value => value,
                        }
                    }
                    // An annotation that says nothing known (`r: Runner` for a class of
                    // another file, a protocol): what the file's calls pass, as for no
                    // annotation.
                    Value::Unknown => self.eval_from_callers(id, depth),
                    value => value,
                }
            }
            BindingKind::ForTarget => self.looped_value(id, depth).unwrap_or(Value::Unknown),
            BindingKind::FunctionDef => match self.inferred.get(&binding.range.start) {
                Some(row) => Value::Function(row),
                None => self
                    .declared_here(id)
                    .or_else(|| self.property_value(id, depth))
                    .unwrap_or(Value::Unknown),
            },
            BindingKind::ClassDef => self
                .own_class(id)
                .or_else(|| self.process_subclass(id, depth))
                .unwrap_or(Value::Unknown),
            _ => Value::Unknown,
        }
    }

    /// The value of a loop's target over items the file shows, in a statement or a
    /// comprehension: what the items agree on (`agreed`), as for a name bound in several
    /// places, since each item is the target on one pass (`for runner in [Runner(2),
    /// Runner.create()]: runner.pmap(fn, xs)`). The items are those of a list or tuple
    /// without splats, or of a name bound once to one with what `name.append(...)` adds
    /// (`sequence_items`), for the whole target, or for the second of two over
    /// `enumerate(...)` of them; the values of a dict display, or of a name bound once to one,
    /// for the whole target over `.values()` or the second of two over `.items()`.
    fn looped_value(&self, id: BindingId, depth: usize) -> Option<Value> {
        let values = (self.looped_items(id)?.into_iter())
            .map(|(item, scope)| self.eval_depth(item, scope, depth + 1));
        Some(agreed(values.collect::<Vec<_>>()))
    }

    /// The method `<target>.<name>` of a loop's target whose items disagree (`looped_value`):
    /// the wrapper it is on the first item whose class makes it one (`for r in [Runner(),
    /// ProcRunner()]: r.map(...)` with both classes imported), since each item is the target
    /// on one pass.
    fn looped_member(&self, object: Node<'a>, name: &str, scope: ScopeId, depth: usize) -> Value {
        let found = (object.kind_name() == "identifier")
            .then(|| self.model.sole_binding(scope, self.text(object)))
            .flatten()
            .filter(|binding| binding.kind == BindingKind::ForTarget)
            .and_then(|binding| {
                let id = *self
                    .model
                    .bindings_of(binding.scope, &binding.name)
                    .first()?;
                self.looped_items(id)?
                    .into_iter()
                    .find_map(
                        |(item, scope)| match self.eval_depth(item, scope, depth + 1) {
                            value @ (Value::OwnInstance(_) | Value::Declared(_)) => {
                                match self.member_of(&value, name) {
                                    Value::Function(row) if !row.closed() => {
                                        Some(Value::Function(row))
                                    }
                                    _ => None,
                                }
                            }
                            _ => None,
                        },
                    )
            });
        found.unwrap_or(Value::Unknown)
    }

    /// The items a loop's target takes in turn (`looped_value`), each with the scope it is
    /// read in.
    fn looped_items(&self, id: BindingId) -> Option<Vec<(Node<'a>, ScopeId)>> {
        let binding = self.model.binding(id);
        let target = self.node_at(binding.range)?;
        let is_clause =
            |node: &Node<'a>| matches!(node.kind_name(), "for_statement" | "for_in_clause");
        let parent = target.parent()?;
        let (clause, left, second) = match is_clause(&parent) {
            true => (parent, target, false),
            false => {
                let pair = named_items(parent);
                let second = matches!(parent.kind_name(), "pattern_list" | "tuple_pattern")
                    && pair.len() == 2
                    && pair[1].id() == target.id();
                (
                    parent.parent().filter(|c| second && is_clause(c))?,
                    parent,
                    true,
                )
            }
        };
        if clause.field("left")?.id() != left.id() {
            return None;
        }
        let right = unparenthesize(clause.field("right")?);
        let scope = binding.written_in;
        match (second, self.dict_view(right)) {
            (false, Some(("values", dict))) | (true, Some(("items", dict))) => {
                self.dict_values(dict, scope)
            }
            (_, Some(_)) => None,
            (false, None) => self.sequence_items(right, scope),
            (true, None) => self.sequence_items(self.enumerated(right, scope)?, scope),
        }
    }

    /// The items of a list or tuple display without splats, or of a name bound once, in its
    /// scope, to one that is only looped over, measured, or appended to there
    /// (`collected`), with the argument of each `name.append(...)`: `runners = [Runner()]`
    /// then `runners.append(ProcRunner())`. Each item comes with the scope it is read in.
    fn sequence_items(&self, node: Node<'a>, scope: ScopeId) -> Option<Vec<(Node<'a>, ScopeId)>> {
        let (display, display_scope, appended) = match node.kind_name() {
            "identifier" => {
                let (display, owner) = self.bound_display(node, scope, &["list", "tuple"])?;
                let appended = self.collected(self.text(node), owner)?;
                (display, owner, appended)
            }
            _ => (node, scope, Vec::new()),
        };
        if !matches!(display.kind_name(), "list" | "tuple") {
            return None;
        }
        let items = named_items(display);
        if (items.iter())
            .any(|item| matches!(item.kind_name(), "list_splat" | "parenthesized_list_splat"))
        {
            return None;
        }
        let mut items: Vec<(Node<'a>, ScopeId)> = items
            .into_iter()
            .map(|item| (item, display_scope))
            .collect();
        items.extend(appended);
        Some(items)
    }

    /// The arguments appended to the collection the name `name` of scope `owner` holds, each
    /// with the scope of its call, when every read of the name is one that leaves its items
    /// as they are or appends one: the iterable of a loop, the argument of `enumerate`,
    /// `len`, `reversed` or `sorted`, the object of `.values()`, `.items()`, `.keys()` or
    /// `.append(x)`. `None` for any other read (`runners.extend(...)`, `runners[0] = ...`,
    /// `del runners[1]`, `runners.pop()`, the list passed to a function that may change it).
    fn collected(&self, name: &str, owner: ScopeId) -> Option<Vec<(Node<'a>, ScopeId)>> {
        let mut appended = Vec::new();
        let reads = (self.model.references.iter())
            .filter(|r| r.name == name && r.resolution == Resolution::Scope(owner));
        for read in reads {
            let node = self.node_at(read.range)?;
            let parent = node.parent()?;
            let kept = match parent.kind_name() {
                "for_statement" | "for_in_clause" => parent
                    .field("right")
                    .is_some_and(|right| right.id() == node.id()),
                "argument_list" => (parent.parent())
                    .and_then(|call| call.field("function"))
                    .is_some_and(|function| {
                        matches!(
                            self.text(function),
                            "enumerate" | "len" | "reversed" | "sorted"
                        )
                    }),
                "attribute" => {
                    let call = (parent.parent()).filter(|call| {
                        call.kind_name() == "call" && call.field("function") == Some(parent)
                    });
                    let method = parent.field("attribute").map(|a| self.text(a));
                    match (call, method) {
                        (Some(call), Some("append")) => {
                            appended.push((only_positional(call)?, read.scope));
                            true
                        }
                        (Some(call), Some("values" | "items" | "keys")) => call
                            .field("arguments")
                            .is_some_and(|a| named_items(a).is_empty()),
                        _ => false,
                    }
                }
                _ => false,
            };
            if !kept {
                return None;
            }
        }
        Some(appended)
    }

    /// The values of a dict display without `**` splats, or of a name bound once, in its
    /// scope, to one that is only looped over there (`collected`, nothing appended), each
    /// with the scope it is read in.
    fn dict_values(&self, node: Node<'a>, scope: ScopeId) -> Option<Vec<(Node<'a>, ScopeId)>> {
        let (display, display_scope) = match node.kind_name() {
            "identifier" => {
                let (display, owner) = self.bound_display(node, scope, &["dictionary"])?;
                if !self.collected(self.text(node), owner)?.is_empty() {
                    return None;
                }
                (display, owner)
            }
            "dictionary" => (node, scope),
            _ => return None,
        };
        named_items(display)
            .into_iter()
            .map(|pair| match pair.kind_name() {
                "pair" => pair.field("value").map(|value| (value, display_scope)),
                _ => None,
            })
            .collect()
    }

    /// `(method, object)` of a call `object.values()` or `object.items()` with no argument.
    fn dict_view(&self, node: Node<'a>) -> Option<(&'static str, Node<'a>)> {
        let function = node
            .field("function")
            .filter(|_| node.kind_name() == "call")?;
        let arguments = node.field("arguments")?;
        if function.kind_name() != "attribute" || !named_items(arguments).is_empty() {
            return None;
        }
        let method = match self.text(function.field("attribute")?) {
            "values" => "values",
            "items" => "items",
            _ => return None,
        };
        Some((method, function.field("object")?))
    }

    /// The sequence of `enumerate(sequence)` (the builtin, with at most a `start`).
    fn enumerated(&self, node: Node<'a>, scope: ScopeId) -> Option<Node<'a>> {
        let function = node
            .field("function")
            .filter(|_| node.kind_name() == "call")?;
        if function.kind_name() != "identifier"
            || self.text(function) != "enumerate"
            || self.model.resolve(scope, "enumerate") != Resolution::Builtin
        {
            return None;
        }
        argument(
            node.field("arguments")?,
            self.source,
            Some(0),
            Some("iterable"),
        )
    }

    /// The display of one of `kinds` a name read in `scope` is bound to, once, in its scope,
    /// with that scope.
    fn bound_display(
        &self,
        name: Node<'a>,
        scope: ScopeId,
        kinds: &[&str],
    ) -> Option<(Node<'a>, ScopeId)> {
        let binding = (self.model.sole_binding(scope, self.text(name)))
            .filter(|binding| binding.kind == BindingKind::Assignment)?;
        let value = unparenthesize(self.node_at(binding.value?)?);
        // A plain assignment is read and bound in the same scope.
        kinds
            .contains(&value.kind_name())
            .then_some((value, binding.scope))
    }

    fn eval_attribute(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        let (Some(object), Some(attr)) = (node.field("object"), node.field("attribute")) else {
            return Value::Unknown;
        };
        let name = self.text(attr);
        match self.eval_depth(object, scope, depth + 1) {
            Value::Unknown if object.kind_name() == "identifier" => {
                match self.eval_self_attribute(self.text(object), name, scope, depth) {
                    Value::Unknown => match self.class_body_pool(object, name, scope, depth) {
                        Value::Unknown => {
                            match self.class_body_function(object, name, scope, depth) {
                                Value::Unknown => self.looped_member(object, name, scope, depth),
                                value => value,
                            }
                        }
                        value => value,
                    },
                    value => value,
                }
            }
            Value::OwnClass(class) => match self.own_class_method(class, name) {
                Value::Unknown => match self.class_body_pool(object, name, scope, depth) {
                    // `cls.executor_cls` in a classmethod reads what `self.executor_cls` does.
                    Value::Unknown if object.kind_name() == "identifier" => {
                        match self.eval_self_attribute(self.text(object), name, scope, depth) {
                            // `Par.plain` for `plain = _pmap` in the class body.
                            Value::Unknown => self.class_body_function(object, name, scope, depth),
                            value => value,
                        }
                    }
                    value => value,
                },
                value => value,
            },
            // A pool's bound method kept apart from its call (`mapper = pool.map`,
            // `self._map = self.pool.map`) is called as the method is. Not one of a fork
            // context's pool, whose sites need the context that a `Function` does not carry.
            Value::Instance { class, fork: false } if super::api::method(class, name).is_some() => {
                super::api::method(class, name).map_or(Value::Unknown, Value::Function)
            }
            // The method read on the class, called with the instance written first
            // (`Pool.map(self, func, xs)` in a subclass's override): its slots one further on.
            // Only for an instance known to run tasks in processes: `ThreadPool` derives from
            // `Pool`, and `Pool.map(self, ...)` in a thread pool's subclass runs in threads.
            Value::Class { class, fork: false }
                if super::api::method(class, name).is_some()
                    && self.first_argument_runs_in_processes(node, scope, depth) =>
            {
                (super::api::method(class, name)).map_or(Value::Unknown, |row| {
                    Value::Function(methods::declared_on_class(row))
                })
            }
            value @ (Value::OwnInstance(_) | Value::Declared(_)) => {
                match self.member_of(&value, name) {
                    Value::Function(row) if !row.closed() => Value::Function(row),
                    found => {
                        (self.annotated_member(object, &value, name, scope, depth)).unwrap_or(found)
                    }
                }
            }
            value => self.member_of(&value, name),
        }
    }

    /// Whether the call whose function is `function` (`Pool.map(self, func, xs)`) is given
    /// first an instance that runs its tasks in processes: a pool or executor of the table
    /// made in sight, or the receiver of a method of a class of this file whose one class of
    /// another module is such a class (`class SerialPool(Pool)`).
    fn first_argument_runs_in_processes(
        &self,
        function: Node<'a>,
        scope: ScopeId,
        depth: usize,
    ) -> bool {
        let Some(first) = function
            .parent()
            .filter(|call| call.kind_name() == "call")
            .and_then(|call| call.field("arguments"))
            .and_then(|arguments| argument(arguments, self.source, Some(0), None))
        else {
            return false;
        };
        let own = match self.eval_depth(first, scope, depth + 1) {
            Value::Instance { class, fork: false } => return class.runs_tasks(),
            Value::OwnInstance(class) => Some(class),
            _ if first.kind_name() == "identifier" => self.method_class(self.text(first), scope),
            _ => None,
        };
        // The first class of another module in the order decides.
        let first_imported = own
            .and_then(|class| self.linearization(class))
            .and_then(|order| {
                order.into_iter().find_map(|ancestor| match ancestor {
                    inheritance::Ancestor::Own(_) => None,
                    inheritance::Ancestor::Imported(path) => Some(Some(path)),
                    inheritance::Ancestor::Opaque(_) => Some(None),
                })
            })
            .flatten();
        first_imported.is_some_and(|path| api::class_spelled(&path).is_some())
    }

    /// The argument of `contextlib.closing(...)` or `contextlib.nullcontext(...)`, which a
    /// `with` statement binds to its target as it is.
    pub(crate) fn closed_over(&self, node: Node<'a>) -> Option<Node<'a>> {
        let node = unparenthesize(node);
        let function = node
            .field("function")
            .filter(|_| node.kind_name() == "call")?;
        let path = self.imported_path_of(function)?;
        if !matches!(
            path.as_str(),
            "contextlib.closing" | "contextlib.nullcontext"
        ) {
            return None;
        }
        only_positional(node)
    }

    /// `stack.enter_context(Pool(2))` (an `ExitStack`'s): what a `with` statement would bind,
    /// the pool itself, or what a manager yields.
    fn entered_context(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Option<Value> {
        let function = node.field("function")?;
        let method = function
            .field("attribute")
            .filter(|_| function.kind_name() == "attribute")?;
        if self.text(method) != "enter_context" {
            return None;
        }
        let entered = only_positional(node)?;
        let entered = self.closed_over(entered).unwrap_or(entered);
        Some(match self.eval_depth(entered, scope, depth + 1) {
            Value::Manager { class, fork } => Value::Instance { class, fork },
            Value::FunctionManager(row) => Value::Function(row),
            value => value,
        })
    }

    fn eval_call(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        let Some(function) = node.field("function") else {
            return Value::Unknown;
        };
        if let Some(value) = self.entered_context(node, scope, depth) {
            return value;
        }
        let arguments = node.field("arguments");
        if let Some(method) = self.pool_method_by_name(function, arguments, scope, depth) {
            return method;
        }
        if let Some(made) = self.default_factory(function, arguments, scope, depth) {
            return made;
        }
        let called = match self.eval_depth(function, scope, depth + 1) {
            Value::Unknown
                if function.kind_name() == "identifier" && self.text(function) == "super" =>
            {
                return self.super_proxy(node, scope).unwrap_or(Value::Unknown);
            }
            Value::Unknown => match self.called_factory(function, scope, depth) {
                Value::Unknown => self.factory_on_class(function, arguments, scope, depth),
                value => value,
            },
            // A factory may take a callable it hands to the pool it makes (`def make_pool(
            // init=None): return Pool(2, initializer=init)`), which makes it a wrapper too:
            // a call of it still makes the pool, in its file or in another of the run.
            // A wrapper method that returns an instance of its class (`ds.map(fn)` giving a
            // new `Dataset`, whose `filter` is a wrapper too) makes one.
            Value::Function(row) => match self.called_factory(function, scope, depth) {
                Value::Unknown => match self.instance_method_factory(function, scope, depth) {
                    Value::Unknown => self.factory_of_run(row).unwrap_or(Value::Function(row)),
                    value => value,
                },
                value => value,
            },
            value => value,
        };
        match called {
            Value::Class { class, fork } => Value::Instance {
                class,
                fork: fork || self.made_with_fork_context(class, arguments, scope, depth + 1),
            },
            Value::Module(path) if self.declares_members_of(&path) => Value::Declared(path),
            Value::OwnClass(class) => Value::OwnInstance(class),
            Value::Partial => arguments.map_or(Value::Unknown, |arguments| {
                self.partial_value(arguments, scope, depth + 1)
            }),
            // A fork context handed to the factory where it is called, by any argument
            // (`make_pool(mp_context=ctx)` for `make_pool = partial(ProcessPoolExecutor, 2)`),
            // may make the pool's workers forked: taken as doing so.
            Value::Factory { class, fork } => Value::Instance {
                class,
                fork: fork || self.given_fork_context(arguments, scope, depth + 1),
            },
            // A call whose arguments (or a default they leave) refute the test that picks the
            // process pool gets the thread pool. One that leaves a test open gives the process
            // pool only where the wrapper around it reads the test back as a condition of its
            // own (`open_choice_read`); elsewhere (a `return`, an attribute) it would stand
            // for an unconditional pool. A test of what the instance keeps is judged where the
            // instance is made: only the methods of its class, calling the factory on their
            // own instance (`called_factory` reads no other class's method), hand over under
            // it.
            Value::ChoosingFactory {
                class,
                fork,
                conditions,
            } => {
                let on_own_instance = || {
                    function
                        .field("object")
                        .filter(|_| function.kind_name() == "attribute")
                        .is_some_and(|object| self.method_class(self.text(object), scope).is_some())
                };
                let kept = conditions.iter().any(|c| c.kept);
                match self.chosen_away(conditions, node, arguments, scope)
                    || (kept && !on_own_instance())
                {
                    true => Value::Unknown,
                    false => Value::Instance {
                        class,
                        fork: fork || self.given_fork_context(arguments, scope, depth + 1),
                    },
                }
            }
            Value::ManagerFactory { class, fork } => Value::Manager { class, fork },
            Value::FunctionManagerFactory(row) => Value::FunctionManager(row),
            Value::ContextFactory { fork } => Value::Context { fork },
            Value::ObjectFactory(instance) => *instance,
            Value::ChoosingObjectFactory {
                instance,
                conditions,
            } => match self.chosen_away(conditions, node, arguments, scope) {
                true => Value::Unknown,
                false => *instance,
            },
            Value::GetContext => {
                let method =
                    arguments.and_then(|args| argument(args, self.source, Some(0), Some("method")));
                Value::Context {
                    fork: method.is_some_and(|m| self.names_fork(m)),
                }
            }
            _ => Value::Unknown,
        }
    }

    /// Whether an argument of a call (`arguments`) is a fork context.
    fn given_fork_context(
        &self,
        arguments: Option<Node<'a>>,
        scope: ScopeId,
        depth: usize,
    ) -> bool {
        let Some(arguments) = arguments else {
            return false;
        };
        let mut cursor = arguments.walk();
        arguments.named_children(&mut cursor).any(|given| {
            let value = match given.kind_name() {
                "keyword_argument" => given.field("value"),
                "comment" | "list_splat" | "dictionary_splat" => None,
                _ => Some(given),
            };
            value.is_some_and(|v| self.eval_depth(v, scope, depth) == Value::Context { fork: true })
        })
    }

    /// `dataclasses.field(default_factory=ProcessPoolExecutor)` in a dataclass's body: the
    /// field holds what calling the factory makes. With `init=False` always; without, when
    /// the caller leaves the field out, and a method handing a callable to the pool there is
    /// judged by the call that made its instance (`kept_pools`, `Test::KeptMade`): one that
    /// passes a thread pool there (`Runner(pool=ThreadPoolExecutor(2))`) hands nothing over.
    /// So only where that call can be read: the field's slot known (`field_slot_known`).
    fn default_factory(
        &self,
        function: Node<'a>,
        arguments: Option<Node<'a>>,
        scope: ScopeId,
        depth: usize,
    ) -> Option<Value> {
        if !matches!(function.kind_name(), "identifier" | "attribute")
            || !self.text(function).ends_with("field")
            || crate::core::analysis::unpicklable::qualified_name(self, function, scope)?
                != "dataclasses.field"
        {
            return None;
        }
        let in_init = argument(arguments?, self.source, None, Some("init"))
            .is_none_or(|init| self.text(init) != "False");
        if in_init && !self.field_slot_known(function, scope) {
            return None;
        }
        let factory = argument(arguments?, self.source, None, Some("default_factory"))?;
        // `default_factory=lambda: ProcessPoolExecutor(2)`: what its body makes.
        let made = match unparenthesize(factory) {
            lambda if lambda.kind_name() == "lambda" && lambda.field("parameters").is_none() => {
                let body = lambda.field("body");
                let made = body
                    .map(|b| self.eval_depth(b, self.model.scope_at(b.start_byte()), depth + 1));
                match made {
                    Some(Value::Instance { class, fork }) => Value::Instance { class, fork },
                    Some(Value::OwnInstance(class)) => Value::OwnInstance(class),
                    _ => Value::Unknown,
                }
            }
            _ => Value::Unknown,
        };
        if made != Value::Unknown {
            return Some(made);
        }
        let called = match self.eval_depth(factory, scope, depth + 1) {
            // `default_factory=_make_pool`, a function of the file returning a pool.
            Value::Unknown => self.called_factory(factory, scope, depth + 1),
            value => value,
        };
        Some(match called {
            Value::Class { class, fork } => Value::Instance { class, fork },
            Value::Factory { class, fork } => Value::Instance { class, fork },
            Value::OwnClass(class) => Value::OwnInstance(class),
            _ => Value::Unknown,
        })
    }

    /// Whether the call `call` with `arguments`, in the code of `scope`, of a factory that picks
    /// what it returns by `conditions` gets something else: its arguments refute one of them,
    /// by a literal (or a default left to one) or a name bound to one; or it leaves one open
    /// where the function around it does not read them back (`open_choice_read`).
    fn chosen_away(
        &self,
        conditions: &[Condition],
        call: Node<'_>,
        arguments: Option<Node<'_>>,
        scope: ScopeId,
    ) -> bool {
        let Some(arguments) = arguments else {
            return true;
        };
        let refuted = conditions.iter().any(|condition| {
            condition.refutes(arguments, self.source)
                || condition.refutes_by_name(self, arguments, scope)
        });
        let open = !conditions
            .iter()
            .all(|condition| condition.confirmed(arguments, self.source));
        refuted || (open && !self.open_choice_read(call, scope))
    }

    /// Whether the call `call` (in the code of `scope`) of a factory that picks a process pool
    /// by its arguments sits where the function around it reads the factory's conditions back
    /// as its own (`choices::factory_choice`): entered by `with`, called a method of right
    /// there, assigned to a local bound nowhere else, or returned by a factory that passes
    /// the test on.
    fn open_choice_read(&self, call: Node<'_>, scope: ScopeId) -> bool {
        let node = super::callables::parenthesized(call);
        let Some(parent) = node.parent() else {
            return false;
        };
        match parent.kind_name() {
            "with_item" => true,
            "as_pattern" => parent
                .parent()
                .is_some_and(|item| item.kind_name() == "with_item"),
            "attribute" => parent.field("object") == Some(node),
            "assignment" => {
                let left = parent.field("left");
                parent.field("right") == Some(node)
                    && left.is_some_and(|left| {
                        left.kind_name() == "identifier"
                            && self.model.bindings_of(scope, self.text(left)).len() == 1
                    })
            }
            // A factory returning what another makes by a test of what it passes on
            // (`return _build(kind)`): its own conditions are that test (`read_factory`).
            "return_statement" => self.chooses_by_locals(node, scope),
            _ => false,
        }
    }

    /// Whether `method`, a start method given to `get_context` or `set_start_method`, is
    /// `"fork"`: the string itself, or a name bound once, by an assignment, to it
    /// (`METHOD = "fork"`).
    pub fn names_fork(&self, method: Node<'_>) -> bool {
        let method = unparenthesize(method);
        let value = match method.kind_name() {
            "identifier" => self
                .model
                .sole_binding(self.model.scope_at(method.start_byte()), self.text(method))
                .filter(|binding| {
                    matches!(
                        binding.kind,
                        BindingKind::Assignment | BindingKind::AnnotatedAssignment
                    )
                })
                .and_then(|binding| self.node_at(binding.value?))
                .map(unparenthesize),
            _ => Some(method),
        };
        value.is_some_and(|m| m.kind_name() == "string" && string_content(self.text(m)) == "fork")
    }

    /// Whether the file's text spells a read of a function's name: `__qualname__`, or
    /// `__name__` after a dot or in quotes (`fn.__name__`, `getattr(fn, "__name__")`), which
    /// the main guard's `__name__ ==` is not, of the one its code keeps (`.co_qualname`,
    /// `.co_name`), of its source (`getsource`), or its text (`repr(`, `str(`, `ascii(`,
    /// `format(`, `%`, an f-string's `{`). Without one,
    /// `inspection::names_read` finds nothing, so it need not walk the code.
    /// The line (1-based) of byte `offset` of the source, for messages.
    pub fn line_at(&self, offset: usize) -> usize {
        self.source[..offset].matches('\n').count() + 1
    }

    pub fn may_read_names(&self) -> bool {
        *self.reads_names.get_or_init(|| {
            let source = self.source.as_bytes();
            [
                &b"__qualname__"[..],
                b".__name__",
                b"\"__name__\"",
                b"'__name__'",
                b"getsource",
                b".co_name",
                b".co_qualname",
                b"repr(",
                b"str(",
                b"ascii(",
                b"format(",
                b"%",
                b"{",
            ]
            .iter()
            .any(|needle| memchr::memmem::find(source, needle).is_some())
        })
    }

    /// `getattr(pool, name)` on a pool or executor: the method of the table that a literal
    /// name spells, or, for a name known only at run time (`getattr(pool, method)` with a
    /// parameter), its `map`, since each of the class's methods that take a callable pickle
    /// it as `map` does (`starmap`, `imap_unordered`, `apply_async`, `submit`).
    fn pool_method_by_name(
        &self,
        function: Node<'a>,
        arguments: Option<Node<'a>>,
        scope: ScopeId,
        depth: usize,
    ) -> Option<Value> {
        if function.kind_name() != "identifier"
            || self.text(function) != "getattr"
            || self.model.resolve(scope, "getattr") != Resolution::Builtin
        {
            return None;
        }
        let items = named_items(arguments?);
        let [object, name] = items.as_slice() else {
            return None;
        };
        let Value::Instance { class, .. } = self.eval_depth(*object, scope, depth + 1) else {
            return None;
        };
        let row = match name.kind_name() {
            "string" => api::method(class, string_content(self.text(*name))),
            _ => api::method(class, "map"),
        };
        Some(row.map_or(Value::Unknown, Value::Function))
    }

    /// Whether a call of `class` with `arguments` passes an explicit fork context in the
    /// class's context slot (`Pool(context=...)`, `ProcessPoolExecutor(mp_context=...)`).
    fn made_with_fork_context(
        &self,
        class: Class,
        arguments: Option<Node<'a>>,
        scope: ScopeId,
        depth: usize,
    ) -> bool {
        let Some(slot) = class.row().context else {
            return false;
        };
        arguments
            .and_then(|args| argument(args, self.source, slot.position, slot.keyword))
            .is_some_and(|arg| self.eval_depth(arg, scope, depth) == Value::Context { fork: true })
    }

    /// `made_with_fork_context` for a call whose evaluation starts here.
    pub fn is_fork_instance(&self, class: Class, arguments: Node<'a>, scope: ScopeId) -> bool {
        self.made_with_fork_context(class, Some(arguments), scope, 0)
    }
}

/// The nodes from `root` down to the smallest node spanning `range`, descending from the root.
fn path_from<'a>(root: Node<'a>, range: TextRange) -> Option<Vec<Node<'a>>> {
    let smallest = root.descendant_for_byte_range(range.start, range.end)?;
    let mut path = ancestors(root, smallest);
    path.push(smallest);
    Some(path)
}

/// The one decorator of a `decorated_definition`; `None` when it has several.
pub(super) fn sole_decorator(decorated: Node<'_>) -> Option<Node<'_>> {
    let mut cursor = decorated.walk();
    let mut decorators = decorated
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "decorator");
    let first = decorators.next()?;
    decorators.next().is_none().then_some(first)
}

/// The one argument of the call `node`, when it is a plain positional one.
fn only_positional(node: Node<'_>) -> Option<Node<'_>> {
    let items = named_items(node.field("arguments")?);
    match items.as_slice() {
        [only]
            if !matches!(
                only.kind_name(),
                "keyword_argument" | "list_splat" | "dictionary_splat"
            ) =>
        {
            Some(*only)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::NO_APIS;
    use crate::core::parse::parse;

    /// tqdm 4.70's `_executor_map` callers pass a thread pool (unknown), an interpreter pool
    /// and a process pool: they agree on the process pool, keeping its fork flag; a process
    /// pool and anything else still disagree, as do a class and an instance.
    #[test]
    fn a_process_pool_and_an_interpreter_pool_agree_on_the_process_pool() {
        let class = |class| Value::Class { class, fork: false };
        let (processes, interpreters) =
            (Class::ProcessPoolExecutor, Class::InterpreterPoolExecutor);
        assert_eq!(
            agreed([class(interpreters), Value::Unknown, class(processes)]),
            class(processes)
        );
        let forked = Value::Instance {
            class: processes,
            fork: true,
        };
        let interpreter = Value::Instance {
            class: interpreters,
            fork: false,
        };
        assert_eq!(agreed([interpreter.clone(), forked.clone()]), forked);
        assert_eq!(
            agreed([class(Class::Pool), class(interpreters)]),
            Value::Unknown
        );
        assert_eq!(agreed([class(processes), interpreter]), Value::Unknown);
    }

    /// Every fixture, every node's range and the range between each pair of adjacent nodes:
    /// `path_to`, which starts from the top-level statement holding the range, finds the path
    /// of the descent from the root, and so the same `node_at` and `statement_at`.
    #[test]
    fn a_path_from_the_top_level_statement_is_the_path_from_the_root() {
        let mut ranges = 0;
        let files = each_fixture(|path, tree, eval| {
            for range in node_ranges(tree) {
                let from_root = path_from(tree.root_node(), range);
                let found = eval.path_to(range).map(|(path, _)| path);
                assert_eq!(found, from_root, "{}: {range:?}", path.display());
                ranges += 1;
            }
        });
        assert!(
            files > 100 && ranges > 100_000,
            "{files} files, {ranges} ranges"
        );
    }

    /// Every fixture, every scope: the node the model's walk met for it is the one a search
    /// from the root finds, the outermost node of the scope's range of a kind that makes a
    /// scope.
    #[test]
    fn the_scope_nodes_met_are_the_nodes_at_the_scopes() {
        let mut scopes = 0;
        let files = each_fixture(|path, tree, eval| {
            for (id, scope) in eval.model.scopes.iter().enumerate() {
                let searched = path_from(tree.root_node(), scope.range).and_then(|path| {
                    path.into_iter().find(|node| {
                        TextRange::of(*node) == scope.range
                            && matches!(
                                node.kind(),
                                "module"
                                    | "function_definition"
                                    | "class_definition"
                                    | "lambda"
                                    | "list_comprehension"
                                    | "set_comprehension"
                                    | "dictionary_comprehension"
                                    | "generator_expression"
                            )
                    })
                });
                let id = ScopeId(u32::try_from(id).expect("few scopes"));
                assert_eq!(
                    eval.scope_node(id),
                    searched,
                    "{}: {scope:?}",
                    path.display()
                );
                scopes += 1;
            }
        });
        assert!(
            files > 100 && scopes > 5_000,
            "{files} files, {scopes} scopes"
        );
    }

    /// Calls `check` with the path, tree and evaluator of every fixture that parses and can
    /// be modelled; how many there were.
    fn each_fixture(
        mut check: impl FnMut(&std::path::Path, &tree_sitter::Tree, &Evaluator<'_>),
    ) -> usize {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files = 0;
        for path in python_files(&fixtures) {
            let Ok(source) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(tree) = parse(&source) else {
                continue;
            };
            let Ok((model, nodes)) = SemanticModel::build_with_nodes(&tree, &source) else {
                continue;
            };
            let eval = Evaluator::new(&model, &source, tree.root_node(), &NO_APIS, &nodes);
            check(&path, &tree, &eval);
            files += 1;
        }
        files
    }

    fn python_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut found = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "py") {
                    found.push(path);
                }
            }
        }
        found.sort();
        found
    }

    /// Each node's range, and the ranges from the start of each node to the end of the next
    /// one and between them (empty ranges at the seams included).
    fn node_ranges(tree: &tree_sitter::Tree) -> Vec<TextRange> {
        let mut ranges = Vec::new();
        let mut cursor = tree.walk();
        let mut previous: Option<TextRange> = None;
        'walk: loop {
            let here = TextRange::of(cursor.node());
            ranges.push(here);
            if let Some(before) = previous {
                ranges.push(TextRange::new(before.start, here.end.max(before.start)));
                ranges.push(TextRange::new(
                    before.end.min(here.start),
                    here.start.max(before.end.min(here.start)),
                ));
            }
            previous = Some(here);
            if cursor.goto_first_child() {
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    break 'walk;
                }
            }
        }
        ranges
    }
}
