//! The project's own subclasses of the process classes, and what a class keeps of its
//! constructor's arguments.
//!
//! ```text
//! class Worker(Process):          # no `__init__` of its own: calling it calls Process's,
//!     def run(self): ...          # so `Worker(target=lambda: ...)` is a site of Process
//!
//! class Job(Process):             # `__init__` keeps `fn` on the instance, and start()
//!     def __init__(self, fn):     # pickles the whole instance under spawn and forkserver:
//!         super().__init__()      # `Job(lambda: ...)` crashes there (`analysis::inferred`)
//!         self.fn = fn
//! ```
//!
//! A subclass is read as its base only when the class statement is undecorated, names the
//! process class first among its bases, passes no keyword (`metaclass=`) and binds neither
//! `__init__` nor `__new__`: then a call of it runs the base's constructor with the same
//! arguments. Any other class keeps its value (`Unknown`, or an `OwnClass` with wrapper
//! methods).

use tree_sitter::Node;

use super::methods::Called;
use super::{Evaluator, Value, unparenthesize};
use crate::core::analysis::api::{self, Class};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, ScopeId, ScopeKind, SemanticModel};

impl<'a> Evaluator<'a> {
    /// The process class a call of the class that binding `id` defines makes an instance of,
    /// when it is a plain subclass of one (see the module's doc).
    pub(super) fn process_subclass(&self, id: BindingId, depth: usize) -> Option<Value> {
        let class = self
            .model
            .scope_created_by(self.model.binding(id).statement)?;
        let (kind, fork) = self.process_base(class, depth)?;
        let own_constructor = ["__init__", "__new__"]
            .iter()
            .any(|name| !self.model.bindings_of(class, name).is_empty());
        // An own `submit` (or `map`, ...) may send its callable another way (by value with
        // cloudpickle, or not at all), and an executor's inherited `map` calls it: the class
        // is its own, whose methods are wrappers only where they hand the callable on.
        let overrides = kind != Class::Process
            && (self.model.scope(class).bindings.keys())
                .any(|name| api::method(kind, name).is_some());
        match own_constructor {
            _ if overrides => None,
            false => Some(Value::Class { class: kind, fork }),
            true => self.constructed_pool(class, kind, fork),
        }
    }

    /// A pool or executor subclass with a constructor of its own (`class Bounded(
    /// ProcessPoolExecutor)` whose `__init__` calls `super().__init__(max_workers=n)`): its
    /// arguments are not the base's, so calling it is no site, but what it makes is a pool
    /// whose inherited methods pickle their callables as the base's do. A factory of the
    /// base, then, when the class overrides none of the table's methods of it (an own `map`
    /// may run anywhere). Not a `Process` subclass, whose instances are kept callables
    /// (`analysis::inferred`), not pools.
    fn constructed_pool(&self, class: ScopeId, kind: Class, fork: bool) -> Option<Value> {
        let scope = self.model.scope(class);
        let overrides = (scope.bindings.keys()).any(|name| api::method(kind, name).is_some());
        (kind != Class::Process && !overrides).then_some(Value::Factory { class: kind, fork })
    }

    /// `self` in a plain method of a module-level pool or executor subclass that overrides
    /// none of the table's methods of its base (`constructed_pool`): an instance of the base,
    /// so that `self.map(fn, xs)` in `def map_items(self, fn, xs)` is a site and the method a
    /// wrapper.
    pub(super) fn pool_self(&self, id: BindingId, depth: usize) -> Option<Value> {
        let binding = self.model.binding(id);
        let method = binding.scope;
        let class = self.model.scope(method).parent?;
        let is_method = self.model.scope(method).kind == ScopeKind::Function
            && self.model.scope(class).kind == ScopeKind::Class
            && self.model.scope(class).parent == Some(SemanticModel::MODULE);
        if !is_method || self.first_parameter(method) != Some(binding.name.as_str()) {
            return None;
        }
        let def = self.scope_node(method)?;
        if self.called_as(def)? != Called::Plain {
            return None;
        }
        let (kind, fork) = self.process_base(class, depth)?;
        match self.constructed_pool(class, kind, fork)? {
            Value::Factory { class, fork } => Some(Value::Instance { class, fork }),
            _ => None,
        }
    }

    /// The process class the class of scope `class` names first among its bases, when its
    /// statement passes no keyword.
    pub(in crate::core::analysis) fn process_base(
        &self,
        class: ScopeId,
        depth: usize,
    ) -> Option<(Class, bool)> {
        let node = self.scope_node(class)?;
        let bases = node.field("superclasses")?;
        let mut cursor = bases.walk();
        let bases: Vec<Node<'a>> = bases
            .named_children(&mut cursor)
            .filter(|base| base.kind_name() != "comment")
            .collect();
        if bases
            .iter()
            .any(|base| base.kind_name() == "keyword_argument")
        {
            return None;
        }
        let outer = self.model.scope(class).parent?;
        match self.eval_depth(*bases.first()?, outer, depth + 1) {
            Value::Class { class, fork } => Some((class, fork)),
            _ => None,
        }
    }

    /// The `__init__` parameter that `<self>.<attr>`, read in a method of its class, holds
    /// whenever the caller passes something there: every assignment to the attribute in the
    /// class is `self.<attr> = <parameter>` in `__init__`, or a default taken when it is not
    /// given (`parameter or default`, `default if parameter is None else parameter`,
    /// `parameter if parameter is not None else default`): a pool or callable passed there
    /// is what the instance keeps. The scope of `__init__` and the parameter's name.
    pub(in crate::core::analysis) fn stored_parameter(
        &self,
        object: &str,
        attr: &str,
        scope: ScopeId,
    ) -> Option<(ScopeId, &'a str)> {
        let class = self.method_class(object, scope)?;
        let init = self.init_of(class)?;
        let assignments = self.assignments_to(class, attr)?;
        let mut found = None;
        for assignment in assignments {
            let (left, right) = (assignment.field("left")?, assignment.field("right")?);
            let target = left.field("object")?;
            let right = given_or_default(self, right)?;
            if self.model.scope_at(assignment.start_byte()) != init
                || self.method_class(self.text(target), init) != Some(class)
            {
                return None;
            }
            let name = self.text(right);
            let bound = self.model.bindings_of(init, name);
            let parameter =
                matches!(bound, [only] if self.model.binding(*only).kind == BindingKind::Parameter);
            if !parameter || found.is_some_and(|known| known != name) {
                return None;
            }
            found = Some(name);
        }
        Some((init, found?))
    }

    /// The scope of the `__init__` the class of scope `class` binds once, by a `def`.
    pub(in crate::core::analysis) fn init_of(&self, class: ScopeId) -> Option<ScopeId> {
        let [only] = self.model.bindings_of(class, "__init__") else {
            return None;
        };
        let binding = self.model.binding(*only);
        if binding.kind != BindingKind::FunctionDef {
            return None;
        }
        let init = self.model.scope_created_by(binding.statement)?;
        (self.model.scope(init).kind == ScopeKind::Function).then_some(init)
    }
}

/// The name `value` gives whenever that name is not `None` (or, for `or`, is true: a pool, a
/// function, an instance): the name itself, `name or default`, `default if name is None else
/// name`, `name if name is not None else default`, `name if name else default`.
fn given_or_default<'a>(eval: &Evaluator<'a>, value: Node<'a>) -> Option<Node<'a>> {
    let value = unparenthesize(value);
    match value.kind_name() {
        "identifier" => Some(value),
        "boolean_operator" => {
            let operator = value.field("operator")?;
            let left = unparenthesize(value.field("left")?);
            (eval.text(operator) == "or" && left.kind_name() == "identifier").then_some(left)
        }
        "conditional_expression" => {
            let (first, test, second) = (
                unparenthesize(value.named_child(0)?),
                unparenthesize(value.named_child(1)?),
                unparenthesize(value.named_child(2)?),
            );
            let name = |node: Node<'a>| (node.kind_name() == "identifier").then(|| eval.text(node));
            let tested = match test.kind_name() {
                "identifier" => Some((eval.text(test), true)),
                "comparison_operator" => {
                    let mut cursor = test.walk();
                    let operands: Vec<Node<'a>> = test.named_children(&mut cursor).collect();
                    // `is not` is one token or two, as the grammar has it: the words.
                    let operators: Vec<&str> = test
                        .children(&mut test.walk())
                        .filter(|c| !c.is_named())
                        .flat_map(|c| eval.text(c).split_whitespace())
                        .collect();
                    match (operands.as_slice(), operators.as_slice()) {
                        ([left, right], ["is"]) if right.kind_name() == "none" => {
                            name(*left).map(|n| (n, false))
                        }
                        ([left, right], ["is", "not"]) if right.kind_name() == "none" => {
                            name(*left).map(|n| (n, true))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            // Where the test says the name is given, the branch taken there must be it.
            match tested? {
                (tested, true) if name(first) == Some(tested) => Some(first),
                (tested, false) if name(second) == Some(tested) => Some(second),
                _ => None,
            }
        }
        _ => None,
    }
}
