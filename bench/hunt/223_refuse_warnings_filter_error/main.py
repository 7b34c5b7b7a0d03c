# refuse: the parent turns warnings into errors. Forked, the child inherits the filter and
# reports "raised: old api"; a spawned child has the default filters and reports "returned".
import multiprocessing as mp
import warnings


def old_api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)
    return "returned"


def main():
    q = mp.Queue()
    warnings.simplefilter("error")
    prefix = "child"

    def work(out):
        try:
            out.put(prefix + " " + old_api())
        except DeprecationWarning as exc:
            out.put(f"{prefix} raised: {exc}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
