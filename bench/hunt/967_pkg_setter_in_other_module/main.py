# pkg: pkg/cfg.py enable() sets Runner flag; main calls it
from pkg.x import Runner
from pkg.cfg import enable
if __name__ == "__main__":
    def work(x):
        return x * 3
    enable()
    print(Runner().map(work, [1, 2, 3]))
