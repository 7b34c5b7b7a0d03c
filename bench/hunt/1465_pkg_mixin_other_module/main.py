# [pkg] Runner in pkg/base.py, ProcMixin (sets True in __init__) in pkg/mixins.py, Job(ProcMixin, Runner) in main.py -> process
from pkg.base import Runner
from pkg.mixins import ProcMixin


class Job(ProcMixin, Runner):
    pass


if __name__ == "__main__":
    print(Job().doubled(3))
