# shape: go(r: 'Runner', k) (quoted annotation) in pkg/jobs.py never called there; main passes ProcRunner()
from pkg.jobs import ProcRunner, go


def main():
    print(go(ProcRunner(), 3))


if __name__ == "__main__":
    main()
