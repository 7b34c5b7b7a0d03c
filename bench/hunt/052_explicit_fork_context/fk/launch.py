import multiprocessing

# Workers must inherit the parent's in-memory state: always fork.
_FORK = multiprocessing.get_context("fork")


def start(fn, *args):
    proc = _FORK.Process(target=fn, args=args)
    proc.start()
    return proc


def make_queue():
    return _FORK.Queue()
