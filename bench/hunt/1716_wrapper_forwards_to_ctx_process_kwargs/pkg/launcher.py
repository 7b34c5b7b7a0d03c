import multiprocessing as mp

ctx = mp.get_context()


def launch(fn, **kw):
    p = ctx.Process(target=fn, kwargs=kw)
    p.start()
    p.join()
