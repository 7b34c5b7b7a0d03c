# refuse: WRONGFIX: the module registers `os.register_at_fork(after_in_child=_after_fork)`,
# which sets ROLE in a forked child; the worker reports it (`sync ran in forked-child`).
# picklefix lifts `work` (captures `job`); a spawned child never runs the hook and prints `sync
# ran in parent`.
import multiprocessing as mp
import os

ROLE = {"name": "parent"}


def _after_fork():
    ROLE["name"] = "forked-child"


os.register_at_fork(after_in_child=_after_fork)


def main():
    q = mp.Queue()
    job = "sync"

    def work(out):
        out.put(f"{job} ran in {ROLE['name']}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
