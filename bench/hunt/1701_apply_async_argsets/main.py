# shape: submit_many(fn, argsets) -> pool.apply_async(fn, args) for each tuple then .get(); guard fn
from pkg.par import submit_many

if __name__ == "__main__":
    sep = ":"

    def pair(a, b):
        return f"{a}{sep}{b}"

    print(submit_many(pair, [(1, 2), (3, 4)]))
