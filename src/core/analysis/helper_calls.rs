//! Tests of what a small helper of the file makes of a wrapper's parameter, read as
//! conditions on the parameter itself.
//!
//! joblib's convention spreads beyond joblib: a wrapper turns its `n_jobs` into a number of
//! workers with a helper, and runs in the parent when that number is 1:
//!
//! ```text
//! def _effective_n_jobs(n_jobs):
//!     if n_jobs < 0:
//!         return max(1, os.cpu_count() + 1 + n_jobs)
//!     return max(1, n_jobs)
//!
//! def run_parallel(fn, items, n_jobs=-1):
//!     n = _effective_n_jobs(n_jobs)          # or `n_jobs = _effective_n_jobs(n_jobs)`
//!     if n == 1:
//!         return [fn(x) for x in items]
//!     with Pool(n) as pool:                  # `n != 1` on the way: a fact about `n`
//!         return pool.map(fn, items)
//!
//! run_parallel(lambda x: x + k, xs, n_jobs=1)   # `_effective_n_jobs(1)` is 1: no site
//! ```
//!
//! A fact about a local bound once, by a statement of the wrapper's own body (not under an
//! `if` or in a loop, so that it runs before every read), to a call of a module-level
//! function of the file, whose arguments are the wrapper's parameter (never bound again) and
//! literals, becomes a condition
//! on that parameter: the helper is run here, on each literal a caller may write in the slot
//! (the integers from `-4` to `58`, and `None`), by a small evaluator of integer code (`if`,
//! `return`, assignments, arithmetic, comparisons, `and`/`or`/`not`, `max`, `min` and `abs`),
//! and the test is judged on each result (`Test::Table`). A path the evaluator cannot follow
//! (a call it does not know, a `raise`, a loop) leaves that input unjudged, so the caller's
//! literal keeps the site: `os.cpu_count()` above is only read for negative inputs.

use std::collections::HashMap;

use tree_sitter::Node;

use super::callables::unparenthesize;
use super::conditions::{Constant, Fact, Test, constant};
use super::inferred::module_function;
use super::values::Evaluator;
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::semantic::{BindingId, BindingKind, Resolution, ScopeId};

/// The lowest integer input a helper is run on; inputs run from it up, one per bit of
/// `Test::Table` but the last, which is `None`'s.
const LOWEST: i64 = -4;

/// How many statements and expressions one run of a helper may evaluate.
const MAX_STEPS: usize = 400;

/// The index of `value` among the inputs a helper is run on.
pub fn input_index(value: Constant) -> Option<u32> {
    match value {
        Constant::None => Some(63),
        Constant::Int(n) if (LOWEST..LOWEST + 63).contains(&n) => u32::try_from(n - LOWEST).ok(),
        Constant::Int(_)
        | Constant::Text(_)
        | Constant::Float(_)
        | Constant::Bytes(_)
        | Constant::Member { .. } => None,
    }
}

/// The input of index `index`.
fn input(index: u32) -> Constant {
    match index {
        63 => Constant::None,
        n => Constant::Int(LOWEST + i64::from(n)),
    }
}

/// The statement of the assignment `binding` when it runs before every read of its name at
/// `read`: an assignment in `function`'s own body, above `read`, not under an `if` or in a
/// loop (`if isinstance(xs, list): n = min(n, len(xs))`).
pub fn assigned_above<'a>(
    eval: &Evaluator<'a>,
    binding: BindingId,
    function: ScopeId,
    read: Node<'a>,
) -> Option<Node<'a>> {
    let binding = eval.model.binding(binding);
    if binding.kind != BindingKind::Assignment
        || binding.written_in != function
        || binding.range.end > read.start_byte()
    {
        return None;
    }
    let body = eval.scope_node(function)?.field("body")?;
    let mut statement = eval.statement_node(binding.statement)?;
    while statement.kind_name() != "expression_statement" {
        statement = statement.parent()?;
    }
    (statement.parent() == Some(body)).then_some(statement)
}

/// The parameter `fact` is about through a helper, and the fact's test as a test of that
/// parameter (see the module doc): `fact.name` is a local of `function` bound once to
/// `helper(..., parameter, ...)` before the fact is read, or the parameter itself bound again
/// to such a call (`n_jobs = _effective_n_jobs(n_jobs)`).
pub fn through_helper<'a>(
    eval: &Evaluator<'a>,
    fact: &Fact<'a>,
    function: ScopeId,
) -> Option<(&'a str, Test)> {
    let scope = eval.model.scope_at(fact.read.start_byte());
    if eval.model.resolve(scope, fact.name) != Resolution::Scope(function) {
        return None;
    }
    let bindings = eval.model.bindings_of(function, fact.name);
    let assignment = match bindings {
        [only] => *only,
        [first, second] if eval.model.binding(*first).kind == BindingKind::Parameter => *second,
        _ => return None,
    };
    assigned_above(eval, assignment, function, fact.read)?;
    let call = unparenthesize(eval.node_at(eval.model.binding(assignment).value?)?);
    if let Some(parameter) = bounded_by_length(eval, call, function) {
        return inline_table(eval, fact, call, parameter, assignment, function);
    }
    let helper = module_function(
        eval,
        call.field("function")
            .filter(|_| call.kind_name() == "call")?,
        function,
    )?;
    let arguments = call.field("arguments")?;
    let mut parameter = None;
    let mut given = Vec::new();
    for (at, argument) in named_items(arguments).into_iter().enumerate() {
        if argument.kind_name() == "identifier" && parameter.is_none() {
            parameter = Some((at, eval.text(argument)));
            given.push(None);
        } else {
            given.push(Some(constant(argument, eval.source)?));
        }
    }
    let (at, name) = parameter?;
    if !holds_callers_value(eval, fact, name, assignment, function) {
        return None;
    }
    let mut known = 0u64;
    let mut passes = 0u64;
    for index in 0..64 {
        let mut arguments = given.clone();
        arguments[at] = Some(input(index));
        let result = run(eval, helper, &arguments).and_then(|value| fact.test.judge(value));
        if let Some(result) = result {
            known |= 1 << index;
            if result {
                passes |= 1 << index;
            }
        }
    }
    (known != 0).then_some((name, Test::Table { known, passes }))
}

/// Whether the parameter `name` holds the caller's value where `assignment` reads it: it is
/// bound nowhere else, or only there, to what is computed from it (`n_jobs =
/// _effective_n_jobs(n_jobs)`).
fn holds_callers_value(
    eval: &Evaluator<'_>,
    fact: &Fact<'_>,
    name: &str,
    assignment: crate::core::semantic::BindingId,
    function: ScopeId,
) -> bool {
    match eval.model.bindings_of(function, name) {
        [only] => eval.model.binding(*only).kind == BindingKind::Parameter,
        [first, second] => {
            name == fact.name
                && eval.model.binding(*first).kind == BindingKind::Parameter
                && *second == assignment
        }
        _ => false,
    }
}

/// The largest literal `bounded_by_length` accepts, and the lengths an inline bound is run on
/// (`0..=LENGTHS`, and one far above): an expression of `min`, `max`, a parameter that takes
/// the inputs (at most 58) and literals no larger than this is the same for every length above
/// it, so these runs see every value it can take.
const LENGTHS: i64 = 64;

/// The parameter `node` bounds by a length, when it is `min` and `max` of that parameter,
/// integer literals and `len(...)` (`workers = min(workers, len(paths))`, `max(1, min(n,
/// len(xs)))`), the builtins themselves: the local it is bound to is judged on every length
/// (`inline_table`).
fn bounded_by_length<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    function: ScopeId,
) -> Option<&'a str> {
    let mut parameter = None;
    let mut length = false;
    shape(eval, node, &mut parameter, &mut length).then_some(())?;
    let name = parameter?;
    let parameter_of_function = eval
        .model
        .bindings_of(function, name)
        .first()
        .is_some_and(|first| eval.model.binding(*first).kind == BindingKind::Parameter);
    (length && parameter_of_function).then_some(name)
}

/// Whether `node` is of the form `bounded_by_length` reads, noting its parameter (one name)
/// and whether it takes a length.
fn shape<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    parameter: &mut Option<&'a str>,
    length: &mut bool,
) -> bool {
    let node = unparenthesize(node);
    match node.kind_name() {
        "integer" => {
            matches!(constant(node, eval.source), Some(Constant::Int(k)) if k.abs() <= LENGTHS)
        }
        "identifier" => {
            let name = eval.text(node);
            parameter.get_or_insert(name) == &name
        }
        "call" => {
            let Some((name, arguments)) = super::unpacked::builtin_called(eval, node) else {
                return false;
            };
            let items = named_items(arguments);
            match name {
                "len" => {
                    *length = true;
                    items.len() == 1 && items[0].kind_name() != "list_splat"
                }
                "min" | "max" => {
                    items.len() >= 2
                        && items
                            .into_iter()
                            .all(|item| shape(eval, item, parameter, length))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// `fact`, about a local bound at `assignment` to `call` (of the form `bounded_by_length`
/// reads) of `parameter`, as a `Test::Table` on the parameter: each input is judged on every
/// length the call may see, and known only when they all agree.
fn inline_table<'a>(
    eval: &Evaluator<'a>,
    fact: &Fact<'a>,
    call: Node<'a>,
    parameter: &'a str,
    assignment: crate::core::semantic::BindingId,
    function: ScopeId,
) -> Option<(&'a str, Test)> {
    if !holds_callers_value(eval, fact, parameter, assignment, function) {
        return None;
    }
    let mut known = 0u64;
    let mut passes = 0u64;
    'inputs: for index in 0..64 {
        let mut agreed = None;
        for length in (0..=LENGTHS).chain([LENGTHS * 1024]) {
            let mut interpreter = Interpreter {
                eval,
                env: HashMap::from([(parameter, input(index))]),
                steps: 0,
                length: Some(length),
            };
            let result = interpreter
                .value(call)
                .and_then(|value| fact.test.judge(value));
            match (result, agreed) {
                (None, _) => continue 'inputs,
                (Some(result), Some(before)) if result != before => continue 'inputs,
                (Some(result), _) => agreed = Some(result),
            }
        }
        if let Some(result) = agreed {
            known |= 1 << index;
            if result {
                passes |= 1 << index;
            }
        }
    }
    (known != 0).then_some((parameter, Test::Table { known, passes }))
}

/// What `def` returns for `arguments` (its positional parameters in order, the rest taking
/// their literal defaults), when the evaluator can follow it.
fn run(eval: &Evaluator<'_>, def: Node<'_>, arguments: &[Option<Constant>]) -> Option<Constant> {
    let parameters = def.field("parameters")?;
    let mut env = HashMap::new();
    let mut given = arguments.iter();
    for parameter in named_items(parameters) {
        let (name, default) = match parameter.kind_name() {
            "identifier" => (parameter, None),
            "typed_parameter" => (parameter.named_child(0)?, None),
            "default_parameter" | "typed_default_parameter" => {
                (parameter.field("name")?, parameter.field("value"))
            }
            _ => return None,
        };
        let value = match given.next() {
            Some(value) => (*value)?,
            None => constant(default?, eval.source)?,
        };
        env.insert(eval.text(name), value);
    }
    if given.next().is_some() {
        return None;
    }
    let mut interpreter = Interpreter {
        eval,
        env,
        steps: 0,
        length: None,
    };
    match interpreter.block(def.field("body")?)? {
        Flow::Returned(value) => Some(value),
        Flow::Next => Some(Constant::None),
    }
}

enum Flow {
    Returned(Constant),
    Next,
}

struct Interpreter<'e, 'a> {
    eval: &'e Evaluator<'a>,
    env: HashMap<&'a str, Constant>,
    steps: usize,
    /// What `len(...)` gives, when the run is of an inline bound (`inline_table`).
    length: Option<i64>,
}

impl<'a> Interpreter<'_, 'a> {
    fn step(&mut self) -> Option<()> {
        self.steps += 1;
        (self.steps <= MAX_STEPS).then_some(())
    }

    fn block(&mut self, block: Node<'a>) -> Option<Flow> {
        let mut cursor = block.walk();
        let statements: Vec<Node<'a>> = block.named_children(&mut cursor).collect();
        for statement in statements {
            self.step()?;
            match statement.kind_name() {
                "comment" | "pass_statement" => {}
                "expression_statement" => {
                    let inner = statement.named_child(0)?;
                    match inner.kind_name() {
                        "string" => {}
                        "assignment" => self.assign(inner)?,
                        _ => return None,
                    }
                }
                "return_statement" => {
                    let value = match statement.named_child(0) {
                        Some(value) => self.value(value)?,
                        None => Constant::None,
                    };
                    return Some(Flow::Returned(value));
                }
                "if_statement" => {
                    if let Flow::Returned(value) = self.branch(statement)? {
                        return Some(Flow::Returned(value));
                    }
                }
                _ => return None,
            }
        }
        Some(Flow::Next)
    }

    fn assign(&mut self, assignment: Node<'a>) -> Option<()> {
        let target = assignment
            .field("left")
            .filter(|t| t.kind_name() == "identifier")?;
        if assignment.field("type").is_some() {
            return None;
        }
        let value = self.value(assignment.field("right")?)?;
        self.env.insert(self.eval.text(target), value);
        Some(())
    }

    /// An `if` with its `elif`s and `else`: the first branch whose test holds.
    fn branch(&mut self, statement: Node<'a>) -> Option<Flow> {
        if truthy(self.value(statement.field("condition")?)?)? {
            return self.block(statement.field("consequence")?);
        }
        let mut cursor = statement.walk();
        let clauses: Vec<Node<'a>> = statement
            .children_by_field_name("alternative", &mut cursor)
            .collect();
        for clause in clauses {
            match clause.kind_name() {
                "elif_clause" => {
                    if truthy(self.value(clause.field("condition")?)?)? {
                        return self.block(clause.field("consequence")?);
                    }
                }
                "else_clause" => return self.block(clause.field("body")?),
                _ => return None,
            }
        }
        Some(Flow::Next)
    }

    fn value(&mut self, node: Node<'a>) -> Option<Constant> {
        self.step()?;
        let int = |value: Constant| match value {
            Constant::Int(n) => Some(n),
            Constant::None
            | Constant::Text(_)
            | Constant::Float(_)
            | Constant::Bytes(_)
            | Constant::Member { .. } => None,
        };
        match node.kind_name() {
            "integer" | "true" | "false" | "none" => constant(node, self.eval.source),
            "identifier" => self.env.get(self.eval.text(node)).copied(),
            "parenthesized_expression" => self.value(node.named_child(0)?),
            "unary_operator" => {
                let operand = int(self.value(node.field("argument")?)?)?;
                match self.eval.text(node.field("operator")?) {
                    "-" => operand.checked_neg().map(Constant::Int),
                    "+" => Some(Constant::Int(operand)),
                    _ => None,
                }
            }
            "not_operator" => {
                let operand = self.value(node.field("argument")?)?;
                Some(Constant::Int(i64::from(!truthy(operand)?)))
            }
            "boolean_operator" => {
                let left = self.value(node.field("left")?)?;
                let and = node.field("operator")?.kind_name() == "and";
                match (and, truthy(left)?) {
                    (true, false) | (false, true) => Some(left),
                    _ => self.value(node.field("right")?),
                }
            }
            "binary_operator" => {
                let left = int(self.value(node.field("left")?)?)?;
                let right = int(self.value(node.field("right")?)?)?;
                let result = match node.field("operator")?.kind_name() {
                    "+" => left.checked_add(right),
                    "-" => left.checked_sub(right),
                    "*" => left.checked_mul(right),
                    "//" if right != 0 => Some(left.div_euclid(right)),
                    "%" if right != 0 => Some(left.rem_euclid(right)),
                    _ => None,
                }?;
                Some(Constant::Int(result))
            }
            "comparison_operator" => self.comparison(node),
            "conditional_expression" => {
                let test = self.value(node.named_child(1)?)?;
                match truthy(test)? {
                    true => self.value(node.named_child(0)?),
                    false => self.value(node.named_child(2)?),
                }
            }
            "call" => self.builtin_call(node),
            _ => None,
        }
    }

    /// `a < b` and the other comparisons of two integers, one operator; `x is None`.
    fn comparison(&mut self, node: Node<'a>) -> Option<Constant> {
        let mut cursor = node.walk();
        let operands: Vec<Node<'a>> = node.named_children(&mut cursor).collect();
        let [left, right] = operands.as_slice() else {
            return None;
        };
        let operator = node.field("operators")?.kind_name();
        let (left, right) = (self.value(*left)?, self.value(*right)?);
        let result = match (operator, left, right) {
            ("is" | "==", Constant::None, other) | ("is" | "==", other, Constant::None) => {
                other == Constant::None
            }
            ("is not" | "!=", Constant::None, other) | ("is not" | "!=", other, Constant::None) => {
                other != Constant::None
            }
            (operator, Constant::Int(a), Constant::Int(b)) => match operator {
                "==" => a == b,
                "!=" => a != b,
                "<" => a < b,
                "<=" => a <= b,
                ">" => a > b,
                ">=" => a >= b,
                _ => return None,
            },
            _ => return None,
        };
        Some(Constant::Int(i64::from(result)))
    }

    /// `max(...)`, `min(...)` and `abs(...)` of integers, the builtins themselves.
    fn builtin_call(&mut self, call: Node<'a>) -> Option<Constant> {
        let function = call
            .field("function")
            .filter(|f| f.kind_name() == "identifier")?;
        let name = self.eval.text(function);
        let scope = self.eval.model.scope_at(function.start_byte());
        if self.eval.model.resolve(scope, name) != Resolution::Builtin {
            return None;
        }
        let arguments = call.field("arguments")?;
        if name == "len" {
            return self.length.map(Constant::Int);
        }
        let nodes = named_items(arguments);
        let mut values = Vec::with_capacity(nodes.len());
        for node in nodes {
            match self.value(node)? {
                Constant::Int(n) => values.push(n),
                Constant::None
                | Constant::Text(_)
                | Constant::Float(_)
                | Constant::Bytes(_)
                | Constant::Member { .. } => return None,
            }
        }
        let result = match (name, values.as_slice()) {
            ("abs", [n]) => n.checked_abs()?,
            ("max", [_, _, ..]) => *values.iter().max()?,
            ("min", [_, _, ..]) => *values.iter().min()?,
            _ => return None,
        };
        Some(Constant::Int(result))
    }
}

/// Python's truth of an integer or `None`.
fn truthy(value: Constant) -> Option<bool> {
    match value {
        Constant::Int(n) => Some(n != 0),
        Constant::None => Some(false),
        Constant::Text(_) | Constant::Float(_) | Constant::Bytes(_) | Constant::Member { .. } => {
            None
        }
    }
}
