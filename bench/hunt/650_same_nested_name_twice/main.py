# Shape: two functions in one module each define a nested `worker` handed to the same Process helper.
import multiprocessing as mp
from lib.bg import run_bg


def work(x):
    return "module-level work"


def export_csv(q, rows):
    def worker():
        q.put(("csv", len(rows)))
    run_bg(worker)


def export_json(q, obj):
    def worker():
        q.put(("json", sorted(obj)))
    run_bg(worker)


def compute(q, k):
    def work():
        q.put(("work", k))
    run_bg(work)


if __name__ == "__main__":
    q = mp.Queue()
    export_csv(q, [1, 2, 3])
    export_json(q, {"b": 1, "a": 2})
    compute(q, 9)
    print([q.get() for _ in range(3)], work(0))
