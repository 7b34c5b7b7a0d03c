//! Import statements: which name each one binds and what module (and member) it names.

use std::borrow::Cow;

use tree_sitter::Node;

use super::kinds::{NodeKind, kind_of};
use super::{Builder, TargetBinding, Walk};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, ScopeId, TextRange};

impl<'t> Builder<'t> {
    /// `import a.b.c` binds `a` (module `a`); `import a.b as c` binds `c` (module `a.b`).
    pub(super) fn import(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let statement = TextRange::of(node);
        self.each_child(node, |this, child, _| {
            let (bound, module) = match kind_of(child) {
                NodeKind::DottedName => {
                    let first = child.named_child(0);
                    (first, first.and_then(|f| this.name(f)).map(Cow::into_owned))
                }
                NodeKind::AliasedImport => (
                    child.field("alias"),
                    child.field("name").map(|n| this.dotted(n)),
                ),
                _ => (None, None),
            };
            if let (Some(bound), Some(module)) = (bound, module) {
                let kind = BindingKind::Import {
                    module,
                    member: None,
                };
                this.bind(bound, scope, &TargetBinding::new(kind, statement));
            }
            Ok(())
        })
    }

    /// `from m import x as y` binds `y` (module `m`, member `x`); `from m import *` marks the
    /// scope. `from __future__ import x` is an import of module `__future__`.
    pub(super) fn import_from(&mut self, node: Node<'t>, scope: ScopeId, future: bool) -> Walk {
        let statement = TextRange::of(node);
        let module = match node.field("module_name") {
            Some(module) => self.module_name(module),
            None if future => "__future__".to_owned(),
            None => return Ok(()),
        };
        self.each_child(node, |this, child, field| {
            let (bound, member) = match (kind_of(child), field) {
                (NodeKind::WildcardImport, _) => {
                    this.scope_mut(scope).has_star_import = true;
                    return Ok(());
                }
                (NodeKind::DottedName, Some("name")) => (child.named_child(0), this.dotted(child)),
                (NodeKind::AliasedImport, _) => match child.field("name") {
                    Some(name) => (child.field("alias"), this.dotted(name)),
                    None => return Ok(()),
                },
                _ => return Ok(()),
            };
            if let Some(bound) = bound.filter(|b| kind_of(*b) == NodeKind::Identifier) {
                let kind = BindingKind::Import {
                    module: module.clone(),
                    member: Some(member),
                };
                this.bind(bound, scope, &TargetBinding::new(kind, statement));
            }
            Ok(())
        })
    }

    /// `..pkg.mod` → `"..pkg.mod"`, spaces between the dots dropped.
    fn module_name(&self, node: Node<'t>) -> String {
        if kind_of(node) != NodeKind::RelativeImport {
            return self.dotted(node);
        }
        let mut module = String::new();
        for i in 0..node.named_child_count() {
            let Some(part) = node.named_child(i as u32) else {
                continue;
            };
            match kind_of(part) {
                NodeKind::DottedName => module.push_str(&self.dotted(part)),
                _ => {
                    let dots = self.text(part).unwrap_or("").matches('.').count();
                    module.extend(std::iter::repeat_n('.', dots));
                }
            }
        }
        module
    }

    /// The identifiers of a `dotted_name` joined by dots (Python allows `a . b`).
    fn dotted(&self, node: Node<'t>) -> String {
        let mut dotted = String::new();
        for i in 0..node.named_child_count() {
            let Some(part) = node.named_child(i as u32) else {
                continue;
            };
            if kind_of(part) == NodeKind::Identifier {
                if !dotted.is_empty() {
                    dotted.push('.');
                }
                dotted.push_str(&self.name(part).unwrap_or_default());
            }
        }
        dotted
    }
}
