from concurrent.futures import ProcessPoolExecutor
class Workers:
    def __init__(self, n=2):
        self.n = n
    def __enter__(self):
        self.ex = ProcessPoolExecutor(self.n)
        return self.ex
    def __exit__(self, *exc):
        self.ex.shutdown()
