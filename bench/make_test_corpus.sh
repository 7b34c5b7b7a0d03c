#!/usr/bin/env bash
# Builds the test-heavy corpus: the source distributions of large projects, test suites
# included, where the benchmark corpus (../shared/bench/make_corpus.sh) holds their wheels.
#
#   bench/make_test_corpus.sh [DIR]      (default: /tmp/picklefix-test-corpus)
#
# DIR/py/<project>/...  only regular *.py files of each sdist
# DIR/STATS.txt         files, lines, bytes and test files per project, and a digest of it all
#
# Contents: pinned sdists from PyPI, the versions of make_corpus.sh, each one that ships its
# tests: Django (tests/), SQLAlchemy (test/), celery and billiard (t/), pytest-xdist (testing/),
# loky and pebble (tests/ beside the package); sympy, astropy, dask and joblib keep theirs inside
# the package, as their wheels do, and add docs, examples and tooling. Left out because their
# sdists hold no test suite (checked): distributed, mpire, transformers, plotly, homeassistant
# (21 test files of 10,934).
#
# pip downloads an sdist only after preparing its metadata, which installs its build backend:
# `--no-binary NAME` (not `:all:`) takes the project itself as source and lets that backend
# come as a wheel, instead of compiling numpy from source to read a version number. Left out
# because their metadata needs a native build: pandas (meson configured for over six minutes
# before it was stopped) and statsmodels (it compiled its extensions); scikit-learn,
# matplotlib, numpy and scipy build with meson-python too and were not tried. Their wheels in
# the benchmark corpus hold their tests already. Same versions, same bytes, every time.
set -euo pipefail
DIR=${1:-/tmp/picklefix-test-corpus}
PY=${PYTHON:-python3}
PACKAGES=(
  Django==6.1.3 sympy==1.14.0 astropy==8.0.2 SQLAlchemy==2.1.9 celery==5.7.0 dask==2026.8.0
  joblib==1.6.0 loky==3.7.0 billiard==4.3.2 pebble==5.2.3 pytest-xdist==3.8.0
)
rm -rf "$DIR/py" "$DIR/sdists" && mkdir -p "$DIR/py" "$DIR/sdists"

for spec in "${PACKAGES[@]}"; do
  "$PY" -m pip download --quiet --no-deps --python-version 3.14.2 --no-binary "${spec%%==*}" \
    -d "$DIR/sdists" "$spec"
done

# Only regular *.py members, under DIR/py/<name-version>/ (the sdist's own top folder).
"$PY" - "$DIR" <<'PYEOF'
import os, sys, tarfile
dir_ = sys.argv[1]
for sdist in sorted(os.listdir(os.path.join(dir_, "sdists"))):
    with tarfile.open(os.path.join(dir_, "sdists", sdist)) as tar:
        members = [m for m in tar.getmembers() if m.isreg() and m.name.endswith(".py")]
        tar.extractall(os.path.join(dir_, "py"), members=members, filter="data")
PYEOF
find "$DIR/py" -mindepth 1 -name '.*' -prune -exec rm -rf {} +
find "$DIR/py" -depth -type d -empty -delete

"$PY" - "$DIR" <<'PYEOF' | tee "$DIR/STATS.txt"
import hashlib, os, sys
root = os.path.join(sys.argv[1], "py")
TEST_DIRS = {"test", "tests", "testing", "t"}

def is_test(path):
    """A file of a test suite: under a test folder, or named as pytest collects it."""
    *dirs, name = os.path.relpath(path, root).split(os.sep)
    return bool(TEST_DIRS & set(dirs)) or name.startswith("test_") or name.endswith("_test.py") \
        or name == "conftest.py"

total, digest = [0, 0, 0, 0], hashlib.sha256()
print(f"{'project':40} {'files':>7} {'lines':>10} {'bytes':>12} {'test files':>10}")
for project in sorted(os.listdir(root)):
    walk = os.walk(os.path.join(root, project))
    paths = sorted(os.path.join(d, f) for d, _, fs in walk for f in fs)
    n = lines = size = tests = 0
    for p in paths:
        data = open(p, "rb").read()
        n, size, lines = n + 1, size + len(data), lines + data.count(b"\n")
        tests += is_test(p)
        digest.update(os.path.relpath(p, root).encode() + b"\0" + hashlib.sha256(data).digest())
    print(f"{project:40} {n:>7} {lines:>10} {size:>12} {tests:>10}")
    total = [total[0] + n, total[1] + lines, total[2] + size, total[3] + tests]
print(f"{'TOTAL':40} {total[0]:>7} {total[1]:>10} {total[2]:>12} {total[3]:>10}"
      f"  ({total[2] / 1e6:.1f} MB)")
print(f"digest {digest.hexdigest()}")
PYEOF
