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
