//! The tree-sitter node kinds the builder tells apart, looked up by kind id.
//!
//! Comparing kind strings at every node would cost a string match per node over hundreds of
//! megabytes; instead a table maps every kind id of the grammar to a small enum once. Only
//! named kinds are mapped: tree-sitter gives keywords the same name as some named nodes
//! (`lambda`, `type`), and a keyword must never be taken for the construct.

use std::sync::OnceLock;

use tree_sitter::Node;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) fn kind_of(node: tree_sitter::Node<'_>) -> Kind {
    table()
        .get(usize::from(node.kind_id()))
        .copied()
        .unwrap_or(Kind::Other)
}

fn table() -> &'static [Kind] {
    static TABLE: OnceLock<Vec<Kind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        (0..language.node_kind_count())
            .map(|id| {
                let id = u16::try_from(id).unwrap_or(u16::MAX);
                match language.node_kind_for_id(id) {
                    Some(name) if language.node_kind_is_named(id) => kind_named(name),
                    _ => Kind::Other,
                }
            })
            .collect()
    })
}

fn kind_named(name: &str) -> Kind {
    match name {
        "identifier" => Kind::Identifier,
        "comment" => Kind::Comment,
        "attribute" => Kind::Attribute,
        "call" => Kind::Call,
        "subscript" => Kind::Subscript,
        "binary_operator" | "boolean_operator" => Kind::Operator,
        "keyword_argument" => Kind::KeywordArgument,
        "dotted_name" => Kind::DottedName,
        "member_type" => Kind::MemberType,
        "function_definition" => Kind::FunctionDefinition,
        "class_definition" => Kind::ClassDefinition,
        "decorated_definition" => Kind::DecoratedDefinition,
        "lambda" => Kind::Lambda,
        "list_comprehension"
        | "set_comprehension"
        | "dictionary_comprehension"
        | "generator_expression" => Kind::Comprehension,
        "for_in_clause" => Kind::ForInClause,
        _ => statement_kind_named(name),
    }
}

fn statement_kind_named(name: &str) -> Kind {
    match name {
        "assignment" => Kind::Assignment,
        "augmented_assignment" => Kind::AugmentedAssignment,
        "for_statement" => Kind::ForStatement,
        "with_item" => Kind::WithItem,
        "as_pattern" => Kind::AsPattern,
        "except_clause" | "except_group_clause" => Kind::ExceptClause,
        "import_statement" => Kind::ImportStatement,
        "import_from_statement" => Kind::ImportFromStatement,
        "future_import_statement" => Kind::FutureImportStatement,
        "aliased_import" => Kind::AliasedImport,
        "relative_import" => Kind::RelativeImport,
        "wildcard_import" => Kind::WildcardImport,
        "global_statement" => Kind::GlobalStatement,
        "nonlocal_statement" => Kind::NonlocalStatement,
        "named_expression" => Kind::NamedExpression,
        "delete_statement" => Kind::DeleteStatement,
        "type_alias_statement" => Kind::TypeAliasStatement,
        _ => pattern_kind_named(name),
    }
}

fn pattern_kind_named(name: &str) -> Kind {
    match name {
        "case_clause" => Kind::CaseClause,
        "case_pattern" => Kind::CasePattern,
        "class_pattern" => Kind::ClassPattern,
        "keyword_pattern" => Kind::KeywordPattern,
        "splat_pattern" => Kind::SplatPattern,
        "type" => Kind::Type,
        "generic_type" => Kind::GenericType,
        "constrained_type" => Kind::ConstrainedType,
        "splat_type" => Kind::SplatType,
        "type_parameter" => Kind::TypeParameter,
        "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list"
        | "expression_list" | "list_splat_pattern" | "list_splat" => Kind::Unpacking,
        "parenthesized_expression" => Kind::ParenthesizedExpression,
        "default_parameter" => Kind::DefaultParameter,
        "typed_parameter" => Kind::TypedParameter,
        "typed_default_parameter" => Kind::TypedDefaultParameter,
        "dictionary_splat_pattern" => Kind::SplatParameter,
        _ => Kind::Other,
    }
}

/// The fields the builder asks for by name. `child_by_field_name` looks the name up by string
/// comparison on every call; the ids are looked up once instead.
#[derive(Clone, Copy, Debug)]
pub(super) enum Field {
    Alias,
    Left,
    ModuleName,
    Name,
    Parameters,
    Right,
    Type,
    TypeParameters,
    Value,
    Body,
    ReturnType,
    Superclasses,
}

const FIELD_NAMES: [&str; 12] = [
    "alias",
    "left",
    "module_name",
    "name",
    "parameters",
    "right",
    "type",
    "type_parameters",
    "value",
    "body",
    "return_type",
    "superclasses",
];

/// The child of `node` in `field`, if any.
pub(super) fn by_field(node: Node<'_>, field: Field) -> Option<Node<'_>> {
    static IDS: OnceLock<Vec<Option<std::num::NonZeroU16>>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        let language: tree_sitter::Language = tree_sitter_python::LANGUAGE.into();
        FIELD_NAMES
            .iter()
            .map(|name| language.field_id_for_name(name))
            .collect()
    });
    let id = ids.get(field as usize).copied().flatten()?;
    node.child_by_field_id(id.get())
}
