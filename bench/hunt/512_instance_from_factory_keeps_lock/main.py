# WRONGFIX: captured instance from a factory function (c = make()) whose class holds a threading.Lock.
# Fork: 'n 5'. Fixed (args=(c,)): spawn/forkserver crash at p.start(): TypeError: cannot pickle '_thread.lock' object.
# (With c = Counter() directly, 045, it is refused correctly: the factory indirection hides it.)
import threading
from multiprocessing import Process

class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.n = 5

def make():
    return Counter()

def main():
    c = make()
    def work():
        with c.lock:
            print("n", c.n, flush=True)
    p = Process(target=work)
    p.start(); p.join()
    print("exit", p.exitcode)

if __name__ == "__main__":
    main()
