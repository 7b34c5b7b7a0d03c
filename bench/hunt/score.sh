#!/bin/bash
# bench/hunt/score.sh BIN -- score a picklefix binary against the wrapper hunt programs.
#   fix:    OK | MISS (no finding) | REFUSED (findings, nothing fixed) | BROKEN (fixed output
#           differs from the unchanged program under fork, or crashes, under spawn/forkserver)
#   none:   OK | FALSE (a finding was reported)
#   refuse: OK (finding reported, --fix changed nothing) | WRONGFIX (--fix changed files) | MISS
#   any:    ERROR (picklefix exit 2 / unparsable JSON), BADPROG (original fails under fork
#           and no `expected_output` file says what the fixed program prints)
# Per-program details go to $LOGDIR (default /tmp/picklefix-hunt-logs).
set -u
if [ $# -ne 1 ]; then echo "usage: $0 BIN" >&2; exit 2; fi
BIN=$(readlink -f "$1")
[ -x "$BIN" ] || { echo "not executable: $1" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
LOGDIR=${LOGDIR:-/tmp/picklefix-hunt-logs}
JOBS=${JOBS:-2}
TIMEOUT=${TIMEOUT:-20}
rm -rf "$LOGDIR"; mkdir -p "$LOGDIR"
export BIN LOGDIR TIMEOUT

RUNPY='import multiprocessing as m, os, runpy, sys
m.set_start_method(sys.argv[1])
sys.path.insert(0, os.getcwd())
sys.argv = ["main.py"]
runpy.run_path(os.path.abspath("main.py"), run_name="__main__")'
export RUNPY

score_one() {
  src=$1; name=$(basename "$src"); exp=$(tr -d ' \n\t' < "$src/expect")
  log="$LOGDIR/$name.log"; tmp=$(mktemp -d /tmp/picklefix-hunt.XXXXXX)
  cp -r "$src" "$tmp/orig"; cp -r "$src" "$tmp/work"
  find "$tmp" -name __pycache__ -prune -exec rm -rf {} +
  rm -f "$tmp/orig/expect" "$tmp/work/expect" "$tmp/orig/expected_output" "$tmp/work/expected_output"
  run() { (cd "$1" && timeout "$TIMEOUT" python3 -c "$RUNPY" "$2" > "$tmp/$3.out" 2> "$tmp/$3.err"); echo $?; }
  sums() { (cd "$tmp/work" && find . -name '*.py' -type f | sort | xargs md5sum); }
  status=""
  {
    echo "== $name (expect $exp)"
    rc=$(run "$tmp/orig" fork orig); echo "original under fork: rc=$rc"; cat "$tmp/orig.out"
    if [ -f "$src/expected_output" ]; then
      # A pool or executor pickles its tasks under fork too: the output the fixed program
      # must print is written down beside it.
      cp "$src/expected_output" "$tmp/orig.out"; echo "expected output:"; cat "$tmp/orig.out"
    elif [ "$rc" -ne 0 ]; then status=BADPROG; tail -5 "$tmp/orig.err"; fi
    if [ -z "$status" ]; then
      (cd "$tmp/work" && "$BIN" --output-format json . > "$tmp/report.json" 2> "$tmp/report.err"); prc=$?
      counts=$(python3 - "$tmp/report.json" <<'PY'
import json, sys
try:
    d = json.load(open(sys.argv[1]))
except Exception:
    print("bad"); sys.exit()
fs = d.get("findings", [])
print(len(fs), sum(1 for f in fs if f.get("fixable")))
for f in fs:
    print("  ", f["path"], f["range"]["start"]["line"], f["code"], "fixable" if f.get("fixable") else "-", f["message"], file=sys.stderr)
PY
      2>"$tmp/findings.txt")
      echo "report: exit=$prc findings/fixable=$counts"; cat "$tmp/findings.txt" "$tmp/report.err"
      if [ "$prc" -eq 2 ] || [ "$counts" = bad ]; then status=ERROR; fi
      nfind=${counts%% *}
    fi
    if [ -z "$status" ]; then
      case $exp in
        none)
          if [ "$nfind" -eq 0 ]; then status=OK; else status=FALSE; fi ;;
        fix|refuse)
          before=$(sums)
          (cd "$tmp/work" && "$BIN" --fix . > "$tmp/fix.out" 2>&1); frc=$?
          echo "fix: exit=$frc"; cat "$tmp/fix.out"
          after=$(sums)
          changed=0; [ "$before" != "$after" ] && changed=1
          if [ "$changed" -eq 1 ]; then (cd "$tmp" && diff -ru orig work -x __pycache__ -x '*.out' -x '*.err'); fi
          if [ "$frc" -eq 2 ]; then status=ERROR
          elif [ "$exp" = refuse ]; then
            if [ "$changed" -eq 1 ]; then status=WRONGFIX
            elif [ "$nfind" -gt 0 ]; then status=OK
            else status=MISS; fi
          elif [ "$changed" -eq 0 ]; then
            if [ "$nfind" -gt 0 ]; then status=REFUSED; else status=MISS; fi
          else
            status=OK
            for method in spawn forkserver; do
              rc=$(run "$tmp/work" "$method" "$method")
              echo "fixed under $method: rc=$rc"; cat "$tmp/$method.out"
              if [ "$rc" -ne 0 ] || ! cmp -s "$tmp/orig.out" "$tmp/$method.out"; then
                status=BROKEN; tail -3 "$tmp/$method.err"
              fi
            done
          fi ;;
        *) status="BADEXPECT($exp)" ;;
      esac
    fi
    echo "status: $status"
  } > "$log" 2>&1
  [ -z "$status" ] && status=$(sed -n 's/^status: //p' "$log")
  status=$(sed -n 's/^status: //p' "$log")
  echo "$name $status"
  rm -rf "$tmp"
}
export -f score_one

ls -d "$HERE"/[0-9][0-9][0-9]_*/ "$HERE"/[0-9][0-9][0-9][0-9]_*/ 2>/dev/null | sed 's:/$::' \
  | xargs -P "$JOBS" -I{} bash -c 'score_one "$@"' _ {} > "$LOGDIR/results.txt"
sort "$LOGDIR/results.txt"
total=$(wc -l < "$LOGDIR/results.txt")
ok=$(grep -c ' OK$' "$LOGDIR/results.txt")
echo "score: $ok/$total"
