# shape: BaseRunner with abstract make_executor(), ProcessRunner and ThreadRunner in separate modules; main uses ThreadRunner with a nested fn -- nothing to report
from runners.threads import ThreadRunner


def main():
    k = 7

    def add(x):
        return x + k

    print(ThreadRunner().map(add, [1, 2]))


if __name__ == "__main__":
    main()
