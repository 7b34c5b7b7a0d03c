# REFUSE: the nested worker uses `self`, a Ledger holding a threading.Lock. A lift
# must hand `self` to the child explicitly, and a lock cannot be pickled, so the
# fixed program would fail under spawn, where the forked child simply inherits it.
import multiprocessing

from acct.ledger import Ledger


def main():
    out = multiprocessing.Queue()
    code = Ledger("ops").report(out)
    print(out.get(timeout=10), code)


if __name__ == "__main__":
    main()
