# shape: main.py defines class LoudRunner(ProcRunner) (adds a method only) and passes it to pkg.jobs.scaled(runner: Runner, k)
# OBSERVED: MISS: a subclass of ProcRunner defined in main.py is not seen as a process runner
from pkg.jobs import scaled
from pkg.runner import ProcRunner


class LoudRunner(ProcRunner):
    def name(self):
        return "loud"


if __name__ == "__main__":
    r = LoudRunner()
    print(r.name(), scaled(r, 3))
