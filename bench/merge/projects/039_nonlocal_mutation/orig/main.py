"""Nested function that rebinds a captured variable (cannot be lifted)."""

import multiprocessing


def run():
    counter = 0

    def bump(n):
        nonlocal counter
        counter += n
        print("child counter", counter, flush=True)

    p = multiprocessing.Process(target=bump, args=(5,))
    p.start()
    p.join()
    print("parent counter", counter)


if __name__ == "__main__":
    run()
