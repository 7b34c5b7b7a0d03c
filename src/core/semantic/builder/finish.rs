//! After the walk: place each binding in the scope it binds in, resolve every read, and the
//! two queries that work on the finished model (`resolve`, `scope_at`).

use super::{Builder, RawBinding, RawReference};
use crate::core::semantic::{
    Binding, BindingId, BindingKind, Resolution, Scope, ScopeId, ScopeKind, SemanticModel,
    is_builtin,
};

pub(super) fn finish(builder: Builder<'_>) -> SemanticModel {
    let Builder {
        mut scopes,
        bindings: mut raw,
        references: mut raw_references,
        ..
    } = builder;
    // Identifiers never overlap, so sorting by start gives source order; the walk is nearly in
    // that order already (it visits a value before its targets), which the sort handles cheaply.
    raw.sort_by_key(|b| b.range.start);
    let bindings = place_bindings(&mut scopes, raw);
    raw_references.sort_by_key(|r| r.range.start);
    let mut model = SemanticModel {
        scopes,
        bindings,
        references: Vec::new(),
    };
    let references = raw_references
        .into_iter()
        .map(|r| resolve_reference(&model, r))
        .collect();
    model.references = references;
    model
}

fn resolve_reference(model: &SemanticModel, raw: RawReference) -> crate::core::semantic::Reference {
    let resolution = match raw.type_parameter_of {
        Some(owner) => Resolution::Scope(owner),
        None => resolve(model, raw.scope, &raw.name),
    };
    crate::core::semantic::Reference {
        name: raw.name,
        range: raw.range,
        scope: raw.scope,
        resolution,
        postponed: raw.postponed,
    }
}

/// Turn raw bindings (sorted) into the model's, recording each in the scope it binds in. A
/// binding of a name declared `global`/`nonlocal` where it is written is placed once every
/// undeclared binding is in place, since `nonlocal` looks for the scope that binds the name.
fn place_bindings(scopes: &mut [Scope], raw: Vec<RawBinding>) -> Vec<Binding> {
    let mut bindings: Vec<Binding> = raw.into_iter().map(into_binding).collect();
    let mut declared = Vec::new();
    for (index, binding) in bindings.iter().enumerate() {
        let home = &scopes[binding.scope.0 as usize];
        if home.globals.contains_key(&binding.name) || home.nonlocals.contains_key(&binding.name) {
            declared.push(index);
        } else {
            record(&mut scopes[binding.scope.0 as usize], &binding.name, index);
        }
    }
    for index in declared {
        let binding = &mut bindings[index];
        binding.scope = declared_scope(scopes, binding.scope, &binding.name);
        record(&mut scopes[binding.scope.0 as usize], &binding.name, index);
    }
    bindings
}

fn into_binding(raw: RawBinding) -> Binding {
    Binding {
        name: raw.name,
        kind: raw.kind,
        scope: raw.home,
        written_in: raw.written_in,
        range: raw.range,
        statement: raw.statement,
        value: raw.value,
        annotation: raw.annotation,
    }
}

/// Add binding `index` to the scope's list for `name`, keeping the list in source order (ids
/// are in source order; declared bindings may arrive after later ones).
fn record(scope: &mut Scope, name: &str, index: usize) {
    let id = BindingId(index as u32);
    match scope.bindings.get_mut(name) {
        Some(ids) => {
            let at = ids.partition_point(|&other| other < id);
            ids.insert(at, id);
        }
        None => {
            scope.bindings.insert(name.to_owned(), vec![id]);
        }
    }
}

/// Where a binding of `name` lands when `home` declares it: the module for `global`; for
/// `nonlocal` the nearest enclosing function that binds it. A `nonlocal` with no such function
/// is a SyntaxError in Python; the binding then stays in `home`.
fn declared_scope(scopes: &[Scope], home: ScopeId, name: &str) -> ScopeId {
    let scope = |id: ScopeId| &scopes[id.0 as usize];
    if scope(home).globals.contains_key(name) {
        return SemanticModel::MODULE;
    }
    let mut current = scope(home).parent;
    while let Some(id) = current {
        let candidate = scope(id);
        match candidate.kind {
            ScopeKind::Module => break,
            ScopeKind::Class | ScopeKind::Comprehension => {}
            ScopeKind::Function | ScopeKind::Lambda => {
                if candidate.globals.contains_key(name) {
                    break;
                }
                if !candidate.nonlocals.contains_key(name) && candidate.bindings.contains_key(name)
                {
                    return id;
                }
            }
        }
        current = candidate.parent;
    }
    home
}

/// LEGB: the scope's own declarations and bindings, then enclosing function scopes (class
/// scopes are skipped, except for their PEP 695 type parameters), then the module, then
/// builtins.
pub(super) fn resolve(model: &SemanticModel, scope: ScopeId, name: &str) -> Resolution {
    let start = model.scope(scope);
    if start.globals.contains_key(name) {
        return global(model, name);
    }
    if !start.nonlocals.contains_key(name) && start.bindings.contains_key(name) {
        return Resolution::Scope(scope);
    }
    let mut current = start.parent;
    while let Some(id) = current {
        let candidate = model.scope(id);
        match candidate.kind {
            ScopeKind::Module => break,
            ScopeKind::Class => {
                if binds_type_parameter(model, candidate, name) {
                    return Resolution::Scope(id);
                }
            }
            _ => {
                if candidate.globals.contains_key(name) {
                    break;
                }
                if !candidate.nonlocals.contains_key(name) && candidate.bindings.contains_key(name)
                {
                    return Resolution::Scope(id);
                }
            }
        }
        current = candidate.parent;
    }
    global(model, name)
}

fn global(model: &SemanticModel, name: &str) -> Resolution {
    if model
        .scope(SemanticModel::MODULE)
        .bindings
        .contains_key(name)
    {
        Resolution::Scope(SemanticModel::MODULE)
    } else if is_builtin(name) {
        Resolution::Builtin
    } else {
        Resolution::Unresolved
    }
}

/// `class C[T]`: `T` lives in an annotation scope that functions nested in the class can see.
fn binds_type_parameter(model: &SemanticModel, class: &Scope, name: &str) -> bool {
    class.bindings.get(name).is_some_and(|ids| {
        ids.iter()
            .any(|&id| model.binding(id).kind == BindingKind::TypeParameter)
    })
}

/// The innermost scope whose code contains `offset`.
///
/// Exact on identifiers (every read and bound name records the scope whose code holds it), on
/// the first byte of a scope's node (the node is evaluated in the parent), in parameter
/// defaults and annotations, and in a comprehension's first iterable. Elsewhere it is the
/// innermost scope whose node contains `offset`, which is wrong only for the bytes of a return
/// annotation or class bases that are not names (`-> None`, the `(` of the bases), which are
/// attributed to the function or class instead of its parent: the model keeps no range for
/// those parts.
pub(super) fn scope_at(model: &SemanticModel, offset: usize) -> ScopeId {
    if let Some(scope) = named_scope_at(model, offset) {
        return scope;
    }
    let innermost = innermost_scope(model, offset);
    let scope = model.scope(innermost);
    let in_header = scope.range.start == offset
        || in_parameter_header(model, innermost, offset)
        || in_first_iterable(model, innermost, offset);
    match scope.parent {
        Some(parent) if in_header => parent,
        _ => innermost,
    }
}

/// The scope of the read or bound identifier at `offset`, if there is one.
fn named_scope_at(model: &SemanticModel, offset: usize) -> Option<ScopeId> {
    let after = model
        .references
        .partition_point(|r| r.range.start <= offset);
    if let Some(reference) = after.checked_sub(1).map(|i| &model.references[i])
        && offset < reference.range.end
    {
        return Some(reference.scope);
    }
    let after = model.bindings.partition_point(|b| b.range.start <= offset);
    let binding = &model.bindings[after.checked_sub(1)?];
    (offset < binding.range.end).then_some(binding.written_in)
}

fn innermost_scope(model: &SemanticModel, offset: usize) -> ScopeId {
    let mut best = SemanticModel::MODULE;
    for (index, scope) in model.scopes.iter().enumerate() {
        let contains = scope.range.start <= offset && offset < scope.range.end;
        if contains && scope.range.len() <= model.scope(best).range.len() {
            best = ScopeId(index as u32);
        }
    }
    best
}

/// Inside a parameter of `scope` (its default or annotation; the name was handled already).
fn in_parameter_header(model: &SemanticModel, scope: ScopeId, offset: usize) -> bool {
    scope_bindings(model, scope).any(|b| {
        b.kind == BindingKind::Parameter && b.statement.start <= offset && offset < b.statement.end
    })
}

/// In the iterable of a comprehension's first `for` clause, after its target.
fn in_first_iterable(model: &SemanticModel, scope: ScopeId, offset: usize) -> bool {
    if model.scope(scope).kind != ScopeKind::Comprehension {
        return false;
    }
    let targets = || scope_bindings(model, scope).filter(|b| b.kind == BindingKind::ForTarget);
    let Some(first_clause) = targets().map(|b| b.statement).min_by_key(|s| s.start) else {
        return false;
    };
    let targets_end = targets()
        .filter(|b| b.statement == first_clause)
        .map(|b| b.range.end)
        .max()
        .unwrap_or(first_clause.start);
    targets_end <= offset && offset < first_clause.end
}

fn scope_bindings(model: &SemanticModel, scope: ScopeId) -> impl Iterator<Item = &Binding> {
    model
        .scope(scope)
        .bindings
        .values()
        .flatten()
        .map(|&id| model.binding(id))
}
