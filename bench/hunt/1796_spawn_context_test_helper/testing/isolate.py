import multiprocessing as mp


def run_isolated(fn, *args):
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=fn, args=args)
    p.start()
    p.join()
    return p.exitcode
