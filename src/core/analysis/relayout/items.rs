//! The fallback for edits in a statement that `wrap` cannot lay out as a whole (a comment on a
//! line of its own somewhere in it, or a statement kind it is not taught): when the edit falls
//! in an item of a bracket pair already exploded one item per line and ending in a magic
//! trailing comma, black keeps that pair exploded whatever the items become, and lays out each
//! item's line on its own, as the line its delimiter split made. So that item alone is laid out
//! (`wrap::item`), at its own indentation, counting the comment after its comma.
//!
//! Worked example, at 88 columns: in
//! ```text
//!         results = pool.map(
//!             _apply,
//!             [
//!                 # first: shift
//!                 (lambda x: x * scale, 2),  # second item: multiply by the scale factor
//!             ],
//!         )
//! ```
//! the standalone comment stops `wrap` from taking the whole statement. The lambda's innermost
//! item on lines of its own is `(lambda x: x * scale, 2),` in the exploded list; with the
//! `functools.partial(...)` in its place it no longer fits beside its comment, so it is split as
//! black splits it: `(`, then `functools.partial(_main_lambda, scale=scale),` and `2,` one per
//! line (a tuple's items always explode), then `),  # second item: ...`.

use tree_sitter::Node;

use super::{Style, too_long};
use crate::core::analysis::layout::indentation_of;
use crate::core::analysis::wrap::{self, Frame};
use crate::core::fix::{Edit, apply_within};
use crate::core::node::NodeExt;
use crate::core::source::TextRange;

/// The brackets whose items black puts one per line.
const COLLECTIONS: [&str; 5] = ["argument_list", "list", "tuple", "set", "dictionary"];

/// An item on lines of its own: its range (through its comma), its indentation, and the width
/// of the comment after it.
struct Item<'s> {
    range: TextRange,
    indent: &'s str,
    trailer: usize,
    /// Where the comment after the comma ends, when there is one.
    comment_end: Option<usize>,
}

/// `edits` with those that fall in an exploded item replaced by one edit laying the item out,
/// when it should be laid out (as `relayout` decides for statements) and `wrap` can.
pub(super) fn relayout_items(
    source: &str,
    root: Node<'_>,
    edits: Vec<Edit>,
    style: Style<'_>,
) -> Vec<Edit> {
    let mut groups: Vec<(Item<'_>, Vec<Edit>)> = Vec::new();
    let mut kept = Vec::new();
    for edit in edits {
        let item = exploded_item(source, root, edit.range)
            .filter(|item| !(edit.range.is_empty() && edit.range.start == item.range.start));
        match item {
            Some(item) => match groups.iter_mut().find(|(g, _)| g.range == item.range) {
                Some((_, group)) => group.push(edit),
                None => groups.push((item, vec![edit])),
            },
            None => kept.push(edit),
        }
    }
    for (index, (item, group)) in groups.iter().enumerate() {
        let overlaps = groups.iter().enumerate().any(|(other, (o, _))| {
            other != index && o.range.start < item.range.end && item.range.start < o.range.end
        });
        match laid_item(source, item, group, style).filter(|_| !overlaps) {
            Some((laid, range)) => kept.push(Edit::replace(range, laid)),
            None => kept.extend(group.iter().cloned()),
        }
    }
    kept
}

/// The item at `range` with `edits` applied and laid out, when the original item was laid out
/// as the formatter lays it out or a line of the new one is too long, and laying it out
/// changes it; with the range it replaces (the item, or the item and its comment).
fn laid_item(
    source: &str,
    item: &Item<'_>,
    edits: &[Edit],
    style: Style<'_>,
) -> Option<(String, TextRange)> {
    let frame = Frame {
        indent: item.indent,
        unit: style.unit,
        limit: style.limit,
        eol: style.eol,
        trailer: item.trailer,
        star_comma: style.star_comma,
    };
    let original = &source[item.range.start..item.range.end];
    let new_text = apply_within(source, item.range, edits.to_vec());
    let formatted = wrap::item(original, frame).is_some_and(|laid| laid == original);
    if !formatted && !too_long(&new_text, frame) {
        return None;
    }
    // Arguments added after the item (`1,` becoming `1, k,`) are items of the exploded pair:
    // each on a line of its own, as the formatters keep them. The item's comment stays on its
    // line (`page,  # which page`), above the new ones.
    if let Some(pieces) = wrap::top_level_items(&new_text).filter(|p| p.len() > 1)
        && wrap::top_level_items(original).is_some_and(|p| p.len() == 1)
    {
        let bare = Frame {
            trailer: 0,
            ..frame
        };
        let mut laid: Vec<String> = (pieces.iter().enumerate())
            .map(|(index, piece)| {
                let frame = if index == 0 { frame } else { bare };
                wrap::item(piece, frame).unwrap_or_else(|| piece.to_string())
            })
            .collect();
        let mut range = item.range;
        if let Some(end) = item.comment_end {
            laid[0].push_str(&source[item.range.end..end]);
            range = TextRange::new(item.range.start, end);
        }
        return Some((laid.join(&format!("{}{}", style.eol, item.indent)), range));
    }
    wrap::item(&new_text, frame)
        .filter(|laid| *laid != new_text)
        .map(|laid| (laid, item.range))
}

/// The innermost item around `range` that has its lines to itself in a bracket pair ending
/// in a magic trailing comma; `None` when there is none below the statement.
fn exploded_item<'s>(source: &'s str, root: Node<'_>, range: TextRange) -> Option<Item<'s>> {
    // An insertion right after an item's last token (`, k` after `1` in `1,`) belongs to it,
    // not to the comma that starts there.
    let start = match range.is_empty() {
        true => range.start.saturating_sub(1),
        false => range.start,
    };
    let mut node = root.descendant_for_byte_range(start, range.end)?;
    loop {
        let parent = node.parent()?;
        if parent.kind_name() == "block" || parent.kind_name().ends_with("_statement") {
            return None;
        }
        if COLLECTIONS.contains(&parent.kind_name())
            && node.is_named()
            && node.kind_name() != "comment"
            && has_magic_comma(parent)
            && let Some(item) = own_lines(source, node)
        {
            return Some(item);
        }
        node = parent;
    }
}

/// Whether the bracket pair `collection` ends in a trailing comma black keeps exploded: any,
/// but that of a one-item tuple.
fn has_magic_comma(collection: Node<'_>) -> bool {
    let Some(close) = collection.child(collection.child_count().saturating_sub(1)) else {
        return false;
    };
    let mut before = close.prev_sibling();
    while let Some(comment) = before.filter(|n| n.kind_name() == "comment") {
        before = comment.prev_sibling();
    }
    let mut cursor = collection.walk();
    let items = collection
        .named_children(&mut cursor)
        .filter(|n| n.kind_name() != "comment")
        .count();
    before.is_some_and(|n| n.kind_name() == ",") && (collection.kind_name() != "tuple" || items > 1)
}

/// The item `node` with its comma, when it starts its line, the comma follows it on its last
/// line, and nothing but a comment follows the comma.
fn own_lines<'s>(source: &'s str, node: Node<'_>) -> Option<Item<'s>> {
    let indent = indentation_of(source, node)?;
    let comma = node.next_sibling().filter(|n| n.kind_name() == ",")?;
    if comma.start_byte() != node.end_byte() {
        return None;
    }
    let rest = &source[comma.end_byte()..];
    let line = rest[..rest.find('\n').unwrap_or(rest.len())].trim_end();
    let comment = line.trim_start();
    if !(comment.is_empty() || comment.starts_with('#')) {
        return None;
    }
    Some(Item {
        range: TextRange::new(node.start_byte(), comma.end_byte()),
        indent,
        trailer: wrap::width(line),
        comment_end: (!comment.is_empty()).then_some(comma.end_byte() + line.len()),
    })
}
