# shape: same runner hierarchy; main uses ProcessRunner with a nested fn -- must be lifted
from runners.procs import ProcessRunner


def main():
    k = 7

    def add(x):
        return x + k

    print(ProcessRunner().map(add, [1, 2]))


if __name__ == "__main__":
    main()
