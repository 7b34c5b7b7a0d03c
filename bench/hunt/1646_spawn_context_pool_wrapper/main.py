# shape: code-corpus 'get_pool(parallel): multiprocessing.set_start_method("spawn"); Pool(parallel)' -- wrapper pinned to the spawn context; the function is defined under the __main__ guard
from pkg.par import spawn_map

if __name__ == "__main__":
    def cube(x):
        return x ** 3
    print(spawn_map(cube, [1, 2]))
