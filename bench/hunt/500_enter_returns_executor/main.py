# shape: class whose __enter__ returns a ProcessPoolExecutor
# OBSERVED: MISS - --show-apis infers `Workers.__enter__ returns a ProcessPoolExecutor` but `with Workers() as ex: ex.map(work, ...)` is not reported
from pkg.workers import Workers
if __name__ == "__main__":
    def work(x):
        return x * 6
    with Workers() as ex:
        print(list(ex.map(work, [1, 2])))
