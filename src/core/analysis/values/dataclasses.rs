//! Dataclasses: the `__init__` that `@dataclass` writes for a module-level class keeps each
//! field's argument on the instance, as a hand-written `self.func = func` does, so a method
//! that hands `self.func` to a process API makes the class's constructor a wrapper for that
//! field (`analysis::inferred`):
//!
//! ```text
//! @dataclass
//! class Job:                     # `Job` takes the callable as `func` (argument 0 or `func=`)
//!     func: Callable
//!     workers: int = 2
//!
//!     def run(self, items):
//!         with ProcessPoolExecutor(self.workers) as ex:
//!             return list(ex.map(self.func, items))
//!
//! Job(lambda x: x * scale).run(xs)    # a site
//! ```
//!
//! Only a class whose one decorator is `dataclasses.dataclass` (bare, or called with literal
//! keywords other than `init=False`) and that defines no `__init__`; only a field no code of
//! the class assigns (`self.func = ...` anywhere in it, `__post_init__` included), so that
//! what a method reads is what the caller passed. A field's position in a call counts the
//! fields before it that take one, in order; after `_: KW_ONLY`, with `kw_only=True`, or in a
//! class with bases (whose fields come first) it takes its keyword only. A `ClassVar` is no
//! field, and one declared `field(init=False)` no parameter. An undecorated `class
//! Job(NamedTuple)` is read the same way: its constructor takes its fields in order.

use tree_sitter::Node;

use super::{Evaluator, sole_decorator};
use crate::core::analysis::api::ApiRow;
use crate::core::analysis::unpicklable::qualified_name;
use crate::core::analysis::user_api::UserKind;
use crate::core::node::NodeExt;
use crate::core::semantic::{ScopeId, SemanticModel};
use crate::core::source::TextRange;

/// One parameter of a dataclass's generated `__init__`.
struct InitField<'a> {
    name: &'a str,
    /// Its position among the positional parameters, `None` for a keyword-only one.
    position: Option<usize>,
}

impl<'a> Evaluator<'a> {
    /// The field of a module-level dataclass that `object.attr` reads in a method of scope
    /// `scope` (`self.func` in `run`), when only the generated constructor sets it: the
    /// class's scope and the field's name.
    pub(in crate::core::analysis) fn dataclass_field(
        &self,
        object: &str,
        attr: &str,
        scope: ScopeId,
    ) -> Option<(ScopeId, &'a str)> {
        let class = self.method_class(object, scope)?;
        let field = self
            .dataclass_fields(class)?
            .into_iter()
            .find(|f| f.name == attr)?;
        self.assignments_to(class, attr)?
            .is_empty()
            .then_some((class, field.name))
    }

    /// Whether the `field(...)` whose function is `function` (in the code of `scope`) is the
    /// default of a field of a module-level dataclass whose slot in a call of the class is
    /// known: a class with no bases (whose fields would come first) and no `kw_only`
    /// anywhere (which moves the positions), the field a parameter of its constructor.
    pub(in crate::core::analysis) fn field_slot_known(
        &self,
        function: Node<'a>,
        scope: ScopeId,
    ) -> bool {
        let Some(assignment) = function
            .parent()
            .filter(|call| call.kind_name() == "call")
            .and_then(|call| call.parent())
            .filter(|assignment| assignment.kind_name() == "assignment")
        else {
            return false;
        };
        let Some(name) = assignment
            .field("left")
            .filter(|left| left.kind_name() == "identifier")
        else {
            return false;
        };
        let Some(definition) = self.scope_node(scope) else {
            return false;
        };
        definition.kind_name() == "class_definition"
            && definition.field("superclasses").is_none()
            && !self.text(definition).contains("kw_only")
            && self.dataclass_slot(scope, self.text(name)).is_some()
    }

    /// The slot of the field that `attribute` (`self.pool`, in a method of scope `function`)
    /// reads, when the field is a parameter of its dataclass's generated constructor whose
    /// default is `field(default_factory=...)`: its position (after `self`) and name. The
    /// field holds the pool the caller passes there, or the one the factory makes when the
    /// call leaves it out (`kept_pools::KeptValue::Made`).
    pub(in crate::core::analysis) fn dataclass_made_field(
        &self,
        attribute: Node<'a>,
        function: ScopeId,
    ) -> Option<(Option<usize>, &'a str)> {
        let object = attribute.field("object")?;
        if object.kind_name() != "identifier" {
            return None;
        }
        let attr = self.text(attribute.field("attribute")?);
        let (class, name) = self.dataclass_field(self.text(object), attr, function)?;
        // A field's own `field(kw_only=...)` moves the positions.
        if self.text(self.scope_node(class)?).contains("kw_only") {
            return None;
        }
        let [only] = self.model.bindings_of(class, name) else {
            return None;
        };
        let value = self.node_at(self.model.binding(*only).value?)?;
        let arguments = value
            .field("arguments")
            .filter(|_| value.kind_name() == "call")?;
        super::argument(arguments, self.source, None, Some("default_factory"))?;
        let (_, position, name) = self.dataclass_slot(class, name)?;
        Some((position, name))
    }

    /// The class of scope `class` a `@dataclass` statement at `statement` binds, when its
    /// generated constructor is an inferred wrapper: what a call of it in this file reaches.
    pub(super) fn decorated_dataclass(&self, statement: TextRange) -> Option<ScopeId> {
        if self.inferred.is_empty() {
            return None;
        }
        let definition = self
            .node_at(statement)
            .filter(|n| n.kind_name() == "decorated_definition")?
            .field("definition")?;
        let class = self.model.scope_created_by(TextRange::of(definition))?;
        self.generated_init(class).map(|_| class)
    }

    /// The class a `@dataclass` statement at `statement` binds (a `decorated_definition`,
    /// which creates no scope of its own): the decorator returns the class itself.
    pub(in crate::core::analysis) fn dataclass_scope(
        &self,
        statement: TextRange,
    ) -> Option<ScopeId> {
        let definition = self
            .node_at(statement)
            .filter(|n| n.kind_name() == "decorated_definition")?
            .field("definition")?;
        self.dataclass_decorator(definition)?;
        self.model.scope_created_by(TextRange::of(definition))
    }

    /// The wrapper the `__init__` that `@dataclass` writes for `class` was inferred to be,
    /// keyed by where the class's name starts (`inferred::dataclass_wrapper`).
    pub(super) fn generated_init(&self, class: ScopeId) -> Option<&'static ApiRow> {
        if self.inferred.is_empty() {
            return None;
        }
        let name = self.scope_node(class)?.field("name")?;
        let row = self.inferred.get(&name.start_byte())?;
        self.dataclass_fields(class).map(|_| *row)
    }

    /// Where a call of the dataclass `class` passes its field `name`: the field's index among
    /// the parameters, its position (after `self`), and its keyword.
    pub(in crate::core::analysis) fn dataclass_slot(
        &self,
        class: ScopeId,
        name: &str,
    ) -> Option<(usize, Option<usize>, &'a str)> {
        let fields = self.dataclass_fields(class)?;
        let index = fields.iter().position(|f| f.name == name)?;
        Some((index, fields[index].position, fields[index].name))
    }

    /// The module-level dataclass of this file that `call` constructs (`Task(fn=..., x=1)`),
    /// with the field each of its arguments fills: `(argument value, field name)`. `None`
    /// for any other call, or one that splats its arguments.
    pub(in crate::core::analysis) fn dataclass_arguments(
        &self,
        call: Node<'a>,
        scope: ScopeId,
    ) -> Option<(ScopeId, Vec<(Node<'a>, &'a str)>)> {
        let class = self.named_module_class(call.field("function")?, scope)?;
        let definition = self.scope_node(class)?;
        // A base class may read the fields (`self.fn.__name__` in a mixin), and a field's own
        // `field(kw_only=...)` moves the positions: neither is read.
        let text = self.text(definition);
        if (definition.field("superclasses").is_some() && !self.named_tuple(definition))
            || text.contains("kw_only")
        {
            return None;
        }
        let fields = self.dataclass_fields(class)?;
        let fields = fields.iter().map(|f| (f.name, f.position));
        Some((class, self.filled_fields(call, fields)?))
    }

    /// The fields of the module-level dataclass `class` as `dataclass_arguments` reads them,
    /// each with its position: what other files of the run learn of it (`exports`).
    pub(in crate::core::analysis) fn positional_fields(
        &self,
        class: ScopeId,
    ) -> Option<Vec<(String, Option<usize>)>> {
        let definition = self.scope_node(class)?;
        if (definition.field("superclasses").is_some() && !self.named_tuple(definition))
            || self.text(definition).contains("kw_only")
        {
            return None;
        }
        let fields = self.dataclass_fields(class)?;
        Some(
            fields
                .iter()
                .map(|f| (f.name.to_string(), f.position))
                .collect(),
        )
    }

    /// The argument of `call`, a call of a dataclass of another file of the run
    /// (`UserKind::Fields`), that fills its field `field`; `None` for any other call, one
    /// that splats its arguments, or leaves the field to its default.
    pub(in crate::core::analysis) fn imported_field_argument(
        &self,
        call: Node<'a>,
        field: &str,
    ) -> Option<Node<'a>> {
        let path = self.imported_path_of(call.field("function")?)?;
        let fields = self.apis.iter().find_map(|api| match &api.kind {
            UserKind::Fields(fields)
                if api.path.strip_suffix(super::FIELDS)?.strip_suffix('.')? == path =>
            {
                Some(fields)
            }
            _ => None,
        })?;
        let fields = fields.iter().map(|(name, at)| (name.as_str(), *at));
        (self.filled_fields(call, fields)?.into_iter())
            .find(|(_, name)| *name == field)
            .map(|(argument, _)| argument)
    }

    /// The argument of `call` that fills each of `fields` it passes, by keyword or position:
    /// `(argument value, field name)`. `None` when it splats its arguments or passes one no
    /// field takes.
    fn filled_fields<'f>(
        &self,
        call: Node<'a>,
        fields: impl Iterator<Item = (&'f str, Option<usize>)> + Clone,
    ) -> Option<Vec<(Node<'a>, &'f str)>> {
        let arguments = call.field("arguments")?;
        let mut cursor = arguments.walk();
        let mut found = Vec::new();
        let mut position = 0;
        for argument in arguments.named_children(&mut cursor) {
            match argument.kind_name() {
                "comment" => {}
                "list_splat" | "dictionary_splat" => return None,
                "keyword_argument" => {
                    let keyword = self.text(argument.field("name")?);
                    let (name, _) = fields.clone().find(|(name, _)| *name == keyword)?;
                    found.push((argument.field("value")?, name));
                }
                _ => {
                    let (name, _) = fields.clone().find(|(_, at)| *at == Some(position))?;
                    found.push((argument, name));
                    position += 1;
                }
            }
        }
        Some(found)
    }

    /// The parameters of the `__init__` that `@dataclass` writes for the module-level
    /// `class`, in order; `None` when it is no such class, or writes none.
    fn dataclass_fields(&self, class: ScopeId) -> Option<Vec<InitField<'a>>> {
        let scope = self.model.scope(class);
        if scope.parent != Some(SemanticModel::MODULE)
            || !self.model.bindings_of(class, "__init__").is_empty()
        {
            return None;
        }
        let node = self.scope_node(class)?;
        // `class Job(NamedTuple)`: its fields are its constructor's, in order.
        let mut keyword_only = match self.named_tuple(node) {
            true => false,
            false => self.dataclass_decorator(node)? || node.field("superclasses").is_some(),
        };
        let body = node.field("body")?;
        let mut fields = Vec::new();
        let mut position = 0;
        let mut cursor = body.walk();
        for statement in body.named_children(&mut cursor) {
            let Some((name, annotation, value)) = annotated(statement) else {
                continue;
            };
            let annotation = self.text(annotation);
            if annotation.ends_with("KW_ONLY") {
                keyword_only = true;
            } else if !annotation.contains("ClassVar") && value.is_none_or(|v| self.in_init(v)) {
                fields.push(InitField {
                    name: self.text(name),
                    position: (!keyword_only).then_some(position),
                });
                position += 1;
            }
        }
        Some(fields)
    }

    /// Whether the class `node` is undecorated and has `typing.NamedTuple` as its one base.
    fn named_tuple(&self, node: Node<'a>) -> bool {
        let Some(bases) = node.field("superclasses") else {
            return false;
        };
        let [base] = crate::core::parse::named_items(bases)[..] else {
            return false;
        };
        let undecorated = node
            .parent()
            .is_none_or(|p| p.kind_name() != "decorated_definition");
        let scope = self.model.scope_at(node.start_byte());
        undecorated && qualified_name(self, base, scope).as_deref() == Some("typing.NamedTuple")
    }

    /// Whether the class `node`'s decorators are `@dataclass` alone, bare or called with
    /// literal keywords: whether its fields are all keyword-only (`kw_only=True`). `None`
    /// for any other decorator, or `init=False`.
    fn dataclass_decorator(&self, node: Node<'a>) -> Option<bool> {
        let decorated = node
            .parent()
            .filter(|p| p.kind_name() == "decorated_definition")?;
        let expression = sole_decorator(decorated)?.named_child(0)?;
        let (function, arguments) = match expression.kind_name() {
            "call" => (expression.field("function")?, expression.field("arguments")),
            _ => (expression, None),
        };
        let scope = self.model.scope_at(decorated.start_byte());
        if qualified_name(self, function, scope)? != "dataclasses.dataclass" {
            return None;
        }
        let keyword = |name: &str| {
            arguments
                .and_then(|a| super::argument(a, self.source, None, Some(name)))
                .map(|value| self.text(value))
        };
        match (keyword("init"), keyword("kw_only")) {
            (Some(init), _) if init != "True" => None,
            (_, Some(kw_only)) => Some(kw_only == "True"),
            _ => Some(false),
        }
    }

    /// Whether the default `value` of a field leaves it a parameter: anything but a
    /// `field(...)` call that says `init=False` (or whose `init` is not literal).
    fn in_init(&self, value: Node<'a>) -> bool {
        let Some(arguments) = value
            .field("arguments")
            .filter(|_| value.kind_name() == "call")
        else {
            return true;
        };
        match super::argument(arguments, self.source, None, Some("init")) {
            Some(init) => self.text(init) == "True",
            None => true,
        }
    }
}

/// The name, annotation and value of an annotated assignment to a plain name
/// (`func: Callable`, `workers: int = 2`).
fn annotated(statement: Node<'_>) -> Option<(Node<'_>, Node<'_>, Option<Node<'_>>)> {
    let assignment = statement
        .named_child(0)
        .filter(|_| statement.kind_name() == "expression_statement")
        .filter(|a| a.kind_name() == "assignment")?;
    let name = assignment
        .field("left")
        .filter(|l| l.kind_name() == "identifier")?;
    let annotation = assignment.field("type")?;
    Some((name, annotation, assignment.field("right")))
}
