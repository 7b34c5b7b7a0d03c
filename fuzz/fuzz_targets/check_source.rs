//! Fuzz the library's entry point: any text goes into `check_source` with unsafe fixes on.
//!
//! Besides "no panic, no hang" (libFuzzer's `-timeout`), a produced fix must keep the promises
//! the engine makes: the fixed text parses, and a second pass over it changes nothing. A
//! verification failure reported as an internal error is the engine refusing a bad fix, which
//! is what it is for, so it is not a crash; a fix that slips past it is.

#![no_main]

use libfuzzer_sys::fuzz_target;
use picklefix::{Settings, check_source};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let settings = Settings {
        unsafe_fixes: true,
        ..Settings::default()
    };
    let Ok(checked) = check_source(source, &settings) else {
        return;
    };
    let Some(fixed) = checked.fixed else {
        return;
    };
    let again = check_source(&fixed.text, &settings)
        .unwrap_or_else(|error| panic!("the fixed text does not parse: {error:?}"));
    assert!(
        again.fixed.is_none() && again.internal_error.is_none(),
        "a second pass changed the fixed text"
    );
});
