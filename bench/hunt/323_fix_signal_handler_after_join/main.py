# fix: the handler is installed only after the worker has finished.
import multiprocessing as mp
import signal
import sys


def on_term(signum, frame):
    sys.exit(3)


def main():
    q = mp.Queue()
    base = 10

    def work(out):
        out.put(base + 1)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    signal.signal(signal.SIGTERM, on_term)
    print("installed")


if __name__ == "__main__":
    main()
