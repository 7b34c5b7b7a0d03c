# refuse: a helper the parent calls installs the SIGTERM handler before the hand-over.
import multiprocessing as mp
import signal
import sys


def on_term(signum, frame):
    sys.exit(5)


def install():
    signal.signal(signal.SIGTERM, on_term)


def main():
    ready = mp.Event()
    install()
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
