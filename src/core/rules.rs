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
    /// A callable that pickle could not carry, handed to a `Process` or `initializer=` of an
    /// explicit fork context, which inherits it without pickling. Informational, off by default.
    ForkInherited,
    /// A module-level function that workers run reads a global that only the `__main__` guard
    /// assigns, which workers started by spawn or forkserver never see.
    GuardOnlyGlobal,
    /// A `# noqa` code or `# picklefix: ignore` comment that suppresses nothing.
    UnusedNoqa,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::MainGuardFunction,
        Rule::LambdaCallable,
        Rule::NestedFunction,
        Rule::LocalClass,
        Rule::ForkInherited,
        Rule::GuardOnlyGlobal,
        Rule::UnusedNoqa,
    ];

    /// The rules checked when nothing is selected: every rule about a program that fails in
    /// its workers. PKL005 is informational (the program works as written); PKL100 is
    /// opt-in (`--report-unused-noqa` or `extend-select`), like ruff's RUF100.
    pub const DEFAULT: [Rule; 5] = [
        Rule::MainGuardFunction,
        Rule::LambdaCallable,
        Rule::NestedFunction,
        Rule::LocalClass,
        Rule::GuardOnlyGlobal,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Rule::MainGuardFunction => "PKL001",
            Rule::LambdaCallable => "PKL002",
            Rule::NestedFunction => "PKL003",
            Rule::LocalClass => "PKL004",
            Rule::ForkInherited => "PKL005",
            Rule::GuardOnlyGlobal => "PKL006",
            Rule::UnusedNoqa => "PKL100",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Rule::MainGuardFunction => "main-guard-function",
            Rule::LambdaCallable => "lambda-callable",
            Rule::NestedFunction => "nested-function",
            Rule::LocalClass => "local-class",
            Rule::ForkInherited => "fork-inherited",
            Rule::GuardOnlyGlobal => "guard-only-global",
            Rule::UnusedNoqa => "unused-noqa",
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
            Rule::MainGuardFunction => include_str!("../../docs/rules/PKL001.md"),
            Rule::LambdaCallable => include_str!("../../docs/rules/PKL002.md"),
            Rule::NestedFunction => include_str!("../../docs/rules/PKL003.md"),
            Rule::LocalClass => include_str!("../../docs/rules/PKL004.md"),
            Rule::ForkInherited => include_str!("../../docs/rules/PKL005.md"),
            Rule::GuardOnlyGlobal => include_str!("../../docs/rules/PKL006.md"),
            Rule::UnusedNoqa => include_str!("../../docs/rules/PKL100.md"),
        }
    }

    /// The first line of the rule's documentation without its code: a short description for
    /// SARIF's `shortDescription` and the JSON `rules` table.
    pub fn summary(self) -> &'static str {
        match self {
            Rule::MainGuardFunction => {
                "A function defined under the __main__ guard is passed to a process API"
            }
            Rule::LambdaCallable => "A lambda is passed to a process API",
            Rule::NestedFunction => "A nested function is passed to a process API",
            Rule::LocalClass => {
                "A class defined in a function, or its method, is passed to a process API"
            }
            Rule::ForkInherited => {
                "A callable is inherited, not pickled, by an explicit fork context"
            }
            Rule::GuardOnlyGlobal => {
                "A function workers run reads a global that only the __main__ guard assigns"
            }
            Rule::UnusedNoqa => "A suppression comment suppresses nothing",
        }
    }
}

/// A set of rules: which ones a run checks. Small enough to copy, ordered by code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleSet(u32);

impl RuleSet {
    pub const EMPTY: RuleSet = RuleSet(0);

    fn bit(rule: Rule) -> u32 {
        1 << (rule as u8)
    }

    pub fn of(rules: impl IntoIterator<Item = Rule>) -> RuleSet {
        rules.into_iter().fold(RuleSet::EMPTY, RuleSet::with)
    }

    pub fn with(self, rule: Rule) -> RuleSet {
        RuleSet(self.0 | Self::bit(rule))
    }

    pub fn without(self, rule: Rule) -> RuleSet {
        RuleSet(self.0 & !Self::bit(rule))
    }

    pub fn contains(self, rule: Rule) -> bool {
        self.0 & Self::bit(rule) != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Rule> {
        Rule::ALL
            .into_iter()
            .filter(move |rule| self.contains(*rule))
    }
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet::of(Rule::DEFAULT)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
