//! A captured constant becomes a lowercase parameter.
//!
//! A name written in capitals (`SCALE = 3` under the `__main__` guard, or in the function that
//! made the closure) is a constant by PEP 8's convention, and a constant at module level passes
//! pep8-naming. Kept as the lifted function's parameter it would not: N803 ("argument name
//! should be lowercase") flags `def work(x, *, SCALE)`. A maintainer writes
//! `def work(x, *, scale)`, reads `scale` in the body, and binds `scale=SCALE` where the work is
//! handed over; so does the lift, when nothing can tell the difference:
//!
//! - the lowercase name is free: not read or bound anywhere in the members, not another
//!   captured name or parameter, not a module-level name, a builtin or a keyword; else the
//!   lowercase name with a trailing underscore, as PEP 8 advises for a clash (`max_`, `if_`);
//! - every read of the constant in the members is in their bodies (a default, decorator or
//!   annotation of a member is evaluated where it is defined, and moves by its own rules);
//! - no member calls what reads names as text (`eval`, `exec`, `locals`, `vars`, `globals`);
//! - no site hands a member over from inside a member, where the bound value would have to be
//!   read by its new name.
//!
//! Otherwise the parameter keeps the constant's name, as before.
//!
//! A captured name that a dictionary of keyword arguments at a site already holds as a key
//! (`kwargs={"k": 99}` for `def work(out, **opts)`, which also reads a captured `k`) cannot be
//! passed by its own name beside it: it becomes the parameter `k_`, bound as `"k_": k`, on the
//! same conditions.
//!
//! A module-level name in CapWords (`Offset = 5` under the guard; also `Max_Size`) passes
//! pep8-naming too, and goes the same way, to its snake_case form (`offset`). A name in
//! mixedCase, or in CapWords inside a function, fails pep8-naming where it is bound already:
//! the project does not run it, and the name stays as its authors wrote it.

use std::collections::HashSet;

use super::receiver::identifiers;
use super::{Context, Group, Lifted, Pairs};
use crate::core::analysis::callables::Callable;
use crate::core::analysis::wrap::is_keyword;
use crate::core::fix::Edit;
use crate::core::node::NodeExt;
use crate::core::semantic::{Resolution, ScopeId, ScopeKind, is_builtin};
use crate::core::source::TextRange;

/// Names whose use may read a local variable by its name as text.
const READS_NAMES: [&str; 5] = ["eval", "exec", "locals", "vars", "globals"];

/// The captured constants that become lowercase parameters, as `(captured, parameter)`, and
/// the edits inside the members that read each by its new name.
pub(super) fn lowercase_constants(
    ctx: &Context<'_>,
    group: &Group<'_>,
    captured: &[(String, ScopeId)],
    others: &Pairs,
    lifted: &[Lifted],
) -> (Pairs, Vec<Edit>) {
    let model = ctx.eval.model;
    let keys: Vec<TextRange> = group.members.iter().map(Callable::key).collect();
    let inside_member = |range: TextRange| keys.iter().any(|k| k.contains_range(range));
    if group
        .sites
        .iter()
        .any(|s| inside_member(TextRange::of(s.site.call)))
    {
        return (Vec::new(), Vec::new());
    }
    let mut taken = identifiers(ctx, group);
    if READS_NAMES.iter().any(|name| taken.contains(*name)) {
        return (Vec::new(), Vec::new());
    }
    taken.extend(captured.iter().map(|(name, _)| name.clone()));
    taken.extend(others.iter().map(|(parameter, _)| parameter.clone()));
    taken.extend(lifted.iter().map(|l| l.name.clone()));
    let bodies: Vec<TextRange> = group
        .members
        .iter()
        .filter_map(|m| m.scope_node().field("body"))
        .map(TextRange::of)
        .collect();
    let mut renamed = Vec::new();
    let mut chosen: HashSet<String> = HashSet::new();
    let mut edits: Vec<Edit> = Vec::new();
    let dict_keys = keyword_keys(ctx, group);
    for (name, scope) in captured {
        // A name in CapWords passes pep8-naming at module level (N816 is for mixedCase), and
        // so may be in a project that runs it; in a function N806 flags it already, and a
        // name in mixedCase is flagged at module level too: those stay as written.
        let module_level = model.scope(*scope).kind == ScopeKind::Module;
        let lower = lowercase(name).or_else(|| module_level.then(|| cap_words(name)).flatten());
        let lower = match lower {
            Some(lower) if !dict_keys.contains(&lower) => lower,
            // Beside a key of the same name, with PEP 8's trailing underscore.
            _ if dict_keys.contains(name) => format!("{name}_"),
            _ => continue,
        };
        // PEP 8: a trailing underscore for a name that would clash (`max_`, `if_`).
        let free = |candidate: &String| {
            !(taken.contains(candidate)
                || chosen.contains(candidate)
                || ctx.taken.contains(candidate)
                || is_builtin(candidate)
                || is_keyword(candidate))
        };
        let Some(lower) = [lower.clone(), format!("{lower}_")].into_iter().find(free) else {
            continue;
        };
        let mut reads: Vec<TextRange> = keys
            .iter()
            .flat_map(|key| model.references_in(*key))
            .filter(|r| r.name == *name && r.resolution == Resolution::Scope(*scope))
            .map(|r| r.range)
            .collect();
        reads.sort_by_key(|r| r.start);
        reads.dedup();
        if !reads
            .iter()
            .all(|read| bodies.iter().any(|body| body.contains_range(*read)))
        {
            continue;
        }
        edits.extend(
            reads
                .into_iter()
                .map(|read| Edit::replace(read, lower.clone())),
        );
        chosen.insert(lower.clone());
        renamed.push((name.clone(), lower));
    }
    (renamed, edits)
}

/// The string keys of the dictionaries written among the arguments of the group's sites
/// (`kwargs={"k": 99}`, `apply_async(f, (1,), {"k": 99})`): names a captured value cannot be
/// passed by beside them.
fn keyword_keys(ctx: &Context<'_>, group: &Group<'_>) -> HashSet<String> {
    let source = ctx.eval.source;
    let mut keys = HashSet::new();
    for site in &group.sites {
        let mut cursor = site.site.arguments.walk();
        for argument in site.site.arguments.named_children(&mut cursor) {
            let value = match argument.kind_name() {
                "keyword_argument" => argument.field("value"),
                _ => Some(argument),
            };
            let Some(dict) = value.filter(|v| v.kind_name() == "dictionary") else {
                continue;
            };
            let mut cursor = dict.walk();
            for entry in dict.named_children(&mut cursor) {
                if let Some(key) = entry.field("key").filter(|k| k.kind_name() == "string") {
                    let key = &source[key.byte_range()];
                    keys.insert(key.trim_matches(|c| c == '"' || c == '\'').to_string());
                }
            }
        }
    }
    keys
}

/// `SCALE` -> `scale`, `_MAX_N2` -> `_max_n2`: a name of capitals, digits and underscores with
/// at least one capital; `None` for any other name.
pub(super) fn lowercase(name: &str) -> Option<String> {
    let constant = name.bytes().any(|b| b.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    constant.then(|| name.to_ascii_lowercase())
}

/// `Offset` -> `offset`, `MaxSize` -> `max_size`, `Max_Size` -> `max_size`, `_Tail` ->
/// `_tail`: a name whose first letter is a capital and that has a small letter (what
/// pep8-naming's N816, mixedCase at module level, lets through); `None` for any other name.
pub(super) fn cap_words(name: &str) -> Option<String> {
    let bare = name.trim_start_matches('_');
    let words = bare.starts_with(char::is_uppercase) && bare.chars().any(char::is_lowercase);
    words.then(|| format!("{}{}", &name[..name.len() - bare.len()], snake_case(bare)))
}

/// `DataLoader` -> `data_loader`, `HTTPServer` -> `http_server`, `_Private2D` -> `private2d`.
pub(super) fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.trim_matches('_').chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let after_lower = i > 0 && chars[i - 1].is_lowercase();
        let before_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        let starts_word = i > 0 && chars[i - 1] != '_' && (after_lower || before_lower);
        if c.is_uppercase() && starts_word {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The parameter the captured `name` becomes.
pub(super) fn parameter_of<'a>(renamed: &'a [(String, String)], name: &'a str) -> &'a str {
    renamed
        .iter()
        .find(|(captured, _)| captured == name)
        .map_or(name, |(_, parameter)| parameter.as_str())
}

#[cfg(test)]
mod tests {
    use super::{cap_words, lowercase};

    #[test]
    fn only_names_of_capitals_are_constants() {
        assert_eq!(lowercase("SCALE").as_deref(), Some("scale"));
        assert_eq!(lowercase("_MAX_N2").as_deref(), Some("_max_n2"));
        assert_eq!(lowercase("N").as_deref(), Some("n"));
        assert_eq!(lowercase("Scale"), None);
        assert_eq!(lowercase("maxN"), None);
        assert_eq!(lowercase("scale"), None);
        assert_eq!(lowercase("__"), None);
    }

    #[test]
    fn cap_words_become_snake_case() {
        assert_eq!(cap_words("Offset").as_deref(), Some("offset"));
        assert_eq!(cap_words("MaxSize").as_deref(), Some("max_size"));
        assert_eq!(cap_words("HTTPPort").as_deref(), Some("http_port"));
        assert_eq!(cap_words("SCALE"), None);
        assert_eq!(cap_words("Max_Size").as_deref(), Some("max_size"));
        assert_eq!(cap_words("_Tail").as_deref(), Some("_tail"));
        assert_eq!(cap_words("myScale"), None);
        assert_eq!(cap_words("offset"), None);
    }
}
