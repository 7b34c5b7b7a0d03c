# refuse: the module's logger is named by `__name__`. Forked, the child runs in the parent's
# __main__ and reports "__main__"; lifted, a spawned child runs the re-imported module, whose
# logger is "__mp_main__".
import logging
import multiprocessing as mp

log = logging.getLogger(__name__)


def main():
    q = mp.Queue()
    job = "index"

    def work(out):
        out.put(f"{log.name}: {job}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
