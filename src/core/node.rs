//! Two lookups on syntax nodes that the analysis makes millions of times in a large file,
//! made from tables of the grammar built once.
//!
//! `Node::kind` finds the grammar's C string for the node's kind, measures it and checks that
//! it is UTF-8 at every call; `Node::child_by_field_name` compares the name with each of the
//! grammar's field names in turn with `strncmp`. On the standard library's
//! `_test_multiprocessing.py` (6,187 lines) the two took a tenth of `--diff`'s instructions.
//! `kind_name` and `field` give the same answers from a table of the kinds by id and a table
//! of the field names.

use std::num::NonZeroU16;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use tree_sitter::{Language, Node};

struct Grammar {
    /// Each kind's name, by its id.
    kinds: Vec<&'static str>,
    /// Each field's id, by its name.
    fields: FxHashMap<&'static str, NonZeroU16>,
}

static LANGUAGE: LazyLock<Language> = LazyLock::new(|| tree_sitter_python::LANGUAGE.into());

static GRAMMAR: LazyLock<Grammar> = LazyLock::new(|| {
    let language: &'static Language = &LANGUAGE;
    let kinds = (0..language.node_kind_count())
        .map(|id| {
            u16::try_from(id)
                .ok()
                .and_then(|id| language.node_kind_for_id(id))
                .unwrap_or("")
        })
        .collect();
    let fields = (1..=language.field_count())
        .filter_map(|id| {
            let id = NonZeroU16::new(u16::try_from(id).ok()?)?;
            Some((language.field_name_for_id(id.get())?, id))
        })
        .collect();
    Grammar { kinds, fields }
});

/// `kind_name` and `field` for tree-sitter's `Node`.
pub trait NodeExt<'tree> {
    /// The node's kind, as `Node::kind` gives it.
    fn kind_name(&self) -> &'tree str;
    /// The child in the field `name`, as `Node::child_by_field_name` gives it.
    fn field(&self, name: &str) -> Option<Node<'tree>>;
}

impl<'tree> NodeExt<'tree> for Node<'tree> {
    #[inline]
    fn kind_name(&self) -> &'tree str {
        match GRAMMAR.kinds.get(usize::from(self.kind_id())) {
            Some(&name) if !name.is_empty() => name,
            // `ERROR` (the id `u16::MAX`) is not in the table.
            _ => self.kind(),
        }
    }

    #[inline]
    fn field(&self, name: &str) -> Option<Node<'tree>> {
        let id = GRAMMAR.fields.get(name)?;
        self.child_by_field_id(id.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every node of a module that uses most of the grammar: the same kind and the same child
    /// in every field as tree-sitter's own lookups give.
    #[test]
    fn the_tables_agree_with_tree_sitter() {
        let source = concat!(
            "import a.b as c\nfrom . import d\n@dec\nasync def f[T](x: int = 1, *a, k, **kw) -> T:\n",
            "    global g\n    y = lambda q: q if q else (yield)\n    async with a as (b, c): pass\n",
            "    try:\n        del y[0:1:2]\n    except* E as e:\n        raise X from e\n",
            "    finally:\n        assert x, 'm'\n    match x:\n        case [1, *r] | {'k': v} if v:\n",
            "            return f'{x!r:>{w}}'\n    for i in range(3): print(i, sep='')\n",
            "    while not x: x += 1; break\n    return [i async for i in a if i], {k: v for k, v in d}\n",
            "class C(B, metaclass=M):\n    type A[T] = list[T]\n    n: int = 0\nx = (1 @ 2) ** -3\n",
            "if $:\n    pass\n",
        );
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&tree_sitter_python::LANGUAGE.into())
            .expect("the grammar loads");
        let tree = parser.parse(source, None).expect("it parses");
        let language: Language = tree_sitter_python::LANGUAGE.into();
        let names: Vec<&str> = (1..=language.field_count())
            .filter_map(|id| language.field_name_for_id(u16::try_from(id).ok()?))
            .collect();
        assert!(names.contains(&"body") && names.len() > 20, "{names:?}");
        let mut cursor = tree.walk();
        let (mut nodes, mut errors) = (0, 0);
        loop {
            let node = cursor.node();
            nodes += 1;
            errors += usize::from(node.kind() == "ERROR");
            assert_eq!(node.kind_name(), node.kind(), "{node:?}");
            for name in names.iter().chain(&["no_such_field"]) {
                assert_eq!(
                    node.field(name),
                    node.child_by_field_name(name),
                    "{name} of {node:?}"
                );
            }
            if cursor.goto_first_child() {
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    assert!(nodes > 300 && errors > 0, "{nodes} nodes, {errors} errors");
                    return;
                }
            }
        }
    }
}
