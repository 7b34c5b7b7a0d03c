//! `functools.partial` over a process API: what the partial object is, and where a callable
//! written among the partial's own arguments goes.
//!
//! A partial calls the API with its own positional arguments first, then the call's, and its
//! keywords merged with the call's. So the API's callable slot moves down by the number of
//! positional arguments the partial binds, and a slot the partial fills itself leaves the
//! partial with none:
//!
//! ```text
//! def run2(setup, fn, xs): ...        # `fn` is argument 1 (or `fn=`)
//!
//! r = partial(run2, setup)            # r(fn, xs): `fn` is argument 0 (or `fn=`)
//! r = partial(run2, fn=work)          # no slot left: `r` is no process API
//! partial(run2, setup, lambda x: x)   # the lambda is argument 2 of this very call: a site
//! ```
//!
//! A wrapper of several callable parameters has a row for each (`ApiRow::next`): each slot
//! moves, or is filled, on its own.
//!
//! Captured values are bound where the work is handed over. For a partial made once and
//! called later that is still the call: how the API passes further arguments is kept, unless
//! the partial's own arguments are in the way (a keyword it binds might be one the lift passes,
//! a tuple slot it fills cannot take more), and then they travel in a `functools.partial` of
//! the lifted function, which carries them whatever the API does. A callable written in the
//! partial's own arguments is always bound that way: arguments appended to the partial would
//! come before those of its later calls.
//!
//! What can be bound this way: a function the table or the user declares, an inferred
//! wrapper (also a method, `partial(runner.run, ...)`, `partial(self._map, ...)`), another such
//! partial, a method of a pool or executor that no fork context made (`partial(pool.map,
//! fn)`), and `run_in_executor` given a process pool (`partial(loop.run_in_executor, pool)`).
//!
//! A partial made with `*args` binds positions no one can count, so a slot it leaves is
//! reached by its keyword only (`spread(fn=lambda ...)`), never by position; one made with
//! `**kwargs` leaves every slot where it was, since a call that passes the slot overrides the
//! keyword or fails. Either makes captured values travel in a `functools.partial`. A
//! wrapper's conditions on its parameters (`conditions`) are dropped, which keeps every site.
//!
//! A partial of a process class that binds keywords only, none of them the callable, the
//! arguments passed to it or the context (`partial(Process, daemon=True)`, `partial(Pool,
//! maxtasksperchild=4)`), is that class: a call of it has the class's slots and makes its
//! instances. Any other partial of a class (a position, a splat, `args=`, `context=`) is not
//! followed: its slots move, or the lift would add to arguments the partial holds.

use std::sync::Mutex;

use tree_sitter::Node;

use super::{Evaluator, Value, argument};
use crate::core::analysis::api::{self, ApiRow, Passing, Slot};
use crate::core::analysis::conditions::{Condition, Test};
use crate::core::node::NodeExt;
use crate::core::semantic::ScopeId;

/// What the partial's own arguments (after the wrapped callable) bind.
struct PartialArguments<'a> {
    /// How many positional arguments it binds; `None` when a `*args` hides how many.
    positional: Option<usize>,
    /// The keywords it binds by name.
    keywords: Vec<&'a str>,
    /// It binds keywords through `**kwargs` too, which may be any.
    any_keywords: bool,
}

impl PartialArguments<'_> {
    /// Whether the partial fills `slot` itself, as far as can be told: with `**kwargs` it may
    /// fill any keyword, but a call that passes the slot by keyword overrides it, and one that
    /// passes it by position fails with `TypeError`, so the slot stays the call's.
    fn fills(&self, slot: Slot) -> bool {
        slot.position
            .is_some_and(|p| self.positional.is_some_and(|n| p < n))
            || slot.keyword.is_some_and(|k| self.keywords.contains(&k))
    }

    /// Whether it may bind more than its named keywords and counted positions.
    fn splats(&self) -> bool {
        self.positional.is_none() || self.any_keywords
    }

    /// How a call of the partial passes further arguments to a callable the API's row passes
    /// so: as the row does, unless what the partial binds is in the way (see the module doc).
    fn passing(&self, passing: Passing) -> Passing {
        match passing {
            Passing::Mapped => Passing::Mapped,
            Passing::Trailing { .. } if !self.keywords.is_empty() || self.splats() => {
                Passing::Mapped
            }
            Passing::Trailing { keywords } => Passing::Trailing { keywords },
            Passing::Tuple { args, kwargs } => {
                match self.splats() || self.fills(args) || kwargs.is_some_and(|k| self.fills(k)) {
                    true => Passing::Mapped,
                    false => Passing::Tuple {
                        args: self.shifted(args),
                        kwargs: kwargs.map(|k| self.shifted(k)),
                    },
                }
            }
        }
    }

    /// `slot` in a call of the partial: its position moved down past the bound ones, or none
    /// when a `*args` hides how far (then only its keyword reaches it).
    fn shifted(&self, slot: Slot) -> Slot {
        Slot {
            position: slot.position.zip(self.positional).map(|(p, n)| p - n),
            keyword: slot.keyword,
        }
    }
}

impl<'a> Evaluator<'a> {
    /// The value of `functools.partial(<arguments>)`: a process API with the slots (one per
    /// callable parameter of a wrapper) the partial leaves open, else `Unknown`.
    pub(super) fn partial_value(&self, arguments: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        if let Some(class) = self.partial_class(arguments, scope, depth) {
            return class;
        }
        let Some((head, bound)) = self.wrapped_api(arguments, scope, depth) else {
            return Value::Unknown;
        };
        let open = head.rows().filter(|row| {
            !bound.fills(row.callable)
                && !needs_handed_pool(row)
                && !self.refuted_by_partial(row, arguments, &bound)
        });
        // A slot with neither a position nor a keyword left cannot be passed.
        let open = open.filter(|row| {
            let slot = bound.shifted(row.callable);
            slot.position.is_some() || slot.keyword.is_some()
        });
        let rows = open.map(|row| ApiRow {
            callable: bound.shifted(row.callable),
            passing: bound.passing(row.passing),
            conditions: self.partial_conditions(row, arguments, &bound),
            // A partial is called as written, wherever it is reached (`takes_instance`).
            takes_instance: false,
            ..*row
        });
        chained(rows.collect()).map_or(Value::Unknown, Value::Function)
    }

    /// The row's conditions for a call of the partial: a slot the partial fills by keyword
    /// takes the partial's literal as its default, since the call may still pass the keyword
    /// (`partial(pmap, parallel=False)(fn, xs, parallel=True)`); one it leaves moves down past
    /// the positions it binds; one it fills by position was judged (`refuted_by_partial`) and
    /// holds. With a splat in the partial no slot can be told: none is kept, which keeps
    /// every site.
    fn partial_conditions(
        &self,
        row: &ApiRow,
        arguments: Node<'a>,
        bound: &PartialArguments<'_>,
    ) -> &'static [Condition] {
        if bound.splats() || row.conditions.is_empty() {
            return &[];
        }
        let kept = row.conditions.iter().filter_map(|condition| {
            if condition.kept {
                return Some(*condition);
            }
            let by_position = condition
                .position
                .is_some_and(|p| bound.positional.is_some_and(|n| p < n));
            if by_position {
                return None;
            }
            let keyword = condition
                .keyword
                .filter(|keyword| bound.keywords.contains(keyword));
            if let Some(keyword) = keyword {
                let value = super::argument(arguments, self.source, None, Some(keyword));
                let default = value.and_then(|value| match condition.fold.is_empty() {
                    true => crate::core::analysis::conditions::constant(value, self.source),
                    false => condition.fold.constant(value, self.source),
                });
                return Some(Condition {
                    position: None,
                    default,
                    ..*condition
                });
            }
            let slot = bound.shifted(Slot {
                position: condition.position,
                keyword: condition.keyword,
            });
            Some(Condition {
                position: slot.position,
                ..*condition
            })
        });
        interned_conditions(kept.collect())
    }

    /// Whether the partial's own positional arguments make a test on the way to the row's
    /// hand-over fail, whatever its calls add (`serial_map = partial(pmap, None, False)`):
    /// a slot it fills by position cannot be passed again. One it fills by keyword may be
    /// (`partial_conditions`), and one it leaves is the later call's.
    fn refuted_by_partial(
        &self,
        row: &ApiRow,
        arguments: Node<'a>,
        bound: &PartialArguments<'_>,
    ) -> bool {
        row.conditions.iter().any(|condition| {
            let slot = Slot {
                position: condition.position,
                keyword: None,
            };
            // The wrapped callable is the partial call's first argument.
            let in_partial = Condition {
                position: condition.position.map(|p| p + 1),
                ..*condition
            };
            bound.fills(slot) && in_partial.refutes(arguments, self.source)
        })
    }

    /// The API a `functools.partial(<arguments>)` call hands callables to when its own
    /// arguments hold some in the API's slots: the rows whose slots are those arguments of
    /// the partial call (one further on, past the wrapped callable), bound with a partial.
    pub fn partial_site(&self, arguments: Node<'a>, scope: ScopeId) -> Option<&'static ApiRow> {
        let (head, bound) = self.wrapped_api(arguments, scope, 0)?;
        let filled = head
            .rows()
            .filter(|row| bound.fills(row.callable) && !needs_handed_pool(row));
        // The partial keeps the callable until it is called, which hands it over (makes the
        // process, maps the work): what is assigned after the partial is made is what a
        // worker started by fork reads (`ApiRow::deferred`).
        let rows = filled.map(|row| ApiRow {
            callable: Slot {
                position: row.callable.position.map(|p| p + 1),
                keyword: row.callable.keyword,
            },
            passing: Passing::Mapped,
            conditions: &[],
            deferred: true,
            ..*row
        });
        chained(rows.collect())
    }

    /// `partial(Process, daemon=True)`, `partial(Pool, maxtasksperchild=4)`: calling it calls
    /// the class with the same positions, so it is the class itself, when the partial binds
    /// keywords only, none of them the callable, its arguments or the context (which the
    /// class's sites and fork test read from the call). A partial binding positions moves
    /// every slot, and one with a splat may bind any: neither is followed as the class, but a
    /// pool's or executor's partial that leaves the context alone makes its instances.
    fn partial_class(&self, arguments: Node<'a>, scope: ScopeId, depth: usize) -> Option<Value> {
        let (wrapped, bound) = self.partial_arguments(arguments)?;
        let (class, fork) = match self.eval_depth(wrapped, scope, depth + 1) {
            Value::Class { class, fork } => (class, fork),
            // A partial of a pool factory (`partial(partial(ProcessPoolExecutor, 2))`) makes
            // the same pools; a fork context it passes, by any argument, may make their
            // workers forked (as where a factory is called).
            Value::Factory { class, fork } => {
                let mut cursor = arguments.walk();
                let forked = (arguments.named_children(&mut cursor).skip(1)).any(|given| {
                    let given = match given.kind_name() {
                        "keyword_argument" => given.field("value"),
                        _ => Some(given),
                    };
                    given.is_some_and(|given| {
                        self.eval_depth(given, scope, depth + 1) == Value::Context { fork: true }
                    })
                });
                return Some(Value::Factory {
                    class,
                    fork: fork || forked,
                });
            }
            _ => return None,
        };
        let row = class.row();
        let mut read = vec![row.callable];
        read.extend(row.context);
        if let Passing::Tuple { args, kwargs } = row.passing {
            read.push(args);
            read.extend(kwargs);
        }
        let plain = bound.positional == Some(0) && !bound.any_keywords;
        let clear = plain && !read.iter().any(|slot| bound.fills(*slot));
        // `make_pool = partial(ProcessPoolExecutor, 2)`: what calling it makes is a pool all
        // the same, whose methods are sites, though its constructor's slots moved. The
        // context says whether its workers are forked: one the partial binds by keyword is
        // read (`mp_context=get_context("fork")`); one it may bind otherwise is not followed.
        let context = row.context.filter(|slot| bound.fills(*slot));
        let by_position =
            |slot: Slot| (slot.position).is_some_and(|p| bound.positional.is_some_and(|n| p < n));
        let by_keyword = context.is_none_or(|slot| {
            slot.keyword.is_some_and(|k| bound.keywords.contains(&k)) && !by_position(slot)
        });
        let forked = || {
            fork || (context.and_then(|slot| slot.keyword))
                .and_then(|keyword| argument(arguments, self.source, None, Some(keyword)))
                .is_some_and(|given| {
                    self.eval_depth(given, scope, depth + 1) == Value::Context { fork: true }
                })
        };
        Some(match clear {
            true => Value::Class { class, fork },
            false if !bound.splats() && by_keyword && class.runs_tasks() => Value::Factory {
                class,
                fork: forked(),
            },
            false => Value::Unknown,
        })
    }

    /// The partial's wrapped callable (its first argument) and what it binds besides.
    fn partial_arguments(&self, arguments: Node<'a>) -> Option<(Node<'a>, PartialArguments<'a>)> {
        let mut cursor = arguments.walk();
        let mut children = arguments
            .named_children(&mut cursor)
            .filter(|n| n.kind_name() != "comment");
        let wrapped = children
            .next()
            .filter(|n| n.kind_name() != "keyword_argument")?;
        let mut bound = PartialArguments {
            positional: Some(0),
            keywords: Vec::new(),
            any_keywords: false,
        };
        for child in children {
            match child.kind_name() {
                "keyword_argument" => bound.keywords.push(self.text(child.field("name")?)),
                "list_splat" => bound.positional = None,
                "dictionary_splat" => bound.any_keywords = true,
                _ => bound.positional = bound.positional.map(|n| n + 1),
            }
        }
        Some((wrapped, bound))
    }

    /// The API the partial wraps (its first argument) and what the partial binds besides;
    /// `None` when the wrapped callable is no API.
    fn wrapped_api(
        &self,
        arguments: Node<'a>,
        scope: ScopeId,
        depth: usize,
    ) -> Option<(&'static ApiRow, PartialArguments<'a>)> {
        let (wrapped, bound) = self.partial_arguments(arguments)?;
        let row = match self.eval_depth(wrapped, scope, depth + 1) {
            Value::Function(row) => row,
            // `partial(Process, target=work)`: each call makes a process of the class. Not a
            // class of a fork context, nor one the partial gives a fork context by keyword
            // (`mp_context=fork_ctx`; a context it binds by position is not read), nor in a
            // program that makes fork the default start method.
            Value::Class { class, fork: false }
                if !(class.row().context).is_some_and(|slot| {
                    bound.fills(Slot {
                        keyword: None,
                        ..slot
                    })
                }) && !self.is_fork_instance(class, arguments, scope)
                    && !self.fork_forced_at(arguments.start_byte(), scope) =>
            {
                class.row()
            }
            _ => self
                .pool_method(wrapped, scope, depth)
                .or_else(|| self.bound_executor(wrapped, arguments, scope, depth))?,
        };
        Some((row, bound))
    }

    /// `partial(loop.run_in_executor, pool)` with a process pool bound as the executor, its
    /// first positional argument: `run_in_executor`, which hands the callable to it. With
    /// any other executor (a thread pool, `None` for the loop's own, a pool of a fork
    /// context, whose sites need the context that a row does not carry) it is no API.
    fn bound_executor(
        &self,
        wrapped: Node<'a>,
        arguments: Node<'a>,
        scope: ScopeId,
        depth: usize,
    ) -> Option<&'static ApiRow> {
        let method = wrapped
            .field("attribute")
            .filter(|_| wrapped.kind_name() == "attribute")?;
        let row = api::row_for(api::Target::RunInExecutor)?;
        if self.text(method) != row.name {
            return None;
        }
        let mut cursor = arguments.walk();
        let executor = arguments
            .named_children(&mut cursor)
            .filter(|n| n.kind_name() != "comment")
            .nth(1)
            .filter(|n| {
                !matches!(
                    n.kind_name(),
                    "keyword_argument" | "list_splat" | "dictionary_splat"
                )
            })?;
        match self.eval_depth(executor, scope, depth + 1) {
            Value::Instance { class, fork: false }
                if class.is_executor() && !class.row().interpreters =>
            {
                Some(row)
            }
            _ => None,
        }
    }

    /// `pool.map`, `executor.submit`, ...: the table's method of an instance no fork context
    /// made.
    fn pool_method(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Option<&'static ApiRow> {
        let object = node
            .field("object")
            .filter(|_| node.kind_name() == "attribute")?;
        let method = self.text(node.field("attribute")?);
        match self.eval_depth(object, scope, depth + 1) {
            Value::Instance { class, fork: false } => api::method(class, method),
            _ => None,
        }
    }
}

/// `rows` chained in their order (`ApiRow::next`), or `None` when there is none.
/// Whether `row` hands its callable over only where a call passes it a process pool from
/// outside (`Test::HandedPool`, `analysis::handed`): a partial's conditions are dropped,
/// which would keep the site whatever pool the partial binds (`partial(pmap, thread_pool)`),
/// so such a row is no site through a partial, as for any call that does not show its pool.
fn needs_handed_pool(row: &ApiRow) -> bool {
    row.conditions.iter().any(|c| {
        matches!(
            c.test,
            Test::HandedPool | Test::KeptPool | Test::KeptContext
        ) && c.holds
    })
}

pub(super) fn chained(rows: Vec<ApiRow>) -> Option<&'static ApiRow> {
    rows.into_iter()
        .rev()
        .fold(None, |next, row| Some(interned(ApiRow { next, ..row })))
}

/// One `'static` list per distinct list of a partial's conditions, as `interned` keeps rows.
pub(in crate::core::analysis) fn interned_conditions(
    conditions: Vec<Condition>,
) -> &'static [Condition] {
    static LISTS: Mutex<Vec<&'static [Condition]>> = Mutex::new(Vec::new());
    if conditions.is_empty() {
        return &[];
    }
    let mut lists = LISTS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = lists.iter().find(|known| **known == conditions.as_slice()) {
        return known;
    }
    let leaked: &'static [Condition] = Box::leak(conditions.into_boxed_slice());
    lists.push(leaked);
    leaked
}

/// One `'static` row per distinct partial, however often a run evaluates it: rows are
/// `'static` like the table's.
fn interned(row: ApiRow) -> &'static ApiRow {
    static ROWS: Mutex<Vec<&'static ApiRow>> = Mutex::new(Vec::new());
    let mut rows = ROWS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = rows.iter().find(|known| ***known == row) {
        return known;
    }
    let leaked: &'static ApiRow = Box::leak(Box::new(row));
    rows.push(leaked);
    leaked
}
