//! The stress check's half inside the binary (`--stress-lift-all`, hidden; `bench/stress.sh`
//! drives it): every lambda and nested function of every file is lifted on its own, exactly as
//! `--lift` would, and each result is printed as one JSON line for `bench/stress.py`, which
//! checks it with CPython and ruff.
//!
//! A line per file (`{"file": ..., "targets": N}` or `"skipped"` with why), then a line per
//! target: where it is, and either the lift (the module-level names, the edits as byte offsets
//! into the file, a CRC-32 of the fixed text, and what a second lift of the lifted function did)
//! or the reason it was refused. The edits and the CRC, instead of the fixed text, keep the
//! output small, and let the checker prove that the fixed text is the file with these edits and
//! nothing else changed. Lines come in path order, files checked in parallel.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use rayon::prelude::*;
use serde_json::{Value, json};
use tree_sitter::Tree;

use crate::core::analysis::{self, AT_MODULE_LEVEL, Requested};
use crate::core::fix::Fix;
use crate::core::node::NodeExt;
use crate::core::options::Options;
use crate::core::parse::parse;
use crate::core::source::LineIndex;
use crate::core::verify::{self, Baseline, LeafTokens};
use crate::output::outcome::ExitStatus;
use crate::settings::config::Config;

/// Files handed to the pool at once: the lines of a chunk are printed before the next starts,
/// so memory stays small and the output flows.
const CHUNK: usize = 256;

/// Lift every target of every file in `paths`, printing the JSON lines on stdout.
pub fn run(config: &Config, paths: &[PathBuf]) -> Result<ExitStatus> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for chunk in paths.chunks(CHUNK) {
        let lines: Vec<Vec<Value>> = chunk
            .par_iter()
            .map(|path| stress_file(path, &config.options))
            .collect();
        for line in lines.iter().flatten() {
            writeln!(out, "{line}")?;
        }
    }
    out.flush()?;
    Ok(ExitStatus::Clean)
}

fn stress_file(path: &Path, settings: &Options) -> Vec<Value> {
    let name = path.display().to_string();
    let skipped = |why: &str| vec![json!({"file": name, "skipped": why})];
    let Ok(bytes) = std::fs::read(path) else {
        return skipped("unreadable");
    };
    let Ok(source) = String::from_utf8(bytes) else {
        return skipped("not UTF-8");
    };
    if source.starts_with('\u{feff}') || source.contains('\0') {
        return skipped("byte order mark or NUL byte");
    }
    let Ok(tree) = parse(&source) else {
        return skipped("syntax error");
    };
    let each = match analysis::lift_each(&tree, &source, settings) {
        Ok(each) => each,
        Err(why) => return skipped(&why),
    };
    let index = LineIndex::new(&source);
    let tokens = verify::tokens(&tree);
    let original = Original {
        source: &source,
        tree: &tree,
        index: &index,
        tokens: &tokens,
    };
    let mut lines = vec![json!({"file": name, "targets": each.len()})];
    for (offset, requested) in each {
        let at = index.line_col(&source, offset);
        let mut line = json!({"path": name, "line": at.line, "col": at.col});
        let result = target_result(&original, settings, requested);
        if let (Value::Object(line), Value::Object(result)) = (&mut line, result) {
            line.extend(result);
        }
        lines.push(line);
    }
    lines
}

/// What became of one target: refused with a reason, lifted (with the evidence the checker
/// needs), or an internal error when the lift failed its own verification.
/// A file and what every lift of it is compared with, worked out once.
struct Original<'a> {
    source: &'a str,
    tree: &'a Tree,
    index: &'a LineIndex,
    tokens: &'a LeafTokens,
}

fn target_result(original: &Original<'_>, settings: &Options, requested: Requested) -> Value {
    let Original { source, index, .. } = original;
    let kind = requested.diagnostic.rule.code();
    let start = requested.diagnostic.range.start;
    let scope_line = index.line_of(start) + 1;
    let scope_name = scope_name(&source[start..requested.diagnostic.range.end]);
    let Some(fix) = requested.diagnostic.fix.as_ref() else {
        let reason = requested.refusal.unwrap_or_default();
        return json!({"kind": kind, "scope_line": scope_line, "scope_name": scope_name, "status": "refused", "reason": reason});
    };
    let edits: Vec<Value> = fix
        .edits
        .iter()
        .map(|e| json!([e.range.start, e.range.end, e.content]))
        .collect();
    let (fixed, fixed_tree) = match verified(original, fix) {
        Ok(verified) => verified,
        Err(why) => {
            let mut error = json!({"status": "error", "reason": why, "edits": edits});
            error["kind"] = kind.into();
            error["scope_line"] = scope_line.into();
            return error;
        }
    };
    json!({
        "kind": kind,
        "scope_line": scope_line, "scope_name": scope_name,
        "status": "lifted",
        "names": requested.names,
        "edits": edits,
        "crc32": crc32(fixed.as_bytes()),
        "second": second_lift(&fixed, &fixed_tree, &requested.names[0], settings),
    })
}

/// The fixed text and its tree, through the verification every fix goes through.
fn verified(original: &Original<'_>, fix: &Fix) -> Result<(String, Tree), String> {
    let baseline = Baseline {
        text: original.source,
        tree: original.tree,
        tokens: Some(original.tokens),
    };
    verify::apply_verified(&baseline, &[fix], |_, _| ())
        .map(|verified| (verified.text, verified.tree))
}

/// Lift the lifted function again, in the fixed text: a second run must find nothing to do.
/// "unchanged" when it refuses because the function is at module level; else what it did.
fn second_lift(fixed: &str, tree: &Tree, name: &str, settings: &Options) -> String {
    let root = tree.root_node();
    let mut cursor = root.walk();
    let definition = root.named_children(&mut cursor).find_map(|statement| {
        let def = match statement.kind_name() {
            "decorated_definition" => statement.field("definition")?,
            _ => statement,
        };
        let named = def.kind_name() == "function_definition"
            && def
                .field("name")
                .is_some_and(|n| &fixed[n.byte_range()] == name);
        named.then_some(statement.start_byte())
    });
    let Some(offset) = definition else {
        return format!("no module-level function `{name}` in the fixed text");
    };
    match analysis::lift_offset(tree, fixed, settings, offset) {
        Ok(again) if again.refusal.as_deref() == Some(AT_MODULE_LEVEL) => "unchanged".into(),
        Ok(again) => again.diagnostic.message,
        Err(why) => why,
    }
}

/// The name CPython's `symtable` gives the scope of a target: `lambda`, or the def's name.
fn scope_name(text: &str) -> &str {
    let Some(rest) = text
        .strip_prefix("async")
        .unwrap_or(text)
        .trim_start()
        .strip_prefix("def")
    else {
        return "lambda";
    };
    let rest = rest.trim_start();
    let end = rest.find(|c: char| c == '(' || c == '[' || c.is_whitespace());
    &rest[..end.unwrap_or(rest.len())]
}

/// CRC-32 (IEEE, as zlib computes it): the checker's `zlib.crc32` recomputes it at C speed.
fn crc32(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !bytes.iter().fold(!0u32, |crc, &byte| {
        table[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8)
    })
}
