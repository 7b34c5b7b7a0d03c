#!/usr/bin/env python3
"""Fix each small project of bench/merge/projects with picklefix and judge the result as its
maintainers' checks would.

usage: check.py PICKLEFIX [PROJECT_DIR...]   (default: every folder of projects/)

Each project is `orig/` (its files, with the configuration of its formatter, import sorter and
line length) and `meta.json`:
- `fmt`: `"ruff"` (default) or `"black"`, the formatter whose check the fix must pass;
- `isort`: the project sorts imports with isort (its configuration in `orig/`), checked when
  `ISORT` names an isort executable; `e501`: check ruff's E501 beside isort;
- `cwd`, `run`: where and which script prints the program's output (default `.` and `main.py`);
- `expect`: `"refuse"` when picklefix must report and write nothing (the default is a fix);
- `unsafe_fixes`: fix with `--unsafe-fixes`.

For a fix: the original passes its own checks; picklefix changes it; every file compiles; the
formatter, `ruff check --select I,E501` (or isort) accept the fixed files; the fixed program
prints under spawn and forkserver what the original prints under fork (or, when the original
fails there, what it prints with pools of threads in place of processes, or `expected.txt`); a
second `--fix` changes nothing and a report finds nothing. Tools come from `RUFF`, `BLACK` and
`ISORT` (default: `ruff` and `black` on the PATH). Prints one line per project, the reasons of
each failure, and `merge: P/N projects pass`; exits 1 when one fails.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

RUFF = os.environ.get("RUFF", "ruff")
BLACK = os.environ.get("BLACK", "black")
ISORT = os.environ.get("ISORT")
RUNNER = (
    "import multiprocessing as mp, runpy, sys; mp.set_start_method(sys.argv[1], force=True); "
    "runpy.run_path(sys.argv[2], run_name='__main__')"
)
# The original run with pools of threads in place of processes: what the program means to print
# when its pool cannot pickle the task under fork either.
THREADS = (
    "import multiprocessing as mp, multiprocessing.dummy as d, multiprocessing.context as c, "
    "concurrent.futures as cf, runpy, sys; mp.set_start_method('fork', force=True); "
    "mp.Pool = d.Pool; c.BaseContext.Pool = lambda self, *a, **k: d.Pool(*a, **k); "
    "cf.ProcessPoolExecutor = cf.ThreadPoolExecutor; import concurrent.futures.process as p; "
    "p.ProcessPoolExecutor = cf.ThreadPoolExecutor; runpy.run_path(sys.argv[2], run_name='__main__')"
)


def sh(cmd, cwd, timeout=120):
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
        return done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired:
        return -9, "TIMEOUT"


def style(folder, meta):
    problems = []
    rc, out = sh([RUFF, "format", "--no-cache", "--check", "--diff", "."], folder)
    if meta.get("fmt", "ruff") == "ruff" and rc:
        problems.append("ruff format: " + out[-1500:])
    if meta.get("isort"):
        if ISORT:
            rc, out = sh([ISORT, "--check-only", "--diff", "."], folder)
            if rc:
                problems.append("isort: " + out[-1500:])
        if meta.get("e501"):
            rc, out = sh([RUFF, "check", "--no-cache", "--select", "E501", "--output-format", "concise", "."], folder)
            if rc:
                problems.append("E501: " + out[-800:])
    else:
        rc, out = sh([RUFF, "check", "--no-cache", "--select", "I,E501", "--output-format", "concise", "."], folder)
        if rc:
            problems.append("ruff check: " + out[-1500:])
    if meta.get("fmt") == "black":
        rc, out = sh([BLACK, "--check", "--diff", "-q", "."], folder)
        if rc:
            problems.append("black: " + out[-1500:])
    return problems


def python_files(folder):
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".py"):
                yield os.path.join(root, name)


def tree(folder):
    return {
        os.path.relpath(path, folder): open(path, "rb").read() for path in python_files(folder)
    }


def check(picklefix, project, work):
    meta = json.load(open(os.path.join(project, "meta.json")))
    orig = os.path.join(work, "orig")
    fixed = os.path.join(work, "fixed")
    shutil.copytree(os.path.join(project, "orig"), orig)
    problems = ["ORIGINAL " + p for p in style(orig, meta)]
    shutil.copytree(orig, fixed)
    fix = [picklefix, "--fix", "."] + (["--unsafe-fixes"] if meta.get("unsafe_fixes") else [])
    sh(fix, fixed)
    changed = tree(orig) != tree(fixed)
    if meta.get("expect") == "refuse":
        rc, out = sh([picklefix, "."], orig)
        if changed:
            problems.append("WRITTEN: a refusal was expected")
        if rc == 0:
            problems.append("NOT REPORTED: " + out[-300:])
        return problems
    if not changed:
        problems.append("NOT FIXED")
    for path in python_files(fixed):
        rc, out = sh([sys.executable, "-m", "py_compile", path], fixed)
        if rc:
            problems.append("COMPILE " + out[-500:])
    problems += ["STYLE " + p for p in style(fixed, meta)]
    cwd, script = meta.get("cwd", "."), meta.get("run", "main.py")
    expected_file = os.path.join(project, "expected.txt")
    if os.path.exists(expected_file):
        expected = open(expected_file).read()
    else:
        rc, out = sh([sys.executable, "-c", RUNNER, "fork", script], os.path.join(orig, cwd), 60)
        if rc != 0 or "Traceback" in out:
            rc, out = sh([sys.executable, "-c", THREADS, "fork", script], os.path.join(orig, cwd), 60)
        expected = out if rc == 0 else None
    if expected is None:
        problems.append("NO EXPECTED OUTPUT")
    for method in ("spawn", "forkserver"):
        rc, out = sh([sys.executable, "-c", RUNNER, method, script], os.path.join(fixed, cwd), 60)
        if expected is not None and (rc or out != expected):
            problems.append(f"RUN {method}: rc={rc}, printed {out[-300:]!r}, expected {expected[-200:]!r}")
    again = os.path.join(work, "again")
    shutil.copytree(fixed, again)
    sh(fix, again)
    if tree(again) != tree(fixed):
        problems.append("NOT IDEMPOTENT: a second --fix changed the files")
    rc, out = sh([picklefix, "."], fixed)
    if rc:
        problems.append("SECOND RUN: " + out[-600:])
    return problems


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    picklefix = os.path.abspath(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    projects = sys.argv[2:] or sorted(
        os.path.join(here, "projects", name) for name in os.listdir(os.path.join(here, "projects"))
    )
    if not ISORT:
        print("note: ISORT is not set, isort's checks are skipped", file=sys.stderr)
    passed = 0
    for project in projects:
        with tempfile.TemporaryDirectory() as work:
            problems = check(picklefix, os.path.abspath(project), work)
        name = os.path.basename(os.path.normpath(project))
        print(f"{name}: {'PASS' if not problems else 'FAIL'}")
        for problem in problems:
            print("    " + problem.replace("\n", "\n      ")[:2500])
        passed += not problems
    print(f"merge: {passed}/{len(projects)} projects pass")
    sys.exit(passed != len(projects))


if __name__ == "__main__":
    main()
