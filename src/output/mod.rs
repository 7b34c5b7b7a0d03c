//! Output: what a person or a tool reads about a run. Each file's result (`outcome`, with the
//! totals and the exit status decided once at the end), findings made readable (`finding`),
//! unified diffs (`render`), one emitter per format (`formats`), and the printer, the one
//! place that writes to stdout and stderr (`printer`, with the progress line and the questions
//! of `--interactive`).
//!
//! Output imports the core (findings, rules, positions) and the settings (the mode and format
//! asked for); it never imports the run, which hands it finished outcomes.

pub mod finding;
pub mod formats;
pub mod outcome;
pub mod printer;
pub mod render;
