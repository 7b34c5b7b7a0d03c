//! Factories: functions and methods that return a process pool or executor, so that what they
//! return is one.
//!
//! ```text
//! def make_pool(n):                      # every `return` gives a Pool -> a factory of Pool
//!     return Pool(n)
//!
//! with make_pool(2) as pool:             # `make_pool(2)` is a Pool instance, and
//!     pool.map(lambda x: x * k, xs)      # `pool.map` a site like any other
//! ```
//!
//! A `def` is a factory when it is plain (undecorated but for `@staticmethod` or
//! `@classmethod` in a class, not `async`, not a generator: each of those returns something
//! else than its `return` values) and its `return` values agree on an
//! instance of the table's classes, as `values::agreed` decides for any name bound in several
//! places: a `return None` gives way, and so does a value the run cannot tell (a call of
//! an unknown function). A thread pool the program names on one path (`return
//! ThreadPoolExecutor(2)`, or a local bound to one, `with ThreadPool(2) as p: yield p`)
//! makes it no factory when a test of its parameters or locals picks the path: a call of it
//! may run its tasks in threads, and the call's arguments, which are not read here, say which
//! path it takes. Picked by a test of anything else (`if settings.USE_PROCESSES: return
//! Pool(n)`, `sys.platform`, the environment), which no call rules out, its process pool is
//! what it returns, as a wrapper's choice is a site unless an argument refutes it
//! (`choices`), `process_returns`. So does another object than the one instance of the project's
//! class it returns elsewhere (`return Threads()` beside `return Procs()`). What a factory returns keeps
//! its fork context: `get_context("fork").Pool(n)` returns a pool whose `Process` targets are
//! inherited, whose tasks are still pickled, as for the direct call. A method returning what
//! its class stores (`return self._pool`, set in `__init__`) is one too, read through
//! `self.<name>()` in the class or on an instance of a class with wrapper methods.
//!
//! A `def` is read as a factory only where a call of it is evaluated as a value (a receiver,
//! a `with` item, an assignment), not wherever its name is: the sites evaluate the function of
//! every call in a file, and reading the returns of every function called would cost a whole
//! run more than the factories it finds.

use std::sync::OnceLock;

use tree_sitter::Node;

use super::partials::interned_conditions;
use super::{Called, Evaluator, Value, agreed, sole_decorator};
use crate::core::analysis::api::Target;
use crate::core::analysis::callables::unparenthesize;
use crate::core::analysis::choices::thread_pool;
use crate::core::analysis::conditions::Condition;
use crate::core::analysis::inferred::{conditions_of_made, conditions_to};
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::node::NodeExt;
use crate::core::parse::{kind_in, kind_table};
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

impl<'a> Evaluator<'a> {
    /// The factory `function` names when it is a `def` of this file that is one (`make_pool`,
    /// or `self.pool` in a method of the class that defines `pool`); else `Unknown`.
    pub(in crate::core::analysis) fn called_factory(
        &self,
        function: Node<'a>,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let def = match function.kind_name() {
            "identifier" => self.function_named(self.text(function), scope),
            "attribute" => function
                .field("object")
                .filter(|object| object.kind_name() == "identifier")
                .and_then(|object| self.method_class(self.text(object), scope))
                .zip(function.field("attribute"))
                .and_then(|(class, name)| self.only_def(class, self.text(name))),
            _ => None,
        };
        def.and_then(|id| self.factory(id, depth))
            .unwrap_or(Value::Unknown)
    }

    /// The factory a method called on an instance of a module-level class of this file is
    /// (`ds.map` with `ds = Dataset(rows)`, whose `map` returns `Dataset(...)`), when the class
    /// defines it itself.
    pub(super) fn instance_method_factory(
        &self,
        function: Node<'a>,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let (Some(object), Some(name)) = (function.field("object"), function.field("attribute"))
        else {
            return Value::Unknown;
        };
        if function.kind_name() != "attribute" {
            return Value::Unknown;
        }
        let Value::OwnInstance(class) = self.eval_depth(object, scope, depth + 1) else {
            return Value::Unknown;
        };
        self.only_def(class, self.text(name))
            .and_then(|id| self.factory(id, depth))
            .unwrap_or(Value::Unknown)
    }

    /// Whether the class `class` has a method that gives a process pool or executor
    /// (`pool_member`). Its instances are then worth following (`classes::own_class`).
    pub(in crate::core::analysis) fn provides_pools(&self, class: ScopeId) -> bool {
        let scope = self.model.scope(class);
        self.may_make_pools(class)
            && scope.bindings.values().any(|ids| match ids.as_slice() {
                [only] => self.pool_member(*only).is_some(),
                _ => false,
            })
    }

    /// Whether the text of `class` names one of the module-level imports through which code
    /// makes a pool or executor (a process module, class or context, or a declared API), or
    /// says `pool` or `executor` (`make_pool()`, a factory of this file, mostly does): else
    /// its methods are not read. Most classes of the files analysed hold no pool, and reading
    /// each method's returns would cost a whole run more than the members it finds; a factory
    /// named otherwise, or a pool every caller passes in, is missed, never wrongly found.
    pub(in crate::core::analysis) fn may_make_pools(&self, class: ScopeId) -> bool {
        self.names_pool_words(self.model.scope(class).range)
    }

    /// Whether the source in `range` holds one of the words of `may_make_pools`; a method
    /// that gives a pool names one as well as its class does.
    pub(super) fn names_pool_words(&self, range: TextRange) -> bool {
        let words = self.pool_words.get_or_init(|| self.module_pool_words());
        let text = self
            .source
            .as_bytes()
            .get(range.start..range.end)
            .unwrap_or_default();
        words.iter().any(|word| word.find(text).is_some())
    }

    /// The module-level names bound by an import the evaluator knows (a process module,
    /// class, context or declared API), and the words `pool` and `executor` in either case.
    fn module_pool_words(&self) -> Vec<memchr::memmem::Finder<'static>> {
        let module = self.model.scope(SemanticModel::MODULE);
        let mut words: Vec<String> = ["pool", "Pool", "executor", "Executor"]
            .map(str::to_string)
            .to_vec();
        for (name, ids) in &module.bindings {
            let known = ids.iter().any(|&id| {
                matches!(self.model.binding(id).kind, BindingKind::Import { .. })
                    && self.eval_binding(id, 1) != Value::Unknown
            });
            if known {
                words.push(name.clone());
            }
        }
        // Searched once per scope or binding a site looks at: a searcher built once each.
        words
            .iter()
            .map(|word| memchr::memmem::Finder::new(word.as_bytes()).into_owned())
            .collect()
    }

    /// What the method `id` of a class gives when it gives a process pool or executor: the
    /// `Instance` a property's `return`s agree on (`r.pool`), or the `Factory` a plain method
    /// is (`r.make()`); else `None`.
    pub(in crate::core::analysis) fn pool_member(&self, id: BindingId) -> Option<Value> {
        let binding = self.model.binding(id);
        if binding.kind != BindingKind::FunctionDef || !self.names_pool_words(binding.statement) {
            return None;
        }
        match self.eval_binding(id, 1) {
            value @ Value::Instance { .. } => Some(value),
            _ => self.factory(id, 1),
        }
    }

    /// The `def` the name `name` is bound to, once, as read from `scope`.
    pub(super) fn function_named(&self, name: &str, scope: ScopeId) -> Option<BindingId> {
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return None;
        };
        self.only_def(found, name)
    }

    /// The binding of `name` in `scope` when it is bound there once, by a `def`.
    fn only_def(&self, scope: ScopeId, name: &str) -> Option<BindingId> {
        let [only] = self.model.bindings_of(scope, name) else {
            return None;
        };
        (self.model.binding(*only).kind == BindingKind::FunctionDef).then_some(*only)
    }

    /// The factory the `def` of binding `id` is: `Value::Factory` when it returns instances of
    /// one process class, else `None`. Each `def` is read once per set of inferred wrappers; one
    /// being read counts as none, which cuts recursion (`def f(): return f()`).
    pub(in crate::core::analysis) fn factory(&self, id: BindingId, depth: usize) -> Option<Value> {
        // A decorated function's statement is its `decorated_definition`: a factory only under
        // `@contextmanager` (`read_manager`).
        self.cached_factory(id, || {
            self.read_factory(
                self.statement_node(self.model.binding(id).statement)?,
                depth,
            )
        })
    }

    /// `factory` for the binding `id` of the `def` node `def`, already at hand (a module's
    /// statements, for its exports).
    pub(in crate::core::analysis) fn factory_at(
        &self,
        id: BindingId,
        def: Node<'a>,
    ) -> Option<Value> {
        self.cached_factory(id, || self.read_factory(def, 0))
    }

    fn cached_factory(&self, id: BindingId, read: impl FnOnce() -> Option<Value>) -> Option<Value> {
        if let Some(known) = self.factories.borrow().get(&id) {
            return known.clone();
        }
        self.factories.borrow_mut().insert(id, None);
        let found = read();
        self.factories.borrow_mut().insert(id, found.clone());
        found
    }

    fn read_factory(&self, def: Node<'a>, depth: usize) -> Option<Value> {
        let def = match def.kind_name() {
            "decorated_definition" => match self.factory_method(def) {
                Some(method) => method,
                // Under decorators that hand the call on and its result back (a cache,
                // `@functools.lru_cache` on a singleton `get_executor()`, or a transparent
                // decorator of the run), the function's own returns are what a call gives.
                None => match def
                    .field("definition")
                    .filter(|d| self.called_as(*d) == Some(Called::Plain))
                {
                    Some(plain) => plain,
                    None => return self.read_manager(def, depth),
                },
            },
            _ => def,
        };
        if def.kind_name() != "function_definition" || is_async(def) || may_yield(self.source, def)
        {
            return None;
        }
        let body = def.field("body")?;
        let scope = self.model.scope_at(body.start_byte());
        if self.model.scope(scope).kind != ScopeKind::Function {
            return None;
        }
        let returned = returned_values(body);
        if let Some(class) = self.returns_own_instance(def, scope, &returned) {
            return Some(Value::ObjectFactory(Box::new(Value::OwnInstance(class))));
        }
        // Only these kinds of expression can evaluate to an instance; most functions return
        // something else, and are settled before any evaluation.
        let may_be_instance = |value: &Node<'_>| {
            matches!(
                value.kind_name(),
                "identifier"
                    | "attribute"
                    | "call"
                    | "conditional_expression"
                    | "boolean_operator"
                    | "parenthesized_expression"
                    | "subscript"
            )
        };
        if !returned.iter().flatten().any(may_be_instance) {
            return None;
        }
        if returned
            .iter()
            .flatten()
            .any(|value| self.passes_parameter(*value, scope, 0))
        {
            return None;
        }
        // A call of the function itself gives what its other returns give (`if kind ==
        // "cpu": return make_executor("process")`); which of them is for its conditions to say.
        let (recursive, returned): (Vec<_>, Vec<_>) = returned
            .into_iter()
            .partition(|value| value.is_some_and(|value| self.calls_itself(def, value, scope)));
        let (returned, chosen) = self.process_returns(body, scope, returned)?;
        let values = returned
            .iter()
            .map(|value| match value {
                Some(value) => self.eval_depth(*value, scope, depth + 1),
                None => Value::None,
            })
            .collect::<Vec<_>>();
        match agreed(values.iter().cloned()) {
            Value::Instance { class, fork } if chosen => {
                let made = returned
                    .iter()
                    .zip(&values)
                    .filter(|(_, value)| matches!(value, Value::Instance { .. }))
                    .filter_map(|(value, _)| *value);
                let conditions = self.choosing_conditions(def, made, &recursive, scope)?;
                Some(Value::ChoosingFactory {
                    class,
                    fork,
                    conditions,
                })
            }
            // What else a test of the arguments picks is not judged by them.
            _ if chosen => None,
            Value::Instance { class, fork } => Some(Value::Factory { class, fork }),
            Value::Context { fork } => Some(Value::ContextFactory { fork }),
            // Another object on some path (`return Threads()` beside `return Procs()`) has
            // other methods: the call's object is not known.
            instance @ (Value::OwnInstance(_) | Value::Declared(_))
                if values.iter().all(|v| *v == Value::None || *v == instance) =>
            {
                Some(Value::ObjectFactory(Box::new(instance)))
            }
            // Unless a test of its parameters picks it (`return ProcessRunner() if kind ==
            // "process"`, `return ThreadRunner()` else): then a call gets it unless its
            // arguments refute the test, and something not known to hand anything to
            // processes when they do.
            instance @ (Value::OwnInstance(_) | Value::Declared(_))
                if values
                    .iter()
                    .all(|v| matches!(v, Value::None | Value::Unknown) || *v == instance)
                    && self.tests_locals(body, scope) =>
            {
                let made = returned
                    .iter()
                    .zip(&values)
                    .filter(|(_, value)| **value == instance)
                    .filter_map(|(value, _)| *value);
                let conditions = self.choosing_conditions(def, made, &[], scope)?;
                // A call of it is judged by its own arguments alone (`Evaluator::eval`): what
                // a method's instance keeps is not.
                (!conditions.iter().any(|condition| condition.kept)).then(|| {
                    Value::ChoosingObjectFactory {
                        instance: Box::new(instance),
                        conditions,
                    }
                })
            }
            // A closure factory (`def make_mapper(n)` returning its nested `pmap`, a wrapper
            // over the pool it closes over): a call of it makes that wrapper. Only the
            // project's wrappers (a row that says where it hands over) and the bound methods
            // of a pool or executor (`return pool.map`, `return _POOL.imap`), on every path.
            Value::Function(row)
                if (row.via.is_some() || matches!(row.target, Target::Method(_)))
                    && values
                        .iter()
                        .all(|v| *v == Value::None || *v == Value::Function(row)) =>
            {
                Some(Value::ObjectFactory(Box::new(Value::Function(row))))
            }
            _ => None,
        }
    }

    /// The returns of the function of scope `function` (body `body`) that give what a call of
    /// it is, when some may give a thread pool (`return ThreadPool(n)`, `return Pool(n) if
    /// settings.PROCESSES else ThreadPool(n)`): what the function picks by a test that reads
    /// none of its parameters or locals (a setting of a module, `sys.platform`, the
    /// environment) a call cannot rule out, so the process pool's returns (and the process
    /// branch of a conditional expression) stand for it, a site being reported as for a
    /// wrapper's choice that no argument refutes (`choices`). A test of a parameter or a local
    /// is one each call decides: the process pool's returns too, and `true` beside them, for
    /// the factory to say which arguments pick them (`choosing_conditions`). All of
    /// `returned`, and `false`, when none is a thread pool.
    fn process_returns(
        &self,
        body: Node<'a>,
        function: ScopeId,
        returned: Vec<Option<Node<'a>>>,
    ) -> Option<(Vec<Option<Node<'a>>>, bool)> {
        let threads: Vec<bool> = returned
            .iter()
            .map(|value| value.is_some_and(|value| self.may_give_thread_pool(value, function)))
            .collect();
        if !threads.contains(&true) {
            return Some((returned, false));
        }
        // A factory that another picks with a test of what this one passes it (`return
        // _build(kind.lower())`) is picked by this function's own arguments.
        let handed_on = |value: Node<'a>| self.chooses_by_locals(value, function);
        let chosen =
            self.tests_locals(body, function) || returned.iter().flatten().any(|v| handed_on(*v));
        // What a test of the parameters picks is judged by the conditions on the way to the
        // process pools kept here: each part left out must be a thread pool outright, or a
        // call that reaches a left-out process pool would be refuted.
        let threads_only = |node: Node<'a>| !chosen || thread_pool(self, node, function);
        let mut kept = Vec::new();
        for (value, thread) in returned.into_iter().zip(threads) {
            match (value, thread) {
                (value, false) => kept.push(value),
                (Some(value), true) if handed_on(value) => kept.push(Some(value)),
                (Some(value), true) if threads_only(value) => {}
                (Some(value), true) => match self.process_branch(value, function) {
                    Some((branch, other)) if threads_only(other) => kept.push(Some(branch)),
                    Some(_) if chosen => return None,
                    None if chosen => return None,
                    _ => {}
                },
                (None, true) => {}
            }
        }
        kept.iter().any(Option::is_some).then_some((kept, chosen))
    }

    /// The conditions on the parameters of `function` (whose `def` is `def`) under which it
    /// reaches the process pools it returns (`made`): those on the way to each of them that
    /// all share (`inferred::conditions_to`). In a plain method, a test of what its instance
    /// keeps from its constructor (`if self.use_processes:`) is a `kept` condition, judged by
    /// the call that made the instance. `None` when they share none (the thread pool may then
    /// be returned whatever the call passes, and which one a call gets is not known), and for
    /// a class method or a property.
    ///
    /// The ways to a process pool are the returns `made`, and each call of the function
    /// itself among `recursive` whose arguments some of those ways' conditions all allow
    /// (`return make_executor("process")`). What each way tests for equality with values of
    /// its own counts too, as a test of equality with any of them (`Condition::implied_by_each`).
    fn choosing_conditions(
        &self,
        def: Node<'a>,
        made: impl Iterator<Item = Node<'a>>,
        recursive: &[Option<Node<'a>>],
        function: ScopeId,
    ) -> Option<&'static [Condition]> {
        let parent = self.model.scope(function).parent?;
        let skip = match self.model.scope(parent).kind {
            ScopeKind::Class => match self.called_as(def)? {
                Called::Plain => 1,
                Called::Static => 0,
                _ => return None,
            },
            _ => 0,
        };
        let mut paths: Vec<Vec<Condition>> = made
            .map(|value| conditions_of_made(self, value, function, skip))
            .collect();
        let made_paths = paths.len();
        for call in recursive.iter().flatten() {
            let allowed = unparenthesize(*call)
                .field("arguments")
                .filter(|arguments| !crate::core::parse::has_splats(*arguments))
                .is_none_or(|arguments| {
                    paths[..made_paths]
                        .iter()
                        .any(|path| !path.iter().any(|c| c.refutes(arguments, self.source)))
                });
            if allowed {
                paths.push(conditions_to(self, *call, function, skip));
            }
        }
        let shared = Condition::implied_by_each(&paths);
        (!shared.is_empty()).then(|| interned_conditions(shared))
    }

    /// Whether `value`, returned by `function`, is a call of `function` itself (by its name,
    /// in the scope that defines it once: `def` is its definition).
    fn calls_itself(&self, def: Node<'a>, value: Node<'a>, function: ScopeId) -> bool {
        let value = unparenthesize(value);
        let (Some(called), Some(name)) = (value.field("function"), def.field("name")) else {
            return false;
        };
        let Some(parent) = self.model.scope(function).parent else {
            return false;
        };
        value.kind_name() == "call"
            && called.kind_name() == "identifier"
            && self.text(called) == self.text(name)
            && self.model.resolve(function, self.text(called)) == Resolution::Scope(parent)
            && self.only_def(parent, self.text(name)).is_some()
    }

    /// Whether `value` calls a factory that makes a process pool under a test of what it is
    /// passed, and `function` passes a local of its own there (`_build(kind.lower())`).
    pub(super) fn chooses_by_locals(&self, value: Node<'a>, function: ScopeId) -> bool {
        let value = unparenthesize(value);
        value.kind_name() == "call"
            && crate::core::analysis::choices::facts_of_factory_call(self, value, function)
                .iter()
                .any(|fact| {
                    fact.read.kind_name() == "identifier"
                        && self.model.resolve(function, fact.name) == Resolution::Scope(function)
                })
    }

    /// The branch of the conditional expression `value` (`Pool(n) if flag else
    /// ThreadPool(n)`) that is no thread pool, when the other is one, with that other.
    fn process_branch(&self, value: Node<'a>, function: ScopeId) -> Option<(Node<'a>, Node<'a>)> {
        let value = unparenthesize(value);
        if value.kind_name() != "conditional_expression" {
            return None;
        }
        let (first, last) = (value.named_child(0)?, value.named_child(2)?);
        match (
            self.may_give_thread_pool(first, function),
            self.may_give_thread_pool(last, function),
        ) {
            (false, true) => Some((first, last)),
            (true, false) => Some((last, first)),
            _ => None,
        }
    }

    /// Whether a test in `body` (of an `if`, `elif`, `while`, conditional expression or
    /// `match`, nested functions aside) reads a name local to `function`, a parameter among
    /// them.
    fn tests_locals(&self, body: Node<'a>, function: ScopeId) -> bool {
        let mut tests = Vec::new();
        let mut stack = vec![body];
        while let Some(node) = stack.pop() {
            match node.kind_name() {
                "function_definition" | "class_definition" | "lambda" => continue,
                "if_statement" | "elif_clause" | "while_statement" => {
                    tests.extend(node.field("condition"));
                }
                "conditional_expression" => tests.extend(node.named_child(1)),
                "match_statement" => tests.extend(node.field("subject")),
                _ => {}
            }
            let mut cursor = node.walk();
            stack.extend(node.named_children(&mut cursor));
        }
        tests.into_iter().any(|test| {
            let mut stack = vec![test];
            while let Some(node) = stack.pop() {
                if node.kind_name() == "identifier"
                    && self.model.resolve(function, self.text(node)) == Resolution::Scope(function)
                {
                    return true;
                }
                let mut cursor = node.walk();
                stack.extend(node.named_children(&mut cursor));
            }
            false
        })
    }

    /// The class of the plain method `def` (of scope `scope`), not a special one, whose every
    /// `return` gives the instance it was called on (`return self`, a fluent setter's), which
    /// the method never binds again: calling it on an instance gives that instance back, so
    /// `Runner().workers(2).map(fn, xs)` reaches `Runner.map`.
    fn returns_own_instance(
        &self,
        def: Node<'a>,
        scope: ScopeId,
        returned: &[Option<Node<'a>>],
    ) -> Option<ScopeId> {
        let class = self.model.scope(scope).parent?;
        // A special method returning its instance (`__enter__`, `__iter__`, `__iadd__`) is
        // called by the language, not in a chain; `with` and loops read it their own way.
        let special = self
            .model
            .scope(scope)
            .name
            .as_deref()
            .is_some_and(|name| name.starts_with("__") && name.ends_with("__"));
        if special
            || self.model.scope(class).kind != ScopeKind::Class
            || returned.is_empty()
            || self.called_as(def) != Some(Called::Plain)
        {
            return None;
        }
        let first = def
            .field("parameters")?
            .named_child(0)
            .filter(|p| p.kind_name() == "identifier")?;
        let name = self.text(first);
        let all_self = returned.iter().all(|value| {
            value.is_some_and(|value| value.kind_name() == "identifier" && self.text(value) == name)
        });
        let [only] = self.model.bindings_of(scope, name) else {
            return None;
        };
        (all_self && self.model.binding(*only).kind == BindingKind::Parameter).then_some(class)
    }

    /// Whether the function `function` is a closure its factory returns: a plain `def`
    /// nested in a module-level function, bound there once, and given by one of that
    /// function's `return`s (`return pmap`). Such a function runs wherever the factory's
    /// callers call what it returned (`pmap = make_mapper(2)`), so it is a wrapper like a
    /// module-level one.
    pub(in crate::core::analysis) fn returned_closure(&self, function: ScopeId) -> bool {
        self.nested_def(function) && self.returned_by_parent(function)
    }

    /// Whether the function `function` is a plain `def` nested in a function and bound there
    /// once: a call in that function (or one nested in it) that reads its name runs the code
    /// read here (`def main(): def pmap(fn, xs): ...` then `pmap(lambda ..., xs)` in `main`).
    pub(in crate::core::analysis) fn nested_def(&self, function: ScopeId) -> bool {
        let scope = self.model.scope(function);
        let (Some(name), Some(parent)) = (scope.name.as_deref(), scope.parent) else {
            return false;
        };
        scope.kind == ScopeKind::Function
            && self.model.scope(parent).kind == ScopeKind::Function
            && self.only_def(parent, name).is_some()
    }

    /// Whether a `return` of the module-level function that `function` is nested in gives it.
    fn returned_by_parent(&self, function: ScopeId) -> bool {
        let scope = self.model.scope(function);
        let (Some(name), Some(parent)) = (scope.name.as_deref(), scope.parent) else {
            return false;
        };
        if self.model.scope(parent).parent != Some(SemanticModel::MODULE) {
            return false;
        }
        let Some(body) = self.scope_node(parent).and_then(|def| def.field("body")) else {
            return false;
        };
        returned_values(body)
            .into_iter()
            .flatten()
            .any(|value| value.kind_name() == "identifier" && self.text(value) == name)
    }
}

impl<'a> Evaluator<'a> {
    /// The context a parameter's default makes, when it is a call that gives one
    /// (`context=get_context("spawn")`, `ctx=_mp_ctx()` over a context factory): a call that
    /// leaves the parameter out runs on it. The `multiprocessing` module itself
    /// (pebble's `context=multiprocessing`) is read as a context that is not fork's, as its
    /// `Process` and `Pool` are. Other defaults are not read, since a caller may pass anything
    /// there and most defaults are no process value.
    pub(super) fn default_context(&self, id: BindingId, depth: usize) -> Option<Value> {
        let (default, outer) = self.parameter_default(id, |text| {
            text.contains('(') || text.contains("multiprocessing")
        })?;
        match self.eval_depth(default, outer, depth + 1) {
            context @ Value::Context { .. } if default.kind_name() == "call" => Some(context),
            Value::Module(path) if path == "multiprocessing" => {
                Some(Value::Context { fork: false })
            }
            _ => None,
        }
    }

    /// The default value of the parameter `id` and the scope it is evaluated in (the one the
    /// function is defined in), when the parameter's text passes `worth` (a cheap test before
    /// any node is looked up).
    fn parameter_default(
        &self,
        id: BindingId,
        worth: impl Fn(&str) -> bool,
    ) -> Option<(Node<'a>, ScopeId)> {
        let binding = self.model.binding(id);
        let text = self
            .source
            .get(binding.statement.start..binding.statement.end)?;
        if !worth(text) {
            return None;
        }
        let parameter = self.statement_node(binding.statement)?;
        if !matches!(
            parameter.kind_name(),
            "default_parameter" | "typed_default_parameter"
        ) {
            return None;
        }
        let default = unparenthesize(parameter.field("value")?);
        Some((default, self.model.scope(binding.scope).parent?))
    }

    /// The process pool, executor or `Process` class a parameter's default names
    /// (`executor_cls=ProcessPoolExecutor`), or a `functools.partial` of one
    /// (`factory=partial(ProcessPoolExecutor, max_workers=2)`): a call that leaves the
    /// parameter out makes its pool from it. A caller that passes a thread pool's class
    /// instead is no site (`choices::pool_parameter` says so of the parameter).
    pub(super) fn default_class(&self, id: BindingId, depth: usize) -> Option<Value> {
        let (default, outer) = self.parameter_default(id, |text| {
            ["Pool", "Executor", "Process"]
                .iter()
                .any(|word| text.contains(word))
        })?;
        if !matches!(default.kind_name(), "identifier" | "attribute" | "call") {
            return None;
        }
        match self.eval_depth(default, outer, depth + 1) {
            class @ (Value::Class { fork: false, .. } | Value::Factory { fork: false, .. }) => {
                Some(class)
            }
            _ => None,
        }
    }

    /// The value of a parameter whose default is the context `default`: what the calls of
    /// the file that leave it out get, joined with what the others pass, a fork context only
    /// when both are (each call is judged by what it passes, `choices::pool_parameter`).
    pub(super) fn context_or_callers(&self, default: Value, id: BindingId, depth: usize) -> Value {
        match (default, self.eval_from_callers(id, depth)) {
            (Value::Context { fork }, Value::Context { fork: passed }) => Value::Context {
                fork: fork && passed,
            },
            (default, _) => default,
        }
    }
}

impl<'a> Evaluator<'a> {
    /// A `def` under `@contextlib.contextmanager` alone (or an `async def` under
    /// `@contextlib.asynccontextmanager`) whose `yield`s agree on an instance of
    /// one process class (`values::agreed`, as for `return`s): calling it makes a context
    /// manager whose `with ... as` target is that instance, `Value::ManagerFactory`; or on a
    /// process API's function (`yield pool.map`), `Value::FunctionManagerFactory`.
    fn read_manager(&self, decorated: Node<'a>, depth: usize) -> Option<Value> {
        let def = decorated.field("definition")?;
        if !self.is_context_manager_def(def) {
            return None;
        }
        let body = def.field("body")?;
        let function = self.model.scope_at(body.start_byte());
        let yielded = yielded_values(body)?;
        if yielded.is_empty()
            || yielded.iter().any(|value| {
                self.passes_parameter(*value, function, 0)
                    || self.may_give_thread_pool(*value, function)
                    || method_owner(*value)
                        .is_some_and(|pool| self.may_give_thread_pool(pool, function))
            })
        {
            return None;
        }
        let values = yielded
            .into_iter()
            .map(|value| self.eval_depth(value, function, depth + 1));
        match agreed(values) {
            Value::Instance { class, fork } => Some(Value::ManagerFactory { class, fork }),
            // `yield pool.map` (a pool's bound method, `eval_attribute`), or a partial of one.
            Value::Function(row) => Some(Value::FunctionManagerFactory(row)),
            _ => None,
        }
    }

    /// Whether the `function_definition` `def` is under `@contextlib.contextmanager` alone (or
    /// an `async def` under `@contextlib.asynccontextmanager`): calling it keeps its
    /// arguments, and `with` runs its body up to the first `yield`.
    pub fn is_context_manager_def(&self, def: Node<'a>) -> bool {
        let Some(decorated) = def
            .parent()
            .filter(|p| p.kind_name() == "decorated_definition")
        else {
            return false;
        };
        let scope = self.model.scope_at(decorated.start_byte());
        let named = sole_decorator(decorated)
            .and_then(|decorator| decorator.named_child(0))
            .and_then(|expression| qualified_name(self, expression, scope));
        // `@asynccontextmanager` makes the same of an `async def`, for `async with`.
        def.kind_name() == "function_definition"
            && match named.as_deref() {
                Some("contextlib.contextmanager") => !is_async(def),
                Some("contextlib.asynccontextmanager") => is_async(def),
                _ => false,
            }
    }

    /// The `def` under `decorated` when it is a `@staticmethod` or `@classmethod` of a class:
    /// called on the class, it returns what its `return`s give (`Runner.create()` returning
    /// `cls(2)`, an instance of the class, see `classes::class_self`).
    fn factory_method(&self, decorated: Node<'a>) -> Option<Node<'a>> {
        let def = decorated.field("definition")?;
        let in_class = self
            .model
            .scope(self.model.scope_at(decorated.start_byte()))
            .kind
            == ScopeKind::Class;
        let called = self.called_as(def)?;
        (in_class && matches!(called, Called::Static | Called::ClassMethod)).then_some(def)
    }

    /// Whether the returned or yielded `value` may be a thread pool the program names: a call
    /// of one (`return ThreadPoolExecutor(2)`), an operand of a conditional expression or
    /// `or` that is one, or a local of `function` bound to one on some path (`with
    /// ThreadPool(2) as p: yield p`). The factory then gives a thread pool on that path:
    /// no factory when a call may pick it (`process_returns`).
    pub(super) fn may_give_thread_pool(&self, value: Node<'a>, function: ScopeId) -> bool {
        self.may_give_thread_pool_within(value, function, 0)
    }

    fn may_give_thread_pool_within(
        &self,
        value: Node<'a>,
        function: ScopeId,
        depth: usize,
    ) -> bool {
        let value = unparenthesize(value);
        let is_thread_pool = |node: Node<'a>| {
            thread_pool(self, node, function)
                || self.calls_thread_factory(node, function, depth)
                || self.calls_picked_thread_class(node, function)
        };
        if is_thread_pool(value) {
            return true;
        }
        if matches!(
            value.kind_name(),
            "conditional_expression" | "boolean_operator"
        ) {
            let mut cursor = value.walk();
            let operands: Vec<Node<'a>> = value.named_children(&mut cursor).collect();
            return operands.into_iter().any(is_thread_pool);
        }
        let name = self.text(value);
        value.kind_name() == "identifier"
            && self.model.resolve(function, name) == Resolution::Scope(function)
            && self.model.bindings_of(function, name).iter().any(|&id| {
                (self.model.binding(id).value)
                    .and_then(|range| self.node_at(range))
                    .is_some_and(is_thread_pool)
            })
    }

    /// Whether `node` calls a class picked at run time among others one of which is a thread
    /// pool's: through a local bound to a choice (`cls = ProcessPoolExecutor if backend ==
    /// "process" else ThreadPoolExecutor`, then `cls(2)`), or from a table (`_BACKENDS[backend]
    /// (max_workers=2)` over `{"process": ProcessPoolExecutor, "thread": ThreadPoolExecutor}`,
    /// a literal or a module-level name bound once to one).
    fn calls_picked_thread_class(&self, node: Node<'a>, function: ScopeId) -> bool {
        let Some(called) = node
            .field("function")
            .filter(|_| node.kind_name() == "call")
            .map(unparenthesize)
        else {
            return false;
        };
        let bound_once = |name: Node<'a>, scope: ScopeId| {
            let text = self.text(name);
            let Resolution::Scope(found) = self.model.resolve(scope, text) else {
                return None;
            };
            let [only] = self.model.bindings_of(found, text) else {
                return None;
            };
            self.model
                .binding(*only)
                .value
                .and_then(|range| self.node_at(range))
                .map(unparenthesize)
        };
        let names_thread = |choice: Node<'a>| {
            let mut cursor = choice.walk();
            let operands: Vec<Node<'a>> = match choice.kind_name() {
                "conditional_expression" | "boolean_operator" | "tuple" | "list" => {
                    choice.named_children(&mut cursor).collect()
                }
                "dictionary" => choice
                    .named_children(&mut cursor)
                    .filter_map(|pair| pair.field("value"))
                    .collect(),
                _ => Vec::new(),
            };
            operands
                .into_iter()
                .any(|operand| thread_pool(self, operand, function))
        };
        match called.kind_name() {
            "identifier" => bound_once(called, function).is_some_and(names_thread),
            "subscript" => called
                .field("value")
                .map(unparenthesize)
                .and_then(|table| match table.kind_name() {
                    "identifier" => bound_once(table, function),
                    _ => Some(table),
                })
                .is_some_and(names_thread),
            _ => false,
        }
    }

    /// Whether `node` calls a function of the file, bound once by a `def`, that may itself
    /// give a thread pool (`def _threads(): return ThreadPoolExecutor(2)`, then `return
    /// _threads() if kind == "thread" else ProcessPoolExecutor(2)`), `MAX_HELPER_CALLS`
    /// calls deep: each level reads every `return` of a function and every binding of the
    /// names they return, so the search grows with the depth's power.
    fn calls_thread_factory(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> bool {
        if depth >= MAX_HELPER_CALLS || node.kind_name() != "call" {
            return false;
        }
        let Some(callee) = node.field("function") else {
            return false;
        };
        if callee.kind_name() != "identifier" {
            return false;
        }
        let Some(id) = self.function_named(self.text(callee), scope) else {
            return false;
        };
        let Some(body) = self
            .statement_node(self.model.binding(id).statement)
            .and_then(|statement| match statement.kind_name() {
                "decorated_definition" => statement.field("definition"),
                _ => Some(statement),
            })
            .and_then(|definition| definition.field("body"))
        else {
            return false;
        };
        let inner = self.model.scope_at(body.start_byte());
        returned_values(body)
            .into_iter()
            .flatten()
            .any(|value| self.may_give_thread_pool_within(value, inner, depth + 1))
    }

    /// Whether the returned `value` may be a parameter of `function`, directly or through a
    /// local name bound to one (`def keep(pool): return pool`). What such a function returns is
    /// what each call passes it; the evaluator reads a parameter as what every caller passes
    /// (`annotations::eval_from_callers`), which is right inside the function but would make
    /// every call return the pool one caller passes.
    fn passes_parameter(&self, value: Node<'a>, function: ScopeId, depth: usize) -> bool {
        if depth > MAX_LOCALS {
            return true;
        }
        match value.kind_name() {
            "identifier" => {
                let name = self.text(value);
                self.model.resolve(function, name) == Resolution::Scope(function)
                    && self.model.bindings_of(function, name).iter().any(|&id| {
                        let binding = self.model.binding(id);
                        binding.kind == BindingKind::Parameter
                            || binding
                                .value
                                .and_then(|range| self.node_at(range))
                                .is_some_and(|bound| {
                                    self.passes_parameter(bound, function, depth + 1)
                                })
                    })
            }
            // The test of `a if test else b` is not what it gives.
            "conditional_expression" => [value.named_child(0), value.named_child(2)]
                .into_iter()
                .flatten()
                .any(|operand| self.passes_parameter(operand, function, depth + 1)),
            "boolean_operator" | "parenthesized_expression" => {
                let mut cursor = value.walk();
                let operands: Vec<Node<'a>> = value.named_children(&mut cursor).collect();
                operands
                    .into_iter()
                    .any(|operand| self.passes_parameter(operand, function, depth + 1))
            }
            _ => false,
        }
    }
}

/// How deep `passes_parameter` follows local names before assuming the worst.
const MAX_LOCALS: usize = 8;

/// How many calls of the file's own functions `calls_thread_factory` follows: a helper that
/// makes the thread pool, and one that calls it.
const MAX_HELPER_CALLS: usize = 2;

/// `async def` returns a coroutine, whatever its `return` says.
pub(super) fn is_async(def: Node<'_>) -> bool {
    def.child(0)
        .is_some_and(|first| first.kind_name() == "async")
}

/// The value of each `yield` in `body`, its nested functions, classes and lambdas left out;
/// `None` when one yields nothing or delegates (`yield from`), which this reading cannot
/// follow.
pub(super) fn yielded_values(body: Node<'_>) -> Option<Vec<Node<'_>>> {
    let mut found = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "yield" => {
                let from = node.child(1).is_some_and(|c| c.kind_name() == "from");
                found.push(node.named_child(0).filter(|_| !from)?);
                continue;
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found.sort_by_key(|node| node.start_byte());
    Some(found)
}

/// The value of each `return` in `body` (`None` for a bare `return`), in source order. Only
/// statements are walked, the nested functions and classes left out (their returns are
/// theirs), since a `return` is a statement: an expression holds none. One cursor, and kinds
/// compared by id, since every function of every analysed file is read for its exports.
pub(in crate::core::analysis) fn returned_values(body: Node<'_>) -> Vec<Option<Node<'_>>> {
    let mut found = Vec::new();
    let mut cursor = body.walk();
    if !cursor.goto_first_child() {
        return found;
    }
    'walk: loop {
        let node = cursor.node();
        match role(node) {
            Role::Return => found.push(node.named_child(0)),
            Role::Holds if cursor.goto_first_child() => continue,
            _ => {}
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() || cursor.node().id() == body.id() {
                break 'walk;
            }
        }
    }
    found
}

/// What the walk for `return`s makes of a node.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Return,
    /// A statement or clause whose blocks may hold a `return` of the function itself.
    Holds,
    Other,
}

fn role(node: Node<'_>) -> Role {
    static TABLE: OnceLock<Vec<Role>> = OnceLock::new();
    let table = TABLE.get_or_init(|| kind_table(role_named, Role::Other));
    kind_in(table, node, Role::Other)
}

fn role_named(name: &str) -> Role {
    match name {
        "return_statement" => Role::Return,
        "block"
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
        | "case_clause" => Role::Holds,
        _ => Role::Other,
    }
}

/// Whether the function's text says `yield`, which makes it a generator function when it is
/// code; in a string or a nested function it only costs a factory, never a wrong one.
pub(super) fn may_yield(source: &str, def: Node<'_>) -> bool {
    memchr::memmem::find(source[def.byte_range()].as_bytes(), b"yield").is_some()
}

/// The object whose method a yielded value is: `ex` of `ex.map`, or of
/// `functools.partial(ex.map, chunksize=1)` (its first argument). A manager that yields a
/// thread pool's method on some path (`if kind == "thread": yield threads.map`) is none, as
/// one yielding a thread pool is none.
fn method_owner(value: Node<'_>) -> Option<Node<'_>> {
    let value = unparenthesize(value);
    let method = match value.kind_name() {
        "attribute" => value,
        "call" => {
            let first = crate::core::parse::named_items(value.field("arguments")?)
                .into_iter()
                .next()?;
            unparenthesize(first)
        }
        _ => return None,
    };
    method
        .field("object")
        .filter(|_| method.kind_name() == "attribute")
}
