#!/usr/bin/env bash
# Lift every lambda and nested function of every file under DIR, one at a time, and check each
# result with CPython and ruff (see bench/stress.py for the checks), and with the formatters
# the original passes (bench/merge_check.py). The last line printed is
#   stress: N lifted in F files, B broken, R refused
# and the exit status is 1 when anything is broken (or the scope check below disagrees).
#
# Usage: bench/stress.sh DIR
#   RUFF=/path/to/ruff   use this ruff (it must be 0.17.6) instead of the pinned one the
#                        script installs into target/stress-venv
#   JOBS=N               worker processes and threads (default: all cores)
#   PICKLEFIX=/path      use this binary instead of building target/release/picklefix
#   BLACK=/path/to/black use this black (it must be 26.10.1) for the merge check below
#   MERGE=0              skip the merge check; MERGE=strict makes a rejected output fail the
#                        run too (by default it is reported only: bench/README.md lists the
#                        shapes still rejected); MERGE_SAMPLE=K checks one file in K
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: bench/stress.sh DIR" >&2
    exit 2
fi
dir="$1"
cd "$(dirname "$0")/.."

RUFF_VERSION=0.17.6
BLACK_VERSION=26.10.1
venv=target/stress-venv
if [ -z "${RUFF:-}" ]; then
    if [ ! -x "$venv/bin/ruff" ] || [ "$("$venv/bin/ruff" --version)" != "ruff $RUFF_VERSION" ]; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet "ruff==$RUFF_VERSION"
    fi
    RUFF="$venv/bin/ruff"
fi
if [ "$("$RUFF" --version)" != "ruff $RUFF_VERSION" ]; then
    echo "error: $RUFF is not ruff $RUFF_VERSION" >&2
    exit 2
fi

if [ -z "${PICKLEFIX:-}" ]; then
    cargo build --release --quiet
    PICKLEFIX=target/release/picklefix
fi

# --- hook: scope check (issue 17 item 3) ------------------------------------------------
# bench/scopes.sh compares the semantic model's scopes with CPython's symtable. It runs here,
# before the lifts, so that the stress line stays the last line; its own summary line counts
# the disagreements. Set SCOPES=0 to skip it.
scopes_status=0
if [ "${SCOPES:-1}" != 0 ] && [ -x bench/scopes.sh ]; then
    bench/scopes.sh "$dir" || scopes_status=$?
fi
# --- end of hook ------------------------------------------------------------------------

# --- hook: merge check (formatters, import sorter and line limit) ----------------------
# bench/merge_check.py runs ruff format, black, and ruff's I001 and E501 over every lift whose
# original they accept; its summary line (`merge: ...`) counts the rejected outputs. It runs
# before the lifts' check, so that the stress line stays the last line.
merge_status=0
if [ "${MERGE:-1}" != 0 ]; then
    if [ -z "${BLACK:-}" ]; then
        if [ ! -x "$venv/bin/black" ] || ! "$venv/bin/black" --version | grep -q "black, $BLACK_VERSION "; then
            [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
            "$venv/bin/pip" install --quiet "black==$BLACK_VERSION"
        fi
        BLACK="$venv/bin/black"
    fi
    python3 bench/merge_check.py --binary "$PICKLEFIX" --ruff "$RUFF" --black "$BLACK" \
        ${JOBS:+--jobs "$JOBS"} --sample "${MERGE_SAMPLE:-1}" "$dir" || merge_status=$?
fi
# --- end of hook ------------------------------------------------------------------------

status=0
python3 bench/stress.py --binary "$PICKLEFIX" --ruff "$RUFF" ${JOBS:+--jobs "$JOBS"} "$dir" || status=$?
if [ "$status" -eq 0 ] && [ "$scopes_status" -ne 0 ]; then
    status=$scopes_status
fi
if [ "$status" -eq 0 ] && [ "$merge_status" -ne 0 ] && [ "${MERGE:-1}" = strict ]; then
    status=$merge_status
fi
exit "$status"
