# Shape: guard-level loop defines a worker per iteration, appends to a list, list handed to a Process helper later (late binding).
import multiprocessing as mp
from lib.bg import run_all

if __name__ == "__main__":
    q = mp.Queue()
    tasks = []
    for n in (1, 2, 3):
        def task():
            q.put(n * 10)
        tasks.append(task)
    run_all(tasks)
    print(sorted(q.get() for _ in range(3)))
