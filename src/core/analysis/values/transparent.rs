//! Decorators that hand every argument on unchanged, so that a wrapper under one keeps its
//! slots (`methods::called_as`):
//!
//! ```text
//! def timed(func):                           # one parameter, the decorated function
//!     @functools.wraps(func)                 # only `wraps(func)` above the inner `def`
//!     def wrapper(*args, **kwargs):          # takes anything...
//!         start = time.perf_counter()
//!         try:
//!             return func(*args, **kwargs)   # ...and passes it all on, untouched
//!         finally:
//!             print(time.perf_counter() - start)
//!
//!     return wrapper                         # the decorator returns the inner `def`
//!
//! @timed
//! def pmap(fn, xs): ...                      # `pmap(fn, xs)`: `fn` is still argument 0
//! ```
//!
//! The decorator is a plain `def` bound once at module level, written as a bare name
//! (`@timed`, not `@timed()`): of this file, or of another file of the run that says so
//! when asked (`handed::Held::Decorator`, `UserKind::Transparent`), imported here. Its body is the inner `def` and `return <inner>` alone (a
//! docstring aside); the inner function takes exactly `*args, **kwargs`, never binds them
//! again, and reads them only in calls `func(*args, **kwargs)`, of which there is at least
//! one. Anything else may drop, add or reorder arguments, and keeps the function no wrapper.
//!
//! A decorator with arguments (`@retry(times=2)`) is a call of a factory that returns the
//! decorator: a plain `def` bound once at module level whose body is such a decorator `def`
//! and `return <decorator>` alone (a docstring aside). The factory's own parameters are the
//! decorator's settings, which the inner function may read (`for _ in range(times)`):
//!
//! ```text
//! def retry(times=3):
//!     def decorator(func):                   # a transparent decorator, as above
//!         @functools.wraps(func)
//!         def wrapper(*args, **kwargs):
//!             for _ in range(times):
//!                 try:
//!                     return func(*args, **kwargs)
//!                 except Exception:
//!                     pass
//!         return wrapper
//!     return decorator
//! ```

use tree_sitter::Node;

use super::Evaluator;
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::analysis::user_api::UserKind;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

impl<'a> Evaluator<'a> {
    /// Whether the decorator `function`, written bare in `scope`, is a transparent one of this
    /// file (see the module's doc).
    /// With `called`, `function` is the callee of the decorator's call (`retry` of
    /// `@retry(times=2)`), a transparent decorator's factory.
    pub(super) fn is_transparent_decorator(
        &self,
        function: Node<'a>,
        scope: ScopeId,
        called: bool,
    ) -> bool {
        self.transparent(function, scope, called).is_some()
    }

    /// Whether the module-level function `name` is a transparent decorator (see the module's
    /// doc), for the other files of the run that put it over a function
    /// (`exports::transparent_decorators`).
    pub(in crate::core::analysis) fn is_transparent_named(&self, name: &str, called: bool) -> bool {
        self.transparent_named(name, called).is_some()
    }

    /// Whether the decorator `function`, written bare, is one another file of the run defines
    /// and found transparent (`UserKind::Transparent`), imported here: `@experimental` after
    /// `from .utils import experimental`, or `@utils.experimental`.
    pub(super) fn is_declared_transparent(&self, function: Node<'a>, called: bool) -> bool {
        let Some(path) = self.imported_path_of(function) else {
            return false;
        };
        let kind = UserKind::Transparent { called };
        self.apis_at(&path).any(|api| api.kind == kind)
    }

    fn transparent(&self, function: Node<'a>, scope: ScopeId, called: bool) -> Option<()> {
        let name = (function.kind_name() == "identifier").then(|| self.text(function))?;
        if self.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
            return None;
        }
        self.transparent_named(name, called)
    }

    /// The module-level `def` bound once to `name` is a transparent decorator, or with
    /// `called` a factory of one (see the module's doc).
    fn transparent_named(&self, name: &str, called: bool) -> Option<()> {
        let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
            return None;
        };
        let binding = self.model.binding(*only);
        let def = self.statement_node(binding.statement)?;
        if binding.kind != BindingKind::FunctionDef || def.kind_name() != "function_definition" {
            return None;
        }
        match called {
            false => self.transparent_def(def),
            true => {
                let (inner, returned) = inner_and_return(self, def.field("body")?)?;
                let inner_name = self.text(inner.field("name")?);
                (inner.kind_name() == "function_definition" && inner_name == returned)
                    .then_some(())?;
                self.transparent_def(inner)
            }
        }
    }

    /// Whether the `function_definition` `def` is a transparent decorator.
    fn transparent_def(&self, def: Node<'a>) -> Option<()> {
        let func = single_parameter(self, def)?;
        let (inner, returned) = inner_and_return(self, def.field("body")?)?;
        let inner_def = match inner.kind_name() {
            "decorated_definition" => {
                self.only_wraps(inner, func)?;
                inner.field("definition")?
            }
            _ => inner,
        };
        let inner_name = self.text(inner_def.field("name")?);
        (inner_name == returned).then_some(())?;
        self.passes_all_on(inner_def, func)
    }

    /// Whether the decorators of the inner `def` are `functools.wraps(func)` alone.
    fn only_wraps(&self, decorated: Node<'a>, func: &str) -> Option<()> {
        let scope = self.model.scope_at(decorated.start_byte());
        let mut cursor = decorated.walk();
        for decorator in decorated
            .named_children(&mut cursor)
            .filter(|c| c.kind_name() == "decorator")
        {
            let call = decorator
                .named_child(0)
                .filter(|c| c.kind_name() == "call")?;
            let called = qualified_name(self, call.field("function")?, scope)?;
            let arguments = call.field("arguments")?;
            let wrapped = arguments.named_child(0)?;
            let plain = arguments.named_child_count() == 1
                && wrapped.kind_name() == "identifier"
                && self.text(wrapped) == func;
            (called == "functools.wraps" && plain).then_some(())?;
        }
        Some(())
    }

    /// Whether the inner `def` takes `*args, **kwargs`, binds them (and `func`) no more, and
    /// reads them only in calls `func(*args, **kwargs)`, of which there is one at least.
    fn passes_all_on(&self, inner: Node<'a>, func: &str) -> Option<()> {
        let (args, kwargs) = splat_parameters(self, inner)?;
        let body = inner.field("body")?;
        let scope = self.model.scope_at(body.start_byte());
        let bound = |name: &str| self.model.bindings_of(scope, name).len();
        (bound(args) == 1 && bound(kwargs) == 1 && bound(func) == 0).then_some(())?;
        let mut calls = 0;
        for reference in self.model.references_in(TextRange::of(inner)) {
            let name = reference.name.as_str();
            if (name == args || name == kwargs) && reference.resolution == Resolution::Scope(scope)
            {
                self.forwards_all(reference.range, func, args, kwargs)?;
                calls += usize::from(name == args);
            }
        }
        (calls > 0).then_some(())
    }

    /// Whether the read of `args` or `kwargs` at `range` is an argument of a call
    /// `func(*args, **kwargs)`.
    fn forwards_all(&self, range: TextRange, func: &str, args: &str, kwargs: &str) -> Option<()> {
        let read = self.node_at(range)?;
        let arguments = read
            .parent()?
            .parent()
            .filter(|a| a.kind_name() == "argument_list")?;
        let call = arguments.parent().filter(|c| c.kind_name() == "call")?;
        let callee = call.field("function")?;
        let mut cursor = arguments.walk();
        let written: Vec<&str> = arguments
            .named_children(&mut cursor)
            .filter(|n| n.kind_name() != "comment")
            .map(|n| self.text(n))
            .collect();
        let exact = written == [format!("*{args}"), format!("**{kwargs}")];
        (exact && callee.kind_name() == "identifier" && self.text(callee) == func).then_some(())
    }
}

/// The name of the only parameter of `def`, a plain identifier.
fn single_parameter<'a>(eval: &Evaluator<'a>, def: Node<'a>) -> Option<&'a str> {
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let all: Vec<Node<'a>> = parameters
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    match all.as_slice() {
        [only] if only.kind_name() == "identifier" => Some(eval.text(*only)),
        _ => None,
    }
}

/// The names of `*args` and `**kwargs` when they are the inner `def`'s only parameters.
fn splat_parameters<'a>(eval: &Evaluator<'a>, def: Node<'a>) -> Option<(&'a str, &'a str)> {
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let all: Vec<Node<'a>> = parameters
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    let name = |node: Node<'a>| node.named_child(0).map(|n| eval.text(n));
    match all.as_slice() {
        [args, kwargs]
            if args.kind_name() == "list_splat_pattern"
                && kwargs.kind_name() == "dictionary_splat_pattern" =>
        {
            Some((name(*args)?, name(*kwargs)?))
        }
        _ => None,
    }
}

/// The decorator's inner `def` (decorated or not) and the name its `return` gives, when its
/// body is those two statements, after a docstring.
fn inner_and_return<'a>(eval: &Evaluator<'a>, body: Node<'a>) -> Option<(Node<'a>, &'a str)> {
    let mut cursor = body.walk();
    let mut statements: Vec<Node<'a>> = body
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .collect();
    let docstring = statements.first().is_some_and(|first| {
        first.kind_name() == "expression_statement"
            && first
                .named_child(0)
                .is_some_and(|s| s.kind_name() == "string")
    });
    if docstring {
        statements.remove(0);
    }
    let [inner, returned] = statements.as_slice() else {
        return None;
    };
    let value = returned
        .named_child(0)
        .filter(|v| returned.kind_name() == "return_statement" && v.kind_name() == "identifier")?;
    matches!(
        inner.kind_name(),
        "function_definition" | "decorated_definition"
    )
    .then(|| (*inner, eval.text(value)))
}
