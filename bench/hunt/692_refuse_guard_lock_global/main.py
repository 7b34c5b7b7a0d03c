# Shape: guard function handed to Runner(use_processes=True) reads a threading.Lock made under the guard; forked workers inherit it, a lift would have to pickle it
import threading

from lib import Runner

if __name__ == "__main__":
    lock = threading.Lock()

    def work(x):
        with lock:
            return x * 2

    print(Runner(use_processes=True).map(work, [1, 2, 3]), flush=True)
