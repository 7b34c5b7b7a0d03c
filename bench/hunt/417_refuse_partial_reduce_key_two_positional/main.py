# Tests: wrapper keeps job = functools.partial(functools.reduce, key) and pool.map(job, chunks); reduce calls
# key(acc, x) so b=base is filled by position: only a report is right (guard-defined k2 cannot be found under spawn).
# Observed: MISS - no finding at all; spawn fails "Can't get attribute k2" (and Pool hangs).
from pkg.chunks import process_chunks

if __name__ == "__main__":
    base = 3

    def k2(x, b=base):
        return x * 10 + b

    print(process_chunks([[5, 1, 4], [2, 9, 7]], k2))
