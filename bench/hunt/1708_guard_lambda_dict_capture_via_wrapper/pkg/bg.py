import multiprocessing


def background(fn):
    p = multiprocessing.Process(target=fn, daemon=True)
    p.start()
    return p
