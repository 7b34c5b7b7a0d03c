# SHAPE: wrapper pkg.par.call_all(fn, xs) uses pool.starmap(_call, zip(itertools.repeat(fn), xs))
# OBSERVED: OK - correct
from pkg.par import call_all

if __name__ == "__main__":
    pre = "v"

    def label(x):
        return pre + str(x)

    print(call_all(label, [3, 1]))
