# shape: main.go(r: Runner) forwards to pkg.jobs.scaled(r, 3); main calls go(ProcRunner())
from pkg.jobs import scaled
from pkg.runner import ProcRunner, Runner


def go(r: Runner):
    return scaled(r, 3)


if __name__ == "__main__":
    print(go(ProcRunner()))
