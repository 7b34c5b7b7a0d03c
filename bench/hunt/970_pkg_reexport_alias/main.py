# pkg: __init__ re-exports ProcRunner as Runner alias
from pkg import Runner
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner().map(work, [1, 2, 3]))
