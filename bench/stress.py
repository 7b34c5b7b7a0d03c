"""Check every lift of `picklefix --stress-lift-all DIR` with CPython and ruff.

The binary lifts every lambda and nested function of every file under DIR, one at a time, and
prints a JSON line per target: the edits of the lift (byte offsets into the file) and a CRC-32
of the text it produced, or the reason it refused. This script rebuilds each output from the
file and the edits, and checks it:

- edits: the edits applied to the file give the text the binary produced (so every byte
  outside the edited regions is kept);
- compile: the output compiles with this python3 (a file that does not compile before is
  skipped and counted);
- symtable: each lifted function has no free variables, and every name it or a scope inside
  it reads as a global is bound at module level in the output or is a builtin; a name the
  original closure captured is never read as a global (it must have become a parameter);
- second run: lifting the lifted function again changes nothing;
- ruff: `ruff check --select F` reports nothing in the output that it did not report in the
  original (run once over a temporary tree of all outputs, messages compared without line
  numbers);
- a refusal carries no edits (the file stays byte-identical), and refusals are counted by
  reason.

The last line printed is `stress: N lifted in F files, B broken, R refused`.
"""

import argparse
import builtins
import collections
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import symtable
import sys
import tempfile
import warnings
import zlib

MODULE_NAMES = {
    "__name__", "__file__", "__doc__", "__spec__", "__loader__", "__package__",
    "__builtins__", "__cached__", "__path__", "__annotations__", "__dict__",
}
BUILTINS = set(dir(builtins)) | MODULE_NAMES


def apply_edits(data, edits):
    """The file's bytes with the edits (sorted, non-overlapping) applied."""
    out, at = [], 0
    for start, end, content in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < at:
            raise ValueError("overlapping edits at byte %d" % start)
        out.append(data[at:start])
        out.append(content.encode("utf-8"))
        at = end
    out.append(data[at:])
    return b"".join(out)


def module_bound(table):
    """Names a module binds (assigned, imported, def or class), and whether it star-imports."""
    names = set()
    star = False
    for sym in table.get_symbols():
        if sym.get_name() == "*":
            star = True
        if sym.is_assigned() or sym.is_imported() or sym.is_namespace():
            names.add(sym.get_name())
    # `global x` then `x = ...` in a function binds a module name too.
    stack = list(table.get_children())
    while stack:
        child = stack.pop()
        stack.extend(child.get_children())
        for sym in child.get_symbols():
            if sym.is_declared_global() and sym.is_assigned():
                names.add(sym.get_name())
    return names, star


def walk(table):
    yield table
    for child in table.get_children():
        yield from walk(child)


def original_frees(table, line, name):
    """The free variables of the scopes the target created in the original (by line and name)."""
    frees = set()
    for t in walk(table):
        if t.get_type() == "function" and t.get_lineno() == line and t.get_name() == name:
            frees.update(t.get_frees())
    return frees


def reads_class_cell(output, top):
    """Whether the lifted function needs the `__class__` cell: a zero-argument `super()` or the
    name itself. symtable adds an implicit `__class__` for any use of the name `super`, so
    `super(cls, self)` shows it too, though it needs no cell and works at module level."""
    lines = output.splitlines()
    start = top.get_lineno() - 1
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t#"):
        end += 1
    text = "\n".join(lines[start:end])
    return re.search(r"\bsuper\(\s*\)", text) is not None or "__class__" in text


def reads_global(sym):
    """Whether a symbol is a global. Python 3.11's symtable takes any scope named `top` (its
    name for the module) for the module, so a function named `top` shows its parameters as
    global and local at once; in other scopes the two exclude each other."""
    return sym.is_global() and not sym.is_local()


def symtable_problem(out_table, record, captured, unresolved_before, output):
    bound, star = module_bound(out_table)
    lifted = set(record["names"])
    tops = [t for t in out_table.get_children() if t.get_name() in lifted and t.get_type() == "function"]
    found = {t.get_name() for t in tops}
    if found != lifted:
        return "no module-level function %s" % ", ".join(sorted(lifted - found))
    for top in tops:
        frees = top.get_frees()
        if frees:
            return "`%s` has free variables %s" % (top.get_name(), ", ".join(sorted(frees)))
        for scope in walk(top):
            for sym in scope.get_symbols():
                if not (sym.is_referenced() and reads_global(sym)):
                    continue
                n = sym.get_name()
                if n == "__class__" and not reads_class_cell(output, top):
                    continue
                if n in captured and n not in lifted:
                    return "`%s` reads captured `%s` as a global" % (top.get_name(), n)
                if n in bound or n in BUILTINS or star or n in unresolved_before:
                    continue
                return "`%s` reads `%s`, which is bound nowhere at module level" % (top.get_name(), n)
    return None


def unresolved_names(table):
    """Names read as globals in the original that it binds nowhere (NameErrors waiting, or
    names injected at run time): reading them after the lift is no new problem."""
    bound, _ = module_bound(table)
    names = set()
    for scope in walk(table):
        for sym in scope.get_symbols():
            if sym.is_referenced() and reads_global(sym) and sym.get_name() not in bound:
                names.add(sym.get_name())
    return names - BUILTINS


def check_file(job):
    """Check every lift of one file. Returns (path, compiled, results, outputs) where results
    are (record, problem or None) and outputs are (index, text) written for ruff."""
    path, records, out_dir = job
    # `compile` warns about odd code (`is` with a literal); the originals are not ours to fix.
    warnings.simplefilter("ignore")
    try:
        with open(path, "rb") as f:
            data = f.read()
        text = data.decode("utf-8")
        compile(text, path, "exec", dont_inherit=True)
        table = symtable.symtable(text, path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError, OSError):
        return path, False, [], []
    unresolved = None
    results, outputs = [], []
    for index, record in enumerate(records):
        status = record["status"]
        if status == "refused":
            problem = "refusal with edits" if record.get("edits") else None
            results.append((record, problem))
            continue
        if status != "lifted":
            results.append((record, "internal: %s" % record.get("reason")))
            continue
        problem, output = check_lift(path, data, table, record)
        if problem is None and output is not None:
            if unresolved is None:
                unresolved = unresolved_names(table)
            captured = original_frees(table, record["scope_line"], scope_name(record))
            try:
                out_table = symtable.symtable(output, path, "exec")
                problem = symtable_problem(out_table, record, captured, unresolved, output)
            except (SyntaxError, RecursionError) as error:
                problem = "symtable: %s" % error
            if problem:
                problem = "symtable: " + problem
        if problem is None:
            outputs.append((index, output))
        results.append((record, problem))
    base = os.path.basename(path)
    written = []
    if outputs:
        slot = os.path.join(out_dir, hashlib.sha1(path.encode("utf-8", "surrogateescape")).hexdigest())
        os.makedirs(os.path.join(slot, "orig"), exist_ok=True)
        with open(os.path.join(slot, "orig", base), "wb") as f:
            f.write(data)
        for index, output in outputs:
            target = os.path.join(slot, str(index))
            os.makedirs(target, exist_ok=True)
            with open(os.path.join(target, base), "w", encoding="utf-8", newline="") as f:
                f.write(output)
            written.append((index, os.path.join(target, base)))
        written.append((None, os.path.join(slot, "orig", base)))
    return path, True, results, written


def scope_name(record):
    """The name symtable gives the target's scope: `lambda`, or the def's own name."""
    return record.get("scope_name", "lambda")


def check_lift(path, data, table, record):
    try:
        fixed = apply_edits(data, record["edits"])
    except ValueError as error:
        return "edits: %s" % error, None
    if zlib.crc32(fixed) != record["crc32"]:
        return "edits: the output is not the file with its edits applied", None
    output = fixed.decode("utf-8")
    try:
        compile(output, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        return "compile: %s (line %s)" % (getattr(error, "msg", error), getattr(error, "lineno", "?")), None
    if record.get("second") != "unchanged":
        return "second run: %s" % record.get("second"), None
    return None, output


LINE_NUMBER = re.compile(r"\bline \d+\b")


def ruff_findings(ruff, root):
    """(code, message) counts per file under root, line numbers taken out of the messages."""
    # `--ignore-noqa`: a lifted line loses the `# noqa: F821` its original line had (a test
    # that means to read an undefined name), so both sides are counted without suppressions.
    command = [ruff, "check", "--isolated", "--select", "F", "--ignore-noqa", "--output-format",
               "json", "--no-cache", "--exit-zero", "--target-version", "py311", root]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit("ruff failed: %s" % done.stderr.strip())
    counts = collections.defaultdict(collections.Counter)
    for item in json.loads(done.stdout or "[]"):
        message = LINE_NUMBER.sub("line N", item["message"])
        counts[os.path.realpath(item["filename"])][(item["code"], message)] += 1
    return counts


def reason_key(reason):
    """A refusal reason with its names and numbers taken out, for counting."""
    reason = re.sub(r"`[^`]*`", "`…`", reason or "")
    return re.sub(r"\d+", "N", reason)


def file_jobs(binary, directory, threads, out_dir, skipped):
    """Run the binary and yield one job per file with targets as soon as its lines are in, so
    that the checks run while the binary goes on. Files it skipped are counted in `skipped`."""
    command = [binary, "--stress-lift-all", "--no-ignore", directory]
    if threads:
        command[2:2] = ["--threads", str(threads)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    current, records = None, []
    for line in process.stdout:
        record = json.loads(line)
        if "file" not in record:
            records.append(record)
            continue
        if records:
            yield current, records, out_dir
        current, records = record["file"], []
        if "skipped" in record:
            skipped[record["skipped"]] += 1
    if records:
        yield current, records, out_dir
    if process.wait() != 0:
        sys.exit("picklefix --stress-lift-all failed with status %d" % process.returncode)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--ruff", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="picklefix-stress-")
    try:
        status = report(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(status)


def report(args, work):
    skipped = collections.Counter()
    jobs = file_jobs(args.binary, args.directory, args.jobs, work, skipped)
    broken, refused = [], collections.Counter()
    lifted, lifted_files, not_compiling, pending = 0, set(), 0, []
    with multiprocessing.Pool(args.jobs) as pool:
        for path, compiled, results, written in pool.imap_unordered(check_file, jobs, chunksize=4):
            if not compiled:
                not_compiling += 1
                continue
            originals = [p for i, p in written if i is None]
            for record, problem in results:
                if record["status"] == "refused" and problem is None:
                    refused[reason_key(record["reason"])] += 1
                    continue
                if record["status"] == "lifted":
                    lifted += 1
                    lifted_files.add(path)
                if problem:
                    broken.append((record, problem))
            for index, output in written:
                if index is not None:
                    pending.append((path, results_record(results, index), output, originals[0]))
    findings = ruff_findings(args.ruff, work) if pending else {}
    for path, record, output, original in pending:
        after = findings.get(os.path.realpath(output), collections.Counter())
        before = findings.get(os.path.realpath(original), collections.Counter())
        new = after - before
        if new:
            (code, message), _ = sorted(new.items())[0]
            broken.append((record, "ruff: %s %s" % (code, message)))
    for record, problem in sorted(broken, key=lambda b: (b[0]["path"], b[0]["line"], b[0]["col"])):
        print("broken: %s:%s:%s: %s" % (record["path"], record["line"], record["col"], problem))
    if skipped or not_compiling:
        details = ", ".join("%d %s" % (n, why) for why, n in sorted(skipped.items()))
        print("skipped: %d files that python3 cannot compile%s" % (not_compiling, "; " + details if details else ""))
    if refused:
        print("refusals, most common first:")
        for reason, count in refused.most_common(10):
            print("  %6d  %s" % (count, reason))
    print("stress: %d lifted in %d files, %d broken, %d refused"
          % (lifted, len(lifted_files), len(broken), sum(refused.values())))
    return 1 if broken else 0


def results_record(results, index):
    return results[index][0]


if __name__ == "__main__":
    main()
