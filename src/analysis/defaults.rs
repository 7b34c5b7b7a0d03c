//! Default values that read local variables: the late-binding idiom `lambda x, i=i: ...`.
//!
//! A default is evaluated where the function is defined, so at module level `i=i` would
//! fail. The value is bound where the work is handed over instead: the parameter loses its
//! default and the site passes `i=i`, exactly what the default did for a lambda written at the
//! site. For a `def` written earlier, this is only the same when nothing the default reads is
//! assigned again after the definition, which `check_timing` verifies.
//!
//! ```text
//! pool.apply_async(lambda x, i=i: x + i, (i,))
//!   ->  def _main_task(x, i): return x + i
//!       pool.apply_async(_main_task, (i,), kwds={"i": i})
//! ```

use tree_sitter::Node;

use super::callables::bound_only_under_guard;
use super::values::Evaluator;
use crate::edit::Edit;
use crate::semantic::{Resolution, ScopeId, SemanticModel};
use crate::source::TextRange;

/// A default value moved to the call site.
#[derive(Clone, Debug)]
pub struct MovedDefault {
    pub parameter: String,
    /// The default's expression, as written: it is bound as `parameter=value`.
    pub value: String,
    pub value_range: TextRange,
    /// The edit inside the lifted function that drops `= value`.
    pub strip: Edit,
    /// The local variables the value reads, with the scope that binds them.
    pub reads: Vec<(String, ScopeId)>,
}

/// The defaults of `parameters` that read local variables (or names set only under the
/// `__main__` guard), or why they cannot be moved.
pub fn moved_defaults(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    parameters: Node<'_>,
) -> Result<Vec<MovedDefault>, String> {
    let mut moved = Vec::new();
    let mut default_before = false;
    let mut cursor = parameters.walk();
    for parameter in parameters.named_children(&mut cursor) {
        match parameter.kind() {
            "keyword_separator" | "list_splat_pattern" => break,
            "default_parameter" | "typed_default_parameter" => {
                match moved_default(eval, guards, parameter)? {
                    Some(default) if default_before => {
                        return Err(format!(
                            "the default value of `{}` reads a local variable, and an earlier parameter has a default",
                            default.parameter
                        ));
                    }
                    Some(default) => moved.push(default),
                    None => default_before = true,
                }
            }
            _ => {}
        }
    }
    // Keyword-only parameters may lose their default in any order.
    for parameter in parameters
        .named_children(&mut cursor)
        .skip_while(|p| !matches!(p.kind(), "keyword_separator" | "list_splat_pattern"))
    {
        if matches!(
            parameter.kind(),
            "default_parameter" | "typed_default_parameter"
        ) {
            moved.extend(moved_default(eval, guards, parameter)?);
        }
    }
    Ok(moved)
}

fn moved_default(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    parameter: Node<'_>,
) -> Result<Option<MovedDefault>, String> {
    let (Some(name), Some(value)) = (
        parameter.child_by_field_name("name"),
        parameter.child_by_field_name("value"),
    ) else {
        return Ok(None);
    };
    let model = eval.model;
    let reads: Vec<(String, ScopeId)> = model
        .references_in(TextRange::of(value))
        .filter_map(|r| match r.resolution {
            Resolution::Scope(s) if s != SemanticModel::MODULE => Some((r.name.clone(), s)),
            Resolution::Scope(s) if bound_only_under_guard(model, guards, &r.name) => {
                Some((r.name.clone(), s))
            }
            _ => None,
        })
        .collect();
    if reads.is_empty() {
        return Ok(None);
    }
    if name.kind() != "identifier" {
        return Err("a default value reads a local variable of an unpacked parameter".into());
    }
    let kept = match parameter.child_by_field_name("type") {
        Some(annotation) => format!("{}: {}", eval.text(name), eval.text(annotation)),
        None => eval.text(name).to_string(),
    };
    Ok(Some(MovedDefault {
        parameter: eval.text(name).to_string(),
        value: eval.text(value).to_string(),
        value_range: TextRange::of(value),
        strip: Edit::replace(TextRange::of(parameter), kept),
        reads,
    }))
}

/// A `def` written before the site evaluated its default then; binding it at the site is the
/// same only if nothing it reads is assigned after the definition.
pub fn check_timing(
    model: &SemanticModel,
    definition_end: usize,
    default: &MovedDefault,
) -> Result<(), String> {
    for (name, scope) in &default.reads {
        let later = model
            .bindings_of(*scope, name)
            .iter()
            .any(|&id| model.binding(id).statement.start > definition_end);
        if later {
            return Err(format!(
                "the default value of `{}` reads `{name}`, which is assigned again after the function is defined",
                default.parameter
            ));
        }
    }
    Ok(())
}
