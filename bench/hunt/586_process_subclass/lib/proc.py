import multiprocessing as mp


class FnProcess(mp.Process):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def run(self):
        self.fn()
