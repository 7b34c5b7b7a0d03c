//! Types and parameters: the instance a type annotation describes (`pool: Pool`,
//! `ex: "ProcessPoolExecutor"`, `Optional[...]`, `X | None`), and, for an unannotated parameter
//! of a plain function, the value every call of the function in this file passes for it.

use tree_sitter::Node;

use super::{Evaluator, Value, agreed, argument, string_content};
use crate::core::semantic::{BindingId, Resolution, ScopeId, ScopeKind};
use crate::core::source::TextRange;

impl<'a> Evaluator<'a> {
    /// An unannotated parameter of a plain function: the value every call of the function in
    /// this file passes for it, when they all agree (`def run(executor): ...` called as
    /// `run(pool)` with `pool = ProcessPoolExecutor()`). Methods are left alone, since their
    /// calls go through instances the evaluator does not follow.
    pub(super) fn eval_from_callers(&self, id: BindingId, depth: usize) -> Value {
        let binding = self.model.binding(id);
        let function = self.model.scope(binding.scope);
        let (Some(name), Some(defined_in)) = (&function.name, function.parent) else {
            return Value::Unknown;
        };
        if function.kind != ScopeKind::Function
            || self.model.scope(defined_in).kind == ScopeKind::Class
        {
            return Value::Unknown;
        }
        let Some(position) = self.parameter_position(binding.scope, binding.range) else {
            return Value::Unknown;
        };
        agreed(
            self.model
                .references
                .iter()
                .filter(|r| r.name == *name && r.resolution == Resolution::Scope(defined_in))
                .map(|r| self.argument_value(r, position, &binding.name, depth)),
        )
    }

    /// The position of the parameter at `range` among the function's plain parameters.
    pub(super) fn parameter_position(&self, function: ScopeId, range: TextRange) -> Option<usize> {
        let node = self.scope_node(function)?;
        let parameters = node.child_by_field_name("parameters")?;
        let mut cursor = parameters.walk();

        // Comments are not parameters: count as `argument()` counts the call's arguments.
        parameters
            .named_children(&mut cursor)
            .filter(|p| p.kind() != "comment")
            .take_while(|p| {
                !matches!(
                    crate::core::parse::parameter_kind(*p),
                    "list_splat_pattern" | "keyword_separator" | "dictionary_splat_pattern"
                )
            })
            .position(|p| TextRange::of(p).contains_range(range))
    }

    /// What a call through `reference` passes at `position` or as `keyword`; `Unknown` when
    /// the reference is not a call.
    fn argument_value(
        &self,
        reference: &crate::core::semantic::Reference,
        position: usize,
        keyword: &str,
        depth: usize,
    ) -> Value {
        let call = self
            .node_at(reference.range)
            .and_then(|n| n.parent())
            .filter(|p| {
                p.kind() == "call"
                    && p.child_by_field_name("function").map(TextRange::of) == Some(reference.range)
            });
        let arg = call
            .and_then(|c| c.child_by_field_name("arguments"))
            .and_then(|args| argument(args, self.source, Some(position), Some(keyword)));
        match arg {
            Some(arg) => self.eval_depth(arg, reference.scope, depth + 1),
            None => Value::Unknown,
        }
    }

    /// The instance an annotation describes: `pool: Pool`, `ex: "ProcessPoolExecutor"`,
    /// `pool: Optional[mp.pool.Pool]`, `pool: Pool | None`.
    pub(super) fn eval_annotation(
        &self,
        range: Option<TextRange>,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let Some(node) = range.and_then(|r| self.node_at(r)) else {
            return Value::Unknown;
        };
        match self.eval_type(node, scope, depth) {
            Value::Class { class, fork } => Value::Instance { class, fork },
            Value::OwnClass(class) => Value::OwnInstance(class),
            Value::Module(path) if self.declares_members_of(&path) => Value::Declared(path),
            _ => Value::Unknown,
        }
    }

    fn eval_type(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        match node.kind() {
            // `type_parameter` is the `[X]` of `Optional[X]` in an annotation.
            "type" | "parenthesized_expression" | "type_parameter" => node
                .named_child(0)
                .map_or(Value::Unknown, |inner| self.eval_type(inner, scope, depth)),
            // `"Pool | None"`: the first member that is known, as for `Pool | None` unquoted.
            "string" => string_content(self.text(node))
                .split('|')
                .map(|part| self.eval_dotted(part, scope, depth))
                .find(|value| !matches!(value, Value::Unknown | Value::None))
                .unwrap_or(Value::Unknown),
            "subscript" | "generic_type" => self.eval_optional(node, scope, depth),
            "binary_operator" => {
                let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) else {
                    return Value::Unknown;
                };
                match self.eval_type(left, scope, depth) {
                    Value::Class { class, fork } => Value::Class { class, fork },
                    Value::OwnClass(class) => Value::OwnClass(class),
                    Value::Module(path) if self.declares_members_of(&path) => Value::Module(path),
                    _ => self.eval_type(right, scope, depth),
                }
            }
            _ => self.eval_depth(node, scope, depth),
        }
    }

    /// Whether the annotation at `range` is `concurrent.futures.Executor`, the base of thread
    /// and process pool executors alike (also `Optional[Executor]`, `Executor | None`, or
    /// quoted): it says nothing of which one a parameter holds, so the parameter is read as
    /// an unannotated one is, from what its callers pass (`def submit_all(executor:
    /// Executor, fn, items)` called with a process pool executor).
    pub(super) fn names_any_executor(&self, range: Option<TextRange>, scope: ScopeId) -> bool {
        let Some(mut node) = range.and_then(|r| self.node_at(r)) else {
            return false;
        };
        loop {
            node = match node.kind() {
                "type" | "parenthesized_expression" | "type_parameter" => match node.named_child(0)
                {
                    Some(inner) => inner,
                    None => return false,
                },
                "string" => {
                    let text = string_content(self.text(node));
                    return text.split('|').map(str::trim).any(|part| {
                        matches!(part, "Executor" | "cf.Executor" | "futures.Executor")
                            || part == "concurrent.futures.Executor"
                    });
                }
                "subscript" | "generic_type" => match self.optional_of(node) {
                    Some(inner) => inner,
                    None => return false,
                },
                "binary_operator" => {
                    let (Some(left), Some(right)) = (
                        node.child_by_field_name("left"),
                        node.child_by_field_name("right"),
                    ) else {
                        return false;
                    };
                    match self.text(right) == "None" {
                        true => left,
                        false if self.text(left) == "None" => right,
                        false => return false,
                    }
                }
                "identifier" | "attribute" => {
                    let named =
                        crate::core::analysis::unpicklable::qualified_name(self, node, scope);
                    return matches!(
                        named.as_deref(),
                        Some("concurrent.futures.Executor" | "concurrent.futures._base.Executor")
                    );
                }
                _ => return false,
            };
        }
    }

    /// `Optional[X]` is `X`; any other subscript is not a process class.
    fn eval_optional(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        match self.optional_of(node) {
            Some(inner) => self.eval_type(inner, scope, depth),
            None => Value::Unknown,
        }
    }

    /// `X` of the subscript `Optional[X]` (also `typing.Optional[X]`).
    fn optional_of(&self, node: Node<'a>) -> Option<Node<'a>> {
        let head = node
            .child_by_field_name("value")
            .or_else(|| node.named_child(0))?;
        let text = self.text(head);
        (text == "Optional" || text.ends_with(".Optional")).then_some(())?;
        node.child_by_field_name("subscript")
            .or_else(|| node.named_child(1))
    }

    /// A dotted name written in a string annotation: `"mp.pool.Pool"`.
    fn eval_dotted(&self, text: &str, scope: ScopeId, depth: usize) -> Value {
        let mut parts = text.trim().split('.');
        let Some(first) = parts.next() else {
            return Value::Unknown;
        };
        let mut value = self.eval_name(first, scope, None, depth);
        for part in parts {
            value = self.member_of(&value, part);
        }
        value
    }
}
