# shape: `with Runner(2) as r: r.submit(fn, i)` where __enter__ builds a ProcessPoolExecutor -- instance type via __enter__ returning self
from pkg.runner import Runner

if __name__ == "__main__":
    scale = 7

    def work(i):
        return i * scale

    with Runner(2) as r:
        futs = [r.submit(work, i) for i in range(4)]
        print([f.result() for f in futs])
