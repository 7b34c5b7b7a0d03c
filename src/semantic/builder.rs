//! Builds the `SemanticModel` in one walk over the tree. (To be written.)

use super::*;

pub(super) fn build(_tree: &tree_sitter::Tree, _source: &str) -> Result<SemanticModel, TooDeep> {
    todo!("semantic model builder")
}

pub(super) fn scope_at(_model: &SemanticModel, _offset: usize) -> ScopeId {
    todo!()
}

pub(super) fn resolve(_model: &SemanticModel, _scope: ScopeId, _name: &str) -> Resolution {
    todo!()
}
