# REFUSE: `limit` is assigned again after the Process is built and before start().
# Under fork the child reads the closure cell at start() and sees 99; a lift binds
# `limit` where the process is built (args or a partial), so the child would see 10.
import multiprocessing

from mk.proc import make_process


def main():
    q = multiprocessing.Queue()
    limit = 10
    proc = make_process(lambda out: out.put(limit * 2), q)
    limit = 99  # the real limit is only known once the config is loaded
    proc.start()
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
