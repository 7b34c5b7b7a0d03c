//! The module-level names of lifted functions: one scheme for the whole file, so that the names
//! read as a maintainer would have chosen them and two runs over the same file agree.
//!
//! Each lifted callable has a *place*, where it was, and a *stem*, what it is:
//! - the place is the enclosing function's name without its leading and trailing underscores;
//!   inside a dunder method (`__init__`, `__call__`) it is the class's name in snake case, since
//!   `init` says little; `main` under the `if __name__ == "__main__":` guard; nothing at module
//!   level;
//! - the stem is a function's own name, the variable or attribute a lambda is assigned to
//!   or the key of the dispatch-table entry it is (`{"double": lambda ...}`, not a dict
//!   of arguments handed to a call), or else the
//!   lambda's role at the call that hands it over: `target` (a `Process` target), `initializer`
//!   (a pool's initializer), `collate` and `worker_init` (torch's `DataLoader`) or `task`
//!   (everything a pool or executor runs); `lambda` when no call hands it over (`--lift`).
//!
//! The name is the first of these candidates that is free at module level (not bound there, not
//! read there as a global or builtin, not taken by another lift of this run):
//!
//! | callable                            | first         | then            | then               |
//! |-------------------------------------|---------------|-----------------|--------------------|
//! | nested `def work` in `main`         | `work`        | `_main_work`    | `_main_work_2`, ...|
//! | `triple = lambda ...` in `scale`    | `_triple`     | `_scale_triple` | `_scale_triple_2`  |
//! | `{"triple": lambda ...}` in `scale` | `_triple`     | `_scale_triple` | `_scale_triple_2`  |
//! | `pool.map(lambda ...)` in `scale`   | `_scale_task` |                 | `_scale_task_2`    |
//! | `Pool(initializer=lambda ...)` in `Trainer.__init__` | `_trainer_initializer` | | `..._2` |
//!
//! In a module without `__all__` that another file of the run star-imports, a nested `def
//! work` takes `_work` first instead (`Options::private_lifts`): the star import would bind a
//! public `work` in the importer, over a name of its own or another module's.
//!
//! A function under the `__main__` guard is already a module-level name and keeps it. Parts are
//! joined by one underscore, so dunder names never double them. Groups are planned in source
//! order, so the numbers follow the order of the code.

use std::collections::HashSet;

use tree_sitter::Node;

use super::constants::snake_case;
use super::in_place::{Placement, placement};
use super::references::variable_name;
use super::{Context, Group, Lifted};
use crate::core::analysis::callables::Callable;
use crate::core::analysis::inferred::is_identifier;
use crate::core::analysis::sites::Handed;
use crate::core::analysis::unpacked::builtin_call_arguments;
use crate::core::analysis::values::string_content;
use crate::core::node::NodeExt;
use crate::core::semantic::{ScopeId, ScopeKind, SemanticModel, is_builtin};

/// The module-level name of each member of `group`.
pub(super) fn names_for(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captures_nothing: bool,
) -> Result<Vec<Lifted>, String> {
    let mut taken_here: HashSet<String> = HashSet::new();
    let mut names = Vec::new();
    for index in 0..group.members.len() {
        let lifted = member_name(ctx, group, index, &taken_here, captures_nothing);
        taken_here.insert(lifted.name.clone());
        names.push(lifted);
    }
    check_star_import(ctx, group, &names)?;
    Ok(names)
}

/// A star import may bind any name at module level, so no new one is known to be free there,
/// unless every star import of the module is of a module of the standard library whose
/// `__all__` is known (`STAR_EXPORTS`: `from multiprocessing import *`) and lists none of the
/// new names. A function under the `__main__` guard keeps the name it has.
fn check_star_import(ctx: &Context<'_>, group: &Group<'_>, names: &[Lifted]) -> Result<(), String> {
    if !ctx.eval.model.scope(SemanticModel::MODULE).has_star_import {
        return Ok(());
    }
    let new_names: Vec<&str> = (group.members.iter().zip(names))
        .filter(|(member, _)| {
            !matches!(
                member,
                Callable::Function {
                    under_guard: true,
                    ..
                }
            )
        })
        .map(|(_, lifted)| lifted.name.as_str())
        .collect();
    if new_names.is_empty() {
        return Ok(());
    }
    let exported = ctx
        .eval
        .every_star_module()
        .iter()
        .map(|module| {
            STAR_EXPORTS
                .iter()
                .find(|(known, _)| known == module)
                .map(|(_, names)| *names)
        })
        .collect::<Option<Vec<&[&str]>>>();
    match exported {
        Some(lists)
            if !new_names
                .iter()
                .any(|n| lists.iter().any(|l| l.contains(n))) =>
        {
            Ok(())
        }
        _ => Err(
            "the module has a star import, so no new module-level name is known to be free".into(),
        ),
    }
}

/// The names `from MODULE import *` binds, for the modules of the standard library that hold
/// process APIs: their `__all__` (`multiprocessing`'s is its default context's public
/// names), over Python 3.9 to 3.14.
const STAR_EXPORTS: [(&str, &[&str]); 3] = [
    (
        "concurrent.futures",
        &[
            "ALL_COMPLETED",
            "BrokenExecutor",
            "CancelledError",
            "Executor",
            "FIRST_COMPLETED",
            "FIRST_EXCEPTION",
            "Future",
            "InterpreterPoolExecutor",
            "ProcessPoolExecutor",
            "ThreadPoolExecutor",
            "TimeoutError",
            "as_completed",
            "wait",
        ],
    ),
    (
        "multiprocessing",
        &[
            "Array",
            "AuthenticationError",
            "Barrier",
            "BoundedSemaphore",
            "BufferTooShort",
            "Condition",
            "Event",
            "JoinableQueue",
            "Lock",
            "Manager",
            "Pipe",
            "Pool",
            "Process",
            "ProcessError",
            "Queue",
            "RLock",
            "RawArray",
            "RawValue",
            "Semaphore",
            "SimpleQueue",
            "TimeoutError",
            "Value",
            "active_children",
            "allow_connection_pickling",
            "cpu_count",
            "current_process",
            "freeze_support",
            "get_all_start_methods",
            "get_context",
            "get_logger",
            "get_start_method",
            "log_to_stderr",
            "parent_process",
            "reducer",
            "set_executable",
            "set_forkserver_preload",
            "set_start_method",
        ],
    ),
    ("multiprocessing.pool", &["Pool", "ThreadPool"]),
];

/// The name of the member at `index`: its first free candidate, when `taken_here` holds the
/// names given to the members before it.
fn member_name(
    ctx: &Context<'_>,
    group: &Group<'_>,
    index: usize,
    taken_here: &HashSet<String>,
    captures_nothing: bool,
) -> Lifted {
    let member = &group.members[index];
    let placement = match member {
        Callable::Lambda(node) => placement(ctx, *node, captures_nothing),
        Callable::Function { .. } => Placement::Above,
    };
    // `name = lambda ...` becoming `def name` (see `in_place`) keeps its name.
    if let (Placement::Here | Placement::FromGuard, Some(variable)) = (
        placement,
        match member {
            Callable::Lambda(node) => variable_name(ctx, *node),
            Callable::Function { .. } => None,
        },
    ) {
        return Lifted {
            name: variable.to_string(),
            renamed: false,
            needs: Vec::new(),
            placement,
        };
    }
    let (original, mut candidates) = candidates(ctx, group, index, member);
    let reused = reused_name(ctx, member);
    if reused {
        // The old name stays bound in its scope: the lifted function needs another one,
        // which no scope binds, so that no rewritten read of it is shadowed.
        candidates.retain(|c| Some(c) != original.as_ref());
    }
    // A new name must not be a local anywhere, or the old scope would read its own
    // variable where the fix writes the lifted function (`_f = lambda ...` lifted as `_f`
    // leaves `_f = _f`); a function keeping its own name replaces that very binding.
    let is_free = |name: &str| {
        let new_name = original.as_deref() != Some(name);
        let shadowed = (reused || new_name) && bound_anywhere(ctx, name);
        !(ctx.taken.contains(name) || taken_here.contains(name) || is_builtin(name) || shadowed)
    };
    let name = match member {
        // Already a module-level name, bound under the guard: it keeps it.
        Callable::Function {
            under_guard: true, ..
        } => original.clone().unwrap_or_default(),
        _ => first_free(&candidates, is_free),
    };
    let renamed = original.is_some_and(|o| o != name);
    Lifted {
        name,
        renamed,
        needs: Vec::new(),
        placement,
    }
}

/// A nested `def` whose name its scope binds again (see `reach`).
fn reused_name(ctx: &Context<'_>, member: &Callable<'_>) -> bool {
    let model = ctx.eval.model;
    match member {
        Callable::Function {
            binding,
            under_guard: false,
            ..
        } => {
            let binding = model.binding(*binding);
            model.bindings_of(binding.scope, &binding.name).len() > 1
        }
        _ => false,
    }
}

fn bound_anywhere(ctx: &Context<'_>, name: &str) -> bool {
    ctx.eval
        .model
        .scopes
        .iter()
        .any(|s| s.bindings.contains_key(name))
}

/// The member's own name when it has one (a function), and the names it may take, in order.
fn candidates(
    ctx: &Context<'_>,
    group: &Group<'_>,
    index: usize,
    member: &Callable<'_>,
) -> (Option<String>, Vec<String>) {
    let model = ctx.eval.model;
    match member {
        Callable::Function { binding, .. } => {
            let binding = model.binding(*binding);
            let place = place(model, binding.scope, false);
            let derived = joined(&[&place, &binding.name]);
            // A star import of the module would bind a public name over its importer's own
            // (`Options::private_lifts`).
            let own = match ctx.private_lifts && !binding.name.starts_with('_') {
                true => format!("_{}", binding.name),
                false => binding.name.clone(),
            };
            (Some(binding.name.clone()), vec![own, derived])
        }
        Callable::Lambda(node) => {
            let guarded = ctx
                .guards
                .iter()
                .any(|g| g.start <= node.start_byte() && node.start_byte() < g.end);
            let place = place(model, model.scope_at(node.start_byte()), guarded);
            // A name with capitals (`SQUARE = lambda ...`, `Square = lambda ...`) gives a
            // function's as pep8-naming wants it: `_square`.
            // The keywords a mapping splatted into the call holds are arguments, not a table
            // (`opts = {"target": lambda ...}; Process(**opts)`): the role's name.
            let splatted = group.sites.iter().any(|s| s.site.in_mapping);
            let given = given_name(ctx, *node).filter(|_| !splatted).map(|v| {
                if v.chars().any(char::is_uppercase) {
                    snake_case(v)
                } else {
                    v.to_string()
                }
            });
            let names = match given.as_deref() {
                Some(variable) => vec![joined(&[variable]), joined(&[&place, variable])],
                None => vec![joined(&[&place, role(group, index)])],
            };
            (None, names)
        }
    }
}

/// The name a lambda is given where it stands: the variable or the attribute it is assigned
/// to (`triple = lambda ...`, `self.triple = lambda ...`), or the key of the dispatch-table
/// entry it is (`{"triple": lambda ...}`, `ops["triple"] = lambda ...`,
/// `ops.setdefault("triple", lambda ...)`), when that key is a plain name.
fn given_name<'s>(ctx: &Context<'s>, lambda: Node<'_>) -> Option<&'s str> {
    if let Some(variable) = variable_name(ctx, lambda) {
        return Some(variable);
    }
    let source = ctx.eval.source;
    let node = crate::core::analysis::callables::parenthesized(lambda);
    let parent = node.parent()?;
    let name = match parent.kind_name() {
        // `self.triple = lambda ...`, and `ops["triple"] = lambda ...`, an entry of a table.
        "assignment" if parent.field("right") == Some(node) => {
            let left = parent.field("left")?;
            match left.kind_name() {
                "attribute" => &source[left.field("attribute")?.byte_range()],
                "subscript" => {
                    let key = left.field("subscript")?;
                    let text = &source[key.byte_range()];
                    (key.kind_name() == "string" && text.starts_with(['"', '\'']))
                        .then(|| string_content(text))?
                }
                _ => return None,
            }
        }
        "pair" if parent.field("value") == Some(node) && is_table(source, parent) => {
            let key = parent.field("key")?;
            let text = &source[key.byte_range()];
            (key.kind_name() == "string" && text.starts_with(['"', '\'']))
                .then(|| string_content(text))?
        }
        // `ops.setdefault("triple", lambda ...)`.
        "argument_list" => {
            let method = parent
                .parent()
                .and_then(|call| call.field("function"))
                .and_then(|function| function.field("attribute"))?;
            let [key, value] = crate::core::parse::named_items(parent)[..] else {
                return None;
            };
            let text = &source[key.byte_range()];
            (&source[method.byte_range()] == "setdefault"
                && value.id() == node.id()
                && key.kind_name() == "string"
                && text.starts_with(['"', '\'']))
            .then(|| string_content(text))?
        }
        // `dict([("triple", lambda ...), ...])`, `OrderedDict(...)` of such pairs.
        "tuple" => {
            let [key, value] = crate::core::parse::named_items(parent)[..] else {
                return None;
            };
            let text = &source[key.byte_range()];
            (value.id() == node.id()
                && key.kind_name() == "string"
                && text.starts_with(['"', '\''])
                && is_pairs_table(ctx, parent))
            .then(|| string_content(text))?
        }
        "keyword_argument"
            if parent.field("value") == Some(node) && is_dict_call_table(ctx, parent) =>
        {
            &source[parent.field("name")?.byte_range()]
        }
        _ => return None,
    };
    is_identifier(name).then_some(name)
}

/// Whether the dict literal that holds `pair` is a table kept for later lookups, not the
/// arguments handed to a call (`kwargs={"fn": lambda ...}`, `**{"fn": ...}`), whose lambdas
/// keep their role's name; the entries a table's `update` adds are kept as well
/// (`OPS.update({"triple": lambda ...})`).
fn is_table(source: &str, pair: Node<'_>) -> bool {
    pair.parent()
        .is_some_and(|dict| kept_for_lookups(dict) || updates_a_table(source, dict))
}

/// Whether `argument` is an entry of a table made by the builtin `dict` (`dict(triple=lambda
/// ...)`), kept for later lookups as a dict literal is (`is_table`), or added by a table's
/// `update` (`OPS.update(triple=lambda ...)`).
fn is_dict_call_table(ctx: &Context<'_>, argument: Node<'_>) -> bool {
    let Some(arguments) = argument.parent() else {
        return false;
    };
    updates_a_table(ctx.eval.source, argument)
        || arguments.parent().is_some_and(|call| {
            builtin_call_arguments(ctx.eval, call, "dict") == Some(arguments)
                && kept_for_lookups(call)
        })
}

/// Whether `pair`, a tuple, is an element of the list or tuple of pairs that is the first
/// argument of a call making a table of them (`dict([...])`, `OrderedDict([...])`), kept for
/// later lookups.
fn is_pairs_table(ctx: &Context<'_>, pair: Node<'_>) -> bool {
    let Some(pairs) = pair
        .parent()
        .filter(|p| matches!(p.kind_name(), "list" | "tuple"))
    else {
        return false;
    };
    let Some(arguments) = pairs.parent().filter(|a| a.kind_name() == "argument_list") else {
        return false;
    };
    arguments
        .named_child(0)
        .is_some_and(|first| first.id() == pairs.id())
        && arguments.parent().is_some_and(|call| {
            crate::core::analysis::picked::dict_call_arguments(ctx.eval, call) == Some(arguments)
                && kept_for_lookups(call)
        })
}

/// Whether the container `table` is kept for later lookups, not handed to a call as its
/// arguments.
fn kept_for_lookups(table: Node<'_>) -> bool {
    let mut node = Some(table);
    while let Some(parent) = node.and_then(|n| n.parent()) {
        if parent.kind_name() != "parenthesized_expression" {
            return !matches!(
                parent.kind_name(),
                "argument_list" | "keyword_argument" | "dictionary_splat"
            );
        }
        node = Some(parent);
    }
    true
}

/// Whether `argument` is an argument of a call of a method named `update` (`OPS.update(...)`),
/// which adds the entries it holds to a table.
fn updates_a_table(source: &str, argument: Node<'_>) -> bool {
    argument
        .parent()
        .filter(|list| list.kind_name() == "argument_list")
        .and_then(|list| list.parent())
        .and_then(|call| call.field("function"))
        .and_then(|function| function.field("attribute"))
        .is_some_and(|method| &source[method.byte_range()] == "update")
}

/// Where code in `scope` was, as a name part (see the module doc); `guarded` says whether
/// module-level code is under the `__main__` guard.
fn place(model: &SemanticModel, scope: ScopeId, guarded: bool) -> String {
    let mut current = Some(scope);
    while let Some(id) = current {
        let s = model.scope(id);
        match (s.kind, &s.name) {
            (ScopeKind::Function, Some(name)) if is_dunder(name) => {
                let class = s.parent.map(|p| model.scope(p));
                return match class {
                    Some(c) if c.kind == ScopeKind::Class => {
                        snake_case(c.name.as_deref().unwrap_or(""))
                    }
                    _ => name.trim_matches('_').to_string(),
                };
            }
            (ScopeKind::Function, Some(name)) => return name.trim_matches('_').to_string(),
            (ScopeKind::Class, Some(name)) => return snake_case(name),
            _ => current = s.parent,
        }
    }
    if guarded {
        "main".into()
    } else {
        String::new()
    }
}

/// The lambda's role at the first site that hands it over; `lambda` when nothing hands it over
/// (a lift asked for with `--lift`).
fn role(group: &Group<'_>, index: usize) -> &'static str {
    let Some(site) = group.sites.iter().find(|s| s.member == index) else {
        return "lambda";
    };
    // A value among the worker's arguments is no task, target or initializer of its own.
    if site.site.handed != Handed::Callable {
        return "lambda";
    }
    match site.site.row.callable.keyword {
        Some("target") => "target",
        Some("initializer") => "initializer",
        // A sort key a wrapper hands to `sorted` in its workers is no task.
        Some("key") => "key",
        // `DataLoader(collate_fn=..., worker_init_fn=...)`: `_main_collate`, `_main_worker_init`.
        Some("collate_fn") => "collate",
        Some("worker_init_fn") => "worker_init",
        _ => "task",
    }
}

/// A private name: the non-empty parts, without their own leading and trailing underscores,
/// joined by one underscore.
fn joined(parts: &[&str]) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim_matches('_'))
        .filter(|p| !p.is_empty())
        .collect();
    format!("_{}", parts.join("_"))
}

/// The first free candidate, else the last one numbered from 2.
fn first_free(candidates: &[String], is_free: impl Fn(&str) -> bool) -> String {
    if let Some(free) = candidates.iter().find(|c| is_free(c)) {
        return free.clone();
    }
    let base = candidates.last().map_or("_lifted", String::as_str);
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|candidate| is_free(candidate))
        .unwrap_or_else(|| base.to_string())
}

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_join_with_one_underscore() {
        assert_eq!(joined(&["init", "task"]), "_init_task");
        assert_eq!(joined(&["", "__work__"]), "_work");
        assert_eq!(joined(&["main", "_triple"]), "_main_triple");
    }

    #[test]
    fn class_names_become_snake_case() {
        assert_eq!(snake_case("Trainer"), "trainer");
        assert_eq!(snake_case("DataLoader"), "data_loader");
        assert_eq!(snake_case("HTTPServer"), "http_server");
        assert_eq!(snake_case("_Private2D"), "private2d");
        assert_eq!(snake_case("Ünïcode"), "ünïcode");
    }

    #[test]
    fn collisions_are_numbered_from_the_last_candidate() {
        let taken = ["work", "_main_work", "_main_work_2"];
        let candidates = vec!["work".to_string(), "_main_work".to_string()];
        let free = |n: &str| !taken.contains(&n);
        assert_eq!(first_free(&candidates, free), "_main_work_3");
    }
}
