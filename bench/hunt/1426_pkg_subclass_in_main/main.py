# [pkg] Runner in pkg/base.py, subclass defined in main.py sets flag True -> process
from pkg.base import Runner


class ProcRunner(Runner):
    def __init__(self):
        super().__init__()
        self.use_processes = True


if __name__ == "__main__":
    print(ProcRunner().doubled(3))
