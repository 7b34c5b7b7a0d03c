# refuse: main() configures logging to stdout; a forked worker inherits the handler and its
# log line is printed, a spawn child running the lifted worker has no handler (and INFO is
# below the default WARNING level), so the line disappears.
import logging
import multiprocessing as mp
import sys

log = logging.getLogger("jobs")


def main():
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
    q = mp.Queue()
    batch = "b7"

    def work(q, n):
        log.info("processing %s/%d", batch, n)
        q.put(n * 2)

    p = mp.Process(target=work, args=(q, 21))
    p.start()
    result = q.get()
    p.join()
    print("result", result)


if __name__ == "__main__":
    main()
