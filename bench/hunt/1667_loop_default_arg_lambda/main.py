# shape: code-corpus excerpt 'from multiprocessing import Pool, cpu_count; def pmap(func, Iter, processes=cpu_count() - 1)' -- lambdas built in a loop with default-argument capture
from pkg.par import pmap

if __name__ == "__main__":
    out = []
    for i in range(1, 3):
        out.append(pmap(lambda x, i=i: x * i, [1, 2]))
    print(out)
