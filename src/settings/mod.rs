//! Settings: what the user asked for, resolved. The flags (`cli`, raw clap structs that stop
//! here), the settings files (`settings_file`), the nearest one up the tree from each file
//! (`projects`, with the line length found in other tools' files by `line_length`, each
//! directory listed once by `listing`, the exclude globs matched by `exclude_globs`), and what
//! they resolve to: a `Command` for the run (`config`) and, per settings file, the `Settings`
//! whose `Options` (rules selected, unsafe fixes, user APIs, line length) the core takes.
//! `spans` points at the key or value a settings error is about.
//!
//! Settings import only from the core (the rules, the user API type, `Options`); the run and
//! output read them, never the other way round.

pub mod cli;
pub mod config;
pub mod exclude_globs;
pub mod import_style;
pub mod line_length;
pub mod listing;
pub mod per_file_ignores;
pub mod projects;
pub mod settings_file;
pub mod spans;

pub use projects::Settings;
