# shape: multiprocessing.pool.Pool subclass with a pmap method in one module, further subclass in another -- lambda to the inherited pmap
from engine.logging_pool import LoggingPool

if __name__ == "__main__":
    with LoggingPool(2) as pool:
        print(pool.pmap(lambda v: v * v + 1, [1, 2, 3, 4]))
