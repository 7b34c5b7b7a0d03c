//! Types and parameters: the instance a type annotation describes (`pool: Pool`,
//! `ex: "ProcessPoolExecutor"`, `Optional[...]`, `X | None`), and, for an unannotated parameter
//! of a plain function, the value every call of the function in this file passes for it.

use tree_sitter::Node;

use super::methods::Called;
use super::{Evaluator, Value, agreed, argument, string_content, unparenthesize};
use crate::core::node::NodeExt;
use crate::core::semantic::{
    BindingId, BindingKind, Resolution, ScopeId, ScopeKind, SemanticModel,
};
use crate::core::source::TextRange;

/// How many calls of one method name `eval_from_method_callers` reads at most.
const MAX_METHOD_CALLS: usize = 64;

impl<'a> Evaluator<'a> {
    /// An unannotated parameter of a plain function: the value every call of the function in
    /// this file passes for it, when they all agree (`def run(executor): ...` called as
    /// `run(pool)` with `pool = ProcessPoolExecutor()`). For a plain method of a module-level
    /// class, the calls made on instances known to be of that class (`method_callers`).
    pub(super) fn eval_from_callers(&self, id: BindingId, depth: usize) -> Value {
        let binding = self.model.binding(id);
        let function = self.model.scope(binding.scope);
        let (Some(name), Some(defined_in)) = (&function.name, function.parent) else {
            return Value::Unknown;
        };
        if function.kind != ScopeKind::Function {
            return Value::Unknown;
        }
        if self.model.scope(defined_in).kind == ScopeKind::Class {
            return self.eval_from_method_callers(id, name, defined_in, depth);
        }
        let Some(position) = self.parameter_position(binding.scope, binding.range) else {
            return Value::Unknown;
        };
        let passed: Vec<Value> = (self.model.references.iter())
            .filter(|r| r.name == *name && r.resolution == Resolution::Scope(defined_in))
            .map(|r| self.argument_value(r, position, &binding.name, depth))
            .collect();
        match agreed(passed.iter().cloned()) {
            Value::Unknown => pool_among_wrappers(&passed).unwrap_or(Value::Unknown),
            value => value,
        }
    }

    /// `eval_from_callers` for a parameter of the plain method `name` of the module-level class
    /// `class`: what the calls of the file made on an instance of that very class pass
    /// (`Report(unit).build(service)`, `report.build(service)` after `report = Report(unit)`,
    /// `self.build(service)` in a method of the class). A call on any other receiver may be
    /// another class's method of the same name, and says nothing, as an `Unknown` caller.
    fn eval_from_method_callers(
        &self,
        id: BindingId,
        name: &str,
        class: ScopeId,
        depth: usize,
    ) -> Value {
        let binding = self.model.binding(id);
        if self.model.scope(class).parent != Some(SemanticModel::MODULE) {
            return Value::Unknown;
        }
        let plain = self
            .scope_node(binding.scope)
            .and_then(|def| self.called_as(def))
            == Some(Called::Plain);
        let Some(position) = self
            .parameter_position(binding.scope, binding.range)
            .filter(|&p| plain && p > 0)
        else {
            return Value::Unknown;
        };
        if name == "__init__" {
            return agreed(self.constructor_calls(class).into_iter().map(|call| {
                let arg = call.and_then(|call| {
                    let arguments = call.field("arguments")?;
                    argument(
                        arguments,
                        self.source,
                        Some(position - 1),
                        Some(&binding.name),
                    )
                    .map(|arg| (arg, self.model.scope_at(call.start_byte())))
                });
                arg.map_or(Value::Unknown, |(arg, scope)| {
                    self.eval_depth(arg, scope, depth + 1)
                })
            }));
        }
        let calls = self.method_calls(name);
        agreed(calls.iter().filter_map(|&start| {
            let call = self.call_at(start)?;
            let function = call.field("function")?;
            let object = unparenthesize(function.field("object")?);
            let scope = self.model.scope_at(call.start_byte());
            if !self.is_instance_of(object, class, scope) {
                return None;
            }
            let arguments = call.field("arguments")?;
            let arg = argument(
                arguments,
                self.source,
                Some(position - 1),
                Some(&binding.name),
            )?;
            Some(self.eval_depth(arg, scope, depth + 1))
        }))
    }

    /// The uses of the module-level class `class`, bound once, that run its `__init__`: each
    /// reference to its name, as the call it makes (`Job(ProcRunner())`), or `None` for a
    /// reference that calls nothing the file shows (a base of a subclass whose instances run
    /// the same `__init__`, a class handed on as a factory).
    fn constructor_calls(&self, class: ScopeId) -> Vec<Option<Node<'a>>> {
        let Some(name) = self.model.scope(class).name.as_deref() else {
            return Vec::new();
        };
        if self.module_class(name) != Some(class) {
            return vec![None];
        }
        (self.model.references.iter())
            .filter(|r| r.name == name && r.resolution == Resolution::Scope(SemanticModel::MODULE))
            .map(|reference| {
                self.node_at(reference.range)?.parent().filter(|p| {
                    p.kind_name() == "call"
                        && p.field("function").map(TextRange::of) == Some(reference.range)
                })
            })
            .collect()
    }

    /// Where the method names of the calls `<object>.<name>(...)` of the file start, found from the places the
    /// text spells `.<name>` rather than by a walk of the whole tree, once per name. A name
    /// called more than `MAX_METHOD_CALLS` times (`get` in a large module) says nothing: its
    /// calls are on too many receivers to be worth telling apart.
    pub(in crate::core::analysis) fn method_calls(&self, name: &str) -> std::rc::Rc<[usize]> {
        if let Some(known) = self.method_calls.borrow().get(name) {
            return known.clone();
        }
        let found: std::rc::Rc<[usize]> = self.find_method_calls(name).into();
        self.method_calls
            .borrow_mut()
            .insert(name.to_string(), found.clone());
        found
    }

    /// The call whose method name (the attribute of `<object>.<name>`) starts at `at`.
    pub(super) fn call_at(&self, at: usize) -> Option<Node<'a>> {
        let name = self
            .root
            .descendant_for_byte_range(at, at)
            .filter(|n| n.kind_name() == "identifier")?;
        let function = name.parent().filter(|f| f.kind_name() == "attribute")?;
        function
            .parent()
            .filter(|call| call.kind_name() == "call" && call.field("function") == Some(function))
    }

    fn find_method_calls(&self, name: &str) -> Vec<usize> {
        let dotted = format!(".{name}");
        let mut found = Vec::new();
        for (at, _) in self.source.match_indices(&dotted) {
            let start = at + 1;
            let end = start + name.len();
            let continues = self.source[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            if continues {
                continue;
            }
            let call = self
                .root
                .descendant_for_byte_range(start, end)
                .filter(|n| n.kind_name() == "identifier")
                .and_then(|attribute| {
                    let function = attribute.parent().filter(|f| {
                        f.kind_name() == "attribute" && f.field("attribute") == Some(attribute)
                    })?;
                    function.parent().filter(|call| {
                        call.kind_name() == "call" && call.field("function") == Some(function)
                    })
                });
            found.extend(call.map(|_| start));
            if found.len() > MAX_METHOD_CALLS {
                return Vec::new();
            }
        }
        found
    }

    /// Whether `object`, read in `scope`, is an instance of the module-level class `class`:
    /// the first parameter of a plain method of it, a call of the class (`Report(unit)`), or a
    /// name bound once, in its scope, to such a call.
    fn is_instance_of(&self, object: Node<'a>, class: ScopeId, scope: ScopeId) -> bool {
        let makes = |node: Node<'a>, scope: ScopeId| {
            node.kind_name() == "call"
                && node
                    .field("function")
                    .filter(|f| f.kind_name() == "identifier")
                    .is_some_and(|f| self.names_class(self.text(f), class, scope))
        };
        match object.kind_name() {
            "call" => makes(object, scope),
            "identifier" => {
                let name = self.text(object);
                if self.method_class(name, scope) == Some(class) {
                    return true;
                }
                let Resolution::Scope(owner) = self.model.resolve(scope, name) else {
                    return false;
                };
                let [only] = self.model.bindings_of(owner, name) else {
                    return false;
                };
                let binding = self.model.binding(*only);
                binding.kind == BindingKind::Assignment
                    && binding
                        .value
                        .and_then(|value| self.node_at(value))
                        .is_some_and(|value| makes(unparenthesize(value), owner))
            }
            _ => false,
        }
    }

    /// Whether `name`, read in `scope`, is the module-level class `class`, bound once.
    fn names_class(&self, name: &str, class: ScopeId, scope: ScopeId) -> bool {
        if self.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
            return false;
        }
        let [only] = self.model.bindings_of(SemanticModel::MODULE, name) else {
            return false;
        };
        let binding = self.model.binding(*only);
        binding.kind == BindingKind::ClassDef
            && self.model.scope_created_by(binding.statement) == Some(class)
    }

    /// A parameter annotated with a class of the run (`r: Runner`, `annotated`): the instance
    /// every use of its function in this file passes (`passed_everywhere`); else, for a class
    /// whose instances have no wrapper methods, the instance of a subclass that has some that
    /// this file's calls pass (`go(ProcRunner(), 3)`), or another file's calls do
    /// (`assumed_pool`), so that the parameter handed on (`scaled(r, 3)` to a function of
    /// another file) carries it. A class with wrapper methods of its own keeps them: a
    /// subclass may only add to what its methods hand over where read (`annotated_member`).
    pub(super) fn annotated_instance(
        &self,
        id: BindingId,
        annotated: Value,
        depth: usize,
    ) -> Value {
        // Every use passing one class's instances settles it, whatever the annotation's
        // class has (`go(ThreadRunner(), 3)` alone, for a process `Runner`).
        let passed = self.passed_everywhere(id, depth);
        if self.has_wrappers(&annotated) && passed.as_ref().is_none_or(|v| *v == Value::None) {
            // Left `None` here, the parameter may still be given the class's instances by
            // another file, whose wrapper methods then run.
            return annotated;
        }
        if let Some(passed) = passed {
            return passed;
        }
        let elsewhere = match self.assumed_pool(id) {
            Some(Value::Declared(path)) => {
                self.own_instance_at(&path).or(Some(Value::Declared(path)))
            }
            _ => None,
        };
        std::iter::once(self.eval_from_callers(id, depth))
            .chain(elsewhere)
            .find(|passed| {
                matches!(passed, Value::OwnInstance(_) | Value::Declared(_))
                    && self.has_wrappers(passed)
            })
            .unwrap_or(annotated)
    }

    /// Whether an instance of this file's class or another's has wrapper methods.
    fn has_wrappers(&self, instance: &Value) -> bool {
        match instance {
            Value::OwnInstance(class) => {
                self.defines_wrapper(*class) || self.inherits_wrappers(*class)
            }
            // A method another file exports, not one its flag's literal closes there.
            Value::Declared(path) => {
                let prefix = format!("{path}.");
                self.apis_under(&prefix).any(|api| {
                    let name = &api.path[prefix.len()..];
                    !name.contains(['.', '('])
                        && matches!(
                            self.user_member(&api.path),
                            Some(Value::Function(row)) if !row.closed()
                        )
                })
            }
            _ => false,
        }
    }

    /// An instance of the module-level class of this file whose dotted path is `path`
    /// (`own_class_path`), as another file names it.
    fn own_instance_at(&self, path: &str) -> Option<Value> {
        let name = path.strip_prefix(self.module?)?.strip_prefix('.')?;
        self.module_class(name).map(Value::OwnInstance)
    }

    /// The wrapper `object.<name>` is when `object` is a parameter annotated with a class of
    /// the run (`r: Runner`, `annotated`) whose `name` is no wrapper: the parameter may hold
    /// an instance of any subclass, so the wrapper `name` is on what this file's calls pass
    /// (`go(ProcRunner(), 3)`, `eval_from_callers`), or on an instance of a class of this
    /// file that another file's calls pass (`assumed_pool`, `analysis::handed`), or, unless
    /// the uses of the function in this file all pass the class's own instances
    /// (`passed_open`), on a subclass of the file that runs the class's own method as a
    /// process wrapper (`subclass_wrapper`: `ProcRunner` setting the flag `Runner.map`
    /// tests), which the annotation admits. A process wrapper on the class itself is found
    /// before (`member_of`), so a subclass's threads never hide it.
    pub(super) fn annotated_member(
        &self,
        object: Node<'a>,
        annotated: &Value,
        name: &str,
        scope: ScopeId,
        depth: usize,
    ) -> Option<Value> {
        if object.kind_name() != "identifier" {
            return None;
        }
        let Resolution::Scope(owner) = self.model.resolve(scope, self.text(object)) else {
            return None;
        };
        let [only] = self.model.bindings_of(owner, self.text(object)) else {
            return None;
        };
        let binding = self.model.binding(*only);
        if binding.kind != BindingKind::Parameter || binding.annotation.is_none() {
            return None;
        }
        let elsewhere = match self.assumed_pool(*only) {
            Some(Value::Declared(path)) => {
                self.own_instance_at(&path).or(Some(Value::Declared(path)))
            }
            _ => None,
        };
        let passed = std::iter::once(self.eval_from_callers(*only, depth)).chain(elsewhere);
        for passed in passed {
            if matches!(passed, Value::OwnInstance(_) | Value::Declared(_))
                && passed != *annotated
                && let Value::Function(row) = self.member_of(&passed, name)
                && !row.closed()
            {
                return Some(Value::Function(row));
            }
        }
        let Value::OwnInstance(class) = *annotated else {
            return None;
        };
        let found = self.subclass_wrapper(class, name)?;
        self.passed_open(*only, class, name, depth).then_some(found)
    }

    /// Whether the parameter `id`, annotated with the module-level class `class`, may hold an
    /// instance whose `name` is a process wrapper, by the uses of its function in this file:
    /// unless each is a call passing (or leaving to the default) an instance of `class` itself
    /// (`Runner()`, or a name bound once to that) or a value known to be no such instance, it
    /// may. A function used otherwise (`functools.partial(go, runner)`, `map(go, runners)`),
    /// called with `*args`, never called here, or passed a value not known
    /// (`RUNNERS[kind]`), may be given a subclass's instance; a method is judged only through
    /// its plain calls, each on an instance of its class or on a receiver not known (open).
    fn passed_open(&self, id: BindingId, class: ScopeId, name: &str, depth: usize) -> bool {
        let Some(uses) = self.parameter_uses(id) else {
            return true;
        };
        let open = |arg: Node<'a>, scope: ScopeId| {
            if self.is_instance_of(unparenthesize(arg), class, scope) {
                return false;
            }
            match self.eval_depth(arg, scope, depth + 1) {
                Value::Unknown => true,
                value @ Value::OwnInstance(_) => {
                    matches!(self.member_of(&value, name), Value::Function(row) if !row.closed())
                }
                _ => false,
            }
        };
        uses.is_empty()
            || uses
                .into_iter()
                .any(|call| call.is_none_or(|(arg, scope)| open(arg, scope)))
    }

    /// The instance every use of the function of the parameter `id` in this file passes for
    /// it, when each is a plain call passing (or leaving to the default) an instance of one
    /// and the same class of the run, and no other file passes another (`assumed_pool`).
    fn passed_everywhere(&self, id: BindingId, depth: usize) -> Option<Value> {
        let uses = self.parameter_uses(id)?;
        let mut passed: Option<Value> = None;
        for (arg, scope) in uses.into_iter().collect::<Option<Vec<_>>>()? {
            let value = self.eval_depth(arg, scope, depth + 1);
            // `None` from every use (`go(3)` of `go(k, r: Optional[Runner] = None)`) is
            // `None`, and `r = r or ProcRunner()` then the subclass's instance.
            if !matches!(
                value,
                Value::OwnInstance(_) | Value::Declared(_) | Value::None
            ) || passed.as_ref().is_some_and(|known| *known != value)
            {
                return None;
            }
            passed = Some(value);
        }
        let passed = passed?;
        match self.assumed_pool(id) {
            Some(Value::Declared(path))
                if self
                    .own_instance_at(&path)
                    .unwrap_or(Value::Declared(path.clone()))
                    != passed =>
            {
                None
            }
            _ => Some(passed),
        }
    }

    /// What each use of the function of the parameter `id` in this file passes for it, as
    /// `(argument, scope it is read in)`, its default when a call passes none; `None` for a
    /// use that cannot be told (not a call, `*args`, a method's call on a receiver not known
    /// to be of its class). `None` altogether for a function whose uses cannot be listed (a
    /// method that is not plain, or the parameter taking `self`).
    pub(in crate::core::analysis) fn parameter_uses(
        &self,
        id: BindingId,
    ) -> Option<Vec<Option<(Node<'a>, ScopeId)>>> {
        let binding = self.model.binding(id);
        let function = self.model.scope(binding.scope);
        let (Some(function_name), Some(defined_in)) = (&function.name, function.parent) else {
            return None;
        };
        let def = self.scope_node(binding.scope)?;
        let position = self.parameter_position(binding.scope, binding.range)?;
        let passed = |call: Node<'a>, skip: usize| -> Option<(Node<'a>, ScopeId)> {
            let arguments = call.field("arguments")?;
            if crate::core::parse::has_splats(arguments) {
                return None;
            }
            let scope = self.model.scope_at(call.start_byte());
            match argument(
                arguments,
                self.source,
                Some(position - skip),
                Some(&binding.name),
            ) {
                Some(arg) => Some((arg, scope)),
                None => crate::core::analysis::conditions::default_node(self, def, &binding.name)
                    .map(|default| (default, defined_in)),
            }
        };
        Some(match self.model.scope(defined_in).kind {
            ScopeKind::Class => {
                let plain = self.called_as(def) == Some(Called::Plain);
                if !plain || position == 0 {
                    return None;
                }
                if function_name == "__init__" {
                    return Some(
                        (self.constructor_calls(defined_in).into_iter())
                            .map(|call| passed(call?, 1))
                            .collect(),
                    );
                }
                (self.method_calls(function_name).iter())
                    .filter_map(|&start| self.call_at(start))
                    .map(|call| {
                        // A call on a receiver not known to be of the class may be one.
                        let object = call.field("function").and_then(|f| f.field("object"));
                        let scope = self.model.scope_at(call.start_byte());
                        object
                            .is_some_and(|o| {
                                self.is_instance_of(unparenthesize(o), defined_in, scope)
                            })
                            .then(|| passed(call, 1))
                            .flatten()
                    })
                    .collect()
            }
            _ => (self.model.references.iter())
                .filter(|r| {
                    r.name == *function_name && r.resolution == Resolution::Scope(defined_in)
                })
                .map(|reference| {
                    let call = self.node_at(reference.range)?.parent().filter(|p| {
                        p.kind_name() == "call"
                            && p.field("function").map(TextRange::of) == Some(reference.range)
                    })?;
                    passed(call, 0)
                })
                .collect(),
        })
    }

    /// The module-level class of the file an annotation names (`r: Runner`, also quoted,
    /// `Optional[Runner]` or `Runner | None`) when it follows no instance of its own
    /// (`own_class`) but a subclass of the file runs one of its methods as a process wrapper
    /// (`specialized`): the instance may be of that subclass.
    pub(super) fn annotated_base(
        &self,
        range: Option<TextRange>,
        scope: ScopeId,
    ) -> Option<ScopeId> {
        if self.specialized.is_empty() {
            return None;
        }
        let mut node = range.and_then(|r| self.node_at(r))?;
        let name = loop {
            node = match node.kind_name() {
                "type" | "parenthesized_expression" | "type_parameter" => node.named_child(0)?,
                "subscript" | "generic_type" => self.optional_of(node)?,
                "binary_operator" => {
                    let (left, right) = (node.field("left")?, node.field("right")?);
                    match self.text(right) == "None" {
                        true => left,
                        false if self.text(left) == "None" => right,
                        false => return None,
                    }
                }
                "string" => break string_content(self.text(node)).split('|').next()?.trim(),
                "identifier" => break self.text(node),
                _ => return None,
            };
        };
        if self.model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
            return None;
        }
        let class = self.module_class(name)?;
        (self.specialized.keys())
            .any(|&(of, _)| of != class && self.derives_from(of, class))
            .then_some(class)
    }

    /// Whether the module-level class `of` has `class` in its resolution order.
    fn derives_from(&self, of: ScopeId, class: ScopeId) -> bool {
        self.linearization(of)
            .is_some_and(|order| order.contains(&super::Ancestor::Own(class)))
    }

    /// The position of the parameter at `range` among the function's plain parameters.
    pub(in crate::core::analysis) fn parameter_position(
        &self,
        function: ScopeId,
        range: TextRange,
    ) -> Option<usize> {
        let node = self.scope_node(function)?;
        let parameters = node.field("parameters")?;
        let mut cursor = parameters.walk();

        // Comments are not parameters: count as `argument()` counts the call's arguments.
        parameters
            .named_children(&mut cursor)
            .filter(|p| p.kind_name() != "comment")
            .take_while(|p| {
                !matches!(
                    crate::core::parse::parameter_kind(*p),
                    "list_splat_pattern" | "keyword_separator" | "dictionary_splat_pattern"
                )
            })
            .position(|p| TextRange::of(p).contains_range(range))
    }

    /// What a call through `reference` passes at `position` or as `keyword`; `Unknown` when
    /// the reference is not a call.
    fn argument_value(
        &self,
        reference: &crate::core::semantic::Reference,
        position: usize,
        keyword: &str,
        depth: usize,
    ) -> Value {
        let call = self
            .node_at(reference.range)
            .and_then(|n| n.parent())
            .filter(|p| {
                p.kind_name() == "call"
                    && p.field("function").map(TextRange::of) == Some(reference.range)
            });
        let arg = call
            .and_then(|c| c.field("arguments"))
            .and_then(|args| argument(args, self.source, Some(position), Some(keyword)));
        match arg {
            Some(arg) => self.eval_depth(arg, reference.scope, depth + 1),
            None => Value::Unknown,
        }
    }

    /// The instance an annotation describes: `pool: Pool`, `ex: "ProcessPoolExecutor"`,
    /// `pool: Optional[mp.pool.Pool]`, `pool: Pool | None`.
    pub(super) fn eval_annotation(
        &self,
        range: Option<TextRange>,
        scope: ScopeId,
        depth: usize,
    ) -> Value {
        let Some(node) = range.and_then(|r| self.node_at(r)) else {
            return Value::Unknown;
        };
        match self.eval_type(node, scope, depth) {
            Value::Class { class, fork } => Value::Instance { class, fork },
            Value::OwnClass(class) => Value::OwnInstance(class),
            Value::Module(path) if self.declares_members_of(&path) => Value::Declared(path),
            _ => Value::Unknown,
        }
    }

    fn eval_type(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        match node.kind_name() {
            // `type_parameter` is the `[X]` of `Optional[X]` in an annotation.
            "type" | "parenthesized_expression" | "type_parameter" => node
                .named_child(0)
                .map_or(Value::Unknown, |inner| self.eval_type(inner, scope, depth)),
            // `"Pool | None"` as `Pool | None` unquoted; `"Pool | DumbPool"` says nothing.
            "string" => match string_members(self.text(node)).as_slice() {
                [only] => self.eval_dotted(only, scope, depth),
                _ => Value::Unknown,
            },
            "subscript" | "generic_type" => self.eval_optional(node, scope, depth),
            "binary_operator" => {
                let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
                    return Value::Unknown;
                };
                // `Pool | None`; `Pool | DumbPool` says nothing of which one a value holds
                // (`names_any_executor`).
                match (self.text(left), self.text(right)) {
                    (_, "None") => self.eval_type(left, scope, depth),
                    ("None", _) => self.eval_type(right, scope, depth),
                    _ => Value::Unknown,
                }
            }
            _ => self.eval_depth(node, scope, depth),
        }
    }

    /// Whether the annotation at `range` is `concurrent.futures.Executor`, the base of thread
    /// and process pool executors alike (also `Optional[Executor]`, `Executor | None`, or
    /// quoted): it says nothing of which one a parameter holds, so the parameter is read as
    /// an unannotated one is, from what its callers pass (`def submit_all(executor:
    /// Executor, fn, items)` called with a process pool executor).
    pub(super) fn names_any_executor(&self, range: Option<TextRange>, scope: ScopeId) -> bool {
        let Some(mut node) = range.and_then(|r| self.node_at(r)) else {
            return false;
        };
        loop {
            node = match node.kind_name() {
                "type" | "parenthesized_expression" | "type_parameter" => match node.named_child(0)
                {
                    Some(inner) => inner,
                    None => return false,
                },
                "string" => {
                    let members = string_members(self.text(node));
                    let executor = |part: &str| {
                        matches!(part, "Executor" | "cf.Executor" | "futures.Executor")
                            || part == "concurrent.futures.Executor"
                    };
                    return members.iter().any(|part| executor(part))
                        || (members.len() > 1
                            && members.iter().any(|part| {
                                matches!(
                                    self.eval_dotted(part, scope, 0),
                                    Value::Class { .. } | Value::OwnClass(_)
                                )
                            }));
                }
                "subscript" | "generic_type" => match self.optional_of(node) {
                    Some(inner) => inner,
                    None => match self.union_members(node).as_slice() {
                        [] => return false,
                        [only] => *only,
                        several => return self.names_a_pool_among(several, scope),
                    },
                },
                "binary_operator" => {
                    let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
                    else {
                        return false;
                    };
                    match self.text(right) == "None" {
                        true => left,
                        false if self.text(left) == "None" => right,
                        false => return self.names_a_pool_among(&[left, right], scope),
                    }
                }
                "identifier" | "attribute" => {
                    let named =
                        crate::core::analysis::unpicklable::qualified_name(self, node, scope);
                    return matches!(
                        named.as_deref(),
                        Some("concurrent.futures.Executor" | "concurrent.futures._base.Executor")
                    );
                }
                _ => return false,
            };
        }
    }

    /// Whether one of the members of a union (`Union[Pool, DumbPool]`, `Pool | DumbPool`) is
    /// a class whose instances run tasks in processes, or the base of executors: the value
    /// may be one, and what callers pass says which.
    fn names_a_pool_among(&self, members: &[Node<'a>], scope: ScopeId) -> bool {
        members.iter().any(|member| {
            self.names_any_executor(Some(TextRange::of(*member)), scope)
                || match self.eval_type(*member, scope, 0) {
                    Value::Class { .. } | Value::OwnClass(_) => true,
                    Value::Module(path) => self.declares_members_of(&path),
                    _ => false,
                }
        })
    }

    /// `Optional[X]` is `X`; `Union[X, Y]` the first of its members that is known, as `X | Y`
    /// is; any other subscript is not a process class.
    fn eval_optional(&self, node: Node<'a>, scope: ScopeId, depth: usize) -> Value {
        if let Some(inner) = self.optional_of(node) {
            return self.eval_type(inner, scope, depth);
        }
        // `Union[Pool, None]` is `Optional[Pool]`; a union of several classes says nothing of
        // which one a value holds (`names_any_executor`).
        match self.union_members(node).as_slice() {
            [only] => self.eval_type(*only, scope, depth),
            _ => Value::Unknown,
        }
    }

    /// The members of the subscript `Union[X, Y, ...]` (also `typing.Union[...]`) but `None`.
    fn union_members(&self, node: Node<'a>) -> Vec<Node<'a>> {
        let Some(head) = node.field("value").or_else(|| node.named_child(0)) else {
            return Vec::new();
        };
        let text = self.text(head);
        if text != "Union" && !text.ends_with(".Union") {
            return Vec::new();
        }
        let mut cursor = node.walk();
        let members: Vec<Node<'a>> = node
            .named_children(&mut cursor)
            .filter(|child| child.id() != head.id() && child.kind_name() != "comment")
            .collect();
        let members = match members.as_slice() {
            // `generic_type`: the members in one `type_parameter`.
            [parameter] if parameter.kind_name() == "type_parameter" => {
                let mut cursor = parameter.walk();
                parameter.named_children(&mut cursor).collect()
            }
            _ => members,
        };
        (members.into_iter())
            .filter(|member| self.text(*member) != "None")
            .collect()
    }

    /// `X` of the subscript `Optional[X]` (also `typing.Optional[X]`).
    fn optional_of(&self, node: Node<'a>) -> Option<Node<'a>> {
        let head = node.field("value").or_else(|| node.named_child(0))?;
        let text = self.text(head);
        (text == "Optional" || text.ends_with(".Optional")).then_some(())?;
        node.field("subscript").or_else(|| node.named_child(1))
    }

    /// A dotted name written in a string annotation: `"mp.pool.Pool"`.
    fn eval_dotted(&self, text: &str, scope: ScopeId, depth: usize) -> Value {
        let mut parts = text.trim().split('.');
        let Some(first) = parts.next() else {
            return Value::Unknown;
        };
        let mut value = self.eval_name(first, scope, None, depth);
        for part in parts {
            value = self.member_of(&value, part);
        }
        value
    }
}

/// The members of a quoted union annotation (`"Pool | DumbPool"`) but `None`, trimmed.
fn string_members(text: &str) -> Vec<&str> {
    (string_content(text).split('|').map(str::trim))
        .filter(|part| *part != "None")
        .collect()
}

/// The one process pool among `passed` when the others are instances of classes whose
/// methods are wrappers (`parallel_imap(fn, xs, pool)` and `parallel_imap(fn, xs,
/// Limited(pool, 2))`, `Limited.imap_unordered` handing on to the pool): a method called on
/// the parameter hands the callable to processes either way, and the pool's names it.
fn pool_among_wrappers(passed: &[Value]) -> Option<Value> {
    let mut pool = None;
    for value in passed {
        match value {
            Value::Instance { class, fork: false } if class.runs_tasks() => match &pool {
                Some(known) if known != value => return None,
                _ => pool = Some(value.clone()),
            },
            Value::OwnInstance(_) | Value::Declared(_) | Value::Unknown | Value::None => {}
            _ => return None,
        }
    }
    pool
}
