# Shape: helper receives an existing pool: chunked_map(pool, fn, xs); caller creates multiprocessing.Pool.
from multiprocessing import Pool
from lib.par import chunked_map

if __name__ == "__main__":
    k = 4
    def f(x):
        return x + k
    with Pool(2) as pool:
        print(chunked_map(pool, f, list(range(5))))
