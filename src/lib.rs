//! picklefix finds callables that multiprocessing and concurrent.futures cannot pickle (lambdas,
//! nested functions, functions defined under the `__main__` guard) and lifts them to module
//! scope, passing what they captured as explicit arguments.
//!
//! The library holds the whole pipeline so that tests and the fuzzer call it without a process:
//! `engine::check_source` takes one source text; `discover`, `pipeline`, `write` and `printer`
//! take it to a tree of files, and `app::run` is one whole run. The binary (`main.rs`) only
//! parses flags (`cli`), resolves them (`config`) and calls `app::run`.

pub mod app;
pub mod batch;
pub mod core;
pub mod discover;
pub mod encoding;
pub mod finding;
pub mod formats;
pub mod interactive;
pub mod interrupt;
pub mod outcome;
pub mod pipeline;
pub mod printer;
pub mod read;
pub mod render;
pub mod scope_dump;
pub mod settings;
pub mod stress;
pub mod write;

pub use crate::core::check::{Checked, Fixed, check_source, check_source_with};
pub use crate::core::options::Options;
