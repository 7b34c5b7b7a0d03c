from multiprocessing import Process


def run_all(worker, xs, on_progress=None):
    for i, x in enumerate(xs, 1):
        p = Process(target=worker, args=(x,))
        p.start()
        p.join()
        if on_progress:
            on_progress(i, len(xs))
