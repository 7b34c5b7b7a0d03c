# refuse: the nested worker reads a threading.Event of the parent; passed to the Process as an argument it cannot be pickled under spawn, so a lift turns "w1 ready" into a crash
import threading

from pkg.bg import run_in_background


def main():
    ready = threading.Event()
    ready.set()

    def worker(tag):
        print(tag, "ready" if ready.is_set() else "waiting", flush=True)

    print("exit", run_in_background(worker, "w1"))


if __name__ == "__main__":
    main()
