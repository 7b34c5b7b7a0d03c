# WRONGFIX: `env = os.environ; env["MODE"] = "fast"` after a first process start. The direct
# spellings (`os.environ[...] =`, `|=`, `setdefault`, `update`, `from os import environ`) are
# refused; through the alias the lift goes ahead and the forkserver worker prints None instead
# of fast.
import multiprocessing as mp
import os


def warm():
    pass


def main():
    p = mp.Process(target=warm)
    p.start()
    p.join()
    env = os.environ
    env["MODE"] = "fast"
    q = mp.Queue()

    def work(out):
        out.put(os.environ.get("MODE"))

    r = mp.Process(target=work, args=(q,))
    r.start()
    print(q.get(timeout=10))
    r.join()


if __name__ == "__main__":
    main()
