# shape: dataclass runner (default process pool); the main-guard callable captures a threading.Lock -> lifting cannot pickle it
# OBSERVED: OK - finding reported, nothing written (correct)
import threading

from pkg.runner import Runner

if __name__ == "__main__":
    lock = threading.Lock()
    k = 3

    def work(x):
        with lock:
            return x * k

    print(Runner().run(work, [1, 2, 3]))
