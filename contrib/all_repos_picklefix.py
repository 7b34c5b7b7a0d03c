"""An all-repos autofixer that runs `picklefix --fix` in every repository.

all-repos (https://github.com/asottile/all-repos, `pip install all-repos`) clones an
organisation's repositories, runs an autofixer in a fresh clone of each, commits and pushes
through the push setting of its config (a pull request, or nothing with
`all_repos.push.readonly` or `--dry-run`). This is that autofixer for picklefix:

    python contrib/all_repos_picklefix.py -C all-repos.json [--dry-run] [--picklefix PATH]

It picks the repositories whose Python files mention `multiprocessing`, `concurrent` or
`billiard` (as `all-repos-grep` would), and in each runs `picklefix --output-format json`
to learn what will be lifted, then `picklefix --fix`. The commit message lists every lift that reached the files:
all-repos writes the message before any repository is fixed, so a `prepare-commit-msg` hook
in the disposable clone adds the repository's own list to it.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
from collections.abc import Sequence

from all_repos import autofix_lib
from all_repos.config import Config
from all_repos.grep import repos_matching

TITLE = "Lift callables that multiprocessing cannot pickle (picklefix)"
BRANCH = "picklefix"

# Run by git in the clone with the message file as its argument: the list goes after the
# message's first paragraph (the title), before the trailer all-repos adds.
HOOK = """#!{python}
import sys

with open(sys.argv[1]) as f:
    message = f.read()
with open({lifted!r}) as f:
    lifted = f.read().strip()
title, _, rest = message.partition("\\n\\n")
with open(sys.argv[1], "w") as f:
    f.write(title + "\\n\\n" + lifted + "\\n\\n" + rest)
"""


def find_repos(config: Config) -> set[str]:
    """Repositories with a Python file naming a module whose process APIs picklefix knows."""
    modules = "multiprocessing|concurrent|billiard"
    return repos_matching(config, ("-E", modules, "--", "*.py"))


def findings(picklefix: str) -> dict:
    """picklefix's JSON report of the clone, whatever its exit status (1: findings)."""
    out = subprocess.run(
        (picklefix, "--output-format", "json", "--quiet", "."),
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode not in (0, 1, 2):
        raise SystemExit(f"picklefix failed ({out.returncode}): {out.stderr}")
    return json.loads(out.stdout)


def changed_files() -> set[str]:
    out = subprocess.run(
        ("git", "diff", "--name-only"), capture_output=True, text=True, check=True
    )
    return set(out.stdout.splitlines())


def lifted_lines(report: dict, changed: set[str]) -> list[str]:
    """One line per fixable finding in a file the fix changed."""
    lines = []
    for finding in report["findings"]:
        fix = finding.get("fix") or {}
        path = finding["path"].removeprefix("./")
        if fix.get("applies") and path in changed:
            line = finding["range"]["start"]["line"]
            lines.append(f"- {path}:{line}: {finding['code']} {finding['message']}")
    return lines


def install_message_hook(lines: list[str]) -> None:
    """Have git add `lines` to the commit all-repos is about to make in this clone."""
    command = ("git", "rev-parse", "--absolute-git-dir")
    git_dir = subprocess.check_output(command, text=True).strip()
    hooks = os.path.join(git_dir, "picklefix-hooks")
    os.makedirs(hooks, exist_ok=True)
    lifted = os.path.join(git_dir, "picklefix-lifted.txt")
    with open(lifted, "w") as f:
        f.write("picklefix lifted:\n" + "\n".join(lines) + "\n")
    hook = os.path.join(hooks, "prepare-commit-msg")
    with open(hook, "w") as f:
        f.write(HOOK.format(python=sys.executable, lifted=lifted))
    os.chmod(hook, 0o755)
    # A local setting, so that a global core.hooksPath cannot hide the hook.
    subprocess.run(("git", "config", "--local", "core.hooksPath", hooks), check=True)


def apply_fix(picklefix: str) -> None:
    """Fix the clone (the current directory) and prepare the commit message."""
    report = findings(picklefix)
    # Exit 1 (findings remain that cannot be fixed) is not a failure of the sweep.
    autofix_lib.run(picklefix, "--fix", "--quiet", ".", check=False)
    lines = lifted_lines(report, changed_files())
    if lines:
        install_message_hook(lines)
        print("picklefix lifted:", *lines, sep="\n", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    autofix_lib.add_fixer_args(parser)
    parser.add_argument(
        "--picklefix",
        default="picklefix",
        help="the picklefix command (default: picklefix on PATH).",
    )
    args = parser.parse_args(argv)
    # The fix runs inside each clone, so a path to the command must not be relative.
    picklefix = args.picklefix
    if os.sep in picklefix:
        picklefix = os.path.abspath(picklefix)
    repos, config, commit, settings = autofix_lib.from_cli(
        args, find_repos=find_repos, msg=TITLE, branch_name=BRANCH
    )
    autofix_lib.fix(
        repos,
        apply_fix=functools.partial(apply_fix, picklefix),
        config=config,
        commit=commit,
        autofix_settings=settings,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
