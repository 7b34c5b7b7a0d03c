"""Pool whose workers ignore SIGINT so the parent handles Ctrl-C."""

import multiprocessing
import signal


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(
        2, initializer=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)
    ) as pool:
        print(pool.map(square, range(5)))
