import multiprocessing
import threading
from .settings import MODE

def run_each(fn, items):
    if MODE == "process":
        W = multiprocessing.Process
    else:
        W = threading.Thread
    q = multiprocessing.Queue()
    ws = [W(target=fn, args=(x, q)) for x in items]
    for w in ws:
        w.start()
    res = sorted(q.get() for _ in ws)
    for w in ws:
        w.join()
    return res
