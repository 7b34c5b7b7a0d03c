# SHAPE: pkg.supervisor.Supervisor(fn) stores fn; start() runs Process(target=self._loop) (bound method -> self, with fn, is pickled under spawn); lambda handed in main
# OBSERVED: OK - correct
import multiprocessing as mp

from pkg.supervisor import Supervisor


def main():
    q = mp.Queue()
    base = 100
    sup = Supervisor(lambda x: q.put(base + x), [1, 2])
    sup.start()
    print(sorted(q.get() for _ in range(2)))
    sup.join()


if __name__ == "__main__":
    main()
