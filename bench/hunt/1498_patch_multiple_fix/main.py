# shape: mock.patch.multiple('pkg.settings', USE_THREADS=False)
# OBSERVED: no finding: mock.patch.multiple("pkg.settings", USE_THREADS=False) is not seen as setting the constant, so the literal True (threads) is trusted; crashes under spawn.
from unittest import mock

from pkg.par import run_each


def main():
    k = 3
    with mock.patch.multiple("pkg.settings", USE_THREADS=False):
        print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
