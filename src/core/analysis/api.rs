//! The table of process-backed APIs: everything the analysis knows about them, as data.
//!
//! Each row says, for one class constructor, method or module-level function: its name and the
//! modules that hold it (which the evaluator follows through imports and attributes), where
//! the callable goes (by position and keyword), how extra arguments reach it (which decides how
//! captured values are bound when the callable is lifted), which arguments run in the parent
//! and are never findings, which constructor argument takes a multiprocessing context, and
//! whether the callable is pickled even under the fork start method. The sites, the evaluator,
//! the diagnostics' labels, `--api` and the prefilter's words all read it (the prefilter keeps
//! its words as constants for speed; a test proves they cover every row).
//!
//! Adding an API is adding a row; adding a class is adding a `Class` variant (its identity)
//! with a constructor row and its method rows. The tests at the end keep the table consistent.
//!
//! Besides the standard library's and its look-alikes' (`MULTIPROCESSING_LIKE`), the table
//! has the libraries whose source shows they hand the callable to standard pickle: tqdm's
//! `process_map` (a `ProcessPoolExecutor`), parmap (a `multiprocessing.Pool`) and pebble's
//! `ProcessPool` (a pipe to its workers) and `aiomultiprocess.Pool` (queues of a spawn
//! context). Their thread variants (`thread_map`, pebble's
//! `ThreadPool`) and libraries that pickle by value (`multiprocess`, `pathos` and `p_tqdm`
//! over it, `loky`, `joblib`, `dask`) have no row: a lambda works there. Nor has mpire,
//! which starts its workers from an explicit fork context by default, so they inherit the
//! function (and which pickles with dill when asked to).

use std::borrow::Cow;

use super::conditions::{Condition, Constant, Folds, Test, text_hash};

/// A class whose instances or calls are process-backed: the identity its rows share. Its
/// name, homes and facts are in its constructor row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// `multiprocessing.Process`.
    Process,
    /// `multiprocessing.Pool`.
    Pool,
    /// `concurrent.futures.ProcessPoolExecutor`.
    ProcessPoolExecutor,
    /// `concurrent.futures.InterpreterPoolExecutor` (Python 3.14): its tasks and initializer
    /// cross into worker interpreters as cross-interpreter data, which is pickle for every
    /// function except a stateless one (see `callables::crosses_as_code`).
    InterpreterPoolExecutor,
    /// `pebble.ProcessPool`: `schedule` and `map` send each task, function included, to its
    /// workers through a pipe, which pickles it; its initializer goes to each worker
    /// `Process` it starts.
    PebbleProcessPool,
    /// `aiomultiprocess.Pool`: its tasks (coroutine functions) go to worker processes through
    /// queues, and its initializer to each worker, from a spawn context of its own unless
    /// `aiomultiprocess.set_start_method` says otherwise, so both are pickled even where
    /// `multiprocessing` forks.
    AioPool,
}

/// Where an argument sits in a call: its position when passed positionally, its keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub position: Option<usize>,
    pub keyword: Option<&'static str>,
}

const fn slot(position: usize, keyword: &'static str) -> Slot {
    Slot {
        position: Some(position),
        keyword: Some(keyword),
    }
}

const fn positional(position: usize) -> Slot {
    Slot {
        position: Some(position),
        keyword: None,
    }
}

/// How the API passes further arguments to the callable; this decides how a lifted callable's
/// captured values are bound at the call site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Passing {
    /// A tuple of positional arguments and, optionally, a dict of keyword arguments:
    /// `Process(target, args=(...), kwargs={...})`, `apply(f, args, kwds)`,
    /// `Pool(initializer, initargs)`.
    Tuple { args: Slot, kwargs: Option<Slot> },
    /// Positional arguments follow the callable in the call itself, and keyword arguments too
    /// when `keywords` is set: `submit(fn, *args, **kwargs)`, `run_in_executor(ex, fn, *args)`.
    Trailing { keywords: bool },
    /// The API calls the callable once per item: `map`, `imap`, `starmap`, ...; captured values
    /// travel in a `functools.partial`.
    Mapped,
}

/// What a row describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Calling the class itself: `Process(...)`, `Pool(...)`. The constructor row also holds
    /// the facts of the class (its homes, its context slot, its workers).
    Constructor(Class),
    /// A method of an instance, by the row's name: `pool.map(...)`.
    Method(Class),
    /// A module-level function, by the row's name in its homes: `torch.multiprocessing.spawn`.
    Function,
    /// A method of any object whose `executor` argument is a process pool:
    /// `loop.run_in_executor(executor, fn, *args)`, which hands `fn` to the executor's
    /// `submit`.
    RunInExecutor,
}

impl Target {
    /// The class whose constructor or method this is, if any.
    pub fn class(self) -> Option<Class> {
        match self {
            Target::Constructor(class) | Target::Method(class) => Some(class),
            Target::Function | Target::RunInExecutor => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiRow {
    pub target: Target,
    /// The name it is called by: the class, method or function name (`Pool`, `map`, `spawn`).
    pub name: &'static str,
    /// The modules that hold a class or function, so that `module.name` and
    /// `from module import name` reach it (the first is where the documentation puts it).
    /// Empty for methods, which are reached through an instance. A class that
    /// `multiprocessing` holds is also a member of every multiprocessing context
    /// (`get_context("spawn").Pool`), since a context offers that module's API.
    pub homes: &'static [&'static str],
    /// Where the callable that is pickled goes.
    pub callable: Slot,
    pub passing: Passing,
    /// Keyword arguments that run in the parent process; a callable there is never a finding.
    /// Listed so that the table documents them; a test checks no row's callable slot is one.
    #[allow(dead_code)]
    pub parent_side: &'static [&'static str],
    /// The constructor argument that takes a multiprocessing context (`Pool(context=...)`,
    /// `ProcessPoolExecutor(mp_context=...)`): a fork context there makes the instance's
    /// workers forked. Constructor rows only.
    pub context: Option<Slot>,
    /// Whether the callable is pickled under the fork start method too. Pool and executor
    /// tasks always are; a `Process` target or an `initializer` is inherited by fork.
    pub pickled_under_fork: bool,
    /// The class's workers are interpreters of this process, not processes
    /// (`InterpreterPoolExecutor`). Constructor rows only; a method's class says.
    pub interpreters: bool,
    /// For an inferred wrapper, the API it hands the callable to and where, which its label
    /// names; `None` for the table and `--api`.
    pub via: Option<HandOff>,
    /// The row of the same function's next callable parameter, for an inferred wrapper with
    /// more than one (`def run(fn, init, xs)` handing `init` to `Pool(initializer=...)` and
    /// `fn` to `pool.map`): the rows of one function form a chain in parameter order, and a
    /// call of it is one site per row (`rows`). `None` for the table and `--api`.
    pub next: Option<&'static ApiRow>,
    /// For an inferred wrapper, conditions on its other parameters that hold wherever it hands
    /// this callable over (`conditions`): a call whose literal arguments refute one is no site.
    /// Empty for the table and `--api`.
    pub conditions: &'static [Condition],
    /// A plain method of a class of the run, inferred to be a wrapper: its slots count the
    /// arguments after `self`, as a call on an instance writes them, so called on the class
    /// itself (`Runner._map(runner, fn, xs)`) every position is one further on. `false` for
    /// the table, `--api` (whose methods are declared as called on an instance) and static
    /// and class methods.
    pub takes_instance: bool,
    /// For an inferred wrapper, the first place it, or a wrapper it hands the callable to,
    /// looks at what its callable is (`fn.__name__`, `inspect.signature(fn)`: see
    /// `inspection`), where a `functools.partial` carrying captured values would change what
    /// it sees. `None` for the table and `--api`.
    pub inspected: Option<Inspection>,
    /// For an inferred wrapper, where it, or a wrapper it hands the callable to, reads the
    /// callable's name (`fn.__qualname__`, `fn.__name__`: see `inspection::names_read`),
    /// which a lift changes for a lambda, a nested function (its qualified name) and a
    /// renamed function, partial or not. `None` for the table and `--api`.
    pub names_read: Option<NameRead>,
    /// For an inferred wrapper that forwards keyword arguments to its callable
    /// (`Passing::Trailing { keywords: true }`), the keywords that bind its own parameters, or
    /// those of a wrapper it forwards them through, instead (`timeout` in `def submit(fn,
    /// *args, timeout=None, **kwargs)`). Empty for the table and `--api`.
    pub own_keywords: &'static [&'static str],
    /// The API calls the callable with the worker's index before the arguments of its tuple
    /// (`fn(i, *args)`: torch's `spawn` and `start_processes`), so the tuple's first element
    /// binds the callable's second parameter.
    pub passes_index: bool,
    /// For an inferred wrapper, the slot takes a collection of callables, each handed over
    /// (`def run_each(funcs, arg)` submitting each `fn` of `funcs`): a literal tuple or list
    /// written there is one site per element. `false` for the table and `--api`.
    pub elements: bool,
    /// For `elements`, which part of each element is the callable.
    pub element: Element,
    /// For an inferred wrapper whose callable code of the run calls with arguments of its own
    /// (a worker given it in its arguments or items, a nested function calling it), the
    /// keywords those calls pass, each where it is written (`worker_reads`): a lifted
    /// callable's captures travel in a `functools.partial` there, whose keywords they could
    /// take the place of. `None` for the table, `--api` and wrappers whose callable only the
    /// API calls.
    pub worker_keywords: Option<&'static [Inspection]>,
    /// For an inferred wrapper that keeps the callable for a later hand-over (a method
    /// appending it to a list attribute that another method hands over), so that captured
    /// values bound when it is called are read before the work is handed over. `false` for
    /// the table and `--api`.
    pub deferred: bool,
    /// For an inferred wrapper that is a generator (`def lazy_map(fn, xs): with ... as ex:
    /// yield from ex.map(fn, xs)`), which hands the callable over only when it is iterated:
    /// a call not consumed at once (`flow::consumed_at_once`) is read as one that keeps the
    /// callable (`deferred`). `false` for the table and `--api`.
    pub lazy: bool,
    /// For an inferred wrapper that is a method, the attributes it assigns on its instance
    /// (`self.epoch += 1`; `*` for `setattr(self, ...)`): a lifted callable that reads one
    /// of them on the instance the method is called on (`self._parallel(lambda x: ...
    /// self.epoch ...)`) would see the value before the method changed it. Empty for the
    /// table and `--api`.
    pub receiver_writes: &'static [&'static str],
    /// For an inferred wrapper over `Process` that starts every process it creates before it
    /// returns (`p = Process(target=fn); p.start(); return p`), so that under fork the worker
    /// reads captured values when the wrapper is called, as a value bound at the call does.
    /// `false` for the table (whose sites say) and `--api`.
    pub started: bool,
    /// For an inferred wrapper, every pool or executor it hands the callable to is made with
    /// an explicit fork context in each call (`with ProcessPoolExecutor(mp_context=FORK) as
    /// ex: ex.map(fn, xs)`), so its workers are forked after anything the call hands over
    /// exists (`Site::forked_at`). `false` for the table and `--api`.
    pub forks_when_called: bool,
    /// For an inferred wrapper that binds captured values in a `functools.partial`, how many
    /// positional arguments its callable is called with at most, when no call of it changes
    /// that (`def parmap(fn, xs): return pool.map(fn, xs)`: one), so that a default moved into
    /// the partial is known to stay out of their reach. `None` for the table (whose sites
    /// say), `--api`, and wrappers whose calls decide it or whose hand-over does not say.
    pub positionals: Option<usize>,
    /// For an inferred wrapper, the slot is the function's `*args`, each element of which it
    /// hands over (`def run_all(*fns)` submitting each `fn` of `fns`): every positional
    /// argument from the slot's position on is one site. `false` for the table and `--api`.
    pub variadic: bool,
    /// For an inferred wrapper that is a function (not a method), whether every `return` of it
    /// gives a function it defines itself (`decorated::gives_own_functions`): as a decorator
    /// of a module-level function, of this file or another, it binds the function's name to
    /// its closure, so pickle cannot find the function it hands over by that name.
    /// `Unknown` for the table and `--api`.
    pub returns_own: Returns,
    /// For an inferred wrapper that hands a bound method over (`Process(target=self._run)`),
    /// which pickles the instance with it, what the instance keeps that pickle refuses
    /// (`self._procs[tid] = proc`, a started process): no rewrite of the callable a caller
    /// passes can make the hand-over work. `None` for the table and `--api`.
    pub instance_kept: Option<Inspection>,
}

/// What an inferred wrapper that is a function returns (`ApiRow::returns_own`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Returns {
    /// Not known, or possibly the function it was handed.
    #[default]
    Unknown,
    /// Always a function it defines itself.
    Own,
    /// Always a function it defines itself, given the handed function's name
    /// (`functools.wraps`, `update_wrapper`).
    OwnNamedAfterIt,
}

/// Which part of each element of a collection slot (`ApiRow::elements`) is handed over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Element {
    /// The element itself, of a literal tuple, list or set (`for fn in funcs`; a loop over a
    /// dict walks its keys).
    #[default]
    Whole,
    /// Item `at` of each element, a literal tuple or list of `width` items (`for fn, arg in
    /// tasks`).
    Item { at: usize, width: usize },
    /// Each value of a dict literal (`for name, fn in jobs.items()`, `for fn in
    /// jobs.values()`, a dict splatted into keywords: `partial(func, **kwargs)`).
    Value,
    /// What indexing the collection gives (`steps[name]`): each element of a literal tuple
    /// or list, each value of a dict literal.
    Indexed,
    /// The value at this string key of each element, a dict literal (`for step in steps`
    /// handing `step` to a worker that calls `step["fn"](...)`).
    Key(&'static str),
    /// The field of this name of each element, an instance of a dataclass whose generated
    /// constructor keeps it (`for task in tasks` handing `task` to a worker that calls
    /// `task.fn(...)`).
    Field(&'static str),
}

/// Where an inferred wrapper looks at what its callable is (`inspection`): the expression
/// (`fn.__name__`), its line, and its file as `HandOff` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inspection {
    pub what: &'static str,
    pub line: usize,
    pub file: Option<&'static str>,
    /// `what` hands the callable to a worker whose code cannot be read, rather than looking
    /// at it.
    pub unread: bool,
    /// For `unread`, the slot of a call of the wrapper that takes that worker (`func` of
    /// `def distribute(func, chunks, kwargs)` handing `partial(func, **kwargs)` over): a
    /// caller that passes a function it can read there judges that function instead.
    pub worker_slot: Option<Slot>,
}

impl std::fmt::Display for Inspection {
    /// "`fn.__name__`, line 5" in the wrapper's file, "`fn.__name__`, pkg/par.py:5" elsewhere.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.file {
            Some(file) => write!(f, "`{}`, {file}:{}", self.what, self.line),
            None => write!(f, "`{}`, line {}", self.what, self.line),
        }
    }
}

/// Where an inferred wrapper reads its callable's name (`ApiRow::names_read`): the expression
/// (`fn.__qualname__`), its line and file as `Inspection` says them, and whether it reads the
/// qualified name, which moving a nested function to module level changes even when it keeps
/// its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameRead {
    pub what: &'static str,
    pub line: usize,
    pub file: Option<&'static str>,
    pub qualified: bool,
}

impl std::fmt::Display for NameRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.file {
            Some(file) => write!(f, "`{}`, {file}:{}", self.what, self.line),
            None => write!(f, "`{}`, line {}", self.what, self.line),
        }
    }
}

/// Where an inferred wrapper hands its callable on: the API it calls and the line of that call,
/// in the wrapper's own file or, for a wrapper another file of the run defines, in that file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandOff {
    /// The API, as its label names it ("`Pool.map`", "`run` through `Process`").
    pub to: &'static str,
    /// The line of the call (1-based).
    pub line: usize,
    /// The file that holds it, as the run shows paths; `None` for the file being checked.
    pub file: Option<&'static str>,
}

impl std::fmt::Display for HandOff {
    /// "`Pool.map`, line 12" in the wrapper's file, "`Pool.map`, pkg/par.py:12" elsewhere.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.file {
            Some(file) => write!(f, "{}, {file}:{}", self.to, self.line),
            None => write!(f, "{}, line {}", self.to, self.line),
        }
    }
}

const CALLBACKS: &[&str] = &["callback", "error_callback"];

const fn tuple(args: Slot, kwargs: Option<Slot>) -> Passing {
    Passing::Tuple { args, kwargs }
}

/// The modules that behave like the standard `multiprocessing` for our purposes: the same API
/// (`Process`, `Pool`, `get_context`, the locks and queues), pickling callables by reference.
/// Libraries that pickle by value (`multiprocess`, `pathos`, `loky`, `joblib`, `dask`) are
/// deliberately absent: lambdas work there. A test checks each is a home of `Process` and
/// `Pool`.
pub const MULTIPROCESSING_LIKE: &[&str] = &["multiprocessing", "torch.multiprocessing", "billiard"];

/// What a row leaves unset: no homes, parent-side arguments or context slot, inherited by
/// fork, processes not interpreters. Every row sets its target, name, callable and passing
/// (a test checks none keeps the empty name or keyword).
pub(super) const BASE: ApiRow = ApiRow {
    target: Target::Function,
    name: "",
    homes: &[],
    callable: slot(0, ""),
    passing: Passing::Mapped,
    parent_side: &[],
    context: None,
    pickled_under_fork: false,
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
    returns_own: Returns::Unknown,
    instance_kept: None,
};

/// What a method that runs tasks on a `Pool` shares.
const POOL_TASK: ApiRow = ApiRow {
    target: Target::Method(Class::Pool),
    callable: slot(0, "func"),
    passing: Passing::Mapped,
    parent_side: CALLBACKS,
    pickled_under_fork: true,
    ..BASE
};

/// What `submit` and `map` of an executor share.
const EXECUTOR_TASK: ApiRow = ApiRow {
    callable: positional(0),
    pickled_under_fork: true,
    ..BASE
};

/// What `apply` and `apply_async` pass: a tuple of arguments and a dict of keywords.
const APPLY: Passing = tuple(slot(1, "args"), Some(slot(2, "kwds")));

/// parmap runs the function in the parent, one item after the other, when its call says
/// `pm_parallel=False` (or the older spelling `parallel=False`); it makes a pool otherwise.
const PARMAP_PARALLEL: &[Condition] = &[
    Condition {
        position: None,
        keyword: Some("pm_parallel"),
        default: Some(Constant::Int(1)),
        test: Test::Truthy,
        holds: true,
        kept: false,
        fold: Folds::NONE,
    },
    Condition {
        position: None,
        keyword: Some("parallel"),
        default: Some(Constant::Int(1)),
        test: Test::Truthy,
        holds: true,
        kept: false,
        fold: Folds::NONE,
    },
];

/// torch's `start_processes` pickles its function unless `start_method="fork"`.
const TORCH_NOT_FORKED: &[Condition] = &[Condition {
    position: Some(5),
    keyword: Some("start_method"),
    default: Some(Constant::Text(text_hash("spawn"))),
    test: Test::Equals(text_hash("fork"), false),
    holds: true,
    kept: false,
    fold: Folds::NONE,
}];

/// torch's `DataLoader(dataset, batch_size, shuffle, sampler, batch_sampler, num_workers,
/// collate_fn, pin_memory, drop_last, timeout, worker_init_fn, multiprocessing_context, ...)`
/// starts worker processes only for `num_workers` above 0 (its default is 0, which loads in
/// the parent), from the context `multiprocessing_context` names (the default one when
/// `None`): under fork they inherit its callables, under spawn and forkserver each worker is
/// given them pickled.
const DATALOADER_WORKERS: &[Condition] = &[
    Condition {
        position: Some(5),
        keyword: Some("num_workers"),
        default: Some(Constant::Int(0)),
        test: Test::Truthy,
        holds: true,
        kept: false,
        fold: Folds::NONE,
    },
    Condition {
        position: Some(11),
        keyword: Some("multiprocessing_context"),
        default: Some(Constant::None),
        test: Test::Equals(text_hash("fork"), false),
        holds: true,
        kept: false,
        fold: Folds::NONE,
    },
];

/// The homes of torch's `DataLoader`.
const DATALOADER_HOMES: &[&str] = &["torch.utils.data", "torch.utils.data.dataloader"];

/// `DataLoader`'s second callable: each worker calls `worker_init_fn(worker_id)` once, as it
/// starts.
const DATALOADER_WORKER_INIT: ApiRow = ApiRow {
    target: Target::Function,
    name: "DataLoader",
    homes: DATALOADER_HOMES,
    callable: slot(10, "worker_init_fn"),
    passing: Passing::Mapped,
    conditions: DATALOADER_WORKERS,
    ..BASE
};

/// What parmap's functions share: `parmap.map(function, iterable, *args, **kwargs)` sends
/// `(function, item, args, kwargs)` to `Pool.map_async` for each item, so the function is
/// pickled with every task, under fork too, and called as `function(item, *args,
/// **kwargs)`: a `functools.partial` carries captured values as for `Pool.map`. Progress
/// bars (`pm_pbar`) and the callbacks of the `_async` variants run in the parent.
const PARMAP: ApiRow = ApiRow {
    target: Target::Function,
    homes: &["parmap", "parmap.parmap"],
    callable: slot(0, "function"),
    passing: Passing::Mapped,
    parent_side: &["pm_pbar", "pm_callback", "pm_error_callback"],
    pickled_under_fork: true,
    conditions: PARMAP_PARALLEL,
    ..BASE
};

/// What the methods of an `aiomultiprocess.Pool` share: `apply(func, args, kwds)`, and `map`
/// and `starmap`, which call `func` once per item.
const AIO_TASK: ApiRow = ApiRow {
    target: Target::Method(Class::AioPool),
    callable: slot(0, "func"),
    passing: Passing::Mapped,
    pickled_under_fork: true,
    ..BASE
};

/// What `schedule` and `map` of a pebble `ProcessPool` share: the task is pickled into the
/// pool's channel under every start method.
const PEBBLE_TASK: ApiRow = ApiRow {
    target: Target::Method(Class::PebbleProcessPool),
    callable: slot(0, "function"),
    pickled_under_fork: true,
    ..BASE
};

pub const API_TABLE: &[ApiRow] = &[
    ApiRow {
        target: Target::Constructor(Class::Process),
        name: "Process",
        homes: &[
            "multiprocessing",
            "torch.multiprocessing",
            "billiard",
            "multiprocessing.context",
        ],
        callable: slot(1, "target"),
        passing: tuple(slot(3, "args"), Some(slot(4, "kwargs"))),
        ..BASE
    },
    ApiRow {
        target: Target::Constructor(Class::Pool),
        name: "Pool",
        homes: &[
            "multiprocessing",
            "torch.multiprocessing",
            "billiard",
            "multiprocessing.pool",
            "billiard.pool",
        ],
        callable: slot(1, "initializer"),
        passing: tuple(slot(2, "initargs"), None),
        context: Some(slot(4, "context")),
        ..BASE
    },
    ApiRow {
        name: "apply",
        passing: APPLY,
        ..POOL_TASK
    },
    ApiRow {
        name: "apply_async",
        passing: APPLY,
        ..POOL_TASK
    },
    ApiRow {
        name: "map",
        ..POOL_TASK
    },
    ApiRow {
        name: "map_async",
        ..POOL_TASK
    },
    ApiRow {
        name: "imap",
        ..POOL_TASK
    },
    ApiRow {
        name: "imap_unordered",
        ..POOL_TASK
    },
    ApiRow {
        name: "starmap",
        ..POOL_TASK
    },
    ApiRow {
        name: "starmap_async",
        ..POOL_TASK
    },
    ApiRow {
        target: Target::Constructor(Class::ProcessPoolExecutor),
        name: "ProcessPoolExecutor",
        homes: &["concurrent.futures", "concurrent.futures.process"],
        callable: slot(2, "initializer"),
        passing: tuple(slot(3, "initargs"), None),
        context: Some(slot(1, "mp_context")),
        ..BASE
    },
    ApiRow {
        target: Target::Method(Class::ProcessPoolExecutor),
        name: "submit",
        passing: Passing::Trailing { keywords: true },
        ..EXECUTOR_TASK
    },
    ApiRow {
        target: Target::Method(Class::ProcessPoolExecutor),
        name: "map",
        passing: Passing::Mapped,
        ..EXECUTOR_TASK
    },
    // InterpreterPoolExecutor(max_workers, thread_name_prefix, initializer, initargs): the
    // same slots as ProcessPoolExecutor's. There is no fork: the initializer and every task
    // cross into another interpreter.
    ApiRow {
        target: Target::Constructor(Class::InterpreterPoolExecutor),
        name: "InterpreterPoolExecutor",
        homes: &["concurrent.futures", "concurrent.futures.interpreter"],
        callable: slot(2, "initializer"),
        passing: tuple(slot(3, "initargs"), None),
        pickled_under_fork: true,
        interpreters: true,
        ..BASE
    },
    ApiRow {
        target: Target::Method(Class::InterpreterPoolExecutor),
        name: "submit",
        passing: Passing::Trailing { keywords: true },
        ..EXECUTOR_TASK
    },
    ApiRow {
        target: Target::Method(Class::InterpreterPoolExecutor),
        name: "map",
        passing: Passing::Mapped,
        ..EXECUTOR_TASK
    },
    ApiRow {
        target: Target::RunInExecutor,
        name: "run_in_executor",
        callable: positional(1),
        passing: Passing::Trailing { keywords: false },
        pickled_under_fork: true,
        ..BASE
    },
    // torch.multiprocessing.spawn(fn, args=(), nprocs=1, ...) calls fn(i, *args) in processes
    // it always starts with the spawn method.
    ApiRow {
        target: Target::Function,
        name: "spawn",
        homes: &["torch.multiprocessing"],
        callable: slot(0, "fn"),
        passing: tuple(slot(1, "args"), None),
        pickled_under_fork: true,
        passes_index: true,
        ..BASE
    },
    // start_processes(fn, args=(), nprocs=1, join=True, daemon=False, start_method="spawn")
    // starts them from the context its start method names: under "fork" the children inherit
    // `fn` and its arguments, and nothing is pickled.
    ApiRow {
        target: Target::Function,
        name: "start_processes",
        homes: &["torch.multiprocessing"],
        callable: slot(0, "fn"),
        passing: tuple(slot(1, "args"), None),
        passes_index: true,
        conditions: TORCH_NOT_FORKED,
        ..BASE
    },
    // torch's DataLoader: its workers call `collate_fn(samples)` for each batch, and
    // `worker_init_fn(worker_id)` (the next row of the chain) as they start. Both take one
    // argument, so a `functools.partial` carries captured values, as for `Pool.map`. The
    // dataset and the sampler cross too, but they are objects, not callables.
    ApiRow {
        target: Target::Function,
        name: "DataLoader",
        homes: DATALOADER_HOMES,
        callable: slot(6, "collate_fn"),
        passing: Passing::Mapped,
        conditions: DATALOADER_WORKERS,
        next: Some(&DATALOADER_WORKER_INIT),
        ..BASE
    },
    // tqdm.contrib.concurrent.process_map(fn, *iterables, max_workers=..., chunksize=...,
    // **tqdm_kwargs) returns `list(ex.map(fn, *iterables))` over a `ProcessPoolExecutor`
    // (`thread_map`, over a `ThreadPoolExecutor`, has no row).
    ApiRow {
        target: Target::Function,
        name: "process_map",
        homes: &["tqdm.contrib.concurrent"],
        callable: slot(0, "fn"),
        passing: Passing::Mapped,
        pickled_under_fork: true,
        ..BASE
    },
    ApiRow {
        name: "map",
        ..PARMAP
    },
    ApiRow {
        name: "starmap",
        ..PARMAP
    },
    ApiRow {
        name: "map_async",
        ..PARMAP
    },
    ApiRow {
        name: "starmap_async",
        ..PARMAP
    },
    // pebble.ProcessPool(max_workers, max_tasks, initializer, initargs, context): `context`
    // is a multiprocessing context or module, whose fork method lets workers inherit the
    // initializer. `submit(fn, timeout, *args)` has no row: its positions differ from an
    // executor's, and it exists for `run_in_executor`, which would pass an argument as the
    // timeout.
    ApiRow {
        target: Target::Constructor(Class::PebbleProcessPool),
        name: "ProcessPool",
        homes: &["pebble", "pebble.pool", "pebble.pool.process"],
        callable: slot(2, "initializer"),
        passing: tuple(slot(3, "initargs"), None),
        context: Some(slot(4, "context")),
        ..BASE
    },
    ApiRow {
        name: "schedule",
        passing: tuple(slot(1, "args"), Some(slot(2, "kwargs"))),
        ..PEBBLE_TASK
    },
    ApiRow {
        name: "map",
        passing: Passing::Mapped,
        ..PEBBLE_TASK
    },
    // aiomultiprocess.Pool(processes, initializer, initargs, maxtasksperchild, ...): the same
    // name as multiprocessing's, so diagnostics name it by its module (`Class::shown_name`).
    // Its `Process` and `Worker` have no row: they refuse a target that is no coroutine
    // function before pickling it.
    ApiRow {
        target: Target::Constructor(Class::AioPool),
        name: "Pool",
        homes: &["aiomultiprocess", "aiomultiprocess.pool"],
        callable: slot(1, "initializer"),
        passing: tuple(slot(2, "initargs"), None),
        pickled_under_fork: true,
        ..BASE
    },
    ApiRow {
        name: "apply",
        passing: tuple(slot(1, "args"), Some(slot(2, "kwds"))),
        ..AIO_TASK
    },
    ApiRow {
        name: "map",
        ..AIO_TASK
    },
    ApiRow {
        name: "starmap",
        ..AIO_TASK
    },
];

impl ApiRow {
    /// Whether the row hands over only in a file that patches the flag closing its way
    /// (`conditions::Test::Never`), as an inferred method reading a class attribute may.
    pub fn closed(&self) -> bool {
        (self.conditions.iter()).any(|condition| condition.test == super::conditions::Test::Never)
    }

    /// This row and the rows chained after it (`next`), in parameter order: the slots a call
    /// of it may hand callables to.
    pub fn rows(&'static self) -> impl Iterator<Item = &'static ApiRow> {
        std::iter::successors(Some(self), |row| row.next)
    }

    /// How diagnostics name the API: "`Pool.map`", "`Process(target=...)`",
    /// "`torch.multiprocessing.spawn`", and for an inferred wrapper what it hands the
    /// callable to: "`parmap` (which hands it to `Pool.map`, line 12)".
    pub fn label(&self) -> String {
        match self.via {
            Some(via) => format!("{} (which hands it to {via})", self.name_label()),
            None => self.name_label(),
        }
    }

    /// The API's name as `label` gives it, without what a wrapper hands the callable to.
    pub fn name_label(&self) -> String {
        match self.target {
            Target::Constructor(class) => {
                let keyword = self.callable.keyword.unwrap_or("fn");
                format!("`{}({keyword}=...)`", class.shown_name())
            }
            Target::Method(class) => format!("`{}.{}`", class.shown_name(), self.name),
            Target::Function => match self.homes.first() {
                // A constructor is called by its class's name.
                Some(home) if self.name == "__init__" => format!("`{home}`"),
                // A class of a library called for its instance (`DataLoader`), by its slot.
                Some(_)
                    if self.name.starts_with(|c: char| c.is_ascii_uppercase())
                        && let Some(keyword) = self.callable.keyword =>
                {
                    format!("`{}({keyword}=...)`", self.name)
                }
                Some(home) => format!("`{home}.{}`", self.name),
                None => format!("`{}`", self.name),
            },
            Target::RunInExecutor => format!("`{}`", self.name),
        }
    }

    /// Whether the callable runs in interpreters of this process rather than in processes;
    /// for `run_in_executor` the executor decides, so this says no.
    pub fn runs_in_interpreters(&self) -> bool {
        match self.target {
            Target::Constructor(class) | Target::Method(class) => class.row().interpreters,
            Target::Function | Target::RunInExecutor => self.interpreters,
        }
    }
}

impl Class {
    /// The class's constructor row, which holds the facts of the class.
    pub fn row(self) -> &'static ApiRow {
        API_TABLE
            .iter()
            .find(|row| row.target == Target::Constructor(self))
            .expect("every class has a constructor row (a test checks it)")
    }

    /// The class's name, as `multiprocessing` and diagnostics spell it.
    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// The class as diagnostics name it: its name, with its first home before it when a class
    /// earlier in the table has that name too (`aiomultiprocess.Pool` beside `Pool`).
    pub fn shown_name(self) -> Cow<'static, str> {
        let row = self.row();
        let earlier = API_TABLE
            .iter()
            .take_while(|other| !std::ptr::eq(*other, row));
        let shared = (earlier.filter(|other| matches!(other.target, Target::Constructor(_))))
            .any(|other| other.name == row.name);
        match (shared, row.homes.first()) {
            (true, Some(home)) => Cow::Owned(format!("{home}.{}", row.name)),
            _ => Cow::Borrowed(row.name),
        }
    }

    /// Whether the class's instances run tasks, that is, the table has methods for it: a pool
    /// or executor, not a `Process`.
    pub fn runs_tasks(self) -> bool {
        API_TABLE
            .iter()
            .any(|row| row.target == Target::Method(self))
    }

    /// Whether `run_in_executor` takes an instance: it hands the callable to the executor's
    /// `submit`, so a class with a `submit` row.
    pub fn is_executor(self) -> bool {
        method(self, "submit").is_some()
    }
}

/// The row of method `name` of `class`.
pub fn method(class: Class, name: &str) -> Option<&'static ApiRow> {
    API_TABLE
        .iter()
        .find(|row| row.target == Target::Method(class) && row.name == name)
}

/// The row of the only call `target` names: `run_in_executor`.
pub fn row_for(target: Target) -> Option<&'static ApiRow> {
    API_TABLE.iter().find(|row| row.target == target)
}

/// The class or function that `module.name` is, when the table has it.
pub fn member(module: &str, name: &str) -> Option<&'static ApiRow> {
    API_TABLE
        .iter()
        .find(|row| row.name == name && row.homes.contains(&module))
}

/// The class a multiprocessing context offers as `context.name`: a context has the API of
/// the `multiprocessing` module.
pub fn context_member(name: &str) -> Option<Class> {
    member("multiprocessing", name).and_then(|row| match row.target {
        Target::Constructor(class) => Some(class),
        _ => None,
    })
}

/// The built-in class that `--api PATH=spelling` declares PATH to behave like: `spelling` is
/// the class's name in one of its homes (`multiprocessing.pool.Pool`).
pub fn class_spelled(spelling: &str) -> Option<Class> {
    let (module, name) = spelling.rsplit_once('.')?;
    member(module, name).and_then(|row| match row.target {
        Target::Constructor(class) => Some(class),
        _ => None,
    })
}

/// The classes as `--api` takes them, each in its first home, for the error that lists them.
pub fn class_spellings() -> Vec<String> {
    API_TABLE
        .iter()
        .filter(|row| matches!(row.target, Target::Constructor(_)))
        .filter_map(|row| Some(format!("{}.{}", row.homes.first()?, row.name)))
        .collect()
}

/// Whether `module` is one of `MULTIPROCESSING_LIKE`.
pub fn multiprocessing_like(module: &str) -> bool {
    MULTIPROCESSING_LIKE.contains(&module)
}

/// Whether `module` is, or lies in, a module whose API the table describes: one of
/// `MULTIPROCESSING_LIKE` or a home of a row (`concurrent.futures`), or one of their
/// submodules (`concurrent.futures.process`, `multiprocessing.pool`).
pub fn described_by_table(module: &str) -> bool {
    let homes = API_TABLE.iter().flat_map(|row| row.homes);
    MULTIPROCESSING_LIKE.iter().chain(homes).any(|home| {
        module
            .strip_prefix(home)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

/// Whether `module` holds a row, or is a package on the way to one (`concurrent`, `torch`),
/// so that `import a.b` and `a.b` attribute chains resolve.
pub fn holds_apis(module: &str) -> bool {
    API_TABLE.iter().flat_map(|row| row.homes).any(|home| {
        home.strip_prefix(module)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_callable_slot_runs_in_the_parent() {
        for row in API_TABLE {
            if let Some(keyword) = row.callable.keyword {
                assert!(!row.parent_side.contains(&keyword), "{:?}", row.target);
            }
        }
    }

    #[test]
    fn every_row_is_reached_one_way() {
        for (i, row) in API_TABLE.iter().enumerate() {
            assert!(
                API_TABLE[i + 1..]
                    .iter()
                    .all(|other| (other.target, other.name) != (row.target, row.name)),
                "{:?} `{}` has two rows",
                row.target,
                row.name
            );
            for home in row.homes {
                assert_eq!(member(home, row.name), Some(row), "`{home}.{}`", row.name);
            }
        }
    }

    #[test]
    fn every_row_sets_its_own_fields() {
        for row in API_TABLE {
            assert!(is_identifier(row.name), "{row:?}");
            for slot in [Some(row.callable), row.context].into_iter().flatten() {
                assert!(slot.keyword.is_none_or(is_identifier), "{row:?}");
                assert!(slot.position.is_some() || slot.keyword.is_some(), "{row:?}");
            }
            for keyword in row.parent_side {
                assert!(is_identifier(keyword), "{row:?}");
            }
            // Only an inferred wrapper, and `DataLoader`, have several callable parameters.
            assert!(row.next.is_none() || row.name == "DataLoader", "{row:?}");
            assert!(row.via.is_none(), "{row:?}");
        }
    }

    #[test]
    fn homes_are_module_paths_where_they_belong() {
        for row in API_TABLE {
            let reached_by_import = matches!(row.target, Target::Constructor(_) | Target::Function);
            assert_eq!(!row.homes.is_empty(), reached_by_import, "{row:?}");
            for home in row.homes {
                assert!(home.split('.').all(is_identifier), "`{home}` in {row:?}");
            }
            let constructor = matches!(row.target, Target::Constructor(_));
            assert!(constructor || row.context.is_none(), "{row:?}");
            assert!(constructor || !row.interpreters, "{row:?}");
        }
    }

    #[test]
    fn every_class_has_a_constructor_and_a_unique_label() {
        let mut labels: Vec<String> = API_TABLE.iter().map(ApiRow::label).collect();
        let rows = labels.len();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), rows, "two rows share a label");
        assert_eq!(Class::Pool.shown_name(), "Pool");
        assert_eq!(Class::AioPool.shown_name(), "aiomultiprocess.Pool");
        for row in API_TABLE {
            if let Some(class) = row.target.class() {
                assert!(matches!(class.row().target, Target::Constructor(c) if c == class));
            }
        }
    }

    #[test]
    fn multiprocessing_like_modules_hold_its_classes() {
        for module in MULTIPROCESSING_LIKE {
            for class in [Class::Process, Class::Pool] {
                assert!(class.row().homes.contains(module), "{module} {class:?}");
            }
        }
    }

    #[test]
    fn api_declarations_name_a_class_in_any_of_its_homes() {
        for row in API_TABLE {
            for home in row.homes {
                let class = class_spelled(&format!("{home}.{}", row.name));
                assert_eq!(class, row.target.class(), "`{home}.{}`", row.name);
            }
        }
        assert_eq!(class_spelled("multiprocessing.pool.ThreadPool"), None);
        assert_eq!(class_spelled("Pool"), None);
        assert_eq!(
            class_spellings()[..2],
            ["multiprocessing.Process", "multiprocessing.Pool"]
        );
    }

    fn is_identifier(text: &str) -> bool {
        !text.is_empty()
            && !text.starts_with(|c: char| c.is_ascii_digit())
            && text.chars().all(|c| c.is_alphanumeric() || c == '_')
    }
}
