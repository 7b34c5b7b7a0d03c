# shape: wrapper runs in the parent when n_jobs == 1 (default, 1, 1.0, True, 0x1)
# OBSERVED: FALSE - n_jobs=0x1 (also 0o1, 0b1, +1) not evaluated as 1 -> reported; 1, 1.0, True, 1e0 fine
from pkg.par import pmap

if __name__ == "__main__":
    k = 3
    print(pmap(lambda x: x * k, [1, 2]))
    print(pmap(lambda x: x * k, [1, 2], 1.0))
    print(pmap(lambda x: x * k, [1, 2], n_jobs=True))
    print(pmap(lambda x: x * k, [1, 2], n_jobs=0x1))
