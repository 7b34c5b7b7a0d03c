import multiprocessing
import threading
from . import settings

def run_each(fn, items):
    if settings.USE_PROCESSES:
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
