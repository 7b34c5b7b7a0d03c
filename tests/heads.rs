//! File heads that real code has (licence comments, shebangs, coding lines, docstrings,
//! `__future__` imports, `__all__`), each combined with import blocks of every shape and a
//! lambda that needs `import functools`: the fixed file must compile with CPython, keep its
//! opening comment lines and its `__doc__`, and import `functools` where
//! ruff's isort rules accept it (the pinned ruff, as `tests/formatters.rs` finds it).
//!
//! `python3` must be on `PATH`: the test fails, never skips, when it cannot be started.

use std::process::Command;

use picklefix::{Options, check_source};

const HEADS: [&str; 7] = [
    "",
    "# Copyright 2024 Example Corp.\n# SPDX-License-Identifier: Apache-2.0\n\"\"\"Batch tools.\"\"\"\nfrom __future__ import annotations\n",
    "# Copyright 2024 Example Corp.\n# SPDX-License-Identifier: Apache-2.0\n\"\"\"Batch tools.\"\"\"\n",
    "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n",
    "#!/usr/bin/env python3\n\"\"\"Batch tools.\n\nMore words.\n\"\"\"\n\nfrom __future__ import annotations\n",
    "\"\"\"Batch tools.\"\"\"\n\n__all__ = [\"scale\"]\n",
    "# A licence line.\n\n# A comment about the imports.\n",
];

const IMPORTS: [&str; 8] = [
    "import multiprocessing\n",
    "\nimport os\nfrom multiprocessing import Pool\n",
    "\nfrom multiprocessing import Pool\n\nimport numpy\n",
    "\nimport abc\nimport sys\nfrom multiprocessing import Pool\n",
    "\nimport multiprocessing as mp\n\nfrom . import helpers\n",
    "\n# isort: off\nimport sys\nimport os\n\n# isort: on\nfrom multiprocessing import Pool\n",
    "\nimport abc\n\n# Why os.\nimport os\n",
    "\n# Why os.\nimport os\nimport sys  # isort: skip\nimport abc\n",
];

const BODY: &str = "

def scale(xs, k):
    with multiprocessing.Pool(2) as pool:
        return pool.map(lambda x: x * k, xs)
";

/// Every combination of head and import block, fixed.
fn fixed_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    for head in HEADS {
        for imports in IMPORTS {
            let binding = if imports.contains("import multiprocessing\n")
                || imports.contains("import multiprocessing as")
            {
                ""
            } else {
                "import multiprocessing\n"
            };
            let source = format!("{head}{imports}{binding}{BODY}")
                .replace("multiprocessing.Pool(2)", pool_spelling(imports));
            let checked = check_source(&source, &Options::default()).expect("the source parses");
            assert_eq!(checked.internal_error, None, "{source}");
            let fixed = checked
                .fixed
                .unwrap_or_else(|| panic!("no fix for:\n{source}"));
            files.push((source, fixed.text));
        }
    }
    files
}

fn pool_spelling(imports: &str) -> &'static str {
    if imports.contains("as mp") {
        "mp.Pool(2)"
    } else {
        "multiprocessing.Pool(2)"
    }
}

/// Compiles each fixed text and compares what Python makes of its head with the original's.
const CHECK: &str = r##"
import ast, itertools, json, sys

failed = []
for original, fixed in json.load(sys.stdin):
    try:
        compile(fixed, "fixed.py", "exec", dont_inherit=True)
    except SyntaxError as error:
        failed.append(f"does not compile ({error}):\n{fixed}")
        continue
    if ast.get_docstring(ast.parse(original)) != ast.get_docstring(ast.parse(fixed)):
        failed.append(f"the docstring changed:\n{fixed}")
    opening = list(itertools.takewhile(lambda l: l.startswith("#"), original.splitlines()))
    if fixed.splitlines()[: len(opening)] != opening:
        failed.append(f"the opening comment lines changed:\n{fixed}")
print("\n\n".join(failed))
"##;

#[test]
fn fixed_heads_compile_and_keep_their_meaning() {
    let files = fixed_files();
    let input = serde_json::to_string(&files).expect("strings serialise");
    let output = python(CHECK, &input);
    assert_eq!(output.trim(), "", "{output}");
}

/// Where ruff's isort (I001, the pinned ruff of `.ci/tools.txt`) accepts the original's
/// imports, it accepts the fixed file's.
#[test]
fn fixed_heads_stay_sorted() {
    let rejected = rejected_where_originals_pass(&fixed_files(), &["check", "--select", "I001"]);
    assert!(
        rejected.is_empty(),
        "{} fixed file(s) that ruff's isort rejects where it accepted the original:\n\n{}",
        rejected.len(),
        rejected.join("\n----\n")
    );
}

/// Heads followed by no import at all (the pool imported inside the function), then blank
/// lines and a `def`, a constant or comments above a `def`: the new `import functools` gets
/// the blank lines ruff's isort and ruff format want below it, whatever was there before, and
/// shares them with a function lifted to the same place.
#[test]
fn heads_without_imports_stay_sorted_and_formatted() {
    let heads = [
        "",
        "#!/usr/bin/env python\n",
        "# Copyright 2024 Example Corp.\n",
        "\"\"\"Batch tools.\"\"\"\n",
        "# Copyright 2024 Example Corp.\n\"\"\"Batch tools.\"\"\"\n",
    ];
    let nexts = [
        "",
        "K = 1\n\n\n",
        "# Scales.\n# Twice.\n",
        "@print\ndef other():\n    pass\n\n\n",
    ];
    let body = "def scale(xs, k):\n    from multiprocessing import Pool\n\n    with Pool(2) as pool:\n        return pool.map(lambda x: x * k, xs)\n";
    // A main guard right after the head: the function lifted out of it goes above it.
    let guard = "if __name__ == \"__main__\":\n    from multiprocessing import Pool\n\n    k = 2\n    with Pool(2) as pool:\n        print(pool.map(lambda x: x * k, [1]))\n";
    let mut files = Vec::new();
    for head in heads {
        for blank in ["", "\n", "\n\n"] {
            let bodies = nexts
                .iter()
                .map(|next| format!("{next}{body}"))
                .chain([guard.to_string()]);
            for rest in bodies {
                let source = format!("{head}{blank}{rest}");
                let checked = check_source(&source, &Options::default()).expect("parses");
                assert_eq!(checked.internal_error, None, "{source}");
                let fixed = checked
                    .fixed
                    .unwrap_or_else(|| panic!("no fix for:\n{source}"));
                files.push((source, fixed.text));
            }
        }
    }
    for check in [&["check", "--select", "I001"][..], &["format", "--check"]] {
        let rejected = rejected_where_originals_pass(&files, check);
        assert!(
            rejected.is_empty(),
            "{} fixed file(s) that `ruff {}` rejects where it accepted the original:\n\n{}",
            rejected.len(),
            check.join(" "),
            rejected.join("\n----\n")
        );
    }
}

/// The fixed texts of `files` (original, fixed) that `ruff ARGS --isolated` rejects where it
/// accepted the original, run by the pinned ruff (as `tests/formatters.rs` finds it).
fn rejected_where_originals_pass(files: &[(String, String)], args: &[&str]) -> Vec<String> {
    let bin = match std::env::var_os("PICKLEFIX_TOOLS") {
        Some(dir) => std::path::PathBuf::from(dir),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tools-venv/bin"),
    };
    let ruff = bin.join("ruff");
    let dir = std::env::temp_dir().join(format!(
        "picklefix-heads-{}-{}",
        std::process::id(),
        args.join("-")
    ));
    for (index, (original, fixed)) in files.iter().enumerate() {
        for (kind, text) in [("orig", original), ("fixed", fixed)] {
            let folder = dir.join(kind);
            std::fs::create_dir_all(&folder).expect("the temporary folder is writable");
            std::fs::write(folder.join(format!("f{index}.py")), text).expect("writable");
        }
    }
    let output = Command::new(&ruff)
        .args(args)
        .args(["--isolated", "--output-format", "concise"])
        .arg(&dir)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "this test needs the pinned ruff in {} ({error}): run `.ci/tools` or set \
                 PICKLEFIX_TOOLS",
                bin.display()
            )
        });
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "ruff failed: {report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let flagged = |kind: &str, index: usize| {
        let name = format!("{kind}{}f{index}.py", std::path::MAIN_SEPARATOR);
        report
            .lines()
            .any(|line| line.contains(&format!("{name}:")) || line.ends_with(&name))
    };
    (0..files.len())
        .filter(|&index| !flagged("orig", index) && flagged("fixed", index))
        .map(|index| files[index].1.clone())
        .collect()
}

fn python(script: &str, input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 must be on PATH for this test");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("python3 reads its input");
    let output = child.wait_with_output().expect("python3 runs");
    assert!(output.status.success(), "python3 failed");
    String::from_utf8_lossy(&output.stdout).into_owned()
}
