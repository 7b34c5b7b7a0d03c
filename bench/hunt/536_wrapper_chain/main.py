# Session 49 template-method hunt (helper, black box), its 015_wrapper_chain.
from pkg.api import parallel_map

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    print(parallel_map(add, [1, 2, 3]))
