# Tests: guard-defined work(x, s=sep, tag="") handed to run_all -> ex.submit(fn, item, **kwargs) where the
# wrapper adds a keyword; s bound by keyword is right (1 positional).
# Observed: OK - fixed; spawn/forkserver match fork.
from pkg.run import run_all

if __name__ == "__main__":
    sep = "-"

    def work(x, s=sep, tag=""):
        return f"{x}{s}{tag}"

    print(run_all(work, [1, 2]))
