# fix: the initializer lambda calls os.getpid() in each worker. Forked, every worker records
# its own pid, so the tasks print [True, True, True]. A rewrite to
# initializer=_init, initargs=(os.getpid(),) would evaluate getpid in the parent.
import multiprocessing as mp
import os

INIT_PID = None


def _init(pid):
    global INIT_PID
    INIT_PID = pid


def check(_):
    return INIT_PID == os.getpid()


def main():
    with mp.Pool(1, initializer=lambda: _init(os.getpid())) as pool:
        print(pool.map(check, range(3)))


if __name__ == "__main__":
    main()
