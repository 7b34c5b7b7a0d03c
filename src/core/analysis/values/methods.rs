//! How a `def` is called, as its decorators say, and the value a property gives.
//!
//! A wrapper's callable slot counts the arguments a caller writes, so it depends on how the
//! function is reached: a plain method drops `self`, a `@classmethod` drops `cls`, a
//! `@staticmethod` drops nothing and can be called on the class itself (`Runner.smap(fn, xs)`).
//! A decorator that caches (`functools.cache`, `functools.lru_cache`) hands every argument on
//! unchanged, so it keeps the slot, and so does a decorator of this file that passes
//! `*args, **kwargs` on untouched (`transparent`). Any other decorator may take, add or
//! reorder arguments, or not call the function at all, and its code is not read here, so a
//! function under it is no wrapper: a `functools.wraps` decorator copies the name, not the
//! signature.
//!
//! A plain method reached on its class rather than on an instance takes the instance as its
//! first argument, so its slots move one on (`on_class`):
//!
//! ```text
//! class Runner:
//!     def _map(self, fn, xs): ...    # runner._map(fn, xs): `fn` is argument 0
//!
//! Runner._map(runner, fn, xs)        # the same method: `fn` is argument 1
//! ```
//!
//! A `@property` (or `functools.cached_property`) is read as an attribute, so `self.pool` is
//! what its `return` statements give when they agree (`return Pool(2)`, `return self._pool`).

use std::sync::Mutex;

use tree_sitter::Node;

use super::partials::chained;
use super::{Evaluator, Value, agreed, argument};
use crate::core::analysis::api::{ApiRow, Passing, Slot};
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::analysis::user_api::UserKind;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, ScopeId, ScopeKind};

/// How a function is called, by its decorators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Called {
    /// No decorator, or only caches: a function, or a method that takes `self`.
    Plain,
    /// `@staticmethod`: no `self`, and callable on the class.
    Static,
    /// `@classmethod`: takes `cls`, and callable on the class.
    ClassMethod,
    /// `@property` or `@functools.cached_property`: read, not called.
    Property,
}

impl<'a> Evaluator<'a> {
    /// How the `function_definition` `def` is called; `None` under a decorator this does not
    /// see through, or one of two kinds at once.
    pub fn called_as(&self, def: Node<'a>) -> Option<Called> {
        let Some(decorated) = def
            .parent()
            .filter(|p| p.kind_name() == "decorated_definition")
        else {
            return Some(Called::Plain);
        };
        let scope = self.model.scope_at(decorated.start_byte());
        let mut called = Called::Plain;
        let mut cursor = decorated.walk();
        for decorator in decorated
            .named_children(&mut cursor)
            .filter(|c| c.kind_name() == "decorator")
        {
            let expression = decorator.named_child(0)?;
            let (function, is_call) = match expression.kind_name() {
                "call" => (expression.field("function")?, true),
                _ => (expression, false),
            };
            // A decorator of this file, or of another that said so, that passes every
            // argument on keeps the slots.
            if self.is_transparent_decorator(function, scope, is_call)
                || self.is_declared_transparent(function, is_call)
            {
                continue;
            }
            let kind = match (qualified_name(self, function, scope)?.as_str(), is_call) {
                ("functools.lru_cache", _) | ("functools.cache", false) => continue,
                ("builtins.staticmethod", false) => Called::Static,
                ("builtins.classmethod", false) => Called::ClassMethod,
                ("builtins.property" | "functools.cached_property", false) => Called::Property,
                _ => return None,
            };
            if called != Called::Plain {
                return None;
            }
            called = kind;
        }
        Some(called)
    }

    /// The rows of a method declared with `--api` called on its class, when the argument
    /// written first is an instance of that class (`Runner._map(runner, fn, xs)` after
    /// `runner = Runner(2)`): the declaration's rows, moved one on past the instance. A
    /// declared path does not say whether its next-to-last part is a class or a module
    /// (`par.parmap(fn, xs)` is reached the same way), so only such an instance tells; without
    /// one the call is read as a function's, as before. An inferred method's rows say that
    /// they take the instance, and `on_class` moves them already.
    pub fn declared_on_class(
        &self,
        object: Node<'a>,
        method: &str,
        arguments: Node<'a>,
        scope: ScopeId,
    ) -> Option<&'static ApiRow> {
        if !self.apis.iter().any(|api| api.name() == method) {
            return None;
        }
        let Value::Module(class) = self.eval(object, scope) else {
            return None;
        };
        let path = format!("{class}.{method}");
        let head = self.apis.iter().find_map(|api| match &api.kind {
            UserKind::Function(row) if api.path == path => Some(*row),
            _ => None,
        })?;
        if head.rows().any(|row| row.takes_instance) {
            return None;
        }
        let first = argument(arguments, self.source, Some(0), None)?;
        (self.eval(first, scope) == Value::Declared(class)).then(|| declared_on_class(head))
    }

    /// The value of a property, the method `id` binds in a class: what its `return`s give,
    /// one of them at least (`agreed`).
    pub(super) fn property_value(&self, id: BindingId, depth: usize) -> Option<Value> {
        self.property_values(id, depth).map(agreed)
    }

    /// What each `return` of the property the method `id` binds in a class gives, in order.
    pub(super) fn property_values(&self, id: BindingId, depth: usize) -> Option<Vec<Value>> {
        let binding = self.model.binding(id);
        if self.model.scope(binding.scope).kind != ScopeKind::Class {
            return None;
        }
        let statement = self.statement_node(binding.statement)?;
        let def = statement
            .field("definition")
            .filter(|d| d.kind_name() == "function_definition")?;
        if self.called_as(def)? != Called::Property {
            return None;
        }
        let body = def.field("body")?;
        let scope = self.model.scope_at(body.start_byte());
        let returned = super::returned_values(body);
        Some(
            (returned.into_iter().flatten())
                .map(|value| self.eval_depth(value, scope, depth + 1))
                .collect(),
        )
    }
}

/// The rows of a wrapper reached on its class (`Runner._map`): a plain method's positions move
/// one on past the instance a caller writes first, in its callable slot and in the argument
/// tuple it hands on; static and class methods, and functions, are called as they are.
pub(super) fn on_class(head: &'static ApiRow) -> &'static ApiRow {
    if !head.rows().any(|row| row.takes_instance) {
        return head;
    }
    after_instance(head, |row| row.takes_instance)
}

/// The rows of a method declared with `--api` (`pkg.runner.Runner._map=call:0:map`) reached
/// on its class with an instance of it written first (`Runner._map(runner, fn, xs)`): a
/// declaration says nothing of `self`, so every row moves one on, as `on_class` moves an
/// inferred method's (see `Evaluator::declared_on_class`).
pub(super) fn declared_on_class(head: &'static ApiRow) -> &'static ApiRow {
    after_instance(head, |_| true)
}

/// `head`'s rows, those `moves` picks with their positions one on past the instance.
fn after_instance(head: &'static ApiRow, moves: impl Fn(&ApiRow) -> bool) -> &'static ApiRow {
    let after_instance = |slot: Slot| Slot {
        position: slot.position.map(|p| p + 1),
        keyword: slot.keyword,
    };
    let rows = head.rows().map(|row| match moves(row) {
        false => *row,
        true => ApiRow {
            callable: after_instance(row.callable),
            passing: match row.passing {
                Passing::Tuple { args, kwargs } => Passing::Tuple {
                    args: after_instance(args),
                    kwargs: kwargs.map(after_instance),
                },
                passing => passing,
            },
            takes_instance: false,
            ..*row
        },
    });
    chained(rows.collect()).unwrap_or(head)
}

/// The rows of a wrapper method bound to an instance and kept as a plain callable (`pm =
/// runner._map`, `partial(runner._map, ...)`): called as they are wherever they are reached,
/// a module's attribute included.
pub fn as_bound(head: &'static ApiRow) -> &'static ApiRow {
    if !head.rows().any(|row| row.takes_instance) {
        return head;
    }
    let rows = head.rows().map(|row| ApiRow {
        takes_instance: false,
        ..*row
    });
    chained(rows.collect()).unwrap_or(head)
}

/// The rows of a method inherited from another file's class, named for the class that
/// inherits it (`ProcessBatchRunner.run` for `BatchRunner.run`, `inheritance::
/// imported_template`), since what it is there depends on that class's override.
pub(super) fn homed_in(head: &'static ApiRow, class: &str) -> &'static ApiRow {
    static HOMES: Mutex<Vec<&'static [&'static str]>> = Mutex::new(Vec::new());
    let homes = {
        let mut known = HOMES
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match known.iter().find(|homes| homes.first() == Some(&class)) {
            Some(homes) => *homes,
            None => {
                let name: &'static str = Box::leak(class.to_string().into_boxed_str());
                let homes: &'static [&'static str] = Box::leak(Box::new([name]));
                known.push(homes);
                homes
            }
        }
    };
    let rows = head.rows().map(|row| ApiRow { homes, ..*row });
    chained(rows.collect()).unwrap_or(head)
}

/// The rows of a method declared with `--api`, read in its class's own module, where its
/// `def` shows that it takes `self`: as an inferred method's rows, they take the instance.
pub(super) fn taking_instance(head: &'static ApiRow) -> &'static ApiRow {
    let rows = head.rows().map(|row| ApiRow {
        takes_instance: true,
        ..*row
    });
    chained(rows.collect()).unwrap_or(head)
}
