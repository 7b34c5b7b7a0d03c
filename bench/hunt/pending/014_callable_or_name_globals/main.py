# Shape: wrapper takes a callable or a string looked up in globals(); called with a nested function.
# OBSERVED: REFUSED - reported but not fixed: 'run looks at what its callable is (globals()[task])'; the only inspection is isinstance(task, str), which a partial passes like a function - over-conservative.
from multiprocessing import Pool


def square(x):
    return x * x


def run(task, items):
    fn = globals()[task] if isinstance(task, str) else task
    with Pool(2) as pool:
        return pool.map(fn, items)


def main():
    off = 1
    def inc(x):
        return x + off
    print(run("square", [1, 2]), run(inc, [1, 2]))


if __name__ == "__main__":
    main()
