//! What one file offers the other files of a run: the wrappers it defines (`inferred`), by
//! their name in the module (`parmap`, `Runner._map`), and the names its module-level
//! `from ... import` statements bind (`from .par import parmap as pm` in `pkg/__init__.py`),
//! each with the absolute dotted path it names (`pkg.par.parmap`). Plain data, with no path on
//! disk: the run knows the module's name, joins the exports of every file and follows the
//! re-exports from one file to the next (`run::wrappers`). A subclass of an imported class
//! (`class Fast(Runner)`) is exported as a re-export of its base, less the methods it defines,
//! so that `Fast(2)._map(...)` reaches `Runner._map`. A second module-level name for either
//! (`pmap = parallel_map` after its `def` or its import) is exported as well: other modules
//! import it by that name. A module-level name bound to a `functools.partial` of a wrapper
//! (`pm = partial(parmap, workers=4)`) is exported as a wrapper of its own, with the slot the
//! partial leaves.
//!
//! Only what another module can reach by one name is exported: a function or class bound once
//! at module level (a name bound twice may be either, and precision comes first), and an import
//! that is the name's only binding (not one arm of a `try`/`except ImportError`).

use super::api::{ApiRow, HandOff};
use super::user_api::{UserApi, UserKind};
use super::values::{Evaluator, Value, string_content};
use crate::core::semantic::{BindingKind, ScopeId, SemanticModel};

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
}

impl Exports {
    pub fn is_empty(&self) -> bool {
        self.wrappers.is_empty() && self.aliases.is_empty()
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

/// A wrapper the file defines, with every callable parameter it has (its row's chain).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportedWrapper {
    /// Its dotted name in the module: `parmap`, or `Runner._map` for a method.
    pub name: String,
    /// The line of its `def`, or of the assignment that binds a partial of one (1-based).
    pub line: usize,
    row: &'static ApiRow,
}

impl ExportedWrapper {
    /// The API this wrapper is to the other files of the run, declared at `path` (its module's
    /// name and its own, `pkg.par.parmap`). Its findings say where it hands the callable on in
    /// `file`, the defining file as the run shows it.
    pub fn api_at(&self, path: String, file: &str, hidden_from_star: bool) -> UserApi {
        let file: &'static str = Box::leak(file.to_string().into_boxed_str());
        UserApi {
            path,
            kind: UserKind::Function(in_file(self.row, file)),
            hidden_from_star,
        }
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
    let next = row.next.map(|next| in_file(next, file));
    Box::leak(Box::new(ApiRow { via, next, ..*row }))
}

/// A name a module-level `from ... import` binds: `pm` for `from .par import parmap as pm`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The name bound in the module.
    pub name: String,
    /// The absolute dotted path it names (`pkg.par.parmap`).
    pub target: String,
    /// For a subclass of an imported class (`class Fast(Runner)`, named as its base), the
    /// names its own body binds: a method it defines is its own, not the base's wrapper.
    pub own: Vec<String>,
}

/// The exports of the file `eval` has analysed (its inferred wrappers set); its re-exports
/// only when some API is declared, which they could name.
pub fn exports(eval: &Evaluator<'_>) -> Exports {
    let mut wrappers: Vec<ExportedWrapper> = eval
        .inferred()
        .iter()
        .filter_map(|(key, row)| exported_wrapper(eval, *key, row))
        .chain(bound_wrappers(eval))
        .collect();
    wrappers.extend(renamed_wrappers(eval, &wrappers));
    wrappers.sort_by(|a, b| a.name.cmp(&b.name));
    // A re-export matters only once the run declares wrappers (the first look at a file, with
    // none declared, would keep every candidate's imports for nothing).
    let mut aliases = match eval.apis.is_empty() {
        true => Vec::new(),
        false => aliases(eval),
    };
    aliases.sort_by(|a, b| a.name.cmp(&b.name));
    let all = match wrappers.is_empty() && aliases.is_empty() {
        true => None,
        false => dunder_all(eval),
    };
    Exports {
        wrappers,
        aliases,
        all,
    }
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
        if binding.kind != BindingKind::Assignment || !matches!(value.kind(), "list" | "tuple") {
            return None;
        }
        let mut cursor = value.walk();
        let elements: Vec<_> = value
            .named_children(&mut cursor)
            .filter(|n| n.kind() != "comment")
            .collect();
        let plain = |n: &tree_sitter::Node<'_>| {
            let mut cursor = n.walk();
            n.kind() == "string"
                && !n
                    .named_children(&mut cursor)
                    .any(|c| c.kind() == "interpolation")
        };
        elements
            .into_iter()
            .map(|n| plain(&n).then(|| string_content(eval.text(n)).to_string()))
            .collect()
    };
    Some(literal().unwrap_or_default())
}

/// The wrapper whose name starts at `key`, when its function (or its method's class) is bound
/// once at module level.
fn exported_wrapper(
    eval: &Evaluator<'_>,
    key: usize,
    row: &'static ApiRow,
) -> Option<ExportedWrapper> {
    let once = |name: &str| eval.model.bindings_of(SemanticModel::MODULE, name).len() == 1;
    let name = match row.homes.first() {
        Some(class) if once(class) => format!("{class}.{}", row.name),
        None if once(row.name) => row.name.to_string(),
        _ => return None,
    };
    Some(ExportedWrapper {
        name,
        line: eval.source[..key].matches('\n').count() + 1,
        row,
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
        let [only] = ids.as_slice() else {
            return None;
        };
        let binding = eval.model.binding(*only);
        if binding.kind != BindingKind::Assignment {
            return None;
        }
        let value = eval
            .node_at(binding.value?)
            .filter(|v| matches!(v.kind(), "call" | "identifier" | "attribute"))?;
        let Value::Function(row) = eval.eval(value, SemanticModel::MODULE) else {
            return None;
        };
        row.via?;
        Some(ExportedWrapper {
            name: name.clone(),
            line: eval.source[..binding.range.start].matches('\n').count() + 1,
            row,
        })
    })
}

/// The module-level names bound only by a `from ... import`, with what they name; a relative
/// import whose package is unknown names nothing.
fn aliases(eval: &Evaluator<'_>) -> Vec<Alias> {
    let module = eval.model.scope(SemanticModel::MODULE);
    module
        .bindings
        .keys()
        .filter_map(|name| {
            let target =
                imported_path(eval, name).or_else(|| imported_path(eval, renamed(eval, name)?))?;
            Some(Alias {
                name: name.clone(),
                target,
                own: Vec::new(),
            })
        })
        .chain(subclasses(eval))
        .collect()
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

/// The module-level name that the module-level `name` is a second name for: `name` is bound
/// once, by `name = original` in the module's own code, and `original` is bound once, so both
/// name the same object wherever another module reads them.
fn renamed<'a>(eval: &Evaluator<'a>, name: &str) -> Option<&'a str> {
    let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    if binding.kind != BindingKind::Assignment || binding.written_in != SemanticModel::MODULE {
        return None;
    }
    let value = eval.node_at(binding.value?)?;
    if value.kind() != "identifier" {
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

/// Each module-level class with one base, a class imported by name (`class Fast(Runner)`
/// after `from .runner import Runner`), named as that base with the names its body binds:
/// its instances have the base's wrapper methods that it does not define again. A class of
/// several bases is left out, since which base a method comes from is then the MRO's call.
fn subclasses<'e>(eval: &'e Evaluator<'_>) -> impl Iterator<Item = Alias> + 'e {
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
        let bases = eval
            .node_at(binding.statement)?
            .child_by_field_name("superclasses")?;
        let mut cursor = bases.walk();
        let named: Vec<_> = bases
            .named_children(&mut cursor)
            .filter(|n| n.kind() != "comment")
            .collect();
        let [base] = named.as_slice() else {
            return None;
        };
        let target = imported_path(eval, eval.text(*base))?;
        if !keeps_base_state(eval, class) {
            return None;
        }
        let mut own: Vec<String> = eval.model.scope(class).bindings.keys().cloned().collect();
        own.sort();
        Some(Alias {
            name: name.clone(),
            target,
            own,
        })
    })
}

/// Whether the subclass `class` leaves its base's state alone: it binds only methods, none of
/// them `__init__` or `__new__`, and assigns no attribute (`self.executor = ...`). The base's
/// wrapper methods were inferred from what the base stores (a process pool made in its
/// `__init__`); a subclass that stores a thread pool instead would make them thread wrappers.
fn keeps_base_state(eval: &Evaluator<'_>, class: ScopeId) -> bool {
    let bindings = &eval.model.scope(class).bindings;
    let only_methods = bindings.iter().all(|(name, ids)| {
        !matches!(name.as_str(), "__init__" | "__new__")
            && ids
                .iter()
                .all(|id| eval.model.binding(*id).kind == BindingKind::FunctionDef)
    });
    let Some(node) = eval.scope_node(class) else {
        return false;
    };
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        let target = match node.kind() {
            "assignment" | "augmented_assignment" => node.child_by_field_name("left"),
            _ => None,
        };
        if target.is_some_and(|t| t.kind() != "identifier") {
            return false;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    only_methods
}

/// The absolute dotted path the module-level name `name` is bound to, when its only binding
/// is a `from ... import`.
fn imported_path(eval: &Evaluator<'_>, name: &str) -> Option<String> {
    let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let BindingKind::Import {
        module,
        member: Some(member),
    } = &eval.model.binding(*only).kind
    else {
        return None;
    };
    Some(format!("{}.{member}", eval.absolute(module)?))
}
