//! Attributes that hold a pool's bound method, so that a call through one is looked at.
//!
//! The site search evaluates an attribute call only when its name is one of the table's
//! (`pool.map`) or of a known wrapper: evaluating every `self.x(...)` of a large file costs
//! more than the rest of the search. A class may keep a pool's method apart from the pool,
//!
//! ```text
//! class Runner:
//!     def __init__(self):
//!         self.pool = Pool(2)
//!         self._map = self.pool.map      # `_map` holds a method of the table
//!
//!     def run(self, fn, xs):
//!         return self._map(fn, xs)       # a call of `Pool.map`: `run` is a wrapper
//! ```
//!
//! so the names assigned an attribute named like a method of the table are worth evaluating
//! too. They are found once per file from its text, line by line: an over-wide net (any
//! `x.name = y.map`) costs only an evaluation that finds no pool, and a line the scan misses
//! (the value split over lines) only leaves that call unfollowed, as before.

use super::Evaluator;
use crate::core::analysis::api::API_TABLE;

impl Evaluator<'_> {
    /// Whether some line of the file assigns `<object>.name = <value>.<method of the table>`.
    pub fn holds_method(&self, name: &str) -> bool {
        self.held_methods
            .get_or_init(|| held_methods(self.source))
            .iter()
            .any(|held| held == name)
    }
}

/// The attribute names of the lines `<object>.<name> = <value>.<method>` of `source`, where
/// `<method>` is a name of the table.
fn held_methods(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in source.lines().filter(|line| line.contains('.')) {
        let Some((target, value)) = line.trim().split_once(" = ") else {
            continue;
        };
        let method = value.trim_end().rsplit_once('.').map(|(_, m)| m);
        let table = method.is_some_and(|m| API_TABLE.iter().any(|row| row.name == m));
        let name = target.rsplit_once('.').map(|(_, name)| name);
        if let Some(name) = name.filter(|n| table && is_identifier(n))
            && !names.iter().any(|known| known == name)
        {
            names.push(name.to_string());
        }
    }
    names
}

fn is_identifier(text: &str) -> bool {
    text.chars().all(|c| c == '_' || c.is_alphanumeric())
        && text.chars().next().is_some_and(|c| !c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::held_methods;

    #[test]
    fn finds_attributes_assigned_a_method_of_the_table() {
        let source = "self.pool = Pool(2)\n        self._map = self.pool.map\nx.y = z.close\n";
        assert_eq!(held_methods(source), vec!["_map".to_string()]);
    }

    #[test]
    fn a_local_alias_or_a_call_is_no_attribute() {
        let source = "mapper = pool.map\nself.out = pool.map(f, xs)\n";
        assert!(held_methods(source).is_empty());
    }
}
