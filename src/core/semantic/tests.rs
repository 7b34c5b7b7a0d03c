//! Tests of the semantic model on small sources. Each expectation was checked against
//! CPython's `symtable` (or, for syntax newer than the local Python, the reference manual).

use indoc::indoc;

use super::*;

fn model(source: &str) -> SemanticModel {
    let tree = crate::core::parse::parse(source).expect("test source parses");
    SemanticModel::build(&tree, source).expect("test source is not too deep")
}

/// The offset `marker` points at. The marker's text without its `‸` must occur exactly once in
/// `source`; the offset is where the `‸` stands in it, or where it starts if it has none.
fn offset_of(source: &str, marker: &str) -> usize {
    let (before, after) = marker.split_once('‸').unwrap_or(("", marker));
    let needle = format!("{before}{after}");
    let mut hits = source.match_indices(&needle);
    let (offset, _) = hits.next().expect("marker occurs");
    assert!(hits.next().is_none(), "marker {marker:?} is ambiguous");
    offset + before.len()
}

/// The resolution of the name read where `marker` starts.
fn resolve_at(source: &str, marker: &str) -> Resolution {
    reference_at(&model(source), source, marker).resolution
}

fn reference_at(model: &SemanticModel, source: &str, marker: &str) -> Reference {
    let offset = offset_of(source, marker);
    model
        .references
        .iter()
        .find(|r| r.range.start == offset)
        .unwrap_or_else(|| panic!("no read at {marker:?}"))
        .clone()
}

fn is_read(source: &str, marker: &str) -> bool {
    let offset = offset_of(source, marker);
    model(source)
        .references
        .iter()
        .any(|r| r.range.start == offset)
}

/// The binding of the name written where `marker` starts.
fn binding_at(model: &SemanticModel, source: &str, marker: &str) -> Binding {
    let offset = offset_of(source, marker);
    model
        .bindings
        .iter()
        .find(|b| b.range.start == offset)
        .unwrap_or_else(|| panic!("no binding at {marker:?}"))
        .clone()
}

fn text(source: &str, range: Option<TextRange>) -> Option<&str> {
    range.map(|r| &source[r.start..r.end])
}

/// The scope named `name` (a function or class).
fn scope_named(model: &SemanticModel, name: &str) -> ScopeId {
    let index = model
        .scopes
        .iter()
        .position(|s| s.name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no scope {name}"));
    ScopeId(index as u32)
}

const MODULE: Resolution = Resolution::Scope(SemanticModel::MODULE);

// ---- Binding forms -------------------------------------------------------------------------

#[test]
fn plain_and_chained_assignment_record_the_value() {
    let source = "a = b = 1 + 2\nc = a\n";
    let model = model(source);
    let a = binding_at(&model, source, "a = b");
    assert_eq!(a.kind, BindingKind::Assignment);
    assert_eq!(a.scope, SemanticModel::MODULE);
    assert_eq!(text(source, a.value), Some("1 + 2"));
    let b = binding_at(&model, source, "b = 1");
    assert_eq!(text(source, b.value), Some("1 + 2"));
    assert_eq!(text(source, Some(b.statement)), Some("b = 1 + 2"));
    assert_eq!(resolve_at(source, "a\n"), MODULE);
}

#[test]
fn unpacking_targets_bind_each_name_without_a_value() {
    let source = "a, *b = c\n[d, (e, f)] = g\n(h) = 1\n";
    let model = model(source);
    for marker in ["a,", "b =", "d,", "e,", "f)"] {
        let binding = binding_at(&model, source, marker);
        assert_eq!(binding.kind, BindingKind::Assignment, "{marker}");
        assert_eq!(binding.value, None, "{marker}");
    }
    let h = binding_at(&model, source, "h)");
    assert_eq!(text(source, h.value), Some("1"));
}

#[test]
fn augmented_assignment_reads_and_binds() {
    let source = "def f():\n    n += 1\n";
    let model = model(source);
    let binding = binding_at(&model, source, "n +=");
    assert_eq!(binding.kind, BindingKind::AugmentedAssignment);
    let f = scope_named(&model, "f");
    assert_eq!(binding.scope, f);
    // `n` is local to `f` (an UnboundLocalError at run time), so the read resolves there.
    assert_eq!(
        reference_at(&model, source, "n +=").resolution,
        Resolution::Scope(f)
    );
}

#[test]
fn annotated_assignment_with_and_without_value() {
    let source = "x: int = 3\ny: list[str]\n";
    let model = model(source);
    let x = binding_at(&model, source, "x:");
    assert_eq!(x.kind, BindingKind::AnnotatedAssignment);
    assert_eq!(text(source, x.value), Some("3"));
    assert_eq!(text(source, x.annotation), Some("int"));
    let y = binding_at(&model, source, "y:");
    assert_eq!(y.kind, BindingKind::AnnotatedAssignment);
    assert_eq!(y.value, None);
    assert_eq!(text(source, y.annotation), Some("list[str]"));
    assert_eq!(resolve_at(source, "str]"), Resolution::Builtin);
}

#[test]
fn a_parenthesized_annotated_name_without_value_binds_nothing() {
    // symtable: `x` is a global of `f` (`(x): int` is not simple), `y` a local.
    let source = indoc! {"
        def f():
            (x): int
            ((x)): int
            (y): int = 1
            return x, y
    "};
    let model = model(source);
    let f = scope_named(&model, "f");
    assert_eq!(model.bindings_of(f, "x"), &[]);
    assert_eq!(resolve_at(source, "x, y"), Resolution::Unresolved);
    assert_eq!(binding_at(&model, source, "y)").scope, f);
}

#[test]
fn identifiers_are_one_name_after_nfkc_normalisation() {
    // symtable: `f` has the local `width` (written fullwidth), `g` reads it as a free
    // variable; the class binds `μ` (written as the micro sign).
    let source = indoc! {"
        def f():
            ｗｉｄｔｈ = 1
            def g():
                return width
            class T:
                µ = 1
            return g
    "};
    let model = model(source);
    let f = scope_named(&model, "f");
    assert_eq!(binding_at(&model, source, "ｗｉｄｔｈ").name, "width");
    assert_eq!(resolve_at(source, "width\n"), Resolution::Scope(f));
    assert_eq!(model.resolve(f, "ｗｉｄｔｈ"), Resolution::Scope(f));
    assert_eq!(model.bindings_of(f, "ｗｉｄｔｈ").len(), 1);
    assert_eq!(binding_at(&model, source, "µ").name, "\u{3bc}");
}

#[test]
fn attribute_and_subscript_targets_bind_nothing_but_read_the_object() {
    let source = "self.x = 1\na.b += 1\nd[k] = v\nu.w: int = 2\n";
    let model = model(source);
    assert!(model.bindings.is_empty());
    for marker in ["self", "a.b", "d[", "k]", "v\n", "u.w"] {
        assert!(is_read(source, marker), "{marker}");
    }
    assert!(!is_read(source, "x = 1"));
    assert!(!is_read(source, "b +="));
}

#[test]
fn for_targets_including_async() {
    let source = indoc! {"
        for i, (j, k) in pairs:
            pass
        async def f():
            async for item in stream:
                pass
    "};
    let model = model(source);
    for marker in ["i,", "j,", "k)"] {
        assert_eq!(
            binding_at(&model, source, marker).kind,
            BindingKind::ForTarget
        );
    }
    let item = binding_at(&model, source, "item");
    assert_eq!(item.kind, BindingKind::ForTarget);
    assert_eq!(item.scope, scope_named(&model, "f"));
    assert_eq!(resolve_at(source, "pairs"), Resolution::Unresolved);
}

#[test]
fn with_targets_record_the_context_manager_as_value() {
    let source = indoc! {"
        with open(p) as fh, lock as (a, b), other:
            pass
        async def f():
            async with session() as s:
                pass
    "};
    let model = model(source);
    let fh = binding_at(&model, source, "fh");
    assert_eq!(fh.kind, BindingKind::WithTarget);
    assert_eq!(text(source, fh.value), Some("open(p)"));
    assert_eq!(text(source, Some(fh.statement)), Some("open(p) as fh"));
    let a = binding_at(&model, source, "a,");
    assert_eq!(a.kind, BindingKind::WithTarget);
    assert_eq!(a.value, None);
    assert_eq!(
        binding_at(&model, source, "s:").scope,
        scope_named(&model, "f")
    );
    assert!(is_read(source, "other"));
}

#[test]
fn parenthesized_with_items_bind_their_targets() {
    // tree-sitter reads the parentheses as an expression (one item) or a tuple (a trailing
    // comma) around the `as` patterns; symtable: `fh`, `a`, `s` and `t` are locals of `f`.
    let source = indoc! {"
        def f():
            with (open(p) as fh):
                pass
            with (lock as a,):
                pass
            with (
                session() as s,
                other,
                pool
                .start() as t
            ):
                pass
    "};
    let model = model(source);
    let f = scope_named(&model, "f");
    for (marker, value) in [("fh", "open(p)"), ("a,", "lock"), ("s,", "session()")] {
        let binding = binding_at(&model, source, marker);
        assert_eq!(binding.kind, BindingKind::WithTarget, "{marker}");
        assert_eq!(binding.scope, f, "{marker}");
        assert_eq!(text(source, binding.value), Some(value), "{marker}");
    }
    let fh = binding_at(&model, source, "fh");
    assert_eq!(text(source, Some(fh.statement)), Some("open(p) as fh"));
    assert_eq!(binding_at(&model, source, "t\n").scope, f);
    assert!(is_read(source, "other"));
    assert!(is_read(source, "pool"));
}

#[test]
fn except_and_except_star_targets() {
    let source = indoc! {"
        try:
            pass
        except (KeyError, Oops) as err:
            pass
        try:
            pass
        except* ValueError as group:
            pass
    "};
    let model = model(source);
    assert_eq!(
        binding_at(&model, source, "err").kind,
        BindingKind::ExceptTarget
    );
    assert_eq!(
        binding_at(&model, source, "group").kind,
        BindingKind::ExceptTarget
    );
    assert_eq!(resolve_at(source, "KeyError"), Resolution::Builtin);
    assert_eq!(resolve_at(source, "Oops"), Resolution::Unresolved);
}

fn import_of(model: &SemanticModel, source: &str, marker: &str) -> (String, Option<String>) {
    match binding_at(model, source, marker).kind {
        BindingKind::Import { module, member } => (module, member),
        other => panic!("{marker}: {other:?}"),
    }
}

#[test]
fn imports_record_module_and_member() {
    let source = indoc! {"
        import os.path.join_, json
        import xml.etree as ET
        from .sub.mod import thing as alias, other
        from .. import sibling
        from collections import *
        from __future__ import annotations
    "};
    let model = model(source);
    let module = |m: &str| m.to_owned();
    assert_eq!(import_of(&model, source, "os"), (module("os"), None));
    assert_eq!(import_of(&model, source, "json"), (module("json"), None));
    assert_eq!(import_of(&model, source, "ET"), (module("xml.etree"), None));
    let alias = (module(".sub.mod"), Some(module("thing")));
    assert_eq!(import_of(&model, source, "alias"), alias);
    let other = (module(".sub.mod"), Some(module("other")));
    assert_eq!(import_of(&model, source, "other"), other);
    let sibling = (module(".."), Some(module("sibling")));
    assert_eq!(import_of(&model, source, "sibling"), sibling);
    let future = (module("__future__"), Some(module("annotations")));
    assert_eq!(import_of(&model, source, "annotations"), future);
    assert!(model.scope(SemanticModel::MODULE).has_star_import);
    // Only the bound names are bindings: not `path`, `thing`, `xml`.
    assert_eq!(model.bindings.len(), 7);
    assert!(model.references.is_empty());
}

#[test]
fn no_star_import_flag_without_one() {
    assert!(
        !model("from m import x\n")
            .scope(SemanticModel::MODULE)
            .has_star_import
    );
}

#[test]
fn def_and_class_names_bind_in_the_enclosing_scope() {
    let source = indoc! {"
        @decorate
        def f():
            class Inner:
                pass
        class C:
            pass
    "};
    let model = model(source);
    let f = binding_at(&model, source, "f()");
    assert_eq!(f.kind, BindingKind::FunctionDef);
    assert_eq!(f.scope, SemanticModel::MODULE);
    assert!(source[f.statement.start..].starts_with("@decorate"));
    let inner = binding_at(&model, source, "Inner");
    assert_eq!(inner.kind, BindingKind::ClassDef);
    assert_eq!(inner.scope, scope_named(&model, "f"));
    assert!(source[inner.statement.start..].starts_with("class Inner"));
    assert_eq!(model.scope(scope_named(&model, "C")).kind, ScopeKind::Class);
}

#[test]
fn parameters_of_every_kind() {
    let source = "def f(a, b=1, /, c: int = 2, *args: str, d, e: float, **kw): pass\n";
    let model = model(source);
    let f = scope_named(&model, "f");
    for name in ["a", "b", "c", "args", "d", "e", "kw"] {
        let ids = model.bindings_of(f, name);
        assert_eq!(ids.len(), 1, "{name}");
        assert_eq!(model.binding(ids[0]).kind, BindingKind::Parameter);
    }
    assert_eq!(model.bindings.len(), 8);
    let c = binding_at(&model, source, "c:");
    assert_eq!(text(source, c.annotation), Some("int"));
    assert_eq!(text(source, Some(c.statement)), Some("c: int = 2"));
    let args = binding_at(&model, source, "args");
    assert_eq!(text(source, args.annotation), Some("str"));
    assert_eq!(binding_at(&model, source, "a,").annotation, None);
}

#[test]
fn lambda_parameters_bind_in_the_lambda() {
    let source = "g = lambda x, y=z, *r, k, **o: x + y\n";
    let model = model(source);
    let x = binding_at(&model, source, "x,");
    assert_eq!(model.scope(x.scope).kind, ScopeKind::Lambda);
    for marker in ["y=", "r,", "k,", "o:"] {
        let binding = binding_at(&model, source, marker);
        assert_eq!(
            (binding.kind, binding.scope),
            (BindingKind::Parameter, x.scope)
        );
    }
    assert_eq!(resolve_at(source, "x +"), Resolution::Scope(x.scope));
    assert_eq!(
        reference_at(&model, source, "z,").scope,
        SemanticModel::MODULE
    );
}

#[test]
fn walrus_binds_in_the_current_scope() {
    let source = "def f():\n    if (n := len(a)) > 1:\n        return n\n";
    let model = model(source);
    let n = binding_at(&model, source, "n :=");
    assert_eq!(n.kind, BindingKind::NamedExpr);
    assert_eq!(n.scope, scope_named(&model, "f"));
    assert_eq!(text(source, n.value), Some("len(a)"));
}

#[test]
fn walrus_in_a_comprehension_binds_in_the_enclosing_function() {
    let source = "def f(xs):\n    ys = [y for x in xs if (y := x)]\n    return y\n";
    let model = model(source);
    let f = scope_named(&model, "f");
    let y = binding_at(&model, source, "y :=");
    assert_eq!(y.scope, f);
    assert_eq!(model.scope(y.written_in).kind, ScopeKind::Comprehension);
    assert_eq!(resolve_at(source, "y for"), Resolution::Scope(f));
    assert_eq!(resolve_at(source, "y\n"), Resolution::Scope(f));
}

#[test]
fn del_is_a_binding_and_del_of_an_attribute_reads() {
    let source = "def f():\n    del x, obj.attr, (a, b), seq[0]\n";
    let model = model(source);
    let f = scope_named(&model, "f");
    for marker in ["x,", "a,", "b)"] {
        let binding = binding_at(&model, source, marker);
        assert_eq!((binding.kind, binding.scope), (BindingKind::Deletion, f));
    }
    assert!(!is_read(source, "x,"));
    assert_eq!(resolve_at(source, "obj"), Resolution::Unresolved);
    assert!(is_read(source, "seq"));
    assert_eq!(model.bindings.len(), 4);
}

#[test]
fn match_patterns_capture_and_read() {
    let source = indoc! {"
        match subject:
            case [first, *rest]:
                pass
            case {\"k\": v, **others}:
                pass
            case Point(x=px, y=0) | Other():
                pass
            case Color.RED:
                pass
            case (1 | 2) as small:
                pass
            case [_, *_]:
                pass
            case _:
                pass
            case whole if whole > limit:
                pass
    "};
    let model = model(source);
    for marker in ["first", "rest", "v,", "others", "px", "small", "whole if"] {
        assert_eq!(
            binding_at(&model, source, marker).kind,
            BindingKind::MatchCapture
        );
    }
    assert_eq!(model.bindings.len(), 7);
    for marker in ["subject", "Point", "Other", "Color", "whole >", "limit"] {
        assert!(is_read(source, marker), "{marker}");
    }
    assert!(!is_read(source, "x=px"));
    assert!(!is_read(source, "RED"));
}

#[test]
fn pep_695_type_parameters() {
    let source = indoc! {"
        def first[T](items: list[T]) -> T:
            return items[0]
        class Box[U: int, *Ts, **P]:
            def get(self) -> U:
                item: U
        type Alias[K] = dict[K, int]
        type Plain = int
    "};
    let model = model(source);
    let first = scope_named(&model, "first");
    let t = binding_at(&model, source, "T](");
    assert_eq!((t.kind, t.scope), (BindingKind::TypeParameter, first));
    // Annotations are read in the enclosing scope's code but see the type parameters.
    let annotation = reference_at(&model, source, "T]) ");
    assert_eq!(annotation.scope, SemanticModel::MODULE);
    assert_eq!(annotation.resolution, Resolution::Scope(first));
    let boxed = scope_named(&model, "Box");
    for marker in ["[‸U:", "Ts", "P]"] {
        assert_eq!(binding_at(&model, source, marker).scope, boxed, "{marker}");
    }
    assert_eq!(resolve_at(source, "int, *Ts"), Resolution::Builtin);
    // A method sees its class's type parameters, unlike other class-level names.
    assert_eq!(resolve_at(source, "U\n"), Resolution::Scope(boxed));
    assert_eq!(
        binding_at(&model, source, "Alias").kind,
        BindingKind::TypeAlias
    );
    assert_eq!(
        binding_at(&model, source, "K]").kind,
        BindingKind::TypeParameter
    );
    assert_eq!(resolve_at(source, "K, int"), MODULE);
    assert_eq!(
        binding_at(&model, source, "Plain").scope,
        SemanticModel::MODULE
    );
}

// ---- Reads ---------------------------------------------------------------------------------

#[test]
fn reads_in_f_strings() {
    let source = "name = 1\nmsg = f\"{name!r:>{width}} {obj.attr}\"\n";
    assert_eq!(resolve_at(source, "name!r"), MODULE);
    assert_eq!(resolve_at(source, "width"), Resolution::Unresolved);
    assert!(is_read(source, "obj"));
    assert!(!is_read(source, "attr"));
}

#[test]
fn keyword_argument_names_are_not_read() {
    let source = "f(x=y, *args, **kwargs)\nclass C(Base, metaclass=Meta): pass\n";
    assert!(!is_read(source, "x="));
    for marker in ["f(", "y,", "*‸args", "kwargs", "Base", "Meta"] {
        assert!(is_read(source, marker), "{marker}");
    }
    assert!(!is_read(source, "metaclass"));
}

#[test]
fn only_the_object_of_an_attribute_chain_is_read() {
    let source = "a.b.c(d).e\n";
    let names: Vec<_> = model(source)
        .references
        .iter()
        .map(|r| r.name.clone())
        .collect();
    assert_eq!(names, ["a", "d"]);
}

#[test]
fn string_annotations_are_not_parsed() {
    let source = "def f(x: \"Thing\") -> \"Other\": pass\n";
    assert!(model(source).references.is_empty());
}

#[test]
fn declarations_are_not_reads() {
    let source = "def f():\n    global g\n    def h():\n        nonlocal q\n";
    assert!(model(source).references.is_empty());
}

#[test]
fn references_are_sorted_by_start() {
    let source = "a = [b for c in d if e]\nf(g, h=i)\n";
    let model = model(source);
    let starts: Vec<_> = model.references.iter().map(|r| r.range.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert_eq!(model.references.len(), 6);
}

// ---- Where code is evaluated ---------------------------------------------------------------

#[test]
fn decorators_defaults_and_annotations_are_read_in_the_enclosing_scope() {
    let source = indoc! {"
        def outer(dec, default, Ann, Ret):
            @dec
            def inner(p=default, q: Ann = 1) -> Ret:
                return p
    "};
    let model = model(source);
    let outer = scope_named(&model, "outer");
    for marker in ["@‸dec", "p=‸default", "Ann =", "Ret:"] {
        let read = reference_at(&model, source, marker);
        assert_eq!(read.scope, outer, "{marker}");
        assert_eq!(read.resolution, Resolution::Scope(outer), "{marker}");
    }
}

#[test]
fn class_bases_and_keywords_are_read_in_the_enclosing_scope() {
    let source = "def f(Base, Meta):\n    class C(Base, metaclass=Meta):\n        Base = 1\n";
    let model = model(source);
    let f = scope_named(&model, "f");
    assert_eq!(
        reference_at(&model, source, "C(‸Base").resolution,
        Resolution::Scope(f)
    );
    assert_eq!(
        reference_at(&model, source, "=‸Meta").resolution,
        Resolution::Scope(f)
    );
}

#[test]
fn lambda_defaults_are_read_in_the_enclosing_scope() {
    let source = "def f(v):\n    return lambda v=v: v\n";
    let model = model(source);
    let f = scope_named(&model, "f");
    assert_eq!(resolve_at(source, "v: v"), Resolution::Scope(f));
    let body = reference_at(&model, source, "v\n");
    assert_eq!(model.scope(body.scope).kind, ScopeKind::Lambda);
    assert_eq!(body.resolution, Resolution::Scope(body.scope));
}

#[test]
fn comprehension_first_iterable_is_in_the_enclosing_scope() {
    // In a class body only the first iterable can see class-level names.
    let source = indoc! {"
        class C:
            xs = [1, 2]
            ys = [x + len(xs) for x in xs for y in xs]
    "};
    let model = model(source);
    let class = scope_named(&model, "C");
    let first = reference_at(&model, source, "xs for y");
    assert_eq!(
        (first.scope, first.resolution),
        (class, Resolution::Scope(class))
    );
    let second = reference_at(&model, source, "xs]");
    assert_eq!(model.scope(second.scope).kind, ScopeKind::Comprehension);
    assert_eq!(second.resolution, Resolution::Unresolved);
    assert_eq!(resolve_at(source, "xs) "), Resolution::Unresolved);
    let x = binding_at(&model, source, "x in");
    assert_eq!((x.kind, x.scope), (BindingKind::ForTarget, second.scope));
}

#[test]
fn generator_and_dict_and_set_comprehensions_are_scopes() {
    let source = "a = (i for i in r)\nb = {k: v for k, v in r}\nc = {s for s in r}\n";
    let model = model(source);
    for marker in ["i for", "k:", "v for", "s for"] {
        let read = reference_at(&model, source, marker);
        assert_eq!(
            model.scope(read.scope).kind,
            ScopeKind::Comprehension,
            "{marker}"
        );
        assert_eq!(read.resolution, Resolution::Scope(read.scope), "{marker}");
    }
}

// ---- Resolution ----------------------------------------------------------------------------

#[test]
fn class_scope_is_skipped_by_nested_functions() {
    let source = indoc! {"
        k = 0
        class C:
            k = 1
            j = k
            def m(self):
                return k
            f = lambda: k
    "};
    let model = model(source);
    let class = scope_named(&model, "C");
    assert_eq!(resolve_at(source, "j = ‸k"), Resolution::Scope(class));
    assert_eq!(resolve_at(source, "return ‸k"), MODULE);
    assert_eq!(resolve_at(source, "lambda: ‸k"), MODULE);
}

#[test]
fn free_variables_resolve_to_the_enclosing_function() {
    let source = "def f():\n    n = 1\n    def g():\n        return n\n";
    let model = model(source);
    assert_eq!(
        resolve_at(source, "n\n"),
        Resolution::Scope(scope_named(&model, "f"))
    );
}

#[test]
fn global_declaration_moves_bindings_to_the_module() {
    let source = indoc! {"
        def f():
            counter = 0
            global counter
            counter += 1
            return counter
    "};
    let model = model(source);
    let f = scope_named(&model, "f");
    assert!(model.scope(f).globals.contains_key("counter"));
    assert!(model.bindings_of(f, "counter").is_empty());
    let ids = model.bindings_of(SemanticModel::MODULE, "counter");
    assert_eq!(ids.len(), 2);
    assert!(ids.iter().all(|&id| model.binding(id).written_in == f));
    assert_eq!(resolve_at(source, "return ‸counter"), MODULE);
}

#[test]
fn nonlocal_declaration_moves_bindings_to_the_enclosing_function() {
    let source = indoc! {"
        def outer():
            total = 0
            class K:
                def inner():
                    nonlocal total
                    total = 5
                    return total
            return total
    "};
    let model = model(source);
    let outer = scope_named(&model, "outer");
    let inner = scope_named(&model, "inner");
    let binding = binding_at(&model, source, "total = 5");
    assert_eq!((binding.scope, binding.written_in), (outer, inner));
    assert_eq!(model.bindings_of(outer, "total").len(), 2);
    assert_eq!(
        resolve_at(source, "total\n    return"),
        Resolution::Scope(outer)
    );
}

#[test]
fn a_read_before_a_local_binding_is_local() {
    let source = "x = 1\ndef f():\n    print(x)\n    x = 2\n";
    let model = model(source);
    assert_eq!(
        resolve_at(source, "x)"),
        Resolution::Scope(scope_named(&model, "f"))
    );
}

#[test]
fn shadowed_builtins_resolve_to_the_binding() {
    let source = "def f():\n    len = 3\n    return len\nprint(len)\n";
    let model = model(source);
    assert_eq!(
        resolve_at(source, "len\n"),
        Resolution::Scope(scope_named(&model, "f"))
    );
    assert_eq!(resolve_at(source, "len)"), Resolution::Builtin);
}

#[test]
fn builtins_and_unresolved_names() {
    let source = "print(undefined_name, __name__, None)\n";
    assert_eq!(resolve_at(source, "print"), Resolution::Builtin);
    assert_eq!(resolve_at(source, "__name__"), Resolution::Builtin);
    assert_eq!(resolve_at(source, "undefined_name"), Resolution::Unresolved);
}

#[test]
fn resolve_query_matches_the_recorded_resolution() {
    let source = "import os\ndef f(a):\n    return a, os, zip\n";
    let model = model(source);
    for reference in &model.references {
        assert_eq!(
            model.resolve(reference.scope, &reference.name),
            reference.resolution
        );
    }
}

// ---- scope_at ------------------------------------------------------------------------------

#[test]
fn scope_at_body_default_and_lambda_start() {
    let source = indoc! {"
        def f(a, b=[1, 2], c=lambda: 0):
            return (1, a)
    "};
    let model = model(source);
    let f = scope_named(&model, "f");
    assert_eq!(model.scope_at(offset_of(source, "(1, a)")), f);
    assert_eq!(model.scope_at(offset_of(source, "a)")), f);
    assert_eq!(model.scope_at(offset_of(source, "a,")), f);
    assert_eq!(
        model.scope_at(offset_of(source, "[1, 2]")),
        SemanticModel::MODULE
    );
    assert_eq!(
        model.scope_at(offset_of(source, "f(")),
        SemanticModel::MODULE
    );
    let lambda = offset_of(source, "lambda");
    // The lambda expression is evaluated in the module; its body is the lambda's code.
    assert_eq!(model.scope_at(lambda), SemanticModel::MODULE);
    let body = model.scope_at(offset_of(source, "0)"));
    assert_eq!(model.scope(body).kind, ScopeKind::Lambda);
}

#[test]
fn scope_at_comprehension_first_iterable() {
    let source = "ys = [x * 2 for x in range(10) if x]\n";
    let model = model(source);
    let inside = model.scope_at(offset_of(source, "* 2"));
    assert_eq!(model.scope(inside).kind, ScopeKind::Comprehension);
    assert_eq!(
        model.scope_at(offset_of(source, "(10)")),
        SemanticModel::MODULE
    );
    assert_eq!(
        model.scope_at(offset_of(source, "range")),
        SemanticModel::MODULE
    );
    assert_eq!(
        model.scope_at(offset_of(source, "[x")),
        SemanticModel::MODULE
    );
}

// ---- Depth ---------------------------------------------------------------------------------

/// Build on a thread with a 2 MiB stack, as a worker thread might have.
fn build_on_small_stack(source: String) -> Result<usize, TooDeep> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let tree = crate::core::parse::parse(&source).expect("deep source parses");
            SemanticModel::build(&tree, &source).map(|m| m.references.len())
        })
        .expect("thread starts")
        .join()
        .expect("no stack overflow")
}

#[test]
fn deeply_nested_parentheses_are_too_deep_not_a_crash() {
    let source = format!("x = {}y{}\n", "(".repeat(5000), ")".repeat(5000));
    let err = build_on_small_stack(source).expect_err("too deep");
    assert!(err.offset > 4 && err.offset < 5004);
}

#[test]
fn deeply_nested_blocks_are_too_deep_not_a_crash() {
    let mut source = String::new();
    // tree-sitter's indentation scanner gives up a little past 500 levels; 500 nested `if`
    // blocks are 1000 levels of `if_statement` and `block` nodes, so the `pass` is too deep.
    for level in 0..500 {
        source.push_str(&" ".repeat(level));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(500));
    source.push_str("pass\n");
    assert!(build_on_small_stack(source).is_err());
}

#[test]
fn moderately_nested_code_is_fine() {
    let source = format!("x = {}y{}\n", "(".repeat(400), ")".repeat(400));
    assert_eq!(build_on_small_stack(source), Ok(1));
}

#[test]
fn long_left_nested_chains_are_not_deep() {
    // CPython compiles all of these; none is nesting in the sense of MAX_DEPTH.
    let sum = format!("x = a{}\n", " + a".repeat(5000));
    let or = format!("x = a{}\n", " or a".repeat(5000));
    let chain = format!("x = a{}\n", ".b(a)[a]".repeat(1500));
    assert_eq!(build_on_small_stack(sum), Ok(5001));
    assert_eq!(build_on_small_stack(or), Ok(5001));
    assert_eq!(build_on_small_stack(chain), Ok(3001));
}

#[test]
fn other_deep_shapes_are_too_deep_not_a_crash() {
    let n = 2000;
    let shapes = [
        format!("f = {}0\n", "lambda: ".repeat(n)),
        format!("x = {}y{}\n", "f(".repeat(n), ")".repeat(n)),
        format!("x = {}y{}\n", "[".repeat(n), " for y in z]".repeat(n)),
        format!("{}a{} = x\n", "(".repeat(n), ",)".repeat(n)),
        format!(
            "match x:\n    case {}a{}:\n        pass\n",
            "[".repeat(n),
            "]".repeat(n)
        ),
        format!("x = {}y{}\n", "(a := ".repeat(n), ")".repeat(n)),
    ];
    for source in shapes {
        let head: String = source.chars().take(12).collect();
        assert!(build_on_small_stack(source).is_err(), "{head}");
    }
}
