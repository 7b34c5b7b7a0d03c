# Shape: wrapper uses imap_unordered with chunksize, caller sorts the results.
from lib.par import iter_parallel

if __name__ == "__main__":
    scale = 0.5
    def half(x):
        return x * scale
    print(sorted(iter_parallel(half, range(5))))
