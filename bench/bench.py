"""Time whole-process runs of picklefix beside ruff and a plain read of every file.

The commands take turns, one run each per round: a round to warm the file cache, then RUNS
rounds. The table gives the median wall time, the median CPU time (user + system), the peak
resident memory of any run, and the corpus size divided by the median wall time. Checks the issue's targets and writes a Markdown
report. Called by bench/run.sh, which prepares the corpus, ruff and the release build.
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
import tempfile
import time

RUNS = 5


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


def measure(commands, runs=RUNS, ok=(0, 1, 2)):
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


def corpus_bytes(root):
    total = 0
    for dirpath, _, files in os.walk(root):
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files if f.endswith(".py"))
    return total


def read_all(root):
    return ["sh", "-c", f"find '{root}' -type f -name '*.py' -print0 | xargs -0 -P 2 -n 400 cat > /dev/null"]


def two_copies(root):
    """A tree holding the corpus twice (hard links: no extra disk, same bytes)."""
    target = tempfile.mkdtemp(prefix="picklefix-x2-")
    for copy in ("a", "b"):
        subprocess.run(["cp", "-al", root, os.path.join(target, copy)], check=True)
    return target


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--ruff", required=True)
    parser.add_argument("--picklefix", required=True)
    parser.add_argument("--stages", required=True, help="the `stages` example, built")
    parser.add_argument("--out", required=True)
    parser.add_argument("--check-prefilter", action="store_true")
    args = parser.parse_args()
    pf, corpus = os.path.abspath(args.picklefix), os.path.abspath(args.corpus)
    size = corpus_bytes(corpus)
    ruff = [args.ruff, "check", "--no-cache", "--isolated", "--exclude", "__none__",
            "--select", "PLW0108", "--exit-zero", "--quiet", corpus]
    x2 = two_copies(corpus)
    try:
        print("timing the corpus runs, taking turns ...", file=sys.stderr)
        results = measure({
            "plain read of every file": read_all(corpus),
            "ruff check (PLW0108)": ruff,
            "picklefix (report)": [pf, "--quiet", corpus],
            "picklefix --diff": [pf, "--quiet", "--diff", corpus],
            "picklefix over two copies": [pf, "--quiet", x2],
        })
    finally:
        shutil.rmtree(x2)
    double = results.pop("picklefix over two copies")
    with tempfile.TemporaryDirectory() as tmp:
        path, nlines = single_file(tmp)
        empty = os.path.join(tmp, "empty.py")
        open(empty, "w").close()
        print("timing one file ...", file=sys.stderr)
        single = measure({
            "an empty file (process start)": [pf, "--quiet", empty],
            f"the {nlines}-line file, report": [pf, "--quiet", path],
            f"the {nlines}-line file, --diff": [pf, "--quiet", "--diff", path],
        }, runs=50, ok=(0, 1))
        print("timing one file's stages in process ...", file=sys.stderr)
        stages = stage_times(args.stages, path)
    check = None
    if args.check_prefilter:
        print("comparing findings with and without the prefilter (minutes) ...", file=sys.stderr)
        with_prefilter = findings([pf, corpus])
        check = (with_prefilter == findings([pf, "--no-prefilter", corpus]), len(with_prefilter))
    report(args.out, results, double, single, stages, nlines, size, check, ruff[0])


def report(out, results, double, singles, stages, nlines, size, check, ruff_bin):
    ruff_wall = results["ruff check (PLW0108)"][0]
    single = singles[f"the {nlines}-line file, --diff"]
    pf_wall, _, pf_rss = results["picklefix (report)"]
    lines = [
        "# Benchmark results",
        "",
        f"Taken {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores, "
        f"{cpu_model()}, Python {platform.python_version()}, "
        f"{subprocess.run([ruff_bin, '--version'], capture_output=True, text=True).stdout.strip()}. "
        f"Corpus: {size / 1e6:.1f} MB of Python (`../shared/bench/make_corpus.sh`). "
        "Warm file cache; median of 5 runs after one warm-up, the commands taking turns. "
        "Reproduce with `bench/run.sh`.",
        "",
        "| command | wall (s) | CPU (s) | peak RSS (MiB) | MB/s | vs ruff |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (wall, cpu, rss) in results.items():
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {size / 1e6 / wall:.0f} "
                     f"| {wall / ruff_wall:.2f} |")
    lines += [
        f"| picklefix over two copies | {double[0]:.2f} | {double[1]:.2f} | {double[2]:.0f} "
        f"| {2 * size / 1e6 / double[0]:.0f} | |",
        "",
        f"One file, as a pre-commit hook runs picklefix (median of 50 runs; the {nlines}-line",
        "file has 8 lambdas to lift):",
        "",
        "| run | wall (ms) | CPU (ms) |",
        "|---|---:|---:|",
    ]
    for name, (wall, cpu, _) in singles.items():
        lines.append(f"| {name} | {wall * 1000:.1f} | {cpu * 1000:.1f} |")
    start = singles["an empty file (process start)"][0] * 1000
    floor = start + stages["one parse"] + stages["one analysis"]
    lines += [
        "",
        "The same file's stages inside one process (`bench/stages.rs`, median of 50, the stages",
        "taking turns):",
        "",
        "| stage | wall (ms) |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {ms:.1f} |" for name, ms in stages.items()]
    lines += [
        "",
        f"Process start, one parse and one analysis add up to {floor:.1f} ms: no run that parses "
        "the file and analyses it once can take less, before the fixed text is parsed and "
        "analysed again to verify it.",
    ]
    lines += [
        "",
        "## Targets (issue: fast on large trees)",
        "",
        target("report mode at most 1/3 of ruff's wall time", pf_wall <= ruff_wall / 3,
               f"{pf_wall:.2f} s vs {ruff_wall:.2f} s (ratio {pf_wall / ruff_wall:.2f})"),
        target(f"one {nlines}-line file with findings, --diff, under 10 ms", single[0] < 0.010,
               f"{single[0] * 1000:.1f} ms median of 50"),
        target("two copies at most 2.1 times one copy", double[0] <= 2.1 * pf_wall,
               f"{double[0] / pf_wall:.2f}x"),
        target("peak memory under 64 MB", pf_rss < 64, f"{pf_rss:.0f} MiB"),
        target("two copies at most 10% more memory", double[2] <= 1.1 * pf_rss,
               f"{double[2]:.0f} vs {pf_rss:.0f} MiB"),
    ]
    if check is not None:
        same, count = check
        lines.append(target("same findings with and without the prefilter", same,
                            f"{count} finding(s) with it, {'the same' if same else 'different'} without"))
    text = "\n".join(lines) + "\n"
    print(text)
    with open(out, "w") as f:
        f.write(text + kept_sections(out))


# What follows this line in RESULTS.md is written by other checks (bench/scopes.sh,
# bench/stress.sh), and a
# benchmark run keeps it.
KEEP_MARKER = "<!-- Other checks' figures follow; bench/run.sh keeps them. -->"


def kept_sections(out):
    try:
        with open(out) as f:
            old = f.read()
    except FileNotFoundError:
        return ""
    at = old.find(KEEP_MARKER)
    return "" if at < 0 else "\n" + old[at:]


def target(what, met, figure):
    return f"- [{'x' if met else ' '}] {what}: {figure}"


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
