//! The table of process-backed APIs: knowledge as data.
//!
//! Each row says, for one constructor, method or function: where the callable goes (by
//! position and keyword), how extra arguments reach it (which decides how captured values are
//! bound when the callable is lifted), which arguments run in the parent and are never
//! findings, and whether the callable is pickled even under the fork start method.
//! Adding an API is adding a row.

/// A class whose instances or calls are process-backed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// `multiprocessing.Process` (also through a context, `torch.multiprocessing`, `billiard`).
    Process,
    /// `multiprocessing.Pool` / `multiprocessing.pool.Pool`.
    Pool,
    /// `concurrent.futures.ProcessPoolExecutor`.
    ProcessPoolExecutor,
    /// `concurrent.futures.InterpreterPoolExecutor` (Python 3.14): its tasks and initializer
    /// cross into worker interpreters as cross-interpreter data, which is pickle for every
    /// function except a stateless one (see `callables::crosses_as_code`).
    InterpreterPoolExecutor,
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

/// What a call is made on, as far as the table is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Calling the class itself: `Process(...)`, `Pool(...)`.
    Constructor(Class),
    /// A method of an instance: `pool.map(...)`.
    Method(Class, &'static str),
    /// A module-level function, by its canonical qualified name.
    Function(&'static str),
    /// A method of any object whose `executor` argument is a process pool:
    /// `loop.run_in_executor(executor, fn, *args)`.
    RunInExecutor,
}

impl Target {
    /// The class whose constructor or method this is, if any.
    pub fn class(self) -> Option<Class> {
        match self {
            Target::Constructor(class) | Target::Method(class, _) => Some(class),
            Target::Function(_) | Target::RunInExecutor => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiRow {
    pub target: Target,
    /// Where the callable that is pickled goes.
    pub callable: Slot,
    pub passing: Passing,
    /// Keyword arguments that run in the parent process; a callable there is never a finding.
    /// Listed so that the table documents them; a test checks no row's callable slot is one.
    #[allow(dead_code)]
    pub parent_side: &'static [&'static str],
    /// Whether the callable is pickled under the fork start method too. Pool and executor
    /// tasks always are; a `Process` target or an `initializer` is inherited by fork.
    pub pickled_under_fork: bool,
}

const CALLBACKS: &[&str] = &["callback", "error_callback"];

const fn tuple(args: Slot, kwargs: Option<Slot>) -> Passing {
    Passing::Tuple { args, kwargs }
}

const fn method(name: &'static str, callable: Slot, passing: Passing) -> ApiRow {
    ApiRow {
        target: Target::Method(Class::Pool, name),
        callable,
        passing,
        parent_side: CALLBACKS,
        pickled_under_fork: true,
    }
}

pub const API_TABLE: &[ApiRow] = &[
    ApiRow {
        target: Target::Constructor(Class::Process),
        callable: slot(1, "target"),
        passing: tuple(slot(3, "args"), Some(slot(4, "kwargs"))),
        parent_side: &[],
        pickled_under_fork: false,
    },
    ApiRow {
        target: Target::Constructor(Class::Pool),
        callable: slot(1, "initializer"),
        passing: tuple(slot(2, "initargs"), None),
        parent_side: &[],
        pickled_under_fork: false,
    },
    method(
        "apply",
        slot(0, "func"),
        tuple(slot(1, "args"), Some(slot(2, "kwds"))),
    ),
    method(
        "apply_async",
        slot(0, "func"),
        tuple(slot(1, "args"), Some(slot(2, "kwds"))),
    ),
    method("map", slot(0, "func"), Passing::Mapped),
    method("map_async", slot(0, "func"), Passing::Mapped),
    method("imap", slot(0, "func"), Passing::Mapped),
    method("imap_unordered", slot(0, "func"), Passing::Mapped),
    method("starmap", slot(0, "func"), Passing::Mapped),
    method("starmap_async", slot(0, "func"), Passing::Mapped),
    ApiRow {
        target: Target::Constructor(Class::ProcessPoolExecutor),
        callable: slot(2, "initializer"),
        passing: tuple(slot(3, "initargs"), None),
        parent_side: &[],
        pickled_under_fork: false,
    },
    ApiRow {
        target: Target::Method(Class::ProcessPoolExecutor, "submit"),
        callable: positional(0),
        passing: Passing::Trailing { keywords: true },
        parent_side: &[],
        pickled_under_fork: true,
    },
    ApiRow {
        target: Target::Method(Class::ProcessPoolExecutor, "map"),
        callable: positional(0),
        passing: Passing::Mapped,
        parent_side: &[],
        pickled_under_fork: true,
    },
    // InterpreterPoolExecutor(max_workers, thread_name_prefix, initializer, initargs): the
    // same slots as ProcessPoolExecutor's. There is no fork: the initializer and every task
    // cross into another interpreter.
    ApiRow {
        target: Target::Constructor(Class::InterpreterPoolExecutor),
        callable: slot(2, "initializer"),
        passing: tuple(slot(3, "initargs"), None),
        parent_side: &[],
        pickled_under_fork: true,
    },
    ApiRow {
        target: Target::Method(Class::InterpreterPoolExecutor, "submit"),
        callable: positional(0),
        passing: Passing::Trailing { keywords: true },
        parent_side: &[],
        pickled_under_fork: true,
    },
    ApiRow {
        target: Target::Method(Class::InterpreterPoolExecutor, "map"),
        callable: positional(0),
        passing: Passing::Mapped,
        parent_side: &[],
        pickled_under_fork: true,
    },
    ApiRow {
        target: Target::RunInExecutor,
        callable: positional(1),
        passing: Passing::Trailing { keywords: false },
        parent_side: &[],
        pickled_under_fork: true,
    },
    // torch.multiprocessing.spawn(fn, args=(), nprocs=1, ...) calls fn(i, *args) in processes
    // it always starts with the spawn method.
    ApiRow {
        target: Target::Function("torch.multiprocessing.spawn"),
        callable: slot(0, "fn"),
        passing: tuple(slot(1, "args"), None),
        parent_side: &[],
        pickled_under_fork: true,
    },
    ApiRow {
        target: Target::Function("torch.multiprocessing.start_processes"),
        callable: slot(0, "fn"),
        passing: tuple(slot(1, "args"), None),
        parent_side: &[],
        pickled_under_fork: false,
    },
];

/// The attribute names under which the table's classes are reached (`mp.Pool`, `ctx.Process`,
/// `futures.ProcessPoolExecutor`).
pub const CONSTRUCTOR_NAMES: [&str; 4] = [
    "Process",
    "Pool",
    "ProcessPoolExecutor",
    "InterpreterPoolExecutor",
];

/// The row for a call on `target`, if the table has one.
pub fn row_for(target: Target) -> Option<&'static ApiRow> {
    API_TABLE.iter().find(|row| row.target == target)
}

/// Module paths that behave like the standard `multiprocessing` for our purposes: the same API,
/// pickling callables by reference. Libraries that pickle by value (`multiprocess`, `pathos`,
/// `loky`, `joblib`, `dask`) are deliberately absent: lambdas work there.
pub fn multiprocessing_like(module: &str) -> bool {
    matches!(
        module,
        "multiprocessing" | "torch.multiprocessing" | "billiard"
    )
}

/// The canonical modules we know, so that `import a.b` and `a.b` attribute chains resolve.
pub fn known_module(module: &str) -> bool {
    multiprocessing_like(module)
        || matches!(
            module,
            "multiprocessing.pool"
                | "billiard.pool"
                | "multiprocessing.context"
                | "concurrent"
                | "concurrent.futures"
                | "concurrent.futures.process"
                | "concurrent.futures.interpreter"
                | "torch"
                | "functools"
        )
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
    fn every_target_has_one_row() {
        for (i, row) in API_TABLE.iter().enumerate() {
            assert!(
                API_TABLE[i + 1..]
                    .iter()
                    .all(|other| other.target != row.target),
                "{:?} has two rows",
                row.target
            );
        }
    }
}
