//! Conditions on a wrapper's own parameters under which it hands its callable over, so that a
//! call whose literal arguments make them false is no site.
//!
//! A wrapper often runs its callable in the parent unless asked for workers:
//!
//! ```text
//! def run(fn, xs, parallel=True):
//!     if parallel:                          # condition: `parallel` (argument 2) is truthy
//!         with Pool() as pool:
//!             return pool.map(fn, xs)
//!     return list(map(fn, xs))
//!
//! run(lambda x: x + 1, xs, parallel=False)  # the lambda only runs in the parent: no site
//! run(lambda x: x + 1, xs, False)           # the same, by position
//! run(lambda x: x + 1, xs)                  # the default: a site
//! run(lambda x: x + 1, xs, flag)            # unknown: a site
//! ```
//!
//! The rule: walking up from the hand-over to the wrapper's `def`, every `if`/`elif` branch
//! and conditional expression taken, and every earlier `if` of an enclosing block whose body
//! always leaves it (ends in `return` or `raise`, with no `break` or `continue`), says that
//! its condition held or did not. From a condition only facts about one parameter are kept:
//! its truthiness (`if flag`, `if not flag`), its comparison with an integer literal (`if
//! n_jobs == 1`, `if workers > 1`, either side) and `is None` / `is not None`; `and` when it
//! held and `or` when it did not split into such facts, anything else gives none. A string
//! method applied in the test (`if backend.lower() == "thread":`) is a fact about the name,
//! folded (`Fact::fold`), and a local bound once, above the `if`, to such a test (`serial =
//! n_jobs == 1`, then `if serial:`) stands for it (`test_bound_above`). A parameter
//! counts only when the function never binds its name again, so its value at the `if` is the
//! caller's. At a call, the argument in the parameter's slot (or its default when the call
//! leaves it out) is judged only when it is a literal (`True`, `False`, `None`, an integer)
//! and the call has no `*args` or `**kwargs`: a fact the literal makes false means the
//! hand-over cannot run. Everything else keeps the site, so a condition can only remove sites
//! that are dead. A parameter that reaches the hand-over two ways keeps the conditions both share.
//!
//! A conditional expression between such literals refutes a condition when both of its
//! branches do; when only one does, the call hands over only when its test picks the other,
//! which a wrapper passing it on turns into a condition on its own parameter:
//!
//! ```text
//! def debug_map(fn, xs, debug=True):        # hands over only when `debug` is false
//!     return run(fn, xs, n_jobs=1 if debug else 2)   # `run` hands over when `n_jobs != 1`
//!
//! debug_map(lambda x: x + 1, xs)            # the default, True: no site
//! ```

use std::borrow::Cow;

use tree_sitter::Node;

use super::literals::{Literal, string_literal};
use super::values::{Evaluator, Value, argument};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};

/// A literal a condition can judge: an integer (`True` and `False` are 1 and 0), `None`, a
/// plain string, by a hash of its text so that a condition stays `Copy` and `'static`, or a
/// member of an enumeration (`Mode.THREADS`, `member`), by hashes of its class's name and its
/// own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Constant {
    Int(i64),
    /// A float, by its bits (`1.0`, `0.5`): equal to an integer of its value.
    Float(u64),
    None,
    Text(u64),
    /// A bytes literal, by its hash (`b"process"`), which equals no string.
    Bytes(u64),
    Member {
        class: u64,
        member: u64,
    },
}

impl Constant {
    /// Whether `self == other` in Python, when that is certain. A member is known equal to
    /// itself and nothing else is known of it: two names of one class may be one member (an
    /// alias, `POOL = PROCESS`), a class of plain constants may hold `None` or a string, and a
    /// `str` or `int` enumeration's members equal strings or integers.
    fn equals(self, other: Constant) -> Option<bool> {
        match (self, other) {
            (Constant::Member { .. }, _) | (_, Constant::Member { .. }) => {
                (self == other).then_some(true)
            }
            (Constant::Float(_) | Constant::Int(_), Constant::Float(_) | Constant::Int(_)) => {
                Some(self.number()? == other.number()?)
            }
            (a, b) => Some(a == b),
        }
    }

    /// An integer or float's value as a float, when that is exact.
    fn number(self) -> Option<f64> {
        match self {
            Constant::Float(bits) => Some(f64::from_bits(bits)),
            // Every integer of 53 bits or fewer is a float exactly.
            Constant::Int(n) if n.unsigned_abs() <= 1 << 53 => Some(n as f64),
            _ => None,
        }
    }
}

/// How many values a `Test::Among` holds at most.
pub const AMONG: usize = 8;

/// What a condition asks of one parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    /// `if flag:`.
    Truthy,
    /// `if flag is None:`.
    IsNone,
    /// `if n == 1:` and the other comparisons with an integer, the parameter on the left.
    Compare(Comparison, i64),
    /// `n is None or n > 1`: what is left after `if n is not None and n <= 1: return`.
    NoneOr(Comparison, i64),
    /// `if backend == "thread":` (`true`) or `!=` (`false`), by the string's hash.
    Equals(u64, bool),
    /// `if backend in ("thread", "threads"):`, `if mode is Mode.SERIAL:`, `case "thread" |
    /// "threads":`: the parameter equals one of the first `len` values.
    Among { values: [Constant; AMONG], len: u8 },
    /// A test of what a helper of the file makes of the parameter (`n = _n_jobs(n_jobs)`,
    /// then `if n == 1:`), by its result for each input a caller may write
    /// (`helper_calls::input_index`): `known` has the inputs the helper could be run on,
    /// `passes` those of them for which the test holds.
    Table { known: u64, passes: u64 },
    /// `if len(items) < 32:` (the parameter inside `len`), against an integer, a module
    /// constant, or another parameter's default (`min_parallel=MIN_PARALLEL`, then `unless`
    /// is that parameter: a call that passes it is not judged). A call is judged by the
    /// length of a literal it passes (`[a, b]`, `(1, 2, 3)`, `[x] * 40`, `range(100)`).
    Length {
        op: Comparison,
        bound: i64,
        unless: Option<Unless>,
    },
    /// The parameter is the pool class, pool or context the hand-over goes through
    /// (`def run(cls, fn): with cls() as ex: ex.map(fn, xs)`): a call is judged by what its
    /// argument resolves to, not by a literal (`choices::refuted_by_thread_pool`).
    ProcessPool,
    /// As `ProcessPool`, for a parameter the wrapper uses as given, never putting a pool in
    /// place of `None` (`def _run(executor, fn): loop.run_in_executor(executor, fn)`): a call
    /// passing `None` there, or leaving out a `None` default, hands nothing to processes
    /// either, since `run_in_executor` takes `None` for the loop's thread pool and any other
    /// use of `None` as a pool raises before a task is pickled.
    GivenPool,
    /// As `GivenPool`, for a parameter whose default runs tasks in threads
    /// (`executor_cls=ThreadPoolExecutor`, `pool=ThreadPool(2)`): a call that leaves it out
    /// hands nothing to processes.
    GivenPoolThreadsByDefault,
    /// As `ProcessPool`, for a parameter assumed to hold the pool because another file passes
    /// one (`analysis::handed`): a call is a site only when it passes a process pool there.
    HandedPool,
    /// As `HandedPool`, for the pool the constructor of a method's class keeps on the instance
    /// (`self.executor = executor`, `analysis::kept_pools`): the slot is the constructor's, and
    /// a call is a site only when its instance is made in sight with a process pool there.
    KeptPool,
    /// As `KeptPool`, for a context the constructor keeps whose default is one that is not
    /// fork's (`def __init__(self, context=multiprocessing): self._context = context`): a call
    /// is a site only when its instance is made in sight leaving the slot out, or passing the
    /// `multiprocessing` module or a context that is not fork's there.
    KeptContext,
    /// No call reaches the hand-over: the way to it needs a test that a literal the code
    /// fixes refutes (`if self.use_processes:` in a class whose attribute is `False`,
    /// `Evaluator::class_constant`; `if USE_PROCESSES:` under a module constant). It refutes
    /// every call made in a file that does not set the attribute or constant, the
    /// condition's `keyword`, itself (`runner.use_processes = True`, `par.USE_PROCESSES =
    /// True`: `may_set`), which the wrapper's file could not see.
    Never,
    /// As `KeptPool`, for a pool the constructor keeps as given or makes a process pool in
    /// place of a missing one (`self._executor = executor if executor is not None else
    /// ProcessPoolExecutor(2)`): a call is no site only when its instance is made in sight
    /// with a thread pool in the slot (`kept_pools::passes_thread_pool`).
    KeptMade,
}

/// The parameter whose value a `Test::Length` bound is the default of: by its name's hash
/// (`text_hash`) and its position, when it takes one (`inferred::pending` fills it in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unless {
    pub keyword: u64,
    pub position: Option<usize>,
}

impl Unless {
    /// Whether a call with `arguments` (no splats) passes the parameter: by keyword, or by a
    /// positional argument at its position.
    fn passed(&self, arguments: Node<'_>, source: &str) -> bool {
        let mut positional = 0;
        for item in crate::core::parse::named_items(arguments) {
            match item.kind_name() {
                "keyword_argument" => {
                    let name = item.field("name");
                    if name.is_some_and(|n| text_hash(&source[n.byte_range()]) == self.keyword) {
                        return true;
                    }
                }
                _ => positional += 1,
            }
        }
        self.position.is_some_and(|position| position < positional)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Comparison {
    /// The comparison that holds exactly where this one does not.
    fn negated(self) -> Comparison {
        match self {
            Comparison::Eq => Comparison::Ne,
            Comparison::Ne => Comparison::Eq,
            Comparison::Lt => Comparison::Ge,
            Comparison::Le => Comparison::Gt,
            Comparison::Gt => Comparison::Le,
            Comparison::Ge => Comparison::Lt,
        }
    }

    /// `n OP k`, of integers or of floats.
    pub fn holds<T: PartialOrd>(self, n: T, k: T) -> bool {
        match self {
            Comparison::Eq => n == k,
            Comparison::Ne => n != k,
            Comparison::Lt => n < k,
            Comparison::Le => n <= k,
            Comparison::Gt => n > k,
            Comparison::Ge => n >= k,
        }
    }
}

/// The truth of a literal no `Constant` holds: a float (`0.0` is false) or a display whose
/// length is certain (`[]`, `()`, `{}` are false, `literal_length`).
fn literal_truth(node: Node<'_>, source: &str) -> Option<bool> {
    match node.kind_name() {
        "float" => source[node.byte_range()]
            .replace('_', "")
            .parse::<f64>()
            .ok()
            .map(|value| value != 0.0),
        _ => literal_length(node, source).map(|length| length != 0),
    }
}

/// The length of the literal `node` builds, when it is certain: a list, tuple, set or dict
/// display without unpacking, one repeated by an integer (`[x] * 40`), or `range` of integer
/// literals.
fn literal_length(node: Node<'_>, source: &str) -> Option<i64> {
    let node = crate::core::analysis::callables::unparenthesize(node);
    match node.kind_name() {
        "list" | "tuple" | "set" | "dictionary" => {
            let items = crate::core::parse::named_items(node);
            let unpacked = items.iter().any(|i| {
                matches!(
                    i.kind_name(),
                    "list_splat" | "dictionary_splat" | "parenthesized_list_splat"
                )
            });
            (!unpacked)
                .then(|| i64::try_from(items.len()).ok())
                .flatten()
        }
        "binary_operator" if node.field("operator")?.kind_name() == "*" => {
            let (left, right) = (node.field("left")?, node.field("right")?);
            let (items, times) = match (constant(left, source), constant(right, source)) {
                (_, Some(Constant::Int(n))) => (left, n),
                (Some(Constant::Int(n)), _) => (right, n),
                _ => return None,
            };
            if !matches!(unparenthesize_kind(items), "list" | "tuple") {
                return None;
            }
            literal_length(items, source)?.checked_mul(times.max(0))
        }
        "call" if source[node.field("function")?.byte_range()] == *"range" => {
            let arguments = crate::core::parse::named_items(node.field("arguments")?);
            let ints: Option<Vec<i64>> = arguments
                .iter()
                .map(|a| match constant(*a, source) {
                    Some(Constant::Int(n)) => Some(n),
                    _ => None,
                })
                .collect();
            match ints?.as_slice() {
                [stop] => Some((*stop).max(0)),
                [start, stop] => Some(stop.checked_sub(*start)?.max(0)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn unparenthesize_kind(node: Node<'_>) -> &str {
    crate::core::analysis::callables::unparenthesize(node).kind_name()
}

/// A test of one parameter that holds (or not, as `holds` says) on every path to the
/// hand-over, with the parameter's slot in a call of the wrapper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub position: Option<usize>,
    pub keyword: Option<&'static str>,
    /// The parameter's default, when it is a literal.
    pub default: Option<Constant>,
    pub test: Test,
    pub holds: bool,
    /// The test is of what the instance a method is called on keeps from its constructor
    /// (`if self.parallel:` after `self.parallel = parallel` in `__init__`): the slot is the
    /// constructor's, judged where the instance is made in sight
    /// (`kept_pools::refuted_by_instance_state`), never by the method call's own arguments.
    pub kept: bool,
    /// What the wrapper does to a string in the slot before it tests it (`backend =
    /// backend.lower().strip()`): a caller's literal is folded the same way before it is
    /// judged.
    pub fold: Folds,
}

/// A method of `str` (or `bytes`) that a wrapper normalises a parameter with before testing
/// it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FoldStep {
    Lower,
    Upper,
    /// `casefold`, which `bytes` has not.
    CaseFold,
    /// `strip`, `lstrip` (`right` false) or `rstrip` (`left` false).
    Strip {
        left: bool,
        right: bool,
        chars: StripChars,
    },
}

/// What a `strip` takes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StripChars {
    /// Whitespace, without an argument (or with `None`).
    Space,
    /// The ASCII characters of a `str` argument (`strip("_")`), one bit each.
    Text(u128),
    /// Those of a `bytes` argument (`strip(b"_")`).
    Bytes(u128),
}

impl StripChars {
    /// The set of the ASCII characters of `chars`; `None` for another character.
    fn mask(chars: &[u8]) -> Option<u128> {
        chars
            .iter()
            .try_fold(0u128, |mask, &c| c.is_ascii().then(|| mask | 1 << c))
    }
}

/// How many steps a `Folds` holds at most.
const FOLD_STEPS: usize = 4;

/// The string methods a wrapper applies to a parameter before testing it, in order:
/// `backend = backend.lower().strip()` (`Folds::of`). Only a literal of ASCII text is folded,
/// where these methods are exactly `to_ascii_lowercase`, `to_ascii_uppercase` and trimming
/// the six ASCII characters Python's `str.isspace` counts with the four separators below
/// 0x20; any other argument keeps the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Folds {
    steps: [FoldStep; FOLD_STEPS],
    len: u8,
}

impl Folds {
    pub const NONE: Folds = Folds {
        steps: [FoldStep::Lower; FOLD_STEPS],
        len: 0,
    };

    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    fn steps(&self) -> &[FoldStep] {
        &self.steps[..usize::from(self.len)]
    }

    /// These steps, then `next`'s; `None` when they do not fit.
    pub fn then(self, next: Folds) -> Option<Folds> {
        let mut folds = self;
        for &step in next.steps() {
            folds = folds.with(step)?;
        }
        Some(folds)
    }

    fn with(mut self, step: FoldStep) -> Option<Folds> {
        let at = usize::from(self.len);
        *self.steps.get_mut(at)? = step;
        self.len += 1;
        Some(self)
    }

    /// The string or bytes `literal` as the steps leave it; `None` where Python would raise
    /// (`casefold` of bytes, `strip` of bytes by a `str` or of a `str` by bytes) or where
    /// this module cannot follow it (`casefold` of text beyond ASCII).
    fn apply(self, literal: Literal<'_>) -> Option<Literal<'static>> {
        let mut literal = match literal {
            Literal::Text(text) => Literal::Text(Cow::Owned(text.into_owned())),
            Literal::Bytes(bytes) => Literal::Bytes(bytes),
        };
        for &step in self.steps() {
            literal = match literal {
                Literal::Text(text) => Literal::Text(Cow::Owned(fold_text(&text, step)?)),
                Literal::Bytes(bytes) => Literal::Bytes(fold_bytes(&bytes, step)?),
            };
        }
        Some(literal)
    }

    /// The literal `node` is, folded: a string or bytes literal; no other, since the
    /// wrapper's string methods would raise on it before any test.
    pub fn constant(self, node: Node<'_>, source: &str) -> Option<Constant> {
        let node = crate::core::analysis::callables::unparenthesize(node);
        if !matches!(node.kind_name(), "string" | "concatenated_string") {
            return None;
        }
        let literal = literal_value(node, source)?;
        literal_constant(&self.apply(literal)?)
    }

    /// The steps by which `function` normalises its parameter `fact.name` before the fact is
    /// read: its one other binding is `name = name.lower().strip()` (the methods above, without
    /// arguments), a statement of the function's own body, not under an `if` or in a loop,
    /// above the read. Only for tests of equality and truth, which a folded literal answers.
    pub fn of(eval: &Evaluator<'_>, fact: &Fact<'_>, function: ScopeId) -> Option<Folds> {
        if !matches!(
            fact.test,
            Test::Equals(..) | Test::Among { .. } | Test::Truthy
        ) {
            return None;
        }
        let scope = eval.model.scope_at(fact.read.start_byte());
        if eval.model.resolve(scope, fact.name) != Resolution::Scope(function) {
            return None;
        }
        let [first, second] = eval.model.bindings_of(function, fact.name) else {
            return None;
        };
        let binding = eval.model.binding(*second);
        if eval.model.binding(*first).kind != BindingKind::Parameter
            || binding.kind != BindingKind::Assignment
            || binding.written_in != function
            || binding.range.end > fact.read.start_byte()
        {
            return None;
        }
        let body = eval.scope_node(function)?.field("body")?;
        let statement = eval.statement_node(binding.statement)?;
        let statement = if statement.kind_name() == "assignment" {
            statement.parent()?
        } else {
            statement
        };
        if statement.parent() != Some(body) {
            return None;
        }
        let (value, folds) = Folds::chain(eval, eval.node_at(binding.value?)?)?;
        (value.kind_name() == "identifier" && eval.text(value) == fact.name).then_some(folds)
    }

    /// The string methods `value` calls, innermost first, without arguments, on what it
    /// calls them (`backend.lower().strip()`: `backend`, then lower and strip); `None` when
    /// it calls none, or another method.
    pub fn chain<'a>(eval: &Evaluator<'a>, value: Node<'a>) -> Option<(Node<'a>, Folds)> {
        let mut value = value;
        let mut steps = Vec::new();
        while value.kind_name() == "call" {
            let arguments = value.field("arguments")?;
            let method = value
                .field("function")
                .filter(|f| f.kind_name() == "attribute")?;
            let name = eval.text(method.field("attribute")?);
            let (left, right) = match name {
                "strip" => (true, true),
                "lstrip" => (true, false),
                "rstrip" => (false, true),
                _ => (false, false),
            };
            let step = match (name, arguments.named_child_count()) {
                ("lower", 0) => FoldStep::Lower,
                ("upper", 0) => FoldStep::Upper,
                ("casefold", 0) => FoldStep::CaseFold,
                _ if !(left || right) => return None,
                (_, 0) => FoldStep::Strip {
                    left,
                    right,
                    chars: StripChars::Space,
                },
                (_, 1) => FoldStep::Strip {
                    left,
                    right,
                    chars: strip_chars(arguments.named_child(0)?, eval.source)?,
                },
                _ => return None,
            };
            steps.push(step);
            value = crate::core::analysis::callables::unparenthesize(method.field("object")?);
        }
        if steps.is_empty() {
            return None;
        }
        let folds = steps
            .into_iter()
            .rev()
            .try_fold(Folds::NONE, |folds, step| folds.with(step))?;
        Some((value, folds))
    }
}

/// What the one argument of a `strip` takes away: `None`, or a string or bytes literal of
/// ASCII characters.
fn strip_chars(argument: Node<'_>, source: &str) -> Option<StripChars> {
    let argument = crate::core::analysis::callables::unparenthesize(argument);
    match argument.kind_name() {
        "none" => Some(StripChars::Space),
        "string" => match string_literal(&source[argument.byte_range()])? {
            Literal::Text(text) => StripChars::mask(text.as_bytes()).map(StripChars::Text),
            Literal::Bytes(bytes) => StripChars::mask(&bytes).map(StripChars::Bytes),
        },
        _ => None,
    }
}

/// Python's `str.isspace` of one character: Unicode's whitespace, and the four separators
/// below 0x20 (`\x1c` to `\x1f`) that `str.split` and `str.strip` count too.
fn python_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `text` after one string method of `step`. Rust's `to_lowercase` and `to_uppercase` are
/// Python's `lower` and `upper`: the full case mappings of Unicode's SpecialCasing, final
/// sigma included. `casefold` is `lower` only on ASCII.
fn fold_text(text: &str, step: FoldStep) -> Option<String> {
    let strip = |left: bool, right: bool, matches: &dyn Fn(char) -> bool| {
        let mut text = text;
        if left {
            text = text.trim_start_matches(matches);
        }
        if right {
            text = text.trim_end_matches(matches);
        }
        text.to_string()
    };
    Some(match step {
        FoldStep::Lower => text.to_lowercase(),
        FoldStep::Upper => text.to_uppercase(),
        FoldStep::CaseFold => text.is_ascii().then(|| text.to_ascii_lowercase())?,
        FoldStep::Strip { left, right, chars } => match chars {
            StripChars::Space => strip(left, right, &python_space),
            StripChars::Text(mask) => strip(left, right, &|c: char| {
                c.is_ascii() && mask >> (c as u32) & 1 == 1
            }),
            StripChars::Bytes(_) => return None,
        },
    })
}

/// `bytes` after one method of `step`: `lower` and `upper` change ASCII letters only, and a
/// bare `strip` takes away ASCII whitespace without the separators `str` counts.
fn fold_bytes(bytes: &[u8], step: FoldStep) -> Option<Vec<u8>> {
    let strip = |left: bool, right: bool, matches: &dyn Fn(u8) -> bool| {
        let start = match left {
            true => bytes
                .iter()
                .position(|&b| !matches(b))
                .unwrap_or(bytes.len()),
            false => 0,
        };
        let end = match right {
            true => bytes
                .iter()
                .rposition(|&b| !matches(b))
                .map_or(start, |at| at + 1),
            false => bytes.len(),
        };
        bytes[start..end.max(start)].to_vec()
    };
    Some(match step {
        FoldStep::Lower => bytes.to_ascii_lowercase(),
        FoldStep::Upper => bytes.to_ascii_uppercase(),
        FoldStep::CaseFold => return None,
        FoldStep::Strip { left, right, chars } => match chars {
            StripChars::Space => strip(left, right, &|b| {
                matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
            }),
            StripChars::Bytes(mask) => strip(left, right, &|b| b.is_ascii() && mask >> b & 1 == 1),
            StripChars::Text(_) => return None,
        },
    })
}

impl Condition {
    /// The conditions that hold on each of several ways to a hand-over, `paths`, each the
    /// conditions of one way: those all share, and, for a parameter each way tests for
    /// equality with its own values (`if kind == "process": ...`, then `if kind == "cpu":
    /// ...`), that it equals one of them all (`kind in ("process", "cpu")`), while they fit.
    pub fn implied_by_each(paths: &[Vec<Condition>]) -> Vec<Condition> {
        let Some((first, rest)) = paths.split_first() else {
            return Vec::new();
        };
        let mut implied: Vec<Condition> = first
            .iter()
            .filter(|condition| rest.iter().all(|path| path.contains(condition)))
            .copied()
            .collect();
        for condition in first {
            let Some(mut values) = condition.equal_to() else {
                continue;
            };
            let mut each = true;
            for path in rest {
                let other = path
                    .iter()
                    .filter(|other| other.same_slot(condition))
                    .find_map(Condition::equal_to);
                match other {
                    Some(more) => {
                        for value in more {
                            if !values.contains(&value) {
                                values.push(value);
                            }
                        }
                    }
                    None => each = false,
                }
            }
            if !each || values.len() > AMONG || implied.iter().any(|c| c.same_slot(condition)) {
                continue;
            }
            let mut among = [Constant::None; AMONG];
            among[..values.len()].copy_from_slice(&values);
            implied.push(Condition {
                test: Test::Among {
                    values: among,
                    len: values.len() as u8,
                },
                holds: true,
                ..*condition
            });
        }
        implied
    }

    /// The values the parameter equals one of where this condition holds: `== "x"` holding,
    /// `!= "x"` failing, an `in (...)` holding.
    fn equal_to(&self) -> Option<Vec<Constant>> {
        match self.test {
            Test::Equals(hash, equal) if equal == self.holds => Some(vec![Constant::Text(hash)]),
            Test::Among { values, len } if self.holds => Some(values[..usize::from(len)].to_vec()),
            _ => None,
        }
    }

    /// Whether `other` tests the same parameter as `self`, folded the same way.
    fn same_slot(&self, other: &Condition) -> bool {
        self.position == other.position
            && self.keyword == other.keyword
            && self.default == other.default
            && self.kept == other.kept
            && self.fold == other.fold
    }
}

impl Condition {
    /// Whether a call with `arguments` certainly does not reach the hand-over.
    pub fn refutes(&self, arguments: Node<'_>, source: &str) -> bool {
        if self.test == Test::Never {
            return !self
                .keyword
                .is_some_and(|name| may_set(arguments, source, name));
        }
        if let Test::Length {
            unless: Some(unless),
            ..
        } = self.test
            && unless.passed(arguments, source)
        {
            return false;
        }
        match self.judged_slot(arguments, source) {
            Some(Some(node)) => self.refuted_by(node, source),
            Some(None) => self.refuted_by_constant(self.default),
            None => false,
        }
    }

    /// Whether a call with `arguments` certainly passes the test: by a literal in the slot, or
    /// the literal default it leaves there.
    pub fn confirmed(&self, arguments: Node<'_>, source: &str) -> bool {
        let value = match self.judged_slot(arguments, source) {
            Some(Some(node)) if self.fold.is_empty() => constant(node, source),
            Some(Some(node)) => self.fold.constant(node, source),
            Some(None) => self.default,
            None => None,
        };
        value.and_then(|value| self.test.judge(value)) == Some(self.holds)
    }

    /// What a call with `arguments` passes in the slot, `Some(None)` when it leaves it out;
    /// `None` when the call cannot be judged by its own arguments: a splat may fill any slot,
    /// and a `kept` condition's slot is the constructor's.
    fn judged_slot<'t>(&self, arguments: Node<'t>, source: &str) -> Option<Option<Node<'t>>> {
        let splat = crate::core::parse::has_splats(arguments);
        (!self.kept && !splat).then(|| argument(arguments, source, self.position, self.keyword))
    }

    /// Whether the argument `node` makes the test fail: a literal that does, or a conditional
    /// expression both of whose branches do (`1 if debug else 1`).
    fn refuted_by(&self, node: Node<'_>, source: &str) -> bool {
        match node.kind_name() {
            "parenthesized_expression" => node
                .named_child(0)
                .is_some_and(|inner| self.refuted_by(inner, source)),
            "conditional_expression" => [node.named_child(0), node.named_child(2)]
                .into_iter()
                .all(|branch| branch.is_some_and(|branch| self.refuted_by(branch, source))),
            _ => match self.test {
                Test::Length { op, bound, .. } => literal_length(node, source)
                    .is_some_and(|length| op.holds(length, bound) != self.holds),
                _ if !self.fold.is_empty() => {
                    self.refuted_by_constant(self.fold.constant(node, source))
                }
                Test::Truthy => match literal_truth(node, source) {
                    Some(truth) => truth != self.holds,
                    None => self.refuted_by_constant(constant(node, source)),
                },
                _ => self.refuted_by_constant(constant(node, source)),
            },
        }
    }

    /// `refutes`, for an argument that is a name holding a literal (`named_constant`):
    /// `pmap(fn, xs, n)` after `n = 1`, or `num_proc=N_WORKERS`.
    pub fn refutes_by_name(
        &self,
        eval: &Evaluator<'_>,
        arguments: Node<'_>,
        scope: ScopeId,
    ) -> bool {
        // A name's string is known only by its hash, which cannot be folded.
        self.fold.is_empty()
            && self
                .judged_slot(arguments, eval.source)
                .flatten()
                .is_some_and(|node| self.refuted_by_constant(named_constant(eval, node, scope)))
    }

    /// Whether the literal `value` in the slot makes the test fail (none when it is no
    /// literal).
    pub(super) fn refuted_by_constant(&self, value: Option<Constant>) -> bool {
        value
            .and_then(|value| self.test.judge(value))
            .is_some_and(|result| result != self.holds)
    }
}

impl Condition {
    /// The facts under which `argument`, a conditional expression choosing between two
    /// literals (`1 if debug else 2`), passes this condition: those of its test taking the
    /// branch the condition does not refute, when it refutes the other. None when it refutes
    /// neither, or both.
    pub fn facts_of_picked<'a>(&self, eval: &Evaluator<'a>, argument: Node<'a>) -> Vec<Fact<'a>> {
        let argument = match argument.kind_name() {
            "parenthesized_expression" => argument.named_child(0),
            _ => Some(argument),
        };
        let Some(argument) = argument.filter(|a| a.kind_name() == "conditional_expression") else {
            return Vec::new();
        };
        let (Some(first), Some(test), Some(last)) = (
            argument.named_child(0),
            argument.named_child(1),
            argument.named_child(2),
        ) else {
            return Vec::new();
        };
        let mut facts = Vec::new();
        match (
            self.refuted_by(first, eval.source),
            self.refuted_by(last, eval.source),
        ) {
            (true, false) => condition_facts(eval, test, false, &mut facts),
            (false, true) => condition_facts(eval, test, true, &mut facts),
            _ => {}
        }
        facts
    }
}

impl Condition {
    /// The facts under which `argument`, a test written in the call (`workers > 1`, `not
    /// serial`, `a and b`), passes this condition on a parameter's truth: the test's own,
    /// since its value is a `bool` (or, for `and`/`or`, an operand as true as the whole).
    pub fn facts_of_passed_test<'a>(
        &self,
        eval: &Evaluator<'a>,
        argument: Node<'a>,
    ) -> Vec<Fact<'a>> {
        let mut facts = Vec::new();
        if self.test == Test::Truthy
            && matches!(
                argument.kind_name(),
                "comparison_operator" | "not_operator" | "boolean_operator"
            )
        {
            condition_facts(eval, argument, self.holds, &mut facts);
        }
        facts
    }
}

impl Test {
    /// Whether the test is of what the instance keeps, judged where the instance is made
    /// (`kept_pools::refuted_by_construction`).
    pub fn judged_by_construction(self) -> bool {
        matches!(self, Test::KeptPool | Test::KeptContext | Test::KeptMade)
    }

    /// The test's result for `value`; `None` when Python would raise (`None < 1`).
    pub(super) fn judge(self, value: Constant) -> Option<bool> {
        match (self, value) {
            (Test::Truthy, Constant::Int(n)) => Some(n != 0),
            (Test::Truthy, Constant::Float(bits)) => Some(f64::from_bits(bits) != 0.0),
            (Test::Compare(op, k) | Test::NoneOr(op, k), Constant::Float(_)) => {
                Some(op.holds(value.number()?, Constant::Int(k).number()?))
            }
            (Test::IsNone, Constant::Float(_) | Constant::Bytes(_)) => Some(false),
            (Test::Truthy, Constant::Bytes(hash)) => Some(hash != text_hash("")),
            // Bytes equal no integer or `None`, and compare with neither by order.
            (Test::Compare(Comparison::Eq, _), Constant::Bytes(_)) => Some(false),
            (Test::Compare(Comparison::Ne, _), Constant::Bytes(_)) => Some(true),
            (Test::Compare(..) | Test::NoneOr(..), Constant::Bytes(_)) => None,
            // A string equals no number or bytes.
            (Test::Equals(_, equal), Constant::Float(_) | Constant::Bytes(_)) => Some(!equal),
            // A member may define `__bool__`, be an integer (`IntEnum`), or be a plain class
            // constant holding `None`.
            (Test::IsNone | Test::Truthy | Test::Compare(..), Constant::Member { .. }) => None,
            (Test::Truthy, Constant::None) | (Test::IsNone, Constant::Int(_)) => Some(false),
            (Test::IsNone, Constant::None) => Some(true),
            (Test::Compare(op, k), Constant::Int(n)) => Some(op.holds(n, k)),
            (Test::NoneOr(..), Constant::None) => Some(true),
            (Test::NoneOr(op, k), Constant::Int(n)) => Some(op.holds(n, k)),
            (Test::NoneOr(..), Constant::Text(_) | Constant::Member { .. }) => None,
            // A length is judged on the literal passed (`Condition::refuted_by`).
            (Test::Length { .. }, _) => None,
            (Test::Compare(Comparison::Eq, _), Constant::None) => Some(false),
            (Test::Compare(Comparison::Ne, _), Constant::None) => Some(true),
            (Test::Compare(..), Constant::None) => None,
            // A string equals no integer or `None`, and compares with neither by order.
            (Test::Compare(Comparison::Eq, _), Constant::Text(_)) => Some(false),
            (Test::Compare(Comparison::Ne, _), Constant::Text(_)) => Some(true),
            (Test::Compare(..), Constant::Text(_)) => None,
            // Only the empty string is false.
            (Test::Truthy, Constant::Text(hash)) => Some(hash != text_hash("")),
            (Test::IsNone, Constant::Text(_)) => Some(false),
            (Test::Equals(k, equal), Constant::Text(n)) => Some((n == k) == equal),
            (Test::Equals(_, equal), Constant::Int(_) | Constant::None) => Some(!equal),
            (Test::Equals(..), Constant::Member { .. }) => None,
            (Test::Among { values, len }, value) => {
                let mut known = true;
                for candidate in &values[..usize::from(len)] {
                    match candidate.equals(value) {
                        Some(true) => return Some(true),
                        Some(false) => {}
                        None => known = false,
                    }
                }
                known.then_some(false)
            }
            (Test::Table { known, passes }, value) => super::helper_calls::input_index(value)
                .filter(|index| known >> index & 1 == 1)
                .map(|index| passes >> index & 1 == 1),
            (
                Test::ProcessPool
                | Test::GivenPool
                | Test::GivenPoolThreadsByDefault
                | Test::HandedPool
                | Test::KeptPool
                | Test::KeptContext
                | Test::KeptMade
                | Test::Never,
                _,
            ) => None,
        }
    }
}

/// Whether the file of `node`, whose text is `source`, may set an attribute `name`
/// (`values::sets_attribute_in`) or a global by name (`globals()`).
fn may_set(node: Node<'_>, source: &str, name: &str) -> bool {
    let mut root = node;
    while let Some(parent) = root.parent() {
        root = parent;
    }
    source.contains("globals()")
        || crate::core::analysis::values::sets_attribute_in(root, source, name)
}

/// The literal `node` is, if any.
pub fn constant(node: Node<'_>, source: &str) -> Option<Constant> {
    let text = &source[node.byte_range()];
    match node.kind_name() {
        "true" => Some(Constant::Int(1)),
        "false" => Some(Constant::Int(0)),
        "none" => Some(Constant::None),
        "integer" => integer(text).map(Constant::Int),
        "float" => float(text),
        "unary_operator" if text.starts_with('+') => {
            match constant(node.field("argument")?, source)? {
                number @ (Constant::Int(_) | Constant::Float(_)) => Some(number),
                _ => None,
            }
        }
        "parenthesized_expression" => constant(node.named_child(0)?, source),
        "unary_operator" if text.starts_with('-') => {
            match constant(node.field("argument")?, source)? {
                Constant::Int(n) => n.checked_neg().map(Constant::Int),
                Constant::Float(bits) => Some(Constant::Float((-f64::from_bits(bits)).to_bits())),
                Constant::None
                | Constant::Text(_)
                | Constant::Bytes(_)
                | Constant::Member { .. } => None,
            }
        }
        "string" | "concatenated_string" => literal_constant(&literal_value(node, source)?),
        "attribute" | "dotted_name" => member(text),
        _ => None,
    }
}

/// The member of an enumeration `text` names, as such code spells one: `Mode.THREADS`,
/// `modes.Mode.THREADS` (a class name in CamelCase, then a member name in capitals). Another
/// attribute (`self.mode`, `config.BACKEND`, `Settings.default`) is no literal.
fn member(text: &str) -> Option<Constant> {
    let mut parts = text.rsplit('.').map(str::trim);
    let (member, class) = (parts.next()?, parts.next()?);
    let camel = class.starts_with(|c: char| c.is_ascii_uppercase())
        && class.contains(|c: char| c.is_ascii_lowercase())
        && class.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let capitals = member.starts_with(|c: char| c.is_ascii_uppercase())
        && member
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let plain = parts.all(|part| part.chars().all(|c| c.is_alphanumeric() || c == '_'));
    (camel && capitals && plain).then(|| Constant::Member {
        class: text_hash(class),
        member: text_hash(member),
    })
}

/// The literal a name read in `scope` holds when it has one binding where it resolves, a
/// plain or annotated assignment of a literal (`n = 1` in the caller, `N_WORKERS: int = 1`
/// at module level):
/// whatever runs before the read, that is its value. A module-level name counts only when
/// nothing may bind it again unseen: a star import, `globals()`, or an attribute of that name
/// set in this file or another of the run (`config.N_WORKERS = 4`, which may be this module's).
/// A name imported from another module of the run holds the literal it is bound to there
/// (`Evaluator::imported_constant`).
pub fn named_constant(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> Option<Constant> {
    let node = crate::core::analysis::callables::unparenthesize(node);
    if node.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(node);
    let binding = eval.model.sole_binding(scope, name)?;
    if matches!(binding.kind, BindingKind::Import { .. }) {
        return eval.imported_constant(node);
    }
    if !matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    ) || (binding.scope == SemanticModel::MODULE && module_name_may_change(eval, name))
    {
        return None;
    }
    let value = eval.node_at(binding.value?)?;
    constant(value, eval.source)
}

/// Whether the module-level name `name` may be bound again where its one binding does not
/// show: by a star import, through `globals()`, or as an attribute of the module, from this
/// file or another of the run.
pub fn module_name_may_change(eval: &Evaluator<'_>, name: &str) -> bool {
    eval.model.scope(SemanticModel::MODULE).has_star_import
        || eval.source.contains("globals()")
        || eval.sets_attribute_anywhere(name)
}

/// The value of a string literal with no prefix (so no f-string or bytes) and no escape:
/// the text between its quotes.
/// The integer `text` spells, in any base Python writes one in (`10`, `1_000`, `0x1F`,
/// `0o17`, `0b101`).
fn integer(text: &str) -> Option<i64> {
    let digits = text.replace('_', "").to_ascii_lowercase();
    let (radix, digits) = match digits.get(..2) {
        Some("0x") => (16, &digits[2..]),
        Some("0o") => (8, &digits[2..]),
        Some("0b") => (2, &digits[2..]),
        _ => (10, digits.as_str()),
    };
    i64::from_str_radix(digits, radix).ok()
}

/// The float `text` spells (`1.0`, `1_000.5`, `1e3`; not `1j`), when it is finite.
fn float(text: &str) -> Option<Constant> {
    let value: f64 = text.replace('_', "").parse().ok()?;
    value.is_finite().then(|| Constant::Float(value.to_bits()))
}

/// The value of a string or bytes literal, or of several side by side (`"thr" "eads"`), which
/// Python joins: all strings or all bytes, none of them an f-string.
fn literal_value<'s>(node: Node<'_>, source: &'s str) -> Option<Literal<'s>> {
    if node.kind_name() == "string" {
        return string_literal(&source[node.byte_range()]);
    }
    let mut cursor = node.walk();
    let parts: Vec<Node<'_>> = node
        .named_children(&mut cursor)
        .filter(|part| part.kind_name() != "comment")
        .collect();
    let mut joined: Option<Literal<'s>> = None;
    for part in parts {
        if part.kind_name() != "string" {
            return None;
        }
        let value = string_literal(&source[part.byte_range()])?;
        joined = Some(match (joined, value) {
            (None, value) => value,
            (Some(Literal::Text(text)), Literal::Text(more)) => {
                Literal::Text(Cow::Owned(text.into_owned() + &more))
            }
            (Some(Literal::Bytes(mut bytes)), Literal::Bytes(more)) => {
                bytes.extend(more);
                Literal::Bytes(bytes)
            }
            // Python refuses to join a string and bytes.
            _ => return None,
        });
    }
    joined
}

/// The constant of a string or bytes literal's value.
fn literal_constant(literal: &Literal<'_>) -> Option<Constant> {
    Some(match literal {
        Literal::Text(text) => Constant::Text(text_hash(text)),
        Literal::Bytes(bytes) => Constant::Bytes(bytes_hash(bytes)),
    })
}

/// A hash of a string's value (FNV-1a), the same for every file of a run; `const`, so the API
/// table can compare with a literal (`start_method="fork"`).
pub const fn text_hash(text: &str) -> u64 {
    bytes_hash(text.as_bytes())
}

/// `text_hash` of bytes.
pub const fn bytes_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut at = 0;
    while at < bytes.len() {
        hash ^= bytes[at] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        at += 1;
    }
    hash
}

/// A fact about the name `name` (read at `read`) on the way to the hand-over.
#[derive(Clone, Copy, Debug)]
pub struct Fact<'a> {
    pub name: &'a str,
    pub read: Node<'a>,
    pub test: Test,
    pub holds: bool,
    /// The string methods the test applies to the name before it compares
    /// (`kind.lower() == "process"`): a caller's literal is folded the same way.
    pub fold: Folds,
}

impl Fact<'_> {
    /// `decided_by`, for a literal known by its value: another module's constant
    /// (`Evaluator::imported_constant`).
    pub fn decided_by_constant(&self, value: Constant) -> Option<bool> {
        // A folded test's literal is folded from its text, which a constant no longer has.
        if !self.fold.is_empty() {
            return None;
        }
        self.decided(|condition| condition.refuted_by_constant(Some(value)))
    }

    /// Whether the fact holds of the literal `value` (`Some(true)`), fails (`Some(false)`),
    /// or cannot be told from it.
    pub fn decided_by(&self, value: Node<'_>, source: &str) -> Option<bool> {
        self.decided(|condition| condition.refuted_by(value, source))
    }

    /// Whether the fact holds, by whether a value `refutes` it (`Some(false)`) or refutes
    /// its negation (`Some(true)`).
    fn decided(&self, refutes: impl Fn(&Condition) -> bool) -> Option<bool> {
        let condition = |holds| Condition {
            position: None,
            keyword: None,
            default: None,
            test: self.test,
            holds,
            kept: false,
            fold: self.fold,
        };
        if refutes(&condition(self.holds)) {
            Some(false)
        } else if refutes(&condition(!self.holds)) {
            Some(true)
        } else {
            None
        }
    }
}

impl<'a> Fact<'a> {
    /// The facts that hold on each of several ways to a process pool, `paths`, each the facts
    /// of one way (an `if`/`elif` chain assigning it in two branches): those every path
    /// holds, and for a name the paths compare with strings, what the union of their values
    /// is. Each path allows a set of strings (`== "p"`, or `in (...)`, less those its failed
    /// tests rule out) or all strings but some (`!= "p"` and `!= "t"`, as an `else` after
    /// `== "p"` and `== "t"`): the union of allowed sets is an `in (...)` fact, and with
    /// one path of the second kind, the strings no path allows are a failing `in (...)`:
    ///
    /// ```text
    /// if BACKEND == "p":   cls = ProcessPoolExecutor      # {"p"}
    /// elif BACKEND == "t": cls = ThreadPoolExecutor
    /// else:                cls = ProcessPoolExecutor      # all but {"p", "t"}
    /// # the process pool when BACKEND != "t"
    /// ```
    ///
    /// Only strings take part: two of them are equal exactly when their values are, where
    /// an enumeration member may be another's alias and an integer equals a float.
    pub fn implied_by_each(paths: &[Vec<Fact<'a>>]) -> Vec<Fact<'a>> {
        let Some((first, rest)) = paths.split_first() else {
            return Vec::new();
        };
        let same = |a: &Fact<'_>, b: &Fact<'_>| {
            a.name == b.name && a.test == b.test && a.holds == b.holds && a.fold == b.fold
        };
        let mut implied: Vec<Fact<'a>> = first
            .iter()
            .filter(|fact| strings(fact).is_none())
            .filter(|fact| {
                rest.iter()
                    .all(|path| path.iter().any(|other| same(fact, other)))
            })
            .copied()
            .collect();
        let mut slots: Vec<(&str, Folds, Node<'a>)> = Vec::new();
        for fact in paths.iter().flatten() {
            if strings(fact).is_some()
                && !slots.iter().any(|s| s.0 == fact.name && s.1 == fact.fold)
            {
                slots.push((fact.name, fact.fold, fact.read));
            }
        }
        for (name, fold, read) in slots {
            let allowed: Option<Vec<Allowed>> = paths
                .iter()
                .map(|path| {
                    let facts = path.iter().filter(|f| f.name == name && f.fold == fold);
                    allowed_strings(facts)
                })
                .collect();
            let Some(allowed) = allowed else {
                continue;
            };
            let mut some: Vec<u64> = Vec::new();
            let mut all_but: Option<Vec<u64>> = None;
            for each in allowed {
                match each {
                    Allowed::Some(values) => some.extend(values),
                    Allowed::AllBut(values) => {
                        all_but = Some(match all_but {
                            None => values,
                            Some(before) => {
                                before.into_iter().filter(|v| values.contains(v)).collect()
                            }
                        });
                    }
                }
            }
            some.sort_unstable();
            some.dedup();
            let (mut values, holds) = match all_but {
                None => (some, true),
                Some(but) => (
                    but.into_iter().filter(|v| !some.contains(v)).collect(),
                    false,
                ),
            };
            values.sort_unstable();
            values.dedup();
            let test = match values.as_slice() {
                [] => continue,
                [one] => Test::Equals(*one, true),
                _ => {
                    let texts: Vec<Constant> = values.iter().map(|v| Constant::Text(*v)).collect();
                    let Some(test) = among(&texts) else {
                        continue;
                    };
                    test
                }
            };
            implied.push(Fact {
                name,
                read,
                test,
                holds,
                fold,
            });
        }
        implied
    }
}

/// The strings a way to the hand-over allows a name: some (`Some`), or all but some.
enum Allowed {
    Some(Vec<u64>),
    AllBut(Vec<u64>),
}

/// The strings `fact` tests its name against, and whether it says the name is one of them
/// (`true`) or none of them (`false`); `None` for a fact of another kind.
fn strings(fact: &Fact<'_>) -> Option<(Vec<u64>, bool)> {
    match fact.test {
        Test::Equals(hash, equal) => Some((vec![hash], equal == fact.holds)),
        Test::Among { values, len } => {
            let values = &values[..usize::from(len)];
            let texts: Vec<u64> = values
                .iter()
                .filter_map(|v| match v {
                    Constant::Text(hash) => Some(*hash),
                    _ => None,
                })
                .collect();
            (texts.len() == values.len()).then_some((texts, fact.holds))
        }
        _ => None,
    }
}

/// What the facts of one way about one name allow it (`Fact::implied_by_each`); `None` when
/// one of them is no string test, or there are none: the way allows anything.
fn allowed_strings<'f, 'a: 'f>(facts: impl Iterator<Item = &'f Fact<'a>>) -> Option<Allowed> {
    let mut some: Option<Vec<u64>> = None;
    let mut but: Vec<u64> = Vec::new();
    let mut any = false;
    for fact in facts {
        any = true;
        let (values, among) = strings(fact)?;
        match among {
            true => {
                some = Some(match some {
                    None => values,
                    Some(before) => before.into_iter().filter(|v| values.contains(v)).collect(),
                });
            }
            false => but.extend(values),
        }
    }
    match some {
        Some(values) => Some(Allowed::Some(
            values.into_iter().filter(|v| !but.contains(v)).collect(),
        )),
        None if any => Some(Allowed::AllBut(but)),
        None => None,
    }
}

/// The facts that hold on every path from `def`'s start to `node`, or none when a nested
/// function, lambda or class lies between them (its code may run at another time).
pub fn facts_to<'a>(eval: &Evaluator<'a>, node: Node<'a>, def: Node<'a>) -> Vec<Fact<'a>> {
    let mut facts = Vec::new();
    let mut child = node;
    while let Some(parent) = child.parent() {
        if parent.id() == def.id() {
            return facts;
        }
        match parent.kind_name() {
            "function_definition" | "lambda" | "class_definition" => return Vec::new(),
            "if_statement" | "elif_clause" => branch_facts(eval, parent, child, &mut facts),
            "conditional_expression" => conditional_facts(eval, parent, child, &mut facts),
            "case_clause" => case_facts(eval, parent, child, &mut facts),
            "block" => early_exit_facts(eval, parent, child, &mut facts),
            _ => {}
        }
        child = parent;
    }
    Vec::new()
}

/// `if c: <child>` says `c`; `if c: ... elif d: ... else: <child>` says neither `c` nor `d`.
fn branch_facts<'a>(
    eval: &Evaluator<'a>,
    statement: Node<'a>,
    child: Node<'a>,
    facts: &mut Vec<Fact<'a>>,
) {
    let Some(condition) = statement.field("condition") else {
        return;
    };
    if statement.field("consequence") == Some(child) {
        condition_facts(eval, condition, true, facts);
    } else if matches!(child.kind_name(), "elif_clause" | "else_clause") {
        condition_facts(eval, condition, false, facts);
        let mut cursor = statement.walk();
        for earlier in statement.children_by_field_name("alternative", &mut cursor) {
            if earlier.id() == child.id() {
                break;
            }
            if let Some(condition) = earlier.field("condition") {
                condition_facts(eval, condition, false, facts);
            }
        }
    }
}

/// `case "thread" | "threads": <child>` says that the subject of the `match` is one of those
/// literals (and that its guard held); each earlier `case` of literals without a guard, that
/// it is none of those. Other patterns (a capture, a class, `_`) say nothing of the subject.
fn case_facts<'a>(
    eval: &Evaluator<'a>,
    clause: Node<'a>,
    child: Node<'a>,
    facts: &mut Vec<Fact<'a>>,
) {
    if clause.field("consequence") != Some(child) {
        return;
    }
    let Some(statement) = clause
        .parent()
        .and_then(|body| body.parent())
        .filter(|s| s.kind_name() == "match_statement")
    else {
        return;
    };
    let mut cursor = statement.walk();
    let subjects: Vec<Node<'a>> = statement
        .children_by_field_name("subject", &mut cursor)
        .collect();
    let [subject] = subjects.as_slice() else {
        return;
    };
    let subject = crate::core::analysis::callables::unparenthesize(*subject);
    if !(subject.kind_name() == "identifier" || is_instance_attribute(subject)) {
        return;
    }
    let fact = |values: &[Constant], holds: bool| {
        among(values).map(|test| Fact {
            name: eval.text(subject),
            read: subject,
            test,
            holds,
            fold: Folds::NONE,
        })
    };
    if let Some(values) = case_literals(eval, clause) {
        facts.extend(fact(&values, true));
    }
    if let Some(guard) = clause.field("guard").and_then(|g| g.named_child(0)) {
        condition_facts(eval, guard, true, facts);
    }
    let mut sibling = clause.prev_named_sibling();
    while let Some(earlier) = sibling {
        if earlier.kind_name() == "case_clause"
            && earlier.field("guard").is_none()
            && let Some(values) = case_literals(eval, earlier)
        {
            facts.extend(fact(&values, false));
        }
        sibling = earlier.prev_named_sibling();
    }
}

/// The literals a `case` matches when its pattern is one or an alternative of them (`case
/// "thread" | "threads":`, `case Mode.SERIAL:`): a string or integer pattern compares by `==`,
/// as does a value pattern (a dotted name).
fn case_literals(eval: &Evaluator<'_>, clause: Node<'_>) -> Option<Vec<Constant>> {
    let mut cursor = clause.walk();
    let patterns: Vec<Node<'_>> = clause
        .named_children(&mut cursor)
        .filter(|child| child.kind_name() == "case_pattern")
        .collect();
    // `case "a", "b":` is a sequence pattern.
    let [pattern] = patterns.as_slice() else {
        return None;
    };
    let inner = pattern.named_child(0)?;
    let alternatives = match inner.kind_name() {
        "union_pattern" => crate::core::parse::named_items(inner),
        _ => vec![inner],
    };
    alternatives
        .into_iter()
        .map(|alternative| {
            // A dotted name of one part is a capture pattern, which matches anything.
            match alternative.kind_name() {
                "dotted_name" if !eval.text(alternative).contains('.') => None,
                // `case True:`, `case False:` and `case None:` compare by identity, which
                // an integer argument (`0`, `1`) does not share: not read.
                "string" | "integer" | "dotted_name" => constant(alternative, eval.source),
                _ => None,
            }
        })
        .collect()
}

/// `<child> if c else ...` says `c`, `... if c else <child>` says not `c`.
fn conditional_facts<'a>(
    eval: &Evaluator<'a>,
    expression: Node<'a>,
    child: Node<'a>,
    facts: &mut Vec<Fact<'a>>,
) {
    let (Some(first), Some(condition), Some(last)) = (
        expression.named_child(0),
        expression.named_child(1),
        expression.named_child(2),
    ) else {
        return;
    };
    if first.id() == child.id() {
        condition_facts(eval, condition, true, facts);
    } else if last.id() == child.id() {
        condition_facts(eval, condition, false, facts);
    }
}

/// `if c: return ...` before `<child>` in the same block says not `c`. In a chain `if c1:
/// return ... elif c2: return ... else: ...`, the code after it is reached only through a
/// branch that does not leave, so the conditions of the branches before the first such one
/// are all false there (`c1` and `c2`, whatever the `else` does).
fn early_exit_facts<'a>(
    eval: &Evaluator<'a>,
    block: Node<'a>,
    child: Node<'a>,
    facts: &mut Vec<Fact<'a>>,
) {
    let mut cursor = block.walk();
    for statement in block.named_children(&mut cursor) {
        if statement.start_byte() >= child.start_byte() {
            break;
        }
        if statement.kind_name() != "if_statement" {
            continue;
        }
        let mut branches = vec![statement];
        let mut clauses = statement.walk();
        branches.extend(
            statement
                .children_by_field_name("alternative", &mut clauses)
                .filter(|clause| clause.kind_name() == "elif_clause"),
        );
        for branch in branches {
            if !branch.field("consequence").is_some_and(always_leaves) {
                break;
            }
            if let Some(condition) = branch.field("condition") {
                condition_facts(eval, condition, false, facts);
            }
        }
    }
}

/// Whether a block always leaves the code after it: its last statement returns or raises, is a
/// `with` whose body does, or an `if` each of whose branches does (with an `else`), and no
/// `break` or `continue` in it could skip that.
fn always_leaves(block: Node<'_>) -> bool {
    let mut cursor = block.walk();
    let last = block
        .named_children(&mut cursor)
        .filter(|s| s.kind_name() != "comment")
        .last();
    if !last.is_some_and(last_leaves) {
        return false;
    }
    let mut stack = vec![block];
    while let Some(node) = stack.pop() {
        if matches!(node.kind_name(), "break_statement" | "continue_statement") {
            return false;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    true
}

/// Whether the last statement of a block leaves it on every path: `return`, `raise`, a `with`
/// whose body leaves (`with ThreadPoolExecutor(2) as ex: return list(ex.map(fn, xs))`; a
/// context manager that swallows an exception raised before the `return` would let the code
/// after it run, which the wrappers this reads do not do), or an `if` whose every branch,
/// `else` included, leaves.
fn last_leaves(statement: Node<'_>) -> bool {
    let leaves = |block: Option<Node<'_>>| ends_with(block, last_leaves);
    match statement.kind_name() {
        "return_statement" | "raise_statement" => true,
        "with_statement" => leaves(statement.field("body")),
        "if_statement" => every_branch(statement, leaves),
        _ => false,
    }
}

/// Whether the last statement of `block` (comments aside) passes `test`.
pub(super) fn ends_with(block: Option<Node<'_>>, test: impl Fn(Node<'_>) -> bool) -> bool {
    block.is_some_and(|block| {
        let mut cursor = block.walk();
        let last = block
            .named_children(&mut cursor)
            .filter(|s| s.kind_name() != "comment")
            .last();
        last.is_some_and(test)
    })
}

/// Whether the `if` statement `statement` has an `else` and the block of each of its
/// branches passes `test`.
pub(super) fn every_branch(statement: Node<'_>, test: impl Fn(Option<Node<'_>>) -> bool) -> bool {
    let mut cursor = statement.walk();
    let alternatives: Vec<Node<'_>> = statement
        .children_by_field_name("alternative", &mut cursor)
        .collect();
    test(statement.field("consequence"))
        && alternatives
            .iter()
            .any(|clause| clause.kind_name() == "else_clause")
        && alternatives
            .iter()
            .all(|clause| test(clause.field("consequence").or_else(|| clause.field("body"))))
}

/// `condition_facts`, collected: what a test that did not hold says (`if threads:` choosing
/// the other pool, `kept_chosen_pool`).
pub fn facts_of<'a>(eval: &Evaluator<'a>, condition: Node<'a>, holds: bool) -> Vec<Fact<'a>> {
    let mut facts = Vec::new();
    condition_facts(eval, condition, holds, &mut facts);
    facts
}

/// The facts about single names that `condition` evaluating to `holds` gives.
fn condition_facts<'a>(
    eval: &Evaluator<'a>,
    condition: Node<'a>,
    holds: bool,
    facts: &mut Vec<Fact<'a>>,
) {
    match condition.kind_name() {
        "parenthesized_expression" => {
            if let Some(inner) = condition.named_child(0) {
                condition_facts(eval, inner, holds, facts);
            }
        }
        "not_operator" => {
            if let Some(argument) = condition.field("argument") {
                condition_facts(eval, argument, !holds, facts);
            }
        }
        "boolean_operator" => {
            let operator = condition.field("operator").map(|o| o.kind_name());
            if (operator == Some("and") && holds) || (operator == Some("or") && !holds) {
                for side in ["left", "right"] {
                    if let Some(side) = condition.field(side) {
                        condition_facts(eval, side, holds, facts);
                    }
                }
            } else {
                facts.extend(either_fact(eval, condition, holds));
            }
        }
        "identifier" => match test_bound_above(eval, condition) {
            // `serial = n_jobs == 1`, then `if serial:`: the test the local holds.
            Some(test) => condition_facts(eval, test, holds, facts),
            None => facts.push(Fact {
                name: eval.text(condition),
                read: condition,
                test: Test::Truthy,
                holds,
                fold: Folds::NONE,
            }),
        },
        // `self.parallel`: state the instance keeps (`Condition::kept`).
        "attribute" if is_instance_attribute(condition) => facts.push(Fact {
            name: eval.text(condition),
            read: condition,
            test: Test::Truthy,
            holds,
            fold: Folds::NONE,
        }),
        "comparison_operator" => facts.extend(comparison_fact(eval, condition, holds)),
        _ => {}
    }
}

/// The test a local read at `read` holds: bound once, to a comparison, `not` or `and`/`or`,
/// by a statement of its function's own body above the read, not under an `if` or in a loop
/// (`use_processes = kind in ("process", "processes")`, then `if use_processes:`). The test
/// lies above the read, so a chain of such locals ends.
fn test_bound_above<'a>(eval: &Evaluator<'a>, read: Node<'a>) -> Option<Node<'a>> {
    let name = eval.text(read);
    let scope = eval.model.scope_at(read.start_byte());
    let Resolution::Scope(owner) = eval.model.resolve(scope, name) else {
        return None;
    };
    let [only] = eval.model.bindings_of(owner, name) else {
        return None;
    };
    super::helper_calls::assigned_above(eval, *only, owner, read)?;
    let value = crate::core::analysis::callables::unparenthesize(
        eval.node_at(eval.model.binding(*only).value?)?,
    );
    matches!(
        value.kind_name(),
        "comparison_operator" | "not_operator" | "boolean_operator"
    )
    .then_some(value)
}

/// The one fact a disjunction says (`a or b` that held, `a and b` that did not), when it is
/// one a `Test` can say: that a parameter is `None` or compares with an integer so (`n is
/// None or n > 1`, after `if n is not None and n <= 1: return`). Each side must give one fact
/// about the same name.
fn either_fact<'a>(eval: &Evaluator<'a>, condition: Node<'a>, holds: bool) -> Option<Fact<'a>> {
    let side = |name: &str| {
        let mut facts = Vec::new();
        condition_facts(eval, condition.field(name)?, holds, &mut facts);
        match facts.as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    };
    let (left, right) = (side("left")?, side("right")?);
    if left.name != right.name {
        return None;
    }
    let (none, compare) = match (left.test, right.test) {
        (Test::IsNone, Test::Compare(..)) => (left, right),
        (Test::Compare(..), Test::IsNone) => (right, left),
        _ => return None,
    };
    let Test::Compare(op, bound) = compare.test else {
        return None;
    };
    let op = match compare.holds {
        true => op,
        false => op.negated(),
    };
    none.holds.then_some(Fact {
        test: Test::NoneOr(op, bound),
        holds: true,
        ..none
    })
}

/// `name OP literal` or `literal OP name`, one operator.
fn comparison_fact<'a>(eval: &Evaluator<'a>, node: Node<'a>, holds: bool) -> Option<Fact<'a>> {
    let mut cursor = node.walk();
    let operands: Vec<Node<'a>> = node.named_children(&mut cursor).collect();
    let [left, right] = operands.as_slice() else {
        return None;
    };
    let operator = node.field("operators")?.kind_name();
    if let Some(fact) = length_fact(eval, operator, *left, *right, holds) {
        return Some(fact);
    }
    let named = |node: &Node<'_>| {
        (node.kind_name() == "identifier" || is_instance_attribute(*node))
            && constant(*node, eval.source).is_none()
    };
    // `kind.lower() == "process"`, `kind.strip() in ("a", "b")`: a test of the name, folded.
    let folded = |node: &Node<'a>| {
        Folds::chain(eval, *node).filter(|(inner, _)| inner.kind_name() == "identifier")
    };
    if matches!(operator, "in" | "not in") {
        let (read, fold) = match folded(left) {
            Some(folded) => folded,
            None => (named(left).then_some(*left)?, Folds::NONE),
        };
        let values = collection(eval, *right)?;
        return Some(Fact {
            name: eval.text(read),
            read,
            test: among(&values)?,
            holds: holds == (operator == "in"),
            fold,
        });
    }
    if matches!(operator, "==" | "!=") {
        let fold = match (folded(left), folded(right)) {
            (Some((read, fold)), None) => Some((read, fold, *right)),
            (None, Some((read, fold))) => Some((read, fold, *left)),
            _ => None,
        };
        if let Some((read, fold, literal)) = fold {
            let Constant::Text(k) = constant(literal, eval.source)? else {
                return None;
            };
            return Some(Fact {
                name: eval.text(read),
                read,
                test: Test::Equals(k, operator == "=="),
                holds,
                fold,
            });
        }
    }
    let (name, literal, flipped) = match (named(left), named(right)) {
        (true, _) => (*left, *right, false),
        (_, true) => (*right, *left, true),
        _ => return None,
    };
    let (test, holds) = match (operator, constant(literal, eval.source)?) {
        ("is" | "==", Constant::None) => (Test::IsNone, holds),
        ("is not" | "!=", Constant::None) => (Test::IsNone, !holds),
        (_, Constant::None) => return None,
        (operator, Constant::Int(k)) => (Test::Compare(comparison(operator, flipped)?, k), holds),
        ("==", Constant::Text(k)) => (Test::Equals(k, true), holds),
        ("!=", Constant::Text(k)) => (Test::Equals(k, false), holds),
        (_, Constant::Text(_)) => return None,
        // `is` of a float or bytes is identity, which a literal does not tell.
        ("==", other @ (Constant::Float(_) | Constant::Bytes(_))) => (among(&[other])?, holds),
        ("!=", other @ (Constant::Float(_) | Constant::Bytes(_))) => (among(&[other])?, !holds),
        (_, Constant::Float(_) | Constant::Bytes(_)) => return None,
        ("is" | "==", member) => (among(&[member])?, holds),
        ("is not" | "!=", member) => (among(&[member])?, !holds),
        (_, Constant::Member { .. }) => return None,
    };
    Some(Fact {
        name: eval.text(name),
        read: name,
        test,
        holds,
        fold: Folds::NONE,
    })
}

/// `Test::Among` of `values`, when there are at most `AMONG` of them.
pub(super) fn among(values: &[Constant]) -> Option<Test> {
    let len = u8::try_from(values.len())
        .ok()
        .filter(|_| values.len() <= AMONG)?;
    let mut array = [Constant::None; AMONG];
    array[..values.len()].copy_from_slice(values);
    Some(Test::Among { values: array, len })
}

/// The literals of the collection `node` is, for `in`: a tuple, list or set display of
/// literals, `frozenset`, `set` or `tuple` of one, or a name bound once to one (a module
/// constant, `THREAD_BACKENDS = ("thread", "threads")`).
fn collection(eval: &Evaluator<'_>, node: Node<'_>) -> Option<Vec<Constant>> {
    let node = crate::core::analysis::callables::unparenthesize(node);
    match node.kind_name() {
        "tuple" | "list" | "set" => crate::core::parse::named_items(node)
            .into_iter()
            .map(|item| constant(item, eval.source))
            .collect(),
        "call" => {
            let (name, arguments) = super::unpacked::builtin_called(eval, node)?;
            if !matches!(name, "frozenset" | "set" | "tuple") {
                return None;
            }
            let [argument] = crate::core::parse::named_items(arguments)[..] else {
                return None;
            };
            match argument.kind_name() {
                "tuple" | "list" | "set" => collection(eval, argument),
                _ => None,
            }
        }
        "identifier" => {
            let scope = eval.model.scope_at(node.start_byte());
            let binding = eval.model.sole_binding(scope, eval.text(node))?;
            if binding.kind != BindingKind::Assignment {
                return None;
            }
            // Only a collection nothing can change: a list or set may be added to later.
            let value =
                crate::core::analysis::callables::unparenthesize(eval.node_at(binding.value?)?);
            let frozen = match value.kind_name() {
                "tuple" => true,
                "call" => value
                    .field("function")
                    .is_some_and(|f| matches!(eval.text(f), "frozenset" | "tuple")),
                _ => false,
            };
            frozen.then(|| collection(eval, value)).flatten()
        }
        _ => None,
    }
}

/// `len(name) OP bound` or `bound OP len(name)`, the bound an integer, a module constant, or a
/// parameter never bound again whose default is either (`Test::Length`).
fn length_fact<'a>(
    eval: &Evaluator<'a>,
    operator: &str,
    left: Node<'a>,
    right: Node<'a>,
    holds: bool,
) -> Option<Fact<'a>> {
    let measured = |node: Node<'a>| {
        let node = crate::core::analysis::callables::unparenthesize(node);
        let function = node
            .field("function")
            .filter(|_| node.kind_name() == "call")?;
        if eval.text(function) != "len" {
            return None;
        }
        let arguments = node.field("arguments")?;
        let [argument] = crate::core::parse::named_items(arguments)[..] else {
            return None;
        };
        (argument.kind_name() == "identifier").then_some(argument)
    };
    let (name, bound, flipped) = match (measured(left), measured(right)) {
        (Some(name), None) => (name, right, false),
        (None, Some(name)) => (name, left, true),
        _ => return None,
    };
    let scope = eval.model.scope_at(bound.start_byte());
    if eval.model.resolve(scope, "len") != Resolution::Builtin {
        return None;
    }
    let (bound, unless) = match constant(bound, eval.source) {
        Some(Constant::Int(k)) => (k, None),
        Some(_) => return None,
        None => match named_constant(eval, bound, scope) {
            Some(Constant::Int(k)) => (k, None),
            Some(_) => return None,
            None => {
                // A parameter bound nowhere else, whose default is an integer.
                let bound = crate::core::analysis::callables::unparenthesize(bound);
                let text = (bound.kind_name() == "identifier").then(|| eval.text(bound))?;
                let parameter = eval.model.sole_binding(scope, text)?;
                if parameter.kind != BindingKind::Parameter {
                    return None;
                }
                let default = eval.statement_node(parameter.statement)?.field("value")?;
                let k = match constant(default, eval.source)
                    .or_else(|| named_constant(eval, default, parameter.scope))?
                {
                    Constant::Int(k) => k,
                    _ => return None,
                };
                let unless = Unless {
                    keyword: text_hash(text),
                    position: None,
                };
                (k, Some(unless))
            }
        },
    };
    Some(Fact {
        name: eval.text(name),
        read: name,
        test: Test::Length {
            op: comparison(operator, flipped)?,
            bound,
            unless,
        },
        holds,
        fold: Folds::NONE,
    })
}

/// Whether `node` is an attribute of a plain name (`self.parallel`), which a fact may be about
/// as about a name (`Condition::kept`).
fn is_instance_attribute(node: Node<'_>) -> bool {
    node.kind_name() == "attribute"
        && node
            .field("object")
            .is_some_and(|object| object.kind_name() == "identifier")
}

/// The comparison `operator` makes with the parameter on its left (`flipped`: on its right).
fn comparison(operator: &str, flipped: bool) -> Option<Comparison> {
    let op = match operator {
        "==" => Comparison::Eq,
        "!=" => Comparison::Ne,
        "<" => Comparison::Lt,
        "<=" => Comparison::Le,
        ">" => Comparison::Gt,
        ">=" => Comparison::Ge,
        _ => return None,
    };
    Some(match (op, flipped) {
        (Comparison::Lt, true) => Comparison::Gt,
        (Comparison::Le, true) => Comparison::Ge,
        (Comparison::Gt, true) => Comparison::Lt,
        (Comparison::Ge, true) => Comparison::Le,
        (op, _) => op,
    })
}

/// Whether `fact` is about a parameter of `function` that the function never binds again, so
/// that its value where the fact is read is the caller's argument.
pub fn about_parameter(eval: &Evaluator<'_>, fact: &Fact<'_>, function: ScopeId) -> bool {
    let scope = eval.model.scope_at(fact.read.start_byte());
    if eval.model.resolve(scope, fact.name) != Resolution::Scope(function) {
        return false;
    }
    match eval.model.bindings_of(function, fact.name) {
        [only] => eval.model.binding(*only).kind == BindingKind::Parameter,
        // A context given by the caller, or made when none is (`choices::pool_parameter`).
        [first, rest @ ..] if fact.test == Test::ProcessPool => {
            eval.model.binding(*first).kind == BindingKind::Parameter
                && super::choices::replaced_when_none(eval, fact.name, rest)
        }
        // `if workers is None: workers = 1`, then `if workers == 1: return ...`: a test,
        // after the replacement, of the value given or of the literal put in place of a
        // missing one (never `None` by then, so a test of `None` is not read).
        [first, rest @ ..] if fact.test != Test::IsNone => {
            let after = rest
                .iter()
                .all(|id| eval.model.binding(*id).range.end <= fact.read.start_byte());
            eval.model.binding(*first).kind == BindingKind::Parameter
                && after
                && replaced_default(eval, fact.name, function).is_some()
        }
        _ => false,
    }
}

/// The literal the parameter `name` of `function` takes in place of `None`, when its other
/// bindings are all `<name> = <that literal>` in the block of an `if <name> is None:`
/// (`choices::replaced_when_none`).
pub fn replaced_default(eval: &Evaluator<'_>, name: &str, function: ScopeId) -> Option<Constant> {
    let [first, rest @ ..] = eval.model.bindings_of(function, name) else {
        return None;
    };
    if rest.is_empty()
        || eval.model.binding(*first).kind != BindingKind::Parameter
        || !super::choices::replaced_when_none(eval, name, rest)
    {
        return None;
    }
    let mut literals = rest.iter().map(|id| {
        let value = eval.node_at(eval.model.binding(*id).value?)?;
        constant(value, eval.source)
    });
    let first = literals.next()??;
    (first != Constant::None && literals.all(|other| other == Some(first))).then_some(first)
}

/// The literal default of the parameter `name` of `def`, if it has one.
pub fn default_of(eval: &Evaluator<'_>, def: Node<'_>, name: &str) -> Option<Constant> {
    let value = default_node(eval, def, name)?;
    // A name is read where the `def` runs (`workers=N_WORKERS`, a module constant).
    let outer = eval
        .model
        .scope_created_by(crate::core::source::TextRange::of(def))
        .and_then(|own| eval.model.scope(own).parent);
    constant(value, eval.source)
        .or_else(|| outer.and_then(|outer| named_constant(eval, value, outer)))
}

/// The literal default of the parameter `name` of `def`, folded as the function folds the
/// parameter before testing it (`Folds::constant`).
pub fn folded_default_of(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    name: &str,
    fold: Folds,
) -> Option<Constant> {
    fold.constant(default_node(eval, def, name)?, eval.source)
}

/// The default value of the parameter `name` of `def`, if it has one.
pub(super) fn default_node<'a>(
    eval: &Evaluator<'a>,
    def: Node<'a>,
    name: &str,
) -> Option<Node<'a>> {
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let parameter = parameters.named_children(&mut cursor).find(|p| {
        matches!(
            p.kind_name(),
            "default_parameter" | "typed_default_parameter"
        ) && p.field("name").is_some_and(|n| eval.text(n) == name)
    })?;
    parameter.field("value")
}

/// The fact a class picked from a table at run time says of its index, when the index is a
/// name (`values::picked_classes`): `(Thread, Process)[flag](target=fn)` hands over only
/// when `flag` is truthy (a false one picks `Thread`), `(Process, Thread)[flag]` only when
/// `flag == 0` (`1` and `-1` pick `Thread`), `EXECUTORS[kind]` over `{"process":
/// ProcessPoolExecutor, "thread": ThreadPoolExecutor}` only when `kind == "process"` (with
/// two process keys, when `kind != "thread"`). Any other shape says nothing.
pub fn picked_class_fact<'a>(
    eval: &Evaluator<'a>,
    call: Node<'a>,
    scope: ScopeId,
) -> Option<Fact<'a>> {
    pick_fact(eval, eval.pick_called(call, scope)?, scope)
}

/// `picked_class_fact` for the subscript `pick` itself (a pool made from it and called
/// later, `with EXECUTORS[kind](2) as ex`, see `choices::facts_of_choice`).
pub fn pick_fact<'a>(eval: &Evaluator<'a>, pick: Node<'a>, scope: ScopeId) -> Option<Fact<'a>> {
    let mut cursor = pick.walk();
    let indexes: Vec<Node<'a>> = pick
        .children_by_field_name("subscript", &mut cursor)
        .collect();
    let [index] = indexes.as_slice() else {
        return None;
    };
    if index.kind_name() != "identifier" {
        return None;
    }
    let entries = eval.pick_entries(pick, scope)?;
    // A process class, or a process API among functions (`values::picked_classes`).
    let process = |node: Node<'a>| {
        matches!(
            eval.eval(node, scope),
            Value::Class { .. } | Value::Function(_)
        )
    };
    let test = match entries.as_slice() {
        [first, second] if matches!(first.key, Constant::Int(_)) => {
            match (process(first.value), process(second.value)) {
                (false, true) => Test::Truthy,
                // `-1` picks the thread too; `-2`, which picks the process class, is let go.
                (true, false) => Test::Compare(Comparison::Eq, 0),
                _ => return None,
            }
        }
        _ => {
            let only = |process_class: bool| {
                let mut keys = entries
                    .iter()
                    .filter(|entry| process(entry.value) == process_class);
                match (keys.next().map(|entry| entry.key), keys.next()) {
                    (Some(Constant::Text(key)), None) => Some(key),
                    _ => None,
                }
            };
            // The one process key, or else anything but the one thread key.
            match (only(true), only(false)) {
                (Some(key), _) => Test::Equals(key, true),
                (None, Some(key)) => Test::Equals(key, false),
                (None, None) => return None,
            }
        }
    };
    Some(Fact {
        name: eval.text(*index),
        read: *index,
        test,
        holds: true,
        fold: Folds::NONE,
    })
}
