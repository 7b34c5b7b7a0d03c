//! Which bindings of a name may be the value a read of it sees, so that a binding every path
//! to the read rebinds does not decide what the name is.
//!
//! In `r = Runner()`, then `r = Local()`, then `r._map(lambda ...)`, only `Local()` reaches
//! the read; taking every binding of `r` would let the `Runner` instance win over the value the
//! evaluator cannot tell. A binding B is killed at a read R when another binding K of the name
//! sits in a statement S that always binds (an assignment, an import, a `def`, a `with ... as`,
//! a `del`), S is in a block P that also holds R after S, and B is not between S and R:
//!
//! ```text
//! def run(xs, ex=None):   <- B1, outside P: any path to R enters P at its top, through S
//!     ex = ex or Pool()   <- S, binding K
//!     if xs:
//!         ex = Local()    <- B2, in an arm: not killed, it may reach R
//!     ex.map(f, xs)       <- R: reached by K and B2, not by B1
//! ```
//!
//! A block is entered only at its top, and a loop goes back to the top of its body, so a B
//! before S, after R or outside P reaches R only through S. A `with ... as` kills for the
//! reads in its own body too, which run after it binds. A `for` target, a walrus and a
//! bare annotation may bind nothing, and a binding written in another scope (`global`) may run
//! at any time, so those never kill. Reads from another scope than the bindings' (a closure, a
//! function reading a global) see every binding, as they run at any time.

use super::Evaluator;
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, ScopeId};
use crate::core::source::TextRange;

impl<'a> Evaluator<'a> {
    /// The bindings among `ids` (of one name in `scope`) that may reach a read at byte `read`
    /// in the code of `scope`; all of them when the read is elsewhere or not known.
    pub(super) fn reaching(
        &self,
        ids: &[BindingId],
        scope: ScopeId,
        read: Option<usize>,
    ) -> Vec<BindingId> {
        let Some(read) = read.filter(|_| ids.len() > 1) else {
            return ids.to_vec();
        };
        let kills: Vec<(BindingId, TextRange)> = ids
            .iter()
            .filter_map(|&id| Some((id, self.killing_statement(id, scope, read)?)))
            .collect();
        ids.iter()
            .copied()
            .filter(|&id| {
                let at = self.model.binding(id).range.start;
                !kills
                    .iter()
                    .any(|&(kill, s)| kill != id && (at < s.start || at >= read))
            })
            .collect()
    }

    /// The statement of binding `id` when it always binds and precedes `read` in a block that
    /// holds the read.
    fn killing_statement(&self, id: BindingId, scope: ScopeId, read: usize) -> Option<TextRange> {
        let binding = self.model.binding(id);
        let always = match binding.kind {
            BindingKind::Assignment
            | BindingKind::AugmentedAssignment
            | BindingKind::Import { .. }
            | BindingKind::FunctionDef
            | BindingKind::ClassDef
            | BindingKind::WithTarget
            | BindingKind::Deletion => true,
            BindingKind::AnnotatedAssignment => binding.value.is_some(),
            // `for r in [Runner()]:` binds before each run of its body: a read in the body
            // sees this binding (or one the body makes before the read), whatever was bound
            // before the loop or after the read.
            BindingKind::ForTarget => self.in_loop_body(binding.statement, read),
            _ => false,
        };
        if !always || binding.written_in != scope || binding.scope != scope {
            return None;
        }
        let (mut statement, mut block) = self.statement_at(binding.range)?;
        // A statement in the body of a `with`, or of a `try` with no handler, runs whenever the
        // code after that statement does (`with LOCK: t = t.to_frame()`, then `t.map(...)`).
        while !(block.start <= read && read < block.end) {
            let outer = self.runs_through(block)?;
            (statement, block) = self.statement_at(outer)?;
        }
        let held = block.start <= read && read < block.end;
        // `with ThreadPoolExecutor() as ex:` binds before its body runs: a read in the body
        // sees this binding, whatever an earlier `with ... as ex` bound.
        let in_body = matches!(
            binding.kind,
            BindingKind::WithTarget | BindingKind::ForTarget
        ) && binding.range.end <= read
            && read < statement.end;
        (held && (statement.end <= read || in_body)).then_some(statement)
    }

    /// The `with` statement whose body is `block`, or the `try` statement with no `except`
    /// clause whose body it is: the code after it runs only once the block has run to its end
    /// (an exception out of the block skips that code too; a context manager that swallows
    /// one is not told apart).
    fn runs_through(&self, block: TextRange) -> Option<TextRange> {
        let body = self.node_at(block)?;
        let body = match body.kind_name() {
            "block" => body,
            // `node_at` gives the outermost node of a range: a block of one statement is
            // that statement's range too.
            _ => body.parent().filter(|p| p.kind_name() == "block")?,
        };
        let outer = body.parent()?;
        let is_body = outer.field("body").is_some_and(|b| b.id() == body.id());
        let mut cursor = outer.walk();
        let handled = outer
            .named_children(&mut cursor)
            .any(|c| matches!(c.kind_name(), "except_clause" | "except_group_clause"));
        let through = match outer.kind_name() {
            "with_statement" => true,
            "try_statement" => !handled,
            _ => false,
        };
        (is_body && through).then(|| TextRange::of(outer))
    }

    /// Whether `read` lies in the body of the `for` statement at `statement` (not in its
    /// iterable, which is read before the target is bound, nor in its `else`).
    fn in_loop_body(&self, statement: TextRange, read: usize) -> bool {
        self.statement_node(statement)
            .filter(|node| node.kind_name() == "for_statement")
            .and_then(|node| node.field("body"))
            .is_some_and(|body| body.start_byte() <= read && read < body.end_byte())
    }

    /// The bindings among `ids` (of one name in `scope`) that may reach a read at byte `read`
    /// in a scope nested in `scope`: a function that reads a global, or a closure.
    ///
    /// The nested function runs at any time after its definition, so only a binding K in the
    /// top block of `scope` itself (run once, in order) that always binds and ends before the
    /// read's statement in that block starts is known to have run by then; it kills the
    /// bindings written in `scope` before K. A binding after the read's statement, or written
    /// by another scope (`global`, `nonlocal`), may still come later and is kept:
    ///
    /// ```text
    /// from par import pmap        <- B, before K: killed
    /// def pmap(fn, xs): ...       <- K, in the module's block, before `main`
    /// def main():
    ///     pmap(lambda x: x, xs)   <- R: `main` runs after K, so it reads K
    /// ```
    pub(super) fn reaching_nested(
        &self,
        ids: &[BindingId],
        scope: ScopeId,
        read: Option<usize>,
    ) -> Vec<BindingId> {
        let Some(read) = read.filter(|_| ids.len() > 1) else {
            return ids.to_vec();
        };
        let Some(body) = self.scope_body(scope) else {
            return ids.to_vec();
        };
        let kill = ids
            .iter()
            .filter_map(|&id| self.top_block_statement(id, scope, body))
            .filter(|statement| statement.end <= read)
            .map(|statement| statement.start)
            .max();
        let Some(kill) = kill else {
            return ids.to_vec();
        };
        ids.iter()
            .copied()
            .filter(|&id| {
                let binding = self.model.binding(id);
                binding.written_in != scope || binding.range.start >= kill
            })
            .collect()
    }

    /// The range of the block that holds the top-level statements of `scope`: the module, or
    /// a function's body.
    fn scope_body(&self, scope: ScopeId) -> Option<TextRange> {
        let node = self.scope_node(scope)?;
        match node.kind_name() {
            "module" => Some(TextRange::of(node)),
            "function_definition" => node.field("body").map(TextRange::of),
            _ => None,
        }
    }

    /// The statement of binding `id` when it always binds and is one of the statements of
    /// the block `body` of `scope` itself, not nested in an `if`, a loop or a `try`.
    fn top_block_statement(
        &self,
        id: BindingId,
        scope: ScopeId,
        body: TextRange,
    ) -> Option<TextRange> {
        let binding = self.model.binding(id);
        let always = match binding.kind {
            BindingKind::Assignment
            | BindingKind::Import { .. }
            | BindingKind::FunctionDef
            | BindingKind::ClassDef => true,
            BindingKind::AnnotatedAssignment => binding.value.is_some(),
            _ => false,
        };
        if !always || binding.written_in != scope {
            return None;
        }
        let (statement, block) = self.statement_at(binding.range)?;
        (block == body).then_some(statement)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::NO_APIS;
    use crate::core::parse::parse;
    use crate::core::semantic::SemanticModel;

    /// The lines of the bindings of `name` that reach the read of it in `main`'s body (the
    /// text `name(` after `def main`), for a module-level `name` read from `main`.
    fn reaching_lines(source: &str, name: &str) -> Vec<usize> {
        let tree = parse(source).expect("the test source parses");
        let (model, nodes) =
            SemanticModel::build_with_nodes(&tree, source).expect("a model of the test source");
        let eval = Evaluator::new(&model, source, tree.root_node(), &NO_APIS, &nodes);
        let main = source.find("def main").expect("a main function");
        let read = main + source[main..].find(&format!("{name}(")).expect("a read");
        let ids = model.bindings_of(SemanticModel::MODULE, name);
        let line = |id: BindingId| {
            source[..model.binding(id).range.start]
                .matches('\n')
                .count()
                + 1
        };
        let found = eval.reaching_nested(ids, SemanticModel::MODULE, Some(read));
        found.into_iter().map(line).collect()
    }

    /// The lines of the bindings of the local `t` of `main` that reach its read `t.map(`.
    fn local_reaching_lines(source: &str) -> Vec<usize> {
        let tree = parse(source).expect("the test source parses");
        let (model, nodes) =
            SemanticModel::build_with_nodes(&tree, source).expect("a model of the test source");
        let eval = Evaluator::new(&model, source, tree.root_node(), &NO_APIS, &nodes);
        let read = source.find("t.map(").expect("a read");
        let main = model.scope_at(read);
        let ids = model.bindings_of(main, "t");
        let line = |id: BindingId| {
            source[..model.binding(id).range.start]
                .matches('\n')
                .count()
                + 1
        };
        let found = eval.reaching(ids, main, Some(read));
        found.into_iter().map(line).collect()
    }

    #[test]
    fn an_assignment_in_a_with_body_or_a_try_without_handlers_replaces_the_earlier_one() {
        let with = "def main():\n    t = a()\n    with lock:\n        t = b()\n    t.map(f)\n";
        assert_eq!(local_reaching_lines(with), vec![4]);
        let nested = "def main():\n    t = a()\n    with lock:\n        with other:\n            t = b()\n    t.map(f)\n";
        assert_eq!(local_reaching_lines(nested), vec![5]);
        let finally = "def main():\n    t = a()\n    try:\n        t = b()\n    finally:\n        done()\n    t.map(f)\n";
        assert_eq!(local_reaching_lines(finally), vec![4]);
    }

    #[test]
    fn an_assignment_a_handler_or_an_arm_may_skip_does_not_replace_the_earlier_one() {
        let handled = "def main():\n    t = a()\n    try:\n        t = b()\n    except E:\n        pass\n    t.map(f)\n";
        assert_eq!(local_reaching_lines(handled), vec![2, 4]);
        let arm = "def main():\n    t = a()\n    with lock:\n        if c:\n            t = b()\n    t.map(f)\n";
        assert_eq!(local_reaching_lines(arm), vec![2, 5]);
    }

    #[test]
    fn a_def_before_the_reading_function_replaces_the_import() {
        let source = "from par import pmap\n\ndef pmap(fn, xs):\n    return xs\n\ndef main():\n    pmap(f, xs)\n";
        assert_eq!(reaching_lines(source, "pmap"), vec![3]);
    }

    #[test]
    fn a_binding_in_an_if_after_the_reading_function_or_through_global_still_reaches() {
        let source = "from par import pmap\nif flag:\n    pmap = map\n\ndef set_it():\n    global pmap\n    pmap = other\n\ndef main():\n    pmap(f, xs)\n\npmap = late\n";
        assert_eq!(reaching_lines(source, "pmap"), vec![1, 3, 7, 12]);
    }

    #[test]
    fn a_def_after_the_reading_function_does_not_replace_the_import() {
        let source = "from par import pmap\n\ndef main():\n    pmap(f, xs)\n\ndef pmap(fn, xs):\n    return xs\n";
        assert_eq!(reaching_lines(source, "pmap"), vec![1, 6]);
    }
}
