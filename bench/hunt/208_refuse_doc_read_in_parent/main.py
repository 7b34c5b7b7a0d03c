# refuse: the parent prints `work.__doc__` after handing `work` over. Lifted with its captured
# `unit` bound by a functools.partial, that name would be a partial, whose __doc__ is
# partial's own documentation, not "Convert metres to the unit."
import multiprocessing as mp


def main():
    q = mp.Queue()
    unit = 100

    def work(out, metres):
        """Convert metres to the unit."""
        out.put(metres * unit)

    p = mp.Process(target=work, args=(q, 3))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print("help:", work.__doc__)


if __name__ == "__main__":
    main()
