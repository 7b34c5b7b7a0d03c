import multiprocessing
import threading
import pkg.settings as conf

def run_each(fn, items):
    W = multiprocessing.Process if conf.USE_PROCESSES else threading.Thread
    q = multiprocessing.Queue()
    ws = [W(target=fn, args=(x, q)) for x in items]
    for w in ws:
        w.start()
    res = sorted(q.get() for _ in ws)
    for w in ws:
        w.join()
    return res
