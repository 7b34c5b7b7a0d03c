# shape: passes Helper.compute, a staticmethod of a module-level class in main.py, to a process wrapper -- picklable, negative
from pkg.par import pmap


class Helper:
    @staticmethod
    def compute(x):
        return x + 100


if __name__ == "__main__":
    print(pmap(Helper.compute, [1, 2]))
