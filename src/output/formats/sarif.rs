//! The SARIF format, version 2.1.0, with what GitHub code scanning reads: the tool's driver
//! (name, version, information URI and every rule with its id, name, descriptions and help),
//! and one result per finding with its rule id and index, level, message and a physical
//! location (a URI and a region of start and end line and column). Columns count Unicode code
//! points, as `columnKind` says. Problems (unreadable files, syntax errors) are tool execution
//! notifications, so an upload still shows that files were skipped.
//!
//! A file under the run's working directory gets a relative URI reference (`src/jobs.py`),
//! which code scanning resolves against the checkout; any other file gets an absolute
//! `file://` URI (`file:///home/me/other/jobs.py`), as ruff writes every path, since a bare
//! absolute path is neither. Stdin without `--stdin-filename` has no file to point at and gets
//! ruff's `file://-`; with it, the name is placed like any path.

use std::path::Path;

use serde_json::{Value, json};

use crate::core::rules::Rule;
use crate::output::finding::Finding;
use crate::output::formats::{Run, slash_path};
use crate::output::outcome::Problem;
use crate::settings::projects::normalize;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const HOME: &str = "https://github.com/picklefix/picklefix";

/// The whole run as a SARIF log.
pub fn run(run: &Run<'_>) -> String {
    // Without a working directory every path is made a `file://` URI from what is known.
    let cwd = std::env::current_dir().unwrap_or_default();
    let results: Vec<Value> = run
        .findings()
        .map(|(path, f)| result(&uri(path, &cwd), f))
        .collect();
    let notifications: Vec<Value> = run
        .problems()
        .map(|problem| notification(&uri(&problem.path, &cwd), problem))
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver() },
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

fn driver() -> Value {
    let rules: Vec<Value> = Rule::ALL.iter().map(|rule| descriptor(*rule)).collect();
    json!({
        "name": "picklefix",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "informationUri": HOME,
        "rules": rules,
    })
}

fn descriptor(rule: Rule) -> Value {
    let doc = rule.explanation();
    json!({
        "id": rule.code(),
        "name": rule.name(),
        "shortDescription": { "text": rule.summary() },
        "fullDescription": { "text": rule.summary() },
        "help": { "text": doc, "markdown": doc },
        "helpUri": format!("{HOME}/blob/main/docs/rules/{}.md", rule.code()),
        "defaultConfiguration": { "level": level(rule) },
        "properties": { "tags": ["pickle", "multiprocessing"] },
    })
}

fn level(rule: Rule) -> &'static str {
    match rule {
        Rule::UnusedNoqa => "warning",
        _ => "error",
    }
}

fn result(uri: &str, finding: &Finding) -> Value {
    let rule_index = Rule::ALL.iter().position(|rule| *rule == finding.rule);
    json!({
        "ruleId": finding.rule.code(),
        "ruleIndex": rule_index,
        "level": level(finding.rule),
        "message": { "text": finding.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": {
                    "startLine": finding.start.line,
                    "startColumn": finding.start.column,
                    "endLine": finding.end.line,
                    "endColumn": finding.end.column,
                },
            },
        }],
    })
}

fn notification(uri: &str, problem: &Problem) -> Value {
    let mut location = json!({ "artifactLocation": { "uri": uri } });
    if let Some(at) = problem.position {
        location["region"] = json!({ "startLine": at.line, "startColumn": at.col });
    }
    json!({
        "level": "error",
        "message": { "text": problem.message },
        "locations": [{ "physicalLocation": location }],
    })
}

/// The URI of `path` (as shown, relative to `cwd` or absolute): relative when the file is
/// under `cwd`, else `file://` and the absolute path.
fn uri(path: &Path, cwd: &Path) -> String {
    if path == Path::new("-") {
        return "file://-".into();
    }
    let absolute = normalize(&cwd.join(path));
    match absolute.strip_prefix(normalize(cwd)) {
        Ok(relative) if !relative.as_os_str().is_empty() => encode(&slash_path(relative)),
        _ => format!("file://{}", encode(&slash_path(&absolute))),
    }
}

/// A path as a URI reference: unreserved characters and `/` as they are, the rest
/// percent-encoded byte by byte.
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_the_working_directory_are_relative_references() {
        let cwd = Path::new("/home/me/proj");
        let uri = |path: &str| uri(Path::new(path), cwd);
        assert_eq!(uri("src/my jobs/ü.py"), "src/my%20jobs/%C3%BC.py");
        assert_eq!(uri("./src/../jobs.py"), "jobs.py");
        assert_eq!(uri("/home/me/proj/src/jobs.py"), "src/jobs.py");
    }

    #[test]
    fn other_paths_are_file_uris() {
        let cwd = Path::new("/home/me/proj");
        let uri = |path: &str| uri(Path::new(path), cwd);
        assert_eq!(uri("/srv/blob 1.py"), "file:///srv/blob%201.py");
        assert_eq!(uri("../other/jobs.py"), "file:///home/me/other/jobs.py");
        assert_eq!(
            uri("/home/me/project2/a.py"),
            "file:///home/me/project2/a.py"
        );
        assert_eq!(uri("-"), "file://-");
    }

    #[test]
    fn the_driver_lists_every_rule_with_help() {
        let driver = driver();
        let rules = driver["rules"].as_array().unwrap();
        assert_eq!(rules.len(), Rule::ALL.len());
        assert_eq!(rules[1]["id"], "PKL002");
        assert!(
            rules[1]["help"]["text"]
                .as_str()
                .unwrap()
                .starts_with("# PKL002")
        );
    }
}
