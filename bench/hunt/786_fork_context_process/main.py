# SHAPE: NEGATIVE - pkg.procs.run_forked(fn) uses multiprocessing.get_context("fork").Process explicitly, so a lambda works whatever the global start method
# OBSERVED: OK - correct
from pkg.procs import run_forked


def main():
    base = 40
    print(run_forked(lambda q: q.put(base + 2)))


if __name__ == "__main__":
    main()
