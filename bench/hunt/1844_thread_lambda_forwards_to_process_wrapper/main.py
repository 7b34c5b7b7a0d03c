# shape: background_map(fn, items, on_done) starts a Thread whose target is `lambda: on_done(pmap(fn, items))`, pmap being a ProcessPoolExecutor.map -- the callable reaches the process wrapper through a lambda's closure
from pkg.bg import background_map

if __name__ == "__main__":
    factor = 2

    def work(x):
        return x * factor

    results = []
    t = background_map(work, [1, 2, 3], results.append)
    t.join()
    print(results)
