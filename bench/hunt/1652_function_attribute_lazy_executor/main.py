# shape: code-corpus excerpt 'Asynchronous utilities ... run_async(func, *args)' (find_string id 24893315382) -- executor cached lazily on a function attribute
from pkg.aio import run_async

if __name__ == "__main__":
    k = 9
    fut = run_async(lambda a, b: a + b + k, 1, 2)
    print(fut.result())
    run_async._executor.shutdown()
