//! Process APIs inferred within one file: the project's own wrappers of the table's APIs.
//!
//! A module-level function, or a method of a module-level class, is a wrapper when one of its
//! parameters reaches the callable slot of a site: directly (`pool.map(fn, xs)`), through a
//! local alias (`f = fn`) or `functools.partial(fn, ...)`, or as an argument of a module-level
//! target that calls it in the worker (`Process(target=run, args=(fn, n))`,
//! `executor.submit(run, fn, n)` or `pool.map(partial(run, fn), xs)` with
//! `def run(fn, n): fn(n)`). A function that forwards its own `**kwargs`, and does nothing
//! else with it, to an API that takes its callable by keyword (`Pool(2, **kwargs)`) takes the
//! callable by that keyword (`initializer=`). A wrapper becomes a row of the same shape as the
//! table's, so its call sites are found, lifted and bound exactly as those of a declared
//! `--api` function. A parameter the site pickles inside a container (an element of its
//! items or of a tuple among its arguments), a collection of callables it hands over one by one
//! (`ApiRow::elements`) and a list attribute a method fills for another to hand over are found
//! by `wrapper_containers`, whose doc says which rule makes them slots.
//! Sites come only from the table, so a parameter that reaches a thread pool, a library that
//! pickles by value or only a call in the parent never makes a wrapper.
//!
//! The sites are found again with the wrappers known until no new wrapper appears, so a
//! wrapper of a wrapper is one too:
//!
//! ```text
//! def parmap(fn, xs):            # pass 1: `fn` reaches `Pool.map`     -> parmap, map-like
//!     with Pool() as pool:
//!         return pool.map(fn, xs)
//!
//! def squares(fn, xs):           # pass 2: `fn` reaches `parmap`       -> squares, map-like
//!     return parmap(fn, xs)
//! ```
//!
//! A wrapper has one row per callable parameter that reaches a site, chained in parameter
//! order (`ApiRow::next`), so a call of it is one site per parameter:
//!
//! ```text
//! def run(fn, init, xs):         # `init` reaches `Pool(initializer=...)`, `fn` `Pool.map`:
//!     with Pool(2, initializer=init) as pool:       # rows `fn` (argument 0) -> `init` (1)
//!         return pool.map(fn, xs)
//!
//! run(lambda x: x * k, lambda: setup(k), xs)       # two sites, two findings
//! ```
//!
//! A parameter reached two ways (`pool.map(fn, ...)` and `pool.imap(fn, ...)`) stays one row.
//!
//! How a wrapper passes further arguments follows the site: map-like stays map-like; a wrapper
//! that forwards its own `*args` (and `**kwargs`) to `submit` passes them as `submit` does,
//! when nothing else reads that `*args` (a second callable given the same arguments would get
//! the captures too); any other is bound with `functools.partial`, which carries captured
//! values whatever the wrapper does with its callable.
//!
//! A value that may be a process pool on one path and is unknown on another is the pool
//! (`values::agreed`): a runtime flag read from a config says nothing. Where the program
//! spells the other path, it decides instead: a literal argument or default refuting the
//! tests on the way (`conditions`, `choices`), a binding that always replaces the imported
//! wrapper before the calling function (`values::reaching`), a subclass overriding the method
//! the wrapper gets its pool from (`values::inheritance`), and a thread pool the program
//! names on another path of a factory or among the assignments of an attribute
//! (`values::factories`, `values::classes`), which makes the value unknown: which path runs
//! there is not spelled at the call, and a finding the program shows may be wrong is worse
//! than one missed.

use std::collections::HashMap;
use std::sync::Mutex;

use tree_sitter::Node;

use super::api::{
    ApiRow, Class, Element, HandOff, Inspection, NameRead, Passing, Returns, Slot, Target,
};
use super::arguments::{
    contents, may_be_lifted_or_forwarded, positionals, unknown_use, worker_slots,
};
use super::callables::unparenthesize;
use super::choices::{facts_of_choice, sole_value, unaliased};
use super::conditions::{
    self, Comparison, Condition, Constant, Fact, Folds, Test, Unless, about_parameter, default_of,
    facts_of, facts_to, folded_default_of, pick_fact, picked_class_fact, replaced_default,
    text_hash,
};
use super::exports::inherited_template_rows;
use super::flow::started_right_away;
use super::handed::{HandedPool, Held};
use super::helper_calls::through_helper;
use super::inspection::{inspected, names_read, own_keywords};
use super::kept_pools::{KeptBy, KeptValue, kept_pool_slot};
use super::precheck::tests_picklability;
use super::sites::{
    Forwarding, Site, find_forwarding, find_sites, find_splat_forwarding, leading_splats,
    sites_among, splatting,
};
use super::user_api::WorkerSlot;
use super::values::{Called, Evaluator, PoolChoice, Value, argument, string_content};
use super::worker_reads::{Entry, Step, WorkerUse, followed, keywords_of};
use super::worker_state::kept_for_later_calls;
use super::wrapper_containers::{
    PackedIn, appended_to_attribute, appended_to_module_list, attributes_named,
    collection_elements, indexed_part, looped_parts, packed_elements, packed_in, set_on_instance,
    splatted_into_callable, stored_in_attribute, stored_in_registry,
};
use crate::core::module_kept::Unpicklable;
use crate::core::node::NodeExt;
use crate::core::parse::{holds_own, named_items, parameter_kind, splat_name};
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// How many rounds of inference a file gets: each finds wrappers one level further out.
const MAX_ROUNDS: usize = 8;

/// How deep aliases and partials are followed back to a parameter.
const MAX_ALIASES: usize = 8;

/// Every site of the file, the calls of its inferred wrappers among them; `eval` keeps the
/// wrappers it found.
pub fn find_sites_through_wrappers<'t>(
    eval: &mut Evaluator<'t>,
    calls: &[Node<'t>],
) -> Vec<Site<'t>> {
    let mut sites = find_sites(eval, calls);
    let splatting = splatting(eval, calls);
    let leading = leading_splats(eval.source, calls);
    let templates = eval.template_methods();
    for _ in 0..MAX_ROUNDS {
        let mut forwarding = find_forwarding(eval, &splatting);
        forwarding.extend(find_splat_forwarding(eval, &leading));
        let wrappers = infer(eval, &sites, &forwarding);
        let specialized = specialize(eval, &templates, calls);
        if wrappers == *eval.inferred() && specialized == *eval.specialized() {
            break;
        }
        eval.set_inferred(wrappers);
        eval.set_specialized(specialized);
        sites = find_sites(eval, calls);
    }
    sites
}

/// What each template method (`Evaluator::template_methods`) is as its subclass runs it: the
/// method's calls read by an evaluator that takes `self` for an instance of the subclass
/// (`Evaluator::as_method_of`), and the wrapper rows they make of the method's parameters,
/// named for the subclass (`ProcessRunner.run`), or `None`.
fn specialize(
    eval: &Evaluator<'_>,
    templates: &[(ScopeId, BindingId, ScopeId)],
    calls: &[Node<'_>],
) -> HashMap<(ScopeId, BindingId), Option<&'static ApiRow>> {
    let mut found = HashMap::new();
    for &(class, binding, method) in templates {
        let as_subclass = eval.as_method_of(method, class);
        found.insert((class, binding), read_as(&as_subclass, binding, calls));
    }
    found
}

/// The wrapper the method bound by `binding` is as `eval` reads it (as a subclass runs it,
/// `Evaluator::as_method_of`, or with a hook assumed, `Evaluator::assuming`): the rows its
/// own calls make of its parameters, named for the class `eval` takes `self` for.
pub(super) fn read_as<'t>(
    eval: &Evaluator<'t>,
    binding: BindingId,
    calls: &[Node<'t>],
) -> Option<&'static ApiRow> {
    // Decorated or not (`@classmethod`).
    let def = eval.method_def(binding)?;
    let method = eval.model.scope_created_by(TextRange::of(def))?;
    let range = eval.model.scope(method).range;
    let within: Vec<Node<'t>> = calls
        .iter()
        .filter(|call| range.start <= call.start_byte() && call.end_byte() <= range.end)
        .copied()
        .collect();
    let sites = sites_among(eval, &within);
    let mut forwarding = find_forwarding(eval, &splatting(eval, &within));
    forwarding.extend(find_splat_forwarding(
        eval,
        &leading_splats(eval.source, &within),
    ));
    let key = eval.model.binding(binding).range.start;
    let mut parameters = infer_parameters(eval, &sites, &forwarding).remove(&key)?;
    let class = eval.method_class(eval.first_parameter(method)?, method)?;
    let name = eval.model.scope(class).name.clone();
    for parameter in &mut parameters {
        parameter.class.clone_from(&name);
    }
    chain(parameters)
}

/// The wrappers these sites and forwarding calls make, by where their name starts in the
/// `def`: for each function, the chain of rows of its callable parameters (`ApiRow::next`).
fn infer(
    eval: &Evaluator<'_>,
    sites: &[Site<'_>],
    forwarding: &[Forwarding<'_>],
) -> HashMap<usize, &'static ApiRow> {
    let mut found = infer_parameters(eval, sites, forwarding);
    for wrapper in kept_by_processes(eval) {
        add(&mut found, wrapper);
    }
    found
        .into_iter()
        .filter_map(|(key, parameters)| Some((key, chain(parameters)?)))
        .collect()
}

/// `infer` from the sites and forwarding calls alone (not the callables kept by processes,
/// which a whole walk of the file finds), before each function's parameters are chained into
/// rows.
fn infer_parameters(
    eval: &Evaluator<'_>,
    sites: &[Site<'_>],
    forwarding: &[Forwarding<'_>],
) -> HashMap<usize, Vec<Wrapper>> {
    let mut found: HashMap<usize, Vec<Wrapper>> = HashMap::new();
    let sites = sites
        .iter()
        .filter(|site| !site.inherited_by_fork && !through_subclass(eval, site));
    for site in sites {
        for wrapper in wrappers_at(eval, site) {
            add(&mut found, wrapper);
        }
    }
    for forwarding in forwarding.iter().filter(|f| !f.inherited_by_fork) {
        let wrapper = match forwarding.mapping.parent().map(|p| p.kind_name()) {
            Some("list_splat") => forwarded_positionally(eval, forwarding),
            _ if forwarding.mapping.kind_name() == "attribute" => kept_forwarded(eval, forwarding),
            _ => forwarded(eval, forwarding),
        };
        if let Some(wrapper) = wrapper {
            add(&mut found, wrapper);
        }
    }
    found
}

/// Whether `site` is a call of `self.NAME` in a method of a class whose row is one a subclass
/// makes of the method (`Evaluator::subclass_wrapper`): a callable the method makes there is
/// handed over when `self` is an instance of that subclass, but a parameter it forwards makes
/// it no wrapper of its own class, whose instances keep the flag that closes the way. The
/// subclass runs the method as a template instead (`specialize`).
fn through_subclass(eval: &Evaluator<'_>, site: &Site<'_>) -> bool {
    let Some(function) = site.call.field("function") else {
        return false;
    };
    let Some(object) = function
        .field("object")
        .filter(|o| function.kind_name() == "attribute" && o.kind_name() == "identifier")
    else {
        return false;
    };
    let Some(class) = eval.method_class(eval.text(object), site.scope) else {
        return false;
    };
    let made = |head: &'static ApiRow| head.rows().any(|row| std::ptr::eq(row, site.row));
    (eval.specialized().iter()).any(|(&(of, _), row)| of != class && row.is_some_and(made))
}

/// One function's rows, chained in parameter order: the head is its first callable parameter's.
fn chain(mut parameters: Vec<Wrapper>) -> Option<&'static ApiRow> {
    parameters.sort_by(|a, b| (a.order, &a.keyword).cmp(&(b.order, &b.keyword)));
    let mut next = None;
    for mut wrapper in parameters.into_iter().rev() {
        wrapper.next = next;
        next = Some(wrapper.row());
    }
    next
}

/// Add `wrapper` to the parameters of its function. A parameter handed over two ways is one
/// slot, bound the way that suits both, and pickled under fork when either way pickles it. It
/// keeps the provenance of the first way, in source order. The keywords a `**kwargs` forwards
/// are one slot each.
fn add(found: &mut HashMap<usize, Vec<Wrapper>>, wrapper: Wrapper) {
    let parameters = found.entry(wrapper.key).or_default();
    let same =
        |known: &&mut Wrapper| (known.order, &known.keyword) == (wrapper.order, &wrapper.keyword);
    match parameters.iter_mut().find(same) {
        Some(known) => {
            if known.passing != wrapper.passing {
                known.passing = Passing::Mapped;
            }
            known.pickled_under_fork |= wrapper.pickled_under_fork;
            if known.inspected.is_none() {
                known.unread = wrapper.unread;
                known.worker_slot = wrapper.worker_slot.clone();
            }
            known.inspected = known.inspected.take().or(wrapper.inspected);
            known.instance_kept = known.instance_kept.take().or(wrapper.instance_kept);
            known.names_read = first_name_read(known.names_read.take(), wrapper.names_read);
            known.deferred |= wrapper.deferred;
            known.lazy |= wrapper.lazy;
            for attribute in wrapper.receiver_writes {
                if !known.receiver_writes.contains(&attribute) {
                    known.receiver_writes.push(attribute);
                }
            }
            known.started &= wrapper.started;
            known.forks_when_called &= wrapper.forks_when_called;
            known.positionals = match (known.positionals, wrapper.positionals) {
                (Some(known), Some(other)) => Some(known.max(other)),
                _ => None,
            };
            if let Some(keywords) = wrapper.worker_keywords {
                let known = known.worker_keywords.get_or_insert_with(Vec::new);
                for keyword in keywords {
                    if !known.contains(&keyword) {
                        known.push(keyword);
                    }
                }
            }
            for keyword in wrapper.own_keywords {
                if !known.own_keywords.contains(&keyword) {
                    known.own_keywords.push(keyword);
                }
            }
            // Either way may be taken: only what holds on both says a call reaches neither.
            known.conditions.retain(|c| wrapper.conditions.contains(c));
        }
        None => parameters.push(wrapper),
    }
}

/// An inferred wrapper as `--show-apis` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InferredApi {
    /// The line of its `def` (1-based).
    pub line: usize,
    /// How findings name it: "`parmap`", "`Runner._map`".
    pub name: String,
    /// The parameter that takes the callable, and how a call passes it.
    pub parameter: String,
    /// How a lifted callable's captured values are passed through it.
    pub passing: &'static str,
    /// What it hands the callable to, and where ("`Pool.map`, line 6").
    pub via: String,
    /// The same, as data for the JSON format: the name without backticks (`Runner._map`),
    /// the callable's position and keyword in a call, how captures travel (`partial`,
    /// `arguments`, `arguments-or-keywords` or `tuple`) and the hand-off.
    pub function: String,
    pub position: Option<usize>,
    pub keyword: Option<String>,
    pub passing_kind: &'static str,
    pub hand_off: Option<HandOff>,
}

/// The wrappers `eval` inferred, in the order of their `def`s, a function with several
/// callable parameters once for each, in parameter order.
pub fn listed(eval: &Evaluator<'_>) -> Vec<InferredApi> {
    let mut found: Vec<(usize, &'static ApiRow, Option<&str>)> = eval
        .inferred()
        .iter()
        .map(|(k, r)| (*k, *r, None))
        .collect();
    // A template method as a subclass runs it (`specialize`), said to be the base's.
    for (&(_, binding), row) in eval.specialized() {
        let binding = eval.model.binding(binding);
        if let Some(row) = row {
            let base = eval.model.scope(binding.scope).name.as_deref();
            found.push((binding.range.start, *row, base));
        }
    }
    // One of another file's class, on the line of the class that overrides its hook.
    let imported = inherited_template_rows(eval);
    for (class, base, row) in &imported {
        found.push((
            eval.model.scope(*class).range.start,
            row,
            Some(base.as_str()),
        ));
    }
    found.sort_by_key(|(key, row, _)| (*key, row.name_label()));
    found
        .into_iter()
        .flat_map(|(key, head, base)| head.rows().map(move |row| (key, row, base)))
        // A wrapper only a file that patches its flag makes one is not listed.
        .filter(|(_, row, _)| !row.closed())
        .map(|(key, row, base)| InferredApi {
            line: eval.line_at(key),
            name: match (enclosing(eval, key), base) {
                (_, Some(base)) => format!("{}, inherited from `{base}`,", row.name_label()),
                (Some((factory, true)), _) => {
                    format!("{}, returned by `{factory}`,", row.name_label())
                }
                (Some((function, false)), _) => {
                    format!("{}, nested in `{function}`,", row.name_label())
                }
                (None, None) => row.name_label(),
            },
            parameter: format!(
                "{}{}",
                match (row.elements, row.element) {
                    (false, _) => String::new(),
                    (true, Element::Whole) => "each element of ".to_string(),
                    (true, Element::Item { at, .. }) => format!("item {at} of each element of "),
                    (true, Element::Value) => "each value of ".to_string(),
                    (true, Element::Indexed) => "each element or value of ".to_string(),
                    (true, Element::Key(key)) =>
                        format!("the value at \"{key}\" of each element of "),
                    (true, Element::Field(field)) =>
                        format!("the field `{field}` of each element of "),
                },
                match (row.callable.keyword, row.callable.position) {
                    (_, Some(position)) if row.variadic => {
                        format!("each argument from argument {position} on")
                    }
                    (Some(name), Some(position)) => {
                        format!("`{name}` (argument {position} or `{name}=`)")
                    }
                    (Some(name), None) => format!("`{name}` (keyword only)"),
                    (None, position) => format!("argument {}", position.unwrap_or(0)),
                }
            ),
            passing: match row.passing {
                Passing::Mapped => "captures bound with functools.partial",
                Passing::Trailing { keywords: false } => "captures passed as further arguments",
                Passing::Trailing { keywords: true } => {
                    "captures passed as further arguments or keywords"
                }
                Passing::Tuple { .. } => "captures passed in its argument tuple",
            },
            via: row.via.map(|via| via.to_string()).unwrap_or_default(),
            function: match enclosing(eval, key) {
                Some((function, _)) if base.is_none() => {
                    format!("{function}.<locals>.{}", row.name)
                }
                _ => row.name_label().replace('`', ""),
            },
            position: row.callable.position,
            keyword: row.callable.keyword.map(str::to_string),
            passing_kind: match row.passing {
                Passing::Mapped => "partial",
                Passing::Trailing { keywords: false } => "arguments",
                Passing::Trailing { keywords: true } => "arguments-or-keywords",
                Passing::Tuple { .. } => "tuple",
            },
            hand_off: row.via,
        })
        .collect()
}

/// The function the wrapper whose name starts at `key` is nested in, when it is, and whether
/// that function returns it (a closure factory, `Evaluator::returned_closure`) or only keeps
/// it (`Evaluator::nested_def`).
fn enclosing<'a>(eval: &Evaluator<'a>, key: usize) -> Option<(&'a str, bool)> {
    let parent = eval.model.scope_at(key);
    let factory = eval.model.scope(parent);
    if factory.kind != ScopeKind::Function {
        return None;
    }
    let returned = factory.bindings.values().flatten().any(|&id| {
        let binding = eval.model.binding(id);
        binding.range.start == key
            && binding.kind == BindingKind::FunctionDef
            && eval
                .model
                .scope_created_by(binding.statement)
                .is_some_and(|function| eval.returned_closure(function))
    });
    Some((factory.name.as_deref()?, returned))
}

/// A wrapper before it becomes a row: owned text, so that only a new row leaks its strings.
#[derive(Clone, PartialEq)]
struct Wrapper {
    /// Where its name starts in the `def`.
    key: usize,
    name: String,
    /// The class of a method.
    class: Option<String>,
    /// Which of the `def`'s parameters takes the callable (counting from 0, `self` too): the
    /// order of the function's rows.
    order: usize,
    /// The callable's slot: its position and keyword in a call of the wrapper.
    position: Option<usize>,
    keyword: Option<String>,
    passing: Passing,
    /// What it hands the callable to, and the line of that call.
    via: (String, usize),
    pickled_under_fork: bool,
    interpreters: bool,
    /// A plain method, whose instance comes first when it is called on its class.
    takes_instance: bool,
    /// The row of the function's next callable parameter.
    next: Option<&'static ApiRow>,
    /// How many of the `def`'s first parameters a caller does not write (`self`, `cls`).
    skip: usize,
    /// What holds of its other parameters wherever it hands the callable over
    /// (`conditions`).
    conditions: Vec<PendingCondition>,
    /// Where it, or the wrapper it hands the callable to, looks at what the callable is
    /// (`inspection`): the expression, its line, and the file when it is another's.
    inspected: Option<(String, usize, Option<&'static str>)>,
    /// `inspected` is where it hands the callable to a worker whose code cannot be read.
    unread: bool,
    /// Where it, or the wrapper it hands the callable to, reads the callable's name
    /// (`ApiRow::names_read`): the expression, its line, its file when another's, and whether
    /// it is the qualified name.
    names_read: Option<NameReadAt>,
    /// For `unread`, the slot of its own calls that takes that worker, when a parameter
    /// does (`ApiRow::inspected`).
    worker_slot: Option<(Option<usize>, Option<String>)>,
    /// The keywords its own parameters take, and those of the wrappers it forwards keywords
    /// through, when it forwards keywords to the callable.
    own_keywords: Vec<String>,
    /// The parameter is a collection whose elements are handed over (`ApiRow::elements`).
    elements: bool,
    /// Which part of each element (`ApiRow::element`).
    element: Element,
    /// The keywords code of the run passes when it calls the callable, each with its line
    /// and file, when such code calls it (`ApiRow::worker_keywords`).
    worker_keywords: Option<Vec<(String, usize, Option<&'static str>)>>,
    /// It keeps the callable for a later hand-over (`ApiRow::deferred`).
    deferred: bool,
    /// It is a generator, which hands over when iterated (`ApiRow::lazy`).
    lazy: bool,
    /// The attributes a method assigns on its instance (`ApiRow::receiver_writes`).
    receiver_writes: Vec<String>,
    /// Every process it hands the callable to is started before it returns
    /// (`ApiRow::started`).
    started: bool,
    /// Every pool it hands the callable to is a fork context's made in each call
    /// (`ApiRow::forks_when_called`).
    forks_when_called: bool,
    /// How many positional arguments the callable is called with at most
    /// (`ApiRow::positionals`).
    positionals: Option<usize>,
    /// The parameter is the function's `*args` (`ApiRow::variadic`).
    variadic: bool,
    /// What every `return` of it gives (`ApiRow::returns_own`).
    returns_own: Returns,
    /// What the instance a bound method it hands over keeps that pickle refuses
    /// (`ApiRow::instance_kept`): the text, its line, and the file when it is another's.
    instance_kept: Option<(String, usize, Option<&'static str>)>,
}

/// A `NameRead` before its row leaks its text.
type NameReadAt = (String, usize, Option<&'static str>, bool);

/// Of two reads of a callable's name, the one that rules out more lifts: a qualified name's
/// read, then the first found.
fn first_name_read(known: Option<NameReadAt>, other: Option<NameReadAt>) -> Option<NameReadAt> {
    match (known, other) {
        (Some(known), Some(other)) if other.3 && !known.3 => Some(other),
        (known, other) => known.or(other),
    }
}

/// A `Condition` before its row leaks its keyword.
#[derive(Clone, Debug, PartialEq)]
struct PendingCondition {
    position: Option<usize>,
    keyword: Option<String>,
    default: Option<Constant>,
    test: Test,
    holds: bool,
    /// As `Condition::kept`.
    kept: bool,
    /// As `Condition::fold`.
    fold: Folds,
}

impl PendingCondition {
    /// The condition of a way no call takes unless its file sets `name`, the class
    /// attribute or module constant whose literal closes the way (`Test::Never`).
    fn never(name: &str) -> PendingCondition {
        PendingCondition {
            position: None,
            keyword: Some(name.to_string()),
            default: None,
            test: Test::Never,
            holds: true,
            kept: false,
            fold: Folds::NONE,
        }
    }

    /// `condition`, its keyword owned.
    fn of(condition: &Condition) -> PendingCondition {
        PendingCondition {
            position: condition.position,
            keyword: condition.keyword.map(str::to_string),
            default: condition.default,
            test: condition.test,
            holds: condition.holds,
            kept: condition.kept,
            fold: condition.fold,
        }
    }

    /// The `Condition` this is, its keyword leaked once per distinct keyword of a run (each
    /// factory read, in every file and round, makes its conditions again).
    fn leaked(&self) -> Condition {
        static KEYWORDS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
        let keyword = self.keyword.as_deref().map(|keyword| {
            let mut known = KEYWORDS
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            match known.iter().find(|known| **known == keyword) {
                Some(known) => *known,
                None => {
                    let leaked = leak(keyword);
                    known.push(leaked);
                    leaked
                }
            }
        });
        Condition {
            position: self.position,
            keyword,
            default: self.default,
            test: self.test,
            holds: self.holds,
            kept: self.kept,
            fold: self.fold,
        }
    }
}

impl Wrapper {
    /// The row this wrapper is, shared by every file that infers the same one: rows are
    /// `'static` like the table's, and interning keeps what a run leaks to one row per
    /// distinct wrapper, however many files or rounds find it.
    fn row(&self) -> &'static ApiRow {
        static ROWS: Mutex<Vec<(Wrapper, &'static ApiRow)>> = Mutex::new(Vec::new());
        let mut rows = ROWS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let same = |known: &Wrapper| {
            Wrapper {
                key: 0,
                ..known.clone()
            } == Wrapper {
                key: 0,
                ..self.clone()
            }
        };
        if let Some((_, row)) = rows.iter().find(|(known, _)| same(known)) {
            return row;
        }
        let row: &'static ApiRow = Box::leak(Box::new(ApiRow {
            target: Target::Function,
            name: leak(&self.name),
            homes: match &self.class {
                Some(class) => Box::leak(Box::new([leak(class)])),
                None => &[],
            },
            callable: Slot {
                position: self.position,
                keyword: self.keyword.as_deref().map(leak),
            },
            passing: self.passing,
            parent_side: &[],
            context: None,
            pickled_under_fork: self.pickled_under_fork,
            interpreters: self.interpreters,
            via: Some(HandOff {
                to: leak(&self.via.0),
                line: self.via.1,
                file: None,
            }),
            next: self.next,
            conditions: Box::leak(
                self.conditions
                    .iter()
                    .map(PendingCondition::leaked)
                    .collect(),
            ),
            takes_instance: self.takes_instance,
            inspected: self
                .inspected
                .as_ref()
                .map(|(what, line, file)| Inspection {
                    what: leak(what),
                    line: *line,
                    file: *file,
                    unread: self.unread,
                    worker_slot: self.worker_slot.as_ref().map(|(position, keyword)| Slot {
                        position: *position,
                        keyword: keyword.as_deref().map(leak),
                    }),
                }),
            names_read: self
                .names_read
                .as_ref()
                .map(|(what, line, file, qualified)| NameRead {
                    what: leak(what),
                    line: *line,
                    file: *file,
                    qualified: *qualified,
                }),
            own_keywords: Box::leak(self.own_keywords.iter().map(|k| leak(k)).collect()),
            passes_index: false,
            elements: self.elements,
            element: self.element,
            worker_keywords: self.worker_keywords.as_ref().map(|keywords| {
                let rows = keywords.iter().map(|(what, line, file)| Inspection {
                    what: leak(what),
                    line: *line,
                    file: *file,
                    unread: false,
                    worker_slot: None,
                });
                &*Box::leak(rows.collect::<Vec<_>>().into_boxed_slice())
            }),
            deferred: self.deferred,
            lazy: self.lazy,
            receiver_writes: Box::leak(self.receiver_writes.iter().map(|a| leak(a)).collect()),
            started: self.started,
            forks_when_called: self.forks_when_called,
            positionals: self.positionals,
            variadic: self.variadic,
            returns_own: self.returns_own,
            instance_kept: self
                .instance_kept
                .as_ref()
                .map(|(what, line, file)| Inspection {
                    what: leak(what),
                    line: *line,
                    file: *file,
                    unread: false,
                    worker_slot: None,
                }),
        }));
        rows.push((self.clone(), row));
        row
    }
}

/// Whether the workers `site` hands its callable to are forked inside `function`, at a pool
/// an explicit fork context makes there in each call (`ApiRow::forks_when_called`).
fn forks_within(eval: &Evaluator<'_>, site: &Site<'_>, function: ScopeId) -> bool {
    let range = eval.model.scope(function).range;
    site.forked_at
        .is_some_and(|at| range.start <= at && at < range.end)
}

/// The wrappers one site makes: the function whose parameter is its callable, and the one
/// whose parameter travels in a `Process`'s arguments to a target that calls it.
fn wrappers_at(eval: &Evaluator<'_>, site: &Site<'_>) -> Vec<Wrapper> {
    let line = site.call.start_position().row + 1;
    let mut wrappers = Vec::new();
    if let Some((function, name)) = reaching_parameter(eval, site.callable, site.scope, 0)
        && let Some(mut wrapper) = wrapper_of(eval, function, Some(name))
    {
        wrapper.passing = passing_through(eval, site, function);
        wrapper.elements = site.row.elements;
        wrapper.element = site.row.element;
        wrapper.via = (site.row.name_label(), line);
        wrapper.pickled_under_fork = site.row.pickled_under_fork;
        wrapper.interpreters = site.interpreters;
        wrapper.conditions = conditions_at(eval, site.call, function, wrapper.skip);
        wrapper.deferred = kept_on_instance(eval, site.callable, site.scope);
        wrapper.started = site.row.started || started_right_away(eval, site.call);
        wrapper.forks_when_called = forks_within(eval, site, function);
        if wrapper.passing == Passing::Mapped {
            wrapper.positionals = positionals_through(eval, site);
        }
        inherit_worker(&mut wrapper, site.row, true);
        if wrapper.passing == (Passing::Trailing { keywords: true }) {
            wrapper.own_keywords = keywords_through(eval, site, function);
        }
        wrapper
            .conditions
            .extend(passed_on_conditions(eval, site, function, wrapper.skip));
        wrappers.push(wrapper);
    }
    wrappers.extend(kept_by_bound_method(eval, site, line));
    wrappers.extend(through_process_arguments(eval, site, line));
    wrappers.extend(through_containers(eval, site, line));
    wrappers.extend(through_collections(eval, site, line));
    wrappers.extend(through_mapped_items(eval, site, line));
    wrappers.extend(closed_over(eval, site, line));
    // A constructor whose kept parameter another method hands over: that method's tests.
    for wrapper in &mut wrappers {
        if let Some(function) = function_at(eval, wrapper.key) {
            (wrapper.conditions).extend(conditions_in_own_method(eval, site.call, function));
        }
    }
    if !wrappers.is_empty()
        && let Some((what, line, file)) = instance_kept_unpicklable(eval, site)
    {
        let file = file.as_deref().map(leak);
        for wrapper in &mut wrappers {
            wrapper
                .instance_kept
                .get_or_insert((what.clone(), line, file));
        }
    }
    wrappers
}

/// When the site hands over a method bound to the instance of the method it is in
/// (`Process(target=self._process, ...)`), which pickles the instance with it, what that
/// instance keeps that pickle refuses, as written, and its line, stored by the code of the class or of its bases in the file
/// on its own instance outside the method handed over (which runs in the worker): what
/// `unpicklable` knows (a lock, an open file) in an attribute, an item of one or a list one
/// holds (`self.lock = threading.Lock()`), or process objects kept as items
/// (`self._procs[tid] = proc`, `self.procs.append(p)`): each one started holds a finalizer
/// pickle cannot carry when the next is started. One process in a plain attribute
/// (`self.proc = Process(target=self._run)`) is still unstarted when it is pickled, and
/// pickles. A class that says how its instances pickle (`__getstate__`, `__reduce__`) is not
/// judged. A base another file of the run defines counts by what its `__init__` stores, as
/// that file reads it (`core::module_kept`), with that file.
fn instance_kept_unpicklable(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
) -> Option<(String, usize, Option<String>)> {
    let callable = unparenthesize(site.callable);
    let object = callable
        .field("object")
        .filter(|_| callable.kind_name() == "attribute")?;
    if object.kind_name() != "identifier" {
        return None;
    }
    let class = eval.method_class(eval.text(object), site.scope)?;
    if pickles_its_way(eval, class, 0) {
        return None;
    }
    let handed = eval.text(callable.field("attribute")?);
    // The class and its bases in the file, each with the methods of its own body.
    let classes = in_file_classes(eval, class, 0);
    let in_worker = |node: Node<'_>| {
        let mut scope = eval.model.scope_at(node.start_byte());
        while let Some(parent) = eval.model.scope(scope).parent {
            if classes.contains(&parent) {
                return eval.model.scope(scope).name.as_deref() == Some(handed);
            }
            scope = parent;
        }
        false
    };
    let on_instance = |target: Node<'_>, at: ScopeId| {
        let target = match target.kind_name() {
            "subscript" => target.field("value"),
            _ => Some(target),
        };
        target
            .filter(|t| t.kind_name() == "attribute")
            .and_then(|t| t.field("object"))
            .is_some_and(|o| {
                o.kind_name() == "identifier"
                    && eval
                        .method_class(eval.text(o), at)
                        .is_some_and(|of| classes.contains(&of))
            })
    };
    let bodies = classes.iter().filter_map(|&c| eval.scope_node(c));
    let mut found = Vec::new();
    for node in bodies.flat_map(crate::core::parse::preorder) {
        let stored = match node.kind_name() {
            "assignment" => node.field("left").zip(node.field("right")),
            "call" => node
                .field("function")
                .filter(|f| {
                    f.kind_name() == "attribute"
                        && f.field("attribute")
                            .is_some_and(|a| eval.text(a) == "append")
                })
                .and_then(|f| f.field("object"))
                .zip(node.field("arguments").and_then(|a| a.named_child(0))),
            _ => None,
        };
        if let Some((target, value)) = stored
            && !in_worker(node)
        {
            let at = eval.model.scope_at(node.start_byte());
            let value = unparenthesize(value);
            // An item of a container (`self._procs[tid] = proc`) or appended to one.
            let item = node.kind_name() == "call" || target.kind_name() == "subscript";
            let process = || {
                matches!(
                    eval.eval(value, at),
                    Value::Instance {
                        class: Class::Process,
                        ..
                    }
                )
            };
            let refused = on_instance(target, at)
                && ((item && process())
                    || super::unpicklable::unpicklable_expression(eval, value, at).is_some());
            if refused {
                found.push(node);
            }
        }
    }
    if let Some(first) = found.into_iter().min_by_key(|node| node.start_byte()) {
        return Some((eval.one_line(first), first.start_position().row + 1, None));
    }
    // A base another file of the run defines (`class Runner(Component)` after `from .base
    // import Component`): what its `__init__` stores, as that file reads it.
    let statement = crate::core::source::TextRange::of(eval.scope_node(class)?);
    let bases = super::captures::imported_class_bases(eval, statement);
    bases
        .into_iter()
        .find_map(|base| match eval.imported_kept(base)? {
            Unpicklable::Instances {
                stored: Some((text, line)),
                file,
                ..
            } => Some((text.clone(), *line, Some(file.clone()))),
            _ => None,
        })
}

/// How many items of a task tuple are looked at for the one a worker calls.
const MAX_TASK_ITEMS: usize = 4;

/// The wrapper whose parameter is the iterable a mapping method of the table goes over, with
/// a worker of this file that takes each item apart and calls one of its parts: `def
/// run_tasks(tasks): pool.map(_worker, tasks)` with `def _worker(task): fn, arg = task;
/// return fn(arg)`, or `pool.starmap(_call, tasks)` with `def _call(fn, arg)`. Each item of
/// what a caller passes there is pickled, so a lambda written at that part of a literal
/// item (`run_tasks([(lambda x: x + k, 1)])`) is a site: the wrapper's row says which part
/// of each element (`Element::Item`), of as many parts as the worker unpacks (or takes
/// parameters, for `starmap`), or the key or field of a task dict or dataclass the worker
/// calls (`step["fn"](...)`: `Element::Key`, `task.fn(...)`: `Element::Field`). What the
/// worker does with that part besides calling it (`fn.__name__`) refuses the partial, as
/// for any worker.
fn through_mapped_items(eval: &Evaluator<'_>, site: &Site<'_>, line: usize) -> Vec<Wrapper> {
    let row = site.row;
    if row.passing != Passing::Mapped || site.handed != super::sites::Handed::Callable {
        return Vec::new();
    }
    let star = row.name.contains("starmap");
    let position = row.callable.position.map(|p| p + 1);
    let Some(items) = argument(site.arguments, eval.source, position, Some("iterable")) else {
        return Vec::new();
    };
    let Some((function, name)) = reaching_parameter(eval, items, site.scope, 0) else {
        return Vec::new();
    };
    let Some(def) = module_function(eval, site.callable, site.scope)
        .or_else(|| unbound_method(eval, site.callable, site.scope))
    else {
        return Vec::new();
    };
    let reach = |at: usize| match star {
        true => Entry::Position(at, Vec::new()),
        false => Entry::Position(0, vec![Step::At(at)]),
    };
    let called = match task_width(eval, def, star) {
        Some(width) => (0..width.min(MAX_TASK_ITEMS))
            .map(|at| {
                (
                    Element::Item { at, width },
                    worker_use(eval, def, &reach(at)),
                )
            })
            .find(|(_, used)| used.called),
        // A task dict or a dataclass task the worker calls a part of (`step["fn"](...)`,
        // `task.fn(...)`).
        None if !star => called_key(eval, def, WorkerParameter::At(0))
            .map(|key| {
                let reach = Entry::Position(0, vec![Step::Key(key.to_string())]);
                (Element::Key(leak(key)), worker_use(eval, def, &reach))
            })
            .or_else(|| {
                let field = called_field(eval, def, WorkerParameter::At(0))?;
                let reach = Entry::Position(0, vec![Step::Field(field.to_string())]);
                Some((Element::Field(leak(field)), worker_use(eval, def, &reach)))
            }),
        None => None,
    };
    let Some((element, used)) = called else {
        return Vec::new();
    };
    let Some(mut wrapper) = wrapper_of(eval, function, Some(name)) else {
        return Vec::new();
    };
    wrapper.elements = true;
    wrapper.element = element;
    wrapper.via = (row.name_label(), line);
    wrapper.pickled_under_fork = row.pickled_under_fork;
    wrapper.interpreters = site.interpreters;
    wrapper.conditions = conditions_at(eval, site.call, function, wrapper.skip);
    note_worker(&mut wrapper, used);
    vec![wrapper]
}

/// The first string key at which the worker `def` calls the value of its parameter `bound`
/// (`step["fn"](...)`, also through a local, `fn = step["fn"]`), a task dict's callable.
fn called_key<'a>(
    eval: &Evaluator<'a>,
    def: Node<'a>,
    bound: WorkerParameter<'a>,
) -> Option<&'a str> {
    let parameter = worker_parameter_name(eval, def, bound)?;
    string_keys(eval, def, parameter).into_iter().find(|key| {
        let reach = worker_entry(bound, vec![Step::Key(key.to_string())]);
        worker_use(eval, def, &reach).called
    })
}

/// The first attribute at which the worker `def` calls the value of its parameter `bound`
/// (`task.fn(...)`, also through a local, `fn = task.fn`), a dataclass task's callable.
fn called_field<'a>(
    eval: &Evaluator<'a>,
    def: Node<'a>,
    bound: WorkerParameter<'a>,
) -> Option<&'a str> {
    let parameter = worker_parameter_name(eval, def, bound)?;
    attribute_names(eval, def, parameter)
        .into_iter()
        .find(|field| {
            let reach = worker_entry(bound, vec![Step::Field(field.to_string())]);
            worker_use(eval, def, &reach).called
        })
}

/// The attributes the function `def` reads on its parameter `parameter` (`task.fn`), in
/// source order, each once.
fn attribute_names<'a>(eval: &Evaluator<'a>, def: Node<'a>, parameter: &str) -> Vec<&'a str> {
    parts_read(eval, def, parameter, ("attribute", "object"), |attribute| {
        Some(eval.text(attribute.field("attribute")?))
    })
}

/// Where a value bound to the worker's parameter `bound` enters its call, `steps` into it.
fn worker_entry(bound: WorkerParameter<'_>, steps: Vec<Step>) -> Entry {
    match bound {
        WorkerParameter::At(at) => Entry::Position(at, steps),
        WorkerParameter::Named(name) => Entry::Keyword(name.to_string(), steps),
    }
}

/// The string keys the function `def` subscripts its parameter `parameter` with
/// (`step["fn"]`), in source order, each once.
fn string_keys<'a>(eval: &Evaluator<'a>, def: Node<'a>, parameter: &str) -> Vec<&'a str> {
    parts_read(eval, def, parameter, ("subscript", "value"), |subscript| {
        let key = subscript
            .field("subscript")
            .filter(|k| k.kind_name() == "string")?;
        Some(super::values::string_content(eval.text(key))).filter(|k| !k.is_empty())
    })
}

/// What `part` names in each `kind` node of the function `def`'s body whose `field` is its
/// parameter `parameter` (`task.fn`, `step["fn"]`), in source order, each once.
fn parts_read<'a>(
    eval: &Evaluator<'a>,
    def: Node<'a>,
    parameter: &str,
    (kind, field): (&str, &str),
    part: impl Fn(Node<'a>) -> Option<&'a str>,
) -> Vec<&'a str> {
    let Some(body) = def.field("body") else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.kind_name() == kind
            && node
                .field(field)
                .is_some_and(|o| o.kind_name() == "identifier" && eval.text(o) == parameter)
            && let Some(name) = part(node)
            && !names.contains(&name)
        {
            names.push(name);
        }
        let mut cursor = node.walk();
        let mut children: Vec<Node<'a>> = node.named_children(&mut cursor).collect();
        children.reverse();
        stack.extend(children);
    }
    names
}

/// How many parts the worker `def` takes each item apart into: the names of an unpacking
/// of its first parameter (`fn, arg = task`), or for `starmap` its positional parameters;
/// `None` when it does neither, or a `*` part makes the count unknown.
fn task_width(eval: &Evaluator<'_>, def: Node<'_>, star: bool) -> Option<usize> {
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let all: Vec<Node<'_>> = parameters
        .named_children(&mut cursor)
        .filter(|p| p.kind_name() != "comment")
        .collect();
    if star {
        let plain = all
            .iter()
            .all(|p| matches!(p.kind_name(), "identifier" | "typed_parameter"));
        return plain.then_some(all.len());
    }
    let first = eval.text(parameter_name(*all.first()?)?);
    let body = def.field("body")?;
    let mut cursor = body.walk();
    let statements: Vec<Node<'_>> = body.named_children(&mut cursor).collect();
    statements.iter().find_map(|statement| {
        let assignment = statement.named_child(0).filter(|a| {
            statement.kind_name() == "expression_statement" && a.kind_name() == "assignment"
        })?;
        let right = assignment.field("right")?;
        if right.kind_name() != "identifier" || eval.text(right) != first {
            return None;
        }
        let left = assignment.field("left")?;
        if !matches!(
            left.kind_name(),
            "pattern_list" | "tuple_pattern" | "list_pattern"
        ) {
            return None;
        }
        let mut cursor = left.walk();
        let names: Vec<Node<'_>> = left.named_children(&mut cursor).collect();
        names
            .iter()
            .all(|n| n.kind_name() == "identifier")
            .then_some(names.len())
    })
}

/// Whether the site hands over a callable the instance keeps (`self.fn`, which `__init__` or
/// a dataclass's constructor set): it was given when the instance was made, and the work
/// runs later, so a captured value bound at the constructor's call may be stale by then.
fn kept_on_instance(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    let node = unparenthesize(node);
    match node.kind_name() {
        "attribute" => true,
        "call" => node
            .field("arguments")
            .and_then(|a| argument(a, eval.source, Some(0), Some("func")))
            .is_some_and(|wrapped| {
                eval.eval(node.field("function").unwrap_or(node), scope) == Value::Partial
                    && kept_on_instance(eval, wrapped, scope)
            }),
        "identifier" => match eval.model.bindings_of(scope, eval.text(node)) {
            [only] => eval.model.binding(*only).value.is_some_and(|value| {
                eval.root
                    .descendant_for_byte_range(value.start, value.end)
                    .is_some_and(|v| unparenthesize(v).kind_name() == "attribute")
            }),
            _ => false,
        },
        _ => false,
    }
}

/// The wrappers whose parameter the site pickles inside a container its worker receives
/// (`wrapper_containers`): `pool.map(_apply, [(fn, x) for x in xs])`,
/// `pool.starmap(_call, zip(repeat(fn), xs))`. Bound with `functools.partial`.
fn through_containers(eval: &Evaluator<'_>, site: &Site<'_>, line: usize) -> Vec<Wrapper> {
    let (worker, shift) = match module_function(eval, site.callable, site.scope)
        .or_else(|| chosen_module_function(eval, site.callable, site.scope))
    {
        Some(def) => (Some(def), Some(0)),
        None => match partial_of_module_function(eval, site.callable, site.scope) {
            Some((target, _)) => (Some(target), partial_shift(site.callable)),
            None => (None, None),
        },
    };
    // A worker of another file of the run (`pool.starmap(apply_chunk, [(func, c) for c in
    // chunks])` with `apply_chunk` imported), whose file said what it does with each
    // parameter: only the elements it calls count.
    let imported = match worker {
        Some(_) => None,
        None => worker_slots(eval, site.callable),
    };
    let (place, elements) = match imported {
        Some(_) => packed_in(eval, site),
        None => packed_elements(eval, site, worker),
    };
    let place = match place {
        PackedIn::Items => "in its items",
        PackedIn::Arguments => "in its arguments",
    };
    let mut wrappers = Vec::new();
    for (element, scope, reach) in elements {
        let called = match imported {
            Some((slots, file)) => match called_slot(slots, &reach) {
                Some(slot) => Some((slot, file)),
                None => continue,
            },
            None => None,
        };
        let Some((function, name)) = reaching_parameter(eval, element, scope, 0) else {
            continue;
        };
        if let Some(mut wrapper) = wrapper_of(eval, function, Some(name)) {
            wrapper.via = (format!("{} {place}", site.row.name_label()), line);
            wrapper.pickled_under_fork = site.row.pickled_under_fork;
            wrapper.forks_when_called = forks_within(eval, site, function);
            wrapper.conditions = conditions_at(eval, site.call, function, wrapper.skip);
            if let Some(def) = worker {
                let reach = shift.map_or(Entry::Unknown, |by| reach.shifted(by));
                note_worker(&mut wrapper, worker_use(eval, def, &reach));
            }
            if let Some((slot, file)) = called {
                note_imported_worker(&mut wrapper, slot, leak(file));
            }
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// The slot of a worker of another file that `reach` enters, followed into its elements
/// as the steps go, when the worker calls the value there.
fn called_slot<'s>(slots: &'s [WorkerSlot], reach: &Entry) -> Option<&'s WorkerSlot> {
    let (mut slot, steps) = match reach {
        Entry::Position(at, steps) => (slots.iter().find(|s| s.position == Some(*at))?, steps),
        Entry::Keyword(name, steps) => (slots.iter().find(|s| s.keyword == *name)?, steps),
        Entry::Unknown => return None,
    };
    for step in steps {
        slot = slot.inner(step)?;
    }
    slot.called.then_some(slot)
}

/// How many positional arguments `functools.partial(worker, ...)` binds before the call's
/// own; `None` after a splat, which binds an unknown number.
fn partial_shift(callable: Node<'_>) -> Option<usize> {
    let arguments = unparenthesize(callable).field("arguments")?;
    let mut cursor = arguments.walk();
    let given: Vec<Node<'_>> = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() != "comment")
        .collect();
    if given.iter().any(|a| a.kind_name() == "list_splat") {
        return None;
    }
    let positional = given
        .iter()
        .filter(|a| !matches!(a.kind_name(), "keyword_argument" | "dictionary_splat"));
    Some(positional.count().saturating_sub(1))
}

/// The wrappers whose parameter is a collection of callables the site hands over one by one
/// (`wrapper_containers::looped_collection`) or splats into the `functools.partial` it hands
/// over (`partial(func, **kwargs)`), and those whose parameter is written in a literal
/// collection at a slot of another such wrapper (`run_each([fn, check], x)`, tsfresh's
/// `self.distribute(_reduce, chunks, {"map_function": map_function})`). Bound with
/// `functools.partial`, element by element.
fn through_collections(eval: &Evaluator<'_>, site: &Site<'_>, line: usize) -> Vec<Wrapper> {
    // Each node, and for a collection whose elements are handed over, which part of each.
    let mut found: Vec<(Node<'_>, ScopeId, Option<Element>)> = Vec::new();
    let splatted = splatted_into_callable(eval, site.callable, site.scope);
    let collections = looped_parts(eval, site.callable, site.scope)
        .into_iter()
        .chain(indexed_part(eval, site.callable, site.scope))
        .chain(splatted.map(|collection| (collection, Element::Value)));
    found.extend(collections.map(|(collection, element)| (collection, site.scope, Some(element))));
    if site.row.elements {
        let elements = collection_elements(eval, site.callable, site.scope, true, site.row.element);
        found.extend(elements.into_iter().map(|e| (e, site.scope, None)));
    }
    let mut appended = appended_to_attribute(eval, site.callable, site.scope);
    let (mut stored, mut registry_read) = stored_in_registry(eval, site.callable, site.scope);
    if stored.is_empty() {
        (stored, registry_read) = appended_to_module_list(eval, site.callable, site.scope);
    }
    if stored.is_empty() {
        stored = stored_in_attribute(eval, site.callable, site.scope);
    }
    if stored.is_empty() {
        stored = set_on_instance(eval, site.callable, site.scope);
    }
    let stored_ids: Vec<usize> = stored.iter().map(|n| n.id()).collect();
    appended.extend(stored);
    let deferred = !appended.is_empty();
    found.extend(
        appended
            .into_iter()
            .map(|e| (e, eval.model.scope_at(e.start_byte()), None)),
    );
    let mut wrappers = Vec::new();
    for (node, scope, element) in found {
        let Some((function, name)) = reaching_parameter(eval, node, scope, 0) else {
            continue;
        };
        let wrapper = match element {
            Some(element) => element_wrapper(eval, function, name, element, node),
            None => wrapper_of(eval, function, Some(name)),
        };
        if let Some(mut wrapper) = wrapper {
            wrapper.via = (site.row.name_label(), line);
            wrapper.pickled_under_fork = site.row.pickled_under_fork;
            wrapper.forks_when_called = forks_within(eval, site, function);
            wrapper.interpreters = site.interpreters;
            wrapper.conditions = conditions_at(eval, site.call, function, wrapper.skip);
            wrapper.deferred = deferred;
            // Each element is the site's callable itself (`Process(target=t)` for `t` in
            // the collection): called with the arguments the site passes.
            if element.is_some() && unparenthesize(site.callable).kind_name() == "identifier" {
                wrapper.positionals = positionals(eval, site);
            }
            // A registry read elsewhere in the file may look at what it holds.
            if let Some(read) = registry_read.filter(|_| stored_ids.contains(&node.id()))
                && wrapper.inspected.is_none()
            {
                // The call or comprehension it is read in (`describe(_JOBS)`, `_JOBS.items()`,
                // `[fn.__name__ for fn in _TASKS]`), or the read.
                let mut shown = read;
                while let Some(up) = shown.parent().filter(|p| {
                    matches!(
                        p.kind_name(),
                        "attribute"
                            | "argument_list"
                            | "call"
                            | "for_in_clause"
                            | "list_comprehension"
                            | "set_comprehension"
                            | "generator_expression"
                            | "dictionary_comprehension"
                    )
                }) {
                    shown = up;
                }
                wrapper.inspected =
                    Some((eval.one_line(shown), read.start_position().row + 1, None));
            }
            seen_in_collection(eval, site, splatted.is_some(), &mut wrapper);
            match worker_passed(eval, site) {
                Some(def) => {
                    note_worker(&mut wrapper, worker_use(eval, def, &Entry::Unknown));
                    inherit_worker(&mut wrapper, site.row, false);
                }
                None => inherit_worker(&mut wrapper, site.row, true),
            }
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// The wrapper `function` is for its collection parameter `name`, whose parts `element`
/// says are handed over one by one in a loop over `walked` (the collection as the loop reads
/// it); for its `*args`, each positional argument from where it starts (`variadic_wrapper`).
fn element_wrapper(
    eval: &Evaluator<'_>,
    function: ScopeId,
    name: &str,
    element: Element,
    walked: Node<'_>,
) -> Option<Wrapper> {
    match wrapper_of(eval, function, Some(name)) {
        // `def run_all(*checks)`: a read of `checks` elsewhere (`[c.__name__ for c in
        // checks]`) looks at the callables as well.
        None if element == Element::Whole => {
            variadic_wrapper(eval, function, name).map(|mut wrapper| {
                wrapper.inspected = elements_inspected(eval, function, name, walked);
                wrapper
            })
        }
        wrapper => wrapper.map(|mut wrapper| {
            wrapper.elements = true;
            wrapper.element = element;
            wrapper.inspected = elements_inspected(eval, function, name, walked);
            wrapper
        }),
    }
}

/// A parameter a value handed to a worker carries: its function and name, and for a loop
/// variable over it, which part of each element and the collection as the loop reads it.
type Carried<'a> = (ScopeId, &'a str, Option<Looped<'a>>);

/// A loop variable over a collection parameter, handed to a worker (`reaching_worker_value`).
#[derive(Clone, Copy)]
struct Looped<'a> {
    /// Which part of each element the variable is.
    element: Element,
    /// The collection as the loop reads it.
    walked: Node<'a>,
    /// The variable where it is handed over.
    variable: Node<'a>,
}

/// The parameter a value handed to a worker carries: the value itself followed back
/// (`reaching_parameter`), or the loop variable over a collection parameter (`for c in
/// checks: Process(target=_probe, args=(c, out))`, `for i, c in enumerate(checks)`), with
/// which part of each element it is and the collection as the loop reads it.
fn reaching_worker_value<'a>(
    eval: &Evaluator<'a>,
    value: Node<'a>,
    scope: ScopeId,
) -> Option<Carried<'a>> {
    if let Some((function, name)) = reaching_parameter(eval, value, scope, 0) {
        return Some((function, name, None));
    }
    if unparenthesize(value).kind_name() != "identifier" {
        return None;
    }
    let variable = unparenthesize(value);
    let (walked, element) = looped_parts(eval, variable, scope)?;
    let (function, name) = reaching_parameter(eval, walked, scope, 0)?;
    let looped = Looped {
        element,
        walked,
        variable,
    };
    Some((function, name, Some(looped)))
}

/// Where the function of scope `function` may look at the callables of its collection
/// parameter `name` other than by handing them over in the loop over `walked` (the collection
/// as that loop reads it): any other read of the collection but `len(name)` and a test of it
/// (`names = [fn.__name__ for fn in funcs]`, `jobs["main"].__name__`, `log(jobs)`), taken
/// whole, since what it does with the elements is not followed; else a look at the parameter
/// itself (`inspection`). The loop's own walk (`jobs.items()`) is none, nor is a loop that
/// only counts them (`for _ in funcs`).
fn elements_inspected(
    eval: &Evaluator<'_>,
    function: ScopeId,
    name: &str,
    walked: Node<'_>,
) -> Option<(String, usize, Option<&'static str>)> {
    let body = eval.scope_node(function)?.field("body")?;
    let mut stack = vec![body];
    let mut first: Option<Node<'_>> = None;
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() != "identifier" || eval.text(node) != name || node.id() == walked.id() {
            continue;
        }
        let parent = node.parent();
        let harmless = parent.is_some_and(|p| match p.kind_name() {
            "argument_list" => {
                p.named_child_count() == 1
                    && p.parent()
                        .and_then(|call| call.field("function"))
                        .is_some_and(|f| eval.text(f) == "len")
            }
            "if_statement" | "while_statement" | "not_operator" | "boolean_operator" => true,
            // A loop that counts the elements (`for _ in checks`): its variable is read
            // nowhere in the loop (or comprehension) but where the loop binds it.
            "for_statement" | "for_in_clause" => {
                let looped = match p.kind_name() {
                    "for_in_clause" => p.parent().unwrap_or(p),
                    _ => p,
                };
                p.field("right") == Some(node)
                    && p.field("left").is_some_and(|target| {
                        target.kind_name() == "identifier"
                            && reads(eval, looped, eval.text(target)) == 1
                    })
            }
            _ => false,
        });
        let binding = parent.is_some_and(|p| {
            matches!(
                p.kind_name(),
                "parameters"
                    | "typed_parameter"
                    | "default_parameter"
                    | "typed_default_parameter"
                    | "list_splat_pattern"
            )
        });
        if !harmless && !binding && first.is_none_or(|f| node.start_byte() < f.start_byte()) {
            first = Some(node);
        }
    }
    match first {
        Some(read) => {
            let shown = shown_read(eval, read);
            Some((eval.one_line(shown), shown.start_position().row + 1, None))
        }
        None => inspected(eval, body, function, name)
            .filter(|(what, _)| !what.starts_with(&format!("{name}.")))
            .map(|(what, line)| (what, line, None)),
    }
}

/// The wrapper `function` is for its `*args` parameter `name`, each element of which a site
/// hands over (`def run_all(*fns)` with `[ex.submit(fn) for fn in fns]`): each positional
/// argument of its calls from where `*args` starts takes a callable (`ApiRow::variadic`).
fn variadic_wrapper(eval: &Evaluator<'_>, function: ScopeId, name: &str) -> Option<Wrapper> {
    let def = eval.scope_node(function)?;
    if splat_parameters(eval, def).0 != Some(name) {
        return None;
    }
    let mut wrapper = wrapper_of(eval, function, None)?;
    let before = before_star(def).checked_sub(wrapper.skip)?;
    wrapper.position = Some(before);
    wrapper.order = before + wrapper.skip;
    wrapper.variadic = true;
    Some(wrapper)
}

/// What a collection route's code does with each element: the site's loop variable
/// (`for fn in funcs:`, `for fn, args in self.tasks:`) inspected where it is handed over,
/// and, for a `functools.partial(worker, **kwargs)` the elements are splatted into, what
/// the worker does with any value it calls (its parameter is not known here), or that its
/// code cannot be read.
fn seen_in_collection(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    splatted: bool,
    wrapper: &mut Wrapper,
) {
    if wrapper.inspected.is_none() {
        wrapper.inspected = loop_variable_inspected(eval, site).map(|(w, l)| (w, l, None));
    }
    let read = variable_names_read(eval, site.callable, site.scope)
        .map(|(what, line, qualified)| (what, line, None, qualified));
    wrapper.names_read = first_name_read(wrapper.names_read.take(), read);
    if !splatted {
        return;
    }
    let call = unparenthesize(site.callable);
    let target = call
        .field("arguments")
        .and_then(|a| argument(a, eval.source, Some(0), Some("func")));
    match target.and_then(|t| module_function(eval, t, site.scope)) {
        Some(def) => note_worker(wrapper, worker_use(eval, def, &Entry::Unknown)),
        None if wrapper.inspected.is_none() => {
            wrapper.inspected = Some((eval.one_line(call), call.start_position().row + 1, None));
            wrapper.unread = true;
            wrapper.worker_slot = target
                .and_then(|t| reaching_parameter(eval, t, site.scope, 0))
                .and_then(|(function, name)| wrapper_of(eval, function, Some(name)))
                .map(|taking| (taking.position, taking.keyword));
        }
        None => {}
    }
}

/// The worker a call of a wrapper passes at the slot its row says takes the worker whose
/// code the wrapper cannot read (`Inspection::worker_slot`), when it is a module-level
/// function of this file: `self.distribute(_reduce_chunk, chunks, map_kwargs)`.
fn worker_passed<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> Option<Node<'a>> {
    let slot = site.row.inspected.filter(|i| i.unread)?.worker_slot?;
    let worker = argument(site.arguments, eval.source, slot.position, slot.keyword)?;
    module_function(eval, worker, site.scope)
}

/// The first place the site's callable, a loop variable of the function that hands it over,
/// is inspected there (`print(fn.__name__)` before `ex.submit(fn, ...)`).
fn loop_variable_inspected(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<(String, usize)> {
    variable_inspected(eval, site.callable, site.scope)
}

/// The first read of the variable `variable` (read in `scope`) in the function or
/// comprehension that binds it other than `handed` and where it is bound, as the statement or
/// expression around it shows it.
fn other_read(
    eval: &Evaluator<'_>,
    variable: Node<'_>,
    handed: Node<'_>,
    scope: ScopeId,
) -> Option<(String, usize)> {
    let text = eval.text(unparenthesize(variable));
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    let node = eval.scope_node(owner)?;
    let body = node.field("body").unwrap_or(node);
    let handed = unparenthesize(handed);
    let mut stack = vec![body];
    let mut first: Option<Node<'_>> = None;
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        let bound = node.parent().is_some_and(|p| {
            matches!(p.kind_name(), "for_statement" | "for_in_clause")
                && p.field("left") == Some(node)
        });
        if node.kind_name() == "identifier"
            && eval.text(node) == text
            && node.id() != handed.id()
            && !bound
            && first.is_none_or(|f| node.start_byte() < f.start_byte())
        {
            first = Some(node);
        }
    }
    let shown = shown_read(eval, first?);
    Some((eval.one_line(shown), shown.start_position().row + 1))
}

/// What a message shows of `read`, a read of a collection a wrapper hands over elements of:
/// the expression around it; for the iterable of a loop or comprehension, the first use of
/// the loop's variable in it, with the whole attribute or subscript chain it starts
/// (`t.fn.__name__` for `[t.fn.__name__ for t in tasks]`), which is what looks at each
/// element.
fn shown_read<'a>(eval: &Evaluator<'a>, read: Node<'a>) -> Node<'a> {
    let shown = read
        .parent()
        .filter(|p| p.kind_name() != "block")
        .unwrap_or(read);
    element_read(eval, shown, read).unwrap_or(shown)
}

/// The use of the element in the loop `looped` over `read` that `shown_read` shows.
fn element_read<'a>(eval: &Evaluator<'a>, looped: Node<'a>, read: Node<'a>) -> Option<Node<'a>> {
    if !matches!(looped.kind_name(), "for_statement" | "for_in_clause")
        || looped.field("right") != Some(read)
    {
        return None;
    }
    let variable = looped
        .field("left")
        .filter(|left| left.kind_name() == "identifier")?;
    let within = match looped.kind_name() {
        "for_statement" => looped.field("body")?,
        _ => looped.parent()?,
    };
    let mut stack = vec![within];
    let mut first: Option<Node<'a>> = None;
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() == "identifier"
            && node.id() != variable.id()
            && eval.text(node) == eval.text(variable)
            && first.is_none_or(|f| node.start_byte() < f.start_byte())
        {
            first = Some(node);
        }
    }
    let mut shown = first?;
    while let Some(parent) = shown.parent().filter(|p| {
        let object = if p.kind_name() == "attribute" {
            "object"
        } else {
            "value"
        };
        matches!(p.kind_name(), "attribute" | "subscript") && p.field(object) == Some(shown)
    }) {
        shown = parent;
    }
    Some(shown)
}

/// Where the variable `name` (read in `scope`) has its callable's name read in the function or
/// comprehension that binds it (`inspection::names_read`).
fn variable_names_read(
    eval: &Evaluator<'_>,
    name: Node<'_>,
    scope: ScopeId,
) -> Option<(String, usize, bool)> {
    let text = eval.text(unparenthesize(name));
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    let node = eval.scope_node(owner)?;
    let body = node.field("body").unwrap_or(node);
    names_read(eval, body, owner, text)
}

/// The first place the variable `name` (read in `scope`) is inspected in the function or
/// comprehension that binds it (`inspection::inspected`).
fn variable_inspected(
    eval: &Evaluator<'_>,
    name: Node<'_>,
    scope: ScopeId,
) -> Option<(String, usize)> {
    let name = unparenthesize(name);
    let text = (name.kind_name() == "identifier").then(|| eval.text(name))?;
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    let node = eval.scope_node(owner)?;
    let body = node.field("body").unwrap_or(node);
    inspected(eval, body, owner, text)
}

/// The wrappers whose parameter a nested function or lambda handed over calls from its
/// closure: lifting it makes `pool.map(partial(timed, fn=fn), xs)`, so the parameter is
/// pickled with each task as an argument a worker calls would be.
///
/// ```text
/// def pmap(fn, xs):                  # `fn` reaches `Pool.map` inside `timed`
///     def timed(x):
///         return fn(x), time.time()
///     with Pool() as pool:
///         return pool.map(timed, xs)
/// ```
fn closed_over(eval: &Evaluator<'_>, site: &Site<'_>, line: usize) -> Vec<Wrapper> {
    let Some((nested, node)) = nested_callable(eval, site.callable, site.scope) else {
        return Vec::new();
    };
    let label = match node.kind_name() {
        "lambda" => "a lambda".to_string(),
        _ => format!("`{}`", eval.text(node.field("name").unwrap_or(node))),
    };
    let mut wrappers = Vec::new();
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        let Some(called) = node
            .field("function")
            .filter(|f| node.kind_name() == "call" && f.kind_name() == "identifier")
        else {
            continue;
        };
        let scope = eval.model.scope_at(called.start_byte());
        let Some((function, name)) = parameter_named(eval, called, scope, 0) else {
            continue;
        };
        if function == nested || !eval.model.is_within(nested, function) {
            continue;
        }
        if let Some(mut wrapper) = wrapper_of(eval, function, Some(name)) {
            wrapper.via = (format!("{label} through {}", site.row.name_label()), line);
            wrapper.pickled_under_fork = site.row.pickled_under_fork;
            wrapper.forks_when_called = forks_within(eval, site, function);
            wrapper.interpreters = site.interpreters;
            wrapper.conditions = conditions_at(eval, site.call, function, wrapper.skip);
            // The nested function calls it with arguments of its own.
            let mut keywords = Vec::new();
            keywords_of(eval, node, &mut keywords);
            let used = WorkerUse {
                keywords,
                ..WorkerUse::default()
            };
            note_worker(&mut wrapper, used);
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// The scope and node of the lambda `node` is, or of the undecorated nested function it names.
fn nested_callable<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(ScopeId, Node<'a>)> {
    let node = unparenthesize(node);
    let def = match node.kind_name() {
        "lambda" => node,
        "identifier" => {
            let Resolution::Scope(found) = eval.model.resolve(scope, eval.text(node)) else {
                return None;
            };
            let [only] = eval.model.bindings_of(found, eval.text(node)) else {
                return None;
            };
            let binding = eval.model.binding(*only);
            if binding.kind != BindingKind::FunctionDef || found == SemanticModel::MODULE {
                return None;
            }
            eval.statement_node(binding.statement)
                .filter(|def| def.kind_name() == "function_definition")?
        }
        _ => return None,
    };
    let nested = eval.model.scope_created_by(TextRange::of(def))?;
    Some((nested, def))
}

/// The function and parameter `node` is, followed back through aliases (`f = fn`),
/// `functools.partial(fn, ...)` and a choice between it and a default (`fn or _identity`).
fn reaching_parameter<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
    depth: usize,
) -> Option<(ScopeId, &'a str)> {
    let node = unparenthesize(node);
    if depth > MAX_ALIASES {
        return None;
    }
    match node.kind_name() {
        "identifier" => parameter_named(eval, node, scope, depth),
        // `self.fn`, which `__init__` sets from its parameter `fn`: the class's constructor
        // takes the callable. For a dataclass's field, the "function" is the class, whose
        // generated `__init__` takes it (`values::dataclasses`).
        "attribute" => {
            let object = node.field("object")?;
            let (object, attr) = (eval.text(object), eval.text(node.field("attribute")?));
            (node.field("object")?.kind_name() == "identifier").then(|| {
                eval.stored_parameter(object, attr, scope)
                    .or_else(|| eval.dataclass_field(object, attr, scope))
                    .or_else(|| wrapped_in_init(eval, node, scope, depth))
            })?
        }
        "call" => {
            let function = node.field("function")?;
            let arguments = node.field("arguments")?;
            if eval.eval(function, scope) != Value::Partial {
                // An instance of this file's class that keeps the argument (`_Call(fn)`,
                // whose `__call__` calls `self.fn`): pickled with its attributes, it carries
                // the caller's callable to the worker.
                let mut cursor = arguments.walk();
                let kept = arguments
                    .named_children(&mut cursor)
                    .filter_map(|a| match a.kind_name() {
                        "keyword_argument" => a.field("value"),
                        _ => Some(a),
                    })
                    .filter(|a| a.kind_name() == "identifier")
                    .find(|a| kept_by_instance(eval, node, scope, eval.text(*a)))?;
                return reaching_parameter(eval, kept, scope, depth + 1);
            }
            let wrapped = argument(arguments, eval.source, Some(0), Some("func"))?;
            reaching_parameter(eval, wrapped, scope, depth + 1)
        }
        // `fn or _identity`, `fn if fast else _square`, `_square if slow else fn`, `debug
        // and fn`: where the value may be the parameter, the caller's callable reaches the
        // slot, whatever the other side is (it is handed over too, and judged on its own).
        // `_square or fn` never gives the parameter: a function is true.
        "boolean_operator" => {
            let operator = node.field("operator")?;
            let side = match eval.text(operator) {
                "or" => node.field("left")?,
                _ => node.field("right")?,
            };
            reaching_parameter(eval, side, scope, depth + 1)
        }
        "conditional_expression" => [node.named_child(0)?, node.named_child(2)?]
            .into_iter()
            .find_map(|branch| reaching_parameter(eval, branch, scope, depth + 1)),
        // `args[0]` of the function's `*args`: the caller's argument at that place past the
        // named ones (`def spawn(*args): Process(target=args[0], args=args[1:])`).
        "subscript" => {
            let value = node.field("value")?;
            let index = node.field("subscript")?;
            if value.kind_name() != "identifier" || index.kind_name() != "integer" {
                return None;
            }
            let at: usize = eval.text(index).parse().ok()?;
            let (function, star) = parameter_named(eval, value, scope, depth + 1)?;
            Some((function, star_element(star, at)))
        }
        _ => None,
    }
}

/// The name by which `parameter_slot` knows the element `at` of the `*args` parameter
/// `star` (`args[0]`), one `'static` string for each, as a parameter's name is borrowed from
/// the source.
fn star_element(star: &str, at: usize) -> &'static str {
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let name = format!("{star}[{at}]");
    let mut names = NAMES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = names.iter().find(|known| **known == name) {
        return known;
    }
    let leaked = leak(&name);
    names.push(leaked);
    leaked
}

/// The parameter a name unpacked from a tuple reaches: the element of a `*args` parameter
/// (`fn, *rest = args`), as `star_element` names it, by the name's place among the targets
/// before any starred one; or the value at its place of a tuple of as many values (`fn, rest
/// = args[0], args[1:]`).
fn unpacked_star_element<'a>(
    eval: &Evaluator<'a>,
    binding: &crate::core::semantic::Binding,
    depth: usize,
) -> Option<(ScopeId, &'a str)> {
    let mut statement = eval.statement_node(binding.statement)?;
    if statement.kind_name() == "expression_statement" {
        statement = statement.named_child(0)?;
    }
    let (targets, value) = (statement.field("left")?, statement.field("right")?);
    if statement.kind_name() != "assignment"
        || !matches!(
            targets.kind_name(),
            "pattern_list" | "tuple_pattern" | "list_pattern"
        )
    {
        return None;
    }
    let mut cursor = targets.walk();
    let targets: Vec<Node<'a>> = targets.named_children(&mut cursor).collect();
    let mut at = None;
    for (i, target) in targets.iter().enumerate() {
        match target.kind_name() {
            "identifier" if TextRange::of(*target) == binding.range => {
                at = Some(i);
                break;
            }
            "identifier" => {}
            _ => return None,
        }
    }
    let at = at?;
    // `fn, rest = args[0], args[1:]`: the value at the same place.
    if matches!(value.kind_name(), "expression_list" | "tuple") {
        let mut cursor = value.walk();
        let values: Vec<Node<'a>> = value.named_children(&mut cursor).collect();
        let plain = |nodes: &[Node<'a>]| {
            (nodes.iter()).all(|n| !matches!(n.kind_name(), "list_splat" | "list_splat_pattern"))
        };
        if values.len() != targets.len() || !plain(&values) || !plain(&targets) {
            return None;
        }
        return reaching_parameter(eval, values[at], binding.written_in, depth + 1);
    }
    if value.kind_name() != "identifier" {
        return None;
    }
    let (function, star) = parameter_named(eval, value, binding.written_in, depth + 1)?;
    if star.contains('[') {
        return None;
    }
    Some((function, star_element(star, at)))
}

/// The parameter of `__init__` that `self.<attr>` (`node`, read in `scope`) carries when the
/// constructor sets the attribute, its one assignment in the class, to a call that keeps the
/// parameter (emcee's `self.log_prob_fn = _FunctionWrapper(log_prob_fn, args)`, or a
/// `functools.partial` of it): pickling the attribute pickles the caller's callable.
fn wrapped_in_init<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
    depth: usize,
) -> Option<(ScopeId, &'a str)> {
    let (assignment, method) = eval.only_self_assignment(node, scope)?;
    let class = eval.model.scope(method).parent?;
    let right = unparenthesize(assignment.field("right")?);
    if eval.init_of(class) != Some(method) || right.kind_name() != "call" {
        return None;
    }
    reaching_parameter(eval, right, method, depth + 1).filter(|(function, _)| *function == method)
}

/// The parameter the name `node` is, directly or through the one assignment that binds it,
/// or a parameter whose other bindings all pickle whatever the caller passed (`rebinds`).
fn parameter_named<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
    depth: usize,
) -> Option<(ScopeId, &'a str)> {
    let name = eval.text(node);
    let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
        return None;
    };
    let bindings = eval.model.bindings_of(found, name);
    let is_parameter = |id: &&_| eval.model.binding(**id).kind == BindingKind::Parameter;
    let only = match bindings {
        [only] => only,
        [..] if bindings.iter().any(|id| is_parameter(&id)) => {
            let others = bindings.iter().filter(|id| !is_parameter(id));
            let safe = others.clone().all(|id| rebinds(eval, *id, name, depth));
            return safe.then_some((found, name));
        }
        [..] => return branch_reaching_parameter(eval, bindings, node, depth),
    };
    let binding = eval.model.binding(*only);
    match binding.kind {
        BindingKind::Parameter => Some((found, name)),
        BindingKind::Assignment => match binding.value {
            Some(value) => {
                let value = eval.node_at(value)?;
                reaching_parameter(eval, value, binding.written_in, depth + 1)
            }
            None => unpacked_star_element(eval, binding, depth),
        },
        _ => None,
    }
}

/// The parameter that one of `bindings`, the assignments of a local in the branches of an
/// `if` (`branch_values`), carries (`if hook is not None: init = partial(_bootstrap, hook)` /
/// `else: init = _reset`): on that branch's path the caller's callable reaches what reads the
/// local, whatever the other branches bind.
fn branch_reaching_parameter<'a>(
    eval: &Evaluator<'a>,
    bindings: &[BindingId],
    read: Node<'a>,
    depth: usize,
) -> Option<(ScopeId, &'a str)> {
    let mut found =
        branch_values(eval, bindings, read)?
            .into_iter()
            .filter_map(|(value, scope, after)| {
                let (function, name) = reaching_parameter(eval, value, scope, depth + 1)?;
                after
                    .is_none_or(|branches| tested_only_on(eval, value, branches, scope, name))
                    .then_some((function, name))
            });
    let first = found.next()?;
    found.all(|other| other == first).then_some(first)
}

/// The values of `bindings` with the scope each is written in, when they are assignments
/// each in another branch of one `if` statement, so that exactly one of them runs, and that
/// can reach `read`: the one of its branch for a read inside it, whose own tests are the
/// read's; for a read after the `if`, each, with the `if` statement, since it reaches the
/// read only on its branch's tests (`tested_only_on`).
fn branch_values<'a>(
    eval: &Evaluator<'a>,
    bindings: &[BindingId],
    read: Node<'a>,
) -> Option<Vec<BranchValue<'a>>> {
    let mut found: Vec<(Node<'a>, Node<'a>, ScopeId)> = Vec::new();
    for &id in bindings {
        let binding = eval.model.binding(id);
        // `init: Callable = partial(...)` too (a bare annotation binds nothing).
        if !matches!(
            binding.kind,
            BindingKind::Assignment | BindingKind::AnnotatedAssignment
        ) {
            return None;
        }
        let statement = eval.statement_node(binding.statement)?;
        if found
            .iter()
            .any(|(other, _, _)| !other_branches(statement, *other))
        {
            return None;
        }
        found.push((statement, eval.node_at(binding.value?)?, binding.written_in));
    }
    let [(first, ..), (second, ..), ..] = found.as_slice() else {
        return None;
    };
    let holds = |outer: Node<'_>, inner: Node<'_>| {
        outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
    };
    // The `if` whose branches bind it, and the innermost clause of it that holds the read.
    let branches =
        std::iter::successors(first.parent(), Node::parent).find(|n| holds(*n, *second))?;
    if read.start_byte() < branches.start_byte() {
        return None;
    }
    let inside = holds(branches, read);
    Some(
        found
            .into_iter()
            .filter(|(statement, ..)| {
                !inside
                    || (statement.end_byte() <= read.start_byte()
                        && !other_branches(*statement, read))
            })
            .map(|(_, value, scope)| (value, scope, (!inside).then_some(branches)))
            .collect(),
    )
}

/// A value `branch_values` finds, the scope it is written in, and the `if` statement whose
/// tests lead to it when the read follows that statement.
type BranchValue<'a> = (Node<'a>, ScopeId, Option<Node<'a>>);

/// Whether the tests that lead to the branch holding `value`, from the `if` statement
/// `branches` in, read no name but the `parameter` the value carries and builtins (`if hook
/// is not None:` before `init = partial(_bootstrap, hook)`, `elif callable(transform):`
/// before `task = transform`): the caller's callable then takes that branch whatever else
/// it passes. A test of anything else (`if fast: f = fn`, `if log_level is not None: init =
/// partial(_configure, log_level, hook)`) would make the hand-over depend on it, which the
/// wrapper's conditions do not say.
fn tested_only_on(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    branches: Node<'_>,
    scope: ScopeId,
    parameter: &str,
) -> bool {
    let mut tests = Vec::new();
    for statement in std::iter::successors(value.parent(), Node::parent) {
        if statement.kind_name() == "if_statement" {
            tests.extend(statement.field("condition"));
            let mut cursor = statement.walk();
            tests.extend(
                statement
                    .named_children(&mut cursor)
                    .filter(|clause| {
                        clause.kind_name() == "elif_clause"
                            && clause.start_byte() < value.start_byte()
                    })
                    .filter_map(|clause| clause.field("condition")),
            );
        }
        if statement.id() == branches.id() {
            break;
        }
    }
    let mut stack = tests;
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        let is_attribute_name = node
            .parent()
            .is_some_and(|p| p.kind_name() == "attribute" && p.field("attribute") == Some(node));
        if node.kind_name() != "identifier" || is_attribute_name {
            continue;
        }
        let name = eval.text(node);
        if name != parameter && eval.model.resolve(scope, name) != Resolution::Builtin {
            return false;
        }
    }
    true
}

/// The values the local name `node` (read in `scope`) is bound to in the branches of an
/// `if` of its own scope (`branch_values`); empty for anything else.
fn branch_bound<'a>(eval: &Evaluator<'a>, node: Node<'a>, scope: ScopeId) -> Vec<BranchValue<'a>> {
    let node = unparenthesize(node);
    if node.kind_name() != "identifier" {
        return Vec::new();
    }
    let name = eval.text(node);
    match eval.model.resolve(scope, name) {
        Resolution::Scope(found) if found == scope => {
            branch_values(eval, eval.model.bindings_of(found, name), node).unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

/// Whether the statements `a` and `b` are in different branches of an `if` statement: the
/// innermost statement holding both is an `if`, and each lies in another of its clauses.
pub(in crate::core::analysis) fn other_branches(a: Node<'_>, b: Node<'_>) -> bool {
    let holds = |outer: Node<'_>, inner: Node<'_>| {
        outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
    };
    let Some(common) = std::iter::successors(a.parent(), Node::parent).find(|n| holds(*n, b))
    else {
        return false;
    };
    if common.kind_name() != "if_statement" {
        return false;
    }
    // The condition, then the consequence, then each `elif` and `else` clause.
    let clauses = named_items(common);
    let branch = |statement: Node<'_>| {
        clauses
            .iter()
            .skip(1)
            .position(|clause| holds(*clause, statement))
    };
    matches!((branch(a), branch(b)), (Some(x), Some(y)) if x != y)
}

/// Whether the assignment `id` of the parameter `name` leaves a value that still carries
/// what the caller passed, or one that pickles by reference, so that the caller's callable
/// still reaches the slot when it is handed over (dask's `get`):
///
/// ```text
/// def load_all(paths, transform=None):
///     if transform is None:
///         transform = _identity                       # a module-level function
///     transform = transform or _identity              # the parameter, or one
///     transform = partial(_apply, transform)          # a partial whose worker calls it
///     transform = _Indexed(transform)                 # an instance that keeps it
/// ```
///
/// Anything else (`fn = make_wrapper(fn)`, a lambda, a loop target) may hand over something
/// the caller's callable never reaches; so does an assignment that drops the parameter
/// (`transform = _identity`) at the top of the body, which every call runs.
fn rebinds(eval: &Evaluator<'_>, id: BindingId, name: &str, depth: usize) -> bool {
    let binding = eval.model.binding(id);
    let value = binding.value.and_then(|value| eval.node_at(value));
    let Some(value) = value.filter(|_| binding.kind == BindingKind::Assignment) else {
        return false;
    };
    let always = eval
        .statement_node(binding.statement)
        .and_then(|statement| statement.parent())
        .and_then(|block| block.parent())
        .is_some_and(|owner| owner.kind_name() == "function_definition");
    (!always || reads(eval, value, name) > 0)
        && keeps_parameter(eval, value, binding.written_in, name, depth)
}

/// Whether `node` is `None`, the parameter `name` itself, a module-level function, a choice
/// among those (`name or f`, `f if c else name`), `functools.partial` of a module-level
/// function that calls the parameter it is given, or an instance of this file's class that
/// keeps it (`kept_by_instance`).
fn keeps_parameter(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
    name: &str,
    depth: usize,
) -> bool {
    let node = unparenthesize(node);
    if depth > MAX_ALIASES {
        return false;
    }
    let keeps = |child: Option<Node<'_>>| {
        child.is_some_and(|c| keeps_parameter(eval, c, scope, name, depth + 1))
    };
    match node.kind_name() {
        "none" => true,
        "identifier" => eval.text(node) == name || module_function(eval, node, scope).is_some(),
        "boolean_operator" => keeps(node.field("left")) && keeps(node.field("right")),
        "conditional_expression" => keeps(node.named_child(0)) && keeps(node.named_child(2)),
        // `func = partial(func, *args, **kwargs)`: the caller's callable, called with more.
        "call" if partial_of(eval, node, scope).is_some_and(|f| eval.text(f) == name) => true,
        "call" => {
            partial_of_module_function(eval, node, scope).is_some_and(|(target, bound)| {
                bound.into_iter().any(|(bound, value)| {
                    eval.text(unparenthesize(value)) == name && calls_parameter(eval, target, bound)
                })
            }) || kept_by_instance(eval, node, scope, name)
        }
        _ => false,
    }
}

/// The callable `functools.partial(<callable>, ...)` (`node`) wraps.
fn partial_of<'a>(eval: &Evaluator<'a>, node: Node<'a>, scope: ScopeId) -> Option<Node<'a>> {
    let function = node.field("function")?;
    if eval.eval(function, scope) != Value::Partial {
        return None;
    }
    argument(node.field("arguments")?, eval.source, Some(0), Some("func")).map(unparenthesize)
}

/// Names of the methods by which a class says how its instances pickle, which may leave an
/// attribute out.
const PICKLING_METHODS: [&str; 5] = [
    "__reduce__",
    "__reduce_ex__",
    "__getstate__",
    "__getnewargs__",
    "__getnewargs_ex__",
];

/// Whether the class `class`, or a class of the file it derives from, says how its instances
/// pickle (`PICKLING_METHODS`), which may leave any attribute out.
fn pickles_its_way(eval: &Evaluator<'_>, class: ScopeId, depth: usize) -> bool {
    in_file_classes(eval, class, depth)
        .into_iter()
        .any(|scope| {
            PICKLING_METHODS
                .iter()
                .any(|name| !eval.model.bindings_of(scope, name).is_empty())
        })
}

/// Whether what an instance of `class` pickles may leave out its attribute `attr`: a
/// `__reduce__` (or another pickling method but `__getstate__`) of the class or a class of
/// the file it derives from says anything; a `__getstate__` leaves out what it names as a
/// string (`state["on_exit"] = None`, `state.pop("on_exit")`), and, when it does not start
/// from the instance's `__dict__` (or `vars(self)`), whatever it does not read.
fn drops_attribute(eval: &Evaluator<'_>, class: ScopeId, attr: &str, depth: usize) -> bool {
    in_file_classes(eval, class, depth)
        .into_iter()
        .any(|scope| {
            PICKLING_METHODS.iter().any(|method| {
                let Some(&id) = eval.model.bindings_of(scope, method).first() else {
                    return false;
                };
                if *method != "__getstate__" {
                    return true;
                }
                let Some(def) = eval.statement_node(eval.model.binding(id).statement) else {
                    return true;
                };
                let text = eval.text(def);
                let named =
                    text.contains(&format!("\"{attr}\"")) || text.contains(&format!("'{attr}'"));
                let whole = text.contains("__dict__") || text.contains("vars(");
                named || (!whole && !text.contains(&format!(".{attr}")))
            })
        })
}

/// `class` and the module-level classes of the file it derives from, by the names its bases
/// spell, to `depth` 4.
fn in_file_classes(eval: &Evaluator<'_>, class: ScopeId, depth: usize) -> Vec<ScopeId> {
    let mut found = vec![class];
    if depth >= 4 {
        return found;
    }
    for base in in_file_bases(eval, class) {
        if base != class {
            found.extend(in_file_classes(eval, base, depth + 1));
        }
    }
    found
}

/// The module-level classes of the file, bound once, that the class statement of `class`
/// names as its bases (`class Fast(Runner)`), in order.
pub(super) fn in_file_bases(eval: &Evaluator<'_>, class: ScopeId) -> Vec<ScopeId> {
    let Some(bases) = eval
        .scope_node(class)
        .and_then(|node| node.field("superclasses"))
    else {
        return Vec::new();
    };
    let mut cursor = bases.walk();
    bases
        .named_children(&mut cursor)
        .filter(|base| base.kind_name() == "identifier")
        .filter_map(|base| {
            let [only] = eval
                .model
                .bindings_of(SemanticModel::MODULE, eval.text(base))
            else {
                return None;
            };
            let binding = eval.model.binding(*only);
            (binding.kind == BindingKind::ClassDef)
                .then(|| eval.model.scope_created_by(binding.statement))
                .flatten()
        })
        .collect()
}

/// Whether every base of the class statement `class` is `object` or a module-level class of
/// this file that says nothing of how it pickles, and whose bases are such too. A base of
/// another module (`class Task(ByValue)`) may define `__reduce__` and send its instances by
/// value (cloudpickle), which this file cannot see.
fn plain_bases(eval: &Evaluator<'_>, class: Node<'_>, depth: usize) -> bool {
    let Some(bases) = class.field("superclasses") else {
        return true;
    };
    let mut cursor = bases.walk();
    let bases: Vec<Node<'_>> = bases
        .named_children(&mut cursor)
        .filter(|base| base.kind_name() != "comment")
        .collect();
    depth < 4
        && bases.into_iter().all(|base| {
            if eval.is_standard_base(base) {
                return true;
            }
            if base.kind_name() != "identifier" {
                return false;
            }
            let name = eval.text(base);
            let [only] = eval.model.bindings_of(SemanticModel::MODULE, name) else {
                return false;
            };
            let binding = eval.model.binding(*only);
            let Some(node) = eval.statement_node(binding.statement).filter(|n| {
                binding.kind == BindingKind::ClassDef && n.kind_name() == "class_definition"
            }) else {
                return false;
            };
            node.field("body").is_some_and(|body| {
                let text = eval.text(body);
                !PICKLING_METHODS.iter().any(|method| text.contains(method))
            }) && node.id() != class.id()
                && plain_bases(eval, node, depth + 1)
        })
}

/// Whether `call` makes an instance of a plain module-level class of this file whose
/// `__init__` keeps the parameter `name`, passed on its own, in an attribute of the instance
/// (astropy's `function = _mapfunc(function)`, whose `__call__` calls `self._func`): the
/// instance is pickled with its attributes, so the caller's callable still travels to the
/// worker with it, and fails there as it would alone. Not a class that says how it pickles
/// (`__reduce__`, `__getstate__`, ...), nor one whose `__init__` is decorated or looks at what
/// it is given (`fn.__name__`).
fn kept_by_instance(eval: &Evaluator<'_>, call: Node<'_>, scope: ScopeId, name: &str) -> bool {
    let (Some(function), Some(arguments)) = (call.field("function"), call.field("arguments"))
    else {
        return false;
    };
    let class = module_statement(eval, function, scope, BindingKind::ClassDef)
        .and_then(|statement| eval.node_at(statement))
        .filter(|class| class.kind_name() == "class_definition");
    let Some(body) = class.and_then(|class| class.field("body")) else {
        return false;
    };
    let text = eval.text(body);
    if PICKLING_METHODS.iter().any(|method| text.contains(method))
        || !class.is_some_and(|class| plain_bases(eval, class, 0))
    {
        return false;
    }
    let mut cursor = body.walk();
    let init = body.named_children(&mut cursor).find(|def| {
        def.kind_name() == "function_definition"
            && def
                .field("name")
                .is_some_and(|n| eval.text(n) == "__init__")
    });
    let Some(init) = init else {
        return false;
    };
    let given = named_items(arguments);
    let passed_as = given.iter().enumerate().find_map(|(at, argument)| {
        if matches!(argument.kind_name(), "list_splat" | "dictionary_splat") {
            return None;
        }
        match argument.kind_name() {
            "keyword_argument" => argument
                .field("value")
                .filter(|value| eval.text(unparenthesize(*value)) == name)
                .and_then(|_| argument.field("name"))
                .map(|keyword| WorkerParameter::Named(eval.text(keyword))),
            _ => (eval.text(unparenthesize(*argument)) == name
                && given[..at].iter().all(|a| a.kind_name() != "list_splat"))
            .then_some(WorkerParameter::At(at + 1)),
        }
    });
    let Some(parameter) = passed_as.and_then(|bound| worker_parameter_name(eval, init, bound))
    else {
        return false;
    };
    let instance = worker_parameter_name(eval, init, WorkerParameter::At(0));
    let Some(init_body) = init.field("body") else {
        return false;
    };
    // `self.name = fn.__name__` beside `self.fn = fn` would see the partial a lift hands over.
    let init_scope = eval.model.scope_at(init_body.start_byte());
    if inspected(eval, init_body, init_scope, parameter).is_some() {
        return false;
    }
    let attribute = named_items(init_body).into_iter().find_map(|statement| {
        let assignment = statement.named_child(0).filter(|a| {
            statement.kind_name() == "expression_statement" && a.kind_name() == "assignment"
        })?;
        let left = assignment
            .field("left")
            .filter(|left| left.kind_name() == "attribute")?;
        let kept = left
            .field("object")
            .is_some_and(|object| Some(eval.text(object)) == instance);
        let value = assignment.field("right");
        (kept && value.is_some_and(|value| eval.text(value) == parameter))
            .then(|| left.field("attribute"))
            .flatten()
            .map(|attribute| eval.text(attribute))
    });
    attribute.is_some_and(|attribute| only_called_or_kept(text, attribute))
}

/// Whether every `.attribute` in the class body `text` is called (`self._func(arg)`) or
/// assigned (`self._func = func`): one read otherwise (`self._func.__name__`,
/// `inspect.signature(self._func)`) looks at what the callable is, and would see the
/// `functools.partial` a lift hands over instead (`inspection`).
fn only_called_or_kept(text: &str, attribute: &str) -> bool {
    let spelled = format!(".{attribute}");
    text.match_indices(&spelled).all(|(at, _)| {
        let rest = &text[at + spelled.len()..];
        let word_ends = !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_');
        let next = rest.trim_start_matches([' ', '\t']);
        !word_ends || next.starts_with('(') || (next.starts_with('=') && !next.starts_with("=="))
    })
}

/// `Pool(2, **options)` in a function that forwards its own `**options` there untouched: a
/// caller's `initializer=` reaches the pool, so the function takes the callable by that
/// keyword, bound with `functools.partial` whatever else the mapping carries:
///
/// ```text
/// def run_tagged(items, **options):      # `initializer=` (keyword only) -> Pool
///     with Pool(2, **options) as pool:
///         return pool.map(tag, items)
/// ```
///
/// Not when the function has a parameter of that name (the keyword binds it, not `options`),
/// or uses `options` other than as `**options` (it may `pop` the keyword or put its own).
fn forwarded(eval: &Evaluator<'_>, forwarding: &Forwarding<'_>) -> Option<Wrapper> {
    let keyword = forwarding.row.callable.keyword?;
    let name = eval.text(forwarding.mapping);
    let function = forwarding.scope;
    if eval.model.resolve(function, name) != Resolution::Scope(function) {
        return None;
    }
    let def = eval.scope_node(function)?;
    let (_, kwargs) = splat_parameters(eval, def);
    if kwargs != Some(name)
        || parameter_slot(eval, def, keyword, 0).is_some()
        || !only_forwarded(eval, def.field("body")?, name, Some(keyword))
    {
        return None;
    }
    let mut wrapper = wrapper_of(eval, function, None)?;
    wrapper.keyword = Some(keyword.to_string());
    if let Some(leading) = forwards_positionals(eval, def, forwarding.call, wrapper.skip) {
        wrapper.position =
            (forwarding.row.callable.position).and_then(|position| position.checked_sub(leading));
    }
    forwarded_through(eval, &mut wrapper, forwarding, function);
    // `Process(**kwargs)`: the caller's `args=` (and `kwargs=`) reach it as its callable does,
    // when the function keeps them as given too.
    if let Passing::Tuple { args, kwargs } = forwarding.row.passing {
        let body = def.field("body")?;
        let kept = |slot: Slot| {
            slot.keyword.is_some_and(|keyword| {
                parameter_slot(eval, def, keyword, 0).is_none()
                    && only_forwarded(eval, body, name, Some(keyword))
            })
        };
        if kept(args) && kwargs.is_none_or(kept) {
            let by_keyword = |slot: Slot| Slot {
                position: None,
                keyword: slot.keyword,
            };
            wrapper.passing = Passing::Tuple {
                args: by_keyword(args),
                kwargs: kwargs.map(by_keyword),
            };
        }
    }
    Some(wrapper)
}

/// `Pool(2, **self._options)` in a method of a class whose constructor keeps its own
/// `**options` untouched in that attribute: a caller's `initializer=` given to the
/// constructor reaches the pool when the method runs, so the constructor takes the callable
/// by that keyword and keeps it for a later hand-over (`ApiRow::deferred`).
///
/// ```text
/// class WorkerPool:
///     def __init__(self, size=2, **options):   # `initializer=` -> `Pool`, kept
///         self._options = options
///     def map(self, fn, items):
///         with Pool(self._size, **self._options) as pool: ...
/// ```
///
/// The attribute must be assigned once in the class, in `__init__`, from its `**options`,
/// which `__init__` uses nowhere else (`forwarded`'s conditions), and be read in the class
/// only as `**self._options`.
fn kept_forwarded(eval: &Evaluator<'_>, forwarding: &Forwarding<'_>) -> Option<Wrapper> {
    let keyword = forwarding.row.callable.keyword?;
    let object = forwarding.mapping.field("object")?;
    let attribute = eval.text(forwarding.mapping.field("attribute")?);
    let class = eval.method_class(eval.text(object), forwarding.scope)?;
    let class_node = eval.scope_node(class)?;
    // Every use of `<receiver>.<attribute>` in the class: the one assignment, and splats.
    let mut kept_from: Option<(Node<'_>, Node<'_>)> = None;
    for node in attributes_named(eval, class_node, attribute) {
        let parent = node.parent()?;
        match parent.kind_name() {
            "dictionary_splat" => {}
            "assignment" if parent.field("left") == Some(node) => {
                if kept_from.is_some() {
                    return None;
                }
                let right = parent
                    .field("right")
                    .filter(|r| r.kind_name() == "identifier")?;
                kept_from = Some((parent, right));
            }
            _ => return None,
        }
    }
    let (assignment, kept) = kept_from?;
    let init = eval.model.scope_at(assignment.start_byte());
    let def = eval.scope_node(init)?;
    let receiver = eval.first_parameter(init)?;
    let assigned_on = assignment.field("left").and_then(|l| l.field("object"))?;
    if eval.model.scope(init).name.as_deref() != Some("__init__")
        || eval.model.scope(init).parent != Some(class)
        || eval.text(assigned_on) != receiver
    {
        return None;
    }
    let name = eval.text(kept);
    let (_, kwargs) = splat_parameters(eval, def);
    let body = def.field("body")?;
    // `options` is read only where it is kept.
    let mut reads = 0;
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() == "identifier" && eval.text(node) == name {
            reads += 1;
        }
    }
    if kwargs != Some(name) || parameter_slot(eval, def, keyword, 0).is_some() || reads != 1 {
        return None;
    }
    let mut wrapper = wrapper_of(eval, init, None)?;
    wrapper.keyword = Some(keyword.to_string());
    forwarded_through(eval, &mut wrapper, forwarding, forwarding.scope);
    // The conditions hold of the method's parameters, not the constructor's.
    wrapper.conditions = Vec::new();
    wrapper.deferred = true;
    Some(wrapper)
}

/// What a wrapper that forwards its arguments (`forwarded`, `forwarded_positionally`) takes
/// from the call it forwards them to: the hand-over it names, how that pickles, the
/// conditions on the way, and the shape of a collection slot.
fn forwarded_through(
    eval: &Evaluator<'_>,
    wrapper: &mut Wrapper,
    forwarding: &Forwarding<'_>,
    function: ScopeId,
) {
    wrapper.via = (
        forwarding.row.name_label(),
        forwarding.call.start_position().row + 1,
    );
    wrapper.pickled_under_fork = forwarding.row.pickled_under_fork;
    wrapper.interpreters = forwarding.interpreters;
    wrapper.conditions = conditions_at(eval, forwarding.call, function, wrapper.skip);
    wrapper.elements = forwarding.row.elements;
    wrapper.element = forwarding.row.element;
}

/// The wrapper a function is when it passes its own `*args` on, in place, to an API whose
/// callable is positional (`forwarding` from `sites::find_splat_forwarding`): the callable is
/// the element of `*args` at the API's position, so the function takes it there too.
///
/// ```text
/// def submit(self, *args, **kwargs):     # `submit(fn, *args)` -> `Runner.submit`, trailing
///     return self._pool.submit(*args, **kwargs)
/// def run(*args):                        # `Pool.map` -> `run`, map-like
///     return pool.map(*args)
/// def spawn(*args, **kwargs):            # `Process(target=...)` -> `spawn`, the target first
///     return Process(None, *args, **kwargs)
/// ```
///
/// `*args` must be read nowhere else, and only plain positional arguments may come before it
/// in the call, which fill the API's first positions;
/// the function's own positional parameters before it shift the slot (`def run(label,
/// *args)` takes the callable second). The function takes the
/// callable by the API's keyword too when it forwards its `**kwargs` as well (`forwarded`
/// does that for APIs whose callable a keyword may name). Captured values then travel as the
/// API takes further arguments: appended to the arguments of the call for `submit`, which
/// hands them on, and in a `functools.partial` otherwise.
fn forwarded_positionally(eval: &Evaluator<'_>, forwarding: &Forwarding<'_>) -> Option<Wrapper> {
    let name = eval.text(forwarding.mapping);
    let function = forwarding.scope;
    if eval.model.resolve(function, name) != Resolution::Scope(function) {
        return None;
    }
    let def = eval.scope_node(function)?;
    let (args, kwargs) = splat_parameters(eval, def);
    if args != Some(name) {
        return None;
    }
    let mut wrapper = wrapper_of(eval, function, None)?;
    let body = def.field("body")?;
    let before = before_star(def).checked_sub(wrapper.skip)?;
    if reads(eval, body, name) != 1 {
        return None;
    }
    let arguments = forwarding.call.field("arguments")?;
    let keywords = kwargs.is_some_and(|kwargs| {
        let mut cursor = arguments.walk();
        let passed = arguments.named_children(&mut cursor).any(|a| {
            a.kind_name() == "dictionary_splat"
                && a.named_child(0).is_some_and(|n| eval.text(n) == kwargs)
        });
        passed && only_forwarded(eval, body, kwargs, None)
    });
    let slot = forwarding.row.callable;
    if keywords && slot.keyword.is_some() {
        return None;
    }
    // Arguments the call writes before `*args` fill the API's first positions
    // (`Process(None, *args)`): the callable is the element of `*args` after them.
    wrapper.position = slot.position.map(|p| p - forwarding.leading + before);
    wrapper.order = before + wrapper.skip;
    wrapper.passing = match forwarding.row.passing {
        Passing::Trailing { keywords: passes } => Passing::Trailing {
            keywords: keywords && passes,
        },
        Passing::Tuple { .. } | Passing::Mapped => Passing::Mapped,
    };
    if wrapper.passing == (Passing::Trailing { keywords: true }) {
        wrapper.own_keywords = own_keywords(eval, def);
        for keyword in forwarding.row.own_keywords {
            if !wrapper.own_keywords.iter().any(|k| k == keyword) {
                wrapper.own_keywords.push(keyword.to_string());
            }
        }
    }
    forwarded_through(eval, &mut wrapper, forwarding, function);
    wrapper.positionals = forwarding.row.positionals;
    wrapper.variadic = forwarding.row.variadic;
    inherit_worker(&mut wrapper, forwarding.row, true);
    Some(wrapper)
}

/// Whether `call` passes on every positional argument of the function `def` in place: its
/// positional arguments are `*args`, the function's own, which takes every argument a caller
/// writes (`def f(*args, **kwargs): return pmap(*args, **kwargs)`) and is read nowhere else,
/// after plain arguments only (`Process(None, *args, **kwargs)`): how many of those. The
/// callable then sits at the API's position less those in a call of the function.
fn forwards_positionals(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    call: Node<'_>,
    skip: usize,
) -> Option<usize> {
    let args = splat_parameters(eval, def).0?;
    let arguments = call.field("arguments")?;
    let body = def.field("body")?;
    let positionals: Vec<Node<'_>> = crate::core::parse::named_items(arguments)
        .into_iter()
        .filter(|a| !matches!(a.kind_name(), "keyword_argument" | "dictionary_splat"))
        .collect();
    let [leading @ .., last] = positionals.as_slice() else {
        return None;
    };
    let splatted = last.kind_name() == "list_splat"
        && last.named_child(0).is_some_and(|a| eval.text(a) == args)
        && leading.iter().all(|a| a.kind_name() != "list_splat");
    (before_star(def) == skip && splatted && reads(eval, body, args) == 1).then_some(leading.len())
}

/// How many parameters of the function `def` come before its `*args` (all of them when it has
/// none), `self` or `cls` among them.
fn before_star(def: Node<'_>) -> usize {
    let Some(parameters) = def.field("parameters") else {
        return 0;
    };
    let mut cursor = parameters.walk();
    parameters
        .named_children(&mut cursor)
        .take_while(|p| parameter_kind(*p) != "list_splat_pattern")
        .filter(|p| !matches!(p.kind_name(), "comment" | "positional_separator"))
        .count()
}

/// Whether `body` names `name` only as `**name`, or, given the `keyword` the forwarding
/// must keep, in a use that leaves the caller's value for it there (`keeps_keyword`).
fn only_forwarded(eval: &Evaluator<'_>, body: Node<'_>, name: &str, keyword: Option<&str>) -> bool {
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "identifier"
            && eval.text(node) == name
            && node
                .parent()
                .is_none_or(|p| p.kind_name() != "dictionary_splat")
            && !keyword.is_some_and(|keyword| keeps_keyword(eval, node, keyword))
        {
            return false;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    true
}

/// Whether the read `node` of a forwarded `**kwargs` mapping leaves the caller's `keyword`
/// as it was: `kwargs.setdefault("daemon", True)` (which never replaces a value given),
/// `kwargs.get(...)`, `"x" in kwargs`, and, for another literal key than `keyword`,
/// `kwargs.pop("name", None)`, `kwargs["name"] = ...` and `del kwargs["name"]`.
fn keeps_keyword(eval: &Evaluator<'_>, node: Node<'_>, keyword: &str) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    let literal_key = |key: Option<Node<'_>>| {
        key.filter(|k| k.kind_name() == "string")
            .map(|k| string_content(eval.text(k)))
    };
    match parent.kind_name() {
        "attribute" if parent.field("object") == Some(node) => {
            let method = parent.field("attribute").map(|a| eval.text(a));
            let call = parent
                .parent()
                .filter(|c| c.kind_name() == "call" && c.field("function") == Some(parent));
            let key = call
                .and_then(|c| c.field("arguments"))
                .and_then(|a| a.named_child(0));
            match (method, literal_key(key)) {
                (Some("setdefault" | "get"), Some(_)) => true,
                (Some("pop"), Some(key)) => key != keyword,
                _ => false,
            }
        }
        "subscript" if parent.field("value") == Some(node) => {
            let Some(key) = literal_key(parent.field("subscript")) else {
                return false;
            };
            let written = parent.parent().is_some_and(|p| {
                (p.kind_name() == "assignment" && p.field("left") == Some(parent))
                    || p.kind_name() == "delete_statement"
            });
            !written || key != keyword
        }
        "comparison_operator" => {
            let mut cursor = parent.walk();
            parent
                .children(&mut cursor)
                .any(|c| matches!(c.kind_name(), "in" | "not in"))
        }
        _ => false,
    }
}

/// The wrapper `function` would be for its parameter `name` (`None`: for a keyword its
/// `**kwargs` takes, its slot left for the caller): a module-level function, a method of a
/// module-level class (not its `self` or `cls`), a closure a module-level factory returns
/// (`Evaluator::returned_closure`) or a function nested in another that binds it once
/// (`Evaluator::nested_def`, `def main(): def pmap(fn, xs): ...`, which `main` calls), under
/// no decorator but those that keep its
/// arguments (`values::Called`), so that calling it runs the code we read. Passing and
/// provenance are left for the caller.
fn wrapper_of(eval: &Evaluator<'_>, function: ScopeId, name: Option<&str>) -> Option<Wrapper> {
    let scope = eval.model.scope(function);
    if scope.kind == ScopeKind::Class {
        return dataclass_wrapper(eval, function, name?);
    }
    let parent = eval.model.scope(scope.parent?);
    // A closure its factory returns is called by the factory's callers, like a module-level
    // function (`values::factories`); one its function keeps is called there, by the calls
    // that read its one `def`.
    let closure = parent.kind == ScopeKind::Function && eval.nested_def(function);
    let class = match parent.kind {
        ScopeKind::Module => None,
        ScopeKind::Class if parent.parent == Some(SemanticModel::MODULE) => parent.name.clone(),
        ScopeKind::Function if closure => None,
        _ => return None,
    };
    if scope.kind != ScopeKind::Function
        || (scope.parent != Some(SemanticModel::MODULE) && class.is_none() && !closure)
    {
        return None;
    }
    let def = eval.scope_node(function)?;
    // The arguments a caller writes: a method's first is its instance or class, unless static.
    // A `@contextmanager` function keeps them: `with background(fn, x):` runs its body.
    let called = match eval.called_as(def) {
        Some(called) => called,
        None if eval.is_context_manager_def(def) => Called::Plain,
        None => return None,
    };
    let takes_instance = called == Called::Plain && class.is_some();
    let skip = match (called, class.is_some()) {
        (Called::Plain, method) => usize::from(method),
        (Called::Static, true) => 0,
        (Called::ClassMethod, true) => 1,
        _ => return None,
    };
    // A wrapper that tests whether the callable pickles runs one that does not itself.
    if name.is_some_and(|name| tests_picklability(eval, def, name)) {
        return None;
    }
    // A keyword that `**kwargs` forwards comes after every named parameter.
    let (order, position, keyword) = match name {
        Some(name) => parameter_slot(eval, def, name, skip)?,
        None => (usize::MAX, None, None),
    };
    let returns_own = match class {
        None => super::decorated::gives_own_functions(eval, def),
        Some(_) => Returns::Unknown,
    };
    Some(Wrapper {
        key: def.field("name")?.start_byte(),
        name: scope.name.clone()?,
        class,
        order,
        position,
        keyword,
        passing: Passing::Mapped,
        via: (String::new(), 0),
        pickled_under_fork: true,
        interpreters: false,
        takes_instance,
        next: None,
        skip,
        conditions: Vec::new(),
        inspected: name
            .and_then(|name| inspected(eval, def.field("body")?, function, name))
            .map(|(what, line)| (what, line, None)),
        unread: false,
        names_read: name
            .and_then(|name| names_read(eval, def.field("body")?, function, name))
            .map(|(what, line, qualified)| (what, line, None, qualified)),
        worker_slot: None,
        own_keywords: Vec::new(),
        elements: false,
        element: Element::Whole,
        worker_keywords: None,
        deferred: false,
        // A generator runs its body, and hands over, when it is iterated; a
        // `@contextmanager` function's runs when its `with` is entered.
        lazy: is_generator(eval, def) && !eval.is_context_manager_def(def),
        receiver_writes: match takes_instance {
            true => receiver_writes(eval, def),
            false => Vec::new(),
        },
        started: false,
        forks_when_called: false,
        positionals: None,
        variadic: false,
        returns_own,
        instance_kept: None,
    })
}

/// The attributes the method `def` assigns on its instance (`self.epoch += 1`, `self.x = y`,
/// `self.a, self.b = ...`), its nested functions left out; `*` when it calls `setattr` on it
/// or assigns through `self.__dict__`.
fn receiver_writes(eval: &Evaluator<'_>, def: Node<'_>) -> Vec<String> {
    let Some(receiver) = def
        .field("parameters")
        .and_then(|parameters| {
            crate::core::parse::named_items(parameters)
                .into_iter()
                .next()
        })
        .filter(|first| first.kind_name() == "identifier")
        .map(|first| eval.text(first))
    else {
        return Vec::new();
    };
    let Some(body) = def.field("body") else {
        return Vec::new();
    };
    let mut writes: Vec<String> = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        match node.kind_name() {
            "function_definition" | "class_definition" | "lambda" => continue,
            "attribute"
                if node
                    .field("object")
                    .is_some_and(|o| o.kind_name() == "identifier" && eval.text(o) == receiver) =>
            {
                let Some(attr) = node.field("attribute").map(|a| eval.text(a)) else {
                    continue;
                };
                let written = written_target(node);
                let attr = match attr {
                    "__dict__" => "*",
                    attr => attr,
                };
                if (written || attr == "*") && !writes.iter().any(|w| w == attr) {
                    writes.push(attr.to_string());
                }
                continue;
            }
            "call" => {
                let setattr = node
                    .field("function")
                    .is_some_and(|f| eval.text(f) == "setattr");
                let on_receiver = node
                    .field("arguments")
                    .and_then(|a| crate::core::parse::named_items(a).into_iter().next())
                    .is_some_and(|first| eval.text(first) == receiver);
                if setattr && on_receiver && !writes.iter().any(|w| w == "*") {
                    writes.push("*".to_string());
                }
            }
            _ => {}
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    writes.sort();
    writes
}

/// Whether `node` (an attribute, an item) is written: the target of an assignment (plain,
/// annotated or augmented), alone, starred or in a tuple or list of targets, a `for` or
/// `with ... as` target, or deleted.
pub(in crate::core::analysis) fn written_target(node: Node<'_>) -> bool {
    let mut child = node;
    while let Some(parent) = child.parent() {
        match parent.kind_name() {
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "list_splat_pattern"
            | "parenthesized_expression"
            | "expression_list"
            | "tuple"
            | "list" => child = parent,
            "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
                return parent.field("left") == Some(child);
            }
            "delete_statement" | "as_pattern_target" => return true,
            // tree-sitter reads `type(self).attr = value` as a `type` alias statement.
            "type" => {
                return parent.parent().map(|p| p.kind_name()) == Some("type_alias_statement");
            }
            _ => return false,
        }
    }
    false
}

/// Whether `def` is a generator function: a `yield` in its body, outside the functions,
/// classes and lambdas nested in it.
pub(super) fn is_generator(eval: &Evaluator<'_>, def: Node<'_>) -> bool {
    if memchr::memmem::find(eval.text(def).as_bytes(), b"yield").is_none() {
        return false;
    }
    def.field("body")
        .is_some_and(|body| holds_own(body, "yield"))
}

/// The constructor of the dataclass `class` as the wrapper of its field `name`, which
/// `reaching_parameter` found handed over (`values::dataclasses`): as a hand-written
/// `__init__` would be, keyed by where the class's name starts.
fn dataclass_wrapper(eval: &Evaluator<'_>, class: ScopeId, name: &str) -> Option<Wrapper> {
    let (order, position, keyword) = eval.dataclass_slot(class, name)?;
    let def = eval.scope_node(class)?;
    Some(Wrapper {
        key: def.field("name")?.start_byte(),
        name: "__init__".to_string(),
        class: eval.model.scope(class).name.clone(),
        order,
        position,
        keyword: Some(keyword.to_string()),
        passing: Passing::Mapped,
        via: (String::new(), 0),
        pickled_under_fork: true,
        interpreters: false,
        takes_instance: true,
        next: None,
        skip: 1,
        conditions: Vec::new(),
        inspected: None,
        unread: false,
        names_read: None,
        worker_slot: None,
        own_keywords: Vec::new(),
        elements: false,
        element: Element::Whole,
        worker_keywords: None,
        deferred: false,
        lazy: false,
        receiver_writes: Vec::new(),
        started: false,
        forks_when_called: false,
        positionals: None,
        variadic: false,
        returns_own: Returns::Unknown,
        instance_kept: None,
    })
}

/// The conditions on the parameters of `function` (`skip`: those callers do not write) that
/// hold on every path to `node` in it, as a wrapper's are kept (`conditions_at`): a
/// factory's conditions for returning the process pool `node` makes (`values::factories`).
pub(in crate::core::analysis) fn conditions_to(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    function: ScopeId,
    skip: usize,
) -> Vec<Condition> {
    conditions_at(eval, node, function, skip)
        .iter()
        .map(PendingCondition::leaked)
        .collect()
}

/// `conditions_to` for a process pool that `function` returns, `value`, with the conditions
/// by which a factory it calls there makes one (`return _build(kind.lower())`:
/// `choices::facts_of_factory_call`).
pub(in crate::core::analysis) fn conditions_of_made(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    function: ScopeId,
    skip: usize,
) -> Vec<Condition> {
    let mut conditions = conditions_to(eval, value, function, skip);
    let value = crate::core::analysis::callables::unparenthesize(value);
    if value.kind_name() == "call"
        && let Some(def) = eval.scope_node(function)
    {
        let facts = crate::core::analysis::choices::facts_of_factory_call(eval, value, function);
        conditions.extend(
            facts
                .iter()
                .filter_map(|fact| pending(eval, def, function, skip, fact))
                .map(|pending| pending.leaked()),
        );
    }
    conditions
}

/// The conditions on `function`'s own parameters that hold wherever `call` runs, or wherever
/// the process pool it calls was chosen over a thread pool (`choices`), each with the
/// parameter's slot in a call of the function (`skip`: the parameters callers do not
/// write).
fn conditions_at(
    eval: &Evaluator<'_>,
    call: Node<'_>,
    function: ScopeId,
    skip: usize,
) -> Vec<PendingCondition> {
    let Some(def) = eval.scope_node(function) else {
        return Vec::new();
    };
    let mut facts = facts_to(eval, call, def);
    let mut kept = Vec::new();
    facts.extend(facts_of_choice(eval, call, def, function, &mut kept));
    facts.extend(picked_class_fact(eval, call, function));
    let mut conditions: Vec<PendingCondition> = facts
        .into_iter()
        .filter_map(|fact| pending(eval, def, function, skip, &fact))
        .collect();
    conditions.extend(kept.iter().map(PendingCondition::of));
    conditions.extend(kept_pool(eval, call, function));
    conditions
}

/// The conditions that the instance a method is called on was made with the process pool its
/// receiver `self.<attr>` holds (`kept_pools`): that the constructor's call passes one in the
/// slot it keeps, or the tests by which the constructor chose one hold of what the call
/// passes (`chosen_conditions`); in the constructor itself, of its own call, as for a
/// function handed a pool.
///
/// A constructor that keeps the callable for another method to hand over (`self.fn = fn`,
/// then `self.pool.map(self.fn, xs)` in `run`) is judged by its own call as well: the pool
/// the method uses is the one that call passes (`Sampler(fn)` without a pool maps in the
/// parent), and a flag that picks the process pool must pick it there.
fn kept_pool(eval: &Evaluator<'_>, call: Node<'_>, function: ScopeId) -> Vec<PendingCondition> {
    let Some(def) = eval.scope_node(function) else {
        return Vec::new();
    };
    if !TextRange::of(def).contains_range(TextRange::of(call)) {
        // The call is in another method of the constructor's class.
        let Some(class) = eval.model.scope(function).parent else {
            return Vec::new();
        };
        if eval.init_of(class) != Some(function) {
            return Vec::new();
        }
        let mut method = eval.model.scope_at(call.start_byte());
        while eval.model.scope(method).parent != Some(class) {
            match eval.model.scope(method).parent {
                Some(parent) => method = parent,
                None => return Vec::new(),
            }
        }
        let (position, name, kept) = match kept_pool_slot(eval, call, method) {
            Some(KeptBy::Slot(position, name, kept)) => (position, name, kept),
            Some(KeptBy::Chosen(init, choice)) => {
                return chosen_conditions(eval, init, choice, false);
            }
            None => return Vec::new(),
        };
        let (test, holds) = match kept {
            KeptValue::Pool => (Test::HandedPool, true),
            // A thread pool passed in the slot refutes it, `None` leaves the process pool.
            KeptValue::Made => (Test::ProcessPool, true),
            KeptValue::Context => return Vec::new(),
        };
        return vec![PendingCondition {
            position,
            keyword: Some(name.to_string()),
            default: default_of(eval, def, name),
            test,
            holds,
            kept: false,
            fold: Folds::NONE,
        }];
    }
    let constructor = eval.model.scope(function).name.as_deref() == Some("__init__");
    let (position, name, kept) = match kept_pool_slot(eval, call, function) {
        Some(KeptBy::Slot(position, name, kept)) => (position, name, kept),
        Some(KeptBy::Chosen(init, choice)) => {
            return chosen_conditions(eval, init, choice, !constructor);
        }
        None => return Vec::new(),
    };
    let test = match (constructor, kept) {
        (true, KeptValue::Pool) => Test::HandedPool,
        (false, KeptValue::Pool) => Test::KeptPool,
        // In the constructor the parameter is read as any context parameter is
        // (`choices::pool_parameter`).
        (true, KeptValue::Context | KeptValue::Made) => return Vec::new(),
        (false, KeptValue::Context) => Test::KeptContext,
        (false, KeptValue::Made) => Test::KeptMade,
    };
    vec![PendingCondition {
        position,
        keyword: Some(name.to_string()),
        default: None,
        test,
        holds: true,
        kept: false,
        fold: Folds::NONE,
    }]
}

/// The conditions under which `chooser` (`__init__`, or `__enter__`) keeps the process pool
/// it chooses (`Evaluator::kept_chosen_pool`): the facts about its parameters (or what
/// `__init__` keeps of them, `self.processes`) on the way to the pool, or that the test
/// choosing another did not hold. A method judges them by the call that made its instance
/// (`kept`, `kept_pools::refuted_by_instance_state`), the constructor by its own call. A fact
/// about anything else (a global, the environment) says nothing, and keeps the site.
fn chosen_conditions(
    eval: &Evaluator<'_>,
    chooser: ScopeId,
    choice: PoolChoice<'_>,
    kept: bool,
) -> Vec<PendingCondition> {
    let Some(def) = eval.scope_node(chooser) else {
        return Vec::new();
    };
    let facts = match choice {
        PoolChoice::Reached(value) => facts_to(eval, value, def),
        PoolChoice::Unless(test) => facts_of(eval, test, false),
        PoolChoice::Picked(pick) => {
            let mut facts = facts_to(eval, pick, def);
            facts.extend(pick_fact(eval, pick, chooser));
            facts
        }
        PoolChoice::StartMethod(method) => vec![Fact {
            name: eval.text(method),
            read: method,
            test: Test::Equals(text_hash("fork"), false),
            holds: true,
            fold: Folds::NONE,
        }],
    };
    facts
        .iter()
        .filter_map(|fact| pending(eval, def, chooser, 1, fact))
        .map(|condition| PendingCondition {
            kept: kept || condition.kept,
            ..condition
        })
        .collect()
}

/// `fact` as a condition on the parameter of `function` (whose `def` is `def`) it is about,
/// when it is about one `function` never binds again.
fn pending(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    function: ScopeId,
    skip: usize,
    fact: &Fact<'_>,
) -> Option<PendingCondition> {
    // A name another module binds to a literal (`USE_THREADS` imported from `.settings`,
    // `config.USE_PROCESSES`): that is its value, as for a name of this module.
    if let Some(holds) =
        (eval.imported_constant(fact.read)).and_then(|v| fact.decided_by_constant(v))
    {
        let name = match fact.read.field("attribute") {
            Some(attribute) => eval.text(attribute),
            None => fact.name,
        };
        return (!holds).then(|| PendingCondition::never(name));
    }
    if fact.read.kind_name() == "attribute" {
        // A class attribute the instance's class fixes (`use_processes = False`, or a module
        // constant's literal, `use_processes = USE_PROCESSES`): a fact it confirms says
        // nothing, one it refutes closes the way.
        let value = eval
            .class_constant(fact.read)
            .map(|value| literal_name(eval, value).unwrap_or(value));
        if let Some(holds) = value.and_then(|value| fact.decided_by(value, eval.source)) {
            let attr = eval.text(fact.read.field("attribute")?);
            return (!holds).then(|| PendingCondition::never(attr));
        }
        return instance_state(eval, fact, function);
    }
    // A name bound once, to a literal (`USE_THREADS = True` at module level, `parallel =
    // False` above the test): whatever runs before the read, that is its value.
    if let Some(holds) = literal_name(eval, fact.read).and_then(|v| fact.decided_by(v, eval.source))
    {
        return (!holds).then(|| PendingCondition::never(fact.name));
    }
    if !fact.fold.is_empty() {
        return folded(eval, def, function, skip, fact);
    }
    if !about_parameter(eval, fact, function) {
        // `backend = backend.lower().strip()`, then `if backend == "threads":`.
        if let Some(fold) = Folds::of(eval, fact, function) {
            let (_, position, keyword) = parameter_slot(eval, def, fact.name, skip)?;
            return Some(PendingCondition {
                position,
                keyword,
                default: folded_default_of(eval, def, fact.name, fold),
                test: fact.test,
                holds: fact.holds,
                kept: false,
                fold,
            });
        }
        let (name, test) = through_helper(eval, fact, function)?;
        let (_, position, keyword) = parameter_slot(eval, def, name, skip)?;
        return Some(PendingCondition {
            position,
            keyword,
            default: default_of(eval, def, name),
            test,
            holds: fact.holds,
            kept: false,
            fold: Folds::NONE,
        });
    }
    let (_, position, keyword) = parameter_slot(eval, def, fact.name, skip)?;
    // A missing value replaced by a literal (`if workers is None: workers = 1`), a `None`
    // passed as well.
    let replaced = replaced_default(eval, fact.name, function);
    let default = match default_of(eval, def, fact.name) {
        Some(Constant::None) => replaced.or(Some(Constant::None)),
        default => default,
    };
    let (test, holds) = match replaced {
        Some(replaced) => none_replaced(fact.test, fact.holds, replaced)?,
        None => (fact.test, fact.holds),
    };
    Some(PendingCondition {
        position,
        keyword,
        default,
        test: with_unless_position(eval, def, skip, test)?,
        holds,
        kept: false,
        fold: Folds::NONE,
    })
}

/// `pending` for a fact whose test folds the name first (`kind.lower() == "process"`): about
/// a parameter the function never binds again, or one it folds before (`backend =
/// backend.strip()`, then `backend.lower() == ...`), the folds one after the other.
fn folded(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    function: ScopeId,
    skip: usize,
    fact: &Fact<'_>,
) -> Option<PendingCondition> {
    let fold = match about_parameter(eval, fact, function) {
        true if eval.model.bindings_of(function, fact.name).len() == 1 => fact.fold,
        true => return None,
        false => Folds::of(eval, fact, function)?.then(fact.fold)?,
    };
    let (_, position, keyword) = parameter_slot(eval, def, fact.name, skip)?;
    Some(PendingCondition {
        position,
        keyword,
        default: folded_default_of(eval, def, fact.name, fold),
        test: fact.test,
        holds: fact.holds,
        kept: false,
        fold,
    })
}

/// `test` (that holds as `holds` says) of a parameter whose `None` the function replaces by
/// `replaced` before the test, as a test of what the caller passes, with how it holds: a
/// `None` passed is judged as `replaced` is. The test itself when it judges them alike (or
/// cannot judge `None`); a test of equality with `replaced` counts `None` among the values
/// (`workers == 1` after `if workers is None: workers = 1` is `workers in (1, None)`), and
/// one among values has `None` among them or not as `replaced` is; `None` when no test says
/// it.
fn none_replaced(test: Test, holds: bool, replaced: Constant) -> Option<(Test, bool)> {
    let as_none = test.judge(Constant::None);
    if as_none.is_none() || as_none == test.judge(replaced) {
        return Some((test, holds));
    }
    // `values` and `None`.
    let with_none = |values: &[Constant]| conditions::among(&[values, &[Constant::None]].concat());
    match test {
        Test::Equals(hash, equal) if replaced == Constant::Text(hash) => {
            Some((with_none(&[replaced])?, holds == equal))
        }
        Test::Compare(Comparison::Eq, k) if replaced == Constant::Int(k) => {
            Some((with_none(&[replaced])?, holds))
        }
        Test::Compare(Comparison::Ne, k) if replaced == Constant::Int(k) => {
            Some((with_none(&[replaced])?, !holds))
        }
        // `None` among the values as `replaced` is.
        Test::Among { values, len } => {
            let others: Vec<Constant> = values[..usize::from(len)]
                .iter()
                .copied()
                .filter(|value| *value != Constant::None)
                .collect();
            match test.judge(replaced)? {
                true => Some((with_none(&others)?, holds)),
                false => Some((conditions::among(&others)?, holds)),
            }
        }
        _ => None,
    }
}

/// `test`, with the position of the parameter a `Test::Length` bound is the default of filled
/// in; `None` when that parameter is not one of `def`'s plain ones.
fn with_unless_position(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    skip: usize,
    test: Test,
) -> Option<Test> {
    let Test::Length {
        op,
        bound,
        unless: Some(unless),
    } = test
    else {
        return Some(test);
    };
    let parameters = crate::core::parse::named_items(def.field("parameters")?);
    let name = parameters
        .into_iter()
        .filter_map(parameter_name)
        .map(|n| eval.text(n))
        .find(|n| text_hash(n) == unless.keyword)?;
    let (_, position, _) = parameter_slot(eval, def, name, skip)?;
    Some(Test::Length {
        op,
        bound,
        unless: Some(Unless { position, ..unless }),
    })
}

/// The literal the name `read` holds: its one binding where it resolves is a plain or
/// annotated assignment of one (`USE_THREADS = True`, `USE_THREADS: bool = True`), and
/// nothing may bind it again unseen (`conditions::module_name_may_change`: a star import,
/// `globals()`, an attribute of that name set in this file or another of the run). A name
/// bound so to another such name (`threads = USE_THREADS` in the function) holds its literal.
pub(in crate::core::analysis) fn literal_name<'a>(
    eval: &Evaluator<'a>,
    read: Node<'a>,
) -> Option<Node<'a>> {
    literal_through(eval, read, MAX_NAME_ALIASES)
}

/// How many names bound to names `literal_name` follows (`a = b`, `b = USE_THREADS`).
const MAX_NAME_ALIASES: usize = 4;

fn literal_through<'a>(eval: &Evaluator<'a>, read: Node<'a>, aliases: usize) -> Option<Node<'a>> {
    if read.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(read);
    let binding = eval
        .model
        .sole_binding(eval.model.scope_at(read.start_byte()), name)?;
    // A star import may bind any global again (`from settings import *`).
    if !matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    ) || conditions::module_name_may_change(eval, name)
    {
        return None;
    }
    let value = unparenthesize(eval.node_at(binding.value?)?);
    match conditions::constant(value, eval.source) {
        Some(_) => Some(value),
        None if aliases > 0 => literal_through(eval, value, aliases - 1),
        None => None,
    }
}

/// `fact` about `self.<attr>` in a method of scope `function`, as a condition on the slot of
/// the constructor parameter the attribute keeps (`Condition::kept`): the class sets the
/// attribute once, `self.<attr> = <parameter>` in `__init__`, so an instance made with a
/// literal there (or its literal default) has that value in the attribute whatever runs
/// before the method (`Runner().map(fn, xs)` under `if self.parallel:`, `parallel=False`).
fn instance_state(
    eval: &Evaluator<'_>,
    fact: &Fact<'_>,
    function: ScopeId,
) -> Option<PendingCondition> {
    let read_in = eval.model.scope_at(fact.read.start_byte());
    let (assignment, init) = eval.only_self_assignment(fact.read, read_in)?;
    // Unpicklable by the class's constructor, read by another method of the class.
    let class = eval.model.scope(init).parent?;
    if eval.init_of(class) != Some(init)
        || init == function
        || eval.model.scope(function).parent != Some(class)
    {
        return None;
    }
    let value = unparenthesize(assignment.field("right")?);
    if value.kind_name() == "conditional_expression" {
        return picked_state(eval, fact, value, init);
    }
    // What the constructor keeps of its parameter: as given, folded (`self.backend =
    // backend.lower()`), or with a missing value replaced first (`if kind is None: kind =
    // "thread"`); the test's own folds come after the constructor's.
    let (value, fold) = match Folds::chain(eval, value) {
        Some((inner, fold)) if matches!(fact.test, Test::Equals(..) | Test::Among { .. }) => {
            (inner, fold.then(fact.fold)?)
        }
        Some(_) => return None,
        None => (value, fact.fold),
    };
    let name = eval.text(value);
    let (first, rest) = eval.model.bindings_of(init, name).split_first()?;
    let replaced = match rest {
        [] => None,
        _ if fold.is_empty()
            && rest
                .iter()
                .all(|id| eval.model.binding(*id).range.end <= assignment.start_byte()) =>
        {
            Some(replaced_default(eval, name, init)?)
        }
        _ => return None,
    };
    if value.kind_name() != "identifier"
        || eval.model.binding(*first).kind != BindingKind::Parameter
    {
        return None;
    }
    let def = eval.scope_node(init)?;
    let (_, position, keyword) = parameter_slot(eval, def, name, 1)?;
    let (test, holds) = match replaced {
        Some(replaced) => none_replaced(fact.test, fact.holds, replaced)?,
        None => (fact.test, fact.holds),
    };
    let default = match (default_of(eval, def, name), replaced) {
        (Some(Constant::None), Some(replaced)) => Some(replaced),
        _ if !fold.is_empty() => folded_default_of(eval, def, name, fold),
        (default, _) => default,
    };
    Some(PendingCondition {
        position,
        keyword,
        default,
        test,
        holds,
        kept: true,
        fold,
    })
}

/// `fact` about what the constructor `init` keeps from a choice between two literals by a
/// test of its parameter (`self.kind = "process" if parallel else "thread"`), as a condition
/// on that parameter's slot: the fact holds exactly where the test picks the literal it
/// holds of. One fact of the test, about a parameter `init` never binds again; none when
/// both literals pass the fact alike.
fn picked_state(
    eval: &Evaluator<'_>,
    fact: &Fact<'_>,
    choice: Node<'_>,
    init: ScopeId,
) -> Option<PendingCondition> {
    if !fact.fold.is_empty() {
        return None;
    }
    let judged = |branch: Node<'_>| fact.test.judge(conditions::constant(branch, eval.source)?);
    let (first, test, last) = (
        choice.named_child(0)?,
        choice.named_child(1)?,
        choice.named_child(2)?,
    );
    let (first, last) = (judged(first)?, judged(last)?);
    if first == last {
        return None;
    }
    let [picked] = facts_of(eval, test, first == fact.holds)[..] else {
        return None;
    };
    kept_parameter(eval, init, &picked)
}

/// The conditions of the wrapper a site calls (`site.row`) on a parameter that `function`
/// fills with one of its own, never bound again: they hold of that parameter of `function`
/// wherever it hands the callable over, as one of its own `if`s would.
///
/// ```text
/// def outer(fn, xs, parallel=True):          # `inner` hands over only when `parallel`:
///     return inner(fn, xs, parallel=parallel) # so does `outer`, its `parallel` argument 2
///
/// outer(lambda x: x + k, xs, parallel=False)  # no site
/// ```
///
/// A literal chosen by a test of such a parameter is judged the same way: the call hands over
/// only when the test picks the literal the condition does not refute (`parallel_apply(xs,
/// fn, n_jobs=1 if debug else 2)` under `if n_jobs == 1: return ...` hands over only when
/// `debug` is false), and so is a test written there (`run(fn, xs, parallel=workers > 1)`
/// hands over only when `workers > 1`).
///
/// A call with `*args` or `**kwargs` may fill any slot, and an argument that is no such
/// parameter (a literal the call site was already judged by, a variable) says nothing.
fn passed_on_conditions(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    function: ScopeId,
    skip: usize,
) -> Vec<PendingCondition> {
    let mut cursor = site.arguments.walk();
    let splat = site
        .arguments
        .named_children(&mut cursor)
        .any(|a| matches!(a.kind_name(), "list_splat" | "dictionary_splat"));
    let Some(def) = eval.scope_node(function).filter(|_| !splat) else {
        return Vec::new();
    };
    let mut conditions: Vec<PendingCondition> = site
        .row
        .conditions
        .iter()
        .filter_map(|condition| passed_on(eval, site, def, function, skip, condition))
        .collect();
    for condition in site.row.conditions.iter().filter(|c| !c.kept) {
        let slot = (condition.position, condition.keyword);
        let Some(passed) = argument(site.arguments, eval.source, slot.0, slot.1) else {
            continue;
        };
        let passed = unparenthesize(passed);
        let mut facts = condition.facts_of_picked(eval, passed);
        facts.extend(condition.facts_of_passed_test(eval, passed));
        conditions
            .extend((facts.iter()).filter_map(|fact| pending(eval, def, function, skip, fact)));
    }
    conditions
}

/// `condition` of the wrapper `site` calls as one on the parameter of `function` (whose `def`
/// is `def`) that the call passes in its slot, if it passes one.
fn passed_on(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    def: Node<'_>,
    function: ScopeId,
    skip: usize,
    condition: &Condition,
) -> Option<PendingCondition> {
    if condition.kept
        || matches!(
            condition.test,
            Test::KeptPool | Test::KeptContext | Test::KeptMade
        )
    {
        return kept_on_self(eval, site, function, condition)
            .or_else(|| kept_through_made(eval, site, (def, function, skip), condition));
    }
    let slot = (condition.position, condition.keyword);
    // A parameter, or what the instance keeps (`kind=self.kind`: a `kept` condition on the
    // constructor's slot, `instance_state`).
    let passed = argument(site.arguments, eval.source, slot.0, slot.1)
        .map(|node| unaliased(eval, unparenthesize(node), function))
        .filter(|node| match node.kind_name() {
            "identifier" => true,
            "attribute" => condition.fold.is_empty(),
            _ => false,
        })?;
    let fact = Fact {
        name: eval.text(passed),
        read: passed,
        test: condition.test,
        holds: condition.holds,
        fold: Folds::NONE,
    };
    let mut pending = pending(eval, def, function, skip, &fact)?;
    if !condition.fold.is_empty() {
        // The wrapper folds what it is passed: this function's own folding, if any, first.
        pending.fold = pending.fold.then(condition.fold)?;
        pending.default = folded_default_of(eval, def, fact.name, pending.fold);
    }
    Some(pending)
}

/// A `Test::KeptPool` condition of the wrapper method `site` calls on `self` from another
/// method of its class (`self.run(fn, xs)`), which is the caller's too: the same instance,
/// made by the same constructor (`kept_pools`).
fn kept_on_self(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    function: ScopeId,
    condition: &Condition,
) -> Option<PendingCondition> {
    let receiver = site
        .call
        .field("function")
        .filter(|f| f.kind_name() == "attribute")?
        .field("object")
        .filter(|o| o.kind_name() == "identifier")?;
    let class = eval.model.scope(function).parent?;
    let same_class = eval.is_self(eval.text(receiver), function)
        && eval.model.scope(class).name.as_deref() == site.row.homes.first().copied();
    same_class.then(|| PendingCondition::of(condition))
}

/// A `kept` condition of the wrapper method `site` calls on an instance of its class made in
/// sight with a parameter of the maker in the condition's slot: right there or bound once in
/// `function` (`Runner(use_processes=parallel).map(fn, xs)`), a condition on that parameter
/// of `function`, as if the wrapper tested it itself; or held by the instance of
/// `function`'s class, made in its constructor, that condition on the slot of the
/// constructor's parameter, kept by this class in turn:
///
/// ```text
/// class Pipeline:
///     def __init__(self, parallel=True):
///         self.runner = Runner(use_processes=parallel)   # `Runner.map` hands over when
///                                                        # `use_processes`: so does `run_step`
///     def run_step(self, fn, items):                     # when `parallel`
///         return self.runner.map(fn, items)
///
/// Pipeline(parallel=False).run_step(lambda x: x * k, xs) # no site
/// ```
///
/// A held object must be the only one the class keeps under that name; the instance must be
/// made by a call of the wrapper's own class, and the parameter never bound again.
fn kept_through_made(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    (def, function, skip): (Node<'_>, ScopeId, usize),
    condition: &Condition,
) -> Option<PendingCondition> {
    if !condition.kept || !condition.fold.is_empty() {
        return None;
    }
    let object = site
        .call
        .field("function")
        .filter(|f| f.kind_name() == "attribute")?
        .field("object")
        .map(unparenthesize)?;
    let (made, maker) = match object.kind_name() {
        "call" => (object, function),
        "identifier" => (sole_value(eval, object, function)?, function),
        "attribute" => {
            let (assignment, init) = eval.only_self_assignment(object, function)?;
            let class = eval.model.scope(init).parent?;
            if eval.init_of(class) != Some(init) || eval.model.scope(function).parent != Some(class)
            {
                return None;
            }
            (assignment.field("right")?, init)
        }
        _ => return None,
    };
    let made = unparenthesize(made);
    let home = site.row.homes.first()?;
    let same_class = match eval.eval(made, maker) {
        Value::OwnInstance(made) => eval.model.scope(made).name.as_deref() == Some(*home),
        Value::Declared(path) => path.rsplit('.').next() == Some(*home),
        _ => false,
    };
    let arguments = made
        .field("arguments")
        .filter(|_| made.kind_name() == "call")?;
    if !same_class || crate::core::parse::has_splats(arguments) {
        return None;
    }
    let passed = argument(
        arguments,
        eval.source,
        condition.position,
        condition.keyword,
    )
    .map(unparenthesize)
    .filter(|node| matches!(node.kind_name(), "identifier" | "attribute"))?;
    let fact = Fact {
        name: eval.text(passed),
        read: passed,
        test: condition.test,
        holds: condition.holds,
        fold: Folds::NONE,
    };
    if maker == function {
        return pending(eval, def, function, skip, &fact);
    }
    kept_parameter(eval, maker, &fact)
}

/// `fact`, about the parameter of the constructor `init` its read names (one `init` never
/// binds again), as a `kept` condition on that parameter's slot.
fn kept_parameter(
    eval: &Evaluator<'_>,
    init: ScopeId,
    fact: &Fact<'_>,
) -> Option<PendingCondition> {
    let [only] = eval.model.bindings_of(init, fact.name) else {
        return None;
    };
    if fact.read.kind_name() != "identifier"
        || !fact.fold.is_empty()
        || eval.model.binding(*only).kind != BindingKind::Parameter
    {
        return None;
    }
    let def = eval.scope_node(init)?;
    let (_, position, keyword) = parameter_slot(eval, def, fact.name, 1)?;
    Some(PendingCondition {
        position,
        keyword,
        default: default_of(eval, def, fact.name),
        test: fact.test,
        holds: fact.holds,
        kept: true,
        fold: Folds::NONE,
    })
}

/// Which parameter of `def` is `name` (its index among the plain ones), and where a caller puts
/// its argument: its position (not counting the `skip` first parameters, a method's `self` or
/// `cls`) unless it is keyword-only, its keyword unless it is positional-only. `None` for
/// `*args`, `**kwargs` and a skipped one.
pub(super) fn parameter_slot(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    name: &str,
    skip: usize,
) -> Option<(usize, Option<usize>, Option<String>)> {
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let mut position = Some(0usize);
    let mut seen: Vec<(Option<usize>, &str, bool)> = Vec::new();
    for parameter in parameters.named_children(&mut cursor) {
        match parameter_kind(parameter) {
            // Those before `/` take no keyword.
            "positional_separator" => seen.iter_mut().for_each(|seen| seen.2 = false),
            "keyword_separator" | "list_splat_pattern" | "dictionary_splat_pattern" => {
                position = None;
            }
            "comment" => {}
            _ => {
                seen.push((position, eval.text(parameter_name(parameter)?), true));
                position = position.map(|p| p + 1);
            }
        }
    }
    if let Some((star, at)) = name.strip_suffix(']').and_then(|n| n.split_once('[')) {
        return star_slot(eval, def, star, at.parse().ok()?, skip);
    }
    let index = seen.iter().position(|seen| seen.1 == name)?;
    if index < skip {
        return None;
    }
    let (position, name, keyword) = seen[index];
    let position = position.and_then(|p| p.checked_sub(skip));
    Some((index, position, keyword.then(|| name.to_string())))
}

/// The order of the first element of `*args` among a function's callable parameters
/// (`Wrapper::order`): after every named one.
const STAR_ORDER: usize = usize::MAX / 2;

/// `parameter_slot` for the element `at` of the `*args` parameter `star` (`star_element`):
/// the caller's positional argument that many past the named ones, taken by no keyword, and
/// ordered after them.
fn star_slot(
    eval: &Evaluator<'_>,
    def: Node<'_>,
    star: &str,
    at: usize,
    skip: usize,
) -> Option<(usize, Option<usize>, Option<String>)> {
    let parameters = def.field("parameters")?;
    let mut cursor = parameters.walk();
    let mut position = 0usize;
    for parameter in parameters.named_children(&mut cursor) {
        match parameter_kind(parameter) {
            "list_splat_pattern" => {
                let name = parameter.named_child(0)?;
                if eval.text(name) != star {
                    return None;
                }
                let position = (position + at).checked_sub(skip)?;
                return Some((STAR_ORDER + at, Some(position), None));
            }
            "positional_separator" | "comment" => {}
            "keyword_separator" | "dictionary_splat_pattern" => return None,
            _ => position += 1,
        }
    }
    None
}

/// The identifier a parameter binds, when it is a plain (possibly typed or defaulted) one.
pub(super) fn parameter_name(parameter: Node<'_>) -> Option<Node<'_>> {
    match parameter.kind_name() {
        "identifier" => Some(parameter),
        "typed_parameter" => parameter
            .named_child(0)
            .filter(|n| n.kind_name() == "identifier"),
        "default_parameter" | "typed_default_parameter" => parameter.field("name"),
        _ => None,
    }
}

/// How many positional arguments `site` calls the wrapper's callable with at most: as many as
/// it calls its own callable with when that is the parameter or an alias of it, and those a
/// `functools.partial(fn, a, ...)` binds before them. `None` where the site does not say.
fn positionals_through(eval: &Evaluator<'_>, site: &Site<'_>) -> Option<usize> {
    let count = positionals(eval, site)?;
    let callable = unparenthesize(site.callable);
    match callable.kind_name() {
        "identifier" => plain_parameter(eval, callable, site.scope, 0).then_some(count),
        "call" => {
            let function = callable.field("function")?;
            if eval.eval(function, site.scope) != Value::Partial {
                return None;
            }
            let arguments = callable.field("arguments")?;
            let mut written = named_items(arguments).into_iter();
            let wrapped = unparenthesize(written.next()?);
            if !plain_parameter(eval, wrapped, site.scope, 0) {
                return None;
            }
            Some(count + written_positionals(written)?)
        }
        _ => None,
    }
}

/// Whether the name `node` is a parameter as the caller passed it: bound once, as a
/// parameter, or to another such name (`f = fn`). A name bound to anything else (`f =
/// partial(fn, a)`, `fn = _Tagged(fn)`) is called with other arguments than the site's.
fn plain_parameter(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId, depth: usize) -> bool {
    let name = eval.text(node);
    let Resolution::Scope(found) = eval.model.resolve(scope, name) else {
        return false;
    };
    let [only] = eval.model.bindings_of(found, name) else {
        return false;
    };
    let binding = eval.model.binding(*only);
    match binding.kind {
        BindingKind::Parameter => true,
        BindingKind::Assignment if depth < MAX_ALIASES => binding
            .value
            .and_then(|value| eval.node_at(value))
            .map(unparenthesize)
            .is_some_and(|value| {
                value.kind_name() == "identifier"
                    && plain_parameter(eval, value, binding.written_in, depth + 1)
            }),
        _ => false,
    }
}

/// How the wrapper passes further arguments, given how the site does: map-like stays
/// map-like, its own `*args` (and `**kwargs`) forwarded to `submit` or as `initargs=args`
/// make it trailing, anything else is bound in a `functools.partial`.
fn passing_through(eval: &Evaluator<'_>, site: &Site<'_>, function: ScopeId) -> Passing {
    let Some(def) = eval.scope_node(function) else {
        return Passing::Mapped;
    };
    let (args, kwargs) = splat_parameters(eval, def);
    let passing = match site.row.passing {
        Passing::Trailing { .. } => trailing_through(eval, site, args, kwargs),
        // `initargs=args`, `args=args`: the wrapper's own `*args` become the tuple.
        Passing::Tuple { args: slot, .. } => {
            let tuple = argument(site.arguments, eval.source, slot.position, slot.keyword);
            match tuple.map(|t| eval.text(unparenthesize(t))) {
                Some(name) if args == Some(name) => Passing::Trailing { keywords: false },
                _ => Passing::Mapped,
            }
        }
        Passing::Mapped => Passing::Mapped,
    };
    // Captures appended to `*args` reach every reader of it: in `def both(f, g, *args)`
    // handing `args` to two processes, `g`'s captures would be passed to `f` too. And they
    // are appended at the call's end: only when `*args` comes right after the callable's
    // parameter do they land in it (`def spawn(fn, name=None, *args)` would bind the first
    // to `name`), and only then are the arguments after the callable those the API's worker
    // gets, position for position (`arguments::forwards_arguments`).
    let body = def.field("body");
    // The captures travel with the calls that hand the callable over: one that also calls it
    // in the parent (`fn(local)`, a thread, `logged.__wrapped__(...)`) would call it without
    // them. Bound in a partial, they reach every call.
    let parameter = site_parameter(eval, site, function);
    let handed = unparenthesize(site.callable);
    let used_elsewhere = |body: Node<'_>| {
        parameter.is_some_and(|name| called_or_passed(eval, body, name, site.call))
            || (handed.kind_name() == "identifier"
                && parameter != Some(eval.text(handed))
                && called_or_passed(eval, body, eval.text(handed), site.call))
    };
    match (passing, args, body) {
        (Passing::Trailing { .. }, _, Some(body)) if used_elsewhere(body) => Passing::Mapped,
        (Passing::Trailing { .. }, Some(name), Some(body)) if reads(eval, body, name) > 1 => {
            Passing::Mapped
        }
        (Passing::Trailing { .. }, Some(name), _) if !splat_follows(eval, def, parameter, name) => {
            Passing::Mapped
        }
        _ => passing,
    }
}

/// The name of the parameter of the wrapper `function` that the site's callable reads, when
/// it is one.
fn site_parameter<'a>(eval: &Evaluator<'a>, site: &Site<'a>, function: ScopeId) -> Option<&'a str> {
    reaching_parameter(eval, site.callable, site.scope, 0)
        .filter(|(found, _)| *found == function)
        .map(|(_, name)| name)
}

/// Whether the parameter right after `callable` among the parameters of `def` is its `*args`,
/// named `args`.
fn splat_follows(eval: &Evaluator<'_>, def: Node<'_>, callable: Option<&str>, args: &str) -> bool {
    let (Some(callable), Some(parameters)) = (callable, def.field("parameters")) else {
        return false;
    };
    // `def submit(self, fn, /, *args, **kwargs)`: the `/` binds nothing.
    let mut parameters = crate::core::parse::named_items(parameters);
    parameters.retain(|p| p.kind_name() != "positional_separator");
    let Some(at) = parameters
        .iter()
        .position(|p| parameter_name(*p).is_some_and(|n| eval.text(n) == callable))
    else {
        return false;
    };
    parameters.get(at + 1).is_some_and(|next| {
        parameter_kind(*next) == "list_splat_pattern"
            && splat_name(*next).is_some_and(|n| eval.text(n) == args)
    })
}

/// How many times `body` names `name`, nested functions included: a keyword's name
/// (`args=args` reads `args` once) and an attribute's (`self.args`) are no reads of it.
/// Whether code of `body` other than the call `site` calls the variable `name` (`fn(local)`),
/// hands it to another call (`Thread(target=fn)`, `traced(fn)`) or gives it another name
/// (`g = fn`): a use that would not get the captures the site's call passes on. A look at it
/// (`fn in started`, `fn.__name__`) is none.
fn called_or_passed(eval: &Evaluator<'_>, body: Node<'_>, name: &str, site: Node<'_>) -> bool {
    read_at(eval, body, name).into_iter().any(|node| {
        let Some(parent) = node.parent() else {
            return false;
        };
        let (holder, value) = match parent.kind_name() {
            "keyword_argument" if parent.field("value") == Some(node) => (parent.parent(), true),
            "argument_list" => (Some(parent), true),
            "call" => return parent.field("function") == Some(node),
            "assignment" => return parent.field("right") == Some(node),
            _ => (None, false),
        };
        value
            && holder.and_then(|list| list.parent()).is_some_and(|call| {
                call.kind_name() == "call" && call.id() != site.id() && !only_looks(eval, call)
            })
    })
}

/// Functions that look at a callable given to them and never call it.
const LOOKERS: [&str; 9] = [
    "callable",
    "id",
    "repr",
    "str",
    "print",
    "hash",
    "wraps",
    "update_wrapper",
    "getsourcelines",
];

/// Whether `call` calls a function that only looks at its arguments: an inspector
/// (`inspect.isfunction(fn)`, `getattr(fn, "x")`) or one of `LOOKERS`, by its last name.
fn only_looks(eval: &Evaluator<'_>, call: Node<'_>) -> bool {
    let last = call.field("function").and_then(|f| match f.kind_name() {
        "identifier" => Some(f),
        "attribute" => f.field("attribute"),
        _ => None,
    });
    last.is_some_and(|name| {
        let name = eval.text(name);
        super::inspection::INSPECTORS.contains(&name) || LOOKERS.contains(&name)
    })
}

fn reads(eval: &Evaluator<'_>, body: Node<'_>, name: &str) -> usize {
    read_at(eval, body, name).len()
}

/// The identifiers under `body` that read `name`: not the name of a keyword argument or of
/// an attribute (`f(name=1)`, `x.name`).
fn read_at<'t>(eval: &Evaluator<'_>, body: Node<'t>, name: &str) -> Vec<Node<'t>> {
    let mut stack = vec![body];
    let mut found = Vec::new();
    while let Some(node) = stack.pop() {
        let named = || {
            node.parent()
                .is_some_and(|parent| match parent.kind_name() {
                    "keyword_argument" => parent.field("name") == Some(node),
                    "attribute" => parent.field("attribute") == Some(node),
                    _ => false,
                })
        };
        if node.kind_name() == "identifier" && eval.text(node) == name && !named() {
            found.push(node);
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    found
}

/// `submit(fn, *args)` or `submit(fn, *args, **kwargs)` forwarding the wrapper's own splats
/// stays trailing; any other call is bound with `functools.partial`.
fn trailing_through(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    args: Option<&str>,
    kwargs: Option<&str>,
) -> Passing {
    let mut cursor = site.arguments.walk();
    let after: Vec<Node<'_>> = site
        .arguments
        .named_children(&mut cursor)
        .filter(|a| a.start_byte() >= site.callable.end_byte() && a.kind_name() != "comment")
        .collect();
    let splat = |node: Option<&Node<'_>>, kind: &str| {
        node.filter(|n| n.kind_name() == kind)
            .and_then(|n| n.named_child(0))
            .map(|n| eval.text(n))
    };
    match after.as_slice() {
        [a] if args.is_some() && splat(Some(a), "list_splat") == args => {
            Passing::Trailing { keywords: false }
        }
        [a, k]
            if args.is_some()
                && splat(Some(a), "list_splat") == args
                && kwargs.is_some()
                && splat(Some(k), "dictionary_splat") == kwargs =>
        {
            Passing::Trailing { keywords: true }
        }
        _ => Passing::Mapped,
    }
}

/// The keywords a call of the wrapper `function` binds to parameters, its own or those of the
/// wrapper at `site` it forwards its `**kwargs` to, rather than passing them on to the
/// callable.
fn keywords_through(eval: &Evaluator<'_>, site: &Site<'_>, function: ScopeId) -> Vec<String> {
    let mut keywords = eval
        .scope_node(function)
        .map(|def| own_keywords(eval, def))
        .unwrap_or_default();
    for keyword in site.row.own_keywords {
        if !keywords.iter().any(|k| k == keyword) {
            keywords.push(keyword.to_string());
        }
    }
    keywords
}

/// The names of a function's `*args` and `**kwargs` parameters.
fn splat_parameters<'a>(eval: &Evaluator<'a>, def: Node<'a>) -> (Option<&'a str>, Option<&'a str>) {
    let Some(parameters) = def.field("parameters") else {
        return (None, None);
    };
    let mut cursor = parameters.walk();
    let mut splats = (None, None);
    for parameter in parameters.named_children(&mut cursor) {
        let name = splat_name(parameter).map(|n| eval.text(n));
        match parameter_kind(parameter) {
            "list_splat_pattern" => splats.0 = name,
            "dictionary_splat_pattern" => splats.1 = name,
            _ => {}
        }
    }
    splats
}

/// The wrappers whose parameter travels as an argument of a module-level function that a
/// worker calls, and that calls the parameter (`def run(fn, n): fn(n)`): the argument is
/// pickled with the task and called in the worker. The arguments are those the site passes
/// its target, `Process(target=run, args=(fn, n))`, `pool.apply(run, (fn, n))`,
/// `executor.submit(run, fn, n)`, or those a `functools.partial` of the target binds, by
/// position or by keyword: `pool.map(partial(run, fn), xs)`, `partial(run, fn=fn)`, also
/// through a local bound once to such a partial (`task = partial(run, fn)`, then
/// `pool.map(task, xs)`).
fn through_process_arguments(eval: &Evaluator<'_>, site: &Site<'_>, line: usize) -> Vec<Wrapper> {
    let mut wrappers = Vec::new();
    // torch's `spawn(run, args=(fn,))` calls `run(i, fn)`: the tuple starts one further on.
    let first = usize::from(site.row.passes_index);
    let handed = || {
        site_arguments(eval, site)
            .into_iter()
            .enumerate()
            .map(|(index, node)| (WorkerParameter::At(first + index), node))
            .chain(site_keywords(eval, site))
            .collect()
    };
    // A worker nested in the function (`def worker(*args): ...` in a decorator's closure) is
    // read as one at module level: it is lifted there itself (PKL003), and the caller's
    // callable must then be too.
    let target = module_function(eval, site.callable, site.scope).or_else(|| {
        nested_callable(eval, site.callable, site.scope)
            .map(|(_, def)| def)
            .filter(|def| def.kind_name() == "function_definition")
    });
    if let Some(target) = target {
        wrappers.extend(handed_to(eval, site, target, handed(), line));
    } else if let Some((function, name)) = reaching_parameter(eval, site.callable, site.scope, 0)
        && let Some(taking) = wrapper_of(eval, function, Some(name))
    {
        // `Process(target=worker, args=(cb,))` with `worker` a parameter too: `cb` is
        // pickled whatever the worker does with it, and that worker is each call's to say
        // (`Inspection::worker_slot`); until a call says, its code cannot be read.
        let label = eval.text(unparenthesize(site.callable));
        for (_, element) in handed() {
            let Some((function, name, None)) = reaching_worker_value(eval, element, site.scope)
            else {
                continue;
            };
            if let Some(mut wrapper) =
                through_worker(eval, site, (function, name, None), (label, line))
            {
                if wrapper.inspected.is_none() {
                    let call = site.call;
                    wrapper.inspected =
                        Some((eval.one_line(call), call.start_position().row + 1, None));
                    wrapper.unread = true;
                    wrapper.worker_slot = Some((taking.position, taking.keyword.clone()));
                }
                wrappers.push(wrapper);
            }
        }
    }
    // A worker of another file of the run (`Process(target=run_task, args=(fn, x))` with
    // `run_task` imported), whose file said what it does with each parameter.
    if let Some((slots, file)) = worker_slots(eval, site.callable) {
        wrappers.extend(handed_to_imported(
            eval,
            site,
            (slots, file),
            handed(),
            line,
        ));
    }
    // The partial may be kept in a local first (fastcore's `_g = partial(_call, g)`, then
    // `super().map(_g, items)`).
    let partial = partial_of_module_function(eval, site.callable, site.scope)
        .or_else(|| {
            let (value, _) = bound_once(eval, unparenthesize(site.callable), site.scope)?;
            partial_of_module_function(eval, value, site.scope)
        })
        .or_else(|| partial_from_helper(eval, site.callable, site.scope));
    // `partial(apply_chunk, fn)` with `apply_chunk` imported: its file said what it does
    // with each parameter.
    if let Some((first, bound)) = partial_parts(eval, site.callable, site.scope)
        && let Some((slots, file)) = worker_slots(eval, first)
    {
        wrappers.extend(handed_to_imported(eval, site, (slots, file), bound, line));
    }
    if let Some((target, bound)) = partial {
        wrappers.extend(handed_to(eval, site, target, bound, line));
    } else {
        // Or in one branch of an `if` (`init = partial(_bootstrap, hook)`, `else: init =
        // _reset`), which the caller's callable reaches on that branch's path.
        for (value, scope, after) in branch_bound(eval, site.callable, site.scope) {
            if let Some((target, bound)) = partial_of_module_function(eval, value, scope) {
                let handed = handed_to(eval, site, target, bound, line);
                wrappers.extend(handed.into_iter().filter(|wrapper| {
                    after.is_none_or(|branches| {
                        (wrapper.keyword.as_deref()).is_some_and(|parameter| {
                            tested_only_on(eval, value, branches, scope, parameter)
                        })
                    })
                }));
            }
        }
    }
    // Also kept in a local first (`job = partial(sorted, key=key)`, then `pool.map(job, xs)`).
    let builtin = partial_of_calling_builtin(eval, site.callable, site.scope).or_else(|| {
        let (value, _) = bound_once(eval, unparenthesize(site.callable), site.scope)?;
        partial_of_calling_builtin(eval, value, site.scope)
    });
    if let Some((label, called)) = builtin {
        for element in called {
            let Some((function, name)) = reaching_parameter(eval, element, site.scope, 0) else {
                continue;
            };
            let wrapper = through_worker(eval, site, (function, name, None), (label, line));
            wrappers.extend(wrapper.map(|mut wrapper| {
                // `sorted`, `min` and `max` call their `key` with one item at a time.
                if matches!(label, "sorted" | "min" | "max") {
                    wrapper.positionals = Some(1);
                }
                wrapper
            }));
        }
    }
    // `Process(target=self._run, args=(fn, x))`: the bound method pickles by reference with
    // its instance, and the arguments bind its parameters after `self`.
    if let Some((target, skip)) = own_method(eval, site.callable, site.scope) {
        let handed = site_arguments(eval, site)
            .into_iter()
            .enumerate()
            .map(|(index, node)| (WorkerParameter::At(first + index + skip), node))
            .chain(site_keywords(eval, site))
            .collect();
        wrappers.extend(handed_to(eval, site, target, handed, line));
    }
    wrappers
}

/// The `def` of the method `self.<name>` names, read in a method of a module-level class
/// whose first parameter is `self`, when the class defines it once, and how many of its
/// parameters come before the arguments a call gives: one for a plain method (`self`) or a
/// class method (`cls`), none for a static method.
fn own_method<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, usize)> {
    let node = unparenthesize(node);
    let object = node
        .field("object")
        .filter(|o| node.kind_name() == "attribute" && o.kind_name() == "identifier")?;
    let attr = node.field("attribute")?;
    let Resolution::Scope(method) = eval.model.resolve(scope, eval.text(object)) else {
        return None;
    };
    let class = eval.model.scope(method).parent?;
    let first = eval
        .scope_node(method)?
        .field("parameters")?
        .named_child(0)
        .and_then(parameter_name)?;
    if eval.model.scope(method).kind != ScopeKind::Function
        || eval.model.scope(class).kind != ScopeKind::Class
        || eval.model.scope(class).parent != Some(SemanticModel::MODULE)
        || eval.text(first) != eval.text(object)
    {
        return None;
    }
    let [only] = eval.model.bindings_of(class, eval.text(attr)) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    let statement = eval
        .statement_node(binding.statement)
        .filter(|_| binding.kind == BindingKind::FunctionDef)?;
    let def = match statement.kind_name() {
        "decorated_definition" => statement.field("definition")?,
        _ => statement,
    };
    let skip = match eval.called_as(def)? {
        Called::Plain | Called::ClassMethod => 1,
        Called::Static => 0,
        _ => return None,
    };
    (def.kind_name() == "function_definition").then_some((def, skip))
}

/// Which parameter of a worker-side target an argument handed to it binds.
#[derive(Clone, Copy)]
enum WorkerParameter<'a> {
    /// The positional parameter at this index.
    At(usize),
    /// The parameter of this name, given by keyword.
    Named(&'a str),
}

/// The positional arguments `site` passes its callable: the elements of a literal tuple in
/// its argument-tuple slot (`args=(fn, n)`, or the tuple that leads `args=(fn,) + rest`), or the arguments after the callable for an API
/// that passes them on (`submit(run, fn, n)`), up to the first splat or keyword.
fn site_arguments<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> Vec<Node<'a>> {
    match site.row.passing {
        Passing::Tuple { args, .. } => {
            argument(site.arguments, eval.source, args.position, args.keyword)
                .map(|tuple| tuple_elements(eval, tuple, site.scope))
                .unwrap_or_default()
        }
        Passing::Trailing { .. } => {
            let mut cursor = site.arguments.walk();
            site.arguments
                .named_children(&mut cursor)
                .filter(|a| {
                    a.start_byte() >= site.callable.end_byte() && a.kind_name() != "comment"
                })
                .take_while(|a| {
                    !matches!(
                        a.kind_name(),
                        "list_splat" | "dictionary_splat" | "keyword_argument"
                    )
                })
                .collect()
        }
        Passing::Mapped => Vec::new(),
    }
}

/// The elements of an argument tuple, up to the first splat: a literal tuple or list
/// (`args=(fn, n)`, `args=[fn, n]`), or a local name bound once to one and read nowhere else
/// (lightning's `process_args = [function, args]`, then `args=process_args`), so that no
/// code between them can change what the worker is given; or the one that leads a
/// concatenation (`args=(fn,) + rest`), whose elements keep their positions whatever follows.
fn tuple_elements<'a>(eval: &Evaluator<'a>, node: Node<'a>, scope: ScopeId) -> Vec<Node<'a>> {
    let node = leading_operand(node);
    let literal = match node.kind_name() {
        "tuple" | "list" => Some(node),
        "identifier" => literal_bound_once(eval, node, scope),
        _ => None,
    };
    let Some(literal) = literal else {
        return Vec::new();
    };
    let mut cursor = literal.walk();
    literal
        .named_children(&mut cursor)
        .filter(|element| element.kind_name() != "comment")
        .take_while(|element| element.kind_name() != "list_splat")
        .collect()
}

/// The left-most operand of a concatenation (`(fn,) + args`, `(fn, n) + rest + more`), or
/// `node` itself, without parentheses.
fn leading_operand(node: Node<'_>) -> Node<'_> {
    let mut node = unparenthesize(node);
    while node.kind_name() == "binary_operator"
        && node.field("operator").map(|o| o.kind_name()) == Some("+")
    {
        match node.field("left") {
            Some(left) => node = unparenthesize(left),
            None => break,
        }
    }
    node
}

/// The tuple or list literal the local `name` of `scope` is assigned once, when this read is
/// its only one.
fn literal_bound_once<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    scope: ScopeId,
) -> Option<Node<'a>> {
    bound_once(eval, name, scope)
        .filter(|(_, reads)| *reads == 1)
        .map(|(value, _)| value)
        .filter(|value| matches!(value.kind_name(), "tuple" | "list"))
}

/// The value of the one assignment that binds the local name `name` of `scope`, made in
/// `scope` itself, with how many times the scope reads the name. Bound once, the name holds
/// that value wherever it is read (or is unbound there, which raises).
pub(super) fn bound_once<'a>(
    eval: &Evaluator<'a>,
    name: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, usize)> {
    let text = eval.text(name);
    if name.kind_name() != "identifier"
        || eval.model.resolve(scope, text) != Resolution::Scope(scope)
    {
        return None;
    }
    let [only] = eval.model.bindings_of(scope, text) else {
        return None;
    };
    let binding = eval.model.binding(*only);
    let assigned = matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    );
    if !assigned || binding.written_in != scope {
        return None;
    }
    let reads = (eval.model.references.iter())
        .filter(|r| r.name == text && r.resolution == Resolution::Scope(scope))
        .count();
    Some((unparenthesize(eval.node_at(binding.value?)?), reads))
}

/// The keyword arguments `site` passes its callable: the entries with a plain string key of a
/// literal dict in its keyword-dict slot (`kwargs={"fn": fn}`, or a local bound to one and
/// read only there, `kwargs = {"target": target}` then `Process(..., kwargs=kwargs)`), or the
/// keyword arguments after the callable for an API that passes them on (`submit(run, x,
/// fn=fn)`).
fn site_keywords<'a>(
    eval: &Evaluator<'a>,
    site: &Site<'a>,
) -> Vec<(WorkerParameter<'a>, Node<'a>)> {
    let entries = match site.row.passing {
        Passing::Tuple {
            kwargs: Some(slot), ..
        } => argument(site.arguments, eval.source, slot.position, slot.keyword)
            .map(unparenthesize)
            .and_then(|given| match given.kind_name() {
                "identifier" => {
                    let scope = eval.model.scope_at(given.start_byte());
                    bound_once(eval, given, scope)
                        .filter(|(_, reads)| *reads == 1)
                        .map(|(value, _)| value)
                }
                _ => Some(given),
            })
            .filter(|d| d.kind_name() == "dictionary")
            .map(|dict| {
                let mut cursor = dict.walk();
                dict.named_children(&mut cursor)
                    .filter(|pair| pair.kind_name() == "pair")
                    .filter_map(|pair| {
                        let key = pair.field("key")?;
                        let mut parts = key.walk();
                        let plain = key.kind_name() == "string"
                            && !key
                                .named_children(&mut parts)
                                .any(|part| part.kind_name() == "interpolation");
                        let name = string_content(eval.text(key));
                        (plain && is_identifier(name)).then_some((name, pair.field("value")?))
                    })
                    .collect()
            })
            .unwrap_or_default(),
        Passing::Trailing { keywords: true } => {
            let mut cursor = site.arguments.walk();
            site.arguments
                .named_children(&mut cursor)
                .filter(|a| a.start_byte() >= site.callable.end_byte())
                .filter(|a| a.kind_name() == "keyword_argument")
                .filter_map(|a| Some((eval.text(a.field("name")?), a.field("value")?)))
                .collect()
        }
        _ => Vec::new(),
    };
    entries
        .into_iter()
        .map(|(name, value)| (WorkerParameter::Named(name), value))
        .collect()
}

/// Whether `text` is a plain ASCII identifier, as a dict key must be to bind a parameter.
pub(super) fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `functools.partial(run, a, b, key=c)` where `run` is a module-level function: its `def` and
/// the arguments the partial binds: the positional ones up to the first splat, and the
/// keywords (the worker is given both).
fn partial_of_module_function<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, Vec<(WorkerParameter<'a>, Node<'a>)>)> {
    let (first, bound) = partial_parts(eval, node, scope)?;
    Some((module_function(eval, first, scope)?, bound))
}

/// `helper(fn)` or `self._helper(fn)`, where the helper, a module-level function or a plain
/// method of the caller's class in this file, only returns a `functools.partial` of a
/// module-level function (`def _wrap(self, fn): return functools.partial(_call_safely,
/// fn)`): that function, and what the partial binds, each of the helper's parameters it binds
/// replaced by the call's argument for it. A value that is not one of its parameters is left
/// out: no caller hands it over.
fn partial_from_helper<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, Vec<(WorkerParameter<'a>, Node<'a>)>)> {
    let node = unparenthesize(node);
    let function = node
        .field("function")
        .filter(|_| node.kind_name() == "call")?;
    let arguments = node.field("arguments")?;
    let (def, skip) = match function.kind_name() {
        "identifier" => (module_function(eval, function, scope)?, 0),
        "attribute" => {
            let object = function.field("object")?;
            let class = eval.method_class(eval.text(object), scope)?;
            let name = eval.text(function.field("attribute")?);
            let [only] = eval.model.bindings_of(class, name) else {
                return None;
            };
            let binding = eval.model.binding(*only);
            let def = eval.statement_node(binding.statement)?;
            let plain = binding.kind == BindingKind::FunctionDef
                && def.kind_name() == "function_definition"
                && eval.called_as(def) == Some(Called::Plain);
            (object.kind_name() == "identifier" && plain).then_some((def, 1))?
        }
        _ => return None,
    };
    let returned = sole_return(def)?;
    let own = eval.model.scope_at(returned.start_byte());
    let (target, bound) = partial_of_module_function(eval, returned, own)?;
    let bound = bound.into_iter().filter_map(|(parameter, value)| {
        let name = eval.text(value);
        let binding = eval.model.sole_binding(own, name)?;
        let is_parameter = value.kind_name() == "identifier"
            && binding.kind == BindingKind::Parameter
            && binding.scope == own;
        let (_, position, keyword) =
            parameter_slot(eval, def, name, skip).filter(|_| is_parameter)?;
        let given = argument(arguments, eval.source, position, keyword.as_deref())?;
        Some((parameter, given))
    });
    Some((target, bound.collect()))
}

/// The value of the one `return` that makes up the body of `def`, after a docstring.
pub(super) fn sole_return(def: Node<'_>) -> Option<Node<'_>> {
    let body = def.field("body")?;
    let mut cursor = body.walk();
    let statements: Vec<Node<'_>> = body
        .named_children(&mut cursor)
        .filter(|s| s.kind_name() != "comment")
        .collect();
    let statement = match statements.as_slice() {
        [only] => *only,
        [docstring, only]
            if docstring.kind_name() == "expression_statement"
                && docstring
                    .named_child(0)
                    .is_some_and(|s| s.kind_name() == "string") =>
        {
            *only
        }
        _ => return None,
    };
    (statement.kind_name() == "return_statement")
        .then(|| statement.named_child(0))
        .flatten()
}

/// The values a `functools.partial` of a built-in that calls one of its arguments binds in
/// that argument, where the worker calls them: `partial(sorted, key=key)` handed to
/// `pool.map` sorts each item in a worker, calling `key` there; `partial(map, fn)` and
/// `partial(filter, fn)` call `fn`. Each is pickled with the partial.
fn partial_of_calling_builtin<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(&'a str, Vec<Node<'a>>)> {
    let (first, bound) = partial_parts(eval, node, scope)?;
    let name = eval.text(first);
    if first.kind_name() != "identifier" || eval.model.resolve(scope, name) != Resolution::Builtin {
        return None;
    }
    let called = |parameter: &WorkerParameter<'_>| match (name, parameter) {
        ("sorted" | "min" | "max", WorkerParameter::Named(keyword)) => *keyword == "key",
        ("map" | "filter", WorkerParameter::At(at)) => *at == 0,
        _ => false,
    };
    let called: Vec<Node<'a>> = bound
        .into_iter()
        .filter(|(parameter, _)| called(parameter))
        .map(|(_, node)| node)
        .collect();
    (!called.is_empty()).then_some((name, called))
}

/// The callables the sites among `sites` bind in a `functools.partial` of a function imported
/// from another module (`pool.map(partial(apply_chunk, fn), chunks)`), each at its slot in
/// that function's call (`handed::Held::Callable`), so that the run reads what the function,
/// the worker, does with it in its own file, as for a callable among a site's arguments
/// (`arguments::handed_callables`).
pub(super) fn partial_worker_requests(eval: &Evaluator<'_>, sites: &[Site<'_>]) -> Vec<HandedPool> {
    let mut found = Vec::new();
    for site in sites {
        let Some((first, bound)) = partial_parts(eval, site.callable, site.scope) else {
            continue;
        };
        if module_function(eval, first, site.scope).is_some() {
            continue;
        }
        let Some(function) = super::handed::imported_function(eval, first, site.scope) else {
            continue;
        };
        for (parameter, value) in bound {
            if !may_be_lifted_or_forwarded(eval, value, site.scope) {
                continue;
            }
            let (position, keyword) = match parameter {
                WorkerParameter::At(at) => (Some(at), None),
                WorkerParameter::Named(name) => (None, Some(name.to_string())),
            };
            found.push(HandedPool {
                function: function.clone(),
                position,
                keyword,
                held: Held::Callable,
            });
        }
    }
    found
}

/// `functools.partial(first, a, b, key=c)`: `first` and the arguments the partial binds: the
/// positional ones up to the first splat, and the keywords.
fn partial_parts<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<(Node<'a>, Vec<(WorkerParameter<'a>, Node<'a>)>)> {
    let node = unparenthesize(node);
    let function = node
        .field("function")
        .filter(|_| node.kind_name() == "call")?;
    if eval.eval(function, scope) != Value::Partial {
        return None;
    }
    let arguments = node.field("arguments")?;
    let mut cursor = arguments.walk();
    let given: Vec<Node<'a>> = arguments
        .named_children(&mut cursor)
        .filter(|a| a.kind_name() != "comment")
        .collect();
    let (first, rest) = given.split_first()?;
    let positional = rest
        .iter()
        .take_while(|a| !matches!(a.kind_name(), "list_splat" | "dictionary_splat"))
        .filter(|a| a.kind_name() != "keyword_argument")
        .enumerate()
        .map(|(index, node)| (WorkerParameter::At(index), *node));
    let named = rest.iter().filter_map(|a| {
        let name = a
            .field("name")
            .filter(|_| a.kind_name() == "keyword_argument")?;
        Some((WorkerParameter::Named(eval.text(name)), a.field("value")?))
    });
    Some((*first, positional.chain(named).collect()))
}

/// The wrappers of the parameters among `handed`, the arguments of the module-level `target`
/// with the parameters they bind, that `target` calls.
fn handed_to(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    target: Node<'_>,
    handed: Vec<(WorkerParameter<'_>, Node<'_>)>,
    line: usize,
) -> Vec<Wrapper> {
    let mut wrappers = Vec::new();
    let worker = target;
    for (bound, element) in handed {
        let Some((function, name, mut part)) = reaching_worker_value(eval, element, site.scope)
        else {
            wrappers.extend(appended_for_worker(
                eval,
                site,
                target,
                (bound, element),
                line,
            ));
            continue;
        };
        let called = calls_parameter(eval, target, bound);
        let reach = if called {
            worker_entry(bound, Vec::new())
        } else if let Some(looped) = part.as_mut().filter(|l| l.element == Element::Whole)
            && let Some(key) = called_key(eval, target, bound)
        {
            // `for step in steps: Process(target=_run_step, args=(step, out))` with
            // `step["fn"](...)` in `_run_step`: the value at that key of each element.
            looped.element = Element::Key(leak(key));
            worker_entry(bound, vec![Step::Key(key.to_string())])
        } else if let Some(looped) = part.as_mut().filter(|l| l.element == Element::Whole)
            && let Some(field) = called_field(eval, target, bound)
        {
            // `for t in tasks: Process(target=_execute, args=(t, out))` with `t.fn(...)` in
            // `_execute`: that field of each element, a dataclass instance at the call.
            looped.element = Element::Field(leak(field));
            worker_entry(bound, vec![Step::Field(field.to_string())])
        } else {
            continue;
        };
        let label = eval.text(target.field("name").unwrap_or(target));
        let keyed = part.filter(|l| matches!(l.element, Element::Key(_) | Element::Field(_)));
        let whole = part.is_none();
        if let Some(mut wrapper) = through_worker(eval, site, (function, name, part), (label, line))
        {
            // The worker calls the caller's callable itself (`out.put(fn(item))`): with as
            // many positional arguments as its calls write out.
            if called && whole {
                wrapper.positionals = worker_parameter_name(eval, worker, bound)
                    .and_then(|name| call_positionals(eval, worker, name));
            }
            // The wrapper reading the dict it hands over anywhere else (`step["fn"].__name__`,
            // `fn = step["fn"]`) may look at the value: taken as looking, the safe side.
            if let Some(looped) = keyed
                && wrapper.inspected.is_none()
            {
                wrapper.inspected = other_read(eval, looped.variable, element, site.scope)
                    .map(|(what, line)| (what, line, None));
            }
            note_worker(&mut wrapper, worker_use(eval, worker, &reach));
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// The wrappers for the parameters a method appends to a list attribute that a loop of
/// `site`'s method walks, handing each element's part `element` to the worker `target`, which
/// calls it (`self.tasks.append((fn, args))` in `add`, then `for i, (fn, args) in
/// enumerate(self.tasks): Process(target=_runner, args=(i, fn, args, out))`): as for the
/// callable itself (`through_collections`), kept for a later hand-over.
fn appended_for_worker(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    target: Node<'_>,
    (bound, element): (WorkerParameter<'_>, Node<'_>),
    line: usize,
) -> Vec<Wrapper> {
    if !calls_parameter(eval, target, bound) {
        return Vec::new();
    }
    let label = eval.text(target.field("name").unwrap_or(target));
    let reach = worker_entry(bound, Vec::new());
    let mut wrappers = Vec::new();
    for appended in appended_to_attribute(eval, element, site.scope) {
        let scope = eval.model.scope_at(appended.start_byte());
        let Some((function, name)) = reaching_parameter(eval, appended, scope, 0) else {
            continue;
        };
        if let Some(mut wrapper) = through_worker(eval, site, (function, name, None), (label, line))
        {
            wrapper.deferred = true;
            note_worker(&mut wrapper, worker_use(eval, target, &reach));
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// The wrapper `function` is for its parameter `name`, which `site` hands to the worker
/// `label` (at `line`), with the site's facts; what the worker does with it is the caller's.
fn through_worker(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    (function, name, part): Carried<'_>,
    (label, line): (&str, usize),
) -> Option<Wrapper> {
    let mut wrapper = match part {
        Some(looped) => {
            let mut wrapper = element_wrapper(eval, function, name, looped.element, looped.walked)?;
            // `name=check.__qualname__` beside `args=(check, out)` would see the partial.
            if wrapper.inspected.is_none() {
                wrapper.inspected = variable_inspected(eval, looped.variable, site.scope)
                    .map(|(what, line)| (what, line, None));
            }
            wrapper
        }
        None => wrapper_of(eval, function, Some(name))?,
    };
    wrapper.via = (format!("`{label}` through {}", site.row.name_label()), line);
    wrapper.pickled_under_fork = site.row.pickled_under_fork;
    wrapper.forks_when_called = forks_within(eval, site, function);
    wrapper.started = site.row.started || started_right_away(eval, site.call);
    wrapper.interpreters = site.interpreters;
    wrapper.conditions = conditions_at(eval, site.call, function, wrapper.skip);
    Some(wrapper)
}

/// The function whose name starts at `key` in its `def` (`Wrapper::key`).
fn function_at(eval: &Evaluator<'_>, key: usize) -> Option<ScopeId> {
    let scope = eval.model.scope(eval.model.scope_at(key));
    let binding = (scope.bindings.values().flatten())
        .map(|&id| eval.model.binding(id))
        .find(|binding| binding.range.start == key && binding.kind == BindingKind::FunctionDef)?;
    eval.model.scope_created_by(binding.statement)
}

/// The conditions under which a constructor, `init`, whose class keeps a parameter, has it
/// handed over by a call in another method of the class (`if self.num_workers == 0: ...
/// return` in `__iter__`, then `Process(target=_loop, args=(..., self.collate_fn))`): the
/// facts on the way to the call in that method about what the constructor keeps of its
/// parameters (`instance_state`), as conditions on the constructor's own call. None when
/// the call is in the constructor itself (`conditions_at` has them).
fn conditions_in_own_method(
    eval: &Evaluator<'_>,
    call: Node<'_>,
    init: ScopeId,
) -> Vec<PendingCondition> {
    let model = eval.model;
    let Some(class) = model.scope(init).parent else {
        return Vec::new();
    };
    if eval.init_of(class) != Some(init) {
        return Vec::new();
    }
    let mut method = model.scope_at(call.start_byte());
    while model.scope(method).parent != Some(class) {
        match model.scope(method).parent {
            Some(parent) => method = parent,
            None => return Vec::new(),
        }
    }
    let Some(def) = eval.scope_node(method).filter(|_| method != init) else {
        return Vec::new();
    };
    (facts_to(eval, call, def).iter())
        .filter(|fact| fact.read.kind_name() == "attribute")
        // Unpicklable: judged by the constructor's own call, and only for an instance nothing
        // changes after it (`kept_pools::refuted_by_instance_state`).
        .filter_map(|fact| instance_state(eval, fact, method))
        .collect()
}

/// `handed_to` for a worker of another file of the run, by what its file said it does with
/// each parameter (`UserKind::Worker`): a parameter of a function here that reaches one the
/// worker calls makes the function a wrapper, and where the worker looks at it is in `file`.
fn handed_to_imported(
    eval: &Evaluator<'_>,
    site: &Site<'_>,
    (slots, file): (&[WorkerSlot], &str),
    handed: Vec<(WorkerParameter<'_>, Node<'_>)>,
    line: usize,
) -> Vec<Wrapper> {
    let mut wrappers = Vec::new();
    let file = leak(file);
    for (element, slot) in imported_slots(slots, handed) {
        if !slot.called {
            continue;
        }
        let Some((function, name, part)) = reaching_worker_value(eval, element, site.scope) else {
            continue;
        };
        // The worker's own name, also when a partial binds it (`partial(apply_chunk, fn)`).
        let worker = partial_parts(eval, site.callable, site.scope)
            .map_or(unparenthesize(site.callable), |(first, _)| first);
        let label = eval.text(worker);
        if let Some(mut wrapper) = through_worker(eval, site, (function, name, part), (label, line))
        {
            note_imported_worker(&mut wrapper, slot, file);
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// What a worker of another file does with the value at `slot`, as `note_worker` notes it for
/// one of this file, naming that file.
fn note_imported_worker(wrapper: &mut Wrapper, slot: &WorkerSlot, file: &'static str) {
    if wrapper.inspected.is_none() {
        let seen = slot.looks.clone().or_else(|| slot.otherwise.clone());
        wrapper.inspected = seen.map(|(what, line)| (what, line, Some(file)));
    }
    let known = wrapper.worker_keywords.get_or_insert_with(Vec::new);
    for (keyword, line) in &slot.keywords {
        let keyword = (keyword.clone(), *line, Some(file));
        if !known.contains(&keyword) {
            known.push(keyword);
        }
    }
}

/// Each value handed to a worker of another file, with what the worker does with it: an
/// argument itself at its parameter's slot, and an element of a list, tuple, set or dict
/// literal written there (`args=([fn], xs)`, `submit(run, {"f": fn})`) at the slot's element,
/// to `arguments::MAX_WORKER_DEPTH` containers deep.
fn imported_slots<'a, 's>(
    slots: &'s [WorkerSlot],
    handed: Vec<(WorkerParameter<'a>, Node<'a>)>,
) -> Vec<(Node<'a>, &'s WorkerSlot)> {
    let mut found = Vec::new();
    for (bound, value) in handed {
        let slot = slots.iter().find(|slot| match bound {
            WorkerParameter::At(at) => slot.position == Some(at),
            WorkerParameter::Named(name) => slot.keyword == name,
        });
        let Some(slot) = slot else {
            continue;
        };
        let mut level = vec![(value, slot)];
        while let Some((value, slot)) = level.pop() {
            found.push((value, slot));
            let container = unparenthesize(value);
            // A position of a list or tuple is told apart up to a splat, after which the
            // places are unknown.
            let placed = matches!(container.kind_name(), "list" | "tuple") && !has_splat(container);
            for (at, element) in contents(container).into_iter().enumerate() {
                let step = match placed {
                    true => Step::At(at),
                    false => Step::Any,
                };
                if let Some(inner) = slot.inner(&step) {
                    level.push((element, inner));
                }
            }
        }
    }
    found
}

/// The constructors of the module-level `Process` subclasses that keep a parameter on the
/// instance (`self.fn = fn` in `__init__`) and call it (`self.fn()` in `run`): `start()`
/// pickles the whole instance under spawn and forkserver, so what a caller passes there is
/// pickled as a `Process`'s target is, and the class is a wrapper for that parameter
/// (`values::subclasses`).
fn kept_by_processes(eval: &Evaluator<'_>) -> Vec<Wrapper> {
    let mut wrappers = Vec::new();
    for (_, class) in super::exports::module_classes(eval) {
        if eval.process_base(class, 0) != Some((Class::Process, false)) {
            continue;
        }
        let Some(init) = eval.init_of(class) else {
            continue;
        };
        let Some(node) = eval.scope_node(class) else {
            continue;
        };
        let kept = kept_parameters(eval, init);
        let called = kept.iter().filter(|(attr, ..)| {
            calls_attribute(eval, node, attr) && !drops_attribute(eval, class, attr, 0)
        });
        for &(attr, name, line) in called {
            if let Some(mut wrapper) = wrapper_of(eval, init, Some(name)) {
                wrapper.via = (format!("`Process.start()` as `self.{attr}`"), line);
                wrapper.pickled_under_fork = false;
                wrappers.push(wrapper);
            }
        }
    }
    wrappers
}

/// The wrappers a bound method handed over makes of its class's constructor: `pool.map(
/// self._one, xs)` or `Process(target=self._run)` pickles the instance, and with it every
/// value `__init__` keeps from a parameter, so a callable given there
/// (`Processor(lambda x: x * k).process(xs)`, with `self.transform = transform` and
/// `self.transform(x)` in `_one`) is pickled where the site's callable is. As for a `Process` subclass
/// (`kept_by_processes`), only the kept values the class calls count; a class that says how
/// its instances pickle (`__reduce__`, `__getstate__`, ...) may leave them out, and is not
/// read.
fn kept_by_bound_method(eval: &Evaluator<'_>, site: &Site<'_>, line: usize) -> Vec<Wrapper> {
    let callable = unparenthesize(site.callable);
    let (Some(object), Some(method)) = (callable.field("object"), callable.field("attribute"))
    else {
        return Vec::new();
    };
    if callable.kind_name() != "attribute" || object.kind_name() != "identifier" {
        return Vec::new();
    }
    let Some(class) = eval.method_class(eval.text(object), site.scope) else {
        return Vec::new();
    };
    let bound = match eval.model.bindings_of(class, eval.text(method)) {
        [only] if eval.model.binding(*only).kind == BindingKind::FunctionDef => {
            let def = eval
                .statement_node(eval.model.binding(*only).statement)
                .map(|s| s.field("definition").unwrap_or(s));
            def.and_then(|def| eval.called_as(def)) == Some(Called::Plain)
        }
        _ => false,
    };
    let pickles_its_way = pickles_its_way(eval, class, 0);
    let (Some(init), Some(node)) = (eval.init_of(class), eval.scope_node(class)) else {
        return Vec::new();
    };
    if !bound || pickles_its_way {
        return Vec::new();
    }
    // What `__init__` keeps, and what the method that hands the bound method over keeps
    // before it does (sphinx's `add_task`: `self._result_funcs[tid] = result_func`, then
    // `Process(target=self._process, ...)`).
    let mut kept: Vec<(ScopeId, &str, &str)> = (kept_parameters(eval, init).into_iter())
        .map(|(attr, name, _)| (init, attr, name))
        .collect();
    if site.scope != init && eval.model.scope(site.scope).parent == Some(class) {
        kept.extend(
            (stored_before(eval, site.scope, class, site.call.start_byte()).into_iter())
                .map(|(attr, name)| (site.scope, attr, name)),
        );
    }
    let called = kept
        .iter()
        .filter(|(_, attr, _)| calls_attribute(eval, node, attr));
    let mut wrappers = Vec::new();
    for &(function, attr, name) in called {
        if let Some(mut wrapper) = wrapper_of(eval, function, Some(name)) {
            wrapper.via = (
                format!(
                    "{} as `self.{attr}` of the bound method `self.{}`",
                    site.row.name_label(),
                    eval.text(method)
                ),
                line,
            );
            wrapper.pickled_under_fork = site.row.pickled_under_fork;
            wrapper.interpreters = site.interpreters;
            // The instance is made first and handed over later.
            wrapper.deferred = true;
            wrapper.positionals = attribute_positionals(eval, node, attr);
            wrappers.push(wrapper);
        }
    }
    wrappers
}

/// The parameters of the method `function` of `class` that its own statements before the
/// byte `before` keep on the instance, as it is or as an item of a container the instance
/// holds (`self.fn = fn`, `self._funcs[key] = fn`, also `= fn or default`): each with the
/// attribute.
fn stored_before<'a>(
    eval: &Evaluator<'a>,
    function: ScopeId,
    class: ScopeId,
    before: usize,
) -> Vec<(&'a str, &'a str)> {
    let Some(body) = eval.scope_node(function).and_then(|def| def.field("body")) else {
        return Vec::new();
    };
    named_items(body)
        .into_iter()
        .take_while(|statement| statement.end_byte() <= before)
        .filter_map(|statement| {
            let assignment = statement
                .named_child(0)
                .filter(|_| statement.kind_name() == "expression_statement")
                .filter(|a| a.kind_name() == "assignment")?;
            let mut left = assignment.field("left")?;
            if left.kind_name() == "subscript" {
                left = left.field("value")?;
            }
            let (object, attr) = (left.field("object")?, left.field("attribute")?);
            if left.kind_name() != "attribute"
                || eval.method_class(eval.text(object), function) != Some(class)
            {
                return None;
            }
            let mut right = unparenthesize(assignment.field("right")?);
            if right.kind_name() == "boolean_operator"
                && right
                    .field("operator")
                    .is_some_and(|op| op.kind_name() == "or")
            {
                right = unparenthesize(right.field("left")?);
            }
            let name = eval.text(right);
            let parameter = right.kind_name() == "identifier"
                && matches!(eval.model.bindings_of(function, name), [only]
                    if eval.model.binding(*only).kind == BindingKind::Parameter);
            parameter.then(|| (eval.text(attr), name))
        })
        .collect()
}

/// Whether the class `class` calls `<name>.<attr>(...)` somewhere, or an item of it
/// (`<name>.<attr>[key](...)`, `<name>.<attr>.pop(key)(...)`, sphinx's `_join_one`, or
/// `.get(key)`): a kept value the instance calls is a callable; one it never calls
/// (`self.interval = interval`) is data that no caller hands a function.
fn calls_attribute(eval: &Evaluator<'_>, class: Node<'_>, attr: &str) -> bool {
    let mut stack = vec![class];
    while let Some(node) = stack.pop() {
        let function = node
            .field("function")
            .filter(|_| node.kind_name() == "call")
            .map(|f| match f.kind_name() {
                "subscript" => f.field("value").unwrap_or(f),
                // `self._funcs.pop(tid)(...)`: the attribute `pop` is read on.
                "call" => f
                    .field("function")
                    .filter(|m| {
                        m.kind_name() == "attribute"
                            && m.field("attribute")
                                .is_some_and(|a| matches!(eval.text(a), "pop" | "get"))
                    })
                    .and_then(|m| m.field("object"))
                    .unwrap_or(f),
                _ => f,
            });
        let called = function.is_some_and(|f| {
            f.kind_name() == "attribute"
                && f.field("attribute").is_some_and(|a| eval.text(a) == attr)
        });
        if called {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    false
}

/// How many positional arguments the class `class` calls `<name>.<attr>` with at most, when
/// every read of that attribute in it is a call without a splat, a test of it (`if
/// self.transform is not None:`, `if self.transform:`) or the assignment that keeps it: then
/// no other code of the class can call the kept callable with more (`ApiRow::positionals`).
fn attribute_positionals(eval: &Evaluator<'_>, class: Node<'_>, attr: &str) -> Option<usize> {
    let mut most = 0;
    for node in attributes_named(eval, class, attr) {
        let parent = node.parent()?;
        match parent.kind_name() {
            "call" if parent.field("function") == Some(node) => {
                let arguments = parent.field("arguments")?;
                let mut count = 0;
                for argument in named_items(arguments) {
                    match argument.kind_name() {
                        "keyword_argument" => {}
                        "list_splat" | "dictionary_splat" => return None,
                        _ => count += 1,
                    }
                }
                most = most.max(count);
            }
            "assignment" if parent.field("left") == Some(node) => {}
            "if_statement" | "elif_clause" | "not_operator" | "boolean_operator" => {}
            "comparison_operator" => {
                let mut operands = parent.walk();
                let others_none = parent
                    .named_children(&mut operands)
                    .filter(|o| o.id() != node.id())
                    .all(|o| o.kind_name() == "none");
                if !others_none {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(most)
}

/// The statements `self.<attr> = <parameter>` at the top level of the body of `__init__`
/// (scope `init`): the attribute, the parameter and the line.
fn kept_parameters<'a>(eval: &Evaluator<'a>, init: ScopeId) -> Vec<(&'a str, &'a str, usize)> {
    let Some(body) = eval.scope_node(init).and_then(|def| def.field("body")) else {
        return Vec::new();
    };
    let mut cursor = body.walk();
    let statements: Vec<Node<'a>> = body.named_children(&mut cursor).collect();
    statements
        .into_iter()
        .filter_map(|statement| {
            let assignment = statement
                .named_child(0)
                .filter(|_| statement.kind_name() == "expression_statement")
                .filter(|a| a.kind_name() == "assignment")?;
            let left = assignment.field("left")?;
            let right = assignment.field("right")?;
            let object = left.field("object")?;
            let attr = left.field("attribute")?;
            if left.kind_name() != "attribute" || object.kind_name() != "identifier" {
                return None;
            }
            let (scope, name) = eval.stored_parameter(eval.text(object), eval.text(attr), init)?;
            (scope == init && name == eval.text(right))
                .then(|| (eval.text(attr), name, statement.start_position().row + 1))
        })
        .collect()
}

/// The `def` of the plain method `node` reads on a module-level class of the file
/// (`pool.map(Job.run, jobs)`), its own or a base's of the file, which takes each item as its
/// instance: not a static or class method, nor one a decorator replaces.
fn unbound_method<'a>(eval: &Evaluator<'a>, node: Node<'a>, scope: ScopeId) -> Option<Node<'a>> {
    let node = unparenthesize(node);
    let object = node
        .field("object")
        .filter(|_| node.kind_name() == "attribute")?;
    let class = eval.named_module_class(object, scope)?;
    let name = eval.text(node.field("attribute")?);
    // The class's own, or the first of its bases in the file that binds the name.
    let bound = in_file_classes(eval, class, 0)
        .into_iter()
        .map(|class| eval.model.bindings_of(class, name))
        .find(|bindings| !bindings.is_empty())?;
    let [only] = bound else {
        return None;
    };
    let binding = eval.model.binding(*only);
    let def = eval.statement_node(binding.statement)?;
    (binding.kind == BindingKind::FunctionDef && def.kind_name() == "function_definition")
        .then_some(def)
}

/// The `def` of the module-level function `node` names.
pub(super) fn module_function<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<Node<'a>> {
    let statement = module_statement(eval, node, scope, BindingKind::FunctionDef)?;
    let def = eval.node_at(statement)?;
    (def.kind_name() == "function_definition").then_some(def)
}

/// The first of the module-level functions a local bound once to a choice between two of
/// them names (parmap's `star = _func_star_single if kind == "map" else _func_star_many`),
/// when both branches are such functions: either may be the worker.
fn chosen_module_function<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<Node<'a>> {
    let (value, _) = bound_once(eval, unparenthesize(node), scope)?;
    if value.kind_name() != "conditional_expression" {
        return None;
    }
    let first = module_function(eval, value.named_child(0)?, scope)?;
    module_function(eval, value.named_child(2)?, scope)?;
    Some(first)
}

/// The statement of the one module-level binding of the name `node` is, where it is read,
/// when that binding is of `kind` (a `def`, a `class`).
pub(super) fn module_statement(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
    kind: BindingKind,
) -> Option<TextRange> {
    let binding = eval.model.binding(module_binding(eval, node, scope)?);
    (binding.kind == kind).then_some(binding.statement)
}

/// The value the module-level name `node` (read in `scope`) is assigned, when that
/// assignment at module level is the name's only binding (`STEPS = {...}`, `_JOBS = {}`).
pub(super) fn module_assigned<'a>(
    eval: &Evaluator<'a>,
    node: Node<'a>,
    scope: ScopeId,
) -> Option<Node<'a>> {
    let binding = eval.model.binding(module_binding(eval, node, scope)?);
    let assigned = matches!(
        binding.kind,
        BindingKind::Assignment | BindingKind::AnnotatedAssignment
    ) && binding.written_in == SemanticModel::MODULE;
    assigned.then_some(())?;
    Some(unparenthesize(eval.node_at(binding.value?)?))
}

/// The one module-level binding of the name `node` is, read in `scope`, when the name
/// resolves there and the module binds it once.
pub(super) fn module_binding(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
) -> Option<BindingId> {
    let node = unparenthesize(node);
    if node.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(node);
    if eval.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
        return None;
    }
    match eval.model.bindings_of(SemanticModel::MODULE, name) {
        [only] => Some(*only),
        _ => None,
    }
}

/// Whether the function `def` calls its parameter that `bound` binds (`fn(...)`), or keeps
/// it where a module-level function calls it (`worker_state`): a keyword binds a parameter of
/// that name that takes keywords, never a `**kwargs`.
fn calls_parameter(eval: &Evaluator<'_>, def: Node<'_>, bound: WorkerParameter<'_>) -> bool {
    worker_parameter_name(eval, def, bound).is_some_and(|name| calls_or_keeps(eval, def, name))
}

/// Whether the body of `def` calls the name `name` (`fn(x)`), or keeps it where a
/// module-level function calls it (`worker_state`).
pub(super) fn calls_or_keeps(eval: &Evaluator<'_>, def: Node<'_>, name: &str) -> bool {
    calls_or_keeps_as(eval, def, name, 0)
}

/// `calls_or_keeps`, also through a local alias the body makes of the name (`call = fn`,
/// then `call(item)`), `depth` aliases deep.
fn calls_or_keeps_as(eval: &Evaluator<'_>, def: Node<'_>, name: &str, depth: usize) -> bool {
    let Some(body) = def.field("body") else {
        return false;
    };
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        // The name, or an element of `*args` read by its index (`args[1]`, `star_element`).
        let is_name = |n: Node<'_>| {
            matches!(n.kind_name(), "identifier" | "subscript") && eval.text(n) == name
        };
        if node.kind_name() == "call" && node.field("function").is_some_and(is_name) {
            return true;
        }
        if depth < MAX_ALIASES
            && node.kind_name() == "assignment"
            && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
            && left.kind_name() == "identifier"
            && is_name(right)
            && calls_or_keeps_as(eval, def, eval.text(left), depth + 1)
        {
            return true;
        }
        // `map(fn, chunk)`, `sorted(chunk, key=fn)`.
        if node.kind_name() == "identifier"
            && eval.text(node) == name
            && super::worker_reads::called_by_builtin(eval, node)
        {
            return true;
        }
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
    }
    kept_for_later_calls(eval, body, name)
}

/// How many positional arguments the body of `def` calls its parameter `name` with at most,
/// when every read of the name is a call of it that writes them out (`fn(item)`, `fn(a,
/// key=k)`); `None` when one unpacks them or the name is read any other way (passed on,
/// kept, `map(fn, xs)`), which may call it with any.
fn call_positionals(eval: &Evaluator<'_>, def: Node<'_>, name: &str) -> Option<usize> {
    let mut most = None;
    let mut stack = vec![def.field("body")?];
    while let Some(node) = stack.pop() {
        let mut cursor = node.walk();
        stack.extend(node.named_children(&mut cursor));
        if node.kind_name() != "identifier" || eval.text(node) != name {
            continue;
        }
        let call = node.parent().filter(|call| {
            call.kind_name() == "call" && call.field("function").map(|f| f.id()) == Some(node.id())
        })?;
        let count = written_positionals(named_items(call.field("arguments")?))?;
        most = Some(most.map_or(count, |most: usize| most.max(count)));
    }
    most
}

/// How many positional arguments the arguments `written` pass, keywords aside; `None` when
/// one is unpacked (`*args`, `**kwargs`), which may pass any.
fn written_positionals<'a>(written: impl IntoIterator<Item = Node<'a>>) -> Option<usize> {
    let mut count = 0;
    for argument in written {
        match argument.kind_name() {
            "keyword_argument" => {}
            "list_splat" | "dictionary_splat" => return None,
            _ => count += 1,
        }
    }
    Some(count)
}

/// What a wrapper takes from the row of the wrapper or API it hands its callable to: where
/// that looks at the callable (or hands it to code that cannot be read), the keywords its
/// worker passes when it calls it, and whether it keeps it for a later hand-over.
/// `inspected` false leaves out where the row looks at the callable, for a caller that
/// judged the row's unread worker itself (`worker_passed`).
fn inherit_worker(wrapper: &mut Wrapper, row: &ApiRow, inspected: bool) {
    if wrapper.inspected.is_none()
        && inspected
        && let Some(inspected) = row.inspected
    {
        wrapper.inspected = Some((inspected.what.to_string(), inspected.line, inspected.file));
        wrapper.unread = inspected.unread;
        // The row's slot counts the arguments of its own calls, not of this wrapper's.
        wrapper.worker_slot = None;
    }
    let read = row
        .names_read
        .map(|read| (read.what.to_string(), read.line, read.file, read.qualified));
    wrapper.names_read = first_name_read(wrapper.names_read.take(), read);
    if let Some(keywords) = row.worker_keywords {
        let known = wrapper.worker_keywords.get_or_insert_with(Vec::new);
        for keyword in keywords {
            let keyword = (keyword.what.to_string(), keyword.line, keyword.file);
            if !known.contains(&keyword) {
                known.push(keyword);
            }
        }
    }
    wrapper.deferred |= row.deferred;
    wrapper.lazy |= row.lazy;
    if wrapper.instance_kept.is_none()
        && let Some(kept) = row.instance_kept
    {
        wrapper.instance_kept = Some((kept.what.to_string(), kept.line, kept.file));
    }
}

/// Record on `wrapper` what a worker of the run does with its callable (`worker_reads`):
/// the first place it would see a partial instead of a function, and the keywords it calls
/// it with, which makes the wrapper one whose callable code of the run calls.
fn note_worker(wrapper: &mut Wrapper, used: WorkerUse) {
    if wrapper.inspected.is_none() {
        wrapper.inspected = used.seen().map(|(what, line)| (what, line, None));
    }
    let read = used
        .names
        .map(|(what, line, qualified)| (what, line, None, qualified));
    wrapper.names_read = first_name_read(wrapper.names_read.take(), read);
    let known = wrapper.worker_keywords.get_or_insert_with(Vec::new);
    for (keyword, line) in used.keywords {
        let keyword = (keyword, line, None);
        if !known.contains(&keyword) {
            known.push(keyword);
        }
    }
}

/// What the worker `def` does with a value that reaches it at `reach`, or, where that
/// cannot be told, with the values it calls (`arguments::unknown_use`).
fn worker_use(eval: &Evaluator<'_>, def: Node<'_>, reach: &Entry) -> WorkerUse {
    let used = match reach {
        Entry::Unknown => unknown_use(eval, def),
        known => followed(eval, def, known),
    };
    used.unwrap_or_default()
}

/// The name of the parameter of the worker `def` that `bound` binds.
fn worker_parameter_name<'t>(
    eval: &Evaluator<'t>,
    def: Node<'t>,
    bound: WorkerParameter<'t>,
) -> Option<&'t str> {
    match bound {
        // A position past the named ones lands in `*args`, whose element the body reads by
        // its index (`func = args[1]`): named as `star_element` names it.
        WorkerParameter::At(index) => {
            let parameters = def.field("parameters")?;
            let mut cursor = parameters.walk();
            let mut position = 0;
            for parameter in parameters.named_children(&mut cursor) {
                match parameter_kind(parameter) {
                    "positional_separator" | "comment" => {}
                    "list_splat_pattern" => {
                        let star = parameter.named_child(0)?;
                        return Some(star_element(eval.text(star), index - position));
                    }
                    "keyword_separator" | "dictionary_splat_pattern" => return None,
                    _ if position == index => {
                        return parameter_name(parameter).map(|n| eval.text(n));
                    }
                    _ => position += 1,
                }
            }
            None
        }
        WorkerParameter::Named(keyword) => parameter_slot(eval, def, keyword, 0)
            .and_then(|(_, _, keyword)| keyword)
            .map(|_| keyword),
    }
}

/// A `'static` copy of a short name (see `Wrapper::row`).
fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

/// Whether a list or tuple literal splats another (`[*fns, f]`).
fn has_splat(container: Node<'_>) -> bool {
    let mut cursor = container.walk();
    container
        .named_children(&mut cursor)
        .any(|e| e.kind_name() == "list_splat")
}
