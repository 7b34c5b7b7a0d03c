# shape: code-corpus excerpt '"""Provides parallel mapping of a function to an iterable argument..""" parallel(func, iter_arg, n_jobs=1, **kwargs)' -- apply_async(func, args=(x,), kwds=kwargs) with a serial n_jobs == 1 branch
from pkg.parallel import parallel

def main():
    off = 100
    return parallel(lambda x, scale=1: x * scale + off, [1, 2], n_jobs=2, scale=3)

if __name__ == "__main__":
    print(main())
