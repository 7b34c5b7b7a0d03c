# shape: mock.patch('pkg.other.USE_THREADS', False): a different module's constant
# OBSERVED: reported: mock.patch("pkg.other.USE_THREADS", False) patches another module, yet pkg.settings.USE_THREADS is treated as unknown (matched by name).
from unittest import mock

from pkg.par import run_each


def main():
    k = 3
    with mock.patch("pkg.other.USE_THREADS", False):
        print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
