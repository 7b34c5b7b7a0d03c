//! Classes picked at run time from a tuple, a list or a dict (fastcore's `(Thread,
//! Process)[use_process]`, a table of executors by name): the process class the pick may be,
//! whether it is called where it is written or kept in a name first.
//!
//! ```text
//! (Thread, Process)[use_process](target=fn)   # a site of `Process`
//! cls = (Thread, Process)[use_process]        # `cls` is `Process` as far as sites go
//! cls(target=fn)
//! (Thread, Process)[0](target=fn)             # a literal index that picks `Thread`: nothing
//!
//! EXECUTORS = {"process": ProcessPoolExecutor, "thread": ThreadPoolExecutor}
//! with EXECUTORS[kind](2) as ex:              # `ProcessPoolExecutor` unless `kind` is
//!     ex.map(fn, xs)                          # "thread" (`conditions::pick_fact`)
//! ```
//!
//! The entries are a literal's (a dict's keys plain strings, no splat), written at the pick
//! or bound once to a module-level name; what is added to that table later is not seen.
//! Every entry must be the same process class or a class that runs its work in the parent's
//! threads (`threading.Thread`, a thread pool), and one at least the process class. Which one runs is not spelled at the call, and the lift is the same under
//! both: a thread calls the module-level function with the values the partial binds as the
//! closure read them, and `picklefix` already refuses the lifts that would change what the
//! callable reads (a `nonlocal` write, a value rebound after the hand-over). So the call is a
//! site of the process class, as for `Process if use_process else Thread` (`values::agreed`).

use tree_sitter::Node;

use super::{Evaluator, Value};
use crate::core::analysis::api::{ApiRow, Class};
use crate::core::analysis::callables::unparenthesize;
use crate::core::analysis::choices::{sole_value, thread_pool};
use crate::core::analysis::conditions::{Constant, constant};
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::node::NodeExt;
use crate::core::parse::named_items;
use crate::core::semantic::{BindingKind, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// One entry of a table a class is picked from: its key (the position in a tuple or list, the
/// hashed string key of a dict) and its value.
pub(in crate::core::analysis) struct TableEntry<'a> {
    pub key: Constant,
    pub value: Node<'a>,
}

impl<'a> Evaluator<'a> {
    /// The process class the subscript `pick` may give, and whether it comes from a fork
    /// context; `None` when it is no such pick, or its literal index picks a thread.
    pub(in crate::core::analysis) fn picked_class(
        &self,
        pick: Node<'a>,
        scope: ScopeId,
    ) -> Option<(Class, bool)> {
        let entries = self.pick_entries(pick, scope)?;
        let mut chosen: Option<(Class, bool)> = None;
        let mut threads = Vec::new();
        for entry in &entries {
            match self.eval(entry.value, scope) {
                Value::Class { class, fork }
                    if chosen.is_none_or(|known| known == (class, fork)) =>
                {
                    chosen = Some((class, fork));
                }
                _ if runs_in_threads(self, entry.value, scope) => threads.push(entry.key),
                _ => return None,
            }
        }
        // Checked last: most tables read this way hold functions, not classes, and this
        // walks every read of the name.
        let table = pick.field("value").map(unparenthesize);
        if let Some(table) = table.filter(|table| table.kind_name() == "identifier")
            && !self.only_read_by_subscripts(self.text(table))
        {
            return None;
        }
        if let Some(key) = self.picked_key(pick, scope, entries.len())? {
            // A key no entry has raises before anything is handed over.
            if threads.contains(&key) || !entries.iter().any(|entry| entry.key == key) {
                return None;
            }
        }
        chosen
    }

    /// The process API a subscript `pick` of a table of functions may give: the one row its
    /// process-backed entries share (`BACKENDS[mode]`, with `BACKENDS = {"serial": serial,
    /// "processes": run_in_pool}` and `run_in_pool` a wrapper). The other entries are
    /// functions that hand nothing to processes, as far as the run sees. A literal index (or
    /// a name bound once to one) that picks another entry gives nothing; any other index
    /// is judged at each call (`conditions::pick_fact`), when one key alone picks a process
    /// API or one alone does not. A table changed after it is
    /// written may hold other entries: it is read only by picks and by what leaves it alone
    /// (`sorted(BACKENDS)`, `mode in BACKENDS`, `BACKENDS.keys()`).
    pub(in crate::core::analysis) fn picked_function(
        &self,
        pick: Node<'a>,
        scope: ScopeId,
    ) -> Option<&'static ApiRow> {
        let entries = self.pick_entries(pick, scope)?;
        let mut chosen: Option<&'static ApiRow> = None;
        let mut keys = Vec::new();
        for entry in &entries {
            if let Value::Function(row) = self.eval(entry.value, scope) {
                if chosen.is_some_and(|known| !std::ptr::eq(known, row)) {
                    return None;
                }
                chosen = Some(row);
                keys.push(entry.key);
            }
        }
        let chosen = chosen?;
        let table = pick.field("value").map(unparenthesize);
        if let Some(table) = table.filter(|table| table.kind_name() == "identifier")
            && !self.only_read_as_table(self.text(table))
        {
            return None;
        }
        // A caller's index is judged as `key == process key` or `key != other key`
        // (`conditions::pick_fact`); a table that cannot be told so is left alone, rather
        // than take every call for a hand-over.
        let judged = keys.len() == 1 || entries.len() - keys.len() <= 1;
        match self.picked_key(pick, scope, entries.len())? {
            Some(key) if !keys.contains(&key) => None,
            Some(_) => Some(chosen),
            None => (judged && self.caller_index(pick, scope)).then_some(chosen),
        }
    }

    /// Whether the index of `pick` is a parameter of the function it is read in that nothing
    /// there binds again: the key a call passes is the one picked, which `pick_fact` judges.
    /// Anything else (`BACKENDS[mode.lower()]`, `BACKENDS[self.mode]`, a local chosen in the
    /// body, a parameter set again under `if workers == 1:`) picks what no call says.
    fn caller_index(&self, pick: Node<'a>, scope: ScopeId) -> bool {
        let Some(index) = pick.field("subscript").map(unparenthesize) else {
            return false;
        };
        let name = self.text(index);
        let Resolution::Scope(found) = self.model.resolve(scope, name) else {
            return false;
        };
        index.kind_name() == "identifier"
            && matches!(
                self.model.bindings_of(found, name),
                [only] if self.model.binding(*only).kind == BindingKind::Parameter
            )
    }

    /// The key a pick's literal index names (`Some(None)` when it is not literal), a negative
    /// position counted from the end of a table of `len` entries.
    fn picked_key(&self, pick: Node<'a>, scope: ScopeId, len: usize) -> Option<Option<Constant>> {
        let index = pick
            .field("subscript")
            .and_then(|index| self.index_constant(index, scope));
        Some(match index {
            Some(Constant::Int(at)) => {
                let len = i64::try_from(len).ok()?;
                Some(Constant::Int(if at < 0 { at + len } else { at }))
            }
            other => other,
        })
    }

    /// The literal a pick's index is: written there (`(Thread, Process)[0]`), or the one
    /// assignment of the name it reads, a local of `scope` or a module-level name that no
    /// function rebinds (`kind = "thread"`, then `EXECUTORS[kind]`; `USE_PROCESSES = False`),
    /// followed through a few names bound to names (`flag = USE_PROCESSES`).
    fn index_constant(&self, index: Node<'a>, mut scope: ScopeId) -> Option<Constant> {
        let mut index = unparenthesize(index);
        for _ in 0..4 {
            if index.kind_name() != "identifier" {
                return constant(index, self.source);
            }
            let name = self.text(index);
            let home = match self.model.resolve(scope, name) {
                Resolution::Scope(home) if home == scope || home == SemanticModel::MODULE => home,
                _ => return None,
            };
            let [only] = self.model.bindings_of(home, name) else {
                return None;
            };
            let binding = self.model.binding(*only);
            if binding.kind != BindingKind::Assignment || binding.written_in != home {
                return None;
            }
            let value = self.node_at(binding.value?)?;
            // `a = b = "thread"` binds `a` through a value that is not its own.
            let assignment = value.parent()?;
            let target = assignment.field("left")?;
            if assignment.kind_name() != "assignment" || target.kind_name() != "identifier" {
                return None;
            }
            index = unparenthesize(value);
            scope = home;
        }
        None
    }

    /// The entries of the table `pick` subscripts: a tuple, list or dict literal written there
    /// (parenthesized or not), or the one assignment of the module-level name it reads
    /// (`picked_class` checks that nothing changes it). `None` for anything else, a splat, a
    /// dict key that is not a plain string, or two equal keys.
    pub(in crate::core::analysis) fn pick_entries(
        &self,
        pick: Node<'a>,
        scope: ScopeId,
    ) -> Option<Vec<TableEntry<'a>>> {
        let value = unparenthesize(pick.field("value")?);
        let table = match value.kind_name() {
            "tuple" | "list" | "dictionary" => value,
            "identifier" => {
                let name = self.text(value);
                if self.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
                    return None;
                }
                let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
                    return None;
                };
                let binding = self.model.binding(*only);
                // `BACKENDS: Dict[str, Callable] = {...}` too.
                if !matches!(
                    binding.kind,
                    BindingKind::Assignment | BindingKind::AnnotatedAssignment
                ) {
                    return None;
                }
                self.node_at(binding.value?)
                    .map(unparenthesize)
                    .filter(|table| matches!(table.kind_name(), "tuple" | "list" | "dictionary"))?
            }
            _ => return None,
        };
        let items = named_items(table);
        let mut entries = Vec::with_capacity(items.len());
        for (at, item) in items.into_iter().enumerate() {
            let entry = match item.kind_name() {
                "pair" => TableEntry {
                    key: constant(item.field("key")?, self.source)
                        .filter(|key| matches!(key, Constant::Text(_)))?,
                    value: item.field("value")?,
                },
                "list_splat" | "dictionary_splat" | "parenthesized_list_splat" => return None,
                _ if table.kind_name() == "dictionary" => return None,
                _ => TableEntry {
                    key: Constant::Int(i64::try_from(at).ok()?),
                    value: item,
                },
            };
            // Python keeps the last of two equal keys: such a table is not read.
            if entries
                .iter()
                .any(|known: &TableEntry<'_>| known.key == entry.key)
            {
                return None;
            }
            entries.push(entry);
        }
        Some(entries)
    }
}

impl<'a> Evaluator<'a> {
    /// Whether every read of the module-level name `name` in the file is the table of a
    /// subscript that loads (`EXECUTORS[kind]`): a table stored into (`EXECUTORS["p"] =
    /// ThreadPoolExecutor`), deleted from, read as an object (`EXECUTORS.update(...)`) or
    /// handed to a function may hold other entries than its literal's when it is picked.
    fn only_read_by_subscripts(&self, name: &str) -> bool {
        self.every_module_read(name, |read| {
            read.parent().is_some_and(|subscript| {
                subscript.kind_name() == "subscript"
                    && subscript.field("value") == Some(read)
                    && !stored(subscript)
            })
        })
    }

    /// The pool a read of a module-level cache of pools gives (`EXECUTORS[kind]` for
    /// `EXECUTORS = {}` that a function fills, `EXECUTORS[kind] = ProcessPoolExecutor(2)`):
    /// what the values stored in it agree on, when the cache is written only by such stores
    /// and `setdefault`, and otherwise only read, tested, listed or emptied. `Unknown` for
    /// anything else, and when a store may give a thread pool (`ProcessPoolExecutor(2) if
    /// kind == "cpu" else ThreadPoolExecutor(2)`): the key each read passes decides, which
    /// is not followed.
    pub(super) fn cached_pool(&self, pick: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        let Some(table) = pick
            .field("value")
            .filter(|t| t.kind_name() == "identifier" && !stored(pick))
        else {
            return Value::Unknown;
        };
        let name = self.text(table);
        if self.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
            return Value::Unknown;
        }
        let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
            return Value::Unknown;
        };
        let binding = self.model.binding(*only);
        let empty = matches!(
            binding.kind,
            BindingKind::Assignment | BindingKind::AnnotatedAssignment
        ) && (binding.value.and_then(|v| self.node_at(v)))
            .map(unparenthesize)
            .is_some_and(|v| match v.kind_name() {
                "dictionary" => v.named_child(0).is_none(),
                "call" => self.text(v) == "dict()",
                _ => false,
            });
        if !empty {
            return Value::Unknown;
        }
        let stores = std::cell::RefCell::new(Vec::new());
        let kept = self.every_module_read(name, |read| {
            let Some(parent) = read.parent() else {
                return false;
            };
            match parent.kind_name() {
                "subscript" if parent.field("value") == Some(read) => match stored(parent) {
                    false => true,
                    // `EXECUTORS[kind] = <pool>`, a plain assignment.
                    true => (parent.parent())
                        .filter(|a| a.kind_name() == "assignment")
                        .filter(|a| a.field("left") == Some(parent))
                        .and_then(|a| a.field("right"))
                        .filter(|v| v.kind_name() != "assignment")
                        .map(|value| stores.borrow_mut().push(value))
                        .is_some(),
                },
                "comparison_operator" => membership_test(parent),
                "attribute" => {
                    let call = parent.parent().filter(|c| c.kind_name() == "call");
                    let method = parent.field("attribute").map(|a| self.text(a));
                    match (call, method) {
                        (Some(call), Some("setdefault")) => {
                            let value = (call.field("arguments"))
                                .and_then(|a| super::argument(a, self.source, Some(1), None));
                            value.map(|v| stores.borrow_mut().push(v)).is_some()
                        }
                        (Some(_), Some(method)) => matches!(
                            method,
                            "keys" | "values" | "items" | "get" | "clear" | "pop" | "popitem"
                        ),
                        _ => false,
                    }
                }
                _ => false,
            }
        });
        let stores = stores.into_inner();
        let threads = || {
            (stores.iter())
                .any(|v| self.may_give_thread_pool(*v, self.model.scope_at(v.start_byte())))
        };
        if !kept || stores.is_empty() || threads() {
            return Value::Unknown;
        }
        let values: Vec<Value> = (stores.into_iter())
            .map(|value| {
                let at = self.model.scope_at(value.start_byte());
                self.eval_depth(value, at, depth + 1)
            })
            .collect();
        // A store of what is not known (`_POOLS[kind] = pool`, a parameter) may be anything.
        if values.contains(&Value::Unknown) {
            return Value::Unknown;
        }
        match super::agreed(values) {
            value @ Value::Instance { class, .. } if class != Class::Process => value,
            _ => Value::Unknown,
        }
    }

    /// Whether `keeps` holds of every read of the module-level name `name` in the file.
    fn every_module_read(&self, name: &str, keeps: impl Fn(Node<'a>) -> bool) -> bool {
        let file = TextRange::new(0, self.source.len());
        self.model
            .references_in(file)
            .filter(|reference| {
                reference.name == name
                    && reference.resolution == Resolution::Scope(SemanticModel::MODULE)
            })
            .all(|reference| self.node_at(reference.range).is_some_and(&keeps))
    }

    /// Whether every read of the module-level name `name` leaves the table it holds as
    /// written: `only_read_by_subscripts`, or its keys listed, counted or tested
    /// (`sorted(BACKENDS)`, `len(BACKENDS)`, `mode in BACKENDS`, `BACKENDS.get(mode)`).
    fn only_read_as_table(&self, name: &str) -> bool {
        self.every_module_read(name, |read| {
            let Some(parent) = read.parent() else {
                return false;
            };
            match parent.kind_name() {
                "subscript" => parent.field("value") == Some(read) && !stored(parent),
                "argument_list" => parent
                    .parent()
                    .and_then(|call| call.field("function"))
                    .is_some_and(|function| {
                        matches!(
                            self.text(function),
                            "sorted" | "list" | "len" | "set" | "tuple" | "repr" | "str"
                        ) && self
                            .model
                            .resolve(SemanticModel::MODULE, self.text(function))
                            == Resolution::Builtin
                    }),
                "comparison_operator" => membership_test(parent),
                "attribute" => {
                    parent
                        .parent()
                        .is_some_and(|call| call.kind_name() == "call")
                        && parent.field("attribute").is_some_and(|a| {
                            matches!(self.text(a), "keys" | "values" | "items" | "get")
                        })
                }
                _ => false,
            }
        })
    }

    /// The pick from a table a call makes its object from: its function itself
    /// (`(Thread, Process)[flag](...)`), or the one assignment of the local it calls (`cls =
    /// (Thread, Process)[flag]`, then `cls(...)`). The conditions and messages read the pick
    /// where it is written.
    pub(in crate::core::analysis) fn pick_called(
        &self,
        call: Node<'a>,
        scope: ScopeId,
    ) -> Option<Node<'a>> {
        let function = call
            .field("function")
            .filter(|_| call.kind_name() == "call")?;
        let pick = match function.kind_name() {
            "subscript" => function,
            "identifier" => sole_value(self, function, scope)
                .filter(|value| value.kind_name() == "subscript")?,
            _ => return None,
        };
        self.pick_entries(pick, scope).map(|_| pick)
    }
}

/// Whether the comparison `comparison` tests membership (`kind in TABLE`, `not in`).
fn membership_test(comparison: Node<'_>) -> bool {
    let mut cursor = comparison.walk();
    comparison
        .children(&mut cursor)
        .any(|c| matches!(c.kind_name(), "in" | "not in"))
}

/// Whether the subscript `subscript` is written to or deleted (`t[k] = v`, `t[k] += v`,
/// `del t[k]`, `for t[k] in ...`), rather than loaded.
fn stored(subscript: Node<'_>) -> bool {
    let mut node = subscript;
    while let Some(parent) = node.parent() {
        let target = match parent.kind_name() {
            "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
                parent.field("left")
            }
            "delete_statement" => return true,
            "expression_statement" | "block" | "module" => return false,
            _ => {
                node = parent;
                continue;
            }
        };
        return target.is_some_and(|target| {
            target.start_byte() <= subscript.start_byte()
                && subscript.end_byte() <= target.end_byte()
        });
    }
    false
}

/// Whether `node` names `threading.Thread`.
pub(in crate::core::analysis) fn is_thread(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
) -> bool {
    qualified_name(eval, node, scope).as_deref() == Some("threading.Thread")
}

/// Whether `node` names a class whose instances run their work in the parent's threads:
/// `threading.Thread`, or a thread pool (`choices::thread_pool`).
fn runs_in_threads(eval: &Evaluator<'_>, node: Node<'_>, scope: ScopeId) -> bool {
    is_thread(eval, node, scope) || thread_pool(eval, node, scope)
}
