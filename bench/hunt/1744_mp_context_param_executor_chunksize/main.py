# shape: chunked(fn, xs, ctx=None) -> ProcessPoolExecutor(mp_context=ctx or mp.get_context()).map(fn, xs, chunksize=2); guard fn
from pkg.par import chunked

if __name__ == "__main__":
    lead = "v"

    def name(x):
        return lead + str(x)

    print(chunked(name, range(5)))
