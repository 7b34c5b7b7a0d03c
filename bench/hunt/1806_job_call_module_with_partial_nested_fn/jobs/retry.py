class Retry:
    def __init__(self, fn, times=3):
        self.fn = fn
        self.times = times

    def __call__(self, *args):
        last = None
        for _ in range(self.times):
            try:
                return self.fn(*args)
            except Exception as e:  # pragma: no cover
                last = e
        raise last
