# shape: a 3.7-concurrent.futures-style submit(*args, **kwargs) that unpacks `fn, *args = args` before ProcessPoolExecutor.submit -- guard def
from pkg.tasks import submit

if __name__ == "__main__":
    base = 2

    def power(e, mod=1000):
        return base ** e % mod

    print(submit(power, 10))
    print(submit(power, 10, mod=7))
