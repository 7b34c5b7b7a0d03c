from multiprocessing import Process


def make_worker(fn, *args):
    return Process(target=fn, args=args, daemon=True)
