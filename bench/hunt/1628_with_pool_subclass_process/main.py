# shape: code-corpus excerpt 'WithPool style helper functions using python's standard library' (find_string id 4980389464) -- Pool subclass with __enter__ returning self and __exit__ close/join
from pkg.withpool import WithMultiprocessingPool

if __name__ == "__main__":
    def label(x):
        return f"item{x}"
    with WithMultiprocessingPool(2) as pool:
        print(pool.map(label, [1, 2]))
