# shape: local from two params `use_proc = parallel and kind == "process"`; caller parallel=True, kind="thread" -> thread
# OBSERVED: FALSE - reported a finding although the callable only reaches a thread pool / the parent
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2, 3], parallel=True, kind="thread"))
