//! Module-level names handed to a process API by another file of the run, which pickle
//! carries by reference: a lambda bound to one is found where it is written and lifted there.
//!
//! ```text
//! # main.py (first look)                      # pkg/fns.py (picked, told of `SQUARE`)
//! from pkg.fns import SQUARE                  SQUARE = lambda x: x * x    # the finding
//! with Pool(2) as pool:                       # -> def _SQUARE(x): ...
//!     pool.map(SQUARE, xs)                    #    SQUARE = _SQUARE
//!     # -> `HandedPool { pkg.fns.SQUARE,
//!     #      Held::Name { Pool.map, main } }`
//! ```
//!
//! 1. The first look at a file lists the names its sites hand over that pickle would carry
//!    as far as the file can tell (`Classified::Fine`) and that an import binds (`from
//!    pkg.fns import SQUARE`, or `f.SQUARE` with `import pkg.fns as f`): `exported_names`.
//! 2. The run (`run::handed`) picks the file of that module when its text assigns a lambda
//!    to the name, and analyses it again told of it (`Options::handed_pools`).
//! 3. There the name's one binding, a module-level assignment of a lambda outside the
//!    `__main__` guard, is a site of its own (`name_sites`): the lambda is lifted where it
//!    stands, as for a site of the file itself, and reported on its line. The site's API
//!    is the caller's, said to be in the caller's file. A lambda a site of the file also
//!    hands over is that site's finding alone.

use tree_sitter::Node;

use super::api::{ApiRow, BASE};
use super::callables::{Callable, Classified, classify_assigned, in_guard, unparenthesize};
use super::handed::{HandedPool, Held, NamePart, imported_function};
use super::picked::{
    got, is_growth, items_assigned, literal_key, positional, returned_closures_of, written_entries,
};
use super::sites::{Handed, Site};
use super::values::{Evaluator, Value};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// The names the file's sites hand over that an import binds, when pickle carries them as far
/// as the file can tell: the file that binds them may bind a lambda. Not a site whose worker
/// is forked by an explicit fork context or is an interpreter of this process.
pub fn exported_names(
    eval: &Evaluator<'_>,
    classified: &[(Site<'_>, Classified<'_>)],
) -> Vec<HandedPool> {
    let mut found: Vec<HandedPool> = classified
        .iter()
        // A fork context's child inherits what it is given, and an interpreter pool may
        // share a function by its code: neither need pickle the name.
        .filter(|(site, c)| {
            matches!(c, Classified::Fine)
                && site.handed == Handed::Callable
                && !site.inherited_by_fork
                && !site.interpreters
        })
        .filter_map(|(site, _)| {
            let (named, part) = handed_part(eval, unparenthesize(site.callable), site.scope, 0)?;
            let function = imported_function(eval, named, site.scope)?;
            let api = site.row.name_label().trim_matches('`').to_string();
            Some(HandedPool {
                function,
                position: None,
                keyword: None,
                // The run names the file (`run::handed`).
                held: Held::Name {
                    api,
                    by: String::new(),
                    part,
                },
            })
        })
        .collect();
    found.sort_by_key(HandedPool::request);
    found.dedup_by(|a, b| a.request() == b.request());
    found
}

/// The name `callable` hands over and which part of it: itself (`SQUARE`, `fns.F`), an entry
/// of it subscripted once (`fns.OPS["sq"]`, `OPS[name]`), or what a call of it returns
/// (`transforms.scaler(3)`), when the evaluator knows nothing of what it calls (not
/// `functools.partial`, a class or a wrapper).
fn handed_part<'t>(
    eval: &Evaluator<'t>,
    callable: Node<'t>,
    scope: ScopeId,
    depth: usize,
) -> Option<(Node<'t>, NamePart)> {
    match callable.kind_name() {
        // A local bound once to an entry (`handler = COMMANDS.get(cmd)`) hands that entry over.
        "identifier" => {
            Some(local_entry(eval, callable, scope, depth).unwrap_or((callable, NamePart::Whole)))
        }
        "attribute" => Some((callable, NamePart::Whole)),
        "call" => {
            if let Some(got) = got_entry(eval, callable) {
                return Some(got);
            }
            let function = unparenthesize(callable.field("function")?);
            (matches!(function.kind_name(), "identifier" | "attribute")
                && eval.eval(function, scope) == Value::Unknown)
                .then_some((function, NamePart::Returned))
        }
        "subscript" => {
            let table = unparenthesize(callable.field("value")?);
            let mut cursor = callable.walk();
            let keys: Vec<Node<'t>> = callable
                .children_by_field_name("subscript", &mut cursor)
                .collect();
            let [key] = keys.as_slice() else {
                return None;
            };
            let part = match literal_key(eval.text(*key)) {
                Some(key) => NamePart::Entry(key),
                None => NamePart::AnyEntry,
            };
            matches!(table.kind_name(), "identifier" | "attribute").then_some((table, part))
        }
        _ => None,
    }
}

/// The part of a name that `name`, a local of `scope` bound once by an assignment, holds
/// when that is an entry of a table (`handler = COMMANDS[cmd]`, `COMMANDS.get(cmd)`).
fn local_entry<'t>(
    eval: &Evaluator<'t>,
    name: Node<'t>,
    scope: ScopeId,
    depth: usize,
) -> Option<(Node<'t>, NamePart)> {
    if depth > 0 || eval.model.resolve(scope, eval.text(name)) != Resolution::Scope(scope) {
        return None;
    }
    let binding = eval.model.sole_binding(scope, eval.text(name))?;
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    let value = unparenthesize(eval.node_at(binding.value?)?);
    if !matches!(value.kind_name(), "subscript" | "call") {
        return None;
    }
    handed_part(eval, value, scope, depth + 1).filter(|(_, part)| part.is_entry())
}

/// For `table.get(key)` or `table.get(key, default)`, the table and the entry of the key.
fn got_entry<'t>(eval: &Evaluator<'t>, call: Node<'t>) -> Option<(Node<'t>, NamePart)> {
    let (table, key, _) = got(eval, call)?;
    let part = match literal_key(eval.text(key)) {
        Some(key) => NamePart::Entry(key),
        None => NamePart::AnyEntry,
    };
    matches!(table.kind_name(), "identifier" | "attribute").then_some((table, part))
}

/// A site for each lambda bound to a name other files hand over (`Evaluator::handed_names`),
/// when no site in `classified` has it already.
pub fn name_sites<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    classified: &[(Site<'t>, Classified<'t>)],
) -> Vec<(Site<'t>, Classified<'t>)> {
    let found: Vec<TextRange> = classified
        .iter()
        .filter_map(|(_, c)| match c {
            Classified::Unpicklable(callable, _) => Some(callable.key()),
            _ => None,
        })
        .collect();
    let mut sites: Vec<(Site<'t>, Classified<'t>)> = Vec::new();
    for handed in eval.handed_names() {
        if *handed.part == NamePart::Returned {
            for closure in returned_closures_of(eval, handed.name) {
                let known = sites.iter().any(|(site, _)| site.callable == closure);
                let scope = eval.model.scope_at(closure.start_byte());
                let classified = classify_assigned(eval, guards, closure, scope, 1);
                let key = match &classified {
                    Classified::Unpicklable(callable, _) => callable.key(),
                    _ => continue,
                };
                if !known && !found.contains(&key) {
                    let site = Site {
                        scope,
                        ..site(closure, handed.api, handed.by)
                    };
                    sites.push((site, classified));
                }
            }
            continue;
        }
        for lambda in bound_lambdas(eval, guards, handed.name, handed.part) {
            let known = sites.iter().any(|(site, _)| site.callable == lambda);
            if known || found.contains(&TextRange::of(lambda)) {
                continue;
            }
            let classified = classify_assigned(eval, guards, lambda, SemanticModel::MODULE, 1);
            if matches!(classified, Classified::Unpicklable(Callable::Lambda(_), _)) {
                sites.push((site(lambda, handed.api, handed.by), classified));
            }
        }
    }
    sites
}

/// The lambdas that `part` of the module-level `name` may be, by its one binding, an
/// assignment outside the `__main__` guard: its value a lambda, or a conditional expression
/// (or `or`/`and`) choosing among lambdas (`F = (lambda x: x) if FAST else (lambda x: -x)`,
/// each arm that is one); or the entry of a dict, list or tuple literal without splats at the
/// key handed over (`OPS = {"sq": lambda x: x * x}` for `OPS["sq"]`), any of them for a key
/// that is no literal.
fn bound_lambdas<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    name: &str,
    part: &NamePart,
) -> Vec<Node<'t>> {
    let model = eval.model;
    // A table's growths by `+=` add entries (`picked::items_assigned`), not a value.
    let bindings: Vec<BindingId> = (model.bindings_of(SemanticModel::MODULE, name).iter())
        .copied()
        .filter(|&id| !(part.is_entry() && is_growth(eval, model.binding(id))))
        .collect();
    let [only] = bindings.as_slice() else {
        return Vec::new();
    };
    let binding = model.binding(*only);
    let assigned = matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    );
    if !assigned || in_guard(guards, model, *only) {
        return Vec::new();
    }
    let Some(value) = binding.value.and_then(|v| eval.node_at(v)) else {
        return Vec::new();
    };
    let value = unparenthesize(value);
    // Entries the module's own code adds to the table (`STEPS.append(lambda ...)`,
    // `STEPS += [...]`, `OPS["k"] = ...`), which any code after it may pick.
    let added: Vec<(Option<String>, Node<'t>)> = match part.is_entry() {
        true => eval
            .node_at(binding.range)
            .filter(|n| n.kind_name() == "identifier")
            .map(|n| items_assigned(eval, n, SemanticModel::MODULE))
            .unwrap_or_default(),
        false => Vec::new(),
    };
    let entries = |value| {
        let mut all = entries(eval, value);
        all.extend(added.iter().cloned());
        all
    };
    let candidates = match part {
        NamePart::Whole => match value.kind_name() {
            "conditional_expression" | "boolean_operator" => arms(value),
            _ => vec![value],
        },
        // A negative position counts from the end of a list or tuple: any entry may be it.
        NamePart::Entry(key) if key.starts_with('-') && positional(eval, value) => {
            entries(value).into_iter().map(|(_, e)| e).collect()
        }
        // An entry whose key is not written as a literal (`{name: f}`, an element after a
        // `*more`) may be the one of any key.
        NamePart::Entry(key) => entries(value)
            .into_iter()
            .filter(|(at, _)| at.as_deref().is_none_or(|at| at == key.as_str()))
            .map(|(_, entry)| entry)
            .collect(),
        NamePart::AnyEntry => entries(value).into_iter().map(|(_, e)| e).collect(),
        NamePart::Returned => return Vec::new(),
    };
    candidates
        .into_iter()
        .map(unparenthesize)
        .filter(|candidate| candidate.kind_name() == "lambda")
        .collect()
}

/// The values a conditional expression or a boolean operator may give: its arms, and theirs
/// in turn (not the condition of a conditional expression).
fn arms(value: Node<'_>) -> Vec<Node<'_>> {
    let value = unparenthesize(value);
    let parts: Vec<Node<'_>> = match value.kind_name() {
        "conditional_expression" => {
            let mut cursor = value.walk();
            let operands: Vec<Node<'_>> = value
                .named_children(&mut cursor)
                .filter(|c| c.kind_name() != "comment")
                .collect();
            match operands.as_slice() {
                [body, _, orelse] => vec![*body, *orelse],
                _ => return Vec::new(),
            }
        }
        "boolean_operator" => ["left", "right"]
            .iter()
            .filter_map(|field| value.field(field))
            .collect(),
        _ => return vec![value],
    };
    parts.into_iter().flat_map(arms).collect()
}

/// The entries of a table written out (`picked::written_entries`); none for one that holds
/// entries not written there.
fn entries<'t>(eval: &Evaluator<'t>, table: Node<'t>) -> Vec<(Option<String>, Node<'t>)> {
    written_entries(eval, table).unwrap_or_default()
}

/// The site of `lambda` handed to `api` by the file `by`: no call of this file hands it
/// over, so the lambda stands for the call, and the row only names the caller's API.
fn site<'t>(lambda: Node<'t>, api: &str, by: &str) -> Site<'t> {
    let name: &'static str = Box::leak(format!("{api}` in `{by}").into_boxed_str());
    let row: &'static ApiRow = Box::leak(Box::new(ApiRow {
        name,
        pickled_under_fork: true,
        ..BASE
    }));
    Site {
        row,
        call: lambda,
        arguments: lambda,
        callable: lambda,
        scope: SemanticModel::MODULE,
        inherited_by_fork: false,
        fork_context: false,
        forked_at: None,
        interpreters: false,
        handed: Handed::Callable,
        kept_for: None,
        in_mapping: false,
    }
}
