# pkg: Runner in pkg/x.py; main sets r.use_processes = True
from pkg.x import Runner
if __name__ == "__main__":
    def work(x):
        return x * 3
    r = Runner()
    r.use_processes = True
    print(r.map(work, [1, 2, 3]))
