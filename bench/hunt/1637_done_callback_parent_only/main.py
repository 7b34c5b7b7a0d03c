# shape: code-corpus excerpt 'class LocalExecutor: submit(self, func, callback, *args, **kwargs)' (ThreadPoolExecutor there; process pool here) -- the callback runs in the parent via add_done_callback
from pkg.local import LocalExecutor

def square(x):
    return x * x

if __name__ == "__main__":
    seen = []
    ex = LocalExecutor()
    ex.submit(square, lambda fut: seen.append(fut.result()), 4)
    ex.submit(square, lambda fut: seen.append(fut.result()), 5)
    ex.close()
    print(sorted(seen))
