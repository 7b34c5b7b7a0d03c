# fix: MISS (across files): `par.runner.Runner` is a dataclass whose `pool` field has
# `default_factory=cf.ProcessPoolExecutor`, and `Runner.run(fn, xs)` does `self.pool.map(fn,
# xs)`. A guard-defined `work` passed to `Runner().run` is not reported (--show-apis does not
# list `run`). Under spawn it fails with BrokenProcessPool.
from par.runner import Runner

if __name__ == "__main__":
    def work(x):
        return x * 3

    r = Runner()
    print(r.run(work, [1, 2]))
    r.pool.shutdown()
