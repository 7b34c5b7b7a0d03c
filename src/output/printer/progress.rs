//! The progress line on stderr: `Checking files: 1200/5000`, redrawn in place, shown only when
//! the run has taken longer than a moment and only when the config allows it (stderr is a
//! terminal, not CI, not `--quiet`), so pipes and CI logs never see it. It is erased before
//! anything else is printed.

use std::io::{self, Write};
use std::time::{Duration, Instant};

/// How long a run goes before the progress line appears: short runs stay silent.
const DELAY: Duration = Duration::from_millis(400);

/// A progress line that may or may not be drawn.
pub struct Progress {
    enabled: bool,
    started: Instant,
    drawn: bool,
}

impl Progress {
    pub fn new(enabled: bool) -> Progress {
        Progress {
            enabled,
            started: Instant::now(),
            drawn: false,
        }
    }

    /// `done` of `total` files are checked.
    pub fn update(&mut self, done: usize, total: usize) {
        if !self.enabled || self.started.elapsed() < DELAY {
            return;
        }
        let mut err = io::stderr().lock();
        // A failed write to stderr is not worth stopping the run for.
        let _ = write!(err, "\r\x1b[KChecking files: {done}/{total}");
        let _ = err.flush();
        self.drawn = true;
    }

    /// Erase the line, if it was drawn.
    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(io::stderr().lock(), "\r\x1b[K");
            self.drawn = false;
        }
    }
}
