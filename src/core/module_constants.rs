//! The literals that other files' module-level names hold, for a wrapper that picks its pool
//! by a constant it imports:
//!
//! ```text
//! # pkg/settings.py
//! USE_THREADS = True
//!
//! # pkg/par.py
//! from .settings import USE_THREADS
//! Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor   # threads
//! ```
//!
//! Why it is needed. A file's analysis judges a condition on a name of its own by the literal
//! the file binds it to (`analysis::inferred::literal_name`); an imported name's literal is in
//! another file, which the run may not even analyse (a settings module names no pool). So the
//! analysis notes each imported name it would judge by (`Exports::wanted_constants`, with the
//! module as its import spells it), the run reads those modules once (`run::wrappers`,
//! `bound_in`) and analyses the importers again knowing the literals
//! (`Options::module_constants`). Over the benchmark and test-heavy corpora no file asks, so
//! a run pays nothing unless it needs it.
//!
//! What counts as a literal in the module is what counts in a file of its own: the module's
//! one binding of the name, a plain or annotated assignment of a literal (`True`, `None`, a
//! number, a plain string), in a module with no star import, `globals()` or `locals()` that sets no
//! attribute of that name. An import of the name from yet another module (`from .defaults
//! import USE_THREADS` in `pkg/__init__.py`) is followed there. Another file setting it
//! (`settings.USE_THREADS = False`) is the run's attribute check (`attribute_writes`), which
//! the importer's analysis asks for, as it does for a name of its own.

use std::collections::{BTreeMap, BTreeSet};

pub use crate::core::analysis::{Constant, ModuleBinding};

/// An imported name a file's analysis asks the run about (its literal here, what it keeps or
/// returns in `core::module_kept`): `module` is the module as the import spells it
/// (`.settings`, found from the importer's folder), `name` the name in that module. The run
/// knows it by its absolute dotted path (`key`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ImportedName {
    pub module: String,
    pub name: String,
}

impl ImportedName {
    /// The absolute dotted path of the name (`pkg.settings.USE_THREADS`), for an importer in
    /// `package`; `None` for a relative import without a package, or one reaching above it.
    pub fn key(&self, package: Option<&str>) -> Option<String> {
        let module = match self.module.starts_with('.') {
            true => crate::core::analysis::relative_module(&self.module, package)?,
            false => self.module.clone(),
        };
        Some(format!("{module}.{}", self.name))
    }
}

/// The literals of other modules' names that the run found, by absolute dotted path, and
/// every path it looked for. `Default` is none: a file analysed alone judges no imported
/// name by its literal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleConstants {
    literals: BTreeMap<String, Constant>,
    asked: BTreeSet<String>,
}

impl ModuleConstants {
    pub fn new(literals: BTreeMap<String, Constant>, asked: BTreeSet<String>) -> Self {
        Self { literals, asked }
    }

    /// The literal the module-level name at the dotted path `key` holds, when the run found
    /// one.
    pub fn literal(&self, key: &str) -> Option<Constant> {
        self.literals.get(key).copied()
    }

    /// Whether the run has looked for `key` already (found or not): a file need not ask again.
    pub fn asked(&self, key: &str) -> bool {
        self.asked.contains(key)
    }

    /// Whether the run found no literal: the analysis need not know its file's package.
    pub fn is_empty(&self) -> bool {
        self.literals.is_empty()
    }
}

/// What the module whose source is `source` binds `name` to at module level (see the
/// module's doc). A file that is not UTF-8 or does not parse binds nothing known.
pub fn bound_in(source: &[u8], name: &str) -> ModuleBinding {
    // A file that does not spell the name does not bind it (a submodule, a `__getattr__`).
    if memchr::memmem::find(source, name.as_bytes()).is_none() {
        return ModuleBinding::Unknown;
    }
    match std::str::from_utf8(source) {
        Ok(text) => crate::core::analysis::module_binding(text, name),
        Err(_) => ModuleBinding::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(source: &str, name: &str) -> ModuleBinding {
        bound_in(source.as_bytes(), name)
    }

    #[test]
    fn a_name_bound_once_to_a_literal_holds_it() {
        let source = "\"\"\"Settings.\"\"\"\nUSE_THREADS = True\nKIND: str = 'thread'\nN = (4)\n";
        assert_eq!(
            bound(source, "USE_THREADS"),
            ModuleBinding::Literal(Constant::Int(1))
        );
        assert_eq!(bound(source, "N"), ModuleBinding::Literal(Constant::Int(4)));
        assert!(matches!(
            bound(source, "KIND"),
            ModuleBinding::Literal(Constant::Text(_))
        ));
    }

    #[test]
    fn an_import_of_the_name_is_followed() {
        let source = "from .defaults import USE_THREADS as FLAG\n";
        assert_eq!(
            bound(source, "FLAG"),
            ModuleBinding::Imported {
                module: ".defaults".into(),
                name: "USE_THREADS".into()
            }
        );
    }

    #[test]
    fn a_name_that_may_be_bound_again_holds_nothing_known() {
        for source in [
            "USE_THREADS = True\nUSE_THREADS = False\n",
            "USE_THREADS = True\ndef off():\n    global USE_THREADS\n    USE_THREADS = False\n",
            "USE_THREADS = True\nfrom .defaults import *\n",
            "USE_THREADS = True\nglobals()['USE_THREADS'] = False\n",
            "USE_THREADS = True\nfor k in ('USE_THREADS',):\n    locals()[k] = False\n",
            "import sys\nUSE_THREADS = True\nsetattr(sys.modules[__name__], 'USE_THREADS', 0)\n",
            "USE_THREADS = bool(1)\n",
            "USE_THREADS: bool\n",
            "try:\n    from .local import USE_THREADS\nexcept ImportError:\n    USE_THREADS = True\n",
            "USE_THREADS = True\nUSE_THREADS += 1\n",
        ] {
            assert_eq!(
                bound(source, "USE_THREADS"),
                ModuleBinding::Unknown,
                "{source}"
            );
        }
    }

    #[test]
    fn a_file_that_is_not_python_holds_nothing_known() {
        assert_eq!(
            bound("USE_THREADS = (\n", "USE_THREADS"),
            ModuleBinding::Unknown
        );
        assert_eq!(
            bound_in(b"USE_THREADS = True\n\xff\n", "USE_THREADS"),
            ModuleBinding::Unknown
        );
    }

    #[test]
    fn a_key_is_the_absolute_path_of_the_name() {
        let wanted = |module: &str| ImportedName {
            module: module.into(),
            name: "USE_THREADS".into(),
        };
        assert_eq!(
            wanted(".settings").key(Some("pkg.sub")).as_deref(),
            Some("pkg.sub.settings.USE_THREADS")
        );
        assert_eq!(
            wanted("..settings").key(Some("pkg.sub")).as_deref(),
            Some("pkg.settings.USE_THREADS")
        );
        assert_eq!(
            wanted("pkg.settings").key(None).as_deref(),
            Some("pkg.settings.USE_THREADS")
        );
        assert_eq!(wanted(".settings").key(None), None);
    }
}
