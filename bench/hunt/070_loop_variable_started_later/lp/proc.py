import multiprocessing


def make_process(fn, *args):
    return multiprocessing.Process(target=fn, args=args, daemon=True)
