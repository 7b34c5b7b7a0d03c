//! Suppression through the whole core (`check_source`): what is reported, what is fixed, what is unused.

use super::*;
use crate::core::check::check_source_with;
use crate::core::options::Options;
use crate::core::parse::parse;

const LAMBDA: &str = "from multiprocessing import Pool\n\n\ndef main():\n    with Pool(2) as pool:\n        print(pool.map(lambda x: x * 2, [1, 2, 3])){COMMENT}\n";

/// The same nested function handed over twice: one lift, one shared fix.
const SHARED: &str = "from multiprocessing import Pool, Process\n\n\ndef main(n):\n    def work(x):\n        return x + n\n    Process(target=work, args=(1,)).start(){FIRST}\n    with Pool() as pool:\n        pool.map(work, [1]){SECOND}\n";

fn codes(source: &str, select: RuleSet) -> Vec<&'static str> {
    let checked = check_source_with(source, &Options::default(), select).unwrap();
    checked.diagnostics.iter().map(|d| d.rule.code()).collect()
}

fn directives_of(source: &str) -> Vec<Directive> {
    let tree = parse(source).unwrap();
    directives(&tree, source, &LineIndex::new(source))
}

#[test]
fn parses_noqa_forms_like_ruff() {
    let bare = directives_of("x = 1  # noqa\n");
    assert_eq!(bare.len(), 1);
    assert!(bare[0].codes.is_none());
    let listed = directives_of("x = 1  # NOQA:pkl002, PKL003 E501\n");
    let codes: Vec<&str> = listed[0]
        .codes
        .as_ref()
        .unwrap()
        .iter()
        .map(|(c, _)| c.as_str())
        .collect();
    assert_eq!(codes, ["pkl002", "PKL003", "E501"]);
    let after = directives_of("x = 1  # type: ignore # noqa: PKL001\n");
    assert_eq!(after.len(), 1);
    assert!(directives_of("x = 1  # noqanope\n").is_empty());
    assert!(directives_of("x = '# noqa'\n").is_empty());
}

#[test]
fn parses_picklefix_ignore() {
    let bare = directives_of("x = 1  # picklefix: ignore\n");
    assert_eq!(bare[0].kind, DirectiveKind::PicklefixIgnore);
    assert!(bare[0].codes.is_none());
    let listed = directives_of("x = 1  # picklefix: ignore[PKL002]\n");
    assert_eq!(listed[0].codes.as_ref().unwrap()[0].0, "PKL002");
    assert_eq!(
        &"x = 1  # picklefix: ignore[PKL002]\n"[listed[0].range.start..listed[0].range.end],
        "picklefix: ignore[PKL002]"
    );
}

#[test]
fn suppressed_findings_are_neither_reported_nor_fixed() {
    for comment in [
        "  # noqa",
        "  # noqa: PKL002",
        "  # noqa:pkl001,pkl002",
        "  # picklefix: ignore",
    ] {
        let source = LAMBDA.replace("{COMMENT}", comment);
        let checked = check_source_with(&source, &Options::default(), RuleSet::default()).unwrap();
        assert!(checked.diagnostics.is_empty(), "{comment}");
        assert!(checked.fixed.is_none(), "{comment}");
    }
    let other = LAMBDA.replace("{COMMENT}", "  # noqa: PKL003");
    assert_eq!(codes(&other, RuleSet::default()), ["PKL002"]);
}

#[test]
fn a_suppressed_site_withholds_the_shared_fix_from_its_siblings() {
    let source = SHARED.replace("{FIRST}", "").replace("{SECOND}", "");
    let checked = check_source_with(&source, &Options::default(), RuleSet::default()).unwrap();
    assert_eq!(checked.diagnostics.len(), 2);
    assert!(
        checked.fixed.is_some(),
        "the unsuppressed case must be fixable"
    );
    let source = SHARED
        .replace("{FIRST}", "")
        .replace("{SECOND}", "  # noqa: PKL003");
    let checked = check_source_with(&source, &Options::default(), RuleSet::default()).unwrap();
    assert_eq!(checked.diagnostics.len(), 1);
    assert!(checked.diagnostics[0].fix.is_none());
    assert!(checked.diagnostics[0].message.contains("Not fixed"));
    assert!(checked.fixed.is_none());
}

#[test]
fn rules_that_are_not_selected_are_dropped() {
    let source = LAMBDA.replace("{COMMENT}", "");
    assert_eq!(
        codes(&source, RuleSet::default().without(Rule::LambdaCallable)),
        Vec::<&str>::new()
    );
}

#[test]
fn unused_suppressions_are_reported_when_selected() {
    let all = RuleSet::default().with(Rule::UnusedNoqa);
    let source = "from multiprocessing import Pool\nx = 1  # noqa: PKL002, E501\ny = 2  # picklefix: ignore\nz = 3  # noqa\nw = 4  # noqa: PKL999\n";
    assert_eq!(codes(source, all), ["PKL100", "PKL100", "PKL100"]);
    assert!(codes(source, RuleSet::default()).is_empty());
    let used = LAMBDA.replace("{COMMENT}", "  # noqa: PKL002, PKL003");
    assert_eq!(codes(&used, all), ["PKL100"]);
}

#[test]
fn a_noqa_colon_without_a_code_is_invalid_and_suppresses_nothing() {
    for comment in [
        "  # noqa: PKL",
        "  # noqa: TODO fix later",
        "  # noqa: lambda-callable",
        "  # noqa:",
    ] {
        let source = LAMBDA.replace("{COMMENT}", comment);
        let found = directives_of(&source);
        assert!(found[0].is_invalid(), "{comment}");
        let checked = check_source_with(&source, &Options::default(), RuleSet::default()).unwrap();
        assert_eq!(checked.diagnostics.len(), 1, "{comment}");
        assert!(checked.fixed.is_some(), "{comment}");
        assert_eq!(checked.warnings.len(), 1, "{comment}");
        assert_eq!(checked.warnings[0].line, 5, "{comment}");
    }
    let valid = LAMBDA.replace("{COMMENT}", "  # noqa: PKL002 lifted later");
    let checked = check_source_with(&valid, &Options::default(), RuleSet::default()).unwrap();
    assert!(checked.diagnostics.is_empty() && checked.warnings.is_empty());
}

#[test]
fn a_code_list_ends_at_the_line_break() {
    let source = "x = 1  # noqa:\ny2 = 2\n";
    let found = directives_of(source);
    assert!(found[0].is_invalid(), "{found:?}");
}

#[test]
fn a_file_level_noqa_on_its_own_line_covers_the_whole_file() {
    let with = |comment: &str| format!("{comment}\n{}", LAMBDA.replace("{COMMENT}", ""));
    let all = RuleSet::default().with(Rule::UnusedNoqa);
    assert!(codes(&with("# picklefix: noqa"), all).is_empty());
    assert!(codes(&with("# PICKLEFIX: NOQA: PKL002"), RuleSet::default()).is_empty());
    // ruff takes `# ruff : noqa` with spaces around the colon; so does picklefix.
    assert!(codes(&with("# picklefix : noqa"), RuleSet::default()).is_empty());
    assert_eq!(
        codes(&with("# picklefixes: noqa"), RuleSet::default()),
        ["PKL002"]
    );
    // As ruff's RUF100 does for `# ruff: noqa: F841`, PKL100 reports a code that suppressed
    // nothing in the file.
    assert_eq!(
        codes(&with("# picklefix: noqa: PKL003"), all),
        ["PKL100", "PKL002"]
    );
    let inline = with("x = 1  # picklefix: noqa");
    assert_eq!(codes(&inline, RuleSet::default()), ["PKL002"]);
    let tree = parse(&inline).unwrap();
    assert_eq!(
        warnings(&Suppressions::of(&tree, &inline)),
        [Warning {
            kind: WarningKind::FileNoqaNotOwnLine,
            line: 0
        }]
    );
    let empty = with("# picklefix: noqa:");
    assert_eq!(codes(&empty, RuleSet::default()), ["PKL002"]);
    let tree = parse(&empty).unwrap();
    assert_eq!(
        warnings(&Suppressions::of(&tree, &empty))[0].kind,
        WarningKind::InvalidFileNoqa
    );
}
