import multiprocessing as mp


class BaseProc(mp.Process):
    def __init__(self, name=None):
        super().__init__(name=name)
