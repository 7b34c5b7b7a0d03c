# shape: pool is the only positional field, a kw_only field follows; Runner(ThreadPoolExecutor(2), label="z") -> thread
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from concurrent.futures import ThreadPoolExecutor
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner(ThreadPoolExecutor(2), label="z").run(work, [1, 2, 3]))
