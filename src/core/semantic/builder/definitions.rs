//! Constructs that open a scope: functions, classes, lambdas and comprehensions, with their
//! parameters and PEP 695 type parameters.
//!
//! What matters here is where each part is evaluated. Decorators, defaults, annotations, the
//! return annotation and class bases run in the enclosing scope; parameter names and the body
//! belong to the new scope. A comprehension's first iterable runs in the enclosing scope, the
//! rest of it in its own.

use std::borrow::Cow;

use tree_sitter::Node;

use super::kinds::{NodeKind, kind_of};
use super::{Builder, TargetBinding, Walk};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, ScopeId, ScopeKind, TextRange};

impl<'t> Builder<'t> {
    /// `@d ... def/class`: decorators are read in `scope`, the definition's statement is the
    /// whole decorated node.
    pub(super) fn decorated_definition(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let statement = TextRange::of(node);
        self.each_child(node, |this, child, field| match field {
            Some("definition") => this.definition(child, statement, scope),
            _ => this.visit(child, scope),
        })
    }

    /// A `function_definition` or `class_definition` written in `scope`.
    pub(super) fn definition(
        &mut self,
        node: Node<'t>,
        statement: TextRange,
        scope: ScopeId,
    ) -> Walk {
        let is_class = kind_of(node) == NodeKind::ClassDefinition;
        let name_node = node.field("name");
        let name = name_node.and_then(|n| self.name(n)).map(Cow::into_owned);
        let kind = if is_class {
            ScopeKind::Class
        } else {
            ScopeKind::Function
        };
        let inner = self.push_scope(kind, Some(scope), node, name);
        if let Some(name_node) = name_node {
            let binding = if is_class {
                BindingKind::ClassDef
            } else {
                BindingKind::FunctionDef
            };
            self.bind(name_node, scope, &TargetBinding::new(binding, statement));
        }
        let visible = self.type_parameters.len();
        if let Some(parameters) = node.field("type_parameters") {
            self.type_parameter_list(parameters, inner, scope, true)?;
        }
        self.definition_header(node, inner, scope)?;
        self.type_parameters.truncate(visible);
        self.visit_field(node, "body", inner)
    }

    /// Parameters, return annotation and class bases: everything between name and body.
    fn definition_header(&mut self, node: Node<'t>, inner: ScopeId, outer: ScopeId) -> Walk {
        if let Some(parameters) = node.field("parameters") {
            self.parameters(parameters, inner, outer)?;
        }
        if let Some(returns) = node.field("return_type") {
            self.annotation(returns, outer)?;
        }
        self.visit_field(node, "superclasses", outer)
    }

    pub(super) fn lambda(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let inner = self.push_scope(ScopeKind::Lambda, Some(scope), node, None);
        if let Some(parameters) = node.field("parameters") {
            self.parameters(parameters, inner, scope)?;
        }
        self.visit_field(node, "body", inner)
    }

    /// The parameters of a function or lambda: names bound in `inner`, defaults and annotations
    /// evaluated in `outer`.
    fn parameters(&mut self, node: Node<'t>, inner: ScopeId, outer: ScopeId) -> Walk {
        self.each_child(node, |this, parameter, _| {
            this.parameter(parameter, inner, outer)
        })
    }

    fn parameter(&mut self, node: Node<'t>, inner: ScopeId, outer: ScopeId) -> Walk {
        let mut target = TargetBinding::new(BindingKind::Parameter, TextRange::of(node));
        let name = match kind_of(node) {
            NodeKind::Identifier => Some(node),
            NodeKind::DefaultParameter | NodeKind::TypedDefaultParameter => node.field("name"),
            // `x: T`, `*args: T`, `**kw: T`: the name is the one child that is not the type.
            NodeKind::TypedParameter => node.named_child(0).and_then(parameter_name),
            // `*args`, `**kwargs`; a bare `*` or `/` is a separator and binds nothing.
            NodeKind::Unpacking | NodeKind::SplatParameter => parameter_name(node),
            _ => None,
        };
        if let Some(annotation) = node.field("type") {
            target.annotation = Some(TextRange::of(annotation));
            self.annotation(annotation, outer)?;
        }
        if let Some(default) = node.field("value") {
            // Defaults run before the type parameters exist (PEP 695), so they cannot see them.
            let visible = std::mem::take(&mut self.type_parameters);
            let walked = self.visit(default, outer);
            self.type_parameters = visible;
            walked?;
        }
        if let Some(name) = name {
            self.bind(name, inner, &target);
        }
        Ok(())
    }

    /// The `[T, *Ts, **P]` of a generic function, class or type alias: each name is bound in
    /// `owner`; bounds are read in `outer`. With `visible`, the names stay visible to the
    /// annotations and bases walked next, until the caller truncates `type_parameters`.
    pub(super) fn type_parameter_list(
        &mut self,
        node: Node<'t>,
        owner: ScopeId,
        outer: ScopeId,
        visible: bool,
    ) -> Walk {
        self.each_child(node, |this, parameter, _| {
            let Some(inner) = parameter.named_child(0) else {
                return Ok(());
            };
            let (name, bound) = match kind_of(inner) {
                NodeKind::Identifier => (Some(inner), None),
                NodeKind::SplatType => (inner.named_child(0), None),
                // `T: bound` is `constrained_type(type(T), type(bound))`.
                NodeKind::ConstrainedType => (
                    inner.named_child(0).and_then(|t| t.named_child(0)),
                    inner.named_child(1),
                ),
                _ => (None, None),
            };
            if let Some(name) = name.filter(|n| kind_of(*n) == NodeKind::Identifier) {
                let target =
                    TargetBinding::new(BindingKind::TypeParameter, TextRange::of(parameter));
                this.bind(name, owner, &target);
                if let (true, Some(text)) = (visible, this.name(name)) {
                    this.type_parameters.push((text.into_owned(), owner));
                }
            }
            match bound {
                Some(bound) => this.visit(bound, outer),
                None => Ok(()),
            }
        })
    }

    /// A list/set/dict comprehension or generator expression read in `scope`.
    pub(super) fn comprehension(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let inner = self.push_scope(ScopeKind::Comprehension, Some(scope), node, None);
        let mut first = true;
        self.each_child(node, |this, child, _| {
            if kind_of(child) != NodeKind::ForInClause {
                return this.visit(child, inner);
            }
            // Only the first iterable is evaluated outside, before the comprehension starts.
            let iterable_scope = if first { scope } else { inner };
            first = false;
            this.for_in_clause(child, inner, iterable_scope)
        })
    }

    fn for_in_clause(&mut self, node: Node<'t>, inner: ScopeId, iterable_scope: ScopeId) -> Walk {
        let target = TargetBinding::new(BindingKind::ForTarget, TextRange::of(node));
        self.each_child(node, |this, child, field| match field {
            Some("left") => this.target(child, inner, &target),
            Some("right") => this.visit(child, iterable_scope),
            _ => this.visit(child, inner),
        })
    }
}

/// The identifier a parameter binds: the node itself, or the one inside `*args` / `**kwargs`.
fn parameter_name(node: Node<'_>) -> Option<Node<'_>> {
    match kind_of(node) {
        NodeKind::Identifier => Some(node),
        NodeKind::Unpacking | NodeKind::SplatParameter => node
            .named_child(0)
            .filter(|n| kind_of(*n) == NodeKind::Identifier),
        _ => None,
    }
}
