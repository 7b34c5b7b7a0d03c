import multiprocessing as mp


def _ctx():
    return mp.get_context()


def start(fn, *args):
    proc = _ctx().Process(target=fn, args=args)
    proc.start()
    return proc
