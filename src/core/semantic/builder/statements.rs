//! Statements and expressions that bind names: assignments and their targets, `for`, `with`,
//! `except`, imports, declarations, walrus, `del`, `match` patterns and `type` aliases.
//!
//! Targets share one walk (`target`): a name is bound, an unpacking binds each name inside it,
//! and anything else (`obj.attr`, `obj[i]`) binds nothing but reads the names it contains.

use tree_sitter::Node;

use super::kinds::{NodeKind, kind_of};
use super::{Builder, TargetBinding, Walk};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, ScopeId, ScopeKind, TextRange};

impl<'t> Builder<'t> {
    /// Bind the names of the target `node` (written in `scope`) as `how` says.
    pub(super) fn target(&mut self, node: Node<'t>, scope: ScopeId, how: &TargetBinding) -> Walk {
        self.enter(node)?;
        match kind_of(node) {
            NodeKind::Identifier => self.bind(node, scope, how),
            // `(x) = v` still binds `x` to `v`.
            NodeKind::ParenthesizedExpression => self.target_children(node, scope, how)?,
            // tree-sitter writes the target `(x)` as a tuple of one without a comma.
            NodeKind::Unpacking if is_parenthesized_name(node) => {
                self.target_children(node, scope, how)?
            }
            NodeKind::Unpacking => {
                let each = how.unpacked();
                self.each_child(node, |this, child, _| this.target(child, scope, &each))?
            }
            _ => self.visit(node, scope)?,
        }
        self.leave();
        Ok(())
    }

    fn target_children(&mut self, node: Node<'t>, scope: ScopeId, how: &TargetBinding) -> Walk {
        self.each_child(node, |this, child, _| this.target(child, scope, how))
    }

    /// `x = v`, `a = b = v`, `x: T = v`, `x: T`.
    pub(super) fn assignment(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let annotation = node.field("type");
        let right = node.field("right");
        let kind = match annotation {
            Some(_) => BindingKind::AnnotatedAssignment,
            None => BindingKind::Assignment,
        };
        let mut how = TargetBinding::new(kind, TextRange::of(node));
        how.annotation = annotation.map(TextRange::of);
        how.value = right.map(|right| TextRange::of(assigned_value(right)));
        if let Some(annotation) = annotation {
            self.annotation(annotation, scope)?;
        }
        if let Some(right) = right {
            self.visit(right, scope)?;
        }
        match node.field("left") {
            // `(x): T` is not a simple target: without a value it binds nothing, not even
            // making `x` local (CPython's `AnnAssign.simple`).
            Some(left) if annotation.is_some() && right.is_none() && is_parenthesized(left) => {
                Ok(())
            }
            Some(left) => self.target(left, scope, &how),
            None => Ok(()),
        }
    }

    /// `x += v` reads `x` and binds it; `a.b += v` and `a[i] += v` read `a` (and `i`).
    pub(super) fn augmented_assignment(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        self.visit_field(node, "right", scope)?;
        let Some(left) = node.field("left") else {
            return Ok(());
        };
        if kind_of(left) != NodeKind::Identifier {
            return self.visit(left, scope);
        }
        self.read(left, scope);
        let how = TargetBinding::new(BindingKind::AugmentedAssignment, TextRange::of(node));
        self.bind(left, scope, &how);
        Ok(())
    }

    pub(super) fn for_statement(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let how = TargetBinding::new(BindingKind::ForTarget, TextRange::of(node));
        self.each_child(node, |this, child, field| match field {
            Some("left") => this.target(child, scope, &how),
            _ => this.visit(child, scope),
        })
    }

    /// `with v as x`: `x` is bound to `v`.
    pub(super) fn with_item(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let statement = TextRange::of(node);
        self.each_child(node, |this, child, _| match kind_of(child) {
            NodeKind::AsPattern => {
                let how = TargetBinding::new(BindingKind::WithTarget, statement);
                this.as_pattern(child, scope, how, true)
            }
            NodeKind::ParenthesizedExpression | NodeKind::Unpacking => {
                this.parenthesized_with_items(child, scope)
            }
            _ => this.visit(child, scope),
        })
    }

    /// `with (v as x):` and `with (v as x, w as y,):` (Python 3.9+): tree-sitter reads the
    /// parentheses as one item whose value is a parenthesized expression or a tuple holding the
    /// `as` patterns. Each pattern binds as an item of its own would.
    fn parenthesized_with_items(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        self.each_child(node, |this, child, _| match kind_of(child) {
            NodeKind::AsPattern => {
                let how = TargetBinding::new(BindingKind::WithTarget, TextRange::of(child));
                this.as_pattern(child, scope, how, true)
            }
            _ => this.visit(child, scope),
        })
    }

    /// `except E as e`, `except* E as e` (and Python 2's `except E, e`).
    pub(super) fn except_clause(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let how = TargetBinding::new(BindingKind::ExceptTarget, TextRange::of(node));
        self.each_child(node, |this, child, field| match (kind_of(child), field) {
            (NodeKind::AsPattern, _) => this.as_pattern(child, scope, how.clone(), false),
            (_, Some("alias")) => this.target(child, scope, &how),
            _ => this.visit(child, scope),
        })
    }

    /// `<expression> as <target>` of `with` and `except`; with `keep_value` a plain name target
    /// records the expression as its value.
    fn as_pattern(
        &mut self,
        node: Node<'t>,
        scope: ScopeId,
        mut how: TargetBinding,
        keep_value: bool,
    ) -> Walk {
        let mut value = None;
        self.each_child(node, |this, child, field| {
            if field != Some("alias") {
                value = Some(TextRange::of(child));
                return this.visit(child, scope);
            }
            how.value = value.filter(|_| keep_value);
            this.each_child(child, |this, target, _| this.target(target, scope, &how))
        })
    }

    /// `global a, b` / `nonlocal a, b`: declarations, not reads.
    pub(super) fn declare(&mut self, node: Node<'t>, scope: ScopeId, global: bool) -> Walk {
        let statement = TextRange::of(node);
        self.each_child(node, |this, name, _| {
            if let Some(text) = this
                .name(name)
                .filter(|_| kind_of(name) == NodeKind::Identifier)
            {
                let scope = this.scope_mut(scope);
                let table = if global {
                    &mut scope.globals
                } else {
                    &mut scope.nonlocals
                };
                table.entry(text.into_owned()).or_insert(statement);
            }
            Ok(())
        })
    }

    /// `(x := v)`: in a comprehension it binds in the nearest enclosing non-comprehension scope.
    pub(super) fn named_expression(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let value = node.field("value");
        if let Some(value) = value {
            self.visit(value, scope)?;
        }
        let Some(name) = node.field("name") else {
            return Ok(());
        };
        let mut home = scope;
        while self.scopes[home.0 as usize].kind == ScopeKind::Comprehension {
            match self.scopes[home.0 as usize].parent {
                Some(parent) => home = parent,
                None => break,
            }
        }
        let mut how = TargetBinding::new(BindingKind::NamedExpr, TextRange::of(node));
        how.value = value.map(TextRange::of);
        self.bind_in(name, home, scope, &how);
        Ok(())
    }

    /// `del x, a.b, c[0]`: `x` is a deletion binding, `a` and `c` are read.
    pub(super) fn delete(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let how = TargetBinding::new(BindingKind::Deletion, TextRange::of(node));
        self.each_child(node, |this, child, _| this.target(child, scope, &how))
    }

    /// `type A[T] = v`: `A` and the type parameters are bound in `scope`, `v` is read there.
    pub(super) fn type_alias(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let statement = TextRange::of(node);
        let mut name = node.field("left").and_then(|l| l.named_child(0));
        if let Some(generic) = name.filter(|n| kind_of(*n) == NodeKind::GenericType) {
            name = generic.named_child(0);
            if let Some(parameters) = generic.named_child(1)
                && kind_of(parameters) == NodeKind::TypeParameter
            {
                self.type_parameter_list(parameters, scope, scope, false)?;
            }
        }
        if let Some(name) = name.filter(|n| kind_of(*n) == NodeKind::Identifier) {
            self.bind(
                name,
                scope,
                &TargetBinding::new(BindingKind::TypeAlias, statement),
            );
        }
        self.visit_field(node, "right", scope)
    }
}

/// The value a chained assignment binds: in `a = b = v`, `v`.
fn assigned_value(mut right: Node<'_>) -> Node<'_> {
    while kind_of(right) == NodeKind::Assignment {
        match right.field("right") {
            Some(inner) => right = inner,
            None => break,
        }
    }
    right
}

/// `(x)`, `((x))`: a name in parentheses, which tree-sitter writes as a tuple pattern of one
/// (an annotated target cannot be a tuple, so there is no comma to look for).
fn is_parenthesized(node: Node<'_>) -> bool {
    let mut node = node;
    let mut parenthesized = false;
    while matches!(
        kind_of(node),
        NodeKind::Unpacking | NodeKind::ParenthesizedExpression
    ) && node.named_child_count() == 1
    {
        match node.named_child(0) {
            Some(inner) => node = inner,
            None => return false,
        }
        parenthesized = true;
    }
    parenthesized && kind_of(node) == NodeKind::Identifier
}

/// `(x)`: parentheses around one target, with no comma to make it a tuple.
fn is_parenthesized_name(node: Node<'_>) -> bool {
    node.child_count() == 3
        && node.child(0).is_some_and(|open| open.kind_name() == "(")
        && node
            .child(1)
            .is_some_and(|inner| kind_of(inner) == NodeKind::Identifier)
}
