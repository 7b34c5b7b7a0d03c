# refuse: the parent installs a functools.partial of its own function as SIGTERM handler.
import functools
import multiprocessing as mp
import signal
import sys


def on_term(code, signum, frame):
    sys.exit(code)


def main():
    ready = mp.Event()
    signal.signal(signal.SIGTERM, functools.partial(on_term, 4))
    nap = 30

    def work():
        ready.set()
        import time
        time.sleep(nap)

    p = mp.Process(target=work)
    p.start()
    ready.wait(10)
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)


if __name__ == "__main__":
    main()
