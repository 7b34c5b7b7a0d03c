//! The core: one Python source text in, findings and verified fixes out. Parsing
//! (`parse`, `parse_edits`, `head`), the semantic model (`semantic`), the analysis with its one table of
//! process APIs (`analysis`), rule selection and suppression comments (`suppression`, `rules`),
//! edits and fixes (`fix`, `diagnostic`), the words a text's imports name (`import_words`), the
//! attributes it assigns (`attribute_writes`), the literals its module-level names hold
//! (`module_constants`), what its classes' instances keep and its functions return that pickle
//! refuses (`module_kept`), and verification of a fixed text (`verify`, `compile_rules`, `depth`); `check` strings them
//! together for one text.
//!
//! The core touches no file and prints nothing, and it imports nothing from the layers above
//! it (settings, the run, output): what it needs of the settings comes in as plain `Options`.
//! `tests/layers.rs` keeps it so.

pub mod analysis;
pub mod attribute_writes;
pub mod check;
pub mod compile_rules;
pub mod depth;
pub mod diagnostic;
pub mod fix;
pub mod head;
pub mod import_words;
pub mod module_constants;
pub mod module_kept;
pub mod node;
pub mod options;
pub mod parse;
pub mod parse_edits;
pub mod rules;
pub mod semantic;
pub mod source;
pub mod suppression;
pub mod verify;
