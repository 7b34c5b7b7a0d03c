# shape: scipy's MapWrapper(pool=2) keeps self._mapfunc = Pool(2).map and __call__(func, iterable) calls it; main does `with MapWrapper(2) as mapper: mapper(guard_def, grid)`
from pkg._util import MapWrapper

if __name__ == "__main__":
    shift = 1.5

    def objective(x):
        return (x - shift) ** 2

    with MapWrapper(2) as mapper:
        print(list(mapper(objective, [0, 1, 2, 3])))
