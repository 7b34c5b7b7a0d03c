# shape: another file writes settings.USE_THREADS on a local SimpleNamespace called settings, not the module
# OBSERVED: reported: `settings.USE_THREADS = False` on a local SimpleNamespace in pkg/cli.py makes pkg.settings.USE_THREADS unknown (the same happens when the local is named opts).
from pkg.cli import parse
from pkg.par import run_each


def main():
    opts = parse([])
    k = 3
    print(opts.USE_THREADS, run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
