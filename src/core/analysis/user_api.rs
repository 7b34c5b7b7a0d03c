//! APIs the user declares: their own wrappers of the process-backed classes (a `Process`
//! subclass in their package, a pool factory) and functions that send a callable to worker
//! processes. Each becomes a row of the same shape as the built-in table.
//!
//! The spec language, one API per `--api` value (or `extend-apis` entry):
//!
//! ```text
//! mypkg.workers.Worker=multiprocessing.Process          behaves like Process (a subclass)
//! mypkg.pools.make_pool=multiprocessing.Pool            calling it gives a Pool
//! mypkg.run=concurrent.futures.ProcessPoolExecutor      same for the executor
//! mypkg.parallel.pmap=call:0/func:map                   callable at position 0 or func=,
//!                                                       called once per item
//! mypkg.jobs.launch=call:0/fn:tuple:1/args:2/kwargs     extra arguments in a tuple and a dict
//! mypkg.jobs.go=call:fn:args                            extra positional arguments follow it
//! mypkg.jobs.go_kw=call:fn:kwargs                       positional and keyword arguments follow
//! ```
//!
//! A class may be named in any module the API table says holds it (`multiprocessing.pool.Pool`,
//! `billiard.Process`). A slot is `N` (position), `NAME` (keyword) or `N/NAME` (either).

use super::api::{self, ApiRow, Class, Element, Passing, Slot, Target};
use super::conditions::Condition;
pub use super::kept_pools::{KeptSlot, Passed};

/// The APIs a file is analysed with, declared and inferred, with their positions sorted by
/// path: made once for the files of a run, which look up many paths each
/// (`Evaluator::apis_at`).
#[derive(Clone, Debug, Default)]
pub struct Apis {
    list: Vec<UserApi>,
    by_path: Vec<usize>,
}

/// No APIs, for an analysis that declares none.
pub static NO_APIS: Apis = Apis {
    list: Vec::new(),
    by_path: Vec::new(),
};

impl Apis {
    pub fn new(list: Vec<UserApi>) -> Self {
        let mut by_path: Vec<usize> = (0..list.len()).collect();
        by_path.sort_by(|a, b| list[*a].path.cmp(&list[*b].path).then(a.cmp(b)));
        Apis { list, by_path }
    }

    /// The positions of the APIs, sorted by path, then by position.
    pub fn by_path(&self) -> &[usize] {
        &self.by_path
    }
}

impl std::ops::Deref for Apis {
    type Target = [UserApi];

    fn deref(&self) -> &[UserApi] {
        &self.list
    }
}

/// One declared API.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserApi {
    /// The dotted path the API is imported by (`mypkg.workers.Worker`).
    pub path: String,
    pub kind: UserKind,
    /// Whether `from <module> import *` leaves it out, though its name is public: the module
    /// that defines it lists an `__all__` without it. Declared APIs never are.
    pub hidden_from_star: bool,
}

/// What a project module's own name for a class or function of the API table is
/// (`from concurrent.futures import ProcessPoolExecutor` in `pkg/_compat.py`, imported by
/// other files as `from ._compat import ProcessPoolExecutor`): the table's class (`Like`)
/// or function, by the absolute `path` it names; `None` for a path the table does not hold.
pub fn table_alias(path: &str) -> Option<UserKind> {
    let (module, name) = path.rsplit_once('.')?;
    let row = super::api::member(module, name)?;
    match row.target {
        super::api::Target::Constructor(class) => Some(UserKind::Like(class)),
        super::api::Target::Function => Some(UserKind::Function(row)),
        _ => None,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UserKind {
    /// Behaves like, or returns an instance like, a built-in class.
    Like(Class),
    /// A function that sends a callable to worker processes.
    Function(&'static ApiRow),
    /// A function that returns an instance of a built-in class, inferred in another file of
    /// the run (`analysis::exports`): unlike `Like`, calling it passes none of the class's
    /// constructor arguments, and its instance keeps the fork context it was made with.
    Factory { class: Class, fork: bool },
    /// A function of another file of the run that returns an instance of a built-in class when
    /// its arguments pass `conditions`, a thread pool otherwise (`values::Value::ChoosingFactory`).
    ChoosingFactory {
        class: Class,
        fork: bool,
        conditions: &'static [Condition],
    },
    /// A wrapper of another file of the run that also returns an instance of a built-in class
    /// (`def make_pool(init=None): return Pool(2, initializer=init)`): its calls hand their
    /// callable over as `row` says, and make what a `Factory` makes, or what a
    /// `ManagerFactory` makes when `manager` (a `@contextmanager` function that yields the
    /// process it starts with the callable).
    WrapperFactory {
        row: &'static ApiRow,
        class: Class,
        fork: bool,
        manager: bool,
    },
    /// A `@contextmanager` function of another file of the run that yields an instance of a
    /// built-in class: `with pool_ctx() as pool` binds one.
    ManagerFactory { class: Class, fork: bool },
    /// A `@contextmanager` function of another file of the run that yields a process API's
    /// function, as `row` says (`yield pool.map`): `with mapper() as pmap` binds it.
    FunctionManager(&'static ApiRow),
    /// A function of another file of the run that returns a multiprocessing context (`def
    /// _mp_ctx(): return mp.get_context("spawn")`): calling it makes one.
    ContextFactory { fork: bool },
    /// A module-level name another file of the run binds to a multiprocessing context
    /// (`FORK_CTX = multiprocessing.get_context("fork")`, see `analysis::exports`).
    Context { fork: bool },
    /// A module-level name another file of the run binds to an instance of a built-in class
    /// (`EXECUTOR = ProcessPoolExecutor(4)`, see `analysis::exports`).
    Instance { class: Class, fork: bool },
    /// A module-level name another file of the run binds to an instance of a class with
    /// wrapper methods (`runner = Runner()`), by the class's dotted path (`pkg.core.Runner`).
    InstanceOf(String),
    /// A function another file of the run defines that returns instances of a class with
    /// wrapper methods, by the class's dotted path (`def get_executor(): return Executor()`),
    /// with the slots of the class's constructor in which it passes a process pool (`def
    /// build(): return Runner(ProcessPoolExecutor(2))`, `analysis::kept_pools`).
    FactoryOf {
        class: String,
        kept: Vec<KeptSlot>,
        /// What it passes the class's constructor, when it says (`kept_pools::factory_passed`).
        passes: Option<Vec<Passed>>,
        conditions: &'static [Condition],
    },
    /// A wrapper of another file of the run, as `row` says, that returns instances of a class
    /// with wrapper methods, by the class's dotted path: a fluent API's `Dataset.map`, whose
    /// result's `filter` is a wrapper too.
    WrapperFactoryOf { row: &'static ApiRow, class: String },
    /// A function another file of the run defines that returns a wrapper, as `row` says: a
    /// closure over the pool the function makes (`def make_mapper(n)` returning its nested
    /// `pmap`). Calling it makes that wrapper.
    ClosureFactory(&'static ApiRow),
    /// A module-level function of another file of the run that the processes of the files
    /// importing it run as a worker, handing it a callable among its arguments
    /// (`handed::Held::Callable`): what it does with each parameter, and its file as the
    /// run shows it.
    Worker {
        slots: Vec<WorkerSlot>,
        file: String,
    },
    /// A decorator of another file of the run that passes every argument on to the function it
    /// decorates (`values::transparent`): a wrapper under it, written bare (`@experimental`),
    /// keeps its slots.
    /// Written `@name(...)` when `called`: a factory that returns such a decorator.
    Transparent { called: bool },
    /// A property of a class of the run that gives an instance of a built-in class (`pool` of
    /// `Runner` for `r.pool.map(...)`), inferred like a factory.
    Property { class: Class, fork: bool },
    /// A plain attribute in which instances of a class of the run hold an instance of `class`
    /// (`self.executor = ProcessPoolExecutor()`, `values::classes::held_pool`): read on an
    /// instance, as a property is.
    Attribute { class: Class, fork: bool },
    /// A plain attribute in which instances of a class of the run hold an instance of a class
    /// with wrapper methods, by that class's dotted path (`self.compute =
    /// ComputeService(workers)`, `values::classes::held_object`): read on an instance.
    AttributeOf(String),
    /// What a module-level class of another file of the run may have on its instances, kept
    /// under `values::MEMBERS` in the class's path (`pkg.mixins.Logging.members()`): every
    /// name bound in its body or in a class of its resolution order (all of that file, each
    /// leaving a base's state alone, `keeps_base_state`). A subclass elsewhere whose order
    /// puts it before a wrapper's class (`class Fast(Logging, Parallel)`) reaches the wrapper
    /// past it when it does not have the wrapper's name.
    Members(Vec<String>),
    /// The parameters of the `__init__` that `@dataclass` writes for a module-level class of
    /// another file of the run, kept under `values::FIELDS` in the class's path: each field's
    /// name and its position (`None` for a keyword-only one). A call of the class in the
    /// files importing it fills them (`Task(fn, (1,))` handed to a wrapper taking each
    /// task's `fn`, `wrapper_containers`).
    Fields(Vec<(String, Option<usize>)>),
}

/// What a worker of another file does with one of its parameters (`worker_reads`): the
/// parameter's position (none after `*args`) and name, whether it calls it, where it first looks at the value or
/// uses it otherwise than calling it (the expression and its line), the keywords its calls of
/// the value pass (each with its line) and the most positional arguments they pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkerSlot {
    pub position: Option<usize>,
    pub keyword: String,
    /// Whether it calls the value (`fn(x)`), or keeps it for later calls: only then is a
    /// function handing it its own parameter a wrapper (`inferred`).
    pub called: bool,
    pub looks: Option<(String, usize)>,
    pub otherwise: Option<(String, usize)>,
    pub keywords: Vec<(String, usize)>,
    pub positionals: Option<usize>,
    /// The same for an element of the parameter, a container the worker takes values out of
    /// (`fns[0]()`, `for f in fns: f()`, `table["f"](x)`), whichever element it is, and so on
    /// for the elements' own elements, to `arguments::MAX_WORKER_DEPTH` containers deep
    /// (`[[f]]`).
    pub element: Option<Box<WorkerSlot>>,
    /// The same for the elements at the first positions of a sequence, when the worker
    /// treats them apart (`fn, x = task; fn(x)` calls the first and passes the second on,
    /// which `element` counts as using an element otherwise than calling it); empty when
    /// `element` holds for every position.
    pub positions: Vec<WorkerSlot>,
}

impl WorkerSlot {
    /// The slot of the element one `step` into this one: a position's own when the worker
    /// treats that position apart, else any element's.
    pub(super) fn inner(&self, step: &super::worker_reads::Step) -> Option<&WorkerSlot> {
        match step {
            super::worker_reads::Step::At(at) if *at < self.positions.len() => {
                self.positions.get(*at)
            }
            super::worker_reads::Step::Field(_) => None,
            _ => self.element.as_deref(),
        }
    }
}

impl UserApi {
    /// The name of the attribute this API is, when it is one in which instances hold a pool
    /// (`UserKind::Attribute`): a file reads it only as `<instance>.<name>`.
    pub fn attribute(&self) -> Option<&str> {
        matches!(self.kind, UserKind::Attribute { .. }).then(|| self.name())
    }

    /// The last segment of the path: a file that uses the API must spell it. A constructor
    /// (`pkg.workers.Job.__init__`) is called by its class's name.
    pub fn name(&self) -> &str {
        let path = self.path.strip_suffix(".__init__").unwrap_or(&self.path);
        path.rsplit('.').next().unwrap_or(path)
    }
}

/// Parse one spec; the error says what is allowed.
pub fn parse_api(spec: &str) -> Result<UserApi, String> {
    let (path, target) = spec.split_once('=').ok_or_else(|| {
        format!("`{spec}` has no `=`; write PATH=multiprocessing.Process or PATH=call:SLOT:PASSING")
    })?;
    let path = path.trim();
    let valid_path = !path.is_empty()
        && path
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_'));
    if !valid_path {
        return Err(format!("`{path}` is not a dotted Python name"));
    }
    let target = target.trim();
    let kind = if let Some(call) = target.strip_prefix("call:") {
        UserKind::Function(parse_call(path, call)?)
    } else if let Some(class) = api::class_spelled(target) {
        UserKind::Like(class)
    } else {
        return Err(format!(
            "`{target}` is not a known API; use {} or call:SLOT:PASSING",
            api::class_spellings().join(", ")
        ));
    };
    Ok(UserApi {
        path: path.to_string(),
        kind,
        hidden_from_star: false,
    })
}

/// `SLOT:PASSING`, where PASSING is `map`, `args`, `kwargs` or `tuple:SLOT[:SLOT]`.
fn parse_call(path: &str, rest: &str) -> Result<&'static ApiRow, String> {
    let mut parts = rest.split(':');
    let callable = parse_slot(parts.next().unwrap_or(""))?;
    let passing = parse_passing(&mut parts)?;
    if let Some(extra) = parts.next() {
        return Err(format!("unexpected `{extra}` at the end of `call:{rest}`"));
    }
    Ok(function_row(path, callable, passing))
}

/// PASSING, the parts after the slot: `map`, `args`, `kwargs` or `tuple:SLOT[:SLOT]`.
fn parse_passing<'s>(parts: &mut impl Iterator<Item = &'s str>) -> Result<Passing, String> {
    Ok(match parts.next() {
        Some("map") => Passing::Mapped,
        Some("args") => Passing::Trailing { keywords: false },
        Some("kwargs") => Passing::Trailing { keywords: true },
        Some("tuple") => {
            let args = parse_slot(parts.next().unwrap_or(""))?;
            let kwargs = parts.next().map(parse_slot).transpose()?;
            Passing::Tuple { args, kwargs }
        }
        other => {
            return Err(format!(
                "`{}` is not a way of passing arguments; use map, args, kwargs or tuple:SLOT[:SLOT]",
                other.unwrap_or("")
            ));
        }
    })
}

/// The row of a function the table would hold: its name in its module.
fn function_row(path: &str, callable: Slot, passing: Passing) -> &'static ApiRow {
    let (homes, name): (&'static [&'static str], &str) = match path.rsplit_once('.') {
        Some((module, name)) => (Box::leak(Box::new([leak(module)])), name),
        None => (&[], path),
    };
    let row = ApiRow {
        target: Target::Function,
        name: leak(name),
        homes,
        callable,
        passing,
        parent_side: &[],
        context: None,
        pickled_under_fork: true,
        interpreters: false,
        via: None,
        next: None,
        conditions: &[],
        takes_instance: false,
        inspected: None,
        names_read: None,
        own_keywords: &[],
        passes_index: false,
        elements: false,
        element: Element::Whole,
        worker_keywords: None,
        deferred: false,
        lazy: false,
        receiver_writes: &[],
        started: false,
        forks_when_called: false,
        positionals: None,
        variadic: false,
        returns_own: api::Returns::Unknown,
        instance_kept: None,
    };
    // Settings live for the whole run; one small row per declared API.
    Box::leak(Box::new(row))
}

/// A `'static` copy of `text`: settings live for the whole run, and each declared API leaks a
/// few short strings once.
fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// `N`, `NAME` or `N/NAME`.
fn parse_slot(text: &str) -> Result<Slot, String> {
    let (position, keyword) = match text.split_once('/') {
        Some((position, keyword)) => (Some(position), Some(keyword)),
        None if text.chars().all(|c| c.is_ascii_digit()) && !text.is_empty() => (Some(text), None),
        None => (None, Some(text)),
    };
    let position = position
        .map(|p| {
            p.parse::<usize>()
                .map_err(|_| format!("`{p}` is not a position (0, 1, ...)"))
        })
        .transpose()?;
    let keyword = match keyword {
        Some(k) if !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_') => {
            Some(leak(k))
        }
        Some(k) => return Err(format!("`{k}` is not a keyword name")),
        None => None,
    };
    Ok(Slot { position, keyword })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_aliases() {
        let api = parse_api("mypkg.workers.Worker=multiprocessing.Process").unwrap();
        assert_eq!(api.kind, UserKind::Like(Class::Process));
        assert_eq!(api.name(), "Worker");
    }

    #[test]
    fn functions_with_every_passing() {
        let UserKind::Function(row) = parse_api("m.pmap=call:0/func:map").unwrap().kind else {
            panic!("not a function");
        };
        assert_eq!(
            row.callable,
            Slot {
                position: Some(0),
                keyword: Some("func")
            }
        );
        assert_eq!(row.passing, Passing::Mapped);
        let UserKind::Function(row) = parse_api("m.go=call:fn:tuple:1/args:kwargs").unwrap().kind
        else {
            panic!("not a function");
        };
        assert_eq!(
            row.callable,
            Slot {
                position: None,
                keyword: Some("fn")
            }
        );
        assert!(matches!(
            row.passing,
            Passing::Tuple {
                kwargs: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn errors_say_what_is_allowed() {
        assert!(parse_api("nothing").unwrap_err().contains("no `=`"));
        assert!(
            parse_api("a..b=multiprocessing.Pool")
                .unwrap_err()
                .contains("dotted")
        );
        assert!(
            parse_api("a.b=threading.Thread")
                .unwrap_err()
                .contains("not a known API")
        );
        assert!(
            parse_api("a.b=call:0:sideways")
                .unwrap_err()
                .contains("map, args")
        );
        assert!(
            parse_api("a.b=call:x-y:map")
                .unwrap_err()
                .contains("keyword name")
        );
    }
}
