# none: a base class runs on the class attribute `executor_cls` (a process pool); the
# subclass of another module sets it to ThreadPoolExecutor, and only the subclass gets
# the lambda.
from exe.local import LocalExecutor


def main():
    shift = 2
    print(LocalExecutor().run(lambda n: n << shift, [3, 1, 2]))


if __name__ == "__main__":
    main()
