# pkg: main does x.Runner.use_processes = True
from pkg import x
from pkg.x import Runner
x.Runner.use_processes = True
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner().map(work, [1, 2, 3]))
