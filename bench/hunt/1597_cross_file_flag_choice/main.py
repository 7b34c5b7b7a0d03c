# shape: r = ProcRunner() if use_procs else Runner() with the classes imported from pkg.runner; r.map(lambda)
# OBSERVED: cross-file: `ProcRunner() if flag else Runner()` with imported classes is not reported (same-file it is)
import sys

from pkg.runner import ProcRunner, Runner


def main(use_procs):
    k = 3
    r = ProcRunner() if use_procs else Runner()
    print(type(r).__name__, r.map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main(len(sys.argv) == 1)
