# shape: same WithPool helpers -- WithThreadPool(ThreadPool) subclass with a lambda
from pkg.withpool import WithThreadPool

if __name__ == "__main__":
    p = "item"
    with WithThreadPool(2) as pool:
        print(pool.map(lambda x: f"{p}{x}", [1, 2]))
