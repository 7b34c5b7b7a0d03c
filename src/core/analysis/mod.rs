//! Analysis of one parsed file: find the callables handed to process APIs that pickle cannot
//! carry, and plan the lift of each one.
//!
//! The stages, each its own module: `values` evaluates expressions (what is this receiver?),
//! `api` is the table of process APIs, `sites` finds the calls that hand over a callable,
//! `callables` decides whether pickle can carry it, `captures` finds what it needs from the
//! scope it leaves, `lift` plans the edits and `layout` does the text mechanics (`docstrings` re-indents the docstrings that move).
//! `conditions` says which calls of an inferred wrapper cannot reach its hand-over.
//! `guard_globals` looks past the callable: the globals a worker reads that only the
//! `__main__` guard assigns (PKL006).

mod api;
mod arguments;
mod callables;
mod captures;
mod choices;
mod conditions;
mod decorated;
mod defaults;
mod docstrings;
mod exports;
mod flow;
mod guard_globals;
mod handed;
mod helper_calls;
mod imported_decorators;
mod imported_names;
mod imports;
mod inferred;
mod inspection;
mod kept_pools;
mod layout;
mod lift;
mod literals;
mod loop_views;
mod loops;
mod parent_state;
mod picked;
mod precheck;
mod prefilter;
mod reachable;
mod relayout;
mod requested;
mod shared_calls;
mod sites;
mod unformatted;
mod unpacked;
mod unpicklable;
mod user_api;
mod values;
mod worker_reads;
mod worker_state;
pub(crate) mod wrap;
mod wrapper_containers;

pub use api::described_by_table;
pub use conditions::Constant;
pub use exports::{Alias, ExportedWrapper, Exports, InferredFactory, inherited_as};
pub use handed::{HandedPool, Held, NamePart};
pub use inferred::InferredApi;
pub use kept_pools::Passed;
pub use prefilter::{
    may_contain_sites, may_contain_sites_with, may_define_wrappers_spelling,
    may_define_wrappers_with, mentions_process_api, names_api_module, spells_module_noting_imports,
    spells_where_read,
};
pub use requested::{
    AT_MODULE_LEVEL, Position, Requested, lift_at, lift_each, lift_offset, lift_targets,
};
pub use user_api::{Apis, NO_APIS, UserApi, UserKind, parse_api, table_alias};
pub use values::{ModuleBinding, TEMPLATE, kept_binding, module_binding, relative_module};
pub(crate) use values::{sets_attribute_by_variable, sets_attribute_from};

use std::collections::HashSet;

use tree_sitter::{Node, Tree};

use crate::core::diagnostic::Diagnostic;
use crate::core::fix::Fix;
use crate::core::node::NodeExt;
use crate::core::options::Options;
use crate::core::rules::Rule;
use crate::core::semantic::{BindingId, BindingKind, Resolution, SemanticModel, TooDeep};
use crate::core::source::{TextRange, line_ending};
use api::Target;
use callables::{Callable, Classified, Via, classify, crosses_as_code, main_guards};
use lift::{Context, Group, PartialSpelling, SiteRef};
use loops::loop_elements;
use picked::picked_elements;
use shared_calls::PlannedGroup;
use sites::Site;
use values::Evaluator;

/// All findings in `source`, in source order, each with its fix when one can be made safely;
/// or `TooDeep` when the file is nested too deeply to build its semantic model, so that the
/// caller can tell that refusal from a file with nothing to report.
pub fn analyze(tree: &Tree, source: &str, settings: &Options) -> Result<Vec<Diagnostic>, TooDeep> {
    analyze_with(tree, source, settings, false, true).map(|(diagnostics, _)| diagnostics)
}

/// `analyze`, reporting nested functions handed over by their decorator without planning
/// them: the analysis `decorated` plans them with, of a text where one no longer is.
fn analyze_undecorated(
    tree: &Tree,
    source: &str,
    settings: &Options,
) -> Result<Vec<Diagnostic>, TooDeep> {
    analyze_with(tree, source, settings, false, false).map(|(diagnostics, _)| diagnostics)
}

/// `analyze`, with what the file offers the other files of a run (`exports`), which the same
/// analysis finds.
pub fn analyze_exporting(
    tree: &Tree,
    source: &str,
    settings: &Options,
) -> Result<(Vec<Diagnostic>, Exports), TooDeep> {
    analyze_with(tree, source, settings, true, true)
}

/// `analyze`, with the file's exports when `export` asks for them (the run's first look at a
/// file; the fix loop and verification do not), and decorated functions lifted when
/// `lift_decorated` asks (`decorated`).
fn analyze_with(
    tree: &Tree,
    source: &str,
    settings: &Options,
    export: bool,
    lift_decorated: bool,
) -> Result<(Vec<Diagnostic>, Exports), TooDeep> {
    let (model, nodes) = SemanticModel::build_with_nodes(tree, source)?;
    let root = tree.root_node();
    let mut eval = Evaluator::new(&model, source, root, &settings.apis, &nodes)
        .located(settings.package.as_deref(), settings.module.as_deref())
        .handed(&settings.handed_pools)
        .writes(&settings.attribute_writes)
        .constants(&settings.module_constants)
        .kept(&settings.module_kept);
    let guards = main_guards(root, source);
    let mut sites = inferred::find_sites_through_wrappers(&mut eval, &nodes.calls);
    let handed = arguments::argument_sites(&eval, &sites);
    let handed_callables = match export {
        true => [
            arguments::handed_callables(&eval, &handed),
            inferred::partial_worker_requests(&eval, &sites),
            inspection::inspection_requests(&eval),
        ]
        .concat(),
        false => Vec::new(),
    };
    sites.extend(handed);
    let mut classified = classify_sites(&eval, &guards, sites);
    let handed_names = match export {
        true => imported_names::exported_names(&eval, &classified),
        false => Vec::new(),
    };
    let named = imported_names::name_sites(&eval, &guards, &classified);
    classified.extend(named);
    let guard_only = guard_only_diagnostics(&eval, &guards, &classified);
    let (inherited, findings) = split_findings(&eval, classified);
    let facts = FileFacts::new(&eval, settings);
    let mut ctx = Context::new(&eval, &guards, facts);
    let mut diagnostics = diagnose(&mut ctx, findings);
    let mut fixes: Vec<&mut Fix> = diagnostics
        .iter_mut()
        .filter_map(|d| d.fix.as_mut())
        .collect();
    relayout::merge_shared_statements(&mut fixes, eval.source, eval.root);
    diagnostics.extend(
        inherited
            .iter()
            .map(|(site, c)| fork_inherited(&ctx, site, c)),
    );
    hold_fixes_of_stranded_sites(&mut diagnostics, &guard_only);
    diagnostics.extend(guard_only);
    diagnostics.extend(decorated::decorated_diagnostics(
        &eval,
        settings,
        lift_decorated,
    ));
    diagnostics.sort_by_key(|d| d.range.start);
    let public_lifts = ctx.public_lifts;
    let mut exports = match export {
        true => exported(
            &eval,
            &nodes.calls,
            settings.exports,
            [handed_callables, handed_names].concat(),
        ),
        false => Exports::default(),
    };
    if export && settings.exports {
        exports.unset_assumed = eval.unset_assumed();
        exports.wanted_constants = eval.wanted_constants();
        exports.wanted_kept = eval.wanted_kept();
    }
    exports.public_lifts = export
        && public_lifts
        && model
            .bindings_of(SemanticModel::MODULE, "__all__")
            .is_empty();
    Ok((diagnostics, exports))
}

/// What the file offers the other files of the run. Without `others` (no other file can use
/// it) the wrappers and factories are left out, unless the file passes a pool or a callable to
/// an imported function: that function may be the file's own (a module importing itself),
/// which the run then analyses again with the file's wrappers declared (`run::wrappers`), as
/// with others.
/// Working them out is a tenth of the analysis of a 2,000-line module of functions.
fn exported(
    eval: &Evaluator<'_>,
    calls: &[Node<'_>],
    others: bool,
    handed_callables: Vec<HandedPool>,
) -> Exports {
    let mut handed_pools = handed::handed_pools(eval, calls);
    handed_pools.extend(handed_callables);
    // A question about an imported decorator (`@unittest.skipIf(...)` over a test that makes
    // a pool) offers the other files nothing: alone, it needs no exports.
    let offers = others || !handed_pools.is_empty();
    handed_pools.extend(imported_decorators::decorator_requests(eval));
    // Nor does a question about the base of a class whose override makes a pool, which asks
    // the base's file for its template methods (`handed::Held::Base`).
    handed_pools.extend(
        eval.template_requests()
            .into_iter()
            .map(|class| HandedPool {
                function: class,
                position: None,
                keyword: None,
                held: Held::Base,
            }),
    );
    match offers {
        true => Exports {
            handed_pools,
            ..exports::exports(eval)
        },
        false => Exports {
            handed_pools,
            ..Exports::default()
        },
    }
}

/// What `--show-apis` lists of one file: its inferred wrappers and its factories.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShownApis {
    pub wrappers: Vec<InferredApi>,
    pub factories: Vec<InferredFactory>,
}

/// The process APIs inferred in `source` (`inferred`) and its factories, for `--show-apis`; or
/// `TooDeep`, as for `analyze`.
pub fn inferred_apis(tree: &Tree, source: &str, settings: &Options) -> Result<ShownApis, TooDeep> {
    let (model, nodes) = SemanticModel::build_with_nodes(tree, source)?;
    let mut eval = Evaluator::new(&model, source, tree.root_node(), &settings.apis, &nodes)
        .located(settings.package.as_deref(), settings.module.as_deref())
        .handed(&settings.handed_pools)
        .writes(&settings.attribute_writes)
        .constants(&settings.module_constants)
        .kept(&settings.module_kept);
    inferred::find_sites_through_wrappers(&mut eval, &nodes.calls);
    Ok(ShownApis {
        wrappers: inferred::listed(&eval),
        factories: exports::listed_factories(&eval),
    })
}

/// What every plan in a file starts from, worked out once per file: the findings' fixes and
/// each lift asked for by position (`requested`) build their `Context` from it.
#[derive(Clone)]
pub(crate) struct FileFacts {
    /// The file's indentation unit, which lifted code is re-indented to.
    pub indent: String,
    /// Names a new module-level function must not take (`taken_names`).
    pub taken: HashSet<String>,
    /// How `functools.partial` is spelled here (`partial_spelling`).
    pub partial: PartialSpelling,
    /// The longest line a fix may write (the project's formatter setting).
    pub line_length: usize,
    /// Trailing pragma comments count for nothing in a line's width (`Options::pragmas_uncounted`).
    pub pragmas_uncounted: bool,
    /// The file is a `__main__.py`, which workers never import (`Options::dunder_main`).
    pub dunder_main: bool,
    /// Lifted functions take private names (`Options::private_lifts`).
    pub private_lifts: bool,
}

impl FileFacts {
    fn new(eval: &Evaluator<'_>, settings: &Options) -> FileFacts {
        let (root, source, model) = (eval.root, eval.source, eval.model);
        FileFacts {
            indent: layout::indent_unit(source, root),
            taken: taken_names(model),
            partial: partial_spelling(model, root, source, settings),
            line_length: settings.line_length,
            pragmas_uncounted: settings.pragmas_uncounted,
            dunder_main: settings.dunder_main,
            private_lifts: settings.private_lifts,
        }
    }
}

/// Every site of the file with what its callable is, in the order `find_sites` gives. A site
/// that hands over a loop variable (`callables::loop_elements`) is one site per element of the
/// loop, its callable that element, so that each is reported and lifted where it stands; so is
/// one that picks its callable among branches or hands over a partial binding callables
/// (`picked`).
fn classify_sites<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    sites: Vec<Site<'t>>,
) -> Vec<(Site<'t>, Classified<'t>)> {
    sites
        .into_iter()
        .flat_map(
            |site| match loop_elements(eval, guards, site.callable, site.scope) {
                Some(Ok(elements)) => elements
                    .into_iter()
                    .map(|(callable, c)| (Site { callable, ..site }, c))
                    .collect(),
                Some(Err(refused)) => vec![(site, refused)],
                None if site.row.elements => collection_sites(eval, guards, site),
                None => match picked_elements(eval, guards, site.callable, site.scope) {
                    Some(picked) => picked
                        .into_iter()
                        .map(|(callable, c)| picked::standing(eval, Site { callable, ..site }, c))
                        .collect(),
                    None => vec![(site, classify(eval, guards, site.callable, site.scope))],
                },
            },
        )
        .collect()
}

/// The sites of a wrapper whose slot takes a collection of callables (`ApiRow::elements`):
/// one per element of a literal tuple, list or set, item of such an element, or value of a
/// dict literal, as `ApiRow::element` says, written there or
/// bound once to a local name read only there, each handed over where it stands; none for
/// anything else, whose elements are not known here.
fn collection_sites<'t>(
    eval: &Evaluator<'t>,
    guards: &[TextRange],
    site: Site<'t>,
) -> Vec<(Site<'t>, Classified<'t>)> {
    // A literal a local name read only here is bound to once holds its elements as a
    // variable would (`callables::classify_assigned`), lifted where they stand, as a loop's.
    let named = callables::unparenthesize(site.callable).kind_name() == "identifier";
    wrapper_containers::collection_elements(eval, site.callable, site.scope, true, site.row.element)
        .into_iter()
        .map(|callable| {
            let scope = eval.model.scope_at(callable.start_byte());
            let classified = match named {
                true => {
                    let element = callables::unparenthesize(callable);
                    callables::classify_assigned(eval, guards, element, scope, 1)
                }
                false => classify(eval, guards, callable, scope),
            };
            (Site { callable, ..site }, classified)
        })
        .collect()
}

/// Takes back the fix of a callable whose site also has a PKL006 finding that is not fixed:
/// lifted, the worker would still read a global only the guard assigns, and fail with a
/// `NameError` where it failed to pickle; the file is better left as it is.
fn hold_fixes_of_stranded_sites(diagnostics: &mut [Diagnostic], guard_only: &[Diagnostic]) {
    for diagnostic in diagnostics.iter_mut() {
        let stranded = diagnostic.fix.is_some()
            && guard_only
                .iter()
                .any(|g| g.fix.is_none() && g.range == diagnostic.range);
        if !stranded {
            continue;
        }
        let what = diagnostic
            .message
            .split_once("; ")
            .map_or(diagnostic.message.as_str(), |(what, _)| what);
        diagnostic.message = format!(
            "{what}; not fixed: it reads a global only the `__main__` guard assigns, which cannot move above the guard (see the PKL006 finding on this line), and lifted it would fail there all the same"
        );
        diagnostic.fix = None;
    }
}

/// The PKL006 findings: sites whose worker reads globals only the `__main__` guard assigns,
/// looked for past the callable, so over every classified site.
fn guard_only_diagnostics(
    eval: &Evaluator<'_>,
    guards: &[TextRange],
    classified: &[(Site<'_>, Classified<'_>)],
) -> Vec<Diagnostic> {
    let source = eval.source;
    let ctx = guard_globals::GuardContext {
        eval,
        guards,
        eol: line_ending(source),
    };
    guard_globals::diagnose(&ctx, classified, |site| {
        let callable = callables::unparenthesize(site.callable);
        let what = match callable.kind_name() {
            "lambda" => "lambda".to_string(),
            _ => format!("`{}`", &source[callable.byte_range()]),
        };
        format!("{what} passed to {}", site.row.label())
    })
}

type Finding<'t> = (Site<'t>, Classified<'t>);

/// The sites that are findings, split into those an explicit fork context's child inherits
/// (reported, never fixed) and those to fix, the second sorted by where the callable starts.
/// A callable that crosses to a worker interpreter as code, not by pickle, is no finding.
fn split_findings<'t>(
    eval: &Evaluator<'t>,
    classified: Vec<Finding<'t>>,
) -> (Vec<Finding<'t>>, Vec<Finding<'t>>) {
    let (inherited, mut to_fix): (Vec<_>, Vec<_>) = classified
        .into_iter()
        .filter(|(site, c)| match c {
            Classified::Fine => false,
            Classified::Unpicklable(callable, via) if site.interpreters => {
                !crosses_as_code(eval, callable, *via)
            }
            _ => true,
        })
        .partition(|(site, c)| site.inherited_by_fork || found_in_forked_workers(site, c));
    to_fix.sort_by_key(|(site, _)| site.callable.start_byte());
    (inherited, to_fix)
}

/// Whether `classified` is a function under the `__main__` guard defined before the workers
/// of the site's fork context are forked (`Site::forked_at`): pickle stores it by name, and
/// the forked worker, whose `__main__` is the parent's, finds it there.
fn found_in_forked_workers(site: &Site<'_>, classified: &Classified<'_>) -> bool {
    let Classified::Unpicklable(
        Callable::Function {
            statement,
            under_guard: true,
            ..
        },
        _,
    ) = classified
    else {
        return false;
    };
    site.forked_at.is_some_and(|at| statement.end_byte() <= at)
}

/// The PKL005 finding of a site whose explicit fork context hands the callable over without
/// pickling it, or whose forked workers find a function of the guard by its pickled name.
fn fork_inherited(ctx: &Context<'_>, site: &Site<'_>, classified: &Classified<'_>) -> Diagnostic {
    let callable = match classified {
        Classified::Unpicklable(callable, _) => Some(*callable),
        _ => None,
    };
    // `set_start_method("fork")` rather than a context the call names (`values::start_method`).
    let set = ctx.eval.fork_forced_at(site.call.start_byte(), site.scope);
    let (how, stays) = match (site.inherited_by_fork, set) {
        (true, true) => (
            "the program sets the fork start method first, and the child inherits it without pickling",
            "the start method",
        ),
        (true, false) => (
            "this explicit fork context's child inherits it without pickling",
            "the context",
        ),
        (false, true) => (
            "the program sets the fork start method first, and the workers are forked after it is defined and find it by name",
            "the start method",
        ),
        (false, false) => (
            "this explicit fork context's workers are forked after it is defined and find it by name",
            "the context",
        ),
    };
    Diagnostic {
        rule: Rule::ForkInherited,
        range: TextRange::of(site.callable),
        message: format!(
            "{}, but {how}; nothing to fix while {stays} stays fork",
            describe_site(ctx, site, callable)
                .replace(" cannot be pickled", " could not be pickled")
                .replace(" cannot find it", " could not find it under spawn")
        ),
        fix: None,
    }
}

/// The findings' diagnostics: the unliftable ones as they are, the others grouped by the
/// callable they hand over, the groups merged where they share a function, and planned.
fn diagnose<'t>(ctx: &mut Context<'t>, findings: Vec<Finding<'t>>) -> Vec<Diagnostic> {
    let (mut diagnostics, groups) = group_findings(ctx, findings);
    let merged = merge_overlapping(ctx, groups);
    ctx.lifting = merged
        .iter()
        .flat_map(|m| &m.group.members)
        .map(|member| TextRange::of(member.scope_node()))
        .collect();
    let mut planned: Vec<_> = merged
        .into_iter()
        .flat_map(|merged| plan_merged(ctx, merged))
        .collect();
    let ctx = &*ctx;
    shared_calls::join_and_lay_out(ctx.eval.source, &mut planned, |fix| laid_out(ctx, fix));
    for (group, result) in &planned {
        diagnostics.extend(planned_diagnostics(ctx, group, result));
    }
    diagnostics.sort_by_key(|d| d.range.start);
    one_per_callable(diagnostics)
}

/// The first of the diagnostics at one range under one rule: a callable that two sites pick
/// where it stands (an entry of a table two calls subscript, a branch of a conditional
/// two calls pass, an element of a loop that hands it over twice) is one finding, whose fix
/// is the same whichever site reports it.
fn one_per_callable(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diagnostics.len());
    for diagnostic in diagnostics {
        let same = |d: &Diagnostic| d.range == diagnostic.range && d.rule == diagnostic.rule;
        if !kept
            .iter()
            .rev()
            .take_while(|d| d.range.start == diagnostic.range.start)
            .any(same)
        {
            kept.push(diagnostic);
        }
    }
    kept
}

/// The diagnostics of the findings that cannot be lifted, and the groups of the others, one
/// per callable handed over.
fn group_findings<'t>(
    ctx: &Context<'t>,
    findings: Vec<Finding<'t>>,
) -> (Vec<Diagnostic>, Vec<Group<'t>>) {
    let mut diagnostics = Vec::new();
    let mut groups: Vec<Group<'t>> = Vec::new();
    for (site, classified) in findings {
        match classified {
            Classified::Fine => {}
            Classified::Unliftable { rule, reason } => diagnostics.push(Diagnostic {
                rule,
                range: TextRange::of(site.callable),
                message: format!("{}; not fixed: {reason}", describe_site(ctx, &site, None)),
                fix: None,
            }),
            Classified::Unpicklable(callable, via) => {
                add_to_group(&mut groups, site, callable, via)
            }
        }
    }
    (diagnostics, groups)
}

/// One diagnostic per site of a planned group: each carries the group's whole fix, or the
/// reason the group was refused.
fn planned_diagnostics(
    ctx: &Context<'_>,
    group: &Group<'_>,
    result: &Result<lift::Planned, String>,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for site_ref in &group.sites {
        let callable = group.members[site_ref.member];
        let site = &site_ref.site;
        let what = describe_site(ctx, site, Some(callable));
        let (message, fix) = match result {
            Ok(planned) => (
                format!(
                    "{what}; {}",
                    describe_fix(callable, &planned.names[site_ref.member], planned.direct)
                ),
                Some(planned.fix.clone()),
            ),
            Err(reason) => (format!("{what}; not fixed: {reason}"), None),
        };
        diagnostics.push(Diagnostic {
            rule: callable.rule(),
            range: TextRange::of(site.callable),
            message,
            fix,
        });
    }
    diagnostics
}

/// The plan of a group, with the lines its fix writes laid out as the formatter would.
fn plan_laid_out<'t>(
    ctx: &mut Context<'t>,
    group: &mut Group<'t>,
) -> Result<lift::Planned, String> {
    lift::plan(ctx, group).map(|planned| lift::Planned {
        fix: laid_out(ctx, planned.fix),
        ..planned
    })
}

/// `fix` with the lines it writes laid out as the project's formatter would.
fn laid_out(ctx: &Context<'_>, fix: Fix) -> Fix {
    let style = relayout::Style {
        unit: &ctx.indent,
        limit: ctx.line_length,
        eol: ctx.eol,
        star_comma: ctx.star_comma(),
        pragmas_uncounted: ctx.pragmas_uncounted,
    };
    relayout::relayout(fix, ctx.eval.source, ctx.eval.root, style)
}

fn add_to_group<'t>(
    groups: &mut Vec<Group<'t>>,
    site: Site<'t>,
    callable: Callable<'t>,
    via: Via<'t>,
) {
    let key = callable.key();
    for group in groups.iter_mut() {
        if let Some(member) = group.members.iter().position(|m| m.key() == key) {
            group.sites.push(SiteRef { site, member, via });
            return;
        }
    }
    groups.push(Group {
        members: vec![callable],
        sites: vec![SiteRef {
            site,
            member: 0,
            via,
        }],
    });
}

/// Groups that lift a function in common, planned as one: a nested function handed over inside
/// another target (`pool.map(scale, ...)` in `supervise`, itself a `Process` target) is a
/// member of both groups, and planning them apart would lift it twice, under two names.
struct Merged<'t> {
    group: Group<'t>,
    /// The groups as found, planned apart when the merged group cannot be.
    parts: Vec<Group<'t>>,
    /// The local imports its members read.
    imports: Vec<BindingId>,
}

fn merge_overlapping<'t>(ctx: &Context<'t>, groups: Vec<Group<'t>>) -> Vec<Merged<'t>> {
    let mut merged: Vec<Merged<'t>> = Vec::new();
    for part in groups {
        let mut group = part.clone();
        let imports = lift::expand(ctx, &mut group);
        let keys: Vec<TextRange> = group.members.iter().map(Callable::key).collect();
        let overlapping = merged.iter().position(|m| {
            m.group.members.iter().any(|m| keys.contains(&m.key()))
                || m.imports.iter().any(|id| imports.contains(id))
        });
        match overlapping {
            Some(index) => {
                absorb(&mut merged[index].group, group);
                merged[index].parts.push(part);
                merged[index].imports.extend(imports);
            }
            None => merged.push(Merged {
                group,
                parts: vec![part],
                imports,
            }),
        }
    }
    merged
}

/// Plan a merged group (its fix laid out later, with those it shares a call with); when it
/// cannot be lifted as a whole, plan its parts apart (a nested
/// function may be liftable though the target calling it is not), never lifting a function
/// that an earlier part already lifted.
fn plan_merged<'t>(ctx: &mut Context<'t>, mut merged: Merged<'t>) -> Vec<PlannedGroup<'t>> {
    let result = lift::plan(ctx, &mut merged.group);
    let reason = match result {
        Err(reason) if merged.parts.len() > 1 => reason,
        result => return vec![(merged.group, result)],
    };
    let mut lifted: Vec<TextRange> = Vec::new();
    let mut planned = Vec::new();
    for mut part in merged.parts {
        lift::expand(ctx, &mut part);
        let result = if part.members.iter().any(|m| lifted.contains(&m.key())) {
            Err(reason.clone())
        } else {
            lift::plan(ctx, &mut part)
        };
        if result.is_ok() {
            lifted.extend(part.members.iter().map(Callable::key));
        }
        planned.push((part, result));
    }
    planned
}

/// Move `other`'s members and sites into `group`, each member once.
fn absorb<'t>(group: &mut Group<'t>, other: Group<'t>) {
    let mut index_of = Vec::new();
    for member in &other.members {
        let index = match group.members.iter().position(|m| m.key() == member.key()) {
            Some(index) => index,
            None => {
                group.members.push(*member);
                group.members.len() - 1
            }
        };
        index_of.push(index);
    }
    for site_ref in other.sites {
        let member = index_of[site_ref.member];
        group.sites.push(SiteRef { member, ..site_ref });
    }
}

/// "lambda passed to `Pool.map` cannot be pickled", "lambda passed in the arguments of
/// `Process` cannot be pickled" (`arguments::handed_to`).
fn describe_site(ctx: &Context<'_>, site: &Site<'_>, callable: Option<Callable<'_>>) -> String {
    let source = ctx.eval.source;
    let passed = match chosen_class(ctx.eval, site) {
        Some(picker) => format!("{} (which `{picker}` may pick)", arguments::handed_to(site)),
        None => arguments::handed_to(site),
    };
    let kept = || {
        kept_in_attribute(ctx.eval, site).map(|(attribute, line)| {
            match passed.strip_prefix("passed ") {
                Some(rest) => format!(
                    "lambda kept in `{attribute}` passed on line {line} {rest} cannot be pickled"
                ),
                None => {
                    format!(
                        "lambda kept in `{attribute}` {passed} on line {line} cannot be pickled"
                    )
                }
            }
        })
    };
    // A closure a factory returns (`picked::returned_closures`), handed over by the call
    // that calls the factory: "lambda returned by `scaler` and passed on line 12 to ...".
    // Another file's call hands it over (`imported_names`): its row names that file.
    let returned = |what: &str| {
        let (factory, line) = returned_by(ctx.eval, site)?;
        let on = line
            .map(|line| format!(" on line {line}"))
            .unwrap_or_default();
        Some(match passed.strip_prefix("passed ") {
            Some(rest) => {
                format!("{what} returned by `{factory}` and passed{on} {rest} cannot be pickled")
            }
            None => format!("{what} returned by `{factory}` and {passed}{on} cannot be pickled"),
        })
    };
    match callable {
        Some(Callable::Lambda(_)) => returned("lambda")
            .or_else(kept)
            .unwrap_or_else(|| format!("lambda {passed} cannot be pickled")),
        Some(Callable::Function {
            under_guard: true,
            definition,
            ..
        }) => {
            let name = definition
                .field("name")
                .map_or("function", |n| &source[n.byte_range()]);
            let workers = if site.interpreters {
                "worker interpreters"
            } else {
                "worker processes"
            };
            format!(
                "`{name}` is defined under the `__main__` guard and {passed}, so {workers} cannot find it"
            )
        }
        Some(Callable::Function { definition, .. }) => {
            let name = definition
                .field("name")
                .map_or("function", |n| &source[n.byte_range()]);
            returned(&format!("nested function `{name}`"))
                .unwrap_or_else(|| format!("nested function `{name}` {passed} cannot be pickled"))
        }
        None => kept().unwrap_or_else(|| {
            let text = &source[site.callable.byte_range()];
            format!("`{text}` {passed} cannot be pickled")
        }),
    }
}

/// The expression that picks the class a site's call makes at run time from a tuple or list
/// of classes (`(Thread, Process)[use_process]`, written at the call or kept in a local the
/// call reads, `values::picked_classes`): the message names it, since `Process` is spelled
/// nowhere at the call. Not one written over several lines or longer than a message quotes.
fn chosen_class<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> Option<&'a str> {
    let Target::Constructor(_) = site.row.target else {
        return None;
    };
    let pick = eval.pick_called(site.call, site.scope)?;
    let text = eval.text(pick);
    (text.len() <= 60 && !text.contains('\n')).then_some(text)
}

/// The attribute a lambda handed over by another statement is kept in (`self.scale =
/// lambda ...` in `__init__`, `picked::standing`), and the line of the call that hands it
/// over: the lambda's own text says less than where it is kept and where it goes.
fn kept_in_attribute<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> Option<(&'a str, usize)> {
    let lambda = site.callable;
    let assignment = lambda
        .parent()
        .filter(|a| lambda.kind_name() == "lambda" && a.kind_name() == "assignment")?;
    let target = assignment
        .field("left")
        .filter(|t| t.kind_name() == "attribute")?;
    let call = site.kept_for.unwrap_or(site.call);
    let away = !call.byte_range().contains(&lambda.start_byte());
    away.then(|| (eval.text(target), call.start_position().row + 1))
}

/// The function whose `return` a closure handed over by another statement stands in
/// (`picked::returned_closures`), and the line of the call that hands it over when it is in
/// this file.
fn returned_by<'a>(eval: &Evaluator<'a>, site: &Site<'a>) -> Option<(&'a str, Option<usize>)> {
    let mut node = site.callable.parent()?;
    while node.kind_name() == "parenthesized_expression" {
        node = node.parent()?;
    }
    if node.kind_name() != "return_statement" {
        return None;
    }
    let factory = eval
        .scope_node(site.scope)
        .filter(|def| def.kind_name() == "function_definition")?;
    let name = eval.text(factory.field("name")?);
    let line = site.kept_for.map(|call| call.start_position().row + 1);
    Some((name, line))
}

fn describe_fix(callable: Callable<'_>, name: &str, direct: bool) -> String {
    match callable {
        Callable::Lambda(_) if direct => format!("pass `{name}` instead, which it only calls"),
        Callable::Lambda(_) => format!("lift it to module-level function `{name}`"),
        Callable::Function {
            under_guard: true, ..
        } => "move it above the guard".into(),
        Callable::Function { .. } => format!("lift it to module level as `{name}`"),
    }
}

/// Names a new module-level function must not take.
fn taken_names(model: &SemanticModel) -> HashSet<String> {
    let mut taken: HashSet<String> = model
        .scope(SemanticModel::MODULE)
        .bindings
        .keys()
        .cloned()
        .collect();
    for reference in &model.references {
        let global = match reference.resolution {
            Resolution::Scope(scope) => {
                scope == SemanticModel::MODULE || model.reads_unbound_local(reference)
            }
            Resolution::Builtin | Resolution::Unresolved => true,
        };
        if global {
            taken.insert(reference.name.clone());
        }
    }
    for scope in &model.scopes {
        taken.extend(scope.globals.keys().cloned());
    }
    taken
}

/// How to spell `functools.partial` in this module: an existing module-level import of
/// `functools` (under its alias) or of `partial`, or `functools.partial` with a new import
/// placed where an import sorter would put it (`imports`).
///
/// The spelling is written inside functions, so its name must mean the import wherever it is
/// written: an import is reused only when it is a plain statement of the module (not under
/// `if TYPE_CHECKING:` or `try`), its name is bound nowhere else in the file, and no scope
/// declares it `global`. A new `import functools` needs `functools` free in the same way; when
/// it is not, `from functools import partial` is tried, and when neither is free the spelling
/// is `blocked` and the lifts that need it are refused.
fn partial_spelling(
    model: &SemanticModel,
    root: Node<'_>,
    source: &str,
    settings: &Options,
) -> PartialSpelling {
    let style = &settings.imports;
    if let Some(text) = imported_partial(model, root) {
        return PartialSpelling {
            text,
            import: None,
            blocked: false,
        };
    }
    // `from functools import reduce`: the file spells `functools` names bare, so `partial`
    // joins them there (`from functools import partial, reduce`), or takes a line of its own
    // beside them when the sorter keeps one name per line.
    if bound_only_here(model, "partial", None)
        && let Some(import) = imports::join_from_import(
            root,
            source,
            "functools",
            "partial",
            settings.line_length,
            style.force_single_line,
        )
    {
        return PartialSpelling {
            text: "partial".into(),
            import: Some(import),
            blocked: false,
        };
    }
    let eol = line_ending(source);
    if bound_only_here(model, "functools", None) {
        return PartialSpelling {
            text: "functools.partial".into(),
            import: Some(imports::add_import(
                root,
                source,
                "functools",
                None,
                eol,
                style,
            )),
            blocked: false,
        };
    }
    let blocked = !bound_only_here(model, "partial", None);
    PartialSpelling {
        text: "partial".into(),
        import: Some(imports::add_import(
            root,
            source,
            "functools",
            Some("partial"),
            eol,
            style,
        )),
        blocked,
    }
}

/// The spelling of `partial` through an import the module already has, when one can be reused:
/// the first suitable import in source order, so that the choice never depends on the order of
/// a hash map.
fn imported_partial(model: &SemanticModel, root: Node<'_>) -> Option<String> {
    let module = model.scope(SemanticModel::MODULE);
    let mut candidates: Vec<(usize, String)> = Vec::new();
    for (name, ids) in &module.bindings {
        let [id] = ids.as_slice() else { continue };
        let binding = model.binding(*id);
        let Some(text) = partial_through(name, &binding.kind) else {
            continue;
        };
        if is_module_statement(root, binding.statement) && bound_only_here(model, name, Some(*id)) {
            candidates.push((binding.range.start, text));
        }
    }
    candidates.into_iter().min().map(|(_, text)| text)
}

/// How `partial` is spelled through the import `kind` binding `name`: `name.partial` for
/// `import functools as name`, `name` for `from functools import partial as name`.
fn partial_through(name: &str, kind: &BindingKind) -> Option<String> {
    match kind {
        BindingKind::Import {
            module,
            member: None,
        } if module == "functools" => Some(format!("{name}.partial")),
        BindingKind::Import {
            module,
            member: Some(member),
        } if module == "functools" && member == "partial" => Some(name.to_string()),
        _ => None,
    }
}

/// Whether `name` is bound at module level only by `id` (by nothing when `id` is `None`), and
/// in no other scope bound or declared `global` or `nonlocal`: then it means the same in every
/// function a fix writes it in.
fn bound_only_here(model: &SemanticModel, name: &str, id: Option<BindingId>) -> bool {
    let module = model.scope(SemanticModel::MODULE);
    let module_ids = module.bindings.get(name).map_or(&[][..], Vec::as_slice);
    let module_ok = match id {
        Some(id) => module_ids == [id],
        None => module_ids.is_empty(),
    };
    module_ok
        && model.scopes.iter().skip(1).all(|s| {
            !s.bindings.contains_key(name)
                && !s.globals.contains_key(name)
                && !s.nonlocals.contains_key(name)
        })
}

/// Whether the statement at `range` stands directly in the module, not inside an `if` or `try`.
fn is_module_statement(root: Node<'_>, range: TextRange) -> bool {
    let mut cursor = root.walk();
    root.named_children(&mut cursor)
        .any(|statement| TextRange::of(statement) == range)
}
