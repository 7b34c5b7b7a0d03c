# shape: same LocalExecutor.submit(func, callback, *args) -- the lambda is in the func slot (callable slot 0, callback slot 1)
from pkg.local import LocalExecutor

if __name__ == "__main__":
    seen = []
    k = 10
    ex = LocalExecutor()
    ex.submit(lambda x: x * k, lambda fut: seen.append(fut.result()), 4)
    ex.close()
    print(sorted(seen))
