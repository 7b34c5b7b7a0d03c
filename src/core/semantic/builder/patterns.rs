//! `match` statements: capture patterns bind, value patterns and class names are read.
//!
//! tree-sitter writes a capture `x` and a value pattern `Color.RED` both as `dotted_name`; one
//! identifier makes a capture, several a value. `_` (no child) binds nothing.

use tree_sitter::Node;

use super::kinds::{NodeKind, kind_of};
use super::{Builder, TargetBinding, Walk};
use crate::core::semantic::{BindingKind, ScopeId, TextRange};

impl<'t> Builder<'t> {
    /// `case <patterns> if <guard>: <body>`.
    pub(super) fn case_clause(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let how = TargetBinding::new(BindingKind::MatchCapture, TextRange::of(node));
        self.each_child(node, |this, child, _| match kind_of(child) {
            NodeKind::CasePattern => this.pattern(child, scope, &how),
            _ => this.visit(child, scope),
        })
    }

    fn pattern(&mut self, node: Node<'t>, scope: ScopeId, how: &TargetBinding) -> Walk {
        self.enter(node)?;
        match kind_of(node) {
            // Not Python (CPython refuses `case {f"{g()}": 1}`), but tree-sitter takes it, and
            // the model's list of calls must hold every call the tree does.
            NodeKind::Call => {
                self.calls.push(node);
                self.each_child(node, |this, child, _| this.pattern(child, scope, how))?
            }
            NodeKind::DottedName => self.capture_or_value(node, scope, how),
            // `Point(x=px)`: the class is read; `x` names an attribute, `px` is a pattern.
            NodeKind::ClassPattern | NodeKind::KeywordPattern => {
                let mut first = true;
                self.each_child(node, |this, child, _| {
                    let head = std::mem::replace(&mut first, false);
                    match kind_of(child) {
                        NodeKind::DottedName if head => this.read_first_identifier(child, scope),
                        NodeKind::Identifier if head => Ok(()),
                        _ => this.pattern(child, scope, how),
                    }
                })?
            }
            // `*rest`, `**kw`, and the name after `as`.
            NodeKind::SplatPattern | NodeKind::AsPattern => {
                self.each_child(node, |this, child, _| match kind_of(child) {
                    NodeKind::Identifier => {
                        this.bind(child, scope, how);
                        Ok(())
                    }
                    _ => this.pattern(child, scope, how),
                })?
            }
            NodeKind::Identifier => self.read(node, scope),
            _ => self.each_child(node, |this, child, _| this.pattern(child, scope, how))?,
        }
        self.leave();
        Ok(())
    }

    fn capture_or_value(&mut self, node: Node<'t>, scope: ScopeId, how: &TargetBinding) {
        match (node.named_child_count(), node.named_child(0)) {
            (1, Some(name)) if kind_of(name) == NodeKind::Identifier => self.bind(name, scope, how),
            (_, Some(first)) if kind_of(first) == NodeKind::Identifier => self.read(first, scope),
            _ => {}
        }
    }
}
