//! What one file offers the other files of a run: the wrappers it defines (`inferred`), by
//! their name in the module (`parmap`, `Runner._map`), the functions that return a process
//! pool or executor (`make_pool`, `values::factories`) and the methods and properties of its
//! classes that give one (`Runner.make`, `Runner.pool`), its module-level star imports (which
//! pass on what they bind), and the names its module-level
//! `from ... import` statements bind (`from .par import parmap as pm` in `pkg/__init__.py`),
//! each with the absolute dotted path it names (`pkg.par.parmap`). Plain data, with no path on
//! disk: the run knows the module's name, joins the exports of every file and follows the
//! re-exports from one file to the next (`run::wrappers`). A subclass of an imported class
//! (`class Fast(Runner)`, `class Fast(Mixin, par.Runner)`) is exported as a re-export of that
//! class, less the methods the classes before it in the resolution order define, so that
//! `Fast(2)._map(...)` reaches `Runner._map`; a subclass of a class of the same file exports
//! the wrapper methods it inherits (`Fast._map`), found by the same order
//! (`values::inheritance`). A second module-level name for a wrapper (`pmap = parallel_map`
//! after its `def` or its import) is exported as well: other modules import it by that name.
//! A module-level name bound to a `functools.partial` of a wrapper (`pm = partial(parmap,
//! workers=4)`) is exported as a wrapper of its own, with the slot the partial leaves.
//!
//! Only what another module can reach by one name is exported: a function or class bound once
//! at module level (a name bound twice may be either, and precision comes first), and an import
//! that is the name's only binding (not one arm of a `try`/`except ImportError`). One pair of
//! bindings counts as one: a module-level `try:` that imports the name and an `except
//! ImportError:` of it that binds the fallback (`accel_map = _impl`, or a `def`), which is what
//! the module gives wherever the optional import is missing (`fallback`). The import names code
//! outside the run, whose hand-over is unknown; on the path the run can read, the name is the
//! wrapper, and a value that is the pool on one path and unknown on another is the pool
//! (`values::agreed`).

use tree_sitter::Node;

use super::api::{self, ApiRow, Class, HandOff, Inspection, NameRead, Target};
use super::arguments::MAX_WORKER_DEPTH;
use super::callables::{bound_only_under_guard, in_guard};
use super::conditions::Condition;
use super::handed::HandedPool;
use super::inferred::{calls_or_keeps, parameter_name, parameter_slot, read_as};
use super::kept_pools::{KeptSlot, Passed, factory_kept_slots, factory_passed};
use super::user_api::{UserApi, UserKind, WorkerSlot};
use super::values::{
    Ancestor, EITHER, Evaluator, FIELDS, HOOK_POOLS, KEEPS_STATE, MEMBERS, SUPER, TEMPLATE, Value,
    as_bound, string_content,
};
use super::worker_reads::{Entry, Step, followed};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// A file's exports, sorted by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exports {
    /// The wrappers it defines.
    pub wrappers: Vec<ExportedWrapper>,
    /// The names its module-level from-imports bind.
    pub aliases: Vec<Alias>,
    /// The names of its `__all__` when it assigns one, as a literal list or tuple of strings,
    /// once; empty when `__all__` is anything else, which may leave out any name.
    pub all: Option<Vec<String>>,
    /// The absolute modules of its module-level star imports, in source order (`pkg.engine`
    /// for `from .engine import *`, or `.engine` as `Alias::target` keeps it), which bind
    /// their public names here for other modules to import in turn; with the names the module
    /// binds itself, which a star import's may not replace (sorted, and only for a module with
    /// star imports).
    pub stars: Vec<String>,
    pub own_names: Vec<String>,
    /// The process pools it passes to functions of other modules (`handed`), which the run
    /// follows to the file that defines them.
    pub handed_pools: Vec<HandedPool>,
    /// Each exported wrapper that is the fallback of an optional import (`fallback`), with
    /// the module that import names as spelled (`._speedups`): where that module is a file
    /// of the project, the import succeeds and the fallback is not what the name holds.
    pub optional: Vec<(String, String)>,
    /// A fix of the file binds a new public name at module level (a nested `def load` lifted
    /// as `load`), and the module has no `__all__`: a star import of it would bind the name
    /// too (`run::stars`).
    pub public_lifts: bool,
    /// The attribute names the analysis judged a value by, assuming no other file sets them
    /// (`core::attribute_writes`), which the run checks.
    pub unset_assumed: Vec<String>,
    /// The imported names whose literal in their own module the analysis would judge a
    /// value by (`core::module_constants`), which the run looks for.
    pub wanted_constants: Vec<crate::core::module_constants::ImportedName>,
    /// The imported names whose classes' instances or functions' results the analysis would
    /// judge a capture by (`core::module_kept`), which the run looks for.
    pub wanted_kept: Vec<crate::core::module_constants::ImportedName>,
}

impl Exports {
    pub fn is_empty(&self) -> bool {
        self.wrappers.is_empty()
            && self.aliases.is_empty()
            && self.stars.is_empty()
            && self.handed_pools.is_empty()
            && !self.public_lifts
            && self.unset_assumed.is_empty()
            && self.wanted_constants.is_empty()
            && self.wanted_kept.is_empty()
    }

    /// Whether `from <this module> import *` binds `name`: its `__all__` lists it, or, without
    /// one, it is public.
    pub fn star_binds(&self, name: &str) -> bool {
        match &self.all {
            Some(all) => all.iter().any(|listed| listed == name),
            None => !name.starts_with('_'),
        }
    }
}

/// A wrapper the file defines, with every callable parameter it has (its row's chain), or a
/// factory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedWrapper {
    /// Its dotted name in the module: `parmap`, or `Runner._map` for a method.
    pub name: String,
    /// The line of its `def`, or of the assignment that binds a partial of one (1-based).
    pub line: usize,
    provides: Provides,
}

/// What an exported name is to its users.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Provides {
    /// It hands its callable to a process API, as its row says.
    Wrapper(&'static ApiRow),
    /// It returns an instance of `class` (made with a fork context when `fork`).
    Factory { class: Class, fork: bool },
    /// It returns an instance of `class` when its arguments pass `conditions`, a thread pool
    /// otherwise (`Value::ChoosingFactory`).
    ChoosingFactory {
        class: Class,
        fork: bool,
        conditions: &'static [Condition],
    },
    /// It is a wrapper, as its row says, and a factory of `class` too: of a context manager
    /// whose `with ... as` target is an instance of it when `manager` (a `@contextmanager`
    /// function that yields the process it starts).
    WrapperFactory {
        row: &'static ApiRow,
        class: Class,
        fork: bool,
        manager: bool,
    },
    /// It is a `@contextmanager` function that yields an instance of `class`.
    ManagerFactory { class: Class, fork: bool },
    /// It is a `@contextmanager` function that yields a process API's function, as its row
    /// says (`yield pool.map`).
    FunctionManager(&'static ApiRow),
    /// It returns a multiprocessing context (made by `get_context("fork")` when `fork`).
    ContextFactory { fork: bool },
    /// It returns instances of a class with wrapper methods, named as for `Object`, with the
    /// constructor's slots it passes a process pool in (`kept_pools::factory_kept_slots`);
    /// only when its arguments pass `conditions`, when there are any
    /// (`Value::ChoosingObjectFactory`).
    ObjectFactory {
        class: String,
        absolute: bool,
        kept: Vec<KeptSlot>,
        passes: Option<Vec<Passed>>,
        conditions: &'static [Condition],
    },
    /// It is a wrapper, as its row says, that returns instances of a class with wrapper
    /// methods, named as for `Object`: a fluent API's `Dataset.map`, giving a new `Dataset`.
    WrapperObjectFactory {
        row: &'static ApiRow,
        class: String,
        absolute: bool,
    },
    /// It returns a wrapper, as its row says: a closure over a pool (`def make_mapper(n)`
    /// returning its nested `pmap`).
    ClosureFactory(&'static ApiRow),
    /// It is a worker other files hand callables to (`handed::Held::Callable`), which does
    /// with each parameter what its slot says.
    Worker(Vec<WorkerSlot>),
    /// It is a decorator that passes every argument on (`values::transparent`), which other
    /// files of the run put over a function that may be a wrapper (`handed::Held::Decorator`);
    /// or, when `called`, a factory of one (`@retry(times=2)`).
    Transparent { called: bool },
    /// It is a subclass that calling makes an instance of `class` (`class Worker(Process)`
    /// without an `__init__` of its own, `values::subclasses`).
    Like(Class),
    /// It is an instance of `class`: `EXECUTOR = ProcessPoolExecutor(4)`.
    Instance { class: Class, fork: bool },
    /// It is a multiprocessing context: `FORK_CTX = multiprocessing.get_context("fork")`.
    Context { fork: bool },
    /// It is a process API's class itself, under another name: `EXECUTOR_CLS =
    /// ProcessPoolExecutor`, which other modules call as the class.
    ClassAlias(Class),
    /// It is an instance of a class with wrapper methods: one of this module (`Runner`), or
    /// one it imports, by its absolute dotted path (`pkg.core.Runner`) when `absolute`.
    Object { class: String, absolute: bool },
    /// A property that gives an instance of `class`.
    Property { class: Class, fork: bool },
    /// A plain attribute in which the class's instances hold an instance of `class`
    /// (`self.executor = ProcessPoolExecutor()` in `__init__`).
    Attribute { class: Class, fork: bool },
    /// A plain attribute in which the class's instances hold an instance of a class with
    /// wrapper methods (`self.compute = ComputeService(workers)`), named as for `Object`.
    HeldObject { class: String, absolute: bool },
    /// The names a class may have on its instances (`UserKind::Members`).
    Members(Vec<String>),
    /// The fields of a dataclass's generated `__init__` (`UserKind::Fields`).
    Fields(Vec<(String, Option<usize>)>),
}

impl ExportedWrapper {
    /// The API this wrapper is to the other files of the run, declared at `path` (its module's
    /// name and its own, `pkg.par.parmap`). Its findings say where it hands the callable on in
    /// `file`, the defining file as the run shows it.
    pub fn api_at(&self, path: String, file: &str, hidden_from_star: bool) -> UserApi {
        let kind = match &self.provides {
            Provides::Wrapper(row) => {
                let file: &'static str = Box::leak(file.to_string().into_boxed_str());
                UserKind::Function(in_file(row, file))
            }
            Provides::Factory { class, fork } => UserKind::Factory {
                class: *class,
                fork: *fork,
            },
            Provides::ChoosingFactory {
                class,
                fork,
                conditions,
            } => UserKind::ChoosingFactory {
                class: *class,
                fork: *fork,
                conditions,
            },
            Provides::WrapperFactory {
                row,
                class,
                fork,
                manager,
            } => {
                let file: &'static str = Box::leak(file.to_string().into_boxed_str());
                UserKind::WrapperFactory {
                    row: in_file(row, file),
                    class: *class,
                    fork: *fork,
                    manager: *manager,
                }
            }
            Provides::ManagerFactory { class, fork } => UserKind::ManagerFactory {
                class: *class,
                fork: *fork,
            },
            Provides::ContextFactory { fork } => UserKind::ContextFactory { fork: *fork },
            Provides::Context { fork } => UserKind::Context { fork: *fork },
            Provides::ClassAlias(class) => UserKind::Like(*class),
            Provides::FunctionManager(row) => {
                let file: &'static str = Box::leak(file.to_string().into_boxed_str());
                UserKind::FunctionManager(in_file(row, file))
            }
            Provides::Like(class) => UserKind::Like(*class),
            Provides::Instance { class, fork } => UserKind::Instance {
                class: *class,
                fork: *fork,
            },
            Provides::Object { class, absolute } => {
                UserKind::InstanceOf(class_path(&path, &self.name, class, *absolute))
            }
            Provides::HeldObject { class, absolute } => {
                UserKind::AttributeOf(class_path(&path, &self.name, class, *absolute))
            }
            Provides::ObjectFactory {
                class,
                absolute,
                kept,
                passes,
                conditions,
            } => UserKind::FactoryOf {
                class: class_path(&path, &self.name, class, *absolute),
                kept: kept.clone(),
                passes: passes.clone(),
                conditions,
            },
            Provides::ClosureFactory(row) => {
                let file: &'static str = Box::leak(file.to_string().into_boxed_str());
                UserKind::ClosureFactory(in_file(row, file))
            }
            Provides::WrapperObjectFactory {
                row,
                class,
                absolute,
            } => {
                let file: &'static str = Box::leak(file.to_string().into_boxed_str());
                UserKind::WrapperFactoryOf {
                    row: in_file(row, file),
                    class: class_path(&path, &self.name, class, *absolute),
                }
            }
            Provides::Worker(slots) => UserKind::Worker {
                slots: slots.clone(),
                file: file.to_string(),
            },
            Provides::Transparent { called } => UserKind::Transparent { called: *called },
            Provides::Property { class, fork } => UserKind::Property {
                class: *class,
                fork: *fork,
            },
            Provides::Attribute { class, fork } => UserKind::Attribute {
                class: *class,
                fork: *fork,
            },
            Provides::Members(names) => UserKind::Members(names.clone()),
            Provides::Fields(fields) => UserKind::Fields(fields.clone()),
        };
        UserApi {
            path,
            kind,
            hidden_from_star,
        }
    }
}

/// The dotted path of the class of an exported instance or factory `name` at `path`:
/// `class` itself when `absolute`, else a class of the module of `path`, which is `path`
/// without `name` (`pkg.runner` for `Runner.create` at `pkg.runner.Runner.create`).
fn class_path(path: &str, name: &str, class: &str, absolute: bool) -> String {
    let module = path
        .strip_suffix(name)
        .and_then(|module| module.strip_suffix('.'))
        .unwrap_or_else(|| path.rsplit_once('.').map_or("", |(module, _)| module));
    match absolute {
        true => class.to_string(),
        false => format!("{module}.{class}"),
    }
}

/// `row` and the rows chained after it (one per callable parameter), each saying that it
/// hands its callable on in `file`, unless it says so already (a partial of a wrapper another
/// file defines). One chain per wrapper a run exports, leaked like the rows of `--api`
/// declarations.
fn in_file(row: &'static ApiRow, file: &'static str) -> &'static ApiRow {
    let via = row.via.map(|via| HandOff {
        file: via.file.or(Some(file)),
        ..via
    });
    let inspected = row.inspected.map(|inspected| Inspection {
        file: inspected.file.or(Some(file)),
        ..inspected
    });
    let names_read = row.names_read.map(|read| NameRead {
        file: read.file.or(Some(file)),
        ..read
    });
    let instance_kept = row.instance_kept.map(|kept| Inspection {
        file: kept.file.or(Some(file)),
        ..kept
    });
    let next = row.next.map(|next| in_file(next, file));
    let worker_keywords = row.worker_keywords.map(|keywords| {
        let placed = keywords.iter().map(|keyword| Inspection {
            file: keyword.file.or(Some(file)),
            ..*keyword
        });
        &*Box::leak(placed.collect::<Vec<_>>().into_boxed_slice())
    });
    Box::leak(Box::new(ApiRow {
        via,
        inspected,
        names_read,
        worker_keywords,
        instance_kept,
        next,
        ..*row
    }))
}

/// A name a module-level `from ... import` binds: `pm` for `from .par import parmap as pm`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The name bound in the module.
    pub name: String,
    /// The absolute dotted path it names (`pkg.par.parmap`), or the relative one as spelled
    /// (`.par.parmap`) when the analysis was not told the file's package, which the run
    /// resolves (`Evaluator::exported_module`).
    pub target: String,
    /// For a subclass of an imported class (`class Fast(Runner)`, named as its base), the
    /// names its own body binds: a method it defines is its own, not the base's wrapper.
    pub own: Vec<String>,
    /// For such a subclass whose `__init__` only calls the base's, what that call passes in
    /// each slot (`kept_pools::forwarded_passes`).
    pub forwards: Option<Vec<Passed>>,
    /// For one of the two imports of an optional import (`try: from ._fast import pmap` /
    /// `except ImportError: from ._pure import pmap`, `optional_import_aliases`): the module
    /// the `try` imports, as spelled, and whether the alias holds when that module is the
    /// project's source (the `try`'s import) or when it is not (the fallback's).
    pub holds_if_source: Option<(String, bool)>,
}

/// The API a subclass of another file's class takes of its base's, `kind`, under its own name
/// `name` (`Alias::own` is what its body binds, `target` the base's path): a method of the
/// base whose instance's state a call of the class judges (`Test::KeptPool`, a kept flag,
/// `kept_pools`) is judged so for a call of the subclass too, when the subclass's constructor
/// is the base's (it binds neither `__init__` nor `__new__`): its home is then the subclass.
/// Anything else is the base's as it is.
///
/// A subclass whose `__init__` only calls the base's (`forwards`, what that call passes) has
/// each test of a flag the instance keeps judged by it: a literal it passes (or the base's
/// default, for a slot it leaves) that meets the test drops it, one that fails it leaves the
/// subclass no such method (`None`), and a parameter of its own it passes on makes the test
/// one of that parameter's slot in a call of the subclass. Other conditions on what the
/// instance keeps are then dropped: the subclass's call is not the base's, and a call of it
/// may hand over whatever it passes.
pub fn inherited_as(
    kind: &UserKind,
    own: &[String],
    target: &str,
    name: &str,
    forwards: Option<&[Passed]>,
) -> Option<UserKind> {
    let base = target.rsplit('.').next();
    let subclass = own.iter().any(|o| o == SUPER) && !own.iter().any(|o| o == "__new__");
    let constructs_as_base = subclass && !own.iter().any(|o| o == "__init__");
    let UserKind::Function(row) = kind else {
        return Some(kind.clone());
    };
    let judged = |c: &Condition| c.kept || c.test.judged_by_construction();
    if !subclass || row.homes.first().copied() != base || !row.conditions.iter().any(judged) {
        return Some(kind.clone());
    }
    let conditions = match (constructs_as_base, forwards) {
        (true, _) => row.conditions,
        (false, Some(passes)) => {
            let mut kept = Vec::new();
            for condition in row.conditions {
                if !judged(condition) {
                    kept.push(*condition);
                    continue;
                }
                let passed = passes.iter().find(|passed| passed.slot.fills(condition));
                let value = match passed {
                    None => condition.default,
                    Some(Passed {
                        through: Some((position, keyword)),
                        value,
                        ..
                    }) if condition.kept && !condition.test.judged_by_construction() => {
                        let keyword: Option<&'static str> = keyword
                            .as_deref()
                            .map(|k| &*Box::leak(k.to_string().into_boxed_str()));
                        kept.push(Condition {
                            position: *position,
                            keyword,
                            default: *value,
                            ..*condition
                        });
                        continue;
                    }
                    Some(passed) => passed.value,
                };
                match value.and_then(|value| condition.test.judge(value)) {
                    Some(result) if result != condition.holds => return None,
                    _ => {}
                }
            }
            crate::core::analysis::values::interned_conditions(kept)
        }
        (false, None) => return Some(kind.clone()),
    };
    let name: &'static str = Box::leak(name.to_string().into_boxed_str());
    let homes: &'static [&'static str] = Box::leak(Box::new([name]));
    Some(UserKind::Function(Box::leak(Box::new(ApiRow {
        homes,
        conditions,
        ..**row
    }))))
}

/// The exports of the file `eval` has analysed (its inferred wrappers set).
pub fn exports(eval: &Evaluator<'_>) -> Exports {
    let templates = template_wrappers(eval);
    let (pools, inherited_pools) = pool_members(eval);
    // A class whose method gives a pool may be the mixin that makes another file's template
    // method a process wrapper (`class ProcessRunner(ProcessPoolMixin, Runner)`): its names
    // say whether it overrides anything else of the base.
    let listed = !templates.is_empty() || !pools.is_empty();
    let mut wrappers: Vec<ExportedWrapper> = eval
        .inferred()
        .iter()
        .filter_map(|(key, row)| exported_wrapper(eval, *key, row))
        .chain(bound_wrappers(eval))
        // A context factory is followed in its own file only: exported, its name (loky's and
        // multiprocess's `get_context`) sent a hundred-kilobyte test module after another
        // through a second analysis, 30% of a whole-tree run (bench corpus, callgrind).
        .chain(factories(eval).filter(|f| !matches!(f.provides, Provides::ContextFactory { .. })))
        .chain(instances(eval))
        .chain(process_subclasses(eval))
        .chain(pools.into_iter().chain(inherited_pools))
        .chain(object_factory_methods(eval))
        .chain(held_objects(eval))
        .chain(inherited_wrappers(eval))
        .chain(wrappers_past_imported(eval))
        .chain(templates.iter().cloned())
        .chain(inherited_templates(eval))
        .chain(class_members(eval, listed))
        .chain(inherited_table_methods(eval))
        .chain(super_members(eval))
        .chain(workers(eval))
        .chain(transparent_decorators(eval))
        .chain(static_aliases(eval))
        .chain(dataclass_fields(eval))
        .collect();
    wrappers.extend(renamed_wrappers(eval, &wrappers));
    // A name bound only under the main guard does not exist in a module that imports this
    // one: CPython's `test/mp_preload.py` binds `ctx = get_context("forkserver")` there, and
    // exported, it sent the 200-kilobyte `_test_multiprocessing.py` beside it (which reads a
    // `ctx` of its own and spells `'mp_preload.py'`) through a second analysis.
    let guards = eval.main_guards();
    if !guards.is_empty() {
        wrappers.retain(|wrapper| {
            let bound = wrapper.name.split('.').next().unwrap_or(&wrapper.name);
            !bound_only_under_guard(eval.model, guards, bound)
        });
    }
    wrappers.sort_by(|a, b| a.name.cmp(&b.name));
    let wrappers = wrapper_factories(wrappers);
    // The re-exports and star imports are kept from the first look too, when the run
    // declares no wrapper yet: a round then learns a wrapper under every path that reaches it
    // at once. Left for the file's next analysis (which only a file naming the wrapper gets),
    // a re-export made a second round that picked again the importers the first had picked
    // for the wrapper's own path (celery's `test_prefork.py`, 63 KB, analysed three times:
    // `AsynPool` from `asynpool`, then from `prefork`, which re-exports it).
    let mut aliases = aliases(eval);
    aliases.sort_by(|a, b| a.name.cmp(&b.name));
    let stars = eval.exported_star_modules();
    let own_names = match stars.is_empty() {
        true => Vec::new(),
        false => own_names(eval),
    };
    let all = match wrappers.is_empty() && aliases.is_empty() && stars.is_empty() {
        true => None,
        false => dunder_all(eval),
    };
    let optional = wrappers
        .iter()
        .filter_map(|wrapper| {
            let ids = eval.model.bindings_of(SemanticModel::MODULE, &wrapper.name);
            let module = optional_import(eval, ids)?;
            Some((wrapper.name.clone(), module))
        })
        .collect();
    Exports {
        wrappers,
        aliases,
        all,
        stars,
        own_names,
        handed_pools: Vec::new(),
        optional,
        public_lifts: false,
        unset_assumed: Vec::new(),
        wanted_constants: Vec::new(),
        wanted_kept: Vec::new(),
    }
}

/// The names bound at module level, sorted: a star import binds none of them for good, since
/// the module's own binding may come after it.
fn own_names(eval: &Evaluator<'_>) -> Vec<String> {
    let module = eval.model.scope(SemanticModel::MODULE);
    let mut names: Vec<String> = module.bindings.keys().cloned().collect();
    names.sort();
    names
}

/// The names a module's `__all__` lists (see `Exports::all`).
fn dunder_all(eval: &Evaluator<'_>) -> Option<Vec<String>> {
    let ids = eval.model.bindings_of(SemanticModel::MODULE, "__all__");
    if ids.is_empty() {
        return None;
    }
    let literal = || {
        let [only] = ids else {
            return None;
        };
        let binding = eval.model.binding(*only);
        let value = eval.node_at(binding.value?)?;
        if binding.kind != BindingKind::Assignment || !matches!(value.kind_name(), "list" | "tuple")
        {
            return None;
        }
        let mut cursor = value.walk();
        let elements: Vec<_> = value
            .named_children(&mut cursor)
            .filter(|n| n.kind_name() != "comment")
            .collect();
        let plain = |n: &tree_sitter::Node<'_>| {
            let mut cursor = n.walk();
            n.kind_name() == "string"
                && !n
                    .named_children(&mut cursor)
                    .any(|c| c.kind_name() == "interpolation")
        };
        elements
            .into_iter()
            .map(|n| plain(&n).then(|| string_content(eval.text(n)).to_string()))
            .collect()
    };
    Some(literal().unwrap_or_default())
}

/// The wrapper whose name starts at `key`, when its function (or its method's class) is bound
/// once at module level. A closure its factory returns (`values::factories`) is bound in the
/// factory: other modules reach it through the factory's calls, not by its name.
fn exported_wrapper(
    eval: &Evaluator<'_>,
    key: usize,
    row: &'static ApiRow,
) -> Option<ExportedWrapper> {
    let once = |name: &str| eval.model.bindings_of(SemanticModel::MODULE, name).len() == 1;
    let defined_here = |name: &str| {
        let ids = eval.model.bindings_of(SemanticModel::MODULE, name);
        reached_binding(eval, ids).is_some_and(|id| eval.model.binding(id).range.start == key)
    };
    let name = match row.homes.first() {
        Some(class) if once(class) => format!("{class}.{}", row.name),
        None if defined_here(row.name) => row.name.to_string(),
        _ => return None,
    };
    Some(ExportedWrapper {
        name,
        line: eval.line_at(key),
        provides: Provides::Wrapper(row),
    })
}

/// The module-level names bound once, by an assignment, to a wrapper: `pm = partial(parmap,
/// workers=4)` (or a plain alias, `pm = parmap`), whose value the evaluator gives as a row
/// with its slot moved (`values::partials`). Only rows of wrappers (those that say where they
/// hand the callable on): an alias of the table's own functions is the table's business.
fn bound_wrappers<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = ExportedWrapper> + 'e {
    // Only a file that knows a wrapper can bind one: most files are not evaluated at all.
    let knows = !eval.inferred().is_empty() || !eval.apis.is_empty();
    let module = eval.model.scope(SemanticModel::MODULE);
    let bindings = module.bindings.iter().filter(move |_| knows);
    bindings.filter_map(|(name, ids)| {
        let binding = eval.model.binding(reached_binding(eval, ids)?);
        if binding.kind != BindingKind::Assignment {
            return None;
        }
        let value = eval
            .node_at(binding.value?)
            .filter(|v| matches!(v.kind_name(), "call" | "identifier" | "attribute"))?;
        let Value::Function(row) = eval.eval(value, SemanticModel::MODULE) else {
            return None;
        };
        row.via?;
        Some(ExportedWrapper {
            name: name.clone(),
            line: eval.line_at(binding.range.start),
            provides: Provides::Wrapper(as_bound(row)),
        })
    })
}

/// The attributes of module-level classes bound in the class body to `staticmethod(w)` of a
/// wrapper `w` (`class Par: map = staticmethod(_pmap)`), which other modules call on the
/// class or an instance alike (`Par.map(fn, xs)`): exported as `Par.map`, a wrapper of its
/// own. A plain alias (`map = _pmap`) is not: read on an instance it is a method, given the
/// instance first.
fn static_aliases(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    if eval.inferred().is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (class_name, class) in module_classes(eval) {
        for attr in eval.class_body_aliases() {
            // By the class's resolution order: its own alias, or one a base of this file
            // binds (`class Sub(Par): pass`).
            let Value::Function(row) = eval.inherited(class, attr) else {
                continue;
            };
            if row.via.is_none() {
                continue;
            }
            let line = match eval.model.bindings_of(class, attr) {
                [own, ..] => eval.line_at(eval.model.binding(*own).range.start),
                [] => eval.line_at(eval.model.scope(class).range.start),
            };
            found.push(ExportedWrapper {
                name: format!("{class_name}.{attr}"),
                line,
                provides: Provides::Wrapper(as_bound(row)),
            });
        }
    }
    found
}

/// The fields of the module-level dataclasses of a file with wrappers, as `Task.fields()`:
/// a file importing `Task` hands `Task(fn, (1,))` to a wrapper of this file that takes each
/// task's `fn` (`wrapper_containers`), and the call says which argument fills it.
fn dataclass_fields(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    if eval.inferred().is_empty() {
        return Vec::new();
    }
    let module = eval.model.scope(SemanticModel::MODULE);
    (module.bindings.iter())
        .filter_map(|(name, ids)| {
            let [only] = ids.as_slice() else {
                return None;
            };
            let binding = eval.model.binding(*only);
            if binding.kind != BindingKind::ClassDef {
                return None;
            }
            // A dataclass's statement is its `decorated_definition`: the scope is its class's.
            let definition = eval
                .statement_node(binding.statement)?
                .field("definition")?;
            let class = eval.model.scope_created_by(TextRange::of(definition))?;
            let fields = eval.positional_fields(class)?;
            Some(at_class(
                eval,
                class,
                format!("{name}.{FIELDS}"),
                Provides::Fields(fields),
            ))
        })
        .collect()
}

/// The module-level functions, bound once, that other files hand a callable to as their
/// processes' worker (`Evaluator::handed_callables`), each with what it does with every
/// parameter it names (`worker_reads::followed`): only those the run asks about are read.
fn workers(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let asked = eval
        .handed_callables()
        .map(|handed| handed.function.as_str());
    bound_once(eval, asked)
        .filter_map(|(name, only)| {
            let binding = eval.model.binding(only);
            let statement = eval.statement_node(binding.statement)?;
            let def = match statement.kind_name() {
                "decorated_definition" => statement.field("definition")?,
                _ => statement,
            };
            if binding.kind != BindingKind::FunctionDef || def.kind_name() != "function_definition"
            {
                return None;
            }
            Some(ExportedWrapper {
                name: name.to_string(),
                line: eval.line_at(binding.range.start),
                provides: Provides::Worker(worker_slots(eval, def)),
            })
        })
        .collect()
}

/// The module-level functions that other files of the run put over a function that may be a
/// wrapper (`handed::Held::Decorator`) and that pass every argument on to it
/// (`values::transparent`): only those the run asks about are read.
fn transparent_decorators(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let asked = eval
        .handed_decorators()
        .map(|handed| handed.function.as_str());
    bound_once(eval, asked)
        .filter_map(|(name, only)| {
            let line = eval.line_at(eval.model.binding(only).range.start);
            // A decorator and a factory of one differ in their inner `def`'s parameters
            // (`*args, **kwargs` against the decorated function), so at most one holds.
            let called = match eval.is_transparent_named(name, false) {
                true => false,
                false => eval.is_transparent_named(name, true).then_some(true)?,
            };
            Some(ExportedWrapper {
                name: name.to_string(),
                line,
                provides: Provides::Transparent { called },
            })
        })
        .collect()
}

/// The last names of the dotted paths `asked` (what other files of the run ask this one
/// about), each once and in order, with their binding when the module binds them once.
fn bound_once<'e>(
    eval: &Evaluator<'e>,
    asked: impl Iterator<Item = &'e str>,
) -> impl Iterator<Item = (&'e str, BindingId)> {
    let mut names: Vec<&str> = asked.filter_map(|path| path.rsplit('.').next()).collect();
    names.sort_unstable();
    names.dedup();
    names.into_iter().filter_map(
        |name| match eval.model.bindings_of(SemanticModel::MODULE, name) {
            [only] => Some((name, *only)),
            _ => None,
        },
    )
}

/// What the worker `def` does with each of its named parameters, by position where a call
/// may pass it so, else by keyword.
fn worker_slots(eval: &Evaluator<'_>, def: tree_sitter::Node<'_>) -> Vec<WorkerSlot> {
    let Some(parameters) = def.field("parameters") else {
        return Vec::new();
    };
    let mut cursor = parameters.walk();
    let named: Vec<&str> = parameters
        .named_children(&mut cursor)
        .filter_map(|p| parameter_name(p).map(|name| eval.text(name)))
        .collect();
    named
        .into_iter()
        .filter_map(|name| {
            let (_, position, keyword) = parameter_slot(eval, def, name, 0)?;
            let entry = match (position, &keyword) {
                (Some(at), _) => Entry::Position(at, Vec::new()),
                (None, Some(keyword)) => Entry::Keyword(keyword.clone(), Vec::new()),
                (None, None) => return None,
            };
            let used = followed(eval, def, &entry)?;
            let element = element_slot(eval, def, &entry, Step::Any, (position, name), 1);
            let positions =
                position_slots(eval, def, &entry, element.as_deref(), (position, name), 1);
            Some(WorkerSlot {
                position,
                keyword: name.to_string(),
                called: calls_or_keeps(eval, def, name),
                looks: used.looks,
                otherwise: used.otherwise,
                keywords: used.keywords,
                positionals: used.positionals,
                element,
                positions,
            })
        })
        .collect()
}

/// How many positions of a sequence the worker's treatment is told apart for
/// (`WorkerSlot::positions`).
const MAX_POSITIONS: usize = 4;

/// What the worker does with each of the first `MAX_POSITIONS` elements of the value `entry`
/// reaches it at, when it does anything with some element but call it (`element`, any
/// element's slot): unpacking `fn, x = task` calls the first and passes the second on.
/// Empty when any element's slot is clean, or none of the positions is.
fn position_slots(
    eval: &Evaluator<'_>,
    def: tree_sitter::Node<'_>,
    entry: &Entry,
    element: Option<&WorkerSlot>,
    (position, name): (Option<usize>, &str),
    depth: usize,
) -> Vec<WorkerSlot> {
    let Some(element) = element else {
        return Vec::new();
    };
    if element.looks.is_none() && element.otherwise.is_none() {
        return Vec::new();
    }
    let positions: Vec<WorkerSlot> = (0..MAX_POSITIONS)
        .map_while(|at| element_slot(eval, def, entry, Step::At(at), (position, name), depth))
        .map(|slot| *slot)
        .collect();
    match positions
        .iter()
        .any(|slot| slot.looks.is_none() && slot.otherwise.is_none())
    {
        true => positions,
        false => Vec::new(),
    }
}

/// What the worker `def` does with the element `step` into the value `entry` reaches it at
/// (any element: `for f in fns: f()`, `fns[0]()`; or the one at a position), `depth`
/// containers deep, and with those of that element in turn, up to
/// `arguments::MAX_WORKER_DEPTH`.
fn element_slot(
    eval: &Evaluator<'_>,
    def: tree_sitter::Node<'_>,
    entry: &Entry,
    step: Step,
    (position, name): (Option<usize>, &str),
    depth: usize,
) -> Option<Box<WorkerSlot>> {
    if depth > MAX_WORKER_DEPTH {
        return None;
    }
    let within = match entry {
        Entry::Position(at, steps) => Entry::Position(*at, [steps.clone(), vec![step]].concat()),
        Entry::Keyword(key, steps) => {
            Entry::Keyword(key.clone(), [steps.clone(), vec![step]].concat())
        }
        Entry::Unknown => return None,
    };
    let inner = followed(eval, def, &within)?;
    let element = element_slot(eval, def, &within, Step::Any, (position, name), depth + 1);
    let positions = position_slots(
        eval,
        def,
        &within,
        element.as_deref(),
        (position, name),
        depth + 1,
    );
    Some(Box::new(WorkerSlot {
        position,
        keyword: name.to_string(),
        called: inner.called,
        looks: inner.looks,
        otherwise: inner.otherwise,
        keywords: inner.keywords,
        positionals: inner.positionals,
        element,
        positions,
    }))
}

/// The module-level functions, bound once, that return a process pool or executor
/// (`values::factories`).
fn factories<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = ExportedWrapper> + 'e {
    // The module's own statements, rather than a look-up of each binding's node: every
    // analysed file's functions are read, and finding a node by its range costs a descent.
    let mut cursor = eval.root.walk();
    // A decorated `def` is one under `@contextmanager` (`values::factories`).
    let defs: Vec<_> = eval
        .root
        .named_children(&mut cursor)
        .filter(|node| {
            matches!(
                node.kind_name(),
                "function_definition" | "decorated_definition"
            )
        })
        .collect();
    defs.into_iter().filter_map(move |def| {
        let name = match def.kind_name() {
            "decorated_definition" => def.field("definition")?,
            _ => def,
        }
        .field("name")?;
        let [only] = eval
            .model
            .bindings_of(SemanticModel::MODULE, eval.text(name))
        else {
            return None;
        };
        let binding = eval.model.binding(*only);
        if binding.kind != BindingKind::FunctionDef || binding.range.start != name.start_byte() {
            return None;
        }
        let provides = match eval.factory_at(*only, def)? {
            Value::Factory { class, fork } => Provides::Factory { class, fork },
            Value::ChoosingFactory {
                class,
                fork,
                conditions,
            } => Provides::ChoosingFactory {
                class,
                fork,
                conditions,
            },
            Value::ManagerFactory { class, fork } => Provides::ManagerFactory { class, fork },
            Value::FunctionManagerFactory(row) => Provides::FunctionManager(row),
            Value::ContextFactory { fork } => Provides::ContextFactory { fork },
            Value::ObjectFactory(instance) => match *instance {
                Value::Function(row) => Provides::ClosureFactory(row),
                instance => object_factory(eval, def, instance, &[])?,
            },
            Value::ChoosingObjectFactory {
                instance,
                conditions,
            } => object_factory(eval, def, *instance, conditions)?,
            _ => return None,
        };
        Some(ExportedWrapper {
            name: eval.text(name).to_string(),
            line: eval.line_at(binding.range.start),
            provides,
        })
    })
}

/// What the module-level factory `def` provides when it returns `instance`, of a class with
/// wrapper methods, when its arguments pass `conditions` (always, when there are none).
fn object_factory(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    instance: Value,
    conditions: &'static [Condition],
) -> Option<Provides> {
    let (class, absolute) = match instance {
        Value::OwnInstance(class) => (exported_class(eval, class)?, false),
        Value::Declared(class) => (class, true),
        _ => return None,
    };
    Some(Provides::ObjectFactory {
        class,
        absolute,
        kept: factory_kept_slots(eval, def),
        passes: factory_passed(eval, def),
        conditions,
    })
}

/// The module-level names bound only by assignments (at module level, or in a function that
/// declares them `global`: `_pool = None`, then `_pool = Pool()` in `init()`) whose values
/// agree, as a function of the module reading the name sees them (`values::agreed`), on an
/// instance of a pool or executor, or of a class with wrapper methods (`runner = Runner()`),
/// on a multiprocessing context (`FORK_CTX = get_context("fork")`), or on a process API's
/// class (`EXECUTOR_CLS = ProcessPoolExecutor`). Another module that imports the name reads
/// it after this module ran, at any time.
fn instances<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = ExportedWrapper> + 'e {
    let module = eval.model.scope(SemanticModel::MODULE);
    module.bindings.iter().filter_map(|(name, ids)| {
        let assigned = |id: &BindingId| {
            let binding = eval.model.binding(*id);
            matches!(
                binding.kind,
                BindingKind::Assignment | BindingKind::AnnotatedAssignment
            ) && binding.value.is_some()
        };
        if ids.is_empty() || !ids.iter().all(assigned) {
            return None;
        }
        let provides = match eval.value_of_global(name) {
            Value::Instance { class, fork } if class != Class::Process => {
                Provides::Instance { class, fork }
            }
            Value::Context { fork } => Provides::Context { fork },
            Value::Class { class, fork: false } => Provides::ClassAlias(class),
            Value::OwnInstance(class) => Provides::Object {
                class: exported_class(eval, class)?,
                absolute: false,
            },
            Value::Declared(class) => Provides::Object {
                class,
                absolute: true,
            },
            _ => return None,
        };
        Some(ExportedWrapper {
            name: name.clone(),
            line: eval.line_at(eval.model.binding(ids[0]).range.start),
            provides,
        })
    })
}

/// The plain attributes in which the instances of the module-level classes, bound once,
/// hold an instance of a class with wrapper methods (`App.compute` for `self.compute =
/// ComputeService(workers)`, `values::classes::held_object`): another module that makes an
/// `App` reaches the wrappers through it (`app.compute.compute(fn, xs)`).
///
/// Only public attributes: code outside the class that calls a method of a private one
/// (`pool._pool.apply_async(...)`) is the class's own tests, and exporting them sent every
/// importer of celery's `TaskPool` (`self._pool = Pool(...)`, an `AsynPool`) through a second
/// analysis for nothing (the test-heavy corpus, callgrind: 120 M instructions). Inside the
/// class, `self._pool.map(...)` is followed all the same (`values::classes`).
fn held_objects<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = ExportedWrapper> + 'e {
    module_classes(eval).flat_map(move |(class_name, class)| {
        let held = eval.held_objects(class).into_iter();
        let held = held.filter(|(name, _, _)| !name.starts_with('_'));
        held.filter_map(move |(name, at, value)| {
            let provides = match value {
                Value::OwnInstance(held) => Provides::HeldObject {
                    class: exported_class(eval, held)?,
                    absolute: false,
                },
                Value::Declared(held) => Provides::HeldObject {
                    class: held,
                    absolute: true,
                },
                _ => return None,
            };
            Some(ExportedWrapper {
                name: format!("{class_name}.{name}"),
                line: eval.line_at(at),
                provides,
            })
        })
    })
}

/// `exports` sorted by name, with a wrapper and a factory of the same name (`def make_pool(
/// init=None): return Pool(2, initializer=init)`, or a `@contextmanager` function yielding
/// the process it starts) made one `WrapperFactory`: the run keeps one API per path, which
/// would drop one of them.
fn wrapper_factories(exports: Vec<ExportedWrapper>) -> Vec<ExportedWrapper> {
    let mut merged: Vec<ExportedWrapper> = Vec::with_capacity(exports.len());
    for export in exports {
        if let Some(last) = merged.last_mut().filter(|last| last.name == export.name) {
            let joined = match (&last.provides, &export.provides) {
                (Provides::Wrapper(row), Provides::Factory { class, fork })
                | (Provides::Factory { class, fork }, Provides::Wrapper(row)) => {
                    Some(Provides::WrapperFactory {
                        row,
                        class: *class,
                        fork: *fork,
                        manager: false,
                    })
                }
                // `@contextmanager def running(fn, *args)` starting a `Process(target=fn)`
                // and yielding it.
                (Provides::Wrapper(row), Provides::ManagerFactory { class, fork })
                | (Provides::ManagerFactory { class, fork }, Provides::Wrapper(row)) => {
                    Some(Provides::WrapperFactory {
                        row,
                        class: *class,
                        fork: *fork,
                        manager: true,
                    })
                }
                (
                    Provides::Wrapper(row),
                    Provides::ObjectFactory {
                        class, absolute, ..
                    },
                )
                | (
                    Provides::ObjectFactory {
                        class, absolute, ..
                    },
                    Provides::Wrapper(row),
                ) => Some(Provides::WrapperObjectFactory {
                    row,
                    class: class.clone(),
                    absolute: *absolute,
                }),
                _ => None,
            };
            if let Some(joined) = joined {
                last.provides = joined;
                continue;
            }
        }
        merged.push(export);
    }
    merged
}

/// The module-level classes, bound once, that subclass a process class without a constructor
/// of their own (`values::subclasses`): other modules call them as the class itself. Not one
/// made from a fork context's class, whose `Process` targets are inherited.
fn process_subclasses<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = ExportedWrapper> + 'e {
    module_classes(eval).filter_map(|(name, _)| {
        let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
            return None;
        };
        // A pool subclass with a constructor of its own makes the pool, as a factory does.
        let provides = match eval.value_of_global(name) {
            Value::Class { class, fork: false } => Provides::Like(class),
            Value::Factory { class, fork: false } => Provides::Factory { class, fork: false },
            _ => return None,
        };
        Some(ExportedWrapper {
            name: name.to_string(),
            line: eval.line_at(eval.model.binding(*only).range.start),
            provides,
        })
    })
}

/// The name of the class of scope `class` when other modules reach it by that name: a
/// module-level class bound once.
fn exported_class(eval: &Evaluator<'_>, class: ScopeId) -> Option<String> {
    let scope = eval.model.scope(class);
    let name = scope.name.as_deref()?;
    let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    (scope.parent == Some(SemanticModel::MODULE) && binding.kind == BindingKind::ClassDef)
        .then(|| name.to_string())
}

/// The methods of the module-level classes, bound once, that give a process pool or
/// executor: properties (`Runner.pool`) and factories (`Runner.make`), see
/// `values::factories`, and the plain attributes in which their instances hold one
/// (`Runner.executor`, `values::classes::held_pool`); and the methods a class inherits from another class of this file (`Fast.pool`
/// for `class Fast(Runner)`), by its resolution order, as `inherited_wrappers` does for
/// wrappers.
/// The class's own first, then the inherited ones.
fn pool_members(eval: &Evaluator<'_>) -> (Vec<ExportedWrapper>, Vec<ExportedWrapper>) {
    let classes: Vec<(&str, ScopeId)> = module_classes(eval).collect();
    let mut found = Vec::new();
    for &(class_name, class) in classes.iter().filter(|(_, c)| eval.may_make_pools(*c)) {
        for (name, ids) in &eval.model.scope(class).bindings {
            if let [only] = ids.as_slice()
                && let Some(provides) = eval.pool_member(*only).and_then(provides)
            {
                let line = eval.line_at(eval.model.binding(*only).range.start);
                found.push((class_name, name.clone(), line, provides));
            }
        }
        for (name, at, value) in eval.held_pools(class) {
            let provides = match value {
                Value::Instance { class, fork } => Provides::Attribute { class, fork },
                // `self.submit = self._ex.submit`: called on an instance as it is.
                Value::Function(row) => Provides::Wrapper(row),
                _ => continue,
            };
            found.push((class_name, name, eval.line_at(at), provides));
        }
    }
    let mut inherited = Vec::new();
    for &(class_name, class) in &classes {
        for (_, name, _, _) in found
            .iter()
            .filter(|f| !matches!(f.3, Provides::Attribute { .. }))
        {
            let line = eval.line_at(eval.model.scope(class).range.start);
            if eval.model.bindings_of(class, name).is_empty()
                && let Some(provides) = provides(eval.inherited(class, name))
                && !inherited.contains(&(class_name, name.clone(), line, provides.clone()))
            {
                inherited.push((class_name, name.clone(), line, provides));
            }
        }
    }
    let exported = |members: Vec<(&str, String, usize, Provides)>| {
        let members = members.into_iter();
        let exported = members.map(|(class, name, line, provides)| ExportedWrapper {
            name: format!("{class}.{name}"),
            line,
            provides,
        });
        exported.collect()
    };
    (exported(found), exported(inherited))
}

/// The `@staticmethod`s and `@classmethod`s of the module-level classes whose instances are
/// followed (`values::classes::own_class`) that return an instance of a class with wrapper
/// methods (`Runner.create()` returning `cls(2)`, `values::factories`), for another file's
/// `Runner.create().pmap(fn, xs)`. Only a class's own: one it inherits makes an instance of
/// the class it is called on, not of the class that defines it.
fn object_factory_methods(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let mut found = Vec::new();
    for (class_name, class) in module_classes(eval) {
        let fluent = eval.defines_wrapper(class);
        let methods: Vec<(&String, BindingId)> = (eval.model.scope(class).bindings.iter())
            .filter_map(|(name, ids)| match ids.as_slice() {
                [only] if eval.model.binding(*only).kind == BindingKind::FunctionDef => {
                    Some((name, *only))
                }
                _ => None,
            })
            .filter(|(name, _)| fluent || eval.needs_no_instance(class, name))
            .collect();
        // Most classes have no class method: their bindings are not evaluated at all. A class
        // with wrapper methods has each method read: one that returns a new instance
        // (`Dataset.map`, `Dataset.copy`) makes the next call's receiver.
        if methods.is_empty() || !matches!(eval.value_of_global(class_name), Value::OwnClass(_)) {
            continue;
        }
        for (name, only) in methods {
            let Some(Value::ObjectFactory(instance)) = eval.factory(only, 1) else {
                continue;
            };
            let def = eval
                .statement_node(eval.model.binding(only).statement)
                .and_then(|decorated| decorated.field("definition"));
            let kept = def
                .map(|def| factory_kept_slots(eval, def))
                .unwrap_or_default();
            // A `@classmethod` constructor: what it passes `cls(...)`.
            let passes = def.and_then(|def| factory_passed(eval, def));
            let provides = match *instance {
                Value::OwnInstance(made) => match exported_class(eval, made) {
                    Some(class) => Provides::ObjectFactory {
                        class,
                        absolute: false,
                        kept,
                        passes,
                        conditions: &[],
                    },
                    None => continue,
                },
                Value::Declared(made) => Provides::ObjectFactory {
                    class: made,
                    absolute: true,
                    kept,
                    passes,
                    conditions: &[],
                },
                // A method returning a closure that is a wrapper (a decorator factory's
                // `register`, `registry.task("x")`).
                Value::Function(row) => Provides::ClosureFactory(row),
                _ => continue,
            };
            found.push(ExportedWrapper {
                name: format!("{class_name}.{name}"),
                line: eval.line_at(eval.model.binding(only).range.start),
                provides,
            });
        }
    }
    found
}

/// What a class member that gives a pool or executor provides: a property's `Instance`, a
/// factory method's `Factory`.
fn provides(value: Value) -> Option<Provides> {
    match value {
        Value::Instance { class, fork } => Some(Provides::Property { class, fork }),
        Value::Factory { class, fork } => Some(Provides::Factory { class, fork }),
        Value::ChoosingFactory {
            class,
            fork,
            conditions,
        } => Some(Provides::ChoosingFactory {
            class,
            fork,
            conditions,
        }),
        Value::ManagerFactory { class, fork } => Some(Provides::ManagerFactory { class, fork }),
        _ => None,
    }
}

/// A factory as `--show-apis` lists it: a function or method returning a process pool or
/// executor, a property giving one, a module-level instance of one (`EXECUTOR =
/// ProcessPoolExecutor(4)`), or a subclass called as its process class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InferredFactory {
    /// The line of its `def` (1-based).
    pub line: usize,
    /// Its dotted name in the module: `make_pool`, `Runner.pool`.
    pub name: String,
    /// `function`, `method`, `property`, `instance`, `subclass`, `context manager`,
    /// `attribute`, `held function` (an attribute holding a process API's function),
    /// `context factory` (a function returning a multiprocessing context),
    /// `function manager` (a context manager yielding a process API's function) or `method
    /// factory` (a function returning one, `return _POOL.map`).
    pub kind: &'static str,
    /// The class of what it gives (`Pool`, `ProcessPoolExecutor`), or the function a
    /// function manager yields (`Pool.map`).
    pub gives: &'static str,
    /// Whether that is made with a fork context (whose `Process` targets are inherited).
    pub fork: bool,
}

/// The factories of the file `eval` has analysed, in the order of their `def`s.
pub fn listed_factories(eval: &Evaluator<'_>) -> Vec<InferredFactory> {
    let mut found: Vec<InferredFactory> = factories(eval)
        .chain(pool_members(eval).0)
        .chain(instances(eval))
        .chain(process_subclasses(eval))
        .filter_map(|factory| {
            let (kind, class, fork) = match factory.provides {
                Provides::Factory { class, fork } if factory.name.contains('.') => {
                    ("method", class, fork)
                }
                Provides::Factory { class, fork } => ("function", class, fork),
                Provides::ChoosingFactory {
                    class,
                    fork,
                    conditions,
                } if conditions.iter().any(|condition| condition.kept) => {
                    ("choosing method", class, fork)
                }
                Provides::ChoosingFactory { class, fork, .. } => ("choosing function", class, fork),
                Provides::ManagerFactory { class, fork } => ("context manager", class, fork),
                Provides::Property { class, fork } => ("property", class, fork),
                Provides::Attribute { class, fork } => ("attribute", class, fork),
                Provides::Instance { class, fork } => ("instance", class, fork),
                Provides::Like(class) => ("subclass", class, false),
                // A context manager yielding a pool's method, or a function returning one
                // (`return _POOL.map`: its row is the table's own, handing over nowhere else).
                Provides::FunctionManager(row) => {
                    return Some(gives_function(factory, "function manager", row));
                }
                Provides::ClosureFactory(row) if row.via.is_none() => {
                    return Some(gives_function(factory, "method factory", row));
                }
                // Only `pool_members` gives a bare wrapper here: a function an instance keeps
                // in an attribute (`self.submit = self._ex.submit`).
                Provides::Wrapper(row) => {
                    return Some(gives_function(factory, "held function", row));
                }
                Provides::ContextFactory { fork } => {
                    return Some(InferredFactory {
                        line: factory.line,
                        name: factory.name,
                        kind: "context factory",
                        gives: "multiprocessing context",
                        fork,
                    });
                }
                // An instance of a wrapper class, or a function making one: its methods are
                // listed as wrappers. A context makes pools, listed where they are made.
                Provides::Context { .. }
                | Provides::ClassAlias(_)
                | Provides::WrapperFactory { .. }
                | Provides::Object { .. }
                | Provides::HeldObject { .. }
                | Provides::ObjectFactory { .. }
                | Provides::WrapperObjectFactory { .. }
                | Provides::ClosureFactory(_)
                | Provides::Worker(_)
                | Provides::Transparent { .. }
                | Provides::Members(_)
                | Provides::Fields(_) => {
                    return None;
                }
            };
            Some(InferredFactory {
                line: factory.line,
                name: factory.name,
                kind,
                gives: class.name(),
                fork,
            })
        })
        .collect();
    found.sort_by(|a, b| (a.line, &a.name).cmp(&(b.line, &b.name)));
    found
}

/// The listing of `factory`, a `kind` that gives the process API function of `row`
/// (`Pool.map`).
fn gives_function(factory: ExportedWrapper, kind: &'static str, row: &ApiRow) -> InferredFactory {
    let gives = row.name_label().replace('`', "");
    InferredFactory {
        line: factory.line,
        name: factory.name,
        kind,
        gives: Box::leak(gives.into_boxed_str()),
        fork: false,
    }
}

/// The module-level names bound only by a `from ... import`, with what they name (a relative
/// import whose package is unknown as spelled, see `imported_from`), and, once the run
/// declares APIs, the subclasses of imported classes. Those are left out of a first look: each
/// costs a walk of the class (`keeps_base_state`), and test modules hold hundreds of
/// `TestCase` subclasses (30% more time in `exports` over the test-heavy corpus); a subclass
/// is followed when the file is analysed again for naming the wrapper, as before.
fn aliases(eval: &Evaluator<'_>) -> Vec<Alias> {
    let subclasses = match eval.apis.is_empty() {
        true => None,
        false => Some(subclasses(eval)),
    };
    let module = eval.model.scope(SemanticModel::MODULE);
    module
        .bindings
        .keys()
        .filter_map(|name| {
            let target =
                imported_from(eval, name).or_else(|| imported_from(eval, renamed(eval, name)?))?;
            Some(Alias {
                name: name.clone(),
                target,
                own: Vec::new(),
                forwards: None,
                holds_if_source: None,
            })
        })
        .chain(optional_import_aliases(eval))
        .chain(subclasses.into_iter().flatten())
        .collect()
}

/// The two aliases of a module-level name bound by an optional import whose fallback imports
/// it too:
///
/// ```text
/// try:
///     from ._speedups import pmap    # a compiled module, when it is built
/// except ImportError:
///     from ._pure import pmap
/// ```
///
/// The first holds when the run has the `try`'s module as source (the import succeeds, as
/// `Exports::optional` takes a fallback `def`), the second when it does not (a compiled
/// extension, or a module left out: the fallback is what the run can read).
fn optional_import_aliases(eval: &Evaluator<'_>) -> Vec<Alias> {
    let module = eval.model.scope(SemanticModel::MODULE);
    let mut found = Vec::new();
    for (name, ids) in &module.bindings {
        let &[first, second] = ids.as_slice() else {
            continue;
        };
        let (import, fallback) = match (
            imports_with_fallback(eval, first, second),
            imports_with_fallback(eval, second, first),
        ) {
            (true, _) => (first, second),
            (false, true) => (second, first),
            (false, false) => continue,
        };
        let BindingKind::Import { module, .. } = &eval.model.binding(import).kind else {
            continue;
        };
        let (Some(tried), Some(fallen_back)) = (
            imported_target(eval, import),
            imported_target(eval, fallback),
        ) else {
            continue;
        };
        for (target, holds) in [(tried, true), (fallen_back, false)] {
            found.push(Alias {
                name: name.clone(),
                target,
                own: Vec::new(),
                forwards: None,
                holds_if_source: Some((module.clone(), holds)),
            });
        }
    }
    found
}

/// Whether `import` and `fallback` are both `from ... import` bindings, `import` in the body
/// of a module-level `try:` and `fallback` in one of its `except` clauses that catches
/// `ImportError` (`in_optional_import`).
fn imports_with_fallback(eval: &Evaluator<'_>, import: BindingId, fallback: BindingId) -> bool {
    let from_import = |id: BindingId| {
        matches!(
            eval.model.binding(id).kind,
            BindingKind::Import {
                member: Some(_),
                ..
            }
        )
    };
    from_import(import) && from_import(fallback) && in_optional_import(eval, import, fallback)
}

/// The wrappers of `wrappers` under a second module-level name (`pmap = parallel_map`, or
/// `Engine = Runner` for its methods), which other modules import by that name.
fn renamed_wrappers(eval: &Evaluator<'_>, wrappers: &[ExportedWrapper]) -> Vec<ExportedWrapper> {
    let module = eval.model.scope(SemanticModel::MODULE);
    let mut found = Vec::new();
    for name in module.bindings.keys() {
        let Some(original) = renamed(eval, name) else {
            continue;
        };
        for wrapper in wrappers {
            let rest = match wrapper.name.strip_prefix(original) {
                Some(rest) if rest.is_empty() || rest.starts_with('.') => rest,
                _ => continue,
            };
            found.push(ExportedWrapper {
                name: format!("{name}{rest}"),
                ..wrapper.clone()
            });
        }
    }
    found
}

/// The binding of a module-level name that other modules reach, among its bindings `ids`: its
/// only one, or the fallback of an optional import (`fallback`). Those under the main guard,
/// which an importer never runs, are left out when others remain.
fn reached_binding(eval: &Evaluator<'_>, ids: &[BindingId]) -> Option<BindingId> {
    // `@overload` stubs are replaced by the `def` after them.
    let stubs = ids.iter().filter(|&&id| is_overload_stub(eval, id)).count();
    let mut ids: Vec<BindingId> = match stubs {
        0 => ids.to_vec(),
        _ => ids
            .iter()
            .copied()
            .filter(|&id| !is_overload_stub(eval, id))
            .collect(),
    };
    if ids.len() > 1 {
        let guards = eval.main_guards();
        let outside: Vec<BindingId> = (ids.iter().copied())
            .filter(|&id| !in_guard(guards, eval.model, id))
            .collect();
        if !outside.is_empty() {
            ids = outside;
        }
    }
    match ids.as_slice() {
        [only] => Some(*only),
        [first, second]
            if let Some(found) =
                fallback(eval, *first, *second).or_else(|| fallback(eval, *second, *first)) =>
        {
            Some(found)
        }
        [_, ..] => agreeing_wrapper(eval, &ids),
        [] => None,
    }
}

/// Whether the module-level function binding `id` is an `@overload` stub (`@overload`,
/// `@typing.overload`), which only type checkers read.
fn is_overload_stub(eval: &Evaluator<'_>, id: BindingId) -> bool {
    let binding = eval.model.binding(id);
    // A decorated definition's statement starts at its first decorator.
    if binding.kind != BindingKind::FunctionDef
        || eval.source.as_bytes().get(binding.statement.start) != Some(&b'@')
    {
        return false;
    }
    let Some(statement) = eval
        .statement_node(binding.statement)
        .filter(|s| s.kind_name() == "decorated_definition")
    else {
        return false;
    };
    let mut cursor = statement.walk();
    statement
        .named_children(&mut cursor)
        .filter(|d| d.kind_name() == "decorator")
        .any(|d| {
            let text = eval.text(d).trim_start_matches('@').trim();
            text == "overload" || text.ends_with(".overload")
        })
}

/// The first of the bindings `ids` that is a `def` of a wrapper, when every other one is a
/// `def` of the same wrapper but for the line it hands the callable over on (the same slot,
/// passing, conditions, inspection ...), or, in another branch of the same module-level `if`
/// or `try` (`exclusive_branches`), a `def` of no process API at all or `None`: `if
/// sys.platform == "win32": def pmap(...)` serially and `else: def pmap(...)` over a pool,
/// either of which the module binds. A call handing `pmap` a lambda fails where the pool's
/// runs, and the fix holds for both. Bindings that may run one after the other (a second
/// `def` replacing the first for good) export nothing: which one the module keeps is not
/// read here.
fn agreeing_wrapper(eval: &Evaluator<'_>, ids: &[BindingId]) -> Option<BindingId> {
    let mut first: Option<(BindingId, &'static ApiRow)> = None;
    let mut others = false;
    for &id in ids {
        let binding = eval.model.binding(id);
        let row = match binding.kind {
            BindingKind::FunctionDef => eval.inferred().get(&binding.range.start).copied(),
            BindingKind::Assignment
                if (binding.value.and_then(|r| eval.node_at(r)))
                    .is_some_and(|value| value.kind_name() == "none") =>
            {
                None
            }
            _ => return None,
        };
        let Some(row) = row else {
            others = true;
            continue;
        };
        let Some((_, known)) = first else {
            first = Some((id, row));
            continue;
        };
        // Alike but for the line they hand the callable over on (`via`).
        let via = match (row.via, known.via) {
            (Some(own), Some(theirs)) => own.to == theirs.to && own.file == theirs.file,
            (own, theirs) => own == theirs,
        };
        let alike = ApiRow {
            via: known.via,
            ..*row
        } == *known;
        if !(via && alike) {
            return None;
        }
    }
    if others && !exclusive_branches(eval, ids) {
        return None;
    }
    first.map(|(id, _)| id)
}

/// Whether each of the bindings `ids` sits in a branch of its own of one module-level `if`
/// (its body, an `elif`, its `else`) or `try` (its body, an `except`, its `else`), so that
/// one of them at most runs.
fn exclusive_branches(eval: &Evaluator<'_>, ids: &[BindingId]) -> bool {
    let mut top: Option<Node<'_>> = None;
    let mut branches: Vec<usize> = Vec::new();
    for &id in ids {
        let range = eval.model.binding(id).statement;
        let Some(statement) = eval
            .top_level_holding(range)
            .filter(|s| matches!(s.kind_name(), "if_statement" | "try_statement"))
        else {
            return false;
        };
        if top.is_some_and(|known| known.id() != statement.id()) {
            return false;
        }
        top = Some(statement);
        let mut cursor = statement.walk();
        let branch = (statement.children(&mut cursor).enumerate())
            .find(|(_, child)| child.start_byte() <= range.start && range.end <= child.end_byte());
        match branch {
            Some((index, child))
                if matches!(
                    child.kind_name(),
                    "block" | "elif_clause" | "else_clause" | "except_clause"
                ) && !branches.contains(&index) =>
            {
                branches.push(index);
            }
            _ => return false,
        }
    }
    true
}

/// The module of the optional import a module-level name's bindings `ids` fall back from
/// (`fallback`), as spelled.
fn optional_import(eval: &Evaluator<'_>, ids: &[BindingId]) -> Option<String> {
    let [first, second] = ids else {
        return None;
    };
    let import = match (
        fallback(eval, *first, *second),
        fallback(eval, *second, *first),
    ) {
        (Some(_), _) => *first,
        (None, Some(_)) => *second,
        (None, None) => return None,
    };
    match &eval.model.binding(import).kind {
        BindingKind::Import { module, .. } => Some(module.clone()),
        _ => None,
    }
}

/// `fallback` when `import` is an import in the body of a module-level `try:` and `fallback`
/// a binding in one of its `except` clauses that catches `ImportError` (`ModuleNotFoundError`,
/// `Exception`, a bare `except:`):
///
/// ```text
/// try:
///     from ._speedups import accel_map
/// except ImportError:
///     accel_map = _impl                  # or `def accel_map(fn, xs): ...`
/// ```
fn fallback(eval: &Evaluator<'_>, import: BindingId, fallback: BindingId) -> Option<BindingId> {
    let (import_binding, fallback_binding) =
        (eval.model.binding(import), eval.model.binding(fallback));
    if !matches!(import_binding.kind, BindingKind::Import { .. })
        || matches!(fallback_binding.kind, BindingKind::Import { .. })
    {
        return None;
    }
    in_optional_import(eval, import, fallback).then_some(fallback)
}

/// Whether the binding `import` is in the body of a module-level `try:` and `fallback` in
/// one of its `except` clauses that catches `ImportError`.
fn in_optional_import(eval: &Evaluator<'_>, import: BindingId, fallback: BindingId) -> bool {
    let (import_binding, fallback_binding) =
        (eval.model.binding(import), eval.model.binding(fallback));
    let Some(statement) = eval
        .top_level_holding(import_binding.statement)
        .filter(|s| s.kind_name() == "try_statement")
    else {
        return false;
    };
    let within = |node: Node<'_>, range: TextRange| {
        node.start_byte() <= range.start && range.end <= node.end_byte()
    };
    if !(statement.field("body")).is_some_and(|body| within(body, import_binding.statement)) {
        return false;
    }
    let mut cursor = statement.walk();
    let handler = statement
        .named_children(&mut cursor)
        .find(|c| c.kind_name() == "except_clause" && within(*c, fallback_binding.statement));
    handler.is_some_and(|handler| catches_import_error(eval, handler))
}

/// Whether the `except` clause `handler` catches an `ImportError`: it names no class, or
/// names it, `ModuleNotFoundError`, `Exception` or `BaseException`, alone or in a tuple, with
/// or without `as`.
fn catches_import_error(eval: &Evaluator<'_>, handler: Node<'_>) -> bool {
    let mut cursor = handler.walk();
    let Some(mut caught) = handler
        .named_children(&mut cursor)
        .find(|c| !matches!(c.kind_name(), "block" | "comment"))
    else {
        return true;
    };
    if caught.kind_name() == "as_pattern" {
        match caught.named_child(0) {
            Some(inner) => caught = inner,
            None => return false,
        }
    }
    let names = |node: Node<'_>| {
        let text = eval.text(node);
        let last = text.rsplit('.').next().unwrap_or(text);
        matches!(
            last,
            "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"
        )
    };
    match caught.kind_name() {
        "tuple" | "parenthesized_expression" => {
            let mut cursor = caught.walk();
            caught.named_children(&mut cursor).any(names)
        }
        _ => names(caught),
    }
}

/// The module-level name that the module-level `name` is a second name for: `name` is bound
/// once, by `name = original` in the module's own code, and `original` is bound once, so both
/// name the same object wherever another module reads them.
fn renamed<'a>(eval: &Evaluator<'a>, name: &str) -> Option<&'a str> {
    let ids = eval.model.bindings_of(SemanticModel::MODULE, name);
    let assigned = |id: &BindingId| {
        let binding = eval.model.binding(*id);
        binding.kind == BindingKind::Assignment && binding.written_in == SemanticModel::MODULE
    };
    // Most names are never assigned at module level: no need to find which binding counts.
    if !ids.iter().any(assigned) {
        return None;
    }
    let reached = reached_binding(eval, ids)?;
    if !assigned(&reached) {
        return None;
    }
    let binding = eval.model.binding(reached);
    let value = eval.node_at(binding.value?)?;
    if value.kind_name() != "identifier" {
        return None;
    }
    let original = eval.text(value);
    let once = eval
        .model
        .bindings_of(SemanticModel::MODULE, original)
        .len()
        == 1;
    (once && original != name).then_some(original)
}

/// Each module-level class bound once whose resolution order reaches one class of another
/// module (`class Fast(Runner)`, `class Fast(par.Runner)`, `class Fast(Mixin, Runner)` with
/// `Mixin` of this file), every class before it this file's own and leaving the base's state
/// alone (`keeps_imported_state`: no name the base's file says its instances may have): named
/// as that class, less the names those classes bind. Its
/// instances have the imported class's wrapper methods that no class before it defines. A
/// second class of another module, or a base this file cannot name, may define any method, so
/// such a class is left out.
fn subclasses<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = Alias> + 'e {
    module_classes(eval).filter_map(|(name, class)| {
        let order = eval.linearization(class)?;
        let mut elsewhere = order
            .iter()
            .enumerate()
            .filter(|(_, ancestor)| !matches!(ancestor, Ancestor::Own(_)));
        let (at, Ancestor::Imported(target)) = elsewhere.next()? else {
            return None;
        };
        if elsewhere.next().is_some() {
            return None;
        }
        let mut own: Vec<String> = Vec::new();
        for ancestor in &order[..at] {
            let Ancestor::Own(scope) = ancestor else {
                return None;
            };
            if !eval.keeps_imported_state(*scope, target) {
                return None;
            }
            own.extend(eval.model.scope(*scope).bindings.keys().cloned());
        }
        // What `super(Fast, self)` reaches is not what `super(Runner, self)` does.
        own.push(SUPER.to_string());
        own.sort();
        own.dedup();
        let forwards = (at == 1)
            .then(|| super::kept_pools::forwarded_passes(eval, class))
            .flatten();
        Some(Alias {
            name: name.to_string(),
            target: target.clone(),
            own,
            forwards,
            holds_if_source: None,
        })
    })
}

/// The wrapper methods of this file that a module-level class inherits from another class of
/// this file (`class Fast(Runner)` below `Runner`), as `Fast.run`: by the resolution order,
/// so an override or a base that may define the name keeps it out.
fn inherited_wrappers<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = ExportedWrapper> + 'e {
    let mut methods: Vec<&'static str> = eval
        .inferred()
        .values()
        .filter(|row| !row.homes.is_empty())
        .map(|row| row.name)
        .chain(eval.specialized().values().flatten().map(|row| row.name))
        .collect();
    methods.sort_unstable();
    methods.dedup();
    let classes = match methods.is_empty() {
        true => Vec::new(),
        false => module_classes(eval).collect(),
    };
    classes.into_iter().flat_map(move |(name, class)| {
        let methods = methods.clone();
        methods.into_iter().filter_map(move |method| {
            if !eval.model.bindings_of(class, method).is_empty() {
                return None;
            }
            let Value::Function(row) = eval.inherited(class, method) else {
                return None;
            };
            let own = |known: &&'static ApiRow| std::ptr::eq(*known, row);
            let own = eval.inferred().values().any(&own)
                || eval.specialized().values().flatten().any(own);
            let row = super::kept_pools::forwarded_row(eval, class, row)?;
            own.then(|| {
                at_class(
                    eval,
                    class,
                    format!("{name}.{method}"),
                    Provides::Wrapper(row),
                )
            })
        })
    })
}

/// What each template method of this file's classes is when a subclass in another file
/// overrides its hook with a factory of each of `HOOK_POOLS` (`values::inheritance::
/// template_hooks`), as `BatchRunner.template()._executor.ProcessPoolExecutor.run`.
fn template_wrappers(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let mut found = Vec::new();
    for (class, method, scope, hook, kind) in eval.template_hooks() {
        let Some(class_name) = eval.model.scope(class).name.as_deref() else {
            continue;
        };
        for pool in HOOK_POOLS {
            let assuming = eval.assuming(scope, class, hook, kind.giving(pool));
            if let Some(row) = read_as(&assuming, method, eval.calls()) {
                let name = &eval.model.binding(method).name;
                found.push(at_class(
                    eval,
                    class,
                    format!(
                        "{class_name}.{TEMPLATE}.{hook}.{}.{name}",
                        pool.shown_name()
                    ),
                    Provides::Wrapper(row),
                ));
            }
        }
    }
    // Each method testing a flag of its class, with the flag either way (`EITHER`).
    for (class, method, scope, flag) in eval.template_flags() {
        let Some(class_name) = eval.model.scope(class).name.as_deref() else {
            continue;
        };
        let assuming = eval.assuming(scope, class, flag, Value::Unknown);
        if let Some(row) = read_as(&assuming, method, eval.calls()) {
            let name = &eval.model.binding(method).name;
            found.push(at_class(
                eval,
                class,
                format!("{class_name}.{TEMPLATE}.{flag}.{EITHER}.{name}"),
                Provides::Wrapper(row),
            ));
        }
    }
    // The names each such method reads on its instance, itself or through the class's other
    // methods, so that a subclass may override others it never reads.
    let mut methods: Vec<(ScopeId, BindingId)> = (found.iter())
        .filter_map(|export| {
            let (class_name, rest) = export.name.split_once(&format!(".{TEMPLATE}."))?;
            let method = rest.rsplit('.').next()?;
            let (_, class) = module_classes(eval).find(|(name, _)| *name == class_name)?;
            Some((class, *eval.model.bindings_of(class, method).first()?))
        })
        .collect();
    methods.sort_unstable();
    methods.dedup();
    for (class, method) in methods {
        let Some(class_name) = eval.model.scope(class).name.as_deref() else {
            continue;
        };
        if let Some(reads) = eval.instance_reads(class, method) {
            let name = &eval.model.binding(method).name;
            found.push(at_class(
                eval,
                class,
                format!("{class_name}.{TEMPLATE}.{name}.{MEMBERS}"),
                Provides::Members(reads),
            ));
        }
    }
    found
}

/// The template methods of other files' classes that a module-level class of this file
/// runs as wrappers, overriding their hook with a pool factory (`values::inheritance::
/// imported_template`), as `ProcessBatchRunner.run`.
fn inherited_templates(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    inherited_template_rows(eval)
        .into_iter()
        .map(|(class, _, row)| {
            let name = eval.model.scope(class).name.as_deref().unwrap_or_default();
            at_class(
                eval,
                class,
                format!("{name}.{}", row.name),
                Provides::Wrapper(row),
            )
        })
        .collect()
}

/// `inherited_templates`, as each class's scope, the name of the base whose method it is,
/// and the wrapper's rows, for `--show-apis` too.
pub(super) fn inherited_template_rows(
    eval: &Evaluator<'_>,
) -> Vec<(ScopeId, String, &'static ApiRow)> {
    let mut found = Vec::new();
    let marker = format!(".{TEMPLATE}.");
    if !eval.apis.iter().any(|api| api.path.contains(&marker)) {
        return found;
    }
    for (_, class, order) in ordered_classes(eval) {
        let mut methods: Vec<(&str, &str)> = (order.iter())
            .filter_map(|ancestor| match ancestor {
                Ancestor::Imported(path) => Some(path.as_str()),
                _ => None,
            })
            .flat_map(|path| {
                let prefix = format!("{path}{marker}");
                (eval.apis_under(&prefix))
                    .filter_map(|api| {
                        let method = api.path.strip_prefix(&prefix)?.rsplit('.').next()?;
                        (method != MEMBERS).then_some((method, path))
                    })
                    .collect::<Vec<_>>()
            })
            .filter(|(method, _)| eval.model.bindings_of(class, method).is_empty())
            .collect();
        // The base that gives each method is the first in the order (the lookup's own
        // answer, `inherited`, is the one reported).
        let mut seen = Vec::new();
        methods.retain(|(method, _)| {
            let first = !seen.contains(method);
            seen.push(*method);
            first
        });
        methods.sort_unstable();
        for (method, path) in methods {
            let Value::Function(row) = eval.inherited(class, method) else {
                continue;
            };
            // The base's own wrapper, as its file exports it (a flag's template the class
            // does not set): a re-export of the class reaches it, with what its constructor
            // hands the base's (`Alias::forwards`).
            let own = eval.user_member(&format!("{path}.{method}"));
            if own.is_some_and(|own| own == Value::Function(row)) {
                continue;
            }
            let base = path.rsplit('.').next().unwrap_or(path);
            found.push((class, base.to_string(), row));
        }
    }
    found
}

/// The wrapper methods of other files of the run that a module-level class with two classes
/// of other modules or more in its order inherits (`class Fast(Logging, Parallel)`, both
/// imported), as `Fast.parallel_map`: by the order, which passes over a class of another file
/// that does not have the name (`UserKind::Members`). A class with one is exported as a
/// re-export of it instead (`subclasses`).
fn wrappers_past_imported(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let mut found = Vec::new();
    if eval.apis.is_empty() {
        return found;
    }
    for (name, class, order) in ordered_classes(eval) {
        let imported: Vec<&str> = (order.iter())
            .filter_map(|ancestor| match ancestor {
                Ancestor::Imported(path) => Some(path.as_str()),
                _ => None,
            })
            .collect();
        if order
            .iter()
            .filter(|a| !matches!(a, Ancestor::Own(_)))
            .count()
            < 2
        {
            continue;
        }
        let mut methods: Vec<&str> = (imported.iter())
            .flat_map(|path| {
                let prefix = format!("{path}.");
                eval.apis_under(&prefix)
                    .map(|api| &api.path[prefix.len()..])
                    .collect::<Vec<_>>()
            })
            .filter(|rest| !rest.contains('.') && *rest != MEMBERS)
            .filter(|method| eval.model.bindings_of(class, method).is_empty())
            .collect();
        methods.sort_unstable();
        methods.dedup();
        for method in methods {
            if let Value::Function(row) = eval.inherited(class, method) {
                found.push(at_class(
                    eval,
                    class,
                    format!("{name}.{method}"),
                    Provides::Wrapper(row),
                ));
            }
        }
    }
    found
}

/// The names each module-level class of a file with wrapper methods may have on its
/// instances, for the subclasses other files make of it and another class
/// (`wrappers_past_imported`): every name its order binds, when every class of it is this
/// file's (another module's class may have any name), as `Logging.members()`. Only in such a
/// file, or one with template methods or classes giving pools (`listed`: the mixin of a
/// template's hook): mixins sit beside the one that hands the callable over, and every name
/// a run exports is looked up by every file it picks.
fn class_members(eval: &Evaluator<'_>, listed: bool) -> Vec<ExportedWrapper> {
    let mut found = Vec::new();
    if !listed && !eval.inferred().values().any(|row| !row.homes.is_empty()) {
        return found;
    }
    for (name, class, order) in ordered_classes(eval) {
        let scopes: Option<Vec<ScopeId>> = (order.iter())
            .map(|ancestor| match ancestor {
                Ancestor::Own(scope) => Some(*scope),
                _ => None,
            })
            .collect();
        let Some(scopes) = scopes else {
            continue;
        };
        // A class before the wrapper's that keeps state of its own hides the wrapper anyway
        // (`values::inheritance`): its names would only lengthen every lookup. The wrapper's
        // own class keeps what state it likes (`n_jobs = 2`, `self._executor = ...`).
        let first = (scopes.iter())
            .position(|scope| eval.defines_wrapper(*scope))
            .unwrap_or(scopes.len());
        let stateless = |scope: &ScopeId| eval.keeps_base_state(*scope);
        let dynamic = scopes.iter().any(|scope| {
            eval.scope_node(*scope).is_some_and(|node| {
                eval.reads_instance_dynamically(node) || eval.text(node).contains("setattr")
            })
        });
        // A class with no wrapper in its order may keep state (`Named` setting `self.name`
        // in its `__init__`) and still sit before a wrapper's class in a subclass of another
        // file (`class Service(Named, FanOutMixin)`): every name it sets is listed, so the
        // subclass's file sees whether it touches what the wrapper's class uses, and the
        // list says it keeps state (`KEEPS_STATE`). Not when it sets names no list can
        // show (`setattr(self, ...)`, `self.__dict__`).
        let keeps_state = first == scopes.len() && !scopes.iter().all(stateless);
        if !scopes[..first].iter().all(stateless) && (!keeps_state || dynamic) {
            continue;
        }
        // The attributes its methods read or set on the instance (`self.n_jobs`,
        // `self._executor`) are names an instance may have too: a subclass of another file
        // that sets none of them leaves the state the wrapper methods use alone
        // (`values::inheritance::keeps_imported_state`).
        let read: Vec<String> = scopes
            .iter()
            .flat_map(|scope| eval.self_attributes(*scope))
            .collect();
        // A class attribute the methods read only as a pool's size (`Pool(cls.workers)`) is
        // no such state: a subclass may set it and still have its tasks pickled. Unless a
        // method may read it some other way (`getattr(self, name)`).
        let sizes_only = |name: &str, ids: &[BindingId]| {
            !dynamic
                && !read.iter().any(|r| r == name)
                && ids.iter().all(|id| {
                    matches!(
                        eval.model.binding(*id).kind,
                        BindingKind::Assignment | BindingKind::AnnotatedAssignment
                    )
                })
        };
        let mut names: Vec<String> = (scopes.iter())
            .flat_map(|scope| eval.model.scope(*scope).bindings.iter())
            .filter(|(name, ids)| !sizes_only(name, ids))
            .map(|(name, _)| name.clone())
            .collect();
        names.extend(read);
        if keeps_state {
            names.push(KEEPS_STATE.to_string());
        }
        names.sort_unstable();
        names.dedup();
        found.push(at_class(
            eval,
            class,
            format!("{name}.{MEMBERS}"),
            Provides::Members(names),
        ));
    }
    found
}

/// What `super(Mid, self).NAME` reaches for each module-level class `Mid` of this file, by
/// `Mid`'s resolution order, for the wrapper methods of this file and of the classes of other
/// files in that order: as `Mid.super()._map` (`values::SUPER`), so that a subclass in
/// another file calling `super(Mid, self)._map(...)` finds `Base._map` even where `Mid`
/// defines a `_map` of its own.
fn super_members(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let mut methods: Vec<&str> = (eval.inferred().values())
        .filter(|row| !row.homes.is_empty())
        .map(|row| row.name)
        .collect();
    let classes: Vec<(&str, ScopeId)> = module_classes(eval).collect();
    for (_, class) in &classes {
        for ancestor in eval.linearization(*class).unwrap_or_default() {
            let Ancestor::Imported(path) = ancestor else {
                continue;
            };
            let prefix = format!("{path}.");
            methods.extend(
                (eval.apis_under(&prefix))
                    .map(|api| &api.path[prefix.len()..])
                    .filter(|rest| !rest.contains('.')),
            );
        }
    }
    methods.sort_unstable();
    methods.dedup();
    let mut found = Vec::new();
    for (name, class) in classes.iter().filter(|_| !methods.is_empty()) {
        for method in &methods {
            if let Value::Function(row) = eval.inherited_after(*class, method, 1) {
                found.push(at_class(
                    eval,
                    *class,
                    format!("{name}.{SUPER}.{method}"),
                    Provides::Wrapper(row),
                ));
            }
        }
    }
    found
}

/// The methods of the table's pool or executor class that a module-level subclass with
/// wrapper methods of its own inherits (`class Bounded(ProcessPoolExecutor)` with a
/// `map_items`, as `Bounded.submit`): other modules reach its instances through those methods
/// as through its own (`values::inheritance`), and only the class's exports tell them.
fn inherited_table_methods(eval: &Evaluator<'_>) -> Vec<ExportedWrapper> {
    let mut found = Vec::new();
    if eval.inferred().is_empty() {
        return found;
    }
    for (name, class) in module_classes(eval) {
        if !matches!(eval.value_of_global(name), Value::OwnClass(_)) {
            continue;
        }
        let Some((kind, false)) = eval.process_base(class, 0) else {
            continue;
        };
        let methods = api::API_TABLE
            .iter()
            .filter(|row| row.target == Target::Method(kind))
            .map(|row| row.name)
            .chain(["__init__"]);
        for method in methods {
            if let Value::Function(row) = eval.inherited(class, method) {
                found.push(at_class(
                    eval,
                    class,
                    format!("{name}.{method}"),
                    Provides::Wrapper(row),
                ));
            }
        }
    }
    found
}

/// `module_classes` with each one's resolution order, when Python would make one.
fn ordered_classes<'e>(
    eval: &'e Evaluator<'_>,
) -> impl Iterator<Item = (&'e str, ScopeId, Vec<Ancestor>)> + 'e {
    module_classes(eval).filter_map(|(name, class)| Some((name, class, eval.linearization(class)?)))
}

/// The export `name` of a member of the module-level class `class`, on the class's line.
fn at_class(
    eval: &Evaluator<'_>,
    class: ScopeId,
    name: String,
    provides: Provides,
) -> ExportedWrapper {
    ExportedWrapper {
        name,
        line: eval.line_at(eval.model.scope(class).range.start),
        provides,
    }
}

/// The undecorated module-level classes bound once, by name, with their scopes.
pub(super) fn module_classes<'e>(
    eval: &'e Evaluator<'_>,
) -> impl Iterator<Item = (&'e str, ScopeId)> + 'e {
    let module = eval.model.scope(SemanticModel::MODULE);
    module.bindings.iter().filter_map(|(name, ids)| {
        let [only] = ids.as_slice() else {
            return None;
        };
        let binding = eval.model.binding(*only);
        if binding.kind != BindingKind::ClassDef {
            return None;
        }
        // A decorated class's statement is its `decorated_definition`: no class scope.
        let class = eval.model.scope_created_by(binding.statement)?;
        Some((name.as_str(), class))
    })
}

/// The absolute dotted path the module-level name `name` is bound to, when its only binding
/// is a `from ... import`.
fn imported_from(eval: &Evaluator<'_>, name: &str) -> Option<String> {
    let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    imported_target(eval, *only)
}

/// The absolute dotted path the `from ... import` binding `id` names, as `imported_from`.
fn imported_target(eval: &Evaluator<'_>, id: BindingId) -> Option<String> {
    let BindingKind::Import {
        module,
        member: Some(member),
    } = &eval.model.binding(id).kind
    else {
        return None;
    };
    // `eval.imported_path(name)`, but a relative module the analysis cannot place is kept as
    // spelled (`exported_module`): `.par.parmap` for `from .par import parmap`, `.parmap`
    // for `from . import parmap`.
    let module = eval.exported_module(module)?;
    Some(match module.ends_with('.') {
        true => format!("{module}{member}"),
        false => format!("{module}.{member}"),
    })
}
