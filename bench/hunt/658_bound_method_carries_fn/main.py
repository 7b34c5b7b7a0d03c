# Shape: class stores fn in self.fn and maps its own bound method self._run_one (pickles self, hence fn).
from lib.mapper import Mapper

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(Mapper(f).run([1, 2]))
