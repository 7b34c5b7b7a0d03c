#!/bin/bash
# verify.sh [DIR...]: check each program's behaviour against its expect file, unchanged.
ROOT=$(cd "$(dirname "$0")" && pwd)
RUN='import multiprocessing as m, os, runpy, sys
m.set_start_method(sys.argv[1])
sys.path.insert(0, os.getcwd())
sys.argv = ["main.py"]
runpy.run_path(os.path.abspath("main.py"), run_name="__main__")'
one() {
  d=$1; name=$(basename $d); exp=$(cat $d/expect)
  t0=$(date +%s.%N)
  fo=$(cd $d && timeout 10 python3 -c "$RUN" fork 2>${TMPDIR:-/tmp}/hv_$name.ferr); frc=$?
  t1=$(date +%s.%N)
  so=$(cd $d && timeout 8 python3 -c "$RUN" spawn 2>${TMPDIR:-/tmp}/hv_$name.serr); src=$?
  ft=$(echo "$t1 - $t0" | bc)
  st=ok; [ $frc -ne 0 ] && st="FORKFAIL"
  case $exp in
    fix) if [ $src -eq 0 ] && [ "$so" = "$fo" ]; then st="$st SPAWN_WORKS"; fi ;;
    none) if [ $src -ne 0 ] || [ "$so" != "$fo" ]; then st="$st SPAWN_DIFF($src)"; fi ;;
  esac
  printf '%-40s %-6s fork=%s(%.1fs) spawn=%s %s | %s\n' $name $exp $frc $ft $src "$st" "$(echo "$fo" | head -c 80 | tr '\n' ' ')"
  find $d -name __pycache__ -prune -exec rm -rf {} + 2>/dev/null
}
export -f one; export RUN
if [ $# -gt 0 ]; then printf '%s\n' "$@"; else ls -d $ROOT/[0-9]*; fi | xargs -P 2 -I{} bash -c 'one {}' | sort
