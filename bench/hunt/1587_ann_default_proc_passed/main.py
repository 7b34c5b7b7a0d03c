# shape: scaled(k, runner: Runner = None) defaults to Runner(); main passes ProcRunner() positionally once
# OBSERVED: MISS: reassigning the parameter under `if runner is None: runner = Runner()` drops the ProcRunner() passed by the caller
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(2))
    print(scaled(3, ProcRunner()))
