#!/usr/bin/env bash
# End-to-end test of contrib/all_repos_picklefix.py: three local git repositories, an
# all-repos config with the JSON-file source, and a push setting that pushes nothing but
# records the commit it was handed (contrib's own test double, read-only like
# all_repos.push.readonly). Checks that only the repository with a fixable finding gets a
# commit, that its message lists what was lifted, that its diff is the lift, that --dry-run
# pushes nothing, and that the source repositories are never touched.
#
# Needs all-repos (pinned below) in $ALL_REPOS_VENV (default target/allrepos-venv, created
# when missing) and the picklefix binary in $PICKLEFIX (default target/debug/picklefix).
set -euo pipefail

cd "$(dirname "$0")/.."
root="$PWD"
ALL_REPOS_PIN="all-repos==1.33.0"
venv="${ALL_REPOS_VENV:-$root/target/allrepos-venv}"
picklefix="$(realpath "${PICKLEFIX:-target/debug/picklefix}")"

if [ ! -x "$venv/bin/all-repos-clone" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "$ALL_REPOS_PIN"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_NAME=picklefix-test GIT_AUTHOR_EMAIL=test@picklefix.invalid
export GIT_COMMITTER_NAME=picklefix-test GIT_COMMITTER_EMAIL=test@picklefix.invalid

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# make_repo NAME FILE CONTENT: a repository with one commit on main.
make_repo() {
    local dir="$work/upstream/$1"
    mkdir -p "$dir"
    git -C "$dir" init --quiet --initial-branch=main
    printf '%s' "$3" > "$dir/$2"
    git -C "$dir" add . && git -C "$dir" commit --quiet -m "initial"
}

# alpha: a lambda handed to Pool.map, fixable.
make_repo alpha jobs.py 'from multiprocessing import Pool


def main():
    with Pool(2) as pool:
        print(pool.map(lambda x: x * 2, [1, 2, 3]))


if __name__ == "__main__":
    main()
'
# beta: uses a pool correctly; nothing to fix.
make_repo beta work.py 'from multiprocessing import Pool


def double(x):
    return x * 2


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
'
# gamma: a class defined in a function (PKL004), reported but never fixed: no commit.
make_repo gamma tasks.py 'from concurrent.futures import ProcessPoolExecutor


def main():
    class Task:
        def run(self, x):
            return x

    with ProcessPoolExecutor() as executor:
        executor.submit(Task().run, 1)
'
heads_before="$(for r in alpha beta gamma; do git -C "$work/upstream/$r" rev-parse HEAD; done)"

# The push double: records the message and diff of the commit instead of pushing it.
mkdir -p "$work/pymods" "$work/pushed"
cat > "$work/pymods/record_push.py" <<'PY'
import collections
import os
import subprocess

Settings = collections.namedtuple("Settings", ("record_dir",))


def push(settings, branch_name):
    url = subprocess.check_output(("git", "config", "remote.origin.url"), text=True)
    name = os.path.basename(url.strip())
    show = subprocess.check_output(("git", "show", "--format=%B", "HEAD"), text=True)
    with open(os.path.join(settings.record_dir, name + ".txt"), "w") as f:
        f.write(f"branch: {branch_name}\n{show}")
PY
printf '{"alpha": "%s", "beta": "%s", "gamma": "%s"}\n' \
    "$work/upstream/alpha" "$work/upstream/beta" "$work/upstream/gamma" > "$work/repos.json"
cat > "$work/all-repos.json" <<JSON
{
    "output_dir": "output",
    "source": "all_repos.source.json_file",
    "source_settings": {"filename": "$work/repos.json"},
    "push": "record_push",
    "push_settings": {"record_dir": "$work/pushed"}
}
JSON
chmod 600 "$work/all-repos.json"

export PYTHONPATH="$work/pymods"
"$venv/bin/all-repos-clone" -C "$work/all-repos.json" > "$work/clone.log" 2>&1 ||
    { cat "$work/clone.log"; fail "all-repos-clone"; }

echo "--- all-repos with picklefix, --dry-run: commits but pushes nothing"
"$venv/bin/python" contrib/all_repos_picklefix.py -C "$work/all-repos.json" \
    --picklefix "$picklefix" --dry-run > "$work/dry.log" 2>&1 || { cat "$work/dry.log"; fail "dry run"; }
[ -z "$(ls "$work/pushed")" ] || fail "--dry-run pushed: $(ls "$work/pushed")"
grep -q '+def _main_task(x):' "$work/dry.log" || fail "the dry run shows no diff"

echo "--- all-repos with picklefix, recorded push"
"$venv/bin/python" contrib/all_repos_picklefix.py -C "$work/all-repos.json" \
    --picklefix "$picklefix" > "$work/run.log" 2>&1 || { cat "$work/run.log"; fail "run"; }
if grep -q '^\*\*\*Errored' "$work/run.log"; then cat "$work/run.log"; fail "a repository errored"; fi
[ "$(ls "$work/pushed")" = "alpha.txt" ] || fail "pushed $(ls "$work/pushed"), expected alpha only"
pushed="$work/pushed/alpha.txt"
expect() {
    grep -qF -- "$1" "$pushed" || { cat "$pushed"; fail "alpha's commit lacks: $1"; }
}
expect "branch: all-repos_autofix_picklefix"
expect "Lift callables that multiprocessing cannot pickle (picklefix)"
expect "picklefix lifted:"
expect '- jobs.py:6: PKL002 lambda passed to `Pool.map` cannot be pickled; lift it to module-level function `_main_task`'
expect "Committed via https://github.com/asottile/all-repos"
expect "+def _main_task(x):"
expect "+        print(pool.map(_main_task, [1, 2, 3]))"
# The list comes before all-repos' trailer, after the title.
[ "$(grep -n 'picklefix lifted:' "$pushed" | cut -d: -f1)" -lt \
  "$(grep -n 'Committed via' "$pushed" | cut -d: -f1)" ] || fail "the list is after the trailer"

heads_after="$(for r in alpha beta gamma; do git -C "$work/upstream/$r" rev-parse HEAD; done)"
[ "$heads_before" = "$heads_after" ] || fail "a source repository changed"
echo "--- the commit alpha would have pushed"
cat "$pushed"
echo "all-repos autofixer OK"
