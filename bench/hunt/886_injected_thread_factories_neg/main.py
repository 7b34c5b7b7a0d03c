# shape: Runner with thread factories: partial(ThreadPoolExecutor,2), lambda: ThreadPoolExecutor(2), default, class itself
# OBSERVED: OK - no finding
import functools
import concurrent.futures as cf
from pkg.runner import Runner

def main():
    bias = 100
    f = lambda x: x + bias
    print(Runner(functools.partial(cf.ThreadPoolExecutor, 2)).run(f, [1]))
    print(Runner(lambda: cf.ThreadPoolExecutor(2)).run(f, [2]))
    print(Runner().run(f, [3]))
    print(Runner(executor_factory=cf.ThreadPoolExecutor).run(f, [4]))

if __name__ == "__main__":
    main()
