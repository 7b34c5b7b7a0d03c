import multiprocessing as mp


class ManagedProcess(mp.Process):
    def __init__(self, fn, *args):
        super().__init__(target=fn, args=args, daemon=True)
