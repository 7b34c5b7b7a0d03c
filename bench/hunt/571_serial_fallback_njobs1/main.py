# Shape (negative-ish): parallel_map with serial fallback, caller passes n_jobs=1 with a lambda -> never pickled.
from myproj.parallel import parallel_map

if __name__ == "__main__":
    k = 4
    print(parallel_map(lambda x: x * k, range(4), n_jobs=1))
