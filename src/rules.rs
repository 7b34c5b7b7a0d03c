//! The rules picklefix reports, with their stable codes and their documentation.
//!
//! A code never changes meaning once released; a new kind of finding gets a new code.
//! `picklefix --explain CODE` prints a rule's documentation.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A function defined under `if __name__ == "__main__":` handed to a process API.
    MainGuardFunction,
    /// A lambda handed to a process API.
    LambdaCallable,
    /// A function nested in another function handed to a process API.
    NestedFunction,
    /// A class defined inside a function, or a bound method of an instance of one, handed to a
    /// process API. Reported, never fixed.
    LocalClass,
}

impl Rule {
    pub const ALL: [Rule; 4] = [
        Rule::MainGuardFunction,
        Rule::LambdaCallable,
        Rule::NestedFunction,
        Rule::LocalClass,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Rule::MainGuardFunction => "PKL001",
            Rule::LambdaCallable => "PKL002",
            Rule::NestedFunction => "PKL003",
            Rule::LocalClass => "PKL004",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Rule::MainGuardFunction => "main-guard-function",
            Rule::LambdaCallable => "lambda-callable",
            Rule::NestedFunction => "nested-function",
            Rule::LocalClass => "local-class",
        }
    }

    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL
            .into_iter()
            .find(|rule| rule.code().eq_ignore_ascii_case(code) || rule.name() == code)
    }

    /// The rule's documentation, in the same headings for every rule.
    pub fn explanation(self) -> &'static str {
        match self {
            Rule::MainGuardFunction => include_str!("../docs/rules/PKL001.md"),
            Rule::LambdaCallable => include_str!("../docs/rules/PKL002.md"),
            Rule::NestedFunction => include_str!("../docs/rules/PKL003.md"),
            Rule::LocalClass => include_str!("../docs/rules/PKL004.md"),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
