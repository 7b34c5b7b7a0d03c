//! The SARIF format, version 2.1.0, with what GitHub code scanning reads: the tool's driver
//! (name, version, information URI and every rule with its id, name, descriptions and help),
//! and one result per finding with its rule id and index, level, message and a physical
//! location (relative URI and a region of start and end line and column). Columns count
//! Unicode code points, as `columnKind` says. Problems (unreadable files, syntax errors) are
//! tool execution notifications, so an upload still shows that files were skipped.

use serde_json::{Value, json};

use crate::core::rules::Rule;
use crate::output::finding::Finding;
use crate::output::formats::{Run, slash_path};
use crate::output::outcome::Problem;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const HOME: &str = "https://github.com/picklefix/picklefix";

/// The whole run as a SARIF log.
pub fn run(run: &Run<'_>) -> String {
    let results: Vec<Value> = run.findings().map(|(path, f)| result(path, f)).collect();
    let notifications: Vec<Value> = run.problems().map(notification).collect();
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

fn result(path: &std::path::Path, finding: &Finding) -> Value {
    let rule_index = Rule::ALL.iter().position(|rule| *rule == finding.rule);
    json!({
        "ruleId": finding.rule.code(),
        "ruleIndex": rule_index,
        "level": level(finding.rule),
        "message": { "text": finding.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&slash_path(path)) },
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

fn notification(problem: &Problem) -> Value {
    let mut location = json!({ "artifactLocation": { "uri": uri(&slash_path(&problem.path)) } });
    if let Some(at) = problem.position {
        location["region"] = json!({ "startLine": at.line, "startColumn": at.col });
    }
    json!({
        "level": "error",
        "message": { "text": problem.message },
        "locations": [{ "physicalLocation": location }],
    })
}

/// A relative path as a URI reference: unreserved characters and `/` as they are, the rest
/// percent-encoded byte by byte.
fn uri(path: &str) -> String {
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
    fn paths_become_uri_references() {
        assert_eq!(uri("src/my jobs/ü.py"), "src/my%20jobs/%C3%BC.py");
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
