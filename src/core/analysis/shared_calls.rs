//! Fixes of several groups that edit one call or one looped-over tuple: two lambdas handed to
//! one wrapper (`run(lambda ..., lambda ...)`), or the elements of `for fn in (lambda: 1,
//! lambda: 2)`. Each group is planned apart (a group's members share their captured values, so
//! planning them as one would pass each the other's), but their fixes are applied as one.
//!
//! Their edits are joined into one fix before the line is laid out, so the call is laid out
//! once with every change in it, and the lifted functions land above the statement in the
//! order of their sites, as if each had been lifted alone in one round:
//!
//! ```text
//! run(lambda x: x * k, lambda: setup(k), xs)
//!
//! def _main_task(x, *, k): ...           # the first site's lift, then the second's
//! def _main_initializer(k): ...
//! run(functools.partial(_main_task, k=k), _main_initializer, ..., xs)
//! ```
//!
//! When the joined edits cannot stand together (two edits of one range, two insertions at one
//! offset inside the call, such as arguments each appends, or different applicabilities), each
//! fix instead rewrites the whole call: they overlap, the first is applied and the next round
//! plans the other in the call as the first left it.

use tree_sitter::Node;

use super::lift::{self, Group};
use crate::core::fix::{Edit, Fix, apply_within, malformed};
use crate::core::node::NodeExt;
use crate::core::source::TextRange;

/// A planned group with its fix, or the reason it has none.
pub type PlannedGroup<'t> = (Group<'t>, Result<lift::Planned, String>);

/// Join the fixes of groups that share a call or tuple, then lay out every fix with `lay_out`.
pub fn join_and_lay_out(
    source: &str,
    planned: &mut [PlannedGroup<'_>],
    lay_out: impl Fn(Fix) -> Fix,
) {
    let regions: Vec<Vec<TextRange>> = planned.iter().map(regions_of).collect();
    let mut done = vec![false; planned.len()];
    for start in 0..planned.len() {
        if done[start] || planned[start].1.is_err() {
            continue;
        }
        let component = sharing(&regions, start);
        component.iter().for_each(|&i| done[i] = true);
        let fixes: Vec<&Fix> = component
            .iter()
            .filter_map(|&i| planned[i].1.as_ref().ok().map(|p| &p.fix))
            .collect();
        let shared = shared_regions(&regions, &component);
        let joined = (component.len() > 1)
            .then(|| joined(source, &fixes, &shared))
            .flatten();
        for &i in &component {
            let Ok(one) = &mut planned[i].1 else { continue };
            one.fix = match &joined {
                Some(fix) => lay_out(fix.clone()),
                None => shared.iter().fold(lay_out(one.fix.clone()), |fix, region| {
                    rewritten_whole(&fix, source, *region)
                }),
            };
        }
    }
}

/// The calls a planned group's sites are, and the literals its loop elements sit in; none
/// for a group without a fix.
fn regions_of((group, result): &PlannedGroup<'_>) -> Vec<TextRange> {
    if result.is_err() {
        return Vec::new();
    }
    let calls = group.sites.iter().map(|s| TextRange::of(s.site.call));
    let literals = group
        .sites
        .iter()
        .filter_map(|s| looped_literal(s.site.callable));
    calls.chain(literals).collect()
}

/// The groups that share a region with `start`, directly or through others, in order.
fn sharing(regions: &[Vec<TextRange>], start: usize) -> Vec<usize> {
    let mut component = vec![start];
    let mut next = 0;
    while let Some(&current) = component.get(next) {
        for other in 0..regions.len() {
            let shares = regions[other].iter().any(|r| regions[current].contains(r));
            if shares && !component.contains(&other) {
                component.push(other);
            }
        }
        next += 1;
    }
    component.sort_unstable();
    component
}

/// The regions two or more groups of `component` share, in source order.
fn shared_regions(regions: &[Vec<TextRange>], component: &[usize]) -> Vec<TextRange> {
    let mut shared: Vec<TextRange> = component
        .iter()
        .flat_map(|&i| &regions[i])
        .filter(|r| {
            component
                .iter()
                .filter(|&&i| regions[i].contains(r))
                .count()
                > 1
        })
        .copied()
        .collect();
    shared.sort_by_key(|r| (r.start, r.end));
    shared.dedup();
    shared
}

/// `fixes` as one fix, their edits in the order the fixes come (so insertions at one offset,
/// the lifted functions, keep the order of their sites); `None` when they cannot stand
/// together (see the module documentation).
fn joined(source: &str, fixes: &[&Fix], shared: &[TextRange]) -> Option<Fix> {
    let applicability = fixes.first()?.applicability;
    if fixes.iter().any(|f| f.applicability != applicability) {
        return None;
    }
    let edits: Vec<Edit> = fixes.iter().flat_map(|f| f.edits.iter().cloned()).collect();
    let fix = Fix::new(edits, applicability);
    let inserted_twice = fix.edits.windows(2).any(|pair| {
        pair[0].range.is_empty()
            && pair[0].range == pair[1].range
            && shared.iter().any(|r| r.contains_range(pair[0].range))
    });
    (malformed(&fix, source).is_none() && !inserted_twice).then_some(fix)
}

/// `fix` with its edits inside `range` made one edit of the whole range; the same text.
fn rewritten_whole(fix: &Fix, source: &str, range: TextRange) -> Fix {
    let (inside, mut edits): (Vec<Edit>, Vec<Edit>) = fix
        .edits
        .iter()
        .cloned()
        .partition(|edit| range.contains_range(edit.range));
    if !inside.is_empty() {
        edits.push(Edit::replace(range, apply_within(source, range, inside)));
    }
    Fix::new(edits, fix.applicability)
}

/// The literal tuple or list a loop iterates over, or that is assigned to the name it iterates
/// over, when `callable` is one of its elements (`callables::loop_elements`): the elements'
/// fixes all edit it, as two fixes of one call do.
fn looped_literal(callable: Node<'_>) -> Option<TextRange> {
    let literal = callable
        .parent()
        .filter(|p| matches!(p.kind_name(), "tuple" | "list"))?;
    let whole = match literal.parent()?.kind_name() {
        "parenthesized_expression" => literal.parent()?,
        _ => literal,
    };
    let holder = whole.parent()?;
    (matches!(
        holder.kind_name(),
        "for_statement" | "for_in_clause" | "assignment"
    ) && holder.field("right") == Some(whole))
    .then(|| TextRange::of(whole))
}
