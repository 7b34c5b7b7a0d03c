import multiprocessing


def start(fn, *args, ctx=multiprocessing.get_context("fork")):
    proc = ctx.Process(target=fn, args=args)
    proc.start()
    return proc
