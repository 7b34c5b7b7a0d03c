# shape: prefect-style BaseExecutor with __enter__/__exit__ and submit (code-corpus 'class BaseExecutor ... def __enter__ ... shutdown') -- the ProcessPoolExecutor is created in __enter__, not __init__
from pkg.runner import ParallelRunner

if __name__ == "__main__":
    k = 6
    with ParallelRunner() as r:
        print(r.map(lambda x: x + k, [1, 2]))
