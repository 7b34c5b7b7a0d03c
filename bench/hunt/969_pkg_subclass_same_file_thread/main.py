# pkg: Runner+ProcRunner in pkg/x.py; main uses Runner
from pkg.x import Runner
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner().map(work, [1, 2, 3]))
