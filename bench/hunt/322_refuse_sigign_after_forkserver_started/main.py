# refuse: SIG_IGN set after a first process already started (forkserver started then keeps the
# default); the lifted worker under forkserver dies on terminate, the forked one ignores it.
import multiprocessing as mp
import signal
import time


def warm():
    pass


def main():
    w = mp.Process(target=warm)
    w.start()
    w.join()
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ready = mp.Event()
    nap = 1.5

    def work():
        ready.set()
        time.sleep(nap)

    p = mp.Process(target=work)
    p.start()
    ready.wait(10)
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)


if __name__ == "__main__":
    main()
