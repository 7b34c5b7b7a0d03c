"""Time whole-process runs of picklefix beside ruff, and check the targets of issue 18.

Four cases: the whole benchmark corpus, a test-heavy corpus of source distributions, CPython's
6,187-line `test/_test_multiprocessing.py`, and a generated 2,000-line file. In each the
commands take turns, one run each per round: a round to warm the file cache, then the measured
rounds. A table gives the median wall time, the median CPU time (user + system), the peak
resident memory of any run and the ratio to ruff's median wall time. The targets are computed
from those figures and written as a checklist. Called by bench/run.sh, which prepares the
corpora, ruff and the release build.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

TREE_RUNS = 5
LARGE_FILE_RUNS = 30
SMALL_FILE_RUNS = 50
LARGE_FILE = os.path.join("test", "_test_multiprocessing.py")
LARGE_FILE_STDLIB = "cpython-3.11.7-stdlib"
RUFF = "ruff check (PLW0108)"
REPORT = "picklefix (report)"
DIFF = "picklefix --diff"


def run_once(argv, ok):
    """Wall and CPU seconds and the peak RSS in MiB of one run of `argv`."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"{' '.join(argv)} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(commands, runs, ok=(0, 1, 2)):
    """Median wall and CPU seconds and peak RSS of each of `commands` (name -> argv).

    The commands take turns, one run each per round, after a round of warm-up (which fills the
    file cache): on a shared machine the speed drifts from minute to minute, and taking turns
    lets the drift fall on every command alike, so that their ratios hold.
    """
    samples = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, argv in commands.items():
            sample = run_once(argv, ok)
            if round_ > 0:
                samples[name].append(sample)
    return {
        name: (
            statistics.median(wall for wall, _, _ in runs_),
            statistics.median(cpu for _, cpu, _ in runs_),
            max(rss for _, _, rss in runs_),
        )
        for name, runs_ in samples.items()
    }


def ruff_tree(ruff, root):
    return [ruff, "check", "--no-cache", "--isolated", "--exclude", "__none__",
            "--select", "PLW0108", "--exit-zero", "--quiet", root]


def ruff_file(ruff, path):
    return [ruff, "check", "--no-cache", "--isolated", "--select", "PLW0108", "--exit-zero",
            "--quiet", path]


def corpus_bytes(root):
    total = 0
    for dirpath, _, files in os.walk(root):
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files if f.endswith(".py"))
    return total


def read_all(root):
    return ["sh", "-c",
            f"find '{root}' -type f -name '*.py' -print0 | xargs -0 -P 2 -n 400 cat > /dev/null"]


def two_copies(root):
    """A tree holding the corpus twice (hard links: no extra disk, same bytes)."""
    target = tempfile.mkdtemp(prefix="picklefix-x2-")
    for copy in ("a", "b"):
        subprocess.run(["cp", "-al", root, os.path.join(target, copy)], check=True)
    return target


def prefilter_counts(pf, stages_bin, root):
    """How many files and bytes of `root` picklefix walks, and how many the prefilter lets
    through to the analysis: the binary's own first look, through `stages --prefilter`."""
    listed = subprocess.run([pf, "--show-files", root], capture_output=True, check=True)
    out = subprocess.run([stages_bin, "--prefilter"], input=listed.stdout, capture_output=True,
                         check=True)
    return {name: int(count) for name, count in
            (line.split("\t") for line in out.stdout.decode().splitlines())}


def time_benchmark_corpus(pf, ruff, corpus):
    """The whole benchmark corpus: a plain read, ruff, picklefix in both modes, two copies."""
    x2 = two_copies(corpus)
    try:
        print("timing the benchmark corpus, taking turns ...", file=sys.stderr)
        return measure({
            "plain read of every file": read_all(corpus),
            RUFF: ruff_tree(ruff, corpus),
            REPORT: [pf, "--quiet", corpus],
            DIFF: [pf, "--quiet", "--diff", corpus],
            "picklefix over two copies": [pf, "--quiet", x2],
        }, TREE_RUNS)
    finally:
        shutil.rmtree(x2)


def time_test_corpus(pf, ruff, corpus):
    print("timing the test-heavy corpus, taking turns ...", file=sys.stderr)
    return measure({
        "plain read of every file": read_all(corpus),
        RUFF: ruff_tree(ruff, corpus),
        REPORT: [pf, "--quiet", corpus],
    }, TREE_RUNS)


def large_file(corpus):
    """CPython 3.11.7's `test/_test_multiprocessing.py` from the corpus, or else the local
    standard library's (another version: other line counts), with where it came from."""
    in_corpus = os.path.join(corpus, LARGE_FILE_STDLIB, LARGE_FILE)
    if os.path.isfile(in_corpus):
        return in_corpus, f"the corpus's `{LARGE_FILE_STDLIB}/{LARGE_FILE}`"
    local = os.path.join(sysconfig.get_paths()["stdlib"], LARGE_FILE)
    if os.path.isfile(local):
        version = platform.python_version()
        return local, f"the local Python {version}'s `{local}` (not in the corpus)"
    return None, f"nowhere: neither the corpus nor the local standard library has `{LARGE_FILE}`"


def with_a_finding(path, tmp):
    """A copy of the large file in `tmp` in which `test_flushing` starts the process it makes,
    so that its lambda is a finding for `--diff` to fix, as the file had before picklefix left
    out processes nothing starts; and whether that line was found (else an unchanged copy)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    needle = "        proc = multiprocessing.Process(target=lambda: flike.flush())\n"
    found = needle in text
    text = text.replace(needle, needle + "        proc.start()\n", 1)
    copy = os.path.join(tmp, os.path.basename(LARGE_FILE))
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text)
    return copy, found


def time_one_file(pf, ruff, path, runs, with_empty):
    commands = {}
    if with_empty:
        empty = os.path.join(os.path.dirname(path), "empty.py")
        open(empty, "w").close()
        commands["picklefix on an empty file (process start)"] = [pf, "--quiet", empty]
    commands[RUFF] = ruff_file(ruff, path)
    commands[REPORT] = [pf, "--quiet", path]
    commands[DIFF] = [pf, "--quiet", "--diff", path]
    return measure(commands, runs, ok=(0, 1))


def single_file(directory):
    """A 2,000-line module with findings, as a pre-commit hook sees one file."""
    lines = ["import functools", "from multiprocessing import Pool", "", ""]
    n = 0
    while len(lines) < 1990:
        n += 1
        lines += [
            f"def job_{n}(values, factor):",
            f'    """Scale the values of batch {n}."""',
            "    total = 0",
            "    for v in values:",
            "        total += v * factor",
            "    with Pool(2) as pool:",
            "        return pool.map(lambda v: v * factor + total, values)" if n % 25 == 0
            else "        return total",
            "",
            "",
        ]
    lines += ['if __name__ == "__main__":', "    print(job_25([1, 2, 3], 2))"]
    path = os.path.join(directory, "single.py")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path, len(lines)


def stage_times(stages_bin, path):
    """Median milliseconds of each stage of checking `path`, timed in one process."""
    out = subprocess.run([stages_bin, path, "50"], capture_output=True, text=True, check=True)
    return {name: float(ms) for name, ms in
            (line.split("\t") for line in out.stdout.splitlines())}


def findings(argv):
    """The findings of a run with every rule selected (PKL005 and PKL100 too, which reach the
    prefilter by paths of their own), from its JSON output: every field of each finding."""
    out = subprocess.run(argv + ["--select", "ALL", "--output-format", "json"],
                         capture_output=True, text=True).stdout
    return sorted(json.dumps(f, sort_keys=True) for f in json.loads(out)["findings"])


def check_prefilter(pf, root):
    """Whether the findings are the same with the prefilter and without, and how many."""
    print(f"comparing findings with and without the prefilter on {root} (minutes) ...",
          file=sys.stderr)
    with_prefilter = findings([pf, root])
    return with_prefilter == findings([pf, "--no-prefilter", root]), len(with_prefilter)


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True, help="the benchmark corpus's py/ folder")
    parser.add_argument("--test-corpus", required=True, help="the test-heavy corpus's py/ folder")
    parser.add_argument("--ruff", required=True)
    parser.add_argument("--picklefix", required=True)
    parser.add_argument("--stages", required=True, help="the `stages` example, built")
    parser.add_argument("--out", required=True)
    parser.add_argument("--check-prefilter", action="store_true",
                        help="compare findings without the prefilter on the benchmark corpus")
    parser.add_argument("--check-prefilter-tests", action="store_true",
                        help="the same on the test-heavy corpus")
    return parser.parse_args()


def main():
    args = parse_args()
    pf, stages_bin = os.path.abspath(args.picklefix), os.path.abspath(args.stages)
    corpus, tests = os.path.abspath(args.corpus), os.path.abspath(args.test_corpus)
    m = {"load_before": os.getloadavg()}
    m["bench"] = time_benchmark_corpus(pf, args.ruff, corpus)
    m["bench_prefilter"] = prefilter_counts(pf, stages_bin, corpus)
    m["tests"] = time_test_corpus(pf, args.ruff, tests)
    m["tests_prefilter"] = prefilter_counts(pf, stages_bin, tests)
    m["large_path"], m["large_source"] = large_file(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        if m["large_path"]:
            m["large_path"], started = with_a_finding(m["large_path"], tmp)
            if started:
                m["large_source"] += (", with `proc.start()` added after `test_flushing`'s "
                                      "`Process(target=lambda: ...)` so that `--diff` has its "
                                      "one lambda to fix (a process nothing starts is no finding)")
            print("timing the large file ...", file=sys.stderr)
            m["large"] = time_one_file(pf, args.ruff, m["large_path"], LARGE_FILE_RUNS, False)
            m["large_lines"] = line_count(m["large_path"])
            m["large_kb"] = os.path.getsize(m["large_path"]) / 1000
    with tempfile.TemporaryDirectory() as tmp:
        path, m["small_lines"] = single_file(tmp)
        print("timing the 2,000-line file ...", file=sys.stderr)
        m["small"] = time_one_file(pf, args.ruff, path, SMALL_FILE_RUNS, True)
        print("timing its stages in process ...", file=sys.stderr)
        m["stages"] = stage_times(stages_bin, path)
    m["check_bench"] = check_prefilter(pf, corpus) if args.check_prefilter else None
    m["check_tests"] = check_prefilter(pf, tests) if args.check_prefilter_tests else None
    m["load_after"] = os.getloadavg()
    m["sizes"] = {"bench": corpus_bytes(corpus), "tests": corpus_bytes(tests)}
    m["files"] = {"bench": corpus, "tests": tests}
    write_report(args.out, m, ruff_version(args.ruff), binary_commit())


def write_report(out, m, ruff_version_, commit):
    lines = header(m, ruff_version_, commit) + targets(m) + tree_sections(m) \
        + large_file_section(m) + small_file_section(m)
    text = "\n".join(lines) + "\n"
    print(text)
    # Read what is kept before opening the file for writing, which empties it.
    kept = kept_sections(out)
    with open(out, "w") as f:
        f.write(text + kept)


def header(m, ruff_version_, commit):
    def load(avg):
        return f"{avg[0]:.1f}"
    return [
        "# Benchmark results",
        "",
        (f"Taken {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores, "
        f"{cpu_model()}, Python {platform.python_version()}, {ruff_version_}, picklefix built "
        f"from {commit}; load average {load(m['load_before'])} before the run and "
        f"{load(m['load_after'])} after it. Warm file cache; the commands of each table take "
        "turns, one run each per round, after a round of warm-up; medians. The targets compare "
        "median wall times; CPU time (user + system) is the steadier figure on a loaded "
        "machine, so the tables give its ratio to ruff's too. Reproduce with `bench/run.sh`."),
        "",
    ]


def targets(m):
    """The checklist of issue 18's targets, each ticked from the figures measured."""
    lines = ["## Targets (issue 18)", ""]
    lines += [tree_target(m["bench"], 0.2, "the benchmark corpus"),
              tree_target(m["tests"], 0.25, "the test-heavy corpus")]
    lines += large_file_targets(m)
    small = m["small"]
    lines.append(ratio_target(f"the {m['small_lines']:,}-line file: `--diff` no slower than ruff",
                              small[DIFF], small[RUFF], 1.0, "ms"))
    lines += scaling_targets(m["bench"], m["tests"])
    for corpus, check in (("benchmark", m["check_bench"]), ("test-heavy", m["check_tests"])):
        if check is None:
            lines.append(f"- [ ] same findings with and without the prefilter on the {corpus} "
                         "corpus: not checked in this run")
        else:
            same, count = check
            lines.append(target(
                f"same findings with and without the prefilter on the {corpus} corpus", same,
                f"{count} finding(s) with it, {'the same' if same else 'different'} without"))
    return lines + [""]


def tree_target(results, limit, name):
    return ratio_target(f"whole tree, {name}: report mode at most {limit} of ruff's wall time",
                        results[REPORT], results[RUFF], limit, "s")


def large_file_targets(m):
    if "large" not in m:
        return [f"- [ ] the 6,187-line file: not measured, found {m['large_source']}"]
    large, lines = m["large"], m["large_lines"]
    return [
        ratio_target(f"the {lines:,}-line file: report mode at most 2x ruff", large[REPORT],
                     large[RUFF], 2.0, "ms"),
        ratio_target(f"the {lines:,}-line file: `--diff` at most 2.5x ruff", large[DIFF],
                     large[RUFF], 2.5, "ms"),
    ]


def scaling_targets(bench, tests):
    one, two = bench[REPORT], bench["picklefix over two copies"]
    runs = [(f"{name}, {corpus}", rss) for corpus, results in
            (("benchmark corpus", bench), ("test-heavy corpus", tests))
            for name, (_, _, rss) in results.items() if name.startswith("picklefix")]
    worst, rss = max(runs, key=lambda run: run[1])
    return [
        target("peak memory under 64 MB in every whole-tree run of picklefix", rss < 64,
               f"at most {rss:.0f} MiB ({worst})"),
        target("two copies of the benchmark corpus at most 2.1 times one copy",
               two[0] <= 2.1 * one[0], f"{two[0]:.2f} s vs {one[0]:.2f} s, {two[0] / one[0]:.2f}x"),
        target("two copies at most 10% more memory", two[2] <= 1.1 * one[2],
               f"{two[2]:.0f} vs {one[2]:.0f} MiB"),
    ]


def ratio_target(what, mine, ruff, limit, unit):
    """A target on the ratio of two median wall times, shown in `unit` (s or ms)."""
    def shown(seconds):
        return f"{seconds * 1000:.0f} ms" if unit == "ms" else f"{seconds:.2f} s"
    ratio = mine[0] / ruff[0]
    return target(what, ratio <= limit, f"{shown(mine[0])} vs {shown(ruff[0])}, ratio {ratio:.2f}")


TREES = (
    ("bench", "The benchmark corpus",
     "`../shared/bench/make_corpus.sh`: wheels and CPython's standard library"),
    ("tests", "The test-heavy corpus",
     "`bench/make_test_corpus.sh`: source distributions, test suites included; "
     + "its `STATS.txt` lists the projects"),
)


def tree_sections(m):
    lines = ["## Whole trees", ""]
    for key, title, source in TREES:
        size, counts = m["sizes"][key], m[f"{key}_prefilter"]
        lines += [f"### {title}", "",
                  f"{size / 1e6:.1f} MB of Python ({source}), median of {TREE_RUNS} runs.", ""]
        lines += tree_table(m[key], size) + [""] + prefilter_line(counts) + [""]
    return lines


def tree_table(results, size):
    ruff_wall, ruff_cpu, _ = results[RUFF]
    lines = ["| command | wall (s) | CPU (s) | peak RSS (MiB) | MB/s | vs ruff | CPU vs ruff |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, (wall, cpu, rss) in results.items():
        copies = 2 if name == "picklefix over two copies" else 1
        ratios = " | " if copies == 2 else f"{wall / ruff_wall:.2f} | {cpu / ruff_cpu:.2f}"
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} "
                     f"| {copies * size / 1e6 / wall:.0f} | {ratios} |")
    return lines


def prefilter_line(c):
    return [
        (f"The prefilter lets {c['candidates']:,} of the {c['files']:,} files picklefix walks "
        f"through to the analysis ({100 * c['candidates'] / c['files']:.2f}%), "
        f"{c['candidate bytes'] / 1e6:.1f} of {c['bytes'] / 1e6:.1f} MB "
        f"({100 * c['candidate bytes'] / c['bytes']:.2f}%): counted by `stages --prefilter`, "
        "the binary's own first look at each file.")
    ]


def large_file_section(m):
    lines = ["## One large file", ""]
    if "large" not in m:
        return lines + [f"Not measured: found {m['large_source']}.", ""]
    lines += [(f"{m['large_lines']:,} lines, {m['large_kb']:.0f} KB: "
              f"{m['large_source']}; median of {LARGE_FILE_RUNS} runs."), ""]
    return lines + file_table(m["large"]) + [""]


def small_file_section(m):
    stages, small = m["stages"], m["small"]
    start = small["picklefix on an empty file (process start)"][0] * 1000
    floor = start + stages["one parse"] + stages["one analysis"]
    lines = [f"## One {m['small_lines']:,}-line file", ""]
    lines.append("Generated by `bench/bench.py`, 8 lambdas to lift, as a pre-commit hook runs "
                 f"picklefix; median of {SMALL_FILE_RUNS} runs.")
    lines += [""] + file_table(small) + [""]
    lines.append("Its stages inside one process (`bench/stages.rs`, median of 50, the stages "
                 "taking turns):")
    lines += ["", "| stage | wall (ms) |", "|---|---:|"]
    lines += [f"| {name} | {ms:.1f} |" for name, ms in stages.items()] + [""]
    lines.append(f"Process start, one parse and one analysis add up to {floor:.1f} ms: no run "
                 "that parses the file and analyses it once can take less, before the fixed "
                 "text is parsed and analysed again to verify it.")
    return lines + [""]


def file_table(results):
    ruff_wall, ruff_cpu, _ = results[RUFF]
    lines = ["| command | wall (ms) | CPU (ms) | peak RSS (MiB) | vs ruff | CPU vs ruff |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, (wall, cpu, rss) in results.items():
        lines.append(f"| {name} | {wall * 1000:.1f} | {cpu * 1000:.1f} | {rss:.0f} "
                     f"| {wall / ruff_wall:.2f} | {cpu / ruff_cpu:.2f} |")
    return lines


# What follows this line in RESULTS.md is written by other checks (bench/scopes.sh,
# bench/stress.sh), and a benchmark run keeps it.
KEEP_MARKER = "<!-- Other checks' figures follow; bench/run.sh keeps them. -->"


def kept_sections(out):
    try:
        with open(out) as f:
            old = f.read()
    except FileNotFoundError:
        return ""
    at = old.find(KEEP_MARKER)
    return "" if at < 0 else old[at:]


def target(what, met, figure):
    return f"- [{'x' if met else ' '}] {what}: {figure}"


def line_count(path):
    with open(path, "rb") as f:
        return f.read().count(b"\n")


def ruff_version(ruff):
    out = subprocess.run([ruff, "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip()


def binary_commit():
    """The commit the binary was built from, marked when the work tree differs from it."""
    def git(*args):
        out = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
        return out.stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "an unknown commit"
    changed = git("status", "--porcelain", "--", "src", "Cargo.toml", "Cargo.lock")
    return commit + (" (with uncommitted changes)" if changed else "")


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    main()
