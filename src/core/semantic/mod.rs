//! The semantic model of one file: its scopes, the bindings in each, and every name read,
//! resolved by Python's scoping rules.
//!
//! Built in one walk over the tree-sitter tree (`SemanticModel::build`), then queried by the
//! site finder (what does this name refer to?) and the lift planner (which names does this
//! function capture?). Scopes, bindings and references live in vectors indexed by id newtypes;
//! nothing here refers to tree-sitter nodes, only to byte ranges, so the model can outlive the
//! tree if it must.
//!
//! The rules followed (Python's reference manual, "Naming and binding"):
//! - A name bound anywhere in a function body (and not declared `global` or `nonlocal`) is local
//!   to that function for the whole body.
//! - Class bodies are scopes whose names are not visible to functions nested in them: resolving
//!   from a nested function skips enclosing class scopes.
//! - A comprehension is a scope, but its first iterable is evaluated in the enclosing scope; an
//!   assignment expression (walrus) inside a comprehension binds in the nearest enclosing scope
//!   that is not a comprehension.
//! - Decorators, default values, parameter and return annotations, class bases and keyword
//!   arguments are evaluated in the enclosing scope, not the function's or class's own.
//! - `global x` makes bindings of `x` in that scope module bindings; `nonlocal x` makes them
//!   bindings of the nearest enclosing function scope that binds `x`.

mod builder;
pub mod dump;
mod names;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::core::source::TextRange;
pub use names::NameMap;

/// Nested deeper than this, a file is not analysed. CPython itself refuses far less (200 nested
/// parentheses, 100 indentation levels), so no runnable program is lost.
pub const MAX_DEPTH: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BindingId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `None` only for the module scope, which is always `ScopeId(0)`.
    pub parent: Option<ScopeId>,
    /// The node that creates the scope: the whole module, `class_definition`,
    /// `function_definition` (without its decorators), `lambda`, or the comprehension
    /// (`list_comprehension`, `set_comprehension`, `dictionary_comprehension`,
    /// `generator_expression`).
    pub range: TextRange,
    /// The function or class name; `None` for the module, lambdas and comprehensions.
    pub name: Option<String>,
    /// The bindings of each name in this scope, in source order. A name declared `global` or
    /// `nonlocal` here has its bindings recorded in the scope they bind in, not here.
    pub bindings: NameMap<Vec<BindingId>>,
    /// Names declared `global` in this scope, with the range of the declaring statement.
    pub globals: NameMap<TextRange>,
    /// Names declared `nonlocal` in this scope, with the range of the declaring statement.
    pub nonlocals: NameMap<TextRange>,
    /// True for the module scope when it has `from m import *`.
    pub has_star_import: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BindingKind {
    /// `x = ...`, also each name of a tuple, list or starred target, and chained `a = b = ...`.
    Assignment,
    /// `x += ...`
    AugmentedAssignment,
    /// `x: T = ...`, or `x: T` alone (which binds nothing at run time but makes `x` local).
    AnnotatedAssignment,
    /// `for x in ...` and `async for`, and comprehension `for` targets.
    ForTarget,
    /// `with ... as x` and `async with`.
    WithTarget,
    /// `except E as x` and `except* E as x`.
    ExceptTarget,
    /// `import a.b` binds `a` with module `a`; `import a.b as c` binds `c` with module `a.b`;
    /// `from m import x as y` binds `y` with module `m` and member `x`. Relative imports keep
    /// their dots in `module` (`from . import x` has module `.`).
    Import {
        module: String,
        member: Option<String>,
    },
    FunctionDef,
    ClassDef,
    /// A parameter of a function or lambda, of any kind.
    Parameter,
    /// `(x := ...)`
    NamedExpr,
    /// `del x`
    Deletion,
    /// A capture pattern or `as` pattern in a `case`.
    MatchCapture,
    /// A PEP 695 type parameter (`def f[T]()`, `class C[T]`, `type A[T] = ...`), recorded in
    /// the scope of the function or class it belongs to (`type` statements: the current scope).
    TypeParameter,
    /// `type X = ...`
    TypeAlias,
}

#[derive(Clone, Debug)]
pub struct Binding {
    pub name: String,
    pub kind: BindingKind,
    /// The scope the name is bound in (after `global`/`nonlocal` are applied).
    pub scope: ScopeId,
    /// The scope whose code contains the binding statement (differs from `scope` under
    /// `global`, `nonlocal`, and for a walrus in a comprehension).
    pub written_in: ScopeId,
    /// The identifier that is bound.
    pub range: TextRange,
    /// The whole construct that binds: the assignment, `for` statement, `with` item, import
    /// statement, the `function_definition`/`class_definition` (wrapped in its
    /// `decorated_definition` when decorated), the parameter, the named expression, ...
    pub statement: TextRange,
    /// The value bound, when the target is a plain name bound directly to one expression:
    /// `x = <value>`, `x: T = <value>`, `(x := <value>)`, `with <value> as x`. `None` for
    /// unpacking targets and every other kind.
    pub value: Option<TextRange>,
    /// For a parameter or annotated assignment, the annotation expression.
    pub annotation: Option<TextRange>,
}

/// What a name read refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A name bound in this scope (its bindings are `scope.bindings[name]`).
    Scope(ScopeId),
    /// Not bound in any enclosing scope, and a builtin name (`print`, `len`, `locals`, ...).
    Builtin,
    /// Not bound anywhere visible (may come from a star import, or be a NameError).
    Unresolved,
}

#[derive(Clone, Debug)]
pub struct Reference {
    pub name: String,
    /// The identifier that reads the name.
    pub range: TextRange,
    /// The scope whose code contains the read.
    pub scope: ScopeId,
    pub resolution: Resolution,
    /// The read is in an annotation that is never evaluated (`from __future__ import
    /// annotations`): it closes over nothing at run time, though linters still resolve it.
    pub postponed: bool,
}

#[derive(Clone, Debug)]
pub struct SemanticModel {
    pub scopes: Vec<Scope>,
    pub bindings: Vec<Binding>,
    /// Every name read (`Load` context), in source order. Names that are only written are not
    /// here; `x += 1` both reads and binds `x`. `del x` is a binding, not a read.
    pub references: Vec<Reference>,
}

/// Nodes of a file that the model's walk meets and the analysis asks for again, so that it
/// does not search the tree for them.
pub struct Nodes<'t> {
    /// Every call, in source order (outer calls before the calls inside them).
    pub calls: Vec<tree_sitter::Node<'t>>,
    /// The node that creates each scope (a `function_definition`, `class_definition`,
    /// `lambda`, comprehension, or the module), by `ScopeId`.
    pub scopes: Vec<tree_sitter::Node<'t>>,
}

/// The file is nested more deeply than `MAX_DEPTH`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooDeep {
    pub offset: usize,
}

impl SemanticModel {
    /// Build the model of a parsed file. `source` is the text the tree was parsed from.
    pub fn build(tree: &tree_sitter::Tree, source: &str) -> Result<SemanticModel, TooDeep> {
        builder::build(tree, source).map(|(model, _)| model)
    }

    /// `build`, and the nodes the analysis asks for again (`Nodes`), collected during the
    /// same walk.
    pub fn build_with_nodes<'t>(
        tree: &'t tree_sitter::Tree,
        source: &'t str,
    ) -> Result<(SemanticModel, Nodes<'t>), TooDeep> {
        let (model, mut nodes) = builder::build(tree, source)?;
        (nodes.calls).sort_by_key(|call| (call.start_byte(), std::cmp::Reverse(call.end_byte())));
        Ok((model, nodes))
    }

    pub const MODULE: ScopeId = ScopeId(0);

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    pub fn binding(&self, id: BindingId) -> &Binding {
        &self.bindings[id.0 as usize]
    }

    /// The scope created by the node spanning exactly `range` (a function, class, lambda or
    /// comprehension node), if any.
    pub fn scope_created_by(&self, range: TextRange) -> Option<ScopeId> {
        self.scopes
            .iter()
            .position(|s| s.range == range)
            .map(|i| ScopeId(i as u32))
    }

    /// The innermost scope whose code contains `offset`. Note that a function's decorators,
    /// defaults and annotations lie outside its scope's code even though inside its node; this
    /// returns the function's scope only for offsets in its parameters' names and body.
    pub fn scope_at(&self, offset: usize) -> ScopeId {
        builder::scope_at(self, offset)
    }

    /// Whether `inner` is `outer` or nested inside it.
    pub fn is_within(&self, inner: ScopeId, outer: ScopeId) -> bool {
        let mut current = Some(inner);
        while let Some(id) = current {
            if id == outer {
                return true;
            }
            current = self.scope(id).parent;
        }
        false
    }

    /// Resolve `name` as read from code in `scope`, by the rules in the module doc.
    pub fn resolve(&self, scope: ScopeId, name: &str) -> Resolution {
        builder::resolve(self, scope, &identifier(name))
    }

    /// The bindings of `name` in `scope`, in source order (empty when none).
    pub fn bindings_of(&self, scope: ScopeId, name: &str) -> &[BindingId] {
        self.scope(scope)
            .bindings
            .get(identifier(name).as_ref())
            .map_or(&[], |ids| ids.as_slice())
    }

    /// The one binding of `name` in the scope a read of it from `scope` resolves to: `None`
    /// when it resolves to no scope of the file, or that scope binds it more than once.
    pub fn sole_binding(&self, scope: ScopeId, name: &str) -> Option<&Binding> {
        let Resolution::Scope(owner) = self.resolve(scope, name) else {
            return None;
        };
        match self.bindings_of(owner, name) {
            [only] => Some(self.binding(*only)),
            _ => None,
        }
    }

    /// Whether `reference` reads a local of its own scope at or before the first binding of
    /// the name there (`print(g); g = 1`, or `g += 1` first): a read of an unbound local, which
    /// no assignment serves and which linters resolve outside the scope.
    pub fn reads_unbound_local(&self, reference: &Reference) -> bool {
        reference.resolution == Resolution::Scope(reference.scope)
            && self
                .bindings_of(reference.scope, &reference.name)
                .first()
                .is_some_and(|&id| self.binding(id).range.start >= reference.range.start)
    }

    /// The references whose identifier lies inside `range`, in source order.
    pub fn references_in(&self, range: TextRange) -> impl Iterator<Item = &Reference> {
        let first = self
            .references
            .partition_point(|r| r.range.start < range.start);
        self.references[first..]
            .iter()
            .take_while(move |r| r.range.end <= range.end)
    }
}

/// An identifier as Python reads it: CPython normalises every identifier that is not pure
/// ASCII to NFKC while tokenizing (PEP 3131), so `ｗｉｄｔｈ` and `width` are one name.
pub fn identifier(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    }
}

/// Whether `name` is a builtin of Python 3.
pub fn is_builtin(name: &str) -> bool {
    BUILTINS.binary_search(&name).is_ok()
}

/// `dir(builtins)` of CPython 3.13, sorted, plus the names every module has.
const BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "PythonFinalizationError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "__build_class__",
    "__builtins__",
    "__debug__",
    "__doc__",
    "__file__",
    "__import__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];
