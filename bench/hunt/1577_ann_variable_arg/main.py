# shape: r = ProcRunner(); scaled(r, 3) -- runner passed through a local variable
from pkg.jobs import scaled
from pkg.runner import ProcRunner


def main():
    r = ProcRunner()
    print(scaled(r, 3))


if __name__ == "__main__":
    main()
