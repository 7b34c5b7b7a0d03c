import multiprocessing
import threading
from .settings import USE_THREADS

def run_each(fn, items):
    W = threading.Thread if USE_THREADS else multiprocessing.Process
    q = multiprocessing.Queue()
    ws = [W(target=fn, args=(x, q)) for x in items]
    for w in ws:
        w.start()
    res = sorted(q.get() for _ in ws)
    for w in ws:
        w.join()
    return res
