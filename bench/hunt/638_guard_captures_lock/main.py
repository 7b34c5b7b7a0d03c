# Shape: guard worker captures a guard-level threading.Lock (works by reference under fork; cannot be pickled if bound).
import threading
from lib.par import pmap

if __name__ == "__main__":
    lock = threading.Lock()
    def f(x):
        with lock:
            return x + 1
    print(pmap(f, [1, 2]))
