# FALSE: as partial_pool_fork_context_at_call with the fork context passed by position at the
# partial's call, `make_pool(mp.get_context("fork"))` (it lands in mp_context).
import functools
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

make_pool = functools.partial(ProcessPoolExecutor, 2)


def pmap(fn, xs):
    with make_pool(mp.get_context("fork")) as ex:
        return list(ex.map(fn, xs))


if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2]))
