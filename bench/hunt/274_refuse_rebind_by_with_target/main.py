# refuse: `path` is rebound by a `with ... as path:` between Process(...) and start(). Forked,
# the child sees "b.txt"; a lift binding `path` where the Process is built sends "a.txt".
import contextlib
import multiprocessing as mp


def main():
    q = mp.Queue()
    path = "a.txt"
    proc = mp.Process(target=lambda out: out.put("open " + path), args=(q,))
    with contextlib.nullcontext("b.txt") as path:
        proc.start()
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
