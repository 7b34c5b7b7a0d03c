# refuse: the worker calls a module-level helper that tests `__name__`. Forked, the child runs
# in __main__ ("interactive"); a spawned child runs the re-imported module, "__mp_main__"
# ("library").
import multiprocessing as mp


def run_mode():
    return "interactive" if __name__ == "__main__" else "library"


def main():
    q = mp.Queue()
    job = "sync"

    def work(out):
        out.put(f"{job}: {run_mode()}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
