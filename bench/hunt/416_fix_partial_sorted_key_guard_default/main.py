# Tests: wrapper keeps job = functools.partial(sorted, key=key) and pool.map(job, chunks); the caller hands a
# guard-defined k2(x, b=base). sorted calls key with one positional, so moving k2 above the guard with b bound by
# keyword is right.
# Observed: FALSE-REFUSAL - "default value of b ... may pass b by position" (via sorted key).
from pkg.chunks import process_chunks

if __name__ == "__main__":
    base = 3

    def k2(x, b=base):
        return (x % b, x)

    print(process_chunks([[5, 1, 4], [2, 9, 7]], k2))
