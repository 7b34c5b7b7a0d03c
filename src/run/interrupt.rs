//! Stopping a `--fix` run cleanly on Ctrl-C (or SIGTERM, SIGHUP).
//!
//! Killed outright, a run could stop between writing a fixed file's temporary copy and renaming
//! it over the original: no file is ever half written (see `write`), but a
//! `.picklefix-XXXXXX.tmp` would be left beside it. So while `--fix` runs, the first signal
//! only asks the run to stop: a file whose check has begun is finished, written included, no
//! new file is started, what was done is reported, and the exit status says the run was
//! interrupted. A second signal ends the process at once, for a user who will not wait.

use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};

use crate::output::outcome::ExitStatus;

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Catch the signals from now on, for the rest of the process. Later calls do nothing.
pub fn install() -> Result<()> {
    static INSTALL: Once = Once::new();
    let mut installed = Ok(());
    INSTALL.call_once(|| {
        installed = ctrlc::set_handler(|| {
            if REQUESTED.swap(true, Ordering::SeqCst) {
                std::process::exit(i32::from(ExitStatus::Interrupted.code()));
            }
        });
    });
    installed.context("Could not install the Ctrl-C handler")
}

/// Whether a signal has asked the run to stop.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}
