# fix: a function defined in a loop under the guard reads the loop variable `k` and the
# guard constant OFFSET; it goes to a helper of another module over Pool.imap_unordered
# (with a chunksize), and the caller sorts what comes back.
from jobs import unordered

if __name__ == "__main__":
    OFFSET = 100
    for k in (2, 3):

        def scale(x):
            return x * k + OFFSET

        print(k, sorted(unordered(scale, [3, 1, 2], chunksize=2)))
