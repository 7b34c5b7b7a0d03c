# refuse: WRONGFIX (across files): `found = VERSION.search(...)` is an `re.Match`, captured by a
# nested worker handed to `jobs.run_in_process` (re-exported by `jobs/__init__.py`). picklefix
# lifts it and passes `found` through the wrapper's `*args`; `re.Match` cannot be pickled, so
# `p.start()` fails under spawn and forkserver. (Plain `re.match(...)` in one file is the same
# miss.)
import multiprocessing as mp
import re

from jobs import run_in_process

VERSION = re.compile(r"v(\d+)\.(\d+)")


def main():
    q = mp.Queue()
    found = VERSION.search("release v3.14 final")

    def work(out, bump):
        major, minor = found.groups()
        out.put(f"v{major}.{int(minor) + bump}")

    p = run_in_process(work, q, 1)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
