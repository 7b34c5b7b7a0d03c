# WRONGFIX (PKL001): @functools.lru_cache function under the __main__ guard, warmed in parent, moved above the guard.
# Fork: 'computing 1' once. Spawn/forkserver: 'computing 1' twice (cache state does not travel).
import functools
from multiprocessing import Process

if __name__ == "__main__":
    @functools.lru_cache(maxsize=None)
    def work(n):
        print("computing", n, flush=True)
        return n
    work(1)
    p = Process(target=work, args=(1,))
    p.start(); p.join()
