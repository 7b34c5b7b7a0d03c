//! Generated programs: modules built from a small grammar of templates (imports, process APIs
//! and call forms, nested functions and lambdas with captured variables, classes and
//! comprehensions, nesting under a class or the main guard, a module-level worker reading a
//! global only the guard assigns, a capture assigned only under an `if`), with random names.
//! For each, every fix must parse, be idempotent, and keep every byte outside its edits, in
//! order; a guard-only global whose value is not a constant, and a callable whose capture may
//! be unbound at the hand-over, are reported without a fix.

use picklefix::core::analysis::may_contain_sites;
use picklefix::core::rules::Rule;
use picklefix::{Options, check_source};
use proptest::prelude::*;

/// How the process API is imported, and how a pool is spelled with that import.
const IMPORTS: &[(&str, &str)] = &[
    ("from multiprocessing import Pool\n", "Pool()"),
    ("import multiprocessing as mp\n", "mp.Pool(2)"),
    (
        "import multiprocessing\n",
        "multiprocessing.get_context('spawn').Pool()",
    ),
    (
        "from concurrent.futures import ProcessPoolExecutor as Ex\n",
        "Ex()",
    ),
];

/// Ways to hand `{f}` over, given a pool expression `{p}` and the items `{xs}`.
const CALLS: &[&str] = &[
    "with {p} as pool:\n{i}{i}result = pool.map({f}, {xs})\n",
    "result = list({p}.map({f}, {xs}))\n",
    "with {p} as pool:\n{i}{i}result = [pool.submit({f}, x) for x in {xs}]\n",
];

/// Values a guard-only global may be assigned: constants that move above the guard, then
/// values that must not.
const GUARD_VALUES: &[&str] = &["3", "'tag'", "(1, -2.5)", "[1, 2]", "len('abc')"];
const MOVABLE_VALUES: usize = 3;

fn name() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9]{0,5}".prop_map(|stem| format!("n_{stem}"))
}

/// One generated module.
#[derive(Debug, Clone)]
struct Module {
    import: usize,
    call: usize,
    outer: String,
    inner: String,
    captures: Vec<String>,
    lambda: bool,
    in_class: bool,
    under_guard: bool,
    comprehension: bool,
    indent: &'static str,
    /// A module-level worker reading a global that a second guard assigns this value.
    guard_global: Option<usize>,
    /// The first captured variable is assigned only under an `if`: the lift must be refused,
    /// since binding it at the hand-over could raise UnboundLocalError.
    conditional: bool,
}

fn module() -> impl Strategy<Value = Module> {
    (
        (0..IMPORTS.len(), 0..CALLS.len(), name(), name()),
        prop::collection::vec(name(), 0..3),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        prop_oneof![Just("    "), Just("  "), Just("\t")],
        prop::option::of(0..GUARD_VALUES.len()),
        any::<bool>(),
    )
        .prop_map(
            |((import, call, outer, inner), captures, flags, indent, guard_global, conditional)| {
                let (lambda, in_class, under_guard, comprehension) = flags;
                Module {
                    import,
                    call,
                    outer,
                    inner: format!("{inner}_w"),
                    captures,
                    lambda,
                    in_class,
                    under_guard,
                    comprehension,
                    indent,
                    guard_global,
                    conditional,
                }
            },
        )
}

impl Module {
    /// The function that hands work over, indented by `base`.
    fn function(&self, base: &str) -> String {
        let i = self.indent;
        let mut captures = self.captures.clone();
        captures.dedup();
        let sum: String = captures.iter().map(|c| format!(" + {c}")).collect();
        let mut body = String::new();
        for (value, capture) in captures.iter().enumerate() {
            if value == 0 && self.conditional {
                body.push_str(&format!(
                    "{i}if len(str({value})) > 5:\n{i}{i}{capture} = {value}\n"
                ));
            } else {
                body.push_str(&format!("{i}{capture} = {value}\n"));
            }
        }
        if self.comprehension {
            body.push_str(&format!("{i}xs = [y * 2 for y in range(3)]\n"));
        } else {
            body.push_str(&format!("{i}xs = range(3)\n"));
        }
        let callable = if self.lambda {
            format!("lambda x: x{sum}")
        } else {
            body.push_str(&format!("{i}def {}(x):\n{i}{i}return x{sum}\n", self.inner));
            self.inner.clone()
        };
        let call = CALLS[self.call]
            .replace("{p}", IMPORTS[self.import].1)
            .replace("{f}", &callable)
            .replace("{xs}", "xs")
            .replace("{i}", i);
        body.push_str(&format!("{i}{call}{i}return result\n"));
        let text = format!("def {}():\n{body}", self.outer);
        text.lines().map(|line| format!("{base}{line}\n")).collect()
    }

    fn source(&self) -> String {
        let i = self.indent;
        let mut source = format!("{}\n\n", IMPORTS[self.import].0);
        if self.in_class {
            source.push_str(&format!("class Holder:\n{}\n", self.function(i)));
        } else if self.under_guard {
            source.push_str(&format!("if __name__ == '__main__':\n{}", self.function(i)));
            source.push_str(&format!("{i}{}()\n", self.outer));
        } else {
            source.push_str(&self.function(""));
        }
        if let Some(value) = self.guard_global {
            let pool = IMPORTS[self.import].1;
            source.push_str(&format!(
                "\n\ndef g_work(x):\n{i}return x * g_scale\n\n\nif __name__ == '__main__':\n\
                 {i}g_scale = {}\n{i}with {pool} as g_pool:\n{i}{i}print(list(g_pool.map(g_work, [1])))\n",
                GUARD_VALUES[value]
            ));
        }
        source
    }
}

/// Every byte of `original` outside the union of `ranges` appears, in order, in `fixed`.
fn kept_outside(original: &str, mut ranges: Vec<(usize, usize)>, fixed: &str) -> bool {
    ranges.sort();
    let mut segments = Vec::new();
    let mut cursor = 0;
    for (start, end) in ranges {
        segments.push(&original[cursor..start.max(cursor)]);
        cursor = cursor.max(end);
    }
    segments.push(&original[cursor..]);
    let mut rest = fixed;
    segments
        .into_iter()
        .all(|segment| match rest.find(segment) {
            Some(at) => {
                rest = &rest[at + segment.len()..];
                true
            }
            None => false,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn fixes_parse_converge_and_keep_the_rest(module in module()) {
        let source = module.source();
        let settings = Options {
        unsafe_fixes: true,
        ..Options::default()
    };
        let checked = check_source(&source, &settings).expect("a generated module parses");
        prop_assert_eq!(&checked.internal_error, &None, "{}", source);
        prop_assert!(
            checked.diagnostics.is_empty() || may_contain_sites(source.as_bytes()),
            "the prefilter drops a module with findings:\n{}",
            source
        );
        if let Some(value) = module.guard_global {
            let guard_only: Vec<_> = checked
                .diagnostics
                .iter()
                .filter(|d| d.rule == Rule::GuardOnlyGlobal)
                .collect();
            prop_assert_eq!(guard_only.len(), 1, "{}", source);
            prop_assert_eq!(guard_only[0].fix.is_some(), value < MOVABLE_VALUES, "{}", source);
        }
        if module.conditional && !module.captures.is_empty() {
            let lifted_anyway = checked.diagnostics.iter().any(|d| {
                matches!(d.rule, Rule::LambdaCallable | Rule::NestedFunction) && d.fix.is_some()
            });
            prop_assert!(!lifted_anyway, "a capture that may be unbound was lifted:\n{}", source);
        }
        let Some(fixed) = checked.fixed else {
            return Ok(());
        };
        let again = check_source(&fixed.text, &settings).expect("the fixed text parses");
        prop_assert!(again.fixed.is_none(), "not idempotent:\n{}\n{}", source, fixed.text);
        let ranges = checked
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .flat_map(|fix| fix.edits.iter().map(|e| (e.range.start, e.range.end)))
            .collect();
        prop_assert!(kept_outside(&source, ranges, &fixed.text), "{}\n{}", source, fixed.text);
    }
}
