# shape: fire(fn, *args, **kwargs) -> Process(target=fn, args=args, kwargs=kwargs); lambda with a keyword arg, capturing a guard var
from pkg.bg import fire

if __name__ == "__main__":
    stamp = "T1"
    p = fire(lambda a, sep: print(stamp, a, sep=sep, flush=True), "x", sep="|")
    p.join()
    print("joined")
