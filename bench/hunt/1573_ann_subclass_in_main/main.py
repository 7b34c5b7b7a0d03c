# shape: main.py defines class FastRunner(Runner) with use_processes = True (class attr), passes it to scaled
# OBSERVED: MISS: a subclass defined in main.py (use_processes = True class attribute) is not seen as a process runner, even for a direct FastRunner().map(lambda)
from pkg.jobs import scaled
from pkg.runner import Runner


class FastRunner(Runner):
    use_processes = True


if __name__ == "__main__":
    print(scaled(FastRunner(), 3))
