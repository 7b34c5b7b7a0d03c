# shape: mock.patch('pkg.settings.USE_THREADS', False) around the call in main
from unittest import mock

from pkg.par import run_each


def main():
    k = 3
    with mock.patch("pkg.settings.USE_THREADS", False):
        print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
