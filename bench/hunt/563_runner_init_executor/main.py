# Shape: Runner class creating a ProcessPoolExecutor in __init__, .map(fn, xs) method; used via context manager.
from jobs.runner import Runner

if __name__ == "__main__":
    offset = 10
    def work(x):
        return x + offset
    with Runner(workers=2) as r:
        print(r.map(work, [1, 2, 3]))
