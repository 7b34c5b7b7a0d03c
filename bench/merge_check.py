"""Check that picklefix's fixes pass the formatter, import sorter and line limit the original passes.

A fix is reviewed as a pull request: when the project's formatter, its import sorter and its
line limit accept the original file, they must accept the fixed one. For each output:

- format: where the original passes `ruff format --check` (isolated, at the file's line
  length), the output passes too;
- black: the same with `black --check`;
- isort: where `ruff check --select I001` (isolated) finds nothing in the original, it finds
  nothing in the output;
- E501: the same with `ruff check --select E501` at the file's line length.

The outputs are, by default, every single lift of `picklefix --stress-lift-all DIR`, rebuilt
from the file and the lift's edits as `bench/stress.py` rebuilds them (`--sample K` keeps one
file in K of those with a lift, in path order: those whose index is R modulo K, with
`--offset R`, 0 by default, so that another offset checks files never sampled before); with `--fix`, every file that `picklefix --fix`
changes in a copy of DIR made of hard links (the binary replaces a file by renaming a new one
over it, so the originals are never written). The line length of a file is the one picklefix's
settings discovery finds (`src/settings/line_length.rs`: the nearest directory whose
picklefix, ruff, black, flake8 or pycodestyle settings set one, else 88); the formatters run
with it explicitly, and isolated from any settings of their own.

It prints the counts per check, one line per rejected output (`path:line:col` of the lift, or
`path` with `--fix`, and the checks it fails), and last
`merge: N outputs checked, B rejected (format A, black C, isort D, E501 E)`; it exits 1 when
anything is rejected. `--keep DIR` writes each rejected output beside its original there
(`NNN.orig.py`, `NNN.out.py`), to read with `diff`.
"""

import argparse
import collections
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stress import apply_edits  # noqa: E402

CHECKS = ("format", "black", "isort", "E501")
DEFAULT_LINE_LENGTH = 88
# Command lines are cut into batches of this many files.
BATCH = 400


class Case:
    """One output to check: the file it comes from, which lift, the line length, and where
    the original and the output are written (the texts are not kept in memory)."""

    def __init__(self, path, label, length, orig_file, out_file):
        self.path, self.label, self.length = path, label, length
        self.orig_file, self.out_file = orig_file, out_file
        self.failures = []


class Store:
    """Writes originals (once per file) and outputs under the work directory, numbered."""

    def __init__(self, work):
        self.root = os.path.join(work, "files")
        os.makedirs(self.root)
        self.count = 0
        self.originals = {}

    def write(self, data):
        self.count += 1
        name = os.path.join(self.root, "%d.py" % self.count)
        with open(name, "wb") as f:
            f.write(data)
        return name

    def case(self, path, label, length, data, fixed):
        if path not in self.originals:
            self.originals[path] = self.write(data)
        return Case(path, label, length, self.originals[path], self.write(fixed))


# --- line length, as src/settings/line_length.rs finds it --------------------------------

TOML_SOURCES = [
    (".picklefix.toml", ()),
    ("picklefix.toml", ()),
    ("pyproject.toml", ("tool", "picklefix")),
    (".ruff.toml", ()),
    ("ruff.toml", ()),
    ("pyproject.toml", ("tool", "ruff")),
    ("pyproject.toml", ("tool", "black")),
]


def toml_length(path, section):
    try:
        with open(path, "rb") as f:
            table = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    for key in section:
        table = table.get(key)
        if not isinstance(table, dict):
            return None
    length = table.get("line-length")
    return length if isinstance(length, int) and 0 < length <= 320 else None


def ini_length(path):
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=("#", ";"))
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return None
    for section in ("flake8", "pycodestyle"):
        for key in ("max-line-length", "max_line_length"):
            value = parser.get(section, key, fallback="").strip()
            if value.isdigit() and 0 < int(value) <= 320:
                return int(value)
    return None


def dir_length(directory, memo):
    """The line length set in `directory` or the nearest directory above it."""
    if directory in memo:
        return memo[directory]
    found = None
    for name, section in TOML_SOURCES:
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            found = toml_length(path, section)
            if found:
                break
    if not found:
        for name in ("setup.cfg", "tox.ini", ".flake8"):
            path = os.path.join(directory, name)
            if os.path.isfile(path) and (found := ini_length(path)):
                break
    if not found:
        parent = os.path.dirname(directory)
        found = DEFAULT_LINE_LENGTH if parent == directory else dir_length(parent, memo)
    memo[directory] = found
    return found


# --- the outputs ----------------------------------------------------------------------------

def lift_cases(args, store, memo):
    """Every lift of `--stress-lift-all`, one file in `args.sample` of those with a lift: the
    files whose index in path order is `args.offset` modulo `args.sample`."""
    command = [args.binary, "--stress-lift-all", "--no-ignore", "--threads", str(args.jobs),
               args.directory]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    per_file = collections.defaultdict(list)
    for line in process.stdout:
        record = json.loads(line)
        if record.get("status") == "lifted":
            per_file[record["path"]].append(record)
    if process.wait() != 0:
        sys.exit("picklefix --stress-lift-all failed with status %d" % process.returncode)
    for number, path in enumerate(sorted(per_file)):
        if number % args.sample != args.offset:
            continue
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue
        length = dir_length(os.path.dirname(os.path.abspath(path)), memo)
        for record in per_file[path]:
            fixed = apply_edits(data, record["edits"])
            if zlib.crc32(fixed) != record["crc32"]:
                # bench/stress.py reports this; nothing to format here.
                continue
            label = "%s:%s:%s" % (path, record["line"], record["col"])
            yield store.case(path, label, length, data, fixed)


def fix_cases(args, work, store, memo):
    """Every file that `picklefix --fix` changes in a hard-linked copy of the directory."""
    source = os.path.abspath(args.directory)
    copy = os.path.join(work, "tree")
    subprocess.run(["cp", "-al", source, copy], check=True)
    command = [args.binary, "--fix", "--no-ignore", "--quiet", "--threads", str(args.jobs), copy]
    done = subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    if done.returncode not in (0, 1):
        sys.exit("picklefix --fix failed with status %d" % done.returncode)
    for root, dirs, files in os.walk(copy):
        dirs.sort()
        for name in sorted(files):
            fixed_path = os.path.join(root, name)
            path = os.path.join(source, os.path.relpath(fixed_path, copy))
            if not name.endswith(".py") or os.path.samefile(fixed_path, path):
                continue
            with open(path, "rb") as f, open(fixed_path, "rb") as g:
                data, fixed = f.read(), g.read()
            if data != fixed:
                length = dir_length(os.path.dirname(path), memo)
                yield store.case(path, path, length, data, fixed)


# --- the tools ------------------------------------------------------------------------------

def batches(files):
    files = sorted(files)
    for start in range(0, len(files), BATCH):
        yield files[start:start + BATCH]


def ruff_format_rejects(args, work, files, length):
    """The files `ruff format --check` would change or cannot parse."""
    rejected = set()
    for batch in batches(files):
        command = [args.ruff, "format", "--check", "--isolated", "--no-cache", "--line-length",
                   str(length), *batch]
        done = subprocess.run(command, capture_output=True, text=True, cwd=work, check=False)
        # ruff names the files relative to its working directory.
        named = set(re.findall(r"(files/\d+\.py)\b", done.stdout + done.stderr))
        rejected.update(f for f in batch if os.path.relpath(f, work) in named)
    return rejected


def black_rejects(args, work, files, length):
    """The files `black --check` would change or cannot format."""
    rejected = set()
    for batch in batches(files):
        command = [args.black, "--check", "--no-cache", "--config", os.path.join(work, "pyproject.toml"),
                   "--line-length", str(length), "--workers", str(args.jobs), *batch]
        done = subprocess.run(command, capture_output=True, text=True, cwd=work, check=False)
        if done.returncode not in (0, 1, 123):
            sys.exit("black failed: %s" % done.stderr.strip())
        named = set(re.findall(r"(files/\d+\.py)\b", done.stderr))
        rejected.update(f for f in batch if os.path.relpath(f, work) in named)
    return rejected


def ruff_check_rejects(args, work, files, length):
    """{"isort": files, "E501": files} with an I001 or E501 diagnostic."""
    rejected = {"isort": set(), "E501": set()}
    for batch in batches(files):
        command = [args.ruff, "check", "--isolated", "--no-cache", "--exit-zero", "--select",
                   "I001,E501", "--line-length", str(length), "--output-format", "json", *batch]
        done = subprocess.run(command, capture_output=True, text=True, cwd=work, check=False)
        if done.returncode != 0:
            sys.exit("ruff check failed: %s" % done.stderr.strip())
        for item in json.loads(done.stdout or "[]"):
            check = {"I001": "isort", "E501": "E501"}.get(item["code"])
            if check:
                rejected[check].add(item["filename"])
    return rejected


def rejects(args, work, files_by_length):
    """{check: set of files it rejects}, over files grouped by line length."""
    found = {check: set() for check in CHECKS}
    for length, files in sorted(files_by_length.items()):
        found["format"] |= ruff_format_rejects(args, work, files, length)
        found["black"] |= black_rejects(args, work, files, length)
        for check, files_rejected in ruff_check_rejects(args, work, files, length).items():
            found[check] |= files_rejected
    return found


# --- the report -----------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--ruff", required=True)
    parser.add_argument("--black", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sample", type=int, default=1, help="check one file in K (lifts)")
    parser.add_argument("--offset", type=int, default=0,
                        help="with --sample K, check the files whose index is R modulo K")
    parser.add_argument("--fix", action="store_true", help="check the outputs of --fix")
    parser.add_argument("--keep", help="write the rejected outputs and originals here")
    args = parser.parse_args()
    args.sample = max(args.sample, 1)
    # The tools run with their working directory in a scratch folder: a relative path given
    # on the command line (bench/stress.sh passes `target/stress-venv/bin/ruff`) must not be
    # looked up there.
    for tool in ("binary", "ruff", "black"):
        path = getattr(args, tool)
        if os.sep in path:
            setattr(args, tool, os.path.abspath(path))
    if not 0 <= args.offset < args.sample:
        parser.error("--offset must be at least 0 and less than --sample")
    work = tempfile.mkdtemp(prefix="picklefix-merge-")
    try:
        status = report(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(status)


def report(args, work):
    with open(os.path.join(work, "pyproject.toml"), "w") as f:
        f.write("[tool.black]\n")
    store, memo = Store(work), {}
    cases = list(fix_cases(args, work, store, memo) if args.fix else lift_cases(args, store, memo))
    by_length = collections.defaultdict(set)
    for case in cases:
        by_length[case.length].add(case.orig_file)
    before = rejects(args, work, by_length)
    # Each output is checked only by the tools that accept its original.
    passing = {check: collections.defaultdict(set) for check in CHECKS}
    for case in cases:
        for check in CHECKS:
            if case.orig_file not in before[check]:
                passing[check][case.length].add(case.out_file)
    after = {check: set() for check in CHECKS}
    for length in sorted({case.length for case in cases}):
        outputs = set().union(*(passing[check][length] for check in CHECKS))
        found = rejects(args, work, {length: outputs})
        for check in CHECKS:
            after[check] |= found[check] & passing[check][length]
    return summary(args, cases, before, passing, after)


def summary(args, cases, before, passing, after):
    originals = {case.orig_file for case in cases}
    print("%d outputs from %d files" % (len(cases), len(originals)))
    for check in CHECKS:
        accepted = len(originals - before[check])
        checked = sum(len(files) for files in passing[check].values())
        print("  %-6s original accepted in %d of %d files; outputs checked %d, rejected %d"
              % (check, accepted, len(originals), checked, len(after[check])))
    rejected = []
    for case in cases:
        failed = [check for check in CHECKS if case.out_file in after[check]]
        if failed:
            rejected.append((case, failed))
    for number, (case, failed) in enumerate(sorted(rejected, key=lambda r: r[0].label)):
        print("rejected: %s: %s" % (case.label, ", ".join(failed)))
        if args.keep:
            keep(args.keep, number, case, failed)
    counts = [len(after[check]) for check in CHECKS]
    print("merge: %d outputs checked, %d rejected (format %d, black %d, isort %d, E501 %d)"
          % (len(cases), len(rejected), *counts))
    return 1 if rejected else 0


def keep(directory, number, case, failed):
    """Copy a rejected output and its original into `directory`, listed in its index.txt."""
    os.makedirs(directory, exist_ok=True)
    shutil.copy(case.orig_file, os.path.join(directory, "%03d.orig.py" % number))
    shutil.copy(case.out_file, os.path.join(directory, "%03d.out.py" % number))
    with open(os.path.join(directory, "index.txt"), "a") as f:
        f.write("%03d %s: %s (line length %d)\n" % (number, case.label, ", ".join(failed), case.length))


if __name__ == "__main__":
    main()
