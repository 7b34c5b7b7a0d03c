# Shape: Runner.__init__ picks the executor with if/else on `use_processes` and stores it in self._ex; map uses self._ex.
from lib.runner import Runner

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(Runner(use_processes=True).map(f, [1, 2]))
