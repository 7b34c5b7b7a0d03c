//! The JSON format: one document per run, so it parses as a whole:
//! `{"version", "findings": [...], "problems": [...], "summary": {..., "roots": [...]}}`.
//! Each finding carries its path, code, rule name, message, range (line, column and byte
//! offset at both ends), applicability, whether `--fix` applies it, and its fix's edits.
//! With `--show-apis`, an `apis` list holds the inferred wrappers of every file, a
//! `factories` list the functions, methods and properties that give a pool or executor, the
//! shared pools and the `Process` subclasses, and `summary.inferred` counts each kind.
//! `--statistics` prints a list of per-rule counts instead.

use std::path::Path;

use serde_json::{Value, json};

use crate::core::analysis::{InferredApi, InferredFactory};
use crate::output::finding::{Finding, FixView, SourcePoint};
use crate::output::formats::{RuleCount, Run, slash_path};
use crate::output::outcome::{Problem, ProblemKind, Totals};
use crate::settings::config::Mode;

/// The whole run as one JSON document, pretty-printed, with a final newline.
pub fn run(run: &Run<'_>) -> String {
    let findings: Vec<Value> = run.findings().map(|(path, f)| finding(path, f)).collect();
    let problems: Vec<Value> = run.problems().map(problem).collect();
    let mut summary = totals(run.mode, run.totals);
    summary["roots"] = run
        .roots
        .iter()
        .map(|(root, totals)| {
            let mut entry = json!({ "root": slash_path(root) });
            merge(&mut entry, self::totals(run.mode, totals));
            entry
        })
        .collect();
    if run.show_apis {
        let counts = run.inferred_counts();
        summary["inferred"] = json!({
            "wrappers": counts.wrappers,
            "pool_factories": counts.factories,
            "pool_context_managers": counts.context_managers,
            "pool_attributes": counts.attributes,
            "shared_pools": counts.shared_pools,
            "process_subclasses": counts.process_subclasses,
        });
    }
    let mut document = json!({
        "version": env!("CARGO_PKG_VERSION"),
        "findings": findings,
        "problems": problems,
        "summary": summary,
    });
    if run.show_apis {
        document["apis"] = run
            .outcomes
            .iter()
            .flat_map(|outcome| outcome.apis.iter().map(|api| inferred(&outcome.path, api)))
            .collect();
        document["factories"] = run
            .outcomes
            .iter()
            .flat_map(|outcome| {
                let path = &outcome.path;
                outcome.factories.iter().map(move |f| factory(path, f))
            })
            .collect();
    }
    pretty(&document)
}

/// One inferred wrapper (`--show-apis`) as a JSON object.
fn inferred(path: &Path, api: &InferredApi) -> Value {
    let hand_off = api.hand_off;
    json!({
        "path": slash_path(path),
        "line": api.line,
        "name": api.function,
        "position": api.position,
        "keyword": api.keyword,
        "passing": api.passing_kind,
        "hands_to": hand_off.map(|h| h.to.replace('`', "")),
        "hands_to_line": hand_off.map(|h| h.line),
        "hands_to_file": hand_off.and_then(|h| h.file),
    })
}

/// One factory (`--show-apis`) as a JSON object.
fn factory(path: &Path, factory: &InferredFactory) -> Value {
    json!({
        "path": slash_path(path),
        "line": factory.line,
        "name": factory.name,
        "kind": factory.kind,
        "gives": factory.gives,
        "fork_context": factory.fork,
    })
}

/// `--statistics` as a JSON list.
pub fn statistics(counts: &[RuleCount]) -> String {
    let list: Vec<Value> = counts
        .iter()
        .map(|count| {
            json!({
                "code": count.rule.code(),
                "name": count.rule.name(),
                "count": count.count,
                "fixable": count.fixable,
            })
        })
        .collect();
    pretty(&Value::Array(list))
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

fn merge(into: &mut Value, from: Value) {
    if let (Value::Object(into), Value::Object(from)) = (into, from) {
        into.extend(from);
    }
}

/// One finding as a JSON object.
pub fn finding(path: &Path, finding: &Finding) -> Value {
    json!({
        "path": slash_path(path),
        "code": finding.rule.code(),
        "name": finding.rule.name(),
        "message": finding.message,
        "range": range(finding.start, finding.end),
        "applicability": finding.fix.as_ref().map(|fix| fix.applicability.as_str()),
        "fixable": finding.fix.as_ref().is_some_and(|fix| fix.applies),
        "fix": finding.fix.as_ref().map(fix),
    })
}

fn fix(fix: &FixView) -> Value {
    let edits: Vec<Value> = fix
        .edits
        .iter()
        .map(|edit| json!({ "range": range(edit.start, edit.end), "content": edit.content }))
        .collect();
    json!({
        "applicability": fix.applicability.as_str(),
        "applies": fix.applies,
        "edits": edits,
    })
}

fn range(start: SourcePoint, end: SourcePoint) -> Value {
    json!({ "start": position(start), "end": position(end) })
}

fn position(at: SourcePoint) -> Value {
    json!({ "line": at.line, "column": at.column, "offset": at.offset })
}

fn problem(problem: &Problem) -> Value {
    let kind = match problem.kind {
        ProblemKind::Error => "error",
        ProblemKind::SyntaxError => "syntax-error",
        ProblemKind::InternalError => "internal-error",
        ProblemKind::WriteError => "write-error",
        ProblemKind::UsageError => "usage-error",
    };
    json!({
        "path": slash_path(&problem.path),
        "kind": kind,
        "message": problem.message,
        "line": problem.position.map(|at| at.line),
        "column": problem.position.map(|at| at.col),
    })
}

fn totals(mode: Mode, totals: &Totals) -> Value {
    let mode = match mode {
        Mode::Report | Mode::Review => "report",
        Mode::Diff => "diff",
        Mode::Fix => "fix",
    };
    let counts = &totals.counts;
    json!({
        "mode": mode,
        "files": totals.files,
        "files_with_findings": totals.files_with_findings,
        "files_fixed": totals.files_fixed,
        "errors": totals.errors,
        "found": counts.found,
        "fixed": counts.fixed,
        "remaining": counts.remaining,
        "fixable": counts.fixable,
        "unsafe_fixable": counts.unsafe_fixable,
    })
}
