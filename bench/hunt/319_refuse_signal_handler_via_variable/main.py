# refuse: the parent installs its own SIGTERM handler, chosen through a local variable.
import multiprocessing as mp
import signal
import sys


def on_term(signum, frame):
    sys.exit(3)


def main():
    ready = mp.Event()
    handler = on_term
    signal.signal(signal.SIGTERM, handler)
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
