# shape: BackRunner(ProcRunner) sets use_processes = False in __init__; scaled(BackRunner(), 3)
from pkg.jobs import scaled
from pkg.runner import ProcRunner


class BackRunner(ProcRunner):
    def __init__(self):
        super().__init__()
        self.use_processes = False


if __name__ == "__main__":
    print(scaled(BackRunner(), 3))
