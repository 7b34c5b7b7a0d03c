# shape: transform(mapper: Mapper, fn, items) where Mapper is a typing.Protocol with no pool; main passes ProcessMapper() (Pool.map) and a lambda
from pkg.mapping import ProcessMapper, transform

if __name__ == "__main__":
    k = 2
    print(transform(ProcessMapper(2), lambda x: -x * k, [1, 2, 3]))
