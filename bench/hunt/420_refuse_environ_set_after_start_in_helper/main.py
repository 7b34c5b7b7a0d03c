# Tests: os.environ[...] = ... after a process was started in a helper function warm() (not in main itself).
# Forkserver children fork from the server made at the first start, which lacks the change.
# Observed: WRONGFIX - lambda lifted; forkserver prints "unset" where fork prints "fast" (same with
# os.environ.setdefault; with the first start written directly in main it is refused).
import multiprocessing as mp
import os


def show(q):
    q.put(os.environ.get("PF46_MODE", "unset"))


def warm():
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,))
    p.start()
    print("warm", q.get(timeout=10))
    p.join()


def main():
    warm()
    os.environ["PF46_MODE"] = "fast"
    q = mp.Queue()
    p = mp.Process(target=lambda: q.put(os.environ.get("PF46_MODE", "unset")))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
