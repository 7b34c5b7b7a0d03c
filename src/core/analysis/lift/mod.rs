//! Planning lifts: from the sites that hand one callable (or a group of functions that call
//! each other) to process APIs, to one `Fix` that moves the code to module level and binds what
//! it captured where the work is handed over.
//!
//! Every site of a group carries the same fix, so that applying any one of them applies all of
//! them: a half-lifted function (new parameters, one call site not passing them) would be worse
//! than none.
//!
//! This module holds the plan, step by step (`plan` reads as the sequence), and what the steps
//! share. `needs` gathers what a group needs (the functions and lambdas its members call, the
//! variables they capture, the defaults that move to the call site), `members` refuses what the
//! members themselves forbid, `names` chooses the lifted names, `annotations` decides which
//! annotations the captured parameters keep, `binding` binds the captured values at the sites,
//! `references` rewrites the other uses of the members, and `text` produces the lifted code and
//! the edits that move it.

mod annotations;
mod binding;
mod constants;
mod decorators;
mod direct;
mod imports;
mod in_place;
mod members;
mod names;
mod needs;
pub mod reach;
mod receiver;
mod references;
mod text;
mod unread;

use std::collections::HashSet;

use tree_sitter::Node;

use super::callables::{Callable, Via, unparenthesize};
use super::defaults::MovedDefault;
use super::layout::top_level_statement;
use super::sites::Site;
use super::values::Evaluator;
use crate::core::fix::{Applicability, Edit, Fix};
use crate::core::node::NodeExt;
use crate::core::semantic::{Binding, BindingId, Resolution, ScopeId, SemanticModel};
use crate::core::source::TextRange;
use annotations::{captured_parameters, own_annotation_drops};
use binding::{
    Bound, bind_site, check_positional_defaults, check_site, positional_allowed, takes_any_keyword,
};
use constants::{lowercase_constants, parameter_of};
use decorators::Decorated;
use in_place::Placement;
use members::{check_comments_around, check_members};
use names::names_for;
use needs::{Needs, collect_needs};
use receiver::{ReceiverUse, receiver_use};
use references::{
    bound_to_variable, check_comprehension_element, check_in_place, check_loop_element,
    looped_over, reference_edits, replace_variable_lambda,
};
use text::{Added, move_members};

/// Why nothing is lifted in a `__main__.py` (`Options::dunder_main`).
const DUNDER_MAIN: &str = "the file is a `__main__.py`, which a worker started by spawn or forkserver never imports when the program runs as `python -m` (multiprocessing skips it), so a function there cannot be found by name: move the work into another module";

/// Facts about the file that every plan needs.
pub struct Context<'a> {
    pub eval: &'a Evaluator<'a>,
    pub guards: &'a [TextRange],
    pub eol: &'static str,
    pub indent: String,
    /// Names a new module-level function must not take: module bindings, names read as
    /// globals or builtins anywhere, and names taken by earlier lifts.
    pub taken: HashSet<String>,
    /// How `functools.partial` is spelled here, and the edit that imports it if needed.
    pub partial: PartialSpelling,
    /// The longest line a fix may write (the project's formatter setting).
    pub line_length: usize,
    /// Trailing pragma comments count for nothing in a line's width (`Options::pragmas_uncounted`).
    pub pragmas_uncounted: bool,
    /// The file is a `__main__.py`, which workers never import: nothing is lifted in it.
    pub dunder_main: bool,
    /// Lifted functions take private names (`Options::private_lifts`).
    pub private_lifts: bool,
    /// A lift planned so far binds a new public name at module level (`Exports::public_lifts`).
    pub public_lifts: bool,
    /// Whether a split after `*args` gains a trailing comma here: `star_comma`, read from the
    /// file only when a fix is laid out.
    star_comma: std::cell::OnceCell<bool>,
    /// The scopes (`Callable::scope_node` ranges) of every callable this analysis plans to
    /// lift, all groups together: code that moves to module level with them.
    pub lifting: Vec<TextRange>,
}

impl<'a> Context<'a> {
    /// The context of a file's first plan: the one place a `Context` is made, so that the
    /// findings' fixes and the lifts asked for by position start from the same facts.
    pub fn new(
        eval: &'a Evaluator<'a>,
        guards: &'a [TextRange],
        facts: super::FileFacts,
    ) -> Context<'a> {
        let super::FileFacts {
            indent,
            taken,
            partial,
            line_length,
            pragmas_uncounted,
            dunder_main,
            private_lifts,
        } = facts;
        Context {
            eval,
            guards,
            eol: crate::core::source::line_ending(eval.source),
            indent,
            taken,
            partial,
            line_length,
            pragmas_uncounted,
            dunder_main,
            private_lifts,
            public_lifts: false,
            star_comma: std::cell::OnceCell::new(),
            lifting: Vec::new(),
        }
    }

    /// `wrap::star_comma` of the file.
    pub fn star_comma(&self) -> bool {
        *self
            .star_comma
            .get_or_init(|| super::wrap::star_comma(self.eval.source))
    }
}

#[derive(Clone)]
pub struct PartialSpelling {
    pub text: String,
    pub import: Option<Edit>,
    /// Neither `functools` nor `partial` is free to import: lifts that need it are refused.
    pub blocked: bool,
}

/// A site, the member of the group it hands over, and how it reaches it.
#[derive(Clone, Copy)]
pub struct SiteRef<'t> {
    pub site: Site<'t>,
    pub member: usize,
    pub via: Via<'t>,
}

/// A group of callables lifted together.
#[derive(Clone)]
pub struct Group<'t> {
    pub members: Vec<Callable<'t>>,
    pub sites: Vec<SiteRef<'t>>,
}

impl Group<'_> {
    /// Whether code outside the members reads the name `binding` binds, in its scope: what
    /// decides if a local import or `name = lambda` the members used is left unused.
    fn read_outside(&self, model: &SemanticModel, binding: &Binding) -> bool {
        model.references.iter().any(|r| {
            r.name == binding.name
                && r.resolution == Resolution::Scope(binding.scope)
                && !self.members.iter().any(|m| m.key().contains_range(r.range))
        })
    }

    /// Where the lifted functions go: above the first module-level statement that holds one.
    fn lifted_at(&self) -> usize {
        self.members
            .iter()
            .map(|m| top_level_statement(m.scope_node()).start_byte())
            .min()
            .unwrap_or(0)
    }
}

/// What a planned member becomes.
#[derive(Clone)]
struct Lifted {
    name: String,
    renamed: bool,
    /// The captured names this member reads itself or through the members it uses (which it
    /// must pass on): its own parameters, out of the group's.
    needs: Vec<String>,
    /// Where a lambda bound to a variable goes.
    placement: Placement,
}

impl Lifted {
    /// Whether the member takes the captured `name` (every receiver attribute is taken).
    fn takes(&self, name: &str, attributes: &Pairs) -> bool {
        self.needs.iter().any(|n| n == name) || attributes.iter().any(|(p, _)| p == name)
    }
}

/// What a group's fix does.
pub struct Planned {
    pub fix: Fix,
    /// For each member, the module-level function it becomes or, when `direct`, the callable
    /// handed over in its place.
    pub names: Vec<String>,
    /// The member was a lambda that only called a callable pickle carries, handed over instead.
    pub direct: bool,
}

/// The fix for a group, or why it cannot be made. The steps run in this order because each
/// refusal must come before any edit that depends on it, and the edits of one step may fall
/// inside what a later step moves.
/// Refuses a callable a walrus binds where it is handed over (`pool.map(f := lambda x: ...,
/// xs)`): the fix would change what the name holds (a partial, or a function that now takes
/// the captured values too), which the code after it may call or inspect.
fn check_walrus(ctx: &Context<'_>, group: &Group<'_>) -> Result<(), String> {
    for site in &group.sites {
        let callable = super::callables::outside_parens(site.site.callable);
        if let Some(walrus) = callable
            .parent()
            .filter(|p| p.kind_name() == "named_expression" && p.field("value") == Some(callable))
            && let Some(name) = walrus.field("name")
        {
            return Err(format!(
                "it is bound to `{}` by `:=` where it is handed over, and the fix would change what that name holds; bind it on a line of its own first",
                ctx.eval.text(name)
            ));
        }
    }
    Ok(())
}

pub fn plan<'t>(ctx: &mut Context<'t>, group: &mut Group<'t>) -> Result<Planned, String> {
    if ctx.dunder_main {
        return Err(DUNDER_MAIN.into());
    }
    for member in &group.members {
        check_comments_around(*member)?;
    }
    check_walrus(ctx, group)?;
    let needs = collect_needs(ctx, group)?;
    let receivers = !needs.receivers.is_empty();
    if let Some(planned) = direct::hand_over(ctx, group, &needs.captured, receivers)? {
        return Ok(planned);
    }
    let decorated = check_members(ctx, group, &needs.captured)?;
    let mut draft = Draft::default();
    let lift = prepare(ctx, group, needs, &mut draft)?;
    // A lift the user asked for is replaced in place and checked by `check_in_place`.
    let requested = group.sites.is_empty();
    let sites: Vec<Node<'_>> = group.sites.iter().map(|s| s.site.call).collect();
    for member in group.members.iter().filter(|_| !requested) {
        if let Callable::Lambda(node) = member {
            check_comprehension_element(ctx, *node, &lift.captured)?;
            check_loop_element(ctx, *node, &sites, &lift.captured)?;
        }
    }
    bind_sites(ctx, group, &lift, &mut draft)?;
    rewrite_references(ctx, group, &lift, &mut draft)?;
    let dropped = strip_signatures(ctx, group, &lift, &mut draft);
    replace_lambdas_in_place(ctx, group, &lift, &mut draft)?;
    let uses_partial = draft.uses_partial;
    let (inside, mut edits) = draft.settle(group);
    edits.extend(move_to_module_level(ctx, group, &lift, inside)?);
    import_partial(ctx, uses_partial, &mut edits)?;
    unread::check_reads_kept(ctx, &edits, &dropped)?;
    for (member, lifted) in group.members.iter().zip(&lift.lifted) {
        ctx.taken.insert(lifted.name.clone());
        ctx.public_lifts |= binds_new_public_name(member, lifted);
    }
    // A receiver sent whole, or a cache the lift would empty, may change what the program does.
    let applicability = if lift.whole_receiver || decorated == Decorated::CachesUnknownValues {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    Ok(Planned {
        fix: Fix::new(edits, applicability),
        names: lift.lifted.into_iter().map(|l| l.name).collect(),
        direct: false,
    })
}

/// Whether the lift of `member` binds a public name at module level that no module-level
/// statement bound before: a nested function or a lambda lifted above its statement, not a
/// function of the `__main__` guard or a module-level `name = lambda ...` made a `def`.
fn binds_new_public_name(member: &Callable<'_>, lifted: &Lifted) -> bool {
    let new = match member {
        Callable::Function { under_guard, .. } => !under_guard,
        Callable::Lambda(_) => lifted.placement == Placement::Above,
    };
    new && !lifted.name.starts_with('_')
}

/// What the steps after the checks share: how the captured values travel, the lifted names,
/// and the shape of the new parameters.
struct Lift {
    /// The captured variables, each a new parameter (a receiver passed by its attributes is not).
    captured: Captures,
    /// Every name read where the work is handed over, `self` included: checked there.
    checked: Captures,
    /// The receiver's attributes passed in its place, as `(parameter, "self.attr")`.
    attributes: Pairs,
    /// The captured constants passed as lowercase parameters, as `(captured, parameter)`
    /// (see `constants`).
    renamed: Pairs,
    /// What is bound by keyword where any member is handed over: the captured variables and
    /// the receiver's attributes (a member's own moved defaults are added by `bound_for`).
    bound: Pairs,
    defaults: Vec<MovedDefault>,
    /// The local imports the members read, which move into their bodies.
    imports: Vec<BindingId>,
    lifted: Vec<Lifted>,
    /// The new parameters are positional (see `binding::positional_allowed`).
    positional: bool,
    /// A member takes `**kwargs` (see `binding::Bound`).
    open_keywords: bool,
    /// The receiver travels whole, which makes the fix unsafe.
    whole_receiver: bool,
}

impl Lift {
    /// The parameters lifted member `index` gains, annotated where the annotation travels:
    /// the captured values it needs and every receiver attribute.
    fn parameters(&self, ctx: &Context<'_>, group: &Group<'_>, index: usize) -> Vec<String> {
        let own = self.captured_by(index);
        let mut parameters = captured_parameters(ctx, group, &own, &self.renamed);
        parameters.extend(
            self.attributes
                .iter()
                .map(|(parameter, _)| parameter.clone()),
        );
        parameters
    }

    /// The captured values member `index` takes, in the group's order.
    fn captured_by(&self, index: usize) -> Captures {
        let lifted = &self.lifted[index];
        self.captured
            .iter()
            .filter(|(name, _)| lifted.needs.contains(name))
            .cloned()
            .collect()
    }
}

/// The edits of a fix as the steps make them, sorted by where they apply.
#[derive(Default)]
struct Draft {
    /// Edits at the sites and at lambdas replaced in place; `settle` sends those that fall
    /// inside a member to its lifted copy.
    placed: Vec<Edit>,
    /// Edits to the file, outside the members.
    outside: Vec<Edit>,
    /// Edits inside the members, applied to their lifted text.
    inside: Vec<Edit>,
    /// An edit writes `functools.partial`.
    uses_partial: bool,
}

impl Draft {
    /// The edits inside the members and the edits to the file. A site or lambda inside a lifted
    /// member (a function that hands itself to a Process) is edited in the lifted copy, not
    /// where the member is deleted.
    fn settle(mut self, group: &Group<'_>) -> (Vec<Edit>, Vec<Edit>) {
        let members: Vec<TextRange> = group.members.iter().map(Callable::key).collect();
        let (within, mut file): (Vec<Edit>, Vec<Edit>) = self.placed.into_iter().partition(|e| {
            // Strictly inside: the edit that replaces a lambda at its site spans the whole
            // member, and an argument appended after it starts at its end; both belong to the
            // file.
            members
                .iter()
                .any(|m| m.start < e.range.start && e.range.end < m.end)
        });
        self.inside.extend(within);
        file.extend(self.outside);
        (self.inside, file)
    }
}

/// Settle how the captured values travel (a receiver may travel as its attributes, whose reads
/// inside the members become parameters) and name the lifted functions.
fn prepare(
    ctx: &Context<'_>,
    group: &Group<'_>,
    needs: Needs,
    draft: &mut Draft,
) -> Result<Lift, String> {
    let checked = needs.captured.clone();
    let mut captured = needs.captured;
    let (attributes, edits, whole_receiver) =
        carry_receiver(ctx, group, &needs.receivers, &mut captured)?;
    draft.inside.extend(edits);
    let captures_nothing =
        captured.is_empty() && attributes.is_empty() && needs.defaults.is_empty();
    let mut lifted = names_for(ctx, group, captures_nothing)?;
    for (member, needs) in lifted.iter_mut().zip(member_needs(group, &needs.by_member)) {
        member.needs = needs;
    }
    let (renamed, edits) = lowercase_constants(ctx, group, &captured, &attributes, &lifted);
    draft.inside.extend(edits);
    let bound: Pairs = captured
        .iter()
        .map(|(name, _)| (parameter_of(&renamed, name).to_string(), name.clone()))
        .chain(attributes.iter().cloned())
        .collect();
    Ok(Lift {
        lifted,
        positional: positional_allowed(ctx, group) && needs.defaults.is_empty(),
        open_keywords: group.members.iter().any(takes_any_keyword),
        captured,
        checked,
        attributes,
        renamed,
        bound,
        defaults: needs.defaults,
        imports: needs.imports,
        whole_receiver,
    })
}

impl Lift {
    /// What is bound where `member` is handed over: the group's captured values and receiver
    /// attributes, and the member's own defaults that read local variables (another member's
    /// parameters are not its own).
    fn bound_for(&self, member: &Callable<'_>, lifted: &Lifted) -> Pairs {
        let own = self
            .own_defaults(member)
            .into_iter()
            .map(|d| (d.parameter.clone(), d.value.clone()));
        self.bound
            .iter()
            .filter(|(parameter, value)| {
                lifted.takes(parameter, &self.attributes)
                    || self.renamed.iter().any(|(captured, renamed)| {
                        renamed == parameter && captured == value && lifted.needs.contains(value)
                    })
            })
            .cloned()
            .chain(own)
            .collect()
    }

    /// The member's defaults that move to the call site.
    fn own_defaults(&self, member: &Callable<'_>) -> Vec<&MovedDefault> {
        self.defaults
            .iter()
            .filter(|d| member.key().contains_range(d.value_range))
            .collect()
    }
}

/// Bind the captured values at every site that hands a member over, once each is known to
/// mean the same there.
fn bind_sites(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lift: &Lift,
    draft: &mut Draft,
) -> Result<(), String> {
    // A wrapper that reads the name is named first: the code around the callable that calls
    // it reads the name only through it.
    for site_ref in &group.sites {
        let member = &group.members[site_ref.member];
        binding::check_names_kept(ctx, &site_ref.site, member, &lift.lifted[site_ref.member])?;
    }
    for (callable, lifted) in group.members.iter().zip(&lift.lifted) {
        binding::check_own_names_kept(ctx, callable, lifted)?;
    }
    for site_ref in &group.sites {
        let member = &group.members[site_ref.member];
        check_positional_defaults(
            ctx,
            &site_ref.site,
            site_ref.via,
            &lift.own_defaults(member),
        )?;
        let values = lift.bound_for(member, &lift.lifted[site_ref.member]);
        let bound = Bound {
            values: &values,
            open_keywords: lift.open_keywords,
            positional: lift.positional,
        };
        let member = &lift.lifted[site_ref.member];
        check_site(ctx, &site_ref.site, &lift.checked)?;
        if !values.is_empty() {
            binding::check_loop_variable_not_inspected(ctx, site_ref.site.callable)?;
        }
        draft.uses_partial |= bind_site(ctx, site_ref, member, &bound, &mut draft.placed)?;
    }
    Ok(())
}

/// Rewrite the members' other uses (renamed, passing the captured values), so that no read of
/// a moved name is left pointing at nothing.
fn rewrite_references(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lift: &Lift,
    draft: &mut Draft,
) -> Result<(), String> {
    let carried = references::Carried {
        captured: &lift.captured,
        attributes: &lift.attributes,
        renamed: &lift.renamed,
        checked: &lift.checked,
    };
    let moved_defaults: Vec<TextRange> = lift.defaults.iter().map(|d| d.value_range).collect();
    let (inside, outside, uses_partial) =
        reference_edits(ctx, group, &lift.lifted, &carried, &moved_defaults)?;
    draft.inside.extend(inside);
    draft.outside.extend(outside);
    draft.uses_partial |= uses_partial;
    Ok(())
}

/// Strip from the members' signatures the defaults that move to the call site and the
/// annotations the lifted code cannot keep. Returns the dropped annotations' ranges, whose
/// reads `unread` must not count as kept.
fn strip_signatures(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lift: &Lift,
    draft: &mut Draft,
) -> Vec<TextRange> {
    let drops = own_annotation_drops(ctx, group);
    let dropped: Vec<TextRange> = drops.iter().map(|d| d.range).collect();
    let stripped = |range: TextRange| {
        lift.defaults
            .iter()
            .any(|m| m.strip.range.contains_range(range))
    };
    // A moved default's strip rewrites its whole parameter; it takes a dropped annotation
    // with it instead of overlapping the drop.
    for default in &lift.defaults {
        let dropped = drops
            .iter()
            .any(|d| default.strip.range.contains_range(d.range));
        let strip = if dropped {
            Edit::replace(default.strip.range, default.parameter.clone())
        } else {
            default.strip.clone()
        };
        draft.inside.push(strip);
    }
    draft
        .inside
        .extend(drops.into_iter().filter(|d| !stripped(d.range)));
    dropped
}

/// Replace where it stands a lambda bound to a variable, whose variable stays, a lambda a loop
/// iterates over (`for fn in (lambda: 1, ...)`), and a lambda in a group without sites: a lift the user asked for (`--lift`).
fn replace_lambdas_in_place(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lift: &Lift,
    draft: &mut Draft,
) -> Result<(), String> {
    let requested = group.sites.is_empty();
    for (member, lifted) in group.members.iter().zip(&lift.lifted) {
        let Callable::Lambda(node) = member else {
            continue;
        };
        if !(bound_to_variable(*node)
            || looped_over(ctx.eval.source, *node)
            || handed_where_it_stands(group, *node)
            || requested)
        {
            continue;
        }
        if requested {
            check_in_place(ctx, *node, node.start_byte(), &lift.captured)?;
        }
        let bound = lift.bound_for(member, lifted);
        draft.uses_partial |= replace_variable_lambda(
            ctx,
            group,
            *node,
            lifted,
            &lift.captured,
            &bound,
            &mut draft.placed,
        )?;
    }
    Ok(())
}

/// Whether a site of `group` hands over `lambda` as a value it picks (`analysis::picked`: a
/// branch of a conditional expression, an argument bound by a partial), which stays where it
/// is written.
fn handed_where_it_stands(group: &Group<'_>, lambda: Node<'_>) -> bool {
    group
        .sites
        .iter()
        .any(|s| s.via == Via::Variable && unparenthesize(s.site.callable) == lambda)
}

/// Move the members to module level with their new parameters and the edits inside them; the
/// local imports they read go with them, and are deleted where no other code reads them.
fn move_to_module_level(
    ctx: &Context<'_>,
    group: &Group<'_>,
    lift: &Lift,
    inside: Vec<Edit>,
) -> Result<Vec<Edit>, String> {
    let parameters: Vec<Vec<String>> = (0..group.members.len())
        .map(|index| lift.parameters(ctx, group, index))
        .collect();
    let added: Vec<Added<'_>> = parameters
        .iter()
        .map(|names| Added {
            names,
            positional: lift.positional,
        })
        .collect();
    let imports = &lift.imports;
    let mut edits = move_members(ctx, group, &lift.lifted, &added, imports, inside)?;
    edits.extend(imports::unused_after_lift(ctx, group, imports)?);
    Ok(edits)
}

/// Import `functools.partial` when an edit writes one, or refuse the lift when the file leaves
/// no name to import it by.
fn import_partial(
    ctx: &Context<'_>,
    uses_partial: bool,
    edits: &mut Vec<Edit>,
) -> Result<(), String> {
    if uses_partial && ctx.partial.blocked {
        return Err("it needs `functools.partial`, and both `functools` and `partial` name something else in this file".into());
    }
    if uses_partial && let Some(import) = ctx.partial.import.clone() {
        // First among edits at its offset: in a file without imports, the lifted functions
        // go at the same place, below it (`imports` leaves the blank lines they need).
        edits.insert(0, import);
    }
    Ok(())
}

/// Add to the group the functions and lambdas its members call, as planning does, so that
/// groups sharing a member can be merged first; returns the local imports the members read,
/// so that groups sharing one can be merged too (only a fix that lifts every reader may delete
/// the import). A group that cannot be planned keeps what was found before the reason, and
/// reads no import here; `plan` reports the reason.
pub fn expand<'t>(ctx: &Context<'t>, group: &mut Group<'t>) -> Vec<BindingId> {
    collect_needs(ctx, group).map_or_else(|_| Vec::new(), |needs| needs.imports)
}

type Captures = Vec<(String, ScopeId)>;

/// Each member's captured names: those it reads itself and, to a fixed point, those of the
/// members it uses, which it passes on when it calls them or makes a partial of them.
fn member_needs(group: &Group<'_>, by_member: &[needs::MemberNeeds]) -> Vec<Vec<String>> {
    let keys: Vec<TextRange> = group.members.iter().map(Callable::key).collect();
    let own = |key: TextRange| by_member.iter().find(|m| m.key == key);
    let mut names: Vec<Vec<String>> = keys
        .iter()
        .map(|&key| own(key).map(|m| m.names.clone()).unwrap_or_default())
        .collect();
    loop {
        let mut grew = false;
        for (index, &key) in keys.iter().enumerate() {
            let Some(member) = own(key) else { continue };
            for used in &member.uses {
                let Some(other) = keys.iter().position(|k| k == used) else {
                    continue;
                };
                for name in names[other].clone() {
                    if !names[index].contains(&name) {
                        names[index].push(name);
                        grew = true;
                    }
                }
            }
        }
        if !grew {
            return names;
        }
    }
}

/// Values bound where the work is handed over, as `(parameter, value)`.
type Pairs = Vec<(String, String)>;

/// How the captured receivers travel (see `receiver`): the attribute values bound in their
/// place with the edits inside the members that read them, or the whole instance, which
/// makes the fix unsafe. A receiver replaced by its attributes leaves `needs`.
fn carry_receiver(
    ctx: &Context<'_>,
    group: &Group<'_>,
    receivers: &Captures,
    needs: &mut Captures,
) -> Result<(Pairs, Vec<Edit>, bool), String> {
    let [(name, scope)] = receivers.as_slice() else {
        return Ok((Vec::new(), Vec::new(), !receivers.is_empty()));
    };
    let others: Vec<String> = needs
        .iter()
        .filter(|(n, _)| n != name)
        .map(|(n, _)| n.clone())
        .collect();
    match receiver_use(ctx, group, (name, *scope), &others)? {
        ReceiverUse::Attributes { bound, edits } => {
            needs.retain(|(n, s)| !(n == name && s == scope));
            Ok((bound, edits, false))
        }
        ReceiverUse::Whole => Ok((Vec::new(), Vec::new(), true)),
    }
}
