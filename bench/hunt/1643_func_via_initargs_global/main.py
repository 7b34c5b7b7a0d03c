# shape: btlvr/video-dedup src/pool_map.py -- the callable reaches workers through Pool(initializer=worker_init, initargs=(func,)) and a module global
from pkg.pool_map import pool_map

if __name__ == "__main__":
    size = 8

    def thumb(name):
        return f"{name}@{size}"

    print(pool_map(thumb, ["a", "b"]))
