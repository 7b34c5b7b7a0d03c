# shape: main sets legacy.USE_THREADS = False; pkg.settings.USE_THREADS (True) is untouched
# OBSERVED: reported: `legacy.USE_THREADS = False` on a different module is taken as a write to pkg.settings.USE_THREADS (writes are matched by attribute name only).
from pkg import legacy
from pkg.par import run_each


def main():
    legacy.USE_THREADS = False
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
