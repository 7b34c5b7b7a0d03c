# shape: pip._internal.utils.parallel: map_multiprocess = _map_multiprocess unless LACK_SEM_OPEN (try-import of multiprocessing.synchronize); it returns pool.imap_unordered inside a custom closing() contextmanager -- guard def for processes, a lambda for threads
from pkg.parallel import map_multiprocess, map_multithread

if __name__ == "__main__":
    salt = 7

    def digest(name):
        return name, sum(map(ord, name)) * salt % 101

    print(sorted(map_multiprocess(digest, ["a", "bb", "ccc"])))
    print(sorted(map_multithread(lambda s: s * 2, ["x", "y"])))
