# Shape (negative): parallel_map defaults to n_jobs=-1 but caller passes n_jobs=1 (serial path) with a lambda.
from lib.par import parallel_map

if __name__ == "__main__":
    k = 4
    print(parallel_map(lambda x: x * k, range(3), n_jobs=1))
