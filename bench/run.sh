#!/usr/bin/env bash
# The picklefix benchmark: whole-process runs over two corpora and two single files, beside ruff
# and a plain read of every file, checked against the targets of issue 18. Writes
# bench/RESULTS.md. See bench/README.md.
#
#   bench/run.sh [--check-prefilter] [--check-prefilter-tests]      (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${PICKLEFIX_CORPUS:-/tmp/picklefix-corpus}
TEST_CORPUS=${PICKLEFIX_TEST_CORPUS:-/tmp/picklefix-test-corpus}
VENV=${PICKLEFIX_BENCH_VENV:-/tmp/picklefix-bench-venv}
RUFF_VERSION=${RUFF_VERSION:-0.17.6}

if [ ! -d "$CORPUS/py" ]; then
    echo "building the corpus in $CORPUS (downloads pinned wheels from PyPI)" >&2
    bash ../shared/bench/make_corpus.sh "$CORPUS" >&2
fi
if [ ! -d "$TEST_CORPUS/py" ]; then
    echo "building the test-heavy corpus in $TEST_CORPUS (downloads pinned sdists from PyPI)" >&2
    bash bench/make_test_corpus.sh "$TEST_CORPUS" >&2
fi
if [ ! -x "$VENV/bin/ruff" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "ruff==$RUFF_VERSION"
fi
cargo build --release --locked --quiet --bin picklefix --example stages
exec python3 bench/bench.py --corpus "$CORPUS/py" --test-corpus "$TEST_CORPUS/py" \
    --ruff "$VENV/bin/ruff" --picklefix target/release/picklefix \
    --stages target/release/examples/stages --out bench/RESULTS.md "$@"
