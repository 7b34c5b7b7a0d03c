# shape: transientskp/tkp tkp/distribute/multiproc/__init__.py (map(func, iterable, args) over a module pool) + popgenmethods/smcpp smcpp/pool.py (lazy global get_pool)
from pkg import distribute

def run(offset):
    def job(pair):
        i, args = pair
        return i + args["base"] + offset
    return distribute.map(job, range(4), {"base": 10})

if __name__ == "__main__":
    print(run(100))
