# shape: code-corpus excerpt 'map_threads / map_processes(func, _iterable)' (find_string id 369988446) -- result iterator returned after the with block; both twins in one module
from pkg.maps import map_processes, map_threads

if __name__ == "__main__":
    n = 2
    print(list(map_threads(lambda x: x + n, [1])), list(map_processes(lambda x: x * n, [1, 2])))
