//! What an imported module-level name is in its own module: the literal it holds
//! (`core::module_constants`), and what its class's instances keep or its function returns
//! that pickle refuses (`core::module_kept`): what a file asks the run for, and what the run
//! reads in the module.

use tree_sitter::Node;

use super::{Evaluator, unparenthesize};
use crate::core::analysis::conditions::{self, Constant};
use crate::core::analysis::user_api::NO_APIS;
use crate::core::analysis::{captures, unpicklable};
use crate::core::module_constants::ImportedName;
use crate::core::module_kept::{KeptBinding, StoredImport, Unpicklable};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingKind, Resolution, SemanticModel};

/// What a module binds a name to at module level (`module_binding`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModuleBinding {
    /// A literal, and nothing may bind the name again unseen.
    Literal(Constant),
    /// An import of `name` from `module`, as spelled (`.defaults`).
    Imported { module: String, name: String },
    /// Anything else: several bindings, a value that is no literal, a star import.
    Unknown,
}

/// What `source`, a module, binds `name` to (`core::module_constants` says what counts).
pub fn module_binding(source: &str, name: &str) -> ModuleBinding {
    let Ok(tree) = crate::core::parse::parse(source) else {
        return ModuleBinding::Unknown;
    };
    let Ok((model, nodes)) = SemanticModel::build_with_nodes(&tree, source) else {
        return ModuleBinding::Unknown;
    };
    let eval = Evaluator::new(&model, source, tree.root_node(), &NO_APIS, &nodes);
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return ModuleBinding::Unknown;
    };
    let binding = model.binding(*only);
    // `locals()` at module level is the module's namespace (`locals()[key] = value` in a
    // loop over overrides).
    if conditions::module_name_may_change(&eval, name) || source.contains("locals()") {
        return ModuleBinding::Unknown;
    }
    match &binding.kind {
        BindingKind::Import {
            module,
            member: Some(member),
        } => ModuleBinding::Imported {
            module: module.clone(),
            name: member.clone(),
        },
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => {
            let value = binding.value.and_then(|range| eval.node_at(range));
            value
                .and_then(|value| conditions::constant(unparenthesize(value), source))
                .map_or(ModuleBinding::Unknown, ModuleBinding::Literal)
        }
        _ => ModuleBinding::Unknown,
    }
}

/// What `source`, a module shown as `file`, binds `name` to, for what its instances keep or
/// its calls return that pickle refuses (`core::module_kept` says what counts): a class bound
/// once (`captures::kept_by_instances`, or the bases it imports for the run to follow), a
/// plain function bound once (`unpicklable::returned_by`; a decorator may return anything),
/// or an import of the name from another module.
pub fn kept_binding(source: &str, name: &str, file: &str) -> KeptBinding {
    let Ok(tree) = crate::core::parse::parse(source) else {
        return KeptBinding::Unknown;
    };
    let Ok((model, nodes)) = SemanticModel::build_with_nodes(&tree, source) else {
        return KeptBinding::Unknown;
    };
    let eval = Evaluator::new(&model, source, tree.root_node(), &NO_APIS, &nodes);
    // `Ctx.create`, a method called on the class: what its calls return.
    let (name, method) = match name.split_once('.') {
        Some((class, method)) => (class, Some(method)),
        None => (name, None),
    };
    let bound = model.bindings_of(SemanticModel::MODULE, name);
    // `from ._impl.core import *`, the one star import of a module that binds nothing of the
    // name: the name is that module's.
    if bound.is_empty()
        && let [module] = &eval.every_star_module()[..]
    {
        let name = method.map_or(name.to_string(), |method| format!("{name}.{method}"));
        return KeptBinding::Imported {
            module: module.clone(),
            name,
        };
    }
    let [only] = bound else {
        return KeptBinding::Unknown;
    };
    let binding = model.binding(*only);
    if let Some(method) = method {
        return match &binding.kind {
            BindingKind::Import {
                module,
                member: Some(member),
            } => KeptBinding::Imported {
                module: module.clone(),
                name: format!("{member}.{method}"),
            },
            BindingKind::ClassDef => {
                // The class of its order (in this file) that defines the method, or else its
                // first base another module binds, where the run looks for it.
                let Some(class) = captures::method_owner(&eval, binding.statement, method) else {
                    let bases = captures::imported_class_bases(&eval, binding.statement);
                    return match bases.first().and_then(|base| eval.imported_name(*base)) {
                        Some((module, base)) => KeptBinding::Imported {
                            module,
                            name: format!("{base}.{method}"),
                        },
                        None => KeptBinding::Unknown,
                    };
                };
                match unpicklable::plain_class_method(&eval, class, method) {
                    Some((def, factory)) => (unpicklable::returned_by(&eval, def, factory))
                        .or_else(|| captures::returned_keeping(&eval, def, factory, Some(file)))
                        .map(|what| Unpicklable::Returns {
                            what,
                            line: def.start_position().row + 1,
                            file: file.to_string(),
                        }),
                    // A class that says how it pickles may leave out what a method stores.
                    None if captures::pickling_hook(&eval, binding.statement).is_some() => None,
                    None => captures::method_stores(&eval, class, method)
                        .map(|stored| stored.in_file(Some(file)))
                        .map(|stored| Unpicklable::Stores {
                            index: Some(0),
                            parameter: "self".to_string(),
                            // A fluent method: `Ctx(n).with_lock()` is the instance.
                            returned: captures::method_returns_self(&eval, class, method),
                            target: stored.target,
                            what: stored.what,
                            line: stored.line,
                            file: stored.file.unwrap_or_default(),
                        }),
                }
                .map_or(KeptBinding::Unknown, KeptBinding::Unpicklable)
            }
            _ => KeptBinding::Unknown,
        };
    }
    match &binding.kind {
        BindingKind::Import {
            module,
            member: Some(member),
        } => KeptBinding::Imported {
            module: module.clone(),
            name: member.clone(),
        },
        BindingKind::ClassDef => {
            if let Some((hook, line)) = captures::pickling_hook(&eval, binding.statement) {
                return KeptBinding::Unpicklable(Unpicklable::Pickles {
                    hook: hook.to_string(),
                    line,
                    file: file.to_string(),
                });
            }
            if let Some(kept) = captures::kept_by_instances(&eval, binding.statement) {
                return KeptBinding::Unpicklable(Unpicklable::Instances {
                    clause: kept.clause,
                    stored: kept.stored.map(|(text, line, _)| (text, line)),
                    file: file.to_string(),
                });
            }
            let bases: Vec<(String, String)> =
                (captures::imported_class_bases(&eval, binding.statement).into_iter())
                    .filter_map(|base| eval.imported_name(base))
                    .collect();
            let stored: Vec<StoredImport> = (captures::imported_stores(&eval, binding.statement)
                .into_iter())
            .filter_map(|store| {
                let (module, name) = eval.imported_name(store.read)?;
                Some(StoredImport {
                    module,
                    name,
                    read: eval.text(store.read).to_string(),
                    called: store.called,
                    attribute: store.attribute,
                    text: store.text,
                    line: store.line,
                })
            })
            .collect();
            match bases.is_empty() && stored.is_empty() {
                true => KeptBinding::Unknown,
                false => KeptBinding::Class { bases, stored },
            }
        }
        BindingKind::FunctionDef => {
            let returned = || {
                let def = eval
                    .statement_node(binding.statement)
                    .filter(|def| def.kind_name() == "function_definition")?;
                let factory = model.scope_created_by(binding.statement)?;
                // What its `return`s give, an instance of a class of the file that keeps
                // what pickle refuses, or a generator when it yields.
                let what = unpicklable::returned_by(&eval, def, factory)
                    .or_else(|| captures::returned_instance_keeping(&eval, binding))
                    .or_else(|| captures::returned_keeping(&eval, def, factory, Some(file)))
                    .or_else(|| captures::returned_holding_callable(&eval, binding))
                    .or_else(|| captures::returned_imported_given(&eval, binding))
                    .or_else(|| {
                        let body = def.field("body")?;
                        let yields = !eval.text(def).starts_with("async")
                            && crate::core::parse::preorder(body).any(|n| {
                                matches!(n.kind_name(), "yield")
                                    && eval.model.scope_at(n.start_byte()) == factory
                            });
                        yields.then(|| "a generator".to_string())
                    })?;
                Some(Unpicklable::Returns {
                    what,
                    line: def.start_position().row + 1,
                    file: file.to_string(),
                })
            };
            // `@contextlib.contextmanager` yielding an open file.
            if let Some((def, manager)) =
                captures::context_manager(&eval, name, SemanticModel::MODULE)
                && let Some(what) = captures::yielded_unpicklable(&eval, def, manager)
            {
                return KeptBinding::Unpicklable(Unpicklable::Yields {
                    what,
                    line: def.start_position().row + 1,
                    file: file.to_string(),
                });
            }
            // `def attach(c): c.lock = threading.Lock()`: what it stores on what it is given,
            // and whether it returns that (`return c`).
            let stores = || {
                let def = eval
                    .statement_node(binding.statement)
                    .filter(|def| def.kind_name() == "function_definition")?;
                let function = model.scope_created_by(binding.statement)?;
                // `def attach_all(*objs)` stores on each: said `*objs`, from its place on.
                let star = captures::star_parameter(&eval, def)
                    .map(|(index, name)| (Some(index), name, format!("*{name}")));
                let named = (captures::parameters(&eval, def).into_iter())
                    .map(|(index, name)| (index, name, name.to_string()));
                named.chain(star).find_map(|(index, parameter, said)| {
                    let stored = captures::stored_on_name(&eval, function, parameter, 0)?
                        .in_file(Some(file));
                    let returned = (super::returned_values(def.field("body")?).into_iter())
                        .flatten()
                        .any(|r| eval.text(unparenthesize(r)) == parameter);
                    Some(Unpicklable::Stores {
                        index,
                        parameter: said,
                        returned,
                        target: stored.target,
                        what: stored.what,
                        line: stored.line,
                        file: stored.file.unwrap_or_default(),
                    })
                })
            };
            // What a call returns comes first, unless that is the parameter it stores in.
            match (stores(), returned()) {
                (Some(stores @ Unpicklable::Stores { returned: true, .. }), _)
                | (Some(stores), None) => return KeptBinding::Unpicklable(stores),
                (_, Some(returned)) => return KeptBinding::Unpicklable(returned),
                (None, None) => {}
            }
            // `return Ctx(n)` of a class another module defines: what that module says.
            let classes: Vec<(String, String)> =
                (captures::returned_imported_classes(&eval, binding).into_iter())
                    .filter_map(|class| eval.imported_name(class))
                    .collect();
            match eval.statement_node(binding.statement) {
                Some(def) if !classes.is_empty() => KeptBinding::Makes {
                    classes,
                    line: def.start_position().row + 1,
                },
                _ => KeptBinding::Unknown,
            }
        }
        // `Point = namedtuple("P", ...)`: pickle looks for `P` and does not find it.
        BindingKind::Assignment
            if let Some(value) = binding.value.and_then(|value| eval.node_at(value))
                && let Some(made) = unpicklable::misnamed_class(&eval, name, value) =>
        {
            KeptBinding::Unpicklable(Unpicklable::Instances {
                clause: format!(
                    "a class made under the name `{made}`, by which pickle looks for it in vain"
                ),
                stored: Some((eval.one_line(value), value.start_position().row + 1)),
                file: file.to_string(),
            })
        }
        // `make_lock = threading.Lock`: calling it makes what pickle refuses.
        BindingKind::Assignment
            if let Some(value) = binding.value.and_then(|value| eval.node_at(value))
                && let value = unparenthesize(value)
                && matches!(value.kind_name(), "identifier" | "attribute")
                && let Some(what) =
                    unpicklable::qualified_name(&eval, value, binding.written_in)
                        .and_then(|factory| unpicklable::unpicklable_class(&factory)) =>
        {
            KeptBinding::Unpicklable(Unpicklable::Returns {
                what: what.to_string(),
                line: value.start_position().row + 1,
                file: file.to_string(),
            })
        }
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => binding
            .value
            .and_then(|value| eval.node_at(value))
            .and_then(|value| {
                let what = captures::module_value_unpicklable(&eval, value)?;
                Some(KeptBinding::Unpicklable(Unpicklable::Holds {
                    what,
                    line: value.start_position().row + 1,
                    file: file.to_string(),
                }))
            })
            .unwrap_or(KeptBinding::Unknown),
        _ => KeptBinding::Unknown,
    }
}

impl<'a> Evaluator<'a> {
    /// The literal `read` holds when it names a module-level name of another module
    /// (`USE_THREADS` after `from .settings import USE_THREADS`, `config.USE_PROCESSES`
    /// after `from . import config` or `import pkg.config as config`) that the run found
    /// bound to one there (`Options::module_constants`). The name must be bound once here,
    /// by that import, with no star import or `globals()` that may bind it again, and no
    /// file of the run may set it as an attribute (an assumption the run checks). A name the
    /// run has not looked for yet is asked for (`Exports::wanted_constants`).
    pub(in crate::core::analysis) fn imported_constant(&self, read: Node<'a>) -> Option<Constant> {
        let (module, name) = self.imported_name(read)?;
        if self.model.scope(SemanticModel::MODULE).has_star_import
            || self.source.contains("globals()")
        {
            return None;
        }
        // A relative module's absolute path needs the file's package, which the run gives
        // once some literal is known (`run::file::options_for`); it resolves a first look's
        // spelling itself.
        let key = self
            .absolute(&module)
            .map(|module| format!("{module}.{name}"));
        if let Some(literal) = key.as_deref().and_then(|key| self.constants.literal(key)) {
            return (!self.sets_attribute_anywhere(&name)).then_some(literal);
        }
        if key.is_none_or(|key| !self.constants.asked(&key)) {
            self.wanted_constants
                .borrow_mut()
                .insert(ImportedName { module, name });
        }
        None
    }

    /// What the imported class or function `read` names gives that pickle refuses, as its
    /// own file reads it (`core::module_kept`): `Context` after `from pkg.ctx import
    /// Context`, `logs.open_log` after `from pkg import logs`. A name the run has not looked
    /// for yet is asked for (`Exports::wanted_kept`). A name that imports bind in turn (`try:
    /// from .fast import Ctx` / `except ImportError: from .slow import Ctx`) may be any of
    /// them: what the first that gives something gives.
    pub(in crate::core::analysis) fn imported_kept(
        &self,
        read: Node<'a>,
    ) -> Option<&'a Unpicklable> {
        self.first_kept(read, None)
    }

    /// `imported_kept` for the method or property `member` of the imported class `read` names
    /// (`Ctx.enable`, read as `c.enable()` on an instance): what it stores on `self`.
    pub(in crate::core::analysis) fn imported_kept_member(
        &self,
        read: Node<'a>,
        member: &str,
    ) -> Option<&'a Unpicklable> {
        self.first_kept(read, Some(member))
    }

    fn first_kept(&self, read: Node<'a>, member: Option<&str>) -> Option<&'a Unpicklable> {
        let named = |name: String| match member {
            Some(member) => format!("{name}.{member}"),
            None => name,
        };
        let Some((module, name)) = self.imported_name(read) else {
            // Every one is asked for, so that the run looks for them all at once.
            let kept: Vec<_> = (self.alternative_imports(read).into_iter())
                .map(|(module, name)| self.kept_of(module, named(name)))
                .collect();
            return kept.into_iter().flatten().next();
        };
        self.kept_of(module, named(name))
    }

    /// The imports that bind the name `read` reads when only imports of a name from a module
    /// bind it, more than one (`try: from .fast import Ctx` / `except ImportError: from .slow
    /// import Ctx`): each module as spelled, and the name in it.
    fn alternative_imports(&self, read: Node<'a>) -> Vec<(String, String)> {
        let read = unparenthesize(read);
        if read.kind_name() != "identifier" {
            return Vec::new();
        }
        let name = self.text(read);
        let Resolution::Scope(owner) = self
            .model
            .resolve(self.model.scope_at(read.start_byte()), name)
        else {
            return Vec::new();
        };
        let bound = self.model.bindings_of(owner, name);
        let imports: Vec<(String, String)> = (bound.iter())
            .filter_map(|&id| match &self.model.binding(id).kind {
                BindingKind::Import {
                    module,
                    member: Some(member),
                } => Some((module.clone(), member.clone())),
                _ => None,
            })
            .collect();
        match imports.len() == bound.len() && imports.len() > 1 {
            true => imports,
            false => Vec::new(),
        }
    }

    fn kept_of(&self, module: String, name: String) -> Option<&'a Unpicklable> {
        let key = self
            .absolute(&module)
            .map(|module| format!("{module}.{name}"));
        if let Some(kept) = key.as_deref().and_then(|key| self.kept.get(key)) {
            return Some(kept);
        }
        if key.is_none_or(|key| !self.kept.asked(&key)) {
            self.wanted_kept
                .borrow_mut()
                .insert(ImportedName { module, name });
        }
        None
    }

    /// The module, as its import spells it, and the name in it that `read` names, when it
    /// names another module's name: `USE_THREADS` after `from .settings import USE_THREADS`,
    /// `config.NAME` after `from . import config` or `import pkg.config as config`. The name
    /// read must be bound once, by that import.
    pub(in crate::core::analysis) fn imported_name(
        &self,
        read: Node<'a>,
    ) -> Option<(String, String)> {
        let read = unparenthesize(read);
        let (object, attribute) = match read.kind_name() {
            "identifier" => (read, None),
            "attribute" => (
                read.field("object")?,
                Some(self.text(read.field("attribute")?)),
            ),
            _ => return None,
        };
        if object.kind_name() != "identifier" {
            return None;
        }
        let binding =
            (self.model).sole_binding(self.model.scope_at(read.start_byte()), self.text(object))?;
        let BindingKind::Import { module, member } = &binding.kind else {
            return None;
        };
        let (module, name) = match (member, attribute) {
            // `from .settings import USE_THREADS`, read as `USE_THREADS`.
            (Some(member), None) => (module.clone(), member.as_str()),
            // `from . import config` (or `from .pkg import config`), read as `config.NAME`.
            (Some(member), Some(name)) => match module.ends_with('.') {
                true => (format!("{module}{member}"), name),
                false => (format!("{module}.{member}"), name),
            },
            // `import pkg.config as config`, read as `config.NAME`.
            (None, Some(name)) if binding.name != *module || !module.contains('.') => {
                (module.clone(), name)
            }
            _ => return None,
        };
        Some((module, name.to_string()))
    }

    /// The imported names this file's analysis asked the literal of (`imported_constant`).
    pub fn wanted_constants(&self) -> Vec<ImportedName> {
        self.wanted_constants.borrow().iter().cloned().collect()
    }

    /// The imported names this file's analysis asked what they keep (`imported_kept`).
    pub fn wanted_kept(&self) -> Vec<ImportedName> {
        self.wanted_kept.borrow().iter().cloned().collect()
    }
}
