//! What other files' classes and functions give that pickle refuses, for a callable that
//! captures an instance or a returned value of them:
//!
//! ```text
//! # pkg/ctx.py
//! class Context:
//!     def __init__(self, name):
//!         self.lock = threading.Lock()
//!
//! # main.py
//! from pkg.ctx import Context
//! ctx = Context("job")
//! run_in_process(lambda: ctx.report(n))   # pickles ctx, and its lock: refused
//! ```
//!
//! Why it is needed. A file's analysis refuses a capture whose value it can read is refused by
//! pickle: an instance of a class of the file whose `__init__` stores a lock or an open file
//! (`analysis::captures::kept_unpicklable`), what a function of the file returns
//! (`unpicklable::returned_unpicklable`), a bound method whose instance keeps one
//! (`inferred::instance_kept_unpicklable`). A class or function imported from another file
//! of the run is just as readable, but in a file the analysis does not have. So, as for
//! literals (`module_constants`), the analysis notes each imported name it would judge by
//! (`Exports::wanted_kept`), the run reads those modules (`run::wrappers`, `kept_of`),
//! following re-exports and the bases a class imports, and analyses the importers again
//! knowing what each keeps (`Options::module_kept`). A run in which no capture is such a
//! value reads nothing more.
//!
//! Only refusals come of it: an imported name the run cannot read (outside the run, bound
//! twice, decorated) keeps what it kept before, nothing known.

use std::collections::{BTreeMap, BTreeSet};

/// What an imported name gives that pickle refuses, as its own file reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unpicklable {
    /// The instances of the class keep it: said as a clause (``whose `__init__` stores a
    /// thread lock ... in `self.lock` ``), with the statement that stores it and its line when
    /// one does (not for a dataclass's field).
    Instances {
        clause: String,
        stored: Option<(String, usize)>,
        file: String,
    },
    /// A call of the function returns it (`an open file`); with the line of its `def`.
    Returns {
        what: String,
        line: usize,
        file: String,
    },
    /// The function is a `contextlib.contextmanager` that yields it (`with opened() as f`);
    /// with the line of its `def`.
    Yields {
        what: String,
        line: usize,
        file: String,
    },
    /// The module-level name holds it (`LOG = open(...)`); with the line that binds it.
    Holds {
        what: String,
        line: usize,
        file: String,
    },
    /// The class says how its instances pickle (`__getstate__`, `__reduce__`), with the line
    /// of that method: not a refusal of pickle, but a copy that may differ from the parent's
    /// object (`analysis::captures::check_pickled_state`).
    Pickles {
        hook: String,
        line: usize,
        file: String,
    },
    /// A call of the function stores it on what it is given at a parameter (`def attach(c):
    /// c.lock = threading.Lock()`): the parameter's position (none for one passed by name
    /// only) and name, the statement that stores it (`c.lock = threading.Lock()`) and its
    /// line; whether the function returns the parameter (`return c`), so that its calls
    /// return it too.
    Stores {
        index: Option<usize>,
        parameter: String,
        returned: bool,
        target: String,
        what: String,
        line: usize,
        file: String,
    },
}

impl Unpicklable {
    /// Where it is: the statement that stores it, or the function's `def`, as
    /// `pkg/ctx.py:7`; the file alone for a field of a dataclass.
    pub fn place(&self) -> String {
        match self {
            Unpicklable::Instances {
                stored: Some((_, line)),
                file,
                ..
            }
            | Unpicklable::Returns { line, file, .. }
            | Unpicklable::Holds { line, file, .. }
            | Unpicklable::Pickles { line, file, .. }
            | Unpicklable::Yields { line, file, .. }
            | Unpicklable::Stores { line, file, .. } => format!("{file}:{line}"),
            Unpicklable::Instances { file, .. } => file.clone(),
        }
    }
}

impl Unpicklable {
    /// What the name `name` that gives it gives, called or read, as a noun phrase with its
    /// place: what a call returns, an instance of the class, what the value holds. `None` for
    /// a value called or a class read, which give nothing known.
    pub fn phrase(&self, name: &str, called: bool) -> Option<String> {
        let place = self.place();
        Some(match (self, called) {
            (Unpicklable::Returns { what, .. }, true) => {
                format!("what `{name}` returns ({place}), {what}")
            }
            (Unpicklable::Instances { clause, .. }, true) => {
                format!("an instance of `{name}`, {clause} ({place})")
            }
            (Unpicklable::Holds { what, .. }, false) => {
                format!("`{name}` ({place}), which holds {what}")
            }
            _ => return None,
        })
    }
}

/// What a module binds a name to, for `Unpicklable` (`analysis::kept_binding`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptBinding {
    /// The class or function gives that.
    Unpicklable(Unpicklable),
    /// An import of `name` from `module`, as spelled (`.ctx`): a re-export, followed there.
    Imported { module: String, name: String },
    /// A class of the module that keeps nothing pickle refuses in this file, with the bases
    /// it imports (`from .base import Component`), each `(module, name)` as spelled, and the
    /// values of other modules its `__init__` stores (`self.lock = make_lock()`): what one of
    /// the bases keeps, or one of those values is, the class's instances keep too.
    Class {
        bases: Vec<(String, String)>,
        stored: Vec<StoredImport>,
    },
    /// A function of the module whose `return`s make instances of the classes it imports
    /// (`return Ctx(n)` after `from .ctx import Ctx`), each `(module, name)` as spelled, with
    /// the line of its `def`: what one of those classes' instances keep, its calls return.
    Makes {
        classes: Vec<(String, String)>,
        line: usize,
    },
    /// Nothing known.
    Unknown,
}

/// A value of another module that a class's `__init__` stores on `self` (`KeptBinding::Class`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredImport {
    /// The module, as its import spells it, and the name in it.
    pub module: String,
    pub name: String,
    /// The name as the class's module reads it (`make_lock`, `sync.LOCK`), and whether it
    /// calls it.
    pub read: String,
    pub called: bool,
    /// The attribute of `self`, and the statement that stores it, with its line.
    pub attribute: String,
    pub text: String,
    pub line: usize,
}

/// What the run found the imported names asked about give, by absolute dotted path, and
/// every path it looked for. `Default` is none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModuleKept {
    kept: BTreeMap<String, Unpicklable>,
    asked: BTreeSet<String>,
}

impl ModuleKept {
    pub fn new(kept: BTreeMap<String, Unpicklable>, asked: BTreeSet<String>) -> Self {
        Self { kept, asked }
    }

    /// What the name at the dotted path `key` gives, when the run found it gives something
    /// pickle refuses.
    pub fn get(&self, key: &str) -> Option<&Unpicklable> {
        self.kept.get(key)
    }

    /// Whether the run has looked for `key` already (found or not).
    pub fn asked(&self, key: &str) -> bool {
        self.asked.contains(key)
    }

    /// Whether the run found nothing: the analysis need not know its file's package.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }
}

/// What the module whose source is `source`, shown as `file`, binds `name` to, for `Unpicklable`
/// (see the module's doc). A file that is not UTF-8 or does not parse binds nothing known.
pub fn kept_in(source: &[u8], name: &str, file: &str) -> KeptBinding {
    // A module that never spells the name binds it only through a star import.
    let first = name.split('.').next().unwrap_or(name);
    if memchr::memmem::find(source, first.as_bytes()).is_none()
        && memchr::memmem::find(source, b"import *").is_none()
    {
        return KeptBinding::Unknown;
    }
    match std::str::from_utf8(source) {
        Ok(text) => crate::core::analysis::kept_binding(text, name, file),
        Err(_) => KeptBinding::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(source: &str, name: &str) -> KeptBinding {
        kept_in(source.as_bytes(), name, "pkg/ctx.py")
    }

    #[test]
    fn a_class_whose_init_stores_a_lock_keeps_it_with_the_statement() {
        let source = "import threading\n\n\nclass Context:\n    def __init__(self):\n        self.name = 'job'\n        self.lock = threading.Lock()\n";
        let KeptBinding::Unpicklable(Unpicklable::Instances {
            clause,
            stored,
            file,
        }) = kept(source, "Context")
        else {
            panic!("{:?}", kept(source, "Context"));
        };
        assert!(clause.contains("`self.lock`"), "{clause}");
        assert_eq!(
            stored,
            Some(("self.lock = threading.Lock()".to_string(), 7))
        );
        assert_eq!(file, "pkg/ctx.py");
    }

    #[test]
    fn a_function_returning_an_open_file_or_a_lambda_gives_it() {
        let source = "def open_log(path):\n    return open(path)\n\n\ndef scaler(k):\n    return lambda x: x * k\n";
        assert_eq!(
            kept(source, "open_log"),
            KeptBinding::Unpicklable(Unpicklable::Returns {
                what: "an open file".into(),
                line: 1,
                file: "pkg/ctx.py".into()
            })
        );
        assert!(matches!(
            kept(source, "scaler"),
            KeptBinding::Unpicklable(Unpicklable::Returns { line: 5, .. })
        ));
    }

    #[test]
    fn a_re_export_and_imported_bases_are_for_the_run_to_follow() {
        assert_eq!(
            kept("from .ctx import Context as Ctx\n", "Ctx"),
            KeptBinding::Imported {
                module: ".ctx".into(),
                name: "Context".into()
            }
        );
        let source = "from .base import Component\nimport mixins\n\n\nclass Local(Component, mixins.Named):\n    pass\n";
        assert_eq!(
            kept(source, "Local"),
            KeptBinding::Class {
                bases: vec![
                    (".base".into(), "Component".into()),
                    ("mixins".into(), "Named".into())
                ],
                stored: Vec::new(),
            }
        );
        let source = "from .sync import LOCK, make_lock\nfrom . import helpers\n\n\nclass Ctx:\n    def __init__(self):\n        self.n = 1\n        self.lock = make_lock()\n        self.shared = LOCK\n        self.helper = helpers.Helper(2)\n";
        let KeptBinding::Class { bases, stored } = kept(source, "Ctx") else {
            panic!("{:?}", kept(source, "Ctx"));
        };
        assert!(bases.is_empty());
        let read: Vec<_> = (stored.iter())
            .map(|s| {
                (
                    s.module.as_str(),
                    s.name.as_str(),
                    s.called,
                    s.attribute.as_str(),
                    s.line,
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (".sync", "make_lock", true, "lock", 8),
                (".sync", "LOCK", false, "shared", 9),
                (".helpers", "Helper", true, "helper", 10)
            ]
        );
    }

    #[test]
    fn methods_stores_on_parameters_and_pickling_hooks_are_read() {
        let source = "import threading\n\n\ndef attach(name, ctx):\n    ctx.lock = threading.Lock()\n    return ctx\n\n\nclass Ctx:\n    def __init__(self, n):\n        self.n = n\n\n    @classmethod\n    def create(cls, n):\n        obj = cls(n)\n        obj.lock = threading.Lock()\n        return obj\n\n    def enable(self):\n        self.guard = threading.RLock()\n\n\nclass Kept:\n    def __getstate__(self):\n        return {}\n";
        let KeptBinding::Unpicklable(Unpicklable::Stores {
            index,
            parameter,
            returned,
            target,
            line,
            ..
        }) = kept(source, "attach")
        else {
            panic!("{:?}", kept(source, "attach"));
        };
        assert_eq!(
            (index, parameter.as_str(), returned, target.as_str(), line),
            (Some(1), "ctx", true, "ctx.lock = threading.Lock()", 5)
        );
        let KeptBinding::Unpicklable(Unpicklable::Returns { what, line, .. }) =
            kept(source, "Ctx.create")
        else {
            panic!("{:?}", kept(source, "Ctx.create"));
        };
        assert_eq!(line, 14);
        assert!(
            what.contains("`obj.lock = threading.Lock()`") && what.contains("pkg/ctx.py:16"),
            "{what}"
        );
        assert!(matches!(
            kept(source, "Ctx.enable"),
            KeptBinding::Unpicklable(Unpicklable::Stores { index: Some(0), ref target, line: 20, .. })
                if target == "self.guard = threading.RLock()"
        ));
        // A plain method is not what a call on the class returns, nor is a missing one.
        assert_eq!(kept(source, "Ctx.missing"), KeptBinding::Unknown);
        assert_eq!(
            kept(source, "Kept"),
            KeptBinding::Unpicklable(Unpicklable::Pickles {
                hook: "__getstate__".into(),
                line: 24,
                file: "pkg/ctx.py".into()
            })
        );
        // A name a module binds only through its one star import is that module's.
        assert_eq!(
            kept("from ._impl import *\n", "Ctx.create"),
            KeptBinding::Imported {
                module: "._impl".into(),
                name: "Ctx.create".into()
            }
        );
    }

    #[test]
    fn what_says_how_it_pickles_or_may_be_anything_keeps_nothing_known() {
        for (source, name) in [
            // A decorator may return anything.
            (
                "import functools\n\n\n@functools.cache\ndef opened():\n    return open('x')\n",
                "opened",
            ),
            // Bound twice.
            ("def f():\n    return open('x')\n\n\nf = None\n", "f"),
            // Keeps what pickles.
            (
                "class P:\n    def __init__(self):\n        self.n = 1\n",
                "P",
            ),
            // Not Python.
            ("class C(\n", "C"),
        ] {
            assert_eq!(kept(source, name), KeptBinding::Unknown, "{source}");
        }
        assert_eq!(
            kept_in(b"def f():\n    return open('x')\n\xff", "f", "x.py"),
            KeptBinding::Unknown
        );
    }
}
