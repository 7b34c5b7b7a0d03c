# refuse: WRONGFIX: the captured `err` is a `JobError(job, reason)` whose `__init__` takes two
# arguments but passes one message to `Exception.__init__`; unpickling calls `JobError(message)`
# and raises TypeError in the child. picklefix lifts `report` with `err` as an argument; the
# fixed child dies, the parent gets queue.Empty.
import multiprocessing as mp


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"{job} failed: {reason}")
        self.job = job
        self.reason = reason


def main():
    q = mp.Queue()
    err = JobError("backup", "disk full")

    def report(out):
        out.put(f"reporting {err.job}: {err.reason}")

    p = mp.Process(target=report, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
