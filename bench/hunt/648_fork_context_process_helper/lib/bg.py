import multiprocessing as mp

_ctx = mp.get_context("fork")


def run_bg(fn):
    q = _ctx.Queue()
    p = _ctx.Process(target=fn, args=(q,))
    p.start()
    res = q.get()
    p.join()
    return res
