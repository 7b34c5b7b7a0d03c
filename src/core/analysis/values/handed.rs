//! The pool a parameter holds because another file of the run passes one to its function
//! (`analysis::handed`): the run declares it (`Options::handed_pools`) when it analyses the
//! function's file again, and a parameter whose value nothing in the file says takes it.

use super::{Evaluator, Value};
use crate::core::analysis::handed::{HandedPool, Held};
use tree_sitter::Node;

use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

impl<'a> Evaluator<'a> {
    /// The evaluator with the pools other files pass to this file's functions.
    pub fn handed(self, handed: &'a [HandedPool]) -> Self {
        Self { handed, ..self }
    }

    /// The instance the parameter `id` is assumed to hold: a parameter of a module-level
    /// function of this file that another file passes a pool to, by the function's dotted
    /// path and the slot the pool takes (its name, or its position). When callers pass pools
    /// of two classes, the first by the run's order: every call is judged by what it passes
    /// (`Test::HandedPool`), and both classes' `map` take the callable alike.
    pub(in crate::core::analysis) fn assumed_pool(&self, id: BindingId) -> Option<Value> {
        if self.handed.is_empty() {
            return None;
        }
        let binding = self.model.binding(id);
        let function = self.model.scope(binding.scope);
        let module_level =
            function.kind == ScopeKind::Function && function.parent == Some(SemanticModel::MODULE);
        if binding.kind != BindingKind::Parameter || !module_level {
            return None;
        }
        let path = format!("{}.{}", self.module?, function.name.as_deref()?);
        let position = self.parameter_position(binding.scope, binding.range);
        let takes = |handed: &&HandedPool| {
            handed.function == path
                && match (&handed.keyword, handed.position) {
                    (Some(keyword), _) => *keyword == binding.name,
                    (None, at) => at.is_some() && at == position,
                }
        };
        Some(match &self.handed.iter().find(takes)?.held {
            Held::Pool { class, fork } => Value::Instance {
                class: *class,
                fork: *fork,
            },
            Held::Object(class) => Value::Declared(class.clone()),
        })
    }

    /// The dotted path of the module-level class `class` of this file (`par.Parallel`), by
    /// which other files of the run know it; `None` when the module is unknown.
    pub(in crate::core::analysis) fn own_class_path(&self, class: ScopeId) -> Option<String> {
        let scope = self.model.scope(class);
        let module_level = scope.parent == Some(SemanticModel::MODULE);
        module_level.then(|| Some(format!("{}.{}", self.module?, scope.name.as_deref()?)))?
    }

    /// Whether `node` may be a pool or an instance of a wrapper class by its text: it names,
    /// or a binding of the name it is names, one of the words through which the file can make
    /// one (`may_make_pools`: `pool`, `executor`, the process imports and declared APIs), or
    /// it is a parameter other files pass a pool to. A cheap test before evaluating it.
    pub(in crate::core::analysis) fn may_be_pool(&self, node: Node<'_>, scope: ScopeId) -> bool {
        if node.kind() != "identifier" {
            return self.names_pool_words(TextRange::of(node));
        }
        let name = self.text(node);
        let Resolution::Scope(owner) = self.model.resolve(scope, name) else {
            return false;
        };
        self.model.bindings_of(owner, name).iter().any(|id| {
            let binding = self.model.binding(*id);
            self.names_pool_words(binding.statement)
                || (binding.kind == BindingKind::Parameter && self.assumed_pool(*id).is_some())
        })
    }

    /// Whether the code of `scope`, or of the function or class a lambda or comprehension
    /// `scope` is in, names a word of `may_make_pools`.
    pub(in crate::core::analysis) fn may_make_pools_in(&self, mut scope: ScopeId) -> bool {
        while matches!(
            self.model.scope(scope).kind,
            ScopeKind::Lambda | ScopeKind::Comprehension
        ) {
            let Some(parent) = self.model.scope(scope).parent else {
                break;
            };
            scope = parent;
        }
        self.names_pool_words(self.model.scope(scope).range)
    }
}
