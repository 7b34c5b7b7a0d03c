# Shape: BaseRunner ABC with abstract _make_pool; ProcessRunner subclass returns Pool; base.run maps fn.
# OBSERVED: MISS - no finding; --show-apis infers ProcessRunner._make_pool as a Pool factory but BaseRunner.run's self._make_pool() (dispatched to the subclass override) is not modelled, so run() is not a wrapper. Crashes under every start method.
from runners import ProcessRunner


def main():
    r = ProcessRunner(2)
    base = 100
    print(r.run(lambda x: x + base, [1, 2, 3]))


if __name__ == "__main__":
    main()
