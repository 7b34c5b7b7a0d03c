//! The tree-sitter node kinds the builder tells apart, looked up by kind id.
//!
//! Comparing kind strings at every node would cost a string match per node over hundreds of
//! megabytes; instead a table maps every kind id of the grammar to a small enum once. Only
//! named kinds are mapped: tree-sitter gives keywords the same name as some named nodes
//! (`lambda`, `type`), and a keyword must never be taken for the construct.

use std::sync::OnceLock;

use tree_sitter::Node;

use crate::core::parse::{kind_in, kind_table};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NodeKind {
    Identifier,
    Comment,
    Attribute,
    Call,
    Subscript,
    /// `binary_operator` and `boolean_operator`: left-nested chains.
    Operator,
    KeywordArgument,
    DottedName,
    MemberType,
    FunctionDefinition,
    ClassDefinition,
    DecoratedDefinition,
    Lambda,
    Comprehension,
    ForInClause,
    Assignment,
    AugmentedAssignment,
    ForStatement,
    WithItem,
    AsPattern,
    ExceptClause,
    ImportStatement,
    ImportFromStatement,
    FutureImportStatement,
    AliasedImport,
    RelativeImport,
    WildcardImport,
    GlobalStatement,
    NonlocalStatement,
    NamedExpression,
    DeleteStatement,
    CaseClause,
    CasePattern,
    ClassPattern,
    KeywordPattern,
    SplatPattern,
    TypeAliasStatement,
    Type,
    GenericType,
    ConstrainedType,
    SplatType,
    TypeParameter,
    /// Unpacking targets: each name inside is bound, none is "the" value.
    Unpacking,
    ParenthesizedExpression,
    DefaultParameter,
    TypedParameter,
    TypedDefaultParameter,
    SplatParameter,
    Other,
}

/// The kind of a node; `Other` for kinds the builder treats generically (and for ERROR nodes,
/// whose id lies outside the table).
pub(super) fn kind_of(node: Node<'_>) -> NodeKind {
    static TABLE: OnceLock<Vec<NodeKind>> = OnceLock::new();
    let table = TABLE.get_or_init(|| kind_table(kind_named, NodeKind::Other));
    kind_in(table, node, NodeKind::Other)
}

fn kind_named(name: &str) -> NodeKind {
    match name {
        "identifier" => NodeKind::Identifier,
        "comment" => NodeKind::Comment,
        "attribute" => NodeKind::Attribute,
        "call" => NodeKind::Call,
        "subscript" => NodeKind::Subscript,
        "binary_operator" | "boolean_operator" => NodeKind::Operator,
        "keyword_argument" => NodeKind::KeywordArgument,
        "dotted_name" => NodeKind::DottedName,
        "member_type" => NodeKind::MemberType,
        "function_definition" => NodeKind::FunctionDefinition,
        "class_definition" => NodeKind::ClassDefinition,
        "decorated_definition" => NodeKind::DecoratedDefinition,
        "lambda" => NodeKind::Lambda,
        "list_comprehension"
        | "set_comprehension"
        | "dictionary_comprehension"
        | "generator_expression" => NodeKind::Comprehension,
        "for_in_clause" => NodeKind::ForInClause,
        _ => statement_kind_named(name),
    }
}

fn statement_kind_named(name: &str) -> NodeKind {
    match name {
        "assignment" => NodeKind::Assignment,
        "augmented_assignment" => NodeKind::AugmentedAssignment,
        "for_statement" => NodeKind::ForStatement,
        "with_item" => NodeKind::WithItem,
        "as_pattern" => NodeKind::AsPattern,
        "except_clause" | "except_group_clause" => NodeKind::ExceptClause,
        "import_statement" => NodeKind::ImportStatement,
        "import_from_statement" => NodeKind::ImportFromStatement,
        "future_import_statement" => NodeKind::FutureImportStatement,
        "aliased_import" => NodeKind::AliasedImport,
        "relative_import" => NodeKind::RelativeImport,
        "wildcard_import" => NodeKind::WildcardImport,
        "global_statement" => NodeKind::GlobalStatement,
        "nonlocal_statement" => NodeKind::NonlocalStatement,
        "named_expression" => NodeKind::NamedExpression,
        "delete_statement" => NodeKind::DeleteStatement,
        "type_alias_statement" => NodeKind::TypeAliasStatement,
        _ => pattern_kind_named(name),
    }
}

fn pattern_kind_named(name: &str) -> NodeKind {
    match name {
        "case_clause" => NodeKind::CaseClause,
        "case_pattern" => NodeKind::CasePattern,
        "class_pattern" => NodeKind::ClassPattern,
        "keyword_pattern" => NodeKind::KeywordPattern,
        "splat_pattern" => NodeKind::SplatPattern,
        "type" => NodeKind::Type,
        "generic_type" => NodeKind::GenericType,
        "constrained_type" => NodeKind::ConstrainedType,
        "splat_type" => NodeKind::SplatType,
        "type_parameter" => NodeKind::TypeParameter,
        "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list"
        | "expression_list" | "list_splat_pattern" | "list_splat" => NodeKind::Unpacking,
        "parenthesized_expression" => NodeKind::ParenthesizedExpression,
        "default_parameter" => NodeKind::DefaultParameter,
        "typed_parameter" => NodeKind::TypedParameter,
        "typed_default_parameter" => NodeKind::TypedDefaultParameter,
        "dictionary_splat_pattern" => NodeKind::SplatParameter,
        _ => NodeKind::Other,
    }
}
