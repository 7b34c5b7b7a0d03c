# pkg: Runner+ProcRunner in pkg/x.py; main uses ProcRunner
from pkg.x import ProcRunner
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
