# REFUSE: the lambdas read the loop variable `name`, and the processes start only after
# the loop, so under fork all three children see the last value ("GAMMA" three times).
# A lift binds `name` where each process is built and would print ALPHA, BETA, GAMMA.
import multiprocessing

from lp.proc import make_process


def main():
    q = multiprocessing.Queue()
    procs = []
    for name in ["alpha", "beta", "gamma"]:
        procs.append(make_process(lambda out: out.put(name.upper()), q))
    for proc in procs:
        proc.start()
    print(sorted(q.get(timeout=10) for _ in procs))
    for proc in procs:
        proc.join()


if __name__ == "__main__":
    main()
