# shape: init=False field precedes pool; Runner(ThreadPoolExecutor(2)) positional goes to pool -> thread
# OBSERVED: OK - no finding (correct)
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner(ThreadPoolExecutor(2)).run(work, [1, 2, 3]))
