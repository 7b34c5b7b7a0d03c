"""An independent judge of picklefix's wrapper inference (issue 14), standard library only.

    python3 bench/wrapper_oracle.py [--json] [--sites] ROOT...
    python3 bench/wrapper_oracle.py --compare PICKLEFIX_SHOW_APIS.txt [--findings F.json] ROOT...

For every `*.py` file under ROOT it lists the functions and methods with a parameter that
reaches a pickling slot of a process API, written with Python's `ast` and sharing no code or
table with picklefix:

- the slots: the callable of `multiprocessing.Process(target=...)` (or its second positional
  argument), `Pool(initializer=...)` (argument 1), `ProcessPoolExecutor(initializer=...)`
  (argument 2), `Pool.map/imap/imap_unordered/starmap/apply/apply_async/map_async/
  starmap_async`, `ProcessPoolExecutor.submit/map` (argument 0 or `func=`/`fn=`), and
  `loop.run_in_executor(ex, fn)` with `ex` a process pool or executor; also
  `billiard` and `torch.multiprocessing`, which pickle in the same way;
- the pools: a call of `multiprocessing.Pool`, `multiprocessing.pool.Pool`, a context's
  `Pool` (`get_context(...)`, bound to a name or not), `ProcessPoolExecutor`; bound by
  `with ... as p`, `p = ...` (every assignment of the name in the function a pool), a
  parameter annotated with one of those classes, or `self.attr = ...` in any method of the
  class (every assignment of the attribute in the class a pool or `None`);
- how a parameter reaches the slot: directly, through `functools.partial(param, ...)`, a
  local bound once to either, as an argument of a module-level worker of the same file that
  calls it (`Process(target=w, args=(..., fn))`, `submit(w, fn)`, `apply_async(w, (fn,))`,
  `partial(w, fn)`), or through another wrapper: a function of the file by its name, a
  method through `self.`, a static or class method through its class name, a nested
  function of the enclosing function; then, to a fixed point, across the files through
  `import` and `from ... import` (absolute and relative, re-exports through a package's
  `__init__.py`, module attributes `mod.f(...)`).

Excluded, where sure: thread pools (`ThreadPool`, `ThreadPoolExecutor`,
`multiprocessing.dummy`), whose names never count as pools; a `Process` of a
`get_context("fork")` context (its child inherits the target; its pool's tasks still count).

Not followed (so the oracle may miss what picklefix finds; each difference is read by hand):
pool factories, properties and context managers of the project, pools passed as parameters
without an annotation, instances of classes outside `self.` (`runner._map(...)`), subclasses
and `super()`, constructors keeping `self.fn = fn`, containers of callables (`args=((fn, x),)`,
map items), `*args`/`**kwargs` forwarding, nested functions or lambdas that capture the
parameter and are handed over, conditional wrappers judged by their literal arguments, and
pickling-by-value libraries (they are simply not in the table). A parameter assigned again
counts only when every assignment mentions it or sits under an `if` testing it
(`if fn is None: fn = default`). Decorators are not judged: a decorated wrapper is listed
with `decorated` so a reader can decide. Dotted module names that two files of the roots
define resolve to neither.

With `--sites` it also lists the calls of the inferred wrappers that pass a lambda or a
nested `def` (or a local bound once to a lambda) at a wrapper's slot, by the line where the
callable begins. `--compare` reads picklefix's `--show-apis` text output (and, with
`--findings`, its `--output-format json` findings) and prints each wrapper or site one side
has and the other has not.
"""

import argparse
import ast
import json
import os
import re
import sys

POOL_CTORS = {
    "multiprocessing.Pool",
    "multiprocessing.pool.Pool",
    "multiprocessing.context.BaseContext.Pool",
    "concurrent.futures.ProcessPoolExecutor",
    "concurrent.futures.process.ProcessPoolExecutor",
    "billiard.Pool",
    "billiard.pool.Pool",
    "torch.multiprocessing.Pool",
}
PROCESS_CTORS = {
    "multiprocessing.Process",
    "multiprocessing.process.BaseProcess",
    "multiprocessing.context.Process",
    "multiprocessing.context.SpawnProcess",
    "multiprocessing.context.ForkServerProcess",
    "billiard.Process",
    "torch.multiprocessing.Process",
}
CONTEXT_FUNCS = {
    "multiprocessing.get_context",
    "billiard.get_context",
    "torch.multiprocessing.get_context",
}
THREAD_WORDS = ("dummy", "ThreadPool", "ThreadPoolExecutor")
POOL_METHODS = {
    "map",
    "imap",
    "imap_unordered",
    "starmap",
    "apply",
    "apply_async",
    "map_async",
    "starmap_async",
    "submit",
}
FUNCTOOLS_PARTIAL = {"functools.partial"}
DECORATORS_OK = {
    "staticmethod",
    "classmethod",
    "functools.cache",
    "functools.lru_cache",
}


def module_name(path, root):
    """The dotted name: the folders with `__init__.py` above the file, else the path under root."""
    path = os.path.abspath(path)
    parts = [os.path.splitext(os.path.basename(path))[0]]
    folder = os.path.dirname(path)
    while os.path.exists(
        os.path.join(folder, "__init__.py")
    ) and folder != os.path.dirname(folder):
        parts.append(os.path.basename(folder))
        folder = os.path.dirname(folder)
    if folder.startswith(os.path.abspath(root)) and len(parts) == 1:
        rel = os.path.relpath(os.path.dirname(path), os.path.abspath(root))
        if rel != ".":
            parts.extend(reversed(rel.split(os.sep)))
    if parts[0] == "__init__":
        parts = parts[1:]
    return ".".join(reversed(parts))


class Func:
    def __init__(self, node, qual, cls, parent, file):
        self.node = node
        self.qual = qual
        self.cls = cls  # class name for a method, else None
        self.parent = parent  # enclosing Func for a nested function
        self.file = file
        deco = [
            file.dotted(d.func if isinstance(d, ast.Call) else d)
            for d in node.decorator_list
        ]
        self.static = "staticmethod" in deco
        self.classmethod = "classmethod" in deco
        self.decorated = [d for d in deco if d not in DECORATORS_OK]
        a = node.args
        positional = [p.arg for p in a.posonlyargs + a.args]
        if cls is not None and not self.static and positional:
            positional = positional[1:]  # self or cls
        self.positional = positional
        self.kwonly = [p.arg for p in a.kwonlyargs]
        self.posonly = {p.arg for p in a.posonlyargs}
        self.params = set(positional) | set(self.kwonly)
        self.annotations = {
            p.arg: p.annotation
            for p in a.posonlyargs + a.args + a.kwonlyargs
            if p.annotation
        }
        self.body_nodes = list(own_nodes(node))
        self.assigned = {}
        for n in self.body_nodes:
            if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                for t in targets:
                    for name in target_names(t):
                        self.assigned.setdefault(name, []).append(n)
            elif isinstance(n, (ast.For, ast.AsyncFor, ast.comprehension)):
                for name in target_names(n.target):
                    self.assigned.setdefault(name, []).append(n)
            elif isinstance(n, (ast.With, ast.AsyncWith)):
                for item in n.items:
                    if item.optional_vars is not None:
                        for name in target_names(item.optional_vars):
                            self.assigned.setdefault(name, []).append(item)
            elif isinstance(n, ast.NamedExpr):
                self.assigned.setdefault(n.target.id, []).append(n)
        self.nested = {}  # name -> Func of a def nested directly in this one

    def slot_of(self, param):
        """(position or None, keyword or None) of a parameter at a call."""
        pos = self.positional.index(param) if param in self.positional else None
        kw = None if param in self.posonly else param
        return pos, kw

    def name(self):
        if self.parent is not None:
            return f"{self.node.name} (nested in {self.parent.qual})"
        return self.qual


def own_nodes(fn):
    """The nodes of a function's body, not those of the functions or classes nested in it."""
    stack = list(fn.body) if not isinstance(fn, ast.Lambda) else [fn.body]
    while stack:
        n = stack.pop()
        yield n
        for child in ast.iter_child_nodes(n):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield child  # the def itself binds a name, its body is another function's
                continue
            stack.append(child)


def target_names(t):
    if isinstance(t, ast.Name):
        yield t.id
    elif isinstance(t, (ast.Tuple, ast.List)):
        for e in t.elts:
            yield from target_names(e)
    elif isinstance(t, ast.Starred):
        yield from target_names(t.value)


class File:
    def __init__(self, path, module, tree):
        self.path = path
        self.module = module
        self.tree = tree
        self.is_package = os.path.basename(path) == "__init__.py"
        self.imports = {}  # local name -> dotted path it binds (module or attribute)
        for n in ast.walk(tree):
            if isinstance(n, ast.Import):
                for a in n.names:
                    if a.asname:
                        self.imports[a.asname] = a.name
                    else:
                        top = a.name.split(".")[0]
                        self.imports[top] = top
            elif isinstance(n, ast.ImportFrom):
                base = self.resolve_from(n.module, n.level)
                if base is None:
                    continue
                for a in n.names:
                    if a.name == "*":
                        continue
                    self.imports[a.asname or a.name] = f"{base}.{a.name}"
        self.funcs = {}  # qual -> Func
        self.classes = {}  # name -> ClassDef (module level)
        self.module_funcs = {}  # name -> Func
        self.contexts = {}  # module-level name -> True if fork context
        for n in tree.body:
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                f = Func(n, n.name, None, None, self)
                self.module_funcs[n.name] = f
                self.add_nested(f)
            elif isinstance(n, ast.ClassDef):
                self.classes[n.name] = n
                for m in n.body:
                    if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        f = Func(m, f"{n.name}.{m.name}", n.name, None, self)
                        self.add_nested(f)
        self.module_env = Env(self, None)
        self.class_pool_attrs = {c: self.pool_attrs(c) for c in self.classes}

    def add_nested(self, f):
        self.funcs[f.qual] = f
        for n in f.body_nodes:
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                g = Func(n, f"{f.qual}.<locals>.{n.name}", f.cls, f, self)
                # no self to drop: positions count from the first parameter
                g.static = True
                g.positional = [p.arg for p in n.args.posonlyargs + n.args.args]
                g.params = set(g.positional) | set(g.kwonly)
                f.nested[n.name] = g
                self.add_nested(g)

    def resolve_from(self, module, level):
        if level == 0:
            return module
        parts = self.module.split(".")
        if not self.is_package:
            parts = parts[:-1]
        if level - 1 > len(parts):
            return None
        if level > 1:
            parts = parts[: len(parts) - (level - 1)]
        base = ".".join(parts)
        if module:
            base = f"{base}.{module}" if base else module
        return base or None

    def dotted(self, expr):
        """The dotted path an expression names through the file's imports, or None."""
        if isinstance(expr, ast.Name):
            return self.imports.get(
                expr.id, expr.id if expr.id in ("staticmethod", "classmethod") else None
            )
        if isinstance(expr, ast.Attribute):
            base = self.dotted(expr.value)
            return f"{base}.{expr.attr}" if base else None
        return None

    def pool_attrs(self, cls):
        """self.X attributes every assignment of which in the class is a pool (or None)."""
        good, bad = set(), set()
        for f in self.funcs.values():
            if f.cls != cls or f.parent is not None:
                continue
            env = Env(self, f)
            for n in f.body_nodes:
                if isinstance(n, ast.Assign):
                    for t in n.targets:
                        if (
                            isinstance(t, ast.Attribute)
                            and isinstance(t.value, ast.Name)
                            and t.value.id == "self"
                        ):
                            if env.is_pool(n.value):
                                good.add(t.attr)
                            elif not (
                                isinstance(n.value, ast.Constant)
                                and n.value.value is None
                            ):
                                bad.add(t.attr)
        return good - bad


class Env:
    """What a function's names hold: pools and contexts."""

    def __init__(self, file, func):
        self.file = file
        self.func = func
        self.pools = set()
        self.contexts = {}  # name -> is fork
        outer = (
            Env(file, func.parent)
            if func is not None and func.parent is not None
            else None
        )
        if outer is not None:
            self.pools |= outer.pools
            self.contexts.update(outer.contexts)
        nodes = (
            func.body_nodes if func is not None else list(own_nodes_module(file.tree))
        )
        if func is not None:
            for p, ann in func.annotations.items():
                d = self.dotted_ann(ann)
                if d in POOL_CTORS:
                    self.pools.add(p)
        for _ in range(2):
            for n in nodes:
                if (
                    isinstance(n, ast.Assign)
                    and len(n.targets) == 1
                    and isinstance(n.targets[0], ast.Name)
                ):
                    name = n.targets[0].id
                    ctx = self.context_of(n.value)
                    if ctx is not None:
                        self.contexts[name] = ctx
                    if self.is_pool(n.value) and self.all_pool(name, nodes):
                        self.pools.add(name)
                elif isinstance(n, (ast.withitem, ast.With, ast.AsyncWith)):
                    items = n.items if not isinstance(n, ast.withitem) else [n]
                    for item in items:
                        v = item.optional_vars
                        if isinstance(v, ast.Name) and self.is_pool(item.context_expr):
                            self.pools.add(v.id)

    def dotted_ann(self, ann):
        if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
            try:
                ann = ast.parse(ann.value, mode="eval").body
            except SyntaxError:
                return None
        return self.file.dotted(ann)

    def all_pool(self, name, nodes):
        for n in nodes:
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    if name in target_names(t):
                        if not (isinstance(t, ast.Name) and self.is_pool(n.value)):
                            if not (
                                isinstance(n.value, ast.Constant)
                                and n.value.value is None
                            ):
                                return False
        return True

    def context_of(self, expr):
        """True for a fork context, False for another, None for no context."""
        if isinstance(expr, ast.Call):
            d = self.file.dotted(expr.func)
            if d in CONTEXT_FUNCS:
                if expr.args and isinstance(expr.args[0], ast.Constant):
                    return expr.args[0].value == "fork"
                return False
        if isinstance(expr, ast.Name):
            if expr.id in self.contexts:
                return self.contexts[expr.id]
            if self.func is not None and expr.id in self.file.module_env_contexts():
                return self.file.module_env_contexts()[expr.id]
            d = self.file.dotted(expr)
            if d in ("multiprocessing", "billiard", "torch.multiprocessing"):
                return False
        return None

    def is_pool(self, expr):
        if isinstance(expr, ast.Name):
            return expr.id in self.pools
        if isinstance(expr, ast.Attribute):
            if (
                isinstance(expr.value, ast.Name)
                and expr.value.id == "self"
                and self.func is not None
                and self.func.cls
            ):
                attrs = getattr(self.file, "class_pool_attrs", {}).get(
                    self.func.cls, set()
                )
                return expr.attr in attrs
            return False
        if isinstance(expr, ast.Call):
            d = self.file.dotted(expr.func)
            if d is not None and any(w in d for w in THREAD_WORDS):
                return False
            if d in POOL_CTORS:
                return True
            if isinstance(expr.func, ast.Attribute) and expr.func.attr == "Pool":
                if self.context_of(expr.func.value) is not None:
                    return True
        return False

    def process_ctor(self, call):
        """True for a `Process(...)` whose target is pickled (not a fork context's)."""
        d = self.file.dotted(call.func)
        if d in PROCESS_CTORS:
            return True
        if isinstance(call.func, ast.Attribute) and call.func.attr == "Process":
            ctx = self.context_of(call.func.value)
            return ctx is False
        return False

    def pool_ctor(self, call):
        """The initializer's position for a pool constructor, else None."""
        d = self.file.dotted(call.func)
        if d is not None and any(w in d for w in THREAD_WORDS):
            return None
        if d in POOL_CTORS:
            return 2 if d.endswith("ProcessPoolExecutor") else 1
        if isinstance(call.func, ast.Attribute) and call.func.attr == "Pool":
            if self.context_of(call.func.value) is not None:
                return 1
        return None


def own_nodes_module(tree):
    stack = list(tree.body)
    while stack:
        n = stack.pop()
        yield n
        for child in ast.iter_child_nodes(n):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            stack.append(child)


def _module_env_contexts(self):
    if not hasattr(self, "_mctx"):
        self._mctx = {}
        env = Env.__new__(Env)
        env.file, env.func, env.pools, env.contexts = self, None, set(), {}
        for n in own_nodes_module(self.tree):
            if (
                isinstance(n, ast.Assign)
                and len(n.targets) == 1
                and isinstance(n.targets[0], ast.Name)
            ):
                c = env.context_of(n.value)
                if c is not None:
                    self._mctx[n.targets[0].id] = c
    return self._mctx


File.module_env_contexts = _module_env_contexts


def arg_at(call, pos, kw):
    """The argument a call passes at a position or keyword (None when a splat hides it)."""
    if kw is not None:
        for k in call.keywords:
            if k.arg == kw:
                return k.value
    if pos is not None:
        for i, a in enumerate(call.args):
            if isinstance(a, ast.Starred):
                return None
            if i == pos:
                return a
    return None


SEED_WORDS = (
    b"multiprocessing",
    b"concurrent.futures",
    b"from concurrent import",
    b"billiard",
    b"ProcessPool",
)


class Oracle:
    """Files are parsed lazily: first those that mention a process module, then, each round,
    those whose text mentions the name of a wrapper found so far, and any module a resolution
    needs (a re-exporting `__init__.py`)."""

    def __init__(self, roots):
        self.paths = {}  # path -> module
        self.by_module = {}  # module -> [path]
        for root in roots:
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for fn in sorted(filenames):
                    if fn.endswith(".py"):
                        path = os.path.join(dirpath, fn)
                        module = module_name(path, root)
                        self.paths[path] = module
                        self.by_module.setdefault(module, []).append(path)
        self.loaded = {}  # path -> File or None
        self.files = []
        for path in sorted(self.paths):
            text = self.read(path)
            if text is not None and any(w in text for w in SEED_WORDS):
                self.load(path)
        # (path, qual) -> {param: (line, what it is handed to)}
        self.wrappers = {}
        self.envs = {}

    @staticmethod
    def read(path):
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except OSError:
            return None

    def load(self, path):
        if path in self.loaded:
            return self.loaded[path]
        self.loaded[path] = None
        text = self.read(path)
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, TypeError, RecursionError):
            return None
        f = File(path, self.paths[path], tree)
        self.loaded[path] = f
        self.files.append(f)
        return f

    def load_mentioning(self, names):
        """Parse the files not yet read whose text names one of the wrappers and a part of its
        module's dotted name (`pkg` or `par` for `pkg.par`: a re-export may hide the other)."""
        if not names:
            return False
        pairs = [
            (
                re.compile(rb"\b" + re.escape(n.encode()) + rb"\b"),
                [p.encode() for p in m.split(".")],
            )
            for n, m in sorted(names)
        ]
        added = False
        for path in sorted(self.paths):
            if path in self.loaded:
                continue
            text = self.read(path)
            if text is not None and any(
                p.search(text) and any(part in text for part in parts)
                for p, parts in pairs
            ):
                if self.load(path) is not None:
                    added = True
        return added

    def env(self, f):
        key = (f.file.path, f.qual)
        if key not in self.envs:
            self.envs[key] = Env(f.file, f)
        return self.envs[key]

    def module_file(self, module):
        paths = self.by_module.get(module)
        return self.load(paths[0]) if paths and len(paths) == 1 else None

    def resolve_dotted(self, dotted, depth=0):
        """(File, Func) that a dotted path names, through re-exports."""
        if dotted is None or depth > 5:
            return None
        parts = dotted.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            mod = ".".join(parts[:cut])
            rest = parts[cut:]
            file = self.module_file(mod)
            if file is None:
                continue
            if len(rest) == 1:
                name = rest[0]
                if name in file.module_funcs:
                    return file, file.module_funcs[name]
                if name in file.imports:
                    return self.resolve_dotted(file.imports[name], depth + 1)
            elif len(rest) == 2 and rest[0] in file.classes:
                f = file.funcs.get(f"{rest[0]}.{rest[1]}")
                if f is not None:
                    return file, f
            return None
        return None

    def callee(self, file, func, call):
        """The Func a call calls, when the oracle can tell."""
        fn = call.func
        if isinstance(fn, ast.Name):
            scope = func
            while scope is not None:
                if fn.id in scope.nested:
                    return scope.nested[fn.id]
                if fn.id in scope.params or fn.id in scope.assigned:
                    return None
                scope = scope.parent
            if fn.id in file.module_funcs:
                return file.module_funcs[fn.id]
            if fn.id in file.imports:
                r = self.resolve_dotted(file.imports[fn.id])
                return r[1] if r else None
            return None
        if isinstance(fn, ast.Attribute) and isinstance(fn.value, ast.Name):
            base = fn.value.id
            if base in ("self", "cls") and func is not None and func.cls is not None:
                return self.method(file, func.cls, fn.attr)
            if base in file.classes and (func is None or base not in func.assigned):
                m = self.method(file, base, fn.attr)
                if m is not None and (m.static or m.classmethod):
                    return m
                return None
            if base in file.imports:
                r = self.resolve_dotted(f"{file.imports[base]}.{fn.attr}")
                if r and r[1].cls is None:
                    return r[1]
        return None

    def method(self, file, cls, name, seen=None):
        f = file.funcs.get(f"{cls}.{name}")
        if f is not None:
            return f
        seen = seen or set()
        node = file.classes.get(cls)
        if node is None or cls in seen:
            return None
        seen.add(cls)
        for b in node.bases:
            if isinstance(b, ast.Name) and b.id in file.classes:
                m = self.method(file, b.id, name, seen)
                if m is not None:
                    return m
        return None

    def param_reached(self, func, expr, depth=0):
        """The parameter of func an expression is, directly or through partial or an alias."""
        if depth > 5 or expr is None:
            return None
        if isinstance(expr, ast.Name):
            n = expr.id
            if n in func.params:
                if self.reassigned_away(func, n):
                    return None
                return n
            bound = func.assigned.get(n, [])
            if len(bound) == 1 and isinstance(bound[0], ast.Assign):
                return self.param_reached(func, bound[0].value, depth + 1)
            return None
        if (
            isinstance(expr, ast.Call)
            and func.file.dotted(expr.func) in FUNCTOOLS_PARTIAL
        ):
            if expr.args:
                return self.param_reached(func, expr.args[0], depth + 1)
        return None

    def reassigned_away(self, func, name):
        for n in func.assigned.get(name, []):
            value = getattr(n, "value", None)
            if value is not None and any(
                isinstance(x, ast.Name) and x.id == name for x in ast.walk(value)
            ):
                continue
            if isinstance(n, ast.Assign) and self.under_if_testing(func, n, name):
                continue
            return True
        return False

    def under_if_testing(self, func, node, name):
        for n in func.body_nodes:
            if isinstance(n, ast.If) and node in n.body:
                if any(
                    isinstance(x, ast.Name) and x.id == name for x in ast.walk(n.test)
                ):
                    return True
        return False

    def worker_calls(self, file, worker_expr, index=None, keyword=None):
        """Whether a module-level worker of the file calls its parameter at index/keyword."""
        if (
            not isinstance(worker_expr, ast.Name)
            or worker_expr.id not in file.module_funcs
        ):
            return False
        w = file.module_funcs[worker_expr.id]
        names = [p.arg for p in w.node.args.posonlyargs + w.node.args.args]
        if keyword is not None:
            param = keyword if keyword in w.params else None
        else:
            param = names[index] if index is not None and index < len(names) else None
        if param is None:
            return False
        return any(
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id == param
            for n in w.body_nodes
        )

    def slots(self, file, func, call, env):
        """(expression at a pickling slot, what it is handed to) for one call."""
        out = []
        if env.process_ctor(call):
            target = arg_at(call, 1, "target")
            out.append((target, "Process(target=)"))
            args = arg_at(call, 2, "args")
            if isinstance(args, (ast.Tuple, ast.List)):
                for i, a in enumerate(args.elts):
                    if isinstance(a, ast.Starred):
                        break
                    if self.worker_calls(file, target, index=i):
                        out.append((a, "Process(args=) of a worker calling it"))
            kwargs = arg_at(call, 3, "kwargs")
            if isinstance(kwargs, ast.Dict):
                for k, v in zip(kwargs.keys, kwargs.values):
                    if isinstance(k, ast.Constant) and self.worker_calls(
                        file, target, keyword=k.value
                    ):
                        out.append((v, "Process(kwargs=) of a worker calling it"))
            return out
        pos = env.pool_ctor(call)
        if pos is not None:
            out.append((arg_at(call, pos, "initializer"), "Pool(initializer=)"))
            return out
        fn = call.func
        if (
            isinstance(fn, ast.Attribute)
            and fn.attr in POOL_METHODS
            and env.is_pool(fn.value)
        ):
            first = arg_at(call, 0, None)
            if first is None:
                first = arg_at(call, None, "fn") or arg_at(call, None, "func")
            out.append((first, f"pool.{fn.attr}"))
            if (
                isinstance(first, ast.Call)
                and file.dotted(first.func) in FUNCTOOLS_PARTIAL
                and first.args
            ):
                for i, a in enumerate(first.args[1:]):
                    if self.worker_calls(file, first.args[0], index=i):
                        out.append(
                            (
                                a,
                                f"pool.{fn.attr} through a partial of a worker calling it",
                            )
                        )
            if fn.attr == "submit":
                for i, a in enumerate(call.args[1:]):
                    if isinstance(a, ast.Starred):
                        break
                    if self.worker_calls(file, first, index=i):
                        out.append(
                            (a, "pool.submit's arguments, to a worker calling it")
                        )
            if fn.attr in ("apply", "apply_async"):
                args = arg_at(call, 1, "args")
                if isinstance(args, (ast.Tuple, ast.List)):
                    for i, a in enumerate(args.elts):
                        if isinstance(a, ast.Starred):
                            break
                        if self.worker_calls(file, first, index=i):
                            out.append(
                                (a, f"pool.{fn.attr}(args=) of a worker calling it")
                            )
            return out
        if isinstance(fn, ast.Attribute) and fn.attr == "run_in_executor" and call.args:
            if env.is_pool(call.args[0]):
                out.append((arg_at(call, 1, None), "run_in_executor"))
            return out
        target = self.callee(file, func, call)
        if target is not None:
            for param in self.wrappers.get((target.file.path, target.qual), {}):
                pos, kw = target.slot_of(param)
                out.append((arg_at(call, pos, kw), f"{target.name()}"))
        return out

    def run(self):
        changed = True
        rounds = 0
        searched = set()
        while changed and rounds < 20:
            changed = False
            rounds += 1
            # only module-level functions are called from other files (the oracle follows
            # methods through `self.` and their class name in their own file)
            names = {
                (q, self.paths[path]) for (path, q) in self.wrappers if "." not in q
            } - searched
            searched |= names
            if self.load_mentioning(names):
                changed = True
            for file in list(self.files):
                for func in file.funcs.values():
                    env = self.env(func)
                    for n in func.body_nodes:
                        if not isinstance(n, ast.Call):
                            continue
                        for expr, api in self.slots(file, func, n, env):
                            p = self.param_reached(func, expr)
                            if p is None:
                                continue
                            key = (file.path, func.qual)
                            have = self.wrappers.setdefault(key, {})
                            if p not in have:
                                have[p] = (n.lineno, api)
                                changed = True
        return self.wrappers

    def sites(self):
        """Calls of inferred wrappers passing a lambda or a nested def at the slot."""
        out = []
        for file in self.files:
            scopes = [(f, self.env(f)) for f in file.funcs.values()]
            scopes.append((None, file.module_env))
            for func, env in scopes:
                nodes = (
                    func.body_nodes if func is not None else own_nodes_module(file.tree)
                )
                for n in nodes:
                    if not isinstance(n, ast.Call):
                        continue
                    target = self.callee(file, func, n)
                    if target is None:
                        continue
                    for param in self.wrappers.get((target.file.path, target.qual), {}):
                        pos, kw = target.slot_of(param)
                        expr = arg_at(n, pos, kw)
                        line = self.unpicklable(func, expr)
                        if line is not None:
                            out.append((file.path, line, target.name(), n.lineno))
        return sorted(set(out))

    def unpicklable(self, func, expr):
        if isinstance(expr, ast.Lambda):
            return expr.lineno
        if isinstance(expr, ast.Name) and func is not None:
            if expr.id in func.nested and expr.id not in func.assigned:
                # picklefix reports a nested def where it is handed over
                return expr.lineno
            bound = func.assigned.get(expr.id, [])
            if (
                len(bound) == 1
                and isinstance(bound[0], ast.Assign)
                and isinstance(bound[0].value, ast.Lambda)
            ):
                return bound[0].value.lineno
        return None

    def listing(self):
        out = []
        for (path, qual), params in sorted(self.wrappers.items()):
            file = self.loaded[path]
            func = file.funcs[qual]
            for p, (line, api) in sorted(params.items()):
                out.append(
                    {
                        "path": path,
                        "line": func.node.lineno,
                        "wrapper": qual,
                        "param": p,
                        "hands_to": api,
                        "at": line,
                        "decorated": func.decorated,
                    }
                )
        return out


SHOW_FILE = re.compile(r"^- (.*):$")
SHOW_WRAPPER = re.compile(
    r"^\s+(\d+): `([^`]+)`(?:, nested in `?([^`]+?)`?)? takes the callable as `([^`]+)`"
)


def read_show_apis(path):
    """(path, line, param) of each wrapper picklefix's --show-apis text lists."""
    out = {}
    current = None
    with open(path) as fh:
        for line in fh:
            m = SHOW_FILE.match(line)
            if m:
                current = m.group(1)
                continue
            m = SHOW_WRAPPER.match(line)
            if m and current:
                out[(current, int(m.group(1)), m.group(4))] = line.strip()
            elif current and re.match(r"^\s+\d+: ", line) and "takes" in line:
                out[(current, int(line.split(":")[0]), "?")] = line.strip()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sites", action="store_true")
    ap.add_argument("--compare", help="picklefix --show-apis text output")
    ap.add_argument("--findings", help="picklefix --output-format json output")
    a = ap.parse_args()
    sys.setrecursionlimit(10000)
    o = Oracle(a.roots)
    o.run()
    rows = o.listing()
    if a.compare:
        theirs = read_show_apis(a.compare)
        ours = {(r["path"], r["line"], r["param"]): r for r in rows}
        print(f"oracle: {len(ours)} wrapper parameters; picklefix: {len(theirs)}")
        for k in sorted(set(ours) - set(theirs)):
            r = ours[k]
            deco = f" decorated {r['decorated']}" if r["decorated"] else ""
            print(
                f"ORACLE ONLY {k[0]}:{k[1]} {r['wrapper']}({k[2]}) -> {r['hands_to']}, line {r['at']}{deco}"
            )
        for k in sorted(set(theirs) - set(ours)):
            print(f"PICKLEFIX ONLY {k[0]}:{k[1]} {theirs[k]}")
        if a.findings:
            with open(a.findings) as fh:
                found = json.load(fh)["findings"]
            pf = {(x["path"], x["range"]["start"]["line"]) for x in found}
            sites = o.sites()
            print(f"oracle sites: {len(sites)}; picklefix findings: {len(pf)}")
            for path, line, wrapper, call in sites:
                if (path, line) not in pf:
                    print(
                        f"SITE MISSED BY PICKLEFIX {path}:{line} passed to {wrapper} (call line {call})"
                    )
            via = {
                (x["path"], x["range"]["start"]["line"]): x["message"]
                for x in found
                if "(which hands it to" in x["message"]
            }
            mine = {(p, l) for p, l, _, _ in sites}
            for k in sorted(set(via) - mine):
                print(f"SITE ONLY PICKLEFIX {k[0]}:{k[1]} {via[k][:160]}")
        return
    if a.json:
        json.dump(
            {"wrappers": rows, "sites": o.sites() if a.sites else []},
            sys.stdout,
            indent=1,
        )
        return
    for r in rows:
        deco = (
            f"  [decorated: {', '.join(map(str, r['decorated']))}]"
            if r["decorated"]
            else ""
        )
        print(
            f"{r['path']}:{r['line']}: {r['wrapper']} takes `{r['param']}` -> {r['hands_to']}, line {r['at']}{deco}"
        )
    if a.sites:
        for path, line, wrapper, call in o.sites():
            print(f"site {path}:{line}: passed to {wrapper} (call line {call})")


if __name__ == "__main__":
    main()
