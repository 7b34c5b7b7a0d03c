# WRONGFIX: nested @functools.lru_cache function, called once in the parent, then Process(target=work, args=(1,)).
# Lifted with its decorator to module level. Fork: child inherits the warm per-call cache -> prints 'computing 1' once.
# Spawn/forkserver: the module-level cache is empty in the child -> 'computing 1' printed twice (stateful decorator).
import functools
from multiprocessing import Process

def main():
    @functools.lru_cache(maxsize=None)
    def work(n):
        print("computing", n, flush=True)
        return n * 2
    work(1)
    p = Process(target=work, args=(1,))
    p.start(); p.join()

if __name__ == "__main__":
    main()
