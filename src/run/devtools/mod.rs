//! Hidden modes for the project's own checks, not for users: `--stress-lift-all`
//! (`bench/stress.sh` lifts every lambda and nested function of a corpus) and `--dump-scopes`
//! (`bench/scopes.sh` compares the semantic model with CPython's `symtable`). They read files
//! as the run does, so they live under it.

pub mod scope_dump;
pub mod stress;
