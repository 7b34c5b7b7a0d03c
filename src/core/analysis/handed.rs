//! Pools handed to a function of another file: `pmap(pool, fn, xs)` in `pkg/par.py`, which
//! imports nothing from `multiprocessing`, hands `fn` to processes only when its caller passes
//! a process pool for `pool`, and that caller is in another file.
//!
//! Within one file a parameter takes the value its callers agree on
//! (`values::annotations`); across files the run carries it:
//!
//! ```text
//! # main.py (first look)                      # pkg/par.py (picked, assuming `pool` a Pool)
//! from pkg.par import pmap                    def pmap(pool, fn, xs):
//! with multiprocessing.Pool(2) as p:              return pool.map(fn, xs)   # a site
//!     pmap(p, lambda x: x + k, xs)            # -> `pmap` a wrapper of `Pool.map`, on the
//!     # -> `HandedPool { pkg.par.pmap, 0 }`   #    condition that `pool` is a handed pool
//! ```
//!
//! 1. The first look at a file lists the calls of an imported function that pass a process
//!    pool or executor (`handed_pools`), by the function's dotted path as the file spells
//!    it and the argument's slot.
//! 2. The run (`run::wrappers`) finds the file that defines the function and analyses it
//!    again with those parameters assumed to hold such a pool (`Options::handed_pools`,
//!    `Evaluator::assumed_pool`), so that its wrappers are inferred and exported as usual.
//! 3. The parameter's condition is `Test::HandedPool`, stricter than `Test::ProcessPool`: a
//!    call of the wrapper is a site only when it passes a process pool there. A thread pool or
//!    a value the evaluator cannot see keeps the call as it was before, no site, since the
//!    pool's kind was never known for it.
//!
//! A pool passed to a class (`Runner(ex)`) is listed the same way, by the class's path; its
//! constructor's parameter is assumed to hold it, and `kept_pools` judges the calls of the
//! methods that hand their callable to it by the instance they are called on.

use std::collections::HashMap;
use std::ptr;

use tree_sitter::Node;

use super::api::{self, Class, Target, described_by_table};
use super::inferred::{module_statement, parameter_slot};
use super::kept_pools::{Factory, returning_call};
use super::values::{Evaluator, Value};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// A process pool passed to a function of another module, or the assumption that the
/// function's parameter holds one: the function's dotted path, the slot the pool takes in a
/// call (a position or a keyword, as the caller passed it) and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandedPool {
    /// The function's dotted path (`pkg.par.pmap`); in a caller's exports, as its import
    /// spells it (`.par.pmap` for a relative one, which the run resolves), or a bare name
    /// for a class of the caller's own file (`Runner`), which the run names by its module.
    pub function: String,
    pub position: Option<usize>,
    pub keyword: Option<String>,
    pub held: Held,
}

/// What a caller passes: an instance of a process-backed class (`Pool(2)`; `fork` when a fork
/// context made it, whose pool still pickles every task, as `Value::Instance` says), or of a
/// class of the run with wrapper methods, by its dotted path (`par.Parallel`, whose `map`
/// hands its callable to a pool), or a process pool's bound method (dask's
/// `get_async(pool.apply_async, fn, ...)`, whose parameter is then called as the method is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Held {
    Pool {
        class: Class,
        fork: bool,
    },
    Object(String),
    /// A process pool's class handed to a class's constructor (`Runner(ProcessPoolExecutor)`),
    /// which keeps it to make its pools with (`self.executor_cls(2)`). A function handed a
    /// class reads it as any pool-class parameter (`choices::pool_parameter`), so only a
    /// constructor's parameter is assumed to hold it (`Evaluator::assumed_pool`).
    PoolClass {
        class: Class,
        fork: bool,
    },
    Method {
        class: Class,
        method: &'static str,
    },
    /// No pool: a callable the caller's site pickles to the function, which a process runs
    /// as its worker (`Process(target=run_task, args=(lambda: k, x))` with `run_task`
    /// imported). The function's file says what the worker does with what it is given at
    /// that slot (`exports`, `UserKind::Worker`), so that the lift may bind captures in a
    /// `functools.partial` there (`arguments::worker_refusal`).
    Callable,
    /// No pool: the caller hands the module-level name itself to a process API
    /// (`pool.map(SQUARE, xs)` with `SQUARE` imported), which pickles it by reference. A
    /// lambda bound to it fails there (`attribute lookup <lambda> on pkg.fns failed`) and is
    /// lifted in its own file (`imported_names`). `api` names the API as the caller's
    /// diagnostics would (`Pool.map`, without backticks), `by` the caller's file as the run
    /// shows it.
    Name {
        api: String,
        by: String,
        part: NamePart,
    },
    /// No pool: the caller decorates a function that may hand its callable over with the
    /// function, written bare (`@experimental` imported from `pkg.utils`), which keeps it no
    /// wrapper unless the decorator passes every argument on (`values::transparent`). The
    /// decorator's file says whether it does (`exports`, `UserKind::Transparent`).
    Decorator,
    /// No pool: a class of the caller subclasses the class (`function`), overriding one of
    /// its methods with a pool factory (`def _executor(self): return ProcessPoolExecutor(2)`
    /// over an abstract `Dispatcher._executor`), so that the class's methods that use it may
    /// be template methods. The class's file, which the prefilter may have passed over (an
    /// abstract hook names no pool), says what they are (`exports`, `TEMPLATE`).
    Base,
}

/// What a caller hands over of a module-level name of another file (`Held::Name`): the name's
/// value (`pool.map(SQUARE, xs)`, `fns.F`), the entry of a table it is at a literal key
/// (`fns.OPS["sq"]`, `steps[0]`), any of its entries (`fns.OPS[name]`), or what a call of the
/// function it names returns (`pool.map(transforms.scaler(3), xs)`), a closure for a factory
/// of closures.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NamePart {
    Whole,
    Entry(String),
    AnyEntry,
    Returned,
}

impl NamePart {
    /// Whether the part is an entry of a table the name holds.
    pub fn is_entry(&self) -> bool {
        matches!(self, NamePart::Entry(_) | NamePart::AnyEntry)
    }
}

impl HandedPool {
    /// What tells one request from another for the run (`run::handed`): the function, the
    /// slot, for a name the part of it handed over, and whether a pool's class is handed
    /// (which the slot may also take a pool beside).
    pub fn request(
        &self,
    ) -> (
        String,
        Option<usize>,
        Option<String>,
        Option<NamePart>,
        bool,
    ) {
        let part = match &self.held {
            Held::Name { part, .. } => Some(part.clone()),
            _ => None,
        };
        let class = matches!(self.held, Held::PoolClass { .. });
        let keyword = self.keyword.clone();
        (self.function.clone(), self.position, keyword, part, class)
    }
}

/// The calls among `calls` of an imported function, outside the API table, that pass an
/// instance of a process-backed class by position or keyword.
/// Only the calls in a function (or class, or the module) whose text names a word through
/// which the file can make a pool are read (`Evaluator::may_make_pools_in`): most calls of
/// imported functions are in code that has nothing to do with pools.
pub fn handed_pools(eval: &Evaluator<'_>, calls: &[Node<'_>]) -> Vec<HandedPool> {
    let mut names_pools: HashMap<ScopeId, bool> = HashMap::new();
    let mut found: Vec<HandedPool> = calls
        .iter()
        .filter(|call| {
            let scope = eval.model.scope_at(call.start_byte());
            *names_pools
                .entry(scope)
                .or_insert_with(|| eval.may_make_pools_in(scope))
        })
        .flat_map(|call| handed_at(eval, *call))
        .collect();
    found.sort_by(|a, b| a.key().cmp(&b.key()));
    found.dedup();
    found
}

impl HandedPool {
    /// What orders a file's list: the function, then the slot (the class follows from them
    /// within one call, and two calls passing two classes keep both).
    fn key(&self) -> (&str, Option<usize>, Option<&str>, String) {
        let held = format!("{:?}", self.held);
        (&self.function, self.position, self.keyword.as_deref(), held)
    }
}

/// The pools one call hands over, when it calls an imported function. The arguments that may
/// be a pool by their text (`Evaluator::may_be_pool`) are found first, since evaluating every
/// argument of every call of an imported function costs more than the rest of the analysis.
fn handed_at(eval: &Evaluator<'_>, call: Node<'_>) -> Vec<HandedPool> {
    let (Some(function), Some(arguments)) = (call.field("function"), call.field("arguments"))
    else {
        return Vec::new();
    };
    if arguments.kind_name() != "argument_list" || arguments.named_child_count() == 0 {
        return Vec::new();
    }
    let scope = eval.model.scope_at(call.start_byte());
    let own = own_class(eval, function, scope).or_else(|| {
        // `super().__init__(ProcessPoolExecutor)` in a subclass's constructor hands the pool
        // to the base's, as a call of the base would.
        let base = eval.super_init_base(function, scope)?;
        let name = eval.model.scope(base).name.as_deref()?;
        let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
            return None;
        };
        Some(eval.model.binding(*only).statement)
    });
    let factory = match own {
        Some(_) => None,
        None => returning_call(eval, call, scope),
    };
    if own.is_none() && factory.is_none() && !names_an_import(eval, function, scope) {
        return Vec::new();
    }
    let passed = slots(eval, arguments);
    let maybe: Vec<_> = passed
        .into_iter()
        .filter(|(_, _, value)| eval.may_be_pool(*value, scope))
        .collect();
    if maybe.is_empty() {
        return Vec::new();
    }
    if let Some(factory) = factory {
        return through_factory(eval, &factory, &maybe);
    }
    let path = match own {
        Some(statement) => own_class_path(eval, statement),
        None => imported_function(eval, function, scope),
    };
    let Some(path) = path else {
        return Vec::new();
    };
    maybe
        .into_iter()
        .filter_map(|(position, keyword, value)| {
            Some(HandedPool {
                function: path.clone(),
                position,
                keyword,
                held: held_by(eval, value, scope)?,
            })
        })
        .collect()
}

/// Each argument of a call that may be a pool by its form, with its slot: a position, or a
/// keyword. None after a splat, which may shift the slots.
fn slots<'t>(
    eval: &Evaluator<'t>,
    arguments: Node<'t>,
) -> Vec<(Option<usize>, Option<String>, Node<'t>)> {
    let mut found = Vec::new();
    let mut cursor = arguments.walk();
    let mut position = 0;
    for argument in arguments.named_children(&mut cursor) {
        let (at, keyword, value) = match argument.kind_name() {
            "comment" => continue,
            "list_splat" | "dictionary_splat" => break,
            "keyword_argument" => {
                let name = argument.field("name");
                let keyword = name.map(|name| eval.text(name).to_string());
                (None, keyword, argument.field("value"))
            }
            _ => {
                position += 1;
                (Some(position - 1), None, Some(argument))
            }
        };
        let form = |value: &Node<'_>| {
            matches!(
                value.kind_name(),
                "identifier" | "attribute" | "call" | "parenthesized_expression" | "lambda"
            )
        };
        if let Some(value) = value.filter(form) {
            found.push((at, keyword, value));
        }
    }
    found
}

/// The dotted path of the module-level class of this file that `node` names (`Runner` in
/// `Runner(ex)`), bound once: a pool its own file hands it is followed as one another file
/// hands it, by analysing the file again with the constructor's parameter assumed to hold
/// it (`kept_pools` then judges each call of its methods by its construction).
fn own_class(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> Option<TextRange> {
    module_statement(eval, node, scope, BindingKind::ClassDef)
}

/// How a file names a class of its own in its list: its bare name, without a dot, which no
/// import gives (`imported_function` needs a module), so the run names it with the file's
/// own module. None for a class with methods declared to the file (`--api`), whose
/// declarations say how they hand their callable over.
fn own_class_path(eval: &Evaluator<'_>, statement: TextRange) -> Option<String> {
    let class = eval.model.scope_created_by(statement)?;
    let name = eval.model.scope(class).name.clone()?;
    (!eval.declares_methods_of(class)).then_some(name)
}

/// The pools a call of a factory of this file hands to its own class (`build(ex)` for `def
/// build(executor): return Runner(executor)`): each argument of the class's call that is the
/// factory's parameter, in a slot where this call passes a pool.
fn through_factory(
    eval: &Evaluator<'_>,
    factory: &Factory<'_, Node<'_>>,
    passed: &[(Option<usize>, Option<String>, Node<'_>)],
) -> Vec<HandedPool> {
    let Some(path) =
        own_class(eval, factory.class, factory.scope).and_then(|c| own_class_path(eval, c))
    else {
        return Vec::new();
    };
    slots(eval, factory.inner)
        .into_iter()
        .filter(|(_, _, value)| value.kind_name() == "identifier")
        .filter_map(|(position, keyword, value)| {
            let name = eval.text(value);
            let [only] = eval.model.bindings_of(factory.scope, name) else {
                return None;
            };
            if eval.model.binding(*only).kind != BindingKind::Parameter {
                return None;
            }
            let (_, at, named) = parameter_slot(eval, factory.def, name, 0)?;
            let (_, _, given) = passed
                .iter()
                .find(|(p, k, _)| (p.is_some() && *p == at) || (k.is_some() && *k == named))?;
            Some(HandedPool {
                function: path.clone(),
                position,
                keyword,
                held: held_by(eval, *given, factory.outer_scope)?,
            })
        })
        .collect()
}

/// Whether the name `node` starts with (`pmap`, `par` of `par.pmap`) is bound only by an
/// import where the call reads it: a test that allocates nothing, before `imported_function`.
fn names_an_import(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let mut root = node;
    while root.kind_name() == "attribute" {
        let Some(object) = root.field("object") else {
            return false;
        };
        root = object;
    }
    if root.kind_name() != "identifier" {
        return false;
    }
    let name = eval.text(root);
    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
        return false;
    };
    matches!(eval.model.bindings_of(owner, name), [only]
        if matches!(eval.model.binding(*only).kind, BindingKind::Import { .. }))
}

/// The dotted path of the imported function `node` names, when it is not in a module the API
/// table describes (those are sites, or known not to be); relative as the import spells it
/// (`.ops.run` for `from . import ops`, then `ops.run`; `.run` for `from . import run`, a
/// name of the package's `__init__.py`).
pub(super) fn imported_function(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    let path = import_path(eval, node, scope)?;
    let module = path.rsplit_once('.').map_or("", |(module, _)| module);
    // A relative path names a module of the run, never one the table describes.
    let outside = path.starts_with('.') || (!module.is_empty() && !described_by_table(module));
    outside.then_some(path)
}

/// The dotted path `node` names through the one import that binds its first name.
fn import_path(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> Option<String> {
    match node.kind_name() {
        "identifier" => {
            let name = eval.text(node);
            let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
                return None;
            };
            let [only] = eval.model.bindings_of(owner, name) else {
                return None;
            };
            let BindingKind::Import { module, member } = &eval.model.binding(*only).kind else {
                return None;
            };
            Some(match member {
                // `from . import ops` names `.ops`, `from .. import ops` `..ops`.
                Some(member) if module.chars().all(|c| c == '.') => format!("{module}{member}"),
                Some(member) => format!("{module}.{member}"),
                None => module.clone(),
            })
        }
        "attribute" => {
            let object = import_path(eval, node.field("object")?, scope)?;
            let attribute = eval.text(node.field("attribute")?);
            Some(format!("{object}.{attribute}"))
        }
        _ => None,
    }
}

/// What `node` is, when it is a process pool or executor, an instance of a class of the
/// run whose methods hand their callable to one, or a method of the table's process pools
/// (`pool.apply_async`, `submit` bound once to `executor.submit`; never a fork context's,
/// which `Value` does not make a `Function`).
///
/// A callable that makes a pool when called without arguments is held as its class is: a
/// factory (`functools.partial(ProcessPoolExecutor, 2)`, a `def` returning one) or a lambda
/// (`lambda: ProcessPoolExecutor(2)`), which `Runner(executor_factory=...)` keeps to call.
fn held_by(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> Option<Held> {
    if let Some((class, fork)) = super::choices::lambda_pool(eval, node) {
        return Some(Held::PoolClass { class, fork });
    }
    match eval.eval(node, scope) {
        Value::Instance { class, fork } => Some(Held::Pool { class, fork }),
        Value::Class { class, fork } | Value::Factory { class, fork }
            if class != Class::Process =>
        {
            Some(Held::PoolClass { class, fork })
        }
        Value::Declared(class) => Some(Held::Object(class)),
        Value::OwnInstance(class) => eval.own_class_path(class).map(Held::Object),
        Value::Function(row) => match row.target {
            Target::Method(class)
                if api::method(class, row.name).is_some_and(|r| ptr::eq(r, row)) =>
            {
                Some(Held::Method {
                    class,
                    method: row.name,
                })
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{HandedPool, Held};
    use crate::core::analysis::analyze_exporting;
    use crate::core::analysis::api::Class;
    use crate::core::options::Options;

    fn handed(source: &str) -> Vec<HandedPool> {
        let tree = crate::core::parse::parse(source).expect("test source parses");
        let (_, exports) =
            analyze_exporting(&tree, source, &Options::default()).expect("shallow source");
        exports.handed_pools
    }

    #[test]
    fn a_process_pool_passed_to_an_imported_function_is_listed_by_its_slot() {
        let source = "import multiprocessing\nfrom pkg.par import pmap\nfrom . import ops\n\n\
            def main(k):\n    with multiprocessing.Pool(2) as p:\n        pmap(p, len, [1])\n\
            \x20       ops.run(len, pool=p)\n";
        let found = handed(source);
        let pool = Held::Pool {
            class: Class::Pool,
            fork: false,
        };
        assert_eq!(
            found,
            vec![
                HandedPool {
                    function: ".ops.run".into(),
                    position: None,
                    keyword: Some("pool".into()),
                    held: pool.clone(),
                },
                HandedPool {
                    function: "pkg.par.pmap".into(),
                    position: Some(0),
                    keyword: None,
                    held: pool,
                },
            ]
        );
    }

    #[test]
    fn thread_pools_builtins_table_apis_and_splats_are_not() {
        let source = "from multiprocessing.pool import ThreadPool\nimport multiprocessing\n\
            from pkg.par import pmap\n\ndef main(args):\n    with ThreadPool(2) as t:\n\
            \x20       pmap(t, len, [1])\n    with multiprocessing.Pool(2) as p:\n\
            \x20       print(p)\n        pmap(*args, p)\n\
            \x20       multiprocessing.Process(target=len, args=(p,))\n";
        assert_eq!(handed(source), Vec::new());
    }
}
