# shape: nested target captures a threading.Lock held by a package object; under fork it is inherited, a lifted fn would have to pickle the lock
import threading

from bg.runner import run_target


class Guarded:
    def __init__(self):
        self.lock = threading.Lock()
        self.name = "g"


def main():
    g = Guarded()
    lock = g.lock

    def child():
        with lock:
            print("child has", g.name, flush=True)

    run_target(child)
    print("done")


if __name__ == "__main__":
    main()
