#!/usr/bin/env python3
"""Compare picklefix's semantic model with CPython's symtable, scope by scope.

    python3 bench/scopes.py DIR --binary target/release/picklefix

Every *.py file under DIR that the local python3 compiles is checked; the others are skipped
and counted. `picklefix --dump-scopes` prints the model's function, lambda, class and
comprehension scopes (kind, line, name, locals, free variables); `symtable.symtable` gives
CPython's. Scopes are matched as trees: the children of two matched scopes are paired by
(kind, line, name), and where several share that key (two lambdas on one line), first with a
partner that agrees in full, then in order. Order alone would not do: symtable lists a
comprehension's first iterable before the comprehension, which starts first in the source.

Locals are the names whose scope is LOCAL or CELL, free variables those whose scope is FREE
(`Function.get_locals()` and `get_frees()`; the same test is applied to classes, which have
no such methods). Before comparing, CPython's sets are normalised, and only so:
- `.0`, the hidden parameter of a comprehension (the iterator it is called with), is dropped
  from the locals: the model binds no such name.
- `__class__` is dropped from both sides' locals and free variables: CPython gives a method
  (and what it nests) an implicit cell for zero-argument `super()` and `__class__`, which no
  source binds; the model treats `super` as the builtin it reads, and the lift planner
  refuses a bare `super()` on its own. Code that names `__class__` itself (`nonlocal
  __class__`, in CPython's tests of that cell) would differ only through the implicit cell.
- Private names are mangled: inside a class `C`, CPython renames `__x` to `_C__x`. The
  checker applies the same rule to the model's names, using the enclosing class of each
  scope from the dump, so a name the model resolves across the class boundary still differs.

The last line printed is `scopes: S scopes in F files, D disagreements`; before it, one line
per disagreement (at most --show of them, then a count of the rest) and what was skipped.
The exit status is 1 when there is a disagreement.
"""

import argparse
import json
import os
import subprocess
import sys
import symtable
import warnings
from functools import partial
from multiprocessing import Pool

from _symtable import CELL, FREE, LOCAL, SCOPE_MASK, SCOPE_OFF

COMPREHENSIONS = {"listcomp", "setcomp", "dictcomp", "genexpr"}


def main():
    args = parse_args()
    paths = python_files(args.dir)
    chunks = [paths[i : i + args.chunk] for i in range(0, len(paths), args.chunk)]
    totals = {"scopes": 0, "files": 0, "not_compiled": 0, "not_modelled": []}
    disagreements = []
    check = partial(check_chunk, args.binary)
    with Pool(args.jobs) as pool:
        for result in pool.imap_unordered(check, chunks):
            for key in ("scopes", "files", "not_compiled"):
                totals[key] += result[key]
            totals["not_modelled"] += result["not_modelled"]
            disagreements += result["disagreements"]
    report(disagreements, totals, args.show)
    return 1 if disagreements else 0


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--binary", default="target/release/picklefix")
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--chunk", type=int, default=100, help="files per picklefix process")
    parser.add_argument("--show", type=int, default=50, help="disagreements to list")
    return parser.parse_args()


def python_files(root):
    if os.path.isfile(root):
        return [root]
    found = []
    for directory, subdirs, files in os.walk(root):
        subdirs.sort()
        found += [os.path.join(directory, f) for f in sorted(files) if f.endswith(".py")]
    return found


def report(disagreements, totals, show):
    disagreements.sort()
    for path, line, message in disagreements[:show]:
        print(f"{path}:{line}: {message}")
    if len(disagreements) > show:
        print(f"... and {len(disagreements) - show} more disagreements")
    print(f"skipped: {totals['not_compiled']} files that python3 does not compile")
    not_modelled = sorted(totals["not_modelled"])
    print(f"not modelled: {len(not_modelled)} files that python3 compiles and picklefix cannot read")
    for path, error in not_modelled[:10]:
        print(f"  {path}: {error}")
    print(
        f"scopes: {totals['scopes']} scopes in {totals['files']} files, "
        f"{len(disagreements)} disagreements"
    )


def check_chunk(binary, paths):
    """Check the files in `paths` with one picklefix process."""
    result = {"scopes": 0, "files": 0, "not_compiled": 0, "not_modelled": [], "disagreements": []}
    tables = {}
    for path in paths:
        table = cpython_table(path)
        if table is None:
            result["not_compiled"] += 1
        else:
            tables[path] = table
    for path, dump in model_dumps(binary, list(tables)).items():
        if dump.get("error"):
            result["not_modelled"].append((path, dump["error"]))
            continue
        result["files"] += 1
        expected = scope_tree(tables[path])
        result["scopes"] += count(expected)
        found = dumped_tree(dump["scopes"])
        for line, message in compare(expected, found):
            result["disagreements"].append((path, line, message))
    return result


def cpython_table(path):
    """The file's symbol table, or None when python3 does not compile it."""
    try:
        with open(path, "rb") as f:
            source = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, path, "exec", dont_inherit=True)
            return symtable.symtable(source, path, "exec")
    except (SyntaxError, ValueError, UnicodeError, OverflowError, MemoryError, RecursionError, OSError):
        return None


def model_dumps(binary, paths):
    if not paths:
        return {}
    run = subprocess.run([binary, "--dump-scopes", *paths], capture_output=True, check=True)
    dumps = [json.loads(line) for line in run.stdout.decode().splitlines()]
    return {path: dump for path, dump in zip(paths, dumps, strict=True)}


class Scope:
    def __init__(self, kind, line, name, frees, locals_):
        self.kind, self.line, self.name = kind, line, name
        self.frees = frozenset(frees) - {"__class__"}
        self.locals = frozenset(locals_) - {"__class__"}
        self.children = []

    def key(self):
        return (self.kind, self.line, self.name)

    def agrees(self, other):
        """The same sets here and in every scope nested inside."""
        same = self.frees == other.frees and self.locals == other.locals
        return same and not any(compare(self.children, other.children))


def scope_tree(table):
    """CPython's scopes under `table`, normalised as the module doc says."""
    scopes = []
    for child in table.get_children():
        kind = kind_of(child)
        symbols = child._table.symbols
        scope_of = {name: (flags >> SCOPE_OFF) & SCOPE_MASK for name, flags in symbols.items()}
        locals_ = {n for n, s in scope_of.items() if s in (LOCAL, CELL) and n != ".0"}
        frees = {n for n, s in scope_of.items() if s == FREE}
        scope = Scope(kind, child.get_lineno(), child.get_name(), frees, locals_)
        scope.children = scope_tree(child)
        scopes.append(scope)
    return scopes


def kind_of(table):
    kind = table.get_type()
    if kind != "function":
        return kind
    name = table.get_name()
    if name == "lambda":
        return "lambda"
    if name in COMPREHENSIONS and ".0" in table.get_identifiers():
        return name
    return "function"


def dumped_tree(dumped):
    """The model's scopes as a tree, their names mangled as CPython would."""
    scopes, roots, private = [], [], []
    for entry in dumped:
        parent = entry["parent"]
        owner = private[parent] if parent is not None else None
        # A class body's names, and those of everything inside it, are mangled with its name.
        inner = entry["name"] if entry["kind"] == "class" else owner
        mangle = partial(mangled, inner)
        scope = Scope(
            entry["kind"],
            entry["line"],
            entry["name"],
            map(mangle, entry["frees"]),
            map(mangle, entry["locals"]),
        )
        private.append(inner)
        scopes.append(scope)
        (scopes[parent].children if parent is not None else roots).append(scope)
    return roots


def mangled(class_name, name):
    """CPython's private name mangling (`_Py_Mangle`) inside class `class_name`."""
    if class_name is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    return f"_{stripped}{name}" if stripped else name


def count(scopes):
    return sum(1 + count(s.children) for s in scopes)


def compare(expected, found):
    """(line, message) for each difference between two lists of sibling scopes."""
    for want, got in pair(expected, found):
        if got is None:
            yield want.line, f"{want.kind} {want.name}: in symtable, not in the model"
        elif want is None:
            yield got.line, f"{got.kind} {got.name}: in the model, not in symtable"
        else:
            yield from differences(want, got)
            yield from compare(want.children, got.children)


def pair(expected, found):
    """Siblings paired by key: first the partners that agree in full, then in order."""
    groups = {}
    for side, scopes in ((0, expected), (1, found)):
        for scope in scopes:
            groups.setdefault(scope.key(), ([], []))[side].append(scope)
    for wants, gots in groups.values():
        for want in list(wants):
            match = next((g for g in gots if want.agrees(g)), None)
            if match is not None:
                wants.remove(want)
                gots.remove(match)
                yield want, match
        yield from zip_longest(wants, gots)


def zip_longest(a, b):
    for i in range(max(len(a), len(b))):
        yield (a[i] if i < len(a) else None), (b[i] if i < len(b) else None)


def differences(want, got):
    for what, expected, found in (("frees", want.frees, got.frees), ("locals", want.locals, got.locals)):
        if expected != found:
            missing = ", ".join(sorted(expected - found)) or "-"
            extra = ", ".join(sorted(found - expected)) or "-"
            yield want.line, (
                f"{want.kind} {want.name}: {what} differ: symtable only: {missing}; "
                f"model only: {extra}"
            )


if __name__ == "__main__":
    sys.exit(main())
