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
use super::handed::{HandedPool, Held, imported_function};
use super::sites::{Handed, Site};
use super::values::Evaluator;
use crate::core::semantic::{BindingKind, SemanticModel};
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
            let callable = unparenthesize(site.callable);
            if !matches!(callable.kind(), "identifier" | "attribute") {
                return None;
            }
            let function = imported_function(eval, callable, site.scope)?;
            let api = site.row.name_label().trim_matches('`').to_string();
            Some(HandedPool {
                function,
                position: None,
                keyword: None,
                // The run names the file (`run::handed`).
                held: Held::Name {
                    api,
                    by: String::new(),
                },
            })
        })
        .collect();
    found.sort_by(|a, b| a.function.cmp(&b.function));
    found.dedup_by(|a, b| a.function == b.function);
    found
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
    eval.handed_names()
        .into_iter()
        .filter_map(|(name, api, by)| {
            let lambda = bound_lambda(eval, guards, name)?;
            if found.contains(&TextRange::of(lambda)) {
                return None;
            }
            let classified = classify_assigned(eval, guards, lambda, SemanticModel::MODULE, 1);
            matches!(classified, Classified::Unpicklable(Callable::Lambda(_), _))
                .then(|| (site(lambda, api, by), classified))
        })
        .collect()
}

/// The lambda that the module-level `name` is bound to by its one binding, an assignment
/// outside the `__main__` guard.
fn bound_lambda<'t>(eval: &Evaluator<'t>, guards: &[TextRange], name: &str) -> Option<Node<'t>> {
    let model = eval.model;
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let binding = model.binding(*only);
    let assigned = matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    );
    if !assigned || in_guard(guards, model, *only) {
        return None;
    }
    let value = unparenthesize(eval.node_at(binding.value?)?);
    (value.kind() == "lambda").then_some(value)
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
        interpreters: false,
        handed: Handed::Callable,
    }
}
