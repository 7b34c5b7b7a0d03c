# pkg: ProcRunner flag = USE imported from pkg/cfg.py (True)
from pkg.x import ProcRunner
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
