"""Captured variable reassigned after the process starts."""

import multiprocessing


def main():
    mode = "first"

    def show():
        print("child sees", mode, flush=True)

    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
    mode = "second"
    q = multiprocessing.Process(target=show)
    q.start()
    q.join()


if __name__ == "__main__":
    main()
