# shape: go(r: Runner, k) in pkg/jobs.py never called there; main.py calls go(ProcRunner(), 3)
from pkg.jobs import ProcRunner, go


def main():
    print(go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
