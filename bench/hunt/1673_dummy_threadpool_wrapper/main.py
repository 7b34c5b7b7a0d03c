# shape: common 'from multiprocessing.dummy import Pool as ThreadPool' helper (e.g. code-corpus WithPool helpers / ThreadPool) -- thread-backed Pool API
from pkg.tp import threaded_map

if __name__ == "__main__":
    k = 3
    print(threaded_map(lambda x: x + k, [1, 2]))
