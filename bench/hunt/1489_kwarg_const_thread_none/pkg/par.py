import multiprocessing
import threading


def run_each(fn, items, kind="process"):
    W = multiprocessing.Process if kind == "process" else threading.Thread
    q = multiprocessing.Queue()
    ws = [W(target=fn, args=(x, q)) for x in items]
    for w in ws:
        w.start()
    res = sorted(q.get() for _ in ws)
    for w in ws:
        w.join()
    return res
