//! Inputs that once crashed picklefix, most of them found by the fuzzer (`fuzz/README.md`).
//! Each must go through `check_source` without a panic, and when a fix comes out it must keep
//! the engine's promises: it parses, and a second pass changes nothing.

use picklefix::{Options, check_source};

fn unsafe_fixes() -> Options {
    Options {
        unsafe_fixes: true,
        ..Options::default()
    }
}

/// Check `source` as the fuzz target does.
fn survives(source: &str) {
    let settings = unsafe_fixes();
    let Ok(checked) = check_source(source, &settings) else {
        return;
    };
    if let Some(fixed) = checked.fixed {
        let again = check_source(&fixed.text, &settings).expect("the fixed text parses");
        assert!(
            again.fixed.is_none(),
            "a second pass changed the fixed text"
        );
        assert!(again.internal_error.is_none(), "{:?}", again.internal_error);
    }
}

/// Fuzzer crash `crash-944f2d4f…` (a mutated `programs/main_guard_*` fixture): a function under
/// the main guard that submits itself. The lift deleted the old definition and inserted the
/// captured `args=` at the call inside that definition, so the fix's own edits overlapped, and
/// applying them sliced the text backwards. The engine now refuses any such fix, and the
/// analysis applies edits that fall inside a lifted function to the lifted copy.
#[test]
fn main_guard_function_that_submits_itself() {
    survives(SUBMITS_ITSELF);
    let checked = check_source(SUBMITS_ITSELF, &unsafe_fixes()).expect("parses");
    assert_eq!(checked.internal_error, None);
    let fixed = checked.fixed.expect("the lift is made");
    assert!(
        fixed
            .text
            .contains("def work(repeat):\n    for _ in range(repeat):\n        rnp%= Process(target=work, args=(repeat,))"),
        "{}",
        fixed.text
    );
}

const SUBMITS_ITSELF: &str = r#"from multiprocessing import Process

if __name__ == "__main__":
    config = {"name": "main-guard"}
    repeat = 2

    def work():
        for _ in range(repeat):
            rnp%= Process(target=work)  # PKL001
    p.start()
    p.join()
"#;

/// Found in review: a call inside a `case` pattern (`case {f"{g()}": 1}`), which CPython
/// refuses but tree-sitter parses. The semantic model's walk did not list it among the file's
/// calls, and the debug check that the list is complete panicked. The analysis must see every
/// call the tree holds, in patterns too.
#[test]
fn call_inside_a_case_pattern() {
    let source =
        "from multiprocessing import Pool\nmatch x:\n    case {f\"{g()}\": 1}:\n        pass\n";
    assert!(
        check_source(source, &unsafe_fixes()).is_ok(),
        "tree-sitter parses it"
    );
    survives(source);
}

/// Found by the stress check (sympy `test_products.py`): a lambda assigned to `_simplify` was
/// lifted as `_simplify`, the name the scheme derives from its variable, leaving
/// `_simplify = _simplify` in the function, an UnboundLocalError. A new name must not be a
/// local anywhere in the file.
#[test]
fn a_lifted_name_never_equals_a_local_it_is_assigned_to() {
    let source = "from multiprocessing import Pool\n\n\ndef main(xs):\n    _scale = lambda v: v * 2\n    print(_scale(1))\n    with Pool(2) as pool:\n        return pool.map(_scale, xs)\n";
    let checked = check_source(source, &Options::default()).expect("parses");
    let fixed = checked.fixed.expect("the lift is made").text;
    assert!(!fixed.contains("_scale = _scale"), "{fixed}");
    assert!(fixed.contains("    _scale = _main_scale\n"), "{fixed}");
    survives(source);
}

/// Found by the stress check (sympy `powsimp.py`): a lifted function's direct call that
/// already passed a keyword named like a capture (`recurse(x, deep=False)` with `deep`
/// captured) gained a second `deep=`, which CPython refuses. The lift is refused, and
/// verification refuses a repeated keyword in any lifted output (the `--lift` path lacked that
/// check).
#[test]
fn a_direct_call_passing_a_captured_name_as_a_keyword_refuses_the_lift() {
    let source = "from multiprocessing import Pool\n\n\ndef main(xs, deep):\n    def work(x, **kw):\n        return (x, kw.get('deep', deep))\n\n    print(work(1, deep=False))\n    with Pool(2) as pool:\n        return pool.map(work, xs)\n";
    let checked = check_source(source, &Options::default()).expect("parses");
    assert!(
        checked.fixed.is_none(),
        "{:?}",
        checked.fixed.map(|f| f.text)
    );
    assert!(
        checked.diagnostics[0]
            .message
            .contains("the call already passes `deep=`"),
        "{}",
        checked.diagnostics[0].message
    );
}
