#!/usr/bin/env bash
# Check picklefix's semantic model against CPython's symtable on every Python file under DIR:
# the scopes, their locals and their free variables. See bench/README.md ("Scopes against
# CPython") for what is compared and how.
#
#   bench/scopes.sh DIR          (from anywhere; DIR relative to the current directory)
#
# The last line printed is `scopes: S scopes in F files, D disagreements`; the exit status is 1
# when D is not 0. PYTHON picks the interpreter (default python3), PICKLEFIX a prebuilt binary.
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: bench/scopes.sh DIR" >&2
    exit 2
fi
dir=$1
root="$(cd "$(dirname "$0")/.." && pwd)"
binary=${PICKLEFIX:-}
if [ -z "$binary" ]; then
    cargo build --release --locked --quiet --bin picklefix --manifest-path "$root/Cargo.toml"
    binary="$root/target/release/picklefix"
fi
exec "${PYTHON:-python3}" "$root/bench/scopes.py" "$dir" --binary "$binary"
