//! The attribute names a file assigns on something other than `self` or `cls`
//! (`par.USE_THREADS = False`, `runner.use_processes = True`, `setattr(par, "USE_THREADS",
//! False)`), for the check that no other file of a run changes a value the analysis judged by
//! its literal.
//!
//! Why it is needed. A wrapper that picks its pool by a module constant or a class attribute
//! (`ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor` under `USE_THREADS = True`)
//! is judged by the literal its file binds, when nothing in that file can change it
//! (`values::sets_attribute_anywhere`). Another file can: `pkg/__init__.py` doing `from . import
//! par; par.USE_THREADS = False` makes every `pmap` a process pool, and judging by the literal
//! would miss the lambda handed to it. Such a file need not mention multiprocessing, nor even
//! import the module (`def enable(runner): runner.use_processes = True`), so no prefilter or
//! import word finds it. The analysis notes each name it judged assuming no other file sets
//! it (`Exports::unset_assumed`); a run in which some file did reads its files once more for
//! those names (`run::wrappers`), and analyses the file again, knowing the names found set
//! (`Options::attribute_writes`), when one is. Over the benchmark and test-heavy corpora no
//! file judges such a name, so a run pays nothing for the check unless it needs it.
//!
//! What counts as setting `NAME` in another file (`analysis::sets_attribute_from`, on the
//! file's syntax tree): an attribute target of that name (plain, annotated, augmented, in a
//! tuple, a `for` or `with` target, `del`) on anything but a bare `self` or `cls`, a
//! way of setting attributes by name anywhere in the file (`setattr`, `vars(`, `__dict__`,
//! `exec(`), a string naming it alone or last (`"NAME"`, `"pkg.par.NAME"`: `mock.patch.object`,
//! `mock.patch`, pytest's `monkeypatch.setattr`), a keyword of that name in a file calling
//! `multiple(` (`mock.patch.multiple`); and any name, in a file that calls `setattr` with a
//! name it does not write out (`for key, value in options.items(): setattr(settings, key,
//! value)`, a settings module's override helper). A file that cannot be read as Python counts
//! as setting every name it spells. A class attribute bound in a class body of another file is
//! none (a subclass there is not judged by this file's literal); nor is an attribute set
//! through another name of the module (`sys.modules["pkg.par"]` kept in a variable) without
//! any of these.

use std::collections::BTreeSet;

use memchr::memmem;

use crate::core::semantic::identifier;

/// The attribute names other files of a run set, of those the analysis asked about. `Default`
/// is none: a file analysed alone sees only its own assignments.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AttributeWrites {
    names: BTreeSet<String>,
}

impl AttributeWrites {
    pub fn new(names: BTreeSet<String>) -> Self {
        Self { names }
    }

    /// Whether another file of the run sets an attribute `name` (see the module's doc).
    pub fn may_set(&self, name: &str) -> bool {
        !self.names.is_empty() && self.names.contains(identifier(name).as_ref())
    }
}

/// The names of `wanted` that `source` may set as attributes (see the module's doc): all of
/// them when it calls `setattr` with a name it does not write out. A file that spells none
/// of them and calls no `setattr` is not parsed.
pub fn set_among(source: &[u8], wanted: &BTreeSet<String>) -> BTreeSet<String> {
    let spelled: BTreeSet<String> = wanted
        .iter()
        .filter(|name| !name.is_ascii() || memmem::find(source, name.as_bytes()).is_some())
        .cloned()
        .collect();
    let dynamic = memmem::find(source, b"setattr(").is_some();
    if spelled.is_empty() && !dynamic {
        return spelled;
    }
    let Ok(text) = std::str::from_utf8(source) else {
        return spelled;
    };
    let Ok(tree) = crate::core::parse::parse(text) else {
        return spelled;
    };
    let root = tree.root_node();
    // `setattr(settings, key, value)` with a name not written out may set any of them.
    if dynamic && crate::core::analysis::sets_attribute_by_variable(root, text) {
        return wanted.clone();
    }
    spelled
        .into_iter()
        .filter(|name| crate::core::analysis::sets_attribute_from(root, text, name))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{AttributeWrites, set_among};

    fn set(source: &str, name: &str) -> bool {
        let wanted = BTreeSet::from([name.to_string()]);
        !set_among(source.as_bytes(), &wanted).is_empty()
    }

    #[test]
    fn every_way_of_setting_an_attribute_counts() {
        for source in [
            "par.USE_THREADS = False\n",
            "pkg.par.USE_THREADS += 1\n",
            "par.USE_THREADS, par.WORKERS = False, 2\n",
            "par.USE_THREADS: bool = False\n",
            "for par.USE_THREADS in (False,):\n    pass\n",
            "with ctx() as par.USE_THREADS:\n    pass\n",
            "setattr(par, 'USE_THREADS', False)\n",
            "setattr(importlib.import_module('pkg.par'), 'USE_THREADS', False)\n",
            "vars(par)['USE_THREADS'] = False\n",
            "par.__dict__.update(USE_THREADS=False)\n",
            "with mock.patch.object(par, 'USE_THREADS', False):\n    pass\n",
            "@mock.patch('pkg.par.USE_THREADS', False)\ndef test(): pass\n",
            "monkeypatch.setattr(\"pkg.par.USE_THREADS\", False)\n",
            "def configure(**options):\n    for key, value in options.items():\n        setattr(settings, key, value)\n",
            "with mock.patch.multiple(\"pkg.par\", USE_THREADS=False):\n    pass\n",
            "with patch.multiple(par, WORKERS=2,\n        USE_THREADS = False):\n    pass\n",
            "with mock.patch.multiple(\"pkg.par\",  # the pools\n    USE_THREADS=False,\n):\n    pass\n",
        ] {
            assert!(set(source, "USE_THREADS"), "{source}");
        }
    }

    #[test]
    fn reads_comments_and_prose_do_not() {
        for source in [
            "if par.USE_THREADS:\n    run(par.USE_THREADS, x)\n",
            "# par.USE_THREADS = False\n",
            "\"\"\"Set par.USE_THREADS = False to use processes.\"\"\"\n",
            "def f():\n    USE_THREADS = False\n",
            "class Other:\n    USE_THREADS = False\n",
            "class Other:\n    def __init__(self):\n        self.USE_THREADS = False\n",
            "x = 1\n",
            "run(USE_THREADS=False)\n",
            "setattr(par, 'WORKERS', 2)\n",
            "monkeypatch.setattr(\"pkg.par.WORKERS\", 2)\n",
            "patch.multiple(par, WORKERS=2)\nUSE_THREADS = False\nf(USE_THREADS == 1)\n",
        ] {
            assert!(!set(source, "USE_THREADS"), "{source}");
        }
    }

    #[test]
    fn the_writes_found_answer_for_their_names() {
        let wanted = BTreeSet::from(["USE_THREADS".to_string(), "workers".to_string()]);
        let writes = AttributeWrites::new(set_among(b"par.USE_THREADS = False\n", &wanted));
        assert!(writes.may_set("USE_THREADS"));
        assert!(!writes.may_set("workers"));
        assert!(!AttributeWrites::default().may_set("USE_THREADS"));
    }
}
