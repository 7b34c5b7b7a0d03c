//! picklefix finds callables that multiprocessing and concurrent.futures cannot pickle (lambdas,
//! nested functions, functions defined under the `__main__` guard) and lifts them to module
//! scope, passing what they captured as explicit arguments.
//!
//! The library holds the whole pipeline so that tests and the fuzzer call it without a process:
//! `engine::check_source` takes one source text; `discover`, `pipeline`, `write` and `printer`
//! take it to a tree of files, and `app::run` is one whole run. The binary (`main.rs`) only
//! parses flags (`cli`), resolves them (`config`) and calls `app::run`.

pub mod analysis;
pub mod app;
pub mod batch;
pub mod cli;
pub mod compile_rules;
pub mod config;
pub mod depth;
pub mod diagnostic;
pub mod discover;
pub mod encoding;
pub mod engine;
pub mod finding;
pub mod fix;
pub mod formats;
pub mod head;
pub mod interactive;
pub mod interrupt;
pub mod line_length;
pub mod outcome;
pub mod parse;
pub mod per_file_ignores;
pub mod pipeline;
pub mod printer;
pub mod projects;
pub mod read;
pub mod render;
pub mod rules;
pub mod scope_dump;
pub mod semantic;
pub mod settings_file;
pub mod source;
pub mod stress;
pub mod suppression;
pub mod verify;
pub mod write;

pub use engine::{Checked, Fixed, Settings, check_source, check_source_with};
