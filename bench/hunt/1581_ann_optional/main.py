# shape: scaled(runner: Optional[Runner], k) (typing.Optional annotation) called with ProcRunner()
# OBSERVED: MISS: reassigning the parameter under `if runner is None: runner = Runner()` drops the ProcRunner() passed by the caller
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(ProcRunner(), 3))
