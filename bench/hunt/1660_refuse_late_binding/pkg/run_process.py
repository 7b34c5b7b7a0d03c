import multiprocessing

def run_process(function, *args):
    queue = multiprocessing.Queue()
    p = multiprocessing.Process(target=function, args=(queue, *args))
    p.start()
    out = queue.get(timeout=5)
    p.join()
    return out
