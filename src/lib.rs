//! picklefix finds callables that multiprocessing and concurrent.futures cannot pickle (lambdas,
//! nested functions, functions defined under the `__main__` guard) and lifts them to module
//! scope, passing what they captured as explicit arguments.
//!
//! The library holds the whole pipeline so that tests and the fuzzer call it without a process.
//! Its four layers, in pipeline order:
//! - `settings`: flags, settings files and the nearest one to each file, resolved into a
//!   `Command` and, per settings file, `Settings` holding the core's `Options`;
//! - `run`: discover the files, schedule them in parallel, take each file on disk through the
//!   core, write fixes;
//! - `core`: one source text: parse, semantic model, analysis, fixes, verification
//!   (`core::check::check_source`);
//! - `output`: findings, diffs, formats and the printer.
//!
//! Imports go one way: the run imports settings, output and the core; output imports settings
//! and the core; settings import the core; the core imports none of them (`tests/layers.rs`).
//! The binary (`main.rs`) only parses flags, resolves them and calls `run::command::run`.

pub mod core;
pub mod output;
pub mod run;
pub mod settings;

pub use crate::core::check::{Checked, Fixed, check_source, check_source_with};
pub use crate::core::options::Options;
