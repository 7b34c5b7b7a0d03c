//! The shape of the source tree, checked: `src/` holds four layers (`settings`, `run`, `core`,
//! `output`), each imports only the layers below it, there is no cycle between them, and no two
//! types share a name.
//!
//! The imports are read from the text of `src/**/*.rs`: every `crate::` path (in a `use` or
//! inline, groups `crate::{a, b::c}` included) names the top-level module it reaches. Comment
//! lines are skipped, so a doc comment that mentions a path does not count as an import.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Which layers each layer may import. The core imports none: it takes plain `Options`.
const MAY_IMPORT: [(&str, &[&str]); 4] = [
    ("core", &[]),
    ("settings", &["core"]),
    ("output", &["core", "settings"]),
    ("run", &["core", "settings", "output"]),
];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).expect("src/ is readable");
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// Each source file under `src/` with its text, comment lines left out.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&src_dir(), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).expect("a source file is UTF-8");
            let code: Vec<&str> = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect();
            (path, code.join("\n"))
        })
        .collect()
}

/// The top-level module a file belongs to (`src/run/file.rs` is `run`), or `None` for the
/// crate root and the binary.
fn layer_of(path: &Path) -> Option<String> {
    let relative = path.strip_prefix(src_dir()).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then(|| name.to_string())
}

fn leading_ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The first segment of each item of a `{...}` group (the text after the `{`), at depth one.
fn group_heads(group: &str) -> Vec<&str> {
    let (mut depth, mut start, mut heads) = (0usize, 0, Vec::new());
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                heads.push(leading_ident(group[start..i].trim()));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                heads.push(leading_ident(group[start..i].trim()));
                start = i + 1;
            }
            _ => {}
        }
    }
    heads.retain(|head| !head.is_empty() && *head != "self");
    heads
}

/// The top-level modules that `code` reaches through `crate::` paths.
fn imported_modules(code: &str) -> BTreeSet<String> {
    let mut modules = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(group) => modules.extend(group_heads(group).into_iter().map(String::from)),
            None => {
                modules.insert(leading_ident(rest).to_string());
            }
        }
    }
    modules
}

/// Which top-level modules each top-level module imports.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, code) in sources() {
        let Some(layer) = layer_of(&path) else {
            continue;
        };
        let imports = graph.entry(layer.clone()).or_default();
        imports.extend(imported_modules(&code).into_iter().filter(|m| *m != layer));
    }
    graph
}

/// A cycle through `start`, if the graph has one, as the modules along it.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![start.to_string()]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = path.last().expect("a path is never empty");
        for next in graph.get(last).into_iter().flatten() {
            if next == start {
                return Some([path.clone(), vec![next.clone()]].concat());
            }
            if seen.insert(next.clone()) {
                stack.push([path.clone(), vec![next.clone()]].concat());
            }
        }
    }
    None
}

#[test]
fn src_lists_the_four_layers_and_nothing_else() {
    let graph = import_graph();
    let layers: BTreeSet<&str> = graph.keys().map(String::as_str).collect();
    let expected: BTreeSet<&str> = MAY_IMPORT.iter().map(|(layer, _)| *layer).collect();
    assert_eq!(
        layers, expected,
        "src/ holds a module outside the four layers"
    );
}

#[test]
fn no_cycle_between_top_level_modules() {
    let graph = import_graph();
    let cycles: Vec<Vec<String>> = graph
        .keys()
        .filter_map(|module| cycle_from(&graph, module))
        .collect();
    assert!(cycles.is_empty(), "import cycles: {cycles:?}");
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let graph = import_graph();
    for (layer, allowed) in MAY_IMPORT {
        let imports = graph.get(layer).cloned().unwrap_or_default();
        let upward: Vec<&String> = imports
            .iter()
            .filter(|module| !allowed.contains(&module.as_str()))
            .collect();
        assert!(upward.is_empty(), "{layer} imports {upward:?}");
    }
}

/// The name a line defines, when it opens a struct, enum or trait.
fn defined_type(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    if let Some(after) = rest.strip_prefix("pub") {
        rest = match after.strip_prefix('(') {
            Some(scoped) => scoped.split_once(')')?.1,
            None => after,
        }
        .trim_start();
    }
    let name = ["struct ", "enum ", "trait "]
        .iter()
        .find_map(|keyword| rest.strip_prefix(keyword))?;
    Some(leading_ident(name)).filter(|name| !name.is_empty())
}

#[test]
fn no_two_types_share_a_name() {
    let mut homes: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for (path, code) in sources() {
        for name in code.lines().filter_map(defined_type) {
            homes
                .entry(name.to_string())
                .or_default()
                .push(path.clone());
        }
    }
    let shared: BTreeMap<&String, &Vec<PathBuf>> =
        homes.iter().filter(|(_, paths)| paths.len() > 1).collect();
    assert!(shared.is_empty(), "types sharing a name: {shared:#?}");
}

#[test]
fn the_import_reader_sees_groups_and_inline_paths() {
    let code = "use crate::core::{a, b};\nuse crate::{output::x, run::{y, z}, self};\nfn f() { crate::settings::g() }";
    let found: Vec<String> = imported_modules(code).into_iter().collect();
    assert_eq!(found, ["core", "output", "run", "settings"]);
}
