//! Values pickle refuses to carry, as one table: what a captured variable must not hold for its
//! lift to be safe.
//!
//! A lifted function receives its captures through pickle, where the closure read them in
//! place; a captured connection, lock or open file that worked in the closure would fail with
//! `cannot pickle 'sqlite3.Connection' object` once the fix binds it at the call. The table
//! names the standard-library constructors whose results fail that way, by qualified name,
//! each checked with `pickle.dumps` on CPython 3.11 (`re.compile`, io.StringIO, io.BytesIO,
//! manager proxies and `tempfile.SpooledTemporaryFile` pickle, so they are not here, though a
//! compiled pattern's matches do not). A name is resolved
//! through the file's imports, so `from sqlite3 import connect as c` is found and a user's own
//! `connect` is not.
//!
//! Besides the table: a method call on a value the table knows is refused when the method
//! hands out a resource tied to it (`conn.cursor()`), a pool or executor reached through a
//! context (`ctx.Pool()`) is known to the evaluator, and a name bound to a whole module
//! (`j = json`, `importlib.import_module(...)`) is a module object.

use tree_sitter::Node;

use super::values::{Evaluator, Value};
use crate::core::node::NodeExt;
use crate::core::semantic::{BindingId, BindingKind, Resolution, ScopeId, SemanticModel};

const FILE: &str = "an open file";
const LOCK: &str = "a thread lock or other synchronisation object";
const POOL: &str = "a pool or executor";
const SOCKET: &str = "a socket";
const DESCRIPTOR: &str = "a file descriptor (a number that names nothing in another process)";
const MANAGER: &str = "a multiprocessing manager (its proxies pickle, it does not)";
const CSV: &str = "a CSV reader or writer";
const HANDLER: &str = "a logging handler";
const GENERATOR: &str = "a generator";
const WEAK: &str = "a weak reference or weak container";
const LOOP: &str = "an event loop";
const COMPRESSOR: &str = "a compressor or decompressor";
const HASH: &str = "a hash object";
const FRAME: &str = "a stack frame";
const MATCH: &str = "a regular expression match";
const MATCHES: &str = "an iterator of regular expression matches";
const MEMORY_VIEW: &str = "a memory view";
/// How many slices or casts of a memory view `memory_view` follows.
const MEMORY_VIEW_STEPS: usize = 3;

/// Constructors whose results pickle refuses, by qualified name, sorted for binary search.
/// The descriptors `os.pipe` and `os.open` give pickle as integers, which a spawned process
/// has not inherited: the same failure, later.
const UNPICKLABLE: [(&str, &str); 121] = [
    (
        "argparse.ArgumentParser",
        "an argument parser (it holds a local function)",
    ),
    ("asyncio.get_event_loop", LOOP),
    ("asyncio.get_running_loop", LOOP),
    ("asyncio.new_event_loop", LOOP),
    ("builtins.memoryview", MEMORY_VIEW),
    ("builtins.open", FILE),
    ("bz2.BZ2Compressor", COMPRESSOR),
    ("bz2.BZ2Decompressor", COMPRESSOR),
    ("bz2.BZ2File", FILE),
    ("bz2.open", FILE),
    ("codecs.open", FILE),
    ("concurrent.futures.Future", "a future"),
    ("concurrent.futures.InterpreterPoolExecutor", POOL),
    ("concurrent.futures.ProcessPoolExecutor", POOL),
    ("concurrent.futures.ThreadPoolExecutor", POOL),
    ("contextvars.ContextVar", "a context variable"),
    ("contextvars.copy_context", "a context of context variables"),
    ("csv.DictReader", CSV),
    ("csv.DictWriter", CSV),
    ("csv.reader", CSV),
    ("csv.writer", CSV),
    (
        "functools.cmp_to_key",
        "a sort key made by `functools.cmp_to_key`",
    ),
    ("gzip.GzipFile", FILE),
    ("gzip.open", FILE),
    ("hashlib.blake2b", HASH),
    ("hashlib.blake2s", HASH),
    ("hashlib.md5", HASH),
    ("hashlib.new", HASH),
    ("hashlib.sha1", HASH),
    ("hashlib.sha224", HASH),
    ("hashlib.sha256", HASH),
    ("hashlib.sha384", HASH),
    ("hashlib.sha3_224", HASH),
    ("hashlib.sha3_256", HASH),
    ("hashlib.sha3_384", HASH),
    ("hashlib.sha3_512", HASH),
    ("hashlib.sha512", HASH),
    ("hashlib.shake_128", HASH),
    ("hashlib.shake_256", HASH),
    ("hmac.HMAC", HASH),
    ("hmac.new", HASH),
    ("importlib.import_module", "a module object"),
    ("inspect.currentframe", FRAME),
    ("inspect.stack", "a list of stack frames"),
    ("io.BufferedRandom", FILE),
    ("io.BufferedReader", FILE),
    ("io.BufferedWriter", FILE),
    ("io.FileIO", FILE),
    ("io.TextIOWrapper", FILE),
    ("io.open", FILE),
    ("json.JSONDecoder", "a JSON decoder (its scanner)"),
    ("logging.FileHandler", HANDLER),
    ("logging.StreamHandler", HANDLER),
    ("logging.handlers.RotatingFileHandler", HANDLER),
    ("logging.handlers.TimedRotatingFileHandler", HANDLER),
    ("lzma.LZMACompressor", COMPRESSOR),
    ("lzma.LZMADecompressor", COMPRESSOR),
    ("lzma.LZMAFile", FILE),
    ("lzma.open", FILE),
    ("mmap.mmap", "a memory map"),
    ("multiprocessing.Manager", MANAGER),
    ("multiprocessing.Pool", POOL),
    ("multiprocessing.pool.Pool", POOL),
    ("multiprocessing.pool.ThreadPool", POOL),
    ("os.dup", DESCRIPTOR),
    ("os.fdopen", FILE),
    ("os.open", DESCRIPTOR),
    ("os.openpty", DESCRIPTOR),
    ("os.pipe", DESCRIPTOR),
    ("os.scandir", "a directory iterator"),
    ("os.walk", GENERATOR),
    ("queue.LifoQueue", "a thread queue"),
    ("queue.PriorityQueue", "a thread queue"),
    ("queue.Queue", "a thread queue"),
    ("queue.SimpleQueue", "a thread queue"),
    (
        "random.SystemRandom",
        "a system random generator (it has no state to pickle)",
    ),
    ("re.finditer", MATCHES),
    ("re.fullmatch", MATCH),
    ("re.match", MATCH),
    ("re.search", MATCH),
    (
        "secrets.SystemRandom",
        "a system random generator (it has no state to pickle)",
    ),
    ("select.epoll", "a selector"),
    ("selectors.DefaultSelector", "a selector"),
    ("socket.create_connection", SOCKET),
    ("socket.create_server", SOCKET),
    ("socket.fromfd", SOCKET),
    ("socket.socket", SOCKET),
    ("socket.socketpair", "a pair of sockets"),
    ("sqlite3.Connection", "a database connection"),
    ("sqlite3.connect", "a database connection"),
    ("ssl.SSLContext", "an SSL context"),
    ("ssl.create_default_context", "an SSL context"),
    ("struct.Struct", "a compiled `struct` format"),
    ("struct.iter_unpack", "an iterator over a buffer"),
    ("subprocess.Popen", "a running subprocess"),
    ("sys._getframe", FRAME),
    ("tarfile.TarFile", "an open archive"),
    ("tarfile.open", "an open archive"),
    ("tempfile.NamedTemporaryFile", FILE),
    ("tempfile.TemporaryFile", FILE),
    ("threading.Barrier", LOCK),
    ("threading.BoundedSemaphore", LOCK),
    ("threading.Condition", LOCK),
    ("threading.Event", LOCK),
    ("threading.Lock", LOCK),
    ("threading.RLock", LOCK),
    ("threading.Semaphore", LOCK),
    ("threading.Thread", "a thread"),
    ("threading.Timer", "a thread"),
    ("threading.local", "thread-local storage"),
    ("weakref.WeakKeyDictionary", WEAK),
    ("weakref.WeakSet", WEAK),
    ("weakref.WeakValueDictionary", WEAK),
    ("weakref.ref", WEAK),
    ("xml.etree.ElementTree.TreeBuilder", "an XML tree builder"),
    ("xml.etree.ElementTree.XMLParser", "an XML parser"),
    ("xml.etree.ElementTree.XMLPullParser", "an XML parser"),
    ("xml.etree.ElementTree.iterparse", GENERATOR),
    ("zipfile.ZipFile", "an open archive"),
    ("zlib.compressobj", COMPRESSOR),
    ("zlib.decompressobj", COMPRESSOR),
];

/// Values pickle refuses that a module holds (`stream = sys.stderr`), by qualified name,
/// sorted for binary search.
const UNPICKLABLE_VALUES: [(&str, &str); 10] = [
    ("os.environ", "`os.environ`"),
    ("sys.__stderr__", STREAM),
    ("sys.__stdin__", STREAM),
    ("sys.__stdout__", STREAM),
    ("sys.stderr", STREAM),
    ("sys.stderr.buffer", STREAM),
    ("sys.stdin", STREAM),
    ("sys.stdin.buffer", STREAM),
    ("sys.stdout", STREAM),
    ("sys.stdout.buffer", STREAM),
];

const STREAM: &str = "a standard stream (an open file)";

/// Methods that hand out a resource tied to an object the table knows.
const DERIVED: [(&str, &str); 5] = [
    ("accept", SOCKET),
    // A hash object's, a compressor's or a context's copy is one too.
    ("copy", "a copy of a hash object, compressor or context"),
    ("cursor", "a database cursor"),
    ("dup", SOCKET),
    ("makefile", FILE),
];

/// How many names `unpicklable_value` follows from one to the name it is bound to.
const ALIAS_STEPS: usize = 2;

/// What the value bound by `id` is, when pickle is known to refuse it.
pub fn unpicklable_binding(eval: &Evaluator<'_>, id: BindingId) -> Option<&'static str> {
    unpicklable_binding_within(eval, id, 0)
}

fn unpicklable_binding_within(
    eval: &Evaluator<'_>,
    id: BindingId,
    depth: usize,
) -> Option<&'static str> {
    let binding = eval.model.binding(id);
    if depth > 8 {
        return None;
    }
    let Some(value) = binding.value.and_then(|r| eval.node_at(r)) else {
        if binding.kind == BindingKind::Parameter {
            return passed_unpicklable(eval, id, depth).map(|(what, _)| what);
        }
        return unpacked_from(eval, id);
    };
    unpicklable_value(eval, value, binding.written_in, depth)
}

/// What a use of the function whose parameter `id` binds passes there, when pickle refuses
/// it (`run_with(threading.Lock(), 3)`, or its default), and where that argument starts:
/// one such use is enough, the parameter may hold it.
pub(super) fn passed_unpicklable(
    eval: &Evaluator<'_>,
    id: BindingId,
    depth: usize,
) -> Option<(&'static str, usize)> {
    let uses = eval.parameter_uses(id)?;
    if uses.is_empty() {
        // No call in the file: the callers are elsewhere, and any of them may leave the
        // default (`def __init__(self, lock=threading.Lock())`).
        let default = parameter_default(eval, id)?;
        let defined_in = eval.model.scope(eval.model.binding(id).scope).parent?;
        return unpicklable_value(eval, default, defined_in, depth + 1)
            .map(|what| (what, default.start_byte()));
    }
    (uses.into_iter().flatten()).find_map(|(argument, scope)| {
        unpicklable_value(eval, argument, scope, depth + 1)
            .map(|what| (what, argument.start_byte()))
    })
}

/// The default value of the parameter `id` binds (`lock=threading.Lock()`), if it has one.
fn parameter_default<'a>(eval: &Evaluator<'a>, id: BindingId) -> Option<Node<'a>> {
    let name = eval.node_at(eval.model.binding(id).range)?;
    name.parent()
        .filter(|p| {
            matches!(
                p.kind_name(),
                "default_parameter" | "typed_default_parameter"
            )
        })
        .and_then(|p| p.field("value"))
}

/// Whether `value`, read in `scope`, may be a lock, queue or shared value of
/// `multiprocessing`, which a `Process` is given at its start but pool tasks cannot carry
/// (`RuntimeError: Lock objects should only be shared between processes through
/// inheritance`): made in place (`mp.Lock()`), bound to a name that is (a local, a parameter
/// annotated with such a class, `lock: multiprocessing.synchronize.Lock`), returned by a
/// function of the file (`make_lock()`), or kept on the instance a method reads it from
/// (`self.lock = mp.Lock()` in `__init__`) or a name is bound to (`svc = Service()`, then
/// `svc.lock`). One path is enough: the value may be that one.
pub(in crate::core::analysis) fn multiprocessing_primitive(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> bool {
    let model = eval.model;
    if depth > 6 {
        return false;
    }
    let value = super::callables::unparenthesize(value);
    match value.kind_name() {
        "conditional_expression" => [value.named_child(0), value.named_child(2)]
            .into_iter()
            .flatten()
            .any(|branch| multiprocessing_primitive(eval, branch, scope, depth + 1)),
        "call" => {
            eval.makes_multiprocessing_primitive(value, scope)
                || factory_def(eval, value, scope).is_some_and(|(_, def, factory)| {
                    def.field("body").is_some_and(|body| {
                        (super::values::returned_values(body).into_iter().flatten())
                            .any(|r| multiprocessing_primitive(eval, r, factory, depth + 1))
                    })
                })
        }
        "identifier" => {
            let name = eval.text(value);
            let Resolution::Scope(owner) = model.resolve(scope, name) else {
                return false;
            };
            (model.bindings_of(owner, name).iter())
                .any(|&id| primitive_binding(eval, id, depth + 1))
        }
        // `self.lock`, read in a method of the class whose methods assign it.
        "attribute" => {
            let (Some(object), Some(attr)) = (value.field("object"), value.field("attribute"))
            else {
                return false;
            };
            // The method's own instance, one made in place (`Service().counter`), one a
            // binding of the name makes (`svc = Service()`, then `svc.counter`), or one such
            // an instance keeps (`app.svc.counter`).
            let classes = eval.instance_classes(object, scope);
            classes.into_iter().any(|class| {
                eval.assigned_to_attribute(class, eval.text(attr))
                    .is_some_and(|assigned| {
                        assigned.into_iter().any(|(right, at)| {
                            multiprocessing_primitive(eval, right, at, depth + 1)
                        })
                    })
            })
        }
        _ => false,
    }
}

/// Whether the binding `id` may hold such a primitive (`multiprocessing_primitive`): an
/// assignment of one, or a parameter of a plain function that a call of the file passes one
/// (an annotation, `lock: multiprocessing.synchronize.Lock`, says nothing: a manager's
/// proxy, which pickles, is annotated so as often).
pub(in crate::core::analysis) fn primitive_binding(
    eval: &Evaluator<'_>,
    id: BindingId,
    depth: usize,
) -> bool {
    let binding = eval.model.binding(id);
    match binding.kind {
        BindingKind::Parameter => passed_primitive(eval, id, depth),
        BindingKind::Assignment | BindingKind::AnnotatedAssignment => binding
            .value
            .and_then(|range| eval.node_at(range))
            .is_some_and(|bound| {
                multiprocessing_primitive(eval, bound, binding.written_in, depth + 1)
            }),
        _ => false,
    }
}

/// Whether a use of the function whose parameter `id` binds passes a primitive there
/// (`Evaluator::parameter_uses`: its calls in this file, a method's on instances of its
/// class, the default where a call leaves it out). An annotation naming such a class
/// (`lock: multiprocessing.synchronize.Lock`) counts only for a use that cannot be told
/// (not a call, `*args`) or a function this file never calls: a manager's proxy, which
/// pickles, is annotated so as often, and a call passing one settles it.
fn passed_primitive(eval: &Evaluator<'_>, id: BindingId, depth: usize) -> bool {
    let binding = eval.model.binding(id);
    let annotated = || {
        binding
            .annotation
            .and_then(|range| eval.node_at(range))
            .and_then(|annotation| {
                let annotation = match annotation.kind_name() {
                    "type" => annotation.named_child(0)?,
                    _ => annotation,
                };
                let defined_in = eval.model.scope(binding.scope).parent?;
                qualified_name(eval, annotation, defined_in)
            })
            .is_some_and(|q| names_multiprocessing_primitive(&q))
    };
    match eval.parameter_uses(id) {
        Some(uses) if !uses.is_empty() => uses.into_iter().any(|used| match used {
            Some((arg, scope)) => multiprocessing_primitive(eval, arg, scope, depth + 1),
            None => annotated(),
        }),
        _ => annotated(),
    }
}

/// Whether the dotted name `qualified` (`multiprocessing.synchronize.Lock`,
/// `multiprocessing.Queue`) names the class of a primitive, as an annotation would.
pub(super) fn names_multiprocessing_primitive(qualified: &str) -> bool {
    let (module, name) = qualified.rsplit_once('.').unwrap_or(("", qualified));
    super::values::PRIMITIVES.contains(&name)
        && (module == "multiprocessing"
            || module.strip_prefix("multiprocessing.").is_some_and(|m| {
                matches!(m, "synchronize" | "queues" | "sharedctypes" | "context")
            }))
}

/// What a call of a module-level function of the file may return that pickle cannot carry,
/// as its `return`s spell it: a closure (`def make_scaler(k): def scale(x): ...; return
/// scale`, or a lambda), a value of the table (`return threading.RLock()`, or a local bound
/// to one), or an instance of a class defined inside the function. The function's name,
/// and what it returns. One path is enough: the value may be that one. A decorated function
/// is not read (its decorator may return anything), but for a `staticmethod` or
/// `classmethod` of a module-level class read on the class (`Factory.make()`).
pub(super) fn returned_unpicklable(
    eval: &Evaluator<'_>,
    call: Node<'_>,
    scope: ScopeId,
) -> Option<(String, String)> {
    let (name, def, factory) = factory_def(eval, call, scope)?;
    Some((name, returned_by(eval, def, factory)?))
}

/// What the function `def`, whose scope is `factory`, may return that pickle cannot carry
/// (`returned_unpicklable`).
pub(super) fn returned_by(eval: &Evaluator<'_>, def: Node<'_>, factory: ScopeId) -> Option<String> {
    super::values::returned_values(def.field("body")?)
        .into_iter()
        .flatten()
        .find_map(|value| returned_value(eval, super::callables::unparenthesize(value), factory))
}

/// For a name unpacked from a call of the file's function (`inc, lock = make_pair()`), what
/// the function returns at the name's place that pickle cannot carry (`return (lambda v: v +
/// 1), threading.Lock()`), as `returned_unpicklable` reads its `return`s: the function's name
/// and what it returns there. Only `return`s of as many items as the targets, none starred.
pub(super) fn unpacked_returned(eval: &Evaluator<'_>, id: BindingId) -> Option<(String, String)> {
    let binding = eval.model.binding(id);
    let statement = assignment_of(eval, id)?;
    let left = statement.field("left")?;
    let right = super::callables::unparenthesize(statement.field("right")?);
    // `inc, lock = make_pair()`: the place among as many items; `inc = make_pair()[0]`: the
    // item at that index.
    let (call, index, count) = if matches!(
        left.kind_name(),
        "pattern_list" | "tuple_pattern" | "list_pattern"
    ) {
        let mut cursor = left.walk();
        let targets: Vec<Node<'_>> = left.named_children(&mut cursor).collect();
        if targets.iter().any(|t| t.kind_name() != "identifier") {
            return None;
        }
        let index = targets
            .iter()
            .position(|t| crate::core::source::TextRange::of(*t) == binding.range)?;
        (right, index, Some(targets.len()))
    } else if left.kind_name() == "identifier" && right.kind_name() == "subscript" {
        let key = right.field("subscript")?;
        let index: usize = (key.kind_name() == "integer")
            .then(|| eval.text(key).parse().ok())
            .flatten()?;
        (
            super::callables::unparenthesize(right.field("value")?),
            index,
            None,
        )
    } else {
        return None;
    };
    let (name, def, factory) = factory_def(eval, call, binding.written_in)?;
    let what = super::values::returned_values(def.field("body")?)
        .into_iter()
        .flatten()
        .find_map(|value| {
            let value = super::callables::unparenthesize(value);
            if !matches!(value.kind_name(), "expression_list" | "tuple" | "list") {
                return None;
            }
            let mut cursor = value.walk();
            let items: Vec<Node<'_>> = value
                .named_children(&mut cursor)
                .filter(|c| c.kind_name() != "comment")
                .collect();
            let splat = items[..items.len().min(index + 1)]
                .iter()
                .any(|i| i.kind_name() == "list_splat");
            if count.is_some_and(|count| items.len() != count) || index >= items.len() || splat {
                return None;
            }
            returned_value(
                eval,
                super::callables::unparenthesize(items[index]),
                factory,
            )
        })?;
    Some((name, what))
}

/// The function `call` calls, when its code can be read for what it returns: a module-level
/// `def` of the file without decorators, or a `staticmethod` or `classmethod` of a
/// module-level class read on the class (`Factory.make()`). Its name as called, its `def`,
/// and its scope.
pub(super) fn factory_def<'a>(
    eval: &Evaluator<'a>,
    call: Node<'_>,
    scope: ScopeId,
) -> Option<(String, Node<'a>, ScopeId)> {
    let model = eval.model;
    if call.kind_name() != "call" {
        return None;
    }
    let function = super::callables::unparenthesize(call.field("function")?);
    if function.kind_name() == "attribute" {
        return class_method_def(eval, function, scope);
    }
    let name = eval.text(function);
    if function.kind_name() != "identifier"
        || model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE)
    {
        return None;
    }
    let [only] = model.bindings_of(SemanticModel::MODULE, name) else {
        return None;
    };
    let (def, factory) = plain_def(eval, model.binding(*only))?;
    Some((name.to_string(), def, factory))
}

/// `factory_def` for `Factory.make()`: a `staticmethod` or `classmethod` of a module-level
/// class of the file, read on the class itself; or `job.copy()`, a method without decorators
/// of the one class of the file the instance `job` is made by.
fn class_method_def<'a>(
    eval: &Evaluator<'a>,
    function: Node<'_>,
    scope: ScopeId,
) -> Option<(String, Node<'a>, ScopeId)> {
    let model = eval.model;
    let object = function
        .field("object")
        .filter(|o| o.kind_name() == "identifier")?;
    let class_name = eval.text(object);
    let method = eval.text(function.field("attribute")?);
    if model.resolve(scope, class_name) != Resolution::Scope(SemanticModel::MODULE) {
        return instance_method_def(eval, object, scope, method);
    }
    let [only] = model.bindings_of(SemanticModel::MODULE, class_name) else {
        return None;
    };
    let class_binding = model.binding(*only);
    if class_binding.kind != BindingKind::ClassDef {
        return instance_method_def(eval, object, scope, method);
    }
    let class = model.scope_created_by(class_binding.statement)?;
    let (def, factory) = plain_class_method(eval, class, method)?;
    Some((format!("{class_name}.{method}"), def, factory))
}

/// `factory_def` for `job.copy()`: the `def`, without decorators, of `method` in the one
/// module-level class of the file that `object` is an instance of.
fn instance_method_def<'a>(
    eval: &Evaluator<'a>,
    object: Node<'_>,
    scope: ScopeId,
    method: &str,
) -> Option<(String, Node<'a>, ScopeId)> {
    let model = eval.model;
    let [class] = eval.instance_classes(object, scope)[..] else {
        return None;
    };
    let [id] = model.bindings_of(class, method) else {
        return None;
    };
    let (def, factory) = plain_def(eval, model.binding(*id))?;
    Some((format!("{}.{method}", eval.text(object)), def, factory))
}

/// The `def` statement `binding` binds a function by, without decorators, and the scope of its
/// body.
pub(super) fn plain_def<'a>(
    eval: &Evaluator<'a>,
    binding: &crate::core::semantic::Binding,
) -> Option<(Node<'a>, ScopeId)> {
    let def = eval.statement_node(binding.statement)?;
    if binding.kind != BindingKind::FunctionDef || def.kind_name() != "function_definition" {
        return None;
    }
    Some((def, eval.model.scope_created_by(binding.statement)?))
}

/// The `def` of `method`, a `staticmethod` or `classmethod` of the class whose body is
/// `class` (no other decorator), and its scope: what a call on the class runs.
pub(super) fn plain_class_method<'a>(
    eval: &Evaluator<'a>,
    class: ScopeId,
    method: &str,
) -> Option<(Node<'a>, ScopeId)> {
    let model = eval.model;
    let [def_binding] = model.bindings_of(class, method) else {
        return None;
    };
    let def_binding = model.binding(*def_binding);
    if def_binding.kind != BindingKind::FunctionDef {
        return None;
    }
    let statement = eval.statement_node(def_binding.statement)?;
    if statement.kind_name() != "decorated_definition" {
        return None;
    }
    let mut cursor = statement.walk();
    let plain = statement
        .named_children(&mut cursor)
        .filter(|c| c.kind_name() == "decorator")
        .all(|d| {
            d.named_child(0)
                .is_some_and(|e| matches!(eval.text(e), "staticmethod" | "classmethod"))
        });
    if !plain {
        return None;
    }
    let def = statement.field("definition")?;
    let factory = model
        .scope_created_by(def_binding.statement)
        .or_else(|| model.scope_created_by(crate::core::source::TextRange::of(def)))?;
    Some((def, factory))
}

/// What `value`, returned by the function of scope `factory`, is when pickle cannot carry it.
pub(super) fn returned_value(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    factory: ScopeId,
) -> Option<String> {
    let model = eval.model;
    match value.kind_name() {
        "lambda" => Some("a lambda".to_string()),
        "identifier" => {
            let name = eval.text(value);
            // A global the factory returns (`return LOCK`) is read where it is bound.
            let owner = match model.resolve(factory, name) {
                Resolution::Scope(owner) => owner,
                _ => return None,
            };
            let bindings = model.bindings_of(owner, name);
            if owner == factory
                && bindings
                    .iter()
                    .any(|&id| model.binding(id).kind == BindingKind::FunctionDef)
            {
                return Some(format!("the nested function `{}`", eval.text(value)));
            }
            match bindings {
                [id] => unpicklable_binding(eval, *id)
                    .map(str::to_string)
                    .or_else(|| {
                        let bound = model.binding(*id).value.and_then(|r| eval.node_at(r))?;
                        (super::callables::unparenthesize(bound).kind_name() == "lambda")
                            .then(|| "a lambda".to_string())
                    }),
                _ => None,
            }
        }
        "call" => unpicklable_value(eval, value, factory, 0)
            .map(str::to_string)
            .or_else(|| {
                eval.local_class_called(value, factory).map(|(class, _)| {
                    format!("an instance of `{class}`, a class defined inside a function")
                })
            }),
        _ => None,
    }
}

/// The assignment statement that binds `id`, when it is a plain assignment.
fn assignment_of<'a>(eval: &Evaluator<'a>, id: BindingId) -> Option<Node<'a>> {
    let binding = eval.model.binding(id);
    if binding.kind != BindingKind::Assignment {
        return None;
    }
    let statement = eval.statement_node(binding.statement)?;
    if statement.kind_name() == "expression_statement" {
        return statement.named_child(0);
    }
    Some(statement)
}

/// A name unpacked from a call whose every item pickle refuses (`r, w = os.pipe()`,
/// `a, b = socket.socketpair()`).
fn unpacked_from(eval: &Evaluator<'_>, id: BindingId) -> Option<&'static str> {
    let binding = eval.model.binding(id);
    let statement = assignment_of(eval, id)?;
    if statement.kind_name() != "assignment"
        || !matches!(
            statement.field("left")?.kind_name(),
            "pattern_list" | "tuple_pattern" | "list_pattern"
        )
    {
        return None;
    }
    let call = statement
        .field("right")
        .filter(|r| r.kind_name() == "call")?;
    let function = call.field("function")?;
    let qualified = qualified_name(eval, function, binding.written_in)?;
    matches!(
        qualified.as_str(),
        "os.pipe" | "os.openpty" | "socket.socketpair"
    )
    .then(|| lookup(&qualified))
    .flatten()
}

fn unpicklable_value(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> Option<&'static str> {
    match value.kind_name() {
        "identifier" => module_object(eval, value, scope)
            .or_else(|| replaced_by_decorator(eval, value, scope))
            // Another name for one (`var = REQ`, the module's context variable), followed
            // `ALIAS_STEPS` names deep: each step tries every binding of its name.
            .or_else(|| {
                (depth < ALIAS_STEPS)
                    .then(|| bindings_read(eval, value, scope))
                    .flatten()?
                    .iter()
                    .find_map(|&id| unpicklable_binding_within(eval, id, depth + 1))
            }),
        "attribute" => qualified_name(eval, value, scope).and_then(|q| {
            UNPICKLABLE_VALUES
                .binary_search_by_key(&q.as_str(), |(name, _)| name)
                .ok()
                .map(|i| UNPICKLABLE_VALUES[i].1)
        }),
        "parenthesized_expression" => {
            unpicklable_value(eval, value.named_child(0)?, scope, depth + 1)
        }
        // A slice of a memory view is a memory view (`memoryview(data)[6:]`).
        "subscript" if value.field("subscript")?.kind_name() == "slice" => {
            memory_view(eval, value.field("value")?, scope, depth)
        }
        // Either branch may be the value (`sys.stderr if quiet else sys.stdout`).
        "conditional_expression" => [value.named_child(0), value.named_child(2)]
            .into_iter()
            .flatten()
            .find_map(|branch| unpicklable_value(eval, branch, scope, depth + 1)),
        "call" => {
            let function = value.field("function")?;
            if let Some(what) = qualified_name(eval, function, scope).and_then(|q| lookup(&q)) {
                return Some(what);
            }
            if let Value::Instance { class, .. } = eval.eval(value, scope)
                && class.runs_tasks()
            {
                return Some(POOL);
            }
            // What a pool's `submit` or `apply_async` hands back holds a lock.
            if function.kind_name() == "attribute"
                && let Some(method) = function.field("attribute").map(|m| eval.text(m))
                && matches!(
                    method,
                    "submit" | "apply_async" | "map_async" | "starmap_async"
                )
                && let Some(object) = function.field("object")
                && (matches!(eval.eval(object, scope), Value::Instance { class, .. } if class.runs_tasks())
                    || thread_pool_name(eval, object, scope))
            {
                return Some(match method {
                    "submit" => "a future",
                    _ => "an asynchronous result",
                });
            }
            // A memory view's `cast` and `toreadonly` hand out another one.
            if function.kind_name() == "attribute"
                && (function.field("attribute"))
                    .is_some_and(|m| matches!(eval.text(m), "cast" | "toreadonly"))
                && let Some(what) = memory_view(eval, function.field("object")?, scope, depth)
            {
                return Some(what);
            }
            derived(eval, function, scope, depth)
                .or_else(|| path_method(eval, function, scope))
                .or_else(|| own_instance(eval, function, scope))
        }
        _ => None,
    }
}

/// `MEMORY_VIEW` when `value`, read in `scope`, may be a memory view: made in place, or a
/// name one binding of which makes one (as `derived` reads a holder). Followed through
/// `MEMORY_VIEW_STEPS` slices or casts at most: each step tries every binding of its name,
/// and a buffer sliced again and again under one name (`buf = buf[4:]`, as parsers do) would
/// make the search exponential.
fn memory_view(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> Option<&'static str> {
    if depth > MEMORY_VIEW_STEPS {
        return None;
    }
    let what = match value.kind_name() {
        "identifier" => {
            let name = eval.text(value);
            let ids = bindings_read(eval, value, scope)?;
            // `buf = buf[4:]` is a view when another binding of `buf` is one: those are
            // tried here already.
            let of_itself = |id: BindingId| {
                let Some(value) = eval.model.binding(id).value.and_then(|r| eval.node_at(r)) else {
                    return false;
                };
                let base = match value.kind_name() {
                    "subscript" => value.field("value"),
                    "call" => value.field("function").and_then(|f| f.field("object")),
                    _ => None,
                };
                base.is_some_and(|b| b.kind_name() == "identifier" && eval.text(b) == name)
            };
            ids.iter()
                .filter(|&&id| !of_itself(id))
                .find_map(|&id| unpicklable_binding_within(eval, id, depth + 1))
        }
        _ => unpicklable_value(eval, value, scope, depth + 1),
    };
    (what == Some(MEMORY_VIEW)).then_some(MEMORY_VIEW)
}

/// Whether `object` is a name bound once to a thread pool (`tp = ThreadPoolExecutor(2)`,
/// `with ThreadPoolExecutor(1) as tp:`).
fn thread_pool_name(eval: &Evaluator<'_>, object: Node<'_>, scope: ScopeId) -> bool {
    object.kind_name() == "identifier"
        && eval
            .model
            .sole_binding(scope, eval.text(object))
            .and_then(|binding| Some((eval.node_at(binding.value?)?, binding.written_in)))
            .is_some_and(|(value, written_in)| super::choices::thread_pool(eval, value, written_in))
}

/// The module-level binding of this file that `name`, read in `scope`, reaches, when it is
/// the name's only binding there.
fn module_binding<'m>(
    eval: &'m Evaluator<'_>,
    name: &str,
    scope: ScopeId,
) -> Option<&'m crate::core::semantic::Binding> {
    let model = eval.model;
    if model.resolve(scope, name) != Resolution::Scope(SemanticModel::MODULE) {
        return None;
    }
    match model.bindings_of(SemanticModel::MODULE, name) {
        [only] => Some(model.binding(*only)),
        _ => None,
    }
}

/// A module-level function of the file whose decorator, a function of the file, returns a
/// nested function of its own that `functools.wraps` does not name after it (`def timed(fn):
/// def wrapper(*a): ...; return wrapper`): pickle looks the value up by its qualified name,
/// `timed.<locals>.wrapper`, and finds nothing. Fine in a closure, which is not pickled.
fn replaced_by_decorator(
    eval: &Evaluator<'_>,
    name: Node<'_>,
    scope: ScopeId,
) -> Option<&'static str> {
    let binding = module_binding(eval, eval.text(name), scope)?;
    let statement = eval.statement_node(binding.statement)?;
    if binding.kind != BindingKind::FunctionDef || statement.kind_name() != "decorated_definition" {
        return None;
    }
    let mut cursor = statement.walk();
    let decorators: Vec<Node<'_>> = (statement.named_children(&mut cursor))
        .filter(|c| c.kind_name() == "decorator")
        .collect();
    // The decorator nearest the `def` is applied first; the value is what the outermost
    // gives, so only that one is read.
    let outermost = super::callables::unparenthesize(decorators.first()?.named_child(0)?);
    if outermost.kind_name() != "identifier" {
        return None;
    }
    let decorator = module_binding(eval, eval.text(outermost), SemanticModel::MODULE)?;
    let def = eval.statement_node(decorator.statement)?;
    if decorator.kind != BindingKind::FunctionDef || def.kind_name() != "function_definition" {
        return None;
    }
    let inner = eval.model.scope_created_by(decorator.statement)?;
    let returns_unwrapped_local = super::values::returned_values(def.field("body")?)
        .into_iter()
        .flatten()
        .any(|returned| {
            let returned = super::callables::unparenthesize(returned);
            returned.kind_name() == "identifier"
                && matches!(
                    eval.model.bindings_of(inner, eval.text(returned)),
                    [only] if eval.model.binding(*only).kind == BindingKind::FunctionDef
                        && eval.statement_node(eval.model.binding(*only).statement)
                            .is_some_and(|local| local.kind_name() == "function_definition")
                )
        });
    returns_unwrapped_local.then_some(
        "a function its decorator replaced with a nested function (pickle finds it by name)",
    )
}

/// An instance of a module-level class of the file that pickle cannot carry: a named tuple
/// made under another name than the one it is bound to (`Settings = namedtuple("Config",
/// ...)`: pickle looks for `Config`), or a class whose methods keep a lambda or a nested
/// function on the instance (`self.fn = lambda x: x * weight`), unless it says how it is
/// pickled (`__getstate__`, `__reduce__`, `__reduce_ex__`).
fn own_instance(eval: &Evaluator<'_>, function: Node<'_>, scope: ScopeId) -> Option<&'static str> {
    let function = super::callables::unparenthesize(function);
    if function.kind_name() != "identifier" {
        return None;
    }
    let name = eval.text(function);
    let binding = module_binding(eval, name, scope)?;
    match binding.kind {
        BindingKind::Assignment => {
            let value = eval.node_at(binding.value?)?;
            misnamed_class(eval, name, value).map(|_| {
                "an instance of a class made under another name than it is bound to (pickle finds it by name)"
            })
        }
        BindingKind::ClassDef => {
            let class = eval.model.scope_created_by(binding.statement)?;
            let members = &eval.model.scope(class).bindings;
            if ["__getstate__", "__reduce__", "__reduce_ex__"]
                .iter()
                .any(|m| !eval.model.bindings_of(class, m).is_empty())
                || members.is_empty()
            {
                return None;
            }
            keeps_local_callable(eval, class)
                .then_some("an instance that keeps a lambda or a nested function on itself")
        }
        _ => None,
    }
}

/// The name a class made at module level by `value` and bound to `name` has, when it differs
/// (`Settings = namedtuple("Config", ...)`: `Config`, which pickle looks for and does not
/// find); `None` for anything else.
pub(super) fn misnamed_class<'s>(
    eval: &Evaluator<'s>,
    name: &str,
    value: Node<'_>,
) -> Option<&'s str> {
    let maker = value
        .field("function")
        .filter(|_| value.kind_name() == "call")?;
    let made = qualified_name(eval, maker, SemanticModel::MODULE)?;
    if !matches!(
        made.as_str(),
        "collections.namedtuple" | "typing.NamedTuple" | "enum.Enum" | "enum.IntEnum"
    ) {
        return None;
    }
    let first = crate::core::parse::named_items(value.field("arguments")?)
        .first()
        .copied()
        .filter(|first| first.kind_name() == "string")?;
    let called = super::values::string_content(eval.text(first));
    (called != name).then_some(called)
}

/// Whether a method of the module-level class `class` stores a lambda, or a function of its
/// own, on its instance (`self.fn = lambda ...`, `self.fn = fn or (lambda x: x)`).
fn keeps_local_callable(eval: &Evaluator<'_>, class: ScopeId) -> bool {
    let model = eval.model;
    let Some(node) = eval.scope_node(class) else {
        return false;
    };
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "assignment"
            && let (Some(left), Some(right)) = (node.field("left"), node.field("right"))
            && left.kind_name() == "attribute"
            && left.field("object").is_some_and(|o| eval.text(o) == "self")
        {
            let method = model.scope_at(node.start_byte());
            let mut values = vec![right];
            while let Some(value) = values.pop() {
                let value = super::callables::unparenthesize(value);
                match value.kind_name() {
                    "lambda" => return true,
                    "conditional_expression" | "boolean_operator" => {
                        let mut cursor = value.walk();
                        values.extend(value.named_children(&mut cursor));
                    }
                    "identifier" if method != class => {
                        let local = model.bindings_of(method, eval.text(value));
                        if matches!(local, [only] if model.binding(*only).kind == BindingKind::FunctionDef)
                        {
                            return true;
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut cursor = node.walk();
        stack.extend(
            node.named_children(&mut cursor)
                .filter(|c| c.kind_name() != "class_definition"),
        );
    }
    false
}

/// What a method of a `pathlib` path, or `getbuffer` of a bytes buffer, hands out that pickle
/// refuses: `Path(d, "run.log").open("a")` an open file, `path.iterdir()` and `glob` a
/// generator, `buffer.getbuffer()` a memory view.
fn path_method(eval: &Evaluator<'_>, function: Node<'_>, scope: ScopeId) -> Option<&'static str> {
    if function.kind_name() != "attribute" {
        return None;
    }
    let method = eval.text(function.field("attribute")?);
    if method == "getbuffer" {
        return Some(MEMORY_VIEW);
    }
    let object = function.field("object")?;
    // `PATTERN.search(line)` on a compiled pattern, which pickles, gives a match, which does
    // not.
    let of_pattern = || made_by(eval, object, scope, &["re.compile"], 0);
    let what = match method {
        "open" => FILE,
        "iterdir" | "glob" | "rglob" | "walk" => GENERATOR,
        "match" | "search" | "fullmatch" if of_pattern() => return Some(MATCH),
        "finditer" | "scanner" if of_pattern() => return Some(MATCHES),
        _ => return None,
    };
    made_by(eval, object, scope, &PATHS, 0).then_some(what)
}

/// The `pathlib` classes whose instances `made_by` follows through the methods that give
/// another path (`PATH_METHODS`), the `/` operator and `.parent`.
const PATHS: [&str; 3] = ["pathlib.Path", "pathlib.PosixPath", "pathlib.WindowsPath"];

/// The methods of a path that give a path.
const PATH_METHODS: [&str; 9] = [
    "absolute",
    "expanduser",
    "joinpath",
    "relative_to",
    "resolve",
    "with_name",
    "with_stem",
    "with_suffix",
    "readlink",
];

/// Whether `node` is made by a call of one of `makers` (qualified names): such a call, a name
/// every binding of which is one, or, for a `pathlib` path (`PATHS`), a `/` join starting
/// with one, its `.parent`, or a method giving another path (`Path(d).resolve()`).
fn made_by(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
    makers: &[&str],
    depth: usize,
) -> bool {
    if depth > 4 {
        return false;
    }
    let paths = makers == PATHS;
    let node = super::callables::unparenthesize(node);
    let function = node.field("function");
    match node.kind_name() {
        "call"
            if paths
                && let Some(method) = function.filter(|f| f.kind_name() == "attribute")
                && (method.field("attribute"))
                    .is_some_and(|m| PATH_METHODS.contains(&eval.text(m))) =>
        {
            (method.field("object"))
                .is_some_and(|object| made_by(eval, object, scope, makers, depth + 1))
        }
        // `Path.cwd()`, `Path.home()`: a path too.
        "call"
            if paths
                && let Some(method) = function.filter(|f| f.kind_name() == "attribute")
                && (method.field("attribute"))
                    .is_some_and(|m| matches!(eval.text(m), "cwd" | "home")) =>
        {
            (method.field("object"))
                .and_then(|class| qualified_name(eval, class, scope))
                .is_some_and(|q| makers.contains(&q.as_str()))
        }
        "call" => function
            .and_then(|f| qualified_name(eval, f, scope))
            .is_some_and(|q| makers.contains(&q.as_str())),
        "binary_operator" if paths => node
            .field("left")
            .is_some_and(|left| made_by(eval, left, scope, makers, depth + 1)),
        "attribute" if paths => {
            (node.field("attribute")).is_some_and(|a| eval.text(a) == "parent")
                && (node.field("object"))
                    .is_some_and(|object| made_by(eval, object, scope, makers, depth + 1))
        }
        "identifier" => {
            let Some(ids) = bindings_read(eval, node, scope) else {
                return false;
            };
            !ids.is_empty()
                && ids.iter().all(|&id| {
                    let binding = eval.model.binding(id);
                    binding.kind == BindingKind::Assignment
                        && binding
                            .value
                            .and_then(|v| eval.node_at(v))
                            .is_some_and(|v| {
                                made_by(eval, v, binding.written_in, makers, depth + 1)
                            })
                })
        }
        _ => false,
    }
}

/// What the expression `value`, evaluated in `scope`, makes, when pickle is known to refuse it.
pub fn unpicklable_expression(
    eval: &Evaluator<'_>,
    value: Node<'_>,
    scope: ScopeId,
) -> Option<&'static str> {
    unpicklable_value(eval, value, scope, 0)
}

/// `conn.cursor()` where `conn` holds something the table knows.
fn derived(
    eval: &Evaluator<'_>,
    function: Node<'_>,
    scope: ScopeId,
    depth: usize,
) -> Option<&'static str> {
    if function.kind_name() != "attribute" {
        return None;
    }
    let method = eval.text(function.field("attribute")?);
    let (_, what) = DERIVED.iter().find(|(name, _)| *name == method)?;
    let object = function.field("object")?;
    let holder = match object.kind_name() {
        "identifier" => {
            let ids = bindings_read(eval, object, scope)?;
            ids.iter()
                .find_map(|&id| unpicklable_binding_within(eval, id, depth + 1))
        }
        _ => unpicklable_value(eval, object, scope, depth + 1),
    };
    holder.map(|_| *what)
}

/// The bindings of the name `name` (an identifier) read in `scope`, in the scope it resolves
/// to; `None` when it resolves to none (a global nothing binds, a builtin).
fn bindings_read<'e>(
    eval: &'e Evaluator<'_>,
    name: Node<'_>,
    scope: ScopeId,
) -> Option<&'e [BindingId]> {
    let text = eval.text(name);
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    Some(eval.model.bindings_of(owner, text))
}

/// A name bound to a whole module: `j = json`.
fn module_object(eval: &Evaluator<'_>, name: Node<'_>, scope: ScopeId) -> Option<&'static str> {
    let text = eval.text(name);
    let Resolution::Scope(owner) = eval.model.resolve(scope, text) else {
        return None;
    };
    let ids = eval.model.bindings_of(owner, text);
    let all_modules = !ids.is_empty()
        && ids.iter().all(|&id| {
            matches!(
                eval.model.binding(id).kind,
                BindingKind::Import { member: None, .. }
            )
        });
    all_modules.then_some("a module object")
}

/// What calling the callable named `qualified` makes, when pickle refuses it
/// (`threading.Lock` gives a lock): a `default_factory`'s product.
pub(super) fn unpicklable_class(qualified: &str) -> Option<&'static str> {
    lookup(qualified)
}

fn lookup(qualified: &str) -> Option<&'static str> {
    UNPICKLABLE
        .binary_search_by_key(&qualified, |(name, _)| name)
        .ok()
        .map(|i| UNPICKLABLE[i].1)
}

/// The dotted name an expression refers to through the file's imports (`builtins.open` for a
/// builtin), or `None` when it is anything else. A name bound once, as an alias of a dotted
/// name (`_lock_factory = threading.RLock`), refers to that name.
pub(super) fn qualified_name(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
) -> Option<String> {
    qualified_name_within(eval, node, scope, 0)
}

/// How many aliases `qualified_name` follows (`a = b`, `b = threading.Lock`), which also ends
/// a cycle of them.
const MAX_ALIASES: usize = 4;

fn qualified_name_within(
    eval: &Evaluator<'_>,
    node: Node<'_>,
    scope: ScopeId,
    aliases: usize,
) -> Option<String> {
    match node.kind_name() {
        "identifier" => {
            let name = eval.text(node);
            match eval.model.resolve(scope, name) {
                Resolution::Builtin => Some(format!("builtins.{name}")),
                // Every binding must be the same import: `import multiprocessing` beside
                // `import multiprocessing.dummy` binds `multiprocessing` twice, to one module.
                Resolution::Scope(owner) => {
                    let bindings = eval.model.bindings_of(owner, name);
                    // An alias is followed when it is the name's one binding.
                    let alias = aliases < MAX_ALIASES && bindings.len() == 1;
                    let mut names = bindings.iter().map(|binding| {
                        match &eval.model.binding(*binding).kind {
                            BindingKind::Import { module, member } => Some(match member {
                                // `from . import ops` is `.ops`, not `..ops`.
                                Some(member) if module.ends_with('.') => {
                                    format!("{module}{member}")
                                }
                                Some(member) => format!("{module}.{member}"),
                                None => module.clone(),
                            }),
                            BindingKind::Assignment if alias => aliased(eval, *binding, aliases),
                            _ => None,
                        }
                    });
                    let first = names.next()??;
                    names
                        .all(|other| other.as_ref() == Some(&first))
                        .then_some(first)
                }
                Resolution::Unresolved => None,
            }
        }
        "attribute" => {
            let object = qualified_name_within(eval, node.field("object")?, scope, aliases)?;
            let attribute = eval.text(node.field("attribute")?);
            Some(format!("{object}.{attribute}"))
        }
        _ => None,
    }
}

/// The dotted name `binding`, an assignment, makes its name an alias of: its value, a name or
/// an attribute, read where the assignment is written.
fn aliased(eval: &Evaluator<'_>, binding: BindingId, aliases: usize) -> Option<String> {
    let binding = eval.model.binding(binding);
    let value = super::callables::unparenthesize(eval.node_at(binding.value?)?);
    matches!(value.kind_name(), "identifier" | "attribute")
        .then(|| qualified_name_within(eval, value, binding.written_in, aliases + 1))?
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::NO_APIS;
    use crate::core::semantic::SemanticModel;

    /// The qualified name of the last line's expression, read at module level.
    fn qualified(source: &str) -> Option<String> {
        let tree = crate::core::parse::parse(source).expect("the test source parses");
        let (model, nodes) =
            SemanticModel::build_with_nodes(&tree, source).expect("a model of the test source");
        let eval = Evaluator::new(&model, source, tree.root_node(), &NO_APIS, &nodes);
        let root = tree.root_node();
        let last = root.named_child(u32::try_from(root.named_child_count()).ok()? - 1)?;
        qualified_name(&eval, last.named_child(0)?, SemanticModel::MODULE)
    }

    #[test]
    fn qualified_names_follow_absolute_and_relative_imports() {
        let name = |s: &str| qualified(s).unwrap_or_default();
        assert_eq!(name("from . import ops\nops.f\n"), ".ops.f");
        assert_eq!(name("from .. import ops\nops.f\n"), "..ops.f");
        assert_eq!(name("from .par import f\nf\n"), ".par.f");
        assert_eq!(name("import a.b as c\nc.d\n"), "a.b.d");
        assert_eq!(name("open\n"), "builtins.open");
        assert_eq!(qualified("x = 1\nx\n"), None);
    }

    #[test]
    fn a_name_bound_twice_has_a_qualified_name_only_when_both_bindings_agree() {
        let both =
            "import multiprocessing\nimport multiprocessing.dummy\nmultiprocessing.dummy.Pool\n";
        assert_eq!(
            qualified(both).as_deref(),
            Some("multiprocessing.dummy.Pool")
        );
        let fallback =
            "try:\n    import ujson as json\nexcept ImportError:\n    import json\njson.loads\n";
        assert_eq!(qualified(fallback), None);
        let cleared = "try:\n    import numpy\nexcept ImportError:\n    numpy = None\nnumpy.sum\n";
        assert_eq!(qualified(cleared), None);
    }

    #[test]
    fn a_name_assigned_a_dotted_name_is_an_alias_of_it() {
        let name = |s: &str| qualified(s);
        let alias = "import threading\n_lock_factory = threading.RLock\n_lock_factory\n";
        assert_eq!(name(alias).as_deref(), Some("threading.RLock"));
        let chain = "import threading as t\nb = t.Lock\na = (b)\na\n";
        assert_eq!(name(chain).as_deref(), Some("threading.Lock"));
        let twice = "import threading\nf = threading.Lock\nf = threading.RLock\nf\n";
        assert_eq!(name(twice), None);
        let same_twice = "import threading\nf = threading.Lock\nf = threading.Lock\nf\n";
        assert_eq!(name(same_twice), None);
        assert_eq!(name("import threading\nf = threading.Lock()\nf\n"), None);
        assert_eq!(name("a = b\nb = a\na\n"), None);
    }

    #[test]
    fn the_tables_are_sorted() {
        assert!(UNPICKLABLE.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert!(
            UNPICKLABLE_VALUES
                .windows(2)
                .all(|pair| pair[0].0 < pair[1].0)
        );
    }
}
