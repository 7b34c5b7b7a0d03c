//! The run: from the paths a user named to an outcome per file. `command` carries out one
//! `Command`; `discover` walks the paths; `scheduler` checks the files on the thread pool in
//! parallel and hands the outcomes back in path order; `file` takes one file on disk (`read`,
//! `encoding`) through the core's `check_source` to a `FileOutcome`, writing fixes (`write`)
//! when asked; `review` is `--interactive`, over the same outcomes; `interrupt` stops a run
//! cleanly on Ctrl-C. `devtools` holds the hidden test-only modes.
//!
//! The run sits on top: it imports settings, the core and output, and nothing imports it.

pub mod command;
pub mod devtools;
pub mod discover;
pub mod encoding;
pub mod file;
mod file_list;
mod handed;
pub mod interrupt;
mod package;
pub mod read;
pub mod review;
pub mod scheduler;
mod stars;
mod tally;
mod wrappers;
pub mod write;
