//! Builds the `SemanticModel` in one recursive walk over the tree-sitter tree, then resolves.
//!
//! The walk records raw facts as it meets them: scopes (pushed when their node is entered, so
//! they come out in source order), bindings with the scope whose code holds them, `global` and
//! `nonlocal` declarations, and every name read with the scope it is read from. Nothing is
//! decided during the walk that depends on code not yet seen: a declaration applies to its whole
//! scope and a name bound anywhere in a function is local throughout it, so bindings are placed
//! and reads resolved afterwards (`finish::finish`), when every scope is complete.
//!
//! Recursion follows the tree, so its depth is counted and the walk stops with `TooDeep` past
//! `MAX_DEPTH` nodes rather than overflow the stack. Cursors are recycled through a free list so
//! that walking a node allocates nothing; only names that are recorded become `String`s.

mod definitions;
mod finish;
mod imports;
mod kinds;
mod patterns;
mod statements;

use crate::core::node::NodeExt;
use std::borrow::Cow;

use tree_sitter::{Node, TreeCursor};

use self::kinds::{NodeKind, kind_of};
use super::*;

pub(super) fn build<'t>(
    tree: &'t tree_sitter::Tree,
    source: &'t str,
) -> Result<(SemanticModel, Nodes<'t>), TooDeep> {
    let root = tree.root_node();
    let mut builder = Builder::new(source);
    builder.postponed = postpones_annotations(root, source);
    builder.push_scope(ScopeKind::Module, None, root, None);
    builder.visit_children(root, SemanticModel::MODULE)?;
    let nodes = Nodes {
        calls: std::mem::take(&mut builder.calls),
        scopes: std::mem::take(&mut builder.scope_nodes),
    };
    Ok((finish::finish(builder), nodes))
}

pub(super) fn scope_at(model: &SemanticModel, offset: usize) -> ScopeId {
    finish::scope_at(model, offset)
}

pub(super) fn resolve(model: &SemanticModel, scope: ScopeId, name: &str) -> Resolution {
    finish::resolve(model, scope, name)
}

type Walk = Result<(), TooDeep>;

/// Whether the module opens with `from __future__ import annotations` (PEP 563).
fn postpones_annotations(root: Node<'_>, source: &str) -> bool {
    let mut cursor = root.walk();
    root.named_children(&mut cursor)
        .filter(|s| s.kind_name() == "future_import_statement")
        .any(|s| {
            let mut names = s.walk();
            s.named_children(&mut names).any(|name| {
                let name = name.field("name").unwrap_or(name);
                source.get(name.byte_range()) == Some("annotations")
            })
        })
}

/// A binding as the walk records it, before `global`/`nonlocal` move it to its final scope.
struct RawBinding {
    name: String,
    kind: BindingKind,
    /// Where the binding lands unless declared otherwise: the scope whose code holds it, or for
    /// a walrus in a comprehension the nearest enclosing scope that is not a comprehension.
    home: ScopeId,
    written_in: ScopeId,
    range: TextRange,
    statement: TextRange,
    value: Option<TextRange>,
    annotation: Option<TextRange>,
}

struct RawReference {
    name: String,
    range: TextRange,
    scope: ScopeId,
    /// Set when the read names a PEP 695 type parameter of the definition whose annotations or
    /// bases are being walked: those are evaluated where the type parameters are visible, but
    /// the read lies in the enclosing scope's code.
    type_parameter_of: Option<ScopeId>,
    postponed: bool,
}

/// How a target binds: everything about the binding except the name itself.
#[derive(Clone)]
struct TargetBinding {
    kind: BindingKind,
    statement: TextRange,
    value: Option<TextRange>,
    annotation: Option<TextRange>,
}

impl TargetBinding {
    fn new(kind: BindingKind, statement: TextRange) -> Self {
        TargetBinding {
            kind,
            statement,
            value: None,
            annotation: None,
        }
    }

    /// The same binding for a name inside an unpacking target, which has no single value.
    fn unpacked(&self) -> Self {
        TargetBinding {
            value: None,
            ..self.clone()
        }
    }
}

struct Builder<'t> {
    source: &'t str,
    scopes: Vec<Scope>,
    bindings: Vec<RawBinding>,
    references: Vec<RawReference>,
    depth: usize,
    /// Spare cursors: a cursor allocates its stack, so each walk level reuses one.
    cursors: Vec<TreeCursor<'t>>,
    /// Type parameters visible to the annotations or bases being walked, innermost last.
    type_parameters: Vec<(String, ScopeId)>,
    /// Every call met, in the order met: the analysis looks for process APIs among them, and
    /// collecting them here saves it a walk of its own over the whole tree.
    calls: Vec<Node<'t>>,
    /// The node that creates each scope, by `ScopeId`.
    scope_nodes: Vec<Node<'t>>,
    /// The module has `from __future__ import annotations`.
    postponed: bool,
    /// How many annotations the walk is inside.
    in_annotation: usize,
}

impl<'t> Builder<'t> {
    fn new(source: &'t str) -> Self {
        Builder {
            source,
            scopes: Vec::new(),
            bindings: Vec::new(),
            references: Vec::new(),
            depth: 0,
            cursors: Vec::new(),
            type_parameters: Vec::new(),
            calls: Vec::new(),
            scope_nodes: Vec::new(),
            postponed: false,
            in_annotation: 0,
        }
    }

    /// Count one level of recursion; every recursive walk function calls this first and
    /// `leave` when done (on error the whole walk is abandoned, so no `leave` is needed).
    fn enter(&mut self, node: Node<'t>) -> Walk {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(TooDeep {
                offset: node.start_byte(),
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn text(&self, node: Node<'t>) -> Option<&'t str> {
        self.source.get(node.start_byte()..node.end_byte())
    }

    /// The name an identifier node spells, as Python reads it (NFKC-normalised).
    fn name(&self, node: Node<'t>) -> Option<Cow<'t, str>> {
        self.text(node).map(identifier)
    }

    fn push_scope(
        &mut self,
        kind: ScopeKind,
        parent: Option<ScopeId>,
        node: Node<'t>,
        name: Option<String>,
    ) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scope_nodes.push(node);
        self.scopes.push(Scope {
            kind,
            parent,
            range: TextRange::of(node),
            name,
            bindings: NameMap::default(),
            globals: NameMap::default(),
            nonlocals: NameMap::default(),
            has_star_import: false,
        });
        id
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.0 as usize]
    }

    /// Record a read of the identifier `node` from code in `scope`.
    fn read(&mut self, node: Node<'t>, scope: ScopeId) {
        let Some(name) = self.name(node) else { return };
        let type_parameter_of = self
            .type_parameters
            .iter()
            .rev()
            .find(|(parameter, _)| *parameter == name)
            .map(|&(_, owner)| owner);
        self.references.push(RawReference {
            name: name.into_owned(),
            range: TextRange::of(node),
            scope,
            type_parameter_of,
            postponed: self.postponed && self.in_annotation > 0,
        });
    }

    /// Walk an annotation of a parameter, a return or an assignment, evaluated in `scope`
    /// unless the module postpones annotations.
    fn annotation(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        self.in_annotation += 1;
        let walked = self.visit(node, scope);
        self.in_annotation -= 1;
        walked
    }

    /// Record a binding of the identifier `node` written in `scope`.
    fn bind(&mut self, node: Node<'t>, scope: ScopeId, target: &TargetBinding) {
        self.bind_in(node, scope, scope, target);
    }

    fn bind_in(
        &mut self,
        node: Node<'t>,
        home: ScopeId,
        written_in: ScopeId,
        target: &TargetBinding,
    ) {
        let Some(name) = self.name(node) else { return };
        self.bindings.push(RawBinding {
            name: name.into_owned(),
            kind: target.kind.clone(),
            home,
            written_in,
            range: TextRange::of(node),
            statement: target.statement,
            value: target.value,
            annotation: target.annotation,
        });
    }

    fn cursor(&mut self, node: Node<'t>) -> TreeCursor<'t> {
        match self.cursors.pop() {
            Some(mut cursor) => {
                cursor.reset(node);
                cursor
            }
            None => node.walk(),
        }
    }

    /// Call `f` on each named child of `node` except comments, with the child's field name.
    fn each_child(
        &mut self,
        node: Node<'t>,
        mut f: impl FnMut(&mut Self, Node<'t>, Option<&'t str>) -> Walk,
    ) -> Walk {
        let mut cursor = self.cursor(node);
        let mut more = cursor.goto_first_child();
        while more {
            let child = cursor.node();
            if child.is_named() && kind_of(child) != NodeKind::Comment {
                f(self, child, cursor.field_name())?;
            }
            more = cursor.goto_next_sibling();
        }
        self.cursors.push(cursor);
        Ok(())
    }

    /// Walk every named child of `node` as code of `scope`.
    fn visit_children(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        let mut cursor = self.cursor(node);
        let mut more = cursor.goto_first_child();
        while more {
            let child = cursor.node();
            if child.is_named() {
                self.visit(child, scope)?;
            }
            more = cursor.goto_next_sibling();
        }
        self.cursors.push(cursor);
        Ok(())
    }

    fn visit_field(&mut self, node: Node<'t>, field: &str, scope: ScopeId) -> Walk {
        match node.field(field) {
            Some(child) => self.visit(child, scope),
            None => Ok(()),
        }
    }

    /// Walk `node` as code of `scope`: names in it are read unless the construct binds them.
    fn visit(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        self.enter(node)?;
        self.dispatch(node, scope)?;
        self.leave();
        Ok(())
    }

    fn dispatch(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        match kind_of(node) {
            NodeKind::Identifier => {
                self.read(node, scope);
                Ok(())
            }
            NodeKind::Attribute | NodeKind::Call | NodeKind::Subscript | NodeKind::Operator => {
                self.visit_chain(node, scope)
            }
            // In `f(k=v)` only `v` is read.
            NodeKind::KeywordArgument => self.visit_field(node, "value", scope),
            NodeKind::DottedName => self.read_first_identifier(node, scope),
            NodeKind::MemberType => self.read_member_type(node, scope),
            NodeKind::FunctionDefinition | NodeKind::ClassDefinition => {
                self.definition(node, TextRange::of(node), scope)
            }
            NodeKind::DecoratedDefinition => self.decorated_definition(node, scope),
            NodeKind::Lambda => self.lambda(node, scope),
            NodeKind::Comprehension => self.comprehension(node, scope),
            NodeKind::Comment => Ok(()),
            _ => self.dispatch_statement(node, scope),
        }
    }

    fn dispatch_statement(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        match kind_of(node) {
            NodeKind::Assignment => self.assignment(node, scope),
            NodeKind::AugmentedAssignment => self.augmented_assignment(node, scope),
            NodeKind::ForStatement => self.for_statement(node, scope),
            NodeKind::WithItem => self.with_item(node, scope),
            NodeKind::ExceptClause => self.except_clause(node, scope),
            NodeKind::ImportStatement => self.import(node, scope),
            NodeKind::ImportFromStatement => self.import_from(node, scope, false),
            NodeKind::FutureImportStatement => self.import_from(node, scope, true),
            NodeKind::GlobalStatement => self.declare(node, scope, true),
            NodeKind::NonlocalStatement => self.declare(node, scope, false),
            NodeKind::NamedExpression => self.named_expression(node, scope),
            NodeKind::DeleteStatement => self.delete(node, scope),
            NodeKind::CaseClause => self.case_clause(node, scope),
            NodeKind::TypeAliasStatement => self.type_alias(node, scope),
            _ => self.visit_children(node, scope),
        }
    }

    /// Left-nested chains (`a + b + c`, `a or b`, `a.b().c`, `x[0][1]`) are walked down their
    /// left spine in a loop, not by recursion, so that a long chain does not count as deep
    /// nesting: CPython compiles sums of a few thousand terms. The order in which names are met
    /// does not matter, since references and bindings are sorted when the model is finished.
    fn visit_chain(&mut self, mut node: Node<'t>, scope: ScopeId) -> Walk {
        loop {
            let kind = kind_of(node);
            let spine = match kind {
                NodeKind::Attribute => "object",
                NodeKind::Call => {
                    self.calls.push(node);
                    "function"
                }
                NodeKind::Subscript => "value",
                NodeKind::Operator => "left",
                _ => return self.visit(node, scope),
            };
            let mut next = None;
            self.each_child(node, |this, child, field| {
                if field == Some(spine) {
                    next = Some(child);
                    Ok(())
                } else if kind == NodeKind::Attribute {
                    // In `a.b` only `a` is read.
                    Ok(())
                } else {
                    this.visit(child, scope)
                }
            })?;
            match next {
                Some(inner) => node = inner,
                None => return Ok(()),
            }
        }
    }

    /// `a.b.c` outside an import (a value pattern in `case`): only `a` is read.
    fn read_first_identifier(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        if let Some(first) = node.named_child(0)
            && kind_of(first) == NodeKind::Identifier
        {
            self.read(first, scope);
        }
        Ok(())
    }

    /// `a.b` in a type context is `member_type(type, identifier)`: only the object is read.
    fn read_member_type(&mut self, node: Node<'t>, scope: ScopeId) -> Walk {
        match node.named_child(0) {
            Some(object) => self.visit(object, scope),
            None => Ok(()),
        }
    }
}
