from multiprocessing import Pool


class _SafeCall:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, x):
        try:
            return ("ok", self.fn(x))
        except Exception as e:
            return ("err", repr(e))


def safe_map(fn, xs, n=2):
    with Pool(n) as p:
        return p.map(_SafeCall(fn), xs)
