//! Classes picked at run time from a tuple or list (fastcore's `(Thread, Process)[use_process]`):
//! the process class the pick may be, whether it is called where it is written or kept in a
//! name first.
//!
//! ```text
//! (Thread, Process)[use_process](target=fn)   # a site of `Process`
//! cls = (Thread, Process)[use_process]        # `cls` is `Process` as far as sites go
//! cls(target=fn)
//! (Thread, Process)[0](target=fn)             # a literal index that picks `Thread`: nothing
//! ```
//!
//! Every element must be the same process class or `threading.Thread`, and one at least the
//! process class. Which one runs is not spelled at the call, and the lift is the same under
//! both: a thread calls the module-level function with the values the partial binds as the
//! closure read them, and `picklefix` already refuses the lifts that would change what the
//! callable reads (a `nonlocal` write, a value rebound after the hand-over). So the call is a
//! site of the process class, as for `Process if use_process else Thread` (`values::agreed`).

use tree_sitter::Node;

use super::{Evaluator, Value};
use crate::core::analysis::api::Class;
use crate::core::analysis::callables::unparenthesize;
use crate::core::analysis::conditions::{Constant, constant};
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::semantic::{BindingKind, Resolution, ScopeId};

impl<'a> Evaluator<'a> {
    /// The process class the subscript `pick` may give, and whether it comes from a fork
    /// context; `None` when it is no such pick, or its literal index picks `Thread`.
    pub(in crate::core::analysis) fn picked_class(
        &self,
        pick: Node<'a>,
        scope: ScopeId,
    ) -> Option<(Class, bool)> {
        let choices = pick
            .child_by_field_name("value")
            .map(unparenthesize)
            .filter(|value| matches!(value.kind(), "tuple" | "list"))?;
        let mut chosen: Option<(Class, bool)> = None;
        let mut cursor = choices.walk();
        let elements: Vec<Node<'a>> = choices
            .named_children(&mut cursor)
            .filter(|element| element.kind() != "comment")
            .collect();
        let mut threads = Vec::new();
        for element in &elements {
            match self.eval(*element, scope) {
                Value::Class { class, fork }
                    if chosen.is_none_or(|known| known == (class, fork)) =>
                {
                    chosen = Some((class, fork));
                }
                _ if is_thread(self, *element, scope) => threads.push(element.id()),
                _ => return None,
            }
        }
        let index = pick
            .child_by_field_name("subscript")
            .and_then(|index| constant(index, self.source));
        if let Some(Constant::Int(at)) = index {
            let len = i64::try_from(elements.len()).ok()?;
            let at = if at < 0 { at + len } else { at };
            let picked = usize::try_from(at).ok().and_then(|at| elements.get(at))?;
            if threads.contains(&picked.id()) {
                return None;
            }
        }
        chosen
    }
}

impl<'a> Evaluator<'a> {
    /// The pick of a tuple or list a call makes its object from: its function itself
    /// (`(Thread, Process)[flag](...)`), or the one assignment of the local it calls (`cls =
    /// (Thread, Process)[flag]`, then `cls(...)`). The conditions and messages read the pick
    /// where it is written.
    pub(in crate::core::analysis) fn pick_called(
        &self,
        call: Node<'a>,
        scope: ScopeId,
    ) -> Option<Node<'a>> {
        let function = call
            .child_by_field_name("function")
            .filter(|_| call.kind() == "call")?;
        let pick = match function.kind() {
            "subscript" => function,
            "identifier" => {
                let name = self.text(function);
                if self.model.resolve(scope, name) != Resolution::Scope(scope) {
                    return None;
                }
                let [only] = self.model.bindings_of(scope, name) else {
                    return None;
                };
                let binding = self.model.binding(*only);
                if binding.kind != BindingKind::Assignment {
                    return None;
                }
                self.node_at(binding.value?)
                    .filter(|value| value.kind() == "subscript")?
            }
            _ => return None,
        };
        pick.child_by_field_name("value")
            .map(unparenthesize)
            .is_some_and(|value| matches!(value.kind(), "tuple" | "list"))
            .then_some(pick)
    }
}

/// Whether `node` names `threading.Thread`.
pub(in crate::core::analysis) fn is_thread(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
) -> bool {
    qualified_name(eval, node, scope).as_deref() == Some("threading.Thread")
}
