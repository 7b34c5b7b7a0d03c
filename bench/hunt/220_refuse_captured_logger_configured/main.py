# refuse: the captured logger gets a stdout handler in the parent. Forked, the child's copy
# keeps it and prints "INFO working on 3"; lifted, the logger is pickled by name and the
# spawned child's logger has no handler, so nothing is printed.
import logging
import multiprocessing as mp
import sys


def main():
    log = logging.getLogger("jobs")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False

    def work(n):
        log.info("working on %d", n)
        sys.stdout.flush()

    p = mp.Process(target=work, args=(3,))
    p.start()
    p.join()
    print("done", p.exitcode)


if __name__ == "__main__":
    main()
