# refuse: WRONGFIX: `failure` is a RuntimeError raised `from` a ValueError; the worker prints
# its `__cause__`. Pickle keeps only an exception's args and `__dict__`, so after the lift the
# child prints `(cause: None)` instead of the ValueError's repr under spawn and forkserver.
import multiprocessing as mp


def load():
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("config broken") from exc


def main():
    q = mp.Queue()
    try:
        load()
        failure = None
    except RuntimeError as exc:
        failure = exc

    def report(out):
        out.put(f"{failure} (cause: {failure.__cause__!r})")

    p = mp.Process(target=report, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
