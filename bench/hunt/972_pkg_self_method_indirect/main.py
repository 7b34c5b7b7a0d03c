# pkg: ProcRunner().run_all -> self.map in pkg/x.py
from pkg.x import ProcRunner
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().run_all(work, [1, 2, 3]))
