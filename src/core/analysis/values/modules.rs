//! What modules hold: the members of process-related modules and contexts (the API table's
//! classes and functions in their homes, and `get_context` and `functools.partial` besides),
//! what an import binds, the APIs the user declared (looked up before the built-in table), and
//! whether a value is a multiprocessing lock or queue. Also two helpers for reading calls and literals: the
//! argument at a position or keyword, and the content of a string literal.

use std::borrow::Cow;

use tree_sitter::Node;

use super::Called;
use super::methods::{on_class, taking_instance};
use super::{Evaluator, Value};
use crate::core::analysis::api::{self, ApiRow, Target, multiprocessing_like};
use crate::core::analysis::user_api::{UserApi, UserKind};
use crate::core::node::NodeExt;
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};

/// The synchronisation objects `multiprocessing` and its contexts make. They reach a worker
/// only by inheritance, through a `Process`'s arguments, so a lift that would bind one at a
/// pool's site is refused (`lift::binding::check_site`).
pub(in crate::core::analysis) const PRIMITIVES: [&str; 12] = [
    "Queue",
    "JoinableQueue",
    "SimpleQueue",
    "Lock",
    "RLock",
    "Semaphore",
    "BoundedSemaphore",
    "Condition",
    "Event",
    "Barrier",
    "Value",
    "Array",
];

impl<'a> Evaluator<'a> {
    /// The declared APIs whose path starts with `prefix`, by path.
    pub(in crate::core::analysis) fn apis_under<'s>(
        &'s self,
        prefix: &'s str,
    ) -> impl Iterator<Item = &'a UserApi> + 's {
        let apis = self.apis;
        let index = self.api_order;
        let start = index.partition_point(|at| apis[*at].path.as_str() < prefix);
        index[start..]
            .iter()
            .map(move |at| &apis[*at])
            .take_while(move |api| api.path.starts_with(prefix))
    }

    /// The declared APIs at `path`, in the order they were declared.
    pub(in crate::core::analysis) fn apis_at<'s>(
        &'s self,
        path: &'s str,
    ) -> impl Iterator<Item = &'a UserApi> + 's {
        let apis = self.apis;
        let index = self.api_order;
        let start = index.partition_point(|at| apis[*at].path.as_str() < path);
        index[start..]
            .iter()
            .map(move |at| &apis[*at])
            .take_while(move |api| api.path == path)
    }
}

impl Evaluator<'_> {
    /// A user-declared API at `path`, or the module a declared path lies in.
    pub(in crate::core::analysis) fn user_member(&self, path: &str) -> Option<Value> {
        if let Some(api) = self.apis_at(path).next() {
            return Some(match &api.kind {
                UserKind::Like(class) => Value::Class {
                    class: *class,
                    fork: false,
                },
                UserKind::Function(row)
                | UserKind::WrapperFactory { row, .. }
                | UserKind::WrapperFactoryOf { row, .. } => Value::Function(row),
                UserKind::Factory { class, fork } => Value::Factory {
                    class: *class,
                    fork: *fork,
                },
                UserKind::ChoosingFactory {
                    class,
                    fork,
                    conditions,
                } => Value::ChoosingFactory {
                    class: *class,
                    fork: *fork,
                    conditions,
                },
                UserKind::ManagerFactory { class, fork } => Value::ManagerFactory {
                    class: *class,
                    fork: *fork,
                },
                UserKind::Instance { class, fork } => Value::Instance {
                    class: *class,
                    fork: *fork,
                },
                UserKind::ContextFactory { fork } => Value::ContextFactory { fork: *fork },
                UserKind::Context { fork } => Value::Context { fork: *fork },
                UserKind::InstanceOf(class) | UserKind::AttributeOf(class) => {
                    Value::Declared(class.clone())
                }
                UserKind::FactoryOf {
                    class, conditions, ..
                } => match conditions {
                    [] => Value::ObjectFactory(Box::new(Value::Declared(class.clone()))),
                    _ => Value::ChoosingObjectFactory {
                        instance: Box::new(Value::Declared(class.clone())),
                        conditions,
                    },
                },
                UserKind::FunctionManager(row) => Value::FunctionManagerFactory(row),
                UserKind::ClosureFactory(row) => {
                    Value::ObjectFactory(Box::new(Value::Function(row)))
                }
                // Read by `arguments::worker_refusal` and `called_as` alone, and by
                // `imported_members`: no process API.
                UserKind::Worker { .. }
                | UserKind::Transparent { .. }
                | UserKind::Members(_)
                | UserKind::Fields(_) => Value::Unknown,
                UserKind::Property { class, fork } | UserKind::Attribute { class, fork } => {
                    Value::Instance {
                        class: *class,
                        fork: *fork,
                    }
                }
            });
        }
        self.declares_members_of(path)
            .then(|| Value::Module(path.to_string()))
    }

    /// What a call of the wrapper `row` of another file of the run makes when that wrapper is
    /// a factory too (`UserKind::WrapperFactory`): the row is the one the API holds, so it
    /// names its API.
    pub(super) fn factory_of_run(&self, row: &'static ApiRow) -> Option<Value> {
        self.apis.iter().find_map(|api| match &api.kind {
            UserKind::WrapperFactory {
                row: own,
                class,
                fork,
                manager,
            } if std::ptr::eq(*own, row) => Some(match manager {
                true => Value::ManagerFactory {
                    class: *class,
                    fork: *fork,
                },
                false => Value::Factory {
                    class: *class,
                    fork: *fork,
                },
            }),
            UserKind::WrapperFactoryOf { row: own, class } if std::ptr::eq(*own, row) => Some(
                Value::ObjectFactory(Box::new(Value::Declared(class.clone()))),
            ),
            _ => None,
        })
    }

    /// Whether some declared API lies under `path` (`pkg.par` or `pkg.runner.Runner` for
    /// `pkg.runner.Runner._map`).
    pub(in crate::core::analysis) fn declares_members_of(&self, path: &str) -> bool {
        // What `super(Class, self)` reaches (`inheritance::SUPER`), the names a class has
        // (`inheritance::MEMBERS`), and what its template methods are on a subclass
        // (`inheritance::TEMPLATE`) are no members of the class.
        let prefix = format!("{path}.");
        self.apis_under(&prefix).any(|api| {
            ![
                super::inheritance::SUPER,
                super::inheritance::MEMBERS,
                super::inheritance::FIELDS,
                super::inheritance::TEMPLATE,
            ]
            .iter()
            .any(|segment| api.path[prefix.len()..].starts_with(segment))
        })
    }

    /// The names the class of another file of the run at `path` may have on its instances, as
    /// that file exports them for a class that leaves a base's state alone
    /// (`UserKind::Members`).
    pub(in crate::core::analysis) fn imported_members(&self, path: &str) -> Option<&[String]> {
        let path = format!("{path}.{}", super::inheritance::MEMBERS);
        self.apis_at(&path).find_map(|api| match &api.kind {
            UserKind::Members(names) => Some(names.as_slice()),
            _ => None,
        })
    }

    /// Whether a declared API lies under the module-level class `class` of this file, by its
    /// dotted path (`pkg.runner.Runner` for `pkg.runner.Runner._map`).
    pub(in crate::core::analysis) fn declares_methods_of(&self, class: ScopeId) -> bool {
        let scope = self.model.scope(class);
        match (self.module, scope.name.as_deref()) {
            (Some(module), Some(name)) if scope.parent == Some(SemanticModel::MODULE) => {
                !self.apis.is_empty() && self.declares_members_of(&format!("{module}.{name}"))
            }
            _ => false,
        }
    }

    /// The declared API a `def` of this file is, by its dotted path: a module-level function
    /// (`pkg.par.parmap`) or a method of a module-level class (`pkg.runner.Runner._map`). A
    /// plain method's rows take the instance, so that the class reaches them one position on
    /// (`Runner._map(runner, fn, xs)`, `methods::on_class`) as it does an inferred method's.
    pub(super) fn declared_here(&self, id: BindingId) -> Option<Value> {
        let module = self.module?;
        let binding = self.model.binding(id);
        let scope = self.model.scope(binding.scope);
        let path = match scope.kind {
            ScopeKind::Module => format!("{module}.{}", binding.name),
            ScopeKind::Class if scope.parent == Some(SemanticModel::MODULE) => {
                format!("{module}.{}.{}", scope.name.as_deref()?, binding.name)
            }
            _ => return None,
        };
        let Some(Value::Function(row)) = self.user_member(&path) else {
            return None;
        };
        let plain_method = scope.kind == ScopeKind::Class
            && self
                .statement_node(binding.statement)
                .map(|s| s.field("definition").unwrap_or(s))
                .filter(|def| def.kind_name() == "function_definition")
                .and_then(|def| self.called_as(def))
                == Some(Called::Plain);
        Some(Value::Function(match plain_method {
            true => taking_instance(row),
            false => row,
        }))
    }

    /// What a star import binds to the public `name` that nothing else binds (`from pkg.par
    /// import *`, then `parmap(...)`): a process API of the standard library the last star
    /// import's module holds (`from multiprocessing import *`, then `Pool(2)`), or a declared
    /// API, or a class holding some, of the last star import whose module has it and binds it
    /// (`UserApi::hidden_from_star`).
    pub(super) fn star_imported(&self, name: &str) -> Value {
        if name.starts_with('_') {
            return Value::Unknown;
        }
        let stars = self.stars.get_or_init(|| self.star_modules());
        // `from multiprocessing import *` last binds its `Pool` and `Process`, as its own
        // `__all__` lists them, over what any star import before it binds: the last of all,
        // those inside an `if` or `try` and relative ones too.
        if let Some(last) = (self.every_star.get_or_init(|| self.every_star_module())).last()
            && known_module(last)
        {
            let value = import_value(last, Some(name));
            if value != Value::Unknown {
                return value;
            }
        }
        if self.apis.is_empty() {
            return Value::Unknown;
        }
        for module in stars.iter().rev() {
            let path = format!("{module}.{name}");
            let under = |api: &str| {
                api.strip_prefix(path.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
            };
            let bound = self
                .apis
                .iter()
                .any(|api| under(&api.path) && !api.hidden_from_star);
            if bound {
                return self.user_member(&path).unwrap_or(Value::Unknown);
            }
        }
        Value::Unknown
    }

    /// The absolute modules of the file's module-level `from ... import *`, in source order;
    /// a relative one whose package is unknown is left out. Not one inside an `if` or `try`,
    /// which may not run.
    pub(in crate::core::analysis) fn star_modules(&self) -> Vec<String> {
        self.star_modules_spelled()
            .into_iter()
            .filter_map(|spelled| self.absolute(&spelled))
            .collect()
    }

    /// The modules of every `from ... import *` of the file, in source order, as spelled
    /// (spaces dropped), those inside an `if` or `try` too.
    pub(in crate::core::analysis) fn every_star_module(&self) -> Vec<String> {
        let mut found = Vec::new();
        let mut stack = vec![self.root];
        while let Some(node) = stack.pop() {
            match node.kind_name() {
                "import_from_statement" => {
                    let mut cursor = node.walk();
                    let star = (node.named_children(&mut cursor))
                        .any(|c| c.kind_name() == "wildcard_import");
                    if star && let Some(module) = node.field("module_name") {
                        found.push(self.text(module).split_whitespace().collect());
                    }
                }
                // Python allows a star import at module level only.
                "function_definition" | "class_definition" | "lambda" => {}
                _ => {
                    let mut cursor = node.walk();
                    let children: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
                    stack.extend(children.into_iter().rev());
                }
            }
        }
        found
    }

    /// `star_modules` for the file's exports: each absolute, or spelled, dots kept, when it
    /// is relative and the analysis was not told the file's package (`exported_module`).
    pub(in crate::core::analysis) fn exported_star_modules(&self) -> Vec<String> {
        self.star_modules_spelled()
            .into_iter()
            .filter_map(|spelled| self.exported_module(&spelled))
            .collect()
    }

    /// The modules of the file's module-level star imports as spelled, blanks removed.
    fn star_modules_spelled(&self) -> Vec<String> {
        let mut cursor = self.root.walk();
        self.root
            .named_children(&mut cursor)
            .filter(|statement| {
                let mut cursor = statement.walk();
                statement.kind_name() == "import_from_statement"
                    && statement
                        .named_children(&mut cursor)
                        .any(|c| c.kind_name() == "wildcard_import")
            })
            .filter_map(|statement| {
                let module = statement.field("module_name")?;
                Some(self.text(module).split_whitespace().collect())
            })
            .collect()
    }

    pub(super) fn import_value(&self, module: &str, member: Option<&str>) -> Value {
        let module = match module.starts_with('.') {
            true => match self.absolute_module(module) {
                Some(resolved) => Cow::Owned(resolved),
                None => return Value::Unknown,
            },
            false => Cow::Borrowed(module),
        };
        let path = match member {
            Some(member) => format!("{module}.{member}"),
            None => module.to_string(),
        };
        self.user_member(&path)
            .unwrap_or_else(|| import_value(&module, member))
    }

    /// The absolute path of an import's module: itself, or for a relative one see
    /// `absolute_module`.
    pub(in crate::core::analysis) fn absolute(&self, module: &str) -> Option<String> {
        match module.starts_with('.') {
            true => self.absolute_module(module),
            false => Some(module.to_string()),
        }
    }

    /// `absolute`, or, for a relative module when the analysis was not told the file's
    /// package, the module as spelled (`.par`, `..`), for the run to resolve from the file's
    /// folders (`relative_module`) as the file's analysis with declared APIs
    /// would (`run::file::options_for`). The first look at a file declares none and so is
    /// spared reading the folders above it, yet its re-exports and star imports tell the run
    /// every path of a wrapper in its first round (`exports`).
    pub(in crate::core::analysis) fn exported_module(&self, module: &str) -> Option<String> {
        match self.package {
            None if module.starts_with('.') => Some(module.to_string()),
            _ => self.absolute(module),
        }
    }

    /// The absolute path of a relative import's module, from the file's package
    /// (`relative_module`).
    fn absolute_module(&self, module: &str) -> Option<String> {
        relative_module(module, self.package)
    }

    pub(in crate::core::analysis) fn member_of(&self, value: &Value, name: &str) -> Value {
        if let Value::Module(module) | Value::Declared(module) = value
            && let Some(found) = self.user_member(&format!("{module}.{name}"))
        {
            // A class of another file is a `Module` of its path; a method reached on it takes
            // the instance first.
            // A property read on its class is the property object, no pool; a module's
            // own instance (`pools.EXECUTOR`) is one.
            let property = || {
                let path = format!("{module}.{name}");
                self.apis_at(&path).any(|api| {
                    matches!(
                        api.kind,
                        UserKind::Property { .. }
                            | UserKind::Attribute { .. }
                            | UserKind::AttributeOf(_)
                    )
                })
            };
            return match (value, found) {
                (Value::Module(_), Value::Function(row)) => Value::Function(on_class(row)),
                (Value::Module(_), Value::Instance { .. } | Value::Declared(_)) if property() => {
                    Value::Unknown
                }
                (_, found) => found,
            };
        }
        if let Value::Super { class, start } = value {
            if name == "__init__" {
                return self.super_constructor(*class, *start);
            }
            return self.inherited_after(*class, name, *start);
        }
        if let Value::OwnInstance(class) = value {
            return match self.own_method(*class, name) {
                Value::Unknown => match self.held_pool(*class, name) {
                    Value::Unknown => self.held_object(*class, name),
                    found => found,
                },
                found => found,
            };
        }
        if let Value::OwnClass(class) = value {
            return self.own_class_method(*class, name);
        }
        member_of(value, name)
    }

    /// Whether a binding's value is a lock, queue or other synchronisation object made by
    /// `multiprocessing` or one of its contexts (not a manager's proxy, which pickles).
    pub fn is_multiprocessing_primitive(&self, id: BindingId) -> bool {
        let binding = self.model.binding(id);
        let Some(value) = binding.value.and_then(|r| self.node_at(r)) else {
            return false;
        };
        self.makes_multiprocessing_primitive(value, binding.written_in)
    }

    /// Whether the call `value`, read in `scope`, makes a lock, queue, shared value or other
    /// primitive of `multiprocessing` or of a context of it (`mp.Lock()`, `ctx.Queue()`).
    pub fn makes_multiprocessing_primitive(&self, value: Node<'_>, scope: ScopeId) -> bool {
        let Some((owner, name)) = callee(value) else {
            return false;
        };
        let name = self.text(name);
        PRIMITIVES.contains(&name) && self.made_by_multiprocessing(owner, name, scope)
    }

    /// Whether `name`, called on `owner` (or alone) in `scope`, is the one `multiprocessing`
    /// or a context of it provides: `mp.Lock`, `ctx.Lock`, or `Lock` imported from there.
    fn made_by_multiprocessing(&self, owner: Option<Node<'_>>, name: &str, scope: ScopeId) -> bool {
        match owner {
            Some(owner) => match self.eval(owner, scope) {
                Value::Module(ref m) => multiprocessing_like(m),
                Value::Context { .. } => true,
                _ => false,
            },
            None => self.imported_from_multiprocessing(name, scope),
        }
    }

    fn imported_from_multiprocessing(&self, name: &str, scope: ScopeId) -> bool {
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return false;
        };
        self.model.bindings_of(found, name).iter().any(|&id| {
            matches!(&self.model.binding(id).kind,
                BindingKind::Import { module, .. } if multiprocessing_like(module))
        })
    }
}

/// The owner and name of what a call calls: `(Some(mp), Lock)` for `mp.Lock()`, `(None, Lock)`
/// for `Lock()`; `None` when `value` is no call of a name or an attribute.
fn callee(value: Node<'_>) -> Option<(Option<Node<'_>>, Node<'_>)> {
    let function = value
        .field("function")
        .filter(|_| value.kind_name() == "call")?;
    match function.kind_name() {
        "attribute" => Some((function.field("object"), function.field("attribute")?)),
        _ => Some((None, function)),
    }
}

/// The argument at `position` (among positional arguments) or passed as `keyword`.
/// `None` when absent, or when a `*args` splat at or before the position hides where
/// positions fall.
pub fn argument<'t>(
    arguments: Node<'t>,
    source: &str,
    position: Option<usize>,
    keyword: Option<&str>,
) -> Option<Node<'t>> {
    let mut cursor = arguments.walk();
    let mut index = 0;
    for child in arguments.named_children(&mut cursor) {
        match child.kind_name() {
            "keyword_argument" => {
                let name = child.field("name");
                if keyword.is_some() && name.map(|n| &source[n.byte_range()]) == keyword {
                    return child.field("value");
                }
            }
            "list_splat" if position.is_some_and(|p| p >= index) => return None,
            "list_splat" | "dictionary_splat" | "comment" => {}
            _ => {
                if position == Some(index) {
                    return Some(child);
                }
                index += 1;
            }
        }
    }
    None
}

/// The value of a module, context or instance attribute.
fn member_of(value: &Value, name: &str) -> Value {
    match value {
        Value::Module(module) => module_member(module, name),
        Value::Context { fork } => api::context_member(name)
            .map_or(Value::Unknown, |class| Value::Class { class, fork: *fork }),
        _ => Value::Unknown,
    }
}

fn module_member(module: &str, name: &str) -> Value {
    let path = format!("{module}.{name}");
    if known_module(&path) {
        return Value::Module(path);
    }
    if let Some(row) = api::member(module, name) {
        return match row.target {
            Target::Constructor(class) => Value::Class { class, fork: false },
            Target::Function => Value::Function(row),
            Target::Method(_) | Target::RunInExecutor => Value::Unknown,
        };
    }
    match (module, name) {
        (m, "get_context") if multiprocessing_like(m) => Value::GetContext,
        ("functools", "partial") => Value::Partial,
        _ => Value::Unknown,
    }
}

/// The canonical modules we know, so that `import a.b` and `a.b` attribute chains resolve:
/// those of the API table and the packages above them, and `functools` for `partial`.
fn known_module(module: &str) -> bool {
    api::holds_apis(module) || module == "functools"
}

/// What an import binding refers to. `import a.b` binds `a`, so its module is `a`.
fn import_value(module: &str, member: Option<&str>) -> Value {
    match member {
        None if known_module(module) => Value::Module(module.to_string()),
        Some(member) if known_module(module) => module_member(module, member),
        _ => Value::Unknown,
    }
}

/// The text between the quotes of a plain string literal (prefixes and triple quotes allowed).
pub fn string_content(literal: &str) -> &str {
    let body = literal.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(inner) = body
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
        {
            return inner;
        }
    }
    body
}

/// The absolute path of a relative import's module (or of a name in it), from the importing
/// file's `package`: in `pkg.sub`, `.` is `pkg.sub`, `.par` is `pkg.sub.par` and `..engine`
/// is `pkg.engine`. `None` without a package, with more dots than it has levels, or without a
/// dot. The run resolves with it what a first look keeps as spelled (`exported_module`).
pub fn relative_module(module: &str, package: Option<&str>) -> Option<String> {
    let rest = module.trim_start_matches('.');
    let dots = module.len() - rest.len();
    let mut parts: Vec<&str> = package?.split('.').collect();
    parts.truncate(parts.len().checked_sub(dots.checked_sub(1)?)?);
    if parts.is_empty() {
        return None;
    }
    let base = parts.join(".");
    Some(match rest {
        "" => base,
        rest => format!("{base}.{rest}"),
    })
}
