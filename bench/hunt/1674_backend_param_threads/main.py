# shape: MapBackendFactory ('threading' vs 'multiprocessing', code-corpus) / pmap executor= selection -- Pool class chosen by backend string, called with backend="threads"
from pkg.back import mapper

if __name__ == "__main__":
    k = 3
    print(mapper(lambda x: x + k, [1, 2], backend="threads"))
