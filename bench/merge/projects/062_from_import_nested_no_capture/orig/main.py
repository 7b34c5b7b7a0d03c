"""Nested def, no captures, uses a from-import only there."""

from multiprocessing import Process
from textwrap import shorten


def main():
    def show():
        print(
            shorten("a fairly long sentence that gets shortened", width=20), flush=True
        )

    p = Process(target=show)
    p.start()
    p.join()


if __name__ == "__main__":
    main()
