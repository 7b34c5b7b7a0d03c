import multiprocessing


def make_process(target, *args):
    return multiprocessing.Process(target=target, args=args, daemon=True)
