# shape: Runner default factory is ProcessPoolExecutor; callers override with partial(ThreadPoolExecutor, 2) and lambda: ThreadPoolExecutor(2)
# OBSERVED: FALSE - Runner(default ProcessPoolExecutor) given partial(ThreadPoolExecutor,2) / lambda: ThreadPoolExecutor(2) still reported
import functools
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

def main():
    k = 2
    print(Runner(executor_factory=functools.partial(ThreadPoolExecutor, 2)).run(lambda x: x * k, [1]))
    print(Runner(lambda: ThreadPoolExecutor(2)).run(lambda x: x + k, [1]))

if __name__ == "__main__":
    main()
